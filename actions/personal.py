"""Shared helpers for the actions that read the user's own data."""

from __future__ import annotations

from datetime import datetime, timezone

from rasa_sdk import Tracker
from sqlalchemy.orm import Session, sessionmaker

from actions.nlg import language_of
from inburgering.platform.db import session_factory
from inburgering.platform.settings import get_settings


def sessions() -> sessionmaker[Session]:
    return session_factory(get_settings().database_url)


def now() -> datetime:
    return datetime.now(timezone.utc)


def entity_value(tracker: Tracker, entity: str) -> str | None:
    """The value of ``entity`` in the latest message (e.g. from a button payload); untrusted."""
    for found in tracker.latest_message.get("entities") or []:
        if found.get("entity") == entity and found.get("value") is not None:
            return str(found["value"])
    return None


def message_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def reply_language(tracker: Tracker) -> str:
    return language_of({"latest_message": tracker.latest_message, "slots": tracker.slots})

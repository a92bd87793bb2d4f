"""Commands and buttons about the user's own link and data, handled by the bot itself.

``/ontkoppel`` (unlink, after confirmation), ``/herinneringen`` (reminders on
or off) and the "add to calendar" button. These never go through Rasa. A
payload comes from the user's device and is not trusted: an appointment is
only found among the chat's own linked person's appointments.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.rasa_client import Attachment, Reply
from inburgering.appointments import own_appointment
from inburgering.calendar import appointment_calendar
from inburgering.db import session_scope
from inburgering.i18n import Translator, translator
from inburgering.linking import unlink
from inburgering.models import Chat
from inburgering.payloads import CALENDAR, REMINDERS, UNLINK
from inburgering.responses import render

if TYPE_CHECKING:
    from bot.conversation import ChatState, Conversation

log = logging.getLogger(__name__)


def _not_linked(t: Translator) -> Reply:
    return Reply(render("utter_not_linked", t)["text"])


def _translator(conversation: Conversation, state: ChatState) -> Translator:
    return translator(state.language or conversation.settings.default_language)


def unlink_prompt(conversation: Conversation, telegram_chat_id: int) -> list[Reply]:
    """/ontkoppel: ask for confirmation first; unlinking by mistake locks the user out until a new code."""
    state = conversation.chat_state(telegram_chat_id)
    t = _translator(conversation, state)
    if not state.linked:
        return [Reply(t.gettext("This chat is not linked to a person. There is nothing to unlink."))]
    return [Reply(
        t.gettext(
            "Do you want to unlink this chat? Then I can no longer show your appointments or send reminders. "
            "To link again you need a new code from your regisseur."
        ),
        ((t.gettext("Yes, unlink"), f"{UNLINK}yes"), (t.gettext("No, stay linked"), f"{UNLINK}no")),
    )]


def reminders_prompt(conversation: Conversation, telegram_chat_id: int) -> list[Reply]:
    """/herinneringen: say whether reminders are on, with a button to change it."""
    state = conversation.chat_state(telegram_chat_id)
    t = _translator(conversation, state)
    if not state.linked:
        return [_not_linked(t)]
    with session_scope(conversation.sessions) as session:
        enabled = session.get(Chat, state.id).reminders_enabled
    return [_reminders_status(t, enabled)]


def _reminders_status(t: Translator, enabled: bool) -> Reply:
    if enabled:
        return Reply(
            t.gettext("Reminders are on: I send you a message the day before and two hours before each appointment."),
            ((t.gettext("Turn off reminders"), f"{REMINDERS}off"),),
        )
    return Reply(
        t.gettext("Reminders are off. I do not send you messages before your appointments."),
        ((t.gettext("Turn on reminders"), f"{REMINDERS}on"),),
    )


def handle_button(conversation: Conversation, state: ChatState, payload: str) -> list[Reply] | None:
    """Answer a payload the bot handles itself; None when the payload is not one of these."""
    t = _translator(conversation, state)
    if payload.startswith(UNLINK):
        return _unlink(conversation.sessions, state, t, confirmed=payload == f"{UNLINK}yes")
    if payload.startswith(REMINDERS):
        if not state.linked:
            return [_not_linked(t)]
        enabled = payload == f"{REMINDERS}on"
        with session_scope(conversation.sessions) as session:
            session.execute(update(Chat).where(Chat.id == state.id).values(reminders_enabled=enabled))
        return [_reminders_status(t, enabled)]
    if payload.startswith(CALENDAR):
        return [_calendar_file(conversation.sessions, state, t, payload.removeprefix(CALENDAR))]
    return None


def _unlink(sessions: sessionmaker[Session], state: ChatState, t: Translator, *, confirmed: bool) -> list[Reply]:
    if not confirmed:
        return [Reply(t.gettext("OK, your chat stays linked."))]
    with session_scope(sessions) as session:
        was_linked = unlink(session.get(Chat, state.id))
    if not was_linked:
        return [Reply(t.gettext("This chat is not linked to a person. There is nothing to unlink."))]
    log.info("chat %s unlinked", state.pseudonym[:8])
    return [Reply(t.gettext(
        "Your chat is unlinked. I will not show your appointments or send reminders here any more. "
        "You can still ask me general questions."
    ))]


def _calendar_file(sessions: sessionmaker[Session], state: ChatState, t: Translator, appointment_id: str) -> Reply:
    with session_scope(sessions) as session:
        chat = session.get(Chat, state.id)
        if chat.inburgeraar_id is None:
            return _not_linked(t)
        appointment = own_appointment(session, chat.inburgeraar_id, appointment_id)
        if appointment is None:
            # Someone else's appointment, or gone: the same answer, so ids reveal nothing.
            log.info("calendar button refused for chat %s", state.pseudonym[:8])
            return Reply(t.gettext("I cannot find this appointment. Ask me for your appointments again."))
        ics = appointment_calendar(appointment, t)
    return Reply(
        t.gettext("Open this file to add the appointment to your calendar."),
        attachment=Attachment(ics.filename, ics.content, ics.mime_type),
    )


def remember_free_text(sessions: sessionmaker[Session], chat_id: int, replies: list[Reply]) -> None:
    """Note whether the assistant's last turn asked for free text (read by the language detection)."""
    expects = any(reply.expects_free_text for reply in replies)
    with session_scope(sessions) as session:
        session.execute(
            update(Chat).where(Chat.id == chat_id, Chat.expects_free_text != expects)
            .values(expects_free_text=expects)
        )

"""Which municipality a chat belongs to, in a deployment that serves several (issue 17).

A linked chat follows its person's municipality. An unlinked chat has the one it chose: from the
deep link on its municipality's own poster or QR code (``/start g_<slug>``) or with /gemeente;
else the deployment's default (``GEMEENTE``). The municipalities a deployment serves are
``GEMEENTE`` and ``GEMEENTEN`` (``Settings.served_gemeenten``), each with its profile file
(``gemeenten/<slug>.yml``): adding one is a new file, ``python -m inburgering gemeente add`` and
its slug in ``GEMEENTEN``; no code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat, Gemeente, Inburgeraar
from inburgering.payloads import GEMEENTE_START, gemeente_from_start
from inburgering.people.profiles import (
    PROFILES_DIR,
    Profile,
    ProfileError,
    all_profiles,
    load_profile,
    load_profile_file,
)
from inburgering.platform.settings import Settings, get_settings

SLUG = re.compile(r"[a-z0-9-]{1,64}")


def deployment_gemeenten(settings: Settings | None = None, directory: Path = PROFILES_DIR) -> dict[str, Profile]:
    """The municipalities this deployment serves, by slug, in name order (a slug without a profile
    file is left out here; ``python -m inburgering gemeente check`` reports it)."""
    served = (settings or get_settings()).served_gemeenten
    profiles = {slug: load_profile_file(directory / f"{slug}.yml") for slug in served if is_known(slug, directory)}
    return dict(sorted(profiles.items(), key=lambda item: item[1].name))


def profiles_on_disk(directory: Path = PROFILES_DIR) -> dict[str, Profile]:
    """Every profile file, served or not (for the command line)."""
    return all_profiles(directory)


def is_known(slug: str | None, directory: Path = PROFILES_DIR) -> bool:
    return bool(slug) and SLUG.fullmatch(slug) is not None and (directory / f"{slug}.yml").is_file()


def from_deep_link(argument: str, served: Iterable[str]) -> str | None:
    """The municipality a ``/start g_<slug>`` names, when this deployment serves it; None otherwise."""
    slug = gemeente_from_start(argument)
    return slug if slug in set(served) and is_known(slug) else None


def deep_link_payload(slug: str) -> str:
    """What goes after ``?start=`` on the municipality's poster (Telegram allows A-Z a-z 0-9 _ -)."""
    return f"{GEMEENTE_START}{slug}"


# session.info key: {inburgeraar id: slug} read with the chat at the start of a turn (bot.conversation),
# so the turn does not ask again. It lives as long as the session (one turn's transaction).
_READ_WITH_CHAT = "person_gemeente"


def remember_person_gemeente(session: Session, inburgeraar_id: int, slug: str | None) -> None:
    """The person's municipality, read already (with the chat): :func:`person_gemeente` in ``session`` uses it."""
    session.info.setdefault(_READ_WITH_CHAT, {})[inburgeraar_id] = slug


def person_gemeente(session: Session, inburgeraar_id: int | None) -> str | None:
    if inburgeraar_id is None:
        return None
    known = session.info.get(_READ_WITH_CHAT)
    if known is not None and inburgeraar_id in known:
        return known[inburgeraar_id]
    return session.scalar(
        select(Gemeente.slug).join(Inburgeraar, Inburgeraar.gemeente_id == Gemeente.id)
        .where(Inburgeraar.id == inburgeraar_id)
    )


def chat_gemeente(session: Session, chat: Chat, default: str | None = None) -> str:
    """The municipality whose answers, numbers and promises this chat gets (``default``: the
    deployment's ``GEMEENTE`` when not given)."""
    return person_gemeente(session, chat.inburgeraar_id) or chat.gemeente or default or get_settings().gemeente


def gemeente_name(slug: str) -> str:
    """The municipality's name from its profile; the slug itself when the file is gone."""
    try:
        return load_profile(slug).name
    except ProfileError:
        return slug


def profile_or_default(slug: str, default: str) -> Profile:
    """The municipality's profile; the default's when its file is missing (a removed municipality)."""
    try:
        return load_profile(slug)
    except ProfileError:
        return load_profile(default)


def gemeente_row(session: Session, profile: Profile) -> Gemeente:
    """The database row of a municipality (people and regisseurs point to it), made when missing."""
    row = session.scalar(select(Gemeente).where(Gemeente.slug == profile.slug))
    if row is None:
        row = Gemeente(slug=profile.slug, name=profile.name)
        session.add(row)
        session.flush()
    elif row.name != profile.name:
        row.name = profile.name
    return row

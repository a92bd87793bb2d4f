"""Adding and checking the municipalities of a deployment from the command line (issue 17).

``python -m inburgering gemeente add|list|check``: a new municipality is a profile file written
from an existing one (every value to be checked with the municipality), its row in the database
and its slug in ``GEMEENTEN``; no code. Output goes to the terminal, never to the logs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import yaml
from sqlalchemy.orm import Session

from inburgering.people.gemeente import SLUG, deep_link_payload, gemeente_row, is_known
from inburgering.people.profiles import PROFILES_DIR, Profile, ProfileError, load_profile_file
from inburgering.platform.settings import Settings

_HEADER = ("# Municipality profile of {name}: the facts the assistant tells about this gemeente.\n"
           "# Written by `python -m inburgering gemeente add` from {base}.yml: check every value with the\n"
           "# municipality (contact, PVT, MAP, ontzorgen) before it serves anyone.\n")


def new_profile(slug: str, name: str, *, based_on: str, phone: str | None = None, pvt_hours: int | None = None,
                directory: Path = PROFILES_DIR) -> Path:
    """Write ``gemeenten/<slug>.yml`` from the profile ``based_on``; returns its path.

    Raises ProfileError when the slug exists already, the base is missing, or the result is invalid
    (the file is then not left behind).
    """
    if not SLUG.fullmatch(slug):
        raise ProfileError(f"{slug!r}: a slug is lower case letters, digits and '-'")
    path = directory / f"{slug}.yml"
    if path.exists():
        raise ProfileError(f"{path} exists already")
    base = load_profile_file(directory / f"{based_on}.yml")
    data = base.model_dump(mode="json", exclude_none=True)
    data.update(slug=slug, name=name)
    if phone:
        data["contact"]["phone"] = phone
    if pvt_hours is not None:
        data["pvt"]["hours"] = pvt_hours
    path.write_text(_HEADER.format(name=name, base=based_on) + yaml.safe_dump(data, allow_unicode=True,
                                                                                sort_keys=False), encoding="utf-8")
    try:
        load_profile_file(path)
    except ProfileError:
        path.unlink()
        raise
    return path


def check(settings: Settings, directory: Path = PROFILES_DIR) -> list[str]:
    """Problems: a profile file that does not load, or a served municipality without one."""
    problems = []
    for path in sorted(directory.glob("*.yml")):
        try:
            load_profile_file(path)
        except ProfileError as error:
            problems.append(str(error))
    for slug in settings.served_gemeenten:
        if not is_known(slug, directory):
            problems.append(f"GEMEENTE/GEMEENTEN names {slug!r}, but there is no {directory / (slug + '.yml')}")
    return problems


def poster_link(settings: Settings, slug: str) -> str:
    """The deep link for the municipality's own poster or QR code (or the /start text without a bot name)."""
    if settings.telegram_bot_username:
        # Not linking.deep_link: that one writes a link code (upper case, no underscore).
        return f"https://t.me/{settings.telegram_bot_username}?start={deep_link_payload(slug)}"
    return f"/start {deep_link_payload(slug)}"


def describe(settings: Settings, profiles: dict[str, Profile], out: TextIO = sys.stdout) -> None:
    served = settings.served_gemeenten
    for slug, profile in profiles.items():
        mark = "default" if slug == settings.gemeente else "served" if slug in served else "NOT served"
        print(f"{slug:<20} {profile.name:<20} {mark:<10} PVT {profile.pvt.hours} h, phone {profile.contact.phone}, "
              f"answer within {profile.contact.answer_within_working_days} working days; "
              f"poster: {poster_link(settings, slug)}", file=out)


def register(session: Session, profile: Profile) -> None:
    """The municipality's database row (people and regisseurs belong to it)."""
    gemeente_row(session, profile)

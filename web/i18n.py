"""The inbox's texts and formatting: Dutch for the regisseurs, from the same catalogs as the bot.

Templates call ``_("...")`` / ``ngettext(...)`` with English msgids and named
``{placeholders}``; ``pybabel extract`` finds them through babel.cfg's jinja2 section.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from babel import Locale
from babel.dates import format_timedelta
from fastapi.templating import Jinja2Templates

from inburgering.platform.settings import LANGUAGES
from inburgering.text.i18n import N_, Translator, translator

UI_LANGUAGE = "nl"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

REASONS = {
    "request_regisseur": N_("Asked for a person"),
    "misunderstood_twice": N_("Not understood twice"),
    "reschedule": N_("Reschedule request"),
    "sensitive": N_("Sensitive subject"),
    "assistant_unavailable": N_("Assistant unavailable"),
    "forwarded": N_("Message during take-over"),
    "voice_note": N_("Voice note to listen to"),
}
SUBJECTS = {
    "fine": N_("fine"),
    "debts": N_("debts"),
    "complaint": N_("complaint"),
    "crisis": N_("crisis words: emergency numbers were sent"),
    "other": N_("other"),
}
STATUSES = {
    # Translators: status of an escalation in the regisseur's inbox: not opened yet.
    "nieuw": N_("New"),
    "in_behandeling": N_("In progress"),
    # Translators: status of an escalation in the regisseur's inbox: handled and finished.
    "afgerond": N_("Closed"),
}
AUTHORS = {
    # Translators: who wrote a message in a conversation: the person who integrates (the client).
    "user": N_("Inburgeraar"),
    "bot": N_("Assistant"),
    # Translators: who wrote a message, and a column with a user's regisseur (the municipal case manager).
    "regisseur": N_("Regisseur"),
}


def ui() -> Translator:
    return translator(UI_LANGUAGE)


def language_name(code: str) -> str:
    """The language's name in Dutch (Arabisch, Tigrinya), from CLDR."""
    return Locale.parse(UI_LANGUAGE).languages.get(code, code)


def direction(code: str) -> str:
    """'rtl' for Arabic: from CLDR through Babel, never a hand-written list."""
    if code in LANGUAGES:
        return translator(code).direction
    return Locale.parse(code).text_direction


def age(moment: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return format_timedelta(now - moment, locale=UI_LANGUAGE, threshold=1.5)


# Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069): in a user's message they
# can make text read backwards ("exe.gpj" shown as "jpg.exe") or spill over the page around it.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(value: Any) -> Any:
    """``value`` with bidi override characters removed (every ``{{ ... }}`` of every template)."""
    if isinstance(value, Markup):
        return Markup(_BIDI_CONTROLS.sub("", str(value)))
    if isinstance(value, str):
        return _BIDI_CONTROLS.sub("", value)
    return value


def make_templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True, extensions=["jinja2.ext.i18n"],
        finalize=without_bidi_controls,
    )
    environment.filters["without_bidi"] = without_bidi_controls
    templates = Jinja2Templates(env=environment)
    t = ui()
    # Our own callables (not Jinja's %-formatting): named {placeholders}, like everywhere else.
    templates.env.install_gettext_callables(gettext=t.gettext, ngettext=t.ngettext, newstyle=False)
    templates.env.globals.update(
        ui_lang=UI_LANGUAGE, ui_dir=t.direction, language_name=language_name, direction=direction, age=age,
        REASONS=REASONS, SUBJECTS=SUBJECTS, STATUSES=STATUSES, AUTHORS=AUTHORS,
        format_datetime=lambda value, format="medium": t.format_datetime(value, format),
        format_date=lambda value, format="medium": t.format_date(value, format),
    )
    return templates

"""Translations (gettext catalogs in ``locales/``) and locale-aware formatting.

Source strings (msgids) are plain English; every language the user sees, Dutch
included, comes from a catalog. Catalogs are read straight from the ``.po``
files with Babel, so no compile step can be forgotten.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_time as babel_format_time
from babel.lists import format_list as babel_format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT

LOCALES_DIR = PROJECT_ROOT / "locales"
DOMAIN = "messages"
TIMEZONE = ZoneInfo("Europe/Amsterdam")
# Dates are written the way our users read them: Syrian Arabic month names
# (تشرين الثاني, not نوفمبر) and Eritrean Tigrinya.
FORMAT_LOCALES = {"nl": "nl_NL", "ar": "ar_SY", "ti": "ti_ER"}


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def catalog_path(language: str, locales_dir: Path = LOCALES_DIR) -> Path:
    return locales_dir / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=8)
def _translations(language: str, locales_dir: Path = LOCALES_DIR) -> Translations:
    with catalog_path(language, locales_dir).open("rb") as po:
        catalog = read_po(po, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


class Translator:
    """Everything language-dependent for one language: texts, dates, direction."""

    def __init__(self, language: str, locales_dir: Path = LOCALES_DIR) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self.locale = Locale.parse(language)
        self.format_locale = Locale.parse(FORMAT_LOCALES[language])
        self._translations = _translations(language, locales_dir)

    @property
    def direction(self) -> str:
        """'rtl' or 'ltr', from CLDR (never a hand-written list of RTL languages)."""
        return self.locale.text_direction

    @property
    def language_name(self) -> str:
        """The language's own name (Nederlands, العربية, ትግርኛ)."""
        return self.locale.get_display_name(self.locale) or self.language

    def _isolate(self, params: dict[str, object]) -> dict[str, object]:
        """In a right-to-left text, show each inserted value in its own direction.

        Without this an Arabic sentence shows "14 038" as "038 14" and "Lübeckplein 2,
        Zwolle" scrambled. First-strong isolates (U+2068 ... U+2069) are the Unicode way;
        they are added at run time so the catalogs stay free of invisible marks.
        """
        if self.direction != "rtl":
            return params
        return {key: f"\u2068{value}\u2069" if isinstance(value, str) and value else value
                for key, value in params.items()}

    def gettext(self, message: str, **params: object) -> str:
        text = self._translations.gettext(message)
        return text.format(**self._isolate(params)) if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        text = self._translations.ngettext(singular, plural, n)
        return text.format(n=n, **self._isolate(params))

    def format_list(self, items: list[str]) -> str:
        """'huur, energie en water' with the language's own list pattern (CLDR)."""
        return babel_format_list(items, locale=self.format_locale)

    def format_date(self, value: date | datetime, format: str = "full") -> str:
        if isinstance(value, datetime):
            value = value.astimezone(TIMEZONE)
        return babel_format_date(value, format=format, locale=self.format_locale)

    def format_time(self, value: datetime, format: str = "short") -> str:
        return babel_format_time(value, format=format, tzinfo=TIMEZONE, locale=self.format_locale)

    def format_datetime(self, value: datetime, format: str = "long") -> str:
        return babel_format_datetime(value, format=format, tzinfo=TIMEZONE, locale=self.format_locale)


@lru_cache(maxsize=8)
def translator(language: str) -> Translator:
    """The shared translator for a language (catalogs are read once per process)."""
    return Translator(language)

"""Offline machine translation for the regisseur's inbox: Arabic and Tigrinya to and from Dutch.

The inbox shows a Dutch machine translation next to every Arabic or Tigrinya text and a preview of
the regisseur's Dutch reply in the user's language, both marked as machine translation. Modules:

- results.py  what the inbox gets (``MachineTranslation``, ``TranslationEngine``, ``DirectionStatus``)
- engine.py   ``MachineTranslator``: installed models chained through English
- argos.py    Argos Translate packages (ar↔en, en↔nl);  opus.py: OPUS-MT Marian models (ti↔en)
- install.py  `make translation-models`: download, check, convert, install, manifest
- cache.py    ``TranslationWorker``: translations off the web request, remembered per text
- cli.py      ``python -m inburgering.text.translation install|status|remove``

Nothing is imported from Argos, CTranslate2 or torch until a model is used.
"""

from inburgering.text.translation.engine import MachineTranslator, default_packages_dir, packages_dir
from inburgering.text.translation.results import (
    DUTCH,
    PIVOT,
    DirectionStatus,
    MachineTranslation,
    TranslationEngine,
    TranslationInstallError,
    TranslationResult,
    USER_LANGUAGES,
)
from inburgering.text.translation.sentences import PunctuationSentenceSplitter


def direction_status(engine: object, source: str, target: str) -> DirectionStatus | None:
    """Why a direction is unavailable, when the engine can tell (the real one can, test fakes need not)."""
    status = getattr(engine, "status", None)
    return status(source, target) if callable(status) else None


def translatable_languages(engine: object) -> set[str]:
    """The inburgeraars' languages the engine can translate into Dutch now (empty when it cannot tell)."""
    return {language for language in USER_LANGUAGES
            if (status := direction_status(engine, language, DUTCH)) is not None and status.available}


__all__ = [
    "DUTCH", "PIVOT", "DirectionStatus", "MachineTranslation", "MachineTranslator", "PunctuationSentenceSplitter",
    "TranslationEngine", "TranslationInstallError", "TranslationResult", "default_packages_dir",
    "USER_LANGUAGES", "direction_status", "packages_dir", "translatable_languages",
]

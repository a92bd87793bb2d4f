"""The inbox's view of machine translation: a small interface, and the adapter to the offline engine.

The engine itself (Argos models, offline) lives in ``inburgering.translation``;
the inbox only needs "to Dutch" and "from Dutch", and must go on working when
there is no model for a language (Tigrinya) or the engine is not installed:
then a translation is simply *unavailable*, never garbage.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from inburgering import translation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MachineTranslation:
    text: str | None
    available: bool

    @classmethod
    def unavailable(cls) -> MachineTranslation:
        return cls(None, False)


class TranslationEngine(Protocol):
    def to_dutch(self, text: str, language: str) -> MachineTranslation: ...

    def from_dutch(self, text: str, language: str) -> MachineTranslation: ...


def _result(result: Any) -> MachineTranslation:
    text = getattr(result, "text", None)
    available = bool(getattr(result, "available", False)) and bool(text)
    return MachineTranslation(text if available else None, available)


class OfflineTranslation:
    """Adapter to ``inburgering.translation`` (``translate_to_dutch`` / ``translate_from_dutch``)."""

    def _call(self, name: str, text: str, language: str) -> MachineTranslation:
        if language == "nl":
            return MachineTranslation(text, True)
        try:
            return _result(getattr(translation, name)(text, language))
        except Exception:  # noqa: BLE001 - a broken model must not break the inbox
            log.exception("machine translation failed (%s, %s)", name, language)
            return MachineTranslation.unavailable()

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        return self._call("translate_to_dutch", text, language)

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        return self._call("translate_from_dutch", text, language)

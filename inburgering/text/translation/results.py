"""What machine translation gives the inbox: a text, or none and the reason - never garbage.

The inbox, the escalations and the review workspace only know the small ``TranslationEngine``
interface (tests give them a phrase table); ``MachineTranslator`` (engine.py) is the offline engine
behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

DUTCH = "nl"
PIVOT = "en"
# The languages of the inburgeraars; each needs both directions to and from Dutch.
USER_LANGUAGES: tuple[str, ...] = ("ar", "ti")


@dataclass(frozen=True)
class MachineTranslation:
    """What the inbox shows: a translated text, or none (``available`` False) - never garbage."""

    text: str | None
    available: bool

    @classmethod
    def unavailable(cls) -> MachineTranslation:
        return cls(None, False)


class TranslationEngine(Protocol):
    """The inbox's view of machine translation: user text to Dutch, the regisseur's Dutch back."""

    def to_dutch(self, text: str, language: str) -> MachineTranslation: ...

    def from_dutch(self, text: str, language: str) -> MachineTranslation: ...


@dataclass(frozen=True)
class TranslationResult:
    """A machine translation, or the reason there is none (``available`` is False, ``text`` None)."""

    text: str | None
    available: bool
    engine: str  # "argos:ar>en>nl", "opus-mt:ti>en+argos:en>nl", "identity" (same language) or "none"
    source_language: str
    target_language: str
    reason: str | None = None  # "no_model" (a direction is not installed) or "failed"; None when available

    def shown(self) -> MachineTranslation:
        """The inbox's view: an empty translation counts as none."""
        if self.available and self.text:
            return MachineTranslation(self.text, True)
        return MachineTranslation.unavailable()


@dataclass(frozen=True)
class DirectionStatus:
    """Whether ``source`` → ``target`` can be translated here, and if not which steps are missing."""

    source: str
    target: str
    available: bool
    missing: tuple[str, ...] = ()  # steps such as "ti→en" that no installed model covers

    @property
    def label(self) -> str:
        return f"{self.source}→{self.target}"


class TranslationInstallError(Exception):
    """A model could not be installed (bad file, checksum mismatch, no network, unknown pair)."""

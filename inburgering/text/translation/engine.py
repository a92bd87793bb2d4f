"""The offline translator: installed Argos and OPUS-MT directions, chained through English.

Regisseurs read Dutch; inburgeraars write Arabic or Tigrinya. No single model covers those pairs
with a licence a municipality may use, so every direction goes through English, the language both
projects train against: ar→en→nl and nl→en→ar with Argos packages, ti→en (OPUS-MT) →nl (Argos) and
nl→en (Argos) →ti (OPUS-MT). A direction without its models gives a result with ``available``
False and says which step is missing (``status``), so the inbox can say why instead of showing
garbage.

Blocking and CPU-bound (a few hundred ms per sentence and step with real models, seconds on first
use while a model loads): call it from a worker thread (``TranslationWorker`` in cache.py, or
``asyncio.to_thread``), never on an event loop or the bot's path. Nothing is loaded at import;
the model directory is read on first use (and again when it changes), each model is loaded once.
A ``MachineTranslator`` is thread-safe: translations run one at a time.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any, Protocol

from inburgering.text.translation import argos, opus
from inburgering.text.translation.results import (
    DUTCH,
    PIVOT,
    DirectionStatus,
    MachineTranslation,
    TranslationResult,
)

log = logging.getLogger(__name__)


class Step(Protocol):
    """One installed model: ``source`` → ``target``."""

    engine: str
    source: str
    target: str

    def translate(self, text: str) -> str: ...


class MachineTranslator:
    """The models in one directory, translated offline; the inbox's ``TranslationEngine``.

    Never raises while translating: a missing or broken model gives a result with ``available``
    False (the reason is logged, never the text).
    """

    def __init__(self, packages_dir: Path, *, threads: int = 1) -> None:
        self.packages_dir = Path(packages_dir)
        # One CPU thread by default: the bot, Rasa and the action server share the machine's cores.
        self.threads = threads
        self._lock = threading.RLock()  # translations, one at a time
        # Reading the directory has its own lock: the inbox asks what is installed while rendering
        # a page, and must not wait for a translation that runs meanwhile.
        self._index_lock = threading.Lock()
        self._steps: dict[tuple[str, str], Step] | None = None
        self._stamp: int | None = None

    # -- the inbox's TranslationEngine ---------------------------------------------------------

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        return self.translate_to_dutch(text, language).shown()

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        return self.translate_from_dutch(text, language).shown()

    # -- translating -------------------------------------------------------------------------

    def translate_to_dutch(self, text: str, language: str) -> TranslationResult:
        """The Dutch translation of a user's text in ``language`` (for the regisseur)."""
        return self.translate(text, language, DUTCH)

    def translate_from_dutch(self, text: str, language: str) -> TranslationResult:
        """A regisseur's Dutch text in the user's ``language`` (preview before sending)."""
        return self.translate(text, DUTCH, language)

    def translate(self, text: str, source: str, target: str) -> TranslationResult:
        if source == target:
            return TranslationResult(text, True, "identity", source, target)
        engine = "none"
        try:
            with self._lock:
                route = self._route(source, target)
                if route is None:
                    return TranslationResult(None, False, engine, source, target, reason="no_model")
                engine = describe(route)
                translated = text
                for step in route:
                    translated = step.translate(translated) if translated.strip() else ""
        except Exception:  # noqa: BLE001 - a broken model must not break the inbox
            # No text in the log: it may hold personal data.
            log.exception("machine translation %s→%s (%s) failed", source, target, engine)
            return TranslationResult(None, False, engine, source, target, reason="failed")
        return TranslationResult(translated, True, engine, source, target)

    def is_available(self, source: str, target: str) -> bool:
        """Whether ``source`` → ``target`` can be machine translated with the installed models."""
        return self.status(source, target).available

    def status(self, source: str, target: str) -> DirectionStatus:
        """Whether a direction is available, and which steps are missing when it is not."""
        if source == target:
            return DirectionStatus(source, target, True)
        steps = self._installed()
        if (source, target) in steps or ((source, PIVOT) in steps and (PIVOT, target) in steps):
            return DirectionStatus(source, target, True)
        legs = [(source, PIVOT), (PIVOT, target)] if PIVOT not in (source, target) else [(source, target)]
        return DirectionStatus(source, target, False, tuple(f"{a}→{b}" for a, b in legs if (a, b) not in steps))

    def installed_pairs(self) -> list[tuple[str, str]]:
        return sorted(self._installed())

    def engines(self) -> dict[tuple[str, str], str]:
        """Which engine serves each installed step ("argos" or "opus-mt")."""
        return {pair: step.engine for pair, step in sorted(self._installed().items())}

    # -- internals ---------------------------------------------------------------------------

    def _installed(self) -> dict[tuple[str, str], Step]:
        """Installed steps by (from, to); read again when the directory changes."""
        try:
            stamp = self.packages_dir.stat().st_mtime_ns
        except FileNotFoundError:
            return {}
        with self._index_lock:
            return self._read(stamp)

    def _read(self, stamp: int) -> dict[tuple[str, str], Step]:
        if self._steps is None or stamp != self._stamp:
            steps: dict[tuple[str, str], Step] = {}
            for directory in sorted(self.packages_dir.iterdir()):
                step = self._step(directory)
                # The first directory (by name) wins, as in Argos.
                if step is not None and (step.source, step.target) not in steps:
                    steps[step.source, step.target] = step
            self._steps, self._stamp = steps, stamp
        return self._steps

    def _step(self, directory: Path) -> Step | None:
        metadata = _metadata(directory)
        if metadata is None or metadata.get("type", "translate") != "translate":
            return None  # not a model (a work directory, notes, the manifest)
        source, target = metadata.get("from_code"), metadata.get("to_code")
        if not isinstance(source, str) or not isinstance(target, str):
            return None
        if metadata.get("engine") == opus.ENGINE:
            return opus.OpusStep(directory, source, target, threads=self.threads)
        return argos.ArgosStep(directory, source, target, threads=self.threads)

    def _route(self, source: str, target: str) -> list[Step] | None:
        steps = self._installed()
        if (source, target) in steps:
            return [steps[source, target]]
        if (source, PIVOT) in steps and (PIVOT, target) in steps:
            return [steps[source, PIVOT], steps[PIVOT, target]]
        return None


def describe(route: list[Step]) -> str:
    """The route's name in results and logs: argos:ar>en>nl, or opus-mt:ti>en+argos:en>nl when mixed."""
    if len({step.engine for step in route}) == 1:
        return f"{route[0].engine}:" + ">".join([route[0].source, *(step.target for step in route)])
    return "+".join(f"{step.engine}:{step.source}>{step.target}" for step in route)


def _metadata(directory: Path) -> dict[str, Any] | None:
    try:
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return metadata if isinstance(metadata, dict) else None


def default_packages_dir() -> Path:
    """Where the project keeps its translation models: ``var/translation-models`` (INBURGERING_VAR_DIR)."""
    from inburgering.platform.settings import get_settings

    return packages_dir(get_settings().var_dir)


def packages_dir(var_dir: Path) -> Path:
    return Path(var_dir) / "translation-models"

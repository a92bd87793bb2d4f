"""TranslationWorker: translations off the request path, remembered per text and direction."""

from __future__ import annotations

import threading

from inburgering.text.translation import MachineTranslation, MachineTranslator
from inburgering.text.translation.cache import TranslationWorker


class SlowEngine:
    """Counts calls; ``to_dutch`` waits until released, as a model loading for seconds would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.release = threading.Event()

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        self.calls.append(("to_dutch", text, language))
        self.release.wait(5)
        return MachineTranslation(f"nl({text})", True)

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        self.calls.append(("from_dutch", text, language))
        if text == "boom":
            raise RuntimeError("engine broke")
        return MachineTranslation(f"{language}({text})", True)


def test_a_slow_translation_does_not_hold_the_caller_and_is_found_later() -> None:
    engine = SlowEngine()
    worker = TranslationWorker(engine)
    try:
        assert worker.translate("ሰላም", "ti", "nl", wait=0.05) is None  # still running: the caller goes on
        engine.release.set()
        assert worker.translate("ሰላም", "ti", "nl", wait=5) == MachineTranslation("nl(ሰላም)", True)
        assert worker.translate("ሰላም", "ti", "nl", wait=0) == MachineTranslation("nl(ሰላም)", True)
        assert engine.calls == [("to_dutch", "ሰላም", "ti")]  # translated once, then remembered
    finally:
        worker.close()


def test_directions_and_failures() -> None:
    engine = SlowEngine()
    worker = TranslationWorker(engine, max_entries=2)
    try:
        assert worker.translate("Hallo", "nl", "ti", wait=5) == MachineTranslation("ti(Hallo)", True)
        assert worker.translate("Hallo", "nl", "nl", wait=5) == MachineTranslation("Hallo", True)
        assert worker.translate("Hallo", "ar", "ti", wait=5) == MachineTranslation.unavailable()
        assert worker.translate("Hallo", "nl", "ti", wait=5) == MachineTranslation("ti(Hallo)", True)
        assert engine.calls.count(("from_dutch", "Hallo", "ti")) == 2  # forgotten: at most two kept
        # A failed translation is not remembered: it is tried again.
        for _ in range(2):
            future = worker.submit("boom", "nl", "ti")
            assert future.exception(timeout=5) is not None
        assert engine.calls.count(("from_dutch", "boom", "ti")) == 2
    finally:
        worker.close()


def test_with_the_real_engine(translator: MachineTranslator) -> None:
    worker = TranslationWorker(translator)
    try:
        assert worker.translate("Ik heb schulden.", "nl", "ti", wait=30) == MachineTranslation("ዕዳ ኣለኒ።", True)
        assert worker.translate("ዕዳ ኣለኒ።", "ti", "nl", wait=30) == MachineTranslation("Ik heb schulden.", True)
    finally:
        worker.close()

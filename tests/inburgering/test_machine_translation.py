"""The inbox's adapter to the offline engine: results pass through, failures become 'unavailable'."""

from types import SimpleNamespace

import pytest

from inburgering import translation
from inburgering.machine_translation import MachineTranslation, OfflineTranslation


def test_results_of_the_engine_pass_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation, "translate_to_dutch",
                        lambda text, language: SimpleNamespace(text=f"nl:{text}", available=True))
    monkeypatch.setattr(translation, "translate_from_dutch",
                        lambda text, language: SimpleNamespace(text=None, available=False))
    engine = OfflineTranslation()
    assert engine.to_dutch("مرحبا", "ar") == MachineTranslation("nl:مرحبا", True)
    assert engine.from_dutch("Hallo", "ti") == MachineTranslation(None, False)
    assert engine.to_dutch("Hallo", "nl") == MachineTranslation("Hallo", True)


def test_a_failing_engine_is_unavailable_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, language: str):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(translation, "translate_to_dutch", broken)
    assert OfflineTranslation().to_dutch("مرحبا", "ar") == MachineTranslation.unavailable()

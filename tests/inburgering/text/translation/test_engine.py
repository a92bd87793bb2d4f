"""The offline translator: tiny real models, installed by the installer, chained through English.

The Argos packages only know the phrase list of scripts/build_test_argos_model.py, the Marian
models the Tigrinya phrases of scripts/build_test_opus_model.py, so every translation is asserted
exactly: a wrong route, a wrong tokenisation or a wrong conversion gives a different text.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from inburgering.text.translation import (
    DirectionStatus,
    MachineTranslation,
    MachineTranslator,
    TranslationResult,
    direction_status,
)
from tests.translation_models import argos_builder, opus_builder

ARGOS_PHRASES = argos_builder.PHRASES  # (nl, en, ar)
TIGRINYA = opus_builder.PHRASES  # (ti, en)
DUTCH_OF = {en: nl for nl, en, _ in ARGOS_PHRASES}


def test_arabic_phrases_reach_the_regisseur_in_dutch(translator: MachineTranslator) -> None:
    results = [translator.translate_to_dutch(ar, "ar") for _, _, ar in ARGOS_PHRASES]
    assert [r.text for r in results] == [nl for nl, _, _ in ARGOS_PHRASES]
    assert {(r.available, r.engine) for r in results} == {(True, "argos:ar>en>nl")}


def test_regisseur_reply_preview_in_arabic(translator: MachineTranslator) -> None:
    results = [translator.translate_from_dutch(nl, "ar") for nl, _, _ in ARGOS_PHRASES]
    assert [r.text for r in results] == [ar for _, _, ar in ARGOS_PHRASES]
    assert {r.engine for r in results} == {"argos:nl>en>ar"}


def test_tigrinya_reaches_the_regisseur_in_dutch_through_english(translator: MachineTranslator) -> None:
    """ti→en with the converted OPUS-MT model, then en→nl with the Argos package."""
    results = [translator.translate_to_dutch(ti, "ti") for ti, _ in TIGRINYA]
    assert [r.text for r in results] == [DUTCH_OF[en] for _, en in TIGRINYA]
    assert {r.engine for r in results} == {"opus-mt:ti>en+argos:en>nl"}


def test_regisseur_reply_preview_in_tigrinya_through_english(translator: MachineTranslator) -> None:
    results = [translator.translate_from_dutch(DUTCH_OF[en], "ti") for _, en in TIGRINYA]
    assert [r.text for r in results] == [ti for ti, _ in TIGRINYA]
    assert {r.engine for r in results} == {"argos:nl>en+opus-mt:en>ti"}


def test_tigrinya_steps_alone(translator: MachineTranslator) -> None:
    assert translator.translate("ሓሚመ እየ።", "ti", "en").text == "I am sick."
    assert translator.translate("I need help.", "en", "ti").text == "ሓገዝ የድልየኒ እዩ።"


def test_a_message_of_several_sentences_is_split_and_translated_sentence_by_sentence(
    translator: MachineTranslator,
) -> None:
    # The models only know single phrases: without sentence splitting this would be garbage.
    result = translator.translate_to_dutch("أنا مريض. لا أستطيع الحضور غداً. هل يمكنك الاتصال بي؟", "ar")
    assert result.text == "Ik ben ziek. Ik kan morgen niet komen. Kunt u mij bellen?"
    result = translator.translate_to_dutch("ሓሚመ እየ። ጽባሕ ክመጽእ ኣይክእልን እየ።ክትድውለለይ ትኽእል ዶ?", "ti")
    assert result.text == "Ik ben ziek. Ik kan morgen niet komen. Kunt u mij bellen?"


def test_the_inbox_gets_the_dutch_text_or_none(translator: MachineTranslator) -> None:
    nl, _, ar = ARGOS_PHRASES[0]
    assert translator.to_dutch(ar, "ar") == MachineTranslation(nl, True)
    assert translator.from_dutch(nl, "ar") == MachineTranslation(ar, True)
    assert translator.to_dutch("ቆጸራይ መዓስ እዩ?", "ti") == MachineTranslation(nl, True)
    assert translator.from_dutch("Hallo", "so") == MachineTranslation.unavailable()  # Somali: no model


def test_every_inbox_direction_is_available(translator: MachineTranslator) -> None:
    for language in ("ar", "ti"):
        assert translator.status(language, "nl") == DirectionStatus(language, "nl", True)
        assert translator.status("nl", language) == DirectionStatus("nl", language, True)
    assert translator.engines()["ti", "en"] == "opus-mt" and translator.engines()["en", "nl"] == "argos"
    assert direction_status(translator, "ti", "nl").available


def test_a_missing_direction_says_which_step_is_missing(packages_dir: Path, tmp_path: Path) -> None:
    partial = tmp_path / "models"
    partial.mkdir()
    for name in ("translate-ar_en-phrasebook", "translate-en_nl-phrasebook", "opus-mt-en-ti"):
        shutil.copytree(packages_dir / name, partial / name)
    translator = MachineTranslator(partial)
    assert translator.translate_to_dutch("ሓሚመ እየ።", "ti") == TranslationResult(
        None, False, "none", "ti", "nl", reason="no_model")
    assert translator.status("ti", "nl") == DirectionStatus("ti", "nl", False, ("ti→en",))
    assert translator.status("nl", "ti") == DirectionStatus("nl", "ti", False, ("nl→en",))
    assert translator.status("nl", "ar") == DirectionStatus("nl", "ar", False, ("nl→en", "en→ar"))
    assert translator.status("en", "ti").available
    assert translator.translate_to_dutch("لدي ديون.", "ar").text == "Ik heb schulden."  # ar→nl still works
    assert direction_status(object(), "ti", "nl") is None  # an engine that cannot tell


# The inbox's view (TranslationEngine): results pass through, failures become "unavailable".


def test_results_of_the_engine_pass_through(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    translator = MachineTranslator(tmp_path)
    results = {
        ("مرحبا", "ar", "nl"): TranslationResult("nl:مرحبا", True, "argos:ar>en>nl", "ar", "nl"),
        ("Hallo", "nl", "ti"): TranslationResult(None, False, "none", "nl", "ti", reason="no_model"),
        ("...", "ar", "nl"): TranslationResult("", True, "argos:ar>en>nl", "ar", "nl"),
    }
    monkeypatch.setattr(translator, "translate", lambda text, source, target: results[text, source, target])
    assert translator.to_dutch("مرحبا", "ar") == MachineTranslation("nl:مرحبا", True)
    assert translator.from_dutch("Hallo", "ti") == MachineTranslation(None, False)
    assert translator.to_dutch("...", "ar") == MachineTranslation.unavailable()  # empty is no translation
    monkeypatch.undo()
    assert translator.to_dutch("Hallo", "nl") == MachineTranslation("Hallo", True)


def test_a_failing_engine_is_unavailable_not_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    translator = MachineTranslator(tmp_path)

    def broken(source: str, target: str):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(translator, "_route", broken)
    assert translator.to_dutch("مرحبا", "ar") == MachineTranslation.unavailable()


def test_nothing_is_available_before_models_are_installed(tmp_path: Path) -> None:
    translator = MachineTranslator(tmp_path / "empty")
    result = translator.translate_to_dutch("متى موعدي؟", "ar")
    assert (result.text, result.available, result.reason) == (None, False, "no_model")
    assert translator.status("ti", "nl").missing == ("ti→en", "en→nl")


def test_dutch_needs_no_translation(translator: MachineTranslator) -> None:
    assert translator.translate_to_dutch("Wanneer is mijn afspraak?", "nl") == TranslationResult(
        "Wanneer is mijn afspraak?", True, "identity", "nl", "nl"
    )


def test_argos_own_sentence_splitter_would_go_online(
    translator: MachineTranslator, network_attempts: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Control: the offline guard catches what Argos does by default, so the tests above prove something."""
    import argostranslate.package
    import argostranslate.sbd
    from minisbd import models as minisbd_models

    monkeypatch.setattr(minisbd_models, "cache_dir", str(tmp_path))  # no model cached from earlier
    package = argostranslate.package.Package(translator.packages_dir / "translate-ar_en-phrasebook")
    with pytest.raises(OSError):  # urllib wraps the refused connection in a URLError
        argostranslate.sbd.MiniSBDSentencizer(package).split_sentences("أنا مريض. لا أستطيع الحضور غداً.")
    assert network_attempts, "the default splitter should have tried to download its model"
    network_attempts.clear()


def test_message_texts_are_not_logged(translator: MachineTranslator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    translator.translate_to_dutch("لدي ديون.", "ar")
    translator.translate_to_dutch("ዕዳ ኣለኒ።", "ti")
    assert "لدي ديون" not in caplog.text and "ዕዳ" not in caplog.text and "debts" not in caplog.text


def test_concurrent_first_use_is_safe(translator: MachineTranslator) -> None:
    rows = [(ar, nl) for nl, _, ar in ARGOS_PHRASES[:6]] + [(ti, DUTCH_OF[en]) for ti, en in TIGRINYA[:6]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(
            lambda row: translator.translate_to_dutch(row[0], "ti" if row[0] in dict(TIGRINYA) else "ar").text, rows))
    assert results == [nl for _, nl in rows]


def test_asking_what_is_installed_does_not_wait_for_a_running_translation(translator: MachineTranslator) -> None:
    """The inbox asks while rendering a page; a model loading for seconds must not hold it."""
    held, release = threading.Event(), threading.Event()

    def translating() -> None:
        with translator._lock:
            held.set()
            release.wait(10)

    thread = threading.Thread(target=translating)
    thread.start()
    assert held.wait(5)
    try:
        started = time.monotonic()
        assert translator.status("ti", "nl").available and translator.engines()
        assert time.monotonic() - started < 1
    finally:
        release.set()
        thread.join()


def test_a_broken_model_gives_no_translation_instead_of_an_error(
    packages_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("opus-mt-ti-en", "translate-en_nl-phrasebook"):
        shutil.copytree(packages_dir / name, tmp_path / name)
    (tmp_path / "opus-mt-ti-en" / "model" / "model.bin").write_bytes(b"broken")
    (tmp_path / "notes").mkdir()  # not a model: ignored
    result = MachineTranslator(tmp_path).translate_to_dutch("ዕዳ ኣለኒ።", "ti")
    assert (result.text, result.available, result.reason) == (None, False, "failed")
    assert "failed" in caplog.text and "ዕዳ" not in caplog.text


def test_models_installed_later_are_picked_up(packages_dir: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    translator = MachineTranslator(models)
    assert translator.translate_to_dutch("ዕዳ ኣለኒ።", "ti").available is False
    for name in ("opus-mt-ti-en", "translate-en_nl-phrasebook"):
        shutil.copytree(packages_dir / name, models / name)
    assert translator.translate_to_dutch("ዕዳ ኣለኒ።", "ti").text == "Ik heb schulden."


def test_importing_loads_nothing() -> None:
    code = (
        "import sys, inburgering.text.translation, inburgering.text.translation.cli; "
        "print(sorted(m for m in ('argostranslate', 'ctranslate2', 'torch', 'stanza', 'transformers', "
        "'sentencepiece') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

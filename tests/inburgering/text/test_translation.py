"""Offline translation: real Argos packages, built from a phrase list, installed and translated offline.

The packages come from scripts/build_test_argos_model.py (a tiny trained CTranslate2 model per pair,
with a SentencePiece model), built once and kept in pytest's cache until that script changes. They
go through Argos's own installer and Argos's own translation classes, and only know the phrase list,
so every translation below is asserted exactly.
"""

from __future__ import annotations

import importlib.util
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

from inburgering.platform.settings import PROJECT_ROOT
from inburgering.text.translation import (
    MachineTranslation,
    MachineTranslator,
    PunctuationSentenceSplitter,
    TranslationResult,
    main,
)


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_test_argos_model", PROJECT_ROOT / "scripts" / "build_test_argos_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()
PHRASES = builder.PHRASES  # (nl, en, ar)


class NetworkUsed(RuntimeError):
    """Raised (and recorded) when code under test tries to reach the network."""


@pytest.fixture(autouse=True)
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No network in these tests: every connection or name lookup is recorded and refused.

    Recorded as well as raised, so an attempt that a library catches and hides still fails the test.
    """
    attempts: list[str] = []

    def refuse(what: str, address_at: int):
        def blocked(*args, **kwargs):
            attempts.append(f"{what} {args[address_at]!r}")
            raise NetworkUsed(f"network use in an offline test: {attempts[-1]}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect", 1))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex", 1))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo", 0))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection", 0))
    yield attempts
    assert attempts == [], f"tried to use the network: {attempts}"


@pytest.fixture(scope="session")
def argos_models(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The four phrasebook .argosmodel files (ar-en, en-nl, nl-en, en-ar), built once.

    Kept in pytest's cache (rebuilt when the build script changes), or per session without it.
    """
    cache = getattr(request.config, "cache", None)
    out_dir = cache.mkdir("argos-phrasebook-models") if cache else tmp_path_factory.mktemp("argos-models")
    return builder.build_packages(Path(out_dir))


@pytest.fixture(scope="session")
def packages_dir(argos_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("argos-packages")
    MachineTranslator(directory).install(argos_models.values())
    return directory


@pytest.fixture
def translator(packages_dir: Path) -> MachineTranslator:
    return MachineTranslator(packages_dir)


def test_arabic_phrases_reach_the_regisseur_in_dutch(translator: MachineTranslator) -> None:
    results = [translator.translate_to_dutch(ar, "ar") for _, _, ar in PHRASES]
    assert [r.text for r in results] == [nl for nl, _, _ in PHRASES]
    assert {(r.available, r.engine) for r in results} == {(True, "argos:ar>en>nl")}


def test_regisseur_reply_preview_in_arabic(translator: MachineTranslator) -> None:
    results = [translator.translate_from_dutch(nl, "ar") for nl, _, _ in PHRASES]
    assert [r.text for r in results] == [ar for _, _, ar in PHRASES]
    assert {r.engine for r in results} == {"argos:nl>en>ar"}


def test_a_message_of_several_sentences_is_split_and_translated_sentence_by_sentence(
    translator: MachineTranslator,
) -> None:
    # The model only knows single phrases: without sentence splitting this would be garbage.
    result = translator.translate_to_dutch("أنا مريض. لا أستطيع الحضور غداً. هل يمكنك الاتصال بي؟", "ar")
    assert result.text == "Ik ben ziek. Ik kan morgen niet komen. Kunt u mij bellen?"


def test_the_inbox_gets_the_dutch_text_or_none(translator: MachineTranslator) -> None:
    nl, _, ar = PHRASES[0]
    assert translator.to_dutch(ar, "ar") == MachineTranslation(nl, True)
    assert translator.from_dutch(nl, "ar") == MachineTranslation(ar, True)
    assert translator.from_dutch("Ik bel u morgen.", "ti") == MachineTranslation.unavailable()


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


def test_tigrinya_has_no_machine_translation(translator: MachineTranslator) -> None:
    to_dutch = translator.translate_to_dutch("ሰላም፣ ቆጸራይ መዓስ እዩ?", "ti")
    assert to_dutch == TranslationResult(None, False, "none", "ti", "nl", reason="no_model")
    assert translator.translate_from_dutch("Ik bel u morgen.", "ti").available is False
    assert translator.is_available("ti", "nl") is False
    assert translator.is_available("ar", "nl") is True


def test_nothing_is_available_before_packages_are_installed(tmp_path: Path) -> None:
    result = MachineTranslator(tmp_path / "empty").translate_to_dutch("متى موعدي؟", "ar")
    assert (result.text, result.available, result.reason) == (None, False, "no_model")


def test_dutch_needs_no_translation(translator: MachineTranslator) -> None:
    assert translator.translate_to_dutch("Wanneer is mijn afspraak?", "nl") == TranslationResult(
        "Wanneer is mijn afspraak?", True, "identity", "nl", "nl"
    )


def test_argos_own_sentence_splitter_would_go_online(
    translator: MachineTranslator, network_attempts: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Control: the offline guard catches what Argos does by default, so the tests above prove something."""
    import argostranslate.sbd
    from minisbd import models as minisbd_models

    monkeypatch.setattr(minisbd_models, "cache_dir", str(tmp_path))  # no model cached from earlier
    package = translator._installed()["ar", "en"]
    with pytest.raises(NetworkUsed):
        argostranslate.sbd.MiniSBDSentencizer(package).split_sentences("أنا مريض. لا أستطيع الحضور غداً.")
    assert network_attempts, "the default splitter should have tried to download its model"
    network_attempts.clear()


def test_message_texts_are_not_logged(translator: MachineTranslator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    translator.translate_to_dutch("لدي ديون.", "ar")
    assert "لدي ديون" not in caplog.text and "debts" not in caplog.text


def test_concurrent_first_use_is_safe(translator: MachineTranslator) -> None:
    phrases = PHRASES[:8]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda row: translator.translate_to_dutch(row[2], "ar").text, phrases))
    assert results == [nl for nl, _, _ in phrases]


def test_packages_installed_later_are_picked_up(argos_models: dict[str, Path], tmp_path: Path) -> None:
    translator = MachineTranslator(tmp_path / "packages")
    assert translator.translate_to_dutch("لدي ديون.", "ar").available is False
    translator.install([argos_models["ar-en"], argos_models["en-nl"]])
    assert translator.translate_to_dutch("لدي ديون.", "ar").text == "Ik heb schulden."


def test_a_broken_package_gives_no_translation_instead_of_an_error(
    argos_models: dict[str, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    translator = MachineTranslator(tmp_path)
    translator.install([argos_models["ar-en"], argos_models["en-nl"]])
    (tmp_path / "translate-en_nl-phrasebook" / "model" / "model.bin").write_bytes(b"broken")
    (tmp_path / "notes").mkdir()  # not a package: ignored
    result = translator.translate_to_dutch("لدي ديون.", "ar")
    assert (result.text, result.available, result.reason) == (None, False, "failed")
    assert "failed" in caplog.text and "لدي ديون" not in caplog.text


def test_install_command(argos_models: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    status = main(["--packages-dir", str(tmp_path), "install", *map(str, argos_models.values())])
    out = capsys.readouterr().out
    assert status == 0
    assert "packages in" in out and "ar→en, en→ar, en→nl, nl→en" in out
    assert "ar↔nl: machine translation" in out
    assert "ti↔nl: no machine translation available" in out
    assert MachineTranslator(tmp_path).translate_to_dutch("Tot ziens.", "nl").available
    assert MachineTranslator(tmp_path).translate_from_dutch("Tot ziens.", "ar").text == "إلى اللقاء."


def test_install_command_refuses_a_file_that_is_no_package(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_text("not a zip")
    assert main(["--packages-dir", str(tmp_path / "packages"), "install", str(bogus)]) == 1
    assert "not an Argos package" in capsys.readouterr().err


def test_install_from_index_without_network_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, network_attempts: list[str]
) -> None:
    import argostranslate.settings

    monkeypatch.setattr(argostranslate.settings, "local_package_index", tmp_path / "index.json")
    assert main(["--packages-dir", str(tmp_path / "packages"), "install", "--from-index"]) == 1
    assert "could not download the Argos package index" in capsys.readouterr().err
    assert network_attempts  # it did try: the index is the one thing that needs a network
    network_attempts.clear()


def test_sentence_splitter() -> None:
    split = PunctuationSentenceSplitter().split_sentences
    assert split("Ik ben ziek. Kunt u mij bellen?  Dank u wel!") == ["Ik ben ziek.", "Kunt u mij bellen?", "Dank u wel!"]
    assert split("متى موعدي؟ أنا مريض.") == ["متى موعدي؟", "أنا مريض."]
    assert split("om 9.30 uur") == ["om 9.30 uur"]
    assert split("   ") == []


def test_importing_loads_nothing() -> None:
    code = (
        "import sys, inburgering.text.translation as t; "
        "print(sorted(m for m in ('argostranslate', 'ctranslate2', 'torch', 'stanza') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

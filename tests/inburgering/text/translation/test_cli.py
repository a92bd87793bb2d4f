"""``python -m inburgering.text.translation`` (what `make translation-models` runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from inburgering.text.translation import MachineTranslator
from inburgering.text.translation.cli import availability_lines, main
from tests.translation_models import Mirror


def _install(mirror: Mirror, models: Path, *extra: str) -> int:
    return main(["--packages-dir", str(models), "install", "--argos-index", mirror.argos_index,
                 "--hugging-face", mirror.hugging_face, *extra])


def test_install_prints_what_is_installed_and_what_the_inbox_can_do(
    mirror: Mirror, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert _install(mirror, tmp_path / "models") == 0
    out = capsys.readouterr().out
    assert "ti→en: installed opus-mt-ti-en (Helsinki-NLP/opus-mt-ti-en@0123456789ab)" in out
    assert "  ti→en  opus-mt  Helsinki-NLP/opus-mt-ti-en@0123456789ab, " in out
    assert "  en→nl  argos    Argos index, package 0.1, " in out
    for direction in ("ar→nl", "nl→ar", "ti→nl", "nl→ti"):
        assert f"  {direction}  machine translation" in out
    assert _install(mirror, tmp_path / "models") == 0  # idempotent
    assert "ti→en: already installed" in capsys.readouterr().out


def test_a_failed_direction_fails_the_command_and_says_what_is_missing(
    mirror: Mirror, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    weights = mirror.file("Helsinki-NLP/opus-mt-en-ti", "model.safetensors")
    weights.write_bytes(b"corrupt")
    assert _install(mirror, tmp_path / "models") == 1
    captured = capsys.readouterr()
    assert "error: en→ti: " in captured.err and "SHA-256 mismatch" in captured.err
    assert "  nl→ti  none: missing en→ti (add with `make translation-models`)" in captured.out
    assert "  ti→nl  machine translation" in captured.out


def test_status_and_remove(mirror: Mirror, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    models = tmp_path / "models"
    assert _install(mirror, models) == 0
    assert main(["--packages-dir", str(models), "remove", "ti-en"]) == 0
    assert "ti→en: removed" in capsys.readouterr().out
    assert main(["--packages-dir", str(models), "remove", "ti-en"]) == 1
    assert main(["--packages-dir", str(models), "status"]) == 0
    out = capsys.readouterr().out
    assert "  ti→nl  none: missing ti→en (add with `make translation-models`)" in out
    assert not MachineTranslator(models).status("ti", "nl").available


def test_local_files_and_a_bogus_one(built_models, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    argos_files, _ = built_models
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_text("not a zip")
    models = tmp_path / "models"
    assert main(["--packages-dir", str(models), "install", *map(str, argos_files.values()), str(bogus)]) == 1
    captured = capsys.readouterr()
    assert "bogus.argosmodel: not an Argos package" in captured.err
    assert "  ar→nl  machine translation" in captured.out
    assert "  ti→nl  none: missing ti→en (add with `make translation-models`)" in captured.out


def test_availability_lines_of_an_empty_directory(tmp_path: Path) -> None:
    assert availability_lines(MachineTranslator(tmp_path)) == [
        "  ar→nl  none: missing ar→en, en→nl (add with `make translation-models`)",
        "  nl→ar  none: missing nl→en, en→ar (add with `make translation-models`)",
        "  ti→nl  none: missing ti→en, en→nl (add with `make translation-models`)",
        "  nl→ti  none: missing nl→en, en→ti (add with `make translation-models`)",
    ]

"""`make translation-models`: the real download, check, conversion and install code, fed local files.

The mirror (tests/translation_models.py) lays the tiny models out as the Argos index and Hugging
Face do; the installer gets its ``file://`` URLs and runs exactly as against the network.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from inburgering.text.translation import MachineTranslator, TranslationInstallError
from inburgering.text.translation.install import DIRECTIONS, Direction, Installer, Manifest, fetch
from inburgering.text.translation.opus import OpusStep
from tests.translation_models import Mirror

TI_EN = Direction("ti", "en", "opus-mt")
REPO = "Helsinki-NLP/opus-mt-ti-en"


def _leftovers(models: Path) -> list[str]:
    return sorted(path.name for path in models.iterdir() if path.name.startswith(".work-"))


def test_installs_all_six_steps_and_records_them(mirror: Mirror, tmp_path: Path) -> None:
    lines: list[str] = []
    models = tmp_path / "models"
    assert mirror.installer(models, say=lines.append).install() == []
    manifest = Manifest(models).entries
    assert sorted(manifest) == sorted(d.key for d in DIRECTIONS)
    opus_files = manifest["ti-en"]["files"]
    assert set(opus_files) == {"config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json",
                               "tokenizer_config.json", "generation_config.json"}
    # Hugging Face publishes SHA-256 for LFS files and git blob ids for small ones: both checked.
    assert opus_files["model.safetensors"]["checked"] == "sha256"
    assert opus_files["config.json"]["checked"] == "git-sha1"
    assert manifest["ar-en"]["files"]["package.argosmodel"]["checked"] == "recorded"  # Argos publishes none
    assert manifest["ti-en"]["origin"] == f"{REPO}@{Mirror.REVISION[:12]}"
    assert manifest["ti-en"]["size_bytes"] > 0
    converted = json.loads((models / "opus-mt-ti-en" / "metadata.json").read_text())
    assert converted["engine"] == "opus-mt" and converted["revision"] == Mirror.REVISION
    assert (models / "opus-mt-ti-en" / "model" / "model.bin").is_file()  # CTranslate2, not the Hugging Face files
    assert not (models / "opus-mt-ti-en" / "model.safetensors").exists()
    assert "ti→en: converting Helsinki-NLP/opus-mt-ti-en to CTranslate2" in lines
    assert _leftovers(models) == []
    assert MachineTranslator(models).translate_to_dutch("ዕዳ ኣለኒ።", "ti").text == "Ik heb schulden."


def test_the_default_install_converts_to_int8(mirror: Mirror, tmp_path: Path) -> None:
    # What `make translation-models` installs: int8 weights (the mirror's installer installs the tiny
    # models as float: see Mirror.installer). The tiny model's int8 output depends on the CPU, so
    # only that it loads and translates is checked here, not the words.
    models = tmp_path / "models"
    installer = Installer(models, argos_index=mirror.argos_index, hugging_face=mirror.hugging_face)
    assert installer.quantization == "int8"
    installer.install_direction(TI_EN)
    converted = json.loads((models / "opus-mt-ti-en" / "metadata.json").read_text())
    assert converted["quantization"] == "int8"
    assert OpusStep(models / "opus-mt-ti-en", "ti", "en").translate("ዕዳ ኣለኒ።").strip() != ""


def test_installing_again_downloads_nothing(mirror: Mirror, tmp_path: Path) -> None:
    models = tmp_path / "models"
    assert mirror.installer(models).install() == []
    before = (models / "manifest.json").read_text()
    shutil.rmtree(mirror.root)  # a second run that downloaded anything would fail now
    lines: list[str] = []
    assert mirror.installer(models, say=lines.append).install() == []
    assert lines == [f"{d.source}→{d.target}: already installed ({json.loads(before)['installed'][d.key]['origin']})"
                     for d in DIRECTIONS]
    assert (models / "manifest.json").read_text() == before


def test_a_corrupt_download_is_refused_and_installs_nothing(mirror: Mirror, tmp_path: Path) -> None:
    weights = mirror.file(REPO, "model.safetensors")
    weights.write_bytes(weights.read_bytes()[:-100])  # truncated; the published SHA-256 is the old one
    models = tmp_path / "models"
    errors = mirror.installer(models).install()
    assert len(errors) == 1 and errors[0].startswith("ti→en: ") and "SHA-256 mismatch" in errors[0]
    assert not (models / "opus-mt-ti-en").exists() and "ti-en" not in Manifest(models).entries
    assert _leftovers(models) == []
    translator = MachineTranslator(models)
    assert translator.status("nl", "ti").available  # the other directions were installed
    assert translator.status("ti", "nl").missing == ("ti→en",)


def test_a_corrupt_small_file_fails_its_git_blob_id(mirror: Mirror, tmp_path: Path) -> None:
    config = mirror.file(REPO, "config.json")
    config.write_text(config.read_text().replace('"d_model": 32', '"d_model": 64'))
    with pytest.raises(TranslationInstallError, match="git blob id mismatch"):
        mirror.installer(tmp_path / "models").install_direction(TI_EN)


def test_a_corrupt_argos_package_is_refused(mirror: Mirror, tmp_path: Path) -> None:
    archive = mirror.root / "argos" / "translate-en_nl-phrasebook.argosmodel"
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    models = tmp_path / "models"
    errors = mirror.installer(models).install([Direction("en", "nl", "argos"), Direction("ar", "en", "argos")])
    assert errors == ["en→nl: package.argosmodel: not an Argos package (not a zip archive)"]
    assert sorted(Manifest(models).entries) == ["ar-en"]
    assert MachineTranslator(models).status("ar", "nl").missing == ("en→nl",)


def test_a_published_argos_checksum_is_checked(mirror: Mirror, tmp_path: Path) -> None:
    index = json.loads(mirror.index_path.read_text())
    for entry in index:
        entry["sha256"] = "0" * 64
    mirror.index_path.write_text(json.dumps(index))
    with pytest.raises(TranslationInstallError, match="SHA-256 mismatch"):
        mirror.installer(tmp_path / "models").install_direction(Direction("ar", "en", "argos"))


def test_a_changed_file_is_refused_on_reinstall(mirror: Mirror, tmp_path: Path) -> None:
    """Upstream replaced the weights (and publishes the new checksum): not silently taken over."""
    models = tmp_path / "models"
    installer = mirror.installer(models)
    installer.install_direction(TI_EN)
    installer.install_direction(Direction("en", "nl", "argos"))
    pinned = Manifest(models).entries["ti-en"]["files"]["model.safetensors"]["sha256"]
    weights = mirror.file(REPO, "model.safetensors")
    weights.write_bytes(weights.read_bytes() + b"\0")
    mirror.publish(REPO)  # a consistent new release, so only the manifest can catch it
    with pytest.raises(TranslationInstallError, match="model.safetensors differs from the file installed before"):
        installer.install_direction(TI_EN, reinstall=True)
    assert Manifest(models).entries["ti-en"]["files"]["model.safetensors"]["sha256"] == pinned
    assert MachineTranslator(models).translate_to_dutch("ዕዳ ኣለኒ።", "ti").text == "Ik heb schulden."  # still the old
    # Removing the direction on purpose accepts the new file.
    assert installer.remove("ti-en") and not (models / "opus-mt-ti-en").exists()
    with pytest.raises(TranslationInstallError, match="not a convertible Marian model"):
        installer.install_direction(TI_EN)  # a trailing byte breaks the safetensors file: caught too
    assert not (models / "opus-mt-ti-en").exists() and _leftovers(models) == []


def test_reinstalling_the_same_files_is_accepted(mirror: Mirror, tmp_path: Path) -> None:
    models = tmp_path / "models"
    installer = mirror.installer(models)
    installer.install_direction(TI_EN)
    assert installer.install_direction(TI_EN, reinstall=True) is True
    assert MachineTranslator(models).translate("ዕዳ ኣለኒ።", "ti", "en").text == "I have debts."


def test_a_direction_the_source_does_not_have(mirror: Mirror, tmp_path: Path) -> None:
    index = [e for e in json.loads(mirror.index_path.read_text()) if e["to_code"] != "ar"]
    mirror.index_path.write_text(json.dumps(index))
    errors = mirror.installer(tmp_path / "models").install([Direction("en", "ar", "argos")])
    assert errors == ["en→ar: the Argos index has no en-ar package"]
    errors = mirror.installer(tmp_path / "models").install([Direction("so", "en", "opus-mt")])
    assert len(errors) == 1 and "could not download" in errors[0]  # Hugging Face has no such repository here


def test_without_network_it_says_so(tmp_path: Path, network_attempts: list[str]) -> None:
    installer = Installer(tmp_path / "models")  # the real URLs
    errors = installer.install([Direction("ar", "en", "argos"), TI_EN])
    assert len(errors) == 2 and all("no network?" in error for error in errors)
    assert network_attempts  # it did try: downloading is the one thing that needs a network
    network_attempts.clear()
    assert MachineTranslator(tmp_path / "models").status("ar", "nl").available is False


def test_fetch_reads_file_urls_and_hashes_them(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    assert fetch(source.as_uri() + "?blobs=true", tmp_path / "b") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    assert (tmp_path / "b").read_bytes() == b"abc"


def test_local_argos_files_install_offline(built_models, tmp_path: Path) -> None:
    argos_files, _ = built_models
    models = tmp_path / "models"
    installer = Installer(models)
    assert [installer.install_file(path) for path in argos_files.values()] == ["ar-en", "en-ar", "en-nl", "nl-en"]
    assert MachineTranslator(models).translate_from_dutch("Tot ziens.", "ar").text == "إلى اللقاء."
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_text("not a zip")
    with pytest.raises(TranslationInstallError, match="not an Argos package"):
        installer.install_file(bogus)
    other = tmp_path / "other.argosmodel"  # an en→nl package with different content
    with zipfile.ZipFile(argos_files["en-nl"]) as source, zipfile.ZipFile(other, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data + b"\n" if item.filename.endswith("README.md") else data)
    with pytest.raises(TranslationInstallError, match="differs from the file installed before"):
        installer.install_file(other)


def test_an_unreadable_manifest_is_an_error_not_a_silent_reset(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{")
    with pytest.raises(TranslationInstallError, match="unreadable manifest"):
        Manifest(tmp_path)

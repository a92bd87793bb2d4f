"""Installing a speech model: one command where a network exists, the same code for a local copy.

    python -m inburgering.speech install                 # faster-whisper "small" (needs a network)
    python -m inburgering.speech install --model medium  # a bigger one: better Arabic, slower
    python -m inburgering.speech install --from-dir DIR  # a CTranslate2 Whisper model already on disk
    python -m inburgering.speech status

``make speech-models`` runs the first. The download (``huggingface_hub``) only fetches a model
directory; installing it is :func:`install_from_dir`, which the tests run on the tiny model the
project builds itself (``scripts/build_test_whisper_model.py``): the same checks, the same copy,
the same loading code. Nothing downloads at run time: the bot only reads ``SPEECH_MODELS_DIR``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from inburgering.speech.recognition import MANIFEST, RECOGNISED, REQUIRED_FILES, SpeechRecognizer, model_dir

# The faster-whisper conversions of OpenAI's multilingual Whisper models.
HUB_REPOSITORY = "Systran/faster-whisper-{size}"
DEFAULT_MODEL = "small"


class SpeechInstallError(Exception):
    """Not a faster-whisper model directory, or it would not load, or the download failed."""


def install_from_dir(source: Path, models_dir: Path, *, name: str | None = None,
                     languages: Sequence[str] = RECOGNISED) -> Path:
    """Copy a CTranslate2 Whisper model into ``models_dir/whisper``, check that it loads and listens.

    The old model stays until the new one is complete (copied beside it, then renamed).
    """
    source = Path(source)
    missing = [file for file in REQUIRED_FILES if not (source / file).is_file()]
    if missing:
        # Without tokenizer.json faster-whisper would download one at run time.
        raise SpeechInstallError(f"{source}: not a faster-whisper model directory (missing {', '.join(missing)})")
    unknown = [code for code in languages if code not in RECOGNISED]
    if unknown:
        raise SpeechInstallError(f"no speech recognition for {', '.join(unknown)} (Whisper knows nl and ar)")
    target = model_dir(models_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".whisper-", dir=target.parent))
    try:
        new = staging / "model"
        shutil.copytree(source, new, ignore=shutil.ignore_patterns(".*", "*.lock", "build-stamp.json"))
        (new / MANIFEST).write_text(json.dumps({"name": name or source.name, "languages": list(languages)}))
        _check(new, languages)
        old = staging / "old"
        if target.exists():
            target.rename(old)
        new.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _check(directory: Path, languages: Sequence[str]) -> None:
    """The model loads and transcribes a second of silence (no crash, no download)."""
    recognizer = SpeechRecognizer.from_model_dir(directory)
    try:
        recognizer.transcribe(np.zeros(16_000, dtype=np.float32), languages[0])
    except Exception as error:  # noqa: BLE001 - CTranslate2 and faster-whisper raise many kinds
        raise SpeechInstallError(f"{directory}: the model does not load ({type(error).__name__}: {error})") from error


def install_from_hub(models_dir: Path, size: str = DEFAULT_MODEL, languages: Sequence[str] = RECOGNISED) -> Path:
    """Download ``Systran/faster-whisper-<size>`` (needs a network), then :func:`install_from_dir`."""
    from huggingface_hub import snapshot_download

    with tempfile.TemporaryDirectory() as work:
        try:
            downloaded = snapshot_download(HUB_REPOSITORY.format(size=size), local_dir=work,
                                           allow_patterns=["*.bin", "*.json", "*.txt"])
        except Exception as error:  # noqa: BLE001 - network and hub errors
            raise SpeechInstallError(f"downloading the {size} model failed ({type(error).__name__}); "
                                     "no network? Use --from-dir with a copy") from error
        return install_from_dir(Path(downloaded), models_dir, name=f"faster-whisper-{size}", languages=languages)


def status(models_dir: Path) -> list[str]:
    """Lines for the operator: which model, which languages are recognised."""
    recognizer = SpeechRecognizer(models_dir)
    lines = [f"speech models in {model_dir(models_dir)}"]
    if not recognizer.installed():
        lines.append("no speech model: every voice note goes to a person")
    else:
        manifest = json.loads((recognizer.directory / MANIFEST).read_text()) if (
            recognizer.directory / MANIFEST).is_file() else {}
        lines.append(f"model: {manifest.get('name', '?')}")
    for code in ("nl", "ar", "ti"):
        way = "recognised" if recognizer.available(code) else "a person listens"
        lines.append(f"{code}: {way}")
    return lines

"""Speech recognition through faster-whisper, with the tiny model the project builds and installs
through the same code as a real one; generated voice notes; no network."""

from __future__ import annotations

import json
import shutil
import socket

import numpy as np
import pytest

from inburgering.speech import audio
from inburgering.speech.__main__ import main
from inburgering.speech.install import SpeechInstallError, install_from_dir, status
from inburgering.speech.recognition import MANIFEST, SpeechRecognizer, model_dir


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network use in an offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield
    assert attempts == []


@pytest.fixture
def models_dir(tmp_path, whisper_model_dir):
    install_from_dir(whisper_model_dir, tmp_path / "speech-models", name="tiny-test")
    return tmp_path / "speech-models"


def test_nothing_installed_recognises_nothing(tmp_path):
    recognizer = SpeechRecognizer(tmp_path)
    assert recognizer.languages() == ()
    assert not recognizer.available("nl")
    with pytest.raises(ValueError):
        recognizer.transcribe(np.zeros(16_000, dtype=np.float32), "nl")


def test_the_installed_model_recognises_dutch_and_arabic_never_tigrinya(models_dir):
    recognizer = SpeechRecognizer(models_dir)
    assert recognizer.languages() == ("nl", "ar")
    assert not recognizer.available("ti")
    assert json.loads((model_dir(models_dir) / MANIFEST).read_text())["name"] == "tiny-test"


@pytest.mark.parametrize(("language", "voice", "said"), [
    ("nl", "nl", "wat is het pvt"), ("nl", "nl", "wat is de map"), ("ar", "ar", "ما هو PVT"),
])
def test_a_generated_voice_note_is_transcribed(models_dir, language, voice, said):
    recognizer = SpeechRecognizer(models_dir)
    heard = recognizer.transcribe(audio.decode(audio.speak(said, voice)), language)
    assert heard.text == said
    assert heard.language == language
    assert -1.0 < heard.avg_logprob <= 0
    assert 0 <= heard.no_speech_prob < 0.6
    assert heard.seconds > 0


def test_language_detection_chooses_only_among_the_candidates(models_dir):
    recognizer = SpeechRecognizer(models_dir)
    samples = audio.decode(audio.speak("wat is het pvt", "nl"))
    assert recognizer.detect_language(samples, ("nl", "ar")) == "nl"
    assert recognizer.detect_language(audio.decode(audio.speak("ما هو PVT", "ar")), ("nl", "ar")) == "ar"
    assert recognizer.detect_language(samples, ("ar",)) == "ar"
    assert recognizer.detect_language(samples, ("ti",)) is None


def test_the_manifest_limits_the_languages(tmp_path, whisper_model_dir):
    install_from_dir(whisper_model_dir, tmp_path, languages=("nl",))
    assert SpeechRecognizer(tmp_path).languages() == ("nl",)


def test_a_directory_without_a_tokenizer_is_refused(tmp_path, whisper_model_dir):
    broken = tmp_path / "broken"
    shutil.copytree(whisper_model_dir, broken)
    (broken / "tokenizer.json").unlink()  # faster-whisper would download one at run time
    with pytest.raises(SpeechInstallError, match="tokenizer.json"):
        install_from_dir(broken, tmp_path / "models")
    assert not SpeechRecognizer(tmp_path / "models").installed()


def test_tigrinya_cannot_be_installed(tmp_path, whisper_model_dir):
    with pytest.raises(SpeechInstallError):
        install_from_dir(whisper_model_dir, tmp_path, languages=("ti",))


def test_a_model_that_does_not_load_is_not_installed_and_the_old_one_stays(models_dir, tmp_path, whisper_model_dir):
    broken = tmp_path / "broken"
    shutil.copytree(whisper_model_dir, broken)
    (broken / "model.bin").write_bytes(b"not a model")
    with pytest.raises(SpeechInstallError, match="does not load"):
        install_from_dir(broken, models_dir)
    assert SpeechRecognizer(models_dir).languages() == ("nl", "ar")


def test_the_command_installs_from_a_directory_and_reports(tmp_path, whisper_model_dir, capsys):
    assert main(["--models-dir", str(tmp_path), "install", "--from-dir", str(whisper_model_dir)]) == 0
    out = capsys.readouterr().out
    assert "nl: recognised" in out and "ar: recognised" in out and "ti: a person listens" in out
    assert status(tmp_path / "none")[1] == "no speech model: every voice note goes to a person"

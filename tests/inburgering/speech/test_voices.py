"""The computer voice: Dutch with Debian's espeak-ng, as an OGG/Opus voice note; none for Arabic or Tigrinya."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from inburgering.responses import render
from inburgering.speech import voices
from inburgering.text.i18n import translator



@pytest.fixture
def needs_tools() -> None:
    """Skipped on a laptop without espeak-ng and ffmpeg; under CI (which installs them) a failure."""
    if not voices.tools_installed():
        if os.environ.get("CI"):
            pytest.fail("espeak-ng and ffmpeg are required under CI (scripts/install_speech_tools.sh)")
        pytest.skip("espeak-ng and ffmpeg are not installed (scripts/install_speech_tools.sh)")


def test_only_dutch_has_a_computer_voice() -> None:
    assert set(voices.COMPUTER_VOICES) == {"nl"}
    assert not voices.has_computer_voice("ar")
    assert not voices.has_computer_voice("ti")


def test_the_text_read_aloud_has_no_invisible_marks_and_every_line_ends_a_sentence() -> None:
    spoken = voices.speakable("In \u2068Zwolle\u2069 duurt het 12 uur\nKlaar.\n\n")
    assert spoken == "In Zwolle duurt het 12 uur.\nKlaar."


@pytest.mark.usefixtures("needs_tools")
def test_a_dutch_answer_becomes_an_ogg_opus_voice_note(tmp_path: Path) -> None:
    text = render("utter_pvt_hours", translator("nl"), {"gemeente": "Zwolle", "pvt_hours": 12})["text"]
    audio = voices.synthesise(text, "nl")
    assert voices.is_ogg_opus(audio)
    seconds = voices.ogg_opus_seconds(audio)
    assert 3 <= seconds <= 30, seconds
    # ffprobe (ffmpeg's) reads the same length and codec as Telegram would.
    if shutil.which("ffprobe"):
        (tmp_path / "answer.ogg").write_bytes(audio)
        probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,channels",
                                "-show_entries", "format=duration", "-of", "default=nw=1",
                                str(tmp_path / "answer.ogg")], capture_output=True, check=True).stdout.decode()
        assert "codec_name=opus" in probe and "channels=1" in probe
        duration = float(probe.split("duration=")[1].split()[0])
        assert abs(duration - seconds) <= 1


@pytest.mark.usefixtures("needs_tools")
def test_an_uploaded_wav_becomes_a_voice_note() -> None:
    wav = subprocess.run(["espeak-ng", "-v", "nl", "--stdout", "Hallo"], capture_output=True, check=True).stdout
    assert wav.startswith(b"RIFF")
    assert voices.is_ogg_opus(voices.encode_voice_note(wav))


@pytest.mark.usefixtures("needs_tools")
def test_something_that_is_no_audio_fails_clearly() -> None:
    with pytest.raises(voices.SynthesisFailed):
        voices.encode_voice_note(b"this is not audio at all")


def test_the_length_of_something_that_is_no_ogg_is_zero() -> None:
    assert voices.ogg_opus_seconds(b"not an ogg file") == 0

"""Sound files: OGG/Opus for the browser, durations, and private storage."""

from __future__ import annotations

import stat

import pytest

from inburgering.speech import audio, storage


def test_a_wav_file_becomes_ogg_opus_with_its_duration():
    wav = audio.silence_wav(2.0)
    assert not audio.is_ogg(wav)
    ogg = audio.playable(wav)
    assert audio.is_ogg(ogg)
    assert audio.duration_seconds(ogg) == pytest.approx(2.0, abs=0.1)


def test_an_ogg_voice_note_is_served_as_it_came():
    note = audio.speak("wat is het pvt", "nl")
    assert audio.is_ogg(note)
    assert audio.playable(note) is note
    assert 0.5 < audio.duration_seconds(note) < 5


def test_garbage_is_an_audio_error():
    with pytest.raises(audio.AudioError):
        audio.duration_seconds(b"not a sound at all" * 10)
    with pytest.raises(audio.AudioError):
        audio.decode(b"not a sound at all" * 10)


def test_kept_files_are_private_and_named_at_random(tmp_path):
    first = storage.keep(tmp_path, b"OggS one")
    second = storage.keep(tmp_path, b"OggS two")
    assert first != second and first.parent == storage.directory(tmp_path)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert storage.remove(first) and not first.exists()
    assert not storage.remove(first)
    assert not storage.remove(None)


def test_the_sound_of_a_video_note_becomes_ogg_opus(tmp_path):
    """A round video note (MP4: H.264 + AAC), as Telegram sends one: its sound is what is kept."""
    import subprocess

    audio.require_tools("ffmpeg")
    speech = tmp_path / "speech.ogg"
    speech.write_bytes(audio.speak("wat is het pvt", "nl"))
    video = tmp_path / "note.mp4"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=64x64:d=2",
                    "-i", str(speech), "-shortest", "-c:v", "libx264", "-c:a", "aac", str(video)], check=True)
    kept = audio.playable(video.read_bytes())
    assert audio.is_ogg(kept)
    assert audio.duration_seconds(kept) == pytest.approx(audio.duration_seconds(speech.read_bytes()), abs=0.3)
    assert len(audio.decode(video.read_bytes())) > 16_000  # Whisper's input comes from the video's sound

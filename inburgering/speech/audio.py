"""Sound files in and out: reading voice notes, making them playable, and speaking test phrases.

Telegram voice notes are OGG/Opus, which Chromium's ``<audio>`` plays as it is; audio files
(MP3, M4A) and video notes (MP4) are turned into OGG/Opus once, when they are kept, so the inbox
serves one format. Decoding and encoding use PyAV (FFmpeg's libraries inside the ``av`` wheel that
faster-whisper needs anyway): the bot needs no FFmpeg program at run time.

:func:`speak` is for tests and the test model's build only: Debian's ``espeak-ng`` and ``ffmpeg``
programs (``scripts/install_speech_tools.sh``) turn a phrase into a voice note as a phone would send.
The spoken-answers side (issue 14, second half) may import these helpers too.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000  # what Whisper listens at
OGG_MAGIC = b"OggS"
OGG_MIME = "audio/ogg"


class AudioError(Exception):
    """Not a sound PyAV can read, or a tool is missing."""


def is_ogg(data: bytes) -> bool:
    return data[:4] == OGG_MAGIC


def duration_seconds(data: bytes) -> float:
    """How long the sound in ``data`` lasts, read from the container (or by decoding it)."""
    import av

    try:
        with av.open(io.BytesIO(data)) as container:
            stream = container.streams.audio[0]
            if container.duration:
                return container.duration / 1_000_000
            samples = sum(frame.samples for frame in container.decode(stream))
            return samples / (stream.rate or SAMPLE_RATE)
    except (av.FFmpegError, IndexError) as error:
        raise AudioError(f"cannot read the sound ({type(error).__name__})") from error


def decode(data: bytes, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Mono float32 samples at ``sample_rate`` (Whisper's input), from any container PyAV reads."""
    from faster_whisper.audio import decode_audio

    try:
        return decode_audio(io.BytesIO(data), sampling_rate=sample_rate)
    except Exception as error:  # noqa: BLE001 - PyAV raises many kinds
        raise AudioError(f"cannot decode the sound ({type(error).__name__})") from error


def to_ogg_opus(data: bytes, bitrate: int = 32_000) -> bytes:
    """The sound of ``data`` (MP3, M4A, MP4, WAV, ...) as OGG/Opus, mono 48 kHz: what browsers play."""
    import av

    out = io.BytesIO()
    try:
        with av.open(io.BytesIO(data)) as source, av.open(out, "w", format="ogg") as target:
            stream = target.add_stream("libopus", rate=48_000)
            stream.bit_rate = bitrate
            stream.layout = "mono"
            resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
            for frame in source.decode(source.streams.audio[0]):
                for converted in resampler.resample(frame):
                    for packet in stream.encode(converted):
                        target.mux(packet)
            for converted in resampler.resample(None):
                for packet in stream.encode(converted):
                    target.mux(packet)
            for packet in stream.encode(None):
                target.mux(packet)
    except (av.FFmpegError, IndexError) as error:
        raise AudioError(f"cannot convert the sound ({type(error).__name__})") from error
    return out.getvalue()


def playable(data: bytes) -> bytes:
    """What the inbox serves: OGG as it came, anything else converted to OGG/Opus."""
    return data if is_ogg(data) else to_ogg_opus(data)


# -- generated speech (tests, the test model's build) --------------------------------------------


def require_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise AudioError(f"{', '.join(missing)} not found: run scripts/install_speech_tools.sh")


def speak(text: str, voice: str, *, speed: int = 175, pitch: int = 50) -> bytes:
    """``text`` spoken by espeak-ng's ``voice`` (nl, ar, am...), as an OGG/Opus voice note."""
    require_tools("espeak-ng", "ffmpeg")
    with tempfile.TemporaryDirectory() as work:
        wav = Path(work) / "speech.wav"
        ogg = Path(work) / "speech.ogg"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(wav), text],
                       check=True, capture_output=True)
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", str(wav), "-c:a", "libopus",
                        "-b:a", "24k", "-ar", "48000", "-ac", "1", str(ogg)], check=True, capture_output=True)
        return ogg.read_bytes()


def silence_wav(seconds: float, sample_rate: int = SAMPLE_RATE) -> bytes:
    """A WAV file of ``seconds`` of near-silence (a long note in tests, without espeak)."""
    import wave

    out = io.BytesIO()
    rng = np.random.default_rng(0)
    samples = (rng.normal(0, 30, int(seconds * sample_rate))).astype("<i2")
    with wave.open(out, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(sample_rate)
        handle.writeframes(samples.tobytes())
    return out.getvalue()

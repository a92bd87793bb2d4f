"""The offline computer voice: Debian's espeak-ng, encoded as a Telegram voice note (OGG/Opus).

Which languages have one, and why (issue 14):

- Dutch: espeak-ng's Dutch voice reads the answers word for word; robotic, but understandable.
- Arabic: none. espeak-ng's Arabic voice needs vowel marks (tashkeel), and answers are written
  without them, as Arabic is. Of the 294 Arabic words in the PVT, MAP and ontzorgen answers, 52
  came out as consonant clusters without their vowels (تستغرق as "tstQRq", يجب as "jdZb"), and
  the Dutch terms in brackets are read with English rules. Words with their vowels missing are
  hard to recognise even for a fluent listener; for people who read poorly, a voice that garbles
  about one word in six is worse than none: Arabic answers are spoken only from a person's
  recording. (espeak-ng's Arabic is fine with fully vowelled text; the catalogs are not written so.)
- Tigrinya: espeak-ng has no Tigrinya voice (nor any other free offline voice we know of):
  recordings only.

Synthesis takes a few hundred milliseconds and is blocking: callers run it in a worker thread.
"""

from __future__ import annotations

import re
import shutil
import subprocess

# Language -> espeak-ng voice. A language missing here has no computer voice.
COMPUTER_VOICES = {"nl": "nl"}
# Words per minute: slower than espeak-ng's default of 175, for people learning Dutch.
SPEED = 140
OPUS_BITRATE = "24k"  # speech in mono: small files, clear enough
TIMEOUT_SECONDS = 30
# Bidirectional isolates and other invisible format characters (placeholders in the catalogs).
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class SynthesisFailed(RuntimeError):
    """espeak-ng or the encoder failed; the caller answers without a voice note."""


def has_computer_voice(language: str) -> bool:
    """Whether ``language`` can be spoken by the computer voice on this machine."""
    return language in COMPUTER_VOICES and tools_installed()


def tools_installed() -> bool:
    return shutil.which("espeak-ng") is not None and shutil.which("ffmpeg") is not None


def speakable(text: str) -> str:
    """The text as espeak-ng should read it: no invisible characters, each line a sentence."""
    lines = [line.strip() for line in _INVISIBLE.sub("", text).splitlines()]
    return "\n".join(line if line.endswith((".", "?", "!", ":")) else f"{line}." for line in lines if line)


def synthesise(text: str, language: str) -> bytes:
    """``text`` spoken by the computer voice of ``language``, as OGG/Opus bytes (a voice note).

    Blocking (two processes); raises :class:`SynthesisFailed` or KeyError for a language without a voice.
    """
    voice = COMPUTER_VOICES[language]
    try:
        wav = subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(SPEED), "--stdout"],
            input=speakable(text).encode(), capture_output=True, check=True, timeout=TIMEOUT_SECONDS,
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise SynthesisFailed(f"espeak-ng: {type(error).__name__}") from error
    return encode_voice_note(wav)


def encode_voice_note(audio: bytes) -> bytes:
    """Any audio ffmpeg reads (WAV, WebM, MP4, MP3...) as a Telegram voice note: mono OGG/Opus, 48 kHz.

    Used for the computer voice and for recordings uploaded in the inbox.
    """
    try:
        return subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-vn", "-ac", "1", "-ar", "48000",
             "-c:a", "libopus", "-b:a", OPUS_BITRATE, "-application", "voip", "-f", "ogg", "pipe:1"],
            input=audio, capture_output=True, check=True, timeout=TIMEOUT_SECONDS,
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise SynthesisFailed(f"ffmpeg: {type(error).__name__}") from error


def ogg_opus_seconds(data: bytes) -> int:
    """The length of an OGG/Opus file in whole seconds (at least 1), read from its last page.

    The last page's granule position counts 48 kHz samples, minus the encoder's pre-skip in the
    OpusHead header; no decoding needed.
    """
    last = data.rfind(b"OggS")
    head = data.find(b"OpusHead")
    if last < 0 or head < 0 or len(data) < last + 14 or len(data) < head + 12:
        return 0
    granule = int.from_bytes(data[last + 6:last + 14], "little")
    pre_skip = int.from_bytes(data[head + 10:head + 12], "little")
    return max(1, round((granule - pre_skip) / 48000))


def is_ogg_opus(data: bytes) -> bool:
    return data.startswith(b"OggS") and b"OpusHead" in data[:200]

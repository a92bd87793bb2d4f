"""What a user typed, made safe to handle: every channel's text passes :func:`clean_text` first.

Telegram delivers whatever a client sends: lone UTF-16 surrogates (which cannot be stored or sent
on as UTF-8), control characters, and invisible characters that change how text reads or looks
(bidi overrides, soft hyphens, zero-width spaces) without changing what it says. They are
removed here, so the language detector, the crisis nets, Rasa and the inbox all read the same
visible text. Zero-width (non-)joiners stay: they shape Arabic script and emoji sequences.
"""

from __future__ import annotations

import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls except tab and newlines; bidi embeddings, overrides, isolates and marks;
# soft hyphen, zero-width space, word joiner, byte order mark and other invisible formatting.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\u206a-\u206f\ufeff\ufff9-\ufffb]"
)
# A tag character block (used to hide text) and other unassigned controls.
_TAGS = re.compile("[\U000e0000-\U000e007f]")


def clean_text(text: str | None) -> str:
    """``text`` without lone surrogates (each becomes U+FFFD), controls and invisible characters; stripped."""
    if not text:
        return ""
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _TAGS.sub("", _INVISIBLE.sub("", text))
    return text.strip()


def is_noise(text: str) -> bool:
    """Nothing to read: no letter or digit (only punctuation, emoji and other symbols, spaces, U+FFFD).

    Rasa's NLU understands none of these ("👍👍", "?!", a lone U+202E): they would only count as misses
    towards handing the chat to a person, or crash its pipeline when no token is left.
    """
    return not any(unicodedata.category(char)[0] in "LN" for char in text)

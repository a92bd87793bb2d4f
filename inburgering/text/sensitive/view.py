"""The matching view: a message as the patterns see it (normalised; invisible characters, punctuation inside
words, spaced-out and doubled letters and Ge'ez spelling variants folded away)."""

from __future__ import annotations

import re
import unicodedata

from nlu.text import normalise

# --------------------------------------------------------------------------------------------
# The matching view

# Soft hyphen, zero-width and joiner characters, word joiner, BOM, Mongolian vowel separator,
# combining grapheme joiner, tatweel, bidi marks: invisible, or used to split a word.
_INVISIBLE = re.compile("[\u00ad\u034f\u0640\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff]")
# Persian/Urdu keyboard letters that stand for Arabic ones.
_ARABIC_VARIANTS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a", "\u06c1": "\u0647"})


def _geez_fold() -> dict[int, int]:
    """Ge'ez letters Tigrinya writers use interchangeably, folded to one series."""
    fold: dict[int, int] = {}
    for source, target in ((0x1220, 0x1230), (0x1340, 0x1338), (0x1280, 0x1210)):  # ሠ→ሰ, ፀ→ጸ, ኀ→ሐ
        for order in range(7):
            fold[source + order] = target + order
    fold[0x12D0] = 0x12D3  # ዐ → ዓ
    fold[0x12A0] = 0x12A3  # አ → ኣ
    return fold


_GEEZ_FOLD = _geez_fold()
# Punctuation between two letters is dropped ("zelf-moord", "ان.تحار", "seb'ayey"); elsewhere it
# separates words. Digits stay: Arabizi writes sounds with them ("7ali", "e2tol").
_INNER_PUNCTUATION = re.compile(r"(?<=[^\W_])[-‐‑–'’`´*_·•|/\\~^+]+(?=[^\W_])")
# Letters spelled out with dots or other marks: "l.e.v.e.n", "d-o-o-d" (a dot between two words is
# a missing space after a sentence, so only single letters are joined).
# Three or more words of two letters or more joined by hyphens ("ik-wil-niet-meer", "ما-بدي-ضل-عايشة"):
# words written together, not one word split up like "zelf-moord" (round 16).
_HYPHENATED_WORDS = re.compile(r"(?<![^\W_])[^\W_]{2,}(?:-[^\W_]{2,}){2,}(?![^\W_])")
_DOTTED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W_][.\-*_·•]){2,}[^\W_](?![^\W_])")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_WHITESPACE = re.compile(r"\s+")
# Three or more single letters in a row separated by spaces: "z e l f m o o r d", "ا ن ت ح ا ر".
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_LATIN_DOUBLE = re.compile(r"([a-z])\1+")
# No word is longer than 40 characters; a longer "word" is noise (or letters joined above) and is
# cut, so that no message can make the patterns slow.
_OVERLONG_WORD = re.compile(r"(\S{40})\S+")


# Emoji that carry the meaning of a goodbye or a means ("sorry mama 🖤", "💊💊💊 allemaal op") become
# words the classifier can learn; every other emoji is dropped with the punctuation. (Round 14.)
_EMOJI_WORDS = str.maketrans({
    "\U0001F5A4": " emojiblackheart ", "\U0001F940": " emojiwiltedflower ", "\U0001F48A": " emojipil ",
    "\U0001F52A": " emojiknife ", "\U0001FAA2": " emojirope ", "\u26B0": " emojicofin ",
    "\U0001FA78": " emojiblod ", "\U0001F52B": " emojigun ",
    # laughing faces (round 17): also a joke cue, see _JOKE
    "\U0001F602": " emojilaugh ", "\U0001F923": " emojilaugh ", "\U0001F605": " emojilaugh ",
    "\U0001F606": " emojilaugh ", "\U0001F604": " emojilaugh ", "\U0001F601": " emojilaugh ",
    "\U0001F61C": " emojilaugh ", "\U0001F61D": " emojilaugh ", "\U0001F92A": " emojilaugh ",
})


def matching_view(text: str) -> str:
    """The spelling both nets see: normalised, de-obfuscated, doubled Latin letters squeezed."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_EMOJI_WORDS)
    text = normalise(text.translate(_ARABIC_VARIANTS))
    # Accents ("suïcide", "beëindigen") and any diacritics normalise kept.
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = unicodedata.normalize("NFC", text).translate(_GEEZ_FOLD)
    text = _DOTTED_LETTERS.sub(lambda m: re.sub(r"[^\w]|_", "", m.group(0)), text)
    text = _HYPHENATED_WORDS.sub(lambda m: m.group(0).replace("-", " "), text)
    text = _INNER_PUNCTUATION.sub("", text)
    text = _WHITESPACE.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _OVERLONG_WORD.sub(r"\1", _LATIN_DOUBLE.sub(r"\1", text))



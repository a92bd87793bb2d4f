"""Spelling normalisation for user messages in Dutch, Arabic and Tigrinya.

People write the same word in many ways on a phone: Arabic with or without
hamza and diacritics, ة or ه at the end, Arabic-Indic digits; Tigrinya with
Ethiopic punctuation glued to words; Dutch in any capitalisation. The NLU model
learns from character n-grams, so every spelling variant it does not have to
learn separately is accuracy gained. Pure Python on purpose: importing this
module must not require Rasa.
"""

from __future__ import annotations

import re
import unicodedata

# Rasa treats "/intent{...}" as a button payload; its JSON must stay intact.
INTENT_PAYLOAD_PREFIX = "/"

_ARABIC_CHARACTERS = {
    # Hamza/madda carriers on alef, and alef wasla, are written as bare alef.
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ
    # Hamza on waw/ya is often dropped on phones (مسؤول / مسئول / مسول).
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064A",  # ئ -> ي
    "\u0649": "\u064A",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    # Arabic punctuation to its Latin counterpart.
    "\u060C": ",",  # ،
    "\u061B": ";",  # ؛
    "\u061F": "?",  # ؟
}

# Eastern Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits.
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})

# Ethiopic punctuation: the word space ፡ becomes a real space, the others
# become the Latin mark they mean, followed by a space so the tokenizer splits.
_ETHIOPIC_PUNCTUATION = {
    "\u1361": " ",  # ፡ wordspace
    "\u1362": ". ",  # ። full stop
    "\u1363": ", ",  # ፣ comma
    "\u1364": "; ",  # ፤ semicolon
    "\u1365": ": ",  # ፥ colon
    "\u1366": ": ",  # ፦ preface colon
    "\u1367": "? ",  # ፧ question mark
    "\u1368": " ",  # ፨ paragraph separator
}

_TRANSLATION = str.maketrans({**_ARABIC_CHARACTERS, **_DIGITS, **_ETHIOPIC_PUNCTUATION})

# Harakat (fathatan .. sukun), superscript alef, tatweel, and the invisible
# direction/joiner marks phones insert into right-to-left text.
_REMOVED = re.compile("[\u064B-\u0652\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")

# "شكراااا", "hallooooo": a character typed three or more times in a row is
# emphasis, not spelling (no word in the three languages needs a triple letter).
# Letters only: "1000" must keep its zeros.
_ELONGATION = re.compile(r"([^\W\d_])\1{2,}")

_WHITESPACE = re.compile(r"\s+")


def is_intent_payload(text: str) -> bool:
    """Whether the text is a Rasa button payload ("/intent{...}") to leave untouched."""
    return text.startswith(INTENT_PAYLOAD_PREFIX)


def normalise(text: str) -> str:
    """Return the canonical spelling of a user message, used for training and parsing."""
    # NFKC folds Arabic presentation forms (ﻻ, ﺔ) and full-width Latin to base letters.
    text = unicodedata.normalize("NFKC", text)
    text = _REMOVED.sub("", text)
    text = text.translate(_TRANSLATION)
    text = text.lower()
    text = _ELONGATION.sub(r"\1", text)
    return _WHITESPACE.sub(" ", text).strip()

"""Sentence splitting that needs no model, for both translation engines."""

from __future__ import annotations

import re


class PunctuationSentenceSplitter:
    """Splits after . ! ? … and the Arabic ؟ and the Ethiopic ። ፧ ፨ (Tigrinya).

    Used in place of Argos's Stanza/MiniSBD/spaCy splitters, which download models at first use;
    messages in a chat are a few sentences at most. Implements Argos's ``split_sentences``
    interface. The models translate one sentence at a time best (OPUS-MT and Argos are trained on
    sentences), so the OPUS-MT engine uses it too.
    """

    # Ethiopic full stops end a sentence even without a space after them; "9.30" is no boundary.
    _BOUNDARY = re.compile(r"(?<=[.!?؟…])\s+|(?<=[።፧፨])\s*")

    def split_sentences(self, text: str) -> list[str]:
        return [sentence.strip() for sentence in self._BOUNDARY.split(text.strip()) if sentence.strip()]

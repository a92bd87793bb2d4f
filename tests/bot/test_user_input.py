"""What a user typed, made safe to handle: no lone surrogates, controls or invisible characters."""

from __future__ import annotations

import pytest

from bot.user_input import clean_text, is_noise


@pytest.mark.parametrize("raw, clean", [
    ("wat is de MAP?", "wat is de MAP?"),
    ("  wat\r\nis\tdat  ", "wat\nis dat"),
    ("a\ud800b\udfffc", "a\ufffdb\ufffdc"),  # lone surrogates cannot be stored or sent as UTF-8
    ("zelf\u00admoord", "zelfmoord"),  # a soft hyphen hides a word from the crisis nets
    ("\u202egpj.exe\u202c \u2066x\u2069", "gpj.exe x"),
    ("\x00\x07\x1b[31mrood\x7f\x85", "[31mrood"),
    ("\u200bhallo\ufeff\U000e0041", "hallo"),
    ("شو\u200cيعني \U0001f469\u200d\U0001f4bb", "شو\u200cيعني \U0001f469\u200d\U0001f4bb"),  # joiners stay
    (None, ""),
])
def test_clean_text(raw: str | None, clean: str) -> None:
    assert clean_text(raw) == clean
    clean_text(raw).encode("utf-8")  # never raises


@pytest.mark.parametrize("text, noise", [
    ("", True), ("?!...", True), ("\ufffd\ufffd", True), ("« »", True),
    ("👍👍", True), ("🙏 ?", True), ("ok", False), ("1234", False), ("ቆጸራይ", False), ("؟", True),
    ("شو؟", False), ("٣", False),
])
def test_noise_is_what_has_no_letter_or_digit(text: str, noise: bool) -> None:
    assert is_noise(text) is noise

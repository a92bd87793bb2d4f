"""Remove personal data from free text before it enters the review store (issue 6).

The participatieraad reads comments and misunderstood questions; it must not be able to tell
who wrote them. Each kind of personal data becomes a fixed marker (``[phone]``, ``[bsn]``...):

- e-mail addresses;
- IBANs, only when the mod-97 checksum is right;
- Dutch postcodes with a house number (``1234 AB 12``, ``1234ab 12``);
- dates with a year (``12-03-1990``, ``12/03/1990``, ``1990-03-12``): dates of birth look like
  any other date, so every full date goes;
- phone numbers: Dutch (``06-12345678``, ``038 123 4567``, ``+31 6 ...``) and international
  (``+249 ...``, ``0049 ...``);
- BSN: 9 digits, only when they pass the 11-test (other 9-digit numbers stay);
- the names the system knows (inburgeraars and regisseurs), also each part of a full name.

Arabic-Indic digits (``٠١٢``, also the Persian forms) are read like 0-9, so ``٠٦١٢٣٤٥٦٧٨`` is a
phone number too. Matching runs on a copy with ASCII digits of the same length, so positions map
one to one onto the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}")
# Upper-case letters ("8011 AB"), or lower-case written together ("8011ab"): "1990 en 12" is no address.
POSTCODE = re.compile(
    r"(?<![0-9])[1-9][0-9]{3}(?: ?[A-Z]{2}|[a-z]{2})(?![A-Za-z]),? ?[0-9]{1,5}(?: ?[A-Za-z](?![A-Za-z]))?"
)
DATE = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})(?![0-9])"
)
PHONE_INTERNATIONAL = re.compile(r"(?<![0-9])(?:\+|00)[1-9](?:[ -]?\(?[0-9]\)?){7,14}(?![0-9])")
PHONE_DUTCH = re.compile(r"(?<![0-9+])0(?:[ -]?[0-9]){9}(?![0-9])")
NINE_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ .]?[0-9]){8}(?![0-9])")

MARKERS = {
    "email": "[email]", "iban": "[iban]", "postcode": "[address]", "date": "[date]",
    "phone": "[phone]", "bsn": "[bsn]", "name": "[name]",
}


def passes_11_test(digits: str) -> bool:
    """The BSN check (elfproef): 9×d1 + 8×d2 + ... + 2×d8 − d9 is a multiple of 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def valid_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _iban_spans(text: str) -> list[tuple[int, int]]:
    """Longest run after a country code + check digits whose checksum is right."""
    spans = []
    for start in IBAN_START.finditer(text):
        end = start.start()
        ends = []
        count = 0
        i = start.start()
        while i < len(text) and count < 34:
            char = text[i]
            if char.isascii() and char.isalnum():
                count += 1
                ends.append(i + 1)
            elif char != " ":
                break
            i += 1
        for end in reversed(ends):
            if valid_iban(text[start.start():end]):
                spans.append((start.start(), end))
                break
    return spans


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    parts: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        parts.add(name)
        # Very short parts ("Al", "de") would blank out ordinary words.
        parts.update(part for part in name.split(" ") if len(part) >= 3)
    if not parts:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def redact(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with every kind of personal data above replaced by its marker."""
    ascii_digits = text.translate(_DIGITS)
    spans: list[tuple[int, int, str]] = []

    def taken(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e, _ in spans)

    def add(start: int, end: int, kind: str) -> None:
        if not taken(start, end):
            spans.append((start, end, kind))

    for match in EMAIL.finditer(ascii_digits):
        add(match.start(), match.end(), "email")
    for start, end in _iban_spans(ascii_digits):
        add(start, end, "iban")
    for match in DATE.finditer(ascii_digits):
        add(match.start(), match.end(), "date")
    for match in POSTCODE.finditer(ascii_digits):
        add(match.start(), match.end(), "postcode")
    for match in NINE_DIGITS.finditer(ascii_digits):
        if passes_11_test(re.sub(r"[ .]", "", match.group())):
            add(match.start(), match.end(), "bsn")
    for pattern in (PHONE_INTERNATIONAL, PHONE_DUTCH):
        for match in pattern.finditer(ascii_digits):
            add(match.start(), match.end(), "phone")
    name_pattern = _name_pattern(names)
    if name_pattern is not None:
        for match in name_pattern.finditer(ascii_digits):
            add(match.start(), match.end(), "name")

    result = text
    for start, end, kind in sorted(spans, reverse=True):
        result = result[:start] + MARKERS[kind] + result[end:]
    return result

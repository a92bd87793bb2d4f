"""Progress on the PIP parts (PVT, MAP, financieel ontzorgen) of one inburgeraar."""

from __future__ import annotations

import re
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import PipProgress

PipPart = Literal["pvt", "map", "ontzorgen"]
PIP_PARTS: tuple[PipPart, ...] = ("pvt", "map", "ontzorgen")

# Words that name a part, per language. Users write "PVT" and "MAP" in Latin letters
# inside Arabic and Tigrinya sentences too (DOMAIN.md: the terms they read).
_PART_WORDS: dict[PipPart, tuple[str, ...]] = {
    "pvt": ("pvt", "participatieverklaring", "verklaring", "kernwaarden",
            "إعلان المشاركة", "اعلان المشاركة", "መግለጺ ተሳትፎ"),
    "map": ("map", "stage", "arbeidsmarkt", "سوق العمل", "تدريب", "ዕዳጋ ስራሕ"),
    "ontzorgen": ("ontzorgen", "ontzorging", "geld", "huur", "rekeningen", "leefgeld",
                  "ايجار", "إيجار", "الإيجار", "فواتير", "مصاري", "فلوس", "ገንዘብ", "ክራይ"),
}
_LATIN_WORD = re.compile(r"[a-z]+")


def progress_of(session: Session, inburgeraar_id: int) -> PipProgress | None:
    return session.scalar(select(PipProgress).where(PipProgress.inburgeraar_id == inburgeraar_id))


def detect_parts(text: str | None) -> tuple[PipPart, ...]:
    """The parts a message asks about; all three when it names none."""
    lowered = (text or "").lower()
    latin_words = set(_LATIN_WORD.findall(lowered))
    found = tuple(
        part for part, words in _PART_WORDS.items()
        if any((word in latin_words) if word.isascii() else (word in lowered) for word in words)
    )
    return found or PIP_PARTS


def progress_arguments(progress: PipProgress, part: PipPart) -> dict[str, Any]:
    """What the response for ``part`` needs (JSON-safe: it travels through Rasa)."""
    if part == "pvt":
        signed = progress.pvt_declaration_signed_on
        return {
            "hours_done": progress.pvt_hours_done,
            "hours_required": progress.pvt_hours_required,
            "excursion_done": progress.pvt_excursion_done,
            "declaration_signed_on": signed.isoformat() if signed else None,
        }
    if part == "map":
        return {
            "exempt": progress.map_exempt,
            "hours_done": progress.map_hours_done,
            "hours_required": progress.map_hours_required,
            "practice_hours_done": progress.map_practice_hours_done,
            "practice_hours_required": progress.map_practice_hours_required,
            "final_talk_done": progress.map_final_talk_done,
        }
    if part == "ontzorgen":
        starts, ends = progress.ontzorgen_starts_on, progress.ontzorgen_ends_on
        return {
            "starts_on": starts.isoformat() if starts else None,
            "ends_on": ends.isoformat() if ends else None,
            "costs": list(progress.ontzorgen_costs),
        }
    raise ValueError(f"unknown PIP part {part!r}")

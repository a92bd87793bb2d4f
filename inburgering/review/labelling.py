"""From real messages to training data (issue 11): label misunderstood questions, export them.

(Why ~300 lines: the label queue, the privacy rules of who may train, and the export to Rasa YAML
belong together; each part is short.)

Staff label a misunderstood question from the review store with the intent it should have had
(only redacted text, and only items whose chat was shown a privacy notice that covers training:
``FeedbackItem.may_train``). ``python -m inburgering export-labelled`` then writes the labelled
questions to Rasa YAML, split deterministically by a hash of the text:

- about two in three go to the training data, ``nlu/labelled/<lang>.yml``;
- about one in three go to a new held-out batch, ``tests/nlu/real-<date>/<lang>.yml``, that is
  never trained on.

The split depends on the text only, so the same question always lands on the same side; a text
that is already anywhere in the training data or in a held-out set is not written again, so no
text is ever both trained on and tested with. ``make retrain`` decides whether a model trained on
the new data is used.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

import yaml
from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from inburgering.models import FeedbackItem, FeedbackKind
from inburgering.models.feedback import ExportSplit
from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT
from inburgering.text.redaction import MARKERS

DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
NLU_DIR = PROJECT_ROOT / "nlu"
HELD_OUT_DIR = PROJECT_ROOT / "tests" / "nlu"
LABELLED_SUBDIR = "labelled"
# The choice "not a question / skip": labelled, with no intent, never exported.
SKIP = "skip"
# One in HELD_OUT_EVERY texts goes to the held-out batch.
HELD_OUT_EVERY = 3

# The redaction markers (inburgering.text.redaction) are not what people type, and Rasa's YAML reads
# square brackets as entity annotations: markers are dropped, other brackets become parentheses.
_MARKER = re.compile("|".join(re.escape(marker) for marker in MARKERS.values()))
# An annotated example in an existing file: "[PVT](topic)" or '[PVT]{"entity": ...}' -> "PVT".
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4)
def domain_intents(domain_file: Path = DOMAIN_FILE) -> tuple[str, ...]:
    """The intents of domain.yml, in its order: what a question can be labelled with."""
    with domain_file.open(encoding="utf-8") as handle:
        domain = yaml.safe_load(handle) or {}
    intents = []
    for entry in domain.get("intents") or []:
        intents.append(next(iter(entry)) if isinstance(entry, dict) else str(entry))
    return tuple(intents)


# -- labelling ------------------------------------------------------------------------------------


def _labellable(gemeente: str | None = None) -> Select[tuple[FeedbackItem]]:
    """Misunderstood questions that may train the assistant, in a language it speaks, not exported;
    of one municipality's chats, for its staff (issue 17), or of all (None: the export)."""
    query = select(FeedbackItem) if gemeente is None else select(FeedbackItem).where(FeedbackItem.gemeente == gemeente)
    return query.where(
        FeedbackItem.kind == FeedbackKind.misunderstood,
        FeedbackItem.may_train.is_(True),
        FeedbackItem.text.is_not(None),
        FeedbackItem.language.in_(LANGUAGES),
        FeedbackItem.exported_at.is_(None),
        FeedbackItem.held.is_(None),  # issue 13: not before a staff member approved its redacted form
    )


def to_label(session: Session, limit: int = 50, *, gemeente: str | None = None) -> list[FeedbackItem]:
    """The queue: oldest first, so every question gets its turn."""
    query = (_labellable(gemeente).where(FeedbackItem.labelled_at.is_(None))
             .order_by(FeedbackItem.created_at, FeedbackItem.id).limit(limit))
    return list(session.scalars(query))


def awaiting_export(session: Session, limit: int = 50, *, gemeente: str | None = None) -> list[FeedbackItem]:
    """Labelled (or skipped) and not exported yet: can still be corrected. Newest first."""
    query = (_labellable(gemeente).where(FeedbackItem.labelled_at.is_not(None))
             .order_by(FeedbackItem.labelled_at.desc(), FeedbackItem.id.desc()).limit(limit))
    return list(session.scalars(query))


def label(session: Session, item_id: int, choice: str, intents: Iterable[str] | None = None,
          now: datetime | None = None, *, gemeente: str | None = None) -> FeedbackItem | None:
    """Label one question with an intent, or with SKIP; None when it cannot be labelled (any more).

    Raises ValueError for a choice that is neither an intent of the domain nor SKIP.
    """
    if choice != SKIP and choice not in (domain_intents() if intents is None else tuple(intents)):
        raise ValueError(f"unknown intent {choice!r}")
    item = session.scalar(_labellable(gemeente).where(FeedbackItem.id == item_id))
    if item is None:
        return None
    item.intent_label = None if choice == SKIP else choice
    item.labelled_at = now or datetime.now(timezone.utc)
    session.flush()
    return item


def withdraw(session: Session, reviewer: str | None) -> int:
    """/vergeet: this chat's questions that are not exported yet will not train the assistant.

    Call it before the chat's review pseudonym is removed. Exported questions are already
    anonymous examples in the data files and cannot be found any more.
    """
    if not reviewer:
        return 0
    return session.execute(
        update(FeedbackItem)
        .where(FeedbackItem.reviewer == reviewer, FeedbackItem.exported_at.is_(None), FeedbackItem.may_train.is_(True))
        .values(may_train=False)
    ).rowcount


# -- texts and the split --------------------------------------------------------------------------


def training_text(text: str) -> str:
    """The redacted question as a training example: one line, no markers, no brackets."""
    text = _MARKER.sub(" ", text)
    text = text.replace("[", "(").replace("]", ")")
    # Control characters (and lone surrogates) are not allowed in YAML.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs") or ch.isspace())
    return _SPACE.sub(" ", text).strip()


def text_key(text: str) -> str:
    """What counts as 'the same text': case, width, spacing and punctuation do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return _SPACE.sub(" ", text).strip()


def goes_to_held_out(key: str) -> bool:
    """Deterministic: about one in HELD_OUT_EVERY keys, the same on every machine and every run."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % HELD_OUT_EVERY == 0


# -- Rasa YAML ------------------------------------------------------------------------------------


def read_examples(path: Path) -> dict[str, list[str]]:
    """intent -> example texts of one Rasa NLU YAML file (annotations reduced to their text)."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: dict[str, list[str]] = {}
    for block in data.get("nlu") or []:
        if not isinstance(block, dict) or "intent" not in block:
            continue
        found = examples.setdefault(str(block["intent"]), [])
        raw = block.get("examples") or ""
        lines = raw.splitlines() if isinstance(raw, str) else [
            f"- {entry['text']}" for entry in raw if isinstance(entry, dict) and "text" in entry
        ]
        for line in lines:
            line = line.strip()
            if line.startswith("- "):
                found.append(_ANNOTATION.sub(r"\1", line[2:].strip()))
    return examples


def language_files(roots: Iterable[Path]) -> list[Path]:
    """Every <lang>.yml under the roots (nlu/nl.yml, nlu/personal/ar.yml, tests/nlu/real-.../ti.yml)."""
    return [path for root in roots if root.is_dir() for path in sorted(root.rglob("*.yml"))
            if path.stem in LANGUAGES]


def known_keys(roots: Iterable[Path]) -> set[str]:
    """The keys of every example already in the training data and the held-out sets."""
    return {text_key(text) for path in language_files(roots)
            for texts in read_examples(path).values() for text in texts}


def write_examples(path: Path, examples: Mapping[str, list[str]], comment: str) -> None:
    """Write a Rasa NLU YAML file (atomically): intents sorted, examples in the order given."""
    lines = [f"# {line}" if line else "#" for line in comment.splitlines()]
    lines += ["", 'version: "3.1"', "", "nlu:"]
    for intent in sorted(examples):
        if not examples[intent]:
            continue
        lines += [f"  - intent: {intent}", "    examples: |"]
        lines += [f"      - {text}" for text in examples[intent]]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
    os.replace(temporary, path)


def merge_examples(path: Path, new: Mapping[str, list[str]], comment: str) -> None:
    """Add examples to a file, keeping what is there; a text already in it is not added twice."""
    examples = read_examples(path)
    present = {text_key(text) for texts in examples.values() for text in texts}
    for intent, texts in new.items():
        for text in texts:
            if text_key(text) not in present:
                present.add(text_key(text))
                examples.setdefault(intent, []).append(text)
    write_examples(path, examples, comment)


TRAINING_COMMENT = """Real questions the assistant did not understand, labelled by staff in the inbox (issue 11).
Written by `python -m inburgering export-labelled`: redacted, from chats whose privacy notice covers
training. About one in three labelled questions went to a held-out batch in tests/nlu/real-<date>/
instead; none is in both. `make retrain` uses a model trained on this only if it is not worse."""

HELD_OUT_COMMENT = """Held-out real questions (issue 11): labelled by staff in the inbox, exported on {day} by
`python -m inburgering export-labelled`. Never used for training: every text here is absent from
nlu/ (the split is by a hash of the text)."""


# -- export ---------------------------------------------------------------------------------------


@dataclass
class ExportReport:
    training: Counter[str] = field(default_factory=Counter)  # per language
    held_out: Counter[str] = field(default_factory=Counter)
    not_used: int = 0
    held_out_dir: Path | None = None
    files: list[Path] = field(default_factory=list)

    @property
    def exported(self) -> int:
        return sum(self.training.values()) + sum(self.held_out.values()) + self.not_used

    def summary(self) -> str:
        """Counts and file names only: the texts stay in the files."""
        if not self.exported:
            return "nothing to export: no labelled questions waiting"
        lines = [f"exported {self.exported} labelled questions"]
        for language in LANGUAGES:
            if self.training[language] or self.held_out[language]:
                lines.append(f"  {language}: {self.training[language]} training, "
                             f"{self.held_out[language]} held-out")
        if self.not_used:
            lines.append(f"  {self.not_used} not used (already in the data, empty after redaction, "
                         "or an intent no longer in domain.yml)")
        lines += [f"  wrote {path}" for path in self.files]
        if self.files:
            lines.append("next: `make retrain` trains a candidate and uses it only if it is not worse")
        return "\n".join(lines)


def labelled_for_export(session: Session) -> list[FeedbackItem]:
    """Labelled with an intent (not skipped), not exported yet, oldest label first."""
    return list(session.scalars(
        _labellable().where(FeedbackItem.intent_label.is_not(None), FeedbackItem.labelled_at.is_not(None))
        .order_by(FeedbackItem.labelled_at, FeedbackItem.id)
    ))


def export(
    session: Session, *, nlu_dir: Path = NLU_DIR, held_out_dir: Path = HELD_OUT_DIR,
    intents: Iterable[str] | None = None, today: date | None = None, now: datetime | None = None,
) -> ExportReport:
    """Write labelled questions to training data and a held-out batch; mark them exported.

    The files are written before the caller commits: if the commit fails, the next export finds
    those texts in the files and marks the items 'not used' instead of writing them twice.
    """
    now = now or datetime.now(timezone.utc)
    known_intents = set(domain_intents() if intents is None else intents)
    seen = known_keys([nlu_dir, held_out_dir])
    batch_dir = held_out_dir / f"real-{(today or now.date()).isoformat()}"
    report = ExportReport(held_out_dir=batch_dir)
    new: dict[ExportSplit, dict[str, dict[str, list[str]]]] = {ExportSplit.training: {}, ExportSplit.held_out: {}}

    for item in labelled_for_export(session):
        text = training_text(item.text or "")
        key = text_key(text)
        if not key or item.intent_label not in known_intents or key in seen:
            item.exported_as = ExportSplit.not_used
            report.not_used += 1
        else:
            seen.add(key)
            split = ExportSplit.held_out if goes_to_held_out(key) else ExportSplit.training
            new[split].setdefault(item.language, {}).setdefault(item.intent_label, []).append(text)
            (report.held_out if split == ExportSplit.held_out else report.training)[item.language] += 1
            item.exported_as = split
        item.exported_at = now

    for language, examples in sorted(new[ExportSplit.training].items()):
        path = nlu_dir / LABELLED_SUBDIR / f"{language}.yml"
        merge_examples(path, examples, TRAINING_COMMENT)
        report.files.append(path)
    for language, examples in sorted(new[ExportSplit.held_out].items()):
        path = batch_dir / f"{language}.yml"
        merge_examples(path, examples, HELD_OUT_COMMENT.format(day=batch_dir.name.removeprefix("real-")))
        report.files.append(path)
    session.flush()
    return report

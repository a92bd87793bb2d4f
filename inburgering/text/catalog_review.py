"""Native-speaker review of the catalogs: per-entry review state, an export to review in, and its import.

Every entry's review state is a translator comment in the ``.po`` file, which Poedit and Weblate show
and ``make i18n`` keeps::

    # review: needs-native-review | ar | 2026-11-29 | AI assistant (Claude), non-native
    # review: native-reviewed | ar | 2026-12-03 | Amal H. (interpreter, gemeente Zwolle)

An entry without such a line has the catalog's ``X-Review-Status`` (today: not reviewed). The export
(``python -m inburgering catalog-export --language ar``) writes a CSV a reviewer opens in LibreOffice
or Excel: English, Dutch, Arabic and Tigrinya side by side, where the string is shown, and two columns
to fill in (``ok``, ``correction``); ``--format html`` writes a read-only page with the same table and
every answer rendered as a chat message with its buttons. The import reads the CSV back, applies the
corrections (placeholders checked) and marks what the reviewer approved.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import io
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT
from inburgering.text.i18n import Translator, catalog_path

PREFIX = "review:"
NEEDS_REVIEW = "needs-native-review"
REVIEWED = "native-reviewed"
# What a reviewer may write in the "ok" column (LibreOffice, Excel, any language of the reviewer).
YES = {"x", "ok", "yes", "y", "ja", "j", "1", "✓", "✔", "v", "نعم", "اوكي", "እወ"}
MAX_COMMENT = 74  # the catalogs are written 76 wide; "# " comes in front
COLUMNS = ("key", "form", "where", "note", "english", "nl", "ar", "ti", "review", "ok", "correction", "comment")
SOURCE_DIRS = ("inburgering", "bot", "actions", "web")
# Arguments that let every response render once (a municipality's profile, one appointment, ...).
SAMPLE_ARGUMENTS: dict[str, Any] = {
    "gemeente": "Zwolle", "pvt_hours": 16, "pvt_excursion": True, "pvt_provider": "VluchtelingenWerk",
    "map_practice_hours": 40, "map_provider": "Werkplein", "ontzorgen_costs": ["rent", "energy", "health_insurance"],
    "ontzorgen_months": 6, "ontzorgen_extension": "exception", "ontzorgen_course": "Eurowijzer",
    "ontzorgen_doelgroepen": ["statushouder"], "phone": "14 038", "kind": "voortgangsgesprek",
    "starts_at": "2026-11-25T10:00:00+01:00", "location": "Stadskantoor, Lübeckplein 2", "with_whom": "Sanne de Vries",
    "interpreter_booked": True, "id": 7, "appointments": [{"id": 7, "kind": "voortgangsgesprek",
                                                           "starts_at": "2026-11-25T10:00:00+01:00"}],
    "period": "week", "result": "linked", "days": 30, "key": "call_tomorrow", "body": "Ik bel u morgen.",
    "original": "Ik bel u morgen.", "outbox_id": 7, "enabled": True, "topics": ["ask_pvt", "ask_map"],
}


@dataclass(frozen=True)
class ReviewState:
    status: str
    language: str
    day: str
    who: str

    @property
    def comment(self) -> str:
        # One line: Babel wraps comments longer than the catalog width, and a wrapped line would not parse.
        head = f"{PREFIX} {self.status} | {self.language} | {self.day} | "
        who = self.who.replace("|", "/").replace("\n", " ")
        room = MAX_COMMENT - len(head)
        return head + (who if len(who) <= room else who[:room - 1] + "…")

    @classmethod
    def parse(cls, comment: str) -> ReviewState | None:
        if not comment.startswith(PREFIX):
            return None
        parts = [part.strip() for part in comment[len(PREFIX):].split("|")]
        if len(parts) != 4 or parts[0] not in (NEEDS_REVIEW, REVIEWED):
            return None
        return cls(*parts)


def review_state(message: Message) -> ReviewState | None:
    """The entry's last review line, if it has one."""
    states = [s for s in (ReviewState.parse(c) for c in message.user_comments) if s is not None]
    return states[-1] if states else None


def set_review_state(message: Message, state: ReviewState) -> None:
    message.user_comments = [c for c in message.user_comments if not c.startswith(PREFIX)] + [state.comment]


def is_reviewed(message: Message) -> bool:
    state = review_state(message)
    return state is not None and state.status == REVIEWED


def share_reviewed(catalog: Catalog) -> tuple[int, int]:
    """(reviewed entries, all entries)."""
    entries = [m for m in catalog if m.id]
    return sum(is_reviewed(m) for m in entries), len(entries)


# -- reading and writing catalogs (the same way `make i18n` does) --------------------------------


@lru_cache(maxsize=1)
def _workflow() -> ModuleType:
    """scripts/i18n.py: its writer keeps the header fields Babel drops (X-Review-Status)."""
    spec = importlib.util.spec_from_file_location("i18n_workflow", PROJECT_ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_catalog(language: str, root: Path = PROJECT_ROOT) -> Catalog:
    path = catalog_path(language, root / "locales")
    return read_po(io.BytesIO(path.read_bytes()), locale=language)


def write_catalog(catalog: Catalog, language: str, root: Path = PROJECT_ROOT) -> None:
    workflow = _workflow()
    path = catalog_path(language, root / "locales")
    extra = [(n, v) for n, v in workflow.header_fields(path.read_text(encoding="utf-8"))
             if n.lower() not in workflow.BABEL_HEADERS]
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=workflow.PO_WIDTH)
    path.write_text(workflow._with_extra_headers(buffer.getvalue().decode("utf-8"), extra), encoding="utf-8")


def _msgid(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (list, tuple)) else message.id


def _forms(message: Message | None) -> list[str]:
    if message is None:
        return []
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


# -- where each string is shown -------------------------------------------------------------


class _Recorder(Translator):
    """A translator that notes which msgids a response used."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.seen: list[str] = []

    def gettext(self, message: str, **params: object) -> str:
        self.seen.append(message)
        return super().gettext(message, **params)

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        self.seen.append(singular)
        return super().ngettext(singular, plural, n, **params)


def _render_all(translator: Translator) -> Iterable[tuple[str, dict[str, Any]]]:
    """(response name, rendered message) for every response that renders with the sample arguments."""
    from inburgering.responses import RESPONSES, render

    for name in sorted(RESPONSES):
        try:
            yield name, render(name, translator, SAMPLE_ARGUMENTS)
        except Exception:  # noqa: BLE001 - needs other arguments; the table still lists its strings
            continue


def where_shown(msgids: Iterable[str], root: Path = PROJECT_ROOT) -> dict[str, list[str]]:
    """For each msgid: the chat answers that use it, else the source files that contain it (staff pages)."""
    found: dict[str, list[str]] = {}
    recorder = _Recorder("nl")
    for name, _ in _render_all(recorder):
        seen, recorder.seen = recorder.seen, []
        for msgid in seen:
            found.setdefault(msgid, [])
            if name not in found[msgid]:
                found[msgid].append(name)
    sources = [(path, path.read_text(encoding="utf-8", errors="replace"))
               for folder in SOURCE_DIRS for path in sorted((root / folder).rglob("*"))
               if path.suffix in (".py", ".html") and "__pycache__" not in path.parts]
    for msgid in msgids:
        if msgid in found:
            continue
        needle = msgid[:40]
        found[msgid] = [str(path.relative_to(root)) for path, text in sources if needle in text][:3]
    return found


# -- export ---------------------------------------------------------------------------------


@dataclass
class ExportRow:
    key: str
    form: int
    where: str
    note: str
    texts: dict[str, str] = field(default_factory=dict)
    review: str = ""


def export_rows(language: str, root: Path = PROJECT_ROOT) -> list[ExportRow]:
    catalogs = {lang: read_catalog(lang, root) for lang in LANGUAGES}
    target = catalogs[language]
    msgids = [_msgid(m) for m in target if m.id]
    where = where_shown(msgids, root)
    rows = []
    for message in target:
        if not message.id:
            continue
        msgid = _msgid(message)
        state = review_state(message)
        english = list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]
        for form in range(len(_forms(message))):
            texts = {"english": english[min(form, len(english) - 1)]}
            for lang, catalog in catalogs.items():
                forms = _forms(catalog.get(msgid))
                texts[lang] = forms[min(form, len(forms) - 1)] if forms else ""
            rows.append(ExportRow(
                key=msgid, form=form, where=", ".join(where.get(msgid, [])),
                note=" ".join(message.auto_comments).removeprefix("Translators:").strip(),
                texts=texts, review=f"{state.status} {state.day} {state.who}" if state else "not reviewed",
            ))
    return rows


def export_csv(language: str, output: Path, root: Path = PROJECT_ROOT) -> tuple[int, int]:
    """Write the side-by-side CSV; returns (reviewed, total) entries of the language."""
    rows = export_rows(language, root)
    with output.open("w", encoding="utf-8-sig", newline="") as handle:  # the BOM makes Excel read UTF-8
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.key, row.form, row.where, row.note, row.texts["english"],
                             *(row.texts.get(lang, "") for lang in ("nl", "ar", "ti")), row.review, "", "", ""])
    return share_reviewed(read_catalog(language, root))


def _bubble(message: Mapping[str, Any], direction: str) -> str:
    buttons = "".join(f'<span class="button">{html.escape(b["title"])}</span>' for b in message.get("buttons", []))
    text = html.escape(message.get("text", "")).replace("\n", "<br>")
    return f'<div class="chat" dir="{direction}"><div class="bubble">{text}</div><div>{buttons}</div></div>'


def export_html(language: str, output: Path, root: Path = PROJECT_ROOT) -> tuple[int, int]:
    """A read-only page: the share reviewed, the table, and every answer as it looks in the chat."""
    translator = Translator(language, locales_dir=root / "locales")
    shares = {lang: share_reviewed(read_catalog(lang, root)) for lang in LANGUAGES}
    summary = "".join(f"<li>{lang}: {done} / {total} ({100 * done // max(total, 1)}%)</li>"
                      for lang, (done, total) in shares.items())
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(value)}</td>" for value in (
            row.key, row.where, row.note, row.texts["nl"], row.texts["ar"], row.texts["ti"], row.review)) + "</tr>"
        for row in export_rows(language, root)
    )
    previews = "".join(
        f"<section><h3>{html.escape(name)}</h3>{_bubble(message, translator.direction)}</section>"
        for name, message in _render_all(translator)
    )
    page = f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8"><title>Review {language}</title>
<style>body{{font-family:sans-serif;margin:1em}} table{{border-collapse:collapse}}
td{{border:1px solid #ccc;padding:4px;vertical-align:top}} td:nth-child(5){{direction:rtl}}
.chat{{max-width:360px;margin:.5em 0}} .bubble{{background:#eef;border-radius:10px;padding:8px}}
.button{{display:inline-block;border:1px solid #88a;border-radius:6px;margin:2px;padding:4px 8px}}</style></head>
<body><h1>Review: {language}</h1><p>Share reviewed per language:</p><ul>{summary}</ul>
<h2>Texts</h2><table><tr><th>English</th><th>where</th><th>note</th><th>nl</th><th>ar</th><th>ti</th>
<th>review</th></tr>{cells}</table><h2>Every answer as it looks in the chat</h2>{previews}</body></html>
"""
    output.write_text(page, encoding="utf-8")
    return shares[language]


# -- import ---------------------------------------------------------------------------------


@dataclass
class ImportReport:
    language: str
    reviewed: int = 0
    corrected: int = 0
    problems: list[str] = field(default_factory=list)
    share: tuple[int, int] = (0, 0)

    def summary(self) -> str:
        done, total = self.share
        lines = [f"{self.language}: {self.reviewed} entries marked reviewed, {self.corrected} corrected; "
                 f"{done} of {total} entries reviewed ({100 * done // max(total, 1)}%)"]
        return "\n".join(lines + [f"  not taken: {p}" for p in self.problems])


def _placeholders(text: str) -> set[str] | None:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return None


def import_csv(language: str, path: Path, reviewer: str, day: date | None = None,
               root: Path = PROJECT_ROOT) -> ImportReport:
    """Apply a reviewer's CSV: corrections (placeholders must stay), and mark approved entries reviewed.

    A plural entry is marked reviewed when every one of its forms was approved or corrected. A row whose
    text changed in the catalog since the export is not taken: it has to be reviewed again.
    """
    catalog = read_catalog(language, root)
    report = ImportReport(language)
    state = ReviewState(REVIEWED, language, (day or date.today()).isoformat(), reviewer)
    approved: dict[str, set[int]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            key, correction = row.get("key", ""), (row.get("correction") or "").strip()
            ok = (row.get("ok") or "").strip().lower() in YES
            if not (ok or correction):
                continue
            message = catalog.get(key)
            if message is None:
                report.problems.append(f"{key!r}: no longer in the catalog")
                continue
            form = int(row.get("form") or 0)
            forms = _forms(message)
            if form >= len(forms) or forms[form] != (row.get(language) or ""):
                report.problems.append(f"{key!r}: changed since the export; review it again")
                continue
            if correction:
                expected = _placeholders(message.id[-1] if isinstance(message.id, (list, tuple)) else message.id)
                found = _placeholders(correction)
                if found is None or (expected is not None and not found <= expected):
                    report.problems.append(f"{key!r}: the correction changes the {{placeholders}}; keep "
                                           f"{sorted(expected or [])}")
                    continue
                if expected and found != expected and not (isinstance(message.id, (list, tuple))
                                                         and expected - found == {"n"}):
                    report.problems.append(f"{key!r}: the correction leaves out {sorted(expected - found)}")
                    continue
                forms[form] = correction
                message.string = tuple(forms) if isinstance(message.id, (list, tuple)) else forms[0]
                report.corrected += 1
            approved.setdefault(key, set()).add(form)
    for key, done in approved.items():
        message = catalog.get(key)
        if done >= set(range(len(_forms(message)))):
            set_review_state(message, state)
            report.reviewed += 1
    write_catalog(catalog, language, root)
    report.share = share_reviewed(read_catalog(language, root))
    return report

"""The review workflow: per-entry review state, the side-by-side export and its import, on a small real catalog."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from inburgering.cli import catalog_export, catalog_import
from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT
from inburgering.text import catalog_review as review

FORGET = "With {command} I delete your messages."
UNLINK = "Yes, unlink"
KEEP_DAYS = "I keep your messages for {n} day at most, so a person can help you."
KEPT = (FORGET, UNLINK, KEEP_DAYS)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The real nl/ar/ti catalogs cut down to three entries (one plural), headers kept."""
    workflow = review._workflow()
    for language in LANGUAGES:
        source = PROJECT_ROOT / "locales" / language / "LC_MESSAGES" / "messages.po"
        text = source.read_text(encoding="utf-8")
        extra = [(n, v) for n, v in workflow.header_fields(text) if n.lower() not in workflow.BABEL_HEADERS]
        full = read_po(io.BytesIO(text.encode("utf-8")), locale=language)
        small = Catalog(locale=language)
        small.mime_headers = full.mime_headers
        for message in full:
            if message.id and review._msgid(message) in KEPT:
                small[message.id] = message
        buffer = io.BytesIO()
        write_po(buffer, small, width=workflow.PO_WIDTH)
        target = tmp_path / "locales" / language / "LC_MESSAGES" / "messages.po"
        target.parent.mkdir(parents=True)
        target.write_text(workflow._with_extra_headers(buffer.getvalue().decode("utf-8"), extra), encoding="utf-8")
    return tmp_path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=review.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def test_review_state_round_trips_through_a_catalog_in_one_line(root: Path) -> None:
    catalog = review.read_catalog("ar", root)
    state = review.ReviewState(review.REVIEWED, "ar", "2026-12-03", "A very long reviewer name " * 4)
    review.set_review_state(catalog.get(UNLINK), state)
    review.write_catalog(catalog, "ar", root)
    again = review.review_state(review.read_catalog("ar", root).get(UNLINK))
    assert again is not None and again.status == review.REVIEWED and again.day == "2026-12-03"
    assert again.who.startswith("A very long reviewer name")
    assert "X-Review-Status" in (root / "locales/ar/LC_MESSAGES/messages.po").read_text(encoding="utf-8")


def test_export_puts_the_languages_side_by_side_with_where_shown(root: Path) -> None:
    output = root / "review-ar.csv"
    assert review.export_csv("ar", output, root) == (0, 3)
    rows = _rows(output)
    assert list(rows[0]) == list(review.COLUMNS)
    forget = next(r for r in rows if r["key"] == FORGET)
    assert forget["nl"].startswith("Met {command}") and "{command}" in forget["ar"] and "{command}" in forget["ti"]
    assert "bot_privacy_notice" in forget["where"]
    assert forget["review"].startswith(review.NEEDS_REVIEW)  # changed by a non-native writer
    assert "{command}" in forget["note"]  # the Translators: comment from the code
    assert sum(r["key"] == KEEP_DAYS for r in rows) == 6  # Arabic: one row per plural form


def test_import_applies_corrections_and_marks_approved_entries(root: Path) -> None:
    output = root / "review-ar.csv"
    review.export_csv("ar", output, root)
    rows = _rows(output)
    for row in rows:
        if row["key"] == UNLINK:
            row["ok"] = "x"
        elif row["key"] == FORGET:
            row["correction"] = "بالأمر {command} تُحذف رسائلك."
        elif row["key"] == KEEP_DAYS and row["form"] != "5":
            row["ok"] = "ok"  # form 5 not approved: the plural entry stays unreviewed
    _write(output, rows)
    report = review.import_csv("ar", output, "Amal H. (tolk, Zwolle)", date(2026, 12, 3), root)
    assert (report.reviewed, report.corrected, report.problems) == (2, 1, [])
    catalog = review.read_catalog("ar", root)
    assert catalog.get(FORGET).string == "بالأمر {command} تُحذف رسائلك."
    state = review.review_state(catalog.get(UNLINK))
    assert (state.status, state.language, state.day, state.who) == (
        review.REVIEWED, "ar", "2026-12-03", "Amal H. (tolk, Zwolle)")
    assert not review.is_reviewed(catalog.get(KEEP_DAYS))
    assert review.share_reviewed(catalog) == (2, 3)
    assert report.share == (2, 3) and "2 of 3" in report.summary()


def test_import_refuses_broken_placeholders_and_stale_rows(root: Path) -> None:
    output = root / "review-ar.csv"
    review.export_csv("ar", output, root)
    rows = _rows(output)
    for row in rows:
        if row["key"] == FORGET:
            row["correction"] = "بالأمر /vergeet تُحذف رسائلك."  # the placeholder is gone
        elif row["key"] == UNLINK:
            row["ok"] = "x"
            row["ar"] = "نص قديم"  # what the reviewer saw is no longer in the catalog
    _write(output, rows)
    before = (root / "locales/ar/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
    report = review.import_csv("ar", output, "Amal", date(2026, 12, 3), root)
    assert report.reviewed == 0 and report.corrected == 0
    assert any("placeholders" in p or "leaves out" in p for p in report.problems)
    assert any("changed since the export" in p for p in report.problems)
    after = review.read_catalog("ar", root)
    assert after.get(FORGET).string == read_po(io.BytesIO(before.encode("utf-8")), locale="ar").get(FORGET).string


def test_html_export_shows_the_share_and_chat_previews(root: Path) -> None:
    output = root / "review-ar.html"
    review.export_html("ar", output, root)
    page = output.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "0 / 3" in page and 'class="button"' in page


def test_cli_export_and_import(root: Path) -> None:
    out = io.StringIO()
    output = root / "ti.csv"
    assert catalog_export("ti", output=output, root=root, out=out) == 0
    assert "3 entries, 0 reviewed" in out.getvalue()
    rows = _rows(output)
    for row in rows:
        row["ok"] = "እወ"
    _write(output, rows)
    out = io.StringIO()
    assert catalog_import("ti", output, reviewer="Tesfay (VluchtelingenWerk)", day=date(2026, 12, 4),
                          root=root, out=out) == 0
    assert "3 entries marked reviewed" in out.getvalue() and "(100%)" in out.getvalue()

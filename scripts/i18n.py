"""The catalog workflow in one command (``make i18n`` runs ``update``).

(Why ~460 lines: extract, update and every catalog check in one command, so `make i18n` and the
tests run the very same checks.)

    .venv/bin/python scripts/i18n.py extract   # code -> locales/messages.pot
    .venv/bin/python scripts/i18n.py update    # extract, then merge the template into nl/ar/ti
    .venv/bin/python scripts/i18n.py check     # list every problem; exit status 1 if there is one

``update`` never guesses: a new or changed source string arrives *untranslated*
(no fuzzy matching, and entries that Babel would mark fuzzy are emptied), strings
that left the code are dropped (git history keeps old translations), and files
whose only change would be a date are left alone, so re-running it is harmless.
It keeps header fields Babel does not know (``X-Review-Status``), which a plain
``pybabel update`` silently deletes.

``check`` runs the same checks as ``tests/inburgering/test_catalogs.py``, which
imports them from here.
"""

from __future__ import annotations

import argparse
import gettext
import io
import re
import string
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import escape, read_po, unescape, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inburgering.platform.settings import LANGUAGES  # noqa: E402  (after the path is set)
from inburgering.text import catalog_rules  # noqa: E402

DOMAIN = "messages"
TEMPLATE = Path("locales") / f"{DOMAIN}.pot"
# The documented extraction command (README, locales/README.md), minus input and output.
EXTRACT_OPTIONS = [
    "-k", "N_",
    "-k", "ngettext:1,2",
    "--no-location",
    "--sort-output",
    "--add-comments=Translators:",
    "--project=inburgering-assistant",
]
PO_WIDTH = 76
REVIEW_HEADER = "X-Review-Status"
REVIEW_STATUSES = ("native-reviewed", "needs-native-review")
# Header fields Babel writes itself; anything else in a header is kept by `update`.
BABEL_HEADERS = {
    "project-id-version", "report-msgid-bugs-to", "pot-creation-date", "po-revision-date",
    "last-translator", "language", "language-team", "plural-forms", "mime-version",
    "content-type", "content-transfer-encoding", "generated-by",
}
CLDR_CATEGORY_ORDER = ("zero", "one", "two", "few", "many", "other")
# Numbers used to compare a Plural-Forms expression with CLDR (covers every Arabic category twice).
PLURAL_SAMPLE = range(0, 1201)
# LRM, RLM, ALM, the embeddings/overrides and the isolates: invisible, and easy to paste in by accident.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DATE_LINE = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*"$\n?', re.MULTILINE)


def catalog_path(language: str, root: Path = ROOT) -> Path:
    return root / "locales" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def key(message: Message) -> tuple[str, str | None]:
    """How a message is identified in a catalog: its singular msgid and context."""
    msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    return msgid, message.context


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as po:
        return read_po(po, locale=language)


def _same_except_dates(a: str, b: str) -> bool:
    return DATE_LINE.sub("", a) == DATE_LINE.sub("", b)


# -- extract ------------------------------------------------------------------


def extract_to(root: Path, output: Path) -> None:
    """Run the documented ``pybabel extract`` over ``root`` (in-process, same options)."""
    argv = ["pybabel", "-q", "extract", "-F", str(root / "babel.cfg"), *EXTRACT_OPTIONS,
            "-o", str(output), str(root)]
    CommandLineInterface().run(argv)


def extract(root: Path = ROOT) -> bool:
    """Refresh the template; returns whether it changed (a new date alone is not a change)."""
    template = root / TEMPLATE
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{DOMAIN}.pot"
        extract_to(root, fresh)
        text = fresh.read_text(encoding="utf-8")
    if template.exists() and _same_except_dates(template.read_text(encoding="utf-8"), text):
        return False
    template.write_text(text, encoding="utf-8")
    return True


# -- update -------------------------------------------------------------------


def header_fields(po_text: str) -> list[tuple[str, str]]:
    """All fields of a catalog's header entry, in order (Babel's reader drops unknown ones)."""
    match = re.search(r'^msgid ""\nmsgstr ((?:".*"\n?)+)', po_text, re.MULTILINE)
    if match is None:
        return []
    value = "".join(unescape(line) for line in match.group(1).splitlines())
    fields = []
    for line in value.split("\n"):
        name, colon, field_value = line.partition(":")
        if colon:
            fields.append((name.strip(), field_value.strip()))
    return fields


def _with_extra_headers(po_text: str, extra: Iterable[tuple[str, str]]) -> str:
    """Put header fields back after the ones Babel wrote (end of the header entry)."""
    lines = "".join(escape(f"{name}: {value}\n") + "\n" for name, value in extra)
    if not lines:
        return po_text
    start = re.search(r'^msgid ""\nmsgstr ', po_text, re.MULTILINE)
    end = po_text.index("\n\n", start.start()) + 1 if start else 0
    return po_text[:end] + lines + po_text[end:]


def _empty(message: Message, nplurals: int) -> str | tuple[str, ...]:
    return ("",) * nplurals if isinstance(message.id, (list, tuple)) else ""


def merge(template: Catalog, po_text: str, language: str) -> tuple[str, list[str], list[str]]:
    """Merge the template into one catalog's text; returns (new text, added msgids, removed msgids)."""
    extra = [(n, v) for n, v in header_fields(po_text) if n.lower() not in BABEL_HEADERS]
    catalog = read_po(io.BytesIO(po_text.encode("utf-8")), locale=language)
    known = {key(m) for m in catalog if m.id}
    fuzzy_before = {key(m) for m in catalog if m.id and m.fuzzy}
    catalog.obsolete.clear()
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False, keep_user_comments=True)
    for message in catalog:
        # Babel marks an entry fuzzy when e.g. gettext became ngettext with the same singular:
        # the old text is then a guess, and a guess must not be shown to users.
        if message.id and message.fuzzy and key(message) not in fuzzy_before:
            message.string = _empty(message, catalog.num_plurals)
            message.flags.discard("fuzzy")
    added = sorted(k[0] for k in {key(m) for m in catalog if m.id} - known)
    removed = sorted(key(m)[0] for m in catalog.obsolete.values())
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=PO_WIDTH, ignore_obsolete=True, include_previous=False)
    return _with_extra_headers(buffer.getvalue().decode("utf-8"), extra), added, removed


def update(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Extract, then merge the template into every catalog. Returns a report, one line per item."""
    report = [f"{TEMPLATE}: " + ("updated" if extract(root) else "no change in the code's strings")]
    template = _read(root / TEMPLATE)
    changes: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for language in languages:
        path = catalog_path(language, root)
        if not path.exists():
            report.append(f"{language}: {path.relative_to(root)} is missing; create it with "
                          f"`pybabel init -i {TEMPLATE} -d locales -l {language}` and add {REVIEW_HEADER}")
            continue
        old_text = path.read_text(encoding="utf-8")
        new_text, added, removed = merge(template, old_text, language)
        if not _same_except_dates(old_text, new_text):
            path.write_text(new_text, encoding="utf-8")
        changes.setdefault((tuple(added), tuple(removed)), []).append(language)
    # Usually every catalog got the same changes: list them once.
    for (added, removed), group in changes.items():
        report.append(f"{', '.join(group)}: {len(added)} new (untranslated), {len(removed)} removed")
        report += [f"  + {msgid!r}" for msgid in added]
        report += [f"  - {msgid!r}" for msgid in removed]
    todo = {language: len(missing_translations(root, [language])) for language in languages
            if catalog_path(language, root).exists()}
    report.append("to translate: " + ", ".join(f"{language} {n}" for language, n in todo.items()))
    if any(todo.values()):
        report.append("fill the empty msgstr entries (Poedit, Weblate or an editor), then run "
                      "`scripts/i18n.py check`")
    return report


# -- check --------------------------------------------------------------------


def _catalogs(root: Path, languages: Iterable[str]) -> Iterable[tuple[str, Catalog | None, str]]:
    for language in languages:
        path = catalog_path(language, root)
        if not path.exists():
            yield language, None, f"{language}: catalog {path.relative_to(root)} is missing"
            continue
        yield language, _read(path, language), ""


def _forms(message: Message) -> tuple[str, ...]:
    return tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)


def template_problems(root: Path = ROOT) -> list[str]:
    """(f) The template holds exactly the strings in the code (else: run `make i18n`)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{DOMAIN}.pot"
        extract_to(root, fresh)
        code = {m.id for m in _read(fresh) if m.id}
    if not (root / TEMPLATE).exists():
        return [f"{TEMPLATE} is missing: run `make i18n`"]
    template = {m.id for m in _read(root / TEMPLATE) if m.id}
    problems = [f"{TEMPLATE}: in the code but not in the template (run `make i18n`): {msgid!r}"
                for msgid in sorted(code - template, key=str)]
    problems += [f"{TEMPLATE}: in the template but no longer in the code (run `make i18n`): {msgid!r}"
                 for msgid in sorted(template - code, key=str)]
    return problems


def missing_translations(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(a) Every template message is translated, every plural form included."""
    template = _read(root / TEMPLATE)
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        for entry in template:
            if not entry.id:
                continue
            message = catalog.get(entry.id, entry.context)
            if message is None:
                problems.append(f"{language}: not in the catalog (run `make i18n`): {key(entry)[0]!r}")
            elif isinstance(entry.id, (list, tuple)) != isinstance(message.id, (list, tuple)):
                problems.append(f"{language}: singular/plural differs from the template: {key(entry)[0]!r}")
            else:
                empty = [i for i, form in enumerate(_forms(message)) if not form.strip()]
                if not any(_forms(message)):
                    problems.append(f"{language}: untranslated: {key(entry)[0]!r}")
                elif empty:
                    problems.append(f"{language}: empty plural form(s) {empty}: {key(entry)[0]!r}")
    return problems


def stale_entries(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(b) No catalog holds strings the template no longer has, obsolete (#~) ones included."""
    template = {key(m) for m in _read(root / TEMPLATE) if m.id}
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        problems += [f"{language}: not in the template (run `make i18n`): {key(m)[0]!r}"
                     for m in catalog if m.id and key(m) not in template]
        problems += [f"{language}: obsolete #~ entry (run `make i18n` to drop it): {key(m)[0]!r}"
                     for m in catalog.obsolete.values()]
    return problems


def placeholders(text: str) -> set[str]:
    """Names of ``{placeholders}``; raises ValueError for broken braces or positional ``{}``."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is None:
            continue
        name = re.split(r"[.\[]", field, maxsplit=1)[0]
        if not name or name.isdigit():
            raise ValueError(f"positional placeholder {{{field}}}; use a named one like {{n}}")
        names.add(name)
    return names


def single_number_forms(catalog: Catalog) -> set[int]:
    """Plural forms that are used for exactly one number (Arabic zero/one/two; Dutch "one").

    Such a form may spell the number out ("ساعتين", two hours) and leave ``{n}`` away, since
    the number is already known. Tigrinya's first form covers 0 and 1, so it keeps ``{n}``.
    """
    plural = gettext.c2py(catalog.plural_expr)
    numbers: dict[int, list[int]] = {}
    for n in PLURAL_SAMPLE:
        numbers.setdefault(plural(n), []).append(n)
    return {form for form, ns in numbers.items() if len(ns) == 1}


def placeholder_problems(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(c) Each translation uses exactly the msgid's placeholders (plural forms: msgid_plural's)."""
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        optional_n = single_number_forms(catalog)
        for message in catalog:
            if not message.id:
                continue
            plural = isinstance(message.id, (list, tuple))
            source = message.id[-1] if plural else message.id
            try:
                expected = placeholders(source)
            except ValueError:
                continue  # not a format string: braces are literal text
            for index, form in enumerate(_forms(message)):
                if not form:
                    continue  # reported as untranslated
                label = f"{language}: {key(message)[0]!r}" + (f" form {index}" if plural else "")
                try:
                    found = placeholders(form)
                except ValueError as broken:
                    problems.append(f"{label}: {broken}")
                    continue
                allowed_missing = {"n"} if plural and index in optional_n else set()
                missing = expected - found - allowed_missing
                extra = found - expected
                if missing:
                    problems.append(f"{label}: placeholder(s) missing: {sorted(missing)}")
                if extra:
                    problems.append(f"{label}: unknown placeholder(s): {sorted(extra)}")
    return problems


def cldr_plural_index(language: str) -> Callable[[int], int]:
    """The gettext form index CLDR expects for n (categories in CLDR order, 'other' last)."""
    locale = Locale.parse(language)
    rule = locale.plural_form
    categories = [c for c in CLDR_CATEGORY_ORDER if c in rule.tags or c == "other"]
    return lambda n: categories.index(rule(n))


def plural_problems(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(d) Plural-Forms agrees with CLDR (Arabic: 6 forms) and every plural entry has them all."""
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        expected = cldr_plural_index(language)
        expected_count = len({expected(n) for n in PLURAL_SAMPLE})
        if catalog.num_plurals != expected_count:
            problems.append(f"{language}: Plural-Forms has nplurals={catalog.num_plurals}, "
                            f"CLDR has {expected_count} forms")
        else:
            plural = gettext.c2py(catalog.plural_expr)
            wrong = [n for n in PLURAL_SAMPLE if plural(n) != expected(n)]
            if wrong:
                problems.append(f"{language}: Plural-Forms {catalog.plural_expr!r} picks the wrong form "
                                f"for n = {wrong[:8]} (CLDR order: zero, one, two, few, many, other)")
        # Babel pads missing forms and drops extra ones while reading, so count them in the file.
        text = catalog_path(language, root).read_text(encoding="utf-8")
        for msgid, indexes in plural_form_indexes(text):
            if indexes != list(range(catalog.num_plurals)):
                problems.append(f"{language}: {msgid!r} has {len(indexes)} plural form(s) {indexes}, "
                                f"needs {catalog.num_plurals}")
    return problems


def plural_form_indexes(po_text: str) -> list[tuple[str, list[int]]]:
    """(msgid, [indexes of its msgstr[i] lines]) for every active plural entry in a .po text."""
    entries: list[tuple[str, list[int]]] = []
    lines = [line for line in po_text.splitlines() if not line.startswith("#")]
    for number, line in enumerate(lines):
        if line.startswith("msgid_plural "):
            msgid_lines = []
            for previous in reversed(lines[:number]):
                msgid_lines.insert(0, previous)
                if previous.startswith("msgid "):
                    break
            msgid = "".join(unescape(part.removeprefix("msgid ").strip()) for part in msgid_lines)
            entries.append((msgid, []))
        elif line.startswith("msgstr[") and entries:
            entries[-1][1].append(int(line[len("msgstr["):line.index("]")]))
        elif line.startswith("msgid "):
            entries.append(("", []))  # a singular entry: its msgstr lines are not counted
    return [(msgid, indexes) for msgid, indexes in entries if msgid]


def review_status_problems(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(e) Every catalog says whether a native speaker reviewed it."""
    problems = []
    for language in languages:
        path = catalog_path(language, root)
        if not path.exists():
            problems.append(f"{language}: catalog {path.relative_to(root)} is missing")
            continue
        fields = {n.lower(): v for n, v in header_fields(path.read_text(encoding="utf-8"))}
        status = fields.get(REVIEW_HEADER.lower())
        if status is None:
            problems.append(f"{language}: header {REVIEW_HEADER} is missing")
        elif not status.startswith(REVIEW_STATUSES):
            problems.append(f"{language}: {REVIEW_HEADER} {status!r} must start with one of {REVIEW_STATUSES}")
    return problems


def fuzzy_entries(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """(g) No fuzzy entries: they are never shown, so they hide a missing translation."""
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        if catalog.fuzzy:
            problems.append(f"{language}: the header is marked fuzzy")
        problems += [f"{language}: fuzzy: {key(m)[0]!r}" for m in catalog if m.id and m.fuzzy]
    return problems


def direction_mark_problems(root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """No invisible direction marks in translations: direction is the rendering code's job."""
    problems = []
    for language, catalog, error in _catalogs(root, languages):
        if catalog is None:
            problems.append(error)
            continue
        for message in catalog:
            marks = {f"U+{ord(c):04X}" for form in _forms(message) if message.id for c in form if c in BIDI_CONTROLS}
            if marks:
                problems.append(f"{language}: direction mark(s) {sorted(marks)} in {key(message)[0]!r}")
    return problems


CHECKS = (
    template_problems,
    missing_translations,
    stale_entries,
    placeholder_problems,
    plural_problems,
    review_status_problems,
    fuzzy_entries,
    direction_mark_problems,
    # (i) glossary terms, (j) right-to-left tokens, (k) commands as placeholders, (l) punctuation
    *catalog_rules.CHECKS,
)


def check(root: Path = ROOT) -> list[str]:
    """Every problem, from every check."""
    problems: list[str] = []
    for run in CHECKS:
        problems += run(root)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["extract", "update", "check"], nargs="?", default="update")
    command = parser.parse_args(argv).command
    if command == "extract":
        print(f"{TEMPLATE}: " + ("updated" if extract() else "no change in the code's strings"))
        return 0
    if command == "update":
        print("\n".join(update()))
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "catalogs OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

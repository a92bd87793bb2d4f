"""House rules for the translations, checked on every catalog (``scripts/i18n.py check`` runs them).

Three rules a reviewer kept finding broken by hand (issue 15):

- **terms**: one word per concept per language, kept in ``locales/glossary.yml``. A translation whose
  English msgid names the concept must use the language's term; no translation may use a variant
  the glossary forbids (the regisseur is مسؤول ملفك, never المنسق; ረጂሰር, never Latin "regisseur").
- **right-to-left tokens**: in Arabic a command or other Latin token that starts with punctuation
  shows reordered ("/taal" as "taal/", "14 038" as "038 14"). Such values are passed as placeholders,
  which ``Translator.gettext`` wraps in Unicode isolates; written inside a msgstr they are a bug.
  Commands are placeholders in the English source too, so every language gets them the same way.
- **punctuation**: Arabic writes ، ؟ ؛ and Tigrinya ፣ (comma) and ፦ (colon), one style each.

Each check returns a list of problems, one line each, starting with the language code.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT

GLOSSARY = Path("locales") / "glossary.yml"
# A command written into a text ("/taal"). Not a path or a fraction: a slash after a letter or digit is not one.
COMMAND = re.compile(r"(?<![\w/{}])/[A-Za-z][A-Za-z_]*")
# Latin or digit tokens that the bidi algorithm reorders inside right-to-left text.
RTL_REORDERED = {
    "a command (pass it as a placeholder such as {command})": COMMAND,
    "digits with a space inside (pass the number as a placeholder)": re.compile(r"\d+ \d+"),
    "a web address that starts with a digit (write www. first)": re.compile(r"(?<![\w.])\d+\.[A-Za-z]{2,}"),
    "a Latin token with / or @ inside (pass it as a placeholder)": re.compile(r"[A-Za-z0-9]+[/@][A-Za-z0-9]"),
}
PUNCTUATION = {
    "ar": {",": "،", "?": "؟", ";": "؛"},
    "ti": {"\u1361": "\u1363", ":": "\u1366"},  # ፡ (word space) -> ፣ (comma); ASCII colon -> ፦
}


@dataclass(frozen=True)
class Term:
    """One concept in one language: the term to use, how to find it, and what not to write."""

    term: str
    use: re.Pattern[str] | None
    avoid: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Concept:
    name: str
    source: re.Pattern[str] | None  # matches the English msgid when the concept is named
    terms: dict[str, Term] = field(default_factory=dict)
    exempt: frozenset[str] = frozenset()  # msgids the term requirement does not apply to


def load_glossary(root: Path = PROJECT_ROOT) -> list[Concept]:
    data = yaml.safe_load((root / GLOSSARY).read_text(encoding="utf-8"))
    concepts = []
    for name, entry in (data.get("concepts") or {}).items():
        terms = {}
        for language in LANGUAGES:
            spec = entry.get(language)
            if spec is None:
                continue
            if isinstance(spec, str):
                spec = {"term": spec}
            use = spec.get("match", re.escape(spec["term"]) if spec.get("term") else None)
            terms[language] = Term(
                term=spec.get("term", ""),
                use=re.compile(use) if use and entry.get("source") else None,
                avoid=tuple(re.compile(pattern) for pattern in spec.get("avoid", ())),
            )
        source = entry.get("source")
        concepts.append(Concept(name, re.compile(source, re.IGNORECASE) if source else None, terms,
                                frozenset(entry.get("exempt", ()))))
    return concepts


def _catalog(root: Path, language: str) -> Catalog | None:
    path = root / "locales" / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return None
    return read_po(io.BytesIO(path.read_bytes()), locale=language)


def _msgid(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (list, tuple)) else message.id


def _source_text(message: Message) -> str:
    return " ".join(message.id) if isinstance(message.id, (list, tuple)) else message.id


def _forms(message: Message) -> list[str]:
    forms = list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]
    return [form for form in forms if form]


def _messages(root: Path, languages: Iterable[str]) -> Iterable[tuple[str, Message]]:
    for language in languages:
        catalog = _catalog(root, language)
        if catalog is None:
            continue
        for message in catalog:
            if message.id and _forms(message):
                yield language, message


def glossary_problems(root: Path = PROJECT_ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Forbidden variants nowhere; where the msgid names a concept, the language's term is used."""
    concepts = load_glossary(root)
    problems = []
    for language, message in _messages(root, languages):
        msgid = _msgid(message)
        for concept in concepts:
            term = concept.terms.get(language)
            if term is None:
                continue
            for form in _forms(message):
                for pattern in term.avoid:
                    found = pattern.search(form)
                    if found:
                        problems.append(f"{language}: {concept.name}: write {term.term!r}, not {found.group()!r}, "
                                        f"in {msgid!r}")
                        break
            needs_term = concept.source is not None and concept.source.search(_source_text(message))
            if needs_term and term.use is not None and msgid not in concept.exempt:
                missing = [form for form in _forms(message) if not term.use.search(form)]
                if missing:
                    problems.append(f"{language}: {concept.name}: {msgid!r} names it, but the translation does "
                                    f"not use {term.term!r}")
    return problems


def rtl_token_problems(root: Path = PROJECT_ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Right-to-left translations hold no token the bidi algorithm would show reordered.

    Commands are checked in every language: one typed into a translation is not isolated, and a
    Tigrinya or Dutch text should name the same command the code fills in.
    """
    problems = []
    languages = list(languages)
    rtl = {language for language in languages if Locale.parse(language).text_direction == "rtl"}
    for language, message in _messages(root, languages):
        patterns = RTL_REORDERED if language in rtl else {k: v for k, v in RTL_REORDERED.items() if v is COMMAND}
        for form in _forms(message):
            for what, pattern in patterns.items():
                # Placeholders are isolated when rendered, so their names are no problem.
                found = pattern.search(re.sub(r"\{\w+\}", "{}", form))
                if found:
                    where = "shows reordered in right-to-left text" if language in rtl else "is typed in"
                    problems.append(f"{language}: {found.group()!r} {where}, {what}: {_msgid(message)!r}")
                    break
    return problems


def command_problems(root: Path = PROJECT_ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Commands are placeholders in the English source, so every language inserts (and isolates) them."""
    template = root / "locales" / "messages.pot"
    if not template.exists():
        return []
    return [f"template: {_msgid(message)!r} writes a command; make it a placeholder: "
            f't.gettext("... {{command}} ...", command=command("taal"))'
            for message in read_po(io.BytesIO(template.read_bytes()))
            if message.id and COMMAND.search(_source_text(message))]


def punctuation_problems(root: Path = PROJECT_ROOT, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Arabic ، ؟ ؛ and Tigrinya ፣ ፦: the language's own marks, one style per language."""
    problems = []
    for language, message in _messages(root, [lang for lang in languages if lang in PUNCTUATION]):
        text = re.sub(r"\{\w+\}", "", " ".join(_forms(message)))
        wrong = sorted({mark for mark in PUNCTUATION[language] if mark in text})
        if wrong:
            advice = ", ".join(f"{mark!r} -> {PUNCTUATION[language][mark]!r}" for mark in wrong)
            problems.append(f"{language}: punctuation {advice}: {_msgid(message)!r}")
    return problems


CHECKS = (glossary_problems, rtl_token_problems, command_problems, punctuation_problems)

"""The translation catalogs: complete, current, consistent, and every response renders in every language.

(Why ~400 lines: every response in every language, and tests that each check catches what it is for.)

The checks live in ``scripts/i18n.py`` (``make i18n`` / ``scripts/i18n.py check`` run the same
ones); here they run against the real catalogs, and against broken copies to prove each one
catches what it is for.
"""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT
from inburgering.responses import RESPONSES, render
from inburgering.responses.appointments import (
    APPOINTMENT_KINDS,
    APPOINTMENT_KINDS_SHORT,
    BUTTON_LIMIT,
    DATE_BUTTON_LIMITS,
    appointment_button_title,
)
from inburgering.text import catalog_rules
from inburgering.text.i18n import Translator, translator

_spec = importlib.util.spec_from_file_location("i18n_workflow", PROJECT_ROOT / "scripts" / "i18n.py")
workflow = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(workflow)

ARABIC = re.compile(r"[\u0600-\u06FF]")
ETHIOPIC = re.compile(r"[\u1200-\u137F]")
LEFTOVER_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u2066-\u2069]")


# -- the real catalogs ----------------------------------------------------------------


def test_template_matches_the_code() -> None:
    """(f) A string added in the code without `make i18n` fails here."""
    assert workflow.template_problems() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    """(a) Every msgid in the template has a non-empty translation, every plural form included."""
    assert workflow.missing_translations(languages=[language]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stale_or_obsolete_entries(language: str) -> None:
    """(b) Catalogs hold only the template's strings; `make i18n` drops the rest."""
    assert workflow.stale_entries(languages=[language]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    """(c) Same {placeholders} as the msgid; a plural form for a single number may spell {n} out."""
    assert workflow.placeholder_problems(languages=[language]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_follow_cldr(language: str) -> None:
    """(d) Plural-Forms picks CLDR's form for every n, and every plural entry has all forms."""
    assert workflow.plural_problems(languages=[language]) == []


def test_arabic_has_six_plural_forms_everywhere() -> None:
    """(d) Arabic: zero, one, two, few (3-10), many (11-99), other (100-102...)."""
    catalog = _real_catalog("ar")
    assert catalog.num_plurals == 6
    plural_entries = [m for m in catalog if isinstance(m.id, tuple)]
    assert plural_entries, "expected at least one ngettext string"
    assert all(len(m.string) == 6 and all(m.string) for m in plural_entries)


def test_tigrinya_uses_the_singular_for_zero_and_one() -> None:
    """(d) CLDR: Tigrinya 'one' is n in 0..1 (not Babel's default n != 1)."""
    catalog = _real_catalog("ti")
    plural = gettext.c2py(catalog.plural_expr)
    assert [plural(n) for n in (0, 1, 2, 10)] == [0, 0, 1, 1]


ARABIC_MONTHS = ("The municipality does this for {n} month.", "The municipality does this for {n} months.")


@pytest.mark.parametrize(("n", "expected"), [
    (1, "شهر واحد"), (2, "شهرين"), (3, "3 أشهر"), (10, "10 أشهر"), (11, "11 شهرا"), (99, "99 شهرا"),
    (100, "100 شهر"), (103, "103 أشهر"),
])
def test_arabic_numbers_agree_with_the_noun(n: int, expected: str) -> None:
    """Six forms in the right order (if the msgid was reworded, update ARABIC_MONTHS)."""
    assert expected in translator("ar").ngettext(*ARABIC_MONTHS, n)


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_status_is_declared(language: str) -> None:
    """(e) Each catalog says whether a native speaker reviewed it."""
    assert workflow.review_status_problems(languages=[language]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_fuzzy_entries(language: str) -> None:
    """(g) Fuzzy entries are never shown to users, so they hide missing translations."""
    assert workflow.fuzzy_entries(languages=[language]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_direction_marks(language: str) -> None:
    """Right-to-left is handled when rendering, never with invisible marks in the catalogs."""
    assert workflow.direction_mark_problems(languages=[language]) == []


@pytest.mark.parametrize("rule", catalog_rules.CHECKS, ids=lambda rule: rule.__name__)
def test_house_rules(rule: Callable[..., list[str]]) -> None:
    """(i)-(l) glossary terms, right-to-left tokens, commands as placeholders, Arabic/Tigrinya punctuation."""
    assert rule() == []


def test_glossary_has_one_term_per_language() -> None:
    concepts = catalog_rules.load_glossary()
    assert {"regisseur", "financieel ontzorgen", "bijstand", "PVT", "MAP", "link code", "participatieraad"} <= {
        c.name for c in concepts}
    regisseur = next(c for c in concepts if c.name == "regisseur")
    assert regisseur.terms["ti"].term == "ረጂሰር" and regisseur.terms["ar"].term.startswith("مسؤول ملفك")


# -- every response in every language -------------------------------------------------

PROFILE_ARGUMENTS: dict[str, Any] = {
    "gemeente": "Steenwijkerland",
    "pvt_hours": 16,
    "pvt_excursion": True,
    "pvt_provider": "VluchtelingenWerk",
    "map_practice_hours": 40,
    "map_provider": "Werkplein",
    "ontzorgen_costs": ["rent", "energy", "water", "health_insurance"],
    "ontzorgen_months": 6,
    "ontzorgen_extension": "exception",
    "ontzorgen_course": "Eurowijzer",
    "phone": "14 0521",
}
APPOINTMENT_ARGUMENTS: dict[str, Any] = {
    "kind": "voortgangsgesprek",
    "starts_at": "2026-12-03T10:30:00+01:00",
    "location": "Stadhuis, Grote Kerkplein 15",
    "with_whom": "Mevrouw De Vries",
    "interpreter_booked": True,
}
# Responses that cannot render without arguments; every other one must work with none.
REQUIRED_ARGUMENTS: dict[str, dict[str, Any]] = {
    "utter_next_appointment": APPOINTMENT_ARGUMENTS,
    "bot_link_result": {"result": "linked"},
    "bot_privacy_notice": {"days": 90},
    "regisseur_canned": {"key": "received"},
    "regisseur_reply": {"body": "Ik bel u morgen."},
    "bot_dutch_original": {"original": "Ik bel u morgen."},
}
FULL_ARGUMENTS = {**PROFILE_ARGUMENTS, **APPOINTMENT_ARGUMENTS, "topics": ["ask_pvt", "ask_map", "request_regisseur"],
                  "result": "rate_limited", "days": 30, "key": "call_tomorrow", "body": "Ik bel u morgen.",
                  "original": "Ik bel u morgen.", "outbox_id": 7, "enabled": True, "escalated": None}
# Buttons too: a list of appointments gives date buttons.
WITH_APPOINTMENTS = {**FULL_ARGUMENTS, "appointments": [{**APPOINTMENT_ARGUMENTS, "id": 1}]}
# Shown before the user's language is known: the same sentences in every language, by design.
IN_EVERY_LANGUAGE = {"bot_choose_language", "bot_unknown_language"}
# Their last paragraph is someone else's text (a regisseur's Dutch words), not a catalog string.
QUOTING = {"regisseur_reply", "bot_dutch_original"}


def _texts(message: dict[str, Any]) -> list[str]:
    """The text and button titles, except language buttons (each language's own name, on purpose)."""
    buttons = [b["title"] for b in message.get("buttons", []) if not b["payload"].startswith("lang:")]
    return [message["text"]] + buttons


def _assert_readable(language: str, message: dict[str, Any]) -> None:
    assert message["text"].strip(), "empty text"
    for text in _texts(message):
        assert not LEFTOVER_PLACEHOLDER.search(text), f"unformatted placeholder in {text!r}"
        for line in text.splitlines():
            if language == "ar":
                assert ARABIC.search(line), f"no Arabic in {line!r}"
            if language == "ti":
                assert ETHIOPIC.search(line), f"no Ethiopic (Ge'ez) in {line!r}"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Translator:
    """The source texts: a Dutch translator whose catalog is the untranslated template."""
    locales = tmp_path_factory.mktemp("english")
    (locales / "nl" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "locales" / "messages.pot", locales / "nl" / "LC_MESSAGES" / "messages.po")
    return Translator("nl", locales_dir=locales)


@pytest.mark.parametrize("variant", ["minimal", "full"])
@pytest.mark.parametrize("name", sorted(RESPONSES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_response_renders(language: str, name: str, variant: str, english: Translator) -> None:
    arguments = REQUIRED_ARGUMENTS.get(name, {}) if variant == "minimal" else FULL_ARGUMENTS
    message = render(name, translator(language), arguments)
    if name in IN_EVERY_LANGUAGE:
        assert ARABIC.search(message["text"]) and ETHIOPIC.search(message["text"]), message["text"]
        return
    if name in QUOTING:
        message = {**message, "text": message["text"].rsplit("\n\n", 1)[0]}
    _assert_readable(language, message)
    if language == "nl":
        assert message["text"] != render(name, english, arguments)["text"], "Dutch text is still English"


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_commands_are_isolated_in_arabic(name: str) -> None:
    """A command inside right-to-left text is wrapped in isolates, or Arabic shows "/taal" as "taal/"."""
    message = render(name, translator("ar"), WITH_APPOINTMENTS)
    for line in (line for text in _texts(message) for line in text.splitlines() if ARABIC.search(line)):
        bare = re.sub("\u2068[^\u2069]*\u2069", "", line)
        assert not catalog_rules.COMMAND.search(bare), f"unisolated command in {line!r}"


def test_the_not_linked_answer_isolates_its_command() -> None:
    text = render("utter_not_linked", translator("ar"))["text"]
    assert "\u2068/start\u2069" in text


@pytest.mark.parametrize("name", sorted(RESPONSES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_buttons_fit_on_a_phone(language: str, name: str) -> None:
    message = render(name, translator(language), WITH_APPOINTMENTS)
    for b in message.get("buttons", []):
        assert len(BIDI_MARKS.sub("", b["title"])) <= BUTTON_LIMIT, b["title"]


# Every weekday and month, one- and two-digit days and hours (Europe/Amsterdam, summer and winter time).
BUTTON_DATES = [datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc) + timedelta(days=day, hours=day % 11)
                for day in range(0, 366, 3)]


@pytest.mark.parametrize("kind", sorted(APPOINTMENT_KINDS_SHORT))
@pytest.mark.parametrize("language", LANGUAGES)
def test_appointment_buttons_are_date_first_and_short(language: str, kind: str) -> None:
    """"wo 25 nov 10:00 · voortgangsgesprek": the date a phone must not cut off comes first."""
    t = translator(language)
    for starts_at in BUTTON_DATES:
        title = appointment_button_title(t, {"kind": kind, "starts_at": starts_at.isoformat()})
        assert len(BIDI_MARKS.sub("", title)) <= DATE_BUTTON_LIMITS[language], title
        assert title.endswith(" · " + t.gettext(APPOINTMENT_KINDS_SHORT[kind])), title
        assert starts_at.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%H:%M") in title


def test_dutch_button_example() -> None:
    starts_at = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc).isoformat()
    assert appointment_button_title(translator("nl"), {"kind": "voortgangsgesprek", "starts_at": starts_at}) == (
        "wo 25 nov 10:00 · voortgangsgesprek")


@pytest.mark.parametrize("kind", sorted(APPOINTMENT_KINDS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_appointment_kind_renders(language: str, kind: str) -> None:
    message = render("utter_next_appointment", translator(language), {**APPOINTMENT_ARGUMENTS, "kind": kind})
    _assert_readable(language, message)
    assert "Stadhuis" in message["text"] and "Mevrouw De Vries" in message["text"]


@pytest.mark.parametrize("hours", [0, 1, 2, 3, 11, 16, 100])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_form_renders(language: str, hours: int) -> None:
    arguments = {**PROFILE_ARGUMENTS, "pvt_hours": hours, "map_practice_hours": hours, "ontzorgen_months": hours}
    for name in ("utter_pvt", "utter_pvt_hours", "utter_map", "utter_map_practice", "utter_ontzorgen",
                 "utter_ontzorgen_duration"):
        _assert_readable(language, render(name, translator(language), arguments))


@pytest.mark.parametrize("language", LANGUAGES)
def test_ontzorgen_says_who_it_is_for(language: str) -> None:
    """Not "do you get bijstand? then we help you": it is for statushouders (in some places gezinsmigranten)."""
    t = translator(language)
    only = render("utter_ontzorgen", t, PROFILE_ARGUMENTS)["text"].splitlines()[0]
    groups = ["statushouder", "gezinsmigrant"]
    both = render("utter_ontzorgen", t, {**PROFILE_ARGUMENTS, "ontzorgen_doelgroepen": groups})
    assert "statushouders" in only and "gezinsmigrant" not in only
    assert "gezinsmigranten" in both["text"].splitlines()[0]


# -- the checks catch what they are for -------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the code and catalogs that a test may break."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("inburgering", "bot", "actions", "web", "locales"):
        if (PROJECT_ROOT / folder).is_dir():
            shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder, ignore=ignore)
    shutil.copy(PROJECT_ROOT / "babel.cfg", tmp_path / "babel.cfg")
    return tmp_path


def edit_catalog(root: Path, language: str, change: Callable[[Catalog, list[tuple[str, str]]], Any]) -> None:
    """Change one catalog through Babel, keeping (or changing) the extra header fields."""
    path = workflow.catalog_path(language, root)
    text = path.read_text(encoding="utf-8")
    extra = [(n, v) for n, v in workflow.header_fields(text) if n.lower() not in workflow.BABEL_HEADERS]
    catalog = read_po(io.BytesIO(text.encode("utf-8")), locale=language)
    change(catalog, extra)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=workflow.PO_WIDTH)
    path.write_text(workflow._with_extra_headers(buffer.getvalue().decode("utf-8"), extra), encoding="utf-8")


def _singular(catalog: Catalog) -> Message:
    return next(m for m in catalog if m.id and isinstance(m.id, str) and "{" not in m.id)


def _plural(catalog: Catalog) -> Message:
    return next(m for m in catalog if m.id and isinstance(m.id, tuple))


def _singular_with(catalog: Catalog, placeholder: str) -> Message:
    return next(m for m in catalog if m.id and isinstance(m.id, str) and placeholder in m.id)


def _singular_with_word(catalog: Catalog, word: str) -> Message:
    return next(m for m in catalog if m.id and isinstance(m.id, str) and word in m.id and "{" not in m.id)


def _set_form(index: int, value: Callable[[str], str]) -> Callable[[Catalog, list], None]:
    def change(catalog: Catalog, _: list) -> None:
        message = _plural(catalog)
        forms = list(message.string)
        forms[index] = value(forms[index])
        message.string = tuple(forms)
    return change


BREAKAGES: dict[str, tuple[str, Callable[[Catalog, list], Any], Callable]] = {
    "empty translation": ("ti", lambda c, _: setattr(_singular(c), "string", ""), workflow.missing_translations),
    "one empty arabic plural form": ("ar", _set_form(4, lambda _: ""), workflow.missing_translations),
    "stale entry": ("nl", lambda c, _: c.add("A string nobody uses any more", "Weg"), workflow.stale_entries),
    "obsolete entry": ("nl", lambda c, _: c.obsolete.__setitem__("Gone", Message("Gone", "Weg")),
                       workflow.stale_entries),
    "renamed placeholder": ("ar", lambda c, _: setattr(_singular_with(c, "{date}"), "string", "التاريخ: {datum}"),
                            workflow.placeholder_problems),
    "positional placeholder": ("nl", lambda c, _: setattr(_singular_with(c, "{date}"), "string", "Datum: {}"),
                               workflow.placeholder_problems),
    "{n} left out of the arabic 'few' form": ("ar", _set_form(3, lambda s: s.replace("{n}", "ثلاث")),
                                              workflow.placeholder_problems),
    "{n} left out of tigrinya form 0 (used for 0 and 1)": ("ti", _set_form(0, lambda s: s.replace("{n}", "ሓደ")),
                                                          workflow.placeholder_problems),
    "arabic with two plural forms": ("ar", lambda c, _: setattr(c, "mime_headers", [
        ("Plural-Forms", "nplurals=2; plural=(n != 1);")]), workflow.plural_problems),
    "babel's default arabic rule (100 and 11 swapped)": ("ar", lambda c, _: setattr(c, "mime_headers", [
        ("Plural-Forms", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
                         "n%100>=0 && n%100<=2 ? 4 : 5);")]), workflow.plural_problems),
    "tigrinya with the english rule": ("ti", lambda c, _: setattr(c, "mime_headers", [
        ("Plural-Forms", "nplurals=2; plural=(n != 1);")]), workflow.plural_problems),
    "no review status": ("ti", lambda _, extra: extra.clear(), workflow.review_status_problems),
    "unknown review status": ("ar", lambda _, extra: extra.__setitem__(slice(None), [
        (workflow.REVIEW_HEADER, "looks fine to me")]), workflow.review_status_problems),
    "fuzzy entry": ("nl", lambda c, _: _singular(c).flags.add("fuzzy"), workflow.fuzzy_entries),
    "right-to-left mark": ("ar", lambda c, _: setattr(_singular(c), "string", "\u200f" + _singular(c).string),
                           workflow.direction_mark_problems),
    "command written into arabic text": ("ar", lambda c, _: setattr(_singular(c), "string", "اختر لغتك بالأمر /taal."),
                                         catalog_rules.rtl_token_problems),
    "command written into tigrinya text": ("ti", lambda c, _: setattr(_singular(c), "string", "ብ /taal ቋንቋኹም ምረጹ።"),
                                           catalog_rules.rtl_token_problems),
    "phone number written into arabic text": ("ar", lambda c, _: setattr(_singular(c), "string", "اتصل بالرقم 14 038."),
                                              catalog_rules.rtl_token_problems),
    "latin regisseur in tigrinya": ("ti", lambda c, _: setattr(_singular_with_word(c, "regisseur"), "string",
                                                               "ንናትኩም regisseur ሕተቱ።"),
                                    catalog_rules.glossary_problems),
    "forbidden arabic variant (المنسق)": ("ar", lambda c, _: setattr(_singular(c), "string", "اسأل المنسق."),
                                          catalog_rules.glossary_problems),
    "arabic without the term the msgid names": ("ar", lambda c, _: setattr(_singular_with_word(c, "regisseur"),
                                                                           "string", "اسأل الموظف."),
                                                catalog_rules.glossary_problems),
    "tigrinya word space as a comma": ("ti", lambda c, _: setattr(_singular(c), "string", "ሕራይ፡ ደሓን።"),
                                       catalog_rules.punctuation_problems),
    "ascii comma in arabic": ("ar", lambda c, _: setattr(_singular(c), "string", "حسنا, شكرا."),
                              catalog_rules.punctuation_problems),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_each_check_catches_its_problem(project: Path, breakage: str) -> None:
    language, change, check = BREAKAGES[breakage]
    before = set(check(project, LANGUAGES))
    edit_catalog(project, language, change)
    new_problems = set(check(project, LANGUAGES)) - before
    assert new_problems, f"{check.__name__} did not notice: {breakage}"
    assert all(p.startswith(f"{language}:") for p in new_problems)


def test_an_arabic_plural_entry_with_five_forms_is_caught(project: Path) -> None:
    """(d) Babel fills missing forms with "" when it writes, so this breakage is made by hand."""
    path = workflow.catalog_path("ar", project)
    text = path.read_text(encoding="utf-8")
    start = text.index("msgstr[5] ")
    end = text.find("\n\n", start)
    path.write_text(text[:start] + text[end + 1:] if end != -1 else text[:start], encoding="utf-8")
    assert any("has 5 plural form(s)" in p for p in workflow.plural_problems(project, ["ar"]))


def test_spelling_out_a_single_number_is_allowed(project: Path) -> None:
    """Arabic 'two' (n = 2 only) may write the number as a word; 'few' (3-10) may not."""
    def spell_out(catalog: Catalog, _: list) -> None:
        message = _plural(catalog)
        forms = list(message.string)
        forms[2] = forms[3] = forms[3].replace("{n}", "اثنتين")
        message.string = tuple(forms)

    edit_catalog(project, "ar", spell_out)
    problems = workflow.placeholder_problems(project, ["ar"])
    assert not any("form 2" in p for p in problems)
    assert any("form 3: placeholder(s) missing: ['n']" in p for p in problems)


def test_a_command_in_a_source_string_is_caught(project: Path) -> None:
    """(k) "/taal" in an English msgid would be written into every translation: it must be a placeholder."""
    (project / "inburgering" / "new_feature.py").write_text(
        'def hello(t):\n    return t.gettext("Choose your language with /taal.")\n', encoding="utf-8")
    workflow.extract(project)
    assert any("/taal" in p for p in catalog_rules.command_problems(project))


def test_a_new_string_in_the_code_fails_until_extracted(project: Path) -> None:
    (project / "inburgering" / "new_feature.py").write_text(
        'def hello(t):\n    return t.gettext("A brand new sentence for users.")\n', encoding="utf-8"
    )
    assert any("A brand new sentence" in p for p in workflow.template_problems(project))
    workflow.extract(project)
    assert workflow.template_problems(project) == []
    assert any("A brand new sentence" in p for p in workflow.missing_translations(project, LANGUAGES))


# -- the update command ------------------------------------------------------------------


def _two_singular_msgids() -> tuple[str, str]:
    first, second = [m.id for m in _real_catalog("nl") if m.id and isinstance(m.id, str) and "{" not in m.id][:2]
    return first, second


@pytest.fixture
def small_project(project: Path) -> Path:
    """The real catalogs, with code reduced to three strings: one kept, one new, one turned plural."""
    kept, turned_plural = _two_singular_msgids()
    for folder in ("inburgering", "bot", "actions", "web"):
        shutil.rmtree(project / folder, ignore_errors=True)
    (project / "inburgering").mkdir()
    (project / "inburgering" / "strings.py").write_text(
        "def strings(t, n):\n"
        f"    t.gettext({kept!r})\n"
        f"    t.gettext({kept + ' Really.'!r})\n"  # close to a translated string: must NOT be guessed
        f"    t.ngettext({turned_plural!r}, {turned_plural + ' (plural)'!r}, n)\n",  # was gettext: NOT fuzzy
        encoding="utf-8",
    )
    return project


def test_update_keeps_translations_and_leaves_new_strings_untranslated(small_project: Path) -> None:
    kept, turned_plural = _two_singular_msgids()
    kept_before = {lang: _real_catalog(lang).get(kept).string for lang in LANGUAGES}
    report = workflow.update(small_project, LANGUAGES)
    assert any(f"+ {kept + ' Really.'!r}" in line for line in report)
    for language in LANGUAGES:
        catalog = _catalog(small_project, language)
        assert catalog.get(kept).string == kept_before[language]
        assert catalog.get(kept + " Really.").string == ""
        plural = catalog.get(turned_plural)
        assert isinstance(plural.id, tuple)
        assert not any(plural.string) and len(plural.string) == catalog.num_plurals
        assert not any(m.fuzzy for m in catalog if m.id)
        assert {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id} == {
            kept, kept + " Really.", turned_plural}
        assert not catalog.obsolete
    assert workflow.stale_entries(small_project, LANGUAGES) == []
    assert workflow.review_status_problems(small_project, LANGUAGES) == []
    assert workflow.plural_problems(small_project, LANGUAGES) == []


def test_update_twice_changes_nothing(small_project: Path) -> None:
    workflow.update(small_project, LANGUAGES)
    files = [small_project / workflow.TEMPLATE] + [workflow.catalog_path(lang, small_project) for lang in LANGUAGES]
    first = [f.read_bytes() for f in files]
    workflow.update(small_project, LANGUAGES)
    assert [f.read_bytes() for f in files] == first


def _catalog(root: Path, language: str) -> Catalog:
    with workflow.catalog_path(language, root).open("rb") as po:
        return read_po(po, locale=language)


def _real_catalog(language: str) -> Catalog:
    return _catalog(PROJECT_ROOT, language)

"""Personal data never reaches the review store: each kind, in Dutch, Arabic and Tigrinya text (issues 6, 13)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from inburgering.text.redaction import passes_11_test, redact, scan, skeleton, valid_iban

NAMES = ["Amal Demo", "Fatima de Regisseur"]
CORPUS = Path(__file__).with_name("pii_corpus.yml")


@lru_cache(maxsize=1)
def load_corpus() -> dict:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))


def _normal(text: str) -> str:
    """Digits of any script as 0-9, full-width as ASCII, lower case: a leak in another spelling is a leak."""
    out = []
    for char in unicodedata.normalize("NFKC", text):
        digit = unicodedata.decimal(char, None)
        out.append(str(digit) if digit is not None else char)
    return "".join(out).casefold()


def _digit_runs(text: str) -> list[str]:
    return [re.sub(r"[^0-9]", "", run) for run in re.findall(r"[0-9](?:[ .\-/()–—]{0,2}[0-9])*", _normal(text))]


def leaked(item: dict, output: str) -> list[str]:
    """The substrings of ``item`` still in ``output``; for numbers also any 4 of their digits in a row."""
    found = []
    normal_output = _normal(output)
    runs = _digit_runs(output)
    for value in item["must_not_survive"]:
        value_normal = _normal(value)
        if re.search(rf"(?<!\w){re.escape(value_normal)}(?!\w)", normal_output):
            found.append(value)
            continue
        digits = re.sub(r"[^0-9]", "", value_normal)
        if len(digits) >= 6 and any(digits[i:i + 4] in run for run in runs for i in range(len(digits) - 3)):
            found.append(value)
    return found


def _scan(text: str) -> str:
    corpus = load_corpus()
    return scan(text, corpus["names"], today=date.fromisoformat(corpus["today"])).text


def test_the_corpus_is_large_and_covers_every_kind_in_three_languages() -> None:
    items = load_corpus()["items"]
    assert len(items) >= 300
    kinds = Counter(kind for item in items for kind in item["kinds"])
    assert set(kinds) == {"phone", "bsn", "iban", "date", "address", "vnummer", "document", "email", "name"}
    for language in ("nl", "ar", "ti"):
        assert {kind for item in items if item["lang"] == language for kind in item["kinds"]} == set(kinds)


def test_no_personal_data_of_the_documented_kinds_survives() -> None:
    leaks = [(item["text"], out, bad) for item in load_corpus()["items"]
             if (bad := leaked(item, out := _scan(item["text"])))]
    assert leaks == [], f"{len(leaks)} of {len(load_corpus()['items'])} items leak"


@pytest.mark.parametrize("text", load_corpus()["ordinary"])
def test_ordinary_messages_are_not_changed(text: str) -> None:
    """Times, PVT/MAP, numbers of hours, and dates of appointments (this year or later, or no year) stay."""
    assert _scan(text) == text


def test_the_leak_check_itself_sees_a_leak_in_another_digit_script() -> None:
    item = {"must_not_survive": ["06-12345678"]}
    assert leaked(item, "bel ٠٦١٢٣٤٥٦٧٨")
    assert leaked(item, "bel [date]-56-78")
    assert not leaked(item, "bel [phone]")


@pytest.mark.parametrize(("text", "expected"), [
    # phone numbers
    ("Bel me op 06-12345678 aub", "Bel me op [phone] aub"),
    ("mijn nummer is +31 6 1234 5678.", "mijn nummer is [phone]."),
    ("اتصل بي على 0031612345678 من فضلك", "اتصل بي على [phone] من فضلك"),
    ("رقمي ٠٦١٢٣٤٥٦٧٨ شكرا", "رقمي [phone] شكرا"),
    ("ቁጽሪ ስልከይ +251 911 234567 እዩ", "ቁጽሪ ስልከይ [phone] እዩ"),
    ("ቁጽሪ 038-1234567 ደውሉ", "ቁጽሪ [phone] ደውሉ"),
    ("bel 06-12-34-56-78", "bel [phone]"),
    # e-mail
    ("mail naar amal.demo+test@example.nl graag", "mail naar [email] graag"),
    ("بريدي amal@mail.com", "بريدي [email]"),
    ("ኢመይለይ amal_demo@gmail.com እዩ", "ኢመይለይ [email] እዩ"),
    # BSN (11-test), also 8 digits and grouped
    ("mijn BSN is 111222333", "mijn BSN is [bsn]"),
    ("mijn BSN is 111-222-333", "mijn BSN is [bsn]"),
    ("BSN 12345672", "BSN [bsn]"),
    ("رقمي الوطني 111.222.333", "رقمي الوطني [bsn]"),
    ("BSN ቁጽረይ ١١١٢٢٢٣٣٣ እዩ", "BSN ቁጽረይ [bsn] እዩ"),
    # IBAN (checksum)
    ("IBAN NL91 ABNA 0417 1643 00 is van mij", "IBAN [iban] is van mij"),
    ("IBAN NL91.ABNA.0417.1643.00 is van mij", "IBAN [iban] is van mij"),
    ("mijn iban is NL 91 ABNA 0417 1643 00", "mijn iban is [iban]"),
    ("حسابي NL91ABNA0417164300 شكرا", "حسابي [iban] شكرا"),
    ("ሕሳበይ DE89 3704 0044 0532 0130 00 እዩ", "ሕሳበይ [iban] እዩ"),
    # addresses, both orders
    ("Ik woon op 8011 AB 12 in Zwolle", "Ik woon op [address] in Zwolle"),
    ("عنواني 8011ab 3a في زفوله", "عنواني [address] في زفوله"),
    ("ኣብ 7411 HT 5 እነብር", "ኣብ [address] እነብር"),
    ("Hoofdstraat 12, 8011 AB Zwolle", "[address], [address]"),
    ("8011 AB Zwolle, Hoofdstraat 12", "[address], [address]"),
    ("Ik woon aan de Groot Wezenland 14 in Zwolle", "Ik woon aan de [address] in Zwolle"),
    # V-nummer and documents
    ("V-nummer 1234567890", "V-nummer [v-number]"),
    ("paspoort NW92LN8P4 is verlopen", "paspoort [document] is verlopen"),
    # dates of birth, in digits and in words
    ("geboren op 12-03-1990", "geboren op [date]"),
    ("geboren 12 maart 1990", "geboren [date]"),
    ("تاريخ ميلادي 12/03/1990", "تاريخ ميلادي [date]"),
    ("تاريخ ميلادي ١٢ آذار ١٩٩٠", "تاريخ ميلادي [date]"),
    ("ዕለት ልደተይ 1990-03-12 እዩ", "ዕለት ልደተይ [date] እዩ"),
    ("ዕለት ልደተይ 12 መጋቢት 1990 እዩ", "ዕለት ልደተይ [date] እዩ"),
    # names the system knows, also each part, other scripts and spellings
    ("Amal Demo heeft een vraag", "[name] heeft een vraag"),
    ("قالت Fatima إن amal يجب أن تنتظر", "قالت [name] إن [name] يجب أن تنتظر"),
    ("ሰላም ኣነ Amal እየ", "ሰላም ኣነ [name] እየ"),
])
def test_each_kind_is_redacted(text: str, expected: str) -> None:
    assert redact(text, NAMES) == expected


@pytest.mark.parametrize("spelling", ["Mohamed", "Muhammad", "Mohammed", "محمد", "ومحمد"])
def test_a_known_name_is_found_in_other_spellings_and_scripts(spelling: str) -> None:
    assert scan(f"{spelling} wacht nog", ["Mohammed Haddad"]).text == "[name] wacht nog"


def test_a_tigrinya_name_in_geez_and_with_an_accent() -> None:
    assert scan("ዮናስ ከምኡ ውን Yonás", ["Yonas Tesfay"]).text == "[name] ከምኡ ውን [name]"
    assert skeleton("Yonas") == skeleton("ዮናስ") == skeleton("Yonás")


def test_a_name_after_a_cue_is_redacted_and_the_item_is_uncertain() -> None:
    result = scan("mijn man Ahmed Khalil is ziek")
    assert result.text == "mijn man [name] is ziek"
    assert result.uncertain and "name" in result.kinds
    assert scan("اسمي سارة").text == "اسمي [name]"
    assert scan("ስመይ ሃና እዩ").text == "ስመይ [name] እዩ"


def test_a_known_arabic_name_written_as_spoken() -> None:
    assert scan("فاطمه تسأل", ["Fatima Yousef"]).text == "[name] تسأل"


def test_an_unclassified_long_number_is_removed_and_makes_the_item_uncertain() -> None:
    result = scan("BSN 123456789 is not valid")  # fails the 11-test: a number, but not a BSN
    assert result.text == "BSN [number] is not valid"
    assert result.uncertain


def test_an_unknown_capitalised_word_makes_the_item_uncertain_but_stays() -> None:
    result = scan("Ik heb Khadija gevraagd om te tolken")
    assert result.text == "Ik heb Khadija gevraagd om te tolken" and result.uncertain
    assert not scan("Ik woon in Zwolle en doe de PVT").uncertain


def test_appointment_dates_stay_and_old_dates_go() -> None:
    today = date(2026, 11, 29)
    assert scan("afspraak op 12-03-2027", today=today).text == "afspraak op 12-03-2027"
    assert scan("sinds 12-03-1990", today=today).text == "sinds [date]"
    assert scan("geboren 3-1-2026", today=today).text == "geboren [date]"  # a baby: the birth word decides


@pytest.mark.parametrize("text", [
    "Hoeveel uur duurt de PVT? 12 uur en 1 excursie",
    "in 2026 en 3 keer naar de MAP",
    "ما هو PVT؟ 40 ساعة",
    "MAP ክንደይ ሰዓት እዩ? 40",
    "het document heeft 12 pagina's en mijn huisnummer staat erop",
    "de les is van 10.00-11.30 uur",
])
def test_ordinary_text_and_numbers_stay(text: str) -> None:
    assert redact(text, NAMES) == text


def test_the_11_test_and_the_iban_checksum() -> None:
    assert passes_11_test("111222333")
    assert passes_11_test("12345672")  # 8 digits: a leading zero left out
    assert not passes_11_test("111222334")
    assert valid_iban("NL91ABNA0417164300")
    assert not valid_iban("NL92ABNA0417164300")


def test_an_iban_with_a_wrong_checksum_is_not_called_an_iban() -> None:
    assert "[iban]" not in redact("NL92ABNA0417164300")

"""Personal data never reaches the review store: each kind, in Dutch, Arabic and Tigrinya text."""

from __future__ import annotations

import pytest

from inburgering.text.redaction import passes_11_test, redact, valid_iban

NAMES = ["Amal Demo", "Fatima de Regisseur"]


@pytest.mark.parametrize(("text", "expected"), [
    # phone numbers
    ("Bel me op 06-12345678 aub", "Bel me op [phone] aub"),
    ("mijn nummer is +31 6 1234 5678.", "mijn nummer is [phone]."),
    ("اتصل بي على 0031612345678 من فضلك", "اتصل بي على [phone] من فضلك"),
    ("رقمي ٠٦١٢٣٤٥٦٧٨ شكرا", "رقمي [phone] شكرا"),
    ("ቁጽሪ ስልከይ +251 911 234567 እዩ", "ቁጽሪ ስልከይ [phone] እዩ"),
    ("ቁጽሪ 038-1234567 ደውሉ", "ቁጽሪ [phone] ደውሉ"),
    # e-mail
    ("mail naar amal.demo+test@example.nl graag", "mail naar [email] graag"),
    ("بريدي amal@mail.com", "بريدي [email]"),
    ("ኢመይለይ amal_demo@gmail.com እዩ", "ኢመይለይ [email] እዩ"),
    # BSN (11-test)
    ("mijn BSN is 111222333", "mijn BSN is [bsn]"),
    ("رقمي الوطني 111.222.333", "رقمي الوطني [bsn]"),
    ("BSN ቁጽረይ ١١١٢٢٢٣٣٣ እዩ", "BSN ቁጽረይ [bsn] እዩ"),
    # IBAN (checksum)
    ("IBAN NL91 ABNA 0417 1643 00 is van mij", "IBAN [iban] is van mij"),
    ("حسابي NL91ABNA0417164300 شكرا", "حسابي [iban] شكرا"),
    ("ሕሳበይ DE89 3704 0044 0532 0130 00 እዩ", "ሕሳበይ [iban] እዩ"),
    # postcode + house number
    ("Ik woon op 8011 AB 12 in Zwolle", "Ik woon op [address] in Zwolle"),
    ("عنواني 8011ab 3a في زفوله", "عنواني [address] في زفوله"),
    ("ኣብ 7411 HT 5 እነብር", "ኣብ [address] እነብር"),
    # dates of birth
    ("geboren op 12-03-1990", "geboren op [date]"),
    ("تاريخ ميلادي 12/03/1990", "تاريخ ميلادي [date]"),
    ("تاريخ ميلادي ١٢/٠٣/١٩٩٠", "تاريخ ميلادي [date]"),
    ("ዕለት ልደተይ 1990-03-12 እዩ", "ዕለት ልደተይ [date] እዩ"),
    # names the system knows, also each part
    ("Amal Demo heeft een vraag", "[name] heeft een vraag"),
    ("قالت Fatima إن amal يجب أن تنتظر", "قالت [name] إن [name] يجب أن تنتظر"),
    ("ሰላም ኣነ Amal እየ", "ሰላም ኣነ [name] እየ"),
])
def test_each_kind_is_redacted(text: str, expected: str) -> None:
    assert redact(text, NAMES) == expected


@pytest.mark.parametrize("text", [
    "Hoeveel uur duurt de PVT? 12 uur en 1 excursie",
    "BSN 123456789 is not valid",  # fails the 11-test: stays
    "in 2026 en 3 keer naar de MAP",
    "ما هو PVT؟ 40 ساعة",
    "MAP ክንደይ ሰዓት እዩ? 40",
])
def test_ordinary_text_and_numbers_stay(text: str) -> None:
    assert redact(text, NAMES) == text


def test_the_11_test_and_the_iban_checksum() -> None:
    assert passes_11_test("111222333")
    assert not passes_11_test("111222334")
    assert valid_iban("NL91ABNA0417164300")
    assert not valid_iban("NL92ABNA0417164300")


def test_an_iban_with_a_wrong_checksum_is_not_called_an_iban() -> None:
    assert "[iban]" not in redact("NL92ABNA0417164300")

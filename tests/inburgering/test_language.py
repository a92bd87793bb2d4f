import pytest

from inburgering.language import UNKNOWN, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wat is de PVT?", "nl"),
        ("afspraak wanneer", "nl"),
        ("ik kan niet komen morgen", "nl"),
        ("شو يعني PVT؟", "ar"),
        ("متى موعدي مع الregisseur", "ar"),
        ("ما هو ontzorgen", "ar"),
        ("PVT እንታይ እዩ?", "ti"),
        ("ቆጸራይ መዓስ እዩ፧", "ti"),
        ("Когда моя встреча?", UNKNOWN),
        ("What is the weather like today please", UNKNOWN),
        ("ok", None),
        ("👍", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_dutch_terms_do_not_flip_an_arabic_sentence() -> None:
    assert detect_language("بدي اعرف عن PVT و MAP و ontzorgen بالgemeente") == "ar"

import pytest

from inburgering.sensitive import is_crisis, sensitive_subject


@pytest.mark.parametrize("text", [
    "ik wil dood", "Ik denk aan ZELFMOORD", "hij slaat mij elke dag",
    "أريد أن أموت", "بدي انتحر", "جوزي يضربني",
    "ክሞት ደልየ", "ዓመጽ ኣሎ ኣብ ገዛ",
])
def test_crisis_words_in_three_languages(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", ["dat is geweldig", "wat is de PVT", "شكرا كتير", "ሰላም"])
def test_ordinary_messages_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("ik heb een boete gekregen", "fine"), ("وصلتني غرامة", "fine"), ("መቕጻዕቲ ተቐቢለ", "fine"),
    ("ik heb veel schulden", "debts"), ("عندي ديون", "debts"), ("ዕዳ ኣለኒ", "debts"),
    ("ik heb een klacht", "complaint"), ("بدي قدم شكوى", "complaint"), ("ጥርዓን ክገብር ደልየ", "complaint"),
    ("wanneer is mijn afspraak", None),
])
def test_sensitive_subjects(text: str, subject: str | None) -> None:
    assert sensitive_subject(text) == subject

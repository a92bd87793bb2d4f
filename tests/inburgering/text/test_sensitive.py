"""Crisis detection and sensitive subjects (inburgering/text/sensitive.py).

The held-out phrasings in tests/inburgering/text/crisis/batch*/ were each written before the patterns
and training data they were first measured on, and are never trained on. Batches 1-7 were then
used to find missing kinds of phrasing (patterns and training phrasings were added by kind, never
copied), so they hold the brief's targets. Batches 8-12 were written before the changes they were
first measured after; they show how the detector generalises to phrasings of a new kind (below the
targets) and are floors, not targets. In the fifth round the errors of batches 8-11 were looked at
and rules and training phrasings were added by kind (so 8-11 are no longer fresh); batch 12 was
written before that round and measured once after it, totals only. In round 13, batches 13 (for
development: its errors were read and the uncertain threshold set on it) and 14 (sealed: measured
once, at the end, totals only) were written before 1 100 training phrasings of new kinds were added
(crisis/more/) and Latin-script messages were also read in Arabic / Ge'ez script. In round 14,
batches 13 and 14 are for development and batch 15 (written before round 14) is sealed; in round 15,
batch 16.
"""

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from inburgering.text import sensitive
from inburgering.text.sensitive import CrisisLevel, crisis_level, is_crisis, matching_view, sensitive_subject

HELD_OUT = Path(__file__).parent / "crisis"
NLU_HELD_OUT = Path(__file__).parents[2] / "nlu"


NLU_SEALED = NLU_HELD_OUT / "b6"  # sealed for the NLU (scripts/eval_nlu.py): its texts are never shown
LANGUAGES = ("nl", "ar", "ti")


TUNED = tuple(f"batch{n}" for n in range(1, 8))
NEVER_TUNED = ("batch8", "batch9", "batch10", "batch11", "batch12", "batch13", "batch14", "batch15",
               "batch16")


def held_out(language: str, *kinds: str, batches: tuple[str, ...] = TUNED) -> list[str]:
    """The held-out phrasings of these kinds in one language, over the given batches."""
    phrasings: list[str] = []
    for batch in batches:
        path = HELD_OUT / batch / f"{language}.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in kinds:
            phrasings.extend(data.get(kind) or ())
    return phrasings


def levels(texts: list[str]) -> Counter[CrisisLevel]:
    return Counter(crisis_level(text) for text in texts)


# --- the API ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ik wil dood", "Ik denk aan ZELFMOORD", "hij slaat mij elke dag",
    "أريد أن أموت", "بدي انتحر", "جوزي يضربني",
    "ክሞት ደልየ", "ዓመጽ ኣሎ ኣብ ገዛ",
])
def test_crisis_words_in_three_languages(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis
    assert is_crisis(text)


@pytest.mark.parametrize("text", ["dat is geweldig", "wat is de PVT", "شكرا كتير", "ሰላም", "", "   "])
def test_ordinary_messages_are_no_crisis(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none
    assert not is_crisis(text)


def test_is_crisis_is_false_for_uncertain(monkeypatch: pytest.MonkeyPatch) -> None:
    # The gentle "are you safe?" path is not the emergency one. (Which phrasing is uncertain moves
    # with every round of training phrasings, so the contract is tested on the level itself.)
    for level, expected in ((CrisisLevel.uncertain, False), (CrisisLevel.crisis, True), (CrisisLevel.none, False)):
        monkeypatch.setattr(sensitive, "crisis_level", lambda _text, level=level: level)
        assert sensitive.is_crisis("x") is expected


def test_a_signal_without_an_object_is_at_least_uncertain() -> None:
    assert crisis_level("ik wil niet meer, alles is zwart") is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "Z E L F M O O R D", "z.e.l.f.m.o.o.r.d", "zelf\u00admoord", "zel\u200bfmoord", "zelf-moord",
    "ik wil niet meer leeeeeven", "ik wil d o o d", "SUÏCIDE",
    "ا ن ت ح ا ر", "ان\u00adتحار", "أَنْتَحِرُ", "بدددي موووت", "بدي م\u200dوت",
    "ክመ\u00adውት ደልየ", "ክ መ ው ት ደ ል የ",
    "baddi mut", "bde2tol 7ali", "kimewt deleye",
])
def test_obfuscated_spellings_are_caught(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_matching_view_undoes_obfuscation() -> None:
    assert matching_view("Z E L F M O O R D") == matching_view("zelfmoord")
    assert matching_view("zelf\u00admo\u200bord") == matching_view("zelfmoord")
    assert matching_view("l.e.v.e.n") == matching_view("leven")
    assert matching_view("doooood") == matching_view("dood")
    assert matching_view("أُرِيدُ") == matching_view("اريد")
    # A full stop without a space after it still separates two words.
    assert matching_view("hallo.ik wil") == matching_view("hallo ik wil")


@pytest.mark.parametrize(("text", "subject"), [
    ("ik heb een boete gekregen", "fine"), ("وصلتني غرامة", "fine"), ("መቕጻዕቲ ተቐቢለ", "fine"),
    ("ik heb veel schulden", "debts"), ("عندي ديون", "debts"), ("ዕዳ ኣለኒ", "debts"),
    ("ik heb een klacht", "complaint"), ("بدي قدم شكوى", "complaint"), ("ጥርዓን ክገብር ደልየ", "complaint"),
    ("ik heb een bo\u00adete", "fine"), ("wanneer is mijn afspraak", None),
])
def test_sensitive_subjects(text: str, subject: str | None) -> None:
    assert sensitive_subject(text) == subject


# --- held-out figures ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_recall_on_held_out_crisis_phrasings(language: str) -> None:
    phrasings = held_out(language, "crisis", "crisis_latin")
    counted = levels(phrasings)
    caught = counted[CrisisLevel.crisis] + counted[CrisisLevel.uncertain]
    assert len(phrasings) >= 40
    assert caught / len(phrasings) >= 0.95, counted
    # Most are answered with the emergency numbers at once, not only with "are you safe?".
    assert counted[CrisisLevel.crisis] / len(phrasings) >= 0.75, counted


@pytest.mark.parametrize("language", ("ar", "ti"))
def test_latin_script_crisis_phrasings_are_caught(language: str) -> None:
    phrasings = held_out(language, "crisis_latin")
    assert len(phrasings) >= 10
    assert levels(phrasings)[CrisisLevel.none] == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_obfuscated_held_out_phrasings_are_crises(language: str) -> None:
    # Spelling variants of trained phrasings: the matching view must bring them home.
    phrasings = held_out(language, "obfuscated")
    assert phrasings
    assert [t for t in phrasings if crisis_level(t) is not CrisisLevel.crisis] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_alarming_idioms_raise_no_alarm(language: str) -> None:
    idioms = held_out(language, "idioms", "idioms_latin")
    assert len(idioms) >= 20
    alarms = [text for text in idioms if crisis_level(text) is not CrisisLevel.none]
    assert alarms == []


# Never-tuned batches (2026-11-29): caught (crisis + uncertain) and phrasings per language, and
# idioms that raised an alarm over all three languages, with the final code. Each batch was written
# before the changes it was first measured after. First measurements (totals only): batch 8 after
# the second round (nl 36/42, ar 43/45, ti 38/43), batch 9 after a few more rules (37, 32, 28 of 42),
# batch 10 after idiom rules (30, 25, 23 of 42), batch 11 after the threshold was set on 8-10 (42/42,
# 37/43, 38/42). In the fifth round the errors of 8-11 were looked at and fixed by kind, so their
# figures below are tuned; batch 12 (new kinds: worry about someone else, an earlier attempt,
# questions about means, control by phone or photos, exploitation, genital cutting, elder abuse,
# Arabizi and Latin-script Tigrinya) was written before that round: nl 39/45, ar 30/48, ti 35/47,
# 9 of 70 idioms alarmed. Round 13 (crisis/more/, the native-script reading of Latin-script text,
# uncertain threshold 0.55, classifier only from 4 words): batch 12 rose to 43/45, 45/48, 40/47 (11 of
# 70 idioms); the tuned batches 8-11 lost a little (batch 8 nl 42 -> 39, batch 9 idioms 5 -> 8,
# batch 11 ti 42 -> 40), accepted for the recall on new kinds.
# Batch 13, before round 13: nl 42/55, ar 44/69, ti 38/67, 12 of 104 idioms; after (its errors read,
# the threshold set on it): below. Batch 14 is sealed: measured once at the end of round 13.
# Batch 14, written before round 13 and sealed in it: before round 13 nl 38/54, ar 57/76, ti 47/72,
# 12 of 102 idioms alarmed; after round 13 nl 46/54, ar 69/76, ti 60/72, 13 of 102. It is a
# development batch in round 14 (its misses were read and training phrasings of their kinds added).
# Batch 15, written before round 14 (crisis/round14/, emoji as words, idioms of deadline hyperbole,
# stings, burns and games) and sealed in it: nl 48/53, ar 57/67, ti 57/66, 24 of 107 idioms alarmed;
# a development batch in round 15 (crisis/round15/: phrasings of the under-covered kinds and everyday
# uses of alarming words; threats with a bailiff, eviction or court are a debt, not danger).
# Batch 16, written before round 15 and sealed: measured once at the end of round 15.
BATCH16_SEALED = ({"nl": (48, 48), "ar": (53, 60), "ti": (53, 60)}, (15, 97))
FLOORS = {
    "batch8": ({"nl": (40, 42), "ar": (45, 45), "ti": (42, 43)}, (2, 70)),
    "batch9": ({"nl": (42, 42), "ar": (42, 42), "ti": (42, 42)}, (8, 69)),
    "batch10": ({"nl": (41, 42), "ar": (42, 42), "ti": (40, 42)}, (1, 69)),
    "batch11": ({"nl": (42, 42), "ar": (42, 43), "ti": (40, 42)}, (1, 66)),
    "batch12": ({"nl": (45, 45), "ar": (46, 48), "ti": (41, 47)}, (10, 70)),
    "batch13": ({"nl": (50, 55), "ar": (61, 69), "ti": (58, 67)}, (7, 104)),
    "batch14": ({"nl": (52, 54), "ar": (76, 76), "ti": (68, 72)}, (4, 102)),
    "batch15": ({"nl": (49, 53), "ar": (58, 67), "ti": (58, 66)}, (19, 107)),
    "batch16": BATCH16_SEALED,
}


@pytest.mark.parametrize("batch", sorted(FLOORS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_never_tuned_batch_regression_floor(batch: str, language: str) -> None:
    # Generalisation to phrasings the detector was not tuned on is below the brief's 0.95 (sealed
    # batch 16, see BATCH16_SEALED); this floor, with one phrasing of room for NLU data changes,
    # only guards against getting worse.
    crisis = held_out(language, "crisis", "crisis_latin", batches=(batch,))
    caught, total = FLOORS[batch][0][language]
    assert len(crisis) == total
    assert len(crisis) - levels(crisis)[CrisisLevel.none] >= caught - 1


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_never_tuned_batch_idiom_floor(batch: str) -> None:
    # The brief's target is 0 alarms; on batches written before the changes they were measured
    # after, about one idiom in ten raises one (mostly the gentle "are you safe?").
    idioms = [t for language in LANGUAGES for t in held_out(language, "idioms", "idioms_latin", batches=(batch,))]
    alarms, total = FLOORS[batch][1]
    assert len(idioms) == total
    assert len(idioms) - levels(idioms)[CrisisLevel.none] <= alarms + 1


def test_ordinary_messages_raise_no_crisis_and_rarely_a_question() -> None:
    sealed = set(sensitive.nlu_examples(NLU_SEALED))
    messages = [m for m in sensitive.nlu_examples(NLU_HELD_OUT) if m not in sealed]
    for language in LANGUAGES:
        messages += held_out(language, "ordinary")
    counted = levels(messages)
    assert len(messages) >= 500
    assert counted[CrisisLevel.crisis] == 0
    assert counted[CrisisLevel.uncertain] <= 0.01 * len(messages)


def test_sealed_nlu_batch_raises_no_more_crises_than_measured() -> None:
    # The sealed NLU batch (b6) is not looked at, so the crisis detector is not tuned on it either.
    # Measured at the end of round 15: 0 of its 502 messages get the emergency answer, 13 (2.6%) the
    # gentle question. (Round 14 on b5, then sealed: 1 emergency answer, from a pattern on a debt
    # collector's threat, fixed in round 15 once b5 became a development batch; 7 questions.)
    counted = levels(list(sensitive.nlu_examples(NLU_SEALED)))
    assert counted[CrisisLevel.crisis] == 0
    assert counted[CrisisLevel.uncertain] <= 13


def test_held_out_phrasings_are_not_in_the_training_data() -> None:
    crisis, idioms = sensitive.crisis_training_data()
    trained = {matching_view(text) for text in crisis + idioms}
    trained |= {matching_view(text) for text in sensitive.nlu_examples(sensitive.NLU_DATA_DIR)}
    for language in LANGUAGES:
        for text in held_out(language, "crisis", "crisis_latin", "idioms", "idioms_latin", "ordinary",
                             batches=TUNED + NEVER_TUNED):
            assert matching_view(text) not in trained, text


# --- the classifier -----------------------------------------------------------------------


def test_nothing_is_trained_or_loaded_at_import() -> None:
    code = ("import sys, inburgering.text.sensitive as s; "
            "assert s._classifier is None; assert 'sklearn' not in sys.modules; "
            "assert not any(m == 'rasa' or m.startswith('rasa.') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])


def test_classifier_is_fast_to_ask() -> None:
    # Training takes about 2 s of CPU with the round-13 phrasings (measured, not asserted: it runs
    # once, in a thread at bot start). Asking must stay cheap: the bot asks before every message.
    messages = list(sensitive.nlu_examples(NLU_HELD_OUT))[:300]
    started = time.process_time()
    for message in messages:
        crisis_level(message)
    assert (time.process_time() - started) / len(messages) < 0.005


@pytest.mark.parametrize("text", [
    "b2t" * 1365, "ضرب" * 1365, "ወቕዓ" * 1024, " ".join("abcdefghij" * 204), ".".join("abcdefghij" * 204),
])
def test_no_message_makes_the_patterns_slow(text: str) -> None:
    # One 4096-character "word" (Telegram's longest message) once took 20 s: unbounded runs inside
    # a word backtracked. Each of these now takes a few milliseconds.
    sensitive.crisis_classifier()
    started = time.process_time()
    # Noise is never a crisis (a run of the Tigrinya "hit" may ask "are you safe?").
    assert crisis_level(text) is not CrisisLevel.crisis
    assert time.process_time() - started < 0.2


def test_a_long_ordinary_message_is_fast() -> None:
    # A 4096-character message of ordinary sentences with commas (many clauses): one alternation
    # of all patterns once took 360 ms here; patterns tried one by one take a few tens of ms.
    sensitive.crisis_classifier()
    text = ", ".join(sensitive.nlu_examples(NLU_HELD_OUT))[:4096]
    started = time.process_time()
    crisis_level(text)
    assert time.process_time() - started < 0.2


def test_fast_probability_is_the_pipelines_probability() -> None:
    classifier = sensitive.crisis_classifier()
    views = [matching_view(t) for t in ("ik wil niet meer", "wanneer is mijn afspraak", "بدي موت", "ክመውት ደልየ")]
    expected = classifier.pipeline.predict_proba(views)[:, 1]
    assert [classifier.probability(v) for v in views] == pytest.approx(list(expected), abs=1e-9)


def test_classifier_catches_what_no_pattern_knows() -> None:
    # A phrasing the patterns miss but the character n-grams place among the crisis phrasings.
    text = "ما بقى عندي امل بشي وبدي روح"
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis
    assert crisis_level(text) is not CrisisLevel.none

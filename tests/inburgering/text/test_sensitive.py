"""Crisis detection and sensitive subjects (the package inburgering/text/sensitive/; the rules of each tuning round are
probed in tests/inburgering/text/sensitive/rules/).

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
batch 16. In round 16 all of batches 1-16 are development data (their misses and false alarms were
read and rules and training phrasings of their kinds added, crisis/round16/), so the figures below
are floors against regressions, not generalisation figures; the sealed batch of round 16 is not in
this file. In round 17 batch 17 (sealed in round 16) became development data too (BATCH17_SEALED keeps
its sealed figures); the sealed batch of round 17 is not in this file. In round 18 batch 18 (sealed in
round 17, BATCH18_SEALED) became development data and the NLU batch b8 ordinary development data; the
sealed batches of round 18 (crisis batch 19, NLU b9) are not read here except b9 by the sealed-NLU test.
In round 19 batch 19 (sealed in round 18, BATCH19_SEALED) became development data and NLU b9 ordinary
development data; the sealed batches of round 19 (crisis batch 20, NLU b10) are not read here except
b10 by the sealed-NLU test. In round 20 batch 20 (sealed in round 19, BATCH20_SEALED) became development
data and NLU b10 ordinary development data; the sealed batches of round 20 (crisis batch 21, NLU b11)
are not read here except b11 by the sealed-NLU test. In round 21 batch 21 (sealed in round 20,
BATCH21_SEALED) became development data and NLU b11 ordinary development data; the sealed batches of
round 21 (crisis batch 22, NLU b12) are not read here except b12 by the sealed-NLU test. In round 22
batch 22 (sealed in round 21, BATCH22_SEALED) became development data and NLU b12 ordinary development
data; the sealed batches of round 22 (crisis batch 23, NLU b13) are not read here except b13 by the
sealed-NLU test. In round 23 batch 23 (sealed in round 22, BATCH23_SEALED) became development data and NLU
b13 ordinary development data; the sealed batches of round 23 (crisis batch 24, NLU b14) are not read here
except b14 by the sealed-NLU test. In round 24 batch 24 (sealed in round 23, BATCH24_SEALED) became development
data and NLU b14 ordinary development data; the sealed batches of round 24 (crisis batch 25, NLU b15) are not
read here except b15 by the sealed-NLU test. In round 25 batch 25 (sealed in round 24, BATCH25_SEALED) became
development data and NLU b15 ordinary development data; the sealed batches of round 25 (crisis batch 26, NLU b16)
are not read here except b16 by the sealed-NLU test. In round 26 batch 26 (sealed in round 25, BATCH26_SEALED) became
development data and NLU b16 ordinary development data; the sealed batches of round 26 (crisis batch 27, NLU b17) are
not read here except b17 by the sealed-NLU test. In round 27 batch 27 (sealed in round 26, BATCH27_SEALED) became
development data and NLU b17 ordinary development data; the sealed batches of round 27 (crisis batch 28, NLU b18) are
not read here except b18 by the sealed-NLU test. In round 28 batch 28 (sealed in round 27, BATCH28_SEALED) became
development data and NLU b18 ordinary development data; the sealed batches of round 28 (crisis batch 29, NLU b19) are
not read here except b19 by the sealed-NLU test (counts only). In round 29 batch 29 (sealed in round 28, BATCH29_SEALED)
became development data and NLU b19 ordinary development data (less its lines about danger now, NLU_DANGER_NOW); the
sealed batches of round 29 (crisis batch 30, NLU b20) are not read here except b20 by the sealed-NLU test (counts only).
In round 30 batch 30 (sealed in round 29, BATCH30_SEALED) became development data and NLU b20 ordinary development data;
the sealed batches of round 30 (crisis batch 31, NLU b21) are not read here except b21 by the sealed-NLU test (counts only).
In round 31 batch 31 (sealed in round 30, BATCH31_SEALED) became development data and NLU b21 ordinary development data;
the sealed batches of round 31 (crisis batch 32, NLU b22) are not read here except b22 by the sealed-NLU test (counts only).
In round 32 batch 32 (sealed in round 31, BATCH32_SEALED) became development data and NLU b22 ordinary development data;
the sealed batches of round 32 (crisis batch 33, NLU b23) are not read here except b23 by the sealed-NLU test (counts only).
In round 33 batch 33 (sealed in round 32, BATCH33_SEALED) became development data and NLU b23 ordinary development data;
the sealed batches of round 33 (crisis batch 34, NLU b24) are not read here except b24 by the sealed-NLU test (counts only).
In round 34 batch 34 (sealed in round 33, BATCH34_SEALED) became development data and NLU b24 ordinary development data;
the sealed batches of round 34 (crisis batch 35, NLU b25) are not read here except b25 by the sealed-NLU test (counts only).
In round 35 batch 35 (sealed in round 34, BATCH35_SEALED) became development data and NLU b25 ordinary development data;
the sealed batches of round 35 (crisis batch 36, NLU b26) are not read here except b26 by the sealed-NLU test (counts only).
In round 36 batch 36 (sealed in round 35, BATCH36_SEALED) became development data and NLU b26 ordinary development data;
the sealed batches of round 36 (crisis batch 37, NLU b27) are not read here except b27 by the sealed-NLU test (counts only).
In round 37 batch 37 (sealed in round 36, BATCH37_SEALED) became development data and NLU b27 ordinary development data;
the sealed batches of round 37 (crisis batch 38, NLU b28) are not read here except b28 by the sealed-NLU test (counts only).
In round 38 batch 38 (sealed in round 37, BATCH38_SEALED) became development data and NLU b28 ordinary development data;
the sealed batches of round 38 (crisis batch 39, NLU b29) are not read here except b29 by the sealed-NLU test (counts only).
In round 39 batch 39 (sealed in round 38, BATCH39_SEALED) became development data and NLU b29 ordinary development data;
the sealed batches of round 39 (crisis batch 40, NLU b30) are not read here except b30 by the sealed-NLU test (counts only).
In round 40 batch 40 (sealed in round 39, BATCH40_SEALED) became development data and NLU b30 ordinary development data;
the sealed batches of round 40 (crisis batch 41, NLU b31) are not read here except b31 by the sealed-NLU test (counts only).
In round 41 batch 41 (sealed in round 40, BATCH41_SEALED) became development data and NLU b31 ordinary development data;
the sealed batches of round 41 (crisis batch 42, NLU b32) are not read here except b32 by the sealed-NLU test (counts only).
In round 42 batch 42 (sealed in round 41, BATCH42_SEALED) became development data and NLU b32 ordinary development data
(less its lines about danger now, NLU_DANGER_NOW); the sealed batches of round 42 (crisis batch 43, NLU b33) are not
read here except b33 by the sealed-NLU test (counts only).
In round 43 batch 43 (sealed in round 42, BATCH43_SEALED) became development data and NLU b33 ordinary development data;
the sealed batches of round 43 (crisis batch 44, NLU b34) are not read here except b34 by the sealed-NLU test (counts only).
In round 44 batch 44 (sealed in round 43, BATCH44_SEALED) became development data and NLU b34 ordinary development data;
the sealed batches of round 44 (crisis batch 45, NLU b35) are not read here except b35 by the sealed-NLU test (counts only).
In round 45 batch 45 (sealed in round 44, BATCH45_SEALED) became development data and NLU b35 ordinary development data;
the sealed batches of round 45 (crisis batch 46, NLU b36) are not read here except b36 by the sealed-NLU test (counts only).
In round 46 batch 46 (sealed in round 45, BATCH46_SEALED) became development data and NLU b36 ordinary development data;
the sealed batches of round 46 (crisis batch 47, NLU b37) are not read here except b37 by the sealed-NLU test (counts only).
In round 47 batch 47 (sealed in round 46, BATCH47_SEALED) became development data and NLU b37 ordinary development data;
the sealed batches of round 47 (crisis batch 48, NLU b38) are not read here except b38 by the sealed-NLU test (counts only).
In round 48 batch 48 (sealed in round 47, BATCH48_SEALED) became development data and NLU b38 ordinary development data;
the sealed batches of round 48 (crisis batch 49, NLU b39) are not read here except b39 by the sealed-NLU test (counts only).
In round 49 batch 49 (sealed in round 48, BATCH49_SEALED) became development data and NLU b39 ordinary development data;
the sealed batches of round 49 (crisis batch 50, NLU b40) are not read here except b40 by the sealed-NLU test (counts only).
In round 50 batch 50 (sealed in round 49, BATCH50_SEALED) became development data and NLU b40 ordinary development data;
the sealed batches of round 50 (crisis batch 51, NLU b41) are not read here except b41 by the sealed-NLU test (counts only).
In round 51 batch 51 (sealed in round 50, BATCH51_SEALED) became development data and NLU b41 ordinary development data;
the sealed batches of round 51 (crisis batch 52, NLU b42) are not read here except b42 by the sealed-NLU test (counts only).
In round 52 batch 52 (sealed in round 51, BATCH52_SEALED) became development data and NLU b42 ordinary development data;
the sealed batches of round 52 (crisis batch 53, NLU b43) are not read here except b43 by the sealed-NLU test (counts only).
In round 53 batch 53 (sealed in round 52, BATCH53_SEALED) became development data and NLU b43 ordinary development data;
the sealed batches of round 53 (crisis batch 54, NLU b44) are not read here except b44 by the sealed-NLU test (counts only).
In round 54 batch 54 (sealed in round 53, BATCH54_SEALED) became development data and NLU b44 ordinary development data;
the sealed batches of round 54 (crisis batch 55, NLU b45) are not read here except b45 by the sealed-NLU test (counts only).
"""

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from inburgering.text import sensitive
from inburgering.text.sensitive import classifier, detector, patterns
from inburgering.text.sensitive import CrisisLevel, crisis_level, is_crisis, matching_view, sensitive_subject

HELD_OUT = Path(__file__).parent / "crisis"
NLU_HELD_OUT = Path(__file__).parents[2] / "nlu"


NLU_SEALED = NLU_HELD_OUT / "b45"  # sealed for the NLU (scripts/eval_nlu.py): its texts are never shown
# (messages, emergency answers, gentle questions) of the sealed NLU batch, measured once at the end of round 54
# (b44's, at the end of round 53: (678, 1, 4); b43's, at the end of round 52: (678, 0, 6); b42's, at the end of round 51: (678, 2, 5); b41's, at the end of round 50: (678, 1, 3); b40's, at the end of round 49: (678, 2, 6); b39's, at the end of round 48: (678, 0, 4); b38's, at the end of round 47: (678, 0, 5); b37's, at the end of round 46: (678, 2, 4); b36's, at the end of round 45: (678, 0, 6); b35's, at the end of round 44: (678, 1, 9); b34's, at the end of round 43: (678, 1, 10); b33's, at the end of round 42: (678, 0, 2); b32's, at the end of round 41: (678, 10, 7); b31's, at the end of round 40: (678, 1, 8); b30's, at the end of round 39: (678, 0, 7); b29's, at the end of round 38: (678, 0, 4); b28's, at the end of round 37: (678, 0, 2); b27's, at the end of round 36: (678, 0, 10); b26's, at the end of round 35: (678, 0, 8); b25's, at the end of round 34: (679, 0, 12); b24's, at the end of round 33: (680, 0, 6); b23's, at the end of round 32: (679, 2, 5); b22's, at the end of round 31: (680, 0, 7); b21's, at the end of round 30: (676, 1, 11); b20's, at the end of round 29: (502, 1, 6); b19's, at the end of
# round 28: (502, 17, 12); b18's, at the end of round 27: (502, 1, 2)).
NLU_SEALED_MEASURED: tuple[int, int, int] | None = (678, 1, 5)
# The NLU held-out files used as ordinary messages, named (not globbed): a later sealed NLU batch
# (b45, ...) must not be read here.
NLU_ORDINARY = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17",
                "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33",
                "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44")
# NLU lines that are not ordinary: violence or a threat now, labelled report_sensitive (the brief of b19's writers named
# violence at home there). Their emergency answer (113/112, the regisseur told) is the intended one: they are left out
# of the ordinary messages and must keep an alarm.
NLU_DANGER_NOW = {
    "جوزي عم يضربني وأنا خايفة", "في حدا عم يهددني، بدي احكي مع شخص", "Mijn man slaat mij en ik durf niet naar huis.",
    "Iemand bedreigt mij en ik wil dit met een persoon bespreken.", "ሰብኣየይ ኣብ ገዛ ይወቕዓኒ እዩ፣ ምስ ሰብ ክዛረብ እደሊ።",
    "ሓደ ሰብ የፈራርሃኒ ኣሎ፣ ሓገዝ የድልየኒ።", "jozi 3am yedrobni", "fi 7ada 3am yhaddedni w ana 5ayfe",
    "seb'ayey ab geza yweq'ani iyu, hagez delye", "hade seb yfrarhani alo, mis seb kzareb delye",
    "mijn man hij slaan mij, ik bang thuis", "iemand zeg hij gaat mij pijn doen, help mij alstublieft",
    "ما بعرف إذا هاد المكان الصح بس ما عندي حدا احكيله، جوزي من فترة صار يعصب كتير ويكسر أغراض بالبيت وامبارح دفعني على الحيط "
    "قدام الولاد، وأنا خايفة كتير",
    "في شب من نفس البناية عم يلحقني كل يوم ويبعتلي رسائل فيها تهديد إنو رح يأذيني إذا حكيت لحدا، ما بعرف لمين احكي وصرت خاف "
    "اطلع من البيت",
    "Ik weet niet goed aan wie ik dit moet vertellen. Mijn schoonfamilie woont bij ons in en de laatste tijd worden ze "
    "steeds bozer op mij. Gisteren heeft mijn schoonbroer mij geduwd en gezegd dat ik mijn mond moet houden. Ik wil "
    "hierover met iemand praten.",
    "Een man uit mijn vroegere AZC stuurt mij berichten dat hij weet waar ik woon en dat hij mij iets zal aandoen als ik "
    "niet betaal. Ik ben erg bang en durf bijna niet meer naar buiten. Kan iemand van de gemeente mij helpen?",
    "ናይዚ ክጽሕፍ ብጣዕሚ እሓፍር እየ ግን ካልእ ዝሕግዘኒ የብለይን። ሰብኣየይ ምስ ሰተየ ይወቕዓኒ፣ ንደቀይ እውን የፈራርሆም ኣሎ። ብዛዕባ ቆጸራ ኣይኮንኩን ዝሓትት፣ "
    "ምስ ሓደ ሰብ ብምስጢር ክዛረብ እደሊ።",
    "أخي عم يهددني إذا ما عطيته المعاش تبعي، ما بعرف شو اعمل",
    "Dit gaat niet over mijn afspraak: mijn ex dreigt mij en mijn kinderen iets aan te doen.",
    "ብዛዕባ ቆጸራ ኣይኮነን፣ ኣብ ገዛ ሰብኣየይ የፈራርሃኒ ኣሎ።",
    # b32 (round 42; the brief of its writers, written in round 40, named violence and threats under report_sensitive too):
    # violence at home now. (Its "جوزي عم يضربني وأنا خايفة" is b19's line, above.) The Tigrinya long line says "my life
    # is not in danger now" of a husband who beats her when drunk: violence at home, kept here.
    "Mijn man slaat mij als hij boos is", "ሰብኣየይ ይወቕዓኒ ኣሎ፡ ሓገዝ እደሊ", "jozi 3am yedrobni w ana 5ayfe",
    "seb'ayey ywqe'ani alo", "man mij slaan thuis ik bang",
    "ما بعرف إذا هون المكان الصح لأحكي هالشي، بس جوزي صار يصرخ علي ويضربني كل ما يعصب، وما عندي حدا هون بهولندا، ما بدي "
    "شرطة بس بدي حدا يساعدني",
    "Ik weet niet goed aan wie ik dit moet vertellen. Mijn man controleert mijn telefoon en mijn geld, en als ik naar de "
    "taalles wil gaan wordt hij boos en duwt hij mij. Ik ben bang thuis.",
    "ክዛረብ እፈርሕ ነይረ ግን ክነግረኩም ደልየ። ሰብኣየይ ምስ ሰተየ ይጭድረለይን ይወቕዓንን። ቆልዑ ውን ይፈርሑ ኣለዉ። ሕጂ ህይወተይ ኣብ ሓደጋ የለን ግን ሓገዝ "
    "የድልየኒ።",
}
LANGUAGES = ("nl", "ar", "ti")


TUNED = tuple(f"batch{n}" for n in range(1, 8))
# Written before the rounds they were first measured after; development data since (round 16: all).
NEVER_TUNED = ("batch8", "batch9", "batch10", "batch11", "batch12", "batch13", "batch14", "batch15",
               "batch16", "batch17", "batch18", "batch19", "batch20", "batch21", "batch22",
               "batch23", "batch24", "batch25", "batch26", "batch27", "batch28", "batch29", "batch30", "batch31", "batch32",
               "batch33", "batch34", "batch35", "batch36", "batch37", "batch38", "batch39", "batch40", "batch41",
               "batch42", "batch43", "batch44", "batch45", "batch46",
               "batch47", "batch48", "batch49", "batch50", "batch51", "batch52", "batch53", "batch54")


def nlu_ordinary_messages() -> list[str]:
    """Ordinary messages from the NLU held-out sets: the top-level files and the batches named above."""
    messages: list[str] = []
    for path in sorted(NLU_HELD_OUT.glob("*.yml")):
        messages.extend(sensitive.nlu_examples_in(path))
    for batch in NLU_ORDINARY:
        messages.extend(sensitive.nlu_examples(NLU_HELD_OUT / batch))
    return [message for message in messages if message not in NLU_DANGER_NOW]


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
        monkeypatch.setattr(detector, "crisis_level", lambda _text, level=level: level)
        assert detector.is_crisis("x") is expected


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


@pytest.mark.parametrize(("text", "level"), [
    # a keyword split over whole words is still the keyword
    ("ik denk aan zelf moord", CrisisLevel.crisis), ("ርእሰ ቅትለት ክፍጽም ሓሲበ", CrisisLevel.crisis),
    ("بدي ان تحر", CrisisLevel.crisis), ("ik denk aan sui cide", CrisisLevel.crisis),
    # ordinary words that only read as one across a word break (round 37)
    ("لازم ان تحرك السيارة من هون", CrisisLevel.none), ("كانت حرارتو عالية امبارح", CrisisLevel.none),
    ("المباراة كانت حرب", CrisisLevel.none), ("لازم ان تحارب عشان تنجح", CrisisLevel.none),
])
def test_keywords_split_over_words_begin_and_end_with_them(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


def test_words_joined_by_hyphens_stay_words() -> None:
    # Three or more words joined by hyphens are words written together (round 16); one hyphen inside
    # a word is still an obfuscation ("zelf-moord").
    assert matching_view("ik-wil-niet-meer-leven") == matching_view("ik wil niet meer leven")
    assert matching_view("ما-بدي-ضل-عايشة") == matching_view("ما بدي ضل عايشة")
    assert matching_view("zelf-moord") == matching_view("zelfmoord")
    assert crisis_level("ik-wil-niet-meer-leven") is CrisisLevel.crisis


class _FixedClassifier:
    """A classifier that gives every message the same probability."""

    def __init__(self, probability: float) -> None:
        self._probability = probability

    def probability(self, view: str) -> float:
        return self._probability


# Round 24: things that "do not respond" are no emergency: a website, an app or a phone that fell, someone who
# does not answer messages, a pet that does not come (the website and the phone had the emergency answer).
@pytest.mark.parametrize("text", [
    "de website viel weg en reageert niet meer", "de app reageert niet meer", "de DigiD pagina reageert niet meer",
    "mijn telefoon viel en reageert niet meer", "mijn laptop is gevallen en doet niks meer",
    "hij reageert niet meer op mijn berichten", "de gemeente reageert niet op mijn brief",
    "mijn kat reageert niet meer op haar naam", "الموقع وقع وما عم يرد", "تلفوني وقع وما عم يستجيب",
])
def test_things_that_do_not_respond_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "mijn vader viel en reageert niet meer", "opa ligt op de grond en reageert niet als ik hem roep",
    "ابوي وقع وما عم يرد علي", "mijn telefoon doet niks meer en mijn man slaat me",
])
def test_a_person_who_does_not_respond_is_still_an_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


# Round 25, older rules that were too wide: "het water" (the view squeezes "heet" to "het"), the Dutch
# "net ... met" under an Arabizi idiom for a dead internet, all pills picked up at the pharmacy.
@pytest.mark.parametrize(("text", "level"), [
    ("de kinderen spelen bij het water met hun vader", CrisisLevel.none),
    ("mijn zoon heeft heet water over zich heen gekregen", CrisisLevel.crisis),
    ("mijn man heeft mij net geslagen met de stoel", CrisisLevel.crisis),
    ("el net mat w ra7 kel shi", CrisisLevel.none),
    ("ik heb alle pillen van de dokter opgehaald bij de apotheek", CrisisLevel.none),
    ("ik heb alle pillen opgehaald en vanavond neem ik ze allemaal", CrisisLevel.crisis),
    ("alle pillen van mijn moeder liggen klaar", CrisisLevel.crisis),
])
def test_round25_narrower_old_rules(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


# Round 27, end (the lead): "geen grapje" says it is NOT a joke; suicide misspelt; wrists cut; hitting oneself.
@pytest.mark.parametrize(("text", "level"), [
    ("ik meen het, ik denk aan zelfmoord, dit is geen grapje", CrisisLevel.crisis),
    ("denk al weken over zelfmoort na", CrisisLevel.crisis),
    ("mijn polsen zijn opengesneden en het bloed stopt niet", CrisisLevel.crisis),
    ("ik snij mezelf weer, niemand weet het", CrisisLevel.crisis),
    ("ik sla mezelf als ik boos ben, ik voel dan niks", CrisisLevel.crisis),
    ("ik denk aan zelfmoord haha grapje", CrisisLevel.uncertain),
    ("de tandarts zei grapje toen hij over het boren praatte", CrisisLevel.none),
])
def test_round27_lead_rules(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


def test_next_to_an_idiom_the_classifier_alone_only_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    # "my laptop died and everything is gone": the rest of a message with an idiom in it gets at
    # most the gentle question from the classifier; the emergency answer needs a rule (round 16).
    monkeypatch.setattr(detector, "crisis_classifier", lambda: _FixedClassifier(0.99))
    assert crisis_level("mijn laptop is helemaal dood en al mijn werk is weg") is CrisisLevel.uncertain
    assert crisis_level("al mijn werk van deze week is weg") is CrisisLevel.crisis


def test_the_mark_of_an_idiom_is_not_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # "mijn telefoon is dood, alles kwijt" leaves three words besides the idiom: a short message,
    # where a classifier that is not near certain asks nothing (round 16).
    monkeypatch.setattr(detector, "crisis_classifier", lambda: _FixedClassifier(0.8))
    assert crisis_level("mijn telefoon is dood, alles kwijt") is CrisisLevel.none
    assert crisis_level("mijn telefoon is dood, alles is nu kwijt") is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    "ons team speelde gisteren en de keeper was dood van de zenuwen", "hoeveel eenheden insuline bij het ontbijt",
    "بنتي بتلعب ببجي وبتقتل الكل", "el deadline taba3 el inburgering ra7 ti2telni",
    "ኣብ ፊልም እቲ ጀግና ይመውት", "ቪታሚን D ንቆልዓ ክንደይ",
])
def test_round16_idioms_raise_no_alarm(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik zit in de dichte garage en de motor draait", "voordat ik er niet meer ben wil ik mijn dochter zien",
    "عم يخنقها بالمطبخ", "علقت الحبل بالسقف", "ሓወይ ንሓፍተይ ሃሪሙዋ ሰብኣያ ድማ ወቒዑዋ",
    "ኣብ መቓብር ምስ ኣቦይ ክኸውን ደልየ",
])
def test_round16_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


def test_next_to_a_game_or_film_no_emergency_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # Round 17: a game, sport, film or cooking cue caps both nets at the gentle question (grooming in
    # a game is still asked about, with 113/112); a laugh leaves the classifier alone silent.
    monkeypatch.setattr(detector, "crisis_classifier", lambda: _FixedClassifier(0.99))
    assert crisis_level("in de film wil hij niet meer leven en hij zegt het elke avond") is CrisisLevel.uncertain
    assert crisis_level("mijn broer zegt dat het huis van oma weg moet 😂") is CrisisLevel.none
    assert crisis_level("ik wil niet meer leven haha") is CrisisLevel.uncertain
    assert crisis_level("mijn broer zegt dat het huis van oma weg moet") is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "mijn tante ligt in de keuken en reageert niet als ik haar schud", "de co melder gaat af en de kinderen zijn suf en misselijk",
    "zijn lippen zijn blauw en hij ademt bijna niet", "ابوي فاقد الوعي بالصالون",
    "ጓለይ ኣይትተንፍስን ዘላ", "ሕጂ ካብ ባልኮን ክዘልል እየ", "mijn buurman bloedt heel erg na een ongeluk met de zaag",
    "جدتي فجأه تمها مايل وما عم تحكي منيح", "ኣቦሓጎይ ኣፉ ተጠውዩ ክዛረብ ኣይክእልን",
])
def test_round17_rules_catch_acute_danger(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "mijn zus vermoordt me als ik haar laatste koekje opeet", "we zijn ingemaakt 7-0 door de buren",
    "دبحنا تلت جاجات للعيد", "el ostaz ra7 yedba7ni eza nsit el wajeb",
    "ናይ ምምሕዳር ገደብ ግዜ ክቐትለኒ እዩ", "ሎሚ ኣብ ኣውቶቡስ ሙቐት ሓኒቑና",
])
def test_round17_idioms_raise_no_alarm(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "wij hebben drie dagen niet gegeten tijdens de ramadan", "de gemeente reageert niet op mijn mail",
    "mijn zoon heeft zijn knie opengehaald, er was veel bloed maar het gaat weer",
    "السير ما عم يتحرك", "فاتوره الغاز عطتني صداع", "ኣደይ ኣብ ዋትስኣፕ ኣይትምልስን",
])
def test_round17_acute_rules_need_their_context(text: str) -> None:
    # The acute-danger rules ask for a body in danger, not a word: "does not respond", "gas",
    # "blood" and "days without food" alone are ordinary.
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "de wond aan zijn hand blijft maar bloeden, het stopt niet", "mijn schoonzus doet de deur op slot en ik kan nergens heen",
    "de eigenaar van de kwekerij houdt onze paspoorten en we werken zonder loon", "mijn zoon viel neer in de gang en zijn armen schokken",
    "hij zei je komt er niet levend uit", "كل يوم بيقفلني بالغرفة وبياخد المفتاح", "صدري عم يوجعني وايدي مخدرة",
    "ካብ ዝስጎግ ሞት ይሓይሽ", "ደም ኣይቋረጸን ኣሎ", "ኣቦሓጎይ ኣብ መሬት ኣለዉ ኣይምልሱን", "wedey sabun setiyu",
    "ik heb gif gekocht voor de ratten maar ik wil het zelf opdrinken",
])
def test_round18_rules_catch_kinds_missed_before(text: str) -> None:
    # Round 18 (batch 18 read): bleeding that does not stop, locked in, papers held by a boss, a
    # collapse with shaking, chest pain with a numb arm, death rather than going back, polite forms of
    # "does not answer", Latin-script Tigrinya; poison for pests does not hide poison "for myself".
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "er zitten muizen op zolder, ik heb gif gekocht om ze dood te maken", "عندنا فيران بالقبو اشتريت سم",
    "ኣብ ገዛ ኣንጭዋ ኣለዉ መርዚ ገዚአ", "mijn knieen doen pijn van het traplopen, ik ga dood", "اموت فيكي يا بنتي",
    "als ik nog een keer naar DUO moet bellen spring ik uit het raam", "mijn telefoon is dood, ik ga dood",
])
def test_round18_idioms_raise_no_alarm(text: str) -> None:
    # Poison for mice, pain from walking "I am dying", love, a chore "once more"; "§ ik ga dood" after
    # an idiom is the same hyperbole (the rule looked for "dood" in a view that squeezes it to "dod").
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize(("text", "level"), [
    ("ik ben zwanger en heb veel bloed verloren", CrisisLevel.crisis), ("de kerstboom vatte vlam in de woonkamer", CrisisLevel.crisis),
    ("mijn vader spuugt bloed", CrisisLevel.crisis), ("البيت عم يحترق", CrisisLevel.crisis), ("ابوي عم يستفرغ دم", CrisisLevel.crisis),
    ("ገዛና ይነድድ ኣሎ", CrisisLevel.crisis), ("ሓወይ ሳሙና ሰትዩ", CrisisLevel.crisis), ("ኣደይ ደም ትተፍእ ኣላ", CrisisLevel.crisis),
    ("ሓላፊ ዓሚጹኒ", CrisisLevel.crisis), ("wedey aytnfsn", CrisisLevel.crisis), ("ana 3al jeser w bdi not", CrisisLevel.crisis),
    ("ኣቦይ ጸጋማይ ኢዱ ኣይንቀሳቐስን ክዛረብ ኣይክእልን", CrisisLevel.crisis),
    ("sarelna 3 iyam ma akalna", CrisisLevel.uncertain), ("ኣብ መናፈሻ ምስ ደቀይ ንድቅስ ኣለና", CrisisLevel.uncertain),
    ("صاحب البيت طردنا ونحنا بالشارع", CrisisLevel.uncertain), ("arba3te mealti megbi ayblnan", CrisisLevel.uncertain),
])
def test_round19_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    # Round 19 (batch 19 read; own probes, not its lines): pregnancy with danger signs, fire at home,
    # vomiting or spitting blood, a cleaner drunk by an adult, Tigrinya verb forms of rape and of "does
    # not breathe" (Latin), signs of a stroke, put out on the street, no food for days.
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ik kan het journaal niet meer aanzien, al die doden", "الاخبار كلها موت ما عاد فيني شوف", "ezi debdabe yqetlenni ale",
    "ኣቦይ ነጥበይ እንተ ሪኢዩ ክቐትለኒ እዩ", "كنت رح موت من الكريب بس هلق منيح", "ibni bel fortnite bi2ol ra7 2otlak",
    "الامتحان متل السيف على راسي", "ብሰዓል ክመውት ቀሪበ ነይረ ሕጂ ግን ደሓን እየ",
])
def test_round19_idioms_are_cut_out(text: str) -> None:
    # News one cannot watch, "this letter kills me" (Latin), a trivial threat in Tigrinya word order
    # (the thing before the condition), nearly died but well now, game shouts, a sword over one's head.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round19_a_pregnancy_alone_is_no_signal() -> None:
    assert sensitive.pattern_level("mijn vrouw is zwanger en kan niet naar de les") is CrisisLevel.none
    assert sensitive.pattern_level("mijn keel staat in brand van de sambal") is CrisisLevel.none


def test_round18_nlu_pregnancy_is_not_a_burden() -> None:
    # "ነፍሰ ጾር እየ" (I am pregnant) contains "ጾር እየ" (I am a burden); two ordinary b8 messages asked.
    assert sensitive.pattern_level("ነፍሰ ጾር እየ፣ ናብ ዑደት ክኸይድ ኣለኒ ድዩ?") is CrisisLevel.none
    assert sensitive.pattern_level("ንኹሉ ሰብ ጾር እየ") is CrisisLevel.uncertain


@pytest.mark.parametrize(("text", "level"), [
    ("mijn zoon is uit het raam gevallen van de vierde verdieping", CrisisLevel.crisis),
    ("ابني وقع من السطح وما عم يحكي", CrisisLevel.crisis),
    ("ወደይ ካብ ባልኮኒ ወዲቑ", CrisisLevel.crisis),
    ("er viel een pan kokend water over mijn dochter, haar huid komt los", CrisisLevel.crisis),
    ("het ruikt naar gas in de gang en de buurvrouw doet niet open", CrisisLevel.crisis),
    ("ደወል ካርቦን ሞኖክሳይድ ይጭርሕ ርእሰይ ይሓምም ይዞረኒ", CrisisLevel.crisis),
    ("ጓለይ ካብ ንጉሆ ኣይተመልሰትን ኣበይ ከም ዘላ ዝፈልጥ የለን", CrisisLevel.crisis),
    ("gualey tefia", CrisisLevel.crisis),
    ("صاحب البيت بدو ينام معي بدل الاجار", CrisisLevel.crisis),
    ("ህጻነይ ረስኒ ኣለዎ ኣይበራበርን", CrisisLevel.crisis),
    ("ንሓብተይ ብግዲ ከመርዕውዋ እዮም", CrisisLevel.crisis),
    ("ዝመጽእ ወርሒ ብህይወት ኣይክህሉን እየ", CrisisLevel.crisis),
    ("ma 3ad fini 3ish", CrisisLevel.crisis),
    ("kab tsbah resey kqetl eye", CrisisLevel.crisis),
    ("mijn jas heb ik weggegeven, waar ik heen ga heb ik hem niet meer nodig", CrisisLevel.crisis),
    ("ما بتفرق، بعد اسبوع ما رح كون موجود", CrisisLevel.uncertain),
    ("መደቀሲ የብልናን ምስ ቆልዑ", CrisisLevel.uncertain),
])
def test_round20_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    # Round 20 (batch 20 read; own probes, not its lines): a fall from a height, a scald, gas or carbon
    # monoxide, a missing child, sex for the rent, a feverish limp baby, forced marriage, farewells
    # inside ordinary questions, belongings given away, no place to sleep with children.
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "mijn oma zegt altijd ik ga dood als jullie niet blijven eten", "جدتي دايما بتقول بموت اذا ما زرتوني",
    "ኣቦይ ወትሩ እንተዘይደወልኩም ክመውት እየ ይብል", "ውጽኢት ንምፍላጥ ክመውት ደልየ", "ካብ ሓጎስ ክዘልል ደልየ",
    "ኣውቶቡስ ተሰሪዙ ክጽለል እየ", "ቡን ከይሰተኹ ከም ምዉት እየ", "ወደይ ኣብ መሐምበሲ ክዘልል ይደሊ",
    "ابني بالكاراتيه عم يتعلم الضرب", "ik heb een bloedhekel aan sneeuw", "ሓላፊየይ እንተደንጕየ ክቐትለኒ እዩ",
    "ezi fetena yiqetleni alo", "btmyet yimewt aleku",
])
def test_round20_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "mijn man vermoordt me als ik mijn telefoon kapot maak en naar de politie ga",
    "hij zegt altijd ik ga dood als je me verlaat", "ሰብኣየይ ወትሩ እንተገዲፍክኒ ክመውት እየ ይብል",
])
def test_round20_a_serious_word_near_a_threat_keeps_it(text: str) -> None:
    # The check for a serious condition once stood before a space and never saw a word (round 20).
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize(("text", "missing"), [
    # round 41: a thing that got lost, with the children and the time in the same message (NLU b31 had one such line)
    ("ወረቐት ናይ ቆጸራ ጠፊኡኒ ደቀይ ዝደርበይዎ ይመስለኒ ሰዓት ክንደይ እዩ", False),
    ("kard bank tefiuni deqey ztsewetu ymesleni seat kndey eyu", False),
    # a child who got lost stays a missing child, also next to a lost phone
    ("ጓለይ ካብ ቤት ትምህርቲ ጠፊኣ ሰዓት ሰለስተ ኣበይ ከም ዘላ ዝፈልጥ የለን", True),
    ("ስልከይ ጠፊኡ ጓለይ ድማ ጠፊኣ ካብ ሰዓት ሰለስተ", True),
    ("wedey tefiu kab seat 3 polis dewilna", True),
])
def test_round20_a_lost_thing_is_no_missing_child(text: str, missing: bool) -> None:
    from inburgering.text.sensitive.matching import _compile
    from inburgering.text.sensitive.rules import round20
    view = patterns._without_idioms(matching_view(text))
    child_rules = [rule for rule in round20._ROUND20_CRISIS if "ኣይተመልሰን" in rule or "tefiu" in rule]
    assert len(child_rules) == 2
    assert any(_compile([rule]).search(view) for rule in child_rules) is missing


@pytest.mark.parametrize(("text", "level"), [
    ("ik wil mijn auto gewoon tegen een muur rijden, dan is het klaar", CrisisLevel.crisis),
    ("ik hoorde het buurmeisje gillen en schreeuwen en daarna harde klappen", CrisisLevel.crisis),
    ("mijn zoontje heeft een knikker doorgeslikt en hij kan niet ademen", CrisisLevel.crisis),
    ("ik drink al een week expres niks, hoe lang tot mijn hart stopt", CrisisLevel.crisis),
    ("بطلت دوا القلب، شو الفايدة", CrisisLevel.crisis),
    ("كانوا رابطيني بالغرفة وهربت، هلق متخبية عند الجيران", CrisisLevel.crisis),
    ("في ريحة غاز بالمطبخ والبيبي نايم", CrisisLevel.crisis), ("ri7et el gaz ktir w ana dayekh", CrisisLevel.crisis),
    ("ኣፍ ልቡ ይሓምሞ ኣሎ ብዙሕ ይረሃጽ ናብ ጸጋም ኢዱ", CrisisLevel.crisis), ("ደም ካብ ኢዱ ይፍንጫሕ ኣሎ", CrisisLevel.crisis),
    ("ዓርከይ ደሓን ኩኑ ኢሉ ተሌፎኑ ተዓጽዩ", CrisisLevel.crisis), ("ካብዛ ዓለም ደኺመ ደቂሰ ክተርፍ ደልየ", CrisisLevel.crisis),
    ("mewedaeta qaley iyu", CrisisLevel.crisis), ("tsbah ab ma3tso geza tiseebeni neyra", CrisisLevel.crisis),
    ("حددت اليوم، بذكرى موت امي", CrisisLevel.uncertain), ("الليلة نحنا بالشارع وولادي معي", CrisisLevel.uncertain),
    ("ሰለስተ መዓልቲ መግቢ ኣብ ገዛ የለን", CrisisLevel.uncertain), ("ኣይገድስን፣ ሽዑ ኣነ ኣይክህሉን እየ", CrisisLevel.uncertain),
])
def test_round21_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    # Round 21 (batch 21 read; own probes, not its lines): a vehicle into a wall, a child screaming next
    # door and blows, choking, starving "until the heart stops", heart or insulin medicine stopped "what is
    # the point", tied up and hiding, gas with a sleeping baby (also Arabizi), chest pain as a Tigrinya verb,
    # spurting blood, a farewell and a phone switched off, "sleep and stay", Latin-script last message and
    # stalking; a date on a death's anniversary, a night on the street, days without food, "I won't be there".
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "in de serie valt hij van de brug maar hij overleeft het", "mijn tong staat in brand van die pepers",
    "mijn tomatenplanten zijn dood door de hitte", "bij de ehbo cursus oefenden we wat je doet als iemand niet ademt",
    "feyenoord werd afgeslacht gisteren", "بالمسلسل البطل وقع من الجسر بس عاش", "لساني ولع من الفلفل",
    "الورد عالبلكون يبس من الحر", "بالدورة تعلمنا شو منعمل اذا حدا اغمي عليه", "فريقنا انغلب 3-1",
    "الكنافة هون بتموت من طيبها", "ኣብቲ ፊልም እታ ጓል ካብ ድልድል ዘሊላ", "መልሓሰይ ብበርበረ ሓዊ ኮይኑ",
    "ኣብ ኮርስ ቀዳማይ ረድኤት ሰብ እንተ ዓንዲሉ እንታይ ንገብር ተማሂርና", "ሽሮ ናይ ኣደይ የሞት እዩ",
    "ኣብ መርዓ ክመውት ዝብል ደርፊ ደሪፎም", "ብሰልቺ ሞይተ ኣብ ገዛ", "መጋረጃ ኣብ መስኮት ከመይ ጌረ ክሰቅሎ",
])
def test_round21_idioms_are_cut_out(text: str) -> None:
    # A film or series character, a mouth on fire, dead plants, a first-aid lesson, a beaten team, food
    # that "kills", a song, dying of boredom, hanging a curtain.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "اخترت يوم الخميس لخلص الاوراق بالبلدية", "اخترت تاريخ ذكرى زواجنا للحفلة",
    "وقفت دوا الضغط لانو ما في فايدة منه، الدكتور رح يغيرو", "الليلة رايحين عالشارع التجاري مع الولاد",
    "de baby verslikt zich soms in melk, maar hij hoest het weer op", "mijn dochter eet expres niet haar groente, wat moet ik doen",
    "ጽባሕ ደቂሰ ክተርፍ እደሊ፣ ስራሕ የብለይን", "hoe lang duurt het voordat mijn verblijfsvergunning klaar is",
])
def test_round21_rules_need_their_context(text: str) -> None:
    # A date without a death, a medicine that does not help, an evening walk, sleeping in, a slow permit.
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize(("text", "level"), [
    ("mijn man valt op de grond, hij schokt en er komt schuim uit zijn mond", CrisisLevel.crisis),
    ("opa is in de tuin gevallen en kan niet meer opstaan", CrisisLevel.crisis),
    ("mijn neef heeft zich opgehangen op zolder", CrisisLevel.crisis),
    ("een onbekende man heeft mijn zoon in een busje getrokken", CrisisLevel.crisis),
    ("i want to die, i am so tired", CrisisLevel.crisis), ("ik heb met opzet gootsteenontstopper gedronken", CrisisLevel.crisis),
    ("mijn zus zit in bad en het water is helemaal rood", CrisisLevel.crisis),
    ("ريحة الغاز قوية كتير بالبناية", CrisisLevel.crisis), ("اخوي شنق حاله بالغرفة", CrisisLevel.crisis),
    ("جارنا معه بارودة وعم يقول رح يقوص الكل", CrisisLevel.crisis), ("حلقي عم يسكر بعد ما اكلت الجوز", CrisisLevel.crisis),
    ("بلعت تلاتين حبة من الدوا", CrisisLevel.crisis), ("جدتي وقفت عن التنفس", CrisisLevel.crisis),
    ("fi 7ari2 w ma fina nenzel, el daraj m3abba d5an", CrisisLevel.crisis),
    ("ሓወይ ብኤሌክትሪክ ተሃሪሙ ወዲቑ", CrisisLevel.crisis), ("ረድኡኒ ክመውት'የ", CrisisLevel.crisis),
    ("ህይወተይ ክውድኦ ወሲነ", CrisisLevel.crisis), ("ሎሚ ምሸት ኣይክህሉን እየ፣ የቐንየለይ", CrisisLevel.crisis),
    ("ኣቦይ ዝኽሪ የብሉን ካብ ገዛ ወጺኡ ኣይተመለሰን", CrisisLevel.crisis), ("ሓላፊ ብሓይሊ ክዳውንተይ ከውጽእ ፈቲኑ", CrisisLevel.crisis),
    ("ik heb alles geregeld, sorry", CrisisLevel.uncertain), ("ما عندي بيت من اليوم ومعي بيبي", CrisisLevel.uncertain),
    ("ሰለስተ መዓልቲ ዝበልዖ የብልናን", CrisisLevel.uncertain), ("ጽባሕ ኣይክህሉን እየ", CrisisLevel.uncertain),
    ("ካብ ሰሙን ኣይበላዕኩን", CrisisLevel.uncertain),
])
def test_round22_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    # Round 22 (batch 22 read; own probes, not its lines): a seizure, an old person fallen, someone else who
    # hanged himself, a child pulled into a van, English, a cleaner drunk, red bath water, a strong smell of
    # gas, a gun and a threat, a closing throat, many pills, stopped breathing, fire and smoke on the stairs
    # (Arabizi), an electric shock, "help me, I am dying" contracted, "finishing my age", "I will not be there
    # tomorrow" with a farewell, dementia and gone, forced undressing; "everything arranged, sorry", no home
    # with a baby, no food for days, a clause that is only "tomorrow I will not be".
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "wat betekent de uitdrukking het mes op de keel zetten", "ik wil mijn laptop uit het raam gooien",
    "klein sneetje in mijn vinger bij het aardappels schillen", "de hitte hier is niet om te overleven",
    "het gas is op, wie kan ik bellen", "zijn woorden deden me pijn", "بموت على الملوخية", "البرد هون عم يقتلنا",
    "الغاز خلص", "جرحني بكلامه", "ዝሑል ናይዛ ሃገር ይቐትለና", "ጋዝ ወዲኡ ኣብ ገዛና", "ብቓላቱ ጎዲኡኒ",
])
def test_round22_idioms_are_cut_out(text: str) -> None:
    # The meaning of an expression, a laptop out of the window, a small cut while cooking, weather "not to
    # survive", the gas that ran out, words that hurt, "I die for" a dish, the cold that "kills us".
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "xbaH ab klas aykhalewn iye, wedey hamimu", "ik heb de code van de brief van DigiD nodig",
    "اخدت حبتين بنادول للراس", "mijn moeder is gevallen met de fiets maar ze kon gewoon weer opstaan",
])
def test_round22_rules_need_their_context(text: str) -> None:
    # "Not there tomorrow" with a place, a DigiD code in a letter, two pills, a fall with getting up again.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_spaced_out_words_with_wider_gaps_are_read_as_words() -> None:
    # Round 22: spaced-out letters with a wider gap between the words; the gaps are the word breaks.
    assert detector._spaced_reading("ጽ ባ ሕ   ኣ ይ ክ ህ ሉ ን   እ የ") == "ጽባሕ ኣይክህሉን እየ"
    assert crisis_level("d e m   d e w   a y b l e n   h a g e z u n i") is not CrisisLevel.none


@pytest.mark.parametrize(("text", "split"), [
    ("i k w i l n i e t m e e r l e v e n", "ik wil niet mer leven"), ("ب د ي م و ت", "بدي موت"),
    ("m i j n m a n s l a a t m i j", "mijn man slat mij"), ("ክ ሞ ት እ ደ ሊ", "ክሞት እደሊ"),
])
def test_spaced_out_sentences_are_read_as_words(text: str, split: str) -> None:
    # Round 21: the view joins spaced-out letters into one "word" ("ikwilnietmerleven"); a second reading
    # splits it into words the training data knows, where the phrase patterns see it.
    assert detector._spaced_reading(text) == split
    assert crisis_level(text) is CrisisLevel.crisis
    assert detector._spaced_reading("wat is de PVT") is None


@pytest.mark.parametrize(("text", "level"), [
    ("ik heb muizengif gekocht, maar niet voor de muizen", CrisisLevel.crisis), ("اشتريت سم صراصير بس مش للصراصير", CrisisLevel.crisis),
    ("بلعت علبه دوا كامله", CrisisLevel.crisis), ("المدير عم يلمسني وانا خايفه", CrisisLevel.crisis),
    ("ضرب راسي بالحيط وقال راجع يكملها", CrisisLevel.crisis), ("بسمع طفل الجيران عم يصرخ وصوت ضرب", CrisisLevel.crisis),
    ("ኣብ ገነት ምስ ወደይ ክራኸብ ደልየ", CrisisLevel.crisis), ("ምስጢር ሓልዊ ስእልኺ ስደድለይ ይብላ", CrisisLevel.crisis),
    ("mijn hart doet zo'n pijn en mijn linkerarm tintelt", CrisisLevel.crisis), ("ik ruik overal gas in de flat", CrisisLevel.crisis),
    ("mijn dochter heeft een knoopcel ingeslikt", CrisisLevel.crisis), ("ابني بلع مغناطيس", CrisisLevel.crisis),
    ("ወደይ ባትሪ ውሒጡ", CrisisLevel.crisis), ("adey abey yiharma alo", CrisisLevel.crisis),
    ("hoge koorts, paarse vlekjes en hij is heel suf", CrisisLevel.crisis), ("ab bridge dew ile alekhu", CrisisLevel.crisis),
    ("haftey tsinsti eya dem alo", CrisisLevel.crisis), ("opa is van de trap gevallen en reageert niet", CrisisLevel.crisis),
    ("we zijn van huis gevlucht en weten niet waar we vannacht moeten slapen", CrisisLevel.uncertain),
    ("ik heb een touw in de schuur en ik denk er de hele dag aan", CrisisLevel.uncertain),
    ("ካብ ቤት ትምህርቲ ክሳብ ገዛ ይስዕበኒ ኣሎ", CrisisLevel.uncertain), ("15 ametey iye kmerea yideliyuni", CrisisLevel.uncertain),
])
def test_round23_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    # Round 23 (batch 23 read; own probes, not its lines): poison "not for the mice", a whole box of pills, touched
    # and afraid, a head banged against the wall, a child screaming next door with blows, to a child "in heaven",
    # a secret and photos, heart pain with an arm, a strong smell of gas, a button battery or magnets swallowed,
    # Latin-script Tigrinya (a father who hits, on a bridge, pregnant and bleeding), fever with a rash and drowsy,
    # fallen and not reacting; fled from home at night, a rope thought of all day, followed home, a girl of 15 to marry.
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ik heb mijn sleutel vergeten en de deur is dichtgevallen", "نسيت المفتاح بالبيت وانقفل الباب علي", "መፍትሕ ረሲዐ ማዕጾ ተዓጽዩኒ",
    "ሰዓተይ ሞይታ ስለዚ ደንጒየ", "اختي بتقول بتموت اذا شافت فار", "ሰዋስው ደች ይቐትለኒ ኣሎ", "ik ga steeds dood in fortnite",
    "mijn baas zegt lelijke woorden tegen mij", "ንዓርከይ እንተ ደንጒኻ ክቐትለካ እየ ኢለዮ", "ik vermoord je als je weer te laat bent",
    "ተስፋ ቆሪጸ ነይረ ግን ሓሊፈ", "mijn zoon viel en er was een beetje bloed aan zijn knie", "ik heb een touw gekocht voor de was",
])
def test_round23_idioms_are_cut_out(text: str) -> None:
    # Locked out (a key forgotten), a watch that "died", someone's quoted "I die if", a language that "kills me",
    # dying in a game, ugly words at work, a threat to "you" if you are late, hope lost and an exam passed after
    # all, a little blood, a rope for the washing.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik heb een touw gekocht, niet voor de was", "touw gehaald maar echt niet om de tent vast te maken",
    "een touw in huis en geen voor de schommel",
])
def test_round23_rope_idiom_leaves_a_denied_purpose_in_view(text: str) -> None:
    # (round 37) The rope idiom reads "touw ... voor de was" as a harmless purpose; a "niet" or "geen" between says
    # the opposite, so nothing is cut out and the rope stays in view for the crisis rules.
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))


@pytest.mark.parametrize("text", [
    "ik heb muizengif gekocht voor de muizen op zolder", "ኣብ ሕልመይ ሓደ ሰብ ይስዕበኒ ነይሩ", "de sleutel van de kluis ligt in de la",
    "mijn dochter heeft koorts en een beetje uitslag maar speelt gewoon", "الجيران عم يدقو بالشاكوش وصوت ضرب الحيط",
])
def test_round23_rules_need_their_context(text: str) -> None:
    # Poison for the mice, a pursuer in a dream, a key, a fever without drowsiness, hammering next door.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round23_a_joke_or_a_translation_caps_the_answer() -> None:
    # "I told my friend as a joke ..." and "how do you say ... in Dutch": a quotation, at most the gentle question.
    assert crisis_level("ንዓርከይ ብዋዛ ክቐትለካ እየ ኢለዮ") is not CrisisLevel.crisis
    assert crisis_level("hoe zeg je in het nederlands ik maak je af") is not CrisisLevel.crisis


def test_round23_spaced_out_latin_script_is_also_read_in_native_script() -> None:
    assert crisis_level("k i m e w t   i d e l i") is CrisisLevel.crisis


@pytest.mark.parametrize(("text", "level"), [
    ("mijn moeder vermoordt me als ze mijn rapport ziet", CrisisLevel.none),
    ("مرتي رح تدبحني اذا نسيت الخبز", CrisisLevel.none),
    ("ሰበይተይ ባኒ እንተ ረሲዐ ክትቐትለኒ እያ", CrisisLevel.none),
    ("hij zegt dat hij me vermoordt als ik naar de politie ga", CrisisLevel.crisis),
    ("hij slaat me elke dag en zegt dat hij me vermoordt als ik te laat ben", CrisisLevel.crisis),
    ("jozi ra7 yo2tolni iza tarakto", CrisisLevel.crisis),
])
def test_a_threat_with_a_trivial_condition_is_an_idiom(text: str, level: CrisisLevel) -> None:
    # Round 17: "kills me if I forget the bread" is hyperbole; a condition about leaving, telling or
    # the police, or another signal in the message, keeps the emergency answer.
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", ["رح اشنق حالي من هالمعاملات هههه", "ra7 ente7er mn hal wara2 hahaha",
                                  "ካብዚ ወረቐት ርእሰይ ክቐትል እየ ሃሃሃ"])
def test_a_laugh_turns_the_emergency_answer_into_the_question(text: str) -> None:
    # The laugh is looked for as typed (the matching view squeezes "هههه"), also when a Latin-script
    # message is read again in Arabic script.
    assert sensitive.pattern_level(text) is CrisisLevel.crisis
    assert crisis_level(text) is CrisisLevel.uncertain


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
# Batch 17, written before round 16 by a writer who read neither the patterns nor the training data,
# sealed: measured once at the end of round 16 (totals only, no text read): nl 48/55 (0.87; 33 emergency
# answer, 15 gentle question), ar 60/66 (0.91; Arabizi 12/12), ti 53/65 (0.82; Latin 11/12); idioms
# 13 of 113 alarmed, 8 of them with the emergency answer (nl 4/34, ar 3/40, ti 6/39). Round 16's many
# new patterns raised recall on batches 8-16 to 0.99-1.00 and idiom alarms there to 1 of 754, but they
# generalise less: the goals (0.95 recall, 0 idiom alarms) are not met on unseen phrasings.
BATCH17_SEALED = ({"nl": (48, 55), "ar": (60, 66), "ti": (53, 65)}, (13, 113))
# Batch 18, written before round 17 (context and laugh cues, "kills me if ...", acute danger to life,
# crisis/round17/) and sealed: measured once at the end of round 17 (totals only): nl 51/55 (0.93; 37
# emergency answer, 14 gentle question), ar 54/63 (0.86; Arabizi 10/13), ti 54/63 (0.86; Latin 10/13);
# idioms 18 of 125 alarmed, 3 with the emergency answer (nl 7/37, ar 6/44, ti 5/44). Goals not met.
BATCH18_SEALED = ({"nl": (51, 55), "ar": (54, 63), "ti": (54, 63)}, (18, 125))
# Batch 19, written before round 18 by a writer who read neither the patterns, the training data nor
# other batches, sealed: measured once at the end of round 18 (totals only, no text read): nl 70/73
# (0.96; 55 emergency answer, 15 gentle question), ar 67/70 (0.96; 43, 24), ti 56/66 (0.85; 37, 19);
# idioms 11 of 143 alarmed, none with the emergency answer (nl 1/48, ar 4/47, ti 6/48). The recall goal
# (0.95) is met in Dutch and Arabic for the first time on an unseen batch, not in Tigrinya; 0 idiom
# alarms is not met (the gentle question), 0 emergency answers to idioms is.
BATCH19_SEALED = ({"nl": (70, 73), "ar": (67, 70), "ti": (56, 66)}, (11, 143))
# Round 23 (2026-11-30): batch 23 read (development data since), NLU b13 ordinary development data. Before: as
# BATCH23_SEALED (nl 87/89, ar 100/105, ti 109/115; idioms 16 of 188, 2 with the emergency answer); batches 1-22
# all caught, 4 of 1 887 idioms the gentle question (batch 22); ordinary messages (NLU b1-b13 with the batches'
# ordinary lines) 32 of 6 638 the gentle question and 1 the emergency answer (b13: a short complaint that a stage
# boss "says ugly words against me", classifier 0.96). Its misses were kinds the rules did not know (rat poison
# "not for the rats" (nl, ar), which the pest idiom had cut out; a whole strip of paracetamol and regret; a
# trainer who touches her and wants her to sleep at his house; "he banged my head against the wall and comes
# back to finish it" (Iraqi); a small child crying next door with the sound of blows, which an idiom for sounds
# that "kill" cut out; fled from home with two children at night, at the station; to one's mother "in heaven"
# tonight; a coach asking a boy for photos "as a secret"; a carbon monoxide alarm (Latin "CO") with headache and
# vomiting; spaced-out Latin-script Tigrinya "k i m u t   i d e l i", which was never read in Ge'ez script;
# Latin-script "on the bridge" (the English word) and "pregnant, bleeding"), its emergency answers to idioms were
# a key forgotten inside and the door fallen shut ("ተዓጽዩኒ", read as locked in) and a joke threat to a friend "if
# you are late I'll kill you" quoted for a translation, and its gentle questions mostly the classifier on a
# little blood, a gas contract, a dead watch, a language that "kills me", someone's "I die if she sees a
# spider", dying in Call of Duty, a hope lost in the past. Rules and idioms of those kinds, and of kinds found
# with own probes (a button battery or magnets swallowed, heart pain with a numb arm, a strong smell of gas
# (nl), fever with a rash and drowsiness, fallen and not reacting, a rope thought of all day, on a roof
# looking down, followed home (Tigrinya), a girl of 15 to marry (Latin), Latin-script family violence; a pet
# that killed a mouse, a rope for the washing, questions what 112 is for, ugly words at work); a joke marker
# and a question "how do you say ... in Dutch" are context cues now; a spaced-out Latin-script message is
# also read in native script; training phrasings of those kinds (crisis/round23/). After: batch 23 nl 89/89
# (62 emergency answer, 27 gentle question), ar 105/105 (65, 40), ti 115/115 (71, 44); idioms 2 of 188 the
# gentle question (Tigrinya: what 112 is for, a scam message about an accident), none the emergency answer;
# batches 1-22 unchanged (all caught, 4 of 1 887 idioms the gentle question, none the emergency answer);
# ordinary messages 31 of 6 638 (0.47%) the gentle question (b13: 4 of 502), none the emergency answer.
# Development figures: how round 23 generalises shows only on batch 24.
# Round 22 (2026-11-30): batch 22 read (development data since), NLU b12 ordinary development data. Before:
# as BATCH22_SEALED (nl 83/91, ar 92/106, ti 99/110; idioms 14 of 185, 3 with the emergency answer); NLU b12
# 1 emergency answer (a Tigrinya complaint that a boss's words "hurt me", read as a blow) and 3 questions;
# batches 1-21 all caught, 0 idioms; ordinary messages 24 of 5 615 (b1-b11 with the batches' ordinary lines).
# Its misses were kinds the rules did not know (a seizure with foam at the mouth; an old parent fallen who
# cannot get up, a grandfather with no memory gone out in the cold; a strong smell of gas (also Arabizi);
# bleeding in pregnancy (Levantine); a child touched "in a wrong place" or pulled into a van; a cleaner drunk
# on purpose; someone else who hanged himself; a neighbour with a gun who says he will shoot; bath water
# turned red; a throat closing from an allergy; forty pills in Arabic-Indic digits; "stopped breathing",
# "unconscious and not breathing"; fire with the stairs full of smoke (Arabizi); an electric shock and a
# fall; a boss who tried to undress her by force; a sister locked up and forced to sleep with men; no
# home from today with a baby; nothing to eat for days and nothing for the baby; "finishing my age"; "help
# me, I am dying" with the contracted "'የ"; "tomorrow I will not be (there)" with a farewell, also in
# Latin script and in spaced-out letters with wider gaps between the words, now read as word breaks;
# "everything is arranged, sorry"; shoes left at the water; "why still live", "to my children in heaven";
# English "I want to die"), its emergency answers to idioms were a question about the meaning of "het mes
# op de keel zetten", "the cold of this country is killing us" (Tigrinya) and "the gas ran out" (Latin
# Tigrinya "tefiu", also "vomited"). Rules, idioms and training phrasings of those kinds (crisis/round22/):
# batch 22 nl 91/91 (67 emergency answer, 24 gentle question), ar 106/106 (77, 29), ti 110/110 (78, 32);
# idioms 4 of 185 the gentle question (two jokes with a laugh, a threat about a surprise, a dying king in a
# drama class), none the emergency answer; batches 1-21 unchanged (all caught, 0 idioms); NLU b12 0
# emergency answers, 3 questions; ordinary messages 23 of 5 615 (26 of 6 117 with b12, 0.43%) the gentle
# question, none the emergency answer. Development figures: how round 22 generalises shows only on batch 23.
# Round 21 (2026-11-30): batch 21 read (development data since), NLU b11 ordinary development data. Before:
# as BATCH21_SEALED; batches 1-20 all caught, 0 of 1 547 idioms; ordinary messages (NLU b1-b11 and the
# batches' ordinary lines) 25 of 5 634 (0.44%) the gentle question, none the emergency answer. Its misses
# were kinds the rules did not know (driving a bus "into a tree so that everything stops", the verb after
# its object; a child screaming next door, then a blow and silence; choking on a grape without cough or
# cry (Dutch, Tigrinya); starving on purpose, "how long until the heart stops"; a date chosen on the
# anniversary of a death; on the street tonight with children, the lock changed; insulin stopped "what is
# the point"; tied up ("رابطني"), escaped and hiding; gas smelt with the children asleep (Arabizi); chest
# pain as a Tigrinya verb, down the left arm; blood that spurts and "does not stand still"; a whole family
# with headache and vomiting next to the boiler; no food for days with children crying from hunger; a
# friend's "forgive me" and a phone switched off; "tired of this world, I want to sleep and stay"; "it
# does not matter, I will not be there"; Latin-script "my last message"), and whole sentences in spaced-out
# letters ("i k w i l n i e t m e e r l e v e n", "ب د ي م و ت"), which the view joins into one word: they
# are now also read split into known words. Its false alarms were a film character who jumps from a roof,
# a mouth "on fire" from spicy food, plants dead of frost, a first-aid course "if someone does not breathe"
# and a team "beaten 4-0, a massacre" (the two emergency answers), food that "kills" with its taste, a song
# "I die with you", dying of boredom, hanging a painting (Tigrinya). Rules, idioms and training phrasings of
# those kinds (crisis/round21/): batch 21 nl 76/76 (62 emergency answer), ar 83/83 (58), ti 92/92 (61),
# 0 of 155 idioms; batches 1-20 unchanged (all caught, 0 idioms); ordinary messages 24 of 5 634 (0.43%)
# the gentle question, none the emergency answer. (NLU data arriving meanwhile, nlu/round11/, moves the
# classifier's borderline cases by one or two.) These are development figures: how round 21 generalises
# shows only on batch 22.
# Round 20 (2026-11-30): batch 20 read (development data since), NLU b10 ordinary development data. Before:
# as BATCH20_SEALED; batches 1-19 all caught, 0 of 1 388 idioms; ordinary messages (NLU b1-b10) 28 of
# 5 132 (0.55%) the gentle question (6 of them in b10), none the emergency answer. Its misses were kinds
# the rules did not know (a child fallen from a balcony, boiling water over a child with the skin coming
# loose, gas smelt and a neighbour who does not open, a carbon monoxide alarm with headache, a missing
# child in Tigrinya, a landlord who wants sex for the rent, a baby of weeks with a high fever who is limp,
# the causative Tigrinya "to marry her off by force", belongings given away "where I am going", farewells
# hidden in an ordinary question: "no use, next week I won't be alive", Arabizi "I can't live any more",
# Latin-script Tigrinya "I will kill myself", no place to sleep tonight with small children); its false
# alarms were a relative's quoted hyperbole "she always says I die if you don't come" (the nl and ar
# emergency answers), Tigrinya "dying to know", jumping for joy, "like dead" before coffee, going crazy,
# a diving board, a boss who kills me if I am late (the "if" written together with the verb), Latin-script
# "yiqetleni" and "yimewt alekhu", a karate club, "een bloedhekel". Also fixed: the check for a serious
# condition next to a threat ("... and go to the police") never saw a word (it stood before a space).
# Rules, idioms and training phrasings of those kinds (crisis/round20/): batch 20 nl 76/76 (61 emergency
# answer), ar 81/81 (59), ti 96/96 (62), 0 of 159 idioms; batches 1-19 unchanged (all caught, 0 idioms);
# ordinary messages 25 of 5 132 (0.49%) the gentle question (4 in b10), none the emergency answer.
# These are development figures: how round 20 generalises shows only on batch 21.
# Round 19 (2026-11-29): batch 19 read (development data since), NLU b9 ordinary development data. Before:
# as BATCH19_SEALED; batches 1-18 all caught, 0 of 1 245 idioms; ordinary messages (NLU b1-b9) 21 of
# 4 630 (0.45%) the gentle question, none the emergency answer. Its misses were kinds the rules did not
# know (a pregnancy with danger signs, a fire at home, a diabetic shaking without food, put out on the
# street with children or sleeping in a building's entrance, a baby alone crying for hours, a cleaner
# drunk by an adult, spitting blood, heavy bleeding after a birth with no answer, signs of a stroke in
# Tigrinya, Tigrinya verb forms of rape, Arabizi "on the bridge, I want to jump", Arabizi and Latin-
# script Tigrinya for days without food, not breathing and a house on fire); its false alarms were war
# news one "cannot watch any more", shamed "in front of everyone", buried in one's studies, a game
# shout in Arabizi, a deadline "like a sword", nearly died but well again, "this form / course kills"
# in Latin-script Tigrinya, and a trivial threat in Tigrinya word order ("my grades, if she sees them,
# she kills me"). Rules, idioms and training phrasings of those kinds (crisis/round19/): batch 19 nl
# 73/73 (63 emergency answer), ar 70/70 (47), ti 66/66 (46), 0 of 143 idioms; batches 1-18 unchanged
# (all caught, 0 idioms); ordinary messages 22 of 4 630 (0.48%) the gentle question, none the emergency
# answer. These are development figures: how round 19 generalises shows only on batch 20.
# Round 18 (2026-11-29): batch 18 read (development data since). Before: as BATCH18_SEALED; batches 1-17
# all caught, 0 of 1 120 idioms. Its misses were kinds the rules did not know (bleeding that "does not
# stop", locked in a room, papers held by a boss with sleeping at the workplace, a collapse with
# shaking, chest pain with a numb arm, death rather than deportation, polite forms of "does not
# answer", Arabizi and Latin-script Tigrinya for days without food, a night in the street, stalking,
# a cleaner drunk, touching a child); its false alarms were poison for mice (the 3 emergency answers),
# pain from walking "I am dying", game shouts, a chore "once more and I jump", almost a heart attack,
# "I die for you", prayers for the dead, children fighting over a console, hunting. Rules, idioms and
# training phrasings of those kinds (crisis/round18/): batch 18 nl 55/55 (42 emergency answer), ar
# 63/63 (48), ti 63/63 (42), 0 of 125 idioms; batches 1-17 unchanged (all caught, 0 idioms); ordinary
# messages (NLU b1-b8) 20 of 4 128 (0.48%) get the gentle question (19 before), none the emergency answer.
# Round 17 (2026-11-29): first, without reading batch 17, context cues (game, sport, film, cooking) that
# cap a message at the gentle question were added and tuned on 8-16 only; batch 17 then measured
# unchanged (48/55, 60/66, 53/65; 13 of 113 idioms, 8 emergency answers). Then batch 17's misses and
# false alarms were read (it is development data since) and rules and training phrasings of their kinds
# added (crisis/round17/: acute danger to life where 112 is the answer, jokes with a laugh, slaughtered
# animals, bosses and office deadlines that "kill"): batch 17 nl 55/55 (39 emergency answer, 16 gentle
# question), ar 66/66 (43, 23), ti 65/65 (37, 28), 0 of 113 idioms; batches 8-16 all caught, 0 of 754
# idioms; 15 of 3 114 ordinary messages (0.48%) get the gentle question, none the emergency answer.
# These are development figures: how round 17 generalises shows only on a batch written after it.
# Round 16 (2026-11-29): batches 8-16 are now tuned on (their misses and false alarms were read and
# rules, idioms and training phrasings of their kinds added, crisis/round16/; classifier
# regularisation 1.5e-5, uncertain threshold 0.60, no emergency answer from the classifier alone next
# to an idiom), so these are floors against regressions, not generalisation figures. Before round 16
# batches 8-16 together: nl 409/423, ar 465/492, ti 442/481 caught, 67 of 754 idioms alarmed (13 with
# the emergency answer), 24 of 2 622 ordinary messages (0.92%) got the gentle question (the round-15
# code with the NLU data of nlu/round6/, which arrived meanwhile: 407, 464, 440; 69 (11); 19); after: below
# (nl 422/423, ar 492/492, ti 478/481, 1 of 754 idioms, 13 ordinary messages, 0.50%).
# Batch 20, written before round 19 (same independence as batch 19; brief: more varied Tigrinya, 96
# crisis lines), sealed: measured once at the end of round 19 (totals only): nl 72/76 (0.95; 56
# emergency answer, 16 gentle question), ar 78/81 (0.96; 53, 25), ti 87/96 (0.91; 52, 35); idioms 14 of
# 159 alarmed, 6 of them with the emergency answer (nl 2/52 (1), ar 2/52 (1), ti 10/55 (4)).
BATCH20_SEALED = ({"nl": (72, 76), "ar": (78, 81), "ti": (87, 96)}, (14, 159))
# Batch 21, written before round 20 (same independence), sealed: measured once at the end of round 20
# (totals only): nl 71/76 (0.93; 57 emergency answer, 14 gentle question), ar 77/83 (0.93; 53, 24), ti
# 84/92 (0.91; 52, 32); idioms 12 of 155 alarmed, 2 with the emergency answer (nl 3/51 (0), ar 5/51 (2),
# ti 4/53 (0)). Below batch 20 in Dutch and Arabic: a round's rules reach the kinds it was shown.
BATCH21_SEALED = ({"nl": (71, 76), "ar": (77, 83), "ti": (84, 92)}, (12, 155))
# Batch 22, written before round 21 (same independence; brief: at least 76/82/90 crisis lines and 50
# idioms per language), sealed: measured once at the end of round 21 (totals only): nl 83/91 (0.91; 56
# emergency answer, 27 gentle question), ar 92/106 (0.87; 64, 28), ti 99/110 (0.90; 67, 32); idioms 14
# of 185 alarmed, 3 with the emergency answer (nl 6/60 (1), ar 2/60 (0), ti 6/65 (2)). Lower than
# batch 21 in all three languages: again, a round's rules reach the kinds it was shown.
BATCH22_SEALED = ({"nl": (83, 91), "ar": (92, 106), "ti": (99, 110)}, (14, 185))
# Batch 23, written before round 22 (same independence and brief), sealed: measured once at the end of
# round 22 (totals only): nl 87/89 (0.98; 60 emergency answer, 27 gentle question), ar 100/105 (0.95; 60,
# 40), ti 109/115 (0.95; 66, 43); idioms 16 of 188 alarmed, 2 with the emergency answer (nl 3/58 (0), ar
# 1/60 (0), ti 12/70 (2)). The first sealed batch with recall >= 0.95 in all three languages.
BATCH23_SEALED = ({"nl": (87, 89), "ar": (100, 105), "ti": (109, 115)}, (16, 188))
# Batch 24, written before round 23 (same independence and brief; nl 97, ar 113, ti 108 crisis lines),
# sealed: measured once at the end of round 23 (totals only): nl 86/97 (0.89; 72 emergency answer, 14
# gentle question), ar 107/113 (0.95; 69, 38), ti 86/108 (0.80; 58, 28); idioms 15 of 199 alarmed, 2
# with the emergency answer (nl 2/64 (0), ar 4/69 (0), ti 9/66 (2)). Batch 23's 0.95 in all three
# languages did not hold: Dutch and Tigrinya fell back to the level of batches 21-22.
BATCH24_SEALED = ({"nl": (86, 97), "ar": (107, 113), "ti": (86, 108)}, (15, 199))
# Batch 25, written before round 24 (same independence and brief; nl 121, ar 105, ti 119 crisis lines),
# sealed: measured once at the end of round 24 (totals only): nl 112/121 (0.93; 87 emergency answer, 25
# gentle question), ar 95/105 (0.90; 72, 23), ti 109/119 (0.92; 61, 48); idioms 13 of 211 alarmed, 2 with
# the emergency answer (nl 4/76 (0), ar 5/67 (2), ti 4/68 (0)). Tigrinya 0.80 -> 0.92 and Dutch 0.89 -> 0.93
# against batch 24; Arabic 0.95 -> 0.90. Recall >= 0.95 is not met on this unseen batch in any language.
BATCH25_SEALED = ({"nl": (112, 121), "ar": (95, 105), "ti": (109, 119)}, (13, 211))
# Batch 26, written before round 25 (same independence and brief; nl 97, ar 98, ti 108 crisis lines), sealed:
# measured once at the end of round 25 (totals only): nl 92/97 (0.95; 67 emergency answer, 25 gentle question),
# ar 92/98 (0.94; 69, 23), ti 101/108 (0.94; 53, 48); idioms 16 of 183 alarmed, 1 with the emergency answer
# (nl 6/60 (0), ar 4/63 (1), ti 6/60 (0)). The highest unseen-batch recall in Tigrinya yet; 0.95 in Dutch only.
BATCH26_SEALED = ({"nl": (92, 97), "ar": (92, 98), "ti": (101, 108)}, (16, 183))
# Round 26 (2026-11-30): batch 26 read (development data since), NLU b16 ordinary development data. Its misses and false
# alarms were read and rules, idioms and training phrasings of their kinds added (crisis/round26/): batch 26 nl 92 -> 97/97,
# ar 92 -> 98/98, ti 101 -> 108/108, idioms 16 -> 0 of 183. The NLU data changed too (nlu/LABELS.md, nlu/round13/): they
# are the classifier's negatives.
# Batch 27, written before round 26 (same independence and brief; nl 97, ar 101, ti 117 crisis lines), sealed: measured
# once at the end of round 26 (totals only): nl 94/97 (0.97; 84 emergency answer, 10 gentle question), ar 96/101 (0.95;
# 72, 24), ti 106/117 (0.91; 70, 36); idioms 24 of 193 alarmed, 8 with the emergency answer (nl 5/61 (3), ar 12/69 (2),
# ti 7/63 (3)). Recall 0.95 met in Dutch and Arabic; the emergency answer to an idiom, 1-2 in the last rounds, is 8.
BATCH27_SEALED = ({"nl": (94, 97), "ar": (96, 101), "ti": (106, 117)}, (24, 193))
# Round 27 (2026-11-30): batch 27 read (development data since), NLU b17 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round27/): batch 27 nl 94 -> 97/97, ar 96 -> 101/101, ti 106 -> 117/117, idioms
# 24 (8 emergency) -> 0 of 193. The new NLU data (nlu/round14/) left three Dutch development lines (batches 10, 24, 26)
# to the classifier's edge: rules of their kinds now ("zelfmoort", "geen grapje" is no joke, wrists cut open).
# Batch 28, written before round 27 (same independence and brief; nl 92, ar 96, ti 116 crisis lines), sealed: measured
# once at the end of round 27 (totals only): nl 89/92 (0.97; 66 emergency answer, 23 gentle question), ar 95/96 (0.99;
# 69, 26), ti 114/116 (0.98; 69, 45); idioms 18 of 183 alarmed, 3 with the emergency answer (nl 3/57 (1), ar 4/63 (1),
# ti 11/63 (1)). Recall >= 0.95 in all three languages on an unseen batch for the first time; 0 idiom alarms not met.
BATCH28_SEALED = ({"nl": (89, 92), "ar": (95, 96), "ti": (114, 116)}, (18, 183))
# Batch 29, written before round 28 (same independence and brief; nl 99, ar 91 (22 Arabizi), ti 115 (21 Latin script)
# crisis lines), sealed: measured once at the end of round 28 (totals only): nl 95/99 (0.96; 80 emergency answer, 15
# gentle question), ar 87/91 (0.96; 71, 16), ti 108/115 (0.94; 85, 23); idioms 18 of 182 alarmed, 5 with the emergency
# answer (nl 7/65 (0), ar 4/58 (1), ti 7/59 (4)).
BATCH29_SEALED = ({"nl": (95, 99), "ar": (87, 91), "ti": (108, 115)}, (18, 182))
# Batch 30, written before round 29 (same independence and brief; nl 91, ar 109 (22 Arabizi), ti 107 (20 Latin script)
# crisis lines), sealed: measured once at the end of round 29 (totals only): nl 89/91 (0.98; 71 emergency answer, 18
# gentle question), ar 107/109 (0.98; 88, 19), ti 99/107 (0.93; 69, 30); idioms 19 of 189 alarmed, 5 with the emergency
# answer (nl 7/64 (1), ar 4/64 (1), ti 8/61 (3)).
BATCH30_SEALED = ({"nl": (89, 91), "ar": (107, 109), "ti": (99, 107)}, (19, 189))
# Round 30 (2026-11-30): batch 30 read (development data since), NLU b20 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round30/): batch 30 nl 89 -> 91/91, ar 107 -> 109/109, ti 99 -> 107/107, idioms
# 19 (5 emergency) -> 0 of 189.
# Batch 31, written before round 30 (same independence and brief; nl 107, ar 104, ti 102 crisis lines), sealed: measured
# once at the end of round 30 (totals only): nl 101/107 (0.94; 87 emergency answer, 14 gentle question), ar 98/104 (0.94;
# 78, 20), ti 98/102 (0.96; 77, 21); idioms 20 of 192 alarmed, 10 with the emergency answer (nl 4/65 (2), ar 8/63 (2),
# ti 8/64 (6)). Tigrinya 0.96 (batches 29 and 30: 0.94, 0.93); Dutch and Arabic 0.94, both below 0.95 for the first time
# since batch 25; 10 emergency answers to idioms (batch 27: 8, batch 30: 5), 6 of them Tigrinya.
BATCH31_SEALED = ({"nl": (101, 107), "ar": (98, 104), "ti": (98, 102)}, (20, 192))
# Round 31 (2026-11-30): batch 31 read (development data since), NLU b21 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round31/): batch 31 nl 101 -> 107/107, ar 98 -> 104/104, ti 98 -> 102/102,
# idioms 20 (10 emergency) -> 0 of 192.
# Batch 32, written before round 31 (same independence and brief; nl 107, ar 104, ti 99 crisis lines), sealed: measured
# once at the end of round 31 (totals only): nl 105/107 (0.98; 86 emergency answer, 19 gentle question), ar 104/104 (1.00;
# 84, 20), ti 94/99 (0.95; 71, 23); idioms 31 of 189 alarmed, 9 with the emergency answer (nl 9/64 (3), ar 7/65 (2),
# ti 15/60 (4)). Recall >= 0.95 in all three languages; the most idiom alarms of any sealed batch.
BATCH32_SEALED = ({"nl": (105, 107), "ar": (104, 104), "ti": (94, 99)}, (31, 189))
# Round 32 (2026-11-30): batch 32 read (development data since), NLU b22 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round32/): batch 32 nl 105 -> 107/107, ar 104/104, ti 94 -> 99/99, idioms 31
# (9 emergency) -> 1 of 189 (gentle: an explicit suicide word with a laugh keeps the question).
# Batch 33, written before round 32 (same independence and brief; nl 105, ar 108, ti 104 crisis lines), sealed: measured
# once at the end of round 32 (totals only): nl 101/105 (0.96; 87 emergency answer, 14 gentle question), ar 104/108 (0.96;
# 84, 20), ti 99/104 (0.95; 74, 25); idioms 25 of 199 alarmed, 9 with the emergency answer (nl 7/65 (2), ar 6/66 (4),
# ti 12/68 (3)). Recall >= 0.95 in all three languages.
BATCH33_SEALED = ({"nl": (101, 105), "ar": (104, 108), "ti": (99, 104)}, (25, 199))
# Round 33 (2026-11-30): batch 33 read (development data since), NLU b23 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round33/): batch 33 nl 101 -> 105/105, ar 104 -> 108/108, ti 99 -> 104/104,
# idioms 25 (9 emergency) -> 0 of 199.
# Batch 34, written before round 33 (same independence; its writers were asked for more very short messages, emojis and
# mixed languages; nl 110, ar 110, ti 109 crisis lines), sealed: measured once at the end of round 33 (totals only):
# nl 100/110 (0.91; 82 emergency answer, 18 gentle question), ar 103/110 (0.94; 88, 15), ti 106/109 (0.97; 81, 25);
# idioms 16 of 198 alarmed, 1 with the emergency answer (nl 5/66 (0), ar 2/66 (0), ti 9/66 (1)): the lowest share of
# idiom alarms since batch 25 (13 of 211), and recall below 0.95 in Dutch and Arabic.
BATCH34_SEALED = ({"nl": (100, 110), "ar": (103, 110), "ti": (106, 109)}, (16, 198))
# Round 34 (2026-11-30): batch 34 read (development data since), NLU b24 ordinary development data; rules, idioms and
# training phrasings of its kinds (crisis/round34/): batch 34 nl 100 -> 110/110, ar 103 -> 110/110, ti 106 -> 109/109,
# idioms 16 (1 emergency) -> 0 of 198.
# Batch 35, written before round 34 (same independence and brief; nl 106, ar 107, ti 102 crisis lines), sealed: measured
# once at the end of round 34 (totals only): nl 104/106 (0.98; 87 emergency answer, 17 gentle question), ar 106/107
# (0.99; 92, 14), ti 99/102 (0.97; 78, 21); idioms 21 of 191 alarmed, 4 with the emergency answer (nl 5/66 (0), ar 6/63
# (2), ti 10/62 (2)). Recall >= 0.95 in all three languages.
BATCH35_SEALED = ({"nl": (104, 106), "ar": (106, 107), "ti": (99, 102)}, (21, 191))
# Round 35 (2026-11-30): batch 35 read (development data since), NLU b25 ordinary development data; rules and idioms of
# its kinds (rules/round35.py; almost no training phrasings: the classifier sits at its 0.60 threshold): batch 35 nl
# 104 -> 106/106, ar 106 -> 107/107, ti 99 -> 102/102, idioms 21 (4 emergency) -> 0 of 191.
# Batch 36, written before round 35 (same independence and brief; nl 107, ar 108, ti 108 crisis lines), sealed: measured
# once at the end of round 35 (totals only): nl 104/107 (0.97; 91 emergency answer, 13 gentle question), ar 103/108 (0.95;
# 78, 25), ti 104/108 (0.96; 80, 24); idioms 19 of 197 alarmed, 3 with the emergency answer (nl 6/64 (1), ar 3/64 (0),
# ti 10/69 (2)). Recall >= 0.95 in all three languages.
BATCH36_SEALED = ({"nl": (104, 107), "ar": (103, 108), "ti": (104, 108)}, (19, 197))
# Round 36 (2026-11-30): batch 36 read (development data since), NLU b26 ordinary development data; rules and idioms of
# its kinds (rules/round36.py; no training phrasings): batch 36 nl 104 -> 107/107, ar 103 -> 108/108, ti 104 -> 108/108,
# idioms 19 (3 emergency) -> 0 of 197.
# Batch 37, written before round 36 (same independence and brief; nl 102, ar 109, ti 106 crisis lines), sealed: measured
# once at the end of round 36 (totals only): nl 95/102 (0.93; 74 emergency answer, 21 gentle question), ar 105/109 (0.96;
# 78, 27), ti 100/106 (0.94; 74, 26); idioms 19 of 181 alarmed, 2 with the emergency answer (nl 8/62 (1), ar 5/61 (1),
# ti 6/58 (0)). Recall below 0.95 in Dutch and Tigrinya.
BATCH37_SEALED = ({"nl": (95, 102), "ar": (105, 109), "ti": (100, 106)}, (19, 181))
# Round 37 (2026-12-01): batch 37 read (development data since), NLU b27 ordinary development data; rules and idioms of
# its kinds (rules/round37.py; no training phrasings): batch 37 nl 95 -> 102/102, ar 105 -> 109/109, ti 100 -> 106/106,
# idioms 19 (2 emergency) -> 0 of 181.
# Batch 38, written before round 37 (same independence and brief; nl 102, ar 101, ti 105 crisis lines), sealed: measured
# once at the end of round 37 (totals only): nl 101/102 (0.99; 87 emergency answer, 14 gentle question), ar 99/101 (0.98;
# 74, 25), ti 97/105 (0.92; 67, 30); idioms 13 of 182 alarmed, 5 with the emergency answer (nl 1/62 (1), ar 4/60 (0),
# ti 8/60 (4)). Recall below 0.95 in Tigrinya.
BATCH38_SEALED = ({"nl": (101, 102), "ar": (99, 101), "ti": (97, 105)}, (13, 182))
# Round 38 (2026-12-01): batch 38 read (development data since), NLU b28 ordinary development data; rules and idioms of
# its kinds (rules/round38.py; no training phrasings): batch 38 nl 101 -> 102/102, ar 99 -> 101/101, ti 97 -> 105/105,
# idioms 13 (5 emergency) -> 0 of 182.
# Batch 39, written before round 38 (same independence and brief; nl 106, ar 102, ti 102 crisis lines), sealed: measured
# once at the end of round 38 (totals only): nl 104/106 (0.98; 89 emergency answer, 15 gentle question), ar 98/102 (0.96;
# 85, 13), ti 100/102 (0.98; 74, 26); idioms 21 of 187 alarmed, 6 with the emergency answer (nl 7/64 (2), ar 7/63 (2),
# ti 7/60 (2)). Recall >= 0.95 in all three languages.
BATCH39_SEALED = ({"nl": (104, 106), "ar": (98, 102), "ti": (100, 102)}, (21, 187))
# Round 39 (2026-12-01): batch 39 read (development data since), NLU b29 ordinary development data; rules and idioms of
# its kinds (rules/round39.py; no training phrasings): batch 39 nl 104 -> 106/106, ar 98 -> 102/102, ti 100 -> 102/102,
# idioms 21 (6 emergency) -> 0 of 187.
# Batch 40, written before round 39 (same independence and brief; nl 107, ar 107, ti 100 crisis lines), sealed: measured
# once at the end of round 39 (totals only): nl 105/107 (0.98; 93 emergency answer, 12 gentle question), ar 105/107 (0.98;
# 84, 21), ti 96/100 (0.96; 68, 28); idioms 16 of 196 alarmed, 7 with the emergency answer (nl 6/62 (1), ar 6/65 (3),
# ti 4/69 (3)). Recall >= 0.95 in all three languages.
# Round 40 (2026-12-01): batch 40 read (development data since), NLU b30 ordinary development data; rules and idioms of
# its kinds (rules/round40.py, a few earlier lists widened; no training phrasings): batch 40 nl 105 -> 107/107, ar 105
# -> 107/107, ti 96 -> 100/100, idioms 16 (7 emergency) -> 0 of 196.
BATCH40_SEALED = ({"nl": (105, 107), "ar": (105, 107), "ti": (96, 100)}, (16, 196))
# Batch 41, written before round 40 (same independence and brief; nl 103, ar 103, ti 105 crisis lines), sealed: measured
# once at the end of round 40 (totals only): nl 99/103 (0.96; 89 emergency answer, 10 gentle question), ar 102/103 (0.99;
# 79, 23), ti 102/105 (0.97; 78, 24); idioms 16 of 192 alarmed, 6 with the emergency answer (nl 4/62 (1), ar 5/68 (0),
# ti 7/62 (5)). Recall >= 0.95 in all three languages.
# Round 41 (2026-12-01): batch 41 read (development data since), NLU b31 ordinary development data; rules and idioms of
# its kinds (rules/round41.py, a few earlier lists widened; no training phrasings): batch 41 nl 99 -> 103/103, ar 102
# -> 103/103, ti 102 -> 105/105, idioms 16 (6 emergency) -> 0 of 192.
BATCH41_SEALED = ({"nl": (99, 103), "ar": (102, 103), "ti": (102, 105)}, (16, 192))
# Batch 42, written before round 41 (same independence and brief; nl 101, ar 104, ti 100 crisis lines), sealed: measured
# once at the end of round 41 (totals only): nl 101/101 (1.00; 90 emergency answer, 11 gentle question), ar 102/104
# (0.98; 87, 15), ti 98/100 (0.98; 72, 26); idioms 16 of 186 alarmed, 3 with the emergency answer (nl 5/62 (1), ar 6/62
# (1), ti 5/62 (1)). Recall >= 0.95 in all three languages.
# Round 42 (2026-12-01): batch 42 read (development data since), NLU b32 ordinary development data; rules and idioms of
# its kinds (rules/round42.py, a few earlier lists widened; no training phrasings): batch 42 nl 101/101 (unchanged), ar
# 102 -> 104/104, ti 98 -> 100/100, idioms 16 (3 emergency) -> 0 of 186.
BATCH42_SEALED = ({"nl": (101, 101), "ar": (102, 104), "ti": (98, 100)}, (16, 186))
# Batch 43, written before round 42 (same independence; its writers' brief named violence and threats at home now as
# crisis lines; nl 103, ar 106, ti 101 crisis lines), sealed: measured once at the end of round 42 (totals only): nl
# 101/103 (0.98; 86 emergency answer, 15 gentle question), ar 102/106 (0.96; 79, 23), ti 93/101 (0.92; 70, 23): Tigrinya
# under 0.95; idioms 9 of 183 alarmed, 1 with the emergency answer (nl 1/60 (0), ar 4/61 (0), ti 4/62 (1)).
# Round 43 (2026-12-01): batch 43 read (development data since), NLU b33 ordinary development data; rules and idioms of
# its kinds (rules/round43.py, a few earlier lists widened; no training phrasings): batch 43 nl 101 -> 103/103, ar 102
# -> 106/106, ti 93 -> 101/101, idioms 9 (1 emergency) -> 0 of 183.
BATCH43_SEALED = ({"nl": (101, 103), "ar": (102, 106), "ti": (93, 101)}, (9, 183))
# Batch 44, written before round 43 (same independence and brief; nl 104, ar 105, ti 105 crisis lines), sealed: measured
# once at the end of round 43 (totals only): nl 100/104 (0.96; 83 emergency answer, 17 gentle question), ar 103/105
# (0.98; 85, 18), ti 99/105 (0.94; 74, 25): Tigrinya under 0.95; idioms 14 of 184 alarmed, 2 with the emergency answer
# (nl 2/62 (1), ar 6/61 (0), ti 6/61 (1)).
# Round 44 (2026-12-02): batch 44 read (development data since), NLU b34 ordinary development data; rules and idioms of
# its kinds (rules/round44.py, two earlier lists narrowed; no training phrasings): batch 44 nl 100 -> 104/104, ar 103 ->
# 105/105, ti 99 -> 105/105, idioms 14 (2 emergency) -> 0 of 184.
BATCH44_SEALED = ({"nl": (100, 104), "ar": (103, 105), "ti": (99, 105)}, (14, 184))
# Batch 45, written before round 44 (same independence and brief; nl 104, ar 105, ti 102 crisis lines), sealed: measured
# once at the end of round 44 (totals only; it is not read here until round 45 makes it development data): nl 101/104
# (0.97; 91 emergency answer, 10 gentle question), ar 103/105 (0.98; 85, 18), ti 95/102 (0.93; 72, 23): Tigrinya under
# 0.95; idioms 15 of 183 alarmed, 7 with the emergency answer (nl 5/61 (3), ar 4/61 (3), ti 6/61 (1)). 16 of its 494
# lines equal training phrasings in the matching view (crisis nl 5, ar 6, ti 3; idioms nl 1, ti 1); without them nl
# 96/99, ar 97/99, ti 92/99.
# Round 45 (2026-12-02, the crisis part; NLU data unchanged): batch 45 read (development data since), NLU b35 ordinary
# development data; rules and idioms of its kinds (rules/round45.py; no training phrasings): batch 45 nl 101 -> 104/104,
# ar 103 -> 105/105, ti 95 -> 102/102, idioms 15 (7 emergency) -> 0 of 183.
BATCH45_SEALED = ({"nl": (101, 104), "ar": (103, 105), "ti": (95, 102)}, (15, 183))
# Round 45 went on: false alarms of ordinary probe wordings fixed by kind (rules/round45.py, part "ordinary"), and after
# nlu/round31 (negatives of the classifier) moved 23 crisis lines (1 to none), the lead's rules: batches 1-45 all caught,
# idioms 0, ordinary NLU b0-b35 (20 224): 0 emergency answers, 91 gentle questions (98 at the round's start).
# Batch 46, written before round 45 (same independence and brief; nl 104, ar 103, ti 104 crisis lines), sealed: measured
# once at the end of round 45 (totals only; it is not read here until round 46 makes it development data): nl 103/104
# (0.99; 90 emergency answer, 13 gentle question), ar 99/103 (0.96; 85, 14), ti 101/104 (0.97; 76, 25): every language
# at 0.95 or more, Tigrinya for the first time in four rounds; idioms 13 of 183 alarmed, 4 with the emergency answer
# (nl 5/61 (1), ar 5/61 (3), ti 3/61 (0)). 15 of its 497 lines equal training phrasings in the matching view (crisis nl
# 8, ar 4, ti 2; idioms ti 1); without them nl 95/96, ar 95/99, ti 99/102.
# Round 46 (2026-12-02): batch 46 read (development data since), NLU b36 ordinary development data; rules and idioms of
# its kinds (rules/round46.py; no training phrasings): batch 46 nl 103 -> 104/104, ar 99 -> 103/103, ti 101 -> 104/104,
# idioms 13 (4 emergency) -> 0 of 183; batches 1-46 all caught, idioms 0, ordinary NLU b0-b36 (20 902): 0 emergency
# answers, 95 gentle questions (as at the round's start).
BATCH46_SEALED = ({"nl": (103, 104), "ar": (99, 103), "ti": (101, 104)}, (13, 183))
# Batch 47, written before round 46 (same independence and brief; nl 104, ar 105, ti 105 crisis lines), sealed: measured
# once at the end of round 46 (totals only; it is not read here until round 47 makes it development data): nl 103/104
# (0.99; 91 emergency answer, 12 gentle question), ar 104/105 (0.99; 90, 14), ti 98/105 (0.93; 73, 25): Tigrinya under
# 0.95 again; idioms 7 of 185 alarmed, 1 with the emergency answer (nl 3/62 (1), ar 3/61 (0), ti 1/62 (0)). 4 of its 500
# lines equal training phrasings in the matching view (crisis nl 3, ar 1); without them nl 100/101, ar 103/104, ti 98/105.
# Round 47 (2026-12-02): batch 47 read (development data since), NLU b37 ordinary development data; rules and idioms of
# its kinds (rules/round47.py; no training phrasings): batch 47 nl 103 -> 104/104, ar 104 -> 105/105, ti 98 -> 105/105,
# idioms 7 (1 emergency) -> 0 of 185; batches 1-47 all caught, idioms 0, ordinary NLU b0-b37 (21 078): 0 emergency
# answers, 101 gentle questions (b37's two emergency answers are idioms now).
BATCH47_SEALED = ({"nl": (103, 104), "ar": (104, 105), "ti": (98, 105)}, (7, 185))
# Batch 48, written before round 47 (same independence and brief; nl 105, ar 105, ti 104 crisis lines), sealed: measured
# once at the end of round 47 (totals only; it is not read here until round 48 makes it development data): nl 105/105
# (1.00; 94 emergency answer, 11 gentle question), ar 103/105 (0.98; 88, 15), ti 102/104 (0.98; 85, 17); idioms 9 of 183
# alarmed, none with the emergency answer (nl 3/61, ar 1/61, ti 5/61). 23 of its 497 lines equal training phrasings in
# the matching view (crisis nl 8, ar 7, ti 4; idioms nl 4); without them nl 97/97, ar 96/98, ti 98/100.
# Round 48 (2026-12-02): batch 48 read (development data since), NLU b38 ordinary development data; rules and idioms of
# its kinds (rules/round48.py) and the classifier solved to convergence (liblinear logistic regression instead of an SGD fit
# that had not converged): batch 48 nl 105/105, ar 103 -> 105/105, ti 102 -> 104/104 (emergency answers nl 94 -> 105, ar
# 88 -> 104, ti 85 -> 104), idioms 9 -> 0 of 183; batches 1-48 all caught, idioms 0, ordinary NLU b1-b38: 0 emergency
# answers, 105 -> 99 gentle questions (unique lines).
BATCH48_SEALED = ({"nl": (105, 105), "ar": (103, 105), "ti": (102, 104)}, (9, 183))
# Batch 49, written before round 48 (same independence, from tests/nlu/WRITERS_BRIEF.md; nl 105, ar 106, ti 106 crisis
# lines), sealed: measured once at the end of round 48 (totals only; it is not read here until round 49 makes it
# development data): nl 103/105 (0.98; 95 emergency answer, 8 gentle question), ar 99/106 (0.93; 85, 14), ti 104/106
# (0.98; 77, 27): Arabic under 0.95; idioms 13 of 182 alarmed, none with the emergency answer (nl 5/61, ar 3/60, ti 5/61).
# 13 of its 500 lines equal training phrasings in the matching view (crisis nl 5, ar 3, ti 2; idioms nl 3); without them
# nl 98/100, ar 96/103, ti 102/104.
BATCH49_SEALED = ({"nl": (103, 105), "ar": (99, 106), "ti": (104, 106)}, (13, 182))
# Round 49 (2026-12-03): batch 49 read (development data since), NLU b39 ordinary development data; rules and idioms of
# its kinds (rules/round49.py), round 47's Latin-Tigrinya water words: batch 49 nl 103 -> 105/105, ar 99 -> 106/106, ti
# 104 -> 106/106, idioms 13 -> 0 of 182; batches 1-49 all caught, idioms 0, ordinary NLU b1-b39: 0 emergency answers,
# 103 -> 96 gentle questions (unique lines).
# Batch 50, written before round 49 (same independence, from tests/nlu/WRITERS_BRIEF.md; 105 crisis lines per language),
# sealed: measured once at the end of round 49 (totals only; it is not read here until round 50 makes it development
# data): nl 102/105 (0.97; 86 emergency answer, 16 gentle question), ar 102/105 (0.97; 84, 18), ti 100/105 (0.95; 86,
# 14); idioms 9 of 184 alarmed, 2 of them (Tigrinya) with the emergency answer (nl 4/62, ar 2/61, ti 3/61). 17 of its
# 499 lines equal training phrasings in the matching view (crisis nl 6, ar 5, ti 4; idioms nl 1, ti 1), 10 of them lines
# earlier batches had too; without them nl 96/99, ar 97/100, ti 96/101.
BATCH50_SEALED = ({"nl": (102, 105), "ar": (102, 105), "ti": (100, 105)}, (9, 184))
# Round 50 (2026-12-03): batch 50 read (development data since), NLU b40 ordinary development data; rules and idioms of
# its kinds (rules/round50.py): batch 50 nl 102 -> 105/105, ar 102 -> 105/105, ti 100 -> 104/105, idioms 9 -> 0 of 184;
# batches 1-50: 1 miss (a Tigrinya line about waiting on a platform for the next train, which no rule can tell from a
# traveller), idioms 0, ordinary NLU b1-b40: 0 emergency answers, 102 -> 100 gentle questions (unique lines).
# Batch 51, written before round 50 (same independence, from tests/nlu/WRITERS_BRIEF.md), sealed: measured once at the
# end of round 50 (totals only; not read here until round 51 makes it development data): nl 101/103 (0.98; 90 emergency
# answer, 11 gentle question), ar 103/105 (0.98; 86, 17), ti 103/106 (0.97; 92, 11); idioms 12 of 183 alarmed, none
# with the emergency answer (nl 3/61, ar 5/61, ti 4/61). 16 of its 497 lines equal training phrasings in the matching
# view (crisis nl 8, ar 5, ti 2; idioms nl 1); without them nl 93/95, ar 98/100, ti 101/104.
BATCH51_SEALED = ({"nl": (101, 103), "ar": (103, 105), "ti": (103, 106)}, (12, 183))
# Round 51 (2026-12-03): batch 51 read (development data since), NLU b41 ordinary development data; rules and idioms of
# its kinds (rules/round51.py): batch 51 nl 101 -> 103/103, ar 103 -> 105/105, ti 103 -> 106/106, idioms 12 -> 0 of 183;
# batches 1-51: 1 miss (batch 50's Tigrinya line about waiting on a platform for the next train), idioms 0, ordinary NLU
# b1-b41: 0 emergency answers, 102 -> 98 gentle questions (unique lines).
# Batch 52, written before round 51 (same independence, from tests/nlu/WRITERS_BRIEF.md), sealed: measured once at the
# end of round 51 (totals only; not read here until round 52 makes it development data): nl 105/105 (1.00; 95 emergency
# answer, 10 gentle question), ar 103/104 (0.99; 82, 21), ti 100/104 (0.96; 78, 22); idioms 9 of 184 alarmed, 1 with
# the emergency answer (nl 2/62, ar 2/61, ti 5/61, the emergency answer Tigrinya). 17 of its 497 lines equal training
# phrasings in the matching view (crisis nl 7, ar 7, ti 1; idioms nl 1, ar 1), 10 of them lines earlier batches had too;
# without them nl 98/98, ar 96/97, ti 99/103.
BATCH52_SEALED = ({"nl": (105, 105), "ar": (103, 104), "ti": (100, 104)}, (9, 184))
# Round 52 (2026-12-03): batch 52 read (development data since), NLU b42 ordinary development data; rules and idioms of
# its kinds (rules/round52.py): batch 52 nl 105/105, ar 103/104, ti 100 -> 104/104, idioms 9 -> 0 of 184; batches 1-52: 2
# misses (batch 50's Tigrinya line about waiting on a platform for the next train; an Arabic line about a son's paper
# that says he will die, cut by older idioms), idioms 0, ordinary NLU b1-b42: 0 emergency answers, 103 -> 100 gentle
# questions (unique lines).
# Batch 53, written before round 52 (same independence, from tests/nlu/WRITERS_BRIEF.md), sealed: measured once at the
# end of round 52 (totals only; not read here until round 53 makes it development data): nl 104/105 (0.99; 98 emergency
# answer, 6 gentle question), ar 105/106 (0.99; 90, 15), ti 102/106 (0.96; 82, 20); idioms 8 of 184 alarmed, none with
# the emergency answer (nl 3/62, ar 1/61, ti 4/61). 15 of its 501 lines equal training phrasings in the matching view
# (crisis nl 8, ar 5, ti 1; idioms nl 1), 11 of them lines earlier batches had too; without them nl 96/97, ar 100/101,
# ti 101/105.
BATCH53_SEALED = ({"nl": (104, 105), "ar": (105, 106), "ti": (102, 106)}, (8, 184))
# Round 53 (2026-12-03): batch 53 read (development data since), NLU b43 ordinary development data; rules and idioms of
# its kinds (rules/round53.py; the lead: "no joke" is no joke cue any more): batch 53 nl 104 -> 105/105, ar 105 -> 106/106,
# ti 102 -> 106/106, idioms 8 -> 0 of 184; batches 1-53: 2 misses (batch 50's platform line, batch 52's Arabic line about a
# son's paper), idioms 0, ordinary NLU b1-b43: 0 emergency answers, 105 -> 103 gentle questions (unique lines).
# Batch 54, written before round 53 (same independence, from tests/nlu/WRITERS_BRIEF.md), sealed: measured once at the
# end of round 53 (totals only; not read here until round 54 makes it development data): nl 106/106 (1.00; 94 emergency
# answer, 12 gentle question), ar 105/105 (1.00; 89, 16), ti 102/103 (0.99; 87, 15); idioms 6 of 184 alarmed, 2 of them
# (Dutch) with the emergency answer (nl 4/61, ar 0/62, ti 2/61). 24 of its 498 lines equal training phrasings in the
# matching view (crisis nl 9, ar 8, ti 5; idioms nl 1, ar 1), 16 of them lines earlier batches had too; without them nl
# 97/97, ar 97/97, ti 97/98.
BATCH54_SEALED = ({"nl": (106, 106), "ar": (105, 105), "ti": (102, 103)}, (6, 184))
FLOORS = {
    "batch8": ({"nl": (42, 42), "ar": (45, 45), "ti": (43, 43)}, (0, 70)),
    "batch9": ({"nl": (42, 42), "ar": (42, 42), "ti": (42, 42)}, (0, 69)),
    "batch10": ({"nl": (42, 42), "ar": (42, 42), "ti": (42, 42)}, (0, 69)),
    "batch11": ({"nl": (42, 42), "ar": (43, 43), "ti": (42, 42)}, (0, 66)),
    "batch12": ({"nl": (45, 45), "ar": (48, 48), "ti": (47, 47)}, (0, 70)),
    "batch13": ({"nl": (55, 55), "ar": (69, 69), "ti": (67, 67)}, (0, 104)),
    "batch14": ({"nl": (54, 54), "ar": (76, 76), "ti": (72, 72)}, (0, 102)),
    "batch15": ({"nl": (53, 53), "ar": (67, 67), "ti": (66, 66)}, (0, 107)),
    "batch16": ({"nl": (48, 48), "ar": (60, 60), "ti": (60, 60)}, (0, 97)),
    "batch17": ({"nl": (55, 55), "ar": (66, 66), "ti": (65, 65)}, (0, 113)),
    "batch18": ({"nl": (55, 55), "ar": (63, 63), "ti": (63, 63)}, (0, 125)),
    "batch19": ({"nl": (73, 73), "ar": (70, 70), "ti": (66, 66)}, (0, 143)),
    "batch20": ({"nl": (76, 76), "ar": (81, 81), "ti": (96, 96)}, (0, 159)),
    "batch21": ({"nl": (76, 76), "ar": (83, 83), "ti": (92, 92)}, (0, 155)),
    "batch22": ({"nl": (91, 91), "ar": (106, 106), "ti": (110, 110)}, (4, 185)),
    "batch23": ({"nl": (89, 89), "ar": (105, 105), "ti": (115, 115)}, (2, 188)),
    "batch24": ({"nl": (97, 97), "ar": (113, 113), "ti": (108, 108)}, (0, 199)),
    "batch25": ({"nl": (121, 121), "ar": (105, 105), "ti": (119, 119)}, (0, 211)),
    "batch26": ({"nl": (97, 97), "ar": (98, 98), "ti": (108, 108)}, (0, 183)),
    "batch27": ({"nl": (97, 97), "ar": (101, 101), "ti": (117, 117)}, (0, 193)),
    "batch28": ({"nl": (92, 92), "ar": (96, 96), "ti": (116, 116)}, (0, 183)),
    "batch29": ({"nl": (99, 99), "ar": (91, 91), "ti": (115, 115)}, (0, 182)),
    "batch30": ({"nl": (91, 91), "ar": (109, 109), "ti": (107, 107)}, (0, 189)),
    "batch31": ({"nl": (107, 107), "ar": (104, 104), "ti": (102, 102)}, (0, 192)),
    "batch32": ({"nl": (107, 107), "ar": (104, 104), "ti": (99, 99)}, (1, 189)),
    "batch33": ({"nl": (105, 105), "ar": (108, 108), "ti": (104, 104)}, (0, 199)),
    "batch34": ({"nl": (110, 110), "ar": (110, 110), "ti": (109, 109)}, (0, 198)),
    "batch35": ({"nl": (106, 106), "ar": (107, 107), "ti": (102, 102)}, (0, 191)),
    "batch36": ({"nl": (107, 107), "ar": (108, 108), "ti": (108, 108)}, (0, 197)),
    "batch37": ({"nl": (102, 102), "ar": (109, 109), "ti": (106, 106)}, (0, 181)),
    "batch38": ({"nl": (102, 102), "ar": (101, 101), "ti": (105, 105)}, (0, 182)),
    "batch39": ({"nl": (106, 106), "ar": (102, 102), "ti": (102, 102)}, (0, 187)),
    "batch40": ({"nl": (107, 107), "ar": (107, 107), "ti": (100, 100)}, (0, 196)),
    "batch41": ({"nl": (103, 103), "ar": (103, 103), "ti": (105, 105)}, (0, 192)),
    "batch42": ({"nl": (101, 101), "ar": (104, 104), "ti": (100, 100)}, (0, 186)),
    "batch43": ({"nl": (103, 103), "ar": (106, 106), "ti": (101, 101)}, (0, 183)),
    "batch44": ({"nl": (104, 104), "ar": (105, 105), "ti": (105, 105)}, (0, 184)),
    "batch45": ({"nl": (104, 104), "ar": (105, 105), "ti": (102, 102)}, (0, 183)),
    "batch46": ({"nl": (104, 104), "ar": (103, 103), "ti": (104, 104)}, (0, 183)),
    "batch47": ({"nl": (104, 104), "ar": (105, 105), "ti": (105, 105)}, (0, 185)),
    "batch48": ({"nl": (105, 105), "ar": (105, 105), "ti": (104, 104)}, (0, 183)),
    "batch49": ({"nl": (105, 105), "ar": (106, 106), "ti": (106, 106)}, (0, 182)),
    "batch50": ({"nl": (105, 105), "ar": (105, 105), "ti": (104, 105)}, (0, 184)),
    "batch51": ({"nl": (103, 103), "ar": (105, 105), "ti": (106, 106)}, (0, 183)),
    "batch52": ({"nl": (105, 105), "ar": (103, 104), "ti": (104, 104)}, (0, 184)),
    "batch53": ({"nl": (105, 105), "ar": (106, 106), "ti": (106, 106)}, (0, 184)),
    "batch54": ({"nl": (106, 106), "ar": (105, 105), "ti": (102, 103)}, (6, 184)),
}


@pytest.mark.parametrize(("batch", "sealed"), [("batch16", BATCH16_SEALED), ("batch17", BATCH17_SEALED),
                                               ("batch18", BATCH18_SEALED), ("batch19", BATCH19_SEALED),
                                               ("batch20", BATCH20_SEALED), ("batch21", BATCH21_SEALED),
                                               ("batch22", BATCH22_SEALED), ("batch23", BATCH23_SEALED),
                                               ("batch24", BATCH24_SEALED), ("batch25", BATCH25_SEALED),
                                               ("batch26", BATCH26_SEALED), ("batch27", BATCH27_SEALED),
                                               ("batch28", BATCH28_SEALED), ("batch29", BATCH29_SEALED),
                                               ("batch30", BATCH30_SEALED), ("batch31", BATCH31_SEALED),
                                               ("batch32", BATCH32_SEALED), ("batch33", BATCH33_SEALED),
                                               ("batch34", BATCH34_SEALED), ("batch35", BATCH35_SEALED),
                                               ("batch36", BATCH36_SEALED), ("batch37", BATCH37_SEALED),
                                               ("batch38", BATCH38_SEALED), ("batch39", BATCH39_SEALED),
                                               ("batch40", BATCH40_SEALED), ("batch41", BATCH41_SEALED),
                                               ("batch42", BATCH42_SEALED), ("batch43", BATCH43_SEALED),
                                               ("batch44", BATCH44_SEALED), ("batch45", BATCH45_SEALED),
                                               ("batch46", BATCH46_SEALED), ("batch47", BATCH47_SEALED),
                                               ("batch48", BATCH48_SEALED), ("batch49", BATCH49_SEALED),
                                               ("batch50", BATCH50_SEALED), ("batch51", BATCH51_SEALED),
                                               ("batch52", BATCH52_SEALED),
                                               ("batch53", BATCH53_SEALED), ("batch54", BATCH54_SEALED)])
def test_floors_are_not_below_the_sealed_record(batch: str, sealed: tuple) -> None:
    # Sealed figures stay as the record of how a round generalised; the floor only rises.
    for language, (caught, total) in sealed[0].items():
        assert FLOORS[batch][0][language][0] >= caught
        assert FLOORS[batch][0][language][1] == total
    assert FLOORS[batch][1][0] <= sealed[1][0]


def test_no_idiom_gets_the_emergency_answer() -> None:
    # The worst false alarm is 112/113 at once for "this form is killing me" (batch 17, sealed: 8 of
    # 113; batch 18, sealed: 3 of 125, all poison bought "for the mice"). Round 18: none in batches
    # 1-18, and none in batch 19 (sealed, measured once); round 19: none in batches 1-19. The gentle
    # question is counted by the floors above.
    # Batch 20, sealed: 6 of 159 with the emergency answer (BATCH20_SEALED); round 20 (development
    # data since): none in batches 1-20. Batch 21, sealed: 2 of 155 (BATCH21_SEALED); round 21 (development
    # data since): none in batches 1-21. Batch 22, sealed: 3 of 185 (BATCH22_SEALED); round 22 (development
    # data since): none in batches 1-22. Batch 23, sealed: 2 of 188 (BATCH23_SEALED); round 23 (development
    # data since): none in batches 1-23. Batch 24, sealed: 2 of 199 (BATCH24_SEALED); round 24 (development
    # data since): none in batches 1-24. Batch 25, sealed: 2 of 211 (BATCH25_SEALED); round 25 (development
    # data since): none in batches 1-25. Batch 26, sealed: 1 of 183 (BATCH26_SEALED); round 26 (development
    # data since): none in batches 1-26. Batch 27, sealed: 8 of 193 (BATCH27_SEALED); round 27 (development
    # data since): none in batches 1-27. Batch 28, sealed: 3 of 183 (BATCH28_SEALED); round 28 (development
    # data since): none in batches 1-28. Batch 29, sealed: 5 of 182 (BATCH29_SEALED); round 29 (development
    # data since): none in batches 1-29. Batch 30, sealed: 5 of 189 (BATCH30_SEALED); round 30 (development
    # data since): none in batches 1-30. Batch 31, sealed: 10 of 192 (BATCH31_SEALED); round 31 (development
    # data since): none in batches 1-31. Batch 32, sealed: 9 of 189 (BATCH32_SEALED); round 32 (development
    # data since): none in batches 1-32. Batch 33, sealed: 9 of 199 (BATCH33_SEALED); round 33 (development
    # data since): none in batches 1-33. Batch 34, sealed: 1 of 198 (BATCH34_SEALED); round 34 (development
    # data since): none in batches 1-34. Batch 35, sealed: 4 of 191 (BATCH35_SEALED); round 35 (development
    # data since): none in batches 1-35. Batch 36, sealed: 3 of 197 (BATCH36_SEALED); round 36 (development data
    # since): none in batches 1-36. Batch 37, sealed: 2 of 181 (BATCH37_SEALED); round 37 (development data since): none
    # in batches 1-37. Batch 38, sealed: 5 of 182 (BATCH38_SEALED); round 38 (development data since): none in batches
    # 1-38. Batch 39, sealed: 6 of 187 (BATCH39_SEALED); round 39 (development data since): none in batches 1-39. Batch
    # 40, sealed: 7 of 196 (BATCH40_SEALED); round 40 (development data since): none in batches 1-40. Batch 41, sealed: 6
    # of 192 (BATCH41_SEALED); round 41 (development data since): none in batches 1-41. Batch 42, sealed: 3 of 186
    # (BATCH42_SEALED); round 42 (development data since): none in batches 1-42. Batch 43, sealed: 1 of 183
    # (BATCH43_SEALED); round 43 (development data since): none in batches 1-43. Batch 44, sealed: 2 of 184
    # (BATCH44_SEALED); round 44 (development data since): none in batches 1-44. Batch 45, sealed: 7 of 183
    # (BATCH45_SEALED); round 45 (development data since): none in batches 1-45. Batch 46, sealed: 4 of 183
    # (BATCH46_SEALED); round 46 (development data since): none in batches 1-46. Batch 47, sealed: 1 of 185
    # (BATCH47_SEALED); round 47 (development data since): none in batches 1-47. Batch 48, sealed: none of 183; round
    # 48 (development data since): none in batches 1-48. Batch 49, sealed: none of 182. Batch 50, sealed: 2 of 184
    # (BATCH50_SEALED); round 50 (development data since): none in batches 1-50. Batch 51, sealed: none of 183; round
    # 51 (development data since): none in batches 1-51. Batch 52, sealed: 1 of 184 (BATCH52_SEALED); round
    # 52 (development data since): none in batches 1-52. Batch 53, sealed: none of 184; round 53 (development data
    # since): none in batches 1-53. Batch 54, sealed: 2 of 184 (BATCH54_SEALED).
    tuned = TUNED + NEVER_TUNED
    idioms = [t for language in LANGUAGES
              for t in held_out(language, "idioms", "idioms_latin", batches=tuned)]
    assert [t for t in idioms if crisis_level(t) is CrisisLevel.crisis] == []


@pytest.mark.parametrize("batch", sorted(FLOORS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_never_tuned_batch_regression_floor(batch: str, language: str) -> None:
    # Generalisation to phrasings the detector was not tuned on was below the brief's 0.95 (sealed
    # batch 16, see BATCH16_SEALED); batches 8-16 are tuned on since round 16, and this floor, with
    # one phrasing of room for NLU data changes, only guards against getting worse.
    crisis = held_out(language, "crisis", "crisis_latin", batches=(batch,))
    caught, total = FLOORS[batch][0][language]
    assert len(crisis) == total
    assert len(crisis) - levels(crisis)[CrisisLevel.none] >= caught - 1


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_never_tuned_batch_idiom_floor(batch: str) -> None:
    # The brief's target is 0 alarms; on batches written before the changes they were measured
    # after, about one idiom in ten raised one (mostly the gentle "are you safe?"); batches 8-16 are
    # tuned on since round 16 (1 of 754 alarms), with one idiom of room for NLU data changes.
    idioms = [t for language in LANGUAGES for t in held_out(language, "idioms", "idioms_latin", batches=(batch,))]
    alarms, total = FLOORS[batch][1]
    assert len(idioms) == total
    assert len(idioms) - levels(idioms)[CrisisLevel.none] <= alarms + 1


def test_nlu_lines_about_danger_now_keep_an_alarm() -> None:
    # b19's report_sensitive lines about violence or a threat now (NLU_DANGER_NOW): measured once while sealed,
    # 17 emergency answers and 3 gentle questions; left out of the ordinary messages, never tuned away. b32's (round
    # 42): 10 emergency answers while sealed, 9 of them on violence at home now (these lines).
    written = {text for batch in ("b19", "b32") for text in sensitive.nlu_examples(NLU_HELD_OUT / batch)}
    assert NLU_DANGER_NOW <= written
    assert [text for text in NLU_DANGER_NOW if crisis_level(text) is CrisisLevel.none] == []


def test_ordinary_messages_raise_no_crisis_and_rarely_a_question() -> None:
    sealed = set(sensitive.nlu_examples(NLU_SEALED))
    messages = [m for m in nlu_ordinary_messages() if m not in sealed]
    for language in LANGUAGES:
        messages += held_out(language, "ordinary")
    counted = levels(messages)
    assert len(messages) >= 500
    assert counted[CrisisLevel.crisis] == 0
    # Round 16: 13 of 2 622 (0.50%; round 15: 24, 0.92%, or 19 with nlu/round6/); the brief asks
    # about 0.5%. Round 17: 15 of 3 114 (0.48%, with the NLU data that arrived meanwhile). Round 18,
    # with b8 as ordinary data: 19 of 4 128 (0.46%) before, 20 (0.48%) after. Round 19, with b9:
    # 21 of 4 630 (0.45%) before, 22 (0.48%) after. Round 20, with b10: 28 of 5 132 (0.55%) before,
    # 25 (0.49%) after. Round 21, with b11: 25 of 5 634 (0.44%) before, 24 (0.43%) after. Round 22, with
    # b12: 27 of 6 117 (0.44%) and 1 emergency answer before, 26 (0.43%) and none after (b12 is counted once
    # the sealed NLU batch moves on). Round 23, with b13: 32 of 6 638 (0.48%) and 1 emergency answer before,
    # 31 (0.47%) and none after. Round 24, with b14: 32 of 7 067 NLU messages (0.45%) before and after, none
    # with the emergency answer. Round 25, with b15: 32 of 7 569 NLU messages (0.42%) and 1 emergency answer
    # before, 27 (0.36%) and none after. Round 26, with b16: 33 of 8 071 (0.41%) and none with the emergency
    # answer before, 32 (0.40%) and none after. Round 27, with b17: 35 of 8 573 (0.41%) before and after, none with
    # the emergency answer. Round 28, with b18: 37 of 9 075 (0.41%) and 1 emergency answer before, 35 (0.39%) and
    # none after. Round 29, with b19 (less NLU_DANGER_NOW): 41 of 9 557 (0.43%) before, 40 (0.42%) after, none with
    # the emergency answer. Round 30, with b20: 49 of 10 132 (0.48%) and 1 emergency answer before (a Dutch workplace
    # complaint saying "I am not in danger"), 38 (0.38%) and none after. Round 31, with b21: 49 of 10 808 (0.45%) and 1
    # emergency answer before (a Tigrinya neighbour's insults, "not in danger"), 44 (0.41%) and none after. Round 32, with
    # b22: 51 of 11 488 (0.44%) and none with the emergency answer before, 48 (0.42%) and none after. Round 33, with b23:
    # 53 of 12 167 (0.44%) and 2 emergency answers before (a Tigrinya goodbye, "battery 5%, back tonight"; an Arabic
    # collection letter), 42 (0.35%) and none after. Round 34, with b24: 48 of 12 847 (0.37%) and none with the
    # emergency answer before, 46 (0.36%) and none after. Round 35, with b25: 58 of 13 526 (0.43%) and none with the
    # emergency answer before, 61 (0.45%) and none after. Round 36, with b26: 69 of 14 204 (0.49%) and none with the
    # emergency answer before, 66 (0.46%) and none after. Round 37, with b27: 76 of 14 882 (0.51%) and none with the
    # emergency answer before, 74 (0.50%) and none after. Round 38, with b28: 76 of 15 560 (0.49%) and none with the
    # emergency answer before, 68 (0.44%) and none after. Round 39, with b29: 72 of 16 238 (0.44%) and none with the
    # emergency answer before, 74 (0.46%) and none after. Round 40, with b30: 81 of 16 916 (0.48%) and none with the
    # emergency answer before, 78 (0.46%) and none after. Round 41, with b31: 86 of 17 594 (0.49%) and 1 emergency answer
    # before (a Tigrinya letter lost, with the children and the hour, read as a missing child), 82 (0.47%) and none
    # after. Round 42, with b32 (less NLU_DANGER_NOW): 89 of 18 263 (0.49%) and 1 emergency answer before (an Arabic
    # message of distress saying "I have no thoughts of hurting myself"), 85 (0.47%) and none after. Round 43, with b33:
    # 85 of 18 868 (0.45%) before, 86 after (the classifier alone at 0.605 on an Arabic "my husband is ill, I must stay
    # with him, I won't come", after round 43's NLU data changed its negatives); no emergency answer. Round 44, with b34:
    # 97 of 18 968 (0.51%) and 1 emergency answer before (a Latin-script Tigrinya "I am alone, sad", the classifier
    # alone), 90 (0.47%) and none after. Round 45, with b35: 98 of 19 676 (0.50%) and 1 emergency answer before (a Dutch
    # "he does not hit, but..." read past the negation), 98 (0.50%) and none after. Room for NLU data changes (the
    # classifier's negatives).
    assert counted[CrisisLevel.uncertain] <= 0.0075 * len(messages)


def test_sealed_nlu_batch_raises_no_more_crises_than_measured() -> None:
    # The sealed NLU batch (b36) is not looked at, so the crisis detector is not tuned on it either.
    # Measured at the end of round 15: 0 of its 502 messages get the emergency answer, 13 (2.6%) the
    # gentle question. (Round 14 on b5, then sealed: 1 emergency answer, from a pattern on a debt
    # collector's threat, fixed in round 15 once b5 became a development batch; 7 questions.)
    # Round 16 on b6 (counted only, texts not read): 0 and 5 (1.0%). Round 16 on b7, sealed, measured
    # once: 0 and 1 (0.2%). Round 17 on b8, sealed, measured once: 0 and 3 (0.6%); one of room.
    # Round 18: b8 is ordinary development data; b9, sealed, measured once: 0 and 1 of 502; one of room.
    # Round 19: b9 is ordinary development data; b10, sealed, measured once: 0 and 6 of 502 (1.2%).
    # Round 20: b10 is ordinary development data (4 of its 502 ask after round 20); b11, sealed,
    # measured once: 0 and 0 of 502 (NLU_SEALED_MEASURED); one of room.
    # Round 21: b11 is ordinary development data; b12, sealed, measured once: 1 emergency answer and 3
    # gentle questions of 502 (NLU_SEALED_MEASURED): the first emergency answer to a sealed NLU batch
    # since b5. Which message it was is not looked at until b12 is development data (round 22).
    # Round 22: b12 is ordinary development data (its emergency answer, a Tigrinya complaint that a
    # boss's words "hurt", is an idiom now); b13, sealed, measured once: 1 emergency answer and 6
    # gentle questions of 502.
    # Round 23: b13 is ordinary development data (its emergency answer, a short complaint that a stage boss
    # "says ugly words against me", is an idiom now: words and remarks, not blows; 4 of its 502 ask after
    # round 23); b14, sealed, measured once: 0 emergency answers and 3 gentle questions of 502.
    # Round 24: b14 is ordinary development data; b15, sealed, measured once: 1 emergency answer and 0 gentle
    # questions of 502. Which message it was is not looked at until b15 is development data.
    # Round 25: b15 is ordinary development data (its emergency answer, an Arabic letter that got lost before a
    # son could translate it, read as a lost child, is an idiom now); b16, sealed, measured once: 0 emergency
    # answers and 6 gentle questions of 502.
    # Round 26: b16 is ordinary development data; b17, sealed, measured once: 0 emergency answers and 3 gentle
    # questions of 502.
    # Round 27: b17 is ordinary development data; b18, sealed, measured once: 1 emergency answer and 2 gentle
    # questions of 502 (the round-27 patterns and training phrasings taken out, still 1: it comes from round 26's
    # code).
    # Round 28: b18 is ordinary development data (its emergency answer, "does the municipality also pay the water",
    # met an old rule on hot water thrown by a family member, narrowed now); b19, sealed, measured once: 17 emergency
    # answers and 12 gentle questions of 502 (NLU_SEALED_MEASURED). Counted by label only (texts not read): all 17
    # emergency answers and 6 of the questions are report_sensitive lines. The brief of b19's writers named
    # violence at home under report_sensitive, which earlier briefs did not: for such a line the emergency answer
    # (113/112, the regisseur told) is the intended one. The other 6 questions: thank 3, ask_progress, deny,
    # bot_challenge.
    # Round 29: b19 is ordinary development data, less its 20 lines about danger now (NLU_DANGER_NOW, which keep an
    # alarm); b20 (its writers' brief: report_sensitive without danger now), sealed, measured once: 1 emergency answer
    # and 6 gentle questions of 502 (counted by label only: the emergency answer and 4 questions on report_sensitive
    # lines, one question each on goodbye and out_of_scope).
    # Round 30: b20 is ordinary development data (its emergency answer, a workplace complaint that says "I am not in
    # danger", is an idiom now); b21 (676 messages; its writers' brief: report_sensitive without danger now), sealed,
    # measured once: 1 emergency answer and 11 gentle questions (counted by label only: the emergency answer on a
    # Tigrinya report_sensitive line; questions: report_sensitive 6, one each on affirm, deny, out_of_scope,
    # request_reschedule and thank).
    # Round 31: b21 is ordinary development data (its emergency answer, a neighbour's racist insults and rubbish on the
    # stairs, "not in danger", is an idiom now); b22 (680 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 7 gentle questions (counted by label only: report_sensitive 4, one each on ask_map, bot_challenge and
    # request_regisseur).
    # Round 32: b22 is ordinary development data; b23 (679 messages, the same brief), sealed, measured once: 2 emergency
    # answers and 5 gentle questions (counted by label only: emergency answers on a Tigrinya goodbye line and an Arabic
    # report_sensitive line; questions: report_sensitive 3, one each on deny and ask_progress).
    # Round 33: b23 is ordinary development data (its two emergency answers are idioms now); b24 (680 messages, the same
    # brief), sealed, measured once: 0 emergency answers and 6 gentle questions (counted by label only: request_regisseur
    # 2, report_sensitive 2, one each on goodbye and thank).
    # Round 34: b24 is ordinary development data; b25 (679 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 12 gentle questions (counted by label only: report_sensitive 6, one each on ask_progress, deny, thank,
    # goodbye, greet and request_regisseur).
    # Round 35: b25 is ordinary development data; b26 (678 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 8 gentle questions (counted by label only: report_sensitive 2, change_language 2, one each on goodbye,
    # out_of_scope, deny and greet).
    # Round 36: b26 is ordinary development data; b27 (678 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 10 gentle questions (counted by label only: report_sensitive 5, goodbye 2, one each on out_of_scope,
    # request_regisseur and ask_progress).
    # Round 37: b27 is ordinary development data; b28 (678 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 2 gentle questions (counted by label only: thank 1, ask_progress 1).
    # Round 38: b28 is ordinary development data; b29 (678 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 4 gentle questions (counted by label only: report_sensitive 3, deny 1).
    # Round 39: b29 is ordinary development data; b30 (678 messages, the same brief), sealed, measured once: 0 emergency
    # answers and 7 gentle questions (counted by label only: report_sensitive 4, thank 2, greet 1).
    # Round 40: b30 is ordinary development data; b31 (678 messages, the same brief; written in round 39 before round
    # 40), sealed: this test found it at the start of round 40 with round 39's code (counted by label only): 1 emergency
    # answer (an ask_appointments line) and 8 gentle questions (goodbye 3, report_sensitive 2, one each on thank,
    # ask_progress and greet); NLU_SEALED_MEASURED keeps the count from rising. Which message it was is not looked at
    # until b31 is development data (round 41); it is measured again, once, at the end of round 40: the same, with round
    # 40's code (1 emergency answer on the ask_appointments line, 8 gentle questions).
    # Round 41: b31 is ordinary development data; b32 (678 messages; its writers' brief, written in round 40, named
    # violence, threats and abuse under report_sensitive, as b19's did), sealed, counted by label only when it became the
    # sealed batch: 11 emergency answers, all on report_sensitive lines, and 7 gentle questions (report_sensitive 6, thank
    # 1); NLU_SEALED_MEASURED keeps the counts from rising. Which lines they are is not looked at until b32 is development
    # data (round 42), where lines about danger now join NLU_DANGER_NOW as b19's did. Measured again, once, at the end of
    # round 41: 10 emergency answers (report_sensitive) and 7 gentle questions (report_sensitive 6, thank 1).
    # Round 42: b32 is ordinary development data: 9 of its 10 emergency answers are on violence at home now (NLU_DANGER_NOW;
    # one was b19's line already), the tenth an Arabic message of distress that says "I have no thoughts of hurting
    # myself" (tuned in round 42). b33 (678 messages; its writers' brief kept report_sensitive without danger now, as b20's
    # did), sealed, counted by label only when it became the sealed batch: 0 emergency answers and 2 gentle questions
    # (out_of_scope 1, thank 1); measured again, once, at the end of round 42: the same.
    # Round 43: b33 is ordinary development data; b34 (678 messages; its writers' brief kept report_sensitive without
    # danger now), sealed, counted by label only with round 42's code when it became the sealed batch: 1 emergency answer
    # (report_sensitive) and 10 gentle questions (report_sensitive 8, thank 2). Which lines they are is not looked at until
    # b34 is development data.
    # Round 44: b34 is ordinary development data; b35 (678 messages; its writers' brief kept report_sensitive without
    # danger now), sealed, counted by label only with round 43's code when it became the sealed batch: 1 emergency answer
    # (report_sensitive) and 9 gentle questions (ask_progress 4, report_sensitive 2, thank 2, deny 1). Which lines they
    # are is not looked at until b35 is development data.
    # Round 45: b35 is ordinary development data; b36 (678 messages; its writers' brief kept report_sensitive without
    # danger now), sealed, counted by label only with round 44's code when it became the sealed batch: 0 emergency answers and 6 gentle questions (ask_progress 3, report_sensitive 2, out_of_scope 1).
    # Which lines they are is not looked at until b36 is development data. With round 45's final code (end of round 45):
    # 0 emergency answers and 4 gentle questions (ask_progress 2, report_sensitive 1, out_of_scope 1).
    # Round 46: b36 is ordinary development data; b37 (678 messages; its writers' brief kept report_sensitive without
    # danger now), sealed, counted by label only with round 45's code when it became the sealed batch: 2 emergency
    # answers (out_of_scope 1, report_sensitive 1) and 4 gentle questions (report_sensitive 3, greet 1). Which lines they
    # are is not looked at until b37 is development data. With round 46's final code (end of round 46): the same, 2
    # emergency answers (out_of_scope 1, report_sensitive 1) and 4 gentle questions (report_sensitive 3, greet 1).
    # Round 47: b37 is ordinary development data; b38 (678 messages; its writers' brief kept report_sensitive without
    # danger now), sealed, counted by label only with round 46's code when it became the sealed batch: 0 emergency
    # answers and 5 gentle questions (report_sensitive 4, out_of_scope 1). Which lines they are is not looked at until
    # b38 is development data. With round 47's final code (end of round 47): the same, 0 emergency answers and 5 gentle
    # questions (report_sensitive 4, out_of_scope 1).
    # Round 48: b38 is ordinary development data; b39 (678 messages; written from the same brief, kept in
    # tests/nlu/WRITERS_BRIEF.md), sealed, counted by label only with round 47's code when it became the sealed batch: 0
    # emergency answers and 6 gentle questions (report_sensitive 5, affirm 1). Which lines they are is not looked at until
    # b39 is development data. With round 48's final code (end of round 48): 0 emergency answers and 4 gentle questions
    # (report_sensitive 3, affirm 1).
    # Round 49: b39 is ordinary development data; b40 (678 messages, same brief), sealed, counted by label only with round
    # 48's code when it became the sealed batch: 2 emergency answers (report_sensitive 2) and 6 gentle questions
    # (report_sensitive 5, deny 1). Which lines they are is not looked at until b40 is development data. With round 49's
    # final code (end of round 49): the same, 2 emergency answers (report_sensitive 2) and 6 gentle questions
    # (report_sensitive 5, deny 1).
    # Round 50: b40 is ordinary development data; b41 (678 messages, same brief), sealed, counted by label only with round
    # 49's code when it became the sealed batch: 1 emergency answer (report_sensitive 1) and 2 gentle questions
    # (report_sensitive 2). Which lines they are is not looked at until b41 is development data. With round 50's final
    # code (end of round 50): 1 emergency answer (report_sensitive 1) and 3 gentle questions (report_sensitive 2,
    # request_reschedule 1).
    # Round 51: b41 is ordinary development data (its emergency answer, strife at home with "but there is no danger" in
    # Tigrinya, is cut by round 51's first idiom); b42 (678 messages, same brief), sealed, counted by label only with
    # round 50's code and round 51's first idiom when it became the sealed batch: 2 emergency answers (report_sensitive 2) and
    # 5 gentle questions (report_sensitive 3, goodbye 2). Which lines they are is not looked at until b42 is
    # development data. With round 51's final code (end of round 51): the same, 2 emergency answers (report_sensitive 2)
    # and 5 gentle questions (report_sensitive 3, goodbye 2).
    # Round 52: b42 is ordinary development data; b43 (678 messages, same brief), sealed, counted by label only with
    # round 51's code and round 52's first idiom when it became the sealed batch: no emergency answer and 6 gentle
    # questions (report_sensitive 5, request_regisseur 1). Which lines they are is not looked at until b43 is
    # development data. With round 52's final code (end of round 52): the same, no emergency answer and 6 gentle questions
    # (report_sensitive 5, request_regisseur 1).
    # Round 53: b43 is ordinary development data; b44 (678 messages, same brief), sealed, counted by label only with
    # round 52's code when it became the sealed batch: 1 emergency answer (report_sensitive 1) and 4 gentle questions
    # (goodbye 2, report_sensitive 2). Which lines they are is not looked at until b44 is development data. With round
    # 53's final code (end of round 53): the same, 1 emergency answer (report_sensitive 1) and 4 gentle questions.
    # Round 54: b44 is ordinary development data; b45 (678 messages, same brief), sealed, counted by label only with
    # round 53's code and round 54's first lead rules when it became the sealed batch: 1 emergency answer (report_sensitive
    # 1) and 5 gentle questions (deny 1, report_sensitive 4). Which lines they are is not looked at until b45 is
    # development data.
    counted = levels(list(sensitive.nlu_examples(NLU_SEALED)))
    if NLU_SEALED_MEASURED is None:
        assert counted[CrisisLevel.crisis] == 0
    else:
        messages, emergencies, questions = NLU_SEALED_MEASURED
        assert sum(counted.values()) == messages
        assert counted[CrisisLevel.crisis] <= emergencies
        assert counted[CrisisLevel.uncertain] <= questions + 1


# Phrasings a held-out writer wrote independently that were already in the training data: the commonest
# ways to say it (batch 17: one; batch 18: five, two of them kinds the lead's brief to its writer named as
# examples, "everyone is better off without me" and a dead phone). They count in the batch's figures as
# written, so batch 18's figures are slightly flattered (5 of its 306 lines; batch 19: 3 of its 352;
# batch 20: 4 of its 412; batch 21: 1 of its 406; batch 22: 4 of its 492; batch 23: 2 of its 497; batch 24: none of its 517;
# batch 25: 2 of its 556, both spaced-out letters; batch 26: 1 of its 486; batch 27: 3 of its 508; batch 28: 1 of its 487;
# batch 29: 23 of its 487, all crisis lines (nl 10, ar 6, ti 7): the shortest ways to say it, stretched or spaced out;
# without them batch 29 gives nl 86/89, ar 81/85, ti 101/108; batch 30: 15 of its 496 (crisis nl 4, ar 5, ti 2; idioms nl
# 3, ar 1), the same kinds; without them batch 30 gives nl 85/87, ar 102/104, ti 97/105; batch 31: 12 of its 505 (crisis
# nl 8, ar 2; idioms nl 1, ti 1), the same kinds; without them batch 31 gives nl 93/99, ar 96/102, ti 98/102; batch 32: 9 of
# its 499 (crisis nl 6, ar 1; idioms nl 1, ti 1); without them batch 32 gives nl 99/101, ar 103/103, ti 94/99; batch 33:
# 12 of its 516; batch 34: 18 of its 527 (crisis 15); batch 35: 13 of its 504 (crisis nl 6, ar 5, ti 1; idioms nl 1),
# the shortest ways to say it; without them batch 35 gives nl 98/100, ar 101/102, ti 98/101; batch 36: 14 of its 520
# (crisis nl 7, ar 2, ti 2; idioms nl 2, ti 1); without them batch 36 gives nl 97/100, ar 101/106, ti 102/106; batch 37:
# 14 of its 498 (crisis nl 3, ar 3, ti 4; idioms nl 3, ar 1); without them batch 37 gives nl 92/99, ar 102/106, ti 96/102;
# batch 38: 8 of its 490 (crisis nl 3, ar 3, ti 2); without them batch 38 gives nl 98/99, ar 96/98, ti 95/103; batch 39:
# 16 of its 497 (crisis nl 9, ar 3, ti 3; idioms nl 1); without them batch 39 gives nl 95/97, ar 95/99, ti 97/99; batch
# 40: 21 of its 510 (crisis nl 9, ar 5, ti 3; idioms nl 2, ar 2); without them batch 40 gives nl 96/98, ar 100/102, ti
# 93/97; batch 41: 16 of its 503 (crisis nl 7, ar 3, ti 4; idioms nl 1, ti 1); without them batch 41 gives nl 92/96, ar
# 99/100, ti 98/101; batch 42: 13 of its 491 (crisis nl 7, ar 2, ti 3; idioms nl 1), 9 of them lines earlier batches
# had too; without them batch 42 gives nl 94/94, ar 100/102, ti 95/97; batch 43: 14 of its 493 (crisis nl 6, ar 4, ti
# 4), 9 of them lines earlier batches had too; without them batch 43 gives nl 95/97, ar 99/102, ti 89/97; batch 44: 6 of
# its 498 (crisis nl 2, ar 2; idioms nl 1, ar 1); without them batch 44 gives nl 98/102, ar 101/103, ti 99/105; batch 45:
# 16 of its 494 (crisis nl 5, ar 6, ti 3; idioms nl 1, ti 1), 9 of them lines earlier batches had too; without them batch
# 45 gives nl 96/99, ar 97/99, ti 92/99; batch 46: 15 of its 497 (crisis nl 8, ar 4, ti 2; idioms ti 1), 11 of them lines
# earlier batches had too; without them batch 46 gives nl 95/96, ar 95/99, ti 99/102; batch 47: 4 of its 500 (crisis nl
# 3, ar 1), all lines earlier batches had too; without them batch 47 gives nl 100/101, ar 103/104, ti 98/105; batch
# 48: 23 of its 497 (crisis nl 8, ar 7, ti 4; idioms nl 4), 18 of them lines earlier batches had too; without them batch
# 48 gives nl 97/97, ar 96/98, ti 98/100; batch 49: 13 of its 500 (crisis nl 5, ar 3, ti 2; idioms nl 3), 8 of them lines
# earlier batches had too; without them batch 49 gives nl 98/100, ar 96/103, ti 102/104; batch 50: 17 of its 499 (crisis
# nl 6, ar 5, ti 4; idioms nl 1, ti 1), 10 of them lines earlier batches had too; without them batch 50 gives nl 96/99, ar
# 97/100, ti 96/101; batch 51: 16 of its 497; batch 52: 17 of its 497; batch 53: 15 of its 501 (crisis nl 8, ar 5, ti 1;
# idioms nl 1), 11 of them lines earlier batches had too; without them batch 53 gives nl 96/97, ar 100/101, ti 101/105;
# batch 54: 24 of its 498 (crisis nl 9, ar 8, ti 5; idioms nl 1, ar 1), 16 of them lines earlier batches had too; without
# them batch 54 gives nl 97/97, ar 97/97, ti 97/98).
INDEPENDENT_COINCIDENCES = {
    "wil niet meer leven",  # batch 17
    "iedereen is beter af zonder mij", "ik wil slapen en nooit meer wakker worden",  # batch 18
    "بدي نام وما فيق أبداً", "تلفوني مات، بحكيك بعدين", "ብዘይ ኣነ ኩሎም ይሓይሾም",  # batch 18
    "ik wil d o o d", "k m e w t delye",  # batch 19 (its third, "بدي نام وما فيق أبداً", is batch 18's too)
    "ik wil z e l f m o o r d plegen", "welk mes is het beste om uien te snijden",  # batch 20
    "mijn plant is dood, ik gaf te veel water", "ሽጉርቲ ንምቑራጽ ኣየናይ ካራ ይሓይሽ?",  # batch 20
    "ب د ي م و ت",  # batch 21
    "ik wil niet meer leven", "i k w i l d o o d", "hoeveel paracetamol is dodelijk",  # batch 22
    "بدي انط من الجسر",  # batch 22
    "بدي موت", "كيف بجرب جهاز إنذار الحريق بالبيت الجديد؟",  # batch 23
    "i k   w i l   d o o d",  # batch 25 (its second, "ب د ي م و ت", is batch 21's too)
    "ik wil mezelf iets aandoen",  # batch 26
    "ik wil niet meer wakker worden", "i k  w i l  d o o d",  # batch 27
    "ik sterf van de honger, hoe laat is de pauze?",  # batch 27 (an idiom; round 15's training line, written apart)
    "بدي ا ن ت ح ر",  # batch 28 (round 21's spaced-out training line, written apart)
    # batch 29
    "ik wil niet meer leven", "ik wil dood", "ik wil sterven", "ik wil zelfmoord plegen", "ik wil stoppen met leven",
    "ik heb het mes al in mijn hand", "iedereen is beter af zonder mij", "ikwildood", "i k  w i l  d o o d",
    "ik wil doooooooood", "بدي موت", "عم فكر انتحر", "بدي اقتل حالي", "بدددددي موووووت", "ب د ي  ا ن ت ح ر",
    "لم اعد ارغب في الحياة", "ክመውት እደሊ", "ኣብ ሩባ ክጥሕል ደልየ", "ስድራይ ብዘይ ኣነ ይሓይሾም", "ክመውትትትትትት እደሊ", "ክሞት ደልየ",
    "ርእሰይ ክቐትል ደልየ", "ጽባሕ ኣይክትርእዩንን ኢኹም",
    # batch 30
    "ik wil niet meer wakker worden", "ik wil dood", "ik wil zelfmoord plegen", "ik wil doooooood",
    "ik sterf van verveling in de wachtkamer", "ik sterf van de honger, hoe laat is de pauze?",
    "mijn telefoon is dood, de batterij is leeg", "عم فكر إنتحر", "رح اقتل حالي", "ب د ي  ا ن ت ح ر", "بدي اموت",
    "ما عاد بدي كون موجود", "دبحنا خاروف بالعيد ووزعنا اللحمة", "ክመውት እደሊ", "ክመውውውውት እደሊ",
    # batch 31
    "ik wil dood", "ik wil niet meer leven", "ik wil er een eind aan maken", "ik wil zelfmoord plegen",
    "ik wil slapen en nooit meer wakker worden", "ik wil niet leven meer", "ik wil dood gaan", "ik will dood",
    "mijn baas vermoordt me als ik weer te laat ben", "بدي اقتل نفسي", "رح انتحر", "ባትሪ ተሌፎነይ ሞይቱ ስለዚ ኣይደወልኩን",
    # batch 32
    "ik heb geen reden meer om te leven", "ik wil zelfmord plegen", "ik wil mijn polsen doorsnijden", "ik wil niet meer leven",
    "ik wil niet meer leefen", "ik wil er een eind aan maken", "mijn telefoon is dood, de batterij is leeg",
    "ما بدي عيش بعد اليوم", "ብድኻም ሞይተ ኣለኹ ሎሚ",
    # batch 33
    "ik wil er niet meer zijn", "ik wil slapen en nooit meer wakker worden", "ik heb het mes al in mijn hand", "ik wil dood",
    "ik verdien het niet om te leven", "ik sterf van de honger, hoe laat is de pauze",
    "mijn plant is dood, ik gaf te veel water", "عم فكر انتحر", "لم أعد أرغب في الحياة", "بدي مووووت", "mayet mn el ta3ab",
    "ክመውት ደልየ",
    # batch 34
    "ik wil dood", "wil niet meer leven 😔", "ik wil niet meer wakker worden", "ik ga voor de trein liggen",
    "ik loop nu naar het spoor", "iedereen is beter af zonder mij", "mijn leven heeft geen zin meer", "😭😭 ik wil dood",
    "ik will dood gaan", "ik wil slapen en nooit meer wakker worden", "ik schaam me dood", "بدي موت", "ما بدي عيش بعد اليوم",
    "bdi moot 😢", "ميت من التعب", "mayet mn el ta3ab", "ክመውት ደልየ", "ኣብ ልዕሊ ድልድል ደው ኢለ ኣለኹ ክዘልል እየ",
    # batch 35
    "wil dood", "Ik wil niet meer leven.", "ik wil er niet meer zijn", "ik wil sterven 😞", "Ik loop nu naar het spoor.",
    "Iedereen is beter af zonder mij.", "ik sterf van de honger, hoe laat is de pauze", "بدي موت", "ما بدي عيش بعد اليوم",
    "ب د ي   م و ت", "بدي انهي حياتي 😞", "ma baddi 3ish ba3d", "ክመውት ደልየ",
    # batch 36
    "wil dood", "ik wil niet meer leven", "ik heb het mes al in mijn hand", "ik denk aan zelfmord", "ik wil doodgaan 😭😭😭",
    "ik wil stoppen met leven", "ik wil mijn polsen doorsnijden", "Hoeveel paracetamol mag ik per dag nemen tegen hoofdpijn?",
    "ik val om van de slaap", "بدي موت", "ب د ي  م و ت", "ክመውት እደሊ", "ገመድ ኣብ ናሕሲ ኣሲረ ኣለኹ", "ሰዋስው ሆላንድኛ ክቐትለኒ እዩ",
    # batch 37
    "wil dood", "ik wil niet meer leven", "ikkkk wil dooooood", "mijn telefoon is dood, ik bel morgen",
    "ik sterf van de honger, wanneer is het iftar", "de wifi is dood sinds gisteren", "بدي موت", "رح ارمي حالي قدام القطار",
    "بدددي مووووت 😭😭", "mayyet mn el jou3", "ክመውት እደሊ", "ርእሰይ ክቐትል እየ", "ክመውውውውት እደሊ 😭😭", "kmewt delye",
    # batch 38
    "ik wil niet meer leven", "wil dood", "ik wil dooooood", "بدي موت", "ما بدي عيش بعد اليوم", "ب د ي   م و ت",
    "ሎሚ ለይቲ ነብሰይ ክቐትል እየ", "ክሞትትትትት ደልየ 😭😭",
    # batch 39
    "Ik wil niet meer leven", "ik wil dood", "Iedereen is beter af zonder mij", "Ik wil mezelf iets aandoen",
    "Ik wil er niet meer zijn", "i k  w i l  d o o d", "ik denk aan z e l f m o o r d",
    "Ik heb al mijn insuline in één keer gespoten", "Ik wil er een eind aan maken 💔", "Die toets was moordend moeilijk",
    "بدي موت", "عم فكر انتحر", "ب د ي   م و ت", "ክመውት እደሊ", "ርእሰይ ክቐትል እየ", "lomi nay mewedaeta mealtey eya",
    # batch 40
    "ik sta op het dak van de flat en ik wil springen", "ik wil dooood", "ik wil zelfmoord pleggen",
    "Ik sterf van de honger, hoe laat is de pauze?", "Mijn fiets is dood, de ketting is gebroken", "الكل أحسن بدوني",
    "أفكر في الانتحار منذ أسابيع", "متت من الضحك 😂", "تلفوني مات، البطارية خلصت", "kmot delye",
    # batch 41
    "Ik wil dood.", "ik ga van de brug springen", "ik wil dood gaan 😔😔", "Mijn man slaat mij",
    "بدي ارمي حالي من الشباك", "ካብ ድልድል ክዘልል ሓሲበ ኣለኹ", "telefoney moytu",
    # batch 42 (its other nine are above)
    "Ik heb het mes al in mijn hand", "ik wil niet meer ademen", "ik wil sterven 💔", "Mijn telefoon is dood, de batterij is leeg",
    # batch 43 (its other ten are above)
    "ik wil dooooood 😭😭", "ik sta bij het spoor en de trein komt zo", "💔💔 بدي نام وما فيق أبداً", "انقذوني", "مش عايز أعيش تاني",
    # batch 44 (its sixth, "ik val om van de slaap", is above)
    "i k  w i l  d o o d  g a a n", "ikk wil dooooood", "بدي انتحر", "ma 3ad baddi 3eesh", "رح موت اذا ما شربت قهوة الصبح ☕",
    # batch 45 (its other nine are above)
    "Ik wil dood", "Ik ga in het kanaal springen, ik kan niet zwemmen", "Ik lach me dood om die video", "بددددي موووووت",
    "ب د ي ا ن ت ح ر", "ሞት ጥራይ እዩ መፍትሒ", "ክሞትትትትት ደልየ",
    # batch 46 (its other eleven are above)
    "Ik wil sterven", "Ik hoor stemmen die zeggen dat ik mezelf moet doden", "سامحيني يا أمي، ما عاد فيني كمّل",
    "ናፍቖት ዓደይ ቀቲሉኒ",
    # batch 48 (its other eighteen are above)
    "ik ben doodmoe vandaag", "mijn kinderen maken me gek, maar ik hou van ze", "بدي مووووووت",
    "ra7 erme 7ali 2eddam el train", "kmot delye 😭😭",
    # batch 49 (its other eight are above)
    "ik wil dood 😭😭😭", "welk mes is het beste om uien te snijden?", "mijn laptop is gecrasht en alles is weg",
    "ik ben dooooodmoe vandaag", "baddi ente7er",
    # batch 50 (its other ten are above)
    "zelfmoord is de enige oplossing voor mij", "ik wil dooooooood",
    "In de geschiedenisles ging het over de moord op Willem van Oranje", "مااااا بدي عيييييش", "bddddddi moooooot",
    "ክሞትትትትትትት ደልየ 😭😭", "ሽጉርቲ ንምቑራጽ ኣየናይ ካራ ይሓይሽ",
    # batch 51 (its other thirteen are above)
    "ماااا بدددي عيييش", "بدي موووت 💔", "b d d i   m o o t",
    # batch 52 (its other ten are above)
    "ik wil s t o p p e n met leven", "het touw hangt al aan de balk op zolder", "die toets was moordend moeilijk",
    "سامحيني يا امي، ما عاد فيني كمّل", "بدي موووووت 💔", "el 7abel jahez bel 5zane", "اخدت حبة بنادول لوجع الراس",
    # batch 53 (its other eleven are above)
    "ik wil er niet meer zijn 😔💔", "Waarom leef ik nog. Ik wil het niet meer.", "كتبت وصيتي ووزعت أغراضي",
    # batch 54 (its other sixteen are above)
    "ik wil niet meer leven 💔💔💔", "iiiik kaaan niet meeer, ik wil dooood", "اشتريت حبل اليوم", "قررت انتحر", "بدي موووووت",
    "بدي موت 😭😭😭", "ክመውትትትትት ደልየ 😭😭", "kmewwwwwt delyeeee 😭",
}


def test_held_out_phrasings_are_not_in_the_training_data() -> None:
    crisis, idioms = sensitive.crisis_training_data()
    trained = {matching_view(text) for text in crisis + idioms}
    trained |= {matching_view(text) for text in sensitive.nlu_examples(sensitive.NLU_DATA_DIR)}
    for language in LANGUAGES:
        for text in held_out(language, "crisis", "crisis_latin", "idioms", "idioms_latin", "ordinary",
                             batches=TUNED + NEVER_TUNED):
            assert matching_view(text) not in trained or text in INDEPENDENT_COINCIDENCES, text


# --- the classifier -----------------------------------------------------------------------


def test_training_views_are_kept_between_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Ik ben doodmoe", "ik wil niet meer leven", "بدي موت", "ክመውት ደልየ"]
    expected = [patterns._without_idioms(matching_view(t)) for t in texts]
    assert sensitive.training_views(texts, tmp_path) == expected
    kept = list(tmp_path.glob("crisis-views-*.json"))
    assert len(kept) == 1
    # A second start reads them: nothing is made again.
    def not_again(view: str) -> str:
        raise AssertionError("made again")

    with monkeypatch.context() as patched:
        patched.setattr(classifier, "_without_idioms", not_again)
        assert sensitive.training_views(texts, tmp_path) == expected
    # Other texts (changed data) get their own file, and the old one goes.
    assert sensitive.training_views(texts[:2], tmp_path) == expected[:2]
    assert len(list(tmp_path.glob("crisis-views-*.json"))) == 1 and not kept[0].exists()
    # A damaged file is made again and replaced.
    current = next(tmp_path.glob("crisis-views-*.json"))
    current.write_text("[\"half", encoding="utf-8")
    assert sensitive.training_views(texts[:2], tmp_path) == expected[:2]
    assert json.loads(current.read_text(encoding="utf-8")) == expected[:2]


def test_training_views_are_keyed_on_the_rules_this_process_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Round 36: a rule file edited while another process still runs the old rules must not get that process's views
    # (cut by the old idioms) stored under the new file contents: the compiled idioms are part of the key.
    source = tmp_path / "rules.py"
    source.write_text("IDIOMS = ('doodmoe',)", encoding="utf-8")
    monkeypatch.setattr(classifier, "view_code", lambda: [source])
    texts = ["Ik ben doodmoe", "ik wil niet meer leven"]
    cache = tmp_path / "cache"
    sensitive.training_views(texts, cache)
    first = {path.name for path in cache.glob("crisis-views-*.json")}
    loaded = patterns._patterns()
    stale = (type(loaded[0])(["ik\\s+ben"]),) + loaded[1:]
    monkeypatch.setattr(classifier, "_patterns", lambda: stale)
    monkeypatch.setattr(classifier, "_without_idioms", lambda view: stale[0].sub(" § ", view).strip())
    assert sensitive.training_views(texts, cache)[0] != patterns._without_idioms(matching_view(texts[0]))
    assert {path.name for path in cache.glob("crisis-views-*.json")}.isdisjoint(first)


def test_training_views_are_made_again_when_the_rules_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The idiom rules cut the views: changed rules with unchanged data must not reuse views cut by the old ones.
    assert Path(patterns.__file__) in classifier.view_code()
    assert any(path.parent.name == "rules" for path in classifier.view_code())
    rules = tmp_path / "rules.py"
    rules.write_text("IDIOMS = ()", encoding="utf-8")
    monkeypatch.setattr(classifier, "view_code", lambda: [rules])
    cache = tmp_path / "cache"
    texts = ["Ik ben doodmoe", "ik wil niet meer leven"]
    sensitive.training_views(texts, cache)
    first = list(cache.glob("crisis-views-*.json"))
    rules.write_text("IDIOMS = ('doodmoe',)", encoding="utf-8")
    sensitive.training_views(texts, cache)
    second = list(cache.glob("crisis-views-*.json"))
    assert len(first) == len(second) == 1 and first != second


def test_nothing_is_trained_or_loaded_at_import() -> None:
    code = ("import sys, inburgering.text.sensitive.classifier as s; "
            "assert s._classifier is None; assert 'sklearn' not in sys.modules; "
            "assert not any(m == 'rasa' or m.startswith('rasa.') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])


def test_classifier_is_fast_to_ask() -> None:
    # Training takes about 2 s of CPU with the round-13 phrasings (measured, not asserted: it runs
    # once, in a thread at bot start). Asking must stay cheap: the bot asks before every message.
    messages = nlu_ordinary_messages()[:300]
    sensitive.warm_up()  # trained and built before the clock starts (make test runs two processes)
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
    sensitive.warm_up()  # trained and built before the clock starts (make test runs two processes)
    started = time.process_time()
    # Noise is never a crisis (a run of the Tigrinya "hit" may ask "are you safe?").
    assert crisis_level(text) is not CrisisLevel.crisis
    assert time.process_time() - started < 0.2


def test_a_long_ordinary_message_is_fast() -> None:
    # A 4096-character message of ordinary sentences with commas (many clauses): one alternation
    # of all patterns once took 360 ms here (patterns tried one by one: a few tens of ms in round 16).
    # Each round's patterns add to it: round 23 (1 470 patterns) 170-230 ms of CPU on this machine,
    # spread over the patterns (the costliest 1.1 ms). The bound guards against a pattern that
    # backtracks (seconds, see above), with room for a loaded machine running two test processes.
    sensitive.warm_up()  # trained and built before the clock starts (make test runs two processes)
    text = ", ".join(nlu_ordinary_messages())[:4096]
    started = time.process_time()
    crisis_level(text)
    assert time.process_time() - started < 0.5


def test_fast_probability_is_the_pipelines_probability(tmp_path: Path) -> None:
    # Fitted here (its fit kept in tmp_path), then read back as a second start would: both give the pipeline's
    # probability, the kept one exactly the fitted one's.
    crisis, idioms = sensitive.crisis_training_data()
    negatives = list(sensitive.nlu_examples(sensitive.NLU_DATA_DIR)) + idioms
    fitted = classifier.CrisisClassifier(crisis, negatives, model_dir=tmp_path)
    kept = classifier.CrisisClassifier(crisis, negatives, model_dir=tmp_path)
    assert fitted.pipeline is not None and kept.pipeline is None
    views = [matching_view(t) for t in ("ik wil niet meer", "wanneer is mijn afspraak", "بدي موت", "ክመውት ደልየ")]
    expected = fitted.pipeline.predict_proba(views)[:, 1]
    assert [fitted.probability(v) for v in views] == pytest.approx(list(expected), abs=1e-9)
    assert [kept.probability(v) for v in views] == [fitted.probability(v) for v in views]


def test_the_fit_is_kept_between_starts(tmp_path: Path) -> None:
    crisis = ["ik wil niet meer leven", "بدي موت", "ክመውት ደልየ", "ik wil dood"]
    negatives = ["wanneer is mijn afspraak", "شو يعني PVT", "MAP entay iyu", "ik ben doodmoe"]
    fitted = classifier.CrisisClassifier(crisis, negatives, cache_dir=tmp_path)
    [kept_file] = tmp_path.glob("crisis-model-*.json")
    assert classifier.CrisisClassifier(crisis, negatives, cache_dir=tmp_path).pipeline is None  # read, not fitted
    # Other data gets its own file, and the old one goes.
    classifier.CrisisClassifier(crisis[:3], negatives, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("crisis-model-*.json"))) == 1 and not kept_file.exists()
    # A damaged file is fitted again and replaced.
    classifier.CrisisClassifier(crisis, negatives, cache_dir=tmp_path)
    kept_file.write_text('{"intercept": 0.5, "blocks": [{"ab": [1.0', encoding="utf-8")
    again = classifier.CrisisClassifier(crisis, negatives, cache_dir=tmp_path)
    assert again.pipeline is not None
    assert again.probability("ik wil dood") == fitted.probability("ik wil dood")
    assert json.loads(kept_file.read_text(encoding="utf-8"))["intercept"] == again._intercept


def test_classifier_catches_what_no_pattern_knows() -> None:
    # A phrasing the patterns miss but the character n-grams place among the crisis phrasings.
    text = "ما بقى عندي امل بشي وبدي روح"
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis
    assert crisis_level(text) is not CrisisLevel.none

"""Round 44 crisis rules for Dutch and Arabic (Levantine, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 44 and NLU b34 missed or falsely alarmed on),
never copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.rules import round44
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # done with it, stepping out
    "ik kan niet meer, vanavond stap ik eruit",
    "het is genoeg geweest, ik stap er voorgoed uit",
    # the whole strip, box of pills eaten up, with a symptom or at once
    "ik heb net de hele doos oxazepam op en alles draait",
    "heb mijn hele strip slaappillen op, ben zo suf",
    # a wish to die written with digits for letters
    "1k w1l d00d",
    "ik g4 m3z3lf ophangen",
    "z3lfm00rd",
    "1k m44k 3r 33n 31nd3 44n",
    # someone fallen into the water, through the ice
    "iemand is net door het ijs gezakt",
    "mijn broertje is in de sloot gevallen, help",
    "mijn zoontje van 3 jaar is in de vijver gevallen",
    "ابن اخي وقع بالنهر",
    "bent e5ti we2e3et bel kanal",
    # writing my will now
    "قاعد بكتب وصيتي هلأ",
    "رح اكتب وصيتي الليلة",
    "2a3ed ektob wasiyti hala2",
    "ik schrijf nu mijn testament, niemand zal me missen",
    # a fire in the building now
    "في حريق بالعمارة ونحنا بالطابق الرابع",
    "fi nar bel 3emara",
    "sar fi 7ari2 bel bet",
    # the passwords, the bank given away, "I won't need them after today"
    "عطيت اخي الرقم السري وحساب البنك، ما عاد رح احتاجهم بعد الليلة",
    "a3tayt ekhti el password w 7sab el bank, ma ra7 e7tejon ba3d el yom",
])
def test_round44_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # stepping out tonight, nothing else said
    "vanavond stap ik eruit",
    # the whole box of pills eaten up, no symptom said
    "ik heb de hele doos oxazepam op",
    # "I can't any more" in digits as the whole message
    "1k k4n n13t m33r",
    # writing my testament, no "now"
    "ik schrijf mijn testament",
    # "don't answer me, I only want someone to know that I'm going"
    "ما في داعي تجاوبوني، بس حبيت قلكن اني ماشي",
    "la trodo 3alay, bas baddi 7ada ya3ref enni ray7",
    # the passwords given away, "I won't need them" (no "after today")
    "3atayt a5i el mafati7 w mobaili, ma 3ad ra7 e7tejon",
])
def test_round44_nl_ar_rules_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # finishing a room, a job about the house
    "we gaan dit weekend de badkamer afmaken, tegelen en zo",
    "ik moet nog even mijn huiswerk afmaken",
    # a wish to die long ago, well now
    "vroeger in de oorlog wilde ik dood, nu gaat het goed",
    "toen ik op de boot zat dacht ik aan zelfmoord, maar die tijd is voorbij",
    "زمان بالمخيم كنت فكر انتحر، بس هاد من زمان وهلق الحمدلله تمام",
    # missing, loving, hungry "to death"
    "مشتاقتلكن موت يا جماعة",
    "meshta2lik mot ya 3ammto",
    "جوعانة موت",
    # "I killed myself eating" at a feast
    "انتحرت اكل بالعرس",
    "nta7arna akl bel 3azime 😂",
    # a trivial mishap, "I'll commit suicide" and a laugh
    "فاتني الترين مرة تانية رح انتحر 😂",
    "el net fasel, ra7 nte7er hahaha",
    "ولادي جننوني رح انتحر ههههه",
    # a film, a game "all killing and blood"
    "هالمسلسل كله دم وقتل بس بحبه",
    "el le3be kella 2atl w dam",
    "het spel is vol bloed en doden",
    # "will kill me with its barking, their noise"
    "ولاد الجيران عم يموتوني من صريخهم",
    "el walad 3am ymawetni mn el 3ya6",
    # a plant, a pet fish or bird died
    "el samake mata, ma ta3mayta",
    "العصفور تبع ابني مات",
    # "you didn't fall short" (thanks)
    "ma 2assarti ya 2ekhti",
    "والله ما قصرت معي",
])
def test_round44_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik stap eruit bij de volgende halte",
    "ik ben er klaar mee, ik stap eruit en zoek een nieuwe baan",
    "dit weekend stap ik er even tussenuit",
    "mijn paracetamol is op, waar koop ik nieuwe",
    "ik heb de hele strip ibuprofen op in twee weken, is dat erg?",
    "1k w1l n13t m33r naar school",
    "ik heb 3 kinderen en wil niet meer in deze flat wonen",
    "mijn telefoon is in het kanaal gevallen",
    "vorig jaar is mijn neefje in het water gevallen maar nu kan hij zwemmen",
    "موبايلي وقع بالقناة",
    "كيف بكتب وصية عند كاتب العدل؟",
    "بدي اكتب وصيتي قبل العملية",
    "ik wil mijn testament laten maken bij de notaris, wat kost dat?",
    "كان في حريق بالعمارة امبارح",
    "fi tadrib 3ala 7ari2 bel binaye bokra",
    "سلمت المفاتيح لصاحب البيت لانو ما رح احتاجهم بعد اليوم، نقلت عالبيت الجديد",
    "a3tayt ekhti el mobile el 3ti2, ma ra7 e7tejo ba3d el yom, 3andi telefon jdid",
    "لا تردوا علي، انا رايح عالسوق وبرجع",
])
def test_round44_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a real danger beside the same words is still read
    "ik ga mijn kamer afmaken, daarna wil ik dood",
    "toen ik in het kamp zat wilde ik niet meer leven, nu gaat het goed, maar vanavond wil ik weer dood",
    "لما كنت بليبيا كنت بدي موت، هلق منيح بس رجعت الافكار",
    "مشتاقلك موت بس بدي موت",
    "انتحرت اكل وبعدين بدي انتحر بجد",
    "فاتني الباص رح انتحر 😂 بس عنجد تعبت من حياتي",
    "el film kan kello 2atl w dam w ana bade mout",
    "kaleb el jiran ra7 ymawetni men nbe7o w jozi bidrobni",
    "ma 2assart bas bade mout",
    "el warde mat w ana bade mout",
    # paperwork and exams are not trivial: "I'll commit suicide" and a laugh keeps the gentle question
    "الامتحان بكرا رح انتحر 😂",
])
def test_round44_nl_ar_idioms_keep_real_danger(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round44_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik ben er klaar mee stap ik eruit " * 130, "de hele strip paracetamol op voel me " * 110, "w1l n13t m33r " * 300,
        "1k w1l " * 600, "w1l " * 1000, "3 " * 2000, "mijn neefje is in het kanaal " * 150, "ابن اختي وقع بالقناه " * 200,
        "ibn e5ti we2e3 bel kanal " * 170, "عم اكتب وصيتي " * 300, "3am ektob wasiyti " * 230, "ik schrijf nu mijn testament " * 140,
        "fi 7ari2 bel binaye " * 200, "في حريق بالعماره " * 240, "ik ga vandaag mijn kamer afmaken " * 120,
        "toen wilde ik niet meer leven " * 140, "لما كنت بليبيا كنت بدي موت " * 150, "مشتاقلك موت " * 340, "meshta2lak mot " * 270,
        "انتحرت اكل " * 370, "nta7art akl " * 340, "الباص فاتني رح انتحر 😂 " * 170, "ra7 entu7er parking haha " * 160,
        "الفيلم كان كلو قتل ودم " * 170, "el film kan kello 2atl w dam " * 140, "de film was vol bloed en " * 160,
        "رح يموتني من نباحه " * 210, "ra7 ymawwetni men nbe7o " * 170, "ما قصرت " * 500, "ma 2assart " * 370,
        "el warde mat ma se2ayta " * 170, "السمكه ماتت " * 340, "كلمه السر حساب البنك ما رح احتاجهم " * 120,
        "el password ma ra7 e7tejon " * 150, "لا تردوا علي اني رايح " * 180, "la trodo 3alay enni ray7 " * 160,
        "e" * 4096, "ا" * 4096, "a" * 4096, "1" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
    assert round44._ROUND44_CRISIS_NL_AR and round44._ROUND44_IDIOMS_NL_AR and round44._ROUND44_UNCERTAIN_NL_AR

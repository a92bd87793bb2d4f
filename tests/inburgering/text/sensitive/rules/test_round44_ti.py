"""Round 44, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round44.py,
``_ROUND44_*_TI``, and round 29's "my phone died" idiom, narrowed in place: not when the word between is "does not pick
up"). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round44
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


def _rules_hit(text: str) -> bool:
    view = patterns._without_idioms(matching_view(text))
    rules = round44._ROUND44_CRISIS_TI + round44._ROUND44_UNCERTAIN_TI
    return any(_compile([rule]).search(view) for rule in rules)


@pytest.mark.parametrize("text", [
    # beside the railway line, waiting for the train to come
    "ኣብ ጎኒ ሓዲድ ባቡር ደው ኢለ ባቡር ክሳብ ትመጽእ እጽበ ኣለኹ",
    "ጥቓ መስመር ባቡር ኮፍ ኢለ ባቡር እጽበ ኣለኹ",
    "ab tqa mesmer babur aleku babur kmetse etsbe",
    "ab gon hadid dew ile ksab babur tmetse",
    # death the only way out
    "ዕዳ በዚሑ ሞት ጥራይ እዩ ዘሎ ፍታሕ",
    "ብዘይካ ሞት ካልእ ፍታሕ የብለይን",
    "ሕጂ ዘለኒ ፍታሕ ሞት ጥራይ እዩ",
    "hji mot tray iyu zelo ftah",
    "bzeyka mot kale fitah yebleyn",
    # a farewell posted, "now I am going"
    "ኣብ ፈይስቡክ ናይ ስንብታ ጽሑፍ ለጢፈ ሕጂ ክኸይድ እየ",
    "nay snbt melekti ab whatsapp sedide hji keyde",
    "ab instagram nay snbta status gebire lomi kkeyd iye",
    # a child not back for hours, the phone not answered
    "ጓለይ ካብ ቤት ትምህርቲ ኣይተመልሰትን ሰዓታት ሓሊፉ ስልካ ኣይትልዕልን",
    "ወደይ ገዛ ኣይኣተወን ስልኩ ኣየልዕልን ጠፊኡ",
    "wedey kab skola aytemelsen seatat konu slku aylealn",
    "gualey aymexetn kab qetri slka aytlealn",
    # a small child climbing at a window; leaning out at a window high up
    "ጓለይ 3 ዓመት ኣብ መስኮት ናይ 4 ፎቕ ደይባ ኣላ",
    "ወደይ ኣብ ባልኮኒ ሓኺሩ ክወድቕ እዩ",
    "ሕጻን ኣብ መስኮት ሓምሻይ ደርቢ ጸጊዑ ኣሎ",
    "gualey ab meskot deyba ala",
    "wedey 3 amet ab balkon nay 7 fok dew ilu alo",
    # a stroke: the face or the mouth twisted, the words do not come out
    "ኣቦይ ሃንደበት ገጹ ተቐይሩ ዘረባ ኣይወጽኦን",
    "ኣደይ ኣፋ ናብ ሓደ ወገን ወዲቓ ክትዛረብ ኣይትኽእልን",
    "abuy afu tetewiyu kzareb aykeln",
    "adey lomi getsa teqeyra zereba aywexan",
])
def test_round44_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "at that time I will not be (there)"
    "ጽባሕ ቆጸራ ኣይመጽእን እየ ኣብቲ ግዜ ኣነ ኣይህሉን እየ",
    "qotsera meas iyu abti gize ane ayhelun iye",
    "ab ti mealti ayhellun eye",
])
def test_round44_ti_uncertain_kinds_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # "I am alone" and sad, nothing else (Latin): the gentle question, not the emergency answer
    "beyney iye hzun iye",
    "ane bayney aleku guhuy iye",
    "bayni eye seb yebleyn",
])
def test_round44_ti_loneliness_asks_the_gentle_question(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a bungee jump
    "ኣብ ቴሌቪዥን ሓደ ሰብ ካብ ድልድል ብቡንጂ ዘሊሉ ተገሪመ",
    "ab film hade seb kab dldl yzelel bbungee",
    # a vehicle "nearly hit me"
    "ቅድሚ ሰለስተ ወርሒ ኣውቶቡስ ክትሃርመኒ ቀሪባ ነይራ ሕጂ ደሓን እየ",
    "qdmi hade amet mekina kthaermeni qeriba neyra hji dehan iye",
    # the rope of a shoe, a skipping rope
    "ገመድ ጫማይ ተቖሪጹ ኣብ ቤት ትምህርቲ",
    "gemed saeney tebetiku ab bus",
    # without coffee, tea "I am dead"
    "ቡን ዘይብሉ ኣብ ንግሆ ምዉት እየ",
    "bun zeyblu ab ngho ane mwut iye",
    "bzey koffie ane mut iye lomi",
    # a rent, a bill, an exam that "slaughters me", "is killing"
    "እዚ ክራይ ገዛ ይሓርደኒ ኣሎ",
    "hsab gas nay ezi wrhi yhardeni alo",
    "ፈተና ኬኤንኤም ኣብ ልበይ ይቐትል ኣሎ ግን ክዳለው እየ",
    "fetena knm nay lomi smet yqetl alo gn kzegajeyu iye",
    # the saying "everything has a remedy except death"
    "ንኹሉ ነገር ፍታሕ ኣሎ ብዘይካ ሞት",
    # a dish that "kills" (so tasty)
    "ዝግኒ ናይ ሓፍተይ ይቐትል እዩ ብጥዕሚ",
    "himbasha nay adey yqetleni eyu",
])
def test_round44_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a bridge, "I'll jump without a rope, not bungee"
    "ካብ ድልድል ብዘይ ገመድ ክዘልል እየ ቡንጂ ኣይኮነን",
    "ab dldl kzlel eye bzey gemed bungee aykonen",
    # the husband who nearly ran me down and threatens me
    "ሰብኣየይ ብመኪና ክሃርመኒ ቀሪቡ ነይሩ ይፈራርሃኒ ኣሎ",
    "ex sebayey bmekina kharmeni qeribu neyru",
    # a car nearly hit me, and now I want to die
    "መኪና ክትሃርመኒ ቀሪባ ሕጂ ግን ክመውት ደልየ",
    # a shoelace round my neck
    "ገመድ ሳእነይ ኣብ ክሳደይ ክኣስር ሓሲበ",
    # no coffee and dead, and a real wish to die
    "ቡን ዘይብሉ ምዉት እየ ሕጂ ግን ብሓቂ ክመውት ደልየ",
    # the debt slaughters me, and I will kill myself
    "ዕዳ ብዙሕ ይሓርደኒ ኣሎ ርእሰይ ክቐትል እየ",
    "eda bzuh yhardeni alo rsey kqetl eye",
    "nay duo examen smet yqetl alo kmewt delye",
    # the stew "kills", and a wish to die; the neighbour with a knife
    "tsebhi yqetl eyu kmewt delye",
    "zigni nay gorebet ktqetleni eya kara hiza",
    # alone and sad, and a wish to die
    "bayney iye hazine aleku kmewt delye",
])
def test_round44_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # at the station waiting for the train to work; living beside the railway; watching trains with my son
    "ኣብ ጣቢያ ባቡር ኣለኹ ባቡር ክመጽእ እጽበ ኣለኹ ናብ ስራሕ ክኸይድ",
    "ኣብ ጥቓ መስመር ባቡር እየ ዝነብር ባቡር ክመጽእ ከሎ ድምጺ ኣለዎ",
    "ኣብ ጥቓ ሓዲድ ባቡር ኣለኹ ምስ ወደይ ባቡራት ክንርኢ ባቡር ክመጽእ ንጽበ ኣለና",
    "ab tqa hadid aleku babur etsbe nab srah",
    # death is no solution; a solution in a film; where to find a solution
    "ሞት ፍታሕ ኣይኮነን ሓገዝ ድለዪ",
    "ኣብ ፊልም ሞት ጥራይ እዩ ፍታሕ ዝብል ሰብ ነይሩ",
    "mot fitah aykonen",
    # a farewell to colleagues, a farewell before a journey
    "nay snbta melekti nmesarhtey xhife hji nab geza keyde",
    "nay snbta post gebire nab canada kkeyd iye",
    "ናይ ስንብታ ፖስት ንጉጅለ ለጢፈ ሕጂ ክኸይድ እየ",
    # a son with friends at football for hours; a son who is ill
    "ወደይ ካብ ቤት ትምህርቲ ኣይተመልሰን ምስ ኣዕሩኽቱ ኣብ ኩዕሶ ኣሎ ሰዓታት ይጻወት",
    "wedey aytemelsen ms aeruxtu kuaeso ytxawet seatat",
    "wedey lomi aymetsen nab skola hamimu",
    # a child looking out of the window; playing on the balcony; a question about window locks
    "ወደይ ካብ መስኮት ይጥምት ኣሎ ዝናብ ይዘንብ",
    "ወደይ ኣብ ባልኮኒ ይጻወት ኣሎ",
    "ኣብ 5 ፎቕ ንነብር ንመስኮት ሓለዋ ቆልዑ ከመይ ንገብር",
    "gualey ab meskot kof ila ala",
    # not there at that time: another date asked for, a journey, at home
    "ኣብቲ ግዜ ኣይህሉን እየ ካልእ ግዜ ክትህቡኒ ትኽእሉ ዶ",
    "abti gize ayhelun iye kale gize tkhlu do",
    "ኣብቲ ግዜ ኣይህሉን እየ ስለ ዝጎዓዝ",
    "ab'ti gize ab holand ayhellun iye",
    # a face changed with anger, the mouth numb after the dentist
    "ኣደይ ገጻ ተቐይሩ ተቖጢዓ ዘረባ ኣይወጽኣን",
    "ካብ ሓኪም ስኒ ምስ ተመለሰ ኣፉ ተጠውዩ ክዛረብ ኣይክእልን",
    "adey getsa teqeyru quxa zareba aywexen",
])
def test_round44_ti_rules_need_their_context(text: str) -> None:
    assert not _rules_hit(text)


def test_round44_ti_narrowed_phone_idiom() -> None:
    # round 29's "my phone died" is still cut; "his phone, he does not pick up, he is gone" is no longer
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view("ስልከይ ሎሚ ሞይቱ"))
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view("ስልኩ ኣየልዕልን ጠፊኡ"))


def test_round44_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ኣብ ጥቓ መስመር ባቡር ባቡር እጽበ " * 200, "ሞት ጥራይ እዩ ፍታሕ " * 250, "ብዘይካ ሞት ካልእ ፍታሕ " * 200,
        "ናይ ስንብታ ጽሑፍ ሕጂ ክኸይድ እየ " * 150, "ወደይ ኣይተመልሰን ሰዓታት ስልኩ ኣየልዕልን " * 120,
        "ጓለይ ኣብ መስኮት ደይባ 4 ፎቕ " * 200, "ኣብቲ ግዜ ኣነ ኣይህሉን እየ " * 200, "ቡንጂ ዘሊሉ " * 400,
        "መኪና ክትሃርመኒ ቀሪባ " * 250, "ገመድ ሳእነይ ተበቲኹ " * 250, "ቡን ዘይብሉ ምዉት እየ " * 250, "ክራይ ገዛ ይሓርደኒ ኣሎ " * 200,
        "ab tqa mesmer babur etsbe " * 200, "mot tray iyu fitah " * 250, "nay snbta post hji kkeyd iye " * 150,
        "wedey aytemelsen seatat slku aylealn " * 120, "gualey ab meskot deyba 5 fok " * 150, "abti gize ane ayhelun iye " * 170,
        "bungee zelel " * 400, "mekina kthaermeni qeriba " * 170, "gemed saeney tebetiku " * 200, "bun zeyblu mut iye " * 250,
        "kray yhardeni alo " * 250, "bayney iye hazine " * 250, "duo examen yqetl alo " * 200,
        "ገጹ ተጠውዩ ዘረባ ኣይወጽኦን " * 200, "afu tewiyu zareba aywetian " * 150,
        "ጸብሒ ናይ ኣደይ ይቐትል " * 200, "tsebhi nay adey yqetl " * 200,
        "ኣ" * 4096, "a" * 4096, "ክ" * 4096, "k " * 2048, "ክ " * 2048, "ሞ ት " * 1000,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS

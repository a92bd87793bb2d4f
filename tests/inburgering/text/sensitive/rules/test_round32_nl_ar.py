"""Round 32 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 32 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # jumping into the water while unable to swim
    "ik spring zo in de gracht, ik kan toch niet zwemmen",
    "ik loop de zee in, ik kan niet zwemmen",
    "رح انط بالبحر وانا ما بعرف اسبح",
    "ra7 nut bel ba7r w ana ma b3rf esba7",
    # at the railway tracks, waiting for the train
    "ik sta bij de spoorlijn en wacht op de volgende trein",
    "قاعد جنب السكة وعم استنى القطار",
    # the easiest or painless way to die
    "wat is de makkelijkste manier om dood te gaan",
    "ايش اسهل طريقة للموت",
    "طريقة اموت فيها بلا وجع",
    # "ik maak er (vanavond) een eind aan"; "where I am going I need nothing"
    "ik maak er vanavond een einde aan",
    "mijn fiets is voor mijn zus, waar ik heen ga heb ik niks meer nodig",
    "وين رايح ما رح احتاج شي",
    # "this is my last message" with a goodbye to everyone
    "hayde a5er msg menni, ma3 el salame la kel el nas",
    "هيدي اخر رسالة مني، باي للكل",
])
def test_round32_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik zit nu tussen de rails",
    "بدي ارمي حالي بالنهر",
    "hayda akher msg mni",
])
def test_round32_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # asking how a word is said, spelled or what it means
    "wat betekent zelfmoord in het Arabisch",
    "kan je zeggen hoe je zelfdoding spelt",
    "شو معنى كلمة انتحار بالهولندي",
    # someone who makes life sour or hard
    "de buren maken ons het leven zwaar met hun lawaai",
    "mijn schoonmoeder maakt mijn leven tot een hel",
    # cutting food
    "we hakken de knoflook voor de saus",
    "uien snijden maakt me altijd aan het huilen",
    "عم قطع بصل وعيوني عم تدمع",
    # a photo from a bridge or a roof
    "gisteren maakte ik een selfie vanaf het dak van de flat",
    # dying of laughter with a verb in between; working oneself to death
    "ik ga echt dood van het lachen om die meme",
    "ik werk me kapot voor dit huis",
    # an institution, a device "is dead"
    "de wifi is weer dood",
    # shouting at a dog; violence in the past and now safe
    "mijn opa schreeuwt de hele dag tegen zijn papegaai",
    "drie jaar geleden sloeg mijn man mij, nu zijn we gescheiden en gaat het goed",
    # "I die for it" (love)
    "حبيبتي بموت فيكي",
    "اكلة امي بتجنن، عم بموت عليها",
    "bmout fiki ya albi",
    # thinking of death long ago, now better
    "زمان كنت بتمنى الموت بس هلق الحمدلله تمام",
    # a wager with one's hand
    "مستعد اقطع ايدي اذا ما كان هيك",
    # "I'll die because of them" with a laugh
    "هالشغل رح يجنني، رح موت منه ههههه",
    # a brother who jokes he'll kill me if I eat from his plate
    "اخي بيقول رح يقتلني اذا لبست جاكيتو",
    # grammar, the heat, the language "killing me"
    "هالحر عم يقتلني",
    "اللغة الهولندية عم تقتلني",
    "el lugha 3am t2tolni",
    # a dream of falling, woke up
    "حلمت اني وقعت من البلكون، وصحيت وضحكت",
    "ik droomde dat ik van een brug viel en werd toen wakker",
])
def test_round32_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik ga in het water springen, het is zo warm vandaag",
    "ik sta op het spoor 5 van het station",
    "ik sta op het spoor 3 en wacht op de trein naar Utrecht",
    "بحب اقعد جنب البحر واسبح",
    "شو اسهل طريقة لتعلم الهولندي",
    "ik maak er morgen een eind aan met die baan",
    "hay a5er msg mni el yom, bokra bkamel",
])
def test_round32_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: real danger words, a wish of one's own, a threat about telling
    "vorig jaar sloeg mijn ex mij en nu zoekt hij me weer",
    "ik stond op de brug en wilde springen",
    "hoe zeg je dit: ik wil zelfmoord plegen",
    "رح يقتلني اذا حكيت لحدا",
    "قبل سنتين كنت فكر بالموت، وهلق رجعت فكر بالموت كل يوم",
    "فكرت شو اسهل طريقة موت فيها",
    "حلمت اني مت، وصحيت وبدي موت",
])
def test_round32_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


def test_round32_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "vorig jaar " * 400 + "sloeg", "op de brug " * 400, "hoe zeg je " * 400, "بالحلم " * 600 + "فقت",
        "قبل خمس سنين كنت " * 200, "ik zit bij het spoor " * 200, "رح انط بالبحر " * 300,
        "werkt zich " * 500, "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # (lead) waiting for a train or a bus on the platform: the classifier alone asked these before round 32
    "ik wacht op de trein", "ik sta op het perron en wacht op de trein", "ik sta op het station en wacht op de bus",
    "ik wacht op de trein, hij heeft vertraging",
    # (lead) jumping into the sea for a swim, the water is nice
    "رح انط بالبحر، الميه حلوة اليوم", "رح انط بالبحر مع الولاد، الجو شوب",
])
def test_round32_lead_everyday_trips_raise_no_alarm(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # (lead) the photo-from-a-bridge idiom does not cut someone sitting there or sending photos from there
    "mijn dochter zit op de brug bij het kanaal en stuurt me fotos van het water",
    "mijn zoon staat op de brug en stuurt me een foto, hij neemt niet op",
    # (lead) the swim idiom keeps not being able to swim and a farewell
    "رح انط بالبحر وما بعرف اسبح، خلص", "رح انط بالبحر الليلة والميه بارده، سامحوني",
])
def test_round32_lead_worries_keep_their_alarm(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none

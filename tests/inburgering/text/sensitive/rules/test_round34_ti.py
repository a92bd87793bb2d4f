"""Round 34, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round34.py,
``_ROUND34_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # Latin script: "today / tonight / now I will die", also spelled "kimot" and with the copula joined
    ("lomi mshet kimot eye", CrisisLevel.crisis),
    ("hiji kmewt'ye", CrisisLevel.crisis),
    ("xbah kmut iye", CrisisLevel.crisis),
    # the Ge'ez reading of such a transliteration ("ኪሞት")
    ("ሎሚ ለይቲ ኪሞት እየ", CrisisLevel.crisis),
    # Latin script: "death is better for me"
    ("mot yihayish kab kemzi", CrisisLevel.crisis),
    ("mut yhishen", CrisisLevel.crisis),
    ("kmut yihayisheni kab zi hiwet", CrisisLevel.crisis),
    # a farewell to all, "sorry", and "it is enough"
    ("ደሓን ኩኑ ይቕሬታ ደጊም ይኣክለኒ", CrisisLevel.crisis),
    # someone cutting an arm or a hand with a razor blade (Ge'ez and Latin)
    ("ዓርከይ ኢዱ ብምላጭ ይቖርጽ ኣሎ", CrisisLevel.crisis),
    ("habtey ida b lama qoritsa", CrisisLevel.crisis),
    # another person "will kill himself / herself"
    ("ሓወይ ነብሱ ክቐትል እዩ ይብል ኣሎ", CrisisLevel.crisis),
    ("hawtey nebsa kqetil eya tbl", CrisisLevel.crisis),
    # all or many pills: collected to swallow, swallowed by another who does not wake up (Latin too)
    ("ክልተ ሳንዱቕ ከኒና ኣኪበ ኣለኹ ኩሉ ክውሕጦ", CrisisLevel.crisis),
    ("ጓለይ ብዙሕ መድሃኒት ውሒጣ ኣላ ኣይትበራበርን", CrisisLevel.crisis),
    ("medhanitey kulu wihite", CrisisLevel.crisis),
    # a blade held, hiding in the bathroom
    ("ምላጭ ሒዘ ኣብ ሽቓቕ ተሓቢአ ኣለኹ", CrisisLevel.crisis),
    ("mlach hize ab bagno aleku", CrisisLevel.crisis),
    # Latin script: my hand cut with a knife and bleeding; to leave this world; to drown in the river
    ("bkara idey qoritse dem ayteteten", CrisisLevel.crisis),
    ("kab ezi alem kwetsi delye", CrisisLevel.crisis),
    ("nab ruba kithil deliye lomi", CrisisLevel.crisis),
    # Latin script: locked in with the phone taken; beating her now
    ("ab kifli atsiyuni telefoney hibiu", CrisisLevel.crisis),
    ("gualey yiweqa alo abuy", CrisisLevel.crisis),
    # drunk and beating them; better off without me
    ("ኣቦኦም ሰኺሩ ይሃርሞም ኣሎ", CrisisLevel.crisis),
    ("ብዘይካይ ስድራይ ጽቡቕ ይኸውን", CrisisLevel.crisis),
    # "I'll slaughter you" with a gun; "I'll kill him" with a gun bought
    ("ሓወይ ክሓርደኪ እዩ ኢሉ ሽጉጥ ሒዙ", CrisisLevel.crisis),
    ("ሽጉጥ ገዚአ ኣለኹ ክቐትሎ እየ", CrisisLevel.crisis),
    # a friend on a balcony "will jump"; self-harm started again
    ("ዓርከይ ኣብ ባልኮኒ ኣሎ ክዘልል እዩ ይብል", CrisisLevel.crisis),
    ("ነብሰይ ምቑራጽ ደጊመ ጀሚረ", CrisisLevel.crisis),
    # on the tracks with a goodbye; into the water for ever; the children and a farewell
    ("ኣብ ሓዲድ ባቡር ኣለኹ ስንብት", CrisisLevel.crisis),
    ("ኣብ ቀላይ ኣለኹ ናብ ማይ ክኣቱ'የ ንሓዋሩ", CrisisLevel.crisis),
    ("ቆልዑ ተኸናኸንዎም ደሓን ኩኑ", CrisisLevel.crisis),
])
def test_round34_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    # a farewell to all and "enough from now on"; Latin script too
    "ሰላም ኩኑ ደጊም ኣኺሉኒ",
    "dehan kunu lomi yiakleni",
    # Latin script: "I will die" with the copula, alone
    "kmot iye",
    # an apology and "enough for me" (Latin); "when I am done, look after the children"
    "yqreta abo degim akiluni",
    "ምስ ወዳእኩ ቆልዑ ተኸናኸንለይ",
    # "I'll kill her", of a person; goodbye to all of you with "forgive me" (Latin)
    "ነታ ሰበይቲ ክቐትላ እየ",
    "kiqetla eye nezi sebeyti",
    "kulkum selam kunu yiqre belu nay gebrkuwo",
    # a rope hung in my brother's room; someone holding a knife in the yard
    "ሓወይ ኣብ ክፍሉ ገመድ ኣንጠልጢሉ",
    "ኣብ ቀጽሪ ሓደ ሰብ ካራ ሒዙ ኣሎ",
    # sitting or standing on the railway tracks (Ge'ez and Latin); locked in the house (Latin)
    "ኣብ ሓዲድ ባቡር ደው ኢለ ኣለኹ",
    "ab hadid babur kof ile aleku",
    "ab geza atsiyuni alo",
])
def test_round34_ti_rules_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a club "killed" another; "we all died" over a match
    "ፒኤስቪ ንኣያክስ ቀቲልዎም ትማሊ ኣብ ግጥም",
    "ባርሳ ንሪያል ቀቲላቶ 3-1 ⚽",
    "psv lomi ajax qetilwo 2-0",
    # spicy food or coffee "killed me / I'll die without it"
    "እዚ ሚጥሚጣ ልሳነይ ኣቃጺሉ ሞይተ",
    "ቡን እንተዘይሰትየ ክመውት እየ",
    "ezi zigni berbere bzuh alewo moyte",
    # a song that "dies of love"
    "ናይ ቴዲ ኣፍሮ ደርፊ ብፍቕርኺ ክመውት እየ ይብል",
    "ezi song moyte ybl",
    # a condolence: "your grief is ours", "God comfort you", "God give us patience"
    "ሓዘንኪ ሓዘንና እዩ ፈጣሪ ይጸናንዓኪ ሓፍተይ",
    "ፈጣሪ ጽንዓት ይሃበና",
    "hazenkum hazenna amlak ytsenanakum",
    # death as God's will or everyone's
    "ሞት ብኣምላኽ ኢድ እዩ",
    "mot nay amlak fqad eyu",
    "mot nay kulu eyu",
    # a beating or near death on the way years ago, now fine (also "ቐሪበ")
    "ቅድሚ ሓሙሽተ ዓመት ኣብ ሱዳን ተሃሪመ ነይረ ሕጂ ግን ድሓን እየ ብዛዕባ ቆጸራ ክሓትት",
    "ኣብ ሰሃራ ክጠፍእ ቐሪበ ነይረ ቅድሚ ሸሞንተ ዓመት ሕጂ ግን ግርም ኣለኹ",
    "qdmi 3 amet ab sahara kmut qeribe neyre hji gin dehan aleku",
    "ab libya teweqie neyre hiji grm aleku",
    # a child hurt at play, now fine
    "ጓለይ ኣብ ፓርክ ክትጻወት ወዲቓ ብርካ ተቖሲላ ሕጂ ግን ደሓን እያ",
    "wedey ab kueso teqosilu hiji dehan eyu",
    # Latin script: a chicken or a sheep slaughtered for the feast
    "ni ba'al begie haridna",
])
def test_round34_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a lost match, and not wanting to live
    "ፈይኖርድ ተሳዒሩ ሞይትና ደጊም ክነብር ኣይደልን",
    # food words with pills, or with not eating to die
    "ቡን ኣብ ጥቓይ ኣሎ ከኒና ኩሉ ውሒጠ ሞይተ ክኸውን እየ",
    "በርበረ ኣይበላዕኩን ሰሙን ሙሉእ ክሞት ደልየ",
    # a song, and a wish of one's own
    "እዚ ደርፊ ሰሚዐ ክመውት ደልየ",
    # comfort asked for myself; a condolence and not wanting to live
    "ኣምላኽ ይጸናንዓኒ ሎሚ ለይቲ ክመውት'የ",
    "ሓዘንኩም ሓዘንና እዩ ኣነ ግን ክነብር ኣይደልን",
    # death is God's will, but I die tonight
    "ሞት ናይ ኣምላኽ ፍቓድ እዩ ግን ኣነ ሎሚ ክመውት'የ",
    # beaten years ago and now not fine, or beaten still
    "ቅድሚ ሰለስተ ዓመት ኣብ ሊብያ ተወቒዐ ነይረ ሕጂ ግን ደሓን ኣይኮንኩን ክመውት ደልየ",
    "ቅድሚ ዓመት ኣብ ሊብያ ተወቒዐ ነይረ ሕጂ ውን ሰብኣየይ ይወቕዓኒ ኣሎ",
    # nearly died in the desert, and wanting it now (Latin script)
    "ab sahara kmot qeribe neyre hji wn kmot deliye",
])
def test_round34_ti_idioms_stay_narrow_alarm(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # my brother killed at the match: a relative, a hospital
    "ኣብ ግጥም ኩዕሶ ሓወይ ተቐቲሉ ኣብ ሆስፒታል ኢና",
    # hurt at play, and bleeding that does not stop
    "ወደይ ኩዕሶ ክጻወት ተቖሲሉ ደም ኣይጠጠወን ሓግዙኒ",
    # beaten years ago, "now I am not fine"
    "ቅድሚ ክልተ ዓመት ኣብ ሊብያ ተሃሪመ ነይረ ሕጂ ግን ደሓን ኣይኮንኩን",
])
def test_round34_ti_idiom_vetoes_leave_the_message_whole(text: str) -> None:
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))


@pytest.mark.parametrize("text", [
    # the end of a lesson: "enough for today, we go on tomorrow, bye"
    "ሎሚ ይኣክል ጽባሕ ክንቕጽል ደሓን ኩኑ",
    "ደሓን ኩኑ ንሎሚ ይኣክል ዳች ምምሃር",
    # "I'll die" of an exam as a joke (Latin script); "tomorrow I will come"
    "fetena ala kmot eye 😂",
    "tsbah kmetse eye",
    # pills collected at the pharmacy; a razor for shaving; a job on the railway with a goodbye
    "ናይ ቀዳም መድሃኒት ኣኪበ ኣብ ፋርማሲ",
    "ጭሕመይ ክላጸ ምላጭ ሒዘ ኣብ ባኞ",
    "ኣብ መስመር ባቡር ስራሕ ኣለኒ ደሓን ኩኑ",
    "ኣብ ሓዲድ ባቡር ስራሕ ኣለኒ ሎሚ",
    # a bell or a door knocking; into the sea to swim, back tomorrow; the children looked after while I work
    "ደወል ይወቕዕ ኣሎ",
    "ናብ ባሕሪ ክኣቱ እየ ክሕምብስ ጽባሕ ክምለስ",
    "ቆልዑ ተኸናኸንዎም ናብ ስራሕ ክኸይድ እየ",
])
def test_round34_ti_rules_need_their_context(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # (lead) a pill taken as the doctor said or for a headache or the flu: no emergency answer (the older pill rules
    # in meaning.py and core.py had no veto for it; found by the Tigrinya tuner's probes, not by a batch). The
    # classifier may still ask the gentle question.
    "ዶክተር ከም ዝበለኒ ሓንቲ ከኒና ምሸት ውሒጠ",
    "ንሕማም ርእሲ ከኒና ወሲደ ቆጸራ ክመጽእ ይኽእል ድየ",
    "ንጉንፋዕ ከኒና ወሲደ",
])
def test_round34_lead_prescribed_pill_is_no_emergency(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a quantity, a hoard, a farewell or no context keep the emergency answer
    "ሓኪም ዝሃበኒ ከኒናታት ኩሉ ውሒጠ",
    "ናይ ዶክተር ከኒና ኣኪበ ሎሚ ክውሕጦ እየ",
    "ከኒና ውሒጠ ኣለኹ ደሓን ኩኑ",
])
def test_round34_lead_pills_with_a_quantity_or_farewell_stay_an_emergency(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis

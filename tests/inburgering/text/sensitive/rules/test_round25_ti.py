"""Round 25, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round25.py,
``_ROUND25_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # a child burnt or beaten at home, and the family told to keep quiet (a suffix changes the last syllable)
    ("ሰበይተይ ንጓለይ ብውዑይ ማንካ ሓሪራታ ንመምህራ ከይትነግሪ ኢላ", CrisisLevel.crisis),
    ("ኣቦ ደቀይ ንወደይ ብቐበቶ ገሪፉዎ ምስጢር እዩ ይብል", CrisisLevel.crisis),
    ("ሓትነይ ንህጻነይ ብውዑይ ማይ ሓሪራቶ ንፖሊስ ኣይትንገሩ ትብል", CrisisLevel.crisis),
    ("sebayey nwedey bkawya harirwo, nhakim keynnger ybelena", CrisisLevel.crisis),
    # a fire in the building, smoke on the stairs, trapped at a window or on a balcony
    ("ኣብ ህንጻና ሓዊ ተላዒሉ ደረጃ ብትኪ መሊኡ ኣብ ባልኮን ኣለና", CrisisLevel.crisis),
    ("ገዛና ባርዕ ሒዙ ኣብ ውሽጢ ተዓጺና ሓግዙና", CrisisLevel.crisis),
    ("ab derbi hawi telailu, dereja tki meliu, ab balkon alena", CrisisLevel.crisis),
    # going into a river, the sea or a canal tonight, decided or worn out
    ("ሎሚ ለይቲ ናብ ሩባ ክጥሕል ሓሲበ ደኺመ", CrisisLevel.crisis),
    ("ደኺመ እየ ናብቲ ካናል ክዘልል ሓሲበ", CrisisLevel.crisis),
    ("lomi msht nab ruba katu hasibe, dekime", CrisisLevel.crisis),
    # one's things given away and now at peace, ready
    ("ላፕቶፐይ ንሓወይ ወርቀይ ንሓፍተይ ሂበ ሕጂ ድሉው እየ", CrisisLevel.crisis),
    ("ንብረተይ ኩሉ ዓዲለ ወዲአ ሕጂ ቅሳነት ይስምዓኒ", CrisisLevel.crisis),
    ("kulu negerey hibe wedie, slkey nhaftey. hji selam ysmaeni", CrisisLevel.crisis),
    ("ስልከይ ንሓወይ ሰዓተይ ንዓርከይ ሂበ ኩሉ ወዲአ", CrisisLevel.uncertain),
    # the soul returning to its creator today, going to God tonight
    ("ሎሚ ንፈጣሪየ ክረኽቦ እየ ኣይትሕዘኑ", CrisisLevel.crisis),
    ("ነፍሰይ ሎሚ ለይቲ ናብ ኣምላኽ ክትከይድ እያ ጸልዩለይ", CrisisLevel.crisis),
    ("nefsey nab fetari ktmeles eya lomi", CrisisLevel.crisis),
    # decided to sleep forever; to sleep and not wake again (Latin)
    ("ንሓዋሩ ክዓርፍ ሓሲበ", CrisisLevel.crisis), ("ኣይትጽበዩኒ ንዘለኣለም ክድቅስ ወሲነ", CrisisLevel.crisis),
    ("kdqes deleye dgme kaytnse", CrisisLevel.crisis),
    # boxes or many pills swallowed (oneself or a child)
    ("ሽዱሽተ ፓኬት ኢቡፕሮፌን ውሒጠ", CrisisLevel.crisis), ("ወደይ ዓሰርተ ከኒና ፓናዶል ውሒጡ", CrisisLevel.crisis),
    ("hamushte satsun paracetamol wesde hji kebdey yhmmeni", CrisisLevel.crisis),
    # a small child hanging from a window or climbing over a balcony
    ("ወዲ 2 ዓመት ኣብ ፊነስትራ ደይቡ ክወድቕ እዩ", CrisisLevel.crisis),
    ("qolea ab finestra tenTelTilu alo, weledi yelewn", CrisisLevel.crisis),
    # a naked photo or video and money demanded, or it goes to the family
    ("ሓደ ሰብ ናይ ዕርቃን ቪድዮ ኣለኒ ይብል 300 ዩሮ እንተ ዘይከፊለ ንስድራይ ክሰዶ እዩ", CrisisLevel.crisis),
    ("foto erqaney ab tiktok kzergho eyu ybl, euro ydeli", CrisisLevel.crisis),
    # to follow someone who died; standing on a bridge for hours, alone
    ("ሓወይ ሞይቱ ካብ ሽዑ ክስዕቦ እደሊ", CrisisLevel.crisis), ("abey moytu, ksiebo ehasb kulu meAlti", CrisisLevel.crisis),
    # no bread for days, the body weak; nowhere to sleep tonight (someone else, with a baby)
    ("ካብ ቀዳም ጀሚረ ምግቢ ኣይበላዕኩን ሰብነተይ ደኺሙ", CrisisLevel.uncertain),
    ("ሰለስተ መዓልቲ ዳቦ እውን ኣይበላዕኩን ሰብነተይ ይደክም ኣሎ", CrisisLevel.uncertain),
    ("ጎረቤተይ ምስ ሕጻና ሎሚ ለይቲ ዝሓድርሉ ስኢና", CrisisLevel.uncertain),
    ("ኣብ ጣብያ ሓንቲ ሰበይቲ ምስ ክልተ ቆልዑ ኣላ መሕደሪ የብላን", CrisisLevel.uncertain),
])
def test_round25_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", ["ትማሊ ለይቲ ኣብ ብሩግ ንሰዓታት በይነይ ደው ኢለ", "ab brug nseatat beyney dew ile lomi leyti"])
def test_round25_ti_hours_alone_on_a_bridge_raise_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ኣደይ እንተ ፈሊጣ ክትቐትለኒ እያ ፈተና ስለ ዘይሓለፍኩ 😂", "ኣቦይ ክቐትለኒ እዩ መኪና ስለ ዝጨረምኩዋ ሃሃሃ 😂",
    "abey kqetleni eyu mekina sele zcheremkuwa 😂", "ኣደይ ክትቐትለኒ እያ ስልከይ ስለ ዘጥፋእኩ",
    "ፍቕሪ ኣብ ልበይ ከም ሓዊ ይነድድ", "ናፍቖት ዓደይ ከም ሓዊ የቃጽለኒ", "ልበይ ኣብ ዓደይ ኣሎ ናፍቖት ከም ሓዊ",
    "libey sereqato ezi gual", "ልቡ ሰሪቓቶ", "ሓደ ከኒና ፓራሰታሞል ወሲደ ርእሰይ ስለ ዝሓመመኒ",
    "ኣብ ጾም ሰለስተ መዓልቲ ምግቢ ኣይበላዕኩን", "ናብ ኣምላኽ ክምለስ ኣለኒ ንስሓ ክኣቱ", "ኣብ ድልድል ደው ኢለ ስእሊ ተሳኢለ ምስ ዓርከይ",
])
def test_round25_ti_idioms_are_cut_out(text: str) -> None:
    # A parent who "will kill me" over an exam, a car or a phone; love or longing that burns like fire; a
    # stolen heart; one pill for a headache; a religious fast.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ካውያ ሓሪሩ ክዳን ሓሪሩ ሕጂ ሓድሽ ክገዝእ ኣለኒ", "ሓኪም ንወደይ ከይንነግሮ ኣይደልን ብዛዕባ ቀጸሮ ጥራሕ",
    "ንወደይ ኮምፒተር ሂበዮ ንፈተና ከይነግሮ ኣብ ልደቱ ህያብ እዩ", "ኣብ ክሽነ ሓዊ ኣጥፊእና ደሓን ኢና ሓዊ የለን",
    "ሓዊ ኣብ ምድጃ ኣሎ ሽሮ ንሰርሕ ኣለና", "ኣብ ሰሙን ሓዊ ልምምድ ኣሎ ናይ ደረጃ", "ሎሚ ምሸት ናብ ባሕሪ ክንኣቱ ኢና ክንሕምብስ",
    "ናብ ባሕሪ ክኣቱ ደልየ ሎሚ ምሸት ምስ ኣዕሩኽተይ", "ናብ ሩባ ክኸይድ ሓሲበ ዓሳ ክገፍፍ", "ኣረገውቲ ክዳውንተይ ንቀይሕ መስቀል ሂበ ሰላም",
    "ክዳውንተይ ኩሉ ንካልኣይ ኢድ ድኳን ሂበ", "ጸሎት ግበሩለይ ጽባሕ ፈተና ኣለኒ", "ናብ ፈጣሪ ንጽሊ ሎሚ ሰንበት እዩ",
    "ናይ ሰንበት ንግሆ ንዘለኣለም ክድቅስ ምደለኹ 😂", "ካብ ፋርማሲ ክልተ ሳጹን ፓራሰታሞል ገዚአ", "ሓኪም ክልተ ከኒና ብመዓልቲ ክወስድ ኢሉኒ",
    "ፊነስትራ ክኸፍት ኣለኒ ሙቐት ኣሎ", "ቆልዓ ኣብ ባልኮን ይጻወት ኣሎ", "ዳቦ የብለይን ክገዝእ ናብ ድኳን እኸይድ",
    "ሆቴል ሎሚ ለይቲ ክፍሊ የብሉን ካልእ ሆቴል ክደሊ እየ", "ሎሚ ምሸት መሕደሪ ኣብ ሆቴል የብልናን ቦኪንግ ክንገብር",
    "ናይ ዓርከይ ቪድዮ ካብ መርዓ ንስድራይ ክሰዶ እየ", "ነቲ መራሒ ክስዕቦ ደልየ ኣብ ጉዕዞ",
])
def test_round25_ti_rules_need_their_context(text: str) -> None:
    # An iron that burnt a shirt, a doctor's appointment, a birthday present, a fire put out or in the stove, a fire
    # drill, a swim with friends, fishing, clothes to a charity or a shop, a prayer before an exam, Sunday prayer,
    # a lazy Sunday, pills bought or prescribed, a window opened, a child playing, bread to buy, a hotel, a wedding video.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round25_ti_rules_stay_fast_on_a_long_message() -> None:
    # 4 096 characters of words that touch many of the new rules' parts, Ge'ez and Latin, and one "word" without spaces.
    words = ("ንወደይ ሓሪርዎ ሓዊ ኣሎ ጭስ መሊኡ ናብ ሩባ ክኣቱ ንብረተይ ሂበ ናብ ፈጣሪ ንሓዋሩ ክድቅስ ሳጹን ውሒጠ ቆልዓ ፊነስትራ "
             "ዕርቃን ቪድዮ ኣደይ ክትቐትለኒ ፍቕሪ ከም ሓዊ መሕደሪ ዳቦ kdqes delye video erqan nab ruba ").split()
    text = " ".join(words[i % len(words)] for i in range(700))[:4096]
    sensitive.pattern_level("warm up")  # the patterns are compiled on first use
    start = time.process_time()  # CPU time: another process on the machine does not count
    sensitive.pattern_level(text)
    sensitive.pattern_level("ኣ" * 4096)
    assert time.process_time() - start < 1.0

"""Round 24, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round24.py,
``_ROUND24_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # someone who does not breathe (other persons and spellings, a cause, Latin script)
    ("ሓፍተይ ኣብ መደቀሲ ወዲቓ ኣላ ኣይትተንፍስን", CrisisLevel.crisis),
    ("ሰብ ኣብ ጽርግያ ተጋዲሙ ኣየተንፍስን ኣሎ", CrisisLevel.crisis),
    ("ኣቦሓጎይ ትንፋሱ ጠፊኡዎ ኣሎ ኣምቡላንስ ጸውዑ", CrisisLevel.crisis),
    ("sebaye wediqu aytenfsn alo", CrisisLevel.crisis),
    # swallowed something and choking; a coin alone is the gentle question
    ("ንእሽቶ ጓለይ ሳንቲም ውሒጣ ገጻ ሰማያዊ ኮይና", CrisisLevel.crisis),
    ("gualey santim wihita aytenfsn ala", CrisisLevel.crisis),
    ("ሕጻን ሚስማር ውሒጡ", CrisisLevel.uncertain),
    # bleach, petrol, a cleaner drunk
    ("ጓለይ ብሊች ሰትያ ትተፍእ ኣላ", CrisisLevel.crisis), ("ወደይ ነዳዲ ሰትዩ ሳዕሊ ይስዕል ኣሎ", CrisisLevel.crisis),
    ("wedey petrol setyu", CrisisLevel.crisis),
    # boiling water or oil over a child, skin peeling
    ("ውዑይ ዘይቲ ኣብ ኢድ ጓለይ ተኸዒዉ ቆርበታ ተላቒቑ", CrisisLevel.crisis),
    ("felihu may ab hxan tekeiu qorbetu", CrisisLevel.crisis),
    # stung or allergic, swollen, no breath
    ("ወደይ ኦቾሎኒ በሊዑ ከናፍሩ ሓቢጡ ክተንፍስ ኣይክእልን", CrisisLevel.crisis),
    ("hawey allergie alewo nefihu aytenfsn alo", CrisisLevel.crisis),
    # the waters broken, alone
    ("ቃንዛ ሕርሲ ጀሚሩኒ ኣብ ገዛ በይነይ እየ", CrisisLevel.crisis), ("may tefentihu beyney eye hji", CrisisLevel.crisis),
    # sudden confusion, sweating, speech gone
    ("ኣቦይ ዘረባኡ ኣይርደኣንን ሃንደበት ገጹ ወሪዱ", CrisisLevel.crisis),
    ("abey shkor alewo ayfeltenn alo yrehats", CrisisLevel.crisis),
    # a baby with a high fever, limp, not drinking
    ("ወርሒ ዝኾና ሕጻን ረስኒ ኣለዋ ኣይትጠብን ሓሚቓ", CrisisLevel.crisis), ("hxaney resni 40 alewo aybrabern", CrisisLevel.crisis),
    # fallen into a river or a canal and not seen again
    ("ወደይ ኣብ ሩባ ወዲቑ ኣይረኣየን", CrisisLevel.crisis), ("qolea ab kanal wediqu ayreayen", CrisisLevel.crisis),
    # a strong smell of gas
    ("ኣብ ደረጃ ናይ ህንጻና ጋዝ ይጨኑ ኣሎ", CrisisLevel.crisis), ("ab geza gaz yshtit alo hji", CrisisLevel.crisis),
    # a knife, an axe or a gun, not only in one's family
    ("ጎረቤትና ብፋስ ማዕጾና ክሰብሮ ይፍትን ኣሎ ሕጂ", CrisisLevel.crisis), ("ሓደ ሰብ ሽጉጥ ሒዙ ኣብ ደገ ሰባት የፈራርሕ ኣሎ", CrisisLevel.crisis),
    ("gorebetna bkara maetso yharm alo hji", CrisisLevel.crisis), ("ሰብኣየ ካራ ኣውጺኡ ሕጂ ፈሪሐ", CrisisLevel.crisis),
    ("hagezuni kara hizu alo", CrisisLevel.crisis),
    # "sleep with me or you lose the house / the job"
    ("ዋና ገዛ ምሳይ እንተዘይደቂስኪ ካብ ገዛ ክሰጉገኪ እየ ይብለኒ", CrisisLevel.crisis),
    ("ሓላፍየይ ኣብ ስራሕ ምስኡ ክድቅስ ይደሊ ወይ ካብ ስራሕ ክሰጎገኒ እዩ", CrisisLevel.crisis),
    # smugglers who threaten the family
    ("ደላሊ ደዊሉ ንሓወይ ኣብ ሊብያ ክቐትልዎ እዮም ኢሉ", CrisisLevel.crisis), ("delalti nsdray kgoduwom eyom ybelu", CrisisLevel.crisis),
    # afraid to go home; "I will not come out alive"
    ("ሎሚ ናብ ገዛ እንተኣትየ ብህይወት ኣይክተርፍን እየ", CrisisLevel.crisis), ("nab geza kmeles eferh alekhu", CrisisLevel.uncertain),
    # how much of a medicine kills
    ("ኣየናይ መጠን ኢንሱሊን ይቐትል", CrisisLevel.crisis), ("kindey pillen yqetl seb", CrisisLevel.crisis),
    # a letter left for the children (with "take care of them": the emergency answer)
    ("ንደቀይ ደብዳቤ ገዲፈሎም ኣለኹ ተኸናኸንዎም", CrisisLevel.crisis), ("ndekey debdabe gedifelom aleku", CrisisLevel.uncertain),
    # what the family gets, who keeps the children, when I am dead
    ("እንተሞይተ ደቀይ መን ክሓልዮም እዩ", CrisisLevel.uncertain), ("entemoyte dekey men yhaliyom", CrisisLevel.uncertain),
    # end it all tonight; jump from a bridge or a balcony (Latin script)
    ("lomi leyti kulu kbke eye", CrisisLevel.crisis), ("nab balkon keyde kzelil", CrisisLevel.crisis),
    # no food for days with the children
    ("ክልተ መዓልቲ ምግቢ ኣይበላዕኩን ገንዘብ የብለይን", CrisisLevel.uncertain), ("mgbi yeblnan qolue ybekyu", CrisisLevel.uncertain),
    # suicide spelled with ቕ; a fire with children inside; tonight on the street with the children
    ("ርእሰ ቕትለት ክገብር ይሓስብ ኣለኹ", CrisisLevel.crisis), ("ሓዊ ኣብ ገዛና ቆልዑ ኣብ ውሽጢ ኣለዉ", CrisisLevel.crisis),
    ("lomi leyti ab gedena kndqes ina mis qolu", CrisisLevel.uncertain),
    # other persons, objects and verb forms of the same kinds (a suffix changes the last syllable: ክኣስርዎም, ኣይጠብን)
    ("ጓለይ ሽቶ ሰትያ ትተፍእ ኣላ", CrisisLevel.crisis), ("ሓደ ወርሒ ዝኾኖ ሕጻን ረስኒ 39 ኣለዎ ኣይጠብን ኣሎ", CrisisLevel.crisis),
    ("ወናኒ ገዛ ምሳኺ ክሓድር ኣለኒ እንተዘይኮይኑ ካብ ገዛ ክሰጉገኪ ይብለኒ", CrisisLevel.crisis),
    ("እቶም ደለልቲ ንስድራይ ኣብ ሱዳን ክኣስርዎም እዮም ይብሉ", CrisisLevel.crisis), ("ጓለይ ኣብ ሓይቂ ጠሊቓ ኣይወጸትን", CrisisLevel.crisis),
    ("ኣብ ጫካ ሰብ ዘይረኽበኒ ቦታ ረኺበ ምስ ገመድ ጽባሕ እኸይድ", CrisisLevel.crisis),
    # an idiom cut out of the message leaves the rest to the rules
    ("ጽባሕ ኣብ ክፍሊ ኣይክህሉን ሎሚ ለይቲ ርእሰይ ክቐትል እየ", CrisisLevel.crisis), ("ሓወይ ሓደጋ ኣጋጢምዎ ኣብ መኪና ኣየተንፍስን ኣሎ", CrisisLevel.crisis),
])
def test_round24_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ብሞት ኣቦይ ሓቂ እየ ዝዛረብ", "ab klas mklkal reseqtlet temarina", "ኣብ ትምህርቲ ብዛዕባ ርእሰ ቅትለት ገለጻ ነይሩ",
    "ኣደይ እንተፈሊጣ ክትቐትለኒ እያ 😂", "ሓወይ ክቐትለኒ እዩ 😂 ሞባይሉ ሰይረ", "ሓዊ የለን ዕጣን ጥራይ እዩ",
    "ኣብ 1978 ብዙሓት ሰባት ተቐቲሎም ኣብ ታሪኽ ተመሃርና", "ሃረርታ ቡን ይቐትለኒ ኣሎ", "እዚ ደርፊ ሓዊ እዩ", "ezi derfi hawi eyu",
    "hrerta shgara yqetleni alo", "ርእሰይ ክፍንጀር ደልዩ ብፈተና", "ብሙቐት ኣየተንፍስን ኣለኹ ኣብ ባቡር", "ካራ ሒዙ በጊዕ ክሓርድ",
    "ደቀይ ኣብ ታብሌት ሓደ ከይትመውት ዝብል ጸወታ ይጻወቱ", "deurwaarder ደብዳቤ ሰዲዱ ናብ ገዛ ክመጽኡ እዮም ይብል",
    "ኣብ ቲያትር ዝሞተ ወተሃደር እየ ዝጻወት", "ጽባሕ ኣብ ቆጸራ ኣይክመጽእን ጓለይ ሓሚማ",
    "ሓወይ ሓደጋ ኣጋጢምዎ ገንዘብ ስደደለይ ዝብል መልእኽቲ መጺኡ ምትላል ድዩ", "113 መዓስ ይድወል ንፈተና KNM",
])
def test_round24_ti_idioms_are_cut_out(text: str) -> None:
    # An oath by a parent's death, suicide prevention as a lesson, a parent or brother who "will kill me" with a
    # laugh, "there is no fire" (incense), history, a craving or a song, a head that "explodes", breathless from
    # the heat, a knife to slaughter a sheep, the title of a game, a bailiff who will come to the house, a dying
    # role in a play, absent from an appointment because a child is ill, a scam message about an accident, what 113 is for.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ኣብ ኮርስ EHBO ሰብ ትንፋስ እንተዘይብሉ እንታይ ንገብር ተማሂርና", "ወደይ መጽረዪ ስኒ ውሒጡ ሓደገኛ ድዩ", "ብሊች ኣብ ሽቓቕ ክጽርግ ይኽእል ዶ",
    "ሻሂ ፈሊሑ ክሰቲ ደልየ", "ማይ ፈሲሱ ኣብ መሬት ገዛ ክጸርግ ኣለኒ", "ሕጻን ይመጽእ ኣሎ ኣብ ግንቦት ቆጸራ ምስ ሓኪም ኣለኒ",
    "ሽኮር ኣለኒ ቆጸራ ምስ ሓኪም ክገብር ደልየ", "ሕጻነይ ክታበት ተዋሂብዎ ረስኒ ኣለዎ", "ተሌፎነይ ኣብ ማይ ወዲቑ ኣይሰርሕን",
    "ሽታ ጋዝ እንተ ሸቲቱካ እንታይ ትገብር", "ሒሳብ ጋዝ ክኸፍል ኣለኒ", "ምሳይ ሻሂ ክትሰቲ ትደሊ ዶ", "ሓወይ ካብ ሊብያ ደዊሉ ገንዘብ ስደደለይ ኢሉ",
    "ኣብ ገዛ ክምለስ እየ ሰዓት 5", "ክንደይ ፓራሲታሞል ብመዓልቲ ክወስድ ይፍቀድ", "ንመምህር ደብዳቤ ገዲፈሉ ኣለኹ", "ሓገዝ ምግቢ ካበይ ይርከብ",
    "ቢንያም ኣብ ብሩግ ክዘልል ርእየዮ ኣብ ፊልም", "kndey saat eyu babur nab amsterdam", "ወደይ ኣብ zwembad ምሕምባስ ይመሃር ኣሎ",
    "ሰብ ዘይረኽበኒ ቦታ ክመሃር ደልየ ጸጥ ዝበለ ቤተ-መጻሕፍቲ", "ሓለቓይ ምሳይ ምሳሕ ክበልዕ ዓዲሙኒ", "ካራ ንኩሽና ክገዝእ ደልየ ኣበይ ይሽየጥ", "ካራ ሒዙ ስጋ ይቖርጽ ኣሎ",
    "ሓወይ ኣብ ሊብያ ደለልቲ ኣሕሊፎምዎ ሕጂ ኣብ ጣልያን ኣሎ", "ሕጻነይ ቁሩብ ረስኒ ኣለዎ ግን ይጸወት ኣሎ",
])
def test_round24_ti_rules_need_their_context(text: str) -> None:
    # A first-aid course, toothpaste, bleach to clean with, tea to drink, spilt water, a baby due in May, an
    # appointment for diabetes, a vaccination, a phone in the water, what to do if one smells gas, a gas bill, an
    # invitation to tea, a brother asking money, coming home at five, a daily dose, a letter for the teacher,
    # food aid, a jump in a film, a train time, swimming lessons.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round24_ti_rules_stay_fast_on_a_long_message() -> None:
    # 4 096 characters of Tigrinya words that touch many of the new rules' parts, and one "word" without spaces.
    words = "ሰብኣየ ኣብ ማይ ካናል ጋዝ ሽታ ካራ ማዕጾ ምሳይ ደብዳቤ ንደቀይ ክንደይ ከኒና ረስኒ ሕጻን ውሒጡ ትንፋስ ".split()
    text = " ".join(words[i % len(words)] for i in range(700))[:4096]
    sensitive.pattern_level("warm up")  # the patterns are compiled on first use
    start = time.process_time()  # CPU time: another process on the machine does not count
    sensitive.pattern_level(text)
    sensitive.pattern_level("ኣ" * 4096)
    assert time.process_time() - start < 1.0  # backtracking took seconds; these take ~0.1 s

"""Round 54: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 54, development data since) and NLU b44; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.round53 import _R53AL_VETO_NL

# (round 54, all languages: start)
from inburgering.text.sensitive.rules.round52 import _R52AL_MEDICINE_VETO
from inburgering.text.sensitive.rules.round53 import (
    _R53AL_NOT_A_PARTY, _R53AL_NOT_A_TASK, _R53AL_NOT_A_TRIP, _R53AL_NOT_A_VIEW, _R53AL_NOT_FICTION, _R53AL_ROPE_VETO,
    _R53AL_VETO_AR, _R53AL_VETO_TI,
)

# Kinds from batch 54 (Dutch incl. learner Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script): its misses,
# idiom alarms and gentle questions to danger now, and two misses of batches 50 and 52; each a family of wordings and
# spellings, not one sentence. NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya Ge'ez and Latin): needs review by a
# native speaker. (Names start with _R54AL_; no earlier rule changed. Latin-script words in the view's spelling: doubled
# letters squeezed, apostrophes dropped; Arabic "على" is "علي" in the view.) Every idiom cuts only its own phrase and is
# followed by a veto that scans the rest of the message.

# --- idiom kinds -----------------------------------------------------------------------------------------------------

# Running, cycling or working "until I (almost) fell over" (Dutch "ik heb gefietst tot ik er bijna bij neerviel", Arabic
# script "ركضت لحتى كنت رح اوقع", Arabizi "rakadt la7atta kent ra7 o2a3", Tigrinya "ክሳብ ዝወድቕ ጎይየ"): an idiom of effort.
_R54AL_TILL_I_DROPPED_NL = (r"\b(hardgelopen|gelopen|gerend|gefietst|gesport|getraind|gedanst|gewerkt|gezwomen|gesjouwd|gevoetbald)\s+"
                            r"(\w+\s+){0,2}?tot\s+ik\s+(er\s+)?(bijna\s+)?(bij\s+)?(nerviel|omviel|neer\s+viel|om\s+viel|flauwviel)\b")
_R54AL_TILL_I_DROPPED_AR = (r"(?<!\S)(ركضت|مشيت|تمرنت|لعبت|رقصت|اشتغلت|شغلت|سبحت)\s+(\S+\s+){0,2}?(ل)?(حتي|حتى|لحد|لحتي|لحتى|للحد)\s+(كنت\s+|صرت\s+)?"
                            r"(رح\s+|ح\s+|بدي\s+)?(اوقع|وقع|وقعت|يغمي\s+علي|يغمى\s+علي|انهار)(?!\S)")
_R54AL_TILL_I_DROPPED_AZ = (r"\b(rakadt|raka6t|rka2t|mashet|tmarant|l3ebt|ra2asat|shteghlt)\s+(\w+\s+){0,2}?(la7atta|la7ata|7atta|7ata|la7ad)\s+(kent\s+|sert\s+)?"
                            r"(ra7\s+|7a\s+)?(o2a3|w2a3|wa2a3t|2o2a3)\b")
_R54AL_TILL_I_DROPPED_TI = (r"(?<!\S)ክሳብ\s+(ዝወድቕ|ክወድቕ\s+ዝቐርብ|ክወድቕ\s+ዝደሊ|ዝዝሕዝሕ)\s+(\S+\s+)?(ጎይየ|ጎይዩ|ተዓልመ|ሰሪሐ|ሳዒስ|ሳዒሰ|ብሳይክል\s+ከይደ)(?!\S)")

# A relative who died last year or years ago "would have had her birthday today" (Dutch "opa is twee jaar geleden overleden,
# morgen zou hij tachtig worden", Arabic script "امي توفت من سنتين واليوم عيد ميلادها", Arabizi, Tigrinya "ኣደይ ዓሚ ዓሪፋ ሎሚ
# ዕለተ ልደታ እዩ"): an idiom of remembrance; only the death said in the past is cut, and only beside the birthday.
_R54AL_DIED_BIRTHDAY_NL = (r"\b(is|was)\s+(vorig\w*\s+(jar|maand|week)|(\w+\s+){1,2}?(jar|maanden)\s+geleden|in\s+\d+)\s+(overleden|gestorven|dod\s+gegaan)\s+"
                           r"((en\s+)?(vandag|morgen|vanavond|zondag|straks)\s+)?(zou\s+(ze|hij|zij)\s+(\w+\s+)?(jarig\s+zijn|jarig\s+geweest\s+zijn|\w+\s+worden|\d+\s+worden)|"
                           r"is\s+(het\s+)?(haar|zijn)\s+verjaardag)\b")
_R54AL_DIED_BIRTHDAY_AR = (r"(?<!\S)(توفت|توفي|توفيت|ماتت|مات|اتوفت|اتوفي)\s+(من\s+)?(السنه\s+الماضيه|السنه\s+اللي\s+فاتت|سنه|سنتين|\S+\s+سنين|\S+\s+سنوات)(?!\S)"
                           r"(?=.*(عيد\s+ميلادها|عيد\s+ميلاده|ذكري\s+ميلادها|ذكرى\s+ميلادها))")
_R54AL_DIED_BIRTHDAY_AZ = (r"\b(tawafet|twafet|matet|mat|etwafet)\s+(mn\s+|men\s+)?(sene|santen|\w+\s+snin)\b(?=.*\b(3id\s+miladha|3id\s+milado|3ed\s+miladha)\b)")
_R54AL_DIED_BIRTHDAY_TI = (r"(?<!\S)(ዓሚ|ቅድሚ\s+\S+\s+ዓመት|ቅድሚ\s+ዓመት)\s+(ዓሪፋ|ዓሪፉ|ሞይታ|ሞይቱ|ዝሞተት|ዝሞተ|ዝዓረፈት|ዝዓረፈ)(?!\S)(?=.*(ልደታ|ልደቱ|ዕለተ\s+ልደት|መበል\s+\S+\s+ዓመት))")

# A tablet taken for a headache and now better (Tigrinya Latin "kenina nay ras himam wesidle hji hashe", Ge'ez "ከኒና ናይ ርእሲ
# ሕማም ወሲደ ሕጂ ሓሸኒ", Dutch "een paracetamol genomen tegen de hoofdpijn, nu gaat het beter", Arabic script "اخدت حبة للراس وهلق
# احسن", Arabizi): an idiom of ordinary medicine; only the tablet taken is cut, never with all of them or a box (vetoes).
_R54AL_BETTER = (r"(?=.*(ሓሸ|ሓሸኒ|ይሓይሽ|ሓይሸ|ጸቢቐ|احسن|منيح|ارتحت|خف|\b(hashe|hasheni|yhaysh|tsbiqe|beter|ahsan|m(n)?i7|khaf|5af|gat\s+het\s+beter|over)\b))")
_R54AL_HEAD_PILL_TAKEN_TI = r"(?<!\S)(ከኒና|ኪኒን|መድሃኒት|ፓራሲታሞል|ፓናዶል)\s+(ናይ\s+)?(ርእሲ|ራስ)\s+(ሕማም|ቃንዛ)\s+(ወሲደ|ወሲደለ|ወሲዳ|ወሲድለ|ወሲደዮ)(?!\S)"
_R54AL_HEAD_PILL_TAKEN_LA = r"\b(kenina|kinin|medhanit|paracetamol|panadol)\s+(nay\s+)?(ras|rsi|resi)\s+(himam|hmam|qanza|kanza)\s+(wesidle|weside|wesida|wesideyo)\b"
_R54AL_HEAD_PILL_TAKEN_NL = (r"\b(en|een|twe|1|2)\s+(paracetamol|ibuprofen|aspirine|pil|tablet)\s+(genomen|ingenomen)\s+(tegen|voor)\s+(de\s+|mijn\s+)?"
                             r"(hofdpijn|kiespijn|migraine|buikpijn|koorts)\b")
_R54AL_HEAD_PILL_TAKEN_AR = r"(?<!\S)(اخدت|أخدت|شربت|بلعت)\s+(حبه|حبة|حبتين|بنادول|مسكن|سيتامول)\s+(لل|ل|ضد\s+ال)(راس|صداع|سنان|ضرس|بطن)(?!\S)"
_R54AL_HEAD_PILL_TAKEN_AZ = r"\b(a5adt|5adt|akhadt|sharabt)\s+(7abbe|7abe|7abten|panadol)\s+(lal|lel|la)\s*(ras|sda3|snan)\b"
_R54AL_PILL_VETO = _R52AL_MEDICINE_VETO + r"(?!.*(doos|strip|علبه|ظرف|ሳንዱቕ|ክሞት|موت|\b(dod|sterven|kmot|mut)\b))" + _R54AL_BETTER

# A bridge closed or under repair, so another way (Tigrinya "ድልድል ከተማና ይዕረ ስለ ዘሎ ብካልእ መንገዲ ከይደ", Latin "dildil ...
# yiere"; Arabic script "الجسر مسكر عم يصلحوه", Arabizi "el jesr msaker"): an idiom of traffic; only the bridge and its state
# are cut. (Dutch "de brug is dicht" is an idiom phrasing the classifier learns from; a Dutch rule would cut it out of the
# training views and move the classifier.)
_R54AL_BRIDGE_CLOSED_TI = r"(?<!\S)ድልድል\S*\s+(\S+\s+)?(ይዕረ|ይጽገን|ይሕደስ|ተዓጽዩ|ዕጹው|ተሰቢሩ)(\s+(ስለ\s+)?(ዘሎ|ኣሎ))?(?!\S)"
_R54AL_BRIDGE_CLOSED_LA = r"\b(dildil|dldl)\w*\s+(\w+\s+)?(yiere|yere|yetsegen|ytsegen|teatsiyu|tesebiru)\b"
_R54AL_BRIDGE_CLOSED_AR = r"(?<!\S)(ال)?جسر\s+(\S+\s+)?(مسكر|مسكّر|مقطوع|مغلق|مسدود|عم\s+يصلحوه|عم\s+يزفتوه)(?!\S)"
_R54AL_BRIDGE_CLOSED_AZ = r"\b(el\s*)?(jesr|jisr)\s+(msaker|ma2tu3|m2fl|msakar|3am\s+ysal7u)\b"

# --- crisis kinds ----------------------------------------------------------------------------------------------------

# Standing now on the railway, a bridge, the roof or at a high window (Dutch "ik sta aan de rand van het spoor", "ik sta nu op
# de brug"; Arabic script "انا واقفة عالجسر هلق", Arabizi "ana wa2ef 3al jesr hala2"; Tigrinya "ሕጂ ኣብ ልዕሊ ህንጻ ኣለኹ", Latin
# "ab fonestra nay 5 derbi dew ile aleku"): the emergency answer. (Standing or sitting on the track in Tigrinya without more
# stays round 34's gentle question.) Never work on the track, a
# ticket, a view, photos or smoking (round 53's veto).
_R54AL_NOT_TRACK_WORK = r"(?!.*(werk|prorail|kaartje|ስራሕ|ሰራሕተኛ|ትኬት|شغل|تذكره|ورشه|\b(shoghl|srah|tiket)\b))"
_R54AL_HIGH_FLOOR = r"(ራብዓይ|ሓሙሻይ|ሻድሻይ|ሻብዓይ|ሻምናይ|ታሽዓይ|ዓስራይ|ላዕለዋይ|[4-9]|[1-9][0-9])"
_R54AL_STANDING_THERE_NOW = tuple(r"^" + _R53AL_NOT_A_VIEW + _R54AL_NOT_TRACK_WORK + p for p in (
    r".*?\b(ik|ikke|k)\s+(sta|zit|stand|stan)\s+(nu\s+)?(aan|op)\s+de\s+rand\s+van\s+(het|de)\s+(spor|sporen|rails|perron|brug|dak|flat)\b",
    r".*?\b(ik|ikke|k)\s+(sta|zit)\s+nu\s+(op|aan)\s+(de|het)\s+(brug|dak|spor|rails)\b",
    r"(?=.*(?<!\S)(هلا|هلق|هلء|هلاء|الحين|هسه|هسا|دلوقتي)(?!\S)).*?(?<!\S)(انا\s+)?(واقف|واقفه|قاعد|قاعده)\s+(هلا\s+|هلق\s+)?(علي\s+|على\s+|ع\s+|عال|عل)(ال)?"
    r"(جسر|سكه|السكه|سطح|حافه)(?!\S)",
    r"(?<!\S)(انا\s+)?(واقف|واقفه)\s+(علي\s+|على\s+|ع\s+|عال|عل|بنص\s+)(ال)?(سكه|سكه\s+القطار|سكة\s+القطار)(?!\S)",
    r"(?=.*\b(hala2|halla2|hala|hlla2|hl2|7alan)\b).*?\b(ana\s+)?(wa2ef|wa2fe|wa2efe|2a3ed|2a3de)\s+(hala2\s+)?(3al|3a|3ala|3la)\s*(el\s*)?(jesr|jisr|sekke|seke|sat7|sate7)\b",
    r"(?=.*(?<!\S)ሕጂ(?!\S)).*?(?<!\S)ኣብ\s+(ልዕሊ|ናሕሲ|ጫፍ)\s+(ናይ\s+)?(ህንጻ|ድልድል|ግንቢ|ፎቕ)\s+(ደው\s+ኢለ\s+|ደው\s+ኢላ\s+)?ኣለኹ(?!\S)",
    r".*?(?<!\S)ኣብ\s+(መስኮት|ፎነስትራ|ባልኮኒ|ሰገነት)\s+(ናይ\s+)?" + _R54AL_HIGH_FLOOR + r"(ኛ)?\s*ደርቢ\s+(ደው|ኮፍ)\s+(ኢለ|ኢላ)\s+ኣለኹ(?!\S)",
    r"(?=.*\bhji\b).*?\bab\s+(lieli|leli|laeli|nahsi)\s+(nay\s+)?(hntsa|hintsa|dildil|fok)\s+(dew\s+ile\s+)?(aleku|alku)\b",
    r".*?\bab\s+(fonestra|fenestra|meskot|balkoni)\s+(nay\s+)?(rabay|hamushay|shadshay|shabay|[4-9]|[1-9][0-9])\s*derbi\s+(dew|kof)\s+(ile|ila)\s+(aleku|alku)\b",
))

# Throwing myself from the balcony or the window, thought of now (Arabizi "3am fakker erme 7ali mn el balcon hala2", "ba2ra
# 7ali mn el shebbek"; the Arabic-script form had rules): the emergency answer.
_R54AL_THROW_MYSELF_AZ = (r"\b(erme|ermi|irmi|arme|armi|ba2ra|2armi|ermeh)\s+(7ali|7alii|nafsi)\s+(mn|min|men|3an)\s+(el\s*|al\s*)?(balcon|balkon|shebek|shubak|"
                          r"shebak|sate7|sat7|jesr|jisr|6abe2|tabe2)\b")

# Drowning myself or walking into the water at a time (Dutch "ik loop nu naar het water, ik ga erin", "hoe voelt verdrinken,
# ik ga vannacht"; Arabizi "ra7 gharre2 7ali bel ba7r", Arabic script "رح غرق حالي بالبحر"; Tigrinya "ክሕምብስ ኣይክእልን ኣብ
# ቀላይ ክኣቱ እየ", Latin): the emergency answer. Never swimming lessons, a beach day, fishing or photos.
_R54AL_NOT_A_BEACH_DAY = r"(?!.*(zwemles|strand|vissen|foto\w*|مايوه|شط|صيد|سمك|صور|ዓሳ|ስእሊ|\b(sayd|sieli)\b))"
_R54AL_INTO_THE_WATER = tuple(r"^" + _R54AL_NOT_A_BEACH_DAY + p for p in (
    r"(?=.*\bik\s+ga\s+(er\s+)?(in|erin|in\s+lopen|het\s+water\s+in)\b).*?\bik\s+(lop|ga|fiets|rij)\s+(nu\s+)?naar\s+(het|de)\s+(water|kanal|rivier|zee|meer|gracht)\b",
    r"(?=.*\bverdrink\w*\b).*?\bik\s+ga\s+(het\s+)?(doen\s+)?(vanacht|vanavond|vandaag|nu|morgen|straks)\b",
    r"(?<!\S)(رح|ح|راح|بدي|بدو|بدها)\s+(غرق|اغرق|يغرق|تغرق)\s+(حالي|نفسي|حاله|حالها)(?!\S)",
    r"\b(ra7|7a|baddi|bdi|bado|bada)\s+(ghare2|gharre2|ghar2|a8ra2|8are2|8arre2|ghar2a2)\s+(7ali|nafsi|7alo|7ala)\b",
    r"(?=.*(ክሕምብስ\s+ኣይክእልን|ሕምብስ\s+ኣይፈልጥን|ምሕምባስ\s+ኣይክእልን)).*?(?<!\S)(ኣብ|ናብ)\s+(ቀላይ|ባሕሪ|ሩባ|ማይ)\s+(\S+\s+)?ክኣቱ\s+(እየ|ደልየ)(?!\S)",
    r"(?=.*\b(khmbs|kihmbs|khimbs)\s+(aykielin|aykieln|aykelin|aykiln)\b).*?\b(ab|nab)\s+(qelay|kelay|bahri|ruba|may)\s+(\w+\s+)?(kietu|kiatu|kitu)\s+(eye|iye|delye)\b",
    r"(?=.*\bik\s+kan\s+(niet|nie)\s+zwemen\b).*?\bik\s+(ga|lop|spring)\s+(\w+\s+){0,3}?(het\s+water|de\s+zee|het\s+meer|de\s+rivier)\s+in\b",
    r"(?=.*(ما\s+بعرف\s+اسبح|ما\s+بعرف\s+سبح)).*?(?<!\S)(رح|ح|بدي)\s+(فوت|انزل|ادخل)\s+(علي|على|ع|عال|بال|لل)?\s*(ال)?(بحر|البحر|نهر|النهر|بحيره|البحيره)(?!\S)",
))

# A rope to buy or bought, or sent in a photo with "done" (Dutch "morgen koop ik een touw"; Tigrinya "ገመድ ገዚአ ኣለኹ", as the
# lead's Latin rule; Arabic script "a friend sent a photo of a rope and wrote done", Arabizi): the emergency answer. (A rope
# bought in Arabic script or Arabizi alone stays round 42's gentle question.)
# Never a washing line, a skipping rope, a tent or a tow rope (round 53's veto), a swing, a dog or a boat.
_R54AL_ROPE_MORE_VETO = r"(?!.*(schommel|hond|boot|klimrek|مرجوحه|كلب|قارب|ወናጨፍ|ከልቢ|\b(swing|kalb)\b))"
_R54AL_ROPE_BOUGHT = tuple(r"^" + _R53AL_ROPE_VETO + _R54AL_ROPE_MORE_VETO + p for p in (
    r".*?\b(morgen\s+|vandag\s+|straks\s+)?(kop|koop|haal)\s+ik\s+(en|een)\s+(touw|strop)\b",
    r".*?\bik\s+(ga\s+)?(en|een)\s+(touw|strop)\s+(kopen|halen|gekocht|gehaald)\b",
    r".*?(?<!\S)ገመድ\S*\s+(ገዚአ|ገዚኣ|ክገዝእ\s+እየ|ገዚአ\s+ኣለኹ)(?!\S)",
    r"(?=.*(خلص|باي|وداعا|وداع|سامحوني)).*?(?<!\S)(صوره|صورة)\s+(ل)?(ال)?حبل(?!\S)",
    r"(?=.*\b(5alas|khalas|bye|wada3an)\b).*?\b(sura|soura|swra)\s+(la\s*)?(7abl|7bl)\b",
))

# Pills already in the pocket beside no hope, a gun found beside talk of dying (Tigrinya "ተስፋ የብለይን እቲ ከኒና ድሮ ኣብ ጁባይ ኣሎ",
# "ሓወይ ብዛዕባ ምሟት ይዛረብ ሽጉጥ ረኺበ ይብል"; Arabic script "ما في امل والحبوب بجيبي", "اخي بيحكي عن الموت وقال لقى مسدس"; Dutch
# "geen hoop meer, de pillen zitten al in mijn tas"): the emergency answer. Never a film or a game (round 53's veto).
_R54AL_MEANS_AT_HAND = tuple(r"^" + _R53AL_NOT_FICTION + p for p in (
    r"(?=.*(ተስፋ\s+(የብለይን|ቆሪጸ)|ክነብር\s+ኣይደልን|ደኺመ\s+ካብ\s+ህይወት)).*?(?<!\S)(ከኒና|ኪኒን|ገመድ|ካራ|ሽጉጥ|መርዚ)\s+(\S+\s+){0,2}?ኣብ\s+(ጁባይ|ቦርሳይ|ኢደይ|ጁባ)\s+(ኣሎ|ኣሎ።|ኣለዉ)",
    r"(?=.*\b(tesfa\s+yebleyn|knebr\s+aydelin)\b).*?\b(kenina|kinin|gemed|kara|shgut)\s+(\w+\s+){0,2}?ab\s+(jubay|borsay|iday)\s+(alo|alewu)\b",
    r"(?=.*(ما\s+في\s+امل|ما\s+عاد\s+في\s+امل|فقدت\s+الامل|ما\s+بدي\s+عيش)).*?(?<!\S)(و)?(ال)?(حبوب|دوا|حبل|سكين|مسدس)\s+(\S+\s+)?(بجيبي|بشنتايتي|بايدي|معي|جاهزين)(?!\S)",
    r"(?=.*\b(gen\s+hop|hopeloos|wil\s+niet\s+mer\s+leven)\b).*?\b(pilen|tabletten|touw|mes|pistol)\s+(\w+\s+){0,2}?(in\s+mijn\s+(zak|tas|jas)|klar)\b",
    r"(?=.*(ምሟት|ምማት|ሞት|ክሞት|ነብሱ\s+ክቐትል)).*?(?<!\S)(ሽጉጥ|ሽጎጥ|ጠበንጃ)\s+(ረኺበ|ረኺቡ|ገዚአ|ገዚኡ|ሒዙ)\s+(ይብል|ኢሉ|ኣሎ)(?!\S)",
    r"(?=.*(الموت|يموت|ينتحر|يقتل\s+حاله)).*?(?<!\S)(و)?(لقي|لقى|جاب|اشتري|اشترى|معو|معه|عندو)\s+(فرد|مسدس|سلاح|باروده)(?!\S)",
    r"(?=.*\b(dod|sterven|zelfmoord)\b).*?\b(pistol|wapen|vuurwapen|geweer)\s+(gevonden|gekocht|geregeld|heeft)\b",
))

# All the medicines in the house, or a number of tablets taken now (Arabic script "اختي قالت انها رح تشرب كل الادوية يلي
# بالبيت"; Dutch "ze gaat alle medicijnen in huis innemen", "ik heb net 30 paracetamol genomen"; Tigrinya "ሕጂ 40 ፓራሲታሞል
# ወሲደ ኣለኹ", "ኩሉ መድሃኒት ናይ ገዛ ክትሰቲ እያ"): the emergency answer. Never once a day or per week.
_R54AL_NOT_A_DOSE = (r"(?!.*(باليوم|بالاسبوع|مرتين|الدكتور|دكتور|الطبيب|متل\s+ما\s+قال|زي\s+ما\s+قال|ኣብ\s+መዓልቲ|ኣብ\s+ሰሙን|ሓኪም|ዶክተር|"
                     r"\b(per\s+dag|per\s+week|mg|dokter|arts|recept|ab\s+mealti|doctor|doktor|daktor|mitl\s+ma\s+2al|zay\s+ma\s+2al|hakim)\b))")
_R54AL_ALL_THE_MEDICINE = tuple(r"^" + _R54AL_NOT_A_DOSE + p for p in (
    r".*?(?<!\S)(رح|ح|راح|بدي|بدها|بدو)\s+(تشرب|يشرب|اشرب|تبلع|يبلع|ابلع|تاخد|ياخد|اخد)\s+كل\s+(ال)?(ادويه|دوا|حبوب|الحبوب|الادويه|الدوا)\s+(يلي|اللي|الي|لي)\s+(بالبيت|بالبيت\S*|عنا|عندي|بالخزانه)(?!\S)",
    r".*?\b(ra7|7a|baddi|bada|bado)\s+(teshrab|yeshrab|eshrab|tebla3|yebla3|ebla3)\s+(kel|kl)\s+(el\s*)?(adwye|dawa|7bub)\b",
    r".*?\b(ze|zij|hij|ik)\s+(gat|ga|wil)\s+(al|alle|al\s+de)\s+(medicijnen|pilen|tabletten)\s+(\w+\s+){0,3}?(innemen|inemen|slikken|opdrinken|nemen|opeten)\b",
    r".*?(?<!\S)ኩሉ\s+(መድሃኒት|ከኒና|ኪኒን)\s+(\S+\s+){0,2}?(ክትሰቲ|ክሰቲ|ክሰትዮ|ክትውሕጥ|ክውሕጥ|ክውሕጦ|ክትወስድ)\s+(እያ|እየ|እዩ)(?!\S)",
    r".*?(?<!\S)(ሕጂ\s+)?([1-9][0-9])\s+(ፓራሲታሞል|ከኒና|ኪኒን|ፓናዶል|ኢቡፕሮፌን)\s+(ወሲደ|ውሒጠ|ወሲዳ|ውሒጣ)(\s+ኣለኹ)?(?!\S)",
    r".*?\b(hji\s+)?([1-9][0-9])\s+(paracetamol|kenina|kinin|panadol)\s+(weside|wuhite|wesida)\b",
    r".*?\b(net|zojuist|al)\s+([1-9][0-9])\s+(paracetamol|pilen|tabletten|ibuprofen|oxazepam|slapilen)\s+(\w+\s+)?(genomen|ingenomen|geslikt)\b",
    r".*?(?<!\S)(بلعت|اخدت|شربت)\s+([1-9][0-9]|[١-٩][٠-٩])\s+(حبه|حبة|حبايه|بنادول|سيتامول)(?!\S)",
))

# Someone not waking and not breathing, a child locked in a hot car and not moving (Arabizi "sa7bti ma 3am tfi2 w ma fi nafas",
# Arabic script "ما عم يفيق وما في نفس"; Tigrinya "ሰበይተይ ወዲቓ ኣይትትንፍስን ኣላ", "ቆልዓ ኣብ መኪና ተዓጽዩ ኣይንቀሳቐስን ኣሎ"; Dutch "het kind
# zit opgesloten in de auto in de zon en beweegt niet"): the emergency answer. Never a film or a game.
_R54AL_NOT_WAKING = tuple(r"^" + _R53AL_NOT_FICTION + p for p in (
    r".*?\b(ma\s+3am\s+(tfi2|yfi2|tfe2|yfe2|t2um|y2um)|ma\s+(fa2et|fe2|fa2)|mesh\s+3am\s+(tfi2|yfi2))\s+(\w+\s+)?(w\s*)?ma\s+(fi|fe)\s+(nafas|nafs|nafes)\b",
    r".*?(?<!\S)(ما|مش)\s+(عم\s+)?(تفيق|يفيق|فاق|فاقت|تصحي|يصحي|تصحى|يصحى)\s+(\S+\s+)?(و\s*)?(ما|مش)\s+(في|عم)\s+(نفس|تتنفس|يتنفس)(?!\S)",
    r".*?(?<!\S)(ኣይትትንፍስን|ኣይተስተንፍስን|ኣይትተንፍስን|ኣይተስተንፍሰትን|ኣየስተንፍሳን)\s+(ኣላ|ኣላ።)(?!\S)",
    r".*?\b(aytitnfsn|aytestenfsn|aytetnfsn|aytnfsn)\s+(ala|alo)\b",
    r"(?=.*(ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይስተንፍስን|ኣይተንፍስን|ጸሓይ|ሙቐት)).*?(?<!\S)(ቆልዓ|ህጻን|ውላደይ|ዕሸል)\s+ኣብ\s+(መኪና|ማኪና)\s+(ተዓጽዩ|ተዓጽያ|ተሪፉ|ተሪፋ|ተቐፊሉ)(?!\S)",
    r"(?=.*\b(zon|heet|hete|beweegt\s+(niet|nie)|ademt\s+(niet|nie))\b).*?\b(kind|kindje|baby|peuter|jongetje|meisje)\s+(\w+\s+){0,3}?(opgesloten|alen|achtergelaten)\s+in\s+(de|een|zijn|haar)\s+auto\b",
    r"(?=.*(الشمس|شوب|حر|ما\s+عم\s+يتحرك|ما\s+عم\s+يتنفس)).*?(?<!\S)(طفل|ولد|بيبي|البيبي|الولد)\s+(\S+\s+)?(مسكر|مقفول|قافلين|مسكرين)\s+(عليه\s+)?(بالسياره|بالسيارة|جوا\s+السياره)(?!\S)",
))

# A child beaten now by a parent (Arabizi "el walad 3am ysarre5 w abouh 3am yedrobo"), a small child left outside in the cold
# with a drunk parent inside (Arabic script "ابن جيراننا عمرو خمس سنين برا بالبرد لحالو وابوه سكران"; Dutch "een jongetje van vijf
# staat alleen buiten in de kou, zijn vader is dronken"; Tigrinya "ቆልዓ ... ኣብ ደገ ብቑሪ በይኑ ኣቦኡ ሰኺሩ"): the emergency answer.
_R54AL_CHILD_IN_DANGER = tuple(r"^" + _R53AL_NOT_FICTION + p for p in (
    r".*?\b(abu|abuh|abouh|abou|abo|emo|emmo|emu|emmu|jozha|jozo)\s+(3am|3m|3a)\s+(yedrobo|yedrbo|ydrobo|ydrbo|yadrbo|yedroba|ydroba|tedrobo|tedroba|ydrubo)\b",
    r"(?=.*(سكران|سكرانه|شارب|مسطول)).*?(?<!\S)(عمره|عمرو|عمرها|عمرا)\s+(\S+\s+)?(سنين|سنه|سنوات|سنتين)\s+(\S+\s+)?(برا|بالشارع|بره)\s+(\S+\s+)?(بالبرد|بالتلج|بالليل|لحالو|لحاله|لحالها)(?!\S)",
    r"(?=.*\b(dronken|zat|bezopen)\b).*?\b(jongetje|meisje|kind|kindje|zoontje|dochtertje)\s+(\w+\s+){0,4}?(alen\s+)?buiten\s+(\w+\s+)?in\s+de\s+(kou|sneuw|regen|nacht)\b",
    r"(?=.*(ሰኺሩ|ሰኺራ|ሰታዪ)).*?(?<!\S)(ቆልዓ|ህጻን|ወዲ|ጓል)\s+(\S+\s+){0,4}?ኣብ\s+ደገ\s+(\S+\s+)?(ብቑሪ|ኣብ\s+ቑሪ|በይኑ|በይና)(?!\S)",
))

# "My time has come, forgive me", "I only want to say bye to all because it is over", "the last greeting, my children"
# (Arabic script "هلق اجا وقتي سامحيني يا امي", "بس بدي قول باي للكل لانه خلص"; Tigrinya "ናይ መወዳእታ ሰላምታ ደቀይ", Latin "nay
# mewedaeta selamta"; Dutch "ik schrijf dit zodat iemand weet waarom", "mijn laatste groet aan mijn kinderen"), at the station
# waiting for the train "and I won't come back": a farewell, the emergency answer. ("I will not reach tomorrow" alone stays
# round 40's gentle question.) Never a trip, a party or a
# last lesson (round 53's vetoes).
_R54AL_FAREWELL = tuple(r"^" + _R53AL_NOT_A_TRIP + _R53AL_NOT_A_PARTY + p for p in (
    r"(?=.*(سامحيني|سامحني|سامحوني|وداعا|وداع)).*?(?<!\S)(هلا|هلق|هلء|هلاء|الحين)?\s*(اجا|اجه|جا|جه|حان)\s+(وقتي|دوري\s+بالموت)(?!\S)",
    r"(?=.*\b(sam7ini|sam7ni|sam7uni|wada3an)\b).*?\b(eja|ija|ja|2ja)\s+wa2ti\b",
    r".*?(?<!\S)(قول|احكي|قلكم|قلكن)\s+باي\s+(لل|ل)?(كل|الكل|جميع|الجميع|كلكم|كلكن)\S*\s+(\S+\s+)?(لانه|لانو|لان|لأنه)\s+(خلص|انتهيت|انتهى)(?!\S)",
    r".*?\b(2ul|2oul|e7ki)\s+(bye|bay)\s+(lal|la)\s*(kel|kl|kil)\w*\s+(\w+\s+)?(la2no|la2ano|la2en)\s+(5alas|khalas)\b",
    r"(?=.*(ደቀይ|ቤተሰበይ|ኣደይ|ፍቕሪ|💔|ይቕረታ)).*?(?<!\S)ናይ\s+(መወዳእታ|መጨረሻ)\s+(ሰላምታ|ስንብታ|መልእኽቲ|ሰላምታይ)(?!\S)",
    r"(?=.*(\b(dekey|betesebey|adey|fqri|fiqri|yqreta)\b|💔)).*?\bnay\s+(mewedaeta|mewedata|mewedeta|mewodaeta)\s+(selamta|snbta|melekti)\b",
    r".*?\bik\s+schrijf\s+dit\s+(zodat|zoda|zodt|dan|omdat)\s+(iemand|jullie|iedereen|mijn\s+\w+)\s+(wet|weten|snapt|snappen)\s+warom\b",
    r"(?=.*\b(kinderen|kids|mama|mam|familie|vergeef)\b).*?\b(mijn|m)\s+laatste\s+(groet|groeten|bericht|woorden)\s+(aan|voor)\b",
    r"(?=.*(ما\s+رح\s+ارجع|مش\s+راجع|ما\s+راجع|ما\s+رح\s+رجع)).*?(?<!\S)(انا\s+)?(بالمحطه|عالمحطه|علي\s+الرصيف|عالرصيف|عالسكه)\s+(ناطر|ناطره|عم\s+استني)\s+(ال)?(قطار|ترين)(?!\S)",
    r"(?=.*\b(ma\s+ra7\s+erja3|mesh\s+raje3|ma\s+raje3)\b).*?\b(bel\s*ma7a6a|3al\s*ma7a6a|bl\s*m7a6a)\s+(nater|natra|3am\s+estana)\s+(el\s*)?(2e6ar|2a6ar|train|tren)\b",
    r"(?=.*\bik\s+kom\s+(niet|nie|nooit)\s+(mer\s+)?terug\b).*?\bik\s+(sta|wacht|ben)\s+(\w+\s+){0,3}?(op\s+het\s+peron|op\s+de\s+(trein|sneltrein|intercity))\b",
    r"(?=.*(ኣይክምለስን|ደጊም\s+ኣይምለስን)).*?(?<!\S)ኣብ\s+(ናይ\s+)?(ባቡር\s+)?(መድረኽ|ጣብያ)\s+(\S+\s+){0,3}?ባቡር\s+(እጽበ|እጸቢ)\s+ኣለኹ(?!\S)",
))

# A plan to end it at a time, thinking how to die without pain, "tired of living, today I end it", "I do not want to live
# after now" (Arabic script "عم خطط كيف انهي كل شي الجمعة", "صرلي اسبوع بفكر كيف بموت بلا وجع", Arabizi; Tigrinya "ምንባር
# ጸሊኡኒ ሎሚ ከብቅዖ እየ", "ድሕሪ ሕጂ ክነብር ኣይደልን", Latin "nbar aydelin eye dhri hji"; Dutch "hoe ik kan sterven zonder pijn"):
# the emergency answer. Never an exam, a course, an appointment or a move (round 53's veto).
_R54AL_PLAN_TO_END = tuple(r"^" + _R53AL_NOT_A_TASK + p for p in (
    r".*?(?<!\S)(عم\s+)?(خطط|اخطط|بخطط|عم\s+خطط)\s+(ل\s*)?(كيف\s+)?(نهي|انهي|خلص|اخلص|انهيها)\s+(كل\s+شي|كلشي|حياتي|كل\s+شيء)(?!\S)",
    r".*?\b(3am\s+)?(5a6e6|bi5a6e6|5atet|b5atet)\s+(kif\s+)?(enhi|nhi|5ales|5alles)\s+(kel\s+shi|kelshi|7ayati)\b",
    r".*?(?<!\S)(بفكر|عم\s+فكر|افكر|عم\s+دور|بدور)\s+(علي\s+|على\s+)?(كيف|طريقه)\s+(بموت|موت|اموت|انتحر|بنتحر|اقتل\s+حالي)\s+(بلا|بدون|من\s+غير)\s+(وجع|الم|ما\s+حس)(?!\S)",
    r".*?\b(bfaker|3am\s+faker|bdawer)\s+(kif|kef)\s+(bmut|mut|emut)\s+(bala|bdun|bidun)\s+(waja3|wja3|alam)\b",
    r"(?=.*(ምንባር\s+(ጸሊኡኒ|ሰልቹኒ|ኣስልቹኒ)|ህይወት\s+(ጸሊኣትኒ|ሰልቹኒ)|ሰብ\s+የብለይን)).*?(?<!\S)(ሎሚ|ሕጂ|ጽባሕ|ሎሚ\s+ለይቲ)\s+(ከብቅዖ|ክውድኦ|ክዛዝሞ|ከብቕዖ)\s+(እየ|እየ።)(?!\S)",
    r"(?=.*\b(mnbar|nbar)\s+(tseliuni|selchuni)\b).*?\b(lomi|hji|tsbah)\s+(kebqo|kebko|kwdo|kzazmo)\s+(eye|iye)\b",
    r".*?(?<!\S)(ምንባር|ክነብር|እነብር)\s+ኣይ(ደልን|ደልየን)\s+(እየ\s+)?ድሕሪ\s+(ሕጂ|ሎሚ)(?!\S)",
    r".*?\b(nbar|mnbar|knebr|enebr)\s+(aydelin|aydeln|aydelen|aydelyen)\s+(eye\s+|iye\s+)?(dhri|drhri|dehri)\s+(hji|lomi)\b",
    r".*?\b(hoe|manier\s+om)\s+(ik\s+)?(kan\s+)?(sterven|dod\s+gaan|zelfmoord\s+plegen)\s+zonder\s+pijn\b",
))

# Someone "wants to do himself in" (Dutch "zich van kant maken", also of myself "mezelf van kant maken"): a Dutch
# expression for suicide, the emergency answer; learner spellings of "I do not want to live any more" ("k wil nie meer leve");
# afraid of myself beside "I will do something" (Dutch; Arabic script "خايف من حالي، حاسس رح اعمل شي"; Tigrinya "ካብ ርእሰይ
# እፈርህ ኣለኹ ገለ ክገብር እየ"); "I want to be with my mother in heaven" beside everything made ready (Dutch; Arabic script
# "بدي روح عند امي بالسما وجهزت كل شي"; Tigrinya "ናብ ኣደይ ኣብ ሰማይ ክኸይድ ደልየ ኩሉ ኣዳልየ"): the emergency answer.
_R54AL_SELF_HARM_SAID = (
    r"^(?!.*\b(wat\s+betekent|betekenis|betekent|uitdrukking|spreekwoord|wat\s+is)\b).*?\b(mij|me|mijzelf|mezelf|zich|zichzelf|ze|hem|haar|haarzelf|hemzelf)\s+van\s+kant\s+(wil\s+|wilde\s+|gaat\s+|ga\s+|te\s+)?(maken|make|mak|maakt|gemaakt)\b",
    r"\b(ik|k|ikke)\s+(wil|wl|wel)\s+(nie|nit|ni|niet)\s+(mer|mr)\s+(leve|lefe|lewe|lef|leven)\b",
    r"^(?=.*\bik\s+((denk\s+dat\s+ik\s+)?(iets|wat)\s+(ga|zal|gaat)|(ga|zal)\s+(iets|wat))\s+doen\b).*?\bik\s+ben\s+bang\s+(vor|van)\s+(mezelf|mijzelf|mij\s+zelf)\b",
    r"^(?=.*(رح\s+اعمل\s+شي|رح\s+اذي\s+حالي|ممكن\s+اعمل\s+شي)).*?(?<!\S)(خايف|خايفه)\s+من\s+(حالي|نفسي)(?!\S)",
    r"^(?=.*(ገለ\s+ክገብር\s+(እየ|እፈርህ)|ነብሰይ\s+ክጎድእ)).*?(?<!\S)ካብ\s+(ርእሰይ|ነብሰይ)\s+(እፈርህ|እፈርሕ|ፈሪሐ)(?!\S)",
    r"^(?=.*\b(klar(ge)?legd|klargezet|klaar|ales\s+geregeld)\b).*?\bik\s+wil\s+(\w+\s+){0,4}?(in\s+de\s+hemel|bij\s+god|bij\s+allah)\s+(zijn|wonen|gaan)\b",
    r"^(?=.*(جهزت\s+كل\s+شي|حضرت\s+كل\s+شي|كل\s+شي\s+جاهز)).*?(?<!\S)(بدي|رح)\s+(روح|الحق|كون)\s+(عند|ب|مع)\s*(امي|ابي|بابا|ماما|اخي|جوزي)\s+(بالسما|بالجنه|بالسماء)(?!\S)",
    r"^(?=.*(ኩሉ\s+(ኣዳልየ|ድሉው)|ኣዳልየ\s+ኣለኹ)).*?(?<!\S)ናብ\s+(ኣደይ|ኣቦይ|ሓወይ|ሓብተይ)\s+ኣብ\s+(ሰማይ|መንግስተ\s+ሰማያት)\s+(ክኸይድ|ክኸዶ)\s+(ደልየ|እየ)(?!\S)",
)

# Shut in a room with a note that he will die (Arabic script "ابني قافل على حاله بالغرفة وكاتب على الورقة انه رح يموت"; the
# core idiom "the paper kills me" cuts "الورقة ... رح يموت" to the idiom mark, so the mark after "wrote on" is read as the
# note): the emergency answer, beside round 53's rule.
_R54AL_SHUT_IN_NOTE_AR = (r"^(?=.*(قافل|قفل|مسكر|سكر|مقفل|قافله|مسكره|مقفله)\S*\s+(\S+\s+)?(الباب|عليه|عليها|علي\s+حاله|على\s+حاله|علي\s+حالها|على\s+حالها|بالغرفه))"
                          r".*?(?<!\S)(و)?(كاتب|كاتبه|كتب|كتبت)\s+(علي|على)\s+(§|(ال)?(ورقه|ورقة)\s+(انه\s+|انو\s+|انها\s+)?(رح|ح|بدو|بدها)\s+(يموت|تموت|ينتحر|تنتحر))(?!\S)")

# --- uncertain kinds -------------------------------------------------------------------------------------------------

# Only "I am at the platform and wait for the coming train", nothing else said (Tigrinya "ኣብ ናይ ባቡር መድረኽ ኣለኹ ዝመጽእ ባቡር
# እጽበ ኣለኹ", Latin; Dutch "ik sta op het perron en wacht op de trein die komt"; Arabic script "انا عالمحطة ناطر القطار الجاي"):
# the gentle question. With a place to go, a time, work or an appointment it is travel.
_R54AL_ONLY_WAITING_FOR_THE_TRAIN = (
    r"^(ሕጂ\s+)?ኣብ\s+(ናይ\s+)?(ባቡር\s+)?(መድረኽ|ጣብያ|ጣቢያ)\s+(ናይ\s+ባቡር\s+)?(ኣለኹ|ደው\s+ኢለ\s+ኣለኹ)\s+(ዝመጽእ|ዝሓልፍ|ቀጺሉ\s+ዝመጽእ)\s+ባቡር\s+(እጽበ|እጸቢ)\s+ኣለኹ$",
    r"^(hji\s+)?ab\s+(nay\s+)?(babur\s+)?(medreh|tabya|tabiya)\s+(aleku|alku)\s+(zmetse|zhalf)\s+babur\s+(etsbe|exbe)\s+(aleku|alku)$",
    r"^ik\s+(sta|ben)\s+(nu\s+)?op\s+het\s+peron\s+(en\s+)?(ik\s+)?wacht\s+op\s+de\s+(trein|sneltrein|intercity)\s+die\s+(komt|hier\s+langs\s+komt|niet\s+stopt)$",
    r"^(انا\s+)?(بالمحطه|عالمحطه|بالمحطة|علي\s+الرصيف|عالرصيف)\s+(ناطر|ناطره|عم\s+استني)\s+(ال)?(قطار|ترين)\s+(الجاي|اللي\s+جاي|السريع|اللي\s+ما\s+بيوقف)$",
)

_ROUND54_IDIOMS_ALL: tuple[str, ...] = tuple(r"(?:" + idiom + r")" + veto for idiom, veto in (
    # running or working until I (almost) fell over
    (_R54AL_TILL_I_DROPPED_NL, _R53AL_VETO_NL), (_R54AL_TILL_I_DROPPED_AR, _R53AL_VETO_AR), (_R54AL_TILL_I_DROPPED_AZ, _R53AL_VETO_AR),
    (_R54AL_TILL_I_DROPPED_TI, _R53AL_VETO_TI),
    # a relative who died long ago, with her birthday today
    (_R54AL_DIED_BIRTHDAY_NL, _R53AL_VETO_NL), (_R54AL_DIED_BIRTHDAY_AR, _R53AL_VETO_AR), (_R54AL_DIED_BIRTHDAY_AZ, _R53AL_VETO_AR),
    (_R54AL_DIED_BIRTHDAY_TI, _R53AL_VETO_TI),
    # a tablet taken for a headache, now better
    (_R54AL_HEAD_PILL_TAKEN_TI, _R53AL_VETO_TI.replace("ከኒና|", "").replace("|kenina", "") + _R54AL_PILL_VETO),
    (_R54AL_HEAD_PILL_TAKEN_LA, _R53AL_VETO_TI.replace("ከኒና|", "").replace("|kenina", "") + _R54AL_PILL_VETO),
    (_R54AL_HEAD_PILL_TAKEN_NL, _R53AL_VETO_NL.replace(r"pilen|", "") + _R54AL_PILL_VETO),
    (_R54AL_HEAD_PILL_TAKEN_AR, _R53AL_VETO_AR.replace("حبوب|", "") + _R54AL_PILL_VETO),
    (_R54AL_HEAD_PILL_TAKEN_AZ, _R53AL_VETO_AR + _R54AL_PILL_VETO),
    # a bridge closed or under repair
    (_R54AL_BRIDGE_CLOSED_TI, _R53AL_VETO_TI), (_R54AL_BRIDGE_CLOSED_LA, _R53AL_VETO_TI),
    (_R54AL_BRIDGE_CLOSED_AR, _R53AL_VETO_AR), (_R54AL_BRIDGE_CLOSED_AZ, _R53AL_VETO_AR),
))
_ROUND54_CRISIS_ALL: tuple[str, ...] = (
    *_R54AL_STANDING_THERE_NOW, _R54AL_THROW_MYSELF_AZ, *_R54AL_INTO_THE_WATER, *_R54AL_ROPE_BOUGHT, *_R54AL_MEANS_AT_HAND,
    *_R54AL_ALL_THE_MEDICINE, *_R54AL_NOT_WAKING, *_R54AL_CHILD_IN_DANGER, *_R54AL_FAREWELL, *_R54AL_PLAN_TO_END,
    *_R54AL_SELF_HARM_SAID, _R54AL_SHUT_IN_NOTE_AR,
)
_ROUND54_UNCERTAIN_ALL: tuple[str, ...] = (*_R54AL_ONLY_WAITING_FOR_THE_TRAIN,)
# (round 54, all languages: end)

# (round 54, the lead: start)
# The two emergency answers to idioms of batch 54 (sealed in round 53, development data since round 54) and the one to an
# ordinary line of NLU b44, all three from the classifier alone (0.954-0.969), cut as idioms by kind; and batch 54's one
# miss. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R54LD_.)
# The rope of a washing line (Dutch "het touw van de waslijn is gebroken"): laundry, not a rope made ready.
_R54LD_WASHING_LINE_NL = r"\b((het|een|de)\s+touw\s+van\s+(de|mijn|onze|het)\s+)?(waslijn|waslijnen|drooglijn|drooglijnen|wasrek)\b"
# A sibling or a parent who "threatens" to throw away, break or take my phone, toys or things if I do not tidy up (Dutch
# "mijn zus dreigt dat ze mijn telefoon in de wc gooit als ik niet opruim"): a household threat against a thing; never
# next to a blow, pain, a knife, fear, the police or a threat to me too.
_R54LD_NO_HARM_NL = (r"(?!.*\b(sla|slaan|slaat|sloeg|geslagen|pijn|mes|messen|vermoord\w*|dood\w*|dod\w*|duw\w*|geduwd|schop\w*|"
                     r"wurg\w*|politie|bang|angst|kapot\s+maken\s+en\s+mij|mij\s+ook|en\s+mij)\b)")
_R54LD_THREAT_TO_A_THING_NL = (r"^" + _R54LD_NO_HARM_NL + r".*?\b(dreigt|dreigde|dreigen|dreigden)\s+(\w+\s+){0,3}?(mijn|m|je|zijn|haar|onze|de)\s+(telefoon|mobiel|"
                               r"gsm|ipad|tablet|laptop|speelgoed|spullen|playstation|knuffel|fiets|schoenen|kleren)\s+(\w+\s+){0,4}?"
                               r"(weg\s+te\s+gooien|weggooit|gooit|gooien|afpakt|af\s+te\s+pakken|kapot\s+maakt|kapot\s+te\s+maken|breekt|"
                               r"verstopt|te\s+verstoppen)\b")
# Racist or hurtful remarks at a course, at work or at school (Dutch "omdat een medecursist steeds racistische dingen
# tegen me zegt", NLU b44, labelled report_sensitive): words, not blows; only the remark is cut, and the round-52 veto
# scans the rest (a blow, a threat or death keeps the alarm).
_R54LD_RACIST_REMARKS_NL = (r"\b(racistische|discriminerende|kwetsende|nare|lelijke|gemene|beledigende)\s+(dingen|opmerkingen|woorden|"
                            r"grappen|grapjes|namen)\s+((tegen|over|naar)\s+(me|mij)\s+)?(zegt|zeggen|zei|zeiden|maakt|maken|roept|"
                            r"roepen|noemt)\b")
# "I bought a rope" in Latin-script Tigrinya (batch 54 "gemed geziae aleku"; the Ge'ez and Arabic kinds had rules):
# never for a tent, sport, the washing or moving house.
_R54LD_BOUGHT_A_ROPE_LA = (r"^(?!.*\b(dunkwan|tent|kampeer\w*|sport|kilbet|huzen|nhuzen|kdan|laundry|was|ncdan|geza\s+kqyr)\b).*?"
                           r"\b(gemed|gmed|gemedi|gemd)\s+(geziae|gezie|gezi|gziae|geziey|gezia|gezie)\s+(aleku|alku|eye|iye)\b")
# Two near lines of earlier rounds' tests that nlu/round40 lifted to the classifier's 0.95 edge: the reason named is a
# holiday ("omdat ik op vakantie ga") and the drink is for a party ("voor het feest vanavond"). Cut as idioms, so that the
# classifier alone at most asks; the veto keeps every alarm word.
_R54LD_BECAUSE_A_TRIP_NL = r"\b(omdat|want)\s+(ik|we|wij)\s+(op\s+vakantie|op\s+reis|naar\s+(het\s+)?buitenland|op\s+familiebezoek)\s+(ga|gaan|vertrek|vertrekken)\b"
_R54LD_FOR_THE_PARTY_NL = (r"\bvoor\s+(het|de|een|ons|mijn|onze)\s+(feest|festje|verjaardag|verjaardagsfeest|borel|etentje|bbq|barbecue|bruiloft)"
                           r"(\s+(vanavond|morgen|zaterdag|straks))?\b")
_ROUND54_IDIOMS_LEAD: tuple[str, ...] = tuple(r"(?:" + idiom + r")" + _R53AL_VETO_NL for idiom in (
    _R54LD_WASHING_LINE_NL, _R54LD_THREAT_TO_A_THING_NL, _R54LD_RACIST_REMARKS_NL, _R54LD_BECAUSE_A_TRIP_NL,
    _R54LD_FOR_THE_PARTY_NL))
# Kinds of the development lines that nlu/round40 (new NLU lines are the classifier's negatives) moved down, most from
# the 0.95 edge of the classifier alone; written in the view's spelling (doubled letters squeezed: "klar", "dod", "hofd").
# NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
# "I can't bear it any more, I want to end everything" (Levantine and Arabizi).
_R54LD_CANT_BEAR_END_ALL_AR = (r"(ما\s+عاد\s+(فيني|فيي|فيا|بقدر)|ما\s+(بقدر|بقدر\s+بعد|عم\s+اقدر))\s+(ا|إ)?(تحمل|حتمل)\b.{0,60}?"
                               r"\b(انهي|أنهي|خلص|اخلص|انهيها)\s+(كل\s+(شي|شيء)|حياتي|ع\s+حالي)")
_R54LD_CANT_BEAR_END_ALL_LA = (r"\b(ma\s+3ad\s+(fini|feni|fiye|b2dar)|ma\s+(b2dar|ba2dar))\s+(et|at|it|e)?(7amal|7mel|7amel|7tmel)\b.{0,60}?"
                               r"\b(anhi|an7i|5ales|khales|5les)\s+(kel|kol|kil)\s+(shi|shi2|she)\b")
# Children brought to someone, a letter written, "I don't want anyone to look for me" (Arabic script and Arabizi).
_R54LD_DONT_LOOK_FOR_ME_AR = (r"^(?=.*(رساله|رسالة|مكتوب|وصيه|وصية|ولادي|اولادي|بنتي|ابني)).*ما\s+(بدي|بدّي|اريد|أريد)\s+(حدا|حد|احد|أحد)\s+"
                              r"(يدور|يفتش|يبحث|يدورلي)\s+(علي|عني|عليا)\b")
_R54LD_DONT_LOOK_FOR_ME_LA = (r"^(?=.*\b(resale|risale|rsale|wasye|wlade|awlade|benti|ebni)\b).*\bma\s+(bdi|badi|bade)\s+(7ada|7ad|a7ad)\s+"
                              r"(ydawer|ydawerli|yfatesh|yfate4|yb7ath)\s+(3alay|3laye|3ani|3leye|3ale)\b")
# Learner Dutch "mijn man slag mij / sla de kinder" (a husband or father who beats me or the children), not denied.
_R54LD_BEATS_ME_LEARNER_NL = (r"\b(man|vader|papa|broer|schonvader|hij)\s+(\w+\s+){0,5}?(slag|sla|slan|slat|slagt|slaag)\s+(mij|me|ons|de\s+kinder\w*|"
                              r"mijn\s+kinder\w*|kinder\w*)\b(?!\s+(niet|nooit))")
# Earlier attempts or death named, and "alles ligt klaar" (everything lies ready).
_R54LD_ALL_READY_NL = (r"^(?=.*\b(dod|zelfmord\w*|sterven|poging\w*|einde\s+an|mezelf|mijzelf)\b)(?!.*\b(verhuizing|verjaardag|feest|reis|vakantie|"
                       r"examen|toets|bruiloft)\b).*\b(ales|het|spulen|touw|pilen|tabletten|brief|"
                       r"afscheidsbrief)\s+(ligt|liggen|staat|stan|is|zijn)\s+(al\s+|nu\s+)?(klar|gered|klargelegd)\b")
# A fall with blood from the head (a head injury now: 112).
_R54LD_HEAD_BLEEDING_NL = (r"^(?=.*\b(viel|gevalen|valt|val|gestruikeld|trap|ladder|gestoten|klap)\b).*\b(bloed\s+(uit|aan|op)\s+(zijn|haar|z|mijn|het|d)?\s*"
                           r"(hofd|or|oren|neus\s+en\s+hofd)|(zijn|haar|mijn|het)\s+hofd\s+bloedt)\b")
# Latin-script Tigrinya: a husband who says he will kill me (his wife), "kqetla eye ybl"; never "kqetlo" (him), which
# is how siblings joke about eaten chocolate.
_R54LD_WILL_KILL_HER_LA = (r"^(?=.*\b(sebeyey|sebey|sebayey|seb\s*ayey)\b).*\b(kqetla|kqetleki|kqetlaki|kqetleni|kqtla|ktqetla|kqatla|qetla)\s+"
                           r"(eye|iye|eya|iya|eyu|iyu)\b")
# Tigrinya: a lighter, a knife or a blade held to my skin at night (self-harm), Ge'ez and Latin.
_R54LD_ON_MY_SKIN_TI = (r"(መንደዲ|ካራ|ላማ|ሽጋራ|ሓጺን)\s+ኣብ\s+(ቆርበተይ|ኢደይ|ሰብነተይ|ኣካላተይ|ምናተይ|ኣእጋረይ)\s+(የቐምጥ|ኣቐምጥ|ኣንብር|የንብር|ይቖርጽ|"
                        r"ይሓርር|የሕልፍ|ኣሕልፍ)")
_R54LD_ON_MY_SKIN_LA = (r"\b(mendedi|mendedii|kara|lama|shgara)\s+ab\s+(qorbetey|qorbetei|idey|sbnetey|akalatey)\s+(yqemt|aqemt|anbr|yenbr|yqorts|"
                        r"yharr|yhar)\b")
# A child who went off with a man met on the internet and has not come back or does not answer (Tigrinya, Dutch,
# Arabic): a child in danger now.
_R54LD_CHILD_WITH_A_STRANGER_TI = (r"^(?=.*(ወደይ|ጓለይ|ወደና|ጓልና|ቆልዓይ))(?=.*(ሰብኣይ|ሰብ|መንእሰይ|ዓቢ)).*(ብኢንተርነት|ኣብ\s+ኢንተርነት|ብፌስቡክ|ብቲክቶክ|ብኢንስታግራም|ብሶሻል\s+ሚድያ)"
                                   r".*(ኣይተመልሰን|ኣይተመለሰትን|ኣይተመልሰትን|ኣይትልዕልን|ኣይልዕልን|ወሲዱዋ|ወሲዱዎ|ተሰዊሩ|ተሰዊራ)")
_R54LD_CHILD_WITH_A_STRANGER_NL = (r"^(?=.*\b(zon|dochter|kind)\b)(?=.*\b(man|jongen|iemand|persoon|volwasene)\b).*\b(via|van|op)\s+(het\s+)?(internet|tiktok|snapchat|instagram|"
                                   r"facebook)\b.*\b(niet\s+terug(gekomen)?|neemt\s+(haar|zijn)?\s*(telefon\s+)?niet\s+op|meegenomen|"
                                   r"ingestapt|onbereikbaar)\b")
_R54LD_CHILD_WITH_A_STRANGER_AR = (r"^(?=.*(ابني|بنتي|ولدي|ابنتي))(?=.*(رجال|رجل|زلمه|زلمة|شب|واحد)).*(عالانترنت|على\s+الانترنت|ع\s+الانترنت|عالنت|على\s+النت|بالانترنت|عالتيك\s+توك|"
                                   r"عالسناب|عالانستا).*(ما\s+رجع|ما\s+رجعت|ما\s+عم\s+ترد|ما\s+عم\s+يرد|اخدها|اخدو|اخده|سكر\s+تلفون)")
# Tigrinya: "tomorrow you/they won't see me" with everything made ready.
_R54LD_WONT_SEE_ME_READY_TI = (r"(ክርእዩኒ\s+ኣይኮኑን|ክትርእዩኒ\s+ኣይኮንኩምን|ኣይክትርእዩንን|ኣይክርእዩንን)\s+(\S+\s+){0,3}?(ኩሉ|ኩሉ\s+ነገር)\s+(ኣዳልየ|ኣዳሊየ|"
                               r"ኣዳሊለ)|(ኩሉ|ኩሉ\s+ነገር)\s+(ኣዳልየ|ኣዳሊየ)\s+(ኣለኹ\s+)?(\S+\s+){0,2}?(ክርእዩኒ\s+ኣይኮኑን|ኣይክትርእዩንን|ኣይክርእዩንን)")
# Tigrinya: "better without life, today I will finish it".
_R54LD_BETTER_WITHOUT_LIFE_TODAY_TI = (r"ብዘይ\s+ህይወት\s+(ይሓይሽ|ይበልጽ|ይሕሸኒ)\s+(\S+\s+){0,2}?(ሎሚ|ሕጂ|ጽባሕ|ሎሚ\s+ለይቲ)\s+(ክውድኦ|ክውድእ|ክዛዝሞ|ክውድኣ)")
# A fire in the house now, that I cannot put out or with people inside (Dutch, Arabic, Tigrinya): 112.
_R54LD_FIRE_IN_THE_HOUSE_NL = (r"^(?!.*\b(oefening|film|serie|game|spel|kampvur|barbecue|bbq|kaars\w*|open\s+hard)\b).*\b(brand|vur)\s+(in|op)\s+(de|het|ons|onze|"
                               r"mijn)\s+(keuken|huis|kamer|slapkamer|flat|woning|gang|zolder|schur)\b.*\b(niet\s+uit|kinderen|kind|baby|vast|"
                               r"kan\s+niet\s+(weg|eruit|naar\s+buiten)|help|rok\s+overal)\b")
_R54LD_FIRE_IN_THE_HOUSE_AR = (r"(حريق|الحريقه|النار|نار)\s+(بالبيت|بالمطبخ|بالغرفه|بالبنايه|بالشقه|في\s+البيت|في\s+المطبخ)\b.*(ما\s+عم\s+(تنطفي|اطفيها|تطفى)|"
                               r"الولاد|ولادي|البيبي|محبوسين|عالقين|ما\s+فينا\s+نطلع|ساعدوني)")
_R54LD_FIRE_IN_THE_HOUSE_TI = (r"(ሓዊ|ባርዕ)\s+(ኣብ\s+)?(ገዛ|ክሽነ|ክፍሊ|ህንጻ)\S*\s+(\S+\s+){0,4}?(ኣይጠፍእን|ቆልዑ|ህጻን|ተዓጽዮም|ክንወጽእ\s+ኣይንኽእልን|ሓግዙኒ)")
_ROUND54_CRISIS_LEAD: tuple[str, ...] = (
    _R54LD_FIRE_IN_THE_HOUSE_NL, _R54LD_FIRE_IN_THE_HOUSE_AR, _R54LD_FIRE_IN_THE_HOUSE_TI,
    _R54LD_BOUGHT_A_ROPE_LA, _R54LD_CANT_BEAR_END_ALL_AR, _R54LD_CANT_BEAR_END_ALL_LA, _R54LD_DONT_LOOK_FOR_ME_AR,
    _R54LD_DONT_LOOK_FOR_ME_LA, _R54LD_BEATS_ME_LEARNER_NL, _R54LD_ALL_READY_NL, _R54LD_HEAD_BLEEDING_NL,
    _R54LD_WILL_KILL_HER_LA, _R54LD_ON_MY_SKIN_TI, _R54LD_ON_MY_SKIN_LA, _R54LD_CHILD_WITH_A_STRANGER_TI,
    _R54LD_CHILD_WITH_A_STRANGER_NL, _R54LD_CHILD_WITH_A_STRANGER_AR, _R54LD_WONT_SEE_ME_READY_TI,
    _R54LD_BETTER_WITHOUT_LIFE_TODAY_TI)
# Gentle question: collecting my medicines for weeks (Arabic script, Arabizi); a man following me for a while and I am
# afraid (Dutch).
_R54LD_COLLECTING_MEDICINES_AR = r"(عم\s+)?(جمع|اجمع|بجمع|جمعت|خبي|خبيت|عم\s+خبي)\s+(ادويتي|أدويتي|الدوا|دوايي|حبوبي|الحبوب|حبوب|ادويه|أدوية)"
_R54LD_COLLECTING_MEDICINES_LA = r"\b(3am\s+)?(jame3|ejma3|bjame3|jama3t|5abi|5abet)\s+(adwyti|adweti|dawaye|dawayi|7bubi|7boubi|el7bub|7bub)\b"
_R54LD_FOLLOWED_AND_AFRAID_NL = (r"^(?=.*\b(bang|angstig|eng)\b)(?=.*\b(man|jongen|iemand|auto|mannen|busje)\b).*\b((lopt|loopt|lopen|rijdt|rijden)\s+"
                                 r"(\w+\s+){0,6}?achter\s+(mij|me)\s+an|(volgt|volgen|volgde|achtervolgt)\s+(mij|me))\b")
_ROUND54_UNCERTAIN_LEAD: tuple[str, ...] = (_R54LD_COLLECTING_MEDICINES_AR, _R54LD_COLLECTING_MEDICINES_LA, _R54LD_FOLLOWED_AND_AFRAID_NL)
# (round 54, the lead: end)
_ROUND54_IDIOMS = _ROUND54_IDIOMS_ALL + _ROUND54_IDIOMS_LEAD
_ROUND54_CRISIS = _ROUND54_CRISIS_ALL + _ROUND54_CRISIS_LEAD
_ROUND54_UNCERTAIN = _ROUND54_UNCERTAIN_ALL + _ROUND54_UNCERTAIN_LEAD

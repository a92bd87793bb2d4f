"""Round 51: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 51, development data since) and NLU b41; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both
from inburgering.text.sensitive.rules.round50 import (  # _R51AL_: round 51, all languages; _R51LD_: the lead
    _R50LD_BLOWS_TI as _R51LD_BLOWS_TI, _R50AL_GO_PLACE_AR as _R51AL_GO_PLACE_AR, _R50AL_GO_PLACE_AZ as _R51AL_GO_PLACE_AZ,
    _R50AL_GO_PLACE_NL as _R51AL_GO_PLACE_NL, _R50AL_GO_PLACE_TI as _R51AL_GO_PLACE_TI, _R50AL_NOT_A_RIDE_AR as _R51AL_NOT_A_RIDE_AR,
    _R50AL_NOT_A_RIDE_AZ as _R51AL_NOT_A_RIDE_AZ, _R50AL_NOT_A_RIDE_NL as _R51AL_NOT_A_RIDE_NL,
    _R50AL_NOT_A_RIDE_TI as _R51AL_NOT_A_RIDE_TI, _R50AL_WHY_ALIVE_AR as _R51AL_WHY_ALIVE_AR,
)

# (round 51, all languages: start)
# Kinds from batch 51 (Dutch, Arabic script incl. Maghrebi, Arabizi, Tigrinya in Ge'ez and Latin script): its misses and
# idiom alarms, and its gentle questions to danger now; each a family of wordings and spellings, not one sentence.
# NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya Ge'ez and Latin): needs review by a native speaker.
# (Names start with _R51AL_; no earlier rule changed.)

# --- crisis kinds ----------------------------------------------------------------------------------------------------

# Waiting for the (next) train at the station or on the platform, "but not to get on it" (Arabic script "أنا بالمحطة وعم استنى
# القطار الجاي بس مو لأركب فيه", Arabizi; Tigrinya "ኣብ ጣቢያ ባቡር ኣለኹ ... ክሳፈሮ ኣይኮንኩን", Latin; Dutch "ik wacht op de trein,
# maar niet om in te stappen"): the emergency answer. A train missed, not taken because of a strike, is ordinary.
_R51AL_TRAIN_NL = r"\b(trein|intercity|sprinter|metro|goederentrein)\b"
_R51AL_NOT_BOARD_NL = (r"\b(niet|nie)\s+om\s+(in\s+te\s+stappen|erin\s+te\s+stappen|er\s+in\s+te\s+stappen|mee\s+te\s+(gaan|rijden)|te\s+reizen)\b|"
                       r"\bik\s+(stap|ga)\s+(er\s+)?(niet|nie)\s+in\b|\b(niet|nie)\s+om\s+ermee\s+te\s+(gaan|reizen)\b")
_R51AL_NOT_A_STRIKE_NL = (r"^(?!.*\b(maar\s+om|op\s+te\s+halen|ophalen|af\s+te\s+halen|afhalen|foto\w*|staking|"
                          r"vertraging|vertraagd|uitgevallen|te\s+vol|te\s+laat|kaartje|ov\w*|ns|verkeerde|ander\w*\s+trein)\b)")
_R51AL_TRAIN_AR = r"(القطار|قطار|الترين|ترين|التران|تران|الميترو|المترو)"
_R51AL_NOT_BOARD_AR = (r"(?<!\S)(بس\s+|لكن\s+)?(مو|مش|ما|مب|مانيش|موش)\s+(ل|لحتي\s+|مشان\s+|كرمال\s+|ع\s+شان\s+|عشان\s+)?(ا)?(ركب|اركب|طلع|اطلع|سافر|اسافر)"
                       r"(\s*(فيه|فيو|بيه|عليه|معه))?(?!\S)|(?<!\S)(ما|مش|مو)\s+(رح|ح|راح)\s+(اركب|ركب|اطلع)\s*(فيه|فيو|بيه)?(?!\S)")
_R51AL_NOT_A_STRIKE_AR = r"^(?!.*(استقبل|لاستقبل|جيب\s+|اجيب|صور|اضراب|تاخر|متاخر|تاخير|ملغي|انلغي|التكت|تكت|تذكره|غلط|مليان|عجقه))"
_R51AL_TRAIN_AZ = r"\b(train|tren|2atar|el\s*2atar|qatar|el\s*qatar|metro)\b"
_R51AL_NOT_BOARD_AZ = (r"\b(mesh|mish|mo|mu|ma)\s+(la\s*|ta\s*|menshan\s+|mshan\s+|la7atta\s+)?(2erkab|erkab|rkab|2arkab|arkab|ot2la3|2etla3|etla3|"
                       r"safer|2safer)\b|\b(ma|mesh)\s+(ra7|7a)\s+(erkab|2erkab|rkab)\b")
_R51AL_NOT_A_STRIKE_AZ = r"^(?!.*\b(este2bel|esta2bel|jib|ejib|sawwer|edrab|2edrab|m2a55ar|mt2a5er|ta25ir|ticket|tiket|mal8i|ghalat)\b)"
_R51AL_NOT_BOARD_TI = r"(?<!\S)(ክሳፈሮ|ክሳፈራ|ክሳፈር|ክስቀሎ|ክስቀላ|ክኣትዎ|ክኣትዋ|ክጓዓዘሉ|ክጓዓዝ)\s+(ግን\s+)?(ኣይኮንኩን|ኣይኮነን|ኣይደለኹን|ኣይኮንኩ)(?!\S)"
_R51AL_TRAIN_TI = r"ባቡር"
_R51AL_NOT_A_STRIKE_TI = r"^(?!.*(ክቕበል|ክቕበሎ|ክቕበላ|ስእሊ|ኣድማ|ደንጕዩ|ደንጒዩ|ደንጉዩ|ተሰሪዙ|ትኬት|ቲኬት|ጌጋ|ተመሊኡ))"
_R51AL_NOT_BOARD_LA = (r"\b(ksafero|ksafera|ksafer|kisafero|kisafer|ksqelo|kiatwo|kaetwo)\s+(gn\s+|gin\s+)?(aykonkun|aykonen|aydelekun)\b")
_R51AL_TRAIN_LA = r"\b(babur|train|trein)\b"
_R51AL_NOT_A_STRIKE_LA = r"^(?!.*\b(kqbel|kqbelo|kqbela|sealy|adma|denguyu|tesarizu|ticket|tiket|gega)\b)"

# A means of death thought of every day, or "nobody would grieve if I died", and "today I do it" (Dutch "elke dag denk ik
# aan de trein. vandaag doe ik het"; Tigrinya "እንተሞትኩ ዝሓዝን የለን ሎሚ ክፍጽሞ እየ", Latin; Arabic script "كل يوم بفكر
# بالقطار، الليلة بعملها", Arabizi): the emergency answer. Not homework, a driving test, a talk thought of.
_R51AL_MEANS_NL = (r"(trein|spoor|rails|de\s+brug|touw|strop|pillen|tabletten|slaappillen|medicijnen|het\s+water|"
                   r"de\s+rivier|de\s+gracht|het\s+dak|springen|de\s+dood)")
_R51AL_THINK_MEANS_NL = (r"\b(denk|dacht|droom|droomde)\s+(ik\s+)?((steeds|elke\s+dag|iedere\s+dag|altijd|vaak|de\s+hele\s+dag|al\s+weken|al\s+dagen|"
                         r"weer|nog\s+steeds)\s+){0,2}(aan|over)\s+(de\s+|het\s+|die\s+|een\s+|mijn\s+)?" + _R51AL_MEANS_NL + r"\b")
_R51AL_NOBODY_GRIEVES_NL = (r"\b(als|wanneer)\s+ik\s+(dood\s+ben|dood\s+ga|sterf|er\s+niet\s+meer\s+ben)\s+(\S+\s+){0,2}?(mist|huilt|treurt|rouwt)\s+"
                            r"(niemand|geen\s+mens)\b|\bniemand\s+(zal|gaat)\s+(om\s+)?(me|mij)\s+(missen|huilen|rouwen)\b")
_R51AL_TODAY_DO_IT_NL = (r"\b(vandaag|vanavond|vannacht|straks|morgen|nu)\s+(doe|ga)\s+ik\s+het(\s+(echt|gewoon))?(\s+doen)?\b(?!\s+(rustig|anders|beter|"
                         r"samen|met|voor|zelf|goed))|"
                         r"\bik\s+(doe|ga)\s+het\s+(echt\s+)?(vandaag|vanavond|vannacht|straks|nu)(\s+doen)?\b")
_R51AL_NOT_A_TEST_NL = (r"^(?!.*\b(examen|toets|rijexamen|rijles|huiswerk|opdracht|presentatie|gesprek|sollicit\w*|afspraak|verhuiz\w*|klus|"
                        r"schoonma\w*|boodschappen|reis|kaartje|vakantie|werk|stage|cursus)\b)")
_R51AL_MEANS_AR = r"(ب|بال)(قطار|ترين|تران|سكه|جسر|حبل|حبوب|دوا|بحر|نهر|سطح|موت)"
_R51AL_THINK_MEANS_AR = (r"(?<!\S)(كل\s+يوم\s+|دايما\s+|علي\s+طول\s+|من\s+اسابيع\s+)?(بفكر|عم\s+فكر|افكر|فكرت|عم\s+احلم|بحلم)\s+" + _R51AL_MEANS_AR
                         + r"(?!\S)")
_R51AL_NOBODY_GRIEVES_AR = (r"(?<!\S)(اذا|لو|ان)\s+(مت|متت|موت|رحت)\s+(\S+\s+)?(ما\s+حدا|ولا\s+حدا|محدا)\s+(رح\s+|ح\s+)?(يزعل|يحزن|يبكي|يسال|ينتبه|يفتقدني)"
                            r"(?!\S)")
_R51AL_TODAY_DO_IT_AR = (r"(?<!\S)(و\s*)?(اليوم|الليله|هالليله|هلق|بكرا)\s+(رح\s+|ح\s+|راح\s+)?(ب|ا)?(عملها|اعملها|سويها|اسويها|نفذها|انفذها)(?!\S)|"
                         r"(?<!\S)(رح\s+|ح\s+)?(ب|ا)?(عملها|اعملها|نفذها)\s+(اليوم|الليله|هالليله|هلق)(?!\S)")
_R51AL_NOT_A_TEST_AR = r"^(?!.*(امتحان|فحص|الواجب|وظيفه|مقابله|موعد|شغل|دوام|سفر|رحله|عزال|تنضيف|طبخه|الطبخ|شوبينغ|تسوق))"
_R51AL_THINK_MEANS_AZ = (r"\b(kel\s+yom\s+)?(bfakker|bfaker|3am\s+fakker|3am\s+faker|fakkart|fakart)\s+(b|bel|bl|bil)\s*(train|2atar|sekke|sikke|jisr|"
                         r"7abel|7abl|7bub|dawa|ba7r|nahr|sat7|mot|mout)\b")
_R51AL_NOBODY_GRIEVES_AZ = (r"\b(iza|eza|law)\s+(mett|mitt|mot|mut)\s+(\w+\s+)?(ma\s+7ada|wala\s+7ada|m7ada)\s+(ra7\s+|7a\s+)?(yez3al|yiz3al|ye7zan|yebki|"
                            r"yes2al)\b")
_R51AL_TODAY_DO_IT_AZ = (r"\b(el\s*yom|el\s*leile|lleile|hal\s*leile|hala2|halla2|bukra|bokra)\s+(ra7\s+|7a\s+)?(b|e|2)?(a3melha|3melha|3malha|sawiha|"
                         r"naffeza|naffeha)\b|\b(ra7\s+|7a\s+)?(ba3melha|a3melha|2a3melha)\s+(el\s*yom|el\s*leile|hala2|halla2)\b")
_R51AL_NOT_A_TEST_AZ = r"^(?!.*\b(emti7an|fa7s|wazife|mu2abale|maw3ed|shoghl|shghl|dawam|safar|ri7le|3azal|tan6if|tab5a|tabkha)\b)"
_R51AL_MEANS_TI = r"(ባቡር|ሓዲድ|ድልድል|ገመድ|ከኒና|መድሃኒት|ባሕሪ|ሩባ|ናሕሲ|ሞት)"
_R51AL_THINK_MEANS_TI = (r"(?<!\S)(ኩሉ\s+መዓልቲ\s+|ወትሩ\s+|መዓልቲ\s+መዓልቲ\s+)?(ብ|ብዛዕባ\s+)" + _R51AL_MEANS_TI + r"\S*\s+(\S+\s+)?(እሓስብ|ይሓስብ|ሓሲበ|"
                         r"እሓልም)(?!\S)")
_R51AL_NOBODY_GRIEVES_TI = (r"(?<!\S)(እንተሞትኩ|እንተ\s+ሞትኩ|እንተ\s+ሞይተ|እንተሞይተ|ምስ\s+ሞትኩ)\s+(\S+\s+)?(ዝሓዝን|ዝበኪ|ዝናፍቐኒ|ዝሓትት|ዝግደሰሉ)\s+(የለን|ሰብ\s+የለን)(?!\S)")
_R51AL_TODAY_DO_IT_TI = (r"(?<!\S)(ሎሚ|ሎሚ\s+ለይቲ|ሕጂ|ጽባሕ|ሎሚ\s+ምሸት)\s+(ክፍጽሞ|ክገብሮ|ከተግብሮ|ክፍጽማ|ክገብራ)\s+(እየ|ኢየ)(?!\S)")
_R51AL_NOT_A_TEST_TI = r"^(?!.*(ፈተና|ዕዮ|ስራሕ|ትምህርቲ|ቆጸራ|ጉዕዞ|ቃለ\s+መሕትት|ምጽራይ|መግቢ|ዕዳጋ|ገዛ\s+ምቕያር))"
_R51AL_NOBODY_GRIEVES_LA = (r"\b(entemotku|ente\s+motku|ente\s+moyte|entemoyte)\s+(\w+\s+)?(zhazn|zihazn|zbeki|znafqeni)\s+(yelen|seb\s+yelen)\b")
_R51AL_THINK_MEANS_LA = (r"\b(kulu\s+mealti\s+|wetru\s+)?(b|bzaeba\s+)(babur|hadid|dildil|gemed|kenina|medhanit|bahri|ruba|mot)\w*\s+(\w+\s+)?(ehasb|"
                         r"yhasb|hasibe)\b")
_R51AL_TODAY_DO_IT_LA = r"\b(lomi|lomi\s+leyti|hji|hiji|tsbah)\s+(kfxmo|kfsmo|kftsmo|kgebro|kigebro|ketegbro)\s+(eye|iye)\b"
_R51AL_NOT_A_TEST_LA = r"^(?!.*\b(fetena|srah|sirah|tmhrti|qotsera|guezo|mxray|megbi|school)\b)"

# Cold or deep enough water and "I go in", or in the water by the canal and not wanting to come back (Dutch "het water van de
# vaart is diep genoeg, ik stap erin"; Arabic script "أنا بالمي عند القنال وما بدي ارجع", Arabizi; Tigrinya "ኣብ ማይ ሩባ ኣለኹ
# ክምለስ ኣይደልን", Latin): the emergency answer. Not a swim, a paddle with the children, a cold plunge for fun.
_R51AL_WATER_ENOUGH_NL = (r"\b(het\s+water|de\s+gracht|de\s+rivier|het\s+kanaal|de\s+zee|de\s+vaart|de\s+sloot|het\s+meer|de\s+ijssel|de\s+maas|de\s+rijn)\b"
                          r"(\s+\S+){0,4}?\s+is\s+(\S+\s+)?(koud|diep|ijskoud|hoog)\s+genoeg\b")
_R51AL_GO_IN_NL = (r"\bik\s+(ga|spring|stap|loop|glij)\s+(er\s*in|erin|er\s+nu\s+in|het\s+water\s+in|erin\s+en|nu\s+erin)\b|"
                   r"\bik\s+kom\s+er\s+(niet|nooit)\s+(meer\s+)?uit\b")
_R51AL_NOT_A_SWIM_NL = (r"^(?!.*\b(zwem\w*|zwembroek|badpak|kinderen|strand|lekker|afkoel\w*|verkoel\w*|duik\w*|surf\w*|sup|kano|boot|vissen|hengel|hond|"
                        r"ijsbad|wak|schaats\w*|training|sport\w*)\b)")
_R51AL_IN_WATER_AR = (r"(?<!\S)(انا\s+)?(بالمي|بالميه|بالمياه|بالبحر|بالنهر|بالقنال|بالقناه|بالكنال|بالترعه|جوا\s+المي|بنص\s+المي|بنص\s+البحر)(?!\S)")
_R51AL_NOT_BACK_AR = (r"(?<!\S)(و\s*)?(ما|مش|مو)\s+(بدي|رح|ح|راح|عاد\s+بدي)\s+(ا)?(رجع|ارجع|اطلع|طلع)(?!\S)|"
                      r"(?<!\S)(المي|الميه|المياه|البحر|النهر)\s+(\S+\s+)?(بارده|عميقه|عميق|غميقه|غميق)\s+(كفايه|بما\s+فيه\s+الكفايه|منيح)(?!\S)")
_R51AL_NOT_A_SWIM_AR = r"^(?!.*(اسبح|سباحه|عم\s+نسبح|الولاد|ولادي|مايوه|البحر\s+حلو|صيد|اصطاد|قارب|بابور|شط|البلاج|رحله|سيران|انبسط|نبسط))"
_R51AL_IN_WATER_AZ = r"\b(ana\s+)?(bel\s*may|bl\s*may|bel\s*mayye|bel\s*ba7r|bl\s*ba7r|bel\s*nahr|bl\s*nahr|bel\s*kanal|bl\s*kanal)\b"
_R51AL_NOT_BACK_AZ = r"\b(w\s*)?(ma|mesh|mo)\s+(baddi|bade|badi|ra7|7a)\s+(e|2)?(rja3|erja3|2erja3|otla3|2otla3|tla3)\b"
_R51AL_NOT_A_SWIM_AZ = r"^(?!.*\b(esba7|sba7a|nesba7|wlad|wladi|mayo|sayd|shatt|shat|ri7le|seiran|mabsout|mabsut)\b)"
_R51AL_IN_WATER_TI = r"(?<!\S)ኣብ\s+(ውሽጢ\s+)?(ማይ|ሩባ|ባሕሪ|ካናል|ቀላይ)\S*\s+(\S+\s+)?(ኣለኹ|ኣቲየ|ኣቲየ\s+ኣለኹ)(?!\S)"
_R51AL_NOT_BACK_TI = r"(?<!\S)(ክምለስ\s+(ኣይደልን|ኣይደልየን)|ኣይክምለስን|ኣይምለስን|ኣይክወጽእን|ክወጽእ\s+ኣይደልን)(?!\S)"
_R51AL_NOT_A_SWIM_TI = r"^(?!.*(ክሕምብስ|ሕምባስ|ይሕምብስ|ምስ\s+ደቀይ|ቆልዑ|ጸወታ|ዓሳ\s+ክገፍፍ|ጃልባ|ዕረፍቲ))"
_R51AL_IN_WATER_LA = r"\bab\s+(wshti\s+)?(mai|may|ruba|bahri|kanal|qelay)\w*\s+(\w+\s+)?(aleku|alekhu|atiye)\b"
_R51AL_NOT_BACK_LA = r"\b(kmeles\s+(aydeln|aydelyen)|aykmelesn|aymelesn|aykwetsen|aykwexen)\b"
_R51AL_NOT_A_SWIM_LA = r"^(?!.*\b(khmbs|kihmbis|hmbas|dekey|qolu|tsewta|jalba|erefti|swim|zwem\w*)\b)"

# A plan and the day already set (Arabizi "3ndi 5otta w 7addadt el yom"; Arabic script "عندي خطة وحددت اليوم"; Dutch "ik heb
# een plan en de dag al gekozen"; Tigrinya "መደብ ኣለኒ መዓልቲ'ውን ወሲነ", Latin): the emergency answer. Not a party, a move, a
# trip, a wedding, an exam, an appointment.
_R51AL_PLAN_DAY_AR = (r"(?<!\S)(عندي|في\s+عندي|عملت|حطيت|رسمت)\s+(خطه|خطتي)(\s+\S+){0,2}?\s+(و\s*)?(حددت|اخترت|عينت|قررت|ثبت)\s+(ال)?(يوم|موعد|تاريخ|ساعه|وقت|"
                      r"ليله)(?!\S)")
_R51AL_NOT_AN_EVENT_AR = (r"^(?!.*(عرس|خطبه|حفله|عيد|عزيمه|عزال|نقل|سفر|رحله|امتحان|موعد\s+(مع|عند|بالبلديه)|البلديه|الشغل|الدراسه|الكورس|مشروع|سياره|"
                          r"بيت\s+جديد|دكتور|مستشفي|عمليه))")
_R51AL_PLAN_DAY_AZ = (r"\b(3ndi|3andi|3endi|3amalt|7attet)\s+(5ota|5ita|khota|5otti|khotti|5otta|khotta)(\s+\w+){0,2}?\s+(w\s*)?(7adadt|7adatt|e5tart|"
                      r"2arart|3ayyant|3ayant)\s+(el\s*)?(yom|maw3ed|tari5|tarikh|se3a|sa3a|wa2t|leile)\b")
_R51AL_NOT_AN_EVENT_AZ = (r"^(?!.*\b(3ers|3irs|5otbe|7afle|3id|3azime|3azal|na2le|safar|ri7le|emti7an|baladiye|shoghl|dirase|kors|mashru3|sayyara|"
                          r"doctor|3amaliye)\b)")
_R51AL_PLAN_DAY_NL = (r"\bik\s+heb\s+(een|mijn|het)\s+plan\s+(\S+\s+){0,2}?(en|,)?\s*(ik\s+heb\s+)?(de|een)\s+(dag|datum|avond|nacht|tijd)\s+(al\s+|ook\s+)?"
                      r"(gekozen|bepaald|vastgesteld|geprikt|uitgekozen|vastgelegd)\b")
_R51AL_NOT_AN_EVENT_NL = (r"^(?!.*\b(bruiloft|trouw\w*|feest\w*|verjaardag|verhuiz\w*|verhuis\w*|vakantie|reis|examen|toets|afspraak|gemeente|werk|baan|"
                          r"stage|cursus|opleiding|taart|auto|huis|operatie|ziekenhuis|etentje|uitje|sollicit\w*)\b)")
_R51AL_PLAN_DAY_TI = (r"(?<!\S)(መደብ|ውጥን|ትልሚ)\s+(ኣለኒ|ሒዘ|ኣውጺአ|ገይረ)(\s+\S+){0,2}?\s+(መዓልቲ|ዕለት|ሰዓት|ግዜ|ለይቲ)\S*\s+(\S+\s+)?(ወሲነ|መሪጸ|ሓሪየ|መዲበ)"
                      r"(?!\S)")
_R51AL_NOT_AN_EVENT_TI = r"^(?!.*(መርዓ|ሰርግ|ልደት|በዓል|ድግስ|ጉዕዞ|ገዛ\s+ምቕያር|ፈተና|ቆጸራ|ስራሕ|ትምህርቲ|ኮርስ|መኪና|ሕክምና|ሆስፒታል))"
_R51AL_PLAN_DAY_LA = (r"\b(medeb|wtn|tlmi)\s+(aleni|hize|gevre|geyre)(\s+\w+){0,2}?\s+(mealti|meelti|maalti|elet|seat|gize|leyti)\w*\s+(\w+\s+)?(wesine|"
                      r"meritse|harye|medibe)\b")
_R51AL_NOT_AN_EVENT_LA = r"^(?!.*\b(merea|sereg|ldet|beal|guezo|fetena|qotsera|srah|tmhrti|kors|mekina|hospital)\b)"

# My son, my daughter beaten by them now at our house, in Latin-script Tigrinya and Arabizi (Latin "wedey yewq'awo alewu ab gezana
# hji", "gualey yhrmuwa alewu"; Arabizi "3am yedrbo ebni hala2"): the emergency answer, as the Ge'ez "ንወደይ ይወቕዕዎ ኣለዉ ሕጂ",
# the Arabic "عم يضربوا ابني هلق" and the Dutch "ze slaan mijn zoon nu" already get. Not a game, a sport, a teacher's rule.
_R51AL_CHILD_LA = r"(wedey|wedei|weddey|gualey|gwaley|gualei|deqey|dekey|qolaey|hxan|htsan|hitsan|haftey|hawey)"
_R51AL_BEATEN_LA = (r"\b" + _R51AL_CHILD_LA + r"\s+(\w+\s+)?(yewqawo|yweqewo|ywqewo|ywqawo|yewqewo|yweqawo|yhrmuwo|yhrmuwa|yhrmewo|yhrmewa|yweqeawa|"
                    r"ywqewa|yewqewa|yhasyuwo)\s+(alewu|alo|ala|alewo)\b")
_R51AL_NOW_LA = r"\b(hji|hiji|hizi|kab\s+hji)\b"
_R51AL_NOT_A_GAME_LA = r"^(?!.*\b(tsewta|xewta|kuaso|game|film|sport|boks\w*|karate)\b)"
_R51AL_CHILD_AZ = r"(ebni|ibni|2ebni|binti|bnti|wladi|el\s*walad|el\s*wlad|ekhti|5ayyi|akhi)"
_R51AL_BEATEN_AZ = (r"\b(3am\s+)?(yedrbo|yedrbu|yedrabo|yidirbu|bidrbo|biyedrbo|byedrbo|yedrob|yedrab|byedrob|bi2ttlo)\s+(l\s*)?" + _R51AL_CHILD_AZ + r"\b")
_R51AL_NOW_AZ = r"\b(hala2|halla2|hala|hl2|hela2|hal2|now)\b"
_R51AL_NOT_A_GAME_AZ = r"^(?!.*\b(lo3be|el3ab|nel3ab|game|film|mosalsal|boxe|karate|maz7)\b)"

# Throwing myself in front of the train in Arabizi ("ra7 ermi 7ali 2oddam el train"): the emergency answer, as the Arabic
# script "رح ارمي حالي قدام القطار" already gets. Not throwing a bag, a ball.
_R51AL_BEFORE_TRAIN_AZ = (r"\b(ra7|7a|baddi|bade|badi|bedde|2arrart|naweh|nawye)\s+(e|2|a)?(rmi|ermi|2ermi|armi|2armi|ermy|rmy)\s+(7ali|7aali|nafsi)\s+"
                          r"(2odam|odam|2edam|edam|qodam|3a|3al|ta7t|t7t)\s*(el\s*)?(train|tren|2atar|qatar|sayyara|kamyon|metro)\b")

# Someone else wants to kill himself tonight, in Arabizi ("sa7bi ba3atli enno bdo yento7er el lele"): the emergency answer
# (113), as the Arabic script "بدو ينتحر الليلة" already gets. Not a film, a character.
_R51AL_OTHER_SUICIDE_AZ = (r"\b(bdo|baddo|biddo|bidda|badda|bdha|baddha|ra7|7a)\s+(y|t)(ento7er|nto7er|nta7er|ente7er|nte7er)\b")
_R51AL_NOT_A_STORY_AZ = r"^(?!.*\b(film|mosalsal|musalsal|ri|riwaye|kisse|2isse|game|ghenniye)\b)"

# The knife already in my hand, now (Dutch "ik heb het mes al in mijn hand"; Latin-script Tigrinya "kara ab iday ala hji";
# Arabic script "السكين صارت بإيدي هلق", Arabizi): the emergency answer, as "ካራ ኣብ ኢደይ ኣላ ሕጂ" already gets. Not cooking,
# a knife to cut bread, a knife given to me to hold.
_R51AL_KNIFE_IN_HAND_NL = (r"\bik\s+(heb|hou|houd)\s+(het|een|dat|de|mijn)\s+(mes|scheermes|scheermesje|mesje|stanleymes)\s+(al|nu|nog\s+steeds|al\s+klaar)\s+"
                           r"(in\s+(mijn|mn|de)\s+hand|vast)\b")
_R51AL_NOT_COOKING_NL = (r"^(?!.*\b(brood|groente\w*|ui|uien|vlees|vis|taart|koken|kook|snij\w*|schil\w*|keuken|pakket|doos|tape|verpakking|karton|"
                         r"appel|tomaat|aardappel\w*|recept\w*)\b)")
_R51AL_KNIFE_IN_HAND_LA = r"\b(kara|bilawa|mlats)\s+ab\s+(iday|idey|iedey|idei|eday)\s+(\w+\s+)?(ala|alo|alot)\s+(hji|hiji|hizi)\b"
_R51AL_NOT_COOKING_LA = r"^(?!.*\b(asa|sga|bani|shgurti|ahmlti|frutha|kshne|megbi|kefti)\b)"
_R51AL_KNIFE_IN_HAND_AR = (r"(?<!\S)(ال)?(سكين|سكينه|موس|شفره|الشفره)\s+(صارت\s+|صار\s+|هي\s+)?(بايدي|بيدي|في\s+ايدي|بين\s+ايديي)\s+(هلق|هلا|الحين|هلء|"
                           r"من\s+ساعه)(?!\S)")
_R51AL_NOT_COOKING_AR = r"^(?!.*(اطبخ|طبخ|الطبخه|خضره|بصل|لحمه|سمك|خبز|بطيخ|تفاح|بندوره|قطع|اقطع|اقشر|فتح\s+العلبه|الكرتونه|الطرد))"
_R51AL_KNIFE_IN_HAND_AZ = (r"\b(el\s*)?(sekkine|sikkine|sekkin|sikkin|mus|shafra)\s+(sarit\s+|sar\s+)?(b2idi|bidi|"
                           r"b\s*2idi|fi\s+2idi)\s+(hala2|halla2|hala)\b")
_R51AL_NOT_COOKING_AZ = r"^(?!.*\b(tab5|tabkh|5edra|basal|ba9al|la7me|samak|khebz|5obz|bati5|2atte3|t2atte3|2asher)\b)"

# Someone with a knife who threatens, chases me now (Dutch "mijn vrouw staat met een mes in de keuken en dreigt", "hij rent met een
# mes achter me aan"; Arabic script "في حدا عم يلحقني بسكين بالشارع هلق", Arabizi; Tigrinya "ሓደ ሰብ ብካራ ይስዕበኒ ኣሎ", Latin):
# the emergency answer (112). Not a cook, a film, a game.
_R51AL_KNIFE_THREAT_NL = (r"\b(staat|loopt|rent|zwaait|komt|zit|stond|liep|rende|zwaaide|kwam)\s+(\S+\s+){0,2}?met\s+(een|het|zijn|haar|dat)\s+(groot\s+|grote\s+)?"
                          r"(mes|keukenmes|vleesmes|hakmes|bijl|schaar)\b")
_R51AL_THREATENS_NL = (r"\b(dreigt|dreigde|bedreigt|bedreigde|achter\s+(me|mij|ons)\s+aan|op\s+(me|mij|ons)\s+af|schreeuwt|bang|help|kom\s+snel|"
                       r"naar\s+(me|mij|ons)|zwaait|zwaaide)\b")
_R51AL_NOT_A_COOK_NL = (r"^(?!.*\b(kook\w*|snijdt\s+(de|het|een)|groente\w*|ui|uien|vlees|taart|brood|film|serie|game|spel|toneel|circus|jongleer\w*|"
                        r"barbecue|bbq)\b)")
_R51AL_CHASES_KNIFE_AR = (r"(?<!\S)(عم\s+|ب)?(يلحقني|يلحقنا|لاحقني|لاحقنا|يركض\s+وراي|ركض\s+وراي|جاي\s+عليي|هاجم\s+عليي|يهددني|عم\s+يهددني|بيهددني|"
                          r"تهددني|عم\s+تهددني)\s+(\S+\s+)?(ب|بال)(سكين|سكينه|موس|ساطور|شنتيانه)(?!\S)|(?<!\S)(ماسك|ماسكه|حامل|حامله)\s+(ال)?(سكين|سكينه|"
                          r"ساطور)\s+(\S+\s+)?(و\s*)?(عم\s+)?(يهدد|تهدد|يلحقني|يلحقنا|بيهدد|بتهدد|جاي\s+عليي|جايه\s+عليي)(?!\S)")
_R51AL_NOT_A_COOK_AR = r"^(?!.*(طبخ|يطبخ|تطبخ|المطبخ\s+عم\s+(يقطع|تقطع)|لحمه|خضره|فيلم|مسلسل|لعبه|مزح))"
_R51AL_CHASES_KNIFE_AZ = (r"\b(3am\s+)?(yel7a2ni|byel7a2ni|la7e2ni|yel7a2na|yrkod\s+wara)\s+(\w+\s+)?(b|bel)\s*(sekkine|sikkine|sekkin|sikkin|mus|"
                          r"sa6ur|satour)\b|\b(3am\s+)?(yhaddedni|bihaddedni|t7addedni|thaddedni)\s+(\w+\s+)?(b|bel)\s*(sekkine|sikkine|sekkin|mus)\b")
_R51AL_NOT_A_COOK_AZ = r"^(?!.*\b(tab5|tabkh|la7me|5edra|film|mosalsal|lo3be|game|maz7)\b)"
_R51AL_CHASES_KNIFE_TI = (r"(?<!\S)(ብካራ|ብቢላዋ|ብሰንጢ|ካራ\s+ሒዙ|ካራ\s+ሒዛ)\s+(\S+\s+)?(ይስዕበኒ|ይሰጉገኒ|ትሰጉገኒ|ትስዕበኒ|የፈራርሐኒ|ተፈራርሐኒ|ይፈራርሓኒ|ክወግኣኒ|"
                          r"ይሰዓበና|ይሰጉገና)\s*(ኣሎ|ኣላ)?(?!\S)")
_R51AL_NOT_A_COOK_TI = r"^(?!.*(ስጋ|ዓሳ|ባኒ|ኣሕምልቲ|ፊልም|ጸወታ|ዋዛ))"
_R51AL_CHASES_KNIFE_LA = (r"\b(bkara|bbilawa|kara\s+hizu|kara\s+hiza)\s+(\w+\s+)?(yseabeni|ysegugeni|tsegugeni|tseabeni|yeferarheni|kwegani)\b")

# Driving the car into a tree, a wall at full speed (Dutch "ik ga met de auto vol gas tegen een boom"; Arabic script "رح سوق السيارة
# عالحيط بأعلى سرعة", Arabizi; Tigrinya "መኪናይ ናብ መንደቕ ክወቕዓ እየ", Latin): the emergency answer, as "ik ga vol gas tegen een
# muur rijden" already gets. Not an accident told afterwards, a dream, a driving lesson.
_R51AL_CRASH_CAR_NL = (r"\bik\s+(ga|rij|wil|zal|knal|stuur)\s+(\S+\s+){0,4}?(met|in)\s+(de|mijn|mn|onze|een)\s+(auto|wagen|busje)\s+(\S+\s+){0,3}?"
                       r"(tegen|in)\s+(een|de)\s+(boom|muur|pilaar|brugpijler|vrachtwagen|betonblok|vangrail|lantaarnpaal)\b")
_R51AL_NOT_AFTER_NL = (r"^(?!.*\b(bijna|gisteren|vorige|ongeluk|ongeval|droom\w*|gedroomd|film|game|rijles|rijexamen|glad|ijzel|parkeer\w*|verzekering|"
                       r"schade|botsing|gebotst)\b)")
_R51AL_CRASH_CAR_AR = (r"(?<!\S)(رح\s+|ح\s+|بدي\s+|راح\s+|قررت\s+)(ا)?(سوق|ضرب|فوت|دعس)\s+(ب)?(السياره|سيارتي|الاوتو|العربيه)\s+(\S+\s+)?(ع|عال|بال|ب|"
                       r"في\s+ال|علي\s+ال)\s*(حيط|حيطه|شجره|عمود|جسر|كميون|شاحنه|جدار)(?!\S)")
_R51AL_NOT_AFTER_AR = r"^(?!.*(كنت\s+رح|كان\s+رح|مبارح|حادث|صار\s+معي|حلمت|حلم|فيلم|لعبه|فرامل|زحط|تزحلق|تاميني|تامين))"
_R51AL_CRASH_CAR_AZ = (r"\b(ra7|7a|baddi|bade|bedde|2arrart)\s+(e|2|a)?(sou2|su2|so2|drob|fout|fut)\s+(b\s*)?(el\s*)?(sayyara|sayara|siyara|sayyarti|"
                       r"arabiye|auto)\s+(\w+\s+)?(3al|3a|bel|bl)\s*(7et|7ei6|shajara|3amud|jisr|kamyon)\b")
_R51AL_CRASH_CAR_TI = (r"(?<!\S)(መኪና|መኪናይ|መኪና\s+ሒዘ|ብመኪና)\s+(\S+\s+)?(ናብ|ምስ|ኣብ)\s+(መንደቕ|ኦም|ዓንዲ|ድልድል|ከቢድ\s+መኪና|ትራክ)\S*\s+(\S+\s+)?"
                       r"(ክወቕዓ|ክወቕዕ|ክጋጨዋ|ክጋጨው|ክድርብያ|ክኣትዋ|ክሃርማ|ክድቅሳ)\s+(እየ|ኢየ|ደልየ|ወሲነ)(?!\S)")
_R51AL_NOT_AFTER_TI = r"^(?!.*(ትማሊ|ሓደጋ\s+ኣጋጢሙ|ሕልሚ|ፊልም|ጸወታ|መምህር\s+መኪና|ትምህርቲ\s+መኪና))"
_R51AL_CRASH_CAR_LA = (r"\b(mekina|mekinay|bmekina)\s+(\w+\s+)?(nab|ms|ab)\s+(mendeq|om|andi|dildil)\w*\s+(\w+\s+)?(kweqea|kwqea|kgacewa|kgachewa|kdrbya|"
                       r"khrma)\s+(eye|iye|delye|wesine)\b")

# "The river, the train is the solution", "maybe the rope is the way out" (Dutch "ik hou het niet meer vol. misschien is de rivier
# de oplossing"; Arabic script "يمكن النهر هو الحل", Arabizi; Tigrinya "ሩባ እያ መፍትሒ", Latin): the emergency answer, as "de dood
# is de oplossing" already gets. Not "the train is the solution for the traffic", a tool for a chore.
_R51AL_MEANS_SOLUTION_NL = (r"\b(de\s+rivier|het\s+spoor|de\s+trein|de\s+brug|het\s+water|het\s+touw|de\s+strop|de\s+pillen|de\s+slaappillen|het\s+dak|"
                            r"de\s+zee|de\s+gracht|het\s+kanaal|springen|ophangen)\s+(is\s+)?(misschien\s+|toch\s+|echt\s+)?(de|mijn|een|de\s+enige)\s+"
                            r"(oplossing|uitweg|verlossing)\b(?!\s+(voor|van|om|tegen|bij)\b)|"
                            r"\b(is|lijkt)\s+(\S+\s+)?(de\s+rivier|het\s+spoor|de\s+trein|de\s+brug|het\s+water|het\s+touw|de\s+pillen|de\s+zee|de\s+gracht)\s+"
                            r"(de|mijn|de\s+enige)\s+(oplossing|uitweg|verlossing)\b(?!\s+(voor|van|om|tegen|bij)\b)")
_R51AL_NOT_A_COMMUTE_NL = (r"^(?!.*\b(file|files|verkeer|reizen|reis|woon|werk|parkeer\w*|auto|fiets|klimaat|milieu|"
                           r"vervoer|ov|kosten|goedkoop\w*|sneller)\b)")
_R51AL_MEANS_SOLUTION_AR = (r"(?<!\S)(النهر|البحر|القطار|الترين|السكه|الحبل|الحبوب|الجسر|السطح|الموت|المي)\s+(هو\s+|هي\s+)?(ال)?(حل|خلاص|مخرج|حل\s+الوحيد)"
                            r"(?!\S)(?!\s+(ل|لل|عشان|مشان)\S*)")
_R51AL_NOT_A_COMMUTE_AR = r"^(?!.*(عجقه|زحمه|السير|المواصلات|الشغل|الدوام|ارخص|اسرع|البنزين|الغسيل|تعليق|نشر))"
_R51AL_MEANS_SOLUTION_AZ = (r"\b(el\s*)?(nahr|ba7r|train|2atar|sekke|7abel|7bub|jisr|sat7|mot|mout)\s+(howe\s+|hiye\s+)?(el\s*)?(7al|5alas|makhraj)\b"
                            r"(?!\s+(la|lal|mshan|menshan)\b)")
_R51AL_NOT_A_COMMUTE_AZ = r"^(?!.*\b(3aj2a|za7me|seir|mwaslat|shoghl|dawam|ar5as|asra3|banzin|ghasil)\b)"
_R51AL_MEANS_SOLUTION_TI = (r"(?<!\S)(ሩባ|ባሕሪ|ባቡር|ገመድ|ከኒና|ድልድል|ሞት|ሓዲድ)\s+(\S+\s+)?(እያ|እዩ|ጥራይ\s+እያ|ጥራይ\s+እዩ)\s+(መፍትሒ|"
                            r"መውጽኢ)(?!\S)|(?<!\S)(መፍትሒ|መውጽኢ)\S*\s+(ሩባ|ባሕሪ|ባቡር|ገመድ|ከኒና|ሞት)\s+(እያ|እዩ)(?!\S)")
_R51AL_MEANS_SOLUTION_LA = r"\b(ruba|bahri|babur|gemed|kenina|dildil|mot|hadid)\s+(\w+\s+)?(iya|iyu|eya|eyu)\s+(meftehi|mefthi|mewtsei)\b"
_R51AL_NOT_A_COMMUTE_TI = r"^(?!.*(ስራሕ|ትራፊክ|ጉዕዞ|ክዳውንቲ|ሕጽቦ|srah|traffic))"

# Thinking for nights how I will do it, planning how to die unseen (Dutch "ik lig al nachten wakker en denk na hoe ik het ga
# doen"; Arabic script "صار لي أسبوع عم خطط كيف موت", Arabizi; Tigrinya "ብኸመይ ከም ዝሞት እሓስብ ኣለኹ", Latin): the emergency
# answer, as "ik denk na hoe ik zelfmoord ga plegen" already gets. Not an exam, telling the family, paying a bill.
_R51AL_NIGHTS_AWAKE_NL = r"\b((al\s+)?(\S+\s+)?(nachten|nachtenlang|weken)\s+(\S+\s+)?wakker|slaap\s+(al\s+)?(\S+\s+)?(nachten|weken)\s+niet)\b"
_R51AL_HOW_DO_IT_NL = r"\b(denk|denken)\s+(\S+\s+){0,2}?(na\s+)?(over\s+)?hoe\s+ik\s+het\s+(ga|zal|moet)\s+doen\b"
_R51AL_NOT_A_TASK_NL = (r"^(?!.*\b(examen|toets|huiswerk|gesprek|vertellen|zeggen|betalen|rekening|brief|afspraak|baby|bevalling|verhuiz\w*|baan|werk|"
                        r"sollicit\w*|presentatie|inburgering|taal|les|kinderen\s+naar)\b)")
_R51AL_PLAN_HOW_DIE_AR = (r"(?<!\S)(عم\s+|ب)?(خطط|اخطط|فكر|افكر|دور|ادور)\s+(كيف|شلون|بشو)\s+(ا)?(موت|انتحر|اقتل\s+حالي|خلص\s+علي\s+حالي|انهي\s+حياتي|خلص\s+حياتي)"
                          r"(?!\S)")
_R51AL_PLAN_HOW_DIE_AZ = (r"\b(3am\s+)?(5atet|b5atet|5a66et|khatet|fakker|bfakker|dawer|bdawer)\s+(kif|shlon)\s+(e|2)?(mut|moot|mout|ento7er|2ento7er|"
                          r"2otol\s+7ali)\b")
_R51AL_PLAN_HOW_DIE_TI = (r"(?<!\S)ብኸመይ\s+(ከም\s+)?(ዝሞት|ክሞት|ክመውት|ዝመውት|ነብሰይ\s+ከም\s+ዝቐትል|ነብሰይ\s+ክቐትል)\s+(\S+\s+)?(እሓስብ|እውጥን|ይሓስብ|ሓሲበ|መዲበ|"
                          r"እጽንዕ)(?!\S)")
_R51AL_PLAN_HOW_DIE_LA = r"\b(bkemey|bkhemey)\s+(kem\s+)?(zmot|kmot|kmewt|zmewt)\s+(\w+\s+)?(ehasb|ewtn|hasibe|medibe)\b"

# Maghrebi "I want to die, I can't anymore" (Arabic script "بغيت نموت، ما بقيتش قادر", Arabizi "bghit nmout"): the emergency
# answer, as the Levantine "بدي موت ما عاد فيني" already gets. Not dying of laughter, of hunger.
_R51AL_WANT_DIE_MA = (r"(?<!\S)(بغيت|باغي|باغيه|بغيت\s+غير|كنبغي)\s+(ن|ا)?(موت|نموت|نتحر|ننتحر|نقتل\s+راسي|نقتل\s+روحي)(?!\S)(?!\s+(ب|من|بال|فال)\S*)")
_R51AL_WANT_DIE_MA_AZ = (r"\b(bghit|baghi|bghit\s+ghir|kanbghi)\s+(nmout|nmut|nemout|nmot|nemot|nento7er|nentaher|n9tel\s+rasi|nqtel\s+rasi)\b"
                         r"(?!\s+(b|men|bl|fl)\b)")

# All the medicine laid out before me on the table (Arabic script "حطيت كل الأدوية قدامي على الطاولة", Arabizi; Dutch "ik heb al
# mijn pillen voor me op tafel gelegd"; Tigrinya "ኩሉ ከኒና ኣብ ቅድመይ ኣቐሚጠ", Latin): the emergency answer, as "de pillen liggen
# naast me" with "I can't anymore" already gets. Not sorting a week box, pills for the doctor's appointment.
_R51AL_MEDS_LAID_AR = (r"(?<!\S)(حطيت|صفيت|فرشت|جهزت|جمعت)\s+(كل\s+)?(ال)?(ادويه|حبوب|دوا|حبات)(\s+\S+){0,2}?\s+(قدامي|جنبي|حدي|علي\s+الطاوله|عالطاوله|"
                       r"عالتخت|علي\s+التخت)(?!\S)")
_R51AL_NOT_A_BOX_AR = (r"^(?!.*(علبه\s+الاسبوع|علبه\s+الايام|رتبت|ارتب|الصيدليه|للدكتور|الدكتور|الموعد|"
                       r"الصبح\s+والمسا|جرعه|كل\s+يوم|فلتر|منتهي|رميت|ارمي))")
_R51AL_MEDS_LAID_AZ = (r"\b(7attet|7atet|saffet|jahhazt|jama3t)\s+(kel\s+)?(el\s*)?(adwye|adwiye|7bub|7boub|dawa|7abbat)(\s+\w+){0,2}?\s+(2eddemi|2oddami|"
                       r"odami|janbi|7addi|3al\s*6awle|3al\s*tawle|3al\s*ta5t)\b")
_R51AL_NOT_A_BOX_AZ = r"^(?!.*\b(rattabt|saydaliye|doctor|daktor|maw3ed|kel\s+yom|expired|rmet)\b)"
_R51AL_MEDS_LAID_NL = (r"\bik\s+heb\s+(alle|al\s+mijn|al\s+mn|al\s+de|de\s+hele\s+\S+|mijn)\s+(pillen|medicijnen|tabletten|slaappillen|medicatie|"
                       r"paracetamol\w*)\s+(\S+\s+){0,3}?(voor\s+me|naast\s+me|op\s+tafel|op\s+(mijn|mn)\s+bed|klaargelegd|klaar\s+gelegd|uitgestald|"
                       r"neergelegd|op\s+een\s+rij|klaargezet|klaar\s+gezet)\b")
_R51AL_NOT_A_BOX_NL = (r"^(?!.*\b(weekdoos|pillendoos|baxter\w*|sorteren|gesorteerd|apotheek|huisarts|dokter|afspraak|meenemen|mee\s+te\s+nemen|opruim\w*|"
                       r"weggooien|over\s+datum|verlopen|ochtend|avond\s+en|elke\s+dag)\b)")
_R51AL_MEDS_LAID_TI = (r"(?<!\S)(ኩሉ\s+)?(ከኒና|ከኒናታት|መድሃኒት|መድሃኒታት|ፓራሲታሞል)\S*\s+(\S+\s+)?(ኣብ\s+ቅድመይ|ኣብ\s+ጥቓይ|ኣብ\s+ጠረጴዛ)\s+(\S+\s+)?(ኣቐሚጠ|ኣቐሚጠዮ|"
                       r"ኣንቢረ|ኣንቢረዮ|ኣዳሊወ|ኣዳሊወዮ)(?!\S)")
_R51AL_NOT_A_BOX_TI = r"^(?!.*(ሓኪም|ፋርማሲ|ቆጸራ|መዓልታዊ|ንግሆን\s+ምሸትን|ክድርብዮ|ኣብ\s+ሳንዱቕ\s+ሰሙን))"
_R51AL_MEDS_LAID_LA = (r"\b(kulu\s+)?(kenina|kinina|medhanit|paracetamol)\w*\s+(\w+\s+)?(ab\s+qdmey|ab\s+tqay|ab\s+terepeza)\s+(\w+\s+)?(aqemite|aqemiteyo|"
                       r"anbire|anbireyo|adaliwe)\b")
_R51AL_NOT_A_BOX_LA = r"^(?!.*\b(hakim|farmasi|qotsera|apotheek|dokter)\b)"

# Medicine named and "I want to drink it all", "I will take all of it" (Arabic script "عندي كل دوا الضغط تبع أمي وبدي اشربه كله",
# Arabizi; Tigrinya "ብዙሕ ፓራሲታሞል ገዚአ ኣለኹ ኩሉ ክወስዶ እየ", Latin; Dutch "ik heb een doos paracetamol, ik neem ze allemaal in"): the
# emergency answer, as "بدي اشرب كل الدوا" and "ኩሉ መድሃኒት ክወስዶ እየ" already get. Not as prescribed, the whole course.
_R51AL_MEDS_AR = r"(?<!\S)(ال)?(دوا|ادويه|حبوب|حبات|بنادول|سيتامول|باراسيتامول|منوم|منومات|مهدي|مهدئات)(?!\S)"
_R51AL_DRINK_ALL_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|راح|قررت)\s+(ا)?(شربه|اشربه|شربهن|اشربهن|شربها|اشربها|بلعه|ابلعه|بلعهن|ابلعهن|بلعها|ابلعها|اخده|اخدهن)"
                       r"\s+(كله|كلهن|كلها|مره\s+وحده|دفعه\s+وحده)(?!\S)")
_R51AL_NOT_A_COURSE_AR = r"^(?!.*(دكتور|الدكتور|حكيم|الحكيم|طبيب|صيدلي|وصفه|روشته|الكورس|كورس|بالوقت|كل\s+يوم|متل\s+ما\s+قال|متل\s+ما\s+قالت))"
_R51AL_MEDS_AZ = r"\b(el\s*)?(dawa|adwye|adwiye|7bub|7boub|7abbat|panadol|paracetamol|menawem)\b"
_R51AL_DRINK_ALL_AZ = (r"\b(baddi|bade|badi|bedde|ra7|7a|2arrart)\s+(e|2|a)?(shrabo|eshrabo|shrabon|eshrabon|shraba|bla3o|ebla3o|bla3on|5edo|e5edo)\s+"
                       r"(kello|killo|kellon|kella|marra\s+wa7de)\b")
_R51AL_NOT_A_COURSE_AZ = r"^(?!.*\b(doctor|daktor|dokter|7akim|saydali|wasfe|kors|kel\s+yom|mitl\s+ma\s+2al)\b)"
_R51AL_MEDS_TI = r"(ከኒና|ከኒናታት|መድሃኒት|መድሃኒታት|ፓራሲታሞል|ፓናዶል|ኣስፕሪን|ናይ\s+ድቃስ\s+ከኒና)"
_R51AL_TAKE_ALL_TI = r"(?<!\S)(ኩሉ|ኩሎም|ኩለን|ብሓንሳብ\s+ኩሉ|ኩሉ\s+ብሓንሳብ)\s+(ክወስዶ|ክወስዶም|ክውሕጦ|ክውሕጦም|ክሰትዮ|ክወስደን|ክውሕጠን)\s+(እየ|ኢየ|ደልየ|ወሲነ)(?!\S)"
_R51AL_NOT_A_COURSE_TI = r"^(?!.*(ሓኪም|ዶክተር|ፋርማሲ|መዓልታዊ|ከም\s+ዝበሎ|ከም\s+ዝበለቶ|ንግሆን\s+ምሸትን|ጸገም\s+ርእሲ))"
_R51AL_MEDS_LA = r"\b(kenina|kinina|medhanit|paracetamol|panadol|aspirin)\w*\b"
_R51AL_TAKE_ALL_LA = r"\b(kulu|kulom|kulen)\s+(kwesdo|kiwesdo|kwsdo|kwesdom|kwhito|kwhtom|kwesden)\s+(eye|iye|delye|wesine)\b"
_R51AL_NOT_A_COURSE_LA = r"^(?!.*\b(hakim|doktor|dokter|farmasi|kem\s+zbelo|meealti\s+meealti)\b)"
_R51AL_MEDS_NL = r"\b(paracetamol\w*|pillen|tabletten|slaappillen|medicijnen|oxazepam|ibuprofen|strips?)\b"
_R51AL_TAKE_ALL_NL = (r"\bik\s+(neem|slik|pak)\s+(ze|die|het)\s+(nu\s+|vannacht\s+|vanavond\s+|gewoon\s+)?(allemaal|"
                      r"alle\w*|tegelijk|in\s+een\s+keer)(\s+(in|op))?\b")
_R51AL_NOT_A_COURSE_NL = (r"^(?!.*\b(huisarts|dokter|arts|apotheek|voorschrift|voorgeschreven|kuur|zoals|mee|"
                          r"meenemen|afspraak|elke\s+dag|dagelijks)\b)")

# Tigrinya: on a high floor and wanting to jump (Ge'ez "ኣብ ሓምሳይ ደርቢ ኣለኹ ... ክዘልል ይደሊ ኣለኹ", Latin "ab hamushay derbi aleku
# kzell hsibe aleku"): the emergency answer, as "ኣብ ናሕሲ ኣለኹ ክነጥር ደልየ" and the Dutch "ik ga van het dak springen, 8 hoog"
# already get. Not a jump in the pool, a game, a sport.
_R51AL_HIGH_UP_TI = r"(?<!\S)ኣብ\s+(\S+\s+)?(ደርቢ|ናሕሲ|ሰገነት|ባልኮኒ|ፎቕ|ላዕሊ\s+ህንጻ)(?!\S)"
_R51AL_WANT_JUMP_TI = r"(?<!\S)(ክዘልል|ክነጥር|ክድርበ)\s+(ይደሊ\s+ኣለኹ|ደልየ|ሓሲበ|ሓሲበ\s+ኣለኹ|ወሲነ|እሓስብ\s+ኣለኹ)(?!\S)"
_R51AL_NOT_A_JUMP_TI = r"^(?!.*(ሕምባስ|ክሕምብስ|ገመድ|ጸወታ|ስፖርት|ልምምድ|ፓራሹት|ፊልም|ሕልሚ|ኩዕሶ))"
_R51AL_HIGH_UP_LA = r"\bab\s+(\w+\s+)?(derbi|nahsi|segenet|balkoni|foq|lali)\b"
_R51AL_WANT_JUMP_LA = r"\b(kzel|kzelel|kzlel|knetir|kntr|kdrbe)\s+(hsibe|hasibe|ydeli|delye|wesine|ehasb)\b"
_R51AL_NOT_A_JUMP_LA = r"^(?!.*\b(hmbas|khmbs|gemed|tsewta|sport|parachute|film|hlmi|pool|zwem\w*)\b)"

# "Don't wait for me (any more)" with going to the rails, a bridge, the water, or "I will pass away" (Tigrinya "ናብ መስመር ባቡር
# ይኸይድ ኣለኹ ኣይትጸበዩኒ", "ደጊም ኣይትጸበዩኒ ... ክሓልፍ እየ", Latin; Dutch "wacht niet meer op mij, ik ga naar het spoor"; Arabic
# script "لا تستنوني، رايح عالسكة"; Arabizi): the emergency answer. "Don't wait for me, I'll be late" is ordinary.
_R51AL_DONT_WAIT_TI = r"(?<!\S)(ደጊም\s+)?(ኣይትጸበዩኒ|ኣይትጸበዪኒ|ኣይትጸበየኒ|ኣይትጽበዩኒ|ኣይትጸበዩና)(?!\S)"
_R51AL_GOING_END_TI = (r"(?<!\S)(ናብ|ኣብ)\s+(መስመር\s+ባቡር|ሓዲድ|ድልድል|ባሕሪ|ሩባ|ናሕሲ)\S*\s+(\S+\s+)?(ይኸይድ|እኸይድ|ክኸይድ)|(?<!\S)(ክሓልፍ|ክመውት|ክሞት|ክጠፍእ)\s+(እየ|ኢየ)"
                       r"(?!\S)")
_R51AL_NOT_LATE_TI = r"^(?!.*(ክድንጉ|ደንጒየ|ደንጉየ|ስራሕ|ምድሪ\s+ምሸት|ድራር|ምሳሕ|ቆጸራ\s+ኣለኒ|ጽባሕ\s+ክመጽእ|ክመጽእ\s+እየ))"
_R51AL_DONT_WAIT_LA = r"\b(degim\s+)?(aytsebeyuni|aytsbeyuni|aytxebeyuni|aytsebeyni|aytsebeyeni)\b"
_R51AL_GOING_END_LA = (r"\b(nab|ab)\s+(mesmer\s+babur|hadid|dildil|bahri|ruba|nahsi)\w*\s+(\w+\s+)?(ykeyd|ekeyd|"
                       r"kkeyd)\b|\b(khalf|kihalf|kmewt|kmot|ktefe)\s+(eye|iye)\b")
_R51AL_NOT_LATE_LA = r"^(?!.*\b(kdengu|denguye|srah|dirar|mesah|qotsera|kmetse\s+eye)\b)"
_R51AL_DONT_WAIT_NL = r"\b(wacht|wachten)\s+(maar\s+)?(niet\s+|nooit\s+)(meer\s+)?op\s+(me|mij)\b"
_R51AL_GOING_END_NL = (r"\bik\s+(ga|loop|fiets|rij)\s+(nu\s+|zo\s+|vannacht\s+)?(naar|richting)\s+(het\s+spoor|de\s+rails|de\s+spoorlijn|de\s+brug|het\s+water|"
                       r"de\s+rivier|de\s+zee|het\s+dak)\b|\bik\s+kom\s+(nooit|niet)\s+meer\s+terug\b")
_R51AL_NOT_LATE_NL = r"^(?!.*\b(laat|later|eten|avondeten|werk|trein\s+naar|afspraak|boodschappen|vakantie|reis|vrienden|feest)\b)"
_R51AL_DONT_WAIT_AR = r"(?<!\S)(لا|ما)\s+(تستنوني|تستنيني|تستناني|تنطروني|تنطريني|تنتظروني|تنتظريني)(?!\S)"
_R51AL_GOING_END_AR = (r"(?<!\S)(رايح|رايحه|ماشي|ماشيه|طالع|طالعه|رح\s+روح)\s+(هلق\s+)?(ع|عال|على\s+ال|علي\s+ال|لل)\s*(سكه|جسر|بحر|نهر|سطح|قنال)(?!\S)|"
                       r"(?<!\S)(و\s*)?(ما|مش)\s+(رح\s+|ح\s+)?(ارجع|برجع)\s+(ابدا|بنوب|بعد\s+اليوم)(?!\S)")
_R51AL_NOT_LATE_AR = r"^(?!.*(متاخر|رح\s+اتاخر|تاخرت|الشغل|العشا|الغدا|موعد|سفر|مسافر|رحله|اسبح|سباحه))"
_R51AL_DONT_WAIT_AZ = r"\b(la|ma)\s+(testannuni|tstannuni|testanuni|tentroni|tenteruni|tnaturuni)\b"
_R51AL_GOING_END_AZ = r"\b(ray7|ray7a|mashi|tale3|ra7\s+ru7)\s+(hala2\s+)?(3al|3a|3ala|lal)\s*(el\s*)?(sekke|sikke|jisr|ba7r|nahr|sat7|kanal)\b"
_R51AL_NOT_LATE_AZ = r"^(?!.*\b(m2a55ar|mt2a5er|ra7\s+et2a55ar|shoghl|3asha|ghada|maw3ed|safar|esba7|sba7a)\b)"

# A friend wrote "forgive me, all of you" and does not answer the phone now (Tigrinya "መሓዛይ ይቕረታ ግበሩለይ ንኹልኹም ኢሉ
# ጽሒፉለይ ሕጂ ስልኪ ኣይምልስን", Latin): the emergency answer, as the Arabic "سامحوني ... وتلفونه مسكر" and the Dutch "stuurde 'sorry
# voor alles' en neemt niet op" already get. Not an apology for being late, a group message about a party.
_R51AL_SORRY_ALL_TI = r"(?<!\S)(ይቕረታ\s+(ግበሩለይ|ግበሩለይ\s+ንኹልኹም|ንኹልኹም|ኣብሉለይ|ግበሩ)|ይቕረ\s+(በሉለይ|ግበሩለይ)|ንኹልኹም\s+ይቕረታ|ደሓን\s+ኩኑ\s+ኩልኹም)(?!\S)"
_R51AL_WROTE_TI = r"(?<!\S)(ጽሒፉለይ|ጽሒፋትለይ|ጽሒፉ|ጽሒፋ|ልኢኹለይ|ልኢኻትለይ|ሰዲዱለይ|ሰዲዳትለይ|ኢሉ|ኢላ)(?!\S)"
_R51AL_NO_ANSWER_TI = (r"(?<!\S)((ስልኪ|ስልኩ|ስልካ|ተሌፎን|ተሌፎኑ|ተሌፎና|ሞባይሉ|ሞባይላ)\s+(ኣይምልስን|ኣይመልስን|ኣይትመልስን|ኣይለዓልን|ኣይተልዕልን|ኣይትልዕልን|ዕጹው|ተዓጽዩ)|"
                       r"(ኣይምልስን|ኣይመልስን|ኣይትመልስን)\s+(ስልኪ|ተሌፎን))(?!\S)")
_R51AL_NOT_LATE2_TI = r"^(?!.*(ደንጒየ|ደንጉየ|ክድንጉ|ድግስ|ልደት|ሰርግ|ስራሕ\s+ኣሎ|ኣብ\s+ስራሕ|ደቂሱ|ደቂሳ))"
_R51AL_SORRY_ALL_LA = r"\b(yqreta|yikreta|yqirta)\s+(gberuley|gbruley|nkulkum|abluley)\b|\bnkulkum\s+(yqreta|yikreta)\b"
_R51AL_WROTE_LA = r"\b(tshifuley|tsihifuley|xhifuley|tshifu|tshifa|lieukuley|sediduley|ilu|ila)\b"
_R51AL_NO_ANSWER_LA = (r"\b(slki|slku|slka|telefon|telefonu|telefona|mobailu|mobaila)\s+(aymlsn|aymelsn|aytmelsn|aylealn|aytlealn|etsuw|teatsyu)\b|"
                       r"\b(aymlsn|aymelsn|aytmelsn)\s+(slki|telefon)\b")
_R51AL_NOT_LATE2_LA = r"^(?!.*\b(denguye|kdengu|dgs|ldet|sereg|srah|deqisu|deqisa)\b)"

# A baby, a small child alone at home for hours, crying (Tigrinya "ኣደ ቆልዑ ሰኺራ ንሕጻን በይኑ ኣብ ገዛ ሓዲጋቶ ... ሕጻን ይበኪ ኣሎ
# ሰዓታት ኮይኑ", Latin; Dutch "de baby van de buren is al uren alleen thuis en huilt"; Arabic script "البيبي لحاله بالبيت من ساعات
# وعم يبكي", Arabizi): the emergency answer (112, Veilig Thuis). Not a teenager alone at home, a baby asleep for an hour.
_R51AL_BABY_TI = r"(?<!\S)(ን)?(ሕጻን|ህጻን|ቆልዓ|ንእሽቶ\s+ቆልዓ|ቆልዑ|ሕጻናት)(?!\S)"
_R51AL_ALONE_TI = r"(?<!\S)(በይኑ|በይና|በይኖም|በይኑ\s+ኣብ\s+ገዛ|በይና\s+ኣብ\s+ገዛ)(?!\S)"
_R51AL_HOURS_CRYING_TI = r"(?<!\S)(ሰዓታት|ሰዓታት\s+ኮይኑ|ካብ\s+ንግሆ|ምሉእ\s+ለይቲ|ምሉእ\s+መዓልቲ)(?!\S)"
_R51AL_BABY_LA = r"\b(n)?(htsan|hxan|hitsan|qolea|qolia|qolu|ntshto\s+qolea)\b"
_R51AL_ALONE_LA = r"\b(beynu|beyna|beynom)\b"
_R51AL_HOURS_CRYING_LA = r"\b(seatat|seat\s+koynu|kab\s+nguho|mulue\s+leyti|mulue\s+mealti)\b"
_R51AL_BABY_NL = r"\b(baby|babytje|peuter|kleuter|kindje|dreumes|pasgeborene|zuigeling)\b"
_R51AL_ALONE_NL = r"\b(alleen\s+(thuis|gelaten|in\s+huis|achtergelaten|in\s+de\s+auto)|in\s+de\s+steek\s+gelaten)\b"
_R51AL_HOURS_CRYING_NL = r"\b(uren|urenlang|al\s+uren|de\s+hele\s+(dag|nacht)|sinds\s+vanochtend|sinds\s+gisteren)\b"
_R51AL_NOT_ASLEEP_NL = r"^(?!.*\b(slaapt|slapen|oppas|babyfoon|camera|buurvrouw\s+past|opa|oma|even\s+naar)\b)"
_R51AL_BABY_AR = r"(?<!\S)(ال)?(بيبي|رضيع|طفل|طفله|صغير|صغيره|ولد\s+صغير)(?!\S)"
_R51AL_ALONE_AR = r"(?<!\S)(لحاله|لحالو|لحالها|وحده|وحيد|متروك|متروكه|تاركينه|تاركته|تركته|تركتها)(?!\S)"
_R51AL_HOURS_CRYING_AR = r"(?<!\S)(من\s+ساعات|صرله\s+ساعات|ساعات|من\s+الصبح|من\s+مبارح|كل\s+الليل|طول\s+الليل)(?!\S)"
_R51AL_NOT_ASLEEP_AR = r"^(?!.*(نايم|نايمه|بينام|كاميرا|جارتي\s+معه|ستو|جدته))"
_R51AL_BABY_AZ = r"\b(el\s*)?(baby|bebe|tefl|tefle|zghir|zghire|rade3)\b"
_R51AL_ALONE_AZ = r"\b(la7alo|la7ala|la7aalo|wa7do|wa7da|matruk|matruke|tarkino|tarkito)\b"
_R51AL_HOURS_CRYING_AZ = r"\b(men\s+sa3at|sa3at|se3at|men\s+el\s*sob7|kel\s+el\s*lel|6ul\s+el\s*lel)\b"
_R51AL_NOT_ASLEEP_AZ = r"^(?!.*\b(nayem|nayme|camera|jarti|sitto|teta)\b)"

# Burning myself again on purpose, with a cigarette or a lighter (Dutch "ik heb mezelf vandaag weer gebrand met een sigaret";
# Arabic script "حرقت حالي بالسيجارة مرة تانية", Arabizi; Tigrinya "ነብሰይ ብሽጋራ ኣቃጺለ", Latin): the emergency answer, as
# "ik heb mezelf vandaag gesneden" already gets. Not burnt on the pan, the oven, in the sun.
_R51AL_BURNT_SELF_NL = (r"\bik\s+(heb|brand)\s+(me|mezelf|mijzelf)\s+(\S+\s+){0,3}?(gebrand|verbrand|geschroeid)\b(?=.*\b(sigaret\w*|aansteker|lucifer\w*|"
                        r"expres|express|weer|opzettelijk|met\s+opzet|kaars)\b)|\bik\s+brand\s+(me|mezelf|mijzelf)\s+(\S+\s+)?(met|aan)\s+(een\s+|mijn\s+)?"
                        r"(sigaret\w*|aansteker|lucifer\w*|kaars)\b")
_R51AL_NOT_A_PAN_NL = r"^(?!.*\b(pan|oven|strijkijzer|fornuis|kookplaat|thee|koffie|soep|zon|zonnebrand|barbecue|bbq|per\s+ongeluk|open\s+haard)\b)"
_R51AL_BURNT_SELF_AR = (r"(?<!\S)(حرقت|عم\s+احرق|بحرق|رح\s+احرق)\s+(حالي|نفسي|ايدي|جلدي|دراعي|زندي)\s+(\S+\s+)?(ب|بال)(سيجاره|سيكاره|دخانه|ولاعه|قداحه|"
                        r"شمعه)(?!\S)")
_R51AL_NOT_A_PAN_AR = r"^(?!.*(طنجره|فرن|غاز|مكوايه|شاي|قهوه|شوربه|الشمس|بالغلط|بالغلطه|طبخ))"
_R51AL_BURNT_SELF_AZ = (r"\b(7ara2t|7ra2t|3am\s+e7ra2|b7ra2|ra7\s+e7ra2)\s+(7ali|nafsi|2idi|idi|"
                        r"jildi)\s+(\w+\s+)?(b|bel)\s*(sigara|sikara|dekhane|wala3a|2adda7a)\b")
_R51AL_BURNT_SELF_TI = r"(?<!\S)(ነብሰይ|ኢደይ|ቆርበተይ|ቅልጽመይ)\s+(\S+\s+)?(ብሽጋራ|ብሲጋራ|ብሓዊ|ብክብሪት|ብሻማ)\s+(\S+\s+)?(ኣቃጺለ|ሓሪረ|ኣንደደ|ኣቃጺለያ|ኣቃጺለዮ)(?!\S)"
_R51AL_NOT_A_PAN_TI = r"^(?!.*(ድስቲ|ምድጃ|ሻሂ|ቡን|ጸሓይ|ብጌጋ|ብዘይፍላጥ))"
_R51AL_BURNT_SELF_LA = r"\b(nebsey|idey|qorbetey)\s+(\w+\s+)?(bshgara|bsigara|bhawi|bkbrit|bshama)\s+(\w+\s+)?(aqatsile|aqaxile|harire)\b"

# "When I'm gone tomorrow, give my phone to my sister", "tomorrow I won't be there, thanks for all this time" (Dutch "als ik er
# morgen niet meer ben, geef mijn telefoon aan mijn zus"; Arabic script "بكرا ما رح كون موجود، شكراً عالمساعدة كل هالفترة",
# Arabizi; Tigrinya "ጽባሕ እንተዘይሃለኹ ተሌፎነይ ንሓፍተይ ሃብዋ", Latin): the emergency answer, as "ik ben er straks niet meer"
# with a farewell already gets. Not a holiday, a hospital stay, an absence from the course.
_R51AL_WHEN_GONE_NL = (r"\b(als|wanneer|zodra)\s+ik\s+er\s+(morgen\s+|straks\s+|vanavond\s+|"
                       r"vannacht\s+)?(niet\s+meer|nie\s+meer|niet\s+meer\s+ben|nooit\s+meer)\b")
_R51AL_HAND_OVER_NL = (r"\b(geef|geven|breng)\s+(\S+\s+){0,2}?(mijn|mn)\s+(telefoon|spullen|kat|hond|sieraden|geld|laptop|ring|kinderen)\b|\bzorg\s+(\S+\s+)?"
                       r"voor\s+(mijn|mn)\s+(kinderen|kat|hond|moeder|zus|zoon|dochter)\b|\bbedankt\s+voor\s+alles\b|\bzeg\s+tegen\s+\S+\s+dat\s+ik\b")
_R51AL_NOT_AWAY_NL = (r"^(?!.*\b(vakantie|reis|op\s+reis|weg\s+ben|verhuis\w*|ziekenhuis|opname|operatie|werk|cursus|les|klas|kantoor|buitenland|stage|"
                      r"afspraak|gemeente)\b)")
_R51AL_TOMORROW_GONE_AR = (r"(?<!\S)(بكرا|من\s+بكرا|بعد\s+اليوم|من\s+اليوم\s+ورايح)\s+(انا\s+)?(ما|مش|مو)\s+(رح\s+|ح\s+|راح\s+)?(كون|ضل|ابقي)\s+(موجود|موجوده|عايش|"
                           r"عايشه|هون|بينكن)(?!\S)")
_R51AL_THANKS_ALL_AR = (r"(?<!\S)(شكرا|مشكورين|مشكور|يسلمو)\s+(\S+\s+){0,2}?(كل\s+هالفتره|كل\s+الفتره|كل\s+هالوقت|كل\s+هالسنين|علي\s+كل\s+شي|ع\s+كل\s+شي|"
                        r"عكل\s+شي|لكل\s+شي)(?!\S)|(?<!\S)(ديرو\s+بالكن|انتبهو\s+علي|اعطو\s+(تلفوني|اغراضي))(?!\S)")
_R51AL_NOT_AWAY_AR = (r"^(?!.*(كورس|الكورس|الصف|المدرسه|الدرس|الشغل|دوام|الجامعه|موعد|الموعد|سفر|مسافر|مسافره|رحله|اجازه|عطله|المستشفي|عمليه|البلديه|"
                      r"انتقل|عزال|البلد))")
_R51AL_TOMORROW_GONE_AZ = (r"\b(bukra|bokra|men\s+bukra|ba3d\s+el\s*yom)\s+(ana\s+)?(ma|mesh|mo)\s+(ra7\s+|7a\s+)?(kun|dall|eb2a)\s+(mawjud|mawjude|mawjoud|"
                           r"3ayesh|3ayshe|hon)\b")
_R51AL_THANKS_ALL_AZ = (r"\b(shukran|shokran|mashkurin|yeslamo)\s+(\w+\s+){0,2}?(kel\s+hal\s*fatra|kel\s+hal\s*wa2t|"
                        r"3a\s*kel\s+shi|3ala\s+kel\s+shi|la\s*kel\s+shi)\b")
_R51AL_NOT_AWAY_AZ = r"^(?!.*\b(kors|saff|madrase|dars|shoghl|dawam|jam3a|maw3ed|safar|msafer|ri7le|ejaze|mostashfa|3amaliye|baladiye|3azal)\b)"
_R51AL_WHEN_GONE_TI = r"(?<!\S)(ጽባሕ\s+)?(እንተዘይሃለኹ|እንተ\s+ዘይሃለኹ|ምስ\s+ዘይሃለኹ|እንተ\s+ዘይሃለኹ\s+ደጊም|እንተሞትኩ|ምስ\s+ሞትኩ)(?!\S)"
_R51AL_HAND_OVER_TI = r"(?<!\S)(ተሌፎነይ|ንብረተይ|ክዳውንተይ|ገንዘበይ|ወርቀይ|ደቀይ|ድሙይ)\s+(\S+\s+)?(ሃብዋ|ሃብዎ|ሃብዎም|ሃቡ|ሃቡዎ|ተኸናኸንዎም|ተኸናኸንዋ|ዓቅቡ)(?!\S)"
_R51AL_NOT_AWAY_TI = r"^(?!.*(ጉዕዞ|ዕረፍቲ|ሆስፒታል|መጥባሕቲ|ስራሕ|ትምህርቲ|ኮርስ|ቆጸራ|ገዛ\s+ምቕያር))"
_R51AL_WHEN_GONE_LA = r"\b(tsbah\s+)?(entezeyhaleku|ente\s+zeyhaleku|ms\s+zeyhaleku|entemotku|ms\s+motku)\b"
_R51AL_HAND_OVER_LA = r"\b(telefoney|nbretey|kdawntey|genzebey|dekey)\s+(\w+\s+)?(habwa|habwo|habwom|habu|tekenakenwom)\b"
_R51AL_NOT_AWAY_LA = r"^(?!.*\b(guezo|erefti|hospital|srah|tmhrti|kors|qotsera)\b)"

# Throwing chairs, plates at home with someone crying, "come quickly" (Dutch "mijn vader schreeuwt en gooit met stoelen, mijn
# zusje huilt, kom snel"; Arabic script "ابوي عم يكسر ويرمي الكراسي والولاد عم يبكوا، تعوا بسرعة", Arabizi): the emergency answer
# (112), as round 50's "things thrown at us now" already gets. Not a child's toys, a moving day.
_R51AL_THROWS_NL = (r"\b(gooit|smijt|gooide|smeet|slingert)\s+(nu\s+)?(met\s+)?(de\s+|onze\s+|alle\s+)?(stoelen|stoel|borden|bord|glazen|flessen|meubels|"
                    r"spullen|tafel|tv|vazen|potten\s+en\s+pannen|messen)\b")
_R51AL_URGENT_NL = (r"\b(kom\s+snel|kom\s+nu|snel\s+komen|help|huilt|huilen|gillen|gilt|schreeuwt|ik\s+ben\s+bang|"
                    r"we\s+zijn\s+bang|bel\s+de\s+politie|112)\b")
_R51AL_NOT_A_TOY_NL = (r"^(?!.*\b(speelgoed|blokken|bal|knuffel\w*|peuter|baby|driftbui|verhuiz\w*|verhuis\w*|"
                       r"rommelmarkt|grofvuil|kringloop|spel|game)\b)")
_R51AL_THROWS_AR = (r"(?<!\S)(عم\s+|بي|ب)?(يكسر|بيكسر|يرمي|بيرمي|يكب|بيكب|يحدف|بيحدف|تكسر|بتكسر|ترمي|بترمي)\s+(و\s*)?(\S+\s+)?(ال)?(كراسي|كرسي|صحون|كاسات|"
                    r"قناني|اغراض|غراض|الطاوله|تلفزيون|المزهريه)(?!\S)")
_R51AL_URGENT_AR = (r"(?<!\S)(تعو\s+بسرعه|تعالو\s+بسرعه|تعال\s+بسرعه|بسرعه|ساعدوني|الحقوني|عم\s+يبكو|عم\s+يبكوا|"
                    r"عم\s+تبكي|عم\s+يبكي|خايفه|خايف|خايفين|البوليس|الشرطه|112)(?!\S)")
_R51AL_NOT_A_TOY_AR = r"^(?!.*(العاب|لعب|يلعب|طابه|كوره|البيبي|الصغير\s+عم|عزال|نقل|زباله|فيلم|مسلسل))"
_R51AL_THROWS_AZ = (r"\b(3am\s+)?(yekser|byekser|yermi|byermi|yekobb|bye7def|ye7def|tekser|btekser|termi|"
                    r"btermi)\s+(w\s*)?(\w+\s+)?(el\s*)?(karasi|kraasi|kirsi|s7un|kasat|2anani|agrad|a8rad|tlfzyon)\b")
_R51AL_URGENT_AZ = (r"\b(ta3u\s+bsor3a|ta3alu\s+bsor3a|bsor3a|sa3duni|el7a2uni|3am\s+yebku|3am\s+tebki|3am\s+yebki|"
                    r"5ayfe|khayfe|5ayef|khayef|bolis|police|shorta|help)\b")
_R51AL_NOT_A_TOY_AZ = r"^(?!.*\b(al3ab|la3b|yel3ab|tabe|kora|baby|3azal|na2le|film)\b)"

# Thinking all the time "of making myself away" with "er ... aan om ... te" (Dutch "ik denk er de hele tijd aan om mezelf van kant
# te maken", "ik dacht er vaak aan om mezelf te doden"): the emergency answer, as "ik denk aan mezelf van kant maken" and "ik denk
# steeds aan zelfmoord" already get.
_R51AL_THINK_OF_KILLING_NL = (r"\b(denk|dacht|denken)\s+(ik\s+)?(er\s+)?(\S+\s+){0,3}?aan\s+om\s+(mezelf|mijzelf|me|mij)\s+(\S+\s+)?(van\s+kant\s+te\s+maken|"
                              r"te\s+doden|dood\s+te\s+maken|op\s+te\s+hangen|te\s+vermoorden|iets\s+aan\s+te\s+doen|van\s+het\s+leven\s+te\s+beroven)\b")

# Going now to the rails, a bridge, the water with "this is the last time I write" (Dutch "ik ga nu naar de brug, dit is de laatste
# keer dat ik iets stuur"; Arabic script "رايح هلق عالجسر، هاي آخر مرة بكتبلكن", Arabizi; Tigrinya "ሕጂ ናብ ድልድል ክኸይድ እየ
# ናይ መወዳእታ ግዜ እየ ዝጽሕፍ"): the emergency answer, as round 50's going there with despair.
_R51AL_LAST_WRITE_NL = (r"\b(laatste\s+keer\s+dat\s+ik\s+(schrijf|iets\s+stuur|stuur|je\s+spreek|jullie\s+spreek|iets\s+zeg|app)|dit\s+is\s+(mijn|het)\s+"
                        r"laatste\s+(bericht|berichtje|appje|woord))\b")
_R51AL_LAST_WRITE_AR = (r"(?<!\S)(اخر\s+مره\s+(ب|رح\s+)?(كتب|كتبلك|كتبلكن|كتبلكم|احكي|حكي|بحكي|راسل)\S*|"
                        r"هاي\s+اخر\s+(رساله|مسج)|اخر\s+رساله\s+مني)(?!\S)")
_R51AL_LAST_WRITE_AZ = (r"\b((akher|a5er|2a5er|akhir)\s+marra\s+(bekteb|bektob|b2ktob|ba7ki|bekteblkon)\w*|"
                        r"hay\s+(akher|a5er|2a5er)\s+(risale|msg|message))\b")
_R51AL_LAST_WRITE_TI = r"(?<!\S)(ናይ\s+)?መወዳእታ\s+(ግዜ|ጊዜ|እዋን)\s+(እዩ\s+|እየ\s+)?(ዝጽሕፍ|ዝጽሕፈልኩም|እጽሕፍ|ዝጽሕፈልካ|ዝጽሕፈልኪ)(?!\S)"

# Pills saved up "together", hoarded (Dutch "ik heb de tabletten al bij elkaar gespaard", "ik spaar al weken slaappillen op"): the
# emergency answer, as "ik heb de tabletten gespaard" already gets. Not a holiday stock from the pharmacy.
_R51AL_PILLS_SAVED_NL = (r"\b(pillen|tabletten|medicijnen|slaappillen|oxazepam|paracetamol\w*|strips)\s+(\S+\s+){0,2}?(bij\s+elkaar\s+)?(gespaard|opgespaard|"
                         r"gehamsterd|verzameld)\b|\bspaar\s+(\S+\s+){0,3}?(pillen|tabletten|medicijnen|slaappillen)\s+op\b")
_R51AL_NOT_A_STOCK_NL = r"^(?!.*\b(vakantie|reis|apotheek|huisarts|dokter|voorraad\s+voor|terugbrengen|inleveren|weggooien)\b)"

# Better for them without me, they would be rid of me (Arabic script "حاسة إني حمل تقيل على ولادي، أحسن يرتاحوا مني", "أحسن
# لولادي بلايي", Arabizi; Tigrinya "ብዘይብኣይ ይሓይሾም", Latin): the emergency answer, as the Dutch "iedereen is beter af zonder
# mij" and the Arabic "ولادي احسن بدوني" already get.
_R51AL_BETTER_WITHOUT_AR = (r"(?<!\S)(احسن|احسنلهن|احسنلن|احسن\s+لهن|احسن\s+ل\S+)\s+(\S+\s+)?((ي|ت)?(رتاحو|يرتاحو|ترتاحو|يرتاحوا|ترتاحوا)\s+مني|بلايي|بلاي|"
                            r"من\s+دوني|بدوني|من\s+غيري|بلاياني)(?!\S)")
_R51AL_BETTER_WITHOUT_AZ = (r"\b(a7san|a7sanlon|a7sanlhon)\s+(\w+\s+)?((y|t)?(erta7u|erta7o|irta7u|rta7u)\s+menni|"
                            r"balayi|bala\s+ana|bdouni|bduni|men\s+douni)\b")
_R51AL_BETTER_WITHOUT_TI = (r"(?<!\S)(ብዘይብኣይ|ብዘይ\s+ኣነ|ኣነ\s+እንተ\s+ዘይሃለኹ|እንተዘይሃለኹ)\s+(\S+\s+)?(ይሓይሾም|ይሕሸሎም|ይሓይሸሎም|ይሓይሸኩም|ይሕሸኩም|ይሓይሸኪ|"
                            r"ይሓይሸካ|ይሓይሾ|ይሓይሻ)(?!\S)")
_R51AL_BETTER_WITHOUT_LA = r"\b(bzeybay|bzeyba2y|bzey\s+ane|entezeyhaleku)\s+(\w+\s+)?(yhayshom|yhshelom|yhayshelom|yhayshekum|yhshekum)\b"
_R51AL_NOT_AN_ERRAND_AR = r"^(?!.*(الموعد|موعد|السوق|الشغل|المدرسه|الكورس|سفر|مشوار|الزياره|الحفله|العزيمه))"

# "Why am I still alive", and "tomorrow I'll put an end to everything" (Arabic script "ليش لسا عايش؟ بكرا رح حط حد لكل شي",
# Arabizi): the emergency answer, as "بكرا رح حط حد لحياتي" already gets. Not an end put to a quarrel "with" someone.
_R51AL_END_TO_ALL_AR = r"(?<!\S)(رح|بدي|ح|راح|قررت)\s+(ا)?(حط|ضع|اضع|حطلها)\s+حد\s+(لكل\s+شي|لكلشي|لهالشي|لكل\s+هالشي|لهالعذاب|لهالقصه)(?!\S)"
_R51AL_END_TO_ALL_AZ = r"\b(ra7|baddi|bade|7a|2arrart)\s+(e|2)?(7ott|7ot|7e6)\s+7add\s+la\s*(kel\s+shi|kelshi|hal\s*shi|hal\s*3azab)\b"
_R51AL_WHY_ALIVE_AZ = r"\b(lesh|leish|laysh|leh)\s+(ana\s+)?(lessa|lissa|ba3dni|ba3edni)?\s*(3ayesh|3aysh|3ayshe|3ayse)\b"
_R51AL_NOT_A_QUARREL_AR = r"^(?!.*(مع\s+\S+|المشاكل|مشاكل|الخناق|الطلاق|العلاقه|الشغل|الديون\s+بالتقسيط))"
_R51AL_NOT_A_QUARREL_AZ = r"^(?!.*\b(ma3\s+\w+|mashakel|talla2|3ala2a|shoghl)\b)"

# Decided to end everything after the children are asleep, tonight (Arabic script "الديون كسروني وقررت انهي كل شي بعد ما
# يناموا الولاد", Arabizi; Tigrinya "ደቀይ ምስ ደቀሱ ኩሉ ከብቅዖ እየ", Latin): the emergency answer, as the Dutch "ik maak er een
# eind aan als de kinderen slapen" already gets. Not the housework, papers, a course to finish tonight.
_R51AL_END_ALL_AR = r"(?<!\S)(و\s*)?(قررت|رح|بدي|ح|راح)\s+(ا)?(نهي|خلص)\s+(كل\s+شي|كلشي|كل\s+هالشي|هالشي)(?!\S)"
_R51AL_KIDS_ASLEEP_AR = r"(?<!\S)(بعد\s+ما\s+(ينامو|يناموا|ينام|تنام|نامو|ناموا)(\s+ال\S+)?|لما\s+(ينامو|يناموا|ينام|تنام)|الليله|هالليله|هلق)(?!\S)"
_R51AL_NOT_HOUSEWORK_AR = (r"^(?!.*(الشغل|شغل|الوظيفه|الواجب|الدروس|الكورس|تنضيف|نضف|الجلي|الغسيل|الطبخ|الكوي|الاوراق|المعامله|المعاملات|الترتيب|رتب|"
                           r"الفواتير|الدين\s+كله\s+بالتقسيط|مسلسل))")
_R51AL_END_ALL_AZ = r"\b(2arrart|arrart|ra7|baddi|bade)\s+(e|2|a)?(nhi|anhi|2anhi|5alles|khalles)\s+(kel\s+shi|kelshi|hal\s*shi)\b"
_R51AL_KIDS_ASLEEP_AZ = r"\b(ba3d\s+ma\s+(ynamo|ynamu|tnam|ynam)|lamma\s+(ynamo|ynamu)|el\s*leile|hal\s*leile|hala2)\b"
_R51AL_NOT_HOUSEWORK_AZ = r"^(?!.*\b(shoghl|shghl|wazife|dars|kors|tan6if|tanzif|jali|ghasil|tab5|awra2|mosalsal)\b)"
_R51AL_KIDS_ASLEEP_TI = r"(?<!\S)(ደቀይ|ቆልዑ|ህጻናት)\s+(ምስ\s+ደቀሱ|ምስ\s+ዝድቅሱ|ድሕሪ\s+ምድቃሶም)(?!\S)"
_R51AL_END_ALL_TI = r"(?<!\S)ኩሉ\s+(ከብቅዖ|ክውድኦ|ክዛዝሞ|ከቋርጾ)\s+(እየ|ኢየ)(?!\S)"
_R51AL_NOT_HOUSEWORK_TI = r"^(?!.*(ስራሕ|ዕዮ|ትምህርቲ|ምጽራይ|ሕጽቦ|መግቢ|ወረቐት|ፎርም|ፊልም|ተኸታታሊ))"
_R51AL_KIDS_ASLEEP_LA = r"\b(dekey|qolu)\s+(ms\s+deqesu|ms\s+zdqsu)\b"
_R51AL_END_ALL_LA = r"\bkulu\s+(kebqeo|kebqo|kwdo|kzazmo)\s+(eye|iye)\b"

# --- idioms ----------------------------------------------------------------------------------------------------------

# (Each idiom below is kept whole only without a sign of danger in the message: "killing time at the station, the train comes
# and I jump" is not an idiom. The vetoes leave out "can't/won't anymore" said of a thing, which the idiom of a thing needs.)
_R51AL_VETO_NL = (r"(?!.*\b(dood\s+(wil|gaan|zijn)|wil\s+dood|sterven|mezelf|mijzelf|ophangen|strop|zelfmoord|einde\s+aan|eind\s+aan|slaat\s+(me|mij|ons)|"
                  r"pillen|bloed|politie|112|113|help|springen|spoor|ik\s+(wil|kan)\s+(echt\s+)?(niet|nie)\s+meer|afscheid\w*|vaarwel|leven\s+beeindigen)\b)")
_R51AL_VETO_AR = (r"(?!.*(انتحر|انتحار|بدي\s+موت|رح\s+موت\s+حالي|حالي|نفسي|رقبتي|اشنق|شنق|ما\s+عاد\s+فيني|سامحوني|وداعا|بيضربني|ضربني|دم|شرطه|بوليس|ساعدوني|"
                  r"اشرب|ابلع|\b(ento7er|baddi\s+mut|bade\s+mut|7ali|nafsi|shana2|sam7uni|wada3an|byedrobni|dam|help|police|eshrab|ebla3)\b))")
_R51AL_VETO_TI = (r"(?!.*(ኣይክእልን|ኣይከኣልኩን|ክሞት\s+ደልየ|ክመውት\s+ደልየ|ክጠፍእ|ነብሰይ|ርእሰይ|ክሓንቕ|ክሳደይ|ተስፋ\s+የብለይን|ይቕረታ|ደሓን\s+ኩኑ|ንሓዋሩ|ደም|ይወቕዓኒ|ይሃርመኒ|"
                  r"ፖሊስ|ሓግዙኒ|ክሰትዮ|ክውሕጦ|\b(aykielin|aykilin|aykealkun|kmot\s+delye|nebsey|rasey|khanq|tesfa|yqreta|nhawru|dem|police|help|ksetyo|kwhto)\b))")

# Killing time (Arabic script "عم موّت وقت لحد ما يجي الباص", Arabizi "3am mawwet wa2t"; Dutch "de tijd doden"; Tigrinya "ግዜ
# ንምቕታል", Latin): an idiom.
_R51AL_KILL_TIME_AR = r"(?<!\S)(عم\s+|ب|رح\s+|منشان\s+|لحتي\s+|ل)?(ا|ن)?(موت|اموت|نموت|قتل|اقتل|نقتل)\s+(ال)?(وقت|الوقت)(?!\S)"
_R51AL_KILL_TIME_AZ = (r"\b(3am\s+|b|ra7\s+|la\s*)?(e|2|n)?(mawet|mawwet|2atel|2attel|2otol|a2tol|2a2tol|"
                       r"n2otol)\s+(el\s*)?(wa2t|wa2et|wakt|wa8t|waqt)\b")
_R51AL_KILL_TIME_NL = (r"\b(de\s+)?tijd\s+(te\s+)?(doden|doodslaan|dood\s+slaan|dood\s+te\s+slaan|killen|"
                       r"te\s+killen)\b|\b(dood|doodsla|doodslaan)\s+(ik\s+)?de\s+tijd\b")
_R51AL_KILL_TIME_TI = r"(?<!\S)(ግዜ|ሰዓት)\s+(ንምቕታል|ክቐትል|ምቕታል|እቐትል)(?!\S)"
_R51AL_KILL_TIME_LA = r"\b(gize|gzie|seat)\s+(nmqtal|kqetl|kiqetl|mqtal|eqetl)\b"

# A deadline, an exam, the heat "will make me die" with the verb "to make die" (Arabizi "el deadline bkra ra7 ymawwetni", "el
# emti7an ra7 ymawwetni"; Arabic script "الامتحان رح يموتني"): an idiom, as round 48's "الامتحان رح يقتلني". Never a person.
_R51AL_TASK_AZ = (r"\b(deadline|dedline|el\s*emti7an|emti7an|el\s*fa7s|el\s*wazife|el\s*ta2rir|el\s*fatura|el\s*7ar|"
                  r"el\s*shob|el\s*shoghl|homework|exam)\b")
_R51AL_KILLS_ME_AZ = r"\b(ra7\s+|7a\s+|3am\s+|bi)?(y|t)(mawetni|mawwetni|mawtni)\b"
_R51AL_TASK_AR = r"(?<!\S)(الديدلاين|الددلاين|الامتحان|امتحان|الفحص|الوظيفه|الواجب|التقرير|الفاتوره|الشوب|الحر|الشغل|الاكزام)(?!\S)"
_R51AL_KILLS_ME_AR = r"(?<!\S)(رح\s+|ح\s+|عم\s+|راح\s+)?(ي|ت|بي|بت)(موتني)(?!\S)"

# A knife for the food: cutting it with the (big) knife, a bigger knife wanted for it (Arabic script "بدي قطّع البطيخة بالسكينة
# الكبيرة", "عم نضّف الجاجة للعزيمة وبدي سكين أكبر"; Arabizi; Tigrinya "ዓሳ ካብ ዕዳጋ ገዚአ ብካራ ኣጽርየዮ", Latin): an idiom of the
# kitchen, as round 50's "a knife to clean the fish"; only the words from the food to the knife are cut.
_R51AL_FOOD_AR = (r"(ال)?(بطيخه|بطيخ|جاجه|جاج|دجاجه|دجاج|سمك|سمكه|لحمه|خروف|خضره|خضار|بصل|بندوره|خبز|فواكه|اناناس|كوسا|باذنجان|ملفوف|قرعه|يقطين|"
                  r"كيكه|كاتو)")
_R51AL_KNIFE_FOR_FOOD_AR = (r"(?<!\S)" + _R51AL_FOOD_AR + r"(\s+\S+){0,4}?\s+(و?بدي\s+|عطيني\s+|جبلي\s+|ب|بال)?(سكين|سكينه)(\s+(ال)?(كبيره|كبير|اكبر|حاده|احد|"
                            r"صغيره))?(?!\S)")
_R51AL_FOOD_AZ = r"(el\s*)?(bati5|batikh|bati5a|jaj|jeje|djaj|samak|sama8|la7me|5aruf|5edra|khodra|basal|ba9al|banadura|khebz|5obz|kusa)"
_R51AL_KNIFE_FOR_FOOD_AZ = (r"\b" + _R51AL_FOOD_AZ + r"(\s+\w+){0,4}?\s+(baddi\s+|bade\s+|3a6ini\s+|b|bel\s*)(sekkine|sikkine|sekkin|sikkin)(\s+(el\s*)?(kbire|"
                            r"kbir|akbar|7adde|a7add))?\b")
_R51AL_FOOD_TI = r"(ዓሳ|ስጋ|ደርሆ|ዶርሆ|ሽጉርቲ|ኣሕምልቲ|ባኒ|ፍሩታ|ድንሽ|ኮሚደረ|ሓምሊ|ካሮት|ጎመን|ሓብሓብ|ኬክ)"
_R51AL_KNIFE_FOR_FOOD_TI = (r"(?<!\S)" + _R51AL_FOOD_TI + r"\S*(\s+\S+){0,4}?\s+(ብካራ|ብቢላዋ)\s+(ኣጽርየዮ|ኣጽርየያ|ኣጽርየ|ቖሪጸዮ|ቖሪጸያ|ቖሪጸ|ከጽርዮ|ክቖርጾ|"
                            r"ኣጽሪየዮ)(?!\S)")
_R51AL_FOOD_LA = r"(asa|sga|derho|dorho|shgurti|ahmlti|bani|frutha|dnsh|komidere|hamli|habhab)"
_R51AL_KNIFE_FOR_FOOD_LA = (r"\b" + _R51AL_FOOD_LA + r"(\s+\w+){0,4}?\s+(bkara|bbilawa)\s+(atsryeyo|axryeyo|atsrye|qoritseyo|qoritse|ketsryo|kqortso)\b")

# Dying of muscle ache (Dutch "ik ga dood van de spierpijn na het voetballen"); of laughter at a video, in the spelling ብስሕቕ
# (Tigrinya "ብቪድዮ ናይ ድሙ ብስሕቕ ክመውት ቀሪበ", Latin): an idiom, as "ik ga dood van de honger" and "ብሰሓቕ ክመውት ቀሪበ".
_R51AL_DIE_OF_ACHE_NL = r"\b(ik\s+)?(ga|gaan|ging)\s+(bijna\s+|echt\s+)?(dood|kapot)\s+van\s+(de\s+)?spierpijn\b"
_R51AL_DIE_OF_LAUGH_TI = r"(?<!\S)(ብስሕቕ|ካብ\s+ስሕቕ)\s+(ክመውት|ክሞት|ሞይተ)(\s+(ቀሪበ|ነይረ))?(?!\S)"
_R51AL_DIE_OF_LAUGH_LA = r"\b(bshaq|bshiq|bshq|bsihq)\s+(kmewt|kmot|moyte)(\s+(qeribe|keribe|neyre))?\b"

# Killed in a video game, said with the English loan (Dutch "hij heeft me weer gekilld", "ze killden ons"): an idiom.
_R51AL_KILLED_IN_GAME_NL = (r"\b(heeft|had|hebben|hadden)\s+((hij|ze|zij|die)\s+)?(me|mij|ons)\s+(weer\s+|alweer\s+|"
                            r"steeds\s+|meteen\s+)?(gekild|gekilled)\b|\b(killde|killden)\s+(me|mij|ons)\b")

# A thing that "won't any more", "it's over with my old car" (Dutch "het is afgelopen met mijn oude fiets", "hij wil niet meer
# starten"): an idiom; only the phrase is cut, so "ik wil niet meer" said of me stays.
_R51AL_THING_NL = (r"(auto|wagen|fiets|scooter|brommer|telefoon|mobiel|laptop|computer|pc|tablet|wasmachine|koelkast|vriezer|printer|tv|televisie|"
                   r"oven|magnetron|ketel|verwarming|batterij|accu|motor|stofzuiger|horloge)")
_R51AL_OVER_WITH_THING_NL = r"\bis\s+(het\s+)?afgelopen\s+met\s+(mijn|mn|de|onze|ons|die)\s+(oude\s+)?" + _R51AL_THING_NL + r"\b"
_R51AL_WONT_START_NL = (r"\b(hij|ze|het|" + _R51AL_THING_NL + r")\s+(wil|doet)\s+(het\s+)?"
                        r"(echt\s+)?(niet|nie)\s+meer\s+(starten|aan|opladen|draaien|rijden|branden|werken|aanslaan)\b")

# A threat to kill "you" if you don't come to a party (Tigrinya "ሰበይተይ ጽባሕ ዘይመጻእካ ክቐትለካ እየ ኢላትኒ 😂 ንበዓል ልደታ"; Dutch
# "als je niet op mijn verjaardag komt vermoord ik je"; Arabic script "إذا ما جيت على عيد ميلادي بقتلك"): an idiom.
_R51AL_PARTY_TI = r"(?<!\S)(ን|ናብ\s+)?(ልደት|ልደታ|ልደተይ|በዓል(?!\s+ቤት)|ሰርግ|መርዓ|ድግስ|ጽምብል)"
_R51AL_NO_WEAPON_TI = r"(?!.*(ካራ|ሽጉጥ|ብረት|ሒዙ|ሒዛ|kara|shgut))"
_R51AL_KILL_YOU_TI = r"(?<!\S)(ክቐትለካ|ክቐትለኪ|ክቐትለኩም|ክቐትለክን|እቐትለካ|እቐትለኪ)(\s+(እየ|እያ|ኢየ))?(?!\S)"
_R51AL_PARTY_NL = r"\b(verjaardag|verjaardagsfeest|bruiloft|housewarming|suikerfeest|offerfeest)\b"
_R51AL_KILL_YOU_NL = r"\b(vermoord|wurg)\s+(ik\s+)?(je|jou|jullie)\b"
_R51AL_PARTY_AR = r"(عيد\s+ميلاد\S*|العرس|عرسي|عرس\s+\S+|الحفله|حفلتي)"
_R51AL_KILL_YOU_AR = r"(?<!\S)(ب|رح\s+|ح\s+)(قتلك|اقتلك|دبحك|ادبحك|قتلكن|اقتلكن)(?!\S)"

# Where to buy poison for the mice, the cockroaches (Latin-script Tigrinya "ab geza anatsu alewu meqtali medhanit abey ygezea";
# Ge'ez; Dutch "er zitten muizen in huis, waar koop ik gif"; Arabic script "في فيران بالبيت، وين بشتري سم فيران", Arabizi): an
# idiom; a poison "not for the mice", for me, to drink, stays an alarm (the veto and its own fence).
_R51AL_PEST_LA = r"\b(anatsu|anchwa|anchewa|antsewa|anchwatat|tsatse|tsatsie|tkuan|qunchi|hasekha|kokorocha|tsntsya)\b"
_R51AL_POISON_WHERE_LA = r"\b(meqtali|mqtali|mexteli|meqteli|merzi)\s+(\w+\s+)?(abey|kabey)\s+(ygezea|ygeza|yrkeb|yshetu|ygzea)\b"
_R51AL_NOT_FOR_ME_LA = r"(?!.*\b(aykonen|aykonn|nay|ndey|ksety|kwht|setye|wuhite|nebsey)\b)"
_R51AL_PEST_TI = r"(ኣንጭዋ|ኣንጨዋ|ኣናጹ|ጻጽዕ|ጻጽዒ|ትኋን|ቁንጪ|ሓሰኻ|ኮኮሮቻ|ጽንጽያ)"
_R51AL_POISON_WHERE_TI = r"(?<!\S)(መቕተሊ|መርዚ)\s+(\S+\s+)?(ኣበይ|ካበይ)\s+(ይግዛእ|ይርከብ|ይሽየጥ|ክገዝእ|ክረክብ)(?!\S)"
_R51AL_NOT_FOR_ME_TI = r"(?!.*(ኣይኮነን|ንዓይ|ሰትየ|ክሰቲ|ክውሕጥ|ውሒጠ|ነብሰይ))"
_R51AL_PEST_NL = r"\b(muis|muizen|rat|ratten|kakkerlak\w*|mieren|wespen|bedwants\w*|ongedierte)\b"
_R51AL_POISON_WHERE_NL = (r"\bwaar\s+(koop|krijg|haal|vind)\s+(ik|je|men)\s+(\S+\s+)?(gif|muizengif|rattengif|"
                          r"mierengif|insecticide|bestrijdingsmiddel)\b")
_R51AL_NOT_FOR_ME_NL = r"(?!.*\b(niet\s+voor|niet\s+tegen|voor\s+mij|voor\s+mezelf|opdrinken|drinken|innemen|slikken|mezelf|dood\s+wil)\b)"
_R51AL_PEST_AR = r"(فيران|فار|جرذان|صراصير|صرصور|نمل|بق|حشرات)"
_R51AL_POISON_WHERE_AR = r"(?<!\S)(وين|من\s+وين|منين)\s+(ب|ف)?(شتري|اشتري|لاقي|بلاقي|بجيب|جيب)\s+(سم|مبيد)(?!\S)"
_R51AL_NOT_FOR_ME_AR = r"(?!.*(مو\s+لل|مش\s+لل|الي|لالي|لالي|لحالي|اشربه|اشرب|شربت|ابلعه|حالي|نفسي))"
_R51AL_PEST_AZ = r"\b(fi2ran|fe2ran|firan|sarasir|sarsur|naml|7asharat)\b"
_R51AL_POISON_WHERE_AZ = r"\b(wein|wen|mnein|mn\s+wein)\s+(b|f)?(eshtri|shtri|la2i|jib)\s+(sam|somm|mobid)\b"
_R51AL_NOT_FOR_ME_AZ = r"(?!.*\b(mo\s+lal|mesh\s+lal|ele|la2ili|eshrabo|shrebt|7ali|nafsi)\b)"

def _R51AL_whole(*parts: str, veto: str) -> str:
    """An idiom as a whole message: every part somewhere in it and no sign of danger anywhere (the veto scans once, from
    the start)."""
    return "^" + veto + "".join(f"(?=.*(?:{part}))" for part in parts) + ".*"


_ROUND51_IDIOMS_ALL: tuple[str, ...] = (
    # killing time (Arabic script, Arabizi, Dutch, Tigrinya Ge'ez and Latin)
    r"(?:" + _R51AL_KILL_TIME_AR + r")" + _R51AL_VETO_AR, r"(?:" + _R51AL_KILL_TIME_AZ + r")" + _R51AL_VETO_AR,
    r"(?:" + _R51AL_KILL_TIME_NL + r")" + _R51AL_VETO_NL, r"(?:" + _R51AL_KILL_TIME_TI + r")" + _R51AL_VETO_TI,
    r"(?:" + _R51AL_KILL_TIME_LA + r")" + _R51AL_VETO_TI,
    # a deadline, an exam "will make me die" (Arabizi, Arabic script)
    _R51AL_whole(_R51AL_TASK_AZ, _R51AL_KILLS_ME_AZ, veto=_R51AL_VETO_AR),
    _R51AL_whole(_R51AL_TASK_AR, _R51AL_KILLS_ME_AR, veto=_R51AL_VETO_AR),
    # a knife for the food (Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    r"(?:" + _R51AL_KNIFE_FOR_FOOD_AR + r")" + _R51AL_VETO_AR, r"(?:" + _R51AL_KNIFE_FOR_FOOD_AZ + r")" + _R51AL_VETO_AR,
    r"(?:" + _R51AL_KNIFE_FOR_FOOD_TI + r")" + _R51AL_VETO_TI, r"(?:" + _R51AL_KNIFE_FOR_FOOD_LA + r")" + _R51AL_VETO_TI,
    # dying of muscle ache (Dutch), of laughter (Tigrinya Ge'ez and Latin)
    r"(?:" + _R51AL_DIE_OF_ACHE_NL + r")" + _R51AL_VETO_NL, r"(?:" + _R51AL_DIE_OF_LAUGH_TI + r")" + _R51AL_VETO_TI,
    r"(?:" + _R51AL_DIE_OF_LAUGH_LA + r")" + _R51AL_VETO_TI,
    # killed in a video game (Dutch)
    r"(?:" + _R51AL_KILLED_IN_GAME_NL + r")" + _R51AL_VETO_NL,
    # a thing that "won't any more" (Dutch)
    r"(?:" + _R51AL_OVER_WITH_THING_NL + r")" + _R51AL_VETO_NL, r"(?:" + _R51AL_WONT_START_NL + r")" + _R51AL_VETO_NL,
    # a threat to kill "you" if you don't come to a party (Tigrinya, Dutch, Arabic script)
    _R51AL_whole(_R51AL_PARTY_TI, _R51AL_KILL_YOU_TI, veto=_R51AL_VETO_TI + _R51AL_NO_WEAPON_TI),
    _R51AL_whole(_R51AL_PARTY_NL, _R51AL_KILL_YOU_NL, veto=_R51AL_VETO_NL),
    _R51AL_whole(_R51AL_PARTY_AR, _R51AL_KILL_YOU_AR, veto=_R51AL_VETO_AR),
    # where to buy poison for pests (Tigrinya Latin and Ge'ez, Dutch, Arabic script, Arabizi)
    _R51AL_whole(_R51AL_PEST_LA, _R51AL_POISON_WHERE_LA, veto=_R51AL_VETO_TI + _R51AL_NOT_FOR_ME_LA),
    _R51AL_whole(_R51AL_PEST_TI, _R51AL_POISON_WHERE_TI, veto=_R51AL_VETO_TI + _R51AL_NOT_FOR_ME_TI),
    _R51AL_whole(_R51AL_PEST_NL, _R51AL_POISON_WHERE_NL, veto=_R51AL_VETO_NL + _R51AL_NOT_FOR_ME_NL),
    _R51AL_whole(_R51AL_PEST_AR, _R51AL_POISON_WHERE_AR, veto=_R51AL_VETO_AR + _R51AL_NOT_FOR_ME_AR),
    _R51AL_whole(_R51AL_PEST_AZ, _R51AL_POISON_WHERE_AZ, veto=_R51AL_VETO_AR + _R51AL_NOT_FOR_ME_AZ),
)
_ROUND51_CRISIS_ALL: tuple[str, ...] = (
    # waiting for the train, not to board it (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R51AL_NOT_A_STRIKE_NL + _both(_R51AL_TRAIN_NL, _R51AL_NOT_BOARD_NL)[1:],
    _R51AL_NOT_A_STRIKE_AR + _both(_R51AL_TRAIN_AR, _R51AL_NOT_BOARD_AR)[1:],
    _R51AL_NOT_A_STRIKE_AZ + _both(_R51AL_TRAIN_AZ, _R51AL_NOT_BOARD_AZ)[1:],
    _R51AL_NOT_A_STRIKE_TI + _both(_R51AL_TRAIN_TI, _R51AL_NOT_BOARD_TI)[1:],
    _R51AL_NOT_A_STRIKE_LA + _both(_R51AL_TRAIN_LA, _R51AL_NOT_BOARD_LA)[1:],
    # a means thought of, or nobody would grieve, and "today I do it" (all scripts)
    _R51AL_NOT_A_TEST_NL + _both(r"(?:" + _R51AL_THINK_MEANS_NL + r")|(?:" + _R51AL_NOBODY_GRIEVES_NL + r")", _R51AL_TODAY_DO_IT_NL)[1:],
    _R51AL_NOT_A_TEST_AR + _both(r"(?:" + _R51AL_THINK_MEANS_AR + r")|(?:" + _R51AL_NOBODY_GRIEVES_AR + r")", _R51AL_TODAY_DO_IT_AR)[1:],
    _R51AL_NOT_A_TEST_AZ + _both(r"(?:" + _R51AL_THINK_MEANS_AZ + r")|(?:" + _R51AL_NOBODY_GRIEVES_AZ + r")", _R51AL_TODAY_DO_IT_AZ)[1:],
    _R51AL_NOT_A_TEST_TI + _both(r"(?:" + _R51AL_THINK_MEANS_TI + r")|(?:" + _R51AL_NOBODY_GRIEVES_TI + r")", _R51AL_TODAY_DO_IT_TI)[1:],
    _R51AL_NOT_A_TEST_LA + _both(r"(?:" + _R51AL_THINK_MEANS_LA + r")|(?:" + _R51AL_NOBODY_GRIEVES_LA + r")", _R51AL_TODAY_DO_IT_LA)[1:],
    # water cold or deep enough and "I go in"; in the water and not coming back (all scripts)
    _R51AL_NOT_A_SWIM_NL + _both(_R51AL_WATER_ENOUGH_NL, _R51AL_GO_IN_NL)[1:],
    _R51AL_NOT_A_SWIM_AR + _both(_R51AL_IN_WATER_AR, _R51AL_NOT_BACK_AR)[1:],
    _R51AL_NOT_A_SWIM_AZ + _both(_R51AL_IN_WATER_AZ, _R51AL_NOT_BACK_AZ)[1:],
    _R51AL_NOT_A_SWIM_TI + _both(_R51AL_IN_WATER_TI, _R51AL_NOT_BACK_TI)[1:],
    _R51AL_NOT_A_SWIM_LA + _both(_R51AL_IN_WATER_LA, _R51AL_NOT_BACK_LA)[1:],
    # a plan and the day set (all scripts)
    _R51AL_NOT_AN_EVENT_AR + r".*?(?:" + _R51AL_PLAN_DAY_AR + r")",
    _R51AL_NOT_AN_EVENT_AZ + r".*?(?:" + _R51AL_PLAN_DAY_AZ + r")",
    _R51AL_NOT_AN_EVENT_NL + r".*?(?:" + _R51AL_PLAN_DAY_NL + r")",
    _R51AL_NOT_AN_EVENT_TI + r".*?(?:" + _R51AL_PLAN_DAY_TI + r")",
    _R51AL_NOT_AN_EVENT_LA + r".*?(?:" + _R51AL_PLAN_DAY_LA + r")",
    # my child beaten now (Latin-script Tigrinya, Arabizi)
    _R51AL_NOT_A_GAME_LA + _both(_R51AL_BEATEN_LA, _R51AL_NOW_LA)[1:],
    _R51AL_NOT_A_GAME_AZ + _both(_R51AL_BEATEN_AZ, _R51AL_NOW_AZ)[1:],
    # throwing myself before the train (Arabizi); someone else wants to kill himself (Arabizi)
    _R51AL_BEFORE_TRAIN_AZ,
    _R51AL_NOT_A_STORY_AZ + r".*?(?:" + _R51AL_OTHER_SUICIDE_AZ + r")",
    # the knife already in my hand now (Dutch, Latin-script Tigrinya, Arabic script, Arabizi)
    _R51AL_NOT_COOKING_NL + r".*?(?:" + _R51AL_KNIFE_IN_HAND_NL + r")",
    _R51AL_NOT_COOKING_LA + r".*?(?:" + _R51AL_KNIFE_IN_HAND_LA + r")",
    _R51AL_NOT_COOKING_AR + r".*?(?:" + _R51AL_KNIFE_IN_HAND_AR + r")",
    _R51AL_NOT_COOKING_AZ + r".*?(?:" + _R51AL_KNIFE_IN_HAND_AZ + r")",
    # someone with a knife who threatens, chases me (all scripts)
    _R51AL_NOT_A_COOK_NL + _both(_R51AL_KNIFE_THREAT_NL, _R51AL_THREATENS_NL)[1:],
    _R51AL_NOT_A_COOK_AR + r".*?(?:" + _R51AL_CHASES_KNIFE_AR + r")",
    _R51AL_NOT_A_COOK_AZ + r".*?(?:" + _R51AL_CHASES_KNIFE_AZ + r")",
    _R51AL_NOT_A_COOK_TI + r".*?(?:" + _R51AL_CHASES_KNIFE_TI + r")",
    _R51AL_NOT_A_COOK_TI + r".*?(?:" + _R51AL_CHASES_KNIFE_LA + r")",
    # driving the car into a tree, a wall (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R51AL_NOT_AFTER_NL + r".*?(?:" + _R51AL_CRASH_CAR_NL + r")",
    _R51AL_NOT_AFTER_AR + r".*?(?:" + _R51AL_CRASH_CAR_AR + r")",
    _R51AL_NOT_AFTER_AR + r".*?(?:" + _R51AL_CRASH_CAR_AZ + r")",
    _R51AL_NOT_AFTER_TI + r".*?(?:" + _R51AL_CRASH_CAR_TI + r")",
    _R51AL_NOT_AFTER_TI + r".*?(?:" + _R51AL_CRASH_CAR_LA + r")",
    # the river, the train "is the solution" (all scripts)
    _R51AL_NOT_A_COMMUTE_NL + r".*?(?:" + _R51AL_MEANS_SOLUTION_NL + r")",
    _R51AL_NOT_A_COMMUTE_AR + r".*?(?:" + _R51AL_MEANS_SOLUTION_AR + r")",
    _R51AL_NOT_A_COMMUTE_AZ + r".*?(?:" + _R51AL_MEANS_SOLUTION_AZ + r")",
    _R51AL_NOT_A_COMMUTE_TI + r".*?(?:" + _R51AL_MEANS_SOLUTION_TI + r")",
    _R51AL_NOT_A_COMMUTE_TI + r".*?(?:" + _R51AL_MEANS_SOLUTION_LA + r")",
    # nights awake thinking how I'll do it; planning how to die (all scripts)
    _R51AL_NOT_A_TASK_NL + _both(_R51AL_NIGHTS_AWAKE_NL, _R51AL_HOW_DO_IT_NL)[1:],
    _R51AL_PLAN_HOW_DIE_AR, _R51AL_PLAN_HOW_DIE_AZ, _R51AL_PLAN_HOW_DIE_TI, _R51AL_PLAN_HOW_DIE_LA,
    # Maghrebi "I want to die" (Arabic script, Arabizi)
    _R51AL_WANT_DIE_MA, _R51AL_WANT_DIE_MA_AZ,
    # all the medicine laid out before me (Arabic script, Arabizi, Dutch, Tigrinya Ge'ez and Latin)
    _R51AL_NOT_A_BOX_AR + r".*?(?:" + _R51AL_MEDS_LAID_AR + r")",
    _R51AL_NOT_A_BOX_AZ + r".*?(?:" + _R51AL_MEDS_LAID_AZ + r")",
    _R51AL_NOT_A_BOX_NL + r".*?(?:" + _R51AL_MEDS_LAID_NL + r")",
    _R51AL_NOT_A_BOX_TI + r".*?(?:" + _R51AL_MEDS_LAID_TI + r")",
    _R51AL_NOT_A_BOX_LA + r".*?(?:" + _R51AL_MEDS_LAID_LA + r")",
    # medicine named and "I'll take it all" (all scripts)
    _R51AL_NOT_A_COURSE_AR + _both(_R51AL_MEDS_AR, _R51AL_DRINK_ALL_AR)[1:],
    _R51AL_NOT_A_COURSE_AZ + _both(_R51AL_MEDS_AZ, _R51AL_DRINK_ALL_AZ)[1:],
    _R51AL_NOT_A_COURSE_TI + _both(_R51AL_MEDS_TI, _R51AL_TAKE_ALL_TI)[1:],
    _R51AL_NOT_A_COURSE_LA + _both(_R51AL_MEDS_LA, _R51AL_TAKE_ALL_LA)[1:],
    _R51AL_NOT_A_COURSE_NL + _both(_R51AL_MEDS_NL, _R51AL_TAKE_ALL_NL)[1:],
    # on a high floor and wanting to jump (Tigrinya Ge'ez and Latin)
    _R51AL_NOT_A_JUMP_TI + _both(_R51AL_HIGH_UP_TI, _R51AL_WANT_JUMP_TI)[1:],
    _R51AL_NOT_A_JUMP_LA + _both(_R51AL_HIGH_UP_LA, _R51AL_WANT_JUMP_LA)[1:],
    # "don't wait for me" with the rails, the water or "I'll pass away" (all scripts)
    _R51AL_NOT_LATE_TI + _both(_R51AL_DONT_WAIT_TI, _R51AL_GOING_END_TI)[1:],
    _R51AL_NOT_LATE_LA + _both(_R51AL_DONT_WAIT_LA, _R51AL_GOING_END_LA)[1:],
    _R51AL_NOT_LATE_NL + _both(_R51AL_DONT_WAIT_NL, _R51AL_GOING_END_NL)[1:],
    _R51AL_NOT_LATE_AR + _both(_R51AL_DONT_WAIT_AR, _R51AL_GOING_END_AR)[1:],
    _R51AL_NOT_LATE_AZ + _both(_R51AL_DONT_WAIT_AZ, _R51AL_GOING_END_AZ)[1:],
    # "forgive me, all of you" written, and no answer now (Tigrinya Ge'ez and Latin)
    _R51AL_NOT_LATE2_TI + _both(_R51AL_SORRY_ALL_TI, _R51AL_WROTE_TI, _R51AL_NO_ANSWER_TI)[1:],
    _R51AL_NOT_LATE2_LA + _both(_R51AL_SORRY_ALL_LA, _R51AL_WROTE_LA, _R51AL_NO_ANSWER_LA)[1:],
    # a baby alone at home for hours (all scripts)
    _both(_R51AL_BABY_TI, _R51AL_ALONE_TI, _R51AL_HOURS_CRYING_TI),
    _both(_R51AL_BABY_LA, _R51AL_ALONE_LA, _R51AL_HOURS_CRYING_LA),
    _R51AL_NOT_ASLEEP_NL + _both(_R51AL_BABY_NL, _R51AL_ALONE_NL, _R51AL_HOURS_CRYING_NL)[1:],
    _R51AL_NOT_ASLEEP_AR + _both(_R51AL_BABY_AR, _R51AL_ALONE_AR, _R51AL_HOURS_CRYING_AR)[1:],
    _R51AL_NOT_ASLEEP_AZ + _both(_R51AL_BABY_AZ, _R51AL_ALONE_AZ, _R51AL_HOURS_CRYING_AZ)[1:],
    # burning myself on purpose (all scripts)
    _R51AL_NOT_A_PAN_NL + r".*?(?:" + _R51AL_BURNT_SELF_NL + r")",
    _R51AL_NOT_A_PAN_AR + r".*?(?:" + _R51AL_BURNT_SELF_AR + r")",
    _R51AL_NOT_A_PAN_AR + r".*?(?:" + _R51AL_BURNT_SELF_AZ + r")",
    _R51AL_NOT_A_PAN_TI + r".*?(?:" + _R51AL_BURNT_SELF_TI + r")",
    _R51AL_NOT_A_PAN_TI + r".*?(?:" + _R51AL_BURNT_SELF_LA + r")",
    # "when I'm gone" with my things handed over; "tomorrow I won't be here, thanks for all this time" (all scripts)
    _R51AL_NOT_AWAY_NL + _both(_R51AL_WHEN_GONE_NL, _R51AL_HAND_OVER_NL)[1:],
    _R51AL_NOT_AWAY_AR + _both(_R51AL_TOMORROW_GONE_AR, _R51AL_THANKS_ALL_AR)[1:],
    _R51AL_NOT_AWAY_AZ + _both(_R51AL_TOMORROW_GONE_AZ, _R51AL_THANKS_ALL_AZ)[1:],
    _R51AL_NOT_AWAY_TI + _both(_R51AL_WHEN_GONE_TI, _R51AL_HAND_OVER_TI)[1:],
    _R51AL_NOT_AWAY_LA + _both(_R51AL_WHEN_GONE_LA, _R51AL_HAND_OVER_LA)[1:],
    # thinking all the time "of making myself away" (Dutch)
    _R51AL_THINK_OF_KILLING_NL,
    # going now to the rails, a bridge with "the last time I write" (Dutch, Arabic script, Arabizi, Tigrinya)
    _R51AL_NOT_A_RIDE_NL + _both(_R51AL_GO_PLACE_NL, _R51AL_LAST_WRITE_NL)[1:],
    _R51AL_NOT_A_RIDE_AR + _both(_R51AL_GO_PLACE_AR, _R51AL_LAST_WRITE_AR)[1:],
    _R51AL_NOT_A_RIDE_AZ + _both(_R51AL_GO_PLACE_AZ, _R51AL_LAST_WRITE_AZ)[1:],
    _R51AL_NOT_A_RIDE_TI + _both(_R51AL_GO_PLACE_TI, _R51AL_LAST_WRITE_TI)[1:],
    # pills saved up together (Dutch)
    _R51AL_NOT_A_STOCK_NL + r".*?(?:" + _R51AL_PILLS_SAVED_NL + r")",
    # better for them without me (Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R51AL_NOT_AN_ERRAND_AR + r".*?(?:" + _R51AL_BETTER_WITHOUT_AR + r")",
    _R51AL_BETTER_WITHOUT_AZ, _R51AL_BETTER_WITHOUT_TI, _R51AL_BETTER_WITHOUT_LA,
    # "why am I alive" or despair, and an end put to everything (Arabic script, Arabizi)
    _R51AL_NOT_A_QUARREL_AR + _both(_R51AL_WHY_ALIVE_AR, _R51AL_END_TO_ALL_AR)[1:],
    _R51AL_NOT_A_QUARREL_AZ + _both(_R51AL_WHY_ALIVE_AZ, _R51AL_END_TO_ALL_AZ)[1:],
    # decided to end everything after the children are asleep, tonight (Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R51AL_NOT_HOUSEWORK_AR + _both(_R51AL_END_ALL_AR, _R51AL_KIDS_ASLEEP_AR)[1:],
    _R51AL_NOT_HOUSEWORK_AZ + _both(_R51AL_END_ALL_AZ, _R51AL_KIDS_ASLEEP_AZ)[1:],
    _R51AL_NOT_HOUSEWORK_TI + _both(_R51AL_KIDS_ASLEEP_TI, _R51AL_END_ALL_TI)[1:],
    _R51AL_NOT_HOUSEWORK_TI + _both(_R51AL_KIDS_ASLEEP_LA, _R51AL_END_ALL_LA)[1:],
    # throwing chairs at home with someone crying, "come quickly" (Dutch, Arabic script, Arabizi)
    _R51AL_NOT_A_TOY_NL + _both(_R51AL_THROWS_NL, _R51AL_URGENT_NL)[1:],
    _R51AL_NOT_A_TOY_AR + _both(_R51AL_THROWS_AR, _R51AL_URGENT_AR)[1:],
    _R51AL_NOT_A_TOY_AZ + _both(_R51AL_THROWS_AZ, _R51AL_URGENT_AZ)[1:],
)
_ROUND51_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 51, all languages: end)

# (round 51, the lead: start)
# The one emergency answer to an ordinary line of NLU b41 (development data since round 51), cut as an idiom by kind.
# NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R51LD_.)
# "No peace at home, but there is no danger" with "but" inside (Tigrinya "ኣብ ገዛ ሰላም የለን ሓደጋ ግን የለን", b41): round 50's
# _R50LD_NO_DANGER_NO_PEACE_TI read only "ሓደጋ የለን"; strife at home with the danger denied, never next to a blow, a
# threat, a knife, the police or death.
_R51LD_NO_DANGER_BUT_TI = (r"^(?=.*(?<!\S)ሓደጋ\s+(ግን|ድማ|ዋላ)\s+(የለን|የብልናን|የብለይን)(?!\S))(?!.*" + _R51LD_BLOWS_TI + r").*?"
                           r"ኣብ\s+ገዛ\s+ሰላም\s+(የለን|የብልናን)(?!\S)")
# How many children I have, as a whole message (Dutch "ik heb 3 kinderen", "ik heb 4 kinderen en een man", "ik heb een
# dochter van 5"): the classifier, trained on many crisis lines about "mijn kinderen" and "mijn man", gave 6 of 16
# family statements the lead wrote as probes the gentle question (0.72 for "ik heb 3 kinderen"). Training phrasings of
# the kind as negatives fixed them but moved 20 development crisis lines about children from the emergency answer to the
# gentle question, so this is a rule: the whole message and nothing else (matching view: doubled letters squeezed).
_R51LD_NUMBER_NL = r"(\d{1,2}|en|twe|drie|vier|vijf|zes|zeven|acht|negen|tien)"
_R51LD_CHILDREN_NL = r"(kinderen|kindjes|kids|kind|zonen|zoon|zoontje|dochters|dochter|dochtertje|jongens|meisjes)"
_R51LD_PARTNER_NL = r"(en|mijn|m?n)\s+(man|vrouw|hond|kat)"
_R51LD_FAMILY_SIZE_NL = (r"^(ik|wij|we|mijn\s+(zus|broer|buurvrouw|buurman|vriendin))\s+(heb|hebben|heeft)\s+(ook\s+)?"
                         r"(" + _R51LD_PARTNER_NL + r"\s+en\s+)?" + _R51LD_NUMBER_NL + r"\s+" + _R51LD_CHILDREN_NL
                         + r"(\s+van\s+" + _R51LD_NUMBER_NL + r"(\s+(jar|maanden))?)?(\s+en\s+" + _R51LD_PARTNER_NL + r")?$")
# Dying of hunger in Latin-script Tigrinya with the spellings people type for ጥሜት ("btmeta", "bjmeta", "bTmet": round 18's
# idiom read only "btmet"): with nlu/round37 as the classifier's negatives, "bjmeta kmut eye zeleku 🍝" (batch 51) got the
# gentle question, and the lead's probe "btmeta kmewt iye hji" the emergency answer. Never next to pills, a rope, the
# rails or "I want to die".
_R51LD_HUNGER_LA = (r"^(?!.*\b(kenina|kinina|medhanit|gemed|babur|hadid|dildil|mot\s+delye|kmewt\s+delye|kmut\s+delye|"
                    r"kmot\s+delye|nebsey|rese|resey)\b).*?"
                    r"\bb(tmeta|tmet|jmeta|jmet|tmiet|tmieta|tmeet|tmeeta)\s+(\w+\s+)?(k?i?(mewt|mut|mot|mwt)|moyte|emewt)\b")
_ROUND51_IDIOMS_LEAD: tuple[str, ...] = (_R51LD_NO_DANGER_BUT_TI, _R51LD_FAMILY_SIZE_NL, _R51LD_HUNGER_LA)
# "Soon I am really gone" with "nobody sees me" (Dutch, batch 34's "ik ben een spook, niemand ziet me, en binnenkort ben ik
# echt weg"): a farewell; the classifier alone carried it at its edge, and this round's idiom moved it to 0.94. Never
# with a trip, a move, a holiday or a course.
_R51LD_SOON_GONE_NL = (r"^(?=.*\b(niemand\s+(ziet|mist|hoort|merkt)\s+(me|mij)|een\s+spook|onzichtbaar|niemand\s+zal\s+(me|mij)\s+missen)\b)"
                       r"(?!.*\b(vakantie|reis|verhuis\w*|verhuiz\w*|op\s+reis|naar\s+(het\s+)?buitenland|cursus|stage|werk)\b).*?"
                       r"\b(binnenkort|straks|snel|bijna)\s+ben\s+ik\s+(echt\s+|voorgoed\s+|er\s+)?(weg|niet\s+meer|verdwenen)\b")
# Five development crisis lines that nlu/round37 (the classifier's negatives) moved down a level, by kind (the classifier
# had carried them alone at its edge, 0.95 and 0.60):
# Someone came into the house with a gun and threatens us, in Latin-script Tigrinya ("seb ab geza atyu bshgut yfrarhena
# alo", batch 51: "bshgut" is read ብሽጉት, and Ge'ez rules name a family member); Ge'ez with anyone. Dutch and Arabic
# already had it.
_R51LD_GUN_LA = r"\b(b?(shgut|shgutn|shigut|shegut|pistol|tebenja|kara)|bkara)\b"
_R51LD_THREATENS_LA = r"\b(yfrarh\w*|yferarh\w*|yfererh\w*|yfrarhe\w*|yfarrh\w*|yhadd\w*)\b"
_R51LD_HOUSE_LA = r"\b(ab\s+geza\w*|gezana|gezay|nab\s+geza\w*|atyu|atiyu|atyom|atiyom)\b"
_R51LD_GUN_TI = r"(ሽጉጥ|ሽጉት|ጠበንጃ|ካራ)"
_R51LD_THREATENS_TI = r"(የፈራርሃ|ይፈራርሃ|ይፍራርሐ|የፈራርሐ|ይፈራርሐ|ይፍራርሃ|የፈራርሕ|ይፈራርሕ)"
_R51LD_HOUSE_TI = r"(ኣብ\s+ገዛ|ገዛና|ገዛይ|ናብ\s+ገዛ|ኣትዩ|ኣትዮም)"
_R51LD_NOT_A_FILM_LA = r"^(?!.*\b(film|filmi|series|seriyal|game|geym|play|tsewta)\b)"
_R51LD_NOT_A_FILM_TI = r"^(?!.*(ፊልም|ተኸታታሊ|ጸወታ|ጌም))"
# Days without food and the children crying of hunger (Arabic script "صرلنا ٣ أيام ما أكلنا شي، الولاد عم يبكوا من الجوع",
# batch 51; Arabizi; Tigrinya in both scripts): the emergency answer, as Dutch had it. Hunger alone, or a child who cries
# because dinner is late, is not this kind: it needs days or no food in the house.
_R51LD_KIDS_AR = r"(الولاد|ولادي|اولادي|الاولاد|اطفالي|الاطفال|البنات|بناتي|ابني|بنتي|الصغار|ولدي)"
_R51LD_CRY_HUNGER_AR = r"(عم\s+)?(يبكوا|يبكو|بيبكوا|بيبكو|تبكي|بتبكي|يبكي|بيبكي|يعيطوا|بيعيطوا|يصرخوا)\s+(من|م)\s*(ال)?جوع"
_R51LD_NO_FOOD_AR = (r"(ايام|يومين|[٢-٩]\s*ايام|[2-9]\s*ايام|ما\s+(اكلنا|اكلوا|اكلو|كلنا|في\s+اكل)|ما\s+عنا\s+(اكل|شي\s+ناكل)|"
                     r"ولا\s+لقمه|ما\s+ضل\s+(اكل|شي))")
_R51LD_KIDS_AZ = r"\b(el\s*wlad|wladi|awladi|el\s*atfal|atfali|ebni|binti|el\s*zghar|wlade)\b"
_R51LD_CRY_HUNGER_AZ = r"\b(3am\s+)?(yebku|yibku|bibku|bi?yebku|tebki|yebki|y3ayto|bi3ayto)\s+(mn|min|men|m)\s*(el\s*)?(jou3|jo3|joo3|jw3)\b"
_R51LD_NO_FOOD_AZ = r"\b(iyyam|iyam|ayyam|yomen|yomeen|ma\s+(akalna|kalna|akalo|fi\s+akl)|ma\s+3anna\s+akl|wala\s+lo2me)\b"
_R51LD_KIDS_TI = r"(ቆልዑ|ደቀይ|ህጻናት|ደቅና|ቆልዓ)"
_R51LD_CRY_HUNGER_TI = r"ብጥሜት\s+(\S+\s+)?(ይበኽዩ|ይበኪዩ|ይበኹ|ትበኪ|ይበኪ|ይበኽያ)"
_R51LD_NO_FOOD_TI = r"(መዓልቲ|መዓልትታት|ኣይበላዕናን|ኣይበልዑን|መግቢ\s+የለን|መግቢ\s+የብልናን|ዝብላዕ\s+የለን)"
_R51LD_KIDS_LA = r"\b(qolu|qolua|dekey|dekna|htsanat)\b"
_R51LD_CRY_HUNGER_LA = r"\bb(tmet|tmeta|jmet|tmiet)\s+(\w+\s+)?(ybekyu|ybekiyu|ybeku|tbeki|ybeki)\b"
_R51LD_NO_FOOD_LA = r"\b(mealti|mealtitat|aybelaenan|aybelaenan|aybeluen|megbi\s+yelen|megbi\s+yebnan|zblae\s+yelen)\b"
# Asking or praying God every night to take me (Dutch "Ik vraag God elke nacht om mij te halen", with "I decided to give Him
# a hand", batch 51; Tigrinya "ኣምላኽ ክወስደኒ ኩሉ ለይቲ እጽሊ ኣለኹ፣ ንምንታይ ዘይወስደኒ"): a death wish said every night, the
# emergency answer (Arabic script and Arabizi already had it). Not "God take my sorrows", not a prayer for the dead.
_R51LD_ASK_GOD_NL = (r"\b(vraag|bid|smeek|vroeg|bad|smeekte)\s+(ik\s+)?(\S+\s+){0,3}?(tot\s+)?(god|allah|de\s+heer|de\s+here)\s+"
                     r"(\S+\s+){0,4}?(om\s+)?(mij|me)\s+(\S+\s+)?(te\s+halen|te\s+nemen|op\s+te\s+halen|komt\s+halen|komt\s+nemen|haalt|neemt|"
                     r"te\s+laten\s+sterven|laat\s+sterven|dood\s+te\s+laten\s+gaan)\b")
_R51LD_EVERY_NIGHT_NL = (r"\b(elke|iedere|al\s+weken\s+elke)\s+(nacht|avond|dag|ochtend)\b|\belke\s+keer\b|\bsteeds\s+weer\b|"
                         r"\b(handje|handa?je)\s+(te\s+)?helpen\b|\bbesloten\b")
_R51LD_NOT_A_LOSS_NL = r"^(?!.*\b(verdriet|zorgen|pijn\s+weg|ziekte\s+weg|overleden\w*|ziel\s+van|moge\s+hij|moge\s+zij|rust\s+in\s+vrede)\b)"
_R51LD_ASK_GOD_TI = r"ኣምላኽ\S*\s+(\S+\s+)?(ክወስደኒ|ክወስደኒ\S*|ይውሰደኒ|ከይወስደኒ)"
_R51LD_EVERY_NIGHT_TI = r"(ኩሉ\s+(ለይቲ|ምሸት|መዓልቲ)|ለይቲ\s+ለይቲ|ንምንታይ\s+(ዘይወስደኒ|ኣይወሰደንን))"
_R51LD_ASK_GOD_LA = r"\bamlak\w*\s+(\w+\s+)?(kwesdeni|kiwesdeni|ywsedeni|yiwsedeni)\b"
_R51LD_EVERY_NIGHT_LA = r"\b(kulu\s+(leyti|mshet|mealti)|leyti\s+leyti|nmntay\s+(zeywesdeni|aywesedenin))\b"
_R51LD_NOT_A_LOSS_TI = r"^(?!.*(ሓዘነይ|ሕማመይ|ቃንዛይ|ነፍሲ\s+ሄር|ዝሞተ|ዝሞተት|የዕርፎ|የዕርፋ))"
# My child gone from home for days with men who make him sell drugs, and they threaten him (Dutch "mijn zoon is al 3
# dagen niet thuis, hij is bij mannen die hem drugs laten verkopen en ze bedreigen hem", batch 51; Tigrinya in both
# scripts): the emergency answer (Arabic script and Arabizi already had it). A school talk about drugs is not this kind.
_R51LD_CHILD_NL = r"\b(zoon|zoontje|dochter|kind|jongen|meisje|neefje|broertje|zusje)\b"
_R51LD_DRUGS_NL = r"\b(drugs|dealen|dealer\w*|criminelen|crimineel|bende|drugsrunner|koerier|wiet|coke|cocaine)\b"
_R51LD_THREATENED_NL = r"\b(bedreig\w*|dreig\w*|slaan\s+hem|slaan\s+haar|pijn\s+doen|in\s+gevaar|ontvoerd)\b"
_R51LD_NOT_A_LESSON_NL = r"^(?!.*\b(les|lessen|school\s+(vertelt|geeft)|voorlichting|film|serie|documentaire|boek|spreekbeurt)\b)"
_R51LD_CHILD_TI = r"(ወደይ|ጓለይ|ውላደይ|ቆልዓይ|ሓወይ\s+ንእሽቶ)"
_R51LD_DRUGS_TI = r"(ዕጸ\s+ፋርስ|ድራግ|ድራግስ|ሓሽሽ|ሓሺሽ|ኮካ|ገበነኛታት|ገበነኛ)"
_R51LD_THREATENED_TI = r"(የፈራርሕዎ|ይፈራርሕዎ|የፈራርሕዋ|ይፈራርሕዋ|ይወቕዕዎ|ይወቕዕዋ|ኣብ\s+ሓደጋ)"
_R51LD_CHILD_LA = r"\b(wedey|gualey|gwaley|wuladey|qolaey)\b"
_R51LD_DRUGS_LA = r"\b(drugs|drug|hashish|hshish|koka|gebenegnatat|gebenegna)\b"
_R51LD_THREATENED_LA = r"\b(yfrarhwo|yferarhwo|yfrarhwa|ywqewo|ywqeawo|ab\s+hadega)\b"
_ROUND51_CRISIS_LEAD: tuple[str, ...] = (
    _R51LD_SOON_GONE_NL,
    _R51LD_NOT_A_FILM_LA + _both(_R51LD_GUN_LA, _R51LD_THREATENS_LA, _R51LD_HOUSE_LA)[1:],
    _R51LD_NOT_A_FILM_TI + _both(_R51LD_GUN_TI, _R51LD_THREATENS_TI, _R51LD_HOUSE_TI)[1:],
    _both(_R51LD_KIDS_AR, _R51LD_CRY_HUNGER_AR, _R51LD_NO_FOOD_AR),
    _both(_R51LD_KIDS_AZ, _R51LD_CRY_HUNGER_AZ, _R51LD_NO_FOOD_AZ),
    _both(_R51LD_KIDS_TI, _R51LD_CRY_HUNGER_TI, _R51LD_NO_FOOD_TI),
    _both(_R51LD_KIDS_LA, _R51LD_CRY_HUNGER_LA, _R51LD_NO_FOOD_LA),
    _R51LD_NOT_A_LOSS_NL + _both(_R51LD_ASK_GOD_NL, _R51LD_EVERY_NIGHT_NL)[1:],
    _R51LD_NOT_A_LOSS_TI + _both(_R51LD_ASK_GOD_TI, _R51LD_EVERY_NIGHT_TI)[1:],
    _R51LD_NOT_A_LOSS_TI + _both(_R51LD_ASK_GOD_LA, _R51LD_EVERY_NIGHT_LA)[1:],
    _R51LD_NOT_A_LESSON_NL + _both(_R51LD_CHILD_NL, _R51LD_DRUGS_NL, _R51LD_THREATENED_NL)[1:],
    _both(_R51LD_CHILD_TI, _R51LD_DRUGS_TI, _R51LD_THREATENED_TI),
    _both(_R51LD_CHILD_LA, _R51LD_DRUGS_LA, _R51LD_THREATENED_LA),
)
_ROUND51_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 51, the lead: end)
_ROUND51_IDIOMS = _ROUND51_IDIOMS_ALL + _ROUND51_IDIOMS_LEAD
_ROUND51_CRISIS = _ROUND51_CRISIS_ALL + _ROUND51_CRISIS_LEAD
_ROUND51_UNCERTAIN = _ROUND51_UNCERTAIN_ALL + _ROUND51_UNCERTAIN_LEAD

"""Round 47: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 47, development data since) and NLU b37; see the comments per kind."""

from __future__ import annotations

# (round 47, all languages: start)
# Kinds from batch 47 (Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script), NLU b37 and own probes; each a
# family of wordings and spellings, not one sentence. NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review
# by a native speaker. (Names start with _R47AL_; no earlier rule was narrowed.)
from inburgering.text.sensitive.rules.meaning import _both as _r47al_both  # noqa: E402
from inburgering.text.sensitive.rules.round20 import _LOST_THING_TI as _R47AL_LOST_THING_TI  # noqa: E402
from inburgering.text.sensitive.rules.round33 import (  # noqa: E402
    _R33_DANGER_LA as _R47AL_DANGER_LA, _R33_DANGER_TI as _R47AL_DANGER_TI,
)
from inburgering.text.sensitive.rules.round35 import _R35_ALARM_LA as _R47AL_ALARM_LA, _R35_ALARM_TI as _R47AL_ALARM_TI  # noqa: E402
from inburgering.text.sensitive.rules.round36 import (  # noqa: E402
    _R36_FOUND_TI as _R47AL_FOUND_TI, _R36NA_PEST_NL as _R47AL_PEST_NL,
)
from inburgering.text.sensitive.rules.round38 import (  # noqa: E402
    _R38TI_NOT_A_FIRE_LA as _R47AL_NOT_A_FIRE_R38_LA, _R38TI_NOT_A_FIRE_TI as _R47AL_NOT_A_FIRE_R38_TI,
    _R38TI_PILLS_LA as _R47AL_PILLS_LA, _R38TI_PILLS_TI as _R47AL_PILLS_TI, _R38TI_POISON_LA as _R47AL_POISON_LA,
    _R38TI_POISON_TI as _R47AL_POISON_TI,
)
from inburgering.text.sensitive.rules.round39 import _R39NA_NO_HARM_NL as _R47AL_NO_HARM_NL  # noqa: E402
from inburgering.text.sensitive.rules.round40 import (  # noqa: E402
    _R40NA_DEVICE_NL as _R47AL_DEVICE_NL, _R40NA_INSECT_NL as _R47AL_INSECT_NL, _R40NA_NO_ALLERGY_NL as _R47AL_NO_ALLERGY_NL,
    _R40NA_SWAT_NL as _R47AL_SWAT_NL, _R40NA_TASK_NL as _R47AL_TASK_NL,
)
from inburgering.text.sensitive.rules.round44 import (  # noqa: E402
    _R44NA_NOT_A_PERSON_NL as _R47AL_NOT_A_PERSON_NL, _R44NA_PERSON_AR as _R47AL_PERSON_AR, _R44NA_PERSON_AZ as _R47AL_PERSON_AZ,
    _R44TI_CHILD_LA as _R47AL_CHILD_R44_LA, _R44TI_CHILD_TI as _R47AL_CHILD_R44_TI, _R44TI_NOT_SAFE_ELSEWHERE_TI as _R47AL_NOT_SAFE_ELSEWHERE_TI,
    _RLLEAD_NO_DANGER_AR as _R47AL_NO_DANGER_AR, _RLLEAD_NO_DANGER_AZ as _R47AL_NO_DANGER_AZ,
)
from inburgering.text.sensitive.rules.round45 import (  # noqa: E402
    _R45TI_LIVE_LA as _R47AL_CANT_LIVE_LA, _R45TI_PEST_LA as _R47AL_PEST_LA, _R45TI_PEST_TI as _R47AL_PEST_TI,
)

# --- crisis and uncertain kinds -------------------------------------------------------------------------------------

# Jumping from a high structure the older lists do not name (a parking garage, a viaduct, a church tower, a railway
# bridge, a crane; Dutch), said by the person who will do it ("morgen spring ik van de parkeergarage", "ik ga van het
# viaduct springen", "ik laat me vannacht vallen van de flat"): the emergency answer, as for the bridge and the flat.
# Not a dive, a bungee jump, a parachute, a game, a dream, an animal, water to swim in.
_R47AL_HIGH_NL = (r"(parkeergarage\w*|parkeerdak\w*|parkeerhuis|parkeergebouw\w*|viaduct\w*|\w+toren|\w+brug|\w+flat|flatgebouw\w*|hoogbouw|"
                  r"wolkenkrabber\w*|hijskraan|bouwkraan|kraan|steiger|galerij|bovenste\s+verdieping|\w+dak|dak\s+van\s+\S+(\s+\S+)?)")
_R47AL_NOT_A_DIVE_NL = (r"^(?!.*\b(bungee\w*|parachute\w*|valscherm\w*|zwem\w*|duik\w*|in\s+het\s+water|in\s+zee|trampoline|game|spel|film|droom\w*|"
                        r"gedroomd|parkour|freerun\w*|stunt\w*|kat|hond|vogel|als\s+kind|vroeger|leuk)\b)")
_R47AL_JUMP_FROM_NL = (r"\b(spring|sprin)\s+ik\s+(\S+\s+){0,3}?(van|vanaf|vanop|af)\s+(de|het|een|die|dat|onze|ons|mijn)?\s*(\S+\s+)?" + _R47AL_HIGH_NL + r"\b|"
                       r"\bik\s+(spring|sprin)\s+(\S+\s+){0,3}?(van|vanaf|vanop|af)\s+(de|het|een|die|dat|onze|ons|mijn)?\s*(\S+\s+)?" + _R47AL_HIGH_NL + r"\b|"
                       r"\b(ik|besloten|plan)\s+(\S+\s+){0,4}?(van|vanaf|vanop)\s+(de|het|een|die|dat|onze|ons|mijn)?\s*(\S+\s+)?" + _R47AL_HIGH_NL
                       + r"\s+(\S+\s+)?(af\s+)?(te\s+)?(springen|storten|gooien|laten\s+vallen)\b|"
                       r"\bik\s+(laat|gooi|stort)\s+(me|mij|mezelf|mijzelf)\s+(\S+\s+){0,3}?(vallen\s+)?(van|vanaf|vanop|uit)\s+(de|het|een|die|dat|onze|ons|mijn)?\s*"
                       r"(\S+\s+)?(" + _R47AL_HIGH_NL[1:-1] + r"|flat|dak|brug|balkon|toren|gebouw|raam)\b")

# "I decided to die" in Arabizi ("5alas 2arrart mout", "qarrart 2mout", "2arart mawwet 7ali"): the Arabic-script "قررت موت"
# is read by an older rule; its transliteration drops the ق. The emergency answer. Not "die of" hunger, laughing.
_R47AL_DECIDED_DIE_AZ = (r"\b(2|q|g|k)a?rar?(e|i)?t\s+(enno\s+|eno\s+|inno\s+|2enno\s+|ani\s+)?((2|e|a)?(mout|mut|mot|mawt|moot)|(2|e|a)?maw[e]?t\s+7al[iy]|"
                         r"(2|e|a)?2t[eo]?l\s+7al[iy]|(2|e|a)?nte7[ie]r)\b(?!\s+(mn|min|men|m|mnl|mel|3al|3a|3ala|fi|b)\b)")

# A child (or a young relative) missing for hours, not found (Tigrinya, Ge'ez and Latin script: "ውላደይ ካብ ሰዓታት ጠፊኡ
# ኣይረኸብናዮን"): the words "ውላደይ", "ቆልዓይ", "ወድና" and "not found" that the older rules lack; the emergency answer,
# as in Dutch and Arabic. Not a thing lost (a phone, a key, a letter: round 20's list), not found again, safe at a friend's.
_R47AL_CHILD_TI = (r"(" + _R47AL_CHILD_R44_TI + r"|(?<!\S)(ውላደይ|ውላድና|ውላደና|ውሉደይ|ቆልዓና|ቆልዑና|ቆልዑ|ወድና|ጓልና|ሕጻንና|ህጻንና|"
                   r"ንእሽቶ\s+(ሓወይ|ሓፍተይ|ሓብተይ))(?!\S))")
_R47AL_GONE_TI = r"(?<!\S)(ጠፊኡ|ጠፊኣ|ጠፊኦም|ተሰዊሩ|ተሰዊራ|ኣይተረኽበን|ኣይተረኽበትን|ኣይተመልሰን|ኣይተመልሰትን|ኣይተመለሰን|ኣይተመለሰትን)(?!\S)"
_R47AL_SEARCHED_TI = (r"(?<!\S)(ሰዓታት|ሰዓት|ካብ\s+(ቀትሪ|ምሸት|ትማሊ|ንግሆ|ንጉሆ|ሎሚ|ቤት\s+ትምህርቲ)|ኣይረኸብናዮን|ኣይረኸብናያን|ኣይረኸብናዮምን|ኣይረኸብክዎን|ኣይረኸብክዋን|"
                      r"ክንረኽቦ\s+ኣይከኣልናን|ክንረኽባ\s+ኣይከኣልናን|ክረኽቦ\s+ኣይከኣልኩን|ክረኽባ\s+ኣይከኣልኩን|ኣበይ\s+ከም\s*(ዘሎ|ዘላ|ዘለዉ)|ፖሊስ|ሓግዙኒ|ሓግዙና|"
                      r"ጸልሚቱ|ለይቲ\s+ኮይኑ|ደሊና|ኣልዲና|ኣናዲና)(?!\S)")
_R47AL_CHILD_LA = r"(" + _R47AL_CHILD_R44_LA + r"|\b(wladey|weladey|wuladey|uladey|wladna|qoleay|qoleaey|qoluna|wedna|gualna)\b)"
_R47AL_GONE_LA = r"\b(tefiu|tefia|tefiom|teswiru|teswira|ayterekben|ayterekbetn|aytemelesen|aytemelsen|aytemelsetn)\b"
_R47AL_SEARCHED_LA = (r"\b(seatat|saatat|seat|kab\s+(qetri|mshet|tmali|ngho|nguho|lomi)|ayrekebnayon|ayrekebnayan|ayrekebnaon|ayrekebkuwon|"
                      r"knrkbo\s+aykealnan|polis|police|politie|hagzuni|hagzuna|xelimitu|tselimitu)\b")
_R47AL_NOT_A_THING_LA = (r"^(?!.*\b(mobile|mobail|slki|silki|telefon|mefteh|meftih|sleutel|borsa|debdabe|kard|paspoort|qirsi|gnzeb|tereikibu|terekibu|"
                         r"terekiba|temelisu|temelisa|dehan\s+eyu|dehan\s+eya|ms\s+aeruxtu|ab\s+geza\s+arku)\b)")

# A fire in our house, our building, the kitchen now (Tigrinya, Ge'ez and Latin: "ኣብ ገዛና ሓዊ ተላኺፉ ኣሎ", "hawi ab gezana
# alo"): round 38 reads other verbs and the fire alone; the emergency answer. Not the oven, the coffee fire, incense,
# a fire lit or put out, a drill, the news, a fire "in my heart" (round 38's list and the hearth words).
_R47AL_HOME_TI = r"(ገዛና|ገዛይ|ገዛ|ቤትና|ቤተይ|ህንጻና|ህንጻ|ኩሽናና|ኩሽና|ክሽነ|ክፍልና|ክፍለይ|ክፍሊ|ፎቕና|ኣፓርትመንትና|ኣፓርታማና|መደቀሲ)"
_R47AL_FIRE_TI = r"(ሓዊ|ባርዕ|ሓውዊ|ነበልባል)"
_R47AL_FIRE_ON_TI = r"(ተላኺፉ|ተላኺፋ|ተላጊቡ|ተወሊዑ|ተኣጒዱ|ተላዒሉ|ሒዙ|ሒዙዎ|ሒዙና|ይነድድ|ኣሎ|ተባሊሑ|ይባላሕ|ተተኲሱ|ለኺፉ|ወሊዑ)"
_R47AL_FIRE_HOME_TI = (r"(?<!\S)ኣብ\s+(ውሽጢ\s+)?" + _R47AL_HOME_TI + r"\s+(\S+\s+)?" + _R47AL_FIRE_TI + r"\s+(\S+\s+)?" + _R47AL_FIRE_ON_TI + r"(?!\S)|"
                       r"(?<!\S)" + _R47AL_FIRE_TI + r"\s+(\S+\s+)?ኣብ\s+(ውሽጢ\s+)?" + _R47AL_HOME_TI + r"\s+(\S+\s+)?" + _R47AL_FIRE_ON_TI + r"(?!\S)")
_R47AL_NOT_A_HEARTH_TI = r"(?!.*(ፎርኖ|ፈርኖ|ምድጃ|ቡን|ጀበና|ዕጣን|ባኒ|ሽሮ|ጸብሒ|ኣጒድና|ኣጉድና|ኣጒደ|ኣጥፊእና|ኣጥፊአ|ጠፊኡ|ሓዊ\s+የለን|ዝኽሪ|ሕልሚ|ከም\s+ሓዊ))"
_R47AL_HOME_LA = r"(gezana|gezay|geza|betna|betey|hntsana|hintsana|hnxana|kushna|kshne|kfilna|kfley|kfli|fokna|apartmentna)"
_R47AL_FIRE_LA = r"(hawi|hawwi|barie|barea|nebelbal)"
_R47AL_FIRE_ON_LA = (r"(telakifu|telakhifu|telakifa|telagibu|teweliu|tewelu|teagudu|telaiu|telaeu|hizu|hizuwo|hizuna|yneded|ynedd|alo|tebalihu|ybalah|"
                     r"tetekusu|lekifu|weliu)")
_R47AL_FIRE_HOME_LA = (r"\bab\s+(wshti\s+|wuxti\s+)?" + _R47AL_HOME_LA + r"\s+(\w+\s+)?" + _R47AL_FIRE_LA + r"\s+(\w+\s+)?" + _R47AL_FIRE_ON_LA + r"\b|"
                       r"\b" + _R47AL_FIRE_LA + r"\s+(\w+\s+)?ab\s+(wshti\s+|wuxti\s+)?" + _R47AL_HOME_LA + r"\s+(\w+\s+)?" + _R47AL_FIRE_ON_LA + r"\b")
_R47AL_NOT_A_HEARTH_LA = r"(?!.*\b(forno|mdja|bun|jebena|etan|itan|bani|shiro|agudna|atfiena|tefiu|hawi\s+yelen|hlmi|kem\s+hawi)\b)"

# Going into the train when it comes, at the station or by the line (Tigrinya, Ge'ez and Latin: "እቲ ባቡር ክመጽእ ከሎ
# ክኣትዎ እየ", "nay baburi mesmer ab qrba alleku, kmetse kelo kaetwo eye"): "enter it" with the object, not "get on"
# ("ናብ ባቡር ክኣቱ", "ክሳፈር"); the emergency answer. Not with a ticket, a destination, work, school, a delay, a friend.
_R47AL_TRAIN_TI = r"(ባቡር|ትረይን|ትረን|ትራም|ሜትሮ|መስመር|ሓዲድ|ሃዲድ|ሬል|ስፖር)"
_R47AL_INTO_IT_TI = (r"(?<!\S)(ክመጽእ|ክትመጽእ|ክቐርብ|ክትቐርብ|ክሓልፍ|ክትሓልፍ|ምስ\s+መጸ|ምስ\s+መጸት|ምስ\s+ቀረበ|ምስ\s+ቀረበት)\s+((ከሎ|ከላ|ድማ)\s+)?(\S+\s+)?"
                     r"(ክኣትዎ|ክኣትዋ|ክኣትዎም|ክዘልለሉ|ክዘልላ|ክዘልሎ|ክድርበሉ|ክሰጥሞ|ክሰጥማ)(\s+(እየ|ኢየ|ደልየ|ሓሲበ|ወሲነ))?(?!\S)")
_R47AL_NOT_A_RIDE_TI = (r"^(?!.*(ትኬት|ቲኬት|ቲከት|ደንጒያ|ደንጉያ|ደንጒዩ|ደንጉዩ|ተሰሪዛ|ተሰሪዙ|ክሳፈር|ክሳፈሮ|ክሳፈራ|ስራሕ|ትምህርቲ|ኮርስ|ቆጸራ|ፊልም|ጸወታ|"
                        r"ናብ\s+(ገዛ|ከተማ|ሆስፒታል|ዓዲ|\S+ዳም)|ምስ\s+(ዓርከይ|መሓዛይ|ደቀይ|ስድራይ|ቆልዑ|ኣዕሩኽተይ)))")
_R47AL_TRAIN_LA = r"\b(babur|baburi|babor|trein|train|tram|metro|mesmer|hadid|spoor|rails?)\b"
_R47AL_INTO_IT_LA = (r"\b(kmetse|kmetsie|kmexe|ktmetse|ktmexe|kqerb|ktqerb|khalf|kthalf|ms\s+metse|ms\s+qerebe)\s+((kelo|kela|kilo|kele|dma)\s+)?(\w+\s+)?"
                     r"(kaetwo|kiatwo|kaetwa|kiatwa|keatwo|kaetuwo|kaetwom|kzeleleu|kzelelu|kzello|kdrbelu)(\s+(eye|iye|delye|deleye|hasibe|wesine))?\b")
_R47AL_NOT_A_RIDE_LA = (r"^(?!.*\b(tiket|ticket|kaartje|ov\s*chip\w*|vertraging|dengiyu|dengiya|ksafer|ksafero|srah|sirah|werk|school|skola|tmhrti|cursus|"
                        r"afspraak|qotsera|film|nab\s+(geza|ketema|hospital)|ms\s+(arkey|mehazay|deqey))\b)")

# How many pills (how much poison) kill, asked with the means at hand (Tigrinya "ክንደይ እዩ ዘቕትል", "kndey zeqtl"; Arabic
# script, Arabizi "كم حبة بتقتل", "kam 7abbe bt2tol"): the lethal-amount question, as Dutch "hoeveel pillen zijn
# dodelijk"; the emergency answer. Not pests (poison for the mice), not the daily dose.
_R47AL_HOW_MANY_TI = r"(?<!\S)(ክንደይ|ክንደይ\s+ዝኣክል|ክንደይ\s+ዝኸውን|ብኽንደይ|ብክንደይ|ኣየናይ\s+መጠን|ክንደይ\s+መጠን)(?!\S)"
_R47AL_KILLS_TI = (r"(?<!\S)(ዘቕትል|የቕትል|ዘቕትለኒ|ዘቕትለካ|የቕትለኒ|ዝቐትለኒ|ዘሞት|የሞት|ዘሞተኒ|የሙት|ዝቐትል\s+ሰብ|ንምቕታል\s+ሰብ|ንሰብ\s+ዝቐትል)(?!\S)")
_R47AL_LETHAL_TI = (r"^(?!.*(" + _R47AL_PEST_TI[1:-1] + r"|ሓሳኻ|ሓሰኻ|ትኋን|ትኽዃን|ዓሶ|ኣራዊት|ኣትክልቲ|ሳዕሪ))"
                    r"(?=.*(" + _R47AL_PILLS_TI[1:-4] + r"|ኪኒን|ኪኒናት|ከኒናት|" + _R47AL_POISON_TI[1:-4] + r"|መድሃኒት|መድሓኒት))"
                    r"(?=.*" + _R47AL_HOW_MANY_TI + r"\s+(\S+\s+){0,4}?" + _R47AL_KILLS_TI + r")")
_R47AL_HOW_MANY_LA = r"\b(kndey|kinday|kindey|kndei|kendey|kndai|bkndey)\b"
_R47AL_KILLS_LA = r"\b(zeqtl|zeqetl|yeqtl|yeqetl|zqetl|zqtl|zkqetl|zeqtleni|zqetleni|zemot|yemot|zemoteni)\b"
_R47AL_LETHAL_LA = (r"^(?!.*\b(" + _R47AL_PEST_LA[1:-1] + r"|hasaka|insect\w*|muizen|ratten|kakkerlak\w*|plant\w*|sari)\b)"
                    r"(?=.*(" + _R47AL_PILLS_LA[3:-4] + r"|kinin|kinina|kininat|" + _R47AL_POISON_LA[3:-4] + r"|medhanit|medhaniet)\w*)"
                    r"(?=.*" + _R47AL_HOW_MANY_LA + r"\s+(\w+\s+){0,4}?" + _R47AL_KILLS_LA + r")")
_R47AL_PILLS_AR = (r"(حبه|حبات|حبايه|حبايات|حب|قرص|اقراص|ملغ|غرام|علبه|باكيت|شريط|(من\s+)?(ال)?(حبوب|دوا|ادويه|بانادول|باراسيتامول|منوم|منومات|اسبرين|"
                   r"مسكن|مسكنات|سم))")
_R47AL_LETHAL_AR = (r"(?<!\S)(كم|قديش|قديه|اديش|اديه|كام|شو\s+عدد|اي\s+كميه|شو\s+الكميه|قدي\s+شو)\s+(\S+\s+)?" + _R47AL_PILLS_AR + r"\s+(\S+\s+){0,3}?"
                    r"(بتقتل|بيقتل|تقتل|يقتل|بتموت|بيموت|تموت|يموت|بتموّت|بيموّت|لحتى\s+(موت|اموت|يموت)|حتى\s+(اموت|يموت)|لموت|مميته|قاتله|بتقضي\s+علي)(?!\S)")
_R47AL_LETHAL_AZ = (r"\b(kam|2addesh|addesh|adesh|2adeh|adeh|kad|2ade)\s+(\w+\s+)?(7abbe|7abe|7aba|7abbet|7abet|7bbe|7obob|7boub|7bub|2ers|2res|pill\w*|"
                    r"tablet\w*|gram|mg|dawa|panadol|paracetamol)\s+(\w+\s+){0,3}?(bt2tol|bi2tol|by2tol|bte2tol|bye2tol|bt2atel|btmawet|bimawet|bymawet|"
                    r"bymout|bimout|btmout|la\s*mout|7atta\s+(mout|2mout|amout)|lal\s*mout|2atle|2atel)\b")
_R47AL_NOT_PESTS_AR = (r"^(?!.*((?<!\S)(فار|فيران|فئران|جرذ|جرذان|صراصير|صرصور|حشرات|نمل|بق|دبان|ذباب|كلب|قطه|الزرع|النبات)(?!\S)|"
                       r"\b(far|firan|fieran|sarasir|sarsur|7asharat|naml|b2|dbben|kalb|2otta)\b))")

# Hurting myself in Latin-script Tigrinya with the verb "ክጎድእ" ("ane rsey ktgoda eye", "nrsey kgodie delye"): the Ge'ez
# "ርእሰይ ክጎድእ" is read by an older rule; the transliteration makes "ርእሰይ" another word. The emergency answer. Not
# "I don't want to", nor someone else's head.
_R47AL_SELF_HARM_LA = (r"\b(n)?(rsey|resey|risey|rsei|ersey|nebsey|nbsey|nefsey|nfsey)\s+(\w+\s+)?k[iy]?t?g[ou]?d(a|e|ea|ie|ia|eo|o|u)?\s+"
                       r"(eye|iye|eya|iya|aleku|alekhu|delye|deleye|deliye|ideli|idli|yideli|hasibe|wesine|eye\s+hji)\b")

# --- idioms ---------------------------------------------------------------------------------------------------------
# (each cuts the ordinary phrase, from the message's start where its veto is checked first, and nothing where a real
# danger stands in the message)

# "there is no violence" at home, said to tell the tension apart (Dutch: "er is geen geweld, maar het is gespannen",
# "hij is nooit gewelddadig"; NLU b37): the violence denied; never with a blow, a threat, a knife, fear, the police
# (round 39's list), nor "not yet" ("nog geen geweld")
_R47AL_NO_VIOLENCE_NL = (_R47AL_NO_HARM_NL + r"(?!.*\bnog\s+(geen|nooit)\b).*?\b((er\s+is|er\s+was|is\s+er|was\s+er|het\s+is|het\s+was)\s+((echt|helemaal|zeker|"
                         r"nooit|verder|wel|ook)\s+)?(geen|nooit)\s+(sprake\s+van\s+)?((fysiek|lichamelijk|huiselijk)\s+)?geweld|(hij|zij|ze|mijn\s+man|"
                         r"mijn\s+vrouw)\s+is\s+(echt\s+)?(niet|nooit)\s+gewelddadig)\b")

# a thing named, then "it kills me (really)" ("dit formulier maakt me gek, het vermoordt me echt"; Dutch): the thing
# that "kills", said with "het", "dit", "dat"; never with a person, myself, a weapon, death in the message
_R47AL_THING_NL = (r"(" + _R47AL_TASK_NL[1:-1] + r"|" + _R47AL_DEVICE_NL[1:-1] + r"|papieren|papierwerk|belasting\w*|gemeente|bus|trein|file|wachten|"
                   r"wachtrij|hitte|warmte|kou|lawaai|herrie|verbouwing|verhuizing|dozen|trap|trappen|hoofdpijn|rugpijn|tandpijn|griep|hooikoorts|"
                   r"app|website|digid|wifi|internet|taal|grammatica|inburgering\w*|stres)")
_R47AL_IT_KILLS_ME_NL = (_R47AL_NOT_A_PERSON_NL + r"(?=.*\b" + _R47AL_THING_NL + r"\b).*?\b(het|dit|dat|die|deze)\s+(vermoordt|vermoord|doodt|slopt|sloopt)\s+"
                         r"(me|mij)(\s+(echt|nog|gewoon|helemaal|bijna|nu\s+al))?\b")

# a cat, a dog that killed or caught a mouse, a bird (and brought it in; Dutch): a pet and its prey (round 23's idiom cut
# "muis doodgemaakt" alone since later rounds cut first); never a person, a child, myself
_R47AL_PET_PREY_NL = (r"\b(kat|katten|poes|poesje|kater|hond|hondje|honden)\s+(\S+\s+){0,3}?(een|de|twee|drie|die)?\s*(\S+\s+)?(" + _R47AL_PEST_NL[1:-1]
                      + r"|vogel\w*|mus|konijn\w*|kikker\w*|hagedis\w*)\s+(\S+\s+)?(doodgemaakt|dood\s+gemaakt|doodgebeten|dood\s+gebeten|gedood|gevangen|"
                      r"vermoord|opgegeten|doodgeknuffeld)(\s+en\s+(\S+\s+){0,3}?(binnen|mee\s+naar\s+binnen|op\s+de\s+mat|in\s+huis)(\s+\S+){0,2})?\b")

# killing, finishing off in a game (Dutch: "ik heb mijn vijanden gekild in het spel vannacht", "ik ga je afmaken met
# schaken vanavond"): round 17 reads "in het spel ... dood" in that order; here the verb first and the challenge; never
# with myself, "for real", a weapon, fear, the police in the message
_R47AL_GAME_NL = (r"(spel|spelletje|spelen|game|games|level|potje|fifa|fortnite|minecraft|schaken|schaak|dammen|kaarten|ludo|monopoly|voetbal|"
                  r"tafeltennis|pingpong|playstation|ps5|xbox|wedstrijd)")
_R47AL_NOT_REAL_NL = (r"^(?!.*\b(mezelf|mijzelf|zelfmord\w*|in\s+het\s+echt|echt\s+vermoorden|mes|pistool|wapen|bang|politie|slaat|sloeg|dreigt|"
                      r"dreigde)\b)")
_R47AL_GAME_KILL_NL = (_R47AL_NOT_REAL_NL + r".*?\b((gekild|gekilled|gedood|vermoord|afgemaakt|neergeschoten|doodgeschoten|ingemaakt)\s+(\S+\s+){0,2}?"
                       r"(in|bij|met|op)\s+(het|de|een|dat|mijn|m'n|ons)?\s*" + _R47AL_GAME_NL + r"|(ga|zal|wil|gaan)\s+(je|jou|jullie|hem|haar|ze|mijn\s+\S+)\s+"
                       r"(\S+\s+)?(afmaken|kapotmaken|vermoorden|killen|slopen|inmaken|afslachten)\s+(met|bij|in|op)\s+(het\s+|de\s+|een\s+)?" + _R47AL_GAME_NL
                       + r")\b")

# played, run, cycled oneself "to death" (sport, effort; Dutch: "mijn team heeft zich doodgespeeld", "ik loop me dood voor
# die formulieren"): round 36 reads laughing, working, waiting to death; these are the sport and effort verbs; never
# with a wish to die, suicide, a means in the message
_R47AL_NOT_A_WISH_NL = r"^(?!.*\b(zelfmord\w*|wil\s+dood|dood\s+wil|dood\s+gaan|mes|pillen|touw|brug|spoor|sterven|niet\s+meer\s+leven)\b)"
_R47AL_EFFORT_DEATH_NL = (_R47AL_NOT_A_WISH_NL + r".*?\b((zich|me|mij|ons|je|zichzelf|mezelf|onszelf|elkaar)\s+(\S+\s+)?dood\s*(gespeeld|gelopen|gefietst|"
                          r"getraind|gerend|gevoetbald|gesjouwd|gepoetst|gezwommen|gedanst|gestudeerd|geleerd|gebeld|geschreven|spelen|lopen|fietsen|trainen|"
                          r"rennen|sjouwen|studeren)|(speel|speelt|speelde|speelden|loop|loopt|liep|liepen|fiets|fietst|train|traint|ren|rent|sjouw|sjouwt|"
                          r"studeer|studeert|bel|belt)\s+(me|mij|zich|ons|je)\s+(\S+\s+)?dood)\b")

# "I don't know (any more) how to pay it / the bills" (Dutch: "ik heb schulden en ik weet niet meer hoe ik ze moet
# betalen"): a money worry for the regisseur, not a crisis; never with death, an end, wanting to be gone in the message
_R47AL_NOT_AN_END_NL = (r"^(?!.*\b(dood|sterven|zelfmord\w*|leven|einde|eind|weg\s+wil|wil\s+weg|verdwijnen|niet\s+meer\s+verder|geen\s+zin|"
                        r"ophangen|springen|pillen|vaarwel|afscheid)\b)")
_R47AL_CANT_PAY_NL = (_R47AL_NOT_AN_END_NL + r".*?\bik\s+weet\s+(echt\s+|gewoon\s+)?(niet|nie)\s+(meer\s+|mer\s+)?hoe\s+ik\s+(het|ze|dat|dit|de\s+\S+|alles|die\s+\S+|"
                      r"mijn\s+\S+)\s+(\S+\s+)?(moet\s+|kan\s+|ga\s+)?(betalen|afbetalen|terugbetalen)\b")

# who swatted the mosquitoes and when ("we hebben alle muggen doodgemept vannacht"; Dutch): round 35 and 40 cut the
# insect and the verb; here the whole clause with its subject and time, so that "vannacht" is not left alone for the
# classifier; never with a swollen throat, no air (round 40's list), myself, a wish to die
_R47AL_SWATTED_NL = (r"^" + _R47AL_NO_ALLERGY_NL + r"(?!.*\b(mezelf|mijzelf|zelfmord\w*|dood\s+wil|wil\s+dood)\b).*?\b(ik|we|wij|jij|hij|zij|ze|mijn\s+\S+)\s+"
                     r"(heb|hebben|heeft|had|hadden)\s+((vannacht|vanavond|gisteren|net|eindelijk|allemaal)\s+)?(alle|al\s+die|de|die|een|twee|drie|\d+|heel\s+veel|"
                     r"veel|wat)\s+(\S+\s+)?" + _R47AL_INSECT_NL + r"\s+(\S+\s+)?" + _R47AL_SWAT_NL + r"\b(\s+(vannacht|vanavond|gisteren|vandaag|vanmorgen|"
                     r"vanochtend))?")

# "it would not be the death of me if ..." ("het zou mijn dood niet zijn als de bus op tijd was"; Dutch): said of a wish
# that costs nothing; the negation ("niet") must stand there
_R47AL_NOT_MY_DEATH_NL = (r"\b(het|dat|dit)\s+(zou|zal|is|was|wordt|werd)\s+(\S+\s+)?(mijn|m'n|mn)\s+dood\s+(\S+\s+)?niet(\s+(zijn|worden|wezen))?\b|"
                          r"\b(het|dat|dit)\s+(zou|zal|is|was|wordt)\s+(\S+\s+)?niet\s+(mijn|m'n|mn)\s+dood(\s+(zijn|worden|wezen))?\b")

# (no weapon, blow, blood, police or wish to die in the message: Arabic script and Arabizi together)
_R47AL_NOT_HURT_AR = (r"^(?!.*((?<!\S)(سكين|مسدس|ضربني|بيضربني|ضرب|دم|شرطه|بوليس|اسعاف|انتحر|انتحار|بدي\s+موت|هددني|بيهددني)(?!\S)|"
                      r"\b(sekkin|sikkin|msadas|darabni|bidrobni|dam|shorta|bolis|es3af|ente7er|nte7er|bade\s+mout|haddadni)\b))")

# a thing that "kills" (exhausts) ("الدرج للطابق الرابع بيموّت كل يوم", "el daraj bymawwet"; Arabic script, Arabizi): the
# stairs, the work, the heat, the wait, the paperwork; never with a person or a danger, nor a question how one dies
_R47AL_EFFORT_AR = (r"(?<!\S)(ال|هال|هاد\s+ال|هيدا\s+ال)?(درج|دراج|طلعه|طلوع|نزله|شغل|دوام|حر|شوب|برد|مشي|طريق|مواصلات|كورس|دروس|امتحان|امتحانات|"
                    r"غسيل|جلي|تعزيل|عزال|انتظار|طابور|زحمه|معاملات|معامله|اوراق|ورق|بيروقراطيه|فواتير)(?!\S)")
_R47AL_IT_KILLS_AR = (r"(?<!\S)(بيموت|بتموت|بيموّت|بتموّت|بيقتل|بتقتل|بيهد|بتهد|بيدبح|بتدبح|بيذبح|بتذبح)(?!\S)(\s+(كل\s+يوم|من\s+التعب|تعب|بجد|عن\s+جد))?")
_R47AL_THING_KILLS_AR = (r"^(?!.*" + _R47AL_PERSON_AR + r")(?!.*(?<!\S)(كيف|كم|قديش|شلون|ليش|الواحد|الانسان|واحد|حدا)(?!\S))" + _R47AL_NOT_HURT_AR[1:]
                         + r".*?" + _R47AL_EFFORT_AR + r"\s+(\S+\s+){0,3}?"
                         + _R47AL_IT_KILLS_AR)
_R47AL_EFFORT_AZ = (r"\b(el\s*|l|hal\s*)?(daraj|draj|tal3a|tlou3|nazle|shoghl|sho8l|shughl|dawam|7ar|shob|bard|mashi|tari2|mwaslat|mowasalat|kors|"
                    r"cours|durus|dros|emti7an|imti7an|ghasil|8asil|jali|ta3zil|3zel|intizar|entizar|6abor|tabor|za7me|mo3amalat|awra2|wara2|fawater)\b")
_R47AL_IT_KILLS_AZ = (r"\b(bimawet|bymawet|btmawet|bitmawet|bymout|bimout|btmout|bi2tol|by2tol|bt2tol|bye2tol|bte2tol|bihed|byhed|bthed|bidba7|bydba7|btedba7)\b"
                      r"(\s+(kel\s+yom|kil\s+yom|mn\s+el\s+ta3ab|ta3ab|bjad|3an\s+jad))?")
_R47AL_THING_KILLS_AZ = (r"^(?!.*" + _R47AL_PERSON_AZ + r")(?!.*\b(kif|kef|kam|2addesh|addesh|leish|lesh|el\s*wa7ad|el\s*insan|wa7ad|7ada)\b)" + _R47AL_NOT_HURT_AR[1:]
                         + r".*?" + _R47AL_EFFORT_AZ + r"\s+(\w+\s+){0,3}?"
                         + _R47AL_IT_KILLS_AZ)

# "you killed me with this joke / from laughing" ("ذبحتيني بهالنكتة هههه", "2taltni mn el da7k"; Arabic script,
# Arabizi): laughter; never with a weapon, a blow, blood, the police, a wish to die in the message
_R47AL_LAUGH_KILLED_AR = (r"(?<!\S)(ذبحتني|ذبحتيني|ذبحتونا|ذبحتنا|ذبحتوني|دبحتني|دبحتيني|دبحتونا|قتلتني|قتلتيني|قتلتونا|قتلتوني|موتتني|موتتيني|موتتونا|"
                          r"موتني|موتوني|فطستني|فطستيني|فطستونا)\s+(\S+\s+)?(ب|بال|بهال|من\s+ال|من\s+|بهاي\s+ال|بهيدي\s+ال)?"
                          r"(نكته|نكت|نكتك|نكتتك|ضحك|الضحك|فيديو|مقطع|صوره|نهفه|تعليق|تعليقك|ميم|مزحه|مزح|قصه|حكايه|ضحكه|ضحكتك)\S*(?!\S)")
_R47AL_LAUGH_KILLED_AZ = (r"\b(dba7tni|dba7tini|dba7toni|dba7tona|dabba7tni|dabba7tini|2taltni|2taltini|2tltni|2tltini|2ataltni|2ataltini|mawattni|"
                          r"mawattini|mawwattni|mawwattini|mawatni|mawetni|fatastni|fatastini)\s+(\w+\s+)?(b|bel|bhal|mn\s+el|mn|men\s+el|men)?\s*"
                          r"(nekte|nokta|nukta|nekat|da7k|d7k|video|vid|sura|nahfe|ta3li2|meme|maz7a|2esse|ossa|7ekaye)\w*\b")

# killing time (waiting; Arabizi, Arabic script: "3am ne2tol el wa2t la ye2ji dori", "عم نقتل الوقت"): no person killed
_R47AL_KILL_TIME_AZ = r"\b(3am\s+|bade\s+|baddi\s+|ta\s+|la\s+)?\w{0,3}(2tol|2tl|2atel|2atl|2tel|qtol|ktol|2otol)\w{0,3}\s+(el\s*|l|hal\s*)?(wa2t|wa2et|wa8t|waqt|malal|faragh)\b"
_R47AL_KILL_TIME_AR = r"(?<!\S)(عم\s+|بدي\s+|تا\s+|لحتى\s+)?\S{0,3}قت(ل|ول|لنا|لت|لو|ل)\s+(ال|هال)?(وقت|ملل|فراغ)(?!\S)"

# "I don't want to live on benefits / aid" (Arabizi, Arabic script: "ma baddi a3ish 3al uitkering"; NLU b37): a wish for
# work, not against life; never with death, suicide, pills, a farewell in the message (round 44's danger lists)
_R47AL_AID_AZ = (r"(uitkering\w*|bijstand|toeslag\w*|mosa3ad\w*|musa3ad\w*|msa3dat|sosyal|social|sozial|ma3ash|ma3oune|ma3une|e3ane|i3ane|7esab\s+el\s*dawle|"
                 r"dawle|dole|benefits|sadaqa|9adaqa|sada2a)")
_R47AL_LIVE_ON_AID_AZ = (r"^" + _R47AL_NO_DANGER_AZ + r".*?\b(ma|mish|msh|mesh|la|mo)\s+(3ad\s+)?(badi|bade|bdi|biddi|bidi|3ayez|3ayza|7abeb|bri[dt])\s+(2|e|a|n)?"
                         r"(3ish|3eish|3ysh|3aysh|dal\s+3aysh|dal\s+3ayesh|dal\s+3ayeshe|kamel|dal)\s+(3al|3ala|3a|3la|mn|men|min|bel|b|bi)\s*(el\s*|l)?"
                         + _R47AL_AID_AZ + r"\b")
_R47AL_LIVE_ON_AID_AR = (r"^" + _R47AL_NO_DANGER_AR + r".*?(?<!\S)(ما|مش|مو|لا)\s+(عاد\s+)?(بدي|اريد|بريد|عايز|عايزه|حابب|حابه|ابي|ابغى)\s+(ا|ن)?(عيش|اعيش|ضل\s+عايش|"
                         r"ضل\s+عايشه|كمل|ضل)\s+(عال|على\s+ال|ع\s+ال|علي\s+ال|من\s+ال|بال|ب)?(مساعدات|مساعده|سوسيال|معونه|معاش|اعانه|اعانات|بيستاند|"
                         r"اويتكيرينغ|دوله|صدقه|صدقات|حساب\s+الدوله)(?!\S)")

# a daily dose asked ("kam 7abbe bel yom lazem ekhod?", "كم حبة باليوم"; Arabizi, Arabic script): a prescription
# question; never with killing, dying, all at once, poison, suicide in the message
_R47AL_DOSE_AZ = (r"^(?!.*\b(bt2tol|bi2tol|by2tol|2tol|mout|mot|amout|2mout|ente7er|nte7er|kellon|kelhon|kolon|marra\s+wa7de|daf3a\s+wa7de|sam|semm)\b)"
                  r".*?\b(kam|2addesh|addesh|adesh|2adeh|adeh|kad|2ade)\s+(7abbe|7abe|7aba|7bbe|7abbet|7abet|7abbeh|7obob|7boub|7bub|2ers|pill\w*|tablet\w*|mg)"
                  r"\s+(\w+\s+){0,3}?(bel|bl|fel|fl|kel|kil|3al|b)\s*(el\s*|l)?(yom|youm|nhar|nehar|yawm|sa3a|usbu3|jem3a|marra|wajbe)\b")
_R47AL_DOSE_AR = (r"^(?!.*(بتقتل|بيقتل|يقتل|تقتل|موت|اموت|انتحر|كلهن|كلها|دفعه\s+وحده|مره\s+وحده|سم|السم))"
                  r".*?(?<!\S)(كم|قديش|قديه|اديش|كام)\s+(حبه|حبات|حبايه|قرص|اقراص|ملغ)\s+(\S+\s+){0,3}?(باليوم|بالنهار|في\s+اليوم|كل\s+يوم|"
                  r"بالاسبوع|كل\s+\S+\s+ساعات|مع\s+الاكل|قبل\s+الاكل|بعد\s+الاكل)(?!\S)")

# dead tired ("dekime moyte eye lomi", "ደኺመ ሞይተ"; Tigrinya, Latin and Ge'ez script): tiredness; never with a danger
# word (round 33's list)
_R47AL_DEAD_TIRED_TI = (r"^(?!.*" + _R47AL_DANGER_TI + r").*?(?<!\S)(ደኺመ|ደኺማ|ደኺሙ|ደኺምና|ብድኻም|ካብ\s+ድኻም|ብዙሕ\s+ደኺመ)\s+(\S+\s+)?(ሞይተ|ሞይታ|ሞይቱ|ሞይትና|"
                        r"ምዉት|ምውቲ)(\s+(እየ|ኢየ|እየ\s+ሎሚ|ኢና))?(?!\S)")
_R47AL_DEAD_TIRED_LA = (r"^(?!.*\b" + _R47AL_DANGER_LA + r"\b).*?\b(dekime|dekhime|dekimu|dekima|dkime|dekimna|bdkam|bdikam|kab\s+dkam)\s+(\w+\s+)?"
                        r"(moyte|moyta|moytu|moytna|mwut|mwuti)(\s+(eye|iye|ina))?\b")

# "I can't live without coffee / my phone" in Latin script with round 45's spellings ("bzey bun kneber aykielin") and in
# Ge'ez with "my phone" ("ብዘይ ስልከይ ክነብር ኣይክእልን"): round 35's idiom read the other spellings and things; never a
# person, never with a danger word (round 35's list)
_R47AL_WITHOUT_THING_TI = (r"(ቡን|ቡና|ሻሂ|ጀበና|ሞባይ[ለ-ሏ]\S*|ተሌፎ[ነ-ኗ]\S*|ቴሌፎ[ነ-ኗ]\S*|ስል[ከ-ኮ]\S*|ሙዚቃ|ኢንተርነት|ዋይፋይ|ሽኮር|ቸኮላታ|ኩዕሶ|እንጀራ|ሽሮ|በርበረ|"
                           r"ሲጋራ|ማኪያቶ|ፊልም|ፑል|ኩሽና|ሓምባሻ)")
_R47AL_WITHOUT_COFFEE_TI = (r"^(?!.*" + _R47AL_ALARM_TI + r").*?(?<!\S)ብዘይ\s+(\S+\s+)?" + _R47AL_WITHOUT_THING_TI + r"\s+(\S+\s+){0,3}?(ክነብር|ምንባር|ክውዕል|"
                            r"ክሓድር)\s+(\S+\s+)?(ኣይክእልን|ኣይከኣልኩን|ኣይኽእልን|ኣይክኣልን)(\s+(እየ|ኢየ))?(?!\S)")
_R47AL_WITHOUT_COFFEE_LA = (r"^(?!.*\b" + _R47AL_ALARM_LA + r"\b).*?\b(bzey|bizey|bzei|bla|blazey|bzeyi)\s+(\w+\s+)?(bun|buna|shahi|jebena|mobile|mobail|"
                            r"telefon\w*|slki|slkey|muzika|internet|wifi|koffie|thee|sukar|chocola\w*|kuaso|injera|sigara|makiato|film)\s+(\w+\s+){0,3}?"
                            r"(?:" + _R47AL_CANT_LIVE_LA + r"|\bkwael\s+(\w+\s+)?ay(e|i)?k(h)?[iey]{0,2}k?[iey]{0,2}l[iey]{0,2}n)(\s+(eye|iye))?\b")

# (the parts with alternatives at their top as one group each)
(_R47AL_JUMP_FROM_NL, _R47AL_FIRE_HOME_TI, _R47AL_FIRE_HOME_LA, _R47AL_NOT_MY_DEATH_NL, _R47AL_KILL_TIME_AZ) = (
    f"(?:{part})" for part in (_R47AL_JUMP_FROM_NL, _R47AL_FIRE_HOME_TI, _R47AL_FIRE_HOME_LA, _R47AL_NOT_MY_DEATH_NL, _R47AL_KILL_TIME_AZ))

_ROUND47_IDIOMS_ALL: tuple[str, ...] = (
    # "er is geen geweld" (Dutch; NLU b37)
    _R47AL_NO_VIOLENCE_NL,
    # a thing, then "het vermoordt me" (Dutch)
    _R47AL_IT_KILLS_ME_NL,
    # a cat killed a mouse (Dutch)
    _R47AL_PET_PREY_NL,
    # "het zou mijn dood niet zijn" (Dutch)
    _R47AL_NOT_MY_DEATH_NL,
    # "we hebben alle muggen doodgemept vannacht" (Dutch)
    _R47AL_SWATTED_NL,
    # killing in a game, "ik ga je afmaken met schaken" (Dutch)
    _R47AL_GAME_KILL_NL,
    # "zich doodgespeeld" (Dutch)
    _R47AL_EFFORT_DEATH_NL,
    # "ik weet niet meer hoe ik ze moet betalen" (Dutch)
    _R47AL_CANT_PAY_NL,
    # the stairs "kill" (Arabic script, Arabizi)
    _R47AL_THING_KILLS_AR,
    _R47AL_THING_KILLS_AZ,
    # killed me with the joke (Arabic script, Arabizi)
    _R47AL_NOT_HURT_AR + r".*?" + _R47AL_LAUGH_KILLED_AR,
    _R47AL_NOT_HURT_AR + r".*?" + _R47AL_LAUGH_KILLED_AZ,
    # killing time (Arabizi, Arabic script)
    _R47AL_KILL_TIME_AZ,
    _R47AL_KILL_TIME_AR,
    # not living on benefits (Arabizi, Arabic script; NLU b37)
    _R47AL_LIVE_ON_AID_AZ,
    _R47AL_LIVE_ON_AID_AR,
    # the daily dose (Arabizi, Arabic script)
    _R47AL_DOSE_AZ,
    _R47AL_DOSE_AR,
    # dead tired (Tigrinya, Latin and Ge'ez)
    _R47AL_DEAD_TIRED_LA,
    _R47AL_DEAD_TIRED_TI,
    # can't live without coffee (Tigrinya, Latin and Ge'ez)
    _R47AL_WITHOUT_COFFEE_LA,
    _R47AL_WITHOUT_COFFEE_TI,
)
_ROUND47_CRISIS_ALL: tuple[str, ...] = (
    # jumping from the parking garage (Dutch)
    _R47AL_NOT_A_DIVE_NL + r".*" + _R47AL_JUMP_FROM_NL,
    # "2arrart mout" (Arabizi)
    _R47AL_DECIDED_DIE_AZ,
    # a child missing for hours (Tigrinya, Ge'ez and Latin)
    _R47AL_NOT_SAFE_ELSEWHERE_TI + r"^" + _R47AL_LOST_THING_TI + r"(?!.*" + _R47AL_FOUND_TI + r")"
    + _r47al_both(_R47AL_CHILD_TI, _R47AL_GONE_TI, _R47AL_SEARCHED_TI)[1:],
    _R47AL_NOT_A_THING_LA + _r47al_both(_R47AL_CHILD_LA, _R47AL_GONE_LA, _R47AL_SEARCHED_LA)[1:],
    # a fire in our house (Tigrinya, Ge'ez and Latin)
    _R47AL_NOT_A_FIRE_R38_TI + _R47AL_NOT_A_HEARTH_TI + r".*" + _R47AL_FIRE_HOME_TI,
    _R47AL_NOT_A_FIRE_R38_LA + _R47AL_NOT_A_HEARTH_LA + r".*" + _R47AL_FIRE_HOME_LA,
    # going into the train when it comes (Tigrinya, Ge'ez and Latin)
    _R47AL_NOT_A_RIDE_TI + _r47al_both(_R47AL_TRAIN_TI, _R47AL_INTO_IT_TI)[1:],
    _R47AL_NOT_A_RIDE_LA + _r47al_both(_R47AL_TRAIN_LA, _R47AL_INTO_IT_LA)[1:],
    # how many pills kill (Tigrinya, Arabic script, Arabizi)
    _R47AL_LETHAL_TI,
    _R47AL_LETHAL_LA,
    _R47AL_NOT_PESTS_AR + r".*?" + _R47AL_LETHAL_AR,
    _R47AL_NOT_PESTS_AR + r".*?" + _R47AL_LETHAL_AZ,
    # "rsey ktgoda eye" (Latin-script Tigrinya)
    _R47AL_SELF_HARM_LA,
)
_ROUND47_UNCERTAIN_ALL: tuple[str, ...] = ()

# --- danger now that batch 47 only asked the gentle question for (the classifier alone) ------------------------------
from inburgering.text.sensitive.rules.meaning import _CHILD_AR as _R47AL_CHILD_AR, _CHILD_NL as _R47AL_CHILD_NL  # noqa: E402
from inburgering.text.sensitive.rules.round45 import _R45NA_DESPAIR_AR as _R47AL_DESPAIR_AR  # noqa: E402
from inburgering.text.sensitive.rules.round46 import _R46AL_NOT_A_MOVE_NL as _R47AL_NOT_A_MOVE_NL  # noqa: E402

# A child missing, not found (Dutch learner "mijn kind weg niet vinden help"; Arabic "ضاع من ساعتين وما لقيناه"; Arabizi
# "ma rej3at men el madrase w ma 3am trod"): the emergency answer, as the older wordings. Not a thing the child lost (a
# phone, a toy), not a trip, found again.
_R47AL_CHILD_GONE_NL = (r"^(?!.*\b(knuffel\w*|telefon|mobiel|jas|sleutel\w*|tas|schoen\w*|pasje|speelgoed|boek\w*|bril|fiets|portemonnee|muts|"
                        r"handschoen\w*|speen|tand\w*|pop|bal|huiswerk|schrift|rugzak|trui|kat|hond|poes|gevonden|terug|weer\s+thuis|logeren|"
                        r"op\s+kamp|schoolreis\w*|vakantie|naar\s+(school|oma|opa|de\s+opvang|huis))\b)"
                        + _r47al_both(_R47AL_CHILD_NL + r"\s+((is|zijn|was|al|nu|ineens|opeens|plotseling|sinds\s+\S+)\s+){0,3}(weg|kwijt|zoek|vermist|verdwenen)\b",
                                      r"\b(niet\s+vinden|vind\s+(hem|haar|het|ze)\s+niet|kan\s+(hem|haar|het|ze)\s+(nergens\s+)?(niet\s+)?vinden|"
                                      r"nergens|help|politie|uren|uur|sinds)\b")[1:])
_R47AL_THINGS_AR = (r"(موبايل\S*|تلفون\S*|جوال\S*|مفتاح\S*|مفاتيح|شنت\S*|جزدان\S*|محفظ\S*|ورق\S*|اوراق\S*|لعب\S*|كتاب\S*|جاكيت\S*|بوط|صباط|"
                    r"دفتر\S*|نضار\S*|موعد|الموعد|شغل|واجب\S*|مصاري)")
_R47AL_CHILD_GONE_AR = (r"^(?!.*(" + _R47AL_THINGS_AR + r"|(?<!ما\s)(?<!\S)(لقيناه|لقيناها|لقيته|لقيتها|رجع|رجعت)(?!\S)|مدرسه\s+الصيفيه|رحله|عند\s+(جدو|تيتا|ستو|جدتو|رفيقو|رفيقها)))"
                        + _r47al_both(_R47AL_CHILD_AR, r"(?<!\S)(ضاع|ضاعت|ضيعناه|ضيعناها|ضايع|ضايعه|مفقود|مفقوده)(?!\S)",
                                      r"(?<!\S)(ساع\S*|من\s+الصبح|من\s+الظهر|من\s+المدرسه|ما\s+لقيناه|ما\s+لقيناها|مش\s+لاقيين\S*|ما\s+عم\s+نلاقي\S*|"
                                      r"(ال)?شرطه|(ال)?بوليس|بالليل|نص\s+الليل|صارت\s+الساعه|ساعدوني|ساعدونا)(?!\S)")[1:])
_R47AL_CHILD_AZ = r"\b(ebni|ibni|ebne|binti|benti|bnti|bente|wladi|wlade|el\s*walad|el\s*bent|el\s*tefel|tefli|tefelti)\b"
_R47AL_CHILD_GONE_AZ = (r"^(?!.*\b(mobile|mobail|telefon|jawwal|moftah|mafatee7|shanta|jezdan|wara2|le3be|ktab|jacket|maw3ad|wajeb|masari|"
                        r"rej3et\s+3al\s+beit|la2eina|la2ayneh|la2aynaha|ri7le|3and\s+(jeddo|teta|sto|rfi2o|rfi2ta))\b)"
                        + _r47al_both(_R47AL_CHILD_AZ, r"\b(ma\s+(rej3|reje3|raja3|rij3|rje3)\w*|ma\s+(eja|ejet|ejat|wesel|weslet|wislet|wisel)|da3|da3et|daye3|"
                                                       r"day3a|e5tafa|ekhtafa|e5tafet|ekhtafet|mafqud|mafqude)\b",
                                      r"\b(sa3a|sa3at|sa3tein|sa3ten|mn\s+el\s+sob7|men\s+el\s+sob7|ma\s+3am\s+(yrod|trod|yred|tred|yrud|trud)|ma\s+la2ayne\w*|"
                                      r"shorta|bolis|police|bel\s+leil|bl\s+leil|nos\s+el\s+leil|sa3dona|sa3douna)\b")[1:])

# A stranger took my child, my child abducted (Dutch "ze hebben mijn kind meegenomen, een vreemde man"; Arabic "رجل غريب
# أخد بنتي من الحديقة"; Arabizi; Tigrinya "ጓለይ ሰብ ወሲድዋ፡ ተሌፎና ኣይትምልስን"): the emergency answer. A stranger or "abducted"
# must be said (a parent, a grandparent, the school taking a child along is told); not a trip, a film.
_R47AL_TAKEN_NL = (r"\b(mijn|m'n|mn|ons|onze)\s+(\S+\s+)?(kind|kindje|zoon\w*|dochter\w*|baby|kinderen|meisje|jongen)\s+(\S+\s+){0,5}?"
                   r"(meegenomen|ontvoerd|weggehaald|weggenomen|gegrepen|meegesleurd|in\s+(een|zijn|haar|de)\s+(auto|bus|busje)\s+(\S+\s+)?(getrokken|gezet|geduwd))\b|"
                   r"\b(ontvoerd|ontvoering|ontvoerder)\b")
_R47AL_STRANGER_NL = r"\b(vreemde|vreemd|onbekende|onbekend|ontvoerd|ontvoering|ontvoerder|niet\s+ken|ken\s+(hem|haar|ze)\s+niet)\b"
_R47AL_NOT_KIN_TOOK_NL = (r"^(?!.*\b(juf|meester|school|opvang|oma|opa|vader|papa|mijn\s+man|mijn\s+ex|schoonmoeder|schoolreis\w*|uitje|logeren|zwembad|"
                          r"dierentuin|kamp|ophalen|opgehaald|film|serie|boek|game|nieuws)\b)")
_R47AL_TAKEN_AR = (r"(?<!\S)(اخد|اخذ|اخدو|اخذو|خطف|خطفو|خطفوا|سحب|شال|حمل)\s+(\S+\s+)?" + _R47AL_CHILD_AR + r"(?!\S)|"
                   r"(?<!\S)(انخطف|انخطفت|مخطوف|مخطوفه|خطفو|خطفوا)\s+(\S+\s+)?" + _R47AL_CHILD_AR + r"|" + _R47AL_CHILD_AR + r"\s+(\S+\s+)?(انخطف|انخطفت|مخطوف|مخطوفه)(?!\S)")
_R47AL_STRANGER_AR = r"(?<!\S)(غريب|غريبه|ما\s+بعرفو|ما\s+منعرفو|ما\s+بعرفه|ما\s+بعرفها|مجهول|خطف\S*|انخطف\S*|مخطوف\S*)(?!\S)"
_R47AL_NOT_KIN_TOOK_AR = (r"^(?!.*(مدرسه|المدرسه|رحله|جدو|تيتا|ستو|جدي|ستي|عمو|خالو|جوزي|ابوه|ابوها|بيه|بيها|الاستاذ|المعلمه|الروضه|الحضانه|فيلم|"
                          r"مسلسل|لعبه|مشوار|madrase|jeddo|teta|jozi|abouha|bayyo|film|mosalsal))")
_R47AL_TAKEN_AZ = (r"\b(a5ad|akhad|a5ado|akhado|khataf|5ataf|khatafo|5atafo|sa7ab|shal|n5ataf|nkhataf|n5atafet|nkhatafet|ma5tuf|makhtuf)\s+(\w+\s+)?"
                   + _R47AL_CHILD_AZ)
_R47AL_STRANGER_AZ = r"\b(ghareeb|gharib|8arib|8areeb|ghariba|ma\s+ba3rfo|ma\s+mna3rfo|majhul|khataf\w*|5ataf\w*|n5ataf\w*|nkhataf\w*)\b"
_R47AL_CHILD_TAKEN_TI = r"(" + _R47AL_CHILD_TI + r"|(?<!\S)(ጓለይ|ወደይ|ውላደይ|ቆልዓይ|ሕጻነይ|ህጻነይ|ደቀይ)(?!\S))"
_R47AL_SOMEONE_TOOK_TI = (r"(?<!\S)(ሰብ|ሓደ\s+ሰብ|ዘይፍለጥ\s+ሰብ|ዘይፈልጦ\s+ሰብ|ጓና|ሰባት|ሓደ\s+ሰብኣይ|ሓንቲ\s+ሰበይቲ)\s+(\S+\s+)?(ወሲድዋ|ወሲድዎ|ወሲዱዋ|ወሲዱዎ|ወሲዶማ|ወሲዶሞ|ሒዙዋ|"
                          r"ሒዙዎ|ጨውይዋ|ጨውይዎ|ጨውዩዋ|ጨውዩዎ|ሰሪቕዋ|ሰሪቕዎ|ኣሕሊፉዋ|ኣሕሊፉዎ)(?!\S)")
_R47AL_NOT_KIN_TOOK_TI = r"^(?!.*(ቤት\s+ትምህርቲ|መምህር\S*|ሓኪም|ሆስፒታል|ኣቦሓጎ\S*|ዓባይ\S*|ኣቦኣ|ኣቦኡ|ስድራ\S*|ሰርግ|መርዓ|ፊልም|ጸወታ|ዛንታ|ናብ\s+ገዛ))"
# my child taken by the other parent, who says he will kill him ("በዓል ቤተይ ንውላደይ ሒዙዎ ከይዱ፡ ክቐትሎ እየ ኢሉ")
_R47AL_KID_TAKEN_TI = (r"(?<!\S)ን(ውላደይ|ወደይ|ጓለይ|ደቀይ|ቆልዓይ|ሕጻነይ|ህጻነይ|ቆልዑ)\s+(\S+\s+)?(ሒዙዎ|ሒዙዋ|ሒዙዎም|ወሲድዎ|ወሲድዋ|ወሲድዎም|ወሲዱዎ|ወሲዱዋ|ወሲዱዎም|ጨውይዎ|ጨውይዋ)(?!\S)")
_R47AL_KILL_HIM_SAID_TI = (r"(?<!\S)(ክቐትሎ|ክቐትላ|ክቐትሎም|ክጎድኦ|ክጎድኣ|ክጎድኦም|ከጥፍኦ|ከጥፍኣ)\s+(እየ|ኢየ)\s+(ኢሉ|ኢላ|ኢሉኒ|ኢላትኒ|ይብል|ትብል|ይብለኒ|ትብለኒ)(?!\S)")

# A fire eating the house with someone inside, the smoke alarm with children upstairs (Arabic script, Arabizi "النار عم
# تاكل البيت", Dutch "het rookalarm gaat en mijn kinderen zijn boven, ik kan er niet bij"): the emergency answer. Not a
# drill, yesterday, a candle, cooking, the battery, a test.
_R47AL_FIRE_EATS_AR = (r"(?<!\S)(ال)?(نار|حريق|حريقه)\s+(عم\s+|قاعده\s+)?(تاكل|بتاكل|اكلت|ماسكه|مسكت|واصله|وصلت|شابه|شبت|عم\s+تولع|ولعت|والعه|ماكله)\s+"
                       r"(ب)?(ال)?(بيت|شقه|مطبخ|غرفه|اوضه|بنايه|عماره|دار|صالون|تخت)(?!\S)")
_R47AL_FIRE_EATS_AZ = (r"\b(el\s*)?(nar|7ari2|7ari2a)\s+(3am\s+)?(tekol|btekol|akalet|mesket|maske|wesle|weslet|sha3le|wel3et|wal3a|wel3a)\s+(el\s*|l)?"
                       r"(beit|bet|bayt|sha2a|matba5|ghorfe|ouda|binaye|3imara|dar|salon)\b")
_R47AL_NOT_A_DRILL_AR = (r"^(?!.*(امبارح|مبارح|البارحه|الاسبوع\s+الماضي|من\s+سنه|تدريب|تمرين|انطفت|طفيناها|طفوها|شمعه|سيجاره|منقل|فحم|صوبيا|صوبيه|"
                         r"مدفايه|حطب|اغنيه|فيلم|مسلسل|حلم|قلبي|الاسعار|mbare7|embare7|tadrib|tamrin|film|7elm|2albi|as3ar))")
_R47AL_ALARM_NL = r"\b(rookalarm|rookmelder|brandalarm|brandmelder|rook|brand|vuur|vlammen)\b"
_R47AL_INSIDE_NL = (r"\b(" + _R47AL_CHILD_NL[3:-3] + r"|kids|moeder|vader|oma|opa|broer\w*|zus\w*|zusje|broertje|man|vrouw)\s+(\S+\s+){0,2}?(zijn|is|zitten|zit|"
                    r"liggen|ligt|slapen|slaapt)\s+(nog\s+)?(\S+\s+)?(boven|binnen|in\s+huis|in\s+de\s+kamer|op\s+zolder|opgesloten|vast)\b")
_R47AL_CANT_REACH_NL = (r"\b(kan\s+er\s+niet\s+bij|kan\s+niet\s+(naar\s+)?boven|kom\s+er\s+niet\s+(bij|door)|kan\s+niet\s+bij\s+(ze|hen|hem|haar)|kan\s+(ze|hem|haar)\s+niet\s+"
                        r"(bereiken|halen)|overal\s+rook|rook\s+overal|vlammen|alles\s+staat\s+in\s+brand)\b")
_R47AL_NOT_COOKING_NL = (r"^(?!.*\b(pan|koken|kook\w*|aangebrand\w*|toast|tosti|stoom|douche|batterij|test\w*|oefening|vals\s+alarm|niks\s+aan\s+de\s+hand|"
                         r"uitgezet|gerookt|sigaret\w*|kaars\w*|barbecue|bbq|gisteren|vorige\s+week)\b)")

# Someone cannot breathe now, a child choking (Dutch "mijn kind heeft iets ingeslikt en stikt"; Tigrinya "ቆልዓይ ከስተንፍስ
# ኣይከኣለን ኣሎ", "qolae kstenfs aykielen alo"): the emergency answer. Not "choking with laughter", a crowded bus ("het
# stikt van"), a cold, the heat, sport, yesterday.
_R47AL_CHOKING_NL = (r"^(?!.*\b(lachen|lach|haha\w*|emojilaugh|warmte|hitte|gisteren|vroeger|film)\b)"
                     r".*?\b(" + _R47AL_CHILD_NL[3:-3] + r"|moeder|vader|man|vrouw|oma|opa|hij|zij|ze)\s+(\S+\s+){0,6}?(stikt|verstikt|stikte|is\s+aan\s+het\s+stikken|"
                     r"ligt\s+te\s+stikken)\b(?!\s+van\b)")
_R47AL_BREATHE_TI = r"(?<!\S)(ከስተንፍስ|ክተንፍስ|ከተንፍስ|ከስትንፍስ|ክስተንፍስ|ክትንፍስ|ከስተንፍሱ|ከስተንፍሳ)\s+(\S+\s+)?"
_R47AL_CANT_BREATHE_TI = (_R47AL_BREATHE_TI + r"(ኣይከኣለን|ኣይከኣለትን|ኣይክእልን|ኣይክኣልን|ኣይኽእልን|ኣይትኽእልን|ኣይከኣልኩን|ኣይክእሉን|ኣይክኣለን|ኣይክእልን|"
                          r"ስኢኑ|ስኢና|ሲኢኑ|ሲኢና|ጸጊሙዎ|ጸጊሙዋ|ጸጊሙኒ|ኣጸጊሙዎ|ኣጸጊሙዋ)(?!\S)")
_R47AL_NOT_A_COLD_TI = (r"^(?!.*(ኣፍንጫ\S*|ጉንፋዕ|ሰዓል|ሰሓቕ|ብሰሓቕ|ስሒቐ|ሙቐት|ዋዒ|ማስክ|ስፖርት|ጉያ|ምጉያይ|ትማሊ|ቀደም|ሕልመይ|ፊልም|ዕዮ|ስራሕ|emojilaugh|"
                        r"(?<!\S)ከም\s))")
_R47AL_CANT_BREATHE_LA = (r"\b(k[ie]?st[ie]?nfs|k[iy]?t[ie]?nfs|ketenfs|kestenfs|kistinfs|kstnfs)\s+(\w+\s+)?(aykealen|aykealetn|aykielen|aykeln|aykiln|aykieln|"
                          r"aykealn|aykealkun|aykelen|aykilen|siinu|siina|seinu)\b")
_R47AL_NOT_A_COLD_LA = (r"^(?!.*\b(afnca\w*|afncha\w*|afnchay|gunfae|sial|seal|sehaq|bshaq|shiqe|muqet|wai|mask|sport|guya|tmali|qedem|hlmey|film|"
                        r"emojilaugh|haha\w*)\b)")

# Chest pain with speech or breath failing (Dutch "mijn moeder heeft hevige pijn op de borst en kan bijna niet praten"):
# the emergency answer (older rules read "benauwd", a numb arm). Not yesterday, a doctor's appointment, sore muscles.
_R47AL_CHEST_NL = (r"^(?!.*\b(gisteren|vorige\s+week|vorig\s+jaar|afspraak|spierpijn|sporten|gesport|hoest\w*|verkouden|griep|was|had)\b)"
                   + _r47al_both(r"\b(pijn\s+(op|in|aan)\s+(de|zijn|haar|mijn|m'n)\s+borst|borstpijn|druk\s+op\s+(de|zijn|haar|mijn)\s+borst)\b",
                                 r"\b(kan\s+(\S+\s+)?(bijna\s+|nauwelijks\s+|haast\s+)?(niet|geen)\s+(meer\s+)?(praten|spreken|ademen|lucht|staan|lopen|bewegen|zitten)|"
                                 r"praat\s+(raar|onduidelijk|vreemd|krom)|wordt\s+(grauw|grijs|blauw|wit)|valt\s+(steeds\s+)?(weg|flauw))\b")[1:])

# The means in the hand or beside me with despair (Dutch "ik heb het mes in mijn hand, ik weet niet of ik het doe",
# "ik zit in de badkamer met de scheermesjes"; Arabizi "ma fi amal, w el 7boob jambi hala2"; Tigrinya "ኩሉ ኪኒናት ኣኪበ
# ኣለኹ፡ ሕጂ ክውሕጦም እየ", "kinin kulu kwhto eye hji"): the emergency answer. Not shaving, cooking, a prescription.
_R47AL_MEANS_NL = r"(mes|mesje|scheermes\w*|mesjes|pillen|tabletten|touw|strop|pistool|wapen|medicijnen|slaappillen)"
_R47AL_IN_HAND_NL = r"\b(het|een|mijn|dat|de|die|alle|m'n)\s+" + _R47AL_MEANS_NL + r"\s+(\S+\s+){0,2}?in\s+(mijn|m'n|mn)\s+(hand|handen)\b"
_R47AL_ROOM_WITH_MEANS_NL = (r"\b(ik\s+)?(zit|sta|lig|ben)\s+(nu\s+)?(\S+\s+)?(in|op)\s+((de|het|mijn|m'n)\s+)?(badkamer|wc|toilet|douche|slaapkamer|bad|kamer)\s+"
                             r"met\s+(de|een|mijn|m'n|alle|het|al\s+mijn)\s+" + _R47AL_MEANS_NL + r"\b")
_R47AL_WAVERING_NL = (r"\b(ik\s+weet\s+niet\s+of\s+ik\s+(het\s+)?(doe|ga\s+doen|durf)|ik\s+doe\s+het|ik\s+ga\s+het\s+doen|nu\s+doe\s+ik|durf\s+(het\s+)?(nog\s+)?niet|"
                      r"kan\s+niet\s+meer|wil\s+niet\s+meer|twijfel|niemand\s+weet|vaarwel|sorry|het\s+is\s+genoeg|klaar\s+mee|met\s+de)\b")
_R47AL_NOT_SHAVING_NL = (r"^(?!.*\b(scheren|scheer|benen|baard|oksel\w*|knippen|nagels|opruimen|schoonmaken|vervangen|kopen|gekocht|weggooien|snijden|"
                         r"groente\w*|brod|vles|keuken|koken|recept|voorgeschreven|huisarts|dokter|apotheek)\b)")
_R47AL_MEANS_NEAR_AR = (r"(?<!\S)(ال)?(حبوب|حبات|سكين|حبل|شفره|موس|مسدس|دوا)\s+(\S+\s+)?(جنبي|معي|بايدي|بايديي|قدامي|تحت\s+ايدي|حاضره|جاهزه|جاهز)(?!\S)|"
                        r"\b(el\s*)?(7boob|7bob|7oboub|7bub|7abbet|sekkin\w*|sikkin\w*|shafra|mous|7abel|msadas|dawa)\s+(\w+\s+)?(jambi|janbi|ma3i|b2idi|bi\s+idi|"
                        r"2eddami|2edami|ta7t\s+idi|7adra|jehze|jahze)\b")
_R47AL_NO_HOPE_AR = (r"(" + _R47AL_DESPAIR_AR + r"|(?<!\S)(و\s*)?(ما\s+في\s+امل|ما\s+عاد\s+في\s+امل|ما\s+في\s+حل|ما\s+عاد\s+بدي|ما\s+عاد\s+فيي)(?!\S)|"
                     r"\b(ma\s+fi\s+amal|mafi\s+amal|ma\s+3ad\s+fi\s+amal|ma\s+fi\s+7al|mafi\s+7al|ma\s+3ad\s+baddi|ma\s+3ad\s+fiyi|wada3an|sam7ouni|sam7ini)\b)")
_R47AL_PILLS_ALL_TI = r"(" + _R47AL_PILLS_TI[:-3] + r"|ኪኒን|ኪኒናት|ከኒናት|መድሃኒት\S*|መድሓኒት\S*)"
_R47AL_SWALLOW_ALL_TI = (r"(?<!\S)(ክውሕጦም|ክውሕጦ|ክውሕጠን|ክውሕጣ|ክወስዶም|ክወስዶ|ክሰትዮም|ክውሕጥ|ክውሕጣቶም|ክወስዶም)\s+(እየ|ኢየ|ደልየ|ሓሲበ|ወሲነ|እደሊ)(?!\S)")
_R47AL_ALL_NOW_TI = r"(?<!\S)(ኩሉ|ኩሎም|ብሓንሳብ|ሕጂ|ሎሚ\s+ለይቲ|ኣኪበ|ኣከብኩ|ኣኪበዮም|ኣዳሊየ|ኣዳልየ)(?!\S)"
_R47AL_NOT_A_DOSE_TI = r"^(?!.*(ሓኪም|ዶክተር|ንመዓልቲ|ኣብ\s+መዓልቲ|ቅድሚ\s+መግቢ|ድሕሪ\s+መግቢ|ከም\s+ዝበሎ|ፋርማሲ|ንሓሙም|ንቃንዛ))"
_R47AL_PILLS_ALL_LA = r"\b(kinin\w*|kenin\w*|pillen|tabletten|medhanit\w*)"
_R47AL_SWALLOW_ALL_LA = (r"\b(kwhto|kwhtom|kwehto|kwehtom|kwihto|kwihtom|kwuhto|kwuhtom|kwsdom|kwesdom|ksetyom|kwxto|kwxtom)\s+"
                         r"(eye|iye|delye|deleye|hasibe|wesine|ideli)\b")
_R47AL_ALL_NOW_LA = r"\b(kulu|kulom|bhansa|bhansab|hji|lomi\s+leyti|akibe|aakibe|adaliye)\b"
_R47AL_NOT_A_DOSE_LA = r"^(?!.*\b(hakim|doktor|dokter|nmealti|ab\s+mealti|qdmi\s+megbi|dhri\s+megbi|apotheek|farmasi|ilu|per\s+dag)\b)"

# Pills taken, and dizzy, not waking (Dutch "de hele pot paracetamol leeg gemaakt", learner "ik pillen veel genomen nu
# duizelig"; Iraqi "أخذت حبوب هواية وراسي دا يدور"; Tigrinya "ኩሉ ኪኒን ወሲደ፡ ሕጂ ይጸልመተኒ ኣሎ", "hawey bzuh kinin wesidu
# ayneqhn alo"): an overdose taken; the emergency answer. Not a refill, the prescribed dose, a side effect asked about.
_R47AL_PILLS_NL = r"\b(paracetamol|pillen|pilen|pillen|tabletten|slaappillen|slaaptabletten|oxazepam|diazepam|ibuprofen|medicijnen|antidepressiva|insuline)\b"
_R47AL_WHOLE_JAR_NL = (r"\b(hele|volle|complete)\s+(pot|potje|doos|doosje|strip|strips|pak|fles|flesje|voorraad)\s+(\S+\s+)?" + _R47AL_PILLS_NL
                       + r"\s+(\S+\s+){0,2}?(leeg\s*gemaakt|leeg\s*gegeten|opgemaakt|opgegeten|ingenomen|genomen|geslikt|doorgeslikt|leeg)\b")
_R47AL_NOT_A_REFILL_NL = (r"^(?!.*\b(kopen|nieuwe|herhaalrecept\w*|bestellen|is\s+op|zijn\s+op|raakt\s+op|bijna\s+op|bijwerking\w*|voorgeschreven|per\s+dag|"
                          r"recept|vorig\s+jaar|vroeger)\b)")
_R47AL_OVERDOSE_NL = _r47al_both(_R47AL_PILLS_NL, r"\b(veel|alle|teveel|te\s+veel|heel\s+veel|allemaal|hele)\b",
                                 r"\b(genomen|ingenomen|geslikt|slikt|slik|neem|nam|namen|op)\b",
                                 r"\b(duizelig|misselijk|slap|slaperig|wazig|draaierig|zwart\s+voor\s+(mijn|m'n)\s+ogen|hart\s+(bonkt|klopt\s+snel)|overgeven|braken|"
                                 r"kotsen|word\s+niet\s+wakker|wordt\s+niet\s+wakker)\b")
_R47AL_TOOK_MANY_AR = (r"(?<!\S)(اخذت|اخدت|بلعت|شربت|تناولت|اخد|اخذ|بلع)\s+(\S+\s+)?(حبوب|حبات|حبايات|دوا|ادويه)\s+(\S+\s+)?(هوايه|واجد|كتير|كثير|بزاف|"
                       r"كلها|كلهن|علبه|علبتين|شريط|بالكوم)(?!\S)")
_R47AL_DIZZY_AR = (r"(?<!\S)(و\s*)?(راسي\s+(\S+\s+)?(يدور|يلف|بيلف|بيدور|دايخ|تقيل)|دايخ|دايخه|دوخه|ادوخ|عم\s+(استفرغ|دوخ|اتقيا)|قلبي\s+(\S+\s+)?(يدق|عم\s+يدق|سريع)|"
                   r"ما\s+عم\s+شوف|غشي|مغمي|ما\s+عم\s+يوعى|ما\s+عم\s+توعى|ما\s+عم\s+يصحى|ما\s+عم\s+تصحى|ما\s+يكعد|ما\s+يگعد)(?!\S)")
_R47AL_TOOK_MANY_TI = r"(?<!\S)(ወሲደ|ወሲዱ|ወሲዳ|ውሒጠ|ውሒጡ|ውሒጣ|ሰትየ|ሰትዩ|ሰትያ|ወሲደዮም|ውሒጠዮም)(?!\S)"
_R47AL_MANY_TI = r"(?<!\S)(ኩሉ|ኩሎም|ብዙሕ|ብዙሓት|ሙሉእ|ሳጹን)(?!\S)"
_R47AL_DROWSY_TI = (r"(?<!\S)(ይጸልመተኒ|ይጽልመኒ|ይጸልመኒ|ኣይነቕሕን|ኣይትነቕሕን|ኣይበራበርን|ኣይትበራበርን|ደንዚዙ|ደንዚዛ|ደንዚዘ|ይዘውረኒ|ይዘውሮ|ዓዊቑ|ዓዊቓ|"
                    r"ይፍንፍነኒ|ኣይዛረብን|ኣይትዛረብን|ትንፋሱ\s+\S+|ትንፋሳ\s+\S+)(?!\S)")
_R47AL_TOOK_MANY_LA = r"\b(wesidu|wesida|weside|wesideyom|whitu|whita|white|setyu|setya|setye|wesiden)\b"
_R47AL_MANY_LA = r"\b(bzuh|bzuhat|kulu|kulom|mulue|satsun)\b"
_R47AL_DROWSY_LA = (r"\b(ayneqhn|ayneqhin|aytneqhn|ayneqihn|ayberaberen|aytberaberen|denzizu|denziza|denzize|ytselmeteni|yxlmeteni|yselmeteni|yzwreni|"
                    r"awiqu|awiqa|ayzarebn)\b")

# "He says he'll slaughter me if I tell anyone, and he is home now" in Iraqi ("رجلي يكول راح يذبحني إذا حچيت لأحد،
# وهسه هو بالبيت"): the husband ("رجلي"), "says" ("يكول", "يگول"), "I told" ("حچيت"), "now" ("هسه") the older rules read
# in other spellings; the emergency answer.
_R47AL_HUSBAND_IQ = r"(?<!\S)(رجلي|زوجي|جوزي|ابوي|اخوي|عمي|خالي|طليقي|ابن\s+عمي|رجال\s+امي)(?!\S)"
_R47AL_SAYS_KILL_IQ = (r"(?<!\S)(يكول|يقول|قال|كال|گال|يگول|بيقول|عم\s+يقول|دايما\s+يقول|دوم\s+يكول|هددني|يهددني)\s+(\S+\s+)?(راح|رح|ح|را)\s*"
                       r"(يذبحني|يقتلني|يكتلني|يموتني|يدبحني|يخنقني|يحرقني|يذبحنا|يقتلنا|يكتلنا)(?!\S)")

# On the bridge thinking of jumping into the water, at the track wanting to be gone (Arabizi "ana wa2ef 3al jesr w 3am
# fakker ne2ez bel mai"; Arabic script; Dutch "ik ben op de brug ... ik ga het doen", "ik sta bij het spoor ... dat ik
# weg wil"): the emergency answer. Not a photo, the view, a walk, waiting for the train, work.
_R47AL_ON_BRIDGE_AZ = r"\b(wa2ef|wa2fe|wa2fa|2a3ed|2a3de|ana)\s+(\w+\s+)?(3al|3a|3ala|fo2|3and|7ad|janb)\s*(el\s*|l)?(jesr|jisr|jser|kobri|brug|pont)\b"
_R47AL_JUMP_THOUGHT_AZ = (r"\b(fakker|bfakker|3am\s+fakker|ne2ez|n2ez|2ne2ez|e2ez|not|nut|2not|enzel|armi\s+7ali|ente7er|nte7er|mout|bel\s+mai|bel\s+may|"
                          r"lal\s+mai|bl\s+mai|bel\s+nahr|ba7r)\b")
_R47AL_ON_BRIDGE_AR = (r"(?<!\S)(واقف|واقفه|قاعد|قاعده|انا)\s+(\S+\s+)?(عال|على\s+ال|ع\s+ال|فوق\s+ال|عند\s+ال|جنب\s+ال|ب)(جسر|كوبري)(?!\S)")
_R47AL_JUMP_THOUGHT_AR = r"(?<!\S)(عم\s+فكر|بفكر|فكر|انط|نط|انقز|نقز|ارمي\s+حالي|اوقع|بالمي|بالميه|عالمي|بالنهر|بالبحر|انتحر|موت)(?!\S)"
_R47AL_NOT_A_VIEW_AR = (r"^(?!.*((?<!\S)(صوره|صور|سلفي|منظر|حلو|سياحه|مع\s+رفقاتي|مع\s+صحابي|الغروب|قهوه|شمس|مطار|سياره|باص|زحمه)(?!\S)|"
                        r"\b(sura|swar|selfie|manzar|7elo|siya7a|ma3\s+(as7abi|sa7bi|rfa2ati)|ghroub|2ahwe|shams|matar|sayyara|bus|za7me)\b))")
_R47AL_AT_EDGE_NL = (r"\b(ik\s+)?(ben|sta|zit)\s+(nu\s+)?(\S+\s+)?(op|bij|aan|naast|langs|boven\s+op)\s+(de|het)\s+(brug|viaduct|dak|rand|spoor|spoorlijn|"
                     r"rails|treinspoor|spoorbaan)\b")
_R47AL_EDGE_INTENT_NL = (r"\b(ik\s+ga\s+het\s+doen|ik\s+doe\s+het|durf\s+(het\s+)?(nog\s+)?niet|ik\s+spring|kijk\s+naar\s+(het\s+)?(water|beneden|de\s+diepte)|"
                         r"weg\s+wil|wil\s+weg|niks\s+meer|niets\s+meer|vaarwel|afscheid|het\s+is\s+klaar|niet\s+meer\s+terug|wil\s+niet\s+meer|einde)\b")
_R47AL_NOT_A_WALK_NL = (r"^(?!.*\b(wachten|wacht\s+op|vertraging|perron|station|trein\s+komt|werk\w*|repar\w*|dakgot|antenne|zonnepane\w*|foto\w*|uitzicht|"
                        r"mooi|wandel\w*|vissen|hengel|vrienden|hond|fiets\w*|toerist\w*)\b)")

# Someone said they will kill themselves, go into the river (Arabizi "e5ti 2alet ra7 t2tol 7ala"; Tigrinya "ዓርከይ ናብ
# ሩባ ክኣቱ እየ ኢሉ መልእኽቲ ሰዲዱለይ", "sebeyitey rsa ktqetl eya ila"), and "into the river I go now" ("ab ruba kaetu eye
# hji"): the emergency answer. Not swimming.
_R47AL_SAID_SELF_KILL_AZ = (r"\b(2al|2alet|2alit|2alo|2alt|2aletli|2alli|kal|gal|katab|katbet|ba3atli|ba3atetli|hadad|haddad|haddadet)\s+(\w+\s+)?"
                            r"(ra7|7a|rah|bado|bada|bidda|biddo|badda|baddo|inno\s+ra7)\s+(y|t|yi|ti|ye|te)?(2tol|2otol|nte7er|nta7er|mawet|7ra2|7re2)\s*"
                            r"(7alo|7ala|7alha|7aleh|nafso|nafsa|nafsha)?\b")
_R47AL_WATER_TI = r"(ሩባ|ባሕሪ|ቀላይ|ካናል|ማይ|ሓይቂ|ፈለግ|ወሓዚ)"
_R47AL_INTO_WATER_SAID_TI = (r"(?<!\S)(ናብ|ኣብ)\s+" + _R47AL_WATER_TI + r"\S*\s+(\S+\s+)?ክኣቱ\s+(እየ|ኢየ)\s+(ኢሉ|ኢላ|ኢሉኒ|ኢላትኒ|ይብል|ትብል|ጽሒፉ|ጽሒፋ|"
                             r"ኢሉ\s+ጽሒፉ)(?!\S)")
_R47AL_NOT_SWIMMING_TI = r"^(?!.*(ክሕምብስ|ክንሕምብስ|ንሕምብስ|ሕምባስ\s+(ክንመሃር|ክመሃር|ንመሃር)|ደስ\s+ይብለኒ|ሓጋይ|ዕረፍቲ|ምስ\s+ኣዕሩኽ\S*|ኣብ\s+ገምገም))"
# (round 49) The water words of the Latin-script rule, widened by "mai" and "maay" ("ab mai keatu eye lomi", batch 49: read as
# water by every writer of Latin-script Tigrinya, as "may").
_R47AL_WATER_LA = r"(ruba|bahri|qelay|kelay|kanal|may|mai|maay|hayqi|feleg)"
_R47AL_INTO_WATER_LA = (r"\b(nab|ab)\s+" + _R47AL_WATER_LA + r"\s+(\w+\s+)?(kaetu|kiatu|keatu|kieatu|katu|kiyatu|kaatu)\s+"
                        r"(eye|iye|delye|deleye|hasibe|wesine|ideli)\b")
_R47AL_NOT_SWIMMING_LA = r"^(?!.*\b(khmbs|kihmbis|khmbis|knhmbs|hmbas|hambise|zwem\w*|des\s+yblen\w*|hagay|erefti|ms\s+arkey\w*|ab\s+gemgem)\b)"
_R47AL_SAID_SELF_KILL_LA = (r"\b(n)?(rsa|rsu|nebsa|nebsu|rasa|rasu|rsom)\s+(\w+\s+)?(k[iy]?t?qetl|k[iy]?t?ketl|k[iy]?t?qtl|ytqetl|ttqetl|tqetl|yqetl|"
                            r"ktgoda|kgoda|ktgodea)\w*\s+((eya|eyu|iya|iyu|eyom)\s+)?(ila|ilu|ilom|ilatni|iluni|tbl|ybl|tblo|ybleni|tbleni|tsihfa|tsihfu)\b")

# Chased by someone with a knife (Arabizi "fi zalame 3am yla7e2ni bel share3 w ma3o sekkine"): the emergency answer (the
# Arabic script is read by an older rule). A knife or a weapon must stand there (debt collectors "chase" too).
_R47AL_CHASED_AZ = _r47al_both(r"\b(3am\s+)?(yl|tl|byl|btl|l|yel|tel|bil|bitl)a?7[ae]?2[ou]?(ni|na)\b",
                               r"\b(sekkin\w*|sikkin\w*|skkin\w*|msadas|fared|sla7|shafra|3asaye|3asa|balta)\b")

# "I entrust my children to you after me" (Arabic script, Arabizi: "أوصيكم بولادي من بعدي، أنا رايح"): a farewell; the
# emergency answer. "After me" must stand there; not a journey, work.
_R47AL_ENTRUST_AR = (r"(?<!\S)(و\s*)?(اوصيكم|اوصيكن|اوصيك|اوصيكي|بوصيكم|بوصيكن|بوصيك|وصيتكم|وصيتكن|وصيتك|اوصي|وصيتي)\s+(\S+\s+)?(ب|على|عل)(ولادي|اولادي|امي|"
                     r"ابوي|اهلي|بنتي|ابني|بناتي|اخواتي|مرتي|زوجتي|عيلتي|البنات|الولاد)\S*\s+(\S+\s+)?(من\s+بعدي|بعدي|بعد\s+موتي|اذا\s+صرلي\s+شي|"
                     r"بعد\s+ما\s+(روح|موت))(?!\S)")
_R47AL_ENTRUST_AZ = (r"\b(wasikon|wasikom|wasik|bwasikon|bwasikom|bwasik|2wasikon|ewasikon|wasaytkon|wasaytak)\s+(\w+\s+)?(b|3a|3ala)\s*(wladi|wlade|awladi|"
                     r"emmi|ahli|binti|ebni|marti|3ayelti)\s+(\w+\s+)?(mn|men|min)\s+ba3di\b")
_R47AL_NOT_AWAY_AR = (r"^(?!.*((?<!\S)(سفر|مسافر|مسافره|بسافر|رحله|عطله|اجازه|طياره|مطار|دوام|اسبوع|يومين|كم\s+يوم|عمليه)(?!\S)|"
                      r"\b(safar|msafer|bsafer|re7le|3o6le|ejaze|tayara|matar|dawam|usbu3|yomein|3amaliye)\b))")

# "Best to die and spare everyone" (Arabic script, Arabizi: "أحسن شي موت وريّح الكل"), a letter written to my wife with
# despair: the emergency answer.
_R47AL_BEST_DIE_AR = (r"(?<!\S)(احسن|افضل|احسنلي|احسن\s+شي|احسن\s+حل|الافضل|احسن\s+اشي)\s+(\S+\s+)?(ال)?(موت|اموت|انتحر|ان\s+اموت|ان\s+انتحر|روح|اختفي)\s+"
                      r"(و\s*)?(ريح|اريح|بريح|ارتاح\s+و\s*ريح)\s+(\S+\s+)?(الكل|العالم|اهلي|الناس|ولادي|الجميع|كل\s+الناس|مرتي|عيلتي)(?!\S)")
_R47AL_BEST_DIE_AZ = (r"\b(a7san|afdal|a7sanli|a7san\s+shi|af?dal\s+shi)\s+(shi\s+)?(2|e|a)?(mout|mot|moot|ente7er|nte7er)\s+(w\s*)?(ray7|ri7|raye7|2ray7|eray7|bray7)\s+"
                      r"(el\s*kel|el\s*kil|el\s*3alam|ahli|el\s*nas|wladi|marti)\b")
_R47AL_LETTER_LEFT_AR = (r"(?<!\S)(كتبت|كتبتلن|كتبتلكن|تركت|خليت|كاتب|كاتبه)\s+(\S+\s+)?(رساله|رسايل|مكتوب|ورقه|وصيه|جواب)\s+(\S+\s+)?(ل|لل)(مرتي|زوجتي|ولادي|"
                         r"اولادي|اهلي|امي|جوزي|زوجي|الكل|عيلتي|بنتي|ابني)\S*")
_R47AL_HOPELESS_AR = (r"(" + _R47AL_DESPAIR_AR + r"|(?<!\S)(ما\s+في\s+حل|ما\s+في\s+امل|احسن\s+شي\s+موت|بدي\s+خلص|ما\s+عاد\s+فيي|موت|اموت)(?!\S))")

# The farewell letter ready, "I won't be there tomorrow" (Dutch: "ik heb alles voorbereid de brief ligt op tafel"): the
# emergency answer (round 46's "niet meer hier" alone is the gentle question). Not a move, a trip (round 46's list).
_R47AL_LETTER_READY_NL = (r"\b(de|een|mijn|m'n)\s+(afscheids)?brief\s+(ligt|is|staat)\s+(\S+\s+)?(klaar|op\s+(de\s+)?tafel|op\s+(mijn|het|m'n)\s+(bed|bureau|kussen)|"
                          r"in\s+de\s+la|geschreven)\b|\bik\s+heb\s+alles\s+(voorbereid|geregeld|klaargelegd|klaargezet)\b|\bafscheidsbrief\b")
_R47AL_GONE_TOMORROW_NL = (r"\b(er\s+)?(morgen|vanavond|vannacht|straks|dan)\s+(er\s+)?(niet|nie)\s+(meer|mer)\s+(ben|zijn|ben\s+ik)\b|"
                           r"\b(niet|nie)\s+(meer|mer)\s+(\S+\s+)?(er|hier)\s+(ben|zijn|zal\s+zijn)\b|\b(vaarwel|afscheid\w*|voorgoed)\b")

# Going to the railway, "it will all end", at the line with a goodbye (Tigrinya, Ge'ez "ናብ መስመር ባቡር ክኸይድ እየ፡ ኩሉ
# ክውዳእ እዩ"; Latin "ab mesmer baburi alleku, dehan kunu"): the emergency answer (round 39 asks the gentle question for the
# going alone). Not the station, a ticket, work.
_R47AL_RAILWAY_TI = (r"(?<!\S)(ናብ|ኣብ|ጥቓ|ኣብ\s+ጥቓ)\s+((ሓዲድ|ሃዲድ|ሬል|ሬላት|ስፖር)(\s+(ናይ\s+)?(ባቡር|ባቡሪ))?|(መስመር|መንገዲ)\s+(ናይ\s+)?(ባቡር|ባቡሪ))(?!\S)")
_R47AL_THE_END_TI = (r"(?<!\S)(ኩሉ\s+ክውዳእ|ክውዳእ\s+እዩ|ዝውዳእ|መወዳእታ|ደሓን\s+ኩኑ|ሰላም\s+ኩኑ|ንሓዋሩ|ይቕረ\s+በሉለይ|ስንብት|ክውድኦ|ኩሉ\s+ተወዲኡ|"
                     r"ኩሉ\s+ነገር\s+ተወዲኡ)(?!\S)")
_R47AL_NOT_TRAVEL_TI = (r"^(?!.*(ጣብያ|ጣቢያ|መደበር|ስቴሽን|ስራሕ|ሰራሕተኛ|ትኬት|ቲኬት|ጉዕዞ|ምሳይ|ምስ\s+ዓርከይ|ፊልም|ጸወታ|ዕዮ\s+ገዛ|ደንጉዩ|ደንጒዩ|ተሰሪዙ|"
                        r"ፈተና|ኮርስ|ትምህርቲ))")
_R47AL_RAILWAY_LA = (r"\b(nab|ab|tqa|ab\s+tqa)\s+((hadid|spoor|rails)(\s+(nay\s+)?(babur|baburi|babor))?|(mesmer|mesmr|menged)\s+(nay\s+)?(babur|baburi|babor))\b")
_R47AL_THE_END_LA = (r"\b(dehan\s+kunu|selam\s+kunu|nhawru|yqre\s+belu\w*|ykre\s+belu\w*|snbt|kulu\s+kwdae|kwdae\s+eyu|mewedaeta|mewedata|zwedo|zwudae|"
                     r"kulu\s+tewediu|kulu\s+neger\s+wediu)\b")
_R47AL_NOT_TRAVEL_LA = (r"^(?!.*\b(station|stasion|tabya|perron|tiket|ticket|srah|sirah|werk|guezo|film|school|skola|tmhrti|kors|cursus|fetena|vertraging|"
                        r"dengiyu|ms\s+arkey|ms\s+arkay)\b)")

# On the track, the train due in minutes (Latin-script Tigrinya "ab spoor kofiley aleku intercity ab 10 dqiq ymetse"; Ge'ez):
# round 44 reads "the train, when it comes" with "babur"; here the train's kind and the minutes. The emergency answer;
# not at the station, a delay, work (round 44's list).
from inburgering.text.sensitive.rules.round44 import (  # noqa: E402
    _R44TI_NOT_TRAVEL_LA as _R47AL_NOT_TRAVEL_R44_LA, _R44TI_NOT_TRAVEL_TI as _R47AL_NOT_TRAVEL_R44_TI, _R44TI_RAILS_LA as _R47AL_RAILS_LA,
    _R44TI_RAILS_TI as _R47AL_RAILS_TI,
)
_R47AL_TRAIN_KIND_LA = r"\b(intercity|sprinter|ic|trein|babur|baburi|train|goederentrein|tram|metro)\b"
_R47AL_DUE_LA = r"\b(ymetse|ymexe|tmetse|tmexe|kmetse|ab\s+\d+\s+(dqiq|dqayq|deqiq|deqayq|minuten|minuut|min))\b"
_R47AL_TRAIN_KIND_TI = r"(?<!\S)(ኢንተርሲቲ|ባቡር|ትረይን|ትረን|ትራም|ሜትሮ|intercity|sprinter)(?!\S)"
_R47AL_DUE_TI = r"(?<!\S)(ይመጽእ|ትመጽእ|ክመጽእ|ክትመጽእ|ኣብ\s+\d+\s+(ደቒቕ|ደቓይቕ|ደቂቕ))(?!\S)"

# A plan, a decision to end it now, with the life or the hope named (Tigrinya, Ge'ez "ተስፋ ቆሪጸ፡ ሕጂ ክውድኦ መደብ ገይረ ኣለኹ";
# Latin "hyweytey trgum yebelan, ktwdea wesine", "hji eye zwedo... dehan kunu kulkum"): the emergency answer. Not a
# course, a file, a marriage, a contract to finish (round 45's and 33's work words).
_R47AL_END_PLAN_TI = (r"(?<!\S)(ክውድኦ|ክውድኣ|ክዛዝሞ|ክዛዝማ|ከብቅዖ|ከብቅዓ|ከቋርጾ|ከቋርጻ|ክውድእ|ክውድኦ\s+እየ)\s+(\S+\s+)?(መደብ\s+(ገይረ|ሒዘ|ኣውጺአ)|ወሲነ|ሓሲበ|ተዳልየ|"
                      r"ተዳሊየ|ደልየ|ቆሪጸ)(\s+(ኣለኹ|እየ))?(?!\S)")
_R47AL_LIFE_HOPE_TI = r"(?<!\S)(ሕጂ|ሎሚ|ሎሚ\s+ለይቲ|ተስፋ\s+ቆሪጸ|ህይወተይ|ሂወተይ|ሕይወተይ|ህይወት|ተስፋ\s+የብለይን|ኣይክእልን\s+እየ\s+ደጊም)(?!\S)"
_R47AL_NOT_A_TASK_TI = (r"^(?!.*(ዕዮ\s+ገዛ|ስራሕ|ትምህርቲ|ኮርስ|ፈተና|ዕዳ|ሕሳብ|ውዕል|ኮንትራት|ጽሑፍ|ደብዳቤ|ፕሮጀክት|መጽሓፍ|ሓዳር|ሓዳረይ|ርክብ|ፍቕሪ|ምስኡ|ምስኣ|"
                        r"ኣባልነት|ፋይል|ምውህሃድ|PVT|pvt|ፎርም|ወረቐት|ክፍሊት|ሞባይል|ኢንተርነት))")
_R47AL_END_PLAN_LA = (r"\bk[iy]?t?w[ie]?d(ea|eo|a|o|ia|io)\s+(wesine|hasibe|delye|deleye|medeb\s+geyre|eye|iye)\b|"
                      r"\b(hji|lomi|lomi\s+leyti)\s+(eye|iye|eyu|iyu)\s+(zwedo|zwdo|ziwedo|zwuda|zwedea|zwdeo|zwdae|zwudae)\b")
_R47AL_LIFE_HOPE_LA = (r"\b(hiwetey|hywetey|hyweytey|hiweytey|hywet|hiwet|tesfa|trgum\s+yebelan|trgum\s+yeblun|dehan\s+kunu|selam\s+kunu|ykre\s+belu\w*|"
                       r"yqre\w*|snbt|nhawru)\b")
_R47AL_NOT_A_TASK_LA = (r"^(?!.*\b(srah|sirah|tmhrti|skola|school|kors|cursus|fetena|examen|hadar|hadarey|contract|kontrat|werk|file|fayl|pvt|form|"
                        r"mobile|internet|debdabe)\b)")

# "The world is better without me, today I go" (Tigrinya, Ge'ez "ኣነ ዘይብለይ ዓለም ትሓይሽ"; Latin): the emergency answer,
# as Dutch "de wereld is beter zonder mij".
_R47AL_BETTER_WITHOUT_ME_TI = (r"(?<!\S)(ኣነ\s+)?(ዘይብለይ|ብዘይ\s+ኣነ|ብዘይብለይ|ብዘይዓይ|ኣነ\s+ዘይብላ|ኣነ\s+ዘይብሎም)\s+(እዛ\s+)?(ዓለም|ስድራይ|ደቀይ|ኩሉ|ኩሉ\s+ሰብ|ሰብ|"
                               r"ኩልኹም|ስድራቤተይ)\s+(\S+\s+)?(ትሓይሽ|ይሓይሽ|ትሕሾ|ይሓይሹ|ይሓይሾም|ጽቡቕ\s+እዩ|ትሕጎስ|ይሕጎሱ)(?!\S)")
_R47AL_BETTER_WITHOUT_ME_LA = (r"\b(ane\s+)?(zeybley|zeyble|bzey\s+ane|bzeybley)\s+(eza\s+)?(alem|aalem|sdray|deqey|kulu|seb|kulkum)\s+(\w+\s+)?(thayesh|yhayesh|"
                               r"thaysh|yhaysh|yhayshu|xbuq\s+eyu|tsbuq\s+eyu)\b")

# Beating someone now, she is screaming (Tigrinya, Ge'ez "ጎረቤተይ ንሰበይቱ ይወቕዓ ኣሎ፡ ሕጂ ትጭድር ኣላ"; Latin): violence going
# on; the emergency answer. Not a door knocked at ("ማዕጾ ይወቕዕ").
_R47AL_BEATING_TI = (r"(?<!\S)ን(ሰበይቱ|ሰበይቲ|ኣደይ|ኣደኡ|ሓፍተይ|ሓብተይ|ደቁ|ቆልዑ|ጓሉ|ወዱ|ውላዱ|ሰበይተይ|ኣዴና|ቆልዓ|ሰብኣያ|ሰብኣይ)\s+(\S+\s+)?(ይወቕዓ|ይወቕዖ|ይወቕዖም|"
                     r"ይሃርማ|ይሃርሞ|ይሃርሞም|ይወግኣ|ይጸፍዓ|ይቕጥቅጣ|ትወቕዖ|ትሃርሞ)\s+(ኣሎ|ኣለዉ|ኣላ)(?!\S)")
_R47AL_BEATING_LA = (r"\bn(sebeytu|sebeyti|adey|aded|haftey|habtey|dequ|qolua|gualu|wedu|sebeytey)\s+(\w+\s+)?(ywqea|ywqeo|ywekea|ywekeo|yweqea|yharma|"
                     r"yharmo|yweqeom)\s+(alo|alewu|ala)\b")

# Locked in, he is trying to break the door (Tigrinya "ኣብ ውሽጢ ገዛ ተዓጺወ ኣለኹ፡ ንሱ ማዕጾ ክሰብሮ ይፍትን ኣሎ"): the emergency
# answer (a door knocked at, a lock broken, a locksmith are told).
_R47AL_BREAKING_IN_TI = (r"(?<!\S)(ማዕጾ|ማዕጾና|ማዕጾ\s+ክፍሊ|ማዕጾ\s+ገዛ|ማዕጾ\s+ባኞ)\s+(\S+\s+)?(ክሰብሮ|ክሰብራ|ይሰብሮ|ይሰብር|ክሰብር|ይረግጾ|ይደፍኦ|ክኸፍቶ)\s+"
                         r"(\S+\s+)?(ይፍትን|ኣሎ|ይደሊ|ፈቲኑ|ይፍትኑ|ኣለዉ)(?!\S)")
_R47AL_HIDING_TI = r"(?<!\S)(ተዓጺወ|ተዓጽየ|ተሓቢአ|ተሓቢኣ|ተሸሪበ|ዓጺወ|ፈሪሐ|ሓግዙኒ|ፖሊስ)(?!\S)"

# Locked in by the partner who left, with a baby, without water or food (Tigrinya "ሰብኣየ ማዕጾ ዓጽዩ ከይዱ ምስ ህጻን ኣብ ውሽጢ
# ተዓጽየ ኣለኹ ማይ እውን የብልናን"): round 34 asks the gentle question for being locked in alone; with a small child and no
# water the emergency answer. Not a key forgotten (a locksmith).
_R47AL_LOCKED_BY_HIM_TI = (r"(?<!\S)(ሰብኣየ|ሰብኣየይ|በዓል\s+ቤተይ|ንሱ|ኣቦ\s+ደቀይ|ኣቦኦም)\s+(\S+\s+)?(ማዕጾ\s+)?(ዓጽዩ|ዓጺዩ|ዓጽዩና|ዓጽዩኒ|ኣጺዩና|ኣጺዩኒ|ዓጽዩልና|"
                           r"ቆሊፉ|ቆሊፉና)(?!\S)")
_R47AL_LOCKED_IN_TI = r"(?<!\S)(ተዓጽየ|ተዓጺየ|ተዓጽና|ተዓጺና|ኣብ\s+ውሽጢ|ክንወጽእ\s+ኣይንኽእልን|ክወጽእ\s+ኣይክእልን)(?!\S)"
_R47AL_NO_WATER_BABY_TI = (r"(?<!\S)(ህጻን|ሕጻን|ህጻነይ|ሕጻነይ|ቆልዓ|ቆልዑ|ደቀይ|ማይ\s+(እውን\s+|እኳ\s+)?(የብልናን|የለን|የብለይን)|መግቢ\s+(እውን\s+|እኳ\s+)?(የብልናን|የለን)|"
                           r"ሓግዙኒ|ሓግዙና)(?!\S)")

# Fallen from a ladder, a roof with much blood, not waking (Tigrinya "ካብ መሳልል ወዲቑ፡ ብዙሕ ደም ኣብ ርእሱ"): the emergency
# answer. Not a game level ("ደረጃ" in a game).
_R47AL_FELL_FROM_TI = (r"(?<!\S)ካብ\s+(\S+\s+)?(መሳልል|ናሕሲ|ፎቕ|ደረጃ|ስካፎልዲንግ|ባልኮን|ባልኮኒ|መስኮት|ጣራ|ኣእማን)\S*\s+(\S+\s+)?(ወዲቑ|ወዲቓ|ወዲቐ|ወዲቖም|ተደርብዩ|"
                       r"ተደርብያ)(?!\S)")
_R47AL_HURT_BAD_TI = (r"(?<!\S)(ብዙሕ\s+ደም|ደም\s+(ይፈስስ|ይውሕዝ|ኣይጠጠወን|ኣይደው)|ኣይነቕሕን|ኣይትነቕሕን|ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይዛረብን|ኣይትዛረብን|ኣምቡላንስ|"
                      r"ሓግዙ\S*)(?!\S)")

# A man with a gun at our door, waiting for us (Tigrinya "ሓደ ሰብ ብሽጉጥ ኣብ ደገ ገዛና ይጽበየና ኣሎ"): the emergency answer.
# Not a water pistol, a film, a game.
_R47AL_ARMED_TI = r"(?<!\S)(ብሽጉጥ|ሽጉጥ|ብካራ|ካራ|ብብረት|ብፋስ|ብመጥባሕቲ)(?!\S)"
_R47AL_WAITING_OUTSIDE_TI = (r"(?<!\S)ኣብ\s+(ደገ|ማዕጾ|ቅድሚ\s+ገዛ|ቅድሚ\s+ማዕጾ|ጎደና)\s+(\S+\s+){0,2}?(ይጽበየና|ይጽበየኒ|ይጽበ|ደው\s+ኢሉ|ይዘውር|ኣሎ)(?!\S)")
_R47AL_NOT_A_TOY_TI = r"^(?!.*(ማይ|ፕላስቲክ|ጸወታ|ይጻወት|ፊልም|ሃደን|ቪድዮ|ጌም|ዛንታ))"

# Everything given away, only going is left (Tigrinya "ዘሎኒ ኩሉ ንሓወይ ሂበዮ፡ ሕጂ ምኻድ ጥራይ እዩ ተሪፉ"): a farewell act;
# the emergency answer. Not a move, a journey, old clothes given.
_R47AL_GAVE_ALL_TI = (r"(?<!\S)(ዘሎኒ|ዘለኒ|ንብረተይ|ኩሉ\s+ንብረተይ|ኣቑሑተይ|ገንዘበይ)\s+(ኩሉ\s+)?(\S+\s+)?(ሂበዮ|ሂበዮም|ሂበያ|ሂበ|ዓዲለ|ዓዲለዮ|ገዲፈሉ|ገዲፈሎም|ኣረኪበ|"
                      r"ኣረኪበዮ)(?!\S)")
_R47AL_ONLY_GOING_TI = r"(?<!\S)(ምኻድ\s+(ጥራይ|እዩ)|ክኸይድ\s+እየ|ደሓን\s+ኩኑ|መወዳእታ|ካልእ\s+ዝተረፈ\s+የለን|ንሓዋሩ)(?!\S)"
# (Dutch: "ik heb mijn spullen al weggegeven, na vanavond heb ik niks meer nodig"; not a move, a charity, selling)
_R47AL_GAVE_ALL_NL = (r"\b(mijn|m'n|al\s+mijn|alle|de)\s+(spullen|bezittingen|kleren|kleding|sieraden|boeken|fiets|spaargeld|geld|telefoon)\s+(\S+\s+)?(al\s+)?"
                      r"(weggegeven|weg\s+gegeven|verdeeld|gegeven\s+aan|geschonken)\b|\bik\s+heb\s+alles\s+(al\s+)?(weggegeven|verdeeld)\b")
_R47AL_NEED_NOTHING_NL = (r"\b(na\s+(vanavond|vannacht|vandaag|morgen|deze\s+week)\s+(heb|hoef)\s+ik\s+(\S+\s+)?(niks|niets|het|ze)\s+(meer\s+)?(nodig|te\s+hebben)|"
                          r"ik\s+heb\s+(straks|binnenkort|morgen)\s+(niks|niets)\s+meer\s+nodig|waar\s+ik\s+(heen\s+)?ga\s+heb\s+ik\s+(niks|niets)\s+nodig)\b")
_R47AL_NOT_A_MOVE_GIFT_NL = (r"^(?!.*\b(verhuis\w*|verhuiz\w*|emigr\w*|kringloop\w*|goede\s+doel\w*|marktplaats|verkocht|verkopen|opruim\w*|minimalis\w*|"
                             r"vakantie|reis|azc|vlucht)\b)")
_R47AL_NOT_A_MOVE_TI = r"^(?!.*(ጉዕዞ|ናብ\s+ዓዲ|ናብ\s+ካልእ\s+ከተማ|ገዛ\s+ቀይረ|ክግዕዝ|ነፋሪት|ቲኬት|ትኬት|ኤርትራ|ኢትዮጵያ|ሱዳን|ክዳውንቲ|ክዳውንተይ|ኣረጊት))"

# Cut my hand with the knife, the blood is flowing (Latin-script Tigrinya "bkara eday qoritse dem ywhz alo"): the
# Ge'ez wording is read by older rules; the emergency answer.
_R47AL_CUT_HAND_LA = (r"\b(bkara|b\s+kara|blama|b\s+lama|blade|bmes|bmelaxi)\s+(\w+\s+)?(eday|idey|eidey|qlxmey|rsey|ekey)\s+(qoritse|qorixe|qorse|qoritsa|"
                      r"qorie|qorise|qorisa|qoritseyo)\b|\b(eday|idey|eidey|qlxmey)\s+(\w+\s+)?(bkara|blama|blade)\s+(qoritse|qorixe|qoritsa|qorise)\b")
_R47AL_BLEEDING_LA = r"\b(dem\s+(ywhz|ywuhz|ywehz|yfess|yfeses|yfsis|ayqumn|aydew|aytetewen)|bzuh\s+dem)\b"

# "I want to die" in Egyptian Arabic ("أنا عايز أموت خلاص", "ana 3ayez amoot"): the emergency answer, as "بدي موت". Not
# "die of" laughing, hunger.
_R47AL_WANT_DIE_EG = (r"(?<!\S)(عايز|عايزه|عاوز|عاوزه)\s+(ا)?(موت|انتحر|اقتل\s+نفسي|اخلص\s+من\s+حياتي|اخلص\s+من\s+نفسي|اموت\s+نفسي)(?!\S)"
                      r"(?!\s+(من|م|عشان|علشان)\s)")
_R47AL_WANT_DIE_EG_AZ = (r"\b(3ayez|3ayz|3ayza|3awez|3awz|3awza)\s+(2|a|e)?(mout|moot|mot|mut|ente7er|nte7er|2etl\s+nafsi|a2tel\s+nafsi|a5les\s+mn\s+7ayati)\b"
                         r"(?!\s+(mn|min|men|m|3shan|3alashan)\b)")

_ROUND47_CRISIS_ALL += (
    # a child missing (Dutch, Arabic script, Arabizi)
    _R47AL_CHILD_GONE_NL,
    _R47AL_CHILD_GONE_AR,
    _R47AL_CHILD_GONE_AZ,
    # a stranger took my child (Dutch, Arabic script, Arabizi, Tigrinya); my child taken with a threat to kill him
    _R47AL_NOT_KIN_TOOK_NL + _r47al_both(_R47AL_TAKEN_NL, _R47AL_STRANGER_NL)[1:],
    _R47AL_NOT_KIN_TOOK_AR + _r47al_both(_R47AL_TAKEN_AR, _R47AL_STRANGER_AR)[1:],
    _R47AL_NOT_KIN_TOOK_AR + _r47al_both(_R47AL_TAKEN_AZ, _R47AL_STRANGER_AZ)[1:],
    _R47AL_NOT_KIN_TOOK_TI + _r47al_both(_R47AL_CHILD_TAKEN_TI, _R47AL_SOMEONE_TOOK_TI)[1:],
    _r47al_both(_R47AL_KID_TAKEN_TI, _R47AL_KILL_HIM_SAID_TI),
    # the fire eats the house (Arabic script, Arabizi); the smoke alarm with the children upstairs (Dutch)
    _R47AL_NOT_A_DRILL_AR + r".*?" + _R47AL_FIRE_EATS_AR,
    _R47AL_NOT_A_DRILL_AR + r".*?" + _R47AL_FIRE_EATS_AZ,
    _R47AL_NOT_COOKING_NL + _r47al_both(_R47AL_ALARM_NL, _R47AL_INSIDE_NL, _R47AL_CANT_REACH_NL)[1:],
    # choking, cannot breathe (Dutch, Tigrinya Ge'ez and Latin)
    _R47AL_CHOKING_NL,
    _R47AL_NOT_A_COLD_TI + r".*?" + _R47AL_CANT_BREATHE_TI,
    _R47AL_NOT_A_COLD_LA + r".*?" + _R47AL_CANT_BREATHE_LA,
    # chest pain, cannot speak (Dutch)
    _R47AL_CHEST_NL,
    # the means in my hand, beside me (Dutch, Arabic script and Arabizi, Tigrinya Ge'ez and Latin)
    _R47AL_NOT_SHAVING_NL + _r47al_both(_R47AL_IN_HAND_NL, _R47AL_WAVERING_NL)[1:],
    _R47AL_NOT_SHAVING_NL + r".*?" + _R47AL_ROOM_WITH_MEANS_NL,
    _r47al_both(_R47AL_MEANS_NEAR_AR, _R47AL_NO_HOPE_AR),
    _R47AL_NOT_A_DOSE_TI + _r47al_both(_R47AL_PILLS_ALL_TI, _R47AL_SWALLOW_ALL_TI, _R47AL_ALL_NOW_TI)[1:],
    _R47AL_NOT_A_DOSE_LA + _r47al_both(_R47AL_PILLS_ALL_LA, _R47AL_SWALLOW_ALL_LA, _R47AL_ALL_NOW_LA)[1:],
    # pills taken, dizzy, not waking (Dutch, Arabic script, Tigrinya Ge'ez and Latin)
    _R47AL_NOT_A_REFILL_NL + r".*?" + _R47AL_WHOLE_JAR_NL,
    _R47AL_NOT_A_REFILL_NL + _R47AL_OVERDOSE_NL[1:],
    _r47al_both(_R47AL_TOOK_MANY_AR, _R47AL_DIZZY_AR),
    _r47al_both(_R47AL_PILLS_ALL_TI, _R47AL_TOOK_MANY_TI, _R47AL_MANY_TI, _R47AL_DROWSY_TI),
    _r47al_both(_R47AL_PILLS_ALL_LA, _R47AL_TOOK_MANY_LA, _R47AL_MANY_LA, _R47AL_DROWSY_LA),
    # "he says he'll slaughter me" (Iraqi)
    _r47al_both(_R47AL_HUSBAND_IQ, _R47AL_SAYS_KILL_IQ),
    # on the bridge, at the track (Arabizi, Arabic script, Dutch)
    _R47AL_NOT_A_VIEW_AR + _r47al_both(_R47AL_ON_BRIDGE_AZ, _R47AL_JUMP_THOUGHT_AZ)[1:],
    _R47AL_NOT_A_VIEW_AR + _r47al_both(_R47AL_ON_BRIDGE_AR, _R47AL_JUMP_THOUGHT_AR)[1:],
    _R47AL_NOT_A_WALK_NL + _r47al_both(_R47AL_AT_EDGE_NL, _R47AL_EDGE_INTENT_NL)[1:],
    # someone said they will kill themselves, go into the river; into the river now (Arabizi, Tigrinya)
    _R47AL_SAID_SELF_KILL_AZ,
    _R47AL_NOT_SWIMMING_TI + r".*?" + _R47AL_INTO_WATER_SAID_TI,
    _R47AL_NOT_SWIMMING_LA + r".*?" + _R47AL_INTO_WATER_LA,
    _R47AL_SAID_SELF_KILL_LA,
    # chased with a knife (Arabizi)
    _R47AL_CHASED_AZ,
    # "I entrust my children to you after me" (Arabic script, Arabizi)
    _R47AL_NOT_AWAY_AR + r".*?" + _R47AL_ENTRUST_AR,
    _R47AL_NOT_AWAY_AR + r".*?" + _R47AL_ENTRUST_AZ,
    # best to die and spare everyone; a letter left with despair (Arabic script, Arabizi)
    _R47AL_BEST_DIE_AR,
    _R47AL_BEST_DIE_AZ,
    _r47al_both(_R47AL_LETTER_LEFT_AR, _R47AL_HOPELESS_AR),
    # the farewell letter ready (Dutch)
    _R47AL_NOT_A_MOVE_NL + _r47al_both(_R47AL_LETTER_READY_NL, _R47AL_GONE_TOMORROW_NL)[1:],
    # to the railway, "it will all end" (Tigrinya Ge'ez and Latin)
    _R47AL_NOT_TRAVEL_TI + _r47al_both(_R47AL_RAILWAY_TI, _R47AL_THE_END_TI)[1:],
    _R47AL_NOT_TRAVEL_LA + _r47al_both(_R47AL_RAILWAY_LA, _R47AL_THE_END_LA)[1:],
    # on the track, the train due in minutes (Tigrinya Latin and Ge'ez)
    _R47AL_NOT_TRAVEL_R44_LA + _r47al_both(_R47AL_RAILS_LA, _R47AL_TRAIN_KIND_LA, _R47AL_DUE_LA)[1:],
    _R47AL_NOT_TRAVEL_R44_TI + _r47al_both(_R47AL_RAILS_TI, _R47AL_TRAIN_KIND_TI, _R47AL_DUE_TI)[1:],
    # a plan to end it now (Tigrinya Ge'ez and Latin)
    _R47AL_NOT_A_TASK_TI + _r47al_both(_R47AL_END_PLAN_TI, _R47AL_LIFE_HOPE_TI)[1:],
    _R47AL_NOT_A_TASK_LA + _r47al_both(_R47AL_END_PLAN_LA, _R47AL_LIFE_HOPE_LA)[1:],
    # the world better without me (Tigrinya Ge'ez and Latin)
    _R47AL_BETTER_WITHOUT_ME_TI,
    _R47AL_BETTER_WITHOUT_ME_LA,
    # beating someone now (Tigrinya Ge'ez and Latin)
    _R47AL_BEATING_TI,
    _R47AL_BEATING_LA,
    # locked in, he breaks the door (Tigrinya)
    _r47al_both(_R47AL_BREAKING_IN_TI, _R47AL_HIDING_TI),
    # fallen from a ladder, much blood (Tigrinya)
    _r47al_both(_R47AL_FELL_FROM_TI, _R47AL_HURT_BAD_TI),
    # a gun at our door (Tigrinya)
    _R47AL_NOT_A_TOY_TI + _r47al_both(_R47AL_ARMED_TI, _R47AL_WAITING_OUTSIDE_TI)[1:],
    # everything given away, only going left (Tigrinya)
    _R47AL_NOT_A_MOVE_TI + _r47al_both(_R47AL_GAVE_ALL_TI, _R47AL_ONLY_GOING_TI)[1:],
    # everything given away, needing nothing after tonight (Dutch)
    _R47AL_NOT_A_MOVE_GIFT_NL + _r47al_both(_R47AL_GAVE_ALL_NL, _R47AL_NEED_NOTHING_NL)[1:],
    # locked in by him with a baby, no water (Tigrinya)
    _r47al_both(_R47AL_LOCKED_BY_HIM_TI, _R47AL_LOCKED_IN_TI, _R47AL_NO_WATER_BABY_TI),
    # cut my hand, blood flowing (Latin-script Tigrinya)
    _r47al_both(_R47AL_CUT_HAND_LA, _R47AL_BLEEDING_LA),
    # "عايز أموت" (Egyptian, Arabic script and Arabizi)
    _R47AL_WANT_DIE_EG,
    _R47AL_WANT_DIE_EG_AZ,
)
# (round 47, all languages: end)

# (round 47, the lead: start)
_ROUND47_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND47_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND47_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 47, the lead: end)
_ROUND47_IDIOMS = _ROUND47_IDIOMS_ALL + _ROUND47_IDIOMS_LEAD
_ROUND47_CRISIS = _ROUND47_CRISIS_ALL + _ROUND47_CRISIS_LEAD
_ROUND47_UNCERTAIN = _ROUND47_UNCERTAIN_ALL + _ROUND47_UNCERTAIN_LEAD

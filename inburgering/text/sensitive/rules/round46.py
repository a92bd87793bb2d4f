"""Round 46: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 46, development data since) and NLU b36; see the comments per kind."""

from __future__ import annotations

# (round 46, all languages: start)
# Kinds from batch 46 (Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script) and own probes; each a family
# of wordings and spellings, not one sentence. NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a
# native speaker. (Names start with _R46AL_; no earlier rule was narrowed.)
from inburgering.text.sensitive.rules.meaning import _both as _r46al_both  # noqa: E402
from inburgering.text.sensitive.rules.round33 import (  # noqa: E402
    _R33_DANGER_LA as _R46AL_DANGER_LA, _R33_DANGER_TI as _R46AL_DANGER_TI,
)
from inburgering.text.sensitive.rules.round40 import _R40NA_TASK_NL as _R46AL_TASK_R40_NL  # noqa: E402
from inburgering.text.sensitive.rules.round45 import (  # noqa: E402
    _R45NA_DESPAIR_AR as _R46AL_DESPAIR_AR, _R45NA_ERRAND_AZ as _R46AL_ERRAND_AZ,
    _R45NA_NOT_A_PERSON_AR as _R46AL_NOT_A_PERSON_AR, _R45TI_INTENT_LA as _R46AL_INTENT_LA,
    _R45TI_LIFE_LA as _R46AL_LIFE_LA, _R45TI_NOT_A_PLACE_LA as _R46AL_NOT_A_PLACE_LA, _R45TI_PEST_LA as _R46AL_PEST_R45_LA,
    _R45TI_PEST_TI as _R46AL_PEST_R45_TI,
)

# --- crisis and uncertain kinds -------------------------------------------------------------------------------------

# "I am no longer here tomorrow" in learner Dutch ("ik zij morge nie meer hier", "ik bin morgen nie mer hier", "morgen ik
# ben niet meer hier"): the spelled-out wording was read by the classifier only; the gentle question (it may be a move).
# Not with a move, a trip, a holiday, work, a class, an appointment or a place to go to in the message.
_R46AL_TOMORROW_NL = r"(morgen|morge|morrege|morgn|morgu|overmorgen|vanavond|vannacht|volgende\s+week)"
_R46AL_AM_NL = r"(ben|bin|zij|zijn|zijm|bent|is|zal|zel)"
_R46AL_NO_MORE_NL = r"(niet|nie|nit|niets|niks)\s+(meer|mer|meir|mear)(\s+(hier|hir|hie|daar|dar|er|d'r))?"
_R46AL_NOT_HERE_NL = (r"\bik\s+" + _R46AL_AM_NL + r"\s+(er\s+)?" + _R46AL_TOMORROW_NL + r"\s+(er\s+)?" + _R46AL_NO_MORE_NL + r"(\s+zijn)?\b|"
                      r"\b" + _R46AL_TOMORROW_NL + r"\s+(ik\s+" + _R46AL_AM_NL + r"|" + _R46AL_AM_NL + r"\s+ik)\s+(er\s+)?" + _R46AL_NO_MORE_NL + r"\b")
_R46AL_NOT_A_MOVE_NL = (r"^(?!.*\b(verhuis\w*|verhuiz\w*|vakantie|op\s+reis|reis|reizen|trein|vliegtuig|vlieg\w*|naar\s+(huis|\S+stad|amsterdam|rotterdam|"
                        r"utrecht|zwolle|deventer|den\s+haag|het\s+azc|de\s+gemente|school|mijn\s+\S+)|werk|werken|dienst|school|les|cursus|afspraak|"
                        r"ziekenhuis|dokter|huisarts|logeren|logeer\w*|weekend|vrij|verlof|bezoek|stage|kantoor|andere?\s+(huis|stad|woning|adres))\b)")

# "This is my last day in (Holland and in) the world / in this life" (Arabic script, Arabizi): a goodbye; the older rules
# read "اخر يوم الي بالدنيا" without anything between; the emergency answer. Not "the last day in Holland" alone (a
# move), not a question, a wish or a film ("if it were the last day on earth, what would you do").
_R46AL_LAST_DAY_AR = (r"(?<!\S)(هاد|هادا|هذا|هيدا|اليوم|هيك)?\s*(اخر|آخر)\s+(يوم|ليله|ليلة)\s+(الي|إلي|لي|الي\s+فيه|بعيشو|بعيشه|رح\s+عيشو)?\s*"
                      r"(\S+\s+){0,3}?(و\s*)?(ب|في\s+|فى\s+)(ال|هال|هيدي\s+ال)?(دنيا|حياه|عالم)(\s+كلها|\s+كلو)?(?!\S)")
_R46AL_LAST_DAY_AZ = (r"\b(a5er|akher|a5ir|akhir|2a5er|ekher|e5er)\s+(yom|youm|yawm|leile|layle)\s+(ili|eli|li|2ili|ele)?\s*(\w+\s+){0,3}?(w\s*)?"
                      r"(b|bi|be|fi)\s*(el\s*|l|hal\s*)?(donya|dunya|denya|dinye|7aya|7ayat|3alam)\b")
_R46AL_NOT_A_QUESTION_AR = (r"^(?!.*((?<!\S)(لو|اذا|ازا|إذا|فيلم|فلم|مسلسل|لعبه|سؤال|شو\s+بتعمل|شو\s+بتعملي|تخيل|تخيلي)(?!\S)|"
                            r"\b(law|iza|eza|film|flm|mosalsal|game|su2al|shu\s+bt3mel|sho\s+bta3mel|t5ayal|tkhayal)\b))")

# "There is no way out but death" in Arabizi ("ma fi 7al ella el mawt", "mafi 7al gher el mout") and Arabic script with
# the other verbs ("ما ضل الا الموت", "ما بقى حل غير الانتحار"): the emergency answer. Only death or suicide after it.
_R46AL_NO_WAY_AZ = (r"\b(ma\s+fi|mafi|ma\s+fee|mafee|ma\s+fih|ma\s+3ad\s+fi|mish\s+fi|msh\s+fi|ma\s+ba2a|ma\s+d?all)\s+(7al|7all|7el|ma5raj|makhraj|"
                    r"tari2|6ari2|shi)\s+(\w+\s+)?(ella|illa|ela|ila|gher|8er|ghair|gheir|ghir|8eir|siwa)\s+(el\s*|l)?(mawt|mout|mot|moot|ente7ar|inti7ar|"
                    r"enti7ar|inte7ar)\b")
_R46AL_NO_WAY_AR = (r"(?<!\S)(ما\s+في|مافي|ما\s+فيه|مش\s+في|ما\s+عاد\s+في|ما\s+ضل|ما\s+بقى|ما\s+بقي|ما\s+ضل\s+في|لم\s+يبق|لا\s+يوجد|ما\s+الي|ما\s+لي|"
                    r"ما\s+عندي)\s+((لي|الي|قدامي|عندي)\s+)?((ال)?(حل|مخرج|طريق|خيار|شي)\s+)?(الا|غير|سوى)\s+(ال)?(موت|انتحار)(?!\S)")

# "Say goodbye to my children / my mother for me" ("ودعوا ولادي عني", "ودعولي امي", "wad3o wlade 3anni", "wad3ouli ahli"): a
# farewell left with the assistant; the emergency answer. The "for me" ("عني", "-li") must stand there ("they said goodbye
# to my children" is told); not with a journey, a flight, a holiday in the message.
_R46AL_KIN_AR = (r"(ولادي|اولادي|امي|ماما|ابوي|بابا|اهلي|عيلتي|بنتي|بناتي|ابني|اخواتي|اخوتي|اخواني|اخوي|اختي|مرتي|زوجتي|جوزي|زوجي|حبايبي|"
                 r"رفقاتي|اصحابي|الكل|كل\s+حدا|كل\s+الناس)")
_R46AL_FAREWELL_AR = (r"(?<!\S)(ودعوا|ودعو|ودعي|ودع|وادعوا)\s+(\S+\s+)?" + _R46AL_KIN_AR + r"\s+(\S+\s+)?(عني|عنّي|بالنيابه\s+عني)(?!\S)|"
                      r"(?<!\S)(ودعولي|ودعيلي|ودعلي|وادعولي)\s+(\S+\s+)?" + _R46AL_KIN_AR + r"(?!\S)")
_R46AL_KIN_AZ = (r"(wlade|wladi|wlad|wledi|awladi|emmi|ommi|immi|mama|baba|abouy|bayi|ahli|ahle|3ayelti|3ilti|binti|bente|banati|ebni|ibni|5wati|"
                 r"ikhwati|akhwati|e5wati|a5i|akhi|o5ti|okhti|marti|jozi|zawji|7abayebi|rfa2ati|as7abi|el\s*kel|kel\s+7ada)")
_R46AL_FAREWELL_AZ = (r"\b(wad3o|wadd3o|wade3o|wada3o|wad3u|wadd3u|wadde3o|wade3u|wade3i|wad3i|wadde3i|wade3|wadde3)\s+(\w+\s+)?" + _R46AL_KIN_AZ
                      + r"\s+(\w+\s+)?(3anni|3ani|3anne|3nni|3ne|3anny)\b|"
                      r"\b(wad3ouli|wad3oli|wad3uli|wadd3ouli|wadd3oli|wade3oli|wade3ouli|wade3ili|wad3ili|wad3li|wadde3li)\s+(\w+\s+)?" + _R46AL_KIN_AZ + r"\b")
_R46AL_NOT_A_TRIP_AR = (r"^(?!.*((?<!\S)(سفر|السفر|مسافر|مسافره|بسافر|رح\s+سافر|طياره|الطياره|مطار|المطار|رحله|عطله|اجازه|رايح|رايحه|برجع|راجع|"
                        r"بالعيد|العيد|بكرا\s+بشوفكن)(?!\S)|\b(safar|msafer|msafra|bsafer|tayara|matar|re7le|3o6le|ejaze|raye7|ray7a|barja3|raje3)\b))")

# At the window, on the balcony or the edge, on a high floor ("ana 3al shebbak, el tabe2 el 3asher", "انا عالشباك بالطابق
# العاشر"): standing at a height; the gentle question, with despair or a last word the emergency answer. Not a view,
# the rain, the washing, smoking, plants, where I live, the lift, cleaning the windows.
_R46AL_LEDGE_AR = r"(عال|ع\s+ال|على\s+ال|علي\s+ال|عند\s+ال|جنب\s+ال|ب|بال|فوق\s+ال)(شباك|بلكون|بلكونه|برندا|حافه|سطح|شرفه|نافذه)"
_R46AL_FLOOR_AR = r"(ب|في\s+|و\s*)?(ال)?(طابق|تابق)\s+(ال)?\S+"
_R46AL_AT_HEIGHT_AR = (r"(?<!\S)(و\s*)?(انا\s+)?(واقف\s+|واقفه\s+|قاعد\s+|قاعده\s+)?" + _R46AL_LEDGE_AR + r"\S*\s+(\S+\s+){0,3}?" + _R46AL_FLOOR_AR + r"|"
                       r"(?<!\S)" + _R46AL_FLOOR_AR + r"\s+(\S+\s+){0,3}?(و\s*)?(انا\s+)?(واقف\s+|واقفه\s+|قاعد\s+|قاعده\s+)?" + _R46AL_LEDGE_AR + r"\S*(?!\S)")
_R46AL_LEDGE_AZ = r"(3al|3ala|3a|fo2|3and|7ad|janb)\s*(el\s*|l)?(shebbak|shibbak|shobbak|shubbak|shebak|balkon|balcon|balcone|balkone|baranda|7affe|sate7|sat7|sa6e7)"
_R46AL_FLOOR_AZ = r"(b|bel|fi|w)?\s*(el\s*|l)?(tabe2|tab2|6abe2|6ab2|tabe8|floor|verdieping)\s+(el\s*|l)?\w+"
_R46AL_AT_HEIGHT_AZ = (r"\b(w\s*)?(ana\s+)?(wa2ef\s+|wa2fe\s+|2a3ed\s+|2a3de\s+)?" + _R46AL_LEDGE_AZ + r"\b\s+(\w+\s+){0,3}?" + _R46AL_FLOOR_AZ + r"\b|"
                       r"\b" + _R46AL_FLOOR_AZ + r"\s+(\w+\s+){0,3}?(w\s*)?(ana\s+)?(wa2ef\s+|wa2fe\s+|2a3ed\s+)?" + _R46AL_LEDGE_AZ + r"\b")
_R46AL_NOT_A_VIEW_AR = (r"^(?!.*((?<!\S)(ال|ب|بال)?(مطر|منظر|شمس|غسيل|الغسيل|بلديه|غميينته|الدوو|مكتب|موظف|موظفه|رقم|دور|تذاكر|بنك|مستشفى|نشر|انشر|دخن|بدخن|سيجاره|زرع|ورد|نبات\S*|ساكن|ساكنه|ساكنين|بيتي|بيتنا|"
                        r"شقه|شقتي|مصعد|اسانسير|اجار|ايجار|عنوان|نضف|بنضف|امسح|بمسح|جيران|صوره|صور|عم\s+شوف|بشوف|قهوه|شاي|الولاد\s+عم)(?!\S)|"
                        r"\b(gemeente|baladiye|maktab|mwazaf|ra2am|raqam|dor|tazaker|bank|balie|counter|mostashfa|matar|manzar|shams|ghasil|8asil|nasher|dakhen|bdakhen|sigara|zare3|ward|saken|sakne|beti|baiti|sha22a|sha2a|masa3ad|asanser|"
                        r"ejar|2ijar|3enwan|nadef|bnadef|emsa7|jiran|sura|swar|3am\s+shuf|bshuf|2ahwe|shai)\b))")

# "I have no reason to live (for)" (Ge'ez, Latin script: "ዝነብረሉ ምኽንያት የብለይን", "zinebrelu mknyat yebleyn"): as in Dutch and
# Arabic, the emergency answer. Not a reason to live in a place ("ኣብ ሆላንድ ዝነብረሉ ምኽንያት": residence).
_R46AL_LIVE_FOR_TI = r"(ዝነብረሉ|ዝነብረሉ|ዝነበረሉ|ክነብር|ንክነብር|ንምንባር|ምንባር|ናይ\s+ምንባር|ንህይወት|ንሕይወት|ክነብረሉ)"
_R46AL_REASON_TI = r"(ምኽንያት|ምኽኒያት|ምኽንያታት|ዕላማ|ትርጉም|ረብሓ)"
_R46AL_NONE_TI = r"(የብለይን|የብለይ|የለንን|የለን|ኣይረኸብኩን|ኣይርከበንን|ጠፊኡኒ)"
_R46AL_NO_REASON_TI = (r"(?<!\S)" + _R46AL_LIVE_FOR_TI + r"\s+(ዝኾነ\s+|ሓደ\s+|ዋላ\s+ሓደ\s+)?" + _R46AL_REASON_TI + r"\s+(\S+\s+)?" + _R46AL_NONE_TI + r"(?!\S)|"
                       r"(?<!\S)" + _R46AL_REASON_TI + r"\s+" + _R46AL_LIVE_FOR_TI + r"\s+(\S+\s+)?" + _R46AL_NONE_TI + r"(?!\S)")
_R46AL_LIVE_FOR_LA = r"(z[iey]?n[ie]?b[ie]?r[ie]?lu|k[iy]?n[ie]?b[ie]?r(elu)?|n[iy]?k[iy]?n[ie]?b[ie]?r|n[iy]?m[iy]?nbar|m[iy]?nbar|nhiwet|nhywet)"
_R46AL_REASON_LA = r"(m[iy]?k?h?n[iy]{1,2}a?t|m[iy]?k?h?n[iy]{0,2}y[ae]?t|mknyat|mkniat|mikniyat|mekniyat|elama|trgum|tirgum)"
_R46AL_NONE_LA = r"(y[ie]?bl[ie]?y[ie]?n|yebleyen|yeblen|yebley|y[ie]?l[ie]?n(en)?|ayrekebkun)"
_R46AL_NO_REASON_LA = (r"\b" + _R46AL_LIVE_FOR_LA + r"\s+(zkone\s+|hade\s+|wala\s+hade\s+)?" + _R46AL_REASON_LA + r"\s+(\w+\s+)?" + _R46AL_NONE_LA + r"\b|"
                       r"\b" + _R46AL_REASON_LA + r"\s+" + _R46AL_LIVE_FOR_LA + r"\s+(\w+\s+)?" + _R46AL_NONE_LA + r"\b")
_R46AL_NOT_A_RESIDENCE_TI = (r"^(?!.*((?<!\S)(ኣብ|ናብ)\s+\S+\s+" + _R46AL_LIVE_FOR_TI + r"|\b(ab|nab)\s+\w+\s+" + _R46AL_LIVE_FOR_LA + r"\b))")

# Latin-script "I want to end my life" with the verb "ከብቅዓ" in its spellings ("hiwetey kbka deleye", "hiwetey kebqa idli"):
# round 45 reads the other verbs; the Ge'ez reading took "hiwetey" for "my brothers". The emergency answer; not a place
# after the life ("my days in Holland").
_R46AL_END_BQ_LA = r"k[iey]?b[ie]?(q|k|kh|qh)[ie]?(a|ea|ia|eo|o|ae|oa)"
_R46AL_END_LIFE_LA = r"\b" + _R46AL_LIFE_LA + r"\s+((?!ab\b)\w+\s+)?" + _R46AL_END_BQ_LA + r"\s+(\w+\s+)?" + _R46AL_INTENT_LA + r"\b"

# --- idioms ---------------------------------------------------------------------------------------------------------
# (each cuts the ordinary phrase only, and nothing where a real danger stands in the message)

# a book, a film, a story about someone who dies or almost dies (Dutch): a plot; never with "I want", "like him", myself
_R46AL_STORY_NL = r"(boek|boekje|film|serie|aflevering|verhaal|roman|documentaire|docu|artikel|nieuwsbericht|nieuws|toneelstuk|gedicht|strip|podcast)"
_R46AL_STORY_DIES_NL = (r"^(?!.*\b(ik\s+wil|wil\s+ik|ik\s+ok|ok\s+ik|net\s+als\s+(hij|zij|ze|die|hem|haar)|zoals\s+(hij|zij|ze|die)|mezelf|mijzelf|herken\w*|"
                        r"zelfmord\w*|ik\s+voel\s+me)\b).*?\b" + _R46AL_STORY_NL + r"\s+(over|waarin|waar\s+in)\s+(\S+\s+){0,10}?"
                        r"(bijna\s+|uiteindelijk\s+|toch\s+|ook\s+)?(sterft|stierf|sterven|stierven|overlijdt|overleed|dodgaat|dod\s+gaat|omkomt|omkwam|verdrinkt|"
                        r"verdronk|sneuvelt|sneuvelde|vermord\s+wordt|wordt\s+vermord|vermord\s+werd|werd\s+vermord|dod\s+is|overleeft)\b(\s+(op|in|aan|bij)\s+(de|het|een)?\s*\S+)?")

# finishing a task today with "deze", "dit", "een" before it ("ik wil deze opdracht vandaag nog afmaken"; Dutch): rounds
# 40 and 44 read "het", "mijn"; never a person, a wish to die, a weapon in the message
_R46AL_TASK_NL = r"(" + _R46AL_TASK_R40_NL[1:-1] + r"|opdracht|opdrachten|taak|taken|klus|klusje|oefening\w*|hoofdstuk|zin|zinnen|verslag|stage\w*|puzzel|kamer|tekening)"
_R46AL_WHEN_NL = r"((vandaag|nu|even|nog|eerst|morgen|snel|straks|eindelijk|helemaal|vanavond|vanmiddag|dit\s+weekend|deze\s+week|graag|wel|echt)\s+)*"
_R46AL_FINISH_TASK_NL = (r"^(?!.*\b(hem|haar|jou|jullie|die\s+man|die\s+vrouw|mijn\s+ex|mijn\s+man|mezelf|mijzelf|vermorden|dod|sterven|leven|zelfmord|"
                         r"mes|pistol|wapen|slaan)\b).*?\b(wil|ga|moet|zal|kan|probeer|hoop|wou|gaan|moeten|willen)\s+(ik\s+|we\s+|wij\s+)?" + _R46AL_WHEN_NL
                         + r"(deze|dit|die|dat|een|mijn|m'n|mn|de|het|onze|ons|al\s+mijn|alle|al\s+die)\s+(\S+\s+)?" + _R46AL_TASK_NL + r"\S*\s+"
                         + _R46AL_WHEN_NL + r"(afmaken|af\s+maken|afronden|afwerken)\b|"
                         r"^(?!.*\b(hem|haar|jou|jullie|mezelf|mijzelf|vermorden|dod|sterven|leven|zelfmord|mes|pistol|wapen|slaan)\b).*?\b(deze|dit|die|dat|mijn|"
                         r"de|het)\s+(\S+\s+)?" + _R46AL_TASK_NL + r"\S*\s+(wil|ga|moet|zal|kan|probeer|hoop)\s+(ik|we|wij)\s+" + _R46AL_WHEN_NL
                         + r"(afmaken|af\s+maken|afronden|afwerken)\b")

# a knife lent, bought, taken to cut food ("een groot mes geleend om de watermeloen te snijden", "de kip snijden met een
# scherp mes", "het mes is bot, ik kan de kip niet snijden"; Dutch): the kitchen; never myself, the wrists, a threat,
# blood, death in the message
_R46AL_FOOD_NL = (r"(watermeloen|meloen|brod|stokbrod|vles|kip|groente\w*|ui|uien|tomaat|tomaten|fruit|appel\w*|aardappel\w*|taart|cake|kas|worst|vis|"
                  r"komkommer\w*|paprika\w*|wortel\w*|ananas|mango\w*|sla|kol|pompoen\w*|knoflok|citroen\w*|sinaasappel\w*|pizza|ham|lam|schaap|"
                  r"gehakt|biefstuk|avocado\w*|banaan|bananen|peer|peren|perzik\w*|kokosnot|doos|dozen|karton|pakket|pakje|verpakking|touw|tape)")
_R46AL_NO_HARM_NL = (r"^(?!.*\b(zelfmord\w*|mezelf|mijzelf|me\s+snijden|pols\w*|ader\w*|bedreig\w*|dreigt|dreigde|steken|stekt|steekt|stak|bloed\w*|pijn\s+doen|"
                     r"dod\w*|vermord\w*|leven|hem\s+pijn|haar\s+pijn|mijn\s+man|mijn\s+vrouw)\b)")
_R46AL_KNIFE_FOOD_NL = (_R46AL_NO_HARM_NL + r".*?\b(mes|mesje|keukenmes|broodmes|vleesmes|hakmes|schilmesje|koksmes)\s+(\S+\s+){0,3}?(om|voor)\s+(de|het|een|die|dat|mijn)?\s*"
                        r"(\S+\s+)?" + _R46AL_FOOD_NL + r"\s+(te\s+)?(snijden|snijen|schillen|hakken|open\s+te\s+maken|openmaken|open\s+maken|doorsnijden)\b|"
                        + _R46AL_NO_HARM_NL + r".*?\b" + _R46AL_FOOD_NL + r"\s+(\S+\s+)?(snijden|snijd|snijdt|sneed|snijen|schillen|schil|hakken|hak)\s+"
                        r"(\S+\s+)?met\s+((een|het|de|mijn|m'n|haar|zijn)\s+)?(\S+\s+)?(mes|mesje|keukenmes|broodmes|vleesmes|hakmes|koksmes)\b|"
                        # (the knife named first, the food and the cutting after it: "mes is bot, ik kan kip niet snijden")
                        + _R46AL_NO_HARM_NL + r".*?\b(mes|mesje|keukenmes|broodmes|vleesmes|hakmes|schilmesje|koksmes)\s+(\S+\s+){0,6}?" + _R46AL_FOOD_NL
                        + r"\s+(\S+\s+){0,2}?(te\s+)?(snijden|snijen|schillen|hakken|doorsnijden)\b|"
                        # (the food first, the cutting last: "het vlees moet je met een scherp mes snijden")
                        + _R46AL_NO_HARM_NL + r".*?\b" + _R46AL_FOOD_NL + r"\s+(\S+\s+){0,3}?met\s+((een|het|de|mijn|m'n|haar|zijn)\s+)?(\S+\s+)?"
                        r"(mes|mesje|keukenmes|broodmes|vleesmes|hakmes|koksmes)\s+(te\s+)?(snijden|snijen|schillen|hakken|doorsnijden)\b")

# "cut oneself in the fingers" (to hurt one's own interests; Dutch): "ik snijd mezelf in de vingers als ik die afspraak
# mis"; never with a knife, a blade, blood, on purpose, the wrists or the arm in the message
_R46AL_OWN_FINGERS_NL = (r"^(?!.*\b(mes|mesje|scheermes\w*|mesjes|blade|bloed\w*|expres|met\s+opzet|pols\w*|arm|armen|been|benen|ader\w*|pijn\s+doen|"
                         r"wil\s+(me|mezelf|mijzelf)|zelfmord|dod)\b).*?\b(snijd|snijdt|sneed|sneden|snijden|snij)\s+(ik\s+|je\s+|jij\s+|hij\s+|ze\s+|zij\s+|we\s+|u\s+)?"
                         r"(mezelf|mijzelf|me|mij|jezelf|je|zich|zichzelf|onszelf|ons|uzelf)\s+((flink|lelijk|behoorlijk|echt|wel|dan|zelf)\s+)*"
                         r"in\s+(de|m'n|mijn|je|z'n|zijn|haar|onze|de\s+eigen|mijn\s+eigen|je\s+eigen|zijn\s+eigen)\s+(vingers|vinger)\b")

# "I've had it with (the bus line, the printer, the rain)" (Dutch): fed up with a thing; never with life, everything,
# myself, everyone, a person who hits, death in the message
_R46AL_THING_NL = (r"(bus|buslijn|buslijnen|bussen|lijn|trein\w*|tram|metro|ns|ov|file\w*|fiets|auto|regen|weer|kou|wind|lawaai|herrie|geluid|"
                   r"burman|burvrouw|buren|printer|computer|laptop|telefon|mobiel|wifi|internet|formulier\w*|papieren|papierwerk|brieven|brief|"
                   r"gemente|duo|belastingdienst|ind|toeslagen|toeslag|wachtrij|wachten|huiswerk|les|lessen|cursus|examen\w*|toets\w*|grammatica|"
                   r"taal|nederlands|regels|bureaucratie|huisbaas|verhuurder|lift|schimmel|verwarming|kachel|app|website|site|wachtlijst|"
                   r"supermarkt|winkel|prijzen|rekeningen|belasting|post|pakket\w*|bezorger|snelweg|fietspad|parkeren|parkeerplaats)")
_R46AL_HAD_IT_NL = (r"^(?!.*\b(leven|alles|iedereen|mezelf|mijzelf|wereld|dod|zelfmord|afscheid|einde|pillen|slaat|sloeg|bang|hem|haar|mijn\s+man|"
                    r"mijn\s+vrouw|niet\s+meer\s+(leven|verder))\b).*?\bik\s+heb\s+het\s+((echt|helemaal|zo|wel|nu|nou|gewoon|ook)\s+)*gehad\s+met\s+"
                    r"((de|het|die|deze|dat|dit|mijn|m'n|mn|onze|ons|al\s+die|al\s+dat|al\s+deze|dat\s+hele|die\s+hele)\s+)?(\S+\s+)?" + _R46AL_THING_NL
                    + r"\w*(\s+\d+\w*)?\b")

# prices, the rent, the bills "are slaughtering / killing us" (Arabic script, Arabizi): the cost of living; never a
# person, a threat told ("he says if I don't pay the debt back he'll slaughter me": round 45's guard), a blow, a knife,
# the police, a wish to die in the message
_R46AL_COST_AR = (r"(ال|هال|ب|بال)?(اسعار|سعر|غلا|غلاء|اجار|ايجار|اجارات|فواتير|فاتوره|ضرايب|ضريبه|مصاريف|مصروف|كهربا|الغاز|تامين|تضخم|"
                  r"اقساط|قسط|ديون|دين|مخالفه|مخالفات|غرامه|غرامات)\S*")
_R46AL_SLAUGHTERS_AR = (r"((عم|رح|ح|قاعده|قاعدين)\s+)?(بت|بي|ت|ي)(ذبح|دبح|قتل|موت|خنق|هلك|خلص\s+علي)(نا|ني)|(ذبحتنا|دبحتنا|قتلتنا|موتتنا|خنقتنا|هلكتنا|"
                        r"ذبحونا|دبحونا|قتلونا|ذبحتني|دبحتني|هلكتني|خنقتني)")
_R46AL_NO_DANGER_AR = (r"^(?!.*((?<!\S)(جوزي|زوجي|ابوي|اخوي|طليقي|ابن\s+عمي|ابن\s+خالي|عمي|خالي|هددني|ضربني|بيضربني|سكين|مسدس|بوليس|شرطه|انتحر|انتحار|بدي\s+موت|ما\s+بدي\s+عيش|حبوب|"
                       r"jozi|zawji|haddadni|darabni|bidrobni|sekin|msadas|bolis|shorta|ente7er|inti7ar|bade\s+mout|ma\s+bade\s+3ish)(?!\S)))")
_R46AL_COST_AZ = (r"(el\s*|l|hal\s*|b|bel\s*)?(as3ar|asaar|se3r|s3r|ghala|8ala|ejar|2ijar|ijar|fawatir|fatura|fwater|daraeb|dara2eb|masarif|masrouf|kahraba|"
                  r"ta2min|ta2meen|dyoon|dyun|dion|gharame|8arame|mo5alafe)\w*")
_R46AL_SLAUGHTERS_AZ = (r"((3am|ra7|7a)\s+)?(bt|bi|by|b|t|y)?[aeiou]?(dba7|dbe7|db7|deba7|zba7|2tol|2otol|2tel|2atel|mawet|mawwet|5ne2|khne2|khna2|hlek)"
                        r"(na|ni|ne)\b|\b(dba7atna|daba7atna|2atalatna|mawatatna|5ana2atna|halakatna|dba7ouna|2atalouna)")

# "I wish I had died rather than this embarrassment" (Arabic script, Arabizi): shame after a mistake; only with the
# shame word right after "rather"; never "rather than this life", with a blow, with every day in the message
_R46AL_RATHER_DIE_AR = (r"^(?!.*((?<!\S)(عيشه|العيشه|هالعيشه|حياه|الحياه|حياتي|دنيا|الدنيا|ضرب|بيضربني|انتحر|انتحار|عذاب|كل\s+يوم|ما\s+بدي\s+عيش)(?!\S)))"
                        r".*?(?<!\S)(يا\s*ريتني|ياريتني|ريتني|ليتني|يا\s*ريت|بفضل|افضل|احسن\s+لي|احسنلي)\s+(ا)?(مت|موت|ميت|ميته|كنت\s+ميت|كنت\s+ميته)\s+"
                        r"(و\s*لا|ولا|لا|من|عن)\s+(هال|ال|هيك|هاد\s+ال|هيدا\s+ال|هيدي\s+ال)?(احراج|فضيحه|كسفه|موقف|بهدله|خجل|غلطه|حرج|مسخره|عيب)\S*")
_R46AL_RATHER_DIE_AZ = (r"^(?!.*\b(3ishe|3eeshe|7aya|7ayati|donya|dunya|darb|bidrobni|ente7er|inti7ar|3azab|kel\s+yom|ma\s+bade\s+3ish)\b)"
                        r".*?\b(ya\s*retni|ya\s*raitni|ya\s*reitni|retni|raitni|ya\s*reet|ya\s*rit|bfaddel|afdal|a7sanli)\s+(mot|mt|met|mout|moot|meyet|mayet|"
                        r"kent\s+meyet|kent\s+mayet)\s+(w\s*la|wala|la|mn|min)\s+(hal\s*|el\s*|l)?(e7raj|i7raj|fadi7a|fadee7a|kasfe|kasfa|maw2ef|mawqef|"
                        r"bahdale|5ajal|khajal|ghal6a|8al6a|3eib|3eeb)\w*")

# a disease, insects, the frost "killing" the tomatoes, the plants in the garden (Arabic script, Arabizi): a plant's death
_R46AL_BLIGHT_AR = (r"(ال|هال|في\s+ال)?(مرض|امراض|حشره|حشرات|دود|دوده|فطر|فطريات|عفن|صقيع|الصقيع|برد|البرد|حر|الحر|شوب|جفاف|قمل|المن|بق|نمل|حلزون|بزاق|سوس|ملح|"
                    r"الملح|قله\s+المي|قلة\s+المي)\S*")
_R46AL_PLANT_AR = (r"(ال)?(بندوره|طماطم|زرع|زريعه|نبات|نباتات|نبته|نبتات|ورد|وردات|ورود|شجر|شجره|اشجار|عشب|حشيش|خيار|فليفله|كوسا|باذنجان|"
                   r"نعنع|بقدونس|خس|زيتون|زيتونات|ليمون|ليمونه|تفاح|عنب|محصول|جنينه|الحديقه|فريز|فراوله|بطاطا|بصل)\S*")
_R46AL_BLIGHT_KILLS_AR = (r"(?<!\S)(في\s+)?" + _R46AL_BLIGHT_AR + r"\s+(\S+\s+){0,2}?((عم|رح|ح|قاعد)\s+)?(بي|بت|ي|ت)?(قتل|موت|يبس|خرب|ياكل|اكل|تاكل)\S*\s+"
                          r"(\S+\s+)?" + _R46AL_PLANT_AR + r"(?!\S)|"
                          r"(?<!\S)(قتل|قتلت|موت|موتت|يبس|خرب)\s+(\S+\s+)?" + _R46AL_PLANT_AR + r"\s+(\S+\s+)?(ال)?" + _R46AL_BLIGHT_AR + r"(?!\S)")
_R46AL_BLIGHT_AZ = r"(marad|amrad|7ashara|7asharat|7ashrat|dod|dode|fotr|3afan|sa2e3|sa2i3|bard|7ar|7arr|shob|jafaf|naml|bza2|sous|mele7|mal7)\w*"
_R46AL_PLANT_AZ = (r"(el\s*|l)?(banadora|bandora|banadura|bandura|6ama6em|tamatem|zare3|zar3|zri3a|nabat\w*|nabte|ward|wardat|shajar\w*|3eshb|7ashish|5iyar|"
                   r"khiyar|na3na3|ba2dounes|zaytoun|zaytun|limon|teffa7|tffa7|3enab|jneine|7adi2a|fraise|batata|basal)\w*")
_R46AL_BLIGHT_KILLS_AZ = (r"\b(fi\s+)?" + _R46AL_BLIGHT_AZ + r"\s+(\w+\s+){0,2}?((3am|ra7|7a)\s+)?(bi|bt|by|b|y|t)?[aeiou]?(2atel|2tol|2otol|2tel|2atal|mawet|mawwet|yabas|"
                          r"yebes|5arab|kharab|akel|yakol|takol|btakol|byakol)\w*\s+(\w+\s+)?" + _R46AL_PLANT_AZ + r"\b")
_R46AL_NOT_KIN_AR = (r"^(?!.*((?<!\S)(حالي|نفسي|ولادي|ابني|بنتي|جوزي|زوجي|انا\s+كمان|متلها|متلو)(?!\S)|\b(7ali|nafsi|wladi|wlade|ebni|binti|jozi|zawji|"
                     r"metla|metlo)\b))")

# a form, a letter, a price "is killing me" in the other Arabizi spellings of the verb ("el form hayda 3am ye2tolni",
# "el ejar byi2tolni", "hal wara2 rah te2tolni"): round 45 reads some spellings; never a person, a threat told
_R46AL_KILLS_ME_AZ = (r"((kan\s+|kanet\s+)?(ra7|7a|3am|bado|bada|rah)\s+)?(b|bi|bt|by)?[yt][aeiou]{0,2}2[aeiou]?t[aeiou]?l(ni|na|ne|nee)\b|"
                      r"\b(b|bi|bt|by)?[yt][aeiou]?(mawet|mawwet|janen|jannen)(ni|na)\b")
_R46AL_THING_KILLS_AZ = (_R46AL_NOT_A_PERSON_AR + r".*?\b(w\s*)?(" + _R46AL_ERRAND_AZ + r"|" + _R46AL_COST_AZ + r")\s+(hayda|hayde|hayd|hay|hal|hek|hadol|hadi|hada|"
                         r"el\s*jdid|el\s*jdide)?\s*(\w+\s+){0,3}?(" + _R46AL_KILLS_ME_AZ + r")")

# "I'll die of the noise, the heat, boredom, laughing, hunger, tiredness" (Arabizi, Arabic script: "ra7 moot mn el daje",
# "رح موت من الضجه"): a complaint about a thing; never with a wish to die, a person who hurts, pills, a knife in the message
_R46AL_CAUSE_AZ = (r"(daje|dajje|dajeh|dji|soot|sout|sot|aswat|3aj2a|3ja2|za7me|7ar|7arr|shob|sho2|bard|malal|mall|ded7k|da7k|d7k|jo3|ju3|3a6ash|3atash|"
                   r"no3as|nou3as|ta3ab|ta3b|entezar|intizar|natra|na6ra|fodol|fudul|ghayra|8ayra|e7raj|i7raj|kasfe|zo2|wlad|dawsha|sda3)")
_R46AL_DIE_OF_AZ = (_R46AL_NO_DANGER_AR + r".*?\b((ra7|7a|rah|kent\s+ra7|kenet\s+ra7|3am|bade|baddi|badi|2arrabt)\s*)?(b|be|bi)?(moot|mout|mot|amout|2mout|"
                    r"emout|mut|amut)\s+(mn|min|men|m|mnl|mel)\s*(el\s*|l|hal\s*)?" + _R46AL_CAUSE_AZ + r"\b")
_R46AL_CAUSE_AR = (r"(ضجه|ضجيج|دوشه|صوت|الاصوات|اصوات|عجقه|زحمه|حر|شوب|برد|ملل|ضحك|جوع|عطش|نعس|تعب|انتظار|نطره|فضول|غيره|احراج|كسفه|صداع|"
                   r"الولاد|ولاد)")
_R46AL_DIE_OF_AR = (_R46AL_NO_DANGER_AR + r".*?(?<!\S)((رح|ح|عم|بدي|كنت\s+رح|قربت)\s+)?(ب|ا)?(موت|اموت)\s+(من|م)\s*(ال|هال)?" + _R46AL_CAUSE_AR + r"(?!\S)")

# the anniversary of a grandparent's, a parent's death ("ኣቦሓጎይ ዝሞተሉ መዓልቲ ሎሚ ዓመት ኮይኑ", Ge'ez and Latin script): grief,
# told; round 27 reads the memorial words; never with following them, wanting to die, "I can't" in the message
_R46AL_KIN_TI = (r"(ኣቦሓጎይ|ኣቦሓጎና|ዓባየይ|ዓባይና|ዓባይ|ኣቦይ|ኣደይ|ኣቦና|ኣዴና|ሓወይ|ሓብተይ|ሓፍተይ|ወደይ|ጓለይ|ሰብኣየይ|ሰበይተይ|በዓልቲ\s+ቤተይ|ኣኮይ|ሓትነይ|"
                 r"ኣሞይ|መሓዛይ|ዓርከይ|ዓርኩ|ኣቦሓጎኣ|ኣቦሓጎኡ)")
_R46AL_DIED_ON_TI = r"(ዝሞተሉ|ዝሞተትሉ|ዝሞቱሉ|ዝዓረፈሉ|ዝዓረፈትሉ|ካብ\s+ዝሞተ|ካብ\s+ዝሞተት|ካብ\s+ዝዓረፈ|ካብ\s+ዝዓረፈት|ዝሞተ|ዝሞተት|ዝዓረፈ|ዝዓረፈት)"
_R46AL_SPAN_TI = r"(መዓልቲ|ዓመት|ዓመታት|ወርሒ|ኣዋርሕ|ሰሙን|ዝኽሪ|ተዝካር|ዕለት)"
_R46AL_ANNIVERSARY_TI = (r"^(?!.*(" + _R46AL_DANGER_TI + r"|ክስዕቦ|ክስዕባ|ክኸይድ|ክመውት|ክሞት|ምስኡ|ምሳኣ|ክራኸቦ|ክራኸባ|ክጽንበሮ|ክጽንበራ|ክነብር|ኣይክእልን))"
                         r".*?(?<!\S)" + _R46AL_KIN_TI + r"\s+(\S+\s+)?" + _R46AL_DIED_ON_TI + r"\s+(\S+\s+){0,3}?" + _R46AL_SPAN_TI
                         + r"(\s+(\S+\s+){0,2}?(ኮይኑ|ገይሩ|ሓሊፉ|ኣሕሊፉ|ኮይኑኒ))?(?!\S)")
_R46AL_KIN_LA = (r"(abohagoy|abo\s*hagoy|abohagona|abaye?y|abayna|abuy|aboy|adey|abona|haway|hawey|habtey|haftey|wedey|gualey|sebayey|sebeytey|"
                 r"akoy|hatney|amoy|mehazay|arkey)")
_R46AL_DIED_ON_LA = r"(zmotelu|zmotetlu|zmotulu|zarefelu|kab\s+zmote|kab\s+zmotet|zmote|zmotet|zarefe|zarefet)"
_R46AL_SPAN_LA = r"(mealti|amet|ametat|werhi|awarh|semun|zkhri|zkri|tezkar)"
_R46AL_ANNIVERSARY_LA = (r"^(?!.*\b(" + _R46AL_DANGER_LA + r"|ksiebo|kseabo|kkeyd|kmewt|kmot|msu|msa|kneber|aykielin)\b)"
                         r".*?\b" + _R46AL_KIN_LA + r"\s+(\w+\s+)?" + _R46AL_DIED_ON_LA + r"\s+(\w+\s+){0,3}?" + _R46AL_SPAN_LA
                         + r"(\s+(\w+\s+){0,2}?(koynu|geyru|halifu))?\b")

# someone said "I'll kill you" as a joke ("ሰበይተይ ብዋዛ ክቐትለካ እየ ኢላትኒ ምኽንያቱ ኬክ ረሲዐ"; Ge'ez, Latin script): a joke said
# in words; never with a blow, a knife, fear, "for real", the police in the message
_R46AL_JOKINGLY_TI = r"(ብዋዛ|ብላግጺ|ብቐልድ|ብስሕቂ|እናሰሓቐት|እናሰሓቐ|እናሰሓቑ|ብሰሓቕ)"
_R46AL_SAID_TI = r"(ኢላትኒ|ኢሉኒ|ኢሎምኒ|በለትኒ|በለኒ|ትብለኒ|ይብለኒ|ኢላ|ኢሉ|ኢሎም|ትብል|ይብል|ብላትኒ|ብሉኒ|ትብለና|ይብለና|ኢላትና|ኢሉና)"
_R46AL_THREAT_YOU_TI = r"ክ(ቐ|ቀ)ትለ(ካ|ኪ|ኩም|ክን|ኒ|ና)(\s*(እየ|ኢየ|ኢና)|የ)?"
_R46AL_JOKE_THREAT_TI = (r"^(?!.*(" + _R46AL_DANGER_TI + r"|ሃሪማትኒ|ሃሪሙኒ|ወቒዓትኒ|ወቒዑኒ|ብሓቂ|ብሓቅ))"
                         r".*?(?<!\S)" + _R46AL_JOKINGLY_TI + r"\s+(\S+\s+)?" + _R46AL_THREAT_YOU_TI + r"\s+(\S+\s+)?" + _R46AL_SAID_TI + r"(?!\S)|"
                         r"^(?!.*(" + _R46AL_DANGER_TI + r"|ሃሪማትኒ|ሃሪሙኒ|ወቒዓትኒ|ወቒዑኒ|ብሓቂ|ብሓቅ))"
                         r".*?(?<!\S)" + _R46AL_THREAT_YOU_TI + r"\s+(\S+\s+)?" + _R46AL_SAID_TI + r"\s+" + _R46AL_JOKINGLY_TI + r"(?!\S)")
_R46AL_JOKINGLY_LA = r"(bwaza|b'waza|bwazza|waza|blagxi|blagtsi|bsehqi|bshqi|enaseHaqe|enasehaqe)"
_R46AL_SAID_LA = r"(ilatni|iluni|ilomni|belatni|beleni|tbleni|ybleni|ila|ilu|ilom|tbl|ybl|blatni|biluni|ilatna|iluna)"
_R46AL_JOKE_THREAT_LA = (r"^(?!.*\b(" + _R46AL_DANGER_LA + r"|harimatni|harimuni|weqiatni|weqiuni|bhaqi)\b).*?\b" + _R46AL_JOKINGLY_LA + r"\s+(\w+\s+)?"
                         r"k[iy]?(q|k)etle(ka|ki|kum|kn|ni|na)(\s+(eye|iye))?\s+(\w+\s+)?" + _R46AL_SAID_LA + r"\b")

# killing the insects, the mice at home, with what I want after it ("hasaka ab geza kqetlom ideli", "ሓሳኻ ኣብ ገዛ ክቐትሎም
# እደሊ"): round 45 reads one word between and "killed"; here the plan and two or three words; never "like an insect",
# nor with poison named (older rules cut "bought poison to kill them" whole; this cut must not leave "bought poison")
_R46AL_PEST_TI = r"(" + _R46AL_PEST_R45_TI[1:-1] + r"|ሓሳኻ|ሓሳኽ|ሓሳኻታት|ሓሰኻታት|ትኋን|ትኽዃን|ኣንጭዋታት|ጻጻ|ቁርጣጥ|ዕንጨይቲ\s+በሊዕ)"
_R46AL_KILL_THEM_TI = r"(ክቐትሎም|ክቐትለን|ክቐትሎ|ክቐትላ|ክቐትል|ንቐትሎም|ንቐትለን|ቐቲለዮም|ቐቲለየን|ቐቲለን|ቐቲልናዮም|ክጠፍኦም|ከጥፍኦም|ከጥፍኣዮም|ከጥፍአን|ከጥፍኦ)"
_R46AL_KILL_PESTS_TI = (r"^(?!.*((?<!\S)ከም\s+" + _R46AL_PEST_TI + r"|" + _R46AL_DANGER_TI + r"|መርዚ|ፊሊት|ዲዲቲ|ፎሊት))"
                        r".*?(?<!\S)" + _R46AL_PEST_TI + r"\S*\s+(\S+\s+){0,3}?" + _R46AL_KILL_THEM_TI + r"(\s+(እደሊ|ኢደሊ|ደልየ|ደሊየ|እየ|ኣለኹ|ይደሊ|ንደሊ|ኢና))?(?!\S)")
_R46AL_PEST_LA = r"(" + _R46AL_PEST_R45_LA[1:-1] + r"|hasakat|tkuan|tekuan|mouse|muis|muizen|ratten|kakkerlak\w*|mieren|mugen|insect\w*)"
_R46AL_KILL_THEM_LA = (r"(k[iy]?qetlom|k[iy]?qetlen|k[iy]?qetlo|k[iy]?qetla|k[iy]?qetl|n[iy]?qetlom|qetileyom|qetileyen|qetilen|ketlom|kqtlom|"
                       r"k[iy]?tefom|ketfeom|ketfom|ketfeyom)")
_R46AL_KILL_PESTS_LA = (r"^(?!.*\b(kem|kemzi)\s+" + _R46AL_PEST_LA + r"\b)(?!.*\b(kara|shgut|polis|politie|ferihe|hagzuni|hagzu|sebayey|kmewt|kmot|"
                        r"nebsey|rsey|seb|sebat|qolu|deqey|merzi|gif|poison|filit|ddt)\b).*?\b" + _R46AL_PEST_LA + r"\w*\s+(\w+\s+){0,3}?"
                        + _R46AL_KILL_THEM_LA + r"(\s+(ideli|idli|delye|deleye|deliye|eye|iye|aleku|ydeli|ndeli))?\b")

# "Tomorrow you won't find / see me" in Arabizi ("bukra ma ra7 tla2ouni", "bokra ma 7a tshoufouni"): the Arabic-script
# wording is read by an older rule, the transliteration ("تلقوني") missed it; the emergency answer, as there. Not with a
# journey, a holiday in the message.
_R46AL_WONT_FIND_AZ = (r"\b(bukra|bokra|bukre|bokre|boukra|bkra|bukra\s+el\s*sob7|el\s*sob7|ghadan)\s+(ma|mish|msh|mesh)\s+(ra7|7a|rah|ra2)\s+"
                       r"t(la2ouni|la2uni|l2ouni|la2ooni|la2ini|la2eni|la2iini|l2ini|shoufouni|shufuni|shofoni|shoufini|shufini|shofini)\b")

# my heart "jumped out / dropped" when the bell rang, a door banged (a startle; Arabic script, Arabizi): fright at a sound,
# not a heart attack nor danger; never with a person who hurts, a threat, a knife, the police in the message
_R46AL_STARTLE_AR = (_R46AL_NO_DANGER_AR + r"(?!.*((?<!\S)(كسر|صرخ|هددني|بيهددني|دفشني|بيلحقني|لحقني|طب|وجع|الم|عم\s+يوجعني|مستشفى|اسعاف)(?!\S)))"
                     r".*?(?<!\S)(و\s*)?(انخلع|وقع|طار|نط|انقطع|هبط)\s+قلبي\s+(\S+\s+)?(لما|بس|وقت|من|لحظه|لانو|عندما)\s+(\S+\s+){0,4}?"
                     r"(دق|رن|انفتح|انسكر|سكر|صفق|وقع|طق|فرقع|صرخ|نبح|زمر|ضرب)\S*(\s+(ال)?\S+)?(\s+(فجاه|فجأه|بقوه|فجأة))?")
_R46AL_STARTLE_AZ = (_R46AL_NO_DANGER_AR + r"(?!.*\b(kasar|sara5|haddadni|dafashni|la7a2ni|waja3|mostashfa|es3af)\b)"
                     r".*?\b(w\s*)?(enkhala3|in5ala3|ensha2|wi2e3|we2e3|6ar|nat|ha?bat)\s+(2albi|albi|qalbi)\s+(\w+\s+)?(lamma|lama|bas|wa2t|mn|min)\s+(\w+\s+){0,4}?"
                     r"(da2|de2|ran|rann|enfata7|nfata7|sakkar|sakar|sa2af|wi2e3|6a2|far2a3|nabe7|zammar)\w*(\s+(el\s*|l)?\w+)?(\s+(faj2a|faj2atan))?")

# (the parts with alternatives at their top as one group each: they are put next to others below)
(_R46AL_NOT_HERE_NL, _R46AL_LAST_DAY_AR, _R46AL_LAST_DAY_AZ, _R46AL_FAREWELL_AR, _R46AL_FAREWELL_AZ, _R46AL_AT_HEIGHT_AR, _R46AL_AT_HEIGHT_AZ,
 _R46AL_NO_REASON_TI, _R46AL_NO_REASON_LA, _R46AL_SLAUGHTERS_AR, _R46AL_SLAUGHTERS_AZ, _R46AL_BLIGHT_KILLS_AR, _R46AL_KILLS_ME_AZ) = (
    f"(?:{part})" for part in (_R46AL_NOT_HERE_NL, _R46AL_LAST_DAY_AR, _R46AL_LAST_DAY_AZ, _R46AL_FAREWELL_AR, _R46AL_FAREWELL_AZ,
                              _R46AL_AT_HEIGHT_AR, _R46AL_AT_HEIGHT_AZ, _R46AL_NO_REASON_TI, _R46AL_NO_REASON_LA, _R46AL_SLAUGHTERS_AR,
                              _R46AL_SLAUGHTERS_AZ, _R46AL_BLIGHT_KILLS_AR, _R46AL_KILLS_ME_AZ))

_ROUND46_IDIOMS_ALL: tuple[str, ...] = (
    # a book, a film about someone who dies (Dutch)
    _R46AL_STORY_DIES_NL,
    # finishing "deze opdracht" (Dutch)
    _R46AL_FINISH_TASK_NL,
    # a knife to cut the watermelon (Dutch)
    _R46AL_KNIFE_FOOD_NL,
    # "mezelf in de vingers snijden" (Dutch)
    _R46AL_OWN_FINGERS_NL,
    # "ik heb het gehad met de bus" (Dutch)
    _R46AL_HAD_IT_NL,
    # prices, the rent "slaughtering us" (Arabic script, Arabizi)
    _R46AL_NOT_A_PERSON_AR + _R46AL_NO_DANGER_AR[1:] + r".*?(?<!\S)(و\s*)?" + _R46AL_COST_AR + r"\s+(\S+\s+){0,3}?" + _R46AL_SLAUGHTERS_AR + r"(?!\S)",
    _R46AL_NOT_A_PERSON_AR + _R46AL_NO_DANGER_AR[1:] + r".*?\b(w\s*)?" + _R46AL_COST_AZ + r"\s+(\w+\s+){0,3}?" + _R46AL_SLAUGHTERS_AZ,
    # "I wish I had died rather than this embarrassment" (Arabic script, Arabizi)
    _R46AL_RATHER_DIE_AR,
    _R46AL_RATHER_DIE_AZ,
    # a disease killing the tomatoes (Arabic script, Arabizi)
    _R46AL_NOT_KIN_AR + r".*?" + _R46AL_BLIGHT_KILLS_AR,
    _R46AL_NOT_KIN_AR + r".*?" + _R46AL_BLIGHT_KILLS_AZ,
    # the form "is killing me" in other Arabizi spellings
    _R46AL_THING_KILLS_AZ,
    # "I'll die of the noise" (Arabizi, Arabic script)
    _R46AL_DIE_OF_AZ,
    _R46AL_DIE_OF_AR,
    # my heart jumped when the bell rang (Arabic script, Arabizi)
    _R46AL_STARTLE_AR,
    _R46AL_STARTLE_AZ,
    # the anniversary of a grandfather's death (Ge'ez, Latin script)
    _R46AL_ANNIVERSARY_TI,
    _R46AL_ANNIVERSARY_LA,
    # "she said jokingly she'd kill me" (Ge'ez, Latin script)
    _R46AL_JOKE_THREAT_TI,
    _R46AL_JOKE_THREAT_LA,
    # killing the insects at home (Ge'ez, Latin script)
    _R46AL_KILL_PESTS_TI,
    _R46AL_KILL_PESTS_LA,
)
_ROUND46_CRISIS_ALL: tuple[str, ...] = (
    # my last day in the world (Arabic script, Arabizi)
    _R46AL_NOT_A_QUESTION_AR + r".*" + _R46AL_LAST_DAY_AR,
    _R46AL_NOT_A_QUESTION_AR + r".*" + _R46AL_LAST_DAY_AZ,
    # no way out but death (Arabizi, Arabic script)
    _R46AL_NO_WAY_AZ,
    _R46AL_NO_WAY_AR,
    # tomorrow you won't find me (Arabizi)
    _R46AL_NOT_A_TRIP_AR + r".*" + _R46AL_WONT_FIND_AZ,
    # say goodbye to my children for me (Arabic script, Arabizi)
    _R46AL_NOT_A_TRIP_AR + r".*" + _R46AL_FAREWELL_AR,
    _R46AL_NOT_A_TRIP_AR + r".*" + _R46AL_FAREWELL_AZ,
    # at the window on a high floor, with despair (Arabic script, Arabizi)
    _R46AL_NOT_A_VIEW_AR + _r46al_both(_R46AL_AT_HEIGHT_AR, _R46AL_DESPAIR_AR)[1:],
    _R46AL_NOT_A_VIEW_AR + _r46al_both(_R46AL_AT_HEIGHT_AZ, _R46AL_DESPAIR_AR)[1:],
    # no reason to live (Ge'ez, Latin script)
    _R46AL_NOT_A_RESIDENCE_TI + r".*" + _R46AL_NO_REASON_TI,
    _R46AL_NOT_A_RESIDENCE_TI + r".*" + _R46AL_NO_REASON_LA,
    # "hiwetey kbka deleye" (Latin-script Tigrinya)
    _R46AL_NOT_A_PLACE_LA + r".*" + _R46AL_END_LIFE_LA,
)
_ROUND46_UNCERTAIN_ALL: tuple[str, ...] = (
    # no longer here tomorrow (learner Dutch)
    _R46AL_NOT_A_MOVE_NL + r".*" + _R46AL_NOT_HERE_NL,
    # at the window on a high floor (Arabic script, Arabizi)
    _R46AL_NOT_A_VIEW_AR + r".*" + _R46AL_AT_HEIGHT_AR,
    _R46AL_NOT_A_VIEW_AR + r".*" + _R46AL_AT_HEIGHT_AZ,
)
# (round 46, all languages: end)

# (round 46, the lead: start)
_ROUND46_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND46_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND46_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 46, the lead: end)
_ROUND46_IDIOMS = _ROUND46_IDIOMS_ALL + _ROUND46_IDIOMS_LEAD
_ROUND46_CRISIS = _ROUND46_CRISIS_ALL + _ROUND46_CRISIS_LEAD
_ROUND46_UNCERTAIN = _ROUND46_UNCERTAIN_ALL + _ROUND46_UNCERTAIN_LEAD

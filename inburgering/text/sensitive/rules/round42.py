"""Round 42: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 42, development data since) and NLU b32; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 42, Dutch and Arabic: start)
# Kinds from batch 42 (Dutch, Arabic, Arabizi), NLU b32 and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
# (names start with _RKNA_: the Tigrinya block below uses _RKTI_; round 42 also extended earlier lists: round 17's
# rope bought (شريت), round 18's "if I have to read that once more I'll go crazy" (knettergek, gillen), round 40's
# mosquitoes killed ("ik sla ze allemaal dood"), round 31's tired "to death" (لا حد / la 7ad el mot), core's dying
# "of sweetness" (الحلا), the Arabizi dying "of frustration" (mn el 2ahr) and round 24's "I don't know if I'll be alive
# by then" (Arabizi, not "living in Holland"))
from inburgering.text.sensitive.rules.round39 import _R39NA_HOLDING_AR as _RKNA_HOLDING_AR  # noqa: E402

# "I have no thoughts of hurting myself / no suicidal thoughts" (a distressed message that rules it out, NLU b32): the
# stated absence is cut out, the rest of the message is read as usual (the gentle question stays possible). Only a
# negated thought, intent or plan; not "I don't want to hurt myself (but can't stop)", not "no thoughts but ...",
# not "I lied when I said ..." (a crisis rule below reads that)
_RKNA_NO_THOUGHT_AR = (r"(?<!\S)(و\s*)?(ما\s+عندي|ماعندي|ما\s+عاد\s+عندي|ما\s+في\s+عندي|مافي\s+عندي|ما\s+عنديش|معنديش|ليس\s+لدي|ليس\s+عندي|"
                       r"لا\s+يوجد\s+لدي|لا\s+توجد\s+لدي|لا\s+يوجد\s+عندي|لا\s+توجد\s+عندي|ما\s+عندي\s+ابدا|ابدا\s+ما\s+عندي)\s+(ابدا\s+|ولا\s+|اي\s+|ايه\s+)*"
                       r"(افكار|فكره|نيه|خطه|تفكير|رغبه)\s+(ابدا\s+)?(انو\s+|اني\s+|انه\s+|ان\s+|انني\s+|ب|في\s+|عن\s+|ل|لل)?")
_RKNA_NOT_THINKING_AR = (r"(?<!\S)(و\s*)?(ما\s+بفكر|ما\s+عم\s+فكر|مش\s+عم\s+فكر|مو\s+عم\s+فكر|ما\s+فكرت|ولا\s+مره\s+فكرت|لا\s+افكر|لم\s+افكر|"
                         r"مش\s+ناوي|مو\s+ناوي|ما\s+ناوي|مش\s+ناويه|مو\s+ناويه|ما\s+ناويه|لست\s+ناويا)\s+(ابدا\s+)?(انو\s+|اني\s+|ان\s+|ب|في\s+|عن\s+)?")
_RKNA_SELF_HARM_AR = (r"((ا|ب)?(ا?اذي|اوذي|ايذاء|اذيه|اذى|اجرح|جرح|اقتل|قتل|انهي|اخلص\s+على)\s+(حالي|نفسي|روحي|ذاتي)|ايذاء\s+(ال)?(نفس|ذات)|"
                      r"(ا|ب)?(انتحر|انتحار|الانتحار|انتحاريه|موت|اموت|الموت))")
_RKNA_NOT_BUT_AR = r"(?!\s+(غير|الا|سوى|بس\s+(بدي|رح|ناوي)|لكن\s+(بدي|ساعمل)|هلق\s+بس|لسا|بعد)(?!\S))(?!\S)"
_RKNA_NO_THOUGHT_AZ = (r"\b(w\s*)?(ma\s+(3andi|3ndi|3endi|3indi|fi\s+3andi|fi\s+3ndi|3ad\s+3andi)|ma3andi|ma3ndi|mafi\s+3andi|"
                       r"ma\s+(bfakker|bfakir|bfaker|3am\s+fakker|3am\s+faker|fakkart)|(mesh|mish|msh|mu|mo|ma)\s+(nawi|nawye|nawiye|3am\s+fakker))\s+"
                       r"(abadan\s+|wala\s+|ay\s+|ayy\s+)*((afkar|afkaar|fekra|fikra|niyye|niye|niyya|khetta|5etta)\s+)?(enno\s+|eno\s+|enni\s+|inni\s+|b|bi\s+|la\s*)?"
                       r"((a|e|2a|2e|b)?(2azi|2zi|2azzi|a2zi|e2zi|ejra7|ajra7|2otol|2tol)\s+(7ali|nafsi|rou7i|ro7i)|(2e|e|a|2a|b)?(nte7er|nta7er|ente7er|enta7er)|"
                       r"(el\s*|l)?(enti7ar|inti7ar|2enti7ar|mout|mot)|enti7ariye|inti7ariye)\b")
_RKNA_NO_THOUGHT_NL = (r"(\b(ik\s+heb|heb\s+ik|ik\s+had|ik\s+heb\s+echt|ik\s+heb\s+absoluut|ik\s+heb\s+zeker)\s+(echt\s+|absoluut\s+|zeker\s+|helemaal\s+)?"
                       r"(geen|nooit)\s+(zelfmoordgedachten|suicidale\s+gedachten|suicidale\s+plannen|zelfmoordplannen|"
                       r"(gedachten|plannen|plan|neiging|intentie|behoefte)\s+(om\s+)?(mezelf|mijzelf)\s+(iets\s+|wat\s+|pijn\s+)?(aan\s+te\s+doen|te\s+doen|"
                       r"te\s+verwonden|te\s+snijden|van\s+het\s+leven\s+te\s+beroven|te\s+doden|dood\s+te\s+maken)|"
                       r"(gedachten|plannen)\s+(aan|over)\s+(zelfmoord|zelfdoding|mezelf\s+iets\s+aandoen|een\s+einde\s+maken))|"
                       r"\bik\s+(denk|dacht)\s+(er\s+)?(echt\s+|helemaal\s+|absoluut\s+)?(niet|nooit)\s+(aan\s+)?(om\s+)?(mezelf|mijzelf)\s+(iets\s+|wat\s+|pijn\s+)?"
                       r"(aan\s+te\s+doen|te\s+doen|te\s+verwonden|van\s+het\s+leven\s+te\s+beroven)|"
                       r"\bik\s+(ga|zal)\s+(mezelf|mijzelf)\s+(echt\s+|heus\s+|zeker\s+)?(niks|niets|geen\s+pijn)\s+(aandoen|doen)\b)")
_RKNA_NOT_BUT_NL = r"(?!\s+(behalve|tenzij|maar\s+(ik\s+)?(wil|ga)\s+(wel\s+)?(dod|sterven|een\s+einde))\b)"
# (not with a means, a plan, a goodbye or "that was a lie" anywhere after it: "no such thoughts, but the pills are ready" stays
# an emergency)
_RKNA_NO_MEANS_AR = (r"(?!.*((?<!\S)(و)?(ال)?(حبوب|حبل|جسر|سطح|شفره|شفرات|موس|سكين|مسدس|سم|جاهز|جاهزه|خطتي|وداع|الوداع|سامحوني|وصيتي)(?!\S)|"
                     r"(?<!\S)(كذبت|كذبه|كذب|مش\s+صحيح|مو\s+صحيح|مش\s+صح|مو\s+صح)(?!\S)|"
                     r"\b(7boub|7bub|7abel|jeser|jisr|sat7|shafra|sekkin|msadas|jahez|jahze|wada3|sam7ouni|kazabt|kezbe|mesh\s+sa7|mu\s+sa7)\b))")
_RKNA_NO_MEANS_NL = (r"(?!.*\b(pilen|slappilen|touw|strop|brug|mes|mesje|scheermes\w*|pistol|wapen|spor|trein|flat|dak|klar|"
                     r"een\s+plan|mijn\s+plan|afscheid\w*|brief|testament|gelogen|leugen|niet\s+war)\b)")
# "I lied when I said I have no such thoughts": the stated absence (cut out above) taken back
_RKNA_TAKEN_BACK_AR = r"(?<!\S)(كذبت|كنت\s+عم\s+اكذب|كنت\s+بكذب|كذبت\s+عليك\S*)\s+(\S+\s+){0,3}?(لما\s+|وقت\s+|يوم\s+)?(قلت|قلتلك|قلتلكن|قلتلكم|قلتلها|قلتلو|كتبت|كتبتلك|حكيت|قلنا)\S*\s+(انو\s+|اني\s+|انه\s+)?§"
_RKNA_TAKEN_BACK_AZ = r"\b(kazabt|kzabt|kezbet|kent\s+3am\s+ekzob)\s+(\w+\s+){0,3}?(lamma\s+|lama\s+|wa2t\s+)?(2olt|2elt|2oltlak|2oltellak|2oltlek|katabt|7ket)\w*\s+(enno\s+|enni\s+)?§"
_RKNA_TAKEN_BACK_NL = r"\b(ik\s+heb\s+gelogen|ik\s+loog|ik\s+was\s+niet\s+eerlijk)\s+(\S+\s+){0,3}?(toen|dat|over)\s+(ik\s+)?(zei|schreef|vertelde|zeg)\s+(dat\s+)?§"

# writing this message while holding the blade, the pills, the rope (Arabic script, Arabizi, Dutch); not shaving, cooking
_RKNA_WRITING_AR = (r"(?<!\S)(عم\s+|وانا\s+)?(ا|ب|عم\s+ا|عم\s+ب)?(كتب|اكتب|بكتب|كاتب|كاتبه|كتبت|بكتبلك|بكتبلكن|كتبتلك|كتبتلكن|بعتلك|ابعتلك)\S*\s+"
                    r"(\S+\s+)?(هال|هيدي\s+ال|هاي\s+ال|هالكم\s+)?(رساله|مسج|كلام|كلمات|سطور|رسايل)\S*")
_RKNA_NO_SHAVING_AR = r"^(?!.*(احلق|حلاقه|دقني|دقنو|شنبي|طبخ|بطبخ|المطبخ|بصل|بندوره|خضره|لحمه|جزر|tab5|a7le2|7ela2a))"
_RKNA_WRITING_AZ = r"\b(3am\s+)?(ektob|ekteb|aktob|bektob|bekteb|katbe|kateb|katabt|katabtlak|katabtlek|bektoblak|bektoblek)\w*\s+(\w+\s+)?(hal\s*|el\s*)?(risale|rsale|msg|message|kalam|maktoub)\b"
_RKNA_HOLDING_AZ = (r"\b(w\s*)?(ana\s+)?(mesek|meske|maske|masek|mask|7amel|7amle|b2idi|bi2idi|b\s*2idi|ma3i|m3i)\s+(\w+\s+)?(el\s*|l|hal\s*)?"
                    r"(shafra|shafrat|mous|mos|sekkin|sikkin|sikkine|sekkine|7boub|7bub|dawa|adwiye|7abel|7abl|msadas|mosaddas)\b")
_RKNA_WRITING_NL = r"\b((ik\s+)?(typ|tik|schrijf|stuur|type|app)\w*\s+(\S+\s+)?(dit|deze|dat)|(terwijl|nu|als)\s+ik\s+(dit|deze\s+\S+|dat)\s+(\S+\s+)?(typ|tik|schrijf|stuur|type|app)\w*)\b"
_RKNA_HOLDING_NL = (r"\b(met\s+(het|een|de|mijn|m'n|die)\s+(\S+\s+)?(mes|mesje|scheermes|scheermesje|stanleymes|pillen|touw|pistool|strop)\s+"
                    r"(in\s+(mijn|m'n|mn)\s+(andere\s+)?(hand|handen)|naast\s+(me|mij)|vast|voor\s+me|klar)|"
                    r"(heb|hou|houd)\s+ik\s+(\S+\s+)?(mes|mesje|scheermes|scheermesje|stanleymes|pillen|touw|pistool|strop)\s+(\S+\s+)?(vast|in\s+(mijn|m'n|mn)\s+hand|klar))\b")
_RKNA_NO_COOKING_NL = r"^(?!.*\b(koken|kook|snijd|snij|ui|uien|brod|groente\w*|vlees|scheren|scheer|baard|knutsel\w*|pakket|doos|dozen|apotheek|dokter|recept)\b)"
# a rope bought and "that's it / enough" (Arabic script, Arabizi); not for washing, a tent, a swing, moving house
_RKNA_BOUGHT_ROPE_AR = r"(?<!\S)(اشتريت|شريت|جبت|جهزت|حضرت)\s+(\S+\s+)?(ال)?(حبل|حبال)(?!\S)"
_RKNA_FINAL_AR = r"(?<!\S)(و\s*)?(خلص|خلاص|خلصت|خلصنا|بكفي|كفي|كفايه|انتهي|انتهيت|ما\s+عاد\s+فيني|ما\s+عاد\s+بدي|هيك\s+احسن|الليله|قررت)(?!\S)"
_RKNA_NOT_WASHING_AR = r"^(?!.*(غسيل|نشر|تنشير|خيمه|تخييم|مرجوحه|نط|عزال|نقل|كلب|الكلب|رياضه|جيم|شنط|كراتين|ghasil|khaime|5ayme|marjou7a|nat|3azel|kalb))"
_RKNA_BOUGHT_ROPE_AZ = r"\b(shareit|shrit|shreit|sharet|sharait|eshtareit|eshtarait|eshtaret|jebt|jibt|jahhazt|jahazt)\s+(\w+\s+)?(el\s*|l)?(7abel|7abl|7bel|habel|habl)\b"
_RKNA_FINAL_AZ = r"\b(w\s*)?(5alas|khalas|5las|khlas|5ales|khales|5alset|khalset|5lsna|bikaffi|bkaffi|bikafi|kfaye|kfeye|ma\s+3ad\s+fiyi|el\s*leile|2arrart)\b"

# "if I fail that test again, I'll scream / go crazy" (a condition and the exasperation; no death, no harm near)
_RKNA_NO_HARM_NL = r"^(?!.*\b(dod|sterven|zelfmord|mezelf|mijzelf|leven|einde|spring|pilen|mes|touw|brug|trein|verdwijnen|weg\s+voorgod)\b)"
_RKNA_IF_FAIL_NL = r"\bals\s+ik\s+(\S+\s+){0,6}?(weer\s+|opnieuw\s+|nu\s+|nog\s+een\s+keer\s+)?(niet\s+haal|zak|niet\s+slag|niet\s+krijg|niet\s+vind|mis|nog\s+langer\s+moet\s+wachten)\b"
_RKNA_SCREAM_NL = r"(\s+\S+){0,2}?\s+(dan\s+)?(ga\s+ik|word\s+ik)\s+(echt\s+|helemal\s+|gewon\s+)?(gillen|schreeuwen|krijsen|janken|knettergek|stapelgek|gek|horendol)\b(\s+echt)?"
# "I'll die in these shoes" (the shoes, boots, the jeans that pinch or are too hot)
_RKNA_CLOTHES_NL = r"(schoenen|schoen|hakken|hak|laarzen|pumps|sneakers|sandalen|broek|spijkerbroek|jas|trui|pak|jurk|panty|beha|riem)"
# "I can't lift my head from the pillow today" (tired, lazy; not never again, no wish to die)
_RKNA_NOT_EVER_NL = r"^(?!.*\b(nooit\s+mer|niet\s+mer\s+(wakker|opstan|leven)|dod|sterven|zelfmord|leven|einde|voorgod|pilen)\b)"
# "I'm dying to see my family" (longing; Arabic script, Arabizi); not a wish to die to see the dead
_RKNA_NOT_THE_DEAD_AR = r"(?!.*(يرحم|المرحوم|المرحومه|بالسما|بالجنه|قبر|ماتت|مات|الميت|اللي\s+راحو|ya?r7am|mar7oum|bel\s*jenne|2abr|matet|mat\b))"
_RKNA_DYING_TO_AR = (r"(?<!\S)(بموت|عم\s+موت|ميت|ميته|رح\s+موت)\s+(ل|لا|تا|حتي|لحتي)\s*(ا|ب)?(شوف|احضن|حضن|ضم|بوس|اسمع|سمع|زور|سافر|روح|ارجع|رجع|التقي|احكي|حكي)\S*")
_RKNA_DYING_TO_AZ = (r"\b(bmout|bmut|bmot|3am\s+mout|mayet|mayte|mayyet)\s+(la|l|ta|7atta|la7atta)\s*(a|b)?(shouf|shuf|shoof|e7don|7don|dom|bous|esma3|zour|zur|safer|rou7|erja3|7ki)\w*\b")
# "the kids will be the death of me, they drive me crazy" (children; not a weapon, a beating, a threat)
_RKNA_KIDS_AR = r"(?<!\S)(الولاد|ولادي|اولادي|الاولاد|الصغار|البنات|بناتي|الطلاب|التلاميذ|الطلاب)(?!\S)"
_RKNA_DRIVE_ME_AR = (r"(رح|ح|عم|بدهن|راح|بدهم)?\s*(ي|بي)?(موتوني|جننوني|طقوني|فقعوني|طلعو\s+روحي|طلعوا\s+روحي|هلكوني)(?!\S)")
_RKNA_KIDS_AZ = r"\b(el\s*wlad|wladi|el\s*wled|wledi|el\s*awlad|awladi|el\s*zghar|el\s*banat|banati|el\s*tlab|el\s*tullab)\b"
_RKNA_DRIVE_ME_AZ = r"(ra7|r7|7a|3am|baddon|badhon)?\s*(y|bi|by)?(mawtouni|mawtuni|mawetouni|mawwtouni|jannenouni|jannanouni|jannnouni|ta22ouni|fa22a3ouni|halkouni)\b"
_RKNA_NO_VIOLENCE_AR = r"(?!.*(سكين|ضرب|بيضرب|هدد|مسدس|شرطه|بوليس|sekkin|darab|hadad|shorta))"
# "I'll kill myself over this rain, this heat" (the weather, the traffic as the cause; nothing serious in the message)
_RKNA_WEATHER_AR = r"(ال|هال)?(مطر|شتي|برد|حر|شوب|طقس|جو|تلج|ثلج|رطوبه|هوا|غيم|ضباب|عجقه|زحمه|سير)"
_RKNA_WEATHER_AZ = r"(el\s*|hal\s*|l)?(matar|shiti|shite|shita|bard|7arr|7ar|shob|ta2s|jaw|talj|tal?j|r6oube|rtoube|hawa|3aj2a|za7me)"
_RKNA_NOT_SERIOUS_AR = r"(?!.*(حبوب|حبل|جسر|سكين|شفره|بجد|جد|مو\s+مزح|مش\s+مزح|فعلا|بالجد|ناوي|ناويه|قررت|وداع|سامحوني|7boub|7abel|jeser|bjad|3an\s+jad|nawi|2arart))"

_ROUND42_IDIOMS_NL_AR: tuple[str, ...] = (
    # "I have no thoughts of hurting myself" (Arabic script, Arabizi, Dutch). (round 50) Each starts with its phrase's
    # opening as a lookahead: the "no means anywhere after it" lookahead, tried first at every position of a message,
    # read the rest of the message each time (1.2 s on 4 096 characters of "حاسس حالي ما لازم"); now only where the
    # phrase can start. The same matches.
    "(?=" + _RKNA_NO_THOUGHT_AR + ")" + _RKNA_NO_MEANS_AR + _RKNA_NO_THOUGHT_AR + _RKNA_SELF_HARM_AR + _RKNA_NOT_BUT_AR,
    "(?=" + _RKNA_NOT_THINKING_AR + ")" + _RKNA_NO_MEANS_AR + _RKNA_NOT_THINKING_AR
    + r"((ا|ب)?(ا?اذي|اوذي|ايذاء|اجرح|اقتل|انهي)\s+(حالي|نفسي|روحي)|(ب|في\s+)?(ال)?(انتحار|انتحر))" + _RKNA_NOT_BUT_AR,
    "(?=" + _RKNA_NO_THOUGHT_AZ + ")" + _RKNA_NO_MEANS_AR + _RKNA_NO_THOUGHT_AZ + r"(?!\s+(ghayr|gheir|8eir|ella|illa|bas\s+(baddi|bade|ra7)))",
    "(?=" + _RKNA_NO_THOUGHT_NL + ")" + _RKNA_NO_MEANS_NL + _RKNA_NO_THOUGHT_NL + _RKNA_NOT_BUT_NL,
    # "if I fail that test again, I'll scream"
    _RKNA_NO_HARM_NL + r".*?" + _RKNA_IF_FAIL_NL + _RKNA_SCREAM_NL,
    # "I'll die in these shoes", "these shoes hurt so much, I'm dying" (shoes, clothes)
    r"\b(ik\s+ga|ga\s+ik|ik\s+ging|ging\s+ik)\s+(echt\s+|bijna\s+|gewon\s+)?dod\s+(in|op|van)\s+(deze|die|mijn|m'n|mn|de|die\s+nieuwe|deze\s+nieuwe|mijn\s+nieuwe)\s+(\S+\s+)?" + _RKNA_CLOTHES_NL + r"\b",
    r"\b" + _RKNA_CLOTHES_NL + r"\s+(\S+\s+){0,3}?(doen|doet|deden|knellen|knelt)\s+(zo'?n\s+|zon\s+|zoveel\s+|echt\s+|zo\s+)?(pijn|zer)\s+(\S+\s+)?(ik\s+ga|ga\s+ik)\s+(echt\s+|bijna\s+)?dod\b",
    # "I won't lift my head from the pillow today, so tired"
    _RKNA_NOT_EVER_NL + r".*?\b(mijn|m'n|mn)\s+(hofd|kop)\s+(\S+\s+){0,3}?(van|uit)\s+(het|mijn|m'n|mn)\s+kusen\s+(\S+\s+)?(optillen|tillen|krijgen|halen|opheffen)\b(\s+\S+){0,6}",
    _RKNA_NOT_EVER_NL + r".*?\b(krijg|kreeg|til|tilde|haal|hef)\s+(ik\s+)?(mijn|m'n|mn)\s+(hofd|kop)\s+(\S+\s+){0,3}?(van|uit)\s+(het|mijn|m'n|mn)\s+kusen(\s+(af|op|weg))?\b(\s+\S+){0,6}",
    # "I'm dying to see my family"
    _RKNA_DYING_TO_AR + _RKNA_NOT_THE_DEAD_AR,
    _RKNA_DYING_TO_AZ + _RKNA_NOT_THE_DEAD_AR,
    # "the kids will be the death of me"
    _RKNA_KIDS_AR + _RKNA_NO_VIOLENCE_AR + r"\s+(\S+\s+)?" + _RKNA_DRIVE_ME_AR,
    _RKNA_KIDS_AZ + _RKNA_NO_VIOLENCE_AR + r"\s+(\w+\s+)?" + _RKNA_DRIVE_ME_AZ,
    # "I'll kill myself over this rain" (the weather as the cause)
    r"(?<!\S)" + _RKNA_NOT_SERIOUS_AR + r"(بدي|رح|ح|بدنا|رح\s+ا)\s+(ا|ن)?نتحر\s+(من|م)\s+" + _RKNA_WEATHER_AR + r"(?!\S)(\s+(كل\s+يوم|كل\s+يوم\s+هيك))?",
    r"\b" + _RKNA_NOT_SERIOUS_AR + r"(baddi|badi|bade|bdi|ra7|7a)\s+(2e|e|a|2a)?(nte7er|nta7er|ente7er|enta7er)\s+(mn|men|min|m)\s+" + _RKNA_WEATHER_AZ + r"\b(\s+(kel|kil)\s+yom)?",
)
_ROUND42_CRISIS_NL_AR: tuple[str, ...] = (
    # "I lied when I said I had no such thoughts" (the stated absence cut out above, taken back)
    _RKNA_TAKEN_BACK_AR,
    _RKNA_TAKEN_BACK_AZ,
    _RKNA_TAKEN_BACK_NL,
    # writing this message while holding the blade, the pills
    _RKNA_NO_SHAVING_AR + _both(_RKNA_WRITING_AR, _RKNA_HOLDING_AR),
    _RKNA_NO_SHAVING_AR + _both(_RKNA_WRITING_AZ, _RKNA_HOLDING_AZ),
    _RKNA_NO_COOKING_NL + _both(_RKNA_WRITING_NL, _RKNA_HOLDING_NL),
    # a rope bought and "that's it"
    _RKNA_NOT_WASHING_AR + _both(_RKNA_BOUGHT_ROPE_AR, _RKNA_FINAL_AR),
    _RKNA_NOT_WASHING_AR + _both(_RKNA_BOUGHT_ROPE_AZ, _RKNA_FINAL_AZ),
)
_ROUND42_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # holding a razor blade now, alone: the gentle question
    _RKNA_NO_SHAVING_AR + r".*(?<!\S)(وانا|انا|و)\s+(ماسك|ماسكه|حامل|حامله)\s+(ال|هال)?(شفره|شفرات|موس|مشرط)(?!\S)",
    _RKNA_NO_SHAVING_AR + r".*\b(w\s*)?(ana\s+)?(mesek|meske|maske|masek)\s+(el\s*|l|hal\s*)?(shafra|shafrat|mous)\b",
)
# (round 42, Dutch and Arabic: end)
# (round 42, Tigrinya: start)
# Kinds from batch 42 (Tigrinya in Ge'ez and Latin script) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN: needs review by a native speaker.
# (names start with _RKTI_: the Dutch and Arabic block above uses _RKNA_; round 42 also extended earlier lists:
# round 16's game in which someone "kills" (Minecraft, Roblox and other titles in Ge'ez and Latin script),
# round 38's things that "kill me" (the heat "harur", Latin) and round 17's trivial threat under a condition
# (Latin "ent", "kteqtleni", and the Latin serious conditions: leaving him, divorce, telling, fleeing))
from inburgering.text.sensitive.rules.round38 import (  # noqa: E402
    _R38TI_KILL_ME_LA as _RKTI_KILL_ME_LA, _R38TI_KILL_ME_TI as _RKTI_KILL_ME_TI,
    _R38TI_SERIOUS_LA as _RKTI_SERIOUS_LA, _R38TI_SERIOUS_TI as _RKTI_SERIOUS_TI,
)

# a farewell ("stay well, my brothers") and "we will meet in heaven / the other world" (not a funeral, a grave, a
# remembrance of someone who died: then "we will meet in heaven" is said to the dead)
_RKTI_BYE_TI = (r"(?<!\S)((ደሓን|ሰላም|ብሰላም)\s+(ኩኑ|ኩን|ኩኒ|ጽንሑ|ጽናሕ|ጽንሒ|ንበሩ|ሕደሩ)|ስንብት|ተሰናቢተ\S*|ይቕረ\s+(በሉለይ|በሉኒ|በለለይ|በሊለይ)|"
                r"ኣይትሓዘኑ\S*|ኣይትብከዩ\S*|ኣፍቅረኩም)(?!\S)")
_RKTI_HEAVEN_MEET_TI = (r"(?<!\S)ኣብ\s+(ሰማይ|ሰማያት|ገነት|መንግስተ\s+ሰማያት|ካልእ\s+ዓለም|ካልኣይ\s+ዓለም|ዳሕራይ\s+ዓለም|ዘልኣለማዊ\s+ህይወት)\s+(\S+\s+)?"
                        r"(ክንራኸብ|ንራኸብ|ክንራኣኣ|ንራኣኣ|ክንርኣኣ|ክንጋናኸብ|ክራኸበኩም|ክራኸበኪ|ክራኸበካ|ክጽበየኩም|ክጽበየኪ|ክጽበየካ|እጽበየኩም)(?!\S)")
_RKTI_NOT_THE_DEAD_TI = (r"^(?!.*(ነፍሲ\s+ሄር|ነፍሱ|ነፍሳ|ዝሞተ\S*|ዝሞተት|ሞይቱ|ሞይታ|ሞይቶም|ዓሪፉ|ዓሪፋ|ዓሪፎም|ቀብሪ|ቀቢርና|ሓዘን|ተዝካር|ዝኽሪ|ይምሓሮ|ይምሓራ|"
                         r"ዕረፍቲ\s+ይሃቦ|ዕረፍቲ\s+ይሃባ|ፍትሓት|መርዓ|ፊልም|መዝሙር))")
_RKTI_BYE_LA = (r"\b((dehan|dehn|selam|bselam)\s+(kunu|kun|kuni|xenhu|tsenhu|tsnhu|nberu|hderu)|snbt|sinbit|tesenabite|"
                r"yqre\s+(belulei|beluley|beluni)|aythazenu|aytehazenu|aytbkeyu|afqrekum|afkrekum)\b")
_RKTI_HEAVEN_MEET_LA = (r"\bab\s+(semay|semayat|genet|mengste\s+semayat|kal[ei]\s+alem|kalay\s+alem|dahray\s+alem)\s+(\w+\s+)?"
                        r"(knrakeb|kinrakeb|nrakeb|knraea|knrae|knraa|kraakebekum|krakebekum|ktsbeyekum|kxbeyekum|etsbeyekum|exbeyekum)\b")
_RKTI_NOT_THE_DEAD_LA = (r"^(?!.*\b(nefsi\s+her|zmote|zmotet|moytu|moyta|moytom|arifu|arifa|qebri|kebri|hazen|tezkar|zkri|zikri|ymharo|ymhara|"
                         r"fthat|merea|film)\b)")
# "I do not want to live" written in spaced-out letters: the reading that splits them into words may part the
# negated verb ("mnbar ay del n"); the verb before or after the word for living
_RKTI_LIVE_LA = r"(h[iy]?wet\w*|k?i?n[ie]?b[ie]?r|mnbar)"
_RKTI_NOT_WANT_LA = r"a\s?y\s?d\s?[ae]\s?l\s?([ei]\s?)?(y\s?[ei]\s?)?n"
# someone kills zombies, monsters in a game (the killing before the game, or the creatures without a game named)
_RKTI_GAME_TI = (r"(ጸወታ|ጌም|ፕሌይስቴሽን|ፎርትናይት|ፐብጂ|ሚኔክራፍት|ማይንክራፍት|ማይንክራፍ|ሚንክራፍት|ሮብሎክስ|ጂቲኤ|ፊፋ|ኤክስቦክስ|ኒንተንዶ)\S*")
_RKTI_GAME_KILL_TI = (r"(ይቐትል|ትቐትል|ይቐትሉ|ንቐትል|ክቐትል|ክንቐትል|ቀቲሉ|ቀቲላ|ቀቲለ|ቀቲልና|ቀቲሎም|እቐትል|ይቐትሎም|ትቐትሎም|ቀቲልዎም|ቀቲሉዎም)(?!\S)")
_RKTI_CREATURE_TI = r"(?<!\S)(ዞምቢ|ዞምቢታት|ዞምብስ|ጭራቕ|ጭራቓት|ጭራቅ|ሞንስተር|ሞንስተራት|ድራጎን|ድራጎናት|ሮቦት|ሮቦታት|ጸላእቲ\s+ናይ\s+ጌም)\S*"
_RKTI_CREATURE_LA = r"\b(zombie\w*|zombi\w*|monster\w*|dragon\w*|draak|draken|robot\w*)\b"
# "she kills me with love", "he kills me with his laughing, his jokes, her cuteness" (said of a child, a friend):
# nothing serious in the message
_RKTI_SWEET_TI = (r"(?<!\S)ብ(ፍቕሪ|ፍቅሪ|ፍቕራ|ፍቅራ|ፍቕሩ|ፍቅሩ|ፍቕሮም|ፍቕርኺ|ፍቕርኻ|ሰሓቕ|ሰሓቅ|ሰሓቓ|ሰሓቑ|ስሕቂ|ዋዛ|ዋዛኡ|ዋዛኣ|ዋዛታት|ቀልዲ|"
                  r"ጽባቐ|ጽባቐኣ|ጽባቐኡ|ምጭውና|ምጭውናኣ|ምጭውናኡ|ፍሽኽታ|ፍሽኽትኣ|ፍሽኽቱ|ቁንጅና|ቁንጅናኣ|ምስዓም|ስዕመት|ሕቑፊ|ጥዑም\s+ዘረባ)(?!\S)")
_RKTI_SWEET_LA = (r"\bb\s?(fqri|fkri|fiqri|fikri|fqra|fkra|fqru|fkru|sehaq|shaq|sehak|waza|qeldi|xbaqe|tsbaqe|tsbaqea|mchwna|mchuwna|"
                  r"fshkhta|fshkta|qunjna|msam|hqufi)\b")
# "laughing until death" (with friends, at a film): the phrase only, a copula between
_RKTI_UNTIL_DEATH_TI = r"(?<!\S)ክሳብ\s+ሞት(\s+(እየ|ኢየ|ኢና|እና|እዩ|እያ|ኢዩ|ኢያ|እዮም|ኢዮም))?"
_RKTI_LAUGH_TI = r"(?<!\S)(ዝ|ን|ክ|ይ|ት|እ|ተ|ከ|ከይ|እና)?(ስሕ|ሰሓ|ስሒ)(ቕ|ቐ|ቑ|ቒ|ቓ|ቅ|ቀ|ቁ|ቂ|ቃ)\S*"
_RKTI_UNTIL_DEATH_LA = r"\b(ksab|kisab|kesab)\s+mot(\s+(iye|eye|ina|eyu|eya|iyu|iya|eyom))?"
_RKTI_LAUGH_LA = r"\b(z|n|k|y|t|e|ena)?s[ei]?h[ai]?[qk]\w*"
# the heat, the cold, the sun that "kills" (no object: "a killing heat today"); Latin and Ge'ez
_RKTI_WEATHER_TI = r"(?<!\S)(ሃሩር|ሃሩሪ|ሓሩር|ሓሩሪ|ሙቐት|ዋዒ|ቁሪ|ቑሪ|ቀዝሒ|ዛሕሊ|ጸሓይ|በረድ|ዝናብ|ንፋስ)(?!\S)"
_RKTI_KILLS_TI = r"(ይቐትል|ትቐትል|ዝቐትል|ቀታሊ|ቀታሊት)(\s+(ኣሎ|ኣላ|እዩ|እያ|ኢዩ|ኢያ))?(?!\S)"
_RKTI_WEATHER_LA = r"\b(harur|haruri|hrur|muqet|mweqet|waei|wai|quri|qwri|kezhi|qezhi|zahli|tsehay|xehay|bered|zinab|znab|nfas)\b"
_RKTI_KILLS_LA = r"(y|t|z)?(q|k)et[ie]?l\b(\s+(alo|ala|eyu|eya|iyu|iya))?|\b(q|k)etali\b"

_ROUND42_IDIOMS_TI: tuple[str, ...] = (
    # a game: killing zombies, monsters (the killing before the game; the creatures without a game named)
    r"(?<!\S)" + _RKTI_GAME_KILL_TI.replace("(?!\\S)", "") + r"\s+(\S+\s+){0,3}?(ኣብ\s+)?" + _RKTI_GAME_TI,
    _RKTI_CREATURE_TI + r"\s+(\S+\s+)?" + _RKTI_GAME_KILL_TI,
    _RKTI_CREATURE_LA + r"\s+(\w+\s+)?\w*(q|k)etl\w*",
    r"\b\w*(q|k)etl\w*\s+(\w+\s+)?" + _RKTI_CREATURE_LA,
    # "she kills me with love / laughter / her cuteness", either order
    r"^(?!.*" + _RKTI_SERIOUS_TI + r")(?=.*" + _RKTI_SWEET_TI + r").*?" + _RKTI_SWEET_TI + r"\s+(\S+\s+)?(" + _RKTI_KILL_ME_TI + r")",
    r"^(?!.*" + _RKTI_SERIOUS_TI + r")(?=.*" + _RKTI_SWEET_TI + r").*?(" + _RKTI_KILL_ME_TI + r")\s+(\S+\s+)?" + _RKTI_SWEET_TI,
    r"^(?!.*\b" + _RKTI_SERIOUS_LA + r"\b)(?=.*" + _RKTI_SWEET_LA + r").*?" + _RKTI_SWEET_LA + r"\s+(\w+\s+)?(" + _RKTI_KILL_ME_LA + r")\b",
    r"^(?!.*\b" + _RKTI_SERIOUS_LA + r"\b)(?=.*" + _RKTI_SWEET_LA + r").*?\b(" + _RKTI_KILL_ME_LA + r")\s+(\w+\s+)?" + _RKTI_SWEET_LA,
    # laughing "until death", either order
    _RKTI_UNTIL_DEATH_TI + r"\s+" + _RKTI_LAUGH_TI,
    _RKTI_LAUGH_TI + r"(\s+(ኢና|እየ|ነይረ|ነይርና|ኔረ|ኔርና))?\s+" + _RKTI_UNTIL_DEATH_TI.replace("(?<!\\S)", "") + r"(?!\S)",
    _RKTI_UNTIL_DEATH_LA + r"\s+" + _RKTI_LAUGH_LA,
    _RKTI_LAUGH_LA + r"(\s+(ina|iye|eye|neyre|neyrna))?\s+(ksab|kisab|kesab)\s+mot\b",
    # the heat "kills" (no object), nothing serious in the message
    r"^(?!.*" + _RKTI_SERIOUS_TI + r").*?" + _RKTI_WEATHER_TI + r"\s+(\S+\s+){0,2}?" + _RKTI_KILLS_TI,
    r"^(?!.*\b" + _RKTI_SERIOUS_LA + r"\b).*?" + _RKTI_WEATHER_LA + r"\s+(\w+\s+){0,2}?(" + _RKTI_KILLS_LA + r")",
)
_ROUND42_CRISIS_TI: tuple[str, ...] = (
    # a farewell and "we will meet in heaven" (not said of someone who died)
    _RKTI_NOT_THE_DEAD_TI + _both(_RKTI_BYE_TI, _RKTI_HEAVEN_MEET_TI),
    _RKTI_NOT_THE_DEAD_LA + _both(_RKTI_BYE_LA, _RKTI_HEAVEN_MEET_LA),
    # "I do not want to live", the negated verb split by the reading of spaced-out letters; and the verb first
    r"\b" + _RKTI_LIVE_LA + r"\s+(\w+\s+)?" + _RKTI_NOT_WANT_LA + r"\b",
    r"\b" + _RKTI_NOT_WANT_LA + r"\s+(iye\s+|eye\s+)?" + _RKTI_LIVE_LA + r"\b(?!\s+(ab|kab|ms|mis|bzey|nab)\w*)",
    r"(?<!\S)ኣይ(ደል|ደለ)\S*ን\s+(እየ\s+)?(ክነብር|ምንባር)(?!\S)(?!\s+(ኣብ|ካብ|ምስ|ብዘይ|ናብ)\S*)",
)
_ROUND42_UNCERTAIN_TI: tuple[str, ...] = (
    # "we will meet in heaven" alone (not said of someone who died): the gentle question
    _RKTI_NOT_THE_DEAD_TI + r".*?" + _RKTI_HEAVEN_MEET_TI,
    _RKTI_NOT_THE_DEAD_LA + r".*?" + _RKTI_HEAVEN_MEET_LA,
)
# (round 42, Tigrinya: end)
_ROUND42_IDIOMS = _ROUND42_IDIOMS_NL_AR + _ROUND42_IDIOMS_TI
_ROUND42_CRISIS = _ROUND42_CRISIS_NL_AR + _ROUND42_CRISIS_TI
_ROUND42_UNCERTAIN = _ROUND42_UNCERTAIN_NL_AR + _ROUND42_UNCERTAIN_TI

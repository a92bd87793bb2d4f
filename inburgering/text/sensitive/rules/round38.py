"""Round 38: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 38, development data since) and NLU b28; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 38, Dutch and Arabic: start)
# Kinds from batch 38 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
# (names start with _R38NA_: the Tigrinya block below uses _R38TI_)
from inburgering.text.sensitive.rules.round37 import _R37NA_PAIN_AR as _R38NA_PAIN_AR, _R37NA_PAIN_AZ as _R38NA_PAIN_AZ  # noqa: E402

# medicines taken (Dutch)
_R38NA_MEDS_NL = (r"(pillen|pilletjes|tabletten|tabletjes|medicijnen|medicatie|slaappillen|slaappilletjes|pijnstillers|paracetamol\w*|"
                  r"ibuprofen|oxazepam|diazepam|temazepam|lorazepam|antidepressiva|capsules|xanax|oxycodon\w*|tramadol)")
_R38NA_TAKEN_NL = r"(genomen|ingenomen|geslikt|doorgeslikt|opgeslikt|opgegeten|opgenomen)"
# a routine, a prescription: no overdose
_R38NA_ROUTINE_NL = (r"^(?!.*\b(per\s+dag|elke\s+dag|iedere\s+dag|elke\s+ochtend|elke\s+avond|voorgeschreven|recept|al\s+jaren|al\s+weken|"
                     r"al\s+maanden|de\s+dokter\s+zegt|de\s+huisarts\s+zegt|bijsluiter)\b)")
# a fire (Dutch, Arabic script, Arabizi), and not a drill, a film or a question about a case
_R38NA_FIRE_NL = r"\b(brand|fik|vlammen|(de|veel|dikke|zwarte|vol|vol\s+met|overal)\s+rook|rook\s+(overal|in\s+de|in\s+het|op\s+de))\b"
_R38NA_NO_CASE_NL = (r"^(?!.*\b((als|wanneer|stel\s+dat|stel)\s+(er\s+)?(\S+\s+)?(brand|rook|vlammen)|\w*oefening\w*|film|serie|game|"
                     r"droom|gedroomd|boek|examen|knm)\b)")
_R38NA_FIRE_AR = (r"((?<!\S)(ال)?حريق\S*|(?<!\S)(ال|بال)?نار(?!\S)|(?<!\S)(ولعت|ولع|اشتعلت|اشتعل|احترق|احترقت|يحترق|تحترق|عم\s+يحترق)(?!\S)|"
                  r"(?<!\S)(ال)?دخان\s+(\S+\s+)?(كثيف|كتير|مالي|معبي|عبا|بالبيت|بالدرج|بالممر|بالبنايه|بالعماره|بكل\s+مكان|طالع|عم\s+يطلع))")
_R38NA_NO_CASE_AR = r"^(?!.*((?<!\S)(اذا|لو|في\s+حال|بحال)(?!\S)|تدريب|تمرين|فيلم|مسلسل|حلم|حلمت|لعبه|سؤال|الامتحان))"
_R38NA_FIRE_AZ = (r"\b(7ari2|7ari2a|7are2|7ar2|7ari2ah|7ari2eh|nar|el\s*nar|wel3et|wil3et|wel3at|e7tara2|e7tara2et|d5an\s+ktir|"
                  r"dokhan\s+ktir|do5an\s+ktir)\b")
_R38NA_NO_CASE_AZ = r"^(?!.*\b(iza|eza|law|tadrib|tadreeb|tamrin|film|fillm|mosalsal|7elm|7lomt|le3be|game|brandoefening)\b)"
# a habit or a resolution (smoking, a diet, study, sleep): the daily vow is about it, not about life
_R38NA_HABIT_AR = (r"^(?!.*(دخان|دخن|ادخن|سجاير|سيجاره|سكاره|اركيله|رجيم|ريجيم|دايت|(?<!\S)اكل(?!\S)|حلويات|سكر|رياضه|نادي|جيم|ادرس|دراسه|"
                   r"اتعلم|اتمرن|(?<!\S)انام(?!\S)|بكير|تلفون|موبايل|فيسبوك|انستا|تيك\s*توك|العب|قهوه|الشغل|الدوام|استقيل|بطل|ابطل|اترك|ابلش|"
                   r"بلش|تنظيف|الكورس))")
_R38NA_HABIT_AZ = (r"^(?!.*\b(d5an|dokhan|do5an|sigara|sjara|sigaret|argile|rejim|rijim|diet|dayet|akl|7elo|sport|gym|nadi|edros|dirase|drase|"
                   r"anam|bakir|telefon|mobile|insta|tiktok|shoghl|sho8l|dawam|2batel|batel|b6el|ballesh|ballish|roken|dieet)\b)")
_R38NA_HABIT_NL = (r"^(?!.*\b(roken|rook|sigaret\w*|dieet|lijnen|snoep\w*|suiker|sport\w*|gym|fitness|drinken|alcohol|bier|gamen|game|telefoon|"
                   r"social\s+media|insta\w*|tiktok|studeren|leren|vroeg|werk|baan|ontslag|koffie|afvallen|hardlopen)\b)")
# the heat (Arabic script, Arabizi; not the cold: a home without heating is no joke), and nothing about a home without
# power or a life on the street after it
_R38NA_WEATHER_AR = r"((ال|هال)?(جو|طقس|حر|حراره|شوب|رطوبه|شمس)|حار|حاره|شوبانين)"
_R38NA_DIE_AR = r"(رح|راح|ح|عم|رايحين|رايح|قربنا|قربت|بدنا|شوي\s+و)\s+(ن|ا|ت|ي)?موت(وا|و)?"
_R38NA_WEATHER_AZ = r"(el\s*|l\s*|hal\s*)?(jaw|ta2s|ta2es|7ar|7arara|shob|rotube|r6ube|shams)|7ami|7amy"
_R38NA_DIE_AZ = r"(ra7|7a|3am|ray7in|2arabna|badna)\s+(n|e|a)?(mut|mot|mout|mu6|mo6)(o|u|ou)?"
# pains "that kill" (Arabizi, Arabic script): more verbs than round 37's
_R38NA_KILLS_AZ = (r"(bimawet|bymawet|btmawet|bitmawet|bi?tmawet|ymawet|tmawet|3am\s+ymawet|3am\s+tmawet|bimawetni|bymawetni|btmawetni|"
                   r"bi2atel|by2atel|bt2atel|bte2tol|bye2tol|mumit|momit|mumite|qatel|2atel)")
_R38NA_PAIN_VERB_AZ = r"(yewja3ni|ywja3ni|btewja3ni|bywja3ni|btwja3ni|bewja3ni|biwja3ni|3am\s+ywja3ni|3am\s+yewja3ni|3am\s+twja3ni)"
_R38NA_KILLS_AR = r"(يموت|تموت|بيموت|بتموت|مميت|مميته|بيهلك|بتهلك|يهلك|قتال|قتاله)"
# a teacher or a headmistress (female forms in Arabizi; the Dutch school words) who "will kill me"
_R38NA_TEACHER_AZ = (r"(mo3alme|mo3alma|mo3alima|mu3alima|mu3alme|mo3alimti|mo3almti|m3alme|m3alma|m3almti|ostaze|ostaza|ustaze|ustaza|"
                     r"2ostaze|2ostaza|ostazti|anse|ansti|modira|mudira|mdira|mdire|modirti|juf|meester|lerares|docent|docente|mentor)")

_ROUND38_IDIOMS_NL_AR: tuple[str, ...] = (
    # jumping into the canal, the river or from a bridge to swim or to cool off (summer fun), either order
    r"\b(spring\w*|sprong\w*|gesprongen|duik\w*|dook|doken|gedoken)\s+(\S+\s+){0,4}?(in|van|vanaf)\s+(het|de|een|die|dat|ons|onze)\s+(\S+\s+)?"
    r"(kanaal|rivier|gracht|water|meer|plas|haven|zee|brug|bruggetje|steiger|kade|sluis)\b(\s+\S+){0,6}?\s+(om\s+(te\s+zwemmen|af\s+te\s+koelen|"
    r"te\s+duiken|te\s+spelen)|voor\s+de\s+(lol|fun|gein|sport)|bij\s+warm\s+weer|als\s+het\s+(warm|heet)\s+is)\b",
    r"\b(om\s+(te\s+zwemmen|af\s+te\s+koelen|te\s+duiken)|bij\s+warm\s+weer|als\s+het\s+(warm|heet)\s+is)\b(\s+\S+){0,4}?\s+(spring\w*|sprong\w*|"
    r"duik\w*)\s+(\S+\s+){0,3}?(in|van|vanaf)\s+(het|de|een)\s+(kanaal|rivier|gracht|water|meer|haven|brug|bruggetje|steiger|kade)\b",
    # the heat "we'll die" (a complaint about the weather), Dutch, Arabic script, Arabizi, either order
    r"\b((zo|te|veel\s+te|echt|super|heel|bloed)\s+heet|warm|benauwd|snikheet|bloedheet|hitte|warmte|tropisch)\b(\s+\S+){0,4}?\s+(we|wij|ik|je)\s+(gaan|ga|gaat)\s+(hier\s+)?(nog\s+)?"
    r"(echt\s+)?dood(\s+(van|door)\s+(de\s+)?(hitte|warmte))?\b",
    r"\b(we|wij|ik|je)\s+(gaan|ga|gaat)\s+(hier\s+)?(nog\s+)?(echt\s+)?dood\s+(van|door)\s+(de\s+|deze\s+)?(hitte|warmte|benauwdheid)\b",
    r"(?<!\S)(شكد\s+|قديش\s+|كتير\s+|شو\s+)?" + _R38NA_WEATHER_AR + r"(?!\S)(\s+\S+){0,3}?\s+" + _R38NA_DIE_AR
    + r"(?!\S)(\s+(من|م)\s+(ال|هال)?(حر|شوب|حراره|رطوبه|جو|عطش)\S*)?(?!.*(تدفئه|شوفاج|صوبا|مدفا|كهربا|بالشارع|عالشارع|مشردين|خيمه))",
    r"(?<!\S)" + _R38NA_DIE_AR + r"\s+(من|م|بسبب)\s+(ال|هال)?(حر|شوب|حراره|رطوبه|جو|طقس|شمس)(?!\S)"
    r"(?!.*(تدفئه|شوفاج|صوبا|مدفا|كهربا|بالشارع|عالشارع|مشردين|خيمه))",
    r"\b(" + _R38NA_WEATHER_AZ + r")\b(\s+\w+){0,3}?\s+" + _R38NA_DIE_AZ + r"\b(\s+(mn|men|min|m)\s+(el\s*|l\s*)?(7ar|shob|jaw)\b)?"
    r"(?!.*\b(tadfi2a|chauffage|sofaje|soba|kahraba|share3|khaime|5ime|verwarming)\b)",
    # a child, a husband, the work "drives me crazy" ("ابني رح يجنني", Arabizi "ra7 yjanenni"): the phrase only
    r"(?<!\S)(و)?((رح|ح|راح|عم|قرب|قربت|بدو|بدها|بدهم)\s+)?(ي|ت|بي|بت)?جنن(ي|تني|وني|ونا|تنا|نا)(?!\S)",
    r"\b(w\s*)?((ra7|7a|3am|2arab|bado|bada)\s+)?(y|t|bi|bt|by|bit|byi|bty|biy)?j[ae]n[ae]n(i|etni|atni|tni|uni|ouni|na|tna)\b",
    # a pain that "kills" with more verbs than round 37's ("rasi 3am yewja3ni wja3 bimawwet", "وجع مميت")
    r"\b(" + _R38NA_PAIN_AZ + r"|" + _R38NA_PAIN_VERB_AZ + r")\s+(\w+\s+){0,4}?(b\s*shakel\s+|bi\s*shakel\s+)?" + _R38NA_KILLS_AZ + r"\b",
    r"(?<!\S)(و)?" + _R38NA_PAIN_AR + r"\s+(\S+\s+){0,4}?(ب?شكل\s+)?" + _R38NA_KILLS_AR + r"(?!\S)",
    # a (female) teacher or headmistress who "will kill me" (homework, being late), Arabizi
    r"\b(el\s+|l)?" + _R38NA_TEACHER_AZ + r"\s+(\w+\s+){0,2}?((ra7|7a|3am|bt|bet)\s+)?\w*(dba7|dbe7|2tol|2tel|2atel|2etl|2otl)\w*",
)
_ROUND38_CRISIS_NL_AR: tuple[str, ...] = (
    # (lead) a person who "hangs" and a call to come quickly, help or 112, or seen through a window ("mijn buurman hangt,
    # kom snel"); not washing, a picture, a coat or someone hanging on the sofa or the phone
    r"^(?!.*\b(was|wasgoed|schilderij\w*|foto\w*|jas|jassen|lamp|gordijn\w*|bank|telefoon|de\s+lijn|rond|uit\s+het\s+raam\s+te\s+kijken)\b)"
    + _both(r"\b(mijn|m'n|mn|de|die|onze|haar|zijn)\s+(buurman|buurvrouw|broer|zus|man|vrouw|zoon|dochter|vader|moeder|oom|neef|huisgenoot|"
            r"vriend|vriendin|collega|kamergenoot)\s+(\S+\s+){0,5}?(hangt|hing)\b",
            r"\b(kom\s+snel|kom\s+nu|kom\s+alsjeblieft|help|hulp|112|ambulance|door\s+het\s+raam|beweegt\s+niet|niet\s+meer)\b")[1:],
    # pills taken in an amount that is "a lot", "a whole heap", "I don't know how many" (Dutch), the amount before or
    # after; not a routine or a prescription, not "how many I must take"
    _R38NA_ROUTINE_NL + r".*\b(ik\s+heb|heb\s+ik|k\s+heb|ik\s+hb)\s+(\S+\s+){0,2}?(een\s+)?(heleboel|hele\s+boel|hele\s+hoop|hoop|heel\s+veel|"
    r"veel\s+te\s+veel|te\s+veel|teveel|zoveel|zo\s+veel|handvol|handen\s+vol)\s+(\S+\s+)?" + _R38NA_MEDS_NL + r"\s+(\S+\s+){0,2}?" + _R38NA_TAKEN_NL + r"\b",
    _R38NA_ROUTINE_NL + r".*\b(ik\s+heb|heb\s+ik|k\s+heb|ik\s+hb)\s+(\S+\s+){0,2}?" + _R38NA_MEDS_NL + r"\s+(\S+\s+){0,2}?" + _R38NA_TAKEN_NL
    + r"\s+(echt\s+|wel\s+|denk\s+ik\s+|al\s+)?((een\s+)?(heleboel|hele\s+boel|hele\s+hoop|hoop)|heel\s+veel|veel\s+te\s+veel|zoveel|zo\s+veel|allemaal|"
    r"(ik\s+)?(weet|wist)\s+(niet|nie)\s+(meer\s+)?hoeveel(?!\s+(er|ik|je|u|we|ze)\s+(\S+\s+)?(moet|mag|mocht|hoor|hoort|kan|moest|nog|over|in|zitten|zit)\b))\b"
    r"(?!\s+(pijn|last|stres|moeite|zorgen|verdriet|spijt|water|eten))",
    # a fire, and we cannot get out (Dutch, standard Arabic and Arabizi); not a drill or a question about a case
    _R38NA_NO_CASE_NL + _both(_R38NA_FIRE_NL,
                              r"\b(we|wij|ik|ze|zij|hij|de\s+kinderen|mijn\s+\w+)\s+(kunnen|kan|komen|kom|raken)\s+(er\s+)?(niet|nergens)\s+(meer\s+)?"
                              r"(uit|weg|naar\s+buiten|buiten|naar\s+beneden|eruit|het\s+huis\s+uit|de\s+deur\s+uit)\b|"
                              r"\b(zitten|zit)\s+(\S+\s+)?(vast|opgesloten|ingesloten)\b|\bingesloten\b"),
    _R38NA_NO_CASE_AR + _both(_R38NA_FIRE_AR,
                              r"(?<!\S)(و)?(لا|ما|مش|مو|لم\s+(ن|ا)?عد|ماعد)\s+(ن|ا|ي|ت)?(ستطيع|قدر|قادرين|قادر|قادره|مقدرين|نقدر|بنقدر|منقدر|فينا|فيني|"
                              r"يمكننا|يمكنني|بقدر|عم\s+نقدر|عم\s+اقدر)\s+(ال|ان\s+|على\s+ال)?(ن|ا|ي|ت)?(خروج|خرج|هروب|هرب|نزول|نزل|طلع|طلوع|فتح)\S*(?!\S)|"
                              r"(?<!\S)(محاصر|محاصرين|محاصره|محاصرون|عالق|عالقين|عالقه|عالقون|محبوس|محبوسين|محتجزين)(?!\S)"),
    _R38NA_NO_CASE_AZ + _both(_R38NA_FIRE_AZ,
                              r"\b(ma|mesh|msh|mish|mo|mu)\s+(fini|fina|2ader|2adra|2adrin|2adren|2adrine|b2dar|mn2dar|men2dar|min2dar|n2dar|b2der)\s+"
                              r"(n|e|a|ne|ni|no|nu|o|u)?(tla3|6la3|tle3|5roj|khroj|5rog|nzal|nzel|nzol|hrob|hrab)\w*\b|"
                              r"\b(m7asar|m7asarin|m7asareen|3al2anin|3al2an|3al2ane|ma7bousin|ma7bus|ma7bous)\b"),
    # a daily vow ("every day I say: that's it, the last day") and today it is meant (Arabic script, Arabizi, Dutch);
    # not a habit or a resolution (smoking, a diet, study)
    _R38NA_HABIT_AR + _both(
        r"(?<!\S)(كل\s+(يوم|ليله|مره|صبح|يوم\s+عم)|دايما)\s+(\S+\s+)?(ب|عم\s+)?(قول|احكي|بقول|بحكي|اقول|قلت|حكيت|بوعد\s+حالي)\s+(\S+\s+){0,3}?"
        r"(اخر\s+يوم|اخر\s+ليله|خلص|بكرا|بكره|غدا|رح\s+خلص|رح\s+انهي)(?!\S)",
        r"(?<!\S)(اليوم|هاليوم|هالمره|هالليله|الليله|هلا|هلق|هلء|هالمرادي|المره\s+هاي)\s+(\S+\s+)?(جدي|جديه|جد|عن\s+جد|بجد|بالجد|حقيقي|فعلا|"
        r"رح\s+اعملها|رح\s+نفذ|بدي\s+اعملها|الحقيقي)(?!\S)"),
    _R38NA_HABIT_AZ + _both(
        r"\b(kil|kel|kul|kol|kell)\s+(yom|youm|yawm|leile|mara|mare)\s+(\w+\s+)?(b2ol|ba2ol|b2oul|2ol|b7ki|ba7ki|2olt|2elt|b2ul)\s+(\w+\s+){0,3}?"
        r"(akher\s+yom|a5er\s+yom|a5r\s+yom|akhir\s+yom|akher\s+leile|5alas|khalas|5las|bokra|bukra)\b",
        r"\b(el\s*yom|lyom|elyoum|el\s*youm|hal\s*mara|hal\s*mare|hla2|hala2|el\s*leile|hal\s*leile)\s+(\w+\s+)?(jad|jed|3an\s+jad|3an\s+jd|bjad|"
        r"b\s*jad|jede|jedi|jadi|jidi|7a2i2i|fe3lan)\b"),
    _R38NA_HABIT_NL + _both(
        r"\b(elke|iedere)\s+(dag|avond|nacht|ochtend|keer)\s+(zeg|denk|beloof|schrijf)\s+ik\s+(\S+\s+){0,4}?(laatste\s+dag|het\s+is\s+klaar|"
        r"het\s+is\s+genoeg|het\s+is\s+over|het\s+(over|klaar|genoeg|afgelopen)\s+is|ik\s+stop|ik\s+kap\s+ermee|morgen\s+is\s+het\s+afgelopen)\b",
        r"\b((vandaag|vanavond|vannacht|nu|deze\s+keer)\s+(meen\s+ik\s+het|is\s+het\s+echt|is\s+het\s+serieus|gebeurt\s+het|doe\s+ik\s+het)|"
        r"ik\s+meen\s+het\s+(nu|vandaag|deze\s+keer|echt))\b"),
)
_ROUND38_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 38, Dutch and Arabic: end)
# (round 38, Tigrinya: start)
# Kinds from batch 38 (Tigrinya in Ge'ez and Latin script) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN: needs review by a native speaker.
# (names start with _R38TI_: the Dutch and Arabic block above uses _R38NA_)
from inburgering.text.sensitive.rules.round36 import (  # noqa: E402
    _R36_DANGER_LA as _R38TI_DANGER_LA, _R36_DANGER_TI as _R38TI_DANGER_TI, _R36_WISH_LA as _R38TI_WISH_LA,
    _R36_WISH_TI as _R38TI_WISH_TI,
)

# a trivial thing that "kills me / us" (Latin script): a deadline, an assignment, MAP or PVT, the gas bill, the
# winter, a pain; the same kind as round 32's bills and forms, with the words round 32 did not list
# (round 41: also the cold "ቀዝሒ" / "kezhi", the heat, hunger and thirst "xmet", and toil or mischief "bxama";
# round 42: the heat "harur"; round 43: the cold "zhul", Latin)
_R38TI_THING_LA = (r"(deadline\w*|opdracht\w*|map|pvt|knm|duo|ind|afspraak\w*|afspraken|huiswerk|presentatie|stage|cursus|taalles|"
                   r"gas|stroom|energie|elektrik|elektriciteit|hsab|hisab|hsabat|bil|bill|rekening\w*|kray|kiray|toeslag|boete|"
                   r"winter|kremti|qwri|muqet|zahli|zhul|zihul|zuhul|zehul|regen|zinab|znab|qanza|pijn|hoofdpijn|buikpijn|migraine|"
                   r"kezhi|qezhi|kezihi|qezihi|kou|koude|bered|snow|sneuw|hite|warmte|waei|harur|haruri|hrur|"
                   r"xmet|tmet|tmyet|tmiyet|xmiet|xmyet|tsmet|tsmiet|tsmi|xmi|tsmie|xmie|dorst|honger|"
                   r"resey\s+qanza|rsey\s+qanza|kebdey\s+qanza|hqoy\s+qanza|sney\s+qanza)")
_R38TI_KILL_ME_LA = (r"(k|ki|kt|kit|y|yi|t|ti)?(q|k)et[ie]?l(e|u|a)(ni|na)(\s+(alo|ala|alewu|eyu|iyu|eya|iya))?|"
                     r"(q|k)etil(u|a|om)(ni|na)")
_R38TI_NO_PERSON_LA = (r"(?!(sebayey|sebaye|sebeytey|abuy|abey|adey|hawey|haftey|ex|man|wedi|wedey|gualey|arkey|mehazay|gorebetey|"
                       r"seb|sebat|polis|politie)\b)")
# children (or anyone) "killing me" with their noise, crying or questions (Latin script); round 32 has the Ge'ez
_R38TI_NOISE_LA = (r"b(dmts|demts|dmx|demx|dms|dmtsi|dmxi|chawchaw|chewchew|awta|bkhyat|bkyat|bkhiyat|hatotat|hato|zereba|sehaq|"
                   r"chqchq|gooyo|goyeya|xama|tsama|tzama|xeme|tseme|hasewa|hasewat)\w*")
_R38TI_NOISE_TI = r"ብ(ድምጺ|ድምጾም|ድምጹ|ድምጻ|ድምጽኹም|ድምጺታት|ዓውታኦም|ብኽያቶም|ብኽያቱ|ብኽያታ|ሕቶታቶም|ጫውጫዎም|ጸወታኦም|ጻማ|ጸማ|ጻዕሪ|ሓሰዋ)\S*"
_R38TI_KILL_ME_TI = (r"(?<!\S)(ክት|ክ|ይ|ት|ዪ)?(ቐ|ቀ)ት(ለ|ሉ|ላ)(ኒ|ና)(\s+(ኣሎ|ኣላ|ኣለዉ|እዩ|እያ|እዮም|ኢዩ|ኢያ))?(?!\S)|"
                     r"(?<!\S)(ቐ|ቀ)ቲ(ሉ|ላ|ሎም)(ኒ|ና)(?!\S)")
_R38TI_THING_TI = (r"(ዴድላይን|ደድላይን|ኦፕድራኽት|ኦፕድራኽታት|ማፕ|ፒቪቲ|ቆጸራ|ቆጸራታት|ኣፍስፕራክ|ሕሳብ\s+ጋዝ|ጋዝ|ስትሮም|ኤነርጂ|ሕሳብ|ሕሳባት|"
                   r"ክረምቲ|ዊንተር|ቁሪ|ቑሪ|ዝሑል|ዝናብ|ስታጅ|ኮርስ|ፕረዘንቴሽን|ቀዝሒ|ቀዝሕ|ዛሕሊ|በረድ|ሃሩር|ሙቐት|ዋዒ|ጥሜት|ጽምኢ)")
_R38TI_NO_PERSON_TI = r"(?!(ሰብኣየይ|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ወደይ|ጓለይ|ዓርከይ|ጎረቤተይ|ሰብ|ፖሊስ)(?!\S))"
# the messages where these "kills me" idioms cut nothing: a weapon, a husband, fear, help, a wish of one's own
# (round 40: and sleeping rough, no home: "the cold will kill me" is then not a manner of speaking)
_R38TI_SERIOUS_LA = (r"(sebayey|sebaye|kara|shgut|polis|politie|mes|dem|ferihe|efrh|frhi|hagzuni|hagzu|112|kmewt\s+delye|kmot\s+delye|"
                     r"ab\s+(dege|godena|tsrgya|xrgya|park)\s+(\w+\s+)?(ndqes|nidqes|ndkes|deqisna|dekisna|hadirna|nhadr|edqes|deqise|hadire)|"
                     r"geza\s+(yeblnan|yebleyn)|medeqesi\s+(yeblnan|yebleyn))")
_R38TI_SERIOUS_TI = (r"(ሰብኣየይ|ካራ|ሽጉጥ|ፖሊስ|ደም|ፈሪሐ|እፈርሕ|ፍርሒ|ሓግዙ|ሓግዙኒ|112|ክመውት\s+ደልየ|ክሞት\s+ደልየ|ክነብር\s+ኣይደልን|"
                     r"ኣብ\s+(ደገ|ጎደና|ጽርግያ|መናፈሻ|ጣብያ)\s+(\S+\s+)?(ንድቅስ|ንሓድር|ደቂስና|ሓዲርና|እድቅስ|እሓድር|ደቂሰ|ሓዲረ)|"
                     r"ገዛ\s+(የብልናን|የብለይን)|(መደቀሲ|መሕደሪ)\s+(የብልናን|የብለይን))")
# "I am dying of hunger" (Latin spellings of ብጥሜት other than core's "btmet"); a film or a story in which they all
# die at the end; the anniversary of a death (a memorial); patience "until death" (worn out)
_R38TI_HUNGER_LA = r"\b(bxmiet|btsmiet|btmiet|bximet|btsimet|btimet|bxmet|btsmet|btmyet|bxmyet|btsmyet)\s+(kmot|kmut|kmewt|kimut|kimewt|moyte)(\s+(eye|iye|eyee))?\b"
_R38TI_STORY_LA = r"\b(film|filmi|movie|serie|series|seriaal|drama|boek|roman|zanta|story|verhaal|aflevering|episode)\b"
_R38TI_ALL_DIE_LA = r"\b(ab\s+)?(mewedaeta|mewedata\s+)?(\w+\s+)?(kulom|kulu|hiro|hade|bzuhat)\s+(ymutu|ymewtu|yimutu|motu|moytom|moytu|moyta|ymut|ymewt)\b"
_R38TI_STORY_TI = r"(ፊልም|ፊልሚ|ሲሪያል|ሲሪየል|ተኸታታሊ|ድራማ|ዛንታ|ልብወለድ|መጽሓፍ|ሞቪ)"
_R38TI_ALL_DIE_TI = r"(?<!\S)(ኣብ\s+)?(መወዳእታ\s+)?(\S+\s+)?(ኩሎም|ኩሉ|ብዙሓት|ጀጋኑ)\s+(ይሞቱ|ይመውቱ|ሞይቶም|ሞቱ|ይሞቱ\S*)(?!\S)"
_R38TI_ANNIVERSARY_TI = (r"(?<!\S)(ናይ\s+)?(ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ኣቦሓጎይ|ኣደሓጎይ|ዓባየይ|ኣኮይ|ኣሞይ|ሰብኣየይ|ሰበይተይ|ወደይ|ጓለይ|ዓርከይ)\s+ሞት\s+"
                         r"(\S+\s+){0,2}?(ዓመት|ዓመታት|ኣዋርሕ|ወርሒ)\s+(ኮይኑ|ኮይኑ\s+ኣሎ|ገይሩ|ሓሊፉ)(?!\S)")
_R38TI_MEMORIAL_TI = r"(ዝኽሪ|ተዝካር|ተዝካሩ|ተዝካራ|መዘከርታ|ሻምብቆ|ሽምዓ|ቤተ\s+ክርስትያን|ጸሎት|ፍትሓት|ተዘኪርና|ንዝክሮ|ንዝክራ|ንዝክር)"
_R38TI_ANNIVERSARY_LA = (r"\b(nay\s+)?(abuy|aboy|abey|adey|hawey|haftey|abohagoy|adehagoy|abayey|sebayey|sebeytey|wedey|gualey|arkey)\s+mot\s+"
                         r"(\w+\s+){0,2}?(amet|ametat|awarh|werhi)\s+(koynu|geyru|halifu)\b")
_R38TI_MEMORIAL_LA = r"(zkhri|zkri|zikri|tezkar|tezkaru|tezkara|tselot|fthat|herdenking)"
_R38TI_PATIENCE_TI = (r"(?<!\S)(ዓቕሊ|ዓቕለይ|ዓቕልና|ዓቕሊ\s+ምሕዳር|ትዕግስቲ|ትዕግስተይ)\s+(\S+\s+)?ክሳብ\s+ሞት\s+"
                      r"(ይወድእ|ይውዳእ|ተወዲኡ|ወዲኡ|ይጸብብ|ጸቢቡ|የጽብብ|ዘጽብብ|ዝውድእ|ዘውድእ)(?!\S)")
_R38TI_PATIENCE_LA = r"\b(aqli|akli|aqley|akley|tegsti)\s+(\w+\s+)?ksab\s+mot\s+(ywedie|ywede|tewediu|wediu|yxebb|yxeb|xebibu|tsebibu)\b"

# the household (people of my house, my clan, my brothers) "will kill me" because I want to divorce, to marry, to
# leave, or over a boyfriend or a pregnancy (an honour threat). (Round 33's chore idiom read "ገዛ" in "ሰብ ገዛይ" as
# housework and cut the threat out; fixed there by the lead.)
_R38TI_REASON_TI = (r"(ክፋታሕ|ክፈላለ|ክፈላለዮ|ክፈልዮ|ክሓድጎ|ክገድፎ|ፍትሕ|ክምርዖ|ክምርዓዎ|ክምርዓው|ክምርዓዋ|ክእሰር|ዝመረጽክዎ|ቦይፍረንድ|"
                    r"ሃይማኖት|ሃይማኖተይ|ጥንሲ|ነፍሰ\s+ጾር|ካብ\s+ገዛ\s+ክወጽእ|ክሃድም)\S*")
_R38TI_HOUSEHOLD_TI = (r"(?<!\S)(ሰብ\s+ገዛይ|ሰብ\s+ቤተይ|ቤተሰበይ|ቤተሰብና|ዓሌተይ|ኣሕዋተይ|ኣሕዋተይ\s+ሰብኡት|ደቂ\s+ኣኮይ|ደቂ\s+ሓወቦይ|ሓወቦይ|ሓሙተይ|"
                       r"ስድራ\s+ሰብኣየይ|ስድራ\s+ቤተይ)(?!\S)")
_R38TI_THEY_KILL_ME_TI = r"(?<!\S)(ክቐትሉኒ|ክቀትሉኒ|ይቐትሉኒ|ክቐትለኒ|ክቀትለኒ|ቀቲሎምኒ|ክሓርዱኒ|ክሓርደኒ)(\s+(እዮም|እዩ|ኢዮም|ኢዩ))?(?!\S)"
_R38TI_REASON_LA = (r"(kfatah|kfatih|kifatah|kfelale|kfelaleyo|kmrao|kmraewo|kmrawo|kimrao|boyfriend|haymanot|tnsi|zwanger|scheiden|scheiding|"
                    r"khadm|khadim)\w*")
_R38TI_HOUSEHOLD_LA = r"\b(seb\s+gezay|seb\s+betey|betesebey|aletey|ahwatey|deqi\s+akoy|hawebuy|hamutey|sdra\s+sebayey)\b"
_R38TI_THEY_KILL_ME_LA = r"\b(kqetluni|kketluni|kiqetluni|yqetluni|qetilomni|kqetleni|kharduni)\b"
# someone found hanged, hanging from a rope (a brother, a sister, a friend): not a picture, a coat, a film
_R38TI_HANGED_TI = r"(?<!\S)(ተሰቒሉ|ተሰቒላ|ተሰቒሎም|ተሰቒሉ\s+ኣሎ|ተሰቒላ\s+ኣላ|ተንጠልጢሉ|ተንጠልጢላ|ተሓኒቑ|ተሓኒቓ)(?!\S)"
_R38TI_FOUND_OR_HELP_TI = r"(ገመድ\S*|ብገመድ|ረኺበዮ|ረኺበያ|ረኺብናዮ|ረኺብናያ|ረኺቦሞ|ሓግዙ|ሓግዙኒ|ሓግዙና|ኣምቡላንስ|112|ኣይተንፈሰን|ኣየስተንፍስን)"
_R38TI_NOT_A_THING_HUNG_TI = r"^(?!.*(ስእሊ|ፎቶ|ክዳን|ካፖርታ|ጃኬት|ክዳውንቲ|መጋረጃ|ሰዓት|መብራህቲ|ፊልም|ድራማ|ዛንታ|መጽሓፍ|ታሪኽ|ኢየሱስ|መስቀል))"
_R38TI_HANGED_LA = r"\b(tese(q|k|kh)h?i?l(u|a|om)|tesekilu|teseqilu|tesekila|teseqila|tentelxilu|tentelxila|tenteltsilu|tentelts?ila)\b"
_R38TI_FOUND_OR_HELP_LA = r"\b(gemed\w*|bgemed|rekibeyo|rekibeya|rekhibeyo|rekhibeya|rekibnayo|rekibnaya|hagzu|hagzuni|hagzuna|ambulance|112)\b"
_R38TI_NOT_A_THING_HUNG_LA = r"^(?!.*\b(sili|slI|foto|photo|kdan|kidan|kaporta|jacket|jas|gordijn|klok|lamp|film|drama|zanta|boek|story)\b)"
# someone drank poison (rat poison, bleach) or swallowed many pills: not one's own medicine as prescribed
_R38TI_POISON_TI = r"(መርዚ|መርዛም|ናይ\s+ኣንጭዋ\s+መድሃኒት|ኣሲድ|በረኪና|ክሎሪን|ጃቨል|ፈሳሲ\s+ጽሬት|ሳሙና\s+ፈሳሲ)\S*"
_R38TI_DRANK_TI = r"(?<!\S)(ሰትያ|ሰትዩ|ሰትዮም|ሰቲያ|ሰቲዩ|ሰቲዮም|ውሒጣ|ውሒጡ|ውሒጦም|ወሲዳ|ወሲዱ|በሊዓ|በሊዑ|ሰትዩዎ|ሰትያቶ)(?!\S)"
_R38TI_PILLS_TI = r"(ከኒና|ኪኒና|ከኒናታት|ኪኒናታት|ፓራሴታሞል|ፔይንኪለር)\S*"
_R38TI_MANY_TI = r"(ብዙሕ|ብዙሓት|ኩሉ|ኩሎም|ብዝሒ|ሓደ\s+ሳጹን|ሳጹን|ሙሉእ|ብሓንሳብ|ትፋእ|ትፍእ|ይፍእ|ትተፍእ|ይተፍእ|ኣይትበራበርን|ኣይበራበርን|ኣይትሰምዕን|ዓዊቓ|ዓዊቑ)"
_R38TI_POISON_LA = r"\b(mrzi|merzi|mirzi|marzi|merzam|acid|bleek|bleach|chloor|javel|gif|rattengif)\w*"
_R38TI_DRANK_LA = r"\b(sitiya|sitiyu|setya|setyu|setiya|setiyu|sitya|sityu|stya|styu|wuhita|wuhitu|whita|whitu|wihita|wihitu|wesida|wesidu|beliea|beliu)\b"
_R38TI_PILLS_LA = r"\b(kenina|kinina|keninatat|pillen|pillen|tabletten|paracetamol|painkiller)\w*"
_R38TI_MANY_LA = r"\b(bzuh|bzuhat|kulu|kulom|bzhi|satsun|mulue|bhansa|tpeqes|tfae|tfea|yfea|aytberaberen|aybreraberen|veel|alle|allemaal)\b"
# a fire in the house, the kitchen or the building, smoke everywhere: not a candle, the stove lit, the news, a drill
_R38TI_FIRE_TI = (r"(?<!\S)ሓዊ\s+(\S+\s+)?(ተላዒሉ|ተላዒሉና|ሒዙ|ሒዙዎ|ሒዙና|ተተኲሱ|ይነድድ|ነዲዱ|ይባላሕ|ተባሊሑ)(?!\S)|"
                  r"(?<!\S)(ትኪ|ትኺ)\s+(\S+\s+)?(መሊኡ|መሊኡና|ይወጽእ\s+ኣሎ|ኣትዩ)(?!\S)|(?<!\S)(ገዛ|ገዛና|ገዛይ|ኩሽና|ክፍሊ|ህንጻ)\s+(\S+\s+)?(ይነድድ|ነዲዱ|ተቓጺሉ)(?!\S)")
_R38TI_NOT_A_FIRE_TI = r"^(?!.*(ሽምዓ|ፊልም|ዜና|ልምምድ|ልበይ|ልቢ|ፍቕሪ|ባርበኪው|ጥብሲ|ሓዊ\s+ኣጉድ|ምድጃ|ሲጋራ|ኣብ\s+ዓደይ|ቀደም|ትማሊ\s+ምሸት))"
_R38TI_FIRE_LA = (r"\b(hawi|hawwi|hawi)\s+(\w+\s+)?(telaiu|telaeu|telaiuna|hizu|hizuna|hizuwo|tetekusu|yneded|nedidu|ybalah|tebalihu)\b|"
                  r"\b(teki|tki|tkhi|tekhi)\s+(\w+\s+)?(meliu|melu|meliuna|ywexe|ywetse|atyu)\b|\b(geza|gezana|gezay|kushna|kfli|kifli)\s+(\w+\s+)?(yneded|nedidu|teqaxilu|teqatsilu)\b")
_R38TI_NOT_A_FIRE_LA = r"^(?!.*\b(shmea|kaars|film|zena|nieuws|oefening|brandoefening|lbey|lbi|fqri|bbq|barbecue|sigara|sigaret|ab\s+adey|qedem)\b)"
# locked in a room by others ("they locked me in the room", Latin spellings; Ge'ez read from Latin as "ኣጺዮመኒ"); one
# person locking me in at home stays round 34's gentle question
_R38TI_LOCKED_LA = r"\b(a|e|ae|ea)?ts[iy]{1,2}(y|w)?(omeni|omni|womeni|womni)\b"
_R38TI_LOCK_PLACE_LA = r"\b(ab\s+(kfli|kifli|kifil|bano|badkamer|kamer|kelder|room|mekhzen|mkhzen)|kwexe|kwetsi|kiwetsi|kwxe|ayfeqdulin|ayfeqdun)\b"
_R38TI_LOCKED_TI = r"(?<!\S)(ኣጺዮመኒ|ኣጺዮምኒ|ዓጺዮመኒ|ዓጺዮምኒ|ዓጺዎምኒ|ዓጺዎመኒ)(?!\S)"
_R38TI_LOCK_PLACE_TI = r"(?<!\S)(ኣብ\s+(ክፍሊ|ባኞ|መደቀሲ|መኽዘን|ክፍለይ)|ክወጽእ\s+ኣይክእልን|ከውጽኡኒ|ኣይፈቕዱለይን)"
# "I want to die" in a lengthened Latin spelling ("kmoooot dleee": the view squeezes it to "kmot dle")
_R38TI_DIE_WANT_LA = r"\b(kmot|kmut|kmewt|kimut|kimot|kmwt|kmt)\s+(dle|dly|dlye|dleye|dliye|dlie|dleyu)\b"
# a stroke: one side of the body not working, the face drooping, the speech slurred (now, minutes ago)
_R38TI_ONE_SIDE_TI = (r"(?<!\S)(ሓደ\s+ወገን|ፍርቂ)\s+(ናይ\s+)?(ሰውነቱ|ሰውነታ|ሰውነተይ|ኣካላቱ|ኣካላታ|ገጹ|ገጻ|ኢዱ|ኢዳ|ሰውነት)\s+(\S+\s+)?"
                      r"(ኣይሰርሕን|ኣይትሰርሕን|ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ደንዚዙ|ደንዚዛ|ተሓሪሙ|ተሓሪማ|ወዲቑ|ወዲቓ|ሞይቱ|ሞይታ|ዓጢጡ)(?!\S)")
_R38TI_SLURRED_TI = r"(?<!\S)(ዘረባኡ|ዘረባኣ|ዘረባ)\s+(ተደባሊቑ|ተደባሊቓ|ተደባሊቑዎ|ተዓጽዩ|ኣይንጹርን|ተሓናጊሉ|ተሓዋዊሱ)(?!\S)"
_R38TI_ONE_SIDE_LA = (r"\b(hade\s+wegen|frqi|ferqi)\s+(nay\s+)?(sewnetu|sewneta|sewnetey|akalatu|akalata|gexu|getsu|gexa|getsa|idu|ida)\s+(\w+\s+)?"
                      r"(aysrhn|aysrhin|aytsrhn|aynqesaqesn|denzizu|denziza|teharimu|teharima)\b")
_R38TI_SLURRED_LA = r"\b(zerebau|zerebaa|zereba)\s+(tedebaliqu|tedebaliqa|tedebaliku|teatsiyu|aynxurn|aynitsurn)\b"
# worn out, goodbye, and "I won't come / won't be there any more" (a farewell): not ill, not a later date
_R38TI_WEARY_LA = r"\b(dekhime|dekime|dkime|dkhime|dekimna|selchiyuni|akiluni|xegibe|tsegibe)\b"
_R38TI_GOODBYE_LA = r"\b(godbye|goodbye|bye\s+bye|snbt|snbit|dehan\s+kunu|selam\s+kunu|tesenabite|vaarwel|doei\s+voor\s+altijd)\b"
_R38TI_NOT_COMING_LA = (r"\b(aykmetsin|aykmexn|aykmetsn|aykimetsin|aymetsin|aykhlun|aykhilun|aykmeles\w*|aymeles\w*|degim|nhawru|nhawaru|"
                        r"nzelalem|kab\s+hji)\b")
_R38TI_NOT_ILL_LA = r"^(?!.*\b(hamime|hamimna|ziek|koorts|griep|gunfae|dokter|doctor|huisarts|ksab|kisab|vakantie|erefti|lomi\s+mshet|tsbah\s+mshet)\b)"
_R38TI_WEARY_TI = r"(?<!\S)(ደኺመ|ደኺምና|ሰልቺዩኒ|ኣኺሉኒ|ጸጊበ)(?!\S)"
_R38TI_GOODBYE_TI = r"(ጉድባይ|goodbye|ስንብት|ደሓን\s+ኩኑ|ሰላም\s+ኩኑ|ተሰናቢተ|ተሰናበቱ)"
_R38TI_NOT_COMING_TI = r"(?<!\S)(ኣይክመጽእን|ኣይመጽእን|ኣይክህሉን|ኣይህሉን|ኣይክምለስን|ኣይምለስን|ደጊም|ንሓዋሩ|ካብ\s+ሕጂ)(?!\S)"
_R38TI_NOT_ILL_TI = r"^(?!.*(ሓሚመ|ሓሚምና|ሕማም|ጉንፋዕ|ረስኒ|ዶክተር|ሓኪም|ክሳብ|ዕረፍቲ|ሎሚ\s+ምሸት))"

# a relative who "does not respond / does not react" (not a phone, a message, a letter, not anger)
_R38TI_WHO_LA = (r"\b(sebeytey|sebaytey|sebayey|adey|abuy|hawey|haftey|wedey|gualey|deqey|hxaney|hitsaney|qolaey|qolae|abohagoy|adehagoy|"
                 r"abayey|arkey|mehazay|gorebetey|gorebetna)\b")
_R38TI_NO_RESPONSE_LA = r"\b(ay[iy]?t?m[ei]?l[ei]?s[ei]?n|ay[iy]?t?s[ei]?m[ei]?en|ay[iy]?t?nqesaqesn|ay[iy]?t?nqesaqesin)\b"
_R38TI_NOT_ANSWERING_LA = (r"^(?!.*\b(telefon\w*|telephone|phone|foon|mobail\w*|mobile|mobiel|whatsapp|app|message\w*|mesej\w*|sms|mail|email|brief|"
                           r"debdabe|dewil\w*|dewel\w*|bel\w*|gebeld|hato\w*|vraag|vragen|chat|tekuy\w*|tequy\w*|quts\w*|hrqan|boos|kwaad|"
                           r"srah|werk|school|kors|les)\b)")
_R38TI_WHO_TI = r"(?<!\S)(ሰበይተይ|ሰብኣየይ|ኣደይ|ኣቦይ|ሓወይ|ሓፍተይ|ወደይ|ጓለይ|ደቀይ|ሕጻነይ|ቆልዓይ|ኣቦሓጎይ|ኣደሓጎይ|ዓባየይ|ዓርከይ|መሓዛይ|ጎረቤተይ)(?!\S)"
_R38TI_NO_RESPONSE_TI = r"(?<!\S)(ኣይትምልስን|ኣይምልስን|ኣይምልሱን|ኣይትሰምዕን|ኣይሰምዕን|ኣይትንቀሳቐስን|ኣይንቀሳቐስን)(?!\S)"
_R38TI_NOT_ANSWERING_TI = (r"^(?!.*(ተሌፎን|ተለፎን|ሞባይል|ዋትስኣፕ|መልእኽቲ|ሜሰጅ|ኢመይል|ደብዳቤ|ደዊለ|ደዊልና|ምድዋል|ሕቶ|ሕቶታት|ተቖጢዓ|ተቖጢዑ|ኩርያ|ኩሩ|"
                           r"ሕርቃን|ስራሕ|ትምህርቲ|ኮርስ))")

_ROUND38_IDIOMS_TI: tuple[str, ...] = (
    # a deadline, an assignment, the gas bill, the winter, a pain that "kills me / us" (Latin): no person between,
    # nothing serious in the message
    r"^(?!.*\b" + _R38TI_SERIOUS_LA + r"\b)(?=.*\b" + _R38TI_THING_LA + r"\b).*?\b((ezi|eti|eza|eta|nay)\s+)?" + _R38TI_THING_LA
    + r"\s+(" + _R38TI_NO_PERSON_LA + r"\w+\s+){0,3}?(" + _R38TI_KILL_ME_LA + r")\b",
    # the same in Ge'ez script: a deadline, MAP, an appointment, the gas bill, the winter
    r"^(?!.*" + _R38TI_SERIOUS_TI + r")(?=.*" + _R38TI_THING_TI + r").*?(?<!\S)(ናይ\s+)?" + _R38TI_THING_TI + r"\S*\s+(" + _R38TI_NO_PERSON_TI
    + r"\S+\s+){0,3}?(" + _R38TI_KILL_ME_TI + r")",
    # children "killing me" with their noise, their crying, their questions (Latin; Ge'ez with the noise words round 32
    # did not list): the phrase only, nothing serious after it
    r"^(?!.*\b" + _R38TI_SERIOUS_LA + r"\b)(?=.*\b" + _R38TI_NOISE_LA + r").*?\b" + _R38TI_NOISE_LA + r"\s+(\w+\s+)?(" + _R38TI_KILL_ME_LA + r")\b",
    r"^(?!.*" + _R38TI_SERIOUS_TI + r")(?=.*" + _R38TI_NOISE_TI + r").*?(?<!\S)" + _R38TI_NOISE_TI + r"\s+(\S+\s+)?(" + _R38TI_KILL_ME_TI + r")",
    # "I am dying of hunger" (Latin spellings)
    r"^(?!.*\b(" + _R38TI_WISH_LA + r")\b)(?=.*" + _R38TI_HUNGER_LA + r").*?" + _R38TI_HUNGER_LA,
    # a film, a series, a story in which all die at the end (no wish or danger of one's own): the phrase only
    r"^(?!.*\b(" + _R38TI_DANGER_LA + r"|" + _R38TI_WISH_LA + r")\b)(?=.*" + _R38TI_STORY_LA + r").*?" + _R38TI_ALL_DIE_LA,
    r"^(?!.*(" + _R38TI_DANGER_TI + r"|" + _R38TI_WISH_TI + r"))(?=.*" + _R38TI_STORY_TI + r").*?" + _R38TI_ALL_DIE_TI,
    # the anniversary of a relative's death, a memorial ("my father's death is five years now, today we remember")
    r"^(?!.*(" + _R38TI_DANGER_TI + r"|" + _R38TI_WISH_TI + r"))(?=.*" + _R38TI_MEMORIAL_TI + r").*?" + _R38TI_ANNIVERSARY_TI,
    r"^(?!.*\b(" + _R38TI_DANGER_LA + r"|" + _R38TI_WISH_LA + r")\b)(?=.*\b" + _R38TI_MEMORIAL_LA + r"\b).*?" + _R38TI_ANNIVERSARY_LA,
    # patience that runs out "until death" (learning Dutch, waiting): the phrase only
    _R38TI_PATIENCE_TI,
    _R38TI_PATIENCE_LA,
)
_ROUND38_CRISIS_TI: tuple[str, ...] = (
    # the household, the brothers, the clan "will kill me" because I want a divorce, to marry, over a pregnancy
    _both(_R38TI_HOUSEHOLD_TI + r"\s+(\S+\s+)?" + _R38TI_THEY_KILL_ME_TI, _R38TI_REASON_TI),
    _both(_R38TI_HOUSEHOLD_LA + r"\s+(\w+\s+)?" + _R38TI_THEY_KILL_ME_LA, r"\b" + _R38TI_REASON_LA + r"\b"),
    # someone found hanged, hanging from a rope (with the rope, found, or help)
    _R38TI_NOT_A_THING_HUNG_TI + _both(_R38TI_HANGED_TI, _R38TI_FOUND_OR_HELP_TI)[1:],
    _R38TI_NOT_A_THING_HUNG_LA + _both(_R38TI_HANGED_LA, _R38TI_FOUND_OR_HELP_LA)[1:],
    # someone drank poison or bleach; swallowed many pills or is vomiting, not waking after pills
    _both(_R38TI_POISON_TI + r"\s+(\S+\s+){0,3}?" + _R38TI_DRANK_TI),
    _both(_R38TI_PILLS_TI + r"\s+(\S+\s+){0,2}?" + _R38TI_DRANK_TI, _R38TI_MANY_TI),
    _both(r"\b" + _R38TI_POISON_LA + r"\s+(\w+\s+){0,3}?" + _R38TI_DRANK_LA),
    _both(r"\b" + _R38TI_PILLS_LA + r"\s+(\w+\s+){0,2}?" + _R38TI_DRANK_LA, _R38TI_MANY_LA),
    # a fire in the house, smoke filling the rooms (now)
    _R38TI_NOT_A_FIRE_TI + r".*(" + _R38TI_FIRE_TI + r")",
    _R38TI_NOT_A_FIRE_LA + r".*(" + _R38TI_FIRE_LA + r")",
    # locked in a room by others (Latin spellings, and their Ge'ez reading), with the place or "I can't get out"
    _both(_R38TI_LOCKED_LA, _R38TI_LOCK_PLACE_LA),
    _both(_R38TI_LOCKED_TI, _R38TI_LOCK_PLACE_TI),
    # "I want to die", lengthened
    _R38TI_DIE_WANT_LA,
    # a stroke: one side of the body not working, or the speech slurred with the face or one side
    _R38TI_ONE_SIDE_TI,
    _R38TI_ONE_SIDE_LA,
    _both(_R38TI_SLURRED_TI, r"(ገጹ|ገጻ|ኢዱ|ኢዳ|ሓደ\s+ወገን|ሃንደበት|ብሃንደበት|ቅድሚ\s+(\S+\s+)?ደቒ(ቕ|ቓ)|ሕጂ)"),
    _both(_R38TI_SLURRED_LA, r"\b(gexu|getsu|gexa|idu|ida|hade\s+wegen|handebet|bhandebet|qdmi\s+(\w+\s+)?deqiq|hji)\b"),
)
_ROUND38_UNCERTAIN_TI: tuple[str, ...] = (
    # a wife, a mother, a child who "does not respond" (Latin spellings; a fall or not moving is round 37's and the
    # classifier's): the gentle question; not a phone, a message, a letter, nor someone angry or busy
    _R38TI_NOT_ANSWERING_LA + _both(_R38TI_WHO_LA, _R38TI_NO_RESPONSE_LA)[1:],
    _R38TI_NOT_ANSWERING_TI + _both(_R38TI_WHO_TI, _R38TI_NO_RESPONSE_TI)[1:],
    # worn out, goodbye, and "I won't come / won't be there any more" (not ill, not a date): the gentle question, like
    # round 34's "goodbye, I have had enough"
    _R38TI_NOT_ILL_LA + _both(_R38TI_WEARY_LA, _R38TI_GOODBYE_LA, _R38TI_NOT_COMING_LA)[1:],
    _R38TI_NOT_ILL_TI + _both(_R38TI_WEARY_TI, _R38TI_GOODBYE_TI, _R38TI_NOT_COMING_TI)[1:],
)
# (round 38, Tigrinya: end)
_ROUND38_IDIOMS = _ROUND38_IDIOMS_NL_AR + _ROUND38_IDIOMS_TI
_ROUND38_CRISIS = _ROUND38_CRISIS_NL_AR + _ROUND38_CRISIS_TI
_ROUND38_UNCERTAIN = _ROUND38_UNCERTAIN_NL_AR + _ROUND38_UNCERTAIN_TI

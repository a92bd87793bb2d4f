"""Round 31: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 31, development data since) and NLU b21; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 31, Dutch and Arabic: start)
# Kinds from batch 31 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_R31_STORY_NL = r"(film|serie|boek|roman|verhaal|aflevering|documentaire|toneelstuk|video|filmpje|clip|gedicht|liedje|lied)"
_R31_PERSON_NL = r"(man|vrouw|jongen|meisje|jongeman|oude\s+man|kerel|vader|moeder|soldaat|student|leraar|politieagent|agent|persoon|iemand|held|vluchteling)"
_R31_STORY_AR = r"(ال)?(فيلم|افلام|مسلسل|حلقه|روايه|قصه|كتاب|فيديو|مسرحيه|اغنيه)"
_R31_SCHOOL_NL = (r"(spreekbeurt|werkstuk|presentatie|schoolopdracht|opdracht|project|les|scriptie|poster|posters|school|studie|opleiding|"
                  r"stage|cursus|knm\w*|klas|huiswerk|profielwerkstuk|examen|toets|folder|flyer)")
_R31_DOOR_BREAK_NL = r"(in\s+te\s+trapen|in\s+te\s+beuken|in\s+te\s+slan|open\s+te\s+breken|kapot\s+te\s+maken|te\s+forceren|open\s+te\s+forceren|in\s+te\s+breken)"
_ROUND31_IDIOMS_NL_AR: tuple[str, ...] = (
    # a film, book or video about someone else who jumps / took their life (third person, a story)
    r"\b" + _R31_STORY_NL + r"\s+(\S+\s+){0,3}?(gezien\s+|gelezen\s+|gekeken\s+)?(over|waarin|waar)\s+(een|de|die)\s+(\S+\s+)?" + _R31_PERSON_NL + r"\s+(die\s+)?(\S+\s+){0,3}?"
    r"(van|vanaf|uit|in)\s+(een|de|het)\s+(brug|dak|flat|toren|gebouw|raam|balkon|rots|klif|trein)\s+(af\s+)?(springt|sprong|valt|viel|gesprongen|gevallen|duikt|dook)\b(\s+(is|was))?"
    r"(?!.*\b(ik\s+ook|ga\s+ik\s+ook|wil\s+ik\s+ook|ook\s+(doen|gan\s+doen|springen|wil)|mezelf|ik\s+wil|ik\s+ga|net\s+als\s+hij|net\s+als\s+zij)\b)",
    r"(?<!\S)(شفت|شفنا|حضرت|حضرنا|قريت|قرات)?\s*" + _R31_STORY_AR + r"\s+(\S+\s+){0,2}?(فيه|فيها|عن)\s+(واحد|وحده|شخص|رجال|زلمه|شب|بنت|امراه|مره|ولد|جندي|بطل|البطل|البطله)\s+"
    r"(انتحر|انتحرت|قتل\s+حاله|قتلت\s+حالها|نط\s+من\s+\S+|نطت\s+من\s+\S+|رمي\s+حاله|رمت\s+حالها)(?!\S)(\s+(بال|ب|في)\S*)?"
    r"(?!.*(?<!\S)(وانا\s+كمان|انا\s+كمان|متلو|متله|متلها|بدي|رح\s+اعمل|ناوي|ناويه)(?!\S))",
    # information, a number or a poster about domestic violence or suicide prevention for school (a topic, not a person in danger)
    r"\b(informatie|info|meer\s+weten|materiaal|bronnen|cijfers|feiten|een\s+filmpje|een\s+video|een\s+boek|boeken|artikelen|folders)\s+(\S+\s+){0,3}?over\s+"
    r"(huiselijk\s+geweld|zelfmord\w*|zelfdoding|eergerelateerd\s+geweld|kindermishandeling|seksueel\s+geweld)\s+(voor|op|in)\s+(een|mijn|de|het|onze|ons)\s+" + _R31_SCHOOL_NL + r"\b",
    r"\b(voor|op)\s+(een|mijn|de|het|onze|ons)\s+" + _R31_SCHOOL_NL + r"\s+(\S+\s+){0,4}?(informatie|info|meer\s+weten|materiaal|bronnen|cijfers|feiten)\s+(\S+\s+){0,2}?over\s+"
    r"(huiselijk\s+geweld|zelfmord\w*|zelfdoding|eergerelateerd\s+geweld|kindermishandeling|seksueel\s+geweld)\b",
    r"\b(nummer|telefonnummer|website|site|adres|logo|link)\s+van\s+(de\s+|het\s+)?(113\s*)?(zelfmordpreventie|zelfmord\s+preventie|113\s+online|de\s+zelfmordlijn|veilig\s+thuis)\b"
    r"(?=.*\b(poster|posters|folder|flyer|spreekbeurt|werkstuk|presentatie|opdracht|project|school|klas|les)\b)",
    # the weather, a house, the noise "not to live with" (a complaint about circumstances)
    r"\b(dit|het|dat|deze|die|zo|zulk)\s+(weer|klimaat|regen|regenweer|kou|hitte|wind|winter|zomer|herfst|huis|appartement|kamer|buurt|lawaai|geluid|verkeer|drukte)\s+(is\s+)?(echt\s+|gewoon\s+|toch\s+|hier\s+)?"
    r"niet\s+om\s+(te\s+leven|in\s+te\s+leven|mee\s+te\s+leven|uit\s+te\s+houden)\b",
    # the rent, the prices, the bills "will strangle me" (money worries)
    r"(?<!\S)(ال|هال)?(ايجار|اجار|اسعار|فواتير|فاتوره|ديون|دين|ضرايب|غلا|مصاريف|قرض|قروض|كهربا|غاز|تدفيه|تامين|ضمان)\s+(\S+\s+){0,4}?(رح|ح|عم|بدو|بدها|راح)?\s*(ي|ت|ب)?(خنقني|خنقنا|يخنقني|يخنقنا|تخنقني|تخنقنا|بيخنقني|بتخنقني)(?!\S)",
    r"\b(el\s+)?(ijar|ejar|2ijar|as3ar|fawatir|fawateer|dyoun|dyoon|masarif)\s+(\S+\s+){0,4}?(ra7|7|3am)?\s*(y|t|b)?(5na2ni|khna2ni|y5ne2ni|t5ne2ni|by5ne2ni|bt5ne2ni|ye5ne2ni)\b",
    # the proverb "die, donkey, until the fodder comes" (waiting forever)
    r"(?<!\S)موت\s+يا\s+(حمار|كديش)(\s+(ل|لا|حتى|تا|لتا|لحتى)?\s*(بتجي|تجي|يجي|ليجي|بيجي|لتجي|حتي\s+تجي)\s+(ال)?(عليقه|عليق|حشيش|الحشيش|ربيع))?(?!\S)",
    r"\b(mout|mot|moot)\s+ya\s+(7mar|hmar|7emar)(\s+(la|hatta|7atta|ta)?\s*(btiji|btije|tiji|yiji|btji)\s+(el\s*)?(3lii?2a|3le2a|3alee2a|3alie2a))?\b",
    # a teacher or a coach who "kills me" with corrections, homework or questions (and is loved for it)
    r"(?<!\S)(بتقتلني|بيقتلني|قتلتني|قتلني|تقتلني|يقتلني|بتموتني|بيموتني|موتتني|موتني|بتدبحني|بيدبحني)\s+(بال|ب)(تصحيح|تصحيحات|واجبات|وظايف|وظيفه|اسئله|اسيله|امتحانات|فروض|قواعد|تمارين|ملاحظات|كلمات|مفردات|ضحك|نكت|دلع|لطف|حلاوه|طبخ|اكل|كلام|حكي)\S*(?!\S)",
    # dying of longing for one's family (longing, not wishing to die)
    r"(?<!\S)(ا|ب|عم\s+)?موت\s+(من\s+)?(ال)?(شوقا|شوق|اشتياق|حنين)(?!\S)(\s+(ل|لل|عل|على)\S*)?",
    r"\b(2a|b|3am\s+)?(mout|mot|moot|mut)\s+(men\s+)?(el\s*)?(sho2|shou2|sho2an|ashti2a2|ishti2a2)\b",
    # tired "to death" after work (Arabic, Arabizi and its transliteration)
    r"(?<!\S)(تعبان|تعبانه|تعبانين|تعبن|هلكان|هلكانه|مهدود|مهدوده|مكسر|مكسره|تعبت)\s+(لل|ل|لا|ع|عال|عل|حتى\s+ال|(ل|لا)?\s*حد\s+)\s*(ال)?موت(?!\S)",
    r"\b(ta3ban|ta3bane|ta3bane|ta3banin|ta3bana|halkan|mahdoud|mkassar)\s+(la2|la|lal|l|3al|3a|hatta|(la|l)?\s*7add?\s+)\s*(el\s+|l\s*)?(mout|mot|moot|mawt|maut)\b",
    # "I'll kill my sister if she doesn't give my phone back" (a trivial condition, said as a joke)
    r"(?<!\S)(رح|ح|راح|بدي)\s+(ا)?(قتل|دبح|ذبح|موت)(ها|ه|و|هن|هم)\s+(ل(اختي|اخي|خيي|اخوي|بنتي|ابني|صاحبي|صاحبتي|رفيقي|رفيقتي|جاري|جارتي|مرت\s+اخي|بنت\s+عمي)\s+)?"
    r"(اذا|لو|ان)\s+ما\s+(\S+\s+){0,2}?(ال)?(تلفون|تليفون|موبايل|جوال|شاحن|سماعات|ايباد|تابلت|لابتوب|كمبيوتر|ريموت|جاكيت|كنزه|تياب|مصاري|فلوس|مفتاح|مفاتيح|كتاب|دفتر|قلم|شنطه|سياره|بسكليت|عجله)\S*(?!\S)",
    r"(?<!\S)(رح|ح|راح)\s+(ا)?(قتل|دبح|ذبح)(ها|ه|و)(\s+ل\S+)?(?=(\s+\S+){0,12}?\s+(بمزح|بمزح\s+طبعا|عم\s+بمزح|عم\s+امزح|مزحه|بهزر|عم\s+بهزر)(?!\S))",
    # "are you a robot (or is there someone)?" (a question about the service)
    r"(?<!\S)(هل\s+)?(انت|انتي|انتو|انتم|حضرتك)\s+(روبوت|كمبيوتر|بوت|ذكاء\s+اصطناعي|انسان|بني\s*ادم|شخص\s+حقيقي)(?!\S)"
    r"(\s+(ولا|او|والا|ام)\s+(في\s+)?(حدا|انسان|بني\s*ادم|شخص|روبوت|كمبيوتر|بوت)(\s+(حقيقي|قاعد|عم\s+يرد))?(?!\S))?",
    # jumping onto the bus or the train before it leaves (catching it)
    r"(?<!\S)(بدي|رح|ح|لازم|كنت\s+بدي)\s+(ا)?(نط|قفز|اقفز|انط)\s+(ع|على\s+|عال|عل|بال|لل)(ال)?(باص|بوس|ترين|قطار|تران|ترام|مترو|تكسي|تاكسي|سفينه|فيري)\S*(?!\S)"
    r"(?=(\s+\S+){0,2}?\s+(قبل|بسرعه|لالحق|لحتى\s+الحق|تا\s+الحق|لالحقه|مشان\s+الحق))",
    r"\b(bade|badi|bdi|ra7|lazem)\s+(2e|e|i)?(nut|not|nott|2ot|2fez|a2fez)\s+(3al|3a|3la|3ala)\s*(el\s*)?(bus|bas|baas|tren|train|tram|metro|taxi)\b(?=\s+(2abl|abl|besor3a|bsor3a))",
)
_R31_MANY_PILLS_NL = r"(\d{2,3}|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|\S+\s+strips|\S+\s+doosjes|\S+\s+doosjes\s+\S+|alle)"
_ROUND31_CRISIS_NL_AR: tuple[str, ...] = (
    # a large number of pills bought or saved up (the means gathered); not a question about a dose
    r"^(?!.*\b(hoeveel|mag\s+ik|per\s+dag|dosis|dosering|bijsluiter|voor\s+(mijn|de|het)\s+(hofd|koorts|rug|kies|tand|kind|zoon|dochter|pijn))\b)"
    r".*\b(ik\s+)?(heb|had)\s+(net\s+|nu\s+|al\s+|stiekem\s+|vandaag\s+)?" + _R31_MANY_PILLS_NL + r"\s+(\S+\s+)?(paracetamol|ibuprofen|pillen|tabletten|slapilen|slaptabletten|oxazepam|diazepam|temazepam|antidepressiva|medicijnen|pijnstilers)\s+"
    r"(\S+\s+){0,4}?(gekocht|verzameld|gespaard|opgespaard|gehaald|klaargelegd|klaarliggen|verstopt|bewaard)\b",
    r"(?<!\S)(اشتريت|جبت|جمعت|خبيت|شريت)\s+(\S+\s+){0,3}?(شفرات|شفره|امواس|موس|حبل)\s+(\S+\s+)?(و\s*)(حبوب|دوا|ادويه|بنادول|باراسيتامول)\S*",
    # walking onto the motorway / in front of a car, a crash on purpose (traffic as the means)
    r"\bik\s+(lop|wandel|stap|ren|spring|fiets)\s+(zo\s+|nu\s+|straks\s+|vanavond\s+|gewoon\s+|zometeen\s+|meteen\s+)*(de\s+)?(snelweg|autoweg|ringweg|a\d{1,2}|rijksweg)\s+op\b",
    r"\bik\s+(ga\s+)?(zo\s+|nu\s+|straks\s+|vanavond\s+)?(midden\s+)?op\s+de\s+(snelweg|autoweg|a\d{1,2})\s+(lopen|staan|liggen|zitten|wandelen)\b",
    r"\bik\s+(ga\s+|wil\s+)?(\S+\s+)?(expres|met\s+opzet|bewust|expreselijk)\s+(een\s+ongeluk\s+(maken|veroorzaken|krijgen)|tegen\s+(een|de)\s+(bom|mur|vrachtwagen|truck|pilaar|brug|trein)\s+(aan\s+)?(rijden|rijd|knallen|crashen))\b",
    r"(?<!\S)(عم\s+)?(فكر|بفكر|ناوي|بدي|رح|ح)\s+(ا)?(عمل|سوي|ساوي)\s+حادث\s+(\S+\s+){0,2}?(عن\s+قصد|قصدا|متعمد|بقصد|مقصود)(?!\S)",
    r"(?<!\S)(بدي|رح|ح|ناوي|عم\s+فكر)\s+(ا)?(فوت|دخل|اصدم|اضرب)\s+(بالسياره|بسيارتي|بالسياره\s+قصدا)\s+(ب|في|عل|ع)\s*(ال)?(حيط|حيطه|شجره|شاحنه|كميون|عمود|جسر)(?!\S)",
    r"\b(3am\s+)?(fakker|bfakker|nawi|bade|badi|ra7)\s+(2a|a)?(3mel|3amel|sawi)\s+(7adis|7adeth|hadis)\s+(\S+\s+){0,2}?(3an\s+2asd|3an\s+asd|2asdan)\b",
    # someone trying to break my door in now (a break-in or an ex at the door)
    r"\b(iemand|(een\s+|twe\s+|drie\s+)?(vreemde\s+|onbekende\s+|dronken\s+|boze\s+)?(man|mannen|vrouw|jongen|jongens|kerel|vreemde|vreemden|inbreker|inbrekers)|mijn\s+ex|hij|ze|zij|mensen|mijn\s+man|mijn\s+vriend)\s+(probert|proberen|is\s+bezig|zijn\s+bezig)\s+(om\s+)?(mijn|onze|de|het)\s+(vor|achter|balkon|slapkamer)?(deur|ram|raam)\s+" + _R31_DOOR_BREAK_NL + r"\b",
    r"\b(iemand|(een\s+|twe\s+)?(vreemde\s+|onbekende\s+|dronken\s+|boze\s+)?(man|mannen|kerel|vreemde|inbreker|inbrekers)|mijn\s+ex|hij|ze|zij|mensen|mijn\s+man|mijn\s+vriend)\s+(trapt|trapen|beukt|beuken|breekt|breken|ramt|rammen)\s+(nu\s+)?(mijn|onze|de|het)\s+(vor|achter)?(deur|ram)\s+(in|open|kapot)\b",
    r"(?<!\S)(حدا|شخص|شخص\s+غريب|واحد|واحد\s+غريب|رجال|زلمه|حدن|ناس|جوزي|طليقي|زوجي)\s+(\S+\s+)?(عم\s+)?(يحاول|بيحاول|عم\s+يحاول|عم)\s+(ي)?(كسر|خلع|يكسر|يخلع|يفتح\s+بالقوه)\s+(ال)?باب\S*(?!\S)",
    r"\b(7ada|wa7ad|shakhs|sha5s|zalame|jawzi|jozi)\s+(\S+\s+)?(3am\s+)?(y7awel|bi7awel|bey7awel|3am)\s+(yekser|yiksir|ykser|yekla3|ye5la3)\s+(el\s*)?bab\w*\b",
    # gone to sit or lie down on the railway tracks (perfect tense: "ben ik op het spoor gaan zitten")
    r"\b(ben|zijn)\s+(ik|we|wij)\s+(gewoon\s+|toen\s+|net\s+)?(op|tussen)\s+(het\s+spor|de\s+rails|de\s+spoorlijn|de\s+sporen|de\s+treinrails)\s+(gaan\s+)?(zitten|liggen|staan)\b",
    r"\b(ik|we|wij)\s+(ben|zijn)\s+(net\s+|nu\s+|gewoon\s+)?(op|tussen)\s+(het\s+spor|de\s+rails|de\s+spoorlijn|de\s+sporen|de\s+treinrails)\s+(gaan\s+)?(zitten|liggen|staan|gelegen|gaan\s+liggen)\b",
    # "to die" misspelled (stervn, sterfen, strven) with a wish
    r"\bik\s+(wil|ga)\s+(gewoon\s+|echt\s+|liever\s+|nu\s+)?(stervn|sterfn|sterfen|strven|stervem|stervne|stervun|stervan|sterbn|serven|stervenn|steven\s+dod)\b",
    # "I deserve to die" (also where the old "heet om dood te gaan" idiom reads "het" as "heet" and cuts it out)
    r"\b(ik\s+)?verdien\s+(ik\s+)?(het\s+)?(om\s+)?(te\s+sterven|dod\s+te\s+gan|dod\s+te\s+zijn|de\s+dod|te\s+creperen)\b",
    r"\b(ik\s+verdien|verdien\s+ik)\s+§",
    # the gas tap opened (the means used)
    r"^(?!.*\b(per\s+ongeluk|vergeten|gevaarlijk|lek|lekt|ruik\w*|monteur|storing|installateur|meter)\b)"
    r".*\bik\s+(heb|ga|zet|draai)\s+(\S+\s+)?(de\s+|het\s+)?(gaskran|gas|gaskranen|kran\s+van\s+het\s+gas)\s+(\S+\s+)?(opengezet|opengedraaid|open\s+gezet|open\s+gedraaid)\b"
    r"(?!\s+(\S+\s+)?(om|voor|en\s+de\s+pan|want\s+ik\s+kok|om\s+te\s+koken|voor\s+het\s+eten|voor\s+de\s+thee))",
    # "I want to be done with this life" (بدي خلص من هالعيشة)
    r"(?<!\S)(بدي|رح|ح|ناوي|قررت|خلص\s+بدي)\s+(ا)?خلص\s+من\s+(هالعيشه|هالحياه|الحياه|العيشه|هالعمر|حياتي|عمري|هالدنيا|الدنيا|روحي|حالي\s+ومن\s+كل\s+شي)(?!\S)",
    r"\b(bade|badi|bdi|ra7|nawi|2arrart)\s+(2e|e)?(5alles|khalles|5ales|5les)\s+(men|min|mn)\s+(hal3eishe|hal3ishe|el7ayat|hal7ayat|7ayati|3omri|eddenye|haddenye)\b",
    # "I don't want to live" with the negation joined (مابدي عيش, مبدي عيش)
    r"(?<!\S)(مابدي|مبدي|مابدنا|ماعاد\s+بدي|ماعدت\s+بدي)\s+(ا|ان\s+ا)?عيش(?!\S)(?!\s+(هون|هنا|بهالبيت|بهالبلد|بهولندا|ب\S+|في|مع|عند|جنب|لحالي))",
    # "death is more merciful", with a decision (also where an older idiom cut "... والموت" out)
    _both(r"(?<!\S)(و)?(ال)?موت\s+(ارحم|اهون|اريح)(?!\S)|(?<!\S)§\s+(ارحم|اهون|اريح)(?!\S)", r"(?<!\S)(و)?(قررت|ناوي|ناويه|رح\s+اعملها|خلص\s+قررت)(?!\S)"),
)
_ROUND31_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # "death is more merciful" alone
    r"(?<!\S)(و)?(ال)?موت\s+(ارحم|اهون)(\s+(لي|الي|من\s+\S+))?(?!\S)",
    # "goodbye, everyone" (a farewell in a chat)
    r"(?<!\S)(خلص\s+)?(الوداع|وداعا)\s+(يا\s*)?(جماعه|اصحاب|اصدقايي|حبايبي|كلكن|كلكم|الكل|دنيا|عيلتي|اهلي)(?!\S)",
    r"\b(5alas\s+|khalas\s+)?(el\s*)?(wada3|weda3|wada3an)\s+(ya\s*)?(jama3a|jame3a|shabab|as7abi|7abaybi|kellkon|kelkon|el\s*kel|denye)\b",
    # misspelled "to die" alone after "I want"
    r"\bik\s+wil\s+(gewoon\s+|echt\s+)?(st[ae]?rv\w*|sterf[ea]?n|strv\w*)\b",
)
# (round 31, Dutch and Arabic: end)
# (round 31, Tigrinya: start)
# Kinds from batch 31 (Tigrinya in Ge'ez and Latin script) and own probes.
# NON-NATIVE WRITTEN: needs review by a native speaker.
from inburgering.text.sensitive.rules.round30 import (  # noqa: E402
    _R30_FOOD_TI, _R30_NOT_HUNGRY_TI, _R30_NOT_SERIOUS_TI, _R30_TRIVIAL_BOSS_TI, _R30_TRIVIAL_IF_TI,
)

# "will kill me" with ቀ as well as ቐ (ክትቀትለኒ), and "to die" with the short spelling ክምት
_R31_KILL_ME_TI = r"(ክት|ክ)(ቐ|ቀ)ት(ለ|ሉ)(ኒ|ና)(\s+(እያ|እዩ|እዮም|ኢያ|ኢዩ))?(?!\S)"
_R31_DIE_TI = r"(ክመውት|ክሞት|ክመዉት|ክሙት|ክምት|ክመት)(\s+(እየ|ቀሪበ|እሞ|ደልየ|ደልየ\s+ኣለኹ))?(?!\S)"
# a sibling or a parent and a small wrong at home: eating the sweets, drinking the juice, breaking or wearing a thing
_R31_SIBLING_TI = r"(ሓፍተይ|ሓብተይ|ሓወይ|ኣቦይ|ኣደይ|ኣዴይ|ኣሓተይ|ኣሕዋተይ|ማማ|ባባ|ሓትነይ|ኣኮይ)"
_R31_SMALL_WRONG_TI = (r"እንተ\s*(\S+\s+)?(በሊዐ|በሊዕ|ሰትየ|ሰትዩ|ሰቲየ|ሰቢረ|ለቢሰ|ተጠቒመ|ተጠቂመ|ኣጥፊአ|ኣበላሺየ|ዘይሓጸብኩ|ዘይኣጽረኹ|ዘይኣጽሬኹ|"
                       r"ጠፊኡኒ|ጠፊኣትኒ|ወሲደ\s+\S*(ክዳን|ጫማ|ሞባይል|ቻርጀር|ሽኮርያ|ቸኮላት|ኬክ))")
_R31_CUP_TI = r"(ጀበና|ፍንጃል|ኩባያ|ብርጭቆ|ሳሕኒ|ጠርሙዝ|ቁራጽ|ጣሳ|ጸሊም)"
_R31_FOOD_MORE_TI = r"(ቡና|ኮካ|ፋንታ|ሻሂ|ሻይ|ሞኽሎ|ዳቦ|ፓስታ|ላዛኛ|ዓሳ|ሱቕ|ብስኩት|ጁስ)"
_R31_FINE_TI = r"(ደሓን|ድሓን|ሰላም|ጽቡቕ)\s+(እዩ|እያ|ኣሎ|ኣላ|እዮም|ኣለዉ|ኢዩ|ኢያ)"
_ROUND31_IDIOMS_TI: tuple[str, ...] = (
    # a craving for a pot or a cup of coffee, a plate of food ("for one jebena of coffee I would die")
    r"(?<!\S)ን(ሓደ\s+|ሓንቲ\s+|ክልተ\s+)?(" + _R31_CUP_TI + r"\s+)?(" + _R30_FOOD_TI + "|" + _R31_FOOD_MORE_TI + r")\S*\s+"
    + _R30_NOT_HUNGRY_TI + r"(\S+\s+){0,3}?" + _R31_DIE_TI,
    r"\bn(had\s+|hanti\s+)?((jebena|finjal|kubaya|birchiqo|sahni)\s+)?(bun|buna|shahi|shay|injera|tsebhi|shiro|coca|juice|pasta)\s+"
    r"(\S+\s+){0,3}?(kmewt|kimewt|kmot|kimut|kmt|kimt)(\s+(eye|iye|deliye|deleye|qeribe))?\b",
    # a sister, a brother or a parent "will kill me" over a small wrong at home (sweets eaten, a thing broken or worn)
    r"^" + _R30_NOT_SERIOUS_TI + r"(\S+\s+){0,3}?" + _R31_SIBLING_TI + r"\s+(\S+\s+){0,3}?" + _R31_SMALL_WRONG_TI + r"\S*\s+(\S+\s+){0,3}?" + _R31_KILL_ME_TI,
    r"^" + _R30_NOT_SERIOUS_TI + r"(\S+\s+){0,3}?" + _R31_SMALL_WRONG_TI + r"\S*\s+(\S+\s+){0,2}?" + _R31_SIBLING_TI + r"\s+(\S+\s+){0,2}?" + _R31_KILL_ME_TI,
    # the round-30 kind (mother or teacher, a trivial condition) spelled with ቀ
    r"^" + _R30_NOT_SERIOUS_TI + r"(\S+\s+){0,4}?" + _R30_TRIVIAL_BOSS_TI + r"\s+(\S+\s+){0,3}?" + _R30_TRIVIAL_IF_TI + r"\S*\s+(\S+\s+){0,3}?" + _R31_KILL_ME_TI,
    r"^(?!.*\b(seb\s*ayey|sebayey|kara|shgut|ywekea|yharm|polis|police|hagzuni)\b)(\S+\s+){0,3}?(haftey|habtey|hawey|abey|adey|aday)\s+(\S+\s+){0,3}?"
    r"(ente|nte)\s*(\S+\s+)?(belie\w*|beliae\w*|setye|setiye|sebire\w*|lebise\w*)\s+(\S+\s+){0,3}?(k?t?qetleni|kiqetleni|kitqetleni|kqetluni)\b",
    # abuse in the past, now separated and well ("ten years ago my husband beat me, now we are separated, I am fine")
    r"^(?!.*(ሕጂ\s+(ውን|እውን)|ደጊሙ|ይፈራርሃኒ|ፈራሪሑኒ|ይከታተለኒ|ይከታተሎ|ደዊሉለይ|ይደዋወለለይ|ይመጽእ|መጺኡ|ፈሪሐ|ሓግዙ|ክቐትለ|ክቀትለ|ይሃድነኒ|ኣፈራሪሑ))"
    r"(\S+\s+){0,3}?(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት|ኣዋርሕ|ወርሒ)|ቀደም|ኣብ\s+\d{4}|ኣብ\s+ዓደይ|ኣብ\s+ዝሓለፈ)\s+(\S+\s+){0,3}?"
    r"(ይወቕዓኒ|ይወቕዑኒ|ይሃርመኒ|ይሃርሙኒ|ይቐጥቕጠኒ|ይዝልፈኒ|ይጎድኣኒ|ወቒዑኒ|ሃሪሙኒ)\s+ነይሩ(ም)?\s+(\S+\s+){0,2}?"
    r"(ተፈላሊና|ተፋቲሕና|ተፈሊየ|ተፋቲሐ|ገዲፈዮ|ሓዲገዮ|ካብኡ\s+ወጺአ)\s+(\S+\s+){0,2}?(ድሓን|ደሓን|ጽቡቕ|ሰላም)\s+(እየ|ኢና|ኣለኹ|ኣለና|ኢየ)(?!\S)",
    # nearly drowned or died on the way, in the past (a year, the sea, a story to write)
    r"^(?!.*(ክጥሕል|ክሞት|ክመውት|ክውድኦ|ክውድኣ|ነብሰይ|ርእሰይ|ክነብር)\s+(ደልየ|እየ|ሓሲበ|ወሲነ|ኣይደልን))(?=.*(\d{4}|ዓመት|ዛንታ|ጉዕዞ|ሊብያ|ሰሃራ|ባሕሪ|ጀልባ|ሜድትራንያን|በረኻ|ሱዳን|ኣብ\s+መገዲ|ምድረ\s*በዳ))"
    r"(\S+\s+){0,5}?(ክጥሕል|ክሞት|ክመውት|ክጠፍእ|ክሓንቕ)\s+ቀሪበ\s+(ነይረ|ነይርና)(?!\S)(\s+(ኣብ|ቅድሚ)\s+\S+(\s+ዓመት)?)?",
    # worried about a relative far away, but he called and is fine
    r"^(?!.*(ተኣሲሩ|ተኣሲራ|ተኣሲሮም|ተጨውዩ|ተጨውያ|ገንዘብ\s+ይሓቱ|ይወቕዕዎ|ይወቕዕዋ|ሓግዙ|ጠፊኡ\s+ኣሎ|ኣይረኸብናዮን))(\S+\s+){0,10}?"
    r"(ግን|ሕጂ|ደሓር|ኣብ\s+መወዳእታ)\s+(\S+\s+)?(ደዊሉለይ|ደዊላትለይ|ደዊሉልና|ደዊላትልና|ደዊሎምለይ|ደዊሎምልና|ተደዋዊልና|ተዛሪብናዮ|ተዛሪብናያ|ተዛሪበዮ|ተዛሪበያ|"
    r"ጽሒፉለይ|ጽሒፋትለይ|ሰዲዱለይ|ሰዲዳትለይ)\s+" + _R31_FINE_TI + r"$",
    # a dream in which I died (woke up, not real)
    r"^(?!.*(ደልየ|እደሊ|ምነ|ክውድኦ|ክውድኣ|ነብሰይ|ርእሰይ|ሕጂ\s+ክሞት|ክመውት\s+እየ))(\S+\s+){0,3}?(ሕልሚ|ሕልመይ|ብሕልመይ|ሓሊመ|ሕማቕ\s+ሕልሚ)\s+(\S+\s+){0,3}?"
    r"(ዝሞትኩ|ሞይተ|ከም\s+ዝሞትኩ|ዝመወትኩ)(?!\S).*",
    r"^(?!.*\b(deliye|deleye|ideli)\b)(\S+\s+){0,3}?(hlmi|helmi|hilmi|hlmey|halime)\s+(\S+\s+){0,3}?(zmotku|zimotku|moyte)\b.*",
    # "death is there for everyone", say the elders (a proverb)
    r"(?<!\S)ሞት\s+(ን(ኹሉ|ኩሉ|ዅሉ))\s+(ሰብ\s+|ፍጡር\s+|ሰባት\s+)?(ኣላ|ኣሎ|ኣላቶ|ኣሎዋ|ትመጽእ|ኣይተርፍን)(?!\S)(\s+(ይብሉ|ይበሃል|ትብል|ይብል|ይብሃል)(\s+(ዓበይቲ|ኣቦታት|ወለዲ|ሰባት))?)?",
    r"\bmot\s+n(kulu|khulu)\s+(seb\s+)?(ala|alo|tmets)\b(\s+(yblu|yiblu|ybehal)(\s+(abeyti|abotat))?)?",
    # the rain, the cold, the wind, the Dutch language "is killing me" (weather, study)
    r"(?<!\S)(ናይ\s+\S+\s+)?(ዝናብ|ቝሪ|ቑሪ|ቁሪ|ቑርሪ|ቁርሪ|ንፋስ|ክረምቲ|ሙቐት|ጸሓይ|ኣየር|ቋንቋ|ዳች|ሰዋሰው|ግራማር)\S*\s+(\S+\s+){0,2}?(ይቐትለኒ|ይቀትለኒ|ይቐትለና|ይቀትለና|ቀቲሉኒ|ቀቲላትኒ|ትቐትለኒ|ትቀትለኒ|ክቐትለኒ|ክቀትለኒ)(\s+(ኣሎ|ኣላ|እዩ|እያ))?(?!\S)",
    r"\b(nay\s+\w+\s+)?(zinab|znab|zenab|qwri|quri|kuri|nfas|nefas|kremti|muqet|tsehay|ayer|weather|regen|qanqa|dutch|grammar)\s+(\w+\s+){0,2}?"
    r"(yqetleni|yiqetleni|iqetleni|qetiluni|qetilatni|tqetleni|yqetlena|kqetleni|kiqetleni|kketleni)(\s+(alo|ala|eyu|iyu))?\b",
    # "we are not in danger" (the word negated; not "..., but my son is"), and trash thrown at the door or on the stairs
    r"(?<!\S)(ኣደዳ\s+ሓደጋ|ኣብ\s+ሓደጋ|ኣብ\s+ቅጽበታዊ\s+ሓደጋ|ኣብ\s+ሓደጋ\s+ዘለና|ኣብ\s+ሓደጋ\s+ዘለኹ)\s+(ኣይኮንኩን|ኣይኮንናን|የለኹን|የለናን|ኣይኮነን)(?!\S)"
    r"(?!\s+(ግን|ኮይኑ)\s+(\S+\s+)?(ወደይ|ጓለይ|ደቀይ|ኣደይ|ሓፍተይ|ሓወይ|ሰበይተይ|ሰብኣየይ|ቆልዓ|ህጻን)\S*)",
    r"(?<!\S)(ሓሳስ|ጓሓፍ|ቆሻሻ|ሓሰር|ሽሻ|መሸጣ)\S*\s+(\S+\s+)?(ይድርብ|ደርብ|ይድርብዩ|ደርብዩ|ደርብዮም|ይድርብዩልና)\S*(?!\S)"
    r"(?!\s+(\S+\s+)?(ኣብ\s+)?(ገጸይ|ገጽና|ርእሰይ|ርእስና|ኣባይ|ኣባና|ናባይ|ናባና|ኣብ\s+ልዕለይ|ላዕለይ|ሰብነተይ))",
    # cycled or walked a long way, tired (a route: "from bridge to bridge by bike")
    r"(?<!\S)(ካብ\s+\S+\s+(ናብ\s+|ን)\S+\s+)?(ብብሽክለታ|ብብሽክሌታ|ብቢስክሌታ|ብሳይክል|ብፊየትስ|ብእግሪ|ብእግረይ)\s+(ከይደ|ተጓዒዘ|መጺአ|ዞይረ|ዞሪ)(\s+\S+)?\s+ደኺመ(\s+(እየ|ኣለኹ))?(?!\S)"
    r"(?!\s+(\S+\s+)?(ካብ\s+ህይወት|ምንባር|ክነብር|ክሞት|ክመውት))",
    # quarrels with housemates and asking for help to find an own flat (no violence)
    r"^(?!.*(ወቒዑ|ሃሪሙ|ይወቕዑ|ይሃርሙ|ካራ|ደም|ፈሪሐ|ኣፈራሪሑ|ክቐትሉ|ክቐትለ|ሓግዙኒ\s+ሕጂ|ፖሊስ))(\S+\s+){0,14}?(ባእሲ|ባእስታት|ምብኣስ|ጎንጺ|ዘይምስምማዕ)\S*\s+(\S+\s+){0,6}?"
    r"(ናተይ|ናይ\s+በይነይ|ንበይነይ|ካልእ|ሓድሽ)\s+(\S+\s+){0,2}?(ገዛ|ክፍሊ|ኣፓርትመንት|ስቱድዮ)\S*\s+(\S+\s+){0,3}?(ክረክብ|ክረኽብ|ክቕይር|ክረኸብ|ክግዕዝ)\S*.*",
)
# (round 41: also "(this is) my last greeting / message", ዳሕራይ ሰላምታ, with or without the copula; Latin below)
_R31_THIS_LAST_TI = (r"(?<!\S)((እዚ|እዛ|እዚኣ)\s+ናይ\s+(መወዳእታ|ዳሕረዋይ|መጨረሻ)\s+(እዩ|እያ|ኢዩ|ኢያ)|"
                     r"(ዳሕራይ|ዳሕረዋይ|ናይ\s+መወዳእታ|ናይ\s+መጨረሻ|መጨረሽታ)\s+(ሰላምታ|ሰላምታይ|መልእኽቲ|መልእኽተይ|ቃል|ቃለይ|ስንብት)(\s+(እዩ|እያ|ኢዩ|ኢያ))?)(?!\S)")
_R31_THIS_LAST_LA = (r"\b((ezi|eza)\s+nay\s+(mewedaeta|mewedata|dahrewai|dahreway|mechresha)\s+(eyu|iyu|eya|iya)|"
                     r"(dahray|dahrai|dahrewai|dahrewaay|nay\s+mewedaeta|nay\s+mewedata)\s+(selamta|selamtay|mlekti|mlekhti|melekti|qal|qaley|snbt)"
                     r"(\s+(eyu|iyu|eya|iya))?)\b")
_R31_FAREWELL_LA = (r"\b(dehan\s+kunu|dehan\s+kun|dehan\s+kuni|selam\s+kunu|afqrekum|afkrekum|afqirekum|afkirekum|afqreki|afqreka|snbt|sinbit|"
                    r"yqre\s+beluley|yqre\s+belulei|yqreta\s+gberuley|hdeguley|hdegeley)\b")
_R31_FORGIVE_TI = (r"(?<!\S)(ይቕረታ\s+(ግበርለይ|ግበሩለይ|ግበርልና|ግበሪለይ|ግበሩኒ)|ይቕረ\s+(በሉለይ|በለለይ|በሊለይ)|ሕደገለይ|ሕደጉለይ|ሕደግለይ|ሕደጊለይ|"
                   r"ደሓን\s+ኩኑ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ሰላም\s+ኩኑ|ኣፍቅረኩም|ኣፍቅረኪ|ኣፍቅረካ|ስንብት|ተሰናቢተ\S*)(?!\S)")
_ROUND31_CRISIS_TI: tuple[str, ...] = (
    # "this is the last (one)" with a farewell or a plea for forgiveness
    # (round 41: not the last greeting of a class, a course, a job or a team, to a teacher or colleagues)
    r"^(?!.*(ክላስ|ኮርስ|መምህር|ብጻይ\s+ስራሕ|ብጾት\s+ስራሕ|ፓርቲ|ጋንታ|ትምህርቲ|ስታጅ|ኮሌጋ|ጡረታ|klas|cursus|stage|collega))"
    + _both(_R31_THIS_LAST_TI, _R31_FORGIVE_TI)[1:],
    r"^(?!.*\b(klas|kors|cursus|n?memhr\w*|n?memhir\w*|n?bxay\s+srah|party|feest|ganta|tmhrti|stage|collega\w*|pensioen)\b)"
    + _both(_R31_THIS_LAST_LA, _R31_FAREWELL_LA)[1:],
    _both(r"\b(ezi|eza)\s+nay\s+(mewedaeta|mewedaata|mewedeta|dahreway)\s+(eyu|iyu|eya|iya)\b",
          r"\b(yqreta|yiqreta|yikreta|ykreta)\s+(gberley|giberley|gberuley|gberuni)\b|\bdehan\s+(kunu|kun|kuni)\b"),
    # "to die" in the short spelling (ክምት, ክመት), wanted or decided
    r"(?<!\S)(ክምት|ክመት)\s+(\S+\s+)?(ደልየ|እደሊ|ደልየ\s+ኣለኹ|ሓሲበ|ወሲነ|ይሓይሽ|ይሓይሸኒ)(?!\S)",
    r"\b(kmt|kimt|kmet)\s+(deliye|deleye|delye|ideli|edeli|hasibe|wesine)\b",
)
_ROUND31_UNCERTAIN_TI: tuple[str, ...] = (
    # "today is my last day" with nothing about work, school or a course; "this is the last (one)" alone at the end
    r"^(?!.*(ስራሕ|ትምህርቲ|ኮርስ|ክላስ|ዕረፍቲ|ሆሊደይ|ፕራክቲካ|ስታጅ|ኮንትራት|ዕዮ|ቤት\s+ትምህርቲ|ሆስፒታል|ፈተና|ቋንቋ|ጾም|ረመዳን|ሰሙን))"
    r"(\S+\s+){0,2}?(ሎሚ|ጽባሕ|እዚ)\s+ናይ\s+(መወዳእታ|ዳሕረዋይ|መጨረሻ)\s+(መዓልተይ|መዓልቲ|ለይተይ|ሰሙነይ)\s+(እያ|እዩ|ኢያ|ኢዩ)(?!\S)(?!\s+(ኣብ|ናይ|ብ|ምስ|ን)\S*)",
    r"^(\S+\s+){0,4}?" + _R31_THIS_LAST_TI + r"$",
    # "I will not see tomorrow", the whole message ("... reach tomorrow", ኣይክበጽሖን: round 40)
    r"^(ሓቀይ\s+|ብሓቂ\s+|ሕጂ\s+)?(ጽባሕ|ንጽባሕ|ናይ\s+ጽባሕ\s+መዓልቲ)\s+ኣይ(ክ)?(ርእዮን|ርእያን|ርኣዮን|ርእን|በጽሖን|በጽሓን)(\s+(እየ|ኢየ|ኢና))?$",
    r"^(tsbah|tsibah|xbah|ntsbah)\s+(aykrieyon|aykreyon|aykrion|ayrieyon|aykbetshon|aykbetsihon|aykbexhon|aykbexihon|aybetshon|aykbetsehon)"
    r"(\s+(eye|iye))?$",
)
# (round 31, Tigrinya: end)
_ROUND31_IDIOMS = _ROUND31_IDIOMS_NL_AR + _ROUND31_IDIOMS_TI
_ROUND31_CRISIS = _ROUND31_CRISIS_NL_AR + _ROUND31_CRISIS_TI
_ROUND31_UNCERTAIN = _ROUND31_UNCERTAIN_NL_AR + _ROUND31_UNCERTAIN_TI

"""Round 53: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 53, development data since) and NLU b43; see the comments per kind."""

from __future__ import annotations

# (round 53, all languages: start)
from inburgering.text.sensitive.rules.round52 import _R52AL_MEDICINE_VETO, _R52AL_VETO_AR, _R52AL_VETO_NL, _R52AL_VETO_TI

# Kinds from batch 53 (Dutch incl. learner Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script): its misses,
# idiom alarms and gentle questions to danger now; each a family of wordings and spellings, not one sentence.
# NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya Ge'ez and Latin): needs review by a native speaker.
# (Names start with _R53AL_; no earlier rule changed. Latin-script words in the view's spelling: doubled letters squeezed,
# apostrophes dropped.) Every idiom cuts only its own phrase and is followed by a veto that scans the rest of the message.
_R53AL_VETO_NL = _R52AL_VETO_NL
_R53AL_VETO_AR = _R52AL_VETO_AR
_R53AL_VETO_TI = _R52AL_VETO_TI

# --- idiom kinds -----------------------------------------------------------------------------------------------------

# To a bridge to take photos or watch the sunset (Dutch "we gingen naar de brug om fotos te maken", Arabic script "طلعنا على
# الجسر وصورنا", Arabizi "r7na 3al jesr w sawarna", Tigrinya "ኣብ ድልድል ስእሊ ክንወስድ ኢና", Latin "ab dildil sieli"): an idiom of
# sightseeing; only the bridge and the photos are cut.
_R53AL_BRIDGE_PHOTO_NL = (r"\b(brug|bruggen|erasmusbrug|dak\s+van\s+de\s+toren)\s+(\w+\s+){0,3}?(om\s+)?(fotos|foto|selfies|selfie|te\s+fotograferen|"
                          r"(naar\s+)?de\s+zonsondergang|te\s+filmen)\b")
_R53AL_BRIDGE_PHOTO_AR = (r"(?<!\S)(طلعنا|رحنا|مشينا|زرنا|كنا|رحت|طلعت|وقفنا)\s+(على\s+|ع\s+|عال|لل|ل|فوق\s+)?\s*(ال)?(جسر|الجسر|جسور)\s+(\S+\s+){0,3}?(و)?"
                          r"(صورنا|تصورنا|تصورت|صورت|نتصور|نصور|سيلفي|شفنا\s+الغروب|الغروب)(?!\S)")
_R53AL_BRIDGE_PHOTO_AZ = r"\b(6le3na|tla3na|r7na|ra7na|mashina|zerna)\s+(3al|3a|fo2|3ala)\s*(el\s*)?(jesr|jisr|jser)\s+(\w+\s+){0,3}?(w\s*)?(sawarna|sawart|tsawarna|tsawart|selfie|nsawer|el\s*ghurub)\b"
_R53AL_BRIDGE_PHOTO_TI = (r"(?<!\S)(ኣብ|ናብ)\s+(ድልድል|ድልድላት|ቢንቶ)\s+(\S+\s+){0,2}?(ስእሊ|ስእልታት|ሰልፊ|ፎቶ)\s+(ክንወስድ|ወሲድና|ክወስድ|ንወስድ|ተሳኢልና|ክንሳኣል)(?!\S)")
_R53AL_BRIDGE_PHOTO_LA = r"\b(ab|nab)\s+(dildil|dldl)\s+(\w+\s+){0,2}?(sieli|seili|sielitat|selfie|foto)\s+(knwesd|wesidna|kwesd|nwesd)\b"

# Tablets for a headache or toothache and how many to take (Dutch "pillen tegen hoofdpijn, mag ik er twee nemen", Arabic
# script "حبوب للراس بقدر اخد تنتين", Arabizi "7bub lal ras", Tigrinya "ከኒና ቃንዛ ርእሲ ክልተ ክወስድ ይኽእል", Latin): a dosing
# question; only "tablets for X" is cut, never with all of them, a box swallowed or death (the vetoes).
_R53AL_TABLETS_FOR_NL = (r"\b(pilen|pil|pilletjes|tabletten|tablet|paracetamol|ibuprofen|aspirine|medicijnen|medicijn)\s+(tegen|voor)\s+(de\s+|mijn\s+)?"
                         r"(hofdpijn|kiespijn|migraine|buikpijn|rugpijn|menstruatiepijn|koorts|keelpijn|spierpijn|pijn)\b")
_R53AL_TABLETS_FOR_AR = (r"(?<!\S)(ال)?(حبوب|حبه|حبتين|دوا|بنادول|سيتامول|مسكن|مسكنات)\s+(لل|ل|ضد\s+ال|تبع\s+ال)(راس|صداع|وجع\s+الراس|سنان|ضرس|وجع\s+الضرس|ديره|الديره|"
                         r"وجع\s+البطن|وجع\s+الضهر|الم)(?!\S)")
_R53AL_TABLETS_FOR_AZ = r"\b(7bub|7ubub|7abe|dawa|panadol|paracetamol|mosaken)\s+(lal|lel|la|ded\s+el)\s*(ras|sda3|suda3|snan|ders|wja3\s+ras)\b"
_R53AL_TABLETS_FOR_TI = r"(?<!\S)(ከኒና|ኪኒን|መድሃኒት|ፓራሲታሞል|ፓናዶል)\s+(ናይ\s+|ን)?(ቃንዛ\s+ርእሲ|ሕማም\s+ርእሲ|ቃንዛ\s+ስኒ|ሕማም\s+ስኒ|ቃንዛ\s+ከብዲ|ምጉምጻዕ)(?!\S)"
_R53AL_TABLETS_FOR_LA = r"\b(kenina|kinin|medhanit|paracetamol|panadol)\s+(nay\s+|n)?(qanza|kanza|hmam)\s+(rsi|resi|sni|kebdi)\b"
_R53AL_TABLETS_VETO = (_R52AL_MEDICINE_VETO + r"(?!.*(ወሲደ|ወሲዳ|ውሒጠ|ውሒጣ|ሰለሳ|ዓሰርተ|ብዙሕ|شربت|بلعت|اخدت|علبه|\b(doos|strip|pot|potje|al\s+mijn|genomen|"
                       r"ingenomen|geslikt|weside|wuhite)\b))"
                       r"(?=.*(mag|kan|hoeveel|moet|welke|بقدر|فيني|قديش|كم|بصير|مسموح|ይኽእል|ይከኣል|ክንደይ|(?<!\S)ዶ(?!\S)|ድዩ|\b(mag|kan|hoevel|moet|b2dar|fini|2adesh|"
                       r"kem|yikel|ykel|kndey)\b))")

# A fish's or chicken's head cut off while cleaning it (Dutch "de vis schoongemaakt en de kop eraf gesneden", Arabic script
# "نظفت السمكة وقطعت راسها", Arabizi, Tigrinya "ዓሳ ኣጽሪየ ርእሱ ቆሪጸ"): an idiom of the kitchen; only the food and the cut head.
_R53AL_FOOD_HEAD_NL = (r"\b(vis|vissen|makreel|haring|zalm|kip|kippen|garnalen|forel|dorade|sardines)\s+(\w+\s+){0,5}?(de\s+)?(kop|kopen|kopjes|koppen)\s+"
                       r"(eraf|af|er\s+af)\s+(gesneden|gehakt|geknipt|snijden|hakken|gedraaid)\b")
_R53AL_FOOD_HEAD_AR = (r"(?<!\S)(ال)?(سمكه|سمك|السمكات|الجاج|جاجه|دجاجه|فروج|القريدس)\s+(\S+\s+){0,3}?(و)?(قطعت|قصيت|شلت|قطعنا|قصينا)\s+(ال)?(راسها|راسه|روسها|روسهم|"
                       r"الراس|ذيلها)(?!\S)")
_R53AL_FOOD_HEAD_AZ = r"\b(el\s*)?(samake|samak|jaje|farruj)\s+(\w+\s+){0,3}?(w\s*)?(2a6a3t|2ata3t|2aseit|2asayt|shelt)\s+(rasa|raso|el\s*ras)\b"
_R53AL_FOOD_HEAD_TI = r"(?<!\S)(ዓሳ|ደርሆ|ዶርሆ)\S*\s+(\S+\s+){0,3}?(ርእሱ|ርእሳ|ርእሲ)\s+(ቆሪጸ|ቖሪጸ|ቆሪጽና|ቆሪጸዮ|ቆሪጽናዮ)(?!\S)"

# A pet fish, bird or hamster that died, and the child cries (Tigrinya "ዓሳ ውላደይ ኣብ ኣኳርዮም ሞይቱ", Latin "asa wladey moytu";
# Dutch "de goudvis van mijn zoon is dood", Arabic script "السمكة تبع ابني ماتت بالحوض", Arabizi): an idiom of the home; only the
# animal and its death are cut.
_R53AL_PET_TI = r"(ዓሳ|ዓሳታት|ጨራሪ|ዑፍ|ኣዕዋፍ|ሃምስተር|ድሙ|ከልቢ|ፓፓጋሎ)"
_R53AL_PET_DIED_TI = (r"(?<!\S)" + _R53AL_PET_TI + r"\s+(\S+\s+){0,4}?(ሞይቱ|ሞይታ|ሞይቶም|ሞይተን|ሞተ)(?!\S)")
_R53AL_PET_DIED_LA = r"\b(asa|asatat|chrari|uf|hamster|dmu|kelbi)\s+(\w+\s+){0,4}?(moytu|moyta|moytom)\b"
_R53AL_PET_DIED_NL = (r"\b(goudvis|vis|visje|visjes|vogel|vogeltje|parkiet|hamster|konijn|cavia|kat|poes|hond|kanarie|schildpad)\s+(\w+\s+){0,5}?"
                      r"(is|zijn|was)\s+(\w+\s+)?(dod(\s+gegaan)?|gestorven|overleden)\b")
_R53AL_PET_DIED_AR = (r"(?<!\S)(ال)?(سمكه|سمكات|السمكه|عصفور|العصفور|عصافير|هامستر|البسه|بسه|قطه|كلب|الكلب|ببغاء|سلحفاه|ارنب|الارنب)\s+(\S+\s+){0,4}?"
                      r"(ماتت|مات|ماتو|ماتوا|ميت|ميته)(?!\S)")
_R53AL_PET_DIED_AZ = r"\b(el\s*)?(samake|samakat|3asfur|hamster|bse|2o6a|kalb|arnab)\s+(\w+\s+){0,4}?(matet|mat|matu|mayte|mayet)\b"

# A dead tree or plant cut down in the garden, at work or on a stage (Tigrinya "ኣብ ጀርዲን ሓደ ዝሞተ ኦም ቆሪጽናዮ", Latin; Dutch "we
# hebben een dode boom omgezaagd", Arabic script "قطعنا شجرة ميتة بالجنينة", Arabizi): an idiom of gardening.
_R53AL_DEAD_TREE_TI = (r"(?<!\S)(ዝሞተ|ዝሞተት|ምዉት|ዝነቐጸ)\s+(ኦም|ኣግራብ|ተኽሊ|ዕምባባ|ሳዕሪ|ጨንፈር)\s+(\S+\s+)?(ቆሪጽናዮ|ቆሪጸዮ|ቆሪጽና|ቆሪጸ|ቖሪጽና|ኣልዒልና|ነቒልና|ነቒልናዮ)(?!\S)")
_R53AL_DEAD_TREE_LA = r"\b(zmote|zmotet)\s+(om|agrab|tekli)\s+(\w+\s+)?(qoritsnayo|qoritseyo|qoritsna|koritsna)\b"
_R53AL_DEAD_TREE_NL = (r"\b(dode|dorre|afgestorven|verdorde)\s+(bom|bomen|struik|struiken|plant|planten|tak|takken|heg)\s+(\w+\s+)?(omgezaagd|gezaagd|gekapt|weggehaald|"
                       r"omgehakt|gesnoeid|uitgetrokken|zagen|kappen)\b")
_R53AL_DEAD_TREE_AR = r"(?<!\S)(قطعنا|قطعت|قصينا|قلعنا|شلنا)\s+(ال)?(شجره|شجر|زرعه|نبته|غصن)\s+(ال)?(ميته|ميت|يابسه|يابس|ناشفه)(?!\S)"
_R53AL_DEAD_TREE_AZ = r"\b(2a6a3na|2ata3na|2asayna|2la3na)\s+(el\s*)?(shajara|shajra|zar3a)\s+(mayte|mayta|yabse|nashfe)\b"

# A death long ago remembered today, "ten years since grandmother died, today her memorial coffee" (Tigrinya "ዓባየይ ካብ
# እትሞት ዓሰርተ ዓመት ኮይኑ", Latin; Dutch "het is tien jaar geleden dat oma overleed", Arabic script "صار عشر سنين من وفاة ستي",
# Arabizi): an idiom of mourning; only "since X died, N years" is cut.
_R53AL_YEARS_SINCE_TI = (r"(?<!\S)(\S+\s+)?ካብ\s+(ዝሞተ|ዝሞተት|እትሞት|ዝሞቱ|ዝመውት|ዝዓረፈ|ዝዓረፈት|እተዕርፍ)\s+(\S+\s+)?(ዓመት|ዓመታት|ወርሒ|ኣዋርሕ)\s+(ኮይኑ|ኮይኑዋ|ኣሕሊፉ|ገይሩ)(?!\S)")
_R53AL_YEARS_SINCE_LA = r"\bkab\s+(zmote|zmotet|etmot|zmotu)\s+(\w+\s+)?(amet|ametat|wrhi|awarh)\s+(koynu|ahlifu)\b"
_R53AL_YEARS_SINCE_NL = (r"\b(het\s+is|vandaag\s+is\s+het|al)\s+(\w+\s+)?(jaar|jaren|maanden)\s+(geleden|sinds)\s+(dat\s+)?(mijn\s+|m\s+)?(\w+\s+)?(overleden|overled|stierf|dod\s+ging|"
                         r"is\s+overleden|is\s+gestorven)\b")
_R53AL_YEARS_SINCE_AR = (r"(?<!\S)(صار|صارلها|صارله|مر|مرت|مضى)\s+(\S+\s+)?(سنه|سنين|سنوات|شهر|اشهر|سنتين)\s+(من|على|عن)\s+(وفاه|موت|يوم\s+ما\s+مات|يوم\s+ما\s+ماتت|ما\s+مات|"
                         r"ما\s+ماتت|ما\s+توفت|ما\s+توفى)(?!\S)")
_R53AL_YEARS_SINCE_AZ = r"\b(sar|sarla|marr|mar)\s+(\w+\s+)?(sene|snin|sanawat|sh?ahr)\s+(mn|men|3la)\s+(wafat|mot|ma\s+mat|ma\s+matet)\b"

# --- crisis kinds ----------------------------------------------------------------------------------------------------

# "After today you will not see, hear or find me any more" with a farewell (Dutch "sorry voor alles, na vandaag ben ik weg",
# Arabic script "باي يا جماعة، ما رح تسمعوا صوتي بعد اليوم", Arabizi, Tigrinya "ደሓን ኩኑ ደጊም ኣይክትረኽቡንን ኢኹም", Latin): the
# emergency answer. Never a trip, a holiday, a move or a broken phone.
_R53AL_NOT_A_TRIP = (r"(?!.*(vakantie|reis|verhui[sz]\w*|op\s+reis|vlucht|vliegtuig|ziekenhuis|telefon|mobiel|internet|"
                     r"سفر|مسافر|مسافره|رحله|اجازه|عطله|تلفون|موبايل|انترنت|نت|ጉዕዞ|በዓል|ዕረፍቲ|ስልኪ|ሞባይል|ኢንተርነት|"
                     r"\b(safar|msafer|rehle|telefon|mobile|internet|guezo|gueazo|silki|mobayl)\b))")
_R53AL_GONE_AFTER_TODAY_NL = (r"^" + _R53AL_NOT_A_TRIP + r"(?=.*\b(sory|vaarwel|vaarwl|afscheid|dag\s+iedereen|dank\s+voor\s+ales|bedankt\s+voor\s+ales|"
                              r"vergeef\s+me|vergeef\s+mij)\b).*?\b(na|vanaf|na\s+vanavond)\s+(vandaag|vanavond|vannacht|vanacht|morgen)\s+"
                              r"(ben\s+ik\s+(weg|er\s+niet\s+mer|verdwenen)|zien\s+jullie\s+(mij|me)\s+(niet|nooit)\s+mer|hor\w*\s+jullie\s+(niks|niets)\s+mer)\b")
_R53AL_GONE_AFTER_TODAY_AR = (r"^" + _R53AL_NOT_A_TRIP + r"(?=.*(باي|وداعا|وداع|سامحوني|سامحني|مع\s+السلامه|\b(bye|bay)\b)).*?(?<!\S)(ما|مش|مو)\s+(رح|ح|راح)\s+"
                              r"(تسمعوا|تسمعو|تسمعون|تشوفوا|تشوفو|تشوفوني|تلاقوني|تلاقوا|تحكوا\s+معي)\S*\s+(\S+\s+)?(بعد|من\s+بعد)\s+(اليوم|الليله|هلق|بكرا)(?!\S)")
_R53AL_GONE_AFTER_TODAY_AZ = (r"^" + _R53AL_NOT_A_TRIP + r"(?=.*\b(bye|bay|wada3an|wada3|sam7uni|sam7ouni|ma3\s+salame|ma3a\s+salama)\b).*?\b(ma|mesh|mish|mu)\s+"
                              r"(ra7|7a|ra2)\s+(tsam3o|tsm3o|tsma3o|tsam3u|tshufuni|tshofoni|tshufu|tla2uni|tla2ouni)\w*\s+(\w+\s+)?(ba3d|men\s+ba3d|mn\s+ba3d)\s+"
                              r"(el\s*yom|lyom|elyom|lyoum|el\s*leile|bukra)\b")
_R53AL_GONE_AFTER_TODAY_TI = (r"^" + _R53AL_NOT_A_TRIP + r"(?=.*(ደሓን\s+ኩኑ|ደሓን\s+ኩን|ስንብት|ስንብታ|ይቕረታ|ተሰናበቱ)).*?(?<!\S)ኣይክት(ረኽቡ|ርእዩ|ሰምዑ)ንን\s+"
                              r"(ኢኹም|ኢኹምን)(?!\S)")
_R53AL_GONE_AFTER_TODAY_LA = (r"^" + _R53AL_NOT_A_TRIP + r"(?=.*\b(dehan\s+kunu|dehan\s+kun|snbt|snbta|senbet|yqreta|bye)\b).*?\bayk(i)?t(rekbu|rkbu|reqbu|riyu|reyu|"
                              r"semu|smu)n(i)?n\s+(i)?kum\b")

# Someone posted or wrote a goodbye and does not answer now (Arabic script "صديقي كتب على الفيسبوك وداعا وما عم يرد", Arabizi,
# Tigrinya "ዓርከይ ናይ ስንብታ መልእኽቲ ሰዲዱ ሕጂ ኣይረኽቦን ዘለኹ", Latin; Dutch "mijn neef heeft afscheid gepost en neemt niet op"):
# the emergency answer. Never a colleague's farewell party or a course's last day.
_R53AL_NOT_A_PARTY = r"(?!.*(borel|feest|pensioen|collega|laatste\s+les|حفله|تقاعد|زميل|الكورس|ድግስ|ጡረታ|መሳርሕተይ|\b(party|7afle)\b))"
_R53AL_POSTED_GOODBYE = (
    r"^" + _R53AL_NOT_A_PARTY + r"(?=.*(ما\s+عم\s+(يرد|ترد|يجاوب|تجاوب)|ما\s+(بيرد|بترد|رد|ردت)|مو\s+عم\s+(يرد|ترد)|مسكر\s+تلفونه|مسكره\s+تلفونها|تلفونه\s+مسكر|"
    r"تلفونها\s+مسكر))(?=.*(كتب|كتبت|نشر|نشرت|حط|حطت|بعت|بعتت|بعتلي|بعتتلي)).*?(وداعا|وداع|الوداع)",
    r"^" + _R53AL_NOT_A_PARTY + r"(?=.*\b(ma\s+3am\s+(yrod|trod|yred|tred)|ma\s+(byrod|btrod|rad|radet))\b)(?=.*\b(kateb|katab|katabet|nashar|7at|ba3at|ba3atli)\b)"
    r".*?\b(wada3an|wada3|el\s*wada3)\b",
    r"^" + _R53AL_NOT_A_PARTY + r"(?=.*(ኣይረኽቦን|ኣይረኽባን|ኣይረኽቦምን|ኣይምልስን|ኣይመልሰን|ኣይመልሰትን|ስልኩ\s+ዕጹው|ስልካ\s+ዕጹው|ኣየልዕልን|ኣየልዕለትን|ኣይልዕልን))"
    r"(?=.*(ሰዲዱ|ሰዲዳ|ጽሒፉ|ጽሒፋ|ለጢፉ|ለጢፋ|ኣብ\s+(ቴሌግራም|ፌስቡክ|ፈይስቡክ|ኢንስታ|ቲክቶክ|ዋትስኣፕ))).*?(ስንብት|ስንብታ|ደሓን\s+ኩኑ)",
    r"^" + _R53AL_NOT_A_PARTY + r"(?=.*\b(ayrekbon|ayrekban|aymelsen|aymeleseN|aymelsetn|ayeleln|ayelelen)\b)(?=.*\b(sedidu|sedida|tshifu|tshifa)\b).*?\b(snbt|snbta|senbet|dehan\s+kunu)\b",
    r"^" + _R53AL_NOT_A_PARTY + r"(?=.*\b(nemt|nam|reagert|antwordt)\s+(\w+\s+){0,2}?(niet|nie|nergens)\b)(?=.*\b(gepost|geplaatst|gezet|gestuurd|"
    r"geschreven|zette|postte|stuurde|schreef)\b).*?\b(afscheid|vaarwel|afscheidsbericht\w*|dag\s+iedereen)\b",
)

# The rope ready, with the chair, in the car on the way to the woods, or "only the rope is left" (Arabizi "el 7abl wel kersi
# jahzin", Arabic script "حطيت الحبل بالسيارة وطالع عالغابة", Dutch "het touw en de stoel liggen klaar", Tigrinya "ገመድን ወንበርን
# ኣዳልየ", Latin "gemed ... adalye"): the emergency answer. Never a washing line, a skipping rope, a tent or a tow rope.
_R53AL_ROPE_VETO = (r"(?!.*(غسيل|الغسيل|ملابس|الغسيل|نط|رياضه|خيمه|تخييم|مركب|شراع|سحب|جر\s+السياره|بطاريه|wasgoed|was|waslijn|springtouw|tent|kamperen|boot|"
                    r"sleep\w*|verhui[sz]\w*|ክዳውንቲ|ክዳን|ስፖርት|ጅምናስቲክ|ጸወታ|\b(ghasil|ghaseel|camping|5ayme|nat|kdawnti|sport|tsewta)\b))")
_R53AL_ROPE_READY = tuple(r"^" + _R53AL_ROPE_VETO + p for p in (
    r"(?=.*\b(el\s*)?(7abl|7bl|7abel)\b).*?\b(jahz\w*|mjahaz\w*|7adart\w*|7a6et|7atet|7atayt|7a6ayt|jahez|el\s*kersi|kersi|kirsi|3al\s*ghabe|ghabe)\b",
    r"(?=.*(?<!\S)(ال)?حبل(?!\S)).*?(?<!\S)(جاهز|جاهزين|جاهزه|محضر|حضرته|حضرت|حطيت|حطيته|الكرسي|كرسي|الغابه|غابه|عالغابه|للغابه|بالسقف|السقف)(?!\S)",
    r"(?=.*\b(touw|strop)\b)(?=.*\b(stoel|krukje)\b).*?\b(klar|gered|klaargezet|klaar\s+gelegd|klaargelegd|liggen|staat|staan)\b",
    r"(?=.*\b(touw|strop)\b).*?\b(in\s+de\s+auto|in\s+mijn\s+auto|kofferbak)\b(?=.*\b(bos|bossen)\b)",
    r"(?=.*(?<!\S)ገመድ\S*(?!\S)).*?(?<!\S)(ወንበር\S*|ኣዳልየ|ኣዳልየዮ|ተዳልዩ|ድሉው|ናብ\s+ዱር|ኣብ\s+ዱር|ጫካ)(?!\S)",
    r"(?=.*\bgemed\w*\b).*?\b(wenber\w*|adalye\w*|tedalyu|dlwu|dlu|nab\s+dur)\b",
))

# "Only death (the rope) is left to me", "the pain ends only with death" (Tigrinya "ሞት ጥራይ እዩ ዝተረፈኒ", "ብሞት ጥራይ እዩ",
# Latin "mot tray eyu ztereFeni"; Arabic script "ما ضل الي غير الموت", Arabizi; Dutch "alleen de dood is nog over"): the emergency
# answer. Not "nothing is sure but death" (no "left", no "way out").
_R53AL_ONLY_DEATH_LEFT = (
    r"(?<!\S)(ሞት|ገመድ|ምሟት|ሞተይ|ሞይተ\s+ምኻድ)\s+ጥራይ\s+(እዩ|እያ|ኢዩ)\s+(ዝተረፈኒ|ዝተረፈለይ|ፍታሕ|መውጽኢ|ዘድሕነኒ)(?!\S)",
    r"(?=.*(ቃንዛ|ስቓይ|ሕሰም|ጭንቀት)).*?(?<!\S)ብሞት\s+ጥራይ\s+(እዩ|እያ|ኢዩ)(?!\S)",
    r"\b(mot|gemed)\s+(tray|xray|tiray)\s+(eyu|iyu|yu|iyu)\s+(ztereFeni|zterefeni|ztereflei|ftah|fitah|mewtsi)\b",
    r"(?<!\S)(ما\s+ضل|ما\s+بقي|ما\s+عاد\s+في|ما\s+في)\s+(لي\s+|الي\s+|عندي\s+|قدامي\s+)?(غير|الا|بس)\s+(ال)?(موت|حبل)(?!\S)",
    r"\b(ma\s+dal|ma\s+b2i|ma\s+fi)\s+(ili\s+|li\s+|3ndi\s+)?(gher|ghir|ela|bas)\s+(el\s*)?(mot|mawt|7abl)\b",
    r"\b(alen|alleen|enkel)\s+(nog\s+)?(de\s+dod|het\s+touw|sterven)\s+(is\s+)?(nog\s+)?(over|de\s+uitweg|mijn\s+uitweg|de\s+oplossing|mijn\s+oplossing)\b",
)

# "I know when / which day I will do it" with an unnamed "it", or "I have a plan" beside no reason to live (Tigrinya "መዓስ
# ከም ዝውድኦ ፈሊጠ ኣለኹ ቀዳም ለይቲ", Arabic script "صار عندي خطة وبعرف اي يوم رح اعملها", Arabizi "ma fi sabab la 3ish, 3ndi 5otta",
# Dutch "ik heb een plan en ik weet welke dag ik het doe"): a plan with a time, the emergency answer. Never an exam, a
# course, an appointment, a move, a cake or a form named.
_R53AL_NOT_A_TASK = (r"(?!.*(pvt|map|examen|toets|les|cursus|afspraak|verhui[sz]\w*|aanvraag|formulier|taart|huiswerk|sollicit\w*|inburgering|"
                     r"امتحان|الامتحان|موعد|الموعد|عرس|حفله|كيكه|طبخه|اكله|ورقه|معامله|البلديه|الكورس|الشغل|وظيفه|"
                     r"ፈተና|ቆጸራ|ትምህርቲ|ኮርስ|ስራሕ|ፎርም|ደብዳቤ|ገዛ|መርዓ|ኬክ|\b(emte7an|maw3ed|kors|shoghl|fetena|qotsera|tmhrti|srah|form)\b))")
_R53AL_PLAN_WITH_A_TIME = tuple(r"^" + _R53AL_NOT_A_TASK + p for p in (
    r".*?(?<!\S)መዓስ\s+(ከም\s+)?(ዝውድኦ|ዝገብሮ|ዝፍጽሞ|ዝውድእ)\s+(\S+\s+)?(ፈሊጠ|ወሲነ)(?=.*(ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት|ለይቲ|ምሸት|ጽባሕ|ሎሚ))",
    r".*?\bmeas\s+(kem\s+)?(zwudo|zgebro|zftsmo)\s+(\w+\s+)?(filite|fellite|wesine)\b",
    r".*?(?<!\S)(بعرف|عرفت|قررت|محدد|حددت)\s+(اي|ايمتى|امتى|امتا|شو|ايش)\s+(يوم|وقت|ساعه|ليله)?\s*(رح|ح|راح|بدي)\s+(اعملها|انفذها|اعمله|انفذ)(?!\S)",
    r".*?\b(ba3ref|3reft|2arart|7adadt)\s+(ay|ayya|emta|imta|shu)\s+(yom|wa2t|se3a|leile)?\s*(ra7|7a|ra2|baddi)\s+(a3melha|3melha|nafezha|enafezha)\b",
    r"(?=.*(ما\s+في\s+سبب|ما\s+عندي\s+سبب|ما\s+في\s+داعي)\s+(ل|لـ)?\s*(عيش|اعيش|العيش|ضل\s+عايش|الحياه)).*?(?<!\S)(عندي|صار\s+عندي)\s+خطه(?!\S)",
    r"(?=.*\b(ma\s+fi|ma\s+3ndi)\s+(sabab|sbab)\s+(la\s*|le\s*)?(3ish|3eesh|a3ish|3ayesh)\b).*?\b(3ndi|3andi|3endi|sar\s+3ndi)\s+(5o6a|5ota|5uta|5ot6a|khota|5i6a)\b",
    r".*?\bik\s+weet\s+(al\s+|precies\s+)?(wanner|welke\s+dag|welke\s+nacht|hoe\s+en\s+wanner)\s+ik\s+het\s+(ga\s+)?(doe|doen)\b",
))

# Someone threatens me or us with a knife, a gun or a hammer (Dutch "er is iemand in mijn huis die mij bedreigt met een mes",
# Arabic script "في حدا بالبيت عم يهددني بسكين", Arabizi, Tigrinya "ሓደ ሰብ ኣብ ገዛ ብካራ የፈራርሓኒ ኣሎ", Latin): the emergency
# answer. Never a film, a series, a game or a dream.
_R53AL_NOT_FICTION = r"(?!.*(film|serie|game|spel|droom|droomde|boek|فيلم|مسلسل|لعبه|حلم|حلمت|ፊልም|ተኸታታሊ|ጸወታ|ሕልሚ|ሓሊመ|\b(film|series|game|7elm|7lmt)\b))"
_R53AL_WEAPON_NL = r"(mes|pistol|wapen|vuurwapen|hamer|bijl|schaar|stok|honkbalknuppel|knuppel)"
_R53AL_THREATENS_WITH_WEAPON = tuple(r"^" + _R53AL_NOT_FICTION + p for p in (
    r".*?\b(bedreigt|bedreigde|bedreigen|dreigt)\s+(mij|me|ons|mijn\s+\w+|mn\s+\w+)\s+(nu\s+)?met\s+(een\s+|zijn\s+|het\s+|haar\s+)?" + _R53AL_WEAPON_NL + r"\b",
    r".*?\b(die|dat)\s+(mij|me|ons|mijn\s+\w+)\s+(nu\s+)?(bedreigt|bedreigde|bedreigen)\s+met\s+(een\s+|zijn\s+|het\s+)?" + _R53AL_WEAPON_NL + r"\b",
    r".*?(?<!\S)(عم\s+|قاعد\s+)?(يهددني|يهددنا|هددني|هددنا|بيهددني|تهددني|بتهددني|يهدد\s+امي|يهدد\s+اختي|يهدد\s+مرتي)\s+(ب|بـ|بال)?\s*(ال)?(سكين|سكينه|"
    r"مسدس|فرد|سلاح|شاكوش|ساطور|موس|بالسكين|بسكين|بمسدس|بسلاح|بالمسدس|بشاكوش)(?!\S)",
    r".*?\b(3am\s+)?(yhadedni|yhadedna|hadadni|byhadedni|thadedni|yhaded)\s+(b|bel|bi)?\s*(el\s*)?(sekine|sekin|sikin|sikine|msades|msadas|fard|sla7|shakush)\b",
    r".*?(?<!\S)(ብካራ|ብሽጉጥ|ብሽጎጥ|ብመዶሻ|ብበትሪ)\s+(\S+\s+)?(የፈራርሓኒ|የፈራርሓና|የፈራርሃኒ|ኣፈራሪሑኒ|ኣፈራሪሓትኒ|ይፈራርሓኒ|የፈራርሕ\S*)(?!\S)",
    r".*?\b(bkara|bshgut|bshgot)\s+(\w+\s+)?(yeferarhani|yferarhani|yeferarhana|aferarihuni|yferarHani)\b",
))

# Standing on a high floor, a roof, a balcony or the top of a car park and wanting down (Dutch "ik sta op de bovenste
# verdieping van de parkeergarage en ik wil naar beneden", Tigrinya "ሕጂ ኣብ ባልኮኒ ደው ኢለ ኣለኹ ሓሙሻይ ደርቢ እዩ", Latin; Arabic
# script "انا واقف على البلكون بالطابق العاشر", Arabizi): the emergency answer. Never a view, photos, smoking, plants or washing.
_R53AL_NOT_A_VIEW = (r"(?!.*(uitzicht|foto\w*|roken|sigaret|planten|was|lift|trap|auto|parkeerplek|geparkeerd|feest|ስእሊ|ሽጋራ|ኣየር|ዕምባባ|ክዳውንቲ|ክዳን|"
                     r"ምሳሕ|ቡን|ጸሓይ|ሊፍት|منظر|صور|سيجاره|دخن|زرع|غسيل|المصعد|اصنصير|درج|\b(sura|swar|sigara|lift)\b))")
_R53AL_HIGH_FLOOR_TI = r"(ራብዓይ|ሓሙሻይ|ሻድሻይ|ሻብዓይ|ሻምናይ|ታሽዓይ|ዓስራይ|ላዕለዋይ|መወዳእታ|[4-9]|[1-9][0-9])(ኛ)?\s*ደርቢ"
_R53AL_HIGH_UP_NOW = tuple(r"^" + _R53AL_NOT_A_VIEW + p for p in (
    r"(?=.*(?<!\S)" + _R53AL_HIGH_FLOOR_TI + r").*?(?<!\S)ኣብ\s+(ባልኮኒ|ናሕሲ|ጠርዚ|ጫፍ|መስኮት)\S*\s+(\S+\s+)?ደው\s+(ኢለ|ኢላ)(?!\S)",
    r"(?=.*\b(rabay|hamushay|shadshay|shabay|shamnay|tashay|asray|laeleway|[4-9]|[1-9][0-9])\s*derbi\b).*?\bab\s+(balkoni|balkon|nahsi|terzi)\s+(\w+\s+)?dew\s+(ile|ila)\b",
    r"(?=.*\b(wil|ga|moet)\s+(\w+\s+)?(naar\s+beneden|springen|eraf|vallen|laten\s+vallen)\b).*?\b(sta|zit|ben)\s+(nu\s+)?op\s+(de\s+|het\s+)?(bovenste\s+(verdieping|etage)|dak|rand|reling|"
    r"hoogste\s+(verdieping|etage))\b",
    r"(?=.*(?<!\S)(بالطابق|عالطابق|الطابق|طابق)\s+(ال)?(عاشر|تاسع|ثامن|سابع|سادس|خامس|اخير|الاخير|\d+)(?!\S)).*?(?<!\S)(واقف|واقفه|قاعد|قاعده)\s+(على|ع|عال|عند)\s*"
    r"(ال)?(بلكون|البلكون|السطح|سطح|حافه|الحافه|الشباك|شباك)(?!\S)",
    r"(?=.*\b(el\s*)?(6abe2|6abi2|tabe2|tabi2)\s+(el\s*)?(3ashir|tase3|tamen|sabe3|sades|5ames|a5ir|[4-9]|[1-9][0-9])\b).*?\b(wa2ef|wa2fe|2a3ed|2a3de)\s+(3al|3a|3ala)\s*(el\s*)?(balkon|sat7|7afe|shebak)\b",
))

# "I will be on the track" beside the coming train (Arabizi "el 2e6ar el jay 3al se3a 11, w ana ra7 kun 3al sekke", Arabic
# script "القطار جاي وانا رح نام على السكة"): the emergency answer. (Sitting or standing on the track in Tigrinya stays
# round 34's gentle question.)
_R53AL_ON_THE_TRACK = (
    r"(?=.*\b(2e6ar|2a6ar|2atar|2i6ar|el\s*2e6ar|train|tren)\b).*?\b(ra7|7a|ra2)\s+(kun|ekun|o23od|2o3od|nam|enam)\s+(3al|3a|3ala|3la)\s*(el\s*)?(seke|sike|seket|seka)\b",
    r"(?=.*(القطار|قطار|الترين|التران)).*?(?<!\S)(رح|ح|راح)\s+(كون|اكون|اقعد|نام|انام)\s+(على|ع|عال)\s*(ال)?(سكه|السكه)(?!\S)",
)

# Walking into the water (Tigrinya "going into" only with "forever" or "not coming out"), going to the bridge and not coming back, "I can't go on, tomorrow I go to the bridge" (Arabic
# script "نزلت على الكنال ورح امشي جوا المي", Arabizi; Tigrinya "ናብ ድልድል ክኸይድ እየ ደጊም ኣይምለስን", Latin "kabzi nlaeli aykielin
# ... ab dildil keyd eye"; Dutch "ik kan niet meer, ik loop naar de brug"): the emergency answer. Never swimming, the beach,
# fishing, a time to be back or photos.
_R53AL_NOT_A_SWIM = (r"(?!.*(اسبح|سباحه|مايوه|شط|صيد|سمك|صور|ክሕምብስ|ሕምብስ|ዓሳ|ስእሊ|ክሳብ|ክሳዕ|ሰዓት|zwem\w*|strand|vissen|foto\w*|wandel\w*|"
                     r"\b(sba7a|as7ab|sayd|hmbs|sieli|ksab)\b))")
_R53AL_INTO_THE_WATER = tuple(r"^" + _R53AL_NOT_A_SWIM + p for p in (
    r".*?(?<!\S)(و)?(رح|ح|راح|بدي)\s+امشي\s+(لـ?جوا|جوا|جوه|لجوه|جوات|لجوات|لتحت)\s+(ال)?(مي|ميه|مويه|بحر|نهر|كنال|قناه)(?!\S)",
    r".*?\b(w\s*)?(ra7|7a|baddi)\s+emshi\s+(juwa|jwa|la\s*juwa|ljuwa)\s+(el\s*)?(may|mayy|ma2|ba7r|nahr|kanal)\b",
    r".*?(?<!\S)ናብ\s+(ውሽጢ\s+)?(ማይ|ባሕሪ|ሩባ|ቻነል|ካናል)\s+(\S+\s+)?(ክጥሕል|ክሰጥም|ክጠሓል)\s+(እየ|ደልየ)(?!\S)",
    r"(?=.*(?<!\S)(ንዘልኣለም|ደጊም|ኣይክምለስን|ኣይክወጽእን)(?!\S)).*?(?<!\S)ናብ\s+(ውሽጢ\s+)?(ማይ|ባሕሪ|ሩባ|ቻነል|ካናል)\s+(\S+\s+)?ክኣቱ\s+(እየ|ደልየ)(?!\S)",
    r"(?=.*(?<!\S)(ናብ|ኣብ)\s+(\S+\s+)?(ድልድል|ሩባ|ባሕሪ|ቀላይ|ሃዲድ)\S*(?!\S)).*?(?<!\S)ደጊም\s+(ኣይምለስን|ኣይክምለስን)(\s+እየ)?(?!\S)",
    r"(?=.*(ካብዚ\s+ንላዕሊ|ደጊም)\s+(\S+\s+)?ኣይክእልን).*?(?<!\S)(ናብ|ኣብ)\s+(ድልድል|ሩባ|ባሕሪ|ሃዲድ)\S*\s+(\S+\s+)?(ክኸይድ|ክከይድ)\s+እየ(?!\S)",
    r"(?=.*\b(kabzi\s+nlaeli|kabzi\s+nlaili|degim)\s+(\w+\s+)?(aykielin|aykelin|aykealn|aykiln)\b).*?\b(ab|nab)\s+(dildil|dldl|bahri|ruba)\s+(\w+\s+)?(keyd|kkeyd|keid|kid)\s+(eye|iye)\b",
    r"(?=.*\b(ik\s+kan\s+(het\s+)?(niet|nie)\s+mer|ik\s+kom\s+(niet|nie)\s+mer\s+terug)\b).*?\b(ik\s+)?(ga|lop|rij|fiets)\s+(ik\s+)?(nu\s+|morgen\s+|vanavond\s+|vannacht\s+)?naar\s+(de|het)\s+"
    r"(brug|spor|rivier|kanal|dak)\b",
))

# Someone shut in who said he wants to die (Arabic script "اخي بالغرفة وقافل الباب وقال بدو يموت", Arabizi; Dutch "mijn broer
# heeft zich opgesloten en zegt dat hij dood wil", Tigrinya "ሓወይ ማዕጾ ዓጽዩ ክሞት እየ ኢሉ"): the emergency answer.
_R53AL_SHUT_IN_WANTS_TO_DIE = (
    r"^(?=.*(قافل|قفل|مسكر|سكر|مقفل|قافله|مسكره|مقفله)\S*\s+(\S+\s+)?(الباب|عليه|عليها|على\s+حاله|على\s+حالها|ع\s+حاله)).*?(?<!\S)(و)?(قال|بيقول|عم\s+يقول|قالت|بتقول|"
    r"كاتب|كاتبه)\s+(على\s+(ال)?\S+\s+)?(انه\s+|انو\s+|انها\s+)?(بدو|بدها|رح|ح)\s+(يموت|تموت|ينتحر|تنتحر|يقتل\s+حاله|تقتل\s+حالها)(?!\S)",
    r"^(?=.*\b(2afel|2afle|msaker|msakra|2afal)\s+(\w+\s+)?(el\s*bab|3leh|3la\s+7alo)\b).*?\b(w\s*)?(2al|2alet|by2ul|bt2ul)\s+(eno\s+)?(bado|bada|ra7)\s+(ymut|tmut|yento7er|tento7er)\b",
    r"^(?=.*\b(opgesloten|sluit\s+zich\s+op|deur\s+op\s+slot|op\s+slot\s+gedaan)\b).*?\b(zegt|zei|roept|schreeuwt|schreef|stuurde)\s+(dat\s+)?(hij|ze|zij)\s+(dod\s+wil|wil\s+(\w+\s+)?(dod|sterven)|"
    r"zelfmord|een\s+einde)",
    r"^(?=.*(ማዕጾ\s+(\S+\s+)?(ዓጽዩ|ዓጺዩ|ዓጽያ|ሎኪዑ|ሎኪዓ)|ተዓጽዩ|ተዓጽያ|ተቐፊሉ|ተቐፊላ)).*?(?<!\S)(ክሞት|ክመውት|ነብሱ\s+ክቐትል|ነብሳ\s+ክትቐትል)\s+(\S+\s+)?(ደልየ|እየ|እያ|ይደሊ|ትደሊ)\s+"
    r"(ኢሉ|ኢላ|ይብል|ትብል)(?!\S)",
)

# Finishing with life today, not wanting to live after today (Arabic script "تعبت من الحياة وبدي خلص منها اليوم", Egyptian
# "مش عايزة اعيش بعد النهاردة", Arabizi; Dutch "ik wil na vandaag niet meer leven"; Tigrinya "ድሕሪ ሎሚ ክነብር ኣይደልን", Latin):
# the emergency answer.
_R53AL_DONE_WITH_LIFE_TODAY = (
    r"(?=.*(الحياه|حياتي|هالحياه|الدنيا|هالدنيا|هالعيشه|العيشه)).*?(?<!\S)(بدي|رح|ح|راح)\s+(خلص|اخلص|انهي|انهيها|خلصها)\s+(منها\s+|عليها\s+)?(اليوم|الليله|هلق|هلا|بكرا)(?!\S)",
    r"(?<!\S)(مش|ما|مو)\s+(عايز|عايزه|بدي|حابب|حابه)\s+(اعيش|عيش|ضل\s+عايش|ضل\s+عايشه)\s+(بعد|من\s+بعد)\s+(النهارده|النهاردا|اليوم|الليله|بكرا|بكره|هلق)(?!\S)",
    r"\b(mesh|mish|ma|mu)\s+(3ayez|3ayza|baddi|bdi|7abeb)\s+(a3ish|3ish|a3eesh)\s+(ba3d|mn\s+ba3d)\s+(enaharda|el\s*naharda|naharda|el\s*yom|lyom|bukra)\b",
    r"\b(baddi|bdi|ra7)\s+(5ales|5alis|5alesha|enhi)\s+(menha\s+)?(el\s*yom|lyom|el\s*leile|hala2)\b(?=.*\b(el\s*7aya|7ayati|dinye|el\s*dinye)\b)",
    r"\bik\s+wil\s+(na|vanaf)\s+(vandaag|vanavond|vannacht|vanacht|morgen)\s+(niet|nie)\s+(mer\s+)?(leven|bestaan)\b",
    r"(?<!\S)ድሕሪ\s+(ሎሚ|ሎሚ\s+ለይቲ|ጽባሕ)\s+(ክነብር|ብህይወት\s+ክህሉ)\s+ኣይ(ደልን|ደልየን)(?!\S)",
    r"\b(dhri|drhri|dehri)\s+(lomi|tsbah)\s+(knebr|kinebir)\s+(aydelen|aydelyen)\b",
)

# Getting a knife, a rope or pills "and ending everything" (Arabic script "بدي اشتري سكين وانهي كل شي", Arabizi; Tigrinya "ካራ
# ገዚአ ኩሉ ክውድኦ እየ"); writing a letter to the children "and that's it" (Arabic script "رح اكتب رسالة لولادي وخلص", Arabizi):
# the emergency answer. Never the kitchen, a school letter or a birthday.
_R53AL_NOT_KITCHEN = r"(?!.*(مطبخ|طبخ|طبخه|اكل|لحمه|خضره|مدرسه|معلمه|عيد|تهنئه|ميلاد|ምግቢ|ስጋ|ክሽነ|ኣብ\s+ቤት\s+ትምህርቲ|\b(mat5ab|ta6bi5|akl|la7me|school)\b))"
_R53AL_MEANS_AND_END_ALL = tuple(r"^" + _R53AL_NOT_KITCHEN + p for p in (
    r".*?(?<!\S)(ال)?(سكين|سكينه|حبل|حبوب|مسدس|سم)\s+(\S+\s+){0,2}?(و)?(انهي|خلص|اخلص|نهي)\s+(كل\s+شي|كلشي|حياتي|كل\s+شيء)(?!\S)",
    r".*?\b(el\s*)?(sekine|sekin|7abl|7bub|msades|sem)\s+(\w+\s+){0,2}?(w\s*)?(enhi|5ales|khales)\s+(kel\s+shi|kelshi|kl\s+shi|7ayati)\b",
    r".*?(?<!\S)(ካራ|ገመድ|ከኒና|ሽጉጥ|መርዚ)\s+(\S+\s+){0,2}?(ገዚአ|ገዚኣ|ክገዝእ\s+እየ)\s+(\S+\s+)?ኩሉ\s+(ክውድኦ|ከብቅዖ|ክውድእ)\s+(እየ|ደልየ)(?!\S)",
    r".*?(?<!\S)(رح|ح|بدي|راح)\s+(اكتب|اترك|خلي)\s+(رساله|مكتوب|ورقه)\s+(ل|لـ)?(ولادي|لولادي|اهلي|لاهلي|امي|لامي|مرتي|لمرتي|جوزي|لجوزي|بنتي|لبنتي|ابني|لابني)\s+"
    r"(و\s*)?(خلص|وخلص|بس|وبس|انتهى|وانتهى)(?!\S)",
    r".*?\b(ra7|7a|baddi)\s+(ekteb|ektob|etruk)\s+(risale|resale|risali|maktub|war2a)\s+(la|l|le)\s*(wladi|ahli|emmi|marti|jozi|benti|ebni)\s+(w\s*)?(5alas|bas|khalas)\b",
))

# A child or a mother beaten now in Tigrinya with ውላደይ and in Latin script without the "n-" ("ኣቦ ቆልዑ ንውላደይ ይወቕዖ ኣሎ
# ኣይዓርፍን", "hawey sekiru adey ywekea ale hji"): the emergency answer. Never a film or a game.
_R53AL_FAMILY_BEATEN_NOW = (
    r"^(?!.*(ፊልም|ጸወታ|ኩዕሶ|ጌም|ተኸታታሊ)).*?(?<!\S)ን(ውላደይ|ውላድና|ውላደይ|ኣደይ|ሓብተይ|ሓወይ|ሰበይተይ|ኣቦይ|ደቀይ|ጓለይ|ወደይ)\s+(\S+\s+)?(ይወቕዖ|ይወቕዓ|ይወቕዖም|ይሃርሞ|ይሃርማ|ይሃርሞም|ይወቕዕ\S*|"
    r"ትወቕዖ|ትወቕዓ|ይድብድቦ|ይድብድባ)\s+(ኣሎ|ኣላ|ኣለዉ)(?!\S)",
    r"^(?!.*\b(film|filmi|game|geym|tsewta|kuaso|kwaso)\b).*?\b(n)?(adey|hawey|hawtey|habtey|wladey|wuladey|wludey|sebeytey|abuy|gualey|wedey|dekey)\s+(\w+\s+)?"
    r"(yweq\w*|ywek\w*|yiwek\w*|yiweq\w*|ywq\w*|yharm\w*|yiharm\w*|ydbdb\w*)\s+(alo|ale|ala|alewu|hji|hiji)\b",
)

# Not breathing, in Tigrinya (Ge'ez "ኣየስተንፍስን", "ትንፋስ የብሉን", Latin "ayestenfsn"), after a fall into water or a collapse:
# the emergency answer.
_R53AL_NOT_BREATHING_TI = (
    r"(?<!\S)(ኣየስተንፍስን|ኣየስተንፍሰትን|ኣይተንፍስን|ኣይተንፍሰትን|ኣየስተንፍሱን|ትንፋስ\s+(የብሉን|የብላን|የለን|ጠፊኡዎ|ጠፊኡዋ))(?!\S)(?!.*(ፊልም|ጸወታ|ዮጋ|ስፖርት))",
    r"\b(ayestenfsn|ayesteNfsn|aystenfsn|aytenfsn|ayestenfsetn|tnfas\s+(yeblun|yeblan))\b",
)

# Thanks passed on through someone, "I am going now", with a farewell (Dutch "zeg tegen mijn regisseur dank voor alles, ik ga
# nu, afscheid", Arabic script "قولوا للمسؤولة شكرا على كل شي، انا رايح هلق، وداعا", Arabizi; Tigrinya "ንረጂሰረይ የቐንየለይ በልዋ ሕጂ
# ይኸይድ ኣለኹ ስንብት"): a farewell by proxy, the emergency answer. Never a trip, a move or a last lesson (the vetoes).
_R53AL_FAREWELL_BY_PROXY = tuple(r"^" + _R53AL_NOT_A_TRIP + _R53AL_NOT_A_PARTY + p for p in (
    r"(?=.*\b(afscheid|vaarwel)\b)(?=.*\bik\s+ga\s+(nu|vanavond|vanacht|vannacht)\b).*?\bzeg\s+(\w+\s+){0,3}?(dank|bedankt)\s+(je\s+|u\s+)?voor\s+ales\b",
    r"(?=.*(وداعا|وداع|سامحوني))(?=.*(رايح|رايحه|ماشي|ماشيه)\s+(هلق|هلا|الليله)).*?(?<!\S)(قولوا|قلهم|قوله|قولولها|قولولو|قلها)\s+(\S+\s+){0,2}?شكرا\s+على\s+كل\s+شي(?!\S)",
    r"(?=.*\b(wada3an|wada3|sam7uni)\b)(?=.*\b(raye7|ray7a|mashi)\s+(hala2|hala|el\s*leile)\b).*?\b(2ulo|2ulu|2ello|2elha)\s+(\w+\s+){0,2}?shukran\s+3ala\s+(kel|kl)\s+shi\b",
    r"(?=.*(ስንብት|ስንብታ|ደሓን\s+ኩኑ))(?=.*ሕጂ\s+(ይኸይድ|ከይደ)\s+ኣለኹ).*?(?<!\S)(የቐንየለይ|የቐንየልና)\s+(በልዎ|በልዋ|በሉ|በልዎም|ኢልኩም\s+ንገሩ)(?!\S)",
))

# "Why do I live, nobody wants me" (Tigrinya "ንምንታይ እየ ዝነብር ዘለኹ ዝኾነ ሰብ ኣይደልየንን", Latin): the gentle question (the
# Arabic and Dutch forms already get it).
_R53AL_WHY_DO_I_LIVE_TI = (
    r"(?=.*(ሰብ\s+ኣይደልየንን|ሰብ\s+ኣይደልየኒን|ዋጋ\s+የብለይን|ደጊም)).*?(?<!\S)ንምንታይ\s+(እየ\s+)?(ዝነብር|ብህይወት\s+ዘለኹ)(?!\S)",
    r"(?=.*\b(seb\s+aydelyenn|seb\s+aydelyenin|waga\s+yebleyn|degim)\b).*?\b(nmntay|ntay)\s+(eye\s+)?znebr\b",
)

# All the pills at once (Tigrinya "ካብ ሓኪም ዝተዋህበኒ ከኒና ኩሉ ኣለኒ ሓንሳብ ክውድኦ እየ", Latin; Arabic script "رح ابلع كل الحبوب مرة
# وحدة"): the emergency answer. Never once a day, a week or in the morning.
_R53AL_ALL_PILLS_AT_ONCE = tuple(r"^(?!.*(ኣብ\s+(መዓልቲ|ሰሙን|ለይቲ)|ንግሆ|መዓልታዊ|مره\s+باليوم|مرتين|باليوم|بالاسبوع|الصبح|\b(ab\s+mealti|per\s+dag)\b))" + p for p in (
    r"(?=.*(ከኒና|ኪኒን|መድሃኒት))(?=.*(?<!\S)(ኩሉ|ኩሎም|ኩለን)(?!\S)).*?(?<!\S)(ብ)?ሓንሳብ\s+(ክውድኦ|ክውሕጦ|ክወስዶ|ክውድኦም|ክውሕጦም|ክወስዶም|ክውድአን|ክውሕጠን)\s+(እየ|ደልየ)(?!\S)",
    r"(?=.*\b(kenina|kinin|medhanit)\b)(?=.*\b(kulu|kulom)\b).*?\b(b)?hansab\s+(kwudo|kwdo|kwuhto|kwesdo|kwudom)\s+(eye|iye|delye)\b",
    r"(?<!\S)(رح|ح|راح|بدي)\s+(ابلع|اخد|اشرب)\s+(كل\s+(ال)?(حبوب|دوا|العلبه|الظرف)|كلهم|كلهن|كلن)\s+(مره|دفعه)\s+وحده(?!\S)",
))

# "I gave all my things away to people, one step is left" (Tigrinya "ኩሉ ነገረይ ንሰባት ሂበ ወዲአ ሕጂ ዝተረፈት ሓንቲ ስጉምቲ እያ",
# Latin; Arabic script "وزعت كل غراضي وما ضل غير خطوة"): with the last step, the emergency answer; given away alone,
# the gentle question (below). Never a move, a donation drive or clothes that got too small.
_R53AL_NOT_A_MOVE = (r"(?!.*(ግዕዝ|ክግዕዝ|ገዛ\s+ክቕይር|ምቕያር\s+ገዛ|ክጓዓዝ|ንድኻታት|ዝጸበቡ|انتقل|بنقل|عزال|نقليه|تبرع|للفقرا|صغرت|verhui[sz]\w*|kringlop|goede\s+doel|"
                     r"te\s+klein|\b(ngeaz|3azal|tabaro3)\b))")
_R53AL_GAVE_ALL_AWAY_TI = r"(?<!\S)ኩሉ\s+(ነገረይ|ንብረተይ|ዘለኒ|ዘሎኒ|ክዳውንተይ)\s+(ንሰባት\s+|ንዓርከይ\s+|ንኣሕዋተይ\s+)?(ሂበ|ሂበዮ|ዓዲለ|ዓዲለዮ|ወፊየ)"
_R53AL_GAVE_ALL_AWAY_LA = r"\bkulu\s+(negerey|nbretey|zeleni)\s+(nsebat\s+)?(hibe|hibeyo|adile|adileyo)\b"
_R53AL_GAVE_ALL_AWAY_AR = r"(?<!\S)(وزعت|عطيت|اعطيت|فرقت)\s+(كل\s+)?(غراضي|اغراضي|اشيائي|شي\s+عندي|كل\s+شي\s+عندي|ملابسي|مصرياتي)"
_R53AL_GAVE_ALL_AWAY_AZ = r"\b(waza3t|3a6et|3atayt|farra2t)\s+(kel\s+)?(ghradi|a8radi|2ghradi|ashya2i)\b"
_R53AL_GAVE_ALL_AWAY_NL = r"\b(ik\s+heb\s+)?(al\s+)?(mijn|m)\s+(spulen|bezitingen|spaargeld)\s+(\w+\s+){0,3}?(weggegeven|verdeeld|weg\s+gegeven)\b"
_R53AL_ONE_STEP_LEFT = (r"(?=.*((ሓንቲ|ሓደ)\s+(ስጉምቲ|ነገር)\s+(ጥራይ\s+)?(እያ|እዩ\s+)?(ተሪፋ|ተሪፉ|ዝተረፈት|ዝተረፈ)|ዝተረፈት\s+ሓንቲ\s+ስጉምቲ|ما\s+ضل\s+غير\s+خطوه|"
                        r"ضلت\s+خطوه\s+وحده|\b(nog\s+een\s+stap|de\s+laatste\s+stap|hanti\s+sgumti|ma\s+dal\s+gher\s+5a6we)\b))")

# --- uncertain kinds -------------------------------------------------------------------------------------------------

# "I will not come to the appointment because tomorrow I will not be" (Tigrinya "... ኣይክመጽእን እየ ምኽንያቱ ጽባሕ ኣይክህሉን
# እየ", Latin): no place named after "because", the gentle question (round 52 leaves appointments out of its crisis rule).
_R53AL_BECAUSE_NOT_BE = (
    r"(?<!\S)ምኽንያቱ\s+(ጽባሕ\s+|ሎሚ\s+ለይቲ\s+|ካብ\s+ጽባሕ\s+)?ኣይክህሉ(ን|ንን)\s+(እየ)$",
    r"\bmknyatu\s+(tsbah\s+|xbah\s+)?ayk(h)?(a|e|i)?l(u|o)n\s+(eye|iye)$",
)

_ROUND53_IDIOMS_ALL: tuple[str, ...] = tuple(r"(?:" + idiom + r")" + veto for idiom, veto in (
    # to a bridge for photos or the sunset
    (_R53AL_BRIDGE_PHOTO_NL, _R53AL_VETO_NL), (_R53AL_BRIDGE_PHOTO_AR, _R53AL_VETO_AR), (_R53AL_BRIDGE_PHOTO_AZ, _R53AL_VETO_AR),
    (_R53AL_BRIDGE_PHOTO_TI, _R53AL_VETO_TI), (_R53AL_BRIDGE_PHOTO_LA, _R53AL_VETO_TI),
    # tablets for a headache, how many
    (_R53AL_TABLETS_FOR_NL, _R52AL_VETO_NL.replace(r"pilen|", "") + _R53AL_TABLETS_VETO), (_R53AL_TABLETS_FOR_AR, _R53AL_VETO_AR + _R53AL_TABLETS_VETO),
    (_R53AL_TABLETS_FOR_AZ, _R53AL_VETO_AR + _R53AL_TABLETS_VETO), (_R53AL_TABLETS_FOR_TI, _R53AL_VETO_TI + _R53AL_TABLETS_VETO),
    (_R53AL_TABLETS_FOR_LA, _R53AL_VETO_TI + _R53AL_TABLETS_VETO),
    # a fish's or chicken's head cut off
    (_R53AL_FOOD_HEAD_NL, _R53AL_VETO_NL), (_R53AL_FOOD_HEAD_AR, _R53AL_VETO_AR), (_R53AL_FOOD_HEAD_AZ, _R53AL_VETO_AR),
    (_R53AL_FOOD_HEAD_TI, _R53AL_VETO_TI),
    # a pet that died (with its bowl, cage or kind named)
    (_R53AL_PET_DIED_TI, _R53AL_VETO_TI), (_R53AL_PET_DIED_LA, _R53AL_VETO_TI), (_R53AL_PET_DIED_NL, _R53AL_VETO_NL),
    (_R53AL_PET_DIED_AR, _R53AL_VETO_AR), (_R53AL_PET_DIED_AZ, _R53AL_VETO_AR),
    # a dead tree cut down
    (_R53AL_DEAD_TREE_TI, _R53AL_VETO_TI), (_R53AL_DEAD_TREE_LA, _R53AL_VETO_TI), (_R53AL_DEAD_TREE_NL, _R53AL_VETO_NL),
    (_R53AL_DEAD_TREE_AR, _R53AL_VETO_AR), (_R53AL_DEAD_TREE_AZ, _R53AL_VETO_AR),
    # a death long ago remembered
    (_R53AL_YEARS_SINCE_TI, _R53AL_VETO_TI), (_R53AL_YEARS_SINCE_LA, _R53AL_VETO_TI), (_R53AL_YEARS_SINCE_NL, _R53AL_VETO_NL),
    (_R53AL_YEARS_SINCE_AR, _R53AL_VETO_AR), (_R53AL_YEARS_SINCE_AZ, _R53AL_VETO_AR),
))
_ROUND53_CRISIS_ALL: tuple[str, ...] = (
    # "after today you won't see or hear me", with a farewell
    _R53AL_GONE_AFTER_TODAY_NL, _R53AL_GONE_AFTER_TODAY_AR, _R53AL_GONE_AFTER_TODAY_AZ, _R53AL_GONE_AFTER_TODAY_TI,
    _R53AL_GONE_AFTER_TODAY_LA,
    *_R53AL_POSTED_GOODBYE, *_R53AL_ROPE_READY, *_R53AL_ONLY_DEATH_LEFT, *_R53AL_PLAN_WITH_A_TIME, *_R53AL_THREATENS_WITH_WEAPON,
    *_R53AL_HIGH_UP_NOW, *_R53AL_ON_THE_TRACK, *_R53AL_INTO_THE_WATER, *_R53AL_SHUT_IN_WANTS_TO_DIE, *_R53AL_DONE_WITH_LIFE_TODAY,
    *_R53AL_MEANS_AND_END_ALL, *_R53AL_FAREWELL_BY_PROXY, *_R53AL_FAMILY_BEATEN_NOW, *_R53AL_NOT_BREATHING_TI, *_R53AL_ALL_PILLS_AT_ONCE,
    # all things given away, and one step left
    *(r"^" + _R53AL_NOT_A_MOVE + _R53AL_ONE_STEP_LEFT + r".*?" + gave for gave in (
        _R53AL_GAVE_ALL_AWAY_TI, _R53AL_GAVE_ALL_AWAY_LA, _R53AL_GAVE_ALL_AWAY_AR, _R53AL_GAVE_ALL_AWAY_AZ, _R53AL_GAVE_ALL_AWAY_NL)),
)
_ROUND53_UNCERTAIN_ALL: tuple[str, ...] = (
    # all things given away: the gentle question
    *(r"^" + _R53AL_NOT_A_MOVE + r".*?" + gave for gave in (
        _R53AL_GAVE_ALL_AWAY_TI, _R53AL_GAVE_ALL_AWAY_LA, _R53AL_GAVE_ALL_AWAY_AR, _R53AL_GAVE_ALL_AWAY_AZ, _R53AL_GAVE_ALL_AWAY_NL)),
    *_R53AL_BECAUSE_NOT_BE, *_R53AL_WHY_DO_I_LIVE_TI,
)
# (round 53, all languages: end)

# (round 53, the lead: start)
# "It is no joke", "I am not joking" (Dutch "echt waar geen grap", "echt niet als grapje"; Arabic script "والله ما عم امزح",
# "هاد مش مزح", Arabizi read in Arabic script; Tigrinya "ዋዛ ኣይኮንኩን", "ብዘይ ቀልዲ", Latin "bwaza aykonen"): said to be taken
# seriously, yet the joke word in it was read as a joke cue (round 17's _CONTEXT_CUES), which caps a rule's emergency
# answer at the gentle question: 9 development crisis lines of batches 1-53 (all of them "I want to die", "I will end my
# life" or a family threatening to slaughter her) got only the question. The detector looks for the cues with these
# phrases taken out (inburgering/text/sensitive/detector.py); a laugh ("haha", an emoji) still counts.
# NON-NATIVE WRITTEN (Arabic script, Tigrinya): needs review by a native speaker. (Names start with _R53LD_.)
_R53LD_NOT_JOKING: tuple[str, ...] = (
    r"\b(geen|niet|nooit)\s+(als\s+|voor\s+de\s+|een\s+)?(grap|grapje|grappen|geintje|geint|lolletje|joke)\b",
    r"(?<!\S)(ما|مش|مو|مانو|مانني|منني|لا|بلا|بدون|بلاش)\s+(عم\s+|هو\s+|هي\s+)?(ب|ا|ن|بن|بت|ت)?(مزح|مزحه|مزاح|نكته|هزار|هزر)(?!\S)",
    r"(?<!\S)(ብ)?(ዋዛ|ቀልዲ|ላግጺ)\s+(ኣይኮነን|ኣይኮንኩን|ኣይኮነትን|ኣይኮንናን|የብለይን|የለን|የብሉን)(?!\S)",
    r"(?<!\S)ብዘይ\s+(ዋዛ|ቀልዲ|ላግጺ)(?!\S)",
    r"\b(b)?(waza|qeldi)\s+(aykonen|aykonkun|aykonet|yebleyn|yelen)\b|\bbzey\s+(waza|qeldi)\b",
)
# Two development crisis lines that nlu/round39, as the classifier's negatives, moved from the emergency answer to the
# gentle question (both at the classifier's edge, 0.95), held by rules of their kinds:
# Going out of the window (Dutch "ik ga het raam uit", "ik stap zo het raam uit"; Arabizi "ra7 ent mn el shebbek", which
# was read as "انت", "you"; Latin-script Tigrinya "kab meskot kzel eye"; the Arabic-script and Ge'ez kinds had rules).
# Never opening or closing a window, looking out of it, or hanging something out.
_R53LD_OUT_OF_THE_WINDOW_NL = (r"\b(ik|ikke)\s+(ga|stap|spring|klim|wil|moet)\s+(\w+\s+){0,2}?(het|dat|een|de)\s+(raam|balkon)\s+(uit|af|over)\b"
                               r"(?!\s+(doen|kijken|zetten|hangen|halen|gooien|maken|open|dicht|wassen|lappen|poetsen|schoonmaken))")
_R53LD_OUT_OF_THE_WINDOW_AZ = (r"\b(ra7|rah|bdi|baddi|badi|7a|ha|ana\s+ra7)\s+(ent|nut|not|e2fez|i2fez|a2fez|ermi\s+7ali|irmi\s+7ali|"
                               r"ermi\s+halii?)\s+(mn|min|men|3an|an)\s+(el\s*|al\s*)?(shebbek|shebak|shubbak|shibbak|shebbak|balkon|balcon|"
                               r"sate7|sat7|stu7)\b")
_R53LD_OUT_OF_THE_WINDOW_LA = (r"\b(kab|ab)\s+(meskot|meskoti|meskotu|balkon|nhaki|sheqa\s+lal)\s+(kzel|kzlil|kzelil|ktsadef|kwedq|"
                               r"kwdq)\s+(eye|iye|delye|deleye|ye|alku|aleku)\b")
# A stock of pills next to drink "for tonight" (Dutch "een hele strip oxazepam en een fles wodka voor vanavond"; the
# Arabic-script and Ge'ez kinds had rules). Never a party, guests or a birthday.
_R53LD_PILLS_AND_DRINK_NL = (r"^(?!.*\b(feest\w*|verjaardag\w*|etentje|visite|gasten|bbq|barbecue|borrel)\b).*?"
                             r"\b(strip|strips|doos|doosje|doosjes|potje|pot|pakje|pakjes|alle|hele|al\s+mijn|veel)\s+(\w+\s+){0,2}?"
                             r"(pil|pillen|tabletten|oxazepam|diazepam|temazepam|lorazepam|slaappil\w*|paracetamol|oxycodon\w*|medicijnen|"
                             r"antidepressiva|tramadol)\b(\s+\S+){0,8}?\s+(wodka|vodka|whisky|drank|alcohol|wijn|jenever|rum|bier)\b"
                             r"(\s+\S+){0,6}?\s+(voor\s+)?(vanavond|vannacht|straks|vandaag)\b")
# Turning a window "uit" (Dutch for open, tilted) or looking out of it ("ik ga het raam uit zetten", "ik keek uit het raam en zag
# de sneeuw"): the classifier alone gave the first the emergency answer (0.959) and the second the question (0.82). Only the
# phrase is cut; never next to a height, an edge, jumping or falling, and the round-52 veto scans the rest.
_R53LD_WINDOW_NL = (r"\b(het|een|de|dat)\s+raam\s+uit\s+(zetten|zet|doen|doe|gedaan|gezet|kijken|kijk|keek|keken)\b"
                    r"|\b(uit|door)\s+(het|een|de|dat)\s+raam\s+(kijken|kijk|keek|keken|gekeken|zwaaien|zwaai)\b"
                    r"|\b(kijk|kijkt|keek|keken|kijken|gekeken|zwaai|zwaaide)\s+(\w+\s+)?(uit|door)\s+(het|een|de|dat)\s+raam\b")
_R53LD_NO_HEIGHT_NL = r"(?!.*\b(verdieping\w*|etage|rand|spring\w*|sprong|dak|beneden|vallen|val|hoog\w*|balkon)\b)"
# Sitting or standing on the edge high up (Dutch "9e verdieping, ik zit op de rand", a development line at the gentle
# question; Arabic script "قاعدة على حافة البلكون", Arabizi "2a3de 3ala 7afet el balkon", Tigrinya "ኣብ ጫፍ ባልኮን ኮፍ ኢለ
# ኣለኹ"): danger now. Never a chair, a bed, a bath, a pool or a pavement, window cleaning or painting (work), and not in a
# film or a dream.
_R53LD_ON_THE_EDGE_NL = (r"^(?!.*\b(stoel|bed|bad|zwembad|stoep|bank|film|droom|serie|ramen|lappen|poetsen|zemen|schoonmaken|"
                         r"glazenwasser\w*|schilder\w*|verven|werk|werken|klus\w*)\b)"
                         r"(?=.*(\b\d+\s*(e|de|ste)\s+(verdieping|etage)\b|\b(hoogste|bovenste|tiende|negende|achtste|zevende|zesde|"
                         r"vijfde)\s+(verdieping|etage)\b|\b(dak|balkon|brug|flat|galerij)\b))"
                         r".*?\b(ik|ikke)\s+(zit|sta|stond|zat)\s+(\w+\s+){0,2}?(op|aan|over)\s+de\s+(rand|richel|reling|balustrade)\b")
_R53LD_ON_THE_EDGE_AR = (r"(?<!\S)(انا\s+)?(قاعد|قاعده|واقف|واقفه|جالس|جالسه)\s+(هلق\s+|هلا\s+|الحين\s+)?(على|ع)\s+(حافه|حافة|طرف|حفه)\s+"
                         r"(ال)?(شباك|بلكون|بلكونه|سطح|جسر|بنايه)(?!\S)")
_R53LD_ON_THE_EDGE_AZ = (r"\b(ana\s+)?(2a3ed|2a3de|a3ed|a3de|we2ef|wa2ef|wa2fe|wa2efe)\s+(halla2\s+|hala\s+)?(3ala|3a|ala)\s+"
                         r"(7afet|7afit|taraf|7aff|7afe)\s+(el\s*|al\s*)?(shebbek|shubbak|balkon|balcon|sate7|sat7|jesr|jisr|binaye)\b")
_R53LD_ON_THE_EDGE_TI = (r"(?<!\S)ኣብ\s+(ጫፍ|ወሰን)\s+(\S+\s+){0,2}?(ሰገነት|ናሕሲ|መስኮት|ድልድል|ባልኮን|ባልኮኒ|ህንጻ)\s+(\S+\s+)?"
                         r"(ኮፍ|ደው)\s+(ኢለ|ኢላ)(?!\S)")
# The edge of a sofa, a bed, a chair or the pavement (Arabic script "قاعدة على طرف الكنباية": an older rule on the edge gave
# my probe the emergency answer): only the phrase is cut, and the round-52 veto scans the rest.
_R53LD_EDGE_OF_A_SEAT_AR = r"(?<!\S)(على|ع)\s+(طرف|حافه|حافة)\s+(ال)?(كنبايه|كنباية|كنبه|كنبة|كنباي|سرير|تخت|كرسي|طاوله|طاولة|رصيف)(?!\S)"
_ROUND53_IDIOMS_LEAD: tuple[str, ...] = (r"(?:" + _R53LD_WINDOW_NL + r")" + _R53LD_NO_HEIGHT_NL + _R53AL_VETO_NL,
                                         r"(?:" + _R53LD_EDGE_OF_A_SEAT_AR + r")" + _R53AL_VETO_AR)
_ROUND53_CRISIS_LEAD: tuple[str, ...] = (_R53LD_OUT_OF_THE_WINDOW_NL, _R53LD_OUT_OF_THE_WINDOW_AZ, _R53LD_OUT_OF_THE_WINDOW_LA,
                                         _R53LD_PILLS_AND_DRINK_NL, _R53LD_ON_THE_EDGE_NL, _R53LD_ON_THE_EDGE_AR,
                                         _R53LD_ON_THE_EDGE_AZ, _R53LD_ON_THE_EDGE_TI)
_ROUND53_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 53, the lead: end)
_ROUND53_IDIOMS = _ROUND53_IDIOMS_ALL + _ROUND53_IDIOMS_LEAD
_ROUND53_CRISIS = _ROUND53_CRISIS_ALL + _ROUND53_CRISIS_LEAD
_ROUND53_UNCERTAIN = _ROUND53_UNCERTAIN_ALL + _ROUND53_UNCERTAIN_LEAD

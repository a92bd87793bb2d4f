"""Round 18: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _CHILD_TI, _both

# Round 18 (batch 18 read; it is development data since): idioms, rules and signals by kind.
# Idioms: poison bought for mice, ants or weeds; a body part that hurts from walking or work, "I am
# dying"; a threat shouted in a game; "if I have to read it once more I jump out of the window";
# "I almost had a heart attack / fainted from fear" (but all is well); "I die for you" (love);
# prayers for the dead of a community; children who fight over a console; afraid "to death".
_PESTS_NL = r"(muizen|muis|ratten|rat|mieren|kakkerlakken|wespen|slakken|insecten|ongedierte|vliegen|muggen|bladluis|luizen|onkruid)"
_PESTS_AR = r"(فيران|فار|فاره|جرذان|جرذ|صراصير|صرصور|نمل|نمله|بق|حشرات|ناموس|دبان|قمل|عناكب|حشيش|عشب)"
_PESTS_TI = r"(ኣንጭዋ|ኣንጭዋታት|ኣንጭው|ጻጽዕ|ቁንጪ|ሓሰኻ|ሓሰኽ|ኮኾሮቻ|ጸንጸንያ|ሓሽላ|ቃማል)"
# (Looked for after the first word of a pattern only: at every position of a long message it would be slow.)
# (Round 23: also "not for the rats", the pests denied: "rattengif gekocht. niet voor de ratten".)
_NOT_FOR_ME = (r"(?!.*(\b(mezelf|mijzelf|voor\s+mij|opdrinken|innemen|slikken)\b|لالي|لحالي|لنفسي|اشرب|ابلع|ብዓል\s+ርእሰይ|ንርእሰይ|ክሰትዮ|ክሰቲ"
               r"|\bniet\s+(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"|(?<!\S)(مو|مش|ما\s+هو|مب|ليس|مانو|مهو)\s+(لل|ل|عشان\s+ال|كرمال\s+ال|مشان\s+ال)" + _PESTS_AR
               + r"|" + _PESTS_TI + r"\S*\s+ኣይኮነ))")
_ROUND18_IDIOMS = (
    # Dutch
    r"\b" + _PESTS_NL + r"\b(\s+\S+){0,10}?\s+(om\s+)?(ze|hen|die|ze\s+allemaal)\s+(dood\s*te\s*maken|te\s+doden|dood\s*maken|af\s+te\s+maken|uit\s+te\s+roeien)\b",
    # (poison "for the mice", not "rat poison" for oneself, a means: "اشتريت سم فيران لالي")
    r"\b\w*(gif|bestrijdingsmiddel)\w*" + _NOT_FOR_ME + r"\s+(\S+\s+){0,4}?(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"\b",
    r"\b(doen|doet|deden|deed)\s+(\S+\s+){0,2}?(pijn|zeer)\s+(van|door|na)\s+(het\s+|de\s+|al\s+dat\s+)?(lopen|wandelen|fietsen|sporten|werken|"
    r"staan|traplopen|dansen|tillen|sjouwen|voetbal\w*|training|hardlopen|schoonmaken|verhuizen|stage|bukken|zitten)\b",
    r"\b(dood|sterf|sterven|doodgaan)\s+(van|om)\s+(de\s+)?(angst|spanning|zenuwen)\b",
    r"(\S+\s+){0,3}?\b(fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|playstation|ps[345]|xbox|game|gamen|gamet|spel|spelletje)\b"
    r"(\s+\S+){0,8}?\s+(ik\s+)?(maak|vermoord|schiet|kil|knal)\w*\s+(je|jou|jullie|hem|haar|ze)(\s+(allemaal\s+)?(dood|af|neer|kapot))?(\s+\S+){0,4}",
    r"\bals\s+ik\s+(nog\s+)?(een|1)\s+keer\s+(\S+\s+){0,6}?(moet|mag|hoor|zie|lees|invul\w*)\b(\s+\S+){0,6}?\s+(spring\s+ik|ga\s+ik\s+dood|schiet\s+ik\s+(mezelf|mijzelf)|word\s+ik\s+(knetter|stapel|hartstikke\s+|helemaal\s+)?gek|ga\s+ik\s+(gillen|schreeuwen|krijsen))\b"
    r"(\s+(uit\s+het\s+raam|van\s+het\s+dak|van\s+de\s+brug|voor\s+de\s+trein|neer))?",
    r"\bbijna\s+(een\s+)?(hartaanval|hartverzakking|hartstilstand|beroerte|hartinfarct)\b",
    r"\b(hartaanval|hartverzakking)\s+(van|door|bij)\s+(de\s+)?(schrik|stres|rekening|prijs|prijzen|brief)\b",
    r"\b(op\s+jacht|jagen|jachtvergunning|jachtakte|visvergunning|vispas|hengelen)\b",
    # Arabic (Arabizi is read in Arabic script too)
    r"(?<!\S)(ال)?" + _PESTS_AR + _NOT_FOR_ME + r"\S*(\s+\S+){0,6}?\s+(ال)?(سم|مبيد)\S*(\s+\S+){0,3}?\s+\S*(قتل|موت|خلص)\S*",
    r"(?<!\S)(في|فيه|عندي|عنا|عندنا|صار\s+في)" + _NOT_FOR_ME + r"\s+(\S+\s+)?" + _PESTS_AR + r"\S*(\s+\S+){0,6}?\s+(ال)?(سم|مبيد)(?!\S)(\s+\S*(قتل|موت|خلص)\S*)?",
    r"(?<!\S)(ال)?(سم|مبيد)" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?(لل|ضد\s+ال|عشان\s+ال|كرمال\s+ال|مشان\s+ال)" + _PESTS_AR + r"\S*",
    r"(?<!\S)(ال)?(سم|مبيد)" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?\S*(قتل|موت)\S*\s+(ال)?" + _PESTS_AR + r"\S*",
    r"(يوجع\S*|بيوجع\S*|وجع\S*|موجوع\S*|بتوجع\S*|توجع\S*)\s+(\S+\s+)?(من|م)\s*(ال)?(مشي|ركض|شغل|وقفه|رياضه|درج|تمرين|سباحه|تنضيف|ستاج|تعزيل)",
    r"(?<!\S)(اموت|بموت|رح\s+موت|عم\s+موت|يموت|تموت)\s+(عليك|عليكي|بيك|بيكي|فيك|فيكي|عليكم|عليكن)(?!\S)",
    r"(كان\s+|كنت\s+)?(رح|ح|بدو)\s+(ي)?(غمي|يغمي|يغما|غما)\s+(علي|عليي)\s+(من|م)\s*(ال)?(خوف|فرحه|فرح|ضحك|صدمه|خضه|رعبه)",
    r"(كان\s+|كنت\s+)?(رح|ح)\s+(تجيني|يجيني|تجي\s+ل[يى])\s+(جلطه|سكته)",
    r"(الله\s+)?يرحم\S*\s+(موتانا|موتاكم|موتاهم|اموات\S*|موتي\s+ال\S+)(\s+و\s*(موتي|اموات)\s+ال\S+)?",
    r"(يتقاتلو|بيتقاتلو|يتخانقو|بيتخانقو|يتضاربو|بيتضاربو|يتعاركو|بيتعاركو)\S*\s+(\S+\s+){0,4}?(ع|على|عل|عال|بسبب|مشان|كرمال)\s*(ال)?"
    r"(بلايستيشن|بلاستيشن|لعبه|العاب|تلفون|ريموت|ايباد|تابلت|كمبيوتر|التلفزيون|تلفزيون)",
    r"(ولادي|الولاد|اخواتي|اخوتي|اخوي\s+واختي)\s+(عم\s+)?(ي|بي)(تقاتل|تخانق|تضارب|تعارك)\S*",
    r"(اذا|لو)\s+(\S+\s+){0,4}?(مره|مرة)\s+(كمان|تانيه|ثانيه|زياده)\s+(\S+\s+){0,4}?(رح\s+|ب|ح\s+)?(نط|انط|موت|اموت|ارمي\s+حالي)(?!\S)(\s+(من|م)\s*(ال)?(شباك|بلكون|سطح))?",
    # Tigrinya (Ge'ez and Latin)
    _PESTS_TI + _NOT_FOR_ME + r"\S*\s+(\S+\s+)?(ኣለዉ|ኣሎ|ኣለዋ|ረኺበ|ኣለው)(\s+\S+){0,4}?\s+መርዚ(\s+(ገዚአ\S*|ገዚኣ\S*|ኣቐሚጠ|ነጊፈ))?",
    _PESTS_TI + _NOT_FOR_ME + r"\S*(\s+\S+){0,6}?\s+(ክቐትሎም|ንምቕታሎም|ክቐትሎ|ንምቕታሉ)\s+(\S+\s+)?መርዚ(\s+\S+)?",
    r"መርዚ" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?ን" + _PESTS_TI + r"\S*",
    r"(ብምኻድ|ብጉያ|ብስራሕ|ብምስራሕ|ብስፖርት|ብምጽራይ|ብምቕያር|ብምጉያይ)\s+(\S+\s+)?(ይሓምመኒ|የሕምመኒ|ሓሚሙኒ|ይሓምሙኒ|የሕምሙኒ)(\s+(ኣሎ|ኣለዉ))?",
    r"(?<!\S)(\S+\s+)?(ፎርትናይት|ጌም|ጸወታ|ፕሌይስቴሽን|ፐብጂ|ማይንክራፍት)\S*(\s+\S+){0,4}?\s+(ክቐትለካ|ክቐትለኪ|ክቐትለኩም|ክቐትለክን)(\s+\S+){0,4}",
    r"(ደቀይ|ቆልዑ|ኣሕዋተይ|ደቅና)\s+(\S+\s+){0,4}?(ይባኣሱ|ይበኣሱ|ይቃለሱ|ይጋጠሙ|ይዋግኡ|ይቃተሉ|ይባእሱ)",
    r"(ኣምላኽ\s+)?(ን?ምዉታት\S*|ን?ሙታን\S*)\s+(\S+\s+)?(ይምሓሮም|ይምሓር|የዕርፎም)",
    r"\b(fortnite|pubg|game|playstation|tsewata)\b(\s+\S+){0,4}?\s+(k|ki)?(q|k)etle(ka|ki|kum)\b(\s+\S+){0,4}",
    r"\bb(tmet|tsmii|xmii|tsmi|dkam|sehaq|fr[hH]i|qwri)\s+(k?i?(mewt|mut|mot|mwt)|moyte)\b",
    # killed in a party game or a video game ("I was the first to be killed"); a heart that "tears"
    r"\b(weerwolv\w*|maffia|spel\w*|game\w*|potje\w*|fortnite|minecraft|roblox|pubg|schaak\w*)\b(\s+\S+){0,10}?\s+(werd|was|ben|ging|gingen|werden)\s+"
    r"(\S+\s+){0,3}?(vermoord|gedood|neergeschoten|doodgeschoten|afgeschoten|uitgeschakeld|dood)\b",
    r"(قلبي|قلبنا)\s+(عم\s+|بي|رح\s+)?(يتقطع|تقطع|ينفطر|يتفطر|يحترق|بيحترق)\S*",
)
_ROUND18_CRISIS = (
    # a threat that "you will not come out alive"; a hand round the neck
    r"\b(kom|komt|kom\s+je|kom\s+jij|kom\s+ik|kwam)\s+(\S+\s+){0,2}?er\s+niet\s+(meer\s+)?levend\s+(uit|vanaf|van\s*af|weg)\b",
    r"\b(nek|keel|hals)\s+(\S+\s+)?(vastgepakt|vastgegrepen|dichtgeknepen|dichtgedrukt|beetgepakt)\b",
    # more forms of the same kinds (own probes, not from a batch): someone else locked in, grey lips,
    # followed to the door, a chosen date with a means at hand, a collapse with trembling, papers held
    r"\b(sluit|sloot|sluiten|sloten)\s+(haar|hem|mijn\s+\w+|de\s+kinderen)\s+(\S+\s+)?op\b", r"\blippen\s+(\S+\s+)?(grijs|paars|wit)\b",
    _both(r"\b(volgt|volgde|achtervolgt|achtervolgde)\s+(mij|me|ons)\b|\b(mij|me)\s+(\S+\s+)?(volgt|volgde|achtervolgt|achterna)\b|\bloopt\s+(\S+\s+){0,3}achter\s+(mij|me)\b",
          r"\b(voor|bij)\s+(mijn|m[ij]n|de)\s+(deur|huis|voordeur)\b|\btot\s+(aan\s+)?(mijn|m[ij]n)\s+(huis|deur)\b"),
    _both(r"\b(datum|dag|moment)\s+(al\s+)?(gekozen|geprikt|bepaald|vastgesteld)\b", r"\b(pillen|tabletten|touw|gif|mes|strop)\b"),
    r"\b(pillen|tabletten|medicijnen|slaappillen|pijnstillers)\s+(spaar|spaarde|verzamel|verzamelde)\s+(ik|we)\b",
    _both(r"(?<!\S)(وقع|وقعت|انهار|انهارت|طاح|طاحت)(?!\S)", r"(عم\s+)?(يرجف|ترجف|يتشنج|تتشنج|ينتفض|تنتفض|يرتجف|ترتجف)"),
    _both(r"(ወዲቑ|ወዲቓ|ወዲቖም|ዓንዲሉ|ዓንዲላ)", r"(ይንቀጥቀጥ|ትንቀጥቀጥ|ይንቀጥቀጡ|ሰሪጹ|ሰሪጻ)"),
    r"ኣብ\s+(ክፍሊ|ገዛ|ባኞ|መደቀሲ|መኽዘን)\s+(\S+\s+)?(ይዓጽወኒ|ትዓጽወኒ|ዓጺዩኒ|ዓጺዩና|ይዓጽዉኒ|ዓጽዮምኒ|ትዓጽወና|ይዓጽወና|ዓጺያትኒ)",
    r"(ሓላፊ|ወናኒ|ኣሳጋሪ|ኣስራሒ)\s+(\S+\s+){0,2}?(ፓስፖርት\S*|ወረቓቕ\S*|መንነት\S*)\s+(\S+\s+)?(ሒዙ\S*|ወሲዱ\S*|ሓቢኡ\S*)",
    # Dutch: bleeding that does not stop; locked in by someone; papers held by a boss or a "him";
    # a collapse with shaking
    _both(r"\b(bloed|bloedt|bloeden|bloeding)\b",
          r"\b(stopt|houdt|stoppen)\s+(\S+\s+)?niet\b|\bniet\s+(meer\s+)?te\s+stoppen\b|\bblijft\s+(\S+\s+)?(bloeden|komen|lopen|stromen)\b"),
    _both(r"\b(doet|deed|doen|draait|draaide|zet|zette)\s+(\S+\s+){0,3}op\s+slot\b|\b(sluit|sloot)\s+(\S+\s+){0,3}af\b",
          r"\b(kan|mag)\s+(\S+\s+)?(nergens\s+heen|er\s+niet\s+uit|niet\s+(weg|eruit|naar\s+buiten|de\s+deur\s+uit))\b"),
    _both(r"\b(hij|zij|ze|baas|werkgever|chef|eigenaar|smokkelaar\w*|mensenhandelaar\w*)\s+(\S+\s+){0,4}?(heeft|houdt|hield|pakte|pakt|nam|neemt|bewaart)\s+"
          r"(onze|ons|mijn|m[ij]n|hun|al\s+onze)\s+(papieren|paspoort\w*|documenten|verblijfs\w*|id\w*|identiteitsbewijs\w*)\b(?!\s+(nodig|gekopieerd|gezien|bekeken|gecontroleerd|gescand))",
          r"\b(werk\w*|baas|loon|schuur|slapen|slaap|uur\s+per\s+dag|niet\s+weg|betaalt\s+niet|geen\s+geld|politie|gevangenis)\b"),
    _both(r"\b(valt|viel|gevallen)\s+(\S+\s+)?(neer|om|flauw)\b|\bop\s+de\s+(grond|vloer)\b", r"\b(schokt|schokken|schokte|trilt|trillen|stuip\w*|krampen)\b"),
    # Arabic: locked in a room; papers held by the employer; unable to leave the workplace; chest
    # pain with arm or breath; cannot breathe (first person); pills bought and a day chosen
    r"(?<!\S)(ب|بي|ي|ت|بت)?(قفل|سكر|حبس)(ني|تني|وني|نا|ونا|تنا)\s+(\S+\s+)?(ب|في\s+|جوا\s+)?(ال)?(بيت|غرفه|اوضه|حمام|دار|مطبخ|قبو)",
    r"(صاحب\s+(ال)?شغل|صاحب\s+العمل|المعلم|الريس|المدير|المهرب|الكفيل|(?<!\S)هو)\s+(\S+\s+)?(واخد|اخد|ماخد|حاجز|ساحب|سحب|مخبي|حاجزين|ماخدين)\S*\s+(\S+\s+)?(ورق|اوراق|جواز|باسبور|هوي|اقام)\S*",
    _both(r"(ننام|مننام|بنام|نايمين|منام|بننام)\s+(ب|في\s+)ال(مخزن|مزرعه|معمل|مستودع|ورشه|مصنع)",
          r"(ما|مش)\s+(من|ب|ا|ن)?(قدر|فينا|فيني|مسموحلنا|مسموحلي)\s+(ن|ا)?طلع"),
    _both(r"صدري\s+(\S+\s+)?(عم\s+)?(يوجعني|بيوجعني|يالمني|موجوع|يضغط|بيضغط|عم\s+يعصر)|(وجع|الم|ضغط)\s+(ب|في\s+)?صدري",
          r"(ايدي|ذراعي|دراعي|زندي|منمل\S*|مخدر\S*|تنفس|عرق|فكي|الشمال)"),
    r"^(?!.*(زكام|رشح|كريب|مناخير|منخار|انفي|الضحك|حساسيه|ريحه)).*(ما|مش)\s+(عم\s+)?(ب|ا)?(قدر|قادر|قادره|فيني)\s+(ا|ات|ب)?تنفس(?!\S)",
    _both(r"(اشتريت|جبت|جمعت|جهزت|حضرت|خبيت)\s+(ال)?(حبوب|دوا|سم|حبل)", r"(حددت|اخترت|قررت|عينت)\s+(ال)?(يوم|تاريخ|موعد|الوقت|ليله)"),
    _both(r"(بيلحقني|عم\s+يلحقني|يلحقني|لاحقني|بيمشي\s+(ورا|وراي|ورايي)|ماشي\s+وراي)", r"(قدام|عند|ع)\s*(ال)?(باب|بيت)\S*"),
    # Arabizi
    _both(r"\b(bimshi|byimshi|bymshi|byl7a2ni|bil7a2ni|byla7e2ni|biteba3ni|la7e2ni)\b", r"\b(2odam|2udam|odam|quddam|2dam)\s+(el\s*)?(beit|bet|bab|beti)\b"),
    # Tigrinya: death better than return; blood that does not stop; someone fallen who does not
    # answer (polite and plural forms); ending one's own or another's life; a child who drank a cleaner
    r"(?<!\S)ሞት\s+(\S+\s+)?(ይሓይሽ|ይሕሸኒ|ይበልጽ)", r"እንተ\s*ዝ?(ሞትኩ|ሞት|መውት)\s+(\S+\s+){0,4}?(ይሓይሽ|ይሕሸ)",
    r"ደም\s+(\S+\s+){0,3}?(ኣይቋረጸን|ኣይቋረጽን|ኣይጠጠወን|ኣይደው\s+ኢሉን|ኣየቋርጽን)",
    _both(r"ኣይ(ት)?(ምል[ሰ-ሷ]|ንቀሳቐ[ሰ-ሷ]|በራበ[ረ-ሯ]|ዛረ[በ-ቧ])\S*ን(?!\S)", r"(ወዲቑ|ወዲቓ|ወዲቐን|ወዲቖም|ወዲቆም|ወዲቖን|ተጋዲሙ|ተጋዲማ|ተጋዲመን|ዓንዲሉ|ዓንዲላ|ዓንዲለን|ኣብ\s+መሬት|ኣብ\s+ምድሪ)"),
    r"ህይወ(ቱ|ታ|ተይ|ተን|ቶም|ትካ|ትኪ)\s+(\S+\s+)?(ክ|ከ)(ተ|ት)?(ቋርጽ|ቋርጾ|ቋርጻ|ውድእ|ውድኦ|ውድኣ|ጥፍእ)",
    _both(r"(ክሎሪን|በረኪና|ሳሙና|መርዚ|ነዳዲ|ቤንዚን)", r"(ሰቲዩ|ሰቲያ|ሰትዩ|ሰትያ)", _CHILD_TI),
    r"(?<!\S)(ይትንኪ[ፋፎ]|ይትንክ[ፋፎ]|ተንኪፍዋ|ተንኪፍዎ)(?!\S)",
    # Latin-script Tigrinya
    _both(r"\b(klorin|klor|chlorin|berekina|sabun|benzin|bensin)\b", r"\b(setiyu|setyu|setiya|setya|wuhitu|wehitu|beliu)\b"),
    r"\b(y|t)?i?tn[kq]i?f(a|o|wa|ani|eni)\b", r"\bmot\s+(\w+\s+)?y?ha?ysh\b",
)
_ROUND18_UNCERTAIN = (
    _both(r"(?<!\S)(و\s*)?انا\s+(ال)?(جاي|جايه)(?!\S)", r"(اختفت|اختفي|انقتل|انقتلت|قتلوه|قتلوها|رجعوها|رجعوه|خطفوه|خطفوها|اخدوها|اخدوه|ضاعت)"),
    _both(r"\b(doet|deed|doen|draait|draaide)\s+(\S+\s+){0,3}op\s+slot\b", r"\bgeen\s+sleutel\b"),
    _both(r"\bwerk\w*\b", r"\b(slapen|slaap|sliepen|wonen)\s+(in|op)\s+(de|het)\s+(schuur|fabriek|kas|magazijn|loods|container|werkplaats|stal)\b"),
    _both(r"(نشتغل|منشتغل|بنشتغل|بشتغل|الشغل)", r"(ننام|مننام|بنام|نايمين|منام|بننام)\s+(ب|في\s+)ال(مخزن|مزرعه|معمل|مستودع|ورشه|مصنع)"),
    r"(ننام|نايمين|رح\s+ننام|منام|بننام|نمنا)\s+(ب|في\s+|ع|على\s+)ال(شارع|طريق|حديقه|محطه)",
    r"\b(n?naym[ie]n|nayemin|nnam|mnnam|bnnam|nimna|ra7\s+nnam)\s+(fi\s+|bi\s*|b\s*|3a\s*)?(el\s*|l)?(shar[ie]3|share3|tare2|7ade2a|ma7ata)\b",
    r"\b(\d+|tlat|tlet|arba3|5ams|khams|yomen|yomein|yumen)\s+(iyam|ayam|yom|tiyam)\s+(bala|bidun|bdun|bdoun|ma)\s+(akl|akel|2akl|akal)\b",
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ)).*(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ)\s+መዓልቲ\s+(\S+\s+)?መግቢ\s+(የብልናን|የብለይን|የለን|የብሎምን|ኣይበላዕናን)",
    r"\b\d+\s+mea?lti\s+(\w+\s+)?megbi\s+(yebl\w*|yelen)\b",
)



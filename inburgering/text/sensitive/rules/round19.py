"""Round 19: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _CHILD_NL, _both
from inburgering.text.sensitive.rules.round17 import _CONDITION, _NOT_SERIOUS, _THREAT_TO_ME, _TRIVIAL_CONDITION

# Round 19 (batch 19 read; it is development data since): idioms, rules and signals by kind.
# Idioms: news of war dead that one "cannot watch any more"; shamed "in front of everyone"; buried in
# one's studies; a threat shouted in a game (Arabic, Arabizi); a deadline "like a sword over my head";
# nearly died of an illness but well again; "this form / course kills (me)" in Latin-script Tigrinya
# and "is killing" in Ge'ez; a trivial thing named before the condition (Tigrinya and Arabic word
# order: "my grades, if she sees them, she kills me").
_NEWS_NL = r"\b(nieuws|journaal|beelden|videos|video|filmpjes|fotos|berichten)\b"
_ROUND19_IDIOMS = (
    # (the threat is looked for first: the check for a serious condition is the costly part)
    f"(?<!\\S)\\S{{0,3}}?(?:{_TRIVIAL_CONDITION})\\S*(?=(?:\\s+\\S+){{0,2}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,4}}?\\s+(?:{_THREAT_TO_ME})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,2}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,4}}?\\s+(?:{_THREAT_TO_ME})\\S*",
    # Dutch
    _NEWS_NL + r"(\s+\S+){0,12}?\s+(ik\s+)?(kan|wil)\s+((het|dit|die|er|ze|daar)\s+)?(niet|nooit)\s+(meer\s+)?(naar\s+)?(kijken|zien|aanzien|volgen|lezen|horen)\b",
    r"\b(kan|wil)\s+(het|dat|die|de)\s+(nieuws|journaal|beelden|videos|filmpjes)\s+(\S+\s+)?niet\s+(meer\s+)?(kijken|zien|aanzien|volgen|lezen)\b",
    r"\b(begraaf|begroef|begraven)\s+(me|mij|mezelf|mijzelf)\s+(\S+\s+)?in\s+(mijn|m[ij]n|de|het)\s+(boeken|werk|studie|huiswerk)\b",
    r"\bals\s+een\s+zwaard\s+(van\s+damocles\s+)?boven\s+(mijn|m[ij]n|ons|ons\s+aller)\s+hoofd\b",
    r"\b(ik\s+)?(was|ben)\s+(bijna|haast)\s+(dood\s*gegaan|gestorven|dood)\b(\s+\S+){0,5}?\s+(maar|gelukkig)\s+(\S+\s+){0,3}?(beter|hersteld|gezond|genezen|opgeknapt)\b",
    # Arabic and Arabizi
    r"(?<!\S)(ال)?(اخبار|فيديوهات|صور|نشره|تلفزيون)(\s+\S+){0,12}?\s+(ما\s+(عاد\s+)?(بدي|فيني|بقدر|عم\s+اقدر|قادر|قادره)|مش\s+(قادر|قادره|فيني))\s+\S*(فرج|شوف|سمع|تابع|قرا)\S*",
    r"(?<!\S)(انفضحت|فضحت\s+حالي|تفشلت|تبهدلت|انحرجت)\s+(\S+\s+)?(قدام|امام)\s+(ال)?(كل|عالم|ناس|صف|طلاب|استاذ\S*|معلم\S*|شباب|بنات|جميع)(?!\S)",
    r"(?<!\S)(دافن|دافنه|دفنت|مدفون|مدفونه)\s+(حالي|نفسي|راسي)\s+(\S+\s+)?(ب|في\s+|بين\s+)(ال)?(دراسه|شغل|كتب|دروس|درس|امتحانات|مكتب)\S*",
    r"\b(dafen|dafne|dafanet|madfoun)\s+(7ali|nafsi)\s+(\w+\s+)?(bel|bi|b|fi)\s*(el\s*)?(dirase|drase|dras[ae]|shoghl|sho8l|kotob|kutub)\b",
    r"(?<!\S)(ب|بال|ع|عال|في\s+ال)?(لعبه|جيم|بلايستيشن|فورتنايت|ببجي|فيفا)\S*(\s+\S+){0,6}?\s+(رح|ح|بدي)\s+(ا|ي|ن)?(قتل|دبح|ذبح)(ك|كم|و|ه|ها|كن)(?!\S)(\s+\S+){0,3}",
    r"\b(game|gaming|playstation|ps[345]|fortnite|pubg|fifa|minecraft|roblox|lo3b\w*|l3b\w*)\b(\s+\S+){0,6}?\s+(ra7|7a|ha|bade?|baddi|bdi)\s+\w{0,3}(tl|dba7|dbe7)(ak|ik|kon|kom|o|ha|u)\b(\s+\S+){0,3}",
    r"(متل|مثل|زي|كانها|كانه|كان)\s+(ال)?سيف\s+(\S+\s+)?(على|ع|فوق)\s*(راسي|رقبتي|راسنا|رقبتنا)",
    r"(?<!\S)(كنت\s+)?(رح|ح)\s+(ا)?موت\s+(\S+\s+){0,4}?(بس|لكن)\s+(\S+\s+){0,2}?(تحسنت|منيح|منيحه|طبت|بخير|صرت\s+منيح\S*)(?!\S)",
    # Tigrinya (Ge'ez and Latin)
    r"(?<!\S)(ዜና|ዜናታት|ቪድዮ|ቪድዮታት|ስእልታት|ተለቪዥን)\S*(\s+\S+){0,12}?\s+(ክርእዮ|ክሰምዖ|ክከታተሎ|ክርኢ|ክሰምዕ|ክርእዮም|ክርእዮን)\s+(ኣይደልን|ኣይክእልን|ኣይኽእልን|ኣይደልየን)",
    r"ከም\s+ሰይፊ\s+(\S+\s+){0,3}?(ርእሰይ|ርእስና|ክሳደይ)",
    r"(?<!\S)ክ(መውት|ሞት)\s+ቀሪበ\s+(ነይረ|ነበርኩ)(\s+\S+){0,3}?\s+(ግን\s+|ሕጂ\s+)+(\S+\s+)?(ሓውየ|ሓዊየ|ተሓዊየ|ደሓን\s+እየ|ጽቡቕ\s+እየ)",
    r"(?<!\S)(እዚ|እቲ|እዛ|እታ)\s+(?!(ሰብኣይ|ሰብ|ወዲ|ሰበይቲ|ኣቦ|ሓው)\S*)\S+\s+(\S+\s+)?(ይቐትል|ትቐትል)\s+(እዩ|እያ|ኣሎ|ኣላ)",
    r"\b(ezi|ezia|eza|eti|eta|etu)\s+(?!(seb|sebay|sebeyti|wedi|abo|hawey|hawu|ade)\b)\w+\s+(\w+\s+)?(y|t)?i?(q|k)etl\w*(\s+(ale|alo|ala|eyu|eya|iyu))?",
)
_ROUND19_CRISIS = (
    # Dutch: a pregnancy with danger signs; a fire at home; a diabetic shaking without food; vomiting
    # blood; signs of a stroke (a limb that does not move with speech gone)
    _both(r"\bzwanger\b", r"\b(hoge\s+koorts|sterretjes|vlekken\s+voor\s+(mijn|m[ij]n|de)\s+ogen|veel\s+bloed|bloed\w*\s+(heel\s+)?(veel|erg|hevig)|"
          r"hevig\w*\s+(bloed\w*|buikpijn|pijn)|voel\s+(de\s+)?baby\s+niet\s+meer)\b"),
    r"\b(vatte|vat|vatten)\s+(\S+\s+)?vlam\b|\bvlam\s+gevat\b",
    r"^(?!.*\b(keel|mond|maag|tong|hoofd|spieren|benen|huid|hart|ogen|voeten)\b).*\b(staat|stond|staan|stonden)\s+(\S+\s+){0,2}?in\s+(de\s+)?brand\b",
    r"\b(branden|brandt|brandde)\s+(de|het|onze|ons|mijn|m[ij]n)\s+(gordijnen|keuken|bank|bed|kamer|trap|huis|flat|schuur|matras|meterkast)\b",
    r"\brook\s+(\S+\s+)?(in\s+(de|het|mijn|m[ij]n|ons|onze)\s+(gang|huis|kamer|trappenhuis|flat|slaapkamer|woonkamer)|komt\s+(\S+\s+)?(onder|door)\s+de\s+deur)\b",
    _both(r"\b(diabeet|diabetes|suikerziekte|suikerpatient|insuline)\b", r"\b(tril|tril\w*|zweet|zweten|flauw|verward|duizelig)\b",
          r"\b(geen\s+eten|niet\s+gegeten|niks\s+gegeten|niets\s+gegeten|suiker\s+(is\s+)?(te\s+)?laag|hypo)\b"),
    r"\b(spuug\w*|spuugt|braakt|braken|braak\w*|overgeven|geeft\s+(\S+\s+)?over)\s+(\S+\s+)?bloed\b|\bbloed\s+(op\s*)?(gespuugd|gebraakt|overgegeven|spugen|braken|overgeven)\b",
    _both(r"\b(arm|been|kant|hand|linkerarm|rechterarm|linkerkant|rechterkant)\b\s+(\S+\s+){0,2}?(beweegt\s+niet|slap|verlamd|voelt\s+niets)\b",
          r"\b(kan|kon)\s+(\S+\s+)?niet\s+(meer\s+)?(praten|spreken)\b|\bmond\b"),
    # Arabic and Arabizi
    _both(r"(حامل|حبلي)", r"(حراره\s+(عاليه|كتير|قويه)|سخونه\s+(قويه|كتير)|نزيف|عم\s+(ا|ت)نزف|نجوم\s+قدام\s+عيوني|بشوف\s+نجوم|الجنين\s+ما\s+عم\s+يتحرك|ما\s+عم\s+حس\s+(بال)?(بيبي|جنين))"),
    r"(?<!\S)(ال)?(بيت|مطبخ|غرفه|اوضه|شقه|بنايه|برادي|ستاير|كنبه|فرشه|تخت)\s+(عم\s+)?(ي|ت|بي|بت)(حترق|شتعل|ولع)\S*",
    r"(?<!\S)(ولعت|اشتعلت|شبت)\s+(ال)?نار\s+(ب|في\s+)\S*|(?<!\S)(حريق|النار)\s+(ب|في\s+)(ال)?(بيت|مطبخ|غرفه|شقه|بنايه)",
    r"(?<!\S)(ال)?دخان\s+(\S+\s+)?(بالبيت|بالممر|بالدرج|بالغرفه|عم\s+يفوت|فات\s+ع)",
    r"\b(el\s*)?(beit|bet|matba5|ghorfe|ouda|bineye)\s+(3am\s+)?(ye|bi|b|y|te|bt)?(7tere2|7ter2|7tir2|shte3el|wale3|wal3a)\b|\b(7ari2a|7ar2a)\s+(bel|b|fi)\s*(el\s*)?(beit|bet|matba5|bineye)\b",
    _both(r"(سكري|سكر|انسولين)", r"(ارجف|برجف|عم\s+ارجف|رجفه|دايخ|دايخه|عرقان|عرقانه|عم\s+يرجف|عم\s+ترجف)", r"(ما\s+اكلت|ما\s+اكل|بلا\s+اكل|نازل|واطي|هبوط)"),
    r"(?<!\S)(يستفرغ|بيستفرغ|تستفرغ|بتستفرغ|استفرغ|استفرغت|يتقيا|تتقيا|تقيا|يبزق|بيبزق|تبزق|بزقت|عم\s+يرجع|عم\s+ترجع)\s+(\S+\s+)?دم(?!\S)",
    r"(تمو|ثمو|فمو|وجهو)\s+(\S+\s+)?(مايل|معوج|معووج|نازل)",
    _both(r"\b(jeser|jisr|jsr|jser|balkon\w*|sa6e7|sateh|sateh|shebbak|shibbak|bineye|tabe2)\b",
          r"\b(bdi|baddi|badde|ra7)\s+(2?not|nut|2o2fez|o2foz|2ermi\s+7ali|ermi\s+7ali|2a2fez|na6|nu6)\b"),
    # Tigrinya (Ge'ez and Latin): a fire at home; drinking a cleaner, vomiting or spitting blood;
    # heavy bleeding after a birth or with no answer; signs of a stroke; a diabetic shaking
    r"(?<!\S)(ገዛ|ክፍሊ|ኩሽና|ክሽነ|ክሽን|ኪሽነ|ህንጻ|መጋረጃ|ዓራት|ሶፋ)\S*\s+(\S+\s+)?(ይነድድ|ትነድድ|ይነዱ|ነዲዱ|ነዲዳ|ተቓጺሉ|ተቓጺላ|ይቃጸል|ይቃጸሉ)",
    r"\b(geza\w*|kifli\w*|kushna\w*|hnxa|hntsa)\s+(\w+\s+)?(y|t)?i?ned(e|i)?d\w*\b|\b(y|t)?i?ned(e|i)?d\s+(\w+\s+)?(geza\w*|hawi)\b",
    _both(r"(ክሎሪን|በረኪና|ሳሙና|ጽሬት|ኣሲድ|ነዳዲ|ቤንዚን)", r"(ሰትዩ|ሰትያ|ሰትየ|ሰትዮም|ሰትየን|ውሒጡ|ውሒጣ|ውሒጠ)"),
    r"ደም\s+(\S+\s+)?(ይተፍእ|ትተፍእ|ይተፍኡ|ተፊኡ|ተፊኣ|ተፊአ|ይምለሶ|ይምለሳ|የምልስ|ተምልስ|ትምልስ)",
    r"\bdem\s+(\w+\s+)?(yitef|ytef|titef|ttef|tefi)\w*\b",
    _both(r"ደም\s+(\S+\s+)?(ይፈ[ሰ-ሷ]\S*|ይውሕ[ዘ-ዟ]\S*|ይወጾ\S*|ይወጻ\S*)", r"(ብዙሕ|ድሕሪ\s+ሕርሲ|ድሕሪ\s+ምውላድ|ወሊዳ|ኣይ(ት)?(ምል[ሰ-ሷ]|በራበ[ረ-ሯ])\S*ን|ዓንዲላ|ዓንዲሉ)"),
    _both(r"ኣይ(ት)?(ምል[ሰ-ሷ]|በራበ[ረ-ሯ]|ንቀሳቐ[ሰ-ሷ])\S*ን(?!\S)", r"(?<!\S)ደም(?!\S)"),
    r"(ኣፉ|ኣፋ|ገጹ|ገጻ)\s+(\S+\s+)?(ተጸሚሙ|ተጸሚማ|ተጸምዩ|ተጸምያ)\s+(\S+\s+)?(ክዛረብ|ክትዛረብ|ምዝራብ)",
    _both(r"(ኢዱ|ኢዳ|ኢዶም|እግሩ|እግራ|ፍርቂ\s+ኣካሉ|ፍርቂ\s+ኣካላ|የማናይ|ጸጋማይ)\s+(\S+\s+){0,2}?ኣይ(ት)?ን?ቀሳቐ\S*ን",
          r"(ክዛረብ|ክትዛረብ|ምዝራብ)\s+(\S+\s+)?ኣይ\S*ን(?!\S)|(ኣፉ|ኣፋ|ገጹ|ገጻ)\s+(\S+\s+)?(ተጸሚሙ|ተጸሚማ|ተጠውዩ|ተጠውያ)"),
    _both(r"(ሽኮር|ሕማም\s+ሽኮር|ኢንሱሊን)", r"(ይንቀጥቀጥ|እንቀጥቀጥ|ትንቀጥቀጥ|ዓንዲለ|ዓንዲሉ|ዓንዲላ)", r"(መግቢ|ኣይበላዕኩን|ኣይበልዐን|ኣይበልዐትን|ወሪዱ)"),
    r"\bay(s|t|ts)?t[ei]?nf[ei]?s[ei]?n\b",
    # verb forms of rape (perfect and passive: "he raped me", "I was raped"), Ge'ez and Latin
    r"(?<!\S)(ዓሚጹ|ዓሚጾም|ዓሚጻት|ዓሚጻ|ዓመጹ|ዓመጽዎ)(ኒ|ና|ዋ|ዎ|ለይ)\S*|(?<!\S)ተዓሚ(ጸ|ጻ|ጹ|ጽና)(?!\S)",
    r"\b3?ami(ts|x|s)u(ni|na)\b",
    # a threat to a child, in a subordinate clause ("... that he is going to do something to him")
    _both(_CHILD_NL, r"\biets\s+(gaat|zal|gaan|zullen)\s+(aandoen|aan\s+doen)\b", r"\b(zei|zegt|dreig\w*|bedreig\w*|als\s+ik)\b"),
)
_ROUND19_UNCERTAIN = (
    # put out of the house with the children, a night in the street or a building's entrance
    _both(r"\b(eruit\s*gezet|uit\s+huis\s+gezet|op\s+straat\s+gezet|buitengezet|slot\s+(\S+\s+)?(veranderd|vervangen))\b",
          r"\b(straat|vannacht|kinderen|nergens|buiten)\b"),
    _both(r"(?<!\S)(طردنا|طردونا|طردني|طردتنا|كبنا|كبونا|رمانا|رمونا|طلعونا|شلحنا)(?!\S)",
          r"(بالشارع|عالشارع|في\s+الشارع|(?<!\S)برا(?!\S)|الليله|هالليله|القفل|المفتاح|ولاد|ولادي|اطفال)"),
    r"(?<!\S)(نحنا|احنا|نحن)\s+(ب|في\s+|ع)ال?شارع(\s+\S+)?\s+(الليله|هالليله|من\s+(امبارح|مبارح|يومين))",
    _both(r"\b(tarradna|taradna|tardna|tarduna|tarrduna|kabbna|kabna|kabbuna)\b", r"\b(shera3|share3|shari3|barra|lele|lelie|llele|wlad|wlade|el2efl)\b"),
    _both(r"(ሰጒጉና|ሰጒጎምና|ሰጒጉኒ|ሰጒጋትና|ሰጒጋትኒ|ኣውጺኡና|ኣውጺኦምና|ደርብዩና|ደርብዮምና)", r"(ጎደና|ደገ|ለይቲ|ቆልዑ|ደቀይ|ቁልፊ|ማዕጾ)"),
    _both(r"ኣብ\s+(ጎደና|ጽርግያ|ደገ)\s+(\S+\s+)?(ኢና|ኣለና|ንነብር|ንድቅስ|ደቂስና|ሓዲርና)", r"(ለይቲ|ቆልዑ|ደቀይ|ቁሪ|ህጻን|ህጻናት)"),
    r"ኣብ\s+(ኣፍደገ|ደገ|ጎደና|ጽርግያ|መናፈሻ|ጣብያ)\s+(\S+\s+){0,3}?(ንድቅስ|ክንድቅስ|ደቂስና|ንሓድር|ክንሓድር|ሓዲርና)",
    r"\bab\s+(godena|gdena|tsrgya|xrgya|dege|afdege)\s+(\w+\s+){0,3}?(ina|ndeqs\w*|ndqs\w*|nhadr|hadirna|deqisna)\b",
    # a baby or child alone, crying for hours or gone silent
    _both(r"\b(baby|kind|kindje|peuter)\b", r"\balleen\b", r"\b(huilt|huilde|gehuild|uren|hoor\s+(ik\s+)?(niks|niets)\s+meer)\b"),
    _both(r"(طفل|بيبي|ابن\s+الجيران|بنت\s+الجيران)", r"(لحالو|لحاله|وحده|لوحده|لحالها|وحدها)", r"(يبكي|بيبكي|عم\s+يعيط|من\s+ساعات|ما\s+عم\s+اسمعه)"),
    _both(r"(ህጻን|ህጻና|ቆልዓ|ህጻናት|ቆልዑ)", r"(በይኑ|በይና|በይኖም)", r"(ይበኪ|ትበኪ|ይበኽዩ|ኣይስማዕን|ኣይሰማዕን|ንሰዓታት|ንመዓልቲ)"),
    # "after tonight I will not be here (any more)": a farewell with a time
    r"(?<!\S)(بعد|من\s+بعد)\s+(الليله|هالليله|اليوم|بكرا|بكره)\s+(\S+\s+){0,2}?(ما|مش)\s+(رح\s+|ح\s+)?(ا|ب)?كون\s+(موجود|موجوده|عايش|عايشه)(?!\s+(ب|في|عند|بال)\S*)",
    r"\bna\s+(vanavond|vannacht|vandaag)\s+(ben\s+ik\s+|zal\s+ik\s+)?(er\s+)?niet\s+meer\s+(zijn|er|hier)\b",
    r"ድሕሪ\s+(ሎሚ\s+ለይቲ|ሎሚ)\s+(\S+\s+)?(ኣይክህሉን|ኣይህሉን|ኣይክህልውን|ኣይክርከብን)",
    # a farewell text or message posted (Tigrinya)
    r"ናይ\s+(ምፍናው|ስንብት|ምስንባት|ምፍንናው)\s+(ጽሑፍ|መልእኽቲ|ደብዳቤ|ቪድዮ)",
    # (round 41: the adjective "መፋነዊ" / "መሰናበቲ" (of farewell) with or without ናይ, and the Latin spellings; not a
    # farewell card for a colleague, a teacher or a party)
    r"^(?!.*(ብጻይ\s+ስራሕ|ብጾት\s+ስራሕ|መምህር|ስራሕ|ፓርቲ|ድግስ|ጡረታ|ኮሌጋ|collega\S*|afscheid\S*|pensioen\S*)).*"
    r"(?<!\S)(ናይ\s+)?(መፋነዊ|መፋንዊ|መፋነዊት|መሰናበቲ|መሰነባበቲ)\s+(ጽሑፍ|መልእኽቲ|ደብዳቤ|ቪድዮ|ወረቐት)\S*",
    r"^(?!.*\b(n?bxay\s+srah|n?btsay\s+srah|n?memhr\w*|n?memhir\w*|srah|party|feest|drar\s+mfnaw|collega\w*|kolega\w*|afscheid\w*|pensioen\w*)\b).*"
    r"\b(nay\s+)?(mefanewi|mefanwi|mfanewi|mefaneui|mesenabeti|mfnaw|mifnaw|snbt|sinbit|msnbat)\s+"
    r"(dbdabe|debdabe|debdabie|dbdabie|mlekti|melekti|melekhti|mlekhti|xhuf|tshuf|tsihuf|video|wereqet)\b",
    # no food for days (word order, Arabizi and Latin-script Tigrinya forms)
    r"^(?!.*\b(ramadan|ramadhan|vasten)\b).*\bgeen\s+eten\s+(al\s+|sinds\s+)?(\d+|twee|drie|vier|vijf|zes|zeven)\s+dagen\b",
    r"^(?!.*\b(ramadan|ramadhan|sayem|sayme|siyam)\b).*\b(\d+|tlat|tlet|arba3|5ams|khams|yomen|yomein|yumen)\s+(iyam|ayam|yom|tiyam)\s+(bala|bidun|bdun|bdoun|ma)\s+"
    r"(akl\w*|akel\w*|2akl\w*|akal\w*|kal\w*|2akal\w*)\b",
    r"^(?!.*\b(ramadan|tsom|xom|hudad)\b).*\b(\d+|kil?te|sel[ae]st[ei]|arba3?e?te|hamu?shte)\s+m[ea]?3?[ea]{0,2}lti\s+(\w+\s+)?megbi\s+(yebl\w*|yelen\w*|ay\w*n)\b",
    r"\b(hoest|hoestte|hoesten|ophoesten)\s+(\S+\s+)?bloed\b",
)



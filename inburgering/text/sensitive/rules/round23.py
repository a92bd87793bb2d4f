"""Round 23: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both
from inburgering.text.sensitive.rules.round17 import _CONDITION, _NOT_SERIOUS, _SERIOUS_CONDITION
from inburgering.text.sensitive.rules.round18 import _PESTS_AR, _PESTS_NL, _PESTS_TI

# Round 23 (batch 23 read; NLU b13 ordinary development data). Idioms by kind: a key forgotten inside and
# the door fallen shut (locked out, not locked in); a watch or clock that "died"; someone else's quoted
# "I die if she sees a spider"; a language, its grammar, a course or noise that "kills me" (Tigrinya); a
# hope lost in the past and an exam passed after all; a threat to "you" over a trivial thing (being late,
# winning a game), the condition in either order; the sound of blows is not a sound that "kills".
_THREAT_TO_YOU = (r"\b(vermoord\s+(ik\s+)?(je|jou)|maak\s+(ik\s+)?(je|jou)\s+af|schiet\s+(ik\s+)?(je|jou)\s+(neer|dood)|sla\s+(ik\s+)?(je|jou)\s+dood)\b"
                  r"|(?<!\S)(ب|رح\s+|ح\s+)(اقتل|قتل|ادبح|دبح|اذبح|ذبح)(ك|كي|كن|كم)(?!\S)|ክ(ቐትለ|ሓርደ)(ካ|ኪ|ኩም|ክን)(\s+(እየ|የ))?(?!\S)"
                  r"|\b(ba|ra7\s+|7a\s+)?(2?e?2tl|2?o?2tol|edba7|dba7)(ak|ik|kon|kom)\b|\bk(q|k)etle(ka|ki|kum)\b")
_TRIVIAL_CONDITION_YOU = (
    r"\b(te\s+lat|laat\s+bent|laat\s+komt|wint|win|verlies\w*|vergeet|vergeten|opeet|opdrinkt|aanraakt\s+mijn\s+(telefoon|eten|spullen))\b"
    r"|(تاخرت|تأخرت|اتاخرت|تاكل|اكلت|نسيت|ربحت|تربح|غلبتني|تغلبني|خسرت)"
    r"|(ደንጒ\S*|ደንጕ\S*|ደንጉ\S*|ረሲዕ\S*|በሊዕ\S*|ስዒርካ\S*|ስዒርኪ\S*|ተዓዊት\S*)"
    r"|\b(t2a5art|ta2akhart|nsit|akalt|rbe7t|dengu\w*|resie\w*)\b"
)
_NOT_SERIOUS_YOU = f"(?!\\s*(?:\\S+\\s+){{0,14}}?\\S*(?:{_SERIOUS_CONDITION}))"
_ROUND23_IDIOMS = (
    # a threat to "you" under a trivial condition: a joke between friends or family
    f"(?:{_THREAT_TO_YOU})(?=(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})){_NOT_SERIOUS_YOU}"
    f"(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*",
    f"(?:{_CONDITION})(?=(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_YOU})){_NOT_SERIOUS_YOU}"
    f"(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_YOU})\\S*",
    # a key forgotten (lost, left inside) and the door fallen shut: locked out, not locked in
    r"\b(sleutel\w*)\b(\s+\S+){0,5}?\s+(vergeten|verloren|kwijt|binnen\s+laten\s+liggen|laten\s+liggen|binnen\s+gelaten|binnen\s+ligt|binnen\s+liggen)\b"
    r"(\s+\S+){0,8}?\s+(buitengesloten|dicht\s*gevallen|dichtgevallen|in\s+het\s+slot\s+gevallen|viel\s+in\s+het\s+slot|op\s+slot|dicht|dichtgeslagen)\b",
    r"\b(buitengesloten|dicht\s*gevallen|dichtgevallen|in\s+het\s+slot\s+gevallen|viel\s+in\s+het\s+slot)\b(\s+\S+){0,8}?\s+(sleutel\w*)\b(\s+\S+){0,3}",
    r"\b(slotenmaker|sleutelmaker|sleuteldienst)\w*\b",
    r"(?<!\S)(نسيت|ضيعت|ضاع|ضاعت|فقدت)\s+(\S+\s+){0,2}?(ال)?(مفتاح|مفاتيح)\S*(\s+\S+){0,6}?\s+\S*(سكر|تسكر|انسكر|قفل|تقفل|انقفل|سكّر)\S*(\s+(ال)?باب)?(\s+(علي|عليي|علينا))?",
    r"(?<!\S)(ال)?(مفتاح|مفاتيح)\S*\s+(\S+\s+){0,2}?(جوا|جوه|بالبيت|داخل)(\s+\S+){0,6}?\s+\S*(سكر|تسكر|انسكر|قفل|تقفل|انقفل)\S*(\s+(ال)?باب)?(\s+(علي|عليي|علينا))?",
    r"(?<!\S)(معلم|محل|فني)\s+(ال)?(مفاتيح|اقفال|قفال)(?!\S)|(?<!\S)(مفتاحجي|قفال)(?!\S)",
    r"(?<!\S)መፍትሕ\S*\s+(\S+\s+){0,4}?(ረሲዐ|ረሲዓ|ረሲዐዮ|ጠፊኡኒ|ኣጥፊኤ|ገዲፈ|ገዲፈዮ)(\s+\S+){0,6}?\s+\S*(ተዓጽዩ|ተዓጺዩ|ተዓጽያ|ዓጽዩ|ተሸጒሩ|ተሸጕሩ)\S*",
    r"(?<!\S)(ሰራሕተኛ|ኣዳላዊ|ከፋቲ)\s+መፍትሕ\S*|(?<!\S)መፍትሕ\S*\s+(ሰራሕተኛ|ዝሰርሕ|ዝኸፍት)\S*",
    r"\b(mefteh|meftih|miftah|mfteh)\b(\s+\w+){0,4}?\s+(resie|resi3|tefiuni)\b(\s+\w+){0,6}?\s+\w*(teatsiyu|te3atsiyu|tezagiu|atsiyu)\w*",
    # a watch, a clock or a phone that "died" (Tigrinya)
    r"(?<!\S)(ሰዓት|ሰዓተይ|ሰዓቲ|ሰዓትና|መንቅሒ|ተሌፎነይ|ሞባይለይ|ባትሪ|ባትሪኡ|ባትሪኣ)\S*\s+(\S+\s+){0,2}?(ሞይታ|ሞይቱ|ሞይታትኒ|ሞይቱኒ|ደው\s+ኢላ|ደው\s+ኢሉ)(?!\S)",
    r"\b(seat|seaterey|seatey|saatey|mobailey|telefoney|batri)\b\s+(\w+\s+){0,2}?(moyta|moytu|moyita|moyitu)\b",
    r"\bmijn\s+(horloge|klok|wekker)\s+(\S+\s+)?(was|is|ging)\s+(\S+\s+)?(dood|leeg|stuk|kapot)\b",
    # someone else's quoted "I die if ..." (a spider, a mouse, a surprise): her hyperbole, not a threat
    r"(?<!\S)(ب|ت|بت|بي|ي)(قول|تقول|حكي)(?=\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(?!\S))" + _NOT_SERIOUS
    + r"\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(\s+\S+){0,4}",
    r"(?<!\S)(قالت|قال|قالتلي|قالي)(?=\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(?!\S))" + _NOT_SERIOUS
    + r"\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(\s+\S+){0,4}",
    r"\b(zegt|zei|roept|riep)\s+(dat\s+)?(ze|hij)\s+(\S+\s+)?(doodgaat|dood\s+gaat|sterft)\s+(als|van|wanneer)\b" + _NOT_SERIOUS + r"(\s+\S+){0,5}",
    # (the cheap parts first: the check for a serious condition is the costly part)
    r"(?<!\S)(?=\S*እንተ\S*\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s)" + _NOT_SERIOUS
    + r"\S*እንተ\S*\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s+(ትብል|ይብል|ትብለኒ|ይብለኒ|ኢላ|ኢሉ)(?!\S)",
    # a language, its grammar, a course, homework or noise that "is killing me" (Tigrinya; Latin noise)
    r"(?<!\S)(ቋንቋ|ሰዋስው|ግራማር|ደች|ሆላንድኛ|ኔዘርላንድኛ|ትምህርቲ|ኮርስ|ፈተና|ፈተናታት|ዕዮ\s+ገዛ|ስራሕ\s+ገዛ|ወረቓቕቲ|ወረቐት|ጫውጫው|ዓው\s+ዓው|ድምጺ|ቢሮክራሲ)\S*\s+"
    r"(\S+\s+){0,3}?(ይቐትለኒ|ይቐትለና|ይቐትሉኒ|ቀቲሉኒ|ቀቲሉና|ክቐትለኒ|ትቐትለኒ|ቀቲላትኒ)(\s+(ኣሎ|ኣላ|ኣለዉ|እዩ|እያ))?(?!\S)",
    r"\b(bi|b)\s+(kiyaw|kiyyaw|chewchew|chawchaw|dmxi|dimxi|dmtsi|awyaw|a3w\s*a3w)\s+yi?(q|k)etl(u|e)(ni|na)\b",
    r"\b(qanqa|quanqua|qwanqwa|gramar|grammar|sewasew|nederlands|holandese|dutch)\b(\s+\w+){0,3}?\s+yi?(q|k)etle(ni|na)\b(\s+(alo|ala|iyu))?",
    # ugly words or remarks said to me (an insult or discrimination at work, not a blow)
    r"\b(zegt|zei|zeggen|roept|riep|maakt|maken|noemt|noemde)\s+(\S+\s+){0,2}?(lelijk\w*|gemene|nare|racistische|vieze|rare|beledigende|kwetsende)\s+"
    r"(woorden|dingen|opmerkingen|namen|grappen)\b(\s+(tegen|over|naar)\s+(mij|me|ons|mijn\s+\S+))?",
    r"\b(scheldt|schold|schelden)\s+(\S+\s+)?(me|mij|ons)\s+(\S+\s+)?uit\b|\buitgescholden\b",
    r"(?<!\S)(بيحكي|عم\s+يحكي|بيقلي|بيقول|بيحكيلي)\s+(\S+\s+)?(كلام|حكي|كلمات)\s+(بشع|وسخ|عنصري|مسيء|قبيح|بذيء)\S*|(?<!\S)(بيسبني|عم\s+يسبني|بيشتمني|عم\s+يشتمني|سبني|شتمني|مسبني)(?!\S)",
    r"(?<!\S)(ሕማቕ|ሕማቓት|ክፉእ|ጽዩፍ)\s+(ቃል|ቃላት|ዘረባ)\S*\s+(\S+\s+)?(ይብለኒ|ይብለና|ይዛረበኒ|ኢሉኒ)|(?<!\S)(ይጸርፈኒ|ጸሪፉኒ|የላግጸለይ|የላግጽ)(?!\S)",
    # a cat or dog that killed a mouse or a bird
    r"\b(kat|poes|kater|hond|katten|honden)\b(\s+\S+){0,5}?\s+(een\s+|de\s+|twee\s+)?(muis|muizen|vogel\w*|rat|ratten|mol|konijn\w*|kikker|duif)\s+(\S+\s+)?(doodgemaakt|dood\s+gemaakt|doodgebeten|gedood|gevangen|vermoord|opgegeten)\b",
    r"(?<!\S)(البسه|البسينه|القطه|القط|الكلب|بستنا|بسينتنا|قطتنا|كلبنا|بسه|قطه)\S*\s+(\S+\s+){0,3}?(قتل|قتلت|اكل|اكلت|مسك|مسكت|موت|موتت)\S*\s+(\S+\s+)?(ال)?(فار|فاره|عصفور|جرذ|حمامه|سحليه)\S*",
    r"(?<!\S)(ድሙ|ድሙና|ድሙይ|ከልቢ|ከልብና)\S*\s+(\S+\s+){0,3}?(ኣንጭዋ|ዑፍ|ዑፊ|ርግቢት)\S*\s+(\S+\s+)?(ቀቲላ|ቀቲሉ|በሊዓ|በሊዑ|ሒዛ|ሒዙ)(?!\S)",
    # a question about what the emergency numbers are for, or when to call them
    r"\b(wanneer|waarom|waarvoor)\s+(bel\s+je|moet\s+je|mag\s+je|bellen\s+we|bel\s+ik)\s+(\S+\s+)?(112|113|het\s+alarmnummer)\b|\b(112|113)\s+(is\s+)?(voor|waarvoor)\s+(wat|welke)\b",
    r"(?<!\S)(امتى|متى|ايمتى|ليش|بأي\s+حاله|باي\s+حاله|شو\s+رقم)\s+(\S+\s+){0,2}?(112|113)(?!\S)|(?<!\S)(112|113)\s+(لشو|لايش|شو\s+هو|لأيش)(?!\S)",
    r"(?<!\S)(112|113)\s+(\S+\s+)?(ንምንታይ|መዓስ)\s+(\S+\s+)?(እዩ|ይድወል|ዝድወል)\S*|(?<!\S)(መዓስ|ንምንታይ)\s+(\S+\s+)?(112|113)(?!\S)",
    # a rope for the washing, a tent or a swing (not when the purpose is denied: "touw gekocht, niet voor de was"; the
    # words between never say "niet" or "geen", round 37)
    r"\btouw\w*\b(\s+(?!(niet|geen)\b)\S+){0,4}?\s+(voor|om)\s+(de\s+|het\s+|een\s+)?(was|waslijn|wasgoed|tent|boot|hond|tuin|verhuizing|schommel|lakens)\b(\s+(op\s*te\s+hangen|te\s+drogen|vast\s+te\s+maken))?",
    # "a little blood" (a loose milk tooth, a grazed knee): the amount says it is small
    r"\b(een\s+)?(klein\s+)?(beetje|beetje\s+maar|druppeltje|druppel|paar\s+druppels|klein\s+beetje)\s+bloed\b",
    r"(?<!\S)(شوي|شويه|شوية|نقطه|نقطة|نقطتين|كم\s+نقطه)\s+(ال)?دم(?!\S)|(?<!\S)(ال)?دم\s+(شوي|شويه|شوية|خفيف)(?!\S)",
    r"(?<!\S)(ቁሩብ|ቑሩብ|ንእሽቶ|ሒደት|ነጠብጣብ)\s+ደም(?!\S)",
    # dying again and again in a game ("in Call of Duty I die all the time")
    r"\b(game|games|spel|spelletje|potje|fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|cod|warzone|apex|valorant|overwatch|"
    r"counter\s*strike|zelda|mario|among\s+us|sims)\b(\s+\S+){0,2}?\s+(ga|ging|gaat|gingen|ben|was|is)\s+(ik|hij|ze|je|we|wij)\s+"
    r"(\S+\s+)?(dood|af|neer)\b",
    r"\b(ik|hij|ze|je|we|wij)\s+(ga|ging|gaat|gingen|ben|was|is)\s+((steeds|altijd|weer|vaak|telkens|meteen|direct)\s+)?(dood|af)\s+(in|bij)\s+"
    r"(de\s+|het\s+|dat\s+|die\s+)?(game|games|spel|spelletje|potje|fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|cod|warzone|apex|valorant|sims)\b",
    # a hope lost in the past ("I had lost hope"), then passed or well after all
    r"(?<!\S)ተስፋ\s*(ቆሪጸ|ቆሪጽና)\s+(ነይረ|ነይርና)(?=(\s+\S+){0,6}?\s+(ግን|ሕጂ|ኣብ\s+መወዳእታ)\s)",
    r"\b(ik\s+had\s+)?(de\s+hoop\s+(al\s+)?opgegeven|geen\s+hoop\s+meer)\b(?=(\s+\S+){0,5}?\s+(maar|toch|nu|uiteindelijk)\s+(\S+\s+){0,3}?(geslaagd|gehaald|gelukt|beter|goed))",
    r"(?<!\S)(كنت\s+)?(فقدت|فاقد|فاقده|قطعت)\s+(ال)?امل(?=(\s+\S+){0,5}?\s+(بس|لكن|وهلق|هلق)\s+(\S+\s+){0,3}?(نجحت|زبطت|منيح|منيحه|الحمدلله|الحمد\s+لله))",
)
_ROUND23_CRISIS = (
    # heart pain (not only "chest pain") with an arm gone numb or limp; a strong smell of gas everywhere
    _both(r"\b(pijn\s+(op|in|aan)\s+(mijn|de)\s+borst|(mijn\s+)?hart\s+doet\s+(zo\s+|zon\s+|erg\s+|heel\s+)?(pijn|zeer)|hartpijn|druk\s+op\s+(mijn|de)\s+borst)\b",
          r"\b(linkerarm|arm|kaak|slap|tintel\w*|doof|gevoelloos|verlamd)\b"),
    _both(r"(?<!\S)قلبي\s+(\S+\s+)?(عم\s+)?(يوجعني|بيوجعني|موجوع|يعصرني|بيضغط|عم\s+يدق\s+قوي)", r"(ايدي|ايدي\s+الشمال|ذراعي|دراعي|زندي|فكي)\S*\s+(\S+\s+)?(منمل\S*|مخدر\S*|نملت|تنملت|ما\s+عم\s+حس|تقيله|مشلول\S*)"),
    _both(r"(ልበይ|ልቡ|ልባ)\s+(\S+\s+)?(ይሓምመኒ|ይሓምሞ|ትሓምማ|የሕምመኒ|ይቖርጸኒ)", r"(ኢደይ|ኢዱ|ኢዳ|ጸጋማይ)\S*\s+(\S+\s+)?(ደንዚዙ|ደንዚዛ|ኣይስምዓንን|ኣይንቀሳቐስን|ሓዲሩ)"),
    _both(r"\b(ruik|ruikt|rook|roken|stinkt)\s+(\S+\s+){0,2}?(gas|gaslucht)\b|\bgas\s*lucht\b",
          r"\b(heel\s+sterk|erg\s+sterk|zo\s+sterk|sterk|overal|hele\s+(trappenhuis|trapenhuis|huis|gebouw|flat|gang|portiek))\b"),
    # "I want to die" with the jussive "ክሞት" or a transliterated "ኪሙት" (spaced-out Latin "k i m u t   i d e l i")
    r"(?<!\S)(ክ|ኪ|ከ)(ሙት|ሞት|መውት)\s+(እደሊ|ኢደሊ|ደልየ|ይደሊ)(?!\S)",
    r"\bk[iye]?(mut|mot|mewt|mowt)\s+(i|e)?(deli|delye|deleye|delie)\b",
    # a child who swallowed a button battery or magnets (acute even without choking)
    _both(r"\b(batterij\w*|knoopcel\w*|knoopbatterij\w*|magneet\w*|magneetjes)\b", r"\b(ingeslikt|doorgeslikt|geslikt|slikte|opgegeten|in\s+(zijn|haar)\s+mond)\b"),
    _both(r"(بطاري\S*|بطاريه\s+صغيره|مغناطيس\S*|مغنطيس\S*)", r"(?<!\S)(بلع|بلعت|بلعو|بلعها|اكل|اكلت)(?!\S)"),
    _both(r"(ባትሪ|ማግኔት)\S*", r"(ውሒጡ|ውሒጣ|ወሓጡ|በሊዑ|በሊዓ)(?!\S)"),
    _both(r"\b(batri|battery|magnet)\b", r"\b(wihitu|wuhitu|wehatu|bel3|bala3|bale3|bal3et)\b"),
    # a family member who hits (Latin-script Tigrinya, the verb as heard: "yiwqea", "yiharmeni")
    _both(r"\b(abey|abei|adey|adei|hawey|hawei|haftey|haftei|seb\s*ayey|sebayey|sebeyey|sebeytey|aboy|wedey|gualey|hamuy|hamatey|akoy)\b",
          r"\b(yi?w(q|k)e?a\w*|w(e|o)(q|k)i?(u|a)\w*|yi?har(m|e)\w*|hari(mu|ma)\w*|yi?(q|k)ete\w*|yi?(x|ts)efea\w*)\b"),
    # a child with a high fever, a rash and drowsy or limp (meningitis signs)
    _both(r"\b(koorts|heet|gloeit)\b", r"\b(uitslag|vlekjes|vlekken|paarse\s+\w+|rode\s+puntjes)\b", r"\b(suf|slap|niet\s+wakker|nauwelijks\s+wakker|reageert\s+(bijna\s+)?niet|stijve\s+nek)\b"),
    _both(r"(حراره|سخونه|حمى|حمي)", r"(حبوب|نقط|بقع|طفح)\s*(حمر|حمرا|بنفسجي\S*)?", r"(نعسان|نعسانه|مرخي|مرخيه|ما\s+عم\s+(ي|ت)?(فيق|صحى|يصحى|تصحى)|رقبته\s+متخشبه|رقبتها\s+متخشبه)"),
    _both(r"(ረስኒ|ሙቐት\s+ኣካላት)", r"(ነጠብጣብ|ቀይሕ\s+ነጥቢ|ሽፍታ|ፍሕፍሕ)\S*", r"(ኣይበራበርን|ኣይትበራበርን|ደኺሙ|ደኺማ|ልሒሉ|ልሒላ|ክሳዱ\s+ደሪቑ)"),
    # fallen and not reacting, not moving, unconscious (Dutch, Arabic)
    _both(r"\b(valt|viel|vielen)\b(?!\s+(\S+\s+)?(uit|weg|af|tegen|mee|op|stil)\b)|\b(gevallen|gestruikeld|uitgegleden|neergevallen|van\s+de\s+trap)\b",
          r"\b(reageert|beweegt|ademt|antwoordt)\s+(\S+\s+)?niet\b|\bbewusteloos\b|\bwordt\s+niet\s+(meer\s+)?wakker\b",
          r"\b(hij|zij|ze|man|vrouw|vader|moeder|papa|mama|opa|oma|kind\w*|baby|zoon\w*|dochter\w*|broer|zus|buurman|buurvrouw|collega|vriend\w*|neef|nicht)\b"),
    _both(r"(?<!\S)(وقع|وقعت|طاح|طاحت|انزحط|انزحطت|انزلق|انزلقت)(?!\S)", r"(ما\s+(عم\s+)?(ي|ت|بي|بت)(رد|ردو|تحرك|حكي|فيق)|مغمى|مغمي|فاقد\S*\s+(ال)?وعي)"),
    # poison "not for the mice": the means for oneself, said by denying the pests
    r"\b\w*(gif|bestrijdingsmiddel)\w*\b(\s+\S+){0,6}?\s+niet\s+(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"\b",
    r"(?<!\S)(ال)?(سم|مبيد)\S*(\s+\S+){0,6}?\s+(مو|مش|ما\s+هو|مب|ليس|مانو|مهو)\s+(لل|ل|عشان\s+ال|كرمال\s+ال|مشان\s+ال|ضد\s+ال)" + _PESTS_AR + r"\S*",
    r"(?<!\S)መርዚ\S*(\s+\S+){0,6}?\s+(ን|ንዘ|ን\s+)?" + _PESTS_TI + r"\S*\s+ኣይ(ኮነን|ኮነትን|ኮነን\s+እዩ)",
    # a whole strip or box of pills swallowed (also with regret afterwards)
    # (round 43: not a box of food or sweets eaten or drunk: "أكلت علبة شوكولا كاملة" got the emergency answer)
    r"^(?!.*(?<!\S)(ال)?(شوكولا\S*|بسكوت\S*|شيبس|سكاكر|حلو|حلويات|بوظه|ايس\s*كريم|كيك\S*|كاتو|علكه|تمر|جبنه|لبنه|فستق|بزر|مكسرات|"
    r"معكرونه|دونات|عصير|حليب|بيره|كولا|بيبسي|سيريال|كورن\s*فليكس|فشار|بوشار|مربى|نوتيلا|زيتون|سردين|تونا|طون)(?!\S)).*?"
    r"(?<!\S)(بلعت|اخدت|شربت|بلعتلي|اكلت)\s+(\S+\s+)?(شريط|علبه|ظرف|باكيت|كرتونه)\s+(\S+\s+){0,2}?(كامل|كامله|كلو|كلها|بكامله|كلّو)(?!\S)",
    r"(?<!\S)(بلعت|اخدت|شربت)\s+(\S+\s+){0,2}?(كل\s+)?(ال)?(باراسيتامول|بنادول|بروفين|اسبرين|ترامادول|منوم|منومات|مهدئ|مهدئات|حبوب\s+النوم|حبوب\s+(ال)?ضغط)\s+(اللي|يلي|الي)\s+(بالبيت|عندي|بالعلبه)",
    r"\b(een\s+)?(hele|volle|complete)\s+(strip|doos|doosje|pot|potje|verpakking)\s+(\S+\s+)?(pillen|tabletten|paracetamol\w*|ibuprofen|oxazepam|slaappillen|medicijnen)\b(\s+\S+){0,3}?\s+(genomen|ingenomen|geslikt|doorgeslikt|opgegeten)\b",
    r"(?<!\S)(ሙሉእ|ምሉእ|ኩሉ)\s+(ካርቶን|ሳጹን|ፓኬት|ሽጣር)\s+(\S+\s+)?(ከኒና|ፒሪ|ፓራሲታሞል)\S*\s+(\S+\s+)?(ውሒጠ|ወሲደ|ሰትየ|በሊዐ)",
    # touched against one's will by a boss, trainer or teacher, and afraid
    _both(r"(يلمسني|بيلمسني|عم\s+يلمسني|لمسني|يحط\s+ايدو\s+علي|بيحط\s+ايدو\s+علي|يتحرش\s+فيني|بيتحرش\s+فيني)", r"(خايف|خايفه|بخاف|غصب|ما\s+بدي|نام\s+عنده|نام\s+عندو|بيهددني|ما\s+تخبري|لا\s+تخبري|ما\s+حدا\s+يعرف)"),
    _both(r"\b(betast|betastte|betasten|aanraakt|aanraken|aangeraakt|zit\s+(hij\s+)?aan|zat\s+(hij\s+)?aan)\s+(\S+\s+)?(me|mij|mijn\s+(lichaam|billen|borsten|benen))\b|\b(me|mij)\s+(steeds\s+|vaak\s+|elke\s+dag\s+)?(betast|aanraakt|aangeraakt)\b",
          r"\b(bang|moet\s+(\S+\s+){0,2}?slapen|niet\s+wil|wil\s+niet|dreigt|niemand\s+vertellen|geheim)\b"),
    _both(r"(ይትንክፈኒ|ተንኪፉኒ|ይትንኪፈኒ|ይዳህስሰኒ|ዳህሲሱኒ|ዝትንክፈኒ)", r"(ፈሪሐ|የፍርሓኒ|ፍርሒ|ብግዲ|ኣይደልን|ምስኡ\s+ክሓድር|ኣብ\s+ገዝኡ\s+ክድቅስ)"),
    # my head banged against the wall by him; "he will come back to finish it"
    r"(?<!\S)و?(دك|دق|ضرب|خبط|طبش|دفش|لطش)\s+(\S+\s+)?(راسي|راسها|راسو|وجهي|وجها)\s+(ب|ع|عال|بال|في\s+ال)(حايط|حيط|حيطه|حائط|جدار|باب|ارض|مرايه)\S*",
    r"(?<!\S)(راجع|رح\s+يرجع|بيرجع|حيرجع)\s+(\S+\s+)?(ي|ا)?(كملها|كملا|يكملها|يخلص\s+علي|يخلص\s+عليي|يكمل\s+علي|يقتلني)(?!\S)",
    r"(ርእሰይ|ርእሳ|ገጸይ)\s+(\S+\s+)?(ምስ|ናብ|ኣብ)\s+(መንደቕ|ማዕጾ|መሬት|ግድግዳ)\S*\s+(\S+\s+)?(ወቒዑ|ሃሪሙ|ደፊኡ|ጠቕዒ\S*|ኣጋጭዩ)",
    # a small child crying or screaming next door with blows or shouting, again and again
    _both(r"(الجيران|جيرانا|جيراننا|جارنا|جارتنا|جنبنا|الشقه\s+اللي\s+جنب\S*|البيت\s+اللي\s+جنب\S*)",
          r"(ولد|طفل|بيبي|صغير|صغيره|بنت|ولاد)\S*\s+(\S+\s+){0,2}?(عم\s+)?(يعيط|يصرخ|يبكي|يصيح|تعيط|تصرخ|تبكي|تصيح|بيعيط|بيصرخ|بيبكي)",
          r"(ضرب|خبط|صراخ|صريخ|بيصرخوا|عم\s+يصرخوا|لطم|كف)"),
    _both(r"(ጎረቤት|ጎረቤትና|ጎረቤተይ|ጎረባብቲ|ኣብ\s+ጥቓና)", r"(ቆልዓ|ህጻን|ንእሽቶ)\S*\s+(\S+\s+){0,2}?(ይበኪ|ይጭርሕ|ይእውዩ|ትበኪ|ትጭርሕ)", r"(ምህራም|ወቕዒ|ድምጺ\s+(ምህራም|ወቕዒ)|ጭርሖ|ይጓየሩ)"),
    # going to a dead mother or child "in heaven" tonight
    _both(r"ኣብ\s+(ሰማይ|ገነት|መንግስተ\s+ሰማያት)", r"(ምስ|ናብ)\s+(ኣደይ|ኣቦይ|ወደይ|ጓለይ|ሰብኣየይ|ሰበይተይ|ደቀይ|ሓወይ|ሓፍተይ)|ናብ(ኣ|ኡ|ኦም)\s", r"(ክራኸብ|ክጽንበር|ክኸይድ|ክኸዶ|ክመጽእ)\s*(\S+\s+)?(ናፊቐ|ደልየ|እየ|ወሲነ|ሓሲበ)?"),
    _both(r"(بالسما|بالجنه|عند\s+ربي|عند\s+الله)", r"(بدي|رح|ح|لازم)\s+(\S+\s+)?(روح|الحق|اطلع|اجي)\s+(لعند|عند|ل)\s*(امي|ابوي|ابني|بنتي|جوزي|مرتي|اخوي|اختي|ولادي|ماما|بابا)"),
    # a secret and photos asked for (grooming, sextortion)
    _both(r"(ምስጢር|ሚስጢር|ብሕቡእ|ብምስጢር)", r"(ስእሊ|ስእልታት|ስእልኻ|ስእልኺ|ፎቶ|ቪድዮ)\S*", r"(ስደደለይ|ስደድለይ|ስደዲለይ|ስደድ|ስደዲ|ልኣኸለይ|ልኣኽለይ|ክትሰድድ|ክትሰዲ)\S*"),
    _both(r"\b(geheim|geheimpje|ons\s+geheim|niemand\s+vertellen|niet\s+vertellen)\b", r"\b(foto|fotos|fotootjes|filmpje\w*|video\w*|naaktfoto\w*)\b",
          r"\b(sturen|stuur|opsturen|stuurt|stuurde|sturen|maken)\b"),
    _both(r"((?<!\S)سر(?!\S)|سرنا|سر\s+بيناتنا|بيناتنا|ما\s+تخبر\S*|لا\s+تخبر\S*|ما\s+تقول\S*\s+لحدا)", r"(صور|صوره|صورك|صورتك|فيديو)", r"(ابعت|ابعتلي|بعتلو|بعتلها|يبعت|تبعت|ارسل|ترسل|يبعتلو|بيبعت)\S*"),
    # carbon monoxide: an alarm and everyone ill (Latin "co", "alarm")
    _both(r"((?<!\S)co(?!\S)|ካርቦን|ሞኖክሳይድ|كربون|مونوكسيد)", r"(መጠንቀቕታ|ደወል|ኣላርም|alarm|melder|انذار|كاشف|جهاز)\S*", r"(ርእሲ|ምትፋእ|ይዞረ\S*|ዝፍኣ|ተፊ\S*|ሕማም|صداع|راس|استفراغ|دوخه|دايخ\S*|hoofdpijn|misselijk|duizelig|overgeven)"),
    # on a bridge, standing, tired (Latin-script Tigrinya, the English word)
    r"\b(ab\s+)?(bridge|brug|dildil|dldl|drdl|ddl)\b\s+(\w+\s+){0,2}?dew\s+(il|ile|ilen|iley|ileka|ila)\w*\b",
    r"(?<!\S)ኣብ\s+(ልዕሊ\s+)?(ብሪጅ|ብሪድገ|ብሪድጅ|ብሩግ)\S*\s+(\S+\s+){0,2}?ደው\s+(ኢለ|ኢለን|ኢለ\s+ኣለኹ)",
    # pregnant and bleeding (Latin-script Tigrinya)
    _both(r"\b(tsinsti|tinsti|tnsti|tsnsti|tinsi|tnsi|tsinsi|tsnsi|nefse\s+(tsor|xor)|neyfese\s+(tsor|xor)|xnsti|xinsti)\b", r"\b(dem|dam)\b"),
    _both(r"(ጺንስቲ|ጽንስቲ|ጥንሲ|ጥንሳ|ነፍሰ\s+ጾር)", r"(?<!\S)ደም(?!\S)|ደም\s+\S*(ይፈስ|ይወሕዝ|ይወሓዛ|ይወሕዛ|ዪወሕዛ|ይፈሳ)", r"(ኣምቡላንስ|ኣምቡላንከ|ሆስፒታል|ብዙሕ|ወርሒ|ኣይቋረጸን)"),
)
_ROUND23_UNCERTAIN = (
    # someone who follows me every day (Tigrinya), from work or school to home
    # (not in a dream: "in my dream someone was following me")
    r"^(?!.*(ሕልም|ሕልመይ|ሕልሚ|ቅዠት)).*(?<!\S)(ይስዕበኒ|ይስዕቡኒ|ይከታተለኒ|ይከታተሉኒ|ይስዕበና|ይከታተለና|ስዒቡኒ|ተኸታቲሉኒ)(?!\S)(?!\s+ነይሩ)",
    r"^(?!.*\b(hilmi|hlmi|hilmey|hlmey)\b).*\b(yiseabeni|yseabeni|yisaebeni|yikotateleni|yketateleni)\b",
    # a girl under 18 who has to marry (Latin-script Tigrinya and Ge'ez)
    _both(r"\b1[0-7]\s+(amet|ametey|ametu|ameta|amety|a3met)\w*\b", r"\b(k?i?m(e)?r(e)?(o|a|ea|eo|ewa|ewo|3a|3o)\w*|mer3a|merea|mer'a|tmere\w*)\b"),
    _both(r"(?<!\S)1[0-7]\s+ዓመ\S*", r"(ክምርዖ|ክምርዓ|ክምርዕዋ|ክምርዕዎ|ክትምርዖ|ክትምርዓ|ከመርዕውዋ|ከመርዕዉኒ|መርዓ)\S*"),
    # a means kept at hand and thought of every day (a rope in the cupboard, pills saved)
    _both(r"\b(een\s+)?(touw|strop|koord)\b", r"\b(denk|dacht|denken)\s+(\S+\s+){0,3}?(eraan|erover|aan\s+(dat|het|de)\s+(touw|strop))\b|\b(denk|dacht|denken)\s+er\s+(\S+\s+){0,4}?(aan|over)\b"),
    _both(r"(حبل|الحبل|حبله)(?!\S)", r"(بفكر|عم\s+فكر|فكر|بفكّر)\s+(\S+\s+){0,2}?(فيه|فيو|فيها|بالحبل)(?!\S)"),
    _both(r"(?<!\S)(ገመድ|ገመዲ)\S*", r"(ይሓስቦ|ኣሓስቦ|እሓስበሉ|ይሓስበሉ|ሓሳብ)\S*"),
    # on a roof, a bridge or the edge of a high place, looking down
    _both(r"\b(op|boven\s+op|aan|bij)\s+(het|de)\s+(dak|rand|brug|balkon|bovenste\s+verdieping|parkeergarage|flat|toren)\b",
          r"\b(kijk|kijken|keek|staar)\s+(\S+\s+)?(naar\s+beneden|omlaag|in\s+de\s+diepte)\b"),
    _both(r"(عالسطح|على\s+السطح|فوق\s+السطح|عالجسر|على\s+الجسر|عالبلكون|على\s+حافه|عالحافه)", r"(عم\s+)?(اطلع|بطلع|طلع)\s+(لتحت|عالارض|على\s+تحت)"),
    _both(r"(ኣብ\s+(ልዕሊ\s+)?(ናሕሲ|ድልድል|ባልኮኒ|ጫፍ))", r"(ንታሕቲ|ናብ\s+ታሕቲ)\s+(\S+\s+)?(እጥምት|እርኢ|ይጥምት|ጠሚተ)"),
    # fled from home with the children, at night, nowhere to sleep
    _both(r"\b(van\s+huis|thuis|uit\s+huis)\s+(\S+\s+)?(gevlucht|weggevlucht|weggelopen|ontsnapt|weggegaan)\b|\b(gevlucht|weggevlucht|weggelopen)\s+(\S+\s+){0,2}?(van|uit)\s+huis\b",
          r"\b(slapen|nacht|vannacht|station|straat|nergens|blijven|opvang|kinderen)\b"),
    _both(r"\bwaar\s+(kunnen|moeten|kan|moet)\s+(we|wij|ik)\s+(\S+\s+)?(vannacht|vanavond|nu)?\s*(slapen|overnachten|blijven)\b",
          r"\b(gevlucht|weggelopen|op\s+straat|buiten\s+gezet|station|uit\s+huis|van\s+huis)\b"),
    _both(r"(هربت|هربنا|طلعت|طلعنا)\s+(\S+\s+)?(من\s+)?(البيت|بيتي|بيتنا)", r"(ولادي|الولاد|بنتي|ابني|البيبي|ننام|نام|الليل|الليله|الشارع|المحطه)"),
    _both(r"ካብ\s+ገዛ\s+(\S+\s+)?(ሃዲመ|ሃዲምና|ወጺአ|ወጺእና|ሃዲማ)", r"(ደቀይ|ቆልዑ|ህጻን|ክንድቅስ|ክድቅስ|ለይቲ|ጽርግያ|መደበር\s+ባቡር)"),
)



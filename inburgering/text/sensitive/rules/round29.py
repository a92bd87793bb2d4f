"""Round 29: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 29, development data since) and NLU b19; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both

# (round 29, Dutch and Arabic: start)
# Kinds from batch 29 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_R29_WATER_NL = (r"\b(ga|gaat|loop|lop|stap|wandel|wadt|wad|zwem)\s+(\S+\s+){0,3}?(het|de)\s+(water|zee|rivier|gracht|kanaal|meer|haven|golven|diepte)\s+(\S+\s+)?in\b|"
                 r"\b(spring|springen|duik|laat\s+me\s+vallen)\s+(\S+\s+){0,3}?in\s+(het|de)\s+(water|zee|rivier|gracht|kanaal|meer|haven)\b")
_R29_NO_RETURN_NL = (r"\b((kan|kun|ken)\s+(\S+\s+)?(niet|nie|geen)\s+(\S+\s+)?zwemmen|kom\s+(\S+\s+)?niet\s+(meer\s+)?(terug|boven)|niet\s+meer\s+(terug|boven)|"
                     r"dat\s+is\s+(goed|beter|prima|maar\s+goed)\s+zo|voor\s+altijd|stenen\s+in\s+(mijn\s+)?(zakken|jas)|verdrinken|verdrink|zinken|laatste\s+keer)\b")
_R29_WATER_AR = (r"(?<!\S)(رح|ح|بدي|راح|ناوي)\s+(ا|ب)?(نزل|فوت|ادخل|دخل|امشي|مشي|نط|انط)\s+(\S+\s+)?(ع|على|عال|بال|ب|في|لل|عل)\s*(ال)?(بحر|نهر|مي|ميه|قنال|كنال|بحيره|ترعه)(?!\S)")
_R29_NO_RETURN_AR = r"(ما\s+(بعرف|بعرفش|عم\s+اعرف|بعرف\s+شي)\s+(اسبح|سباحه|عوم|اعوم)|ما\s+رح\s+(ارجع|اطلع)|وما\s+رح\s+(ارجع|اطلع)|للابد|لآخر\s+مره|لاخر\s+مره)"
_R29_WATER_AZ = (r"\b(ra7|7|bade|badi|bdi|nawi)\s+(enzal|enzel|nzal|fout|fut|ot|2ot|nott|no6|fe6|emshi|2emshi)\s+(\w+\s+)?(3al|3a|bel|bl|fi\s+el|fel|lal)\s*(ba7er|ba7r|bahr|naher|nahr|nehr|may|mayy|kanal|canal|bu7ayra|bo7ayra)\b")
_R29_NO_RETURN_AZ = r"\b(ma\s+(ba3ref|b3ref|ba3rf|3am\s+e3ref)\s+(esba7|asba7|sba7a|sba7|2esba7)|ma\s+ra7\s+(erja3|arja3|rja3|etla3|2etla3)|lal\s*abad|la\s+akher\s+marra)\b"
_R29_TRACK_AR = (r"(?<!\S)(رح|ح|بدي|راح|ناوي|ب)\s*(ا|ب)?(نط|انط|ارمي\s+حالي|ارمي\s+نفسي|نام|انام|اوقف|وقف|امشي|انبطح)\s+(\S+\s+)?"
                 r"(على|ع|عل|عال|تحت|قدام|بوجه)\s*(ال)?(سكه|سكة|سكت|سكك|خط)\s*(ال)?(قطار|تران|ترين|حديد|مترو|ترام)?|"
                 r"(?<!\S)(رح|ح|بدي|راح|ناوي)\s*(ا|ب)?(نط|انط|ارمي\s+حالي|ارمي\s+نفسي|نام|انام|اوقف)\s+(تحت|قدام|بوجه)\s+(ال)?(قطار|تران|ترين|مترو|ترام|باص|شاحنه|سياره)(?!\S)")
_R29_TRACK_AZ = (r"\b(ra7|7|bade|badi|bdi|nawi|b)\s*(nott|not|no6|n2o6|2o6|ent|e66|erme\s+7ali|erma\s+7ali|erme\s+nafsi|nam|enam|2o2af|o2af|wa2ef)\s+(\w+\s+)?"
                 r"((3ala|3al|3a|3l|fo2|ta7t)\s*(el\s+|l)?(seke|sekke|sekket|sekkt|skke|sikke|sikket|s8ke|khat|5at|rails|spoor)|"
                 r"(ta7t|2edam|2eddam|2odam|2oddam|odam|oddam|edam|b\s*wesh|bwej)\s+(el\s+|l)?(tren|train|trein|2i6ar|qi6ar|qitar|ki6ar|metro|tram|bas|bus|sayyara|kamion))\b")
_R29_FAREWELL_AR = r"(?<!\S)(لا|ما)\s+(ت|حدا\s+ي)?(دوروا|دورو|دور|فتشوا|فتشو|فتش|تسالوا|سالوا|تدوروا|تفتشوا)\s+(علي|عليي|عليا|عني|وراي)(?!\S)(?!\s+(?!بكرا|بكره|بكره|بعد|بعدين|ابدا)(ب\S+|عال\S+|في\s+ال\S+|هون|هنيك))"
_R29_FAREWELL_AZ = r"\b(la|ma)\s+(tdawro|tdawrou|tdawru|tdawaro|tdawer|tdawri|tfatsho|tfatshou|tfatesh|tes2alo|tsa2lo|tes2alou|7ada\s+ydawer)\s+(3alay|3alayi|3layi|3leyi|3alayye|3layye|3alia|3alaya|3anni|3ani|wara\w*)\b(?!\s+(?!bukra|bokra|bukara|bo2ra|ba3d|ba3den|ba3dein|abadan)(b\w+|bel\s+\w+|bl\s+\w+|fel\s+\w+|fi\s+el\s+\w+|hon|hnik|hone))"
_R29_WHEN_AR = r"(?<!\S)(بكرا|بكره|بكرة|بعدين|بعد\s+اليوم|ابدا|بعد\s+الليله|من\s+بكرا|خلص|بعد\s+ما\s+روح|بعد\s+ما\s+امشي|بعد\s+هالليله)(?!\S)"
_R29_WHEN_AZ = r"\b(bukra|bokra|bukara|bo2ra|ba3den|ba3dein|ba3d\s+el\s+yom|abadan|abadn|ba3d\s+el\s+leile|khalas|5alas|5las)\b"
_R29_ALIVE_AR = r"(?<!\S)(ما|مش|مو)\s+(رح|ح|راح)\s+(ا|ب)?(كون|ضل|ابقي|بقي|عيش)\s+(عايش|عايشه|طيب|طيبه|عايشين|بالدنيا|عالدنيا|على\s+قيد\s+الحياه|حي|حيه)(?!\S)"
_R29_ALIVE_AZ = (r"\b(ma|mesh|mish|mu)\s+(ra7|7)\s+(kun|ekun|2kun|koun|ekoun|2koun|kon|dal|del|edal|2edal|dall|ebqa|eb2a)\s+"
                 r"(3ayesh|3aysh|3ayshe|3aysha|3ayish|3ayshi|3aysheh|tayyeb|6ayeb|6ayyeb|bel\s*dunya|3al\s*dunya|7ay|7aye|7ayy)\b")
_R29_SUICIDE_AZ = r"\b(2|b|y|t|m|n|la|l)?(e|i|a|2e|2i)?nt(a|e|i)?(7|h)(a|e|i)?r(a|e|i|et|it|ou|o|u|na|ne|iye|eya)?\b"
_R29_CONDOLENCE = (r"\b(ina|inna)\s+li\s*lahi\s+(wa\s*)?(ina|inna)\s+(ilayhi|ilaihi|ilayh|ilayhi)\s+(rajiun|rajioun|raji3un|raji3oun|rajiaun|rajioon|raje3on)\b|"
                   r"\b(gecondoleerd|condoleances|gecondoleerd\s+met\s+(het\s+|jullie\s+|je\s+|uw\s+)?(verlies|overlijden)(\s+van\s+(je|jullie|uw|zijn|haar|hun)\s+\S+)?)\b|"
                   r"\b(god|allah)\s+(geve|gef|geef|moge|zal)\s+(hem|haar|hun|ze)\s+(\S+\s+)?(rust|vrede|het\s+paradijs|jannah|jana)\b|"
                   r"\b(moge|mag|dat)\s+(god|allah)\s+(hem|haar|hun|ze)\s+(\S+\s+)?(genadig\s+zijn|vergeven|rust\s+geven|opnemen\s+in\s+\S+)\b|"
                   r"\b(rust\s+zacht|rust\s+in\s+vrede|moge\s+(hij|zij|ze)\s+rusten\s+in\s+vrede)\b")
_R29_CONDOLENCE_AR = (r"(?<!\S)(انا|إنا)\s+لله\s+و\s*(انا|إنا)\s+اليه\s+راجعون(?!\S)|(?<!\S)(البقاء\s+لله|البقيه\s+بحياتك\S*|عظم\s+الله\s+اجركم|"
                      r"الله\s+يصبركم|الله\s+يصبرك\S*)(?!\S)|(?<!\S)كل\s+نفس\s+ذايقه\s+(ال)?موت(?!\S)")
_R29_CONDOLENCE_AZ = (r"\b(el|al|l)\s*ba2a2?\s+(lilah|lelah|la\s*lah)\b|\b(kol|kul|kull)\s+nafs\s+(tha2i2a|za2i2a|dha2iqa|tha2i2at|za2e2a|za2i2at)\s+(el|al)\s*(mawt|mot)\b|"
                      r"\ballah\s+(y?sabbarkom|ysaberkom|yesabberkom)\b")
_ROUND29_IDIOMS_NL_AR: tuple[str, ...] = (
    # jumping on a train or a bus to catch it (not onto the tracks)
    r"\b(nott|not|no6|n2o6|2o6|ent|natet|nattet|na66eit|ne66et|n6eit)\s+(3al|3a|3ala|b)\s*(el\s+|l)?(tren|train|trein|bas|bus|metro|tram|2i6ar|qi6ar)\s+"
    r"(la|7atta|kermal|abel\s+ma|2abel\s+ma|ta|b\s*akher|b2akher|bi\s*akher)\s+(ma\s+)?(yfoutni|yfutni|yefoutni|y2elle3|yemshi|yrou7|el7a2o|l7a2o|al7a2o|d2i2a|de2i2a|da2i2a|la7za)\b",
    r"(?<!\S)(نط|نطيت|بنط|رح\s+نط|نطينا|لازم\s+نط)\s+(ع|على|عال|بال)\s*(ال)?(تران|ترين|قطار|باص|مترو|ترام)\s+(لحتى|حتى|كرمال|قبل\s+ما|تا|ب\S*\s+دقيقه|بآخر\s+لحظه|باخر\s+لحظه)(?!\S)",
    # condolences and religious formulas about death (not "God have mercy on her": older rules read it as a death
    # next to "I'll follow her"): someone else died, "God give her rest", "every soul
    # tastes death", "everyone dies one day, only God knows when"
    _R29_CONDOLENCE, _R29_CONDOLENCE_AR, _R29_CONDOLENCE_AZ,
    r"\b(iedereen|we|wij|ieder\s+mens|elk\s+mens|alle\s+mensen)\s+(gaat|gaan|sterft|sterven|moet|moeten)\s+(toch\s+|allemaal\s+|allemaal\s+toch\s+)?(ooit|eens|een\s+keer|uiteindelijk|vroeg\s+of\s+laat|een\s+keer)\s+(dood|sterven|dood\s+gaan|doodgaan)\b"
    r"(\s+(\S+\s+)?(alleen\s+)?(god|allah)\s+(weet|bepaalt)\s+(\S+\s+)?(wanneer|het\s+uur|de\s+dag|de\s+tijd))?",
    r"\b(alleen|enkel)\s+(god|allah)\s+(weet|bepaalt)\s+(wanneer|het\s+uur|de\s+dag|de\s+tijd)\b",
    # "dead" (worn out) after sport: the keeper, the team, me after training or the second half
    r"\b(was|waren|ben|is|zijn|werd|voel\s+me)\s+(echt\s+|helemaal\s+|compleet\s+|gewoon\s+|totaal\s+)?(dood|kapot|gesloopt|gebroken)\s+(in|na|tijdens|bij|door|van)\s+(de\s+|het\s+|die\s+|dat\s+)?"
    r"(tweede\s+|eerste\s+|laatste\s+|lange\s+|zware\s+)?(helft|training|wedstrijd|voetbal\w*|sporten|sport|fietsen|marathon|hardlopen|fitness|gym|zwemles|toernooi|rennen|verhuizen|verhuizing|werkdag|dienst|kwartier|bootcamp|spinning|les\s+gym)\b"
    r"(\s+(\S+\s+){0,2}?(kon|kan|konden)\s+(\S+\s+)?niet\s+meer\s+(rennen|lopen|fietsen|staan|verder|bewegen))?",
    r"\b(kon|kan|konden|kunnen)\s+(\S+\s+)?niet\s+meer\s+(rennen|sprinten)\b(?=.*\b(helft|wedstrijd|training|voetbal\w*|keeper|spits|verdediger|team|elftal|scheidsrechter|sport\w*)\b)",
    # a plant, a fish or a sourdough "killed": "it is dead again"
    r"\b(\w*plant\w*|basilicum\w*|cactus\w*|orchidee\w*|bloem\w*|kruiden\w*|munt|peterselie|tomatenplant\w*|bonsai|goudvis\w*|visje|tamagotchi|zuurdesem\w*|moestuin\w*|tuin)\s+"
    r"(\S+\s+){0,2}?(vermoord|gedood|doodgemaakt|laten\s+doodgaan|laten\s+verdrogen|verzopen|om\s+zeep\s+geholpen)\b(\s+(\S+\s+){0,2}?(is|gaat|ging|was)\s+(weer\s+|al\s+|alweer\s+|ook\s+|helemaal\s+)?(dood|dood\s+gegaan))?",
    r"\b(de|mijn|onze|die|het|al\s+mijn|alle|al\s+onze)\s+(\w*plant\w*|basilicum\w*|cactus\w*|orchidee\w*|bloemen|kruiden\w*|bonsai|goudvis\w*|visje|vissen|geraniums?|tomaten)\s+(\S+\s+){0,4}?(is|zijn|gaat|gaan|ging|gingen|was|waren)\s+(weer\s+|al\s+|alweer\s+|ook\s+|allemaal\s+)?(dood|doodgegaan|gestorven|verdord|bevroren|verdroogd)\b",
    # "then I'm the dupe" (de klos, de pineut, de sigaar) after failing an exam or coming late
    r"\b(als\s+ik\s+(\S+\s+){0,5}?(zak|zakt|faal|gezakt|te\s+laat|niet\s+haal|vergeet|mis)\s+(\S+\s+){0,3}?)?(dan\s+)?(ben|is|zijn|word)\s+(ik|je|we|hij|ze|het)\s+(echt\s+|weer\s+)?(de|het)\s+(klos|pineut|sigaar|haasje|lul)\b",
    # a recipe: cut the meat, the onions or the bread with a (sharp) knife, in small pieces
    r"\b(snijd|snij|snijdt|snijden|hak|hakt|hakken|schil|schilt|schillen|fijnsnijden|fijnhakken|prak)\s+(\S+\s+){0,3}?(vlees|kip|kipfilet|uien|ui|groente\w*|brood|tomaten|tomaat|aardappel\w*|wortel\w*|paprika\w*|knoflook|kaas|fruit|appel\w*|vis|komkommer|courgette|aubergine|peterselie|kruiden)\s+"
    r"(\S+\s+){0,2}?(met|op)\s+(een\s+|het\s+|de\s+|je\s+)?(\S+\s+)?(mes|messen|snijplank|koksmes|broodmes|schilmesje|mesje)\b(\s+in\s+(\S+\s+)?(stukjes|plakjes|blokjes|reepjes|ringen|ringetjes|partjes|stukken))?",
    r"\b(snijd|snij|snijdt|snijden|hak|hakt|hakken)\s+(\S+\s+){0,3}?(vlees|kip|uien|ui|groente\w*|brood|tomaten|aardappel\w*|wortel\w*|paprika\w*|knoflook|kaas|fruit|vis)\s+(\S+\s+)?in\s+(\S+\s+)?(stukjes|plakjes|blokjes|reepjes|ringen|ringetjes|partjes|stukken)\b",
    # "my soul is your ransom" (love for a mother, a child)
    r"(?<!\S)(روحي|عمري|حياتي|دمي|قلبي)\s+(فداك|فداكي|فداكم|فداها|فداه|فدا\s+\S+|فدى\s+\S+)(?!\S)(\s+يا\s+\S+)?",
    r"\b(ro7i|rou7i|rohi|3omri|dammi|7ayati)\s+(fidak|fdak|fadak|fidaki|fdaki|fidakom|fida|fda)\b(\s+ya\s+\w+)?",
    # "they'll kill me with the fine / the bills / the paperwork" (a question about money or rules)
    r"(?<!\S)(بيقتلوني|رح\s+يقتلوني|بدهم\s+يقتلوني|قتلوني|موتوني|بيموتوني|بيدبحوني|دبحوني)\s+(بال)?(غرامه|غرامات|مخالفه|مخالفات|ضرايب|ضريبه|فواتير|فاتوره|اوراق|ورق|رسوم|اقساط|ديون|شروط|قوانين|مواعيد|اسئله|بوته|boete)(?!\S)",
    r"\b(bi2telouni|bye2telouni|by2telouni|bi2teluni|ra7\s+y2telouni|2atalouni|bimawtouni|bidb7ouni|bidab7ouni)\s+(bel|bl|b)\s*(gharame|8arame|ghrame|gharamat|boete|fawatir|fatura|wara2|dara2ib|daribe|rusum|dyoun|mo5alafe|mukhalafa)\b",
    # a child hurt a hand or a knee while playing: should we go to the doctor?
    r"(?<!\S)(ابني|بنتي|ابنتي|ابننا|بنتنا|الولد|البنت|الصغير|الصغيره|ابن\S*|ولدي)\s+(جرح|انجرح|جرحت|انجرحت|انجرحت|اتجرح|اتجرحت|كسر|انكسرت|انكسر|خدش|انخدش|انخدشت|لوى|التوت)\s+(\S+\s+)?"
    r"(ايده|ايدها|اصبعه|اصبعها|اجره|اجرها|رجله|رجلها|ركبته|ركبتها|ايدو|اجرو|راسه|راسها|جبينه|جبينها)\s+(\S+\s+)?(وهو|وهي|لما|وقت|و)?\s*(عم\s+ي?\S*لعب|بيلعب|بتلعب|عم\s+تلعب|يلعب|تلعب|بالحديقه|بالمدرسه|بالملعب|بالروضه|عالبسكليت|بالبسكليت|بالمرجوحه|عالمرجوحه)(?!\S)",
    r"\b(ebni|ibni|bente|binti|el\s+walad|el\s+zghir|waladi)\s+(jara7|enjara7|njara7|jar7|kasar|enkasar|5adash|khadash)\s+(\w+\s+)?(ido|eido|2ido|idha|esb3o|asba3o|ejro|2ejro|rejlo|rukbto|rokbeto|raso)\s+(\w+\s+)?(w\s*)?(hu|hiye)?\s*(3am\s+yel3ab|3am\s+tel3ab|byel3ab|btel3ab|bel\s*7adi2a|bel\s*madrase|bel\s*mal3ab)\b",
    r"\b(mijn\s+|ons\s+|onze\s+)?(zoon|dochter|kind|zoontje|dochtertje|kleine|jongste|baby)\s+(heeft|had)\s+(zich\s+|zijn\s+|haar\s+)?(\S+\s+)?(gesneden|opengehaald|geschaafd|bezeerd|verstuikt|gestoten)\s+(\S+\s+){0,2}?(tijdens|bij|met)\s+(het\s+)?(spelen|voetbal\w*|buitenspelen|gym|fietsen|klimmen|trampoline\w*|schommel\w*)\b",
)
_ROUND29_CRISIS_NL_AR: tuple[str, ...] = (
    # into the water, "I can't swim and that's fine", "I won't come back" (Dutch, Arabic, Arabizi)
    _both(_R29_WATER_NL, _R29_NO_RETURN_NL),
    _both(_R29_WATER_AR, _R29_NO_RETURN_AR),
    _both(_R29_WATER_AZ, _R29_NO_RETURN_AZ),
    # "make an end to everything / my life" in the other word order (einde maken aan alles)
    r"\b(een\s+|het\s+)?(eind|einde|punt)\s+(\S+\s+)?(maken|make|maak|brengen|breng|zetten|zet)\s+(aan|achter)\s+(alles|mijn\s+leven|mezelf|mijzelf|het\s+leven|dit\s+leven|mijn\s+bestaan)\b",
    # "I want to die" misspelled or written as one word (ik wil doot, ikwildood, ikwilsterven)
    r"(?<!\S)ik\s*wil\s*(echt\s*|gewoon\s*|graag\s*|nu\s*)?(doot|dood|doodt|dodt|doth|sterven|sterve|doodgaan|dood\s+gaan|niet\s*meer\s*leven|nie\s*meer\s*leven)(?!\S)",
    r"(?<!\S)(ikwildood|ikwildoot|ikwilsterven|ikwildoodgaan|ikwilnietmeerleven|ikwilniemeerleven|ikgazelfmoordplegen|ikmaakeeneindaanmijnleven)(?!\S)",
    # on the train tracks / under the train (Arabic, Arabizi); "suicide" in Arabizi spellings
    _R29_TRACK_AR, _R29_TRACK_AZ,
    r"\b(bade|badi|bdi|bede|ra7|7|nawi|nawye|3am\s+fakker|3am\s+fakkir|fakkart|bfakker)\s+(b\s*|bel\s*|bl\s*|eno\s+|enno\s+)?" + _R29_SUICIDE_AZ,
    # "don't look for me tomorrow" (a farewell with a time)
    _both(_R29_FAREWELL_AR, _R29_WHEN_AR),
    _both(_R29_FAREWELL_AZ, _R29_WHEN_AZ),
)
_ROUND29_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # "don't look for me", alone; "zoek me niet (meer)"
    _R29_FAREWELL_AR, _R29_FAREWELL_AZ,
    r"\b(zoek|zoekt|zoeken)\s+(me|mij)\s+(morgen\s+|straks\s+|later\s+|maar\s+)?(niet|nooit)\s+meer\b(?!\s+(op|in|bij|om)\s+(de|het|mijn)?\s*(cursus|werk|les|school|kantoor|stage|afspraak))",
    r"\b(zoek|zoekt|zoeken)\s+(maar\s+)?niet\s+(meer\s+)?naar\s+(me|mij)\b",
    # "I won't be alive (by then / to go)"
    _R29_ALIVE_AR, _R29_ALIVE_AZ,
    # no food at home for days (and no money): ask gently (basic needs, a person may be in danger)
    r"(?<!\S)(ما\s+في|ما\s+عنا|ما\s+عندي|ما\s+ضل|ما\s+بقي|ما\s+اكلنا|ما\s+اكلت|بلا)\s+(ولا\s+)?(اكل|لقمه|خبز|شي\s+ناكل|شي\s+ناكله)\s+(\S+\s+){0,2}?(من|صرلنا|صرلي|صار\s+لنا|صار\s+لي|الو|لها)\s+(\S+\s+)?(يومين|ايام|اسبوع|جمعه|تلت\s+تيام|\S+\s+ايام|\S+\s+تيام)(?!\S)",
    r"\b(ma\s+fi|ma\s+3na|ma\s+3andi|ma\s+akalna|ma\s+akalt)\s+(wala\s+)?(akl|2akl|akel|5obez|khebez|khobz|shi\s+nakol)\s+(\w+\s+){0,2}?(men|mn|sarelna|sarli|sar\s+lna)\s+(\w+\s+)?(yomen|yomein|iyyam|ayyam|tiyyam|esbou3|jem3a)\b",
    r"\b(al\s+)?(\w+|\d+)\s+dagen\s+(geen|niks|niets)\s+(te\s+)?(eten|eten\s+in\s+huis|brood)\b(?=.*\b(geld|op|gemeente|uitkering|kinderen|honger)\b)",
    # "suicide" as a word in Arabizi, alone
    r"\b(2|b|y|t|m)?(e|i|a|2e|2i)nt(a|e|i)7(a|e|i)r(a|e|i|et|it|ou|o|u|na|ne|iye|eya)?\b",
    # into the water at night or alone, without a swimming cue
    _both(_R29_WATER_NL, r"\b(vannacht|vanavond|alleen|in\s+het\s+donker|met\s+kleren\s+aan|niemand\s+weet)\b", r"^(?!.*\b(zwemles|zwembroek|zwempak|bikini|zwemmen\s+met|strand|warm|hitte|zomer|vakantie|surfen|duiken)\b)"),
)
# (round 29, Dutch and Arabic: end)
# (round 29, Tigrinya: start)
# Kinds from batch 29 (development data since round 29) and own probes (Ge'ez first, then Latin-script Tigrinya).
# NON-NATIVE WRITTEN: needs review by a native speaker.
_R29_DRUG_TI = (r"(?<!\S)(ከኒና|ኪኒን|ፓራሰታሞል|ፓራሲታሞል|ፓራኸታሞል|ፓራከታሞል|ፓራሰታሞል|ፓናዶል|ኢቡፕሮፌን|ኣይቡፕሮፌን|ኣስፕሪን|ትራማዶል|ዲያዜፓም|ኦክሳዜፓም|"
                r"መድሃኒት|መድሓኒት|ናይ\s+ድቃስ\s+ከኒና|paracetamol|ibuprofen|oxazepam|diazepam|temazepam|tramadol|pillen|tabletten)\S*")
_R29_DRUG_LA = (r"\b(kenina|kinin|paracetamol|parasetamol|parasitamol|panadol|ibuprofen|aspirin|tramadol|diazepam|oxazepam|"
                r"temazepam|medhanit|medhanit\w+|pillen|tabletten)\b")
# swallowed or drunk (not "took", which is also the prescribed dose), and an amount
_R29_SWALLOWED_TI = (r"(?<!\S)(ውሒጠ|ውሒጥና|ውሒጡ|ውሒጣ|ውሒጦም|ውሒጠዮ|ውሒጠዮም|ውሒጣቶ|ውሒጡዎ|ሰትየ|ሰትዩ|ሰትያ|ሰትዮም|ሰትየዮ|ሰትየዮም|"
                     r"ሰትያቶ|ሰትዩዎ|ጠዊቐ|ብሓንሳብ\s+ወሲደ|ብሓንሳብ\s+ወሲደዮም)(?!\S)")
_R29_SWALLOWED_LA = r"\b(wuhite|wuhitna|wuhitu|wuhita|uhite|wuhiteyo|wuhiteyom|setye|setyu|setya|setyeyo|setyeyom|bhansab\s+weside)\b"
_R29_AMOUNT_TI = r"(?<!\S)(ብዙሕ|ብዙሓት|ኩሉ|ኩሎም|ኩሉን|ሙሉእ|ብሓንሳብ|ካርቶን|ሳጹን|ፓኬት|ጥርሙዝ|ዓሰርተ|ዕስራ|ሰላሳ|ኣርባዓ|ሓምሳ|ሚእቲ|[0-9]{2,})"
_R29_AMOUNT_LA = r"\b(bzuh|bizuh|bzuhat|kulu|kulom|mulue|bhansab|karton|satsun|paket|asherte|esra|[0-9]{2,})\b"
_R29_NOT_DOSE_TI = r"^(?!.*(ክንደይ|ይከኣል|ይፍቀድ|ረቸታ|recept|ኣፖተክ|apotheek|ክገዝእ|ገዚአ))"
_R29_NOT_DOSE_LA = r"^(?!.*\b(kndey|kindey|ykeal|yfqed|recept|apotheek|kgeze|gezie)\b)"
# "this letter / message (of mine) is the last", and a farewell
_R29_LAST_LETTER_TI = (r"(?<!\S)(እዚ|እዛ)\s+(ደብዳቤ|መልእኽቲ|ጽሑፍ|ኢመይል|ሜይል|መልእኽተይ|ደብዳበይ|ጽሑፈይ)\s+(ናይ\s+)?(መወዳእታ|ዳሕረዋይ|ዳሕረወይቲ|መጨረሻ)"
                       r"(?!\s+\S*(መጠንቀቕታ|ምዝኽኻር|ዕድል|ቆጸራ|ሕቶ|ክፍሊት|ዕለት|ገደብ))(\s+(እዩ|እያ|ኢዩ|ኢያ))?(?!\S)")
_R29_LAST_LETTER_LA = (r"\b(ezi|eza)\s+(debdabe|melekti|melekhti|tshuf|email|mail)\s+(nay\s+)?(mewedaeta|mewedaata|mewedeta|dahrewai|dahreway)"
                       r"\b(?!\s+(metenqeqta|metenkekta|qotsera|hito|kfilit))")
_R29_FAREWELL_TI = (r"(?<!\S)(ደሓን\s+ኩኑ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ደሓን\s+ጽንሑ|ሰላም\s+ኩኑ|ተሰናቢተ\S*|ስንብት|ይቕረ\s+በሉለይ|ይቕረ\s+በሉኒ|"
                    r"ንዘልኣለም|ንሓዋሩ|ኣይትረስዑኒ|ኣይትዘክሩኒ)(?!\S)")
_R29_FAREWELL_LA = r"\b(dehan\s+kunu|dehan\s+kun|selam\s+kunu|yqre\s+belulley|yqre\s+beluni|nzelealem|nhawru|aytresuni)\b"

# cutting a girl (FGM): the verb with a girl or a daughter
_R29_FGM_TI = (r"(?<!\S)((ክት|ክ|ኪ|ይ|ት|የ|ከ|ክን)?(ግ|ገ)(ዝ|ዚ)(ር|ራ|ሩ|ሮ)(ዋ|ዎ|ኣ|ኦ|ና|ኒ|ኪ|ወን|ዋን)?|ግዝረት|ምግዛር|ምግዛራ|ገዚሮማ|ገዚሮምዋ|ገዚራታ|ተገዚራ|"
               r"ክትግዘር|ክትገዘር|ክግዘር|ክገዘር)(?!\S)")
_R29_GIRL_TI = r"(?<!\S)(ን)?(ጓል|ጓልና|ጓለይ|ጓላ|ጓሉ|ጓልኩም|ደቂ\s+ኣንስትዮ|ሕጻን\s+ጓል|ንእሽቶ\s+ጓል|ጓላት|ደቀንስትዮ)(?!\S)"
_R29_FGM_LA = r"\b(ktgezra|kgezra|kgezrwa|ktgzra|kgzrwa|gzret|mgzar|gezirowa|gezirama|besnijd\w*|fgm)\b"
_R29_GIRL_LA = r"\b(n?gual|n?gualna|n?gualey|n?guala|n?gualu|dochter|meisje)\b"

_ROUND29_IDIOMS_TI: tuple[str, ...] = (
    # a dosage question: how many pills a day may I take; a headache or a cold, may I take a pill
    r"(?<!\S)ክንደይ\s+(\S+\s+){0,3}?(ከኒና|ኪኒን|ፓራሰታሞል|ፓራሲታሞል|ፓራኸታሞል|ፓራከታሞል|ፓናዶል|ኢቡፕሮፌን|ኣስፕሪን|መድሃኒት|መድሓኒት|paracetamol|ibuprofen)\S*\s+"
    r"(\S+\s+){0,4}?(ክወስድ|ክወስዶ|ክውሕጥ|ይውሰድ|ይወሰድ|ክንወስድ|ክትወስድ|ክወስዶም|ክሰቲ)\s+(\S+\s+)?(ይከኣል|ይኽእል|ይፍቀድ|ይግባእ|ኣለኒ|ኣለዎ|ኣለዋ)"
    r"(\s+(ዶ|ድዩ|እዩ))?(?!\S)(?!.*(ክመውት|ክሞት|ክውድእ|ንሓዋሩ|ከይበራበር))",
    r"(?<!\S)(ርእሰይ|ርእሲ|ከብደይ|ሕቖይ|ስነይ|ስኒ|ጎሮሮይ|ቃንዛ|ሕማም|ረስኒ|ጉንፋዕ|ሰዓል|ሕማም\s+ርእሲ|ይሓምመኒ|ይሓመኒ|ይሕመመኒ|ሓሚመ|ሕሙም)\S*\s+(\S+\s+){0,4}?"
    r"(ከኒና|ኪኒን|ፓራሰታሞል|ፓራሲታሞል|ፓራኸታሞል|ፓራከታሞል|ፓናዶል|ኢቡፕሮፌን|ኣስፕሪን|መድሃኒት|መድሓኒት|paracetamol|ibuprofen)\S*\s+(\S+\s+)?"
    r"(ክወስድ|ክውሕጥ|ክሰቲ)\s+(ይኽእል|ይከኣል|ይፍቀድ|ድየ|ዲየ|ይግባእ)(\s+(ዶ|ድዩ|እየ|ድየ))?(?!\S)",
    r"\b(kndey|kindey)\s+(\w+\s+){0,3}?(kenina|kinin|paracetamol|parasetamol|panadol|ibuprofen|aspirin|medhanit)\s+(\w+\s+){0,4}?"
    r"(kwesd|kiwesd|kwesdo|kwhet|ywesed)\s+(\w+\s+)?(ykeal|ykeal|ykhl|ykhil|yfqed|aleni)\b(?!.*\b(kmewt|kimewt|kmot)\b)",
    r"\b(rsey|resey|risey|rese|rsi|kebdey|hqoy|sney|gororoy|qanza|hmam|gunfae|seal|yhameni|yhamemeni|hamime)\s+(\w+\s+){0,4}?"
    r"(kenina|kinin|paracetamol|parasetamol|panadol|ibuprofen|aspirin|medhanit)\s+(\w+\s+)?(kwesd|kiwesd|kwhet|kiwhet)\s+"
    r"(ykhl|ykhil|ykeal|yfqed|dye|diye)\b",
    # an accidental cut (passive "got cut") and a plaster or a bandage
    r"(?<!\S)(ኢደይ|ኣጻብዐይ|ኣጻብዕተይ|ኣጻብዕቲ|ዓባይ\s+ኣጻብዕተይ|ኢዱ|ኢዳ|ኢድ\s+ወደይ|ኢድ\s+ጓለይ)\s+(\S+\s+){0,5}?"
    r"(ተቖሪጹ|ተቐሪጹ|ተቖሪጻ|ተቖሪጸ|ተቖሪጹኒ|ተቖሪጻትኒ|ተቘሪጹ|ተሃሪሙ|ተሃሪማ)\s+(\S+\s+){0,5}?"
    r"(ፕላስተር\S*|ፋሻ|ባንዴጅ|ባንዳ|pleister\S*|verband\S*|ፋርማሲ|ኣፖተክ|ዲዛይንፈክታንት|ኣልኮል)",
    r"\b(idey|atsabey|atsabeatey|idu|ida)\s+(\w+\s+){0,5}?(teqoritsu|teqorixu|tekoritsu|teqoritsa|teqoritse)\s+(\w+\s+){0,5}?"
    r"(plaster|pleister|banda|verband|apotheek|farmasi|fasha)\b",
    # cutting meat, onions or vegetables with a knife (cooking)
    r"(?<!\S)(ነቲ\s+|ነታ\s+|ነቶም\s+)?(ስጋ|ሽጉርቲ|ኣሕምልቲ|ድንሽ|ኮሚደረ|ፍሩታ|ደርሆ|ዓሳ|ባኒ|ቲማቲም|ካሮት|ጎመን|ኬክ|ሰላጣ|ብሽኮቲ|vlees|ui|uien)\S*\s+"
    r"(\S+\s+){0,2}?(ብካራ\s+|ብካራ\s+ኩሽና\s+)?(ቆሪጸ|ቆሪጽና|ቆራሪጸ|ቆራሪጽና|ክቖርጽ|ክቖራርጽ|ይቖርጽ|ትቖርጽ|ሰሊፈ|ቆሪጸዮ|ቆራሪጸዮ|ቆሪጽናዮ|ቆሪጻቶ|ቁረጽዎ|ቁረጾ)(?!\S)",
    r"(?<!\S)ብካራ\s+(ኩሽና\s+)?(ነቲ\s+|ነታ\s+)?(ስጋ|ሽጉርቲ|ኣሕምልቲ|ድንሽ|ኮሚደረ|ፍሩታ|ደርሆ|ዓሳ|ባኒ|ቲማቲም|ካሮት|ጎመን|ኬክ|ሰላጣ)\S*\s+(\S+\s+)?"
    r"(ቆሪጸ|ቆሪጽና|ቆራሪጸ|ክቖርጽ|ይቖርጽ|ትቖርጽ|ቆሪጸዮ|ቆራሪጸዮ)(?!\S)",
    r"\b(sga|siga|shgurti|shigurti|ahmlti|dnsh|komidere|fruta|derho|asa|vlees|uien)\s+(\w+\s+){0,2}?(bkara\s+)?"
    r"(qoritse|qoritsna|qorarite|qoraritse|kqorts|yqorts|tqorts|selife|qoritseyo)\b",
    # a phone that "died" (flat battery); a smoke alarm that beeps for a new battery
    # (round 44: not when the word between is "does not pick up / answer": "ስልኩ ኣየልዕልን ጠፊኡ" is a person gone missing)
    r"(?<!\S)(ስልከይ|ስልካ|ስልኩ|ስልክና|ስልኪ|ተሌፎነይ|ሞባይለይ|ባትሪ\s+ስልከይ)\s+((?!(ኣየልዕልን|ኣይለዓልን|ኣይልዕልን|ኣይምልስን|ኣይትምልስን|ኣይተልዕልን|ኣይትልዕልን)(?!\S))\S+\s+)?"
    r"(ሞይቱ|ሞይታ|ጠፊኡ|ጠፊኣ)(\s+(ነይሩ|ነይራ))?(?!\S)",
    r"(?<!\S)(smoke\s*alarm|rookmelder\S*|ናይ\s+ትኪ\s+ኣላርም|ኣላርም\s+ትኪ)\S*\s+(\S+\s+){0,6}?(ባትሪ|ባተሪ|batterij|batri)\S*",
    r"\b(smoke\s*alarm|rookmelder\w*|alarm\s+tki)\s+(\w+\s+){0,6}?(batri|batteri|batterij)\b",
    # a debt and no money (worry, not a crisis)
    r"(?<!\S)(ዕዳ|ልቓሕ|ልቃሕ)\s+(ኣለኒ|ኣሎኒ|ኣለና)\s+(\S+\s+)?ገንዘብ\s+(የብለይን|የብልናን|የለን)(?!\S)",
    r"\b(dea|deya|eda|edda|lqah|schuld\w*)\s+(aleni|aloni|alena)\s+(\w+\s+)?(genzeb|gnzeb)\s+(yebleyn|yeblnan|yelen)\b",
    r"(?<!\S)(deurwaarder\S*|ደርዋርደር\S*|ዶርዋርደር\S*|incasso\S*|ኢንካሶ\S*)\s+(\S+\s+){0,6}?(ክመጽኡ|ክመጽእ|ይመጽኡ|ይመጽእ|መጺኡ|መጺኦም)(\s+(እዮም|እዩ|ኢዮም|ኢዩ))?(?!\S)",
    # a killing in the news: someone was killed somewhere, the police caught the killer
    r"(?<!\S)(ዜና|ጋዜጣ|ቲቪ|ቴሌቪዥን|ፌስቡክ|ቲክቶክ|ዩቱብ|ሬድዮ|nieuws|nos)\S*\s+(\S+\s+){0,10}?"
    r"(ተቐቲሉ|ተቐቲላ|ተቐቲሎም|ተወጊኡ|ተወጊኣ|ተወጊኦም|ተተኩሱ|ተተኩሳ|ተቐትለ|ተቐትለት|ሞይቱ|ሞይታ|ሞይቶም|ተሃሪሙ|ተሃሪማ|ተሃሪሞም)(?!\S)",
    r"(?<!\S)(ፖሊስ|ፖሊሲ|politie)\S*\s+(\S+\s+){0,3}?(ንቐታሊ|ቀታሊ|ነቲ\s+ቀታሊ|ነቲ\s+ገበነኛ|ገበነኛ|ንገበነኛ|ነቲ\s+ዝቐተለ|ንዝቐተለ)\S*\s+(\S+\s+)?"
    r"(ሒዞሞ|ሒዞምዎ|ሒዞም|ኣሲሮሞ|ኣሲሮምዎ|ኣሲሮም|ሒዙዎ|ሒዛቶ|ኣሲሩዎ)(?!\S)",
    r"\b(zena|tv|nieuws|facebook|tiktok|youtube|radio)\s+(\w+\s+){0,10}?(teqetilu|teqetila|teqetilom|tewegiu|tewegia|moytu|moyta|moytom)\b",
    r"\b(polis|police|politie)\s+(\w+\s+){0,3}?(nqetali|qetali|neti\s+qetali|gebenegna|ngebenegna)\s+(\w+\s+)?(hizomo|hizom|hizomwo|asiromo|asirom)\b",
    # faith about death: we all return to God one day; death and life are in God's hands
    r"(?<!\S)(ኩላትና|ኩልና|ኩሉ\s+ሰብ|ኩሉ\s+ፍጡር|ኩሎም\s+ሰባት|ነፍሲ\s+ወከፍ(\s+ሰብ)?|ሰብ\s+ኩሉ|ኩሉ\s+ዝተወልደ)\s+(\S+\s+){0,2}?"
    r"(ሓደ\s+መዓልቲ|ኣብ\s+መወዳእታ|ሓደ\s+ግዜ)\s+(\S+\s+){0,3}?"
    r"(ክንምለስ|ንምለስ|ክምለስ|ይምለስ|ክንመውት|ንመውት|ክንሞት|ክመውት|ይመውት|ክሞት|ክንሓልፍ|ክሓልፍ|ክንከይድ|ንኸይድ)(\s+(ኢና|እዩ|ኢዩ|ኢዮም|እዮም))?(?!\S)",
    r"(?<!\S)(ሓደ\s+መዓልቲ|ኣብ\s+መወዳእታ)\s+(ኩላትና|ኩልና|ኩሉ\s+ሰብ|ኩሉ\s+ፍጡር|ኩሎም\s+ሰባት)\s+(\S+\s+){0,3}?"
    r"(ክንምለስ|ንምለስ|ክምለስ|ይምለስ|ክንመውት|ንመውት|ክንሞት|ክመውት|ይመውት|ክሞት|ክንሓልፍ|ክሓልፍ)(\s+(ኢና|እዩ|ኢዩ|ኢዮም|እዮም))?(?!\S)",
    r"(?<!\S)(ኩላትና|ኩልና|ኩሉ\s+ሰብ|ንሕና)\s+(\S+\s+){0,3}?(ናብ\s+(ኣምላኽ|ፈጣሪ|እግዚኣብሄር|ኣላህ)\S*|ናብኡ)\s+(ድማ\s+)?(ክንምለስ|ንምለስ)(\s+ኢና)?(?!\S)",
    r"(?<!\S)(ሞትን\s+ህይወትን|ህይወትን\s+ሞትን|ሞትን\s+ሕይወትን|ሕይወትን\s+ሞትን|ሞት\s+ይኹን\s+ህይወት|ሞት)\s+(\S+\s+)?(ኣብ\s+)?(ኢድ|ኢዱ|ኢዲ|ኢዳት)\s+"
    r"(ኣምላኽ|እግዚኣብሄር|ፈጣሪ|ኣላህ|ኣምላኽና|ፈጣሪና)(\s+(እዩ|ኢዩ|ኣሎ|እዮም|ኢዮም|እዩ\s+ዘሎ))?(?!\S)",
    r"\b(kulatna|kulna|kulu\s+seb)\s+(\w+\s+){0,2}?(hade\s+mealti|had\s+mealti|hade\s+me'alti|ab\s+mewedaeta)\s+(\w+\s+){0,3}?"
    r"(knmeles|nmeles|kinmeles|knmewt|nmewt|kmewt|ymewt)\b",
    r"\b(motn\s+hywetn|motn\s+hiwetn|hiwetn\s+motn|hywetn\s+motn|mot)\s+(\w+\s+)?(ab\s+)?id\s+(amlak|egziabher|fetari|allah)\b",
)
_ROUND29_CRISIS_TI: tuple[str, ...] = (
    # "you are better off without me" (a burden)
    r"(?<!\S)ብዘይ\s*(ኣነ|ኣና)\s+((ስድራይ|ደቀይ|ዓለም|ኩሉ\s+ሰብ|ኩልኹም|ኩሎም|ህይወትኩም|ህይወቶም|ሰብኣየይ|ሰበይተይ|ኣደይ|ኣቦይ|ስድራ)\s+)?"
    r"(ይሓይሸ(ኩም|ኩምን|ኪ|ካ|ና|ሎም|ልኩም|ም)?|ይሓይሾም|ይሓይሻ|ይሓይሾ|ትሓይሽ|ይቐለኩም|ይቐልለኩም|ይቐልሎም|ይቐልል|ትቐልል|ምሓሸኩም|ምሓሾም|ዝሓሸ|ዝሓሸት)(?!\S)",
    r"\bbzey\s*(ane|ana)\s+((sdray|dekey|alem|kulkum|kulom)\s+)?(yi?hayshe?(kum|kumn|ki|ka|na|lom|m)?|yi?haysho(m)?|tha?yish|yqelelkum|mhashekum)\b",
    # another person harming themselves now: cutting, burning or hurting her / his own body
    r"(?<!\S)(?<!ጥፍሪ\s)(?<!ጽፍሪ\s)(?<!ጸጉሪ\s)(ኢዳ|ኢዱ|ቆርበታ|ቆርበቱ|ሰለፋ|ሰለፉ|ኣእጋራ|ኣእጋሩ|እግራ|እግሩ|ኣካላታ|ኣካላቱ|ነብሳ|ነብሱ)\s+(\S+\s+){0,2}?"
    r"(ትቖርጽ|ይቖርጽ|ትቆርጽ|ይቆርጽ|ትቖርጾ|ይቖርጾ|ትቖርጻ|ትሓርድ|ይሓርድ|ትገርፍ|ይገርፍ|ተቃጽል|የቃጽል|ትጎድእ|ይጎድእ|ቆሪጻቶ|ቆሪጹዎ|ኣቃጺላቶ)"
    r"(\s+(ኣላ|ኣሎ|ኣለዉ|ነይራ|ነይሩ))?(?!\S)",
    r"(?<!\S)(ርእሳ|ርእሱ|ነብሳ|ነብሱ)\s+(\S+\s+)?(ትጎድእ|ይጎድእ|ትሃርም|ይሃርም|ትወቕዕ|ይወቕዕ)\s+(ኣላ|ኣሎ)(?!\S)",
    r"\b(ida|idu|qorbeta|qorbetu|selefa|selefu|eigra|egra|egru|nebsa|nebsu)\s+(\w+\s+){0,2}?"
    r"(tqorts|tqorx|tkorts|yqorts|yqorx|tqortso|yqortso|qoritsato|thard|yhard|tgerf|ygerf|tqatsl|yeqatsl)\w*\b",
    # a sexual attack on me or a relative ("ጾታዊ መጥቃዕቲ" done to ...)
    r"(?<!\S)(ጾታዊ|ብጾታ|ጾታዊ\s+ዝኾነ)\s+(መጥቃዕቲ|ጥቕዓት|ግፍዒ|ዓመጽ|ትንኪፍ|ምትንካፍ)\s+(\S+\s+)?(ኣውሪዱ\S*|ኣውሪዶም\S*|ፈጺሙ\S*|ፈጺሞም\S*|ፈጺማ\S*|ኣብጺሑ\S*|ኣብጺሖም\S*|ገይሩ\S*|ገይሮም\S*)",
    r"\b(tsotawi|xotawi|sotawi)\s+(metqaeti|metkaeti|metqati|tqiat|amets|tnkif)\s+(\w+\s+)?(awridu\w*|awridom\w*|fetsimu\w*|fetsimom\w*|abtsihu\w*)\b",
    # cutting a girl (FGM) here or on a trip abroad
    _both(_R29_FGM_TI, _R29_GIRL_TI),
    _both(_R29_FGM_LA, _R29_GIRL_LA),
    # no wish, hope or strength to live
    r"(?<!\S)(ናይ\s+)?(ምንባር|ምንባረይ|ክነብር|ንምንባር|ምቕጻል\s+ህይወት)\s+(\S+\s+)?(ድሌት|ባህጊ|ሸውሃት|ፍትወት|ሃረርታ|ድሌተይ|ተስፋ|ሓይሊ|ትርጉም|ምኽንያት)\s+"
    r"(\S+\s+)?(የብለይን|ኣይብለይን|የለን|የለንን|ጠፊኡኒ|ጠፊኡ)(?!\S)",
    r"\b(nay\s+)?(mnbar|minbar|knebr|kinebr|nmnbar)\s+(\w+\s+)?(dlet|dilet|bahgi|tesfa|haili|hayli|trgum)\s+(\w+\s+)?(yebleyn|yebleyin|aybleyn|yelen)\b",
    # many pills swallowed (an overdose taken), not a dosage question
    _both(_R29_DRUG_TI, _R29_SWALLOWED_TI, _R29_AMOUNT_TI, _R29_NOT_DOSE_TI),
    _both(_R29_DRUG_LA, _R29_SWALLOWED_LA, _R29_AMOUNT_LA, _R29_NOT_DOSE_LA),
    # "this letter is the last" and a farewell
    _both(_R29_LAST_LETTER_TI, _R29_FAREWELL_TI),
    _both(_R29_LAST_LETTER_LA, _R29_FAREWELL_LA),
    # killing myself, in the verb forms the older rules miss ("ኪቐትላ", "kiqetla")
    r"(?<!\S)(ርእሰይ|ነብሰይ|ንርእሰይ|ንነብሰይ|ነፍሰይ)\s+(\S+\s+){0,2}?(ክ|ኪ|ከ)(ቐ|ቕ|ቀ|ቅ)(ቲ|ት|ተ)(ል|ላ|ሎ|ለ|ሊ)(?!\S)",
    r"\b(n?r[e]?i?s[e]?y|n?nebs[e]?y|nebsei|nefsey)\s+(\w+\s+){0,2}?k[iey]?(q|kh?)[ie]?t[ie]?l(a|o|e|i)?\b",
)
_ROUND29_UNCERTAIN_TI: tuple[str, ...] = (
    # "I will not be there until tomorrow / until then" (not at a place)
    r"(?<!\S)ክሳብ\s+(ጽባሕ|ሽዑ|ሽዒ|ሰኑይ|ሰሉስ|ሮቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት|ዝመጽእ\s+ሰሙን|ቆጸራ\S*)\s+"
    r"(ኣይክህሉን|ኣይህሉን|ኣይክህልውን|ኣይክነብርን|ብህይወት\s+ኣይክህሉን)(?!\S)(?!\s+(እየ\s+)?(ኣብ|ኣብቲ|ኣብዚ|ገዛ|ናብ))",
    r"\b(kisab|ksab|kesab)\s+(tsbah|xbah|tsibah|shu|shiu)\s+(ay?k?i?halun|aykhalun|aykihalun|ayhalun|aykhlun)\b(?!\s+(iye\s+)?(ab|geza)\b)",
    # "this letter / message is the last" (no farewell)
    _R29_LAST_LETTER_TI,
    _R29_LAST_LETTER_LA,
)
# (round 29, Tigrinya: end)
_ROUND29_IDIOMS = _ROUND29_IDIOMS_NL_AR + _ROUND29_IDIOMS_TI
_ROUND29_CRISIS = _ROUND29_CRISIS_NL_AR + _ROUND29_CRISIS_TI
_ROUND29_UNCERTAIN = _ROUND29_UNCERTAIN_NL_AR + _ROUND29_UNCERTAIN_TI

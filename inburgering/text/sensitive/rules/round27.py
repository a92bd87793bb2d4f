"""Round 27: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both
from inburgering.text.sensitive.rules.round26 import (
    _R26_ORDINARY_REASON_AR, _R26_REASON_LA, _R26_REASON_TI, _R26_TIME_AR,
)

# Round 27: kinds from batch 27 (sealed in round 26) and own probes.
# (round 27, Dutch and Arabic: start)
# Kinds from batch 27 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_R27_MEANS_NL = r"\b(het\s+mes|de\s+messen|het\s+touw|de\s+strop|de\s+pillen|de\s+tabletten|de\s+medicijnen|het\s+gif|de\s+slaappillen|het\s+pistool)\s+(ligt|liggen|hangt|hangen|staat|staan)\s+(al\s+|nu\s+)?(klaar|gereed)\b"
_R27_NOT_TOMORROW_NL = (r"\b(weet\s+(ik\s+)?niet\s+of\s+ik\s+er\s+(\S+\s+){0,2}?(morgen|dan|volgende\s+week|straks|vanavond|over\s+een\s+week)\s+nog\s+(ben|zal\s+zijn)|"
                        r"of\s+ik\s+er\s+(morgen|dan|volgende\s+week|straks)\s+nog\s+ben)\b")
_R27_ORDINARY_NL = r"(?!.*\b(verhuis\w*|vakantie|verlof|stage|op\s+reis|ziek|griep|koorts|operatie|afspraak\s+bij\s+de\s+(dokter|tandarts)|oppas|werk\s+tot|dienst)\b)"
_R27_SHOT_NOT = r"^(?!.*\b(foto\w*|kiekje\w*|doelpunt\w*|goal\w*|penalty\w*|bal|game|spel|film|serie|binnen|lach|stress|paniek|wortel\w*|raak|vuurwerk|schiettent|kermis|paintball|lasergame|jacht|jager\w*)\b).*?"
_R27_AR_THING = (r"(ال\s*)?(digid|ديجيدي|الديجيدي|app|تطبيق|التطبيق|موقع|الموقع|الكمبيوتر|اللابتوب|النت|الانترنت|الواي\s*فاي|الطابعه|الفورم|الاستماره|الفاتوره|duo|map|"
                 r"الامتحان|امتحان\S*|الوظيفه|الواجب|اللغه|الهولنديه|القواعد|الباص|القطار|الشغل|الدوام|الطقس|البرد|الحر)")
# (round 40: the bus and the boss only with an article or a demonstrative: the view squeezes "baas" to "bas", which is
# Arabizi for "but", as in "jozi bas ra7 y2telni")
_R27_AZ_THING = (r"((el\s+|l|hal\s*|ha\s*|hay\s*|hayda\s+|hayde\s+)?(digid|app|website|site|computer|laptop|internet|net|wifi|printer|form|formulier|duo|map|ind|"
                 r"imti7an|em?ti7an|examen|wazife|wa?jeb|lo3a|logha|hollande|holandi|qawa3ed|2awa3ed|grammar|tram|train|2i6ar|shoghol|shogl|dawam|ta2s|bard)|"
                 r"(el\s+|l|hal\s*|ha\s*|hay\s*|hayda\s+|hayde\s+)(bus|baas))")
# the transliteration of Arabizi spells "3ashan msafer" as "عشن مسفر"
_R27_ORDINARY_REASON_AR = r"(?!.*(عشن|مسفر|مسفره|سفر|اجازه|عطله|شغل|موعد|دكتور|عرس))"
_ROUND27_IDIOMS_NL_AR: tuple[str, ...] = (
    # a photo, goal or penalty "shot"; something that "shot" into my mind or a laugh
    r"\b(doelpunt\w*|goal\w*|penalty\w*|penalties|foto\w*|kiekje\w*|plaatje\w*|vrije\s+trap)\s+(\S+\s+){0,3}?(geschoten|schiet|schieten|schoot|schoten)\b|\b(schiet|schieten|schoot|schoten|geschoten)\s+(\S+\s+){0,2}?(een\s+|twee\s+|drie\s+|mooie\s+)?(doelpunt\w*|goal\w*|penalty\w*|foto\w*|kiekje\w*|plaatje\w*)\b|\b(te\s+binnen\s+geschoten|schoot\s+(\S+\s+)?te\s+binnen|schiet\s+(\S+\s+)?te\s+binnen|schoot\s+(\S+\s+)?in\s+de\s+(lach|stress|paniek))\b",
    # a body part that "kills" me after work or sport
    r"\b(mijn\s+)?(rug|onderrug|knie\w*|voeten|voet|benen|been|schouder\w*|nek|kuiten|armen|hoofd|kies|tanden|heup\w*|spieren)\s+(\S+\s+)?(vermoord\w*|slopen|sloopt|maakt\s+me\s+af|maken\s+me\s+af)\s+(me|mij)\b",
    r"(?<!\S)(ضهري|ظهري|رجلي|رجليي|ركبي|ركبتي|اجري|راسي|ايدي|كتفي|رقبتي)\s+(\S+\s+)?(رح|ح|عم)\s+(ي|ت)(قتلني|موتني)(?!\S)",
    # sleeping "like a dead man"
    r"\b(slaap|slapen|sliep|sliepen|geslapen|slaapt)\s+(\S+\s+){0,2}?als\s+(een\s+)?(dode|dooie|dood|blok|os|roos|marmot|baby)\b",
    r"(?<!\S)(نمت|نايم|رح\s+نام|بنام|نام)\s+(\S+\s+)?(متل|مثل|زي)\s+(الميت|الميتين|القتيل)(?!\S)",
    # a character in a story, play or film dies at the end
    r"\b(romeo|julia|hoofdpersoon|personage\w*|held|heldin|hond|de\s+moeder|de\s+vader|iedereen|allebei|ze\s+allebei)\s+(\S+\s+){0,2}?(gaan|gaat|ging|gingen|sterft|sterven|stierf|stierven)\s+(\S+\s+){0,2}?(dood\s+)?(op|aan)\s+het\s+(einde|eind)\b(?!\s+van\s+(de|deze|die)\s+(maand|week|dag|jaar))",
    r"\bin\s+(het\s+boek|de\s+film|het\s+verhaal|de\s+serie|het\s+toneelstuk|de\s+roman|de\s+aflevering)\s+(\S+\s+){0,3}?(gaat|gaan|ging|gingen|sterft|sterven|stierf)\s+(\S+\s+){0,3}?(dood|sterft|sterven)?\b",
    # violence in the past, now separated and safe
    r"\b(mijn\s+)?(ex|ex\s*man|ex\s*vrouw|vorige\s+man|eerste\s+man|ex\s*partner|vader|stiefvader)\s+(sloeg|schopte|mishandelde|bedreigde|slaan)\s+(mij|me)\s+(\S+\s+){0,2}?(vroeger|jaren\s+geleden|toen|destijds)\s+(\S+\s+)?(maar|nu)\s+(\S+\s+){0,8}?"
    r"(gescheiden|veilig|fijn\w*\s+leven|goed\s+leven|gelukkig|rust|goed\s+met\s+me|weg\s+bij\s+hem|geen\s+contact)\b",
    r"\b(vroeger|jaren\s+geleden|destijds)\s+(sloeg|schopte|mishandelde|bedreigde)\s+(mijn\s+)?(ex|ex\s*man|vorige\s+man|vader|stiefvader)\s+(mij|me)\s+(\S+\s+)?(maar|nu)\s+(\S+\s+){0,8}?(gescheiden|veilig|fijn\w*\s+leven|goed\s+leven|gelukkig|rust|geen\s+contact)\b",
    r"(?<!\S)(طليقي|زوجي\s+القديم|جوزي\s+القديم|زوجي\s+السابق|ابوي)\s+(كان\s+)?(يضربني|بيضربني|يهددني|ضربني)\s+(\S+\s+){0,2}?(زمان|من\s+زمان|قبل\s+سنين|بالماضي)\s+(بس|لكن)\s+(\S+\s+){0,8}?(مطلقه|تطلقت|مرتاحه|مبسوطه|بامان|منيحه|الحمد\s*لله)(?!\S)",
    # a question about what the suicide-prevention line or the emergency number is or does
    r"\b(wat\s+voor\s+(een\s+)?(organisatie|instantie|stichting|club|nummer)|wat|wie)\s+(is|zijn|doet|doen)\s+(de\s+|het\s+)?(stichting\s+)?113(\s+zelfmoord\s*preventie|\s+zelfdoding\s*preventie)?(\s+(precies|eigenlijk|nou|dan|voor\s+iets))?\b",
    r"\b(spreekt|spreken|praat|praten)\s+(\S+\s+)?(112|113|de\s+alarmcentrale|de\s+meldkamer)\s+(\S+\s+)?(ook\s+)?(arabisch|engels|tigrinya)\b",
    r"\b(112|113)\s+(fiyon|fihon|fyon|byi7ko|bye7ko|bi7ko|y7ko|yi7ko|ye7ko|byet7ako|yet7ako|bytkalamo|yetkalamo)\s+(\S+\s+)?(3arabi|arabi|3arabe|enklizi|inglizi)\b",
    r"(?<!\S)(112|113)\s+(في\s+ن?يحكو|فيهن\s+يحكو|بيحكو|بيتكلمو|يتكلمو|يحكو)\s+(\S+\s+)?(عربي|انكليزي|بالعربي)(?!\S)",
    # "tired to death", hungry, sleepy "death"
    r"(?<!\S)(تعبان|تعبانه|تعبانين|نعسان|نعسانه|جوعان|جوعانه|بردان|بردانه|عطشان|عطشانه|زهقان|زهقانه|هلكان|هلكانه|مهدود|مهدوده|مقتول)\s+(موت|للموت|لدرجه\s+الموت)(?!\S)",
    r"\b(ta3ban|ta3bane|ta3bene|ta3bani|ne3san|na3san|jo3an|ju3an|bardan|3a6shan|3atshan|zah2an|halkan)\s+(mot|mout|maut|mawt|lal\s*mot|lal\s*mout)\b",
    # eyes or head that "will pop out / explode" from studying or work
    r"(?<!\S)(عيوني|عيني|راسي|مخي|دماغي|ضهري|ظهري)\s+(رح|ح|قرب|قربت|بدها|بدو)?\s*(ت|ي)?(طلع|نفجر|فجر|يتكسر|تتكسر|وقف)\s+من\s+(كتر|كثر|كتره|كثره|كترت)(\s+ما)?(?!\S)",
    r"\b(3youni|3yuni|3iyouni|3ayni|rasi|mokhi|dmaghi)\s+(ra7|7)?\s*(t6la3|tetla3|ytla3|yenfejer|tenfejer|yenfjer)\s+(men|mn|min)\s+(ktr|kter|kotr|kothr)\b",
    # "I'll die if I don't eat kunafa / drink coffee now": a craving
    r"(?<!\S)(رح|ح|راح|ب)\s*(اموت|موت)\s+(اذا|ازا|لو|ان)\s+(ما|لم)\s+(اكلت|كلت|اكل|شربت|اشرب|ذقت|دقت|شميت|نمت|انام)\s+(\S+\s+){0,2}?"
    r"(كنافه|شوكولا\S*|بيتزا|حلو|حلويات|شي\s+حلو|قهوه|القهوه|شاي|فلافل|شاورما|مجدره|منسف|كبه|ايس\s*كريم|بوظه|برغر|همبرغر|معمول|بقلاوه|كيك\S*|اكل\s+امي|اكله)(\s+(هلا|هلق|هلاء|هلء|الحين|هسه|اليوم|بسرعه|دغري))?(?!\S)",
    r"\b(ra7|7|b)\s*(mot|mout|amout|amot)\s+(iza|eza|law|lau)\s+(ma)\s+(akalt|kalt|shrebt|sherebt|sharabt|do2t|nemt)\s+(\S+\s+){0,2}?"
    r"(kenafe|knafe|kunafa|kenafeh|chocola|chocolate|shokola|pizza|7elo|7lo|2ahwe|ahwe|qahwa|shay|shai|falafel|shawarma|burger|ice\s*cream|bo6a|baklawa|cake)\b(\s+(hala2|halla2|hala|hl2|lyom|bsor3a))?",
    # tired, legs that no longer carry me (Darija and Levantine)
    r"(?<!\S)(رجليا|رجلي|رجليي|رجلاي|اجري|اجريا)\s+(ما\s+)?(بقاوش|بقاو|عادو|عاد|بقو|بقيو|بقوا)?\s*(ما\s+)?(كيهزوني|كيشدوني|شايليني|حاملني|تحملني|يحملوني|بيحملوني|عم\s+يحملوني|قادرين\s+يحملوني|قادره\s+تحملني)(?!\S)",
    r"(?<!\S)(عييت|عيات|عيان|عيانه|تعبت|تعبانه|تعبان)\s+(بزاف|برشا|ياسر|كتير|كثير|بالزاف)\s+(اليوم|ف\s*الخدمه|فالخدمه|من\s+الخدمه|من\s+الشغل|بالشغل|هاد\s+النهار|هاليوم)(?!\S)",
    # a film, series or book about someone who killed himself
    r"(?<!\S)(شفت|كنت\s+عم\s+شوف|عم\s+شوف|حضرت|كنت\s+عم\s+احضر|عم\s+احضر|قريت|قرات|عم\s+اقرا|كنت\s+عم\s+اقرا|تفرجت\s+على)\s+(\S+\s+)?(فيلم|فلم|مسلسل|روايه|قصه|كتاب|حلقه)\s+عن\s+(واحد|وحده|شب|بنت|رجال|رجل|زلمه|مره|امراه|شخص|ام|اب|ولد|بطل)\s+(\S+\s+){0,3}?(انتحر|انتحرت|قتل\s+حالو|قتل\s+حاله|قتلت\s+حالها|قتل\s+نفسه|قتلت\s+نفسها)(\s+(بالاخر|بالنهايه|بالاخير|اخر\s+شي))?(?!\S)",
    r"\b(shefet|shft|sheft|shoft|3am\s+shouf|3am\s+shuf|kont\s+3am\s+shouf|2ret|2aret)\s+(\S+\s+)?(film|flm|mosalsal|riwaye|2esa|ktab)\s+(3an|3n)\s+(wa7ad|wa7de|shab|bent|rajol|zalame|mara|shakhs)\s+(\S+\s+){0,3}?(enta7ar|inta7ar|ente7ar|inte7ar|enta7aret|2atal\s+7alo|2atalet\s+7ala)\b",
    r"\b(film|serie|boek|roman|verhaal|documentaire)\s+over\s+(een\s+)?(man|vrouw|jongen|meisje|moeder|vader|soldaat|schrijver|kunstenaar|persoon)\s+die\s+(\S+\s+){0,3}?(zelfmoord\s+pleegt|zelfmoord\s+pleegde|zich\s+van\s+kant\s+maakt|zichzelf\s+doodt|zich\s+ophangt)\b",
    # cutting onions and the eyes water
    r"(?<!\S)(قطعت|قشرت|فرمت|عم\s+قطع|عم\s+فرم|عم\s+قشر|بقطع|بفرم)\s+(ال)?(بصل|بصلات|بصله)(\s+(\S+\s+)?(و\s*)?(عيوني|عيني)\s+(عم\s+)?(تدمع|دمعت|بتدمع|عم\s+يدمعو|دمعو))?(?!\S)",
    r"\b(ui|uien|ajuin)\s+(\S+\s+){0,2}?(gesneden|snijden|snijd|sneed|pellen|gepeld)\b(\s+(\S+\s+){0,4}?(tranen|huil\w*|ogen\s+\w+))?",
    # fasting: a rumbling stomach, how long until iftar
    r"(?<!\S)(بطني|معدتي)\s+(عم\s+)?(ت|ي|بت|بي)?(صيح|زقزق|قرقر|عيط|صوصو|تصفر|صفر)(?!\S)",
    r"(?<!\S)(كم|قديش|قدي|اديش)\s+(باقي|ضايل|بقي|بقى|ظل)\s+(لل|ل|على|عال|علي)\s*(المغرب|مغرب|الفطور|الافطار|فطور|الاذان|اذان|السحور)(?!\S)",
    r"\b(ba6ni|batni|me3dti)\s+(3am\s+)?(ts?a7|tsee7|tzaqze2|tza2ze2|t2ar2er)\b|\b(kam|2adesh|adesh|2addesh)\s+(ba2i|ba2a|dayel)\s+(lal|l|3al)\s*(maghreb|maghrib|f6ur|ftour|iftar|adan|azan)\b",
    # a disaster long ago, nobody hurt
    r"(?<!\S)(من\s+زمان|زمان|لما\s+كنت\s+(صغير|صغيره|زغير|زغيره)|من\s+\S+\s+سنين|قبل\s+\S+\s+سنين|من\s+سنين)\s+(\S+\s+){0,8}?(الحمد\s*لله|الحمدلله|الله\s+ستر\S*|بس)\s+(ما\s+)?(تاذينا|تاذيت|تاذي\s+حدا|حدا\s+تاذي|حدا\s+انصاب|نجينا|سلمنا|كلنا\s+بخير|صار\s+لحدا\s+شي|صرلنا\s+شي)(?!\S)",
    r"\b(toen\s+ik\s+(klein|jong|een\s+kind)\s+was|jaren\s+geleden|lang\s+geleden|vroeger)\s+(\S+\s+){0,8}?(gelukkig|godzijdank|god\s+zij\s+dank)\s+(\S+\s+){0,2}?(niemand|was\s+niemand|is\s+niemand|zijn\s+we|waren\s+we|werd\s+niemand)\s+(\S+\s+)?(gewond|ongedeerd|heelhuids|gedood|overleden|ongeschonden)\b",
    # a thing (an app, a form, an exam, the weather) that "will kill me"
    r"(?<!\S)" + _R27_AR_THING + r"\s+(\S+\s+)?(رح|ح|عم|بدو|بدها)\s+(ي|ت)(قتلني|موتني|جنني)(?!\S)",
    r"\b" + _R27_AZ_THING + r"\s+(\S+\s+)?(ra7|7|3am|bado|bada)\s+(y2telni|yi2telni|yo2telni|ye2telni|y2tolni|yo2tolni|te2telni|t2telni|to2tolni|tmawetni|ymawetni|yjanneni|tjanneni|yqtelni|yektelni|y2atelni)\b",
    # sacrificing a sheep for Eid
    r"\b(dabe7na|daba7na|dba7na|dab7na|dba7t|dabba7t|daba7t|dab7t|d?be7na|ndba7|ndab7|bndba7)\s+(\S+\s+)?(kharof|kharouf|5arof|5arouf|5rouf|khrouf|3ejl|3ijl|ba2ara|ba2ra|djeje|jeje|jaj|ghanam|adhiye|ad7iye|do7iye|d7iye|2ad7iye)\b",
    r"(?<!\S)(ذبحنا|ذبحت|ذبح|دبحنا|دبحت|بندبح|رح\s+ندبح|ح\s+ندبح)\s+(\S+\s+)?(ال)?(خاروف|خروف|عجل|بقره|دجاجه|جاج|دجاج|غنم|اضحيه|ضحيه|الضحيه|الاضحيه)(?!\S)",
    # a child playing a shooter game and shouting "kill him"
    r"\b(yel3ab|yil3ab|yl3ab|byel3ab|bil3ab|bel3ab|tel3ab|btel3ab|nel3ab|bnel3ab)\s+(\S+\s+){0,3}?(call\s+of\s+duty|cod|fortnite|pubg|bubg|gta|minecraft|fifa|free\s*fire|valorant|counter\s*strike|playstation|ps5|ps4|xbox|game|lo3be|la3be)\b"
    r"(\s+(\S+\s+){0,3}?(2tlo|2otlo|o2tlo|qtlo|2tilo|2tolo|2otolo)(\s+(2tlo|2otlo|o2tlo|qtlo|2tilo|2tolo|2otolo))*)?",
    r"(?<!\S)(عم\s+)?(يلعب|بيلعب|تلعب|بتلعب|نلعب|منلعب)\s+(\S+\s+){0,3}?(call\s+of\s+duty|fortnite|pubg|gta|فورتنايت|ببجي|بابجي|كول\s+اوف\s+ديوتي|لعبه|اللعبه|بلايستيشن|العاب)(\s+(\S+\s+){0,3}?(اقتلو|اقتله|قتلو|قتلوه)(\s+(اقتلو|اقتله|قتلو|قتلوه))*)?(?!\S)",
)
_ROUND27_CRISIS_NL_AR: tuple[str, ...] = (
    # someone lies on the floor and does not talk, respond or move (a child reporting it too)
    r"\b(mijn\s+|onze\s+|de\s+|haar\s+|zijn\s+)?(moeder|mama|vader|papa|oma|opa|broer|zus|man|vrouw|zoon|dochter|baby|kind|buurman|buurvrouw|hij|zij|ze)\s+(ligt|lag)\s+(\S+\s+){0,2}?(op\s+de\s+(grond|vloer)|in\s+de\s+(badkamer|douche|keuken|gang)|op\s+het\s+(bed|toilet))\s+(\S+\s+)?(en\s+)?(\S+\s+)?(praat|reageert|beweegt|ademt|antwoordt)\s+(\S+\s+)?niet\b(?!.*\b(moe|slaapt|boos|chagrijnig|telefoon|mobiel|tablet|game|gamen|yoga|oefening\w*|sport\w*|speelt|spelen)\b)",
    r"(?<!\S)(امي|ماما|ابوي|بابا|بيي|جدتي|ستي|جدي|اخوي|اختي|جوزي|مرتي|ابني|بنتي|البيبي|هو|هي)\s+(واقع|واقعه|نايم|نايمه|ممدود|ممدوده|مرمي|مرميه)\s+(عالارض|على\s+الارض|بالحمام|عالارض\s+بالمطبخ)\s+(و\s*)?(ما|مش)\s+(عم\s+)?(ي|ت|بي|بت)?(حكي|رد|ترد|يرد|تحرك|يتحرك|يتنفس|تتنفس|جاوب)(?!\S)",
    r"\b(emi|mama|abouy|baba|bayye|teta|sitti|jeddo|akhoy|ekhti|jozi|marti|ebni|binti)\s+(wa2e3|wa2e3a|wa2a3|nayem|nayme|mamdoude?)\s+(3al\s*2ard|3al\s*ard|bel\s*7amam)\s+(w\s*)?(ma|mesh|mish)\s+(3am\s+)?(t?7ki|y?7ki|trod|yrod|tet7arak|yet7arak|tetnafas|yetnafas)\b",
    # not there tomorrow (doubt) and the means ready
    _both(_R27_MEANS_NL, r"\b(morgen|vanavond|vannacht|er\s+(\S+\s+)?niet\s+meer|nog\s+ben|afscheid|het\s+is\s+tijd|niet\s+meer\s+leven|klaar\s+mee)\b"),
    # someone has shot / is shooting at or near our house
    _R27_SHOT_NOT + r"\b(iemand|ze|hij|een\s+man|mensen|er)\s+(heeft|hebben|is|wordt|werd|zijn)\s+(net\s+|zojuist\s+|nu\s+|vannacht\s+|gisteren\s+)?(\S+\s+){0,4}?geschoten\b",
    _R27_SHOT_NOT + r"\b(iemand|ze|hij|een\s+man|die\s+man|mensen)\s+(schiet|schieten|schoot|schoten)\s+(\S+\s+)?(op|in|naar|door)\s+(ons|onze|mijn|de\s+straat|straat|het\s+raam|de\s+deur|de\s+ramen|mensen|ons\s+huis)\b",
    _R27_SHOT_NOT + r"\b(schoten\s+gehoord|er\s+wordt\s+geschoten|schietpartij|(hoor|horen|hoorde|hoorden)\s+(\S+\s+)?schoten)\b",
    r"(?<!\S)(في\s+)?(اطلاق\s+نار|ضرب\s+نار|طخ|قواص|رصاص)\s+(\S+\s+)?(قدام|جنب|عند|علي|على|بقلب|ب)\s*(بيتنا|البيت|الباب|الشارع|الحاره|شارعنا|بنايتنا|البنايه)(?!\S)",
    r"(?<!\S)(حدا|واحد|في\s+حدا|شي\s+حدا|زلمه)\s+(\S+\s+)?(طخ|قوص|ضرب\s+نار|عم\s+يطخ|عم\s+يقوص|بيطخ|اطلق\s+نار|فتح\s+نار)\s+(\S+\s+)?(قدام|جنب|عند|علي|على|ب)\s*(بيتنا|البيت|الباب|الشارع|شارعنا|الشباك|بنايتنا)(?!\S)",
    r"\b(7ada|wa7ad|fi\s+7ada|zalame)\s+(\S+\s+)?(ta5+|takh|takhakh|2awas|qawas|darab\s+nar|3am\s+yta5+|3am\s+y2awes|byta5+|bi2awes)\s+(\S+\s+)?(2edam|odam|janb|3and|3a|3al)\s*(betna|bitna|el\s+bet|l?bet|el\s+beit|el\s+bab|share3na|el\s+share3)\b",
    # a husband or relative burns her / me (an iron, cigarettes, hot water)
    r"(?<!\S)(جوزها|زوجها|ابوها|اخوها|حماتها|جوزي|زوجي|ابوي|اخوي|حماتي|امي|امها|مرت\s+ابوها|ابوه|امه|مرته|جوزك|زوجك)\s+(\S+\s+)?(كان\s+)?(بيحرقها|عم\s+يحرقها|يحرقها|حرقها|بيحرقني|عم\s+يحرقني|يحرقني|حرقني|بتحرقها|حرقتها|بتحرقني|حرقتني|بيكويها|كواها|بيكويني|كواني|بيكويه|بيحرقه|حرقه)(?!\S)",
    r"\b(jozha|jawzha|zawjha|abouha|abuha|akhouha|khaya|jozi|jawzi|zawji|abouy|abi|akhoy)\s+(\S+\s+)?(bye7ra2ha|b?ye7re2ha|7ara2ha|3am\s+ye7ra2ha|bye7ra2ni|7ara2ni|3am\s+ye7ra2ni|byekwiha|kawaha|byekwini|kawani)\b",
    r"\b(haar|mijn|zijn)\s+(man|vader|broer|schoonmoeder|partner|vriend|moeder)\s+(\S+\s+){0,2}?(verbrandt|verbrandde|brandt|brandde)\s+(haar|mij|me|hem)\b|\b(drukt|drukte)\s+(\S+\s+){0,2}?sigaret\w*\s+(\S+\s+){0,2}?(op\s+)?(haar|mijn|zijn)\s+(\S+\s+)?uit\b",
    # farewell: "forgive me, I'll be with God in a little while"
    r"\b(ana\s+)?(ra7\s+|7\s+)?(kon\s+|akon\s+|ekon\s+|sir\s+)?(ma3|3and|3end|3nd|3ind)\s+(alah|rabi|rabna|rab)\s+(ba3d|b3d|ba3ed|3an|khilal)\s+(shway|shwai|shwaye|2alil|chwiya|swaya|sa3a|se3a|daqi2a|d2i2a|el\s*lele|lyle|bokra)\b",
    r"(?<!\S)(انا\s+)?(رح\s+|ح\s+)?(كون\s+|اكون\s+|صير\s+)?(مع|عند)\s+(الله|ربي|ربنا)\s+(بعد|كمان|خلال)\s+(شوي|شويه|شويا|قليل|ساعه|دقايق|الليله|بكرا)(?!\S)",
    _both(r"\b(sam7oni|sami7oni|sam7ouni|sami7ouni|samhoni|samhouni|sam7ony|sam7uni|sami7uni|sam7ini)\b",
          r"\b(ma3\s+alah|3and\s+rabi|wada3an|bwade3kon|bwad3kon|ma3\s+el\s+salame|akher\s+mara|a5er\s+mara|ma\s+ra7\s+tshofoni|ba3d\s+shway)\b"),
    # a will written and nothing matters (Arabizi, also Egyptian)
    _both(r"\b(katabt|katabet|ktabt|kataba|jahazt|kamalt|khalast|5alast)\s+(\S+\s+)?(wasiyeti|wasiyti|wasiti|waseyti|wasieti|wasyeti|wsiyti|el\s+wasiye)\b",
          r"\b(mesh\s+fare2|msh\s+fare2|mish\s+fare2|ma\s+3ad\s+yhem|ma\s+ba2a\s+yhem|ma\s+3ad\s+fi\s+shi|khalas|5alas|mesh\s+hate2dar|mish\s+2ader|ta3abt|ta3ebt|sami7oni|sam7oni|wada3an|ma3\s+alah)\b"),
    # (lead, end of round 27: three development lines the new NLU negatives left to the classifier's edge)
    # thinking of suicide, also misspelt ("zelfmoort": the view reads both as "zelfmor[dt]")
    r"\b(ik\s+)?(denk|dacht|denken)\s+(\S+\s+){0,3}?(aan|over)\s+zelfmor[dt]\w*\b",
    # wrists cut open
    r"\b(mijn\s+|me\s+|de\s+)?polsen\s+(\S+\s+)?(open|opengesneden|doorgesneden|gesneden|kapot)\b",
)
_ROUND27_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # hitting oneself every day, feeling nothing (self-harm)
    r"\bik\s+(sla|snij|krab|bijt|brand)\s+(mij\s*zelf|me\s*zelf|mezelf|mijzelf)\b",
    # "I don't know whether I'll still be there tomorrow" after an ordinary question; the means ready
    _R27_NOT_TOMORROW_NL + _R27_ORDINARY_NL,
    _R27_MEANS_NL + r"(?!.*\b(snijd\w*|koken|kook\w*|groente\w*|vlees|brood|taart|slagerij|apotheek|voorgeschreven|dokter|huisarts|recept|ontbijt|avondeten)\b)",
    # "tomorrow I won't be there (alive)" with the time first, "it no longer matters"
    r"(?<!\S)" + _R26_TIME_AR + r"\s+(انا\s+)?(ما|مش)\s+(رح|ح)\s+(كون|اكون|ضل|اضل|ابقي|ابقى)\s+(موجود|موجوده|عايش|عايشه|هون|معكن|معكم)(?!\S)" + _R26_ORDINARY_REASON_AR + _R27_ORDINARY_REASON_AR,
    r"\b(bokra|bukra|bo2ra|el\s*jem3a|ba3d\s+bokra|wa2ta)\s+(ana\s+)?(ma|mish|msh)\s+(ra7|7|r7)\s+(kon|akon|ekon|dal|edal|eb2a)\s+(mawjoud|mawjood|mawjude|3ayesh|3aysh|3aysha|hon)\b(?!.*\b(msafer|msafra|shoghol|shogl|doktor|maw3ed|safar)\b)",
    # evicted, on the street with a baby or children, freezing or nowhere to go tonight
    _both(r"\b(zit|sta|ben|slaap|lig|zitten|staan|zijn|slapen|liggen)\s+(nu\s+|vannacht\s+|vanavond\s+)?(\S+\s+){0,3}?(buiten|op\s+straat|op\s+het\s+station|in\s+het\s+park|in\s+de\s+auto)\b",
          r"\b(kinderen|kind|baby|kleine|zwanger|kids|dochter|zoon|zoontje|dochtertje)\b",
          r"\b(vriest|vriezen|vorst|sneeuwt|regent|koud|ijskoud|nergens\s+heen|geen\s+plek|geen\s+slaapplek|vannacht|sloten\s+vervangen|uit\s+huis\s+gezet|ontruimd)\b",
          r"^(?!.*\b(tent|camping|kamperen|kampvuur|logeer\w*|sterren|feest|festival|barbecue|bbq|speeltuin|spelen)\b)"),
    _both(r"(بيطلعونا|رح\s+يطلعونا|طلعونا|طردونا|رح\s+يطردونا|بيطردونا|بدهم\s+يطلعونا|غيرو\s+القفل|غيروا\s+القفل|غير\s+القفل|قفلو\s+البيت|ما\s+دفعت\s+الايجار|ما\s+عندي\s+فلوس\s+للايجار)",
          r"(طفلين|اطفال|الاطفال|ولادي|الولاد|ولاد|طفل|البيبي|بيبي|رضيع|بنتي|ابني|حامل)",
          r"(ما\s+في\s+مكان|ما\s+في\s+محل|ما\s+عنا\s+مكان|ما\s+عنا\s+محل|وين\s+(بدنا\s+|رح\s+)?(ن|ب)?(روح|نام)|ما\s+في\s+وين|الليله|برد|بردانين|ما\s+عنا\s+بيت)"),
    _both(r"\b(bytal3ona|byetla3ona|ra7\s+ytal3ona|tal3ona|taradona|6aradona|byeterdona|ra7\s+yetrdona|ghayaro\s+el\s+2efl)\b",
          r"\b(wladi|el\s+wlad|wlad|atfal|tiflen|6iflen|baby|bebe|rade3|binti|ebni|7amle)\b",
          r"\b(ma\s+fi\s+mat?ra7|ma\s+fi\s+ma7al|ma\s+3na\s+ma7al|wen\s+(bdna\s+|ra7\s+)?(nrou7|nnam|nam)|el\s*layle|bard)\b"),
    # "I'll be with God" (Arabic script, no time)
    r"(?<!\S)(سامحوني|سامحيني|سامحني)\s+(\S+\s+){0,3}?(انا\s+)?(رح\s+|ح\s+)?(كون\s+|اكون\s+|صير\s+)?(مع|عند)\s+(الله|ربي|ربنا)(?!\S)",
)
# (round 27, Dutch and Arabic: end)
# (round 27, Tigrinya: start)
# Kinds from batch 27 and own probes (Ge'ez first, then Latin-script Tigrinya). NON-NATIVE WRITTEN: needs review
# by a native speaker. The fold does not merge ቅ/ቕ or ከ/ኸ: both are written out where a word has either.
_R27_FAMILY_TI = (r"(ሰብኣየ|ሰብኣየይ|በዓል\s+ቤተይ|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ሓሙይ|ሓማተይ|ኣኮይ|ቀዳማይ\s+ሰብኣየይ|"
                  r"ዝነበረ\s+ሰብኣየ\S*|ኣቦ\s+ደቀይ|ኣቦ\s+ቆልዑ|ኤክስ)")
_R27_FAMILY_LA = (r"\b(sebayey|sebaye|sebeytey|beal\s+betey|abey|adey|hawey|haftey|hamuy|akoy|ex|zneberE\s+sebayey|"
                  r"abo\s+dekey|abo\s+qolue)\b").replace("E", "e")
# "I will not last / stay until then" and a farewell
_R27_UNTIL_THEN_TI = r"(ክሳብ\s+(ሽዑ|ሽዑ\s+ግዜ|እቲ\s+ግዜ|እታ\s+መዓልቲ|እቲ\s+ቆጸራ|ሽዑ\s+ዘሎ\s+ግዜ))\s+(\S+\s+)?"
_R27_NOT_LAST_TI = r"(ኣይጸንሕን|ኣይክጸንሕን|ኣይቕጽልን|ኣይክቕጽልን|ኣይጸንሕ|ኣይጻወርን|ኣይክጻወርን|ብህይወት\s+ኣይክህሉን|ኣይበቅዕን)\s+(እየ)(?!\S)"
_R27_FAREWELL_TI = r"(ደሓን\s+ኩኑ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ስንብት|ይቕረ\s+በሉለይ|ኣይትጽበዩኒ|ኣይትሓዘኑ|ኣይትሓዘኑለይ|የቐንየለይ\s+ኩልኹም|ኣምላኽ\s+ምሳኹም)"
_R27_UNTIL_THEN_LA = r"\b(kisab|ksab|kesab)\s+(shiu|shu|shiw|shiu\s+gize|eti\s+gize)\s+(\w+\s+)?"
_R27_NOT_LAST_LA = r"(aytsenhn|aytsenhin|aykhtsenhn|ayktsenhn|aytsenhen|ayxenhn|ayqtsln|aykqtsln|aytsawern)\s+(iye|eye)\b"
_R27_FAREWELL_LA = (r"\b(dehan\s+kunu|dehan\s+kun|dehan\s+kuni|snbt|sinbit|yqre\s+belulei|yqre\s+beluley|aytsbeyuni|"
                    r"ayt+ahazenu|aytehazenu|aythazenu|aytHazenu|yekenyeley\s+kul\w*|yeqenyeley\s+kul\w*|amlak\s+msakhum)\b")
# going to God now, with a farewell
_R27_TO_GOD_TI = (r"(?<!\S)ናብ\s+(እግዚኣብሄር|እግዚኣብሔር|እግዚዓብሐር|ኣምላኽ|ኣምላኸይ|ፈጣሪ|ፈጣሪየይ|ሰማይ|ኣቦይ\s+ሰማያዊ)\s+(\S+\s+)?"
                  r"(ክኸይድ|ክከይድ|እኸይድ|እከይድ|ኢኸድ|ክኸይድ\s+እየ|ይኸይድ\s+ኣለኹ|እኸይድ\s+ኣለኹ|ኢኸድ\s+ኣለኹ)(?!\S)")
_R27_TO_GOD_LA = (r"\bnab\s+(egziabher|egziabiher|egziabher|egzabher|egziabeher|amlak|amlakey|fetari|fetariyey|semay)\s+(\w+\s+)?"
                  r"(ikhed|ekhed|ikeyd|ekeyd|ekheyd|ikheyd|kkeyd|kkheyd|kikeyd|kikheyd)\b")
# fled from a partner, who found my address and waits outside / follows me
_R27_FLED_TI = r"(?<!\S)ካብ\s+" + _R27_FAMILY_TI + r"\s+(\S+\s+){0,2}?(ሃዲመ|ሃዲምና|ሃዲመዮ|ኣምሊጠ|ኣምሊጥና|ተሓቢአ|ተሓቢኣ|ተሰዊረ)(?!\S)"
_R27_FOUND_ME_TI = (r"(ኣድራሻይ\s+(\S+\s+)?(ረኺቡ|ረኺቡዎ|ፈሊጡ|ፈሊጡዎ)|ረኺቡኒ|ረኺባትኒ|ረኺቦምኒ|ኣብ\s+ደገ\s+(\S+\s+)?(ይጽበየኒ|ይጽበዩኒ|ደው\s+ኢሉ)|"
                    r"ይጽበየኒ\s+ኣሎ|ይስዕበኒ|ይከታተለኒ|ይኸታተለኒ|ማዕጾ\s+(\S+\s+)?(ይኳሕኩሕ|ይወቕዕ|ይሃርም))")
_R27_FLED_LA = r"\bkab\s+" + _R27_FAMILY_LA + r"\s+(\w+\s+){0,2}?(hadime|hadimna|hadimeyo|gedifeyo|amlite|amlitna|tehabie|teswire)\b"
_R27_FOUND_ME_LA = (r"\b(adrashay\s+(\w+\s+)?(rekibu|rekhibu|felitu)|rekibuni|rekhibuni|ab\s+dege\s+(\w+\s+)?(ytsbeyeni|ytsbeyni|ytsebeyeni|ytsbyeni)|"
                    r"ytsbeyeni|ysiebeni|yketatleni|ykhetatleni)\b")
# a partner in a rage, breaking things, and I am afraid
_R27_BREAKING_TI = (r"(ኩሉ\s+(\S+\s+)?(ይሰብር|ሰቢሩ|ይሰባብር|ሰባቢሩ|ይድርብ|ይድርቢ|ደርብዩ|የፍርስ|ኣፍሪሱ)|(ይሰብር|ይሰባብር|ሰባቢሩ|ይድርቢ|ይድርብ)\s+(ኣሎ|ኣሎ\s+\S+)|"
                    r"(ብርጭቆ|ሳእኒ|ንብረት|ኣቑሑ|ኣቕሓ|ሰድያ|ተለቪዥን|ማዕጾ)\s+(\S+\s+)?(ይሰብር|ይሰባብር|ሰቢሩ|ሰባቢሩ|ይድርብ|ይድርቢ|ደርብዩ))")
_R27_AFRAID_TI = r"(ፈሪሐ|ፈሪሐዮ|ፈሪሕና|ይፈርሕ|ፍርሒ|ሰጊአ|ሰጊእና|ተሸቝሩ|ይርዕድ|ይንቀጥቀጥ\s+ኣለኹ|ተሓቢአ|ተሓቢኣ|ሓቢኦም|ተሓቢኦም)"
_R27_BREAKING_LA = r"\b(kulu\s+(\w+\s+)?(ysebr|ysebir|sebiru|ysebabr|ydrb|ydrbi|yfrs|afrisu)|(ysebr|ysebir|ysebabr|ydrbi)\s+alo)\b"
_R27_AFRAID_LA = r"\b(ferihe|ferhe|ferihna|yferh|frhi|segie|tehabie|habiom|tehabiom)\b"
# a small child crying alone for a long time, no parent at home
_R27_CHILD_TI = r"(ሕጻን|ህጻን|ቆልዓ|ቆልዑ|ቈልዓ|ንእሽቶ\s+ቆልዓ|ዕሸል|ሕጻናት|ህጻናት)"
_R27_CRYING_TI = r"(ይበኪ|ትበኪ|ይበኽዩ|ይበኽያ|ይበክዩ|ብኽያት|ይነብዕ|ትነብዕ|ይጭድር|ትጭድር)"
_R27_NO_PARENT_TI = (r"(ወለዲ|ወለዱ|ወለዳ|ኣዴኡ|ኣዲኡ|ኣዲኣ|ኣቦኡ|ኣቦኣ|ዓበይቲ|ዓቢ\s+ሰብ|ሰብ)\s+(\S+\s+){0,3}?"
                     r"(የለዉን|የለውን|የለዉ|የለን|የላን|የለዋን|ኣይተመልሱን|ኣይተመለሱን|ኣይመጹን|ኣይተመልሰትን|ኣይመጸትን|ጠፊኦም)(?!\S)")
_R27_LONG_TI = r"(ካብ\s+(ትማሊ|ቀዳም|ሰንበት|ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ንግሆ|ምሸት|ለይቲ|\S+\s+(መዓልቲ|መዓልታት|ሰዓት|ሰዓታት))|(?<!\S)(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ብዙሕ)\s+(መዓልቲ|መዓልታት|ሰዓት|ሰዓታት)|ንበይኑ|ንበይና|ንበይኖም)"
_R27_CHILD_LA = r"\b(htsan|hxan|hsan|qolea|qolae|qolue|kolea|kolue|baby|hxanat|htsanat)\b"
_R27_CRYING_LA = r"\b(ybeki|tbeki|ybekhyu|ybekyu|bkhyat|bkyat|ynebe|tnebe)\b"
_R27_NO_PARENT_LA = (r"\b(weledi|weledu|weleda|adieu|adiu|abou|abua|abeyti|sebat)\s+(\w+\s+){0,3}?"
                     r"(yelewn|yelewun|yelen|yelan|aytemelsun|aymetsun)\b")
# locked in a workplace, made to work day and night to pay off a travel debt (forced labour)
_R27_LOCKED_TI = (r"(ዝተዓጽወ|ዝተዓጸወ|ዕጹው|ዕጽው|ዓጺዮምኒ|ዓጽዮምኒ|ዓጺዮሙና|ዓጺዮምና|ተዓጺየ|ተዓጺና|ክወጽእ\s+ኣይፈቕዱ\S*|ክወጽእ\s+ኣይፈቕዱለይን|"
                  r"ፓስፖርተይ\s+(\S+\s+)?(ወሲዶም|ሒዞም|ሒዞሞ)|ወረቐተይ\s+(\S+\s+)?(ወሲዶም|ሒዞም))")
_R27_FORCED_WORK_TI = (r"(የሰርሑኒ|የሰርሑና|ከሰርሑኒ|ከሰርሑና|ኣሰሪሖምኒ|ኣሰሪሖምና|ይሰርሑኒ|ለይትን\s+መዓልትን|መዓልትን\s+ለይትን)")
_R27_LOCKED_LA = r"\b(ztetsawe|ztetsewe|etsuw|atsiyomni|atsyomni|tetsiye|tetsina|paspoirtey|passportey)\b"
_R27_FORCED_WORK_LA = r"\b(yeserhuni|yeserhuna|keserhuni|leytn\s+mealtn|mealtn\s+leytn)\b"
# fell / collapsed and does not wake, breathing weak
_R27_FELL_TI = r"(?<!\S)(ወዲቑ|ወዲቓ|ወዲቖም|ዓሪቡ|ዓሪባ|ተዓንቂፉ|ሃሳስ\s+ኢሉ|ጸሊምዎ|ጸሊምዋ|ስሒቱ)(?!\S)"
_R27_NO_WAKE_TI = (r"(ኣይነቕሕን|ኣይትነቕሕን|ኣይነቅሕን|ኣይትነቅሕን|ኣይነቕሑን|ኣይበራበርን|ኣይትበራበርን|ኣይምልስን|ኣይትምልስን|"
                   r"ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይንቀሳቐሱን|ንቕሓቱ\s+\S*ጠፊኡ)(?!\S)")
_R27_BREATH_TI = (r"(ትንፋሱ|ትንፋሳ|ትንፋሶም|ኣስትንፋሱ|ኣስትንፋሳ|ምስትንፋስ)\s+(\S+\s+)?(ድኹም|ደኺሙ|ደኺማ|ቀጢን|ኣይስማዕን|ኣይርአን|ጠፊኡ|ጠፊኣ|ኣዝዩ\s+ቀስ|"
                  r"ዝሒሉ|ቁሩብ|ዳርጋ\s+የለን|የለን)")
_R27_NOT_EXAM_TI = r"^(?!.*(ፈተና|ፈተናታት|ኣይትነቕሕን\s+ንግሆ|ትምህርቲ|ክፍሊ|ንስራሕ|ኣላርም|ሰዓት\s+ደዊላ|ጸወታ|ኩዕሶ|ዕዳጋ|ዋጋ|ስቶክ|ኣክስዮን))"
_R27_FELL_LA = r"\b(wediqu|wediqa|wedequ|wedik'u|wediku|wedika|arribu|aribu|ariba)\b"
_R27_NO_WAKE_LA = r"\b(aynekhn|aynekhin|aynekn|aytnekhn|aytneqhn|aynqhn|aynqehn|aybrabern|aytbrabern|aymelsn|aytmelsn|aynqesaqesn)\b"
_R27_BREATH_LA = r"\b(tnfasu|tinfasu|tnfasa|tinfasa|astnfasu|astinfasu)\s+(\w+\s+)?(dkhum|dkum|dekhimu|dekimu|qetin|aysmaen|tefiu|yelen)\b"
_R27_NOT_EXAM_LA = r"^(?!.*\b(fetena|fetenatat|school|werk|ntemhrti|alarm|wekker|game|kuaeso)\b)"
# a fire that spread (to the curtains, the sofa, the room)
_R27_FIRE_SPREAD_TI = (r"(ሓዊ|ባርዕ|ነበልባል|ሓውዊ)\s+(\S+\s+){0,2}?(ናብ\s+)?(መጋረጃ|ሶፋ|ዓራት|ክፍሊ|ናሕሲ|ማዕጾ|መንደቕ|ኩሽና|ክሽነ|ገዛ|ቤት|ሕጡብ|ፍራሽ|ኣቑሑ)\S*\s+(\S+\s+)?"
                       r"(ሓሊፉ|ተላቢዑ|ተላቢዑዎ|ተባሪዑ|ይባራዕ|ይነድድ|ነዲዱ|ተዘርጊሑ|ይዝርጋሕ|በጺሑ|ይሓልፍ|ሒዙ|ሒዝዎ)(?!\S)")
_R27_FIRE_SPREAD_LA = (r"\b(hawi|bari|neberbal)\s+(\w+\s+){0,2}?(nab\s+)?(megaraje|gordijn\w*|sofa|bank|arat|kfli|nahsi|kushna|kshne|geza)\s+(\w+\s+)?"
                       r"(halifu|telabiu|tebariu|ybarae|ynedd|nedidu|tezergihu|betsihu)\b")
# no food for days, only water; the children's milk and bread finished
_R27_NO_FOOD_TI = (r"(መግቢ\s+(\S+\s+)?(የለን|የብልናን|የብለይን|የለናን|ኣይበላዕናን|ኣይበላዕኩን|ተወዲኡ)|ማይ\s+ጥራይ\s+(\S+\s+)?(ንሰቲ|እሰቲ|ንሰትይ|ሰቲና|ሰቲየ)|"
                   r"ፍሪጅ\s+(\S+\s+)?ባዶ|ጸባ\s+(\S+\s+){0,2}?(ተወዲኡ|የለን)|ባኒ\s+(\S+\s+)?(ተወዲኡ|የለን)|ዘይበላዕና|ዘይበላዕኩ|ጠምየ\s+ኣለኹ|ጠሚና|ጥሜት)")
_R27_FOR_DAYS_TI = (r"(ካብ\s+(\S+\s+)?(ትማሊ\s+ቅድሚኡ|ቀዳም|ሰንበት|ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ)\s*(\S*\s*)?(ጀሚርና|ጀሚረ|ኣትሒዙ|ኣትሒዝና)?|"
                    r"(?<!\S)(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ብዙሕ)\s+(መዓልቲ|መዓልታት)|ንመዓልታት|ሰሙን\s+ሙሉእ)")
_R27_NO_FOOD_LA = (r"\b(megbi\s+(\w+\s+)?(yelen|yeblnan|yebleyn|aybelaenan|tewediu|tewedieu)|may\s+tray\s+(\w+\s+)?(nsetti|nseti|eseti|setina)|"
                   r"frij\s+(\w+\s+)?bado|tsaba\s+(\w+\s+){0,2}?(tewediu|tewedieu|yelen)|bani\w*\s+(\w+\s+)?(tewediu|tewedieu|yelen)|zeybelaena)\b")
_R27_FOR_DAYS_LA = (r"\b(kab\s+(\w+\s+)?(qedam|senbet|senuy|selus|rebue|hamus|arbi)|(\d+|kilte|selesete|arbaete|bzuh)\s+(mealti|mealtat))\b")
# send the police / an ambulance, quickly (a request for help that needs no other word)
_R27_SEND_POLICE_TI = (r"(?<!\S)(ፖሊስ|ፖሊሳት|ኣምቡላንስ|ኣምቡላንሳ|112|113)\s+(\S+\s+)?(ስደዱ|ስደዱለይ|ስደዱልና|ልኣኹ|ልኣኹለይ|ልኣኹልና|ጸውዑ|ጸውዑለይ|ጸውዑልና|"
                       r"ደውሉ|ይምጽኡ|ኣምጽኡ|ኣምጽኡለይ|ኣምጽኡልና)(?!\S)")
_R27_URGENT_TI = r"(ቀልጢፍኩም|ቀልጢፍ|ቀልጢፉ|ብቕልጡፍ|ብህጹጽ|ሕጂ|ሕጂ\s+ሕጂ|በጃኹም|በጃኹም\s+ሓግዙ|ህጹጽ|ሓግዙና|ሓግዙኒ)"
_R27_SEND_POLICE_LA = (r"\b(polis|police|politie|ambulans|ambulance|112|113)\s+(\w+\s+)?(sdedu|sidedu|sdeduley|sdedulna|leaku|tsewu|tsewuley|tsewulna|"
                       r"dewlu|ymtsu|amtsu|amtsuley)\b")
_R27_URGENT_LA = r"\b(qeltifkum|keltifkum|qeltif|bqltuf|hji|hiji|bejakum|bejakhum|htsuts|hagzuna|hagzuni)\b"
_R27_NOT_REPORT_TI = r"^(?!.*(ከመይ|ብኸመይ|ጸብጻብ|ሪፖርት|ተሰሪቑ|ተሰሪቓ|ሰሪቖም|ቁጽሪ|ክንደይ|ኣበይ|ዶ\s*\?|ድዩ|ዲዩ|ፊልም|ጸወታ|ዋዛ|emojilaugh))"
_R27_NOT_REPORT_LA = r"^(?!.*\b(kemey|bkemey|tsebtsab|report|aangifte|teseriqu|tesriqu|kndey|abey|film|game|emojilaugh)\b)"

_ROUND27_IDIOMS_TI: tuple[str, ...] = (
    # "I am dead without my morning coffee / tea", "if I don't drink coffee I'm dead"
    r"(?<!\S)(ብዘይ\s+)?(ቡን|ሻሂ|ቆርሲ|ቁርሲ|ሽጋራ|ካፌ|ቡና|ኮፊ|መግቢ\s+ምሳሕ|ድራር)\S*\s+(\S+\s+){0,2}?(እንተዘይ\S+\s+|እንተ\s+ዘይ\S+\s+|ብዘይ\S*\s+)?"
    r"(ሙት|ምዉት|ምውት|ሞይተ|ሞይትና|ክመውት|ክሞት|ንሞት|ንመውት|ክንመውት|ክንሞት|ምዉታት|ምውታት)\s+(እየ|ኢየ|ኢና|እና|ቀሪበ|እየ\s+ዝኸውን)(?!\S)",
    r"(?<!\S)(እንተዘይ|እንተ\s+ዘይ)(ሰቲየ|ሰቲና|በሊዐ|በሊዕና|ሰትየ|በላዕኩ)\s+(\S+\s+)?(ሙት|ምዉት|ምውት|ሞይተ|ንሞት|ንመውት|ምዉታት|ምውታት)\s+(እየ|ኢየ|ኢና)(?!\S)",
    # (round 41: "we die" too, ንሞት ኢና: "we Habesha are dead without our coffee")
    r"\b(bzey\s+)?(bun|buna|shahi|qursi|shgara|koffie|coffee|kofie|cofe)\s+(\w+\s+){0,2}?(entezey\w*\s+|ente\s+zey\w*\s+|bzey\w*\s+)?"
    r"(mut|mwut|muwt|moyte|kmewt|nmot|nmut|nmewt|knmewt|knmot|mwutat|mutat)\s+(iye|eye|ina|ena)\b",
    # a task, a language, homework or work that "chokes / strangles me" (too much to do)
    r"(?<!\S)(ዕዮ\s+ገዛ|ገዛ\s+ስራሕ|ስራሕ\s+ገዛ|ዕዮ|ስራሕ|ፈተና|ፈተናታት|ቋንቋ|ሆላንድኛ|ዳች|ሰዋስው|ወረቓቕቲ|ፎርም|ፎርማት|ደብዳቤታት|ቢሮክራሲ|ትምህርቲ|ኮርስ|"
    r"ዕዳጋ\s+ስራሕ|ሕሳብ|ፋይናንስ)\S*\s+(\S+\s+){0,3}?(ሓኒቑኒ|ሓኒቑና|ሓኒቓትኒ|ሓኒቓትና|ሓኒቖምኒ|ሓኒቖምና|ይሓንቐኒ|ይሓንቐና|ትሓንቐኒ|የሓንቐኒ)(?!\S)",
    r"\b(eyo\s+geza|geza\s+srah|eyo|srah|fetena|qwanqwa|quanqua|nederlands|huiswerk|taal|formulier\w*|trmhrti|temhrti|kors)\s+(\w+\s+){0,3}?"
    r"(haniquni|hanikuni|haniqatni|yhanqeni|yhankeni|thanqeni)\b",
    # "I'll explode from anger" (because nobody answers my email)
    r"(?<!\S)(ካብ|ብ)\s*(ሕርቃን|ቁጠዐ|ኩራ|ቅንኢ|ጸቕጢ)\s+(\S+\s+)?(ክነፍሕ|ክፍንጀር|ክፈንጅር|ክፈነጅር|ክትኮስ|ክነድድ|ክፈርስ|ነፊሐ|ተፈንጂረ|ነዲደ)\s*(እየ|ቀሪበ|ኢለ|ኣለኹ)?(?!\S)",
    r"\b(kab|b)\s*(hrqan|hirqan|hrkan|hirkan|qutea|kura)\s+(\w+\s+)?(knefh|kfnjer|kfenjr|knedd|kfers|nefihe)\s*(iye|qeribe|aleku)?\b",
    # a game (FIFA, PlayStation, cards, chess) where a child or a friend "kills me" / beats me every time
    r"(?<!\S)(ኣብ\s+)?(fifa|ፊፋ|ፕለይስተሽን|ፕሌይስቴሽን|playstation|ps5|ps4|ጸወታ|ጌም|game|ካርታ|ቸስ|ዳማ|ሸንትረጅ|ቼዝ|ኩዕሶ|ኳዕሶ|ቴኒስ|ልዶ|ሉዶ)\S*\s+(\S+\s+){0,3}?"
    r"(ይቐትለኒ|ይቐትለና|ትቐትለኒ|ትቐትለና|ቀቲሉኒ|ቀቲላትኒ|ቀቲሎምኒ|ይቐትሉኒ|ይስዕረኒ|ትስዕረኒ|ስዒሩኒ)(?!\S)",
    r"\b(ab\s+)?(fifa|playstation|ps5|ps4|game|gem|karta|chess|dama|kuaeso|ludo)\s+(\w+\s+){0,3}?(yqetleni|yqetlena|tqetleni|qetiluni|qetilatni|ysiereni)\b",
    # talking about violence at home in a class, a lesson or a course (a subject, not a disclosure)
    r"(?<!\S)(ኣብ\s+)?(ክፍሊ|ትምህርቲ|ኮርስ|መምህር|መምህርና|ወርክሾፕ|ሰሚናር|pvt|knm|map|les|workshop|cursus)\S*\s+(\S+\s+){0,4}?ብዛዕባ\s+"
    r"(ዓመጽ|ግፍዒ|ጎነጽ|ምውቃዕ|ዓመጽ\s+ኣብ\s+ገዛ|ዓመጽ\s+ስድራ)(\s+\S+){0,4}?\s+(ተዛሪብና|ተዘራሪብና|ተመሃርና|ተማሂርና|ተመያይጥና|ሰሚዕና|ርኢና|ተማሂረ|ተዛሪቡ|ተዛሪባ|መሃረና|ኣስተምህረና)(?!\S)",
    r"\b(ab\s+)?(kfli|trmhrti|temhrti|kors|memhr|pvt|knm|map|les|workshop|cursus)\s+(\w+\s+){0,4}?bzaeba\s+(amets|ametsi|huiselijk\s+geweld|geweld)(\s+\w+){0,4}?\s+"
    r"(tezaribna|tezeraribna|temahirna|temeharna|semiena)\b",
    # a memorial (ዝኽሪ, ተዝካር) for a grandparent or parent who died years ago
    r"(?<!\S)(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት|ወርሒ|ኣዋርሕ)\s+)?(ዝሞተ|ዝሞተት|ዝሞቱ|ዝዓረፈ|ዝዓረፈት|ዝዓረፉ|ዝሞተና|ዝተሰውአ)\s+(\S+\s+){0,2}?"
    r"(ዝኽሪ|ተዝካር|ፍትሓት|መዘከርታ|ዓመታዊ\s+ዝኽሪ|ሓመድ\s+ድሕሪ)\S*",
    r"(?<!\S)(ዝኽሪ|ተዝካር|ፍትሓት|መዘከርታ)\S*\s+(\S+\s+){0,3}?(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት)\s+)?(ዝሞተ|ዝሞተት|ዝሞቱ|ዝዓረፈ|ዝዓረፈት|ዝዓረፉ)(?!\S)",
    r"\b(zmote|zmotet|zmotu|zarefe|zearefe)\s+(\w+\s+){0,2}?(zkhri|zkri|tezkar|fthat)\b",
    # slaughtering a sheep or a goat for a feast (Eid, Christmas), in Latin script ("ntHarid" is not a word for suicide here)
    r"\b(begie|begi|begiE|beggi|tsaeda|tsaida|ateli|atal|dorho|bui)\s+(\w+\s+)?(nt?harid|nharid|ntharid|nhard|kinharid|knharid|harid\w*|harida)\b".replace("E", "e"),
    r"\b(nt?harid|nharid|ntharid|nhard|knharid)\s+(\w+\s+){0,3}?(begie|begi|tsaeda|dorho|slachthuis|slager|eid|iid|fasika|genna|beal)\b",
    r"\b(eid|iid|id\s+al\s+adha|fasika|genna|beal|slachthuis)\s+(\w+\s+){0,3}?(nt?harid|nharid|ntharid|knharid)\b",
    r"(?<!\S)(በጊዕ|በጊዓ|ጤለ|ጣል|ደርሆ|ብዕራይ|ሙኽት)\S*\s+(\S+\s+)?(ንሓርድ|ክንሓርድ|ሓሪድና|ይሕረድ|ክሓርድ|ሓሪደ)(?!\S)",
)
_ROUND27_CRISIS_TI: tuple[str, ...] = (
    # "I will not last until then" and a farewell
    _both(_R27_UNTIL_THEN_TI + _R27_NOT_LAST_TI, _R27_FAREWELL_TI),
    _both(_R27_UNTIL_THEN_LA + _R27_NOT_LAST_LA, _R27_FAREWELL_LA),
    # "now I go to God" with a farewell ("thank you all, don't grieve")
    _both(_R27_TO_GOD_TI, _R27_FAREWELL_TI),
    _both(_R27_TO_GOD_LA, _R27_FAREWELL_LA),
    # fled from a partner, who found my address / waits outside
    _both(_R27_FLED_TI, _R27_FOUND_ME_TI),
    _both(_R27_FLED_LA, _R27_FOUND_ME_LA),
    # a partner in a rage breaking everything, and fear or hiding children
    _both(_R27_FAMILY_TI, _R27_BREAKING_TI, _R27_AFRAID_TI),
    _both(_R27_FAMILY_LA, _R27_BREAKING_LA, _R27_AFRAID_LA),
    # a drunk partner banging on the door, children hiding
    _both(_R27_FAMILY_TI, r"(?<!\S)(ሰኺሩ|ሰኺራ|ሰኺሮም|ስኩር)(?!\S)", r"(ሓቢኦም|ተሓቢኦም|ተሓቢአ|ተሓቢኣ|ፈሪሐ|ፈሪሖም|ይበኽዩ)"),
    _both(_R27_FAMILY_LA, r"\b(sekhiru|sekiru|sekira|skur)\b", r"\b(habiom|tehabiom|tehabie|ferihe|ferihom|ybekhyu)\b"),
    # send the police / an ambulance, quickly
    _both(_R27_SEND_POLICE_TI, _R27_URGENT_TI, _R27_NOT_REPORT_TI),
    _both(_R27_SEND_POLICE_LA, _R27_URGENT_LA, _R27_NOT_REPORT_LA),
    # a small child crying for days / alone, no parent at home
    _both(_R27_CHILD_TI, _R27_CRYING_TI, _R27_NO_PARENT_TI, _R27_LONG_TI),
    _both(_R27_CHILD_LA, _R27_CRYING_LA, _R27_NO_PARENT_LA),
    # locked in and made to work day and night for a debt
    _both(_R27_LOCKED_TI, _R27_FORCED_WORK_TI),
    _both(_R27_LOCKED_LA, _R27_FORCED_WORK_LA),
    # fell and does not wake / breathes weakly
    _both(_R27_FELL_TI, r"(" + _R27_NO_WAKE_TI + "|" + _R27_BREATH_TI + ")", _R27_NOT_EXAM_TI),
    _both(_R27_FELL_LA, r"(" + _R27_NO_WAKE_LA + "|" + _R27_BREATH_LA + ")", _R27_NOT_EXAM_LA),
    _both(_R27_NO_WAKE_TI, _R27_BREATH_TI, _R27_NOT_EXAM_TI),
    # a fire that spread to the curtains, the sofa, the room
    _R27_FIRE_SPREAD_TI, _R27_FIRE_SPREAD_LA,
)
_ROUND27_UNCERTAIN_TI: tuple[str, ...] = (
    # "I will not last until then" alone (no reason given)
    _both(_R27_UNTIL_THEN_TI + _R27_NOT_LAST_TI, _R26_REASON_TI),
    _both(_R27_UNTIL_THEN_LA + _R27_NOT_LAST_LA, _R26_REASON_LA),
    # going to God now, alone
    _R27_TO_GOD_TI, _R27_TO_GOD_LA,
    # no food for days, only water, the children's milk finished
    _both(_R27_NO_FOOD_TI, _R27_FOR_DAYS_TI),
    _both(_R27_NO_FOOD_LA, _R27_FOR_DAYS_LA),
    # a small child crying, no parent at home
    _both(_R27_CHILD_TI, _R27_CRYING_TI, _R27_NO_PARENT_TI),
    # a partner who found me after I fled and follows me
    _both(_R27_FAMILY_TI, _R27_FOUND_ME_TI, r"(ሃዲመ|ሃዲምና|ፈሪሐ|ፍርሒ|ፈሪሕና|ተሓቢአ|ተሓቢኣ)"),
)
# (round 27, Tigrinya: end)
_ROUND27_IDIOMS = _ROUND27_IDIOMS_NL_AR + _ROUND27_IDIOMS_TI
_ROUND27_CRISIS = _ROUND27_CRISIS_NL_AR + _ROUND27_CRISIS_TI
_ROUND27_UNCERTAIN = _ROUND27_UNCERTAIN_NL_AR + _ROUND27_UNCERTAIN_TI


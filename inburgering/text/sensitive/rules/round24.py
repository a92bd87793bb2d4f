"""Round 24: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both

# Round 24: kinds from batch 24 (sealed in round 23) and own probes; Dutch and Arabic first, then Tigrinya.
# Round 24, Dutch and Arabic (Levantine, standard, Arabizi), by kind (batch 24's misses and false alarms, and own
# probes; Arabic NON-NATIVE WRITTEN: needs review by a native speaker). Crisis: a lethal amount or height asked "for
# myself"; a young child missing; no food for days; a burn with hot oil or boiling water; a child with a very high
# fever who hardly reacts or fits; "I don't know if I'll be alive tomorrow" and "I took something"; going to a dead
# relative tonight; pregnant and bleeding (first person); all my medicines swallowed; "I want to jump"; an engine or
# charcoal in a closed room; a blade on the wrist or throat; a battery swallowed (Arabizi). Idioms: a power cut, a
# quarrel made up, a child's "I'll kill you" while playing, a figure of speech explained, "I love you to death".
_R24_MEDS_NL = (r"(pillen|pil|tabletten|tablet|medicijnen|medicatie|antidepressiva|slaappillen|slaaptabletten|insuline|methadon|"
                r"oxazepam|diazepam|lorazepam|temazepam|tramadol|oxycodon|morfine|paracetamol\w*|ibuprofen|lithium|quetiapine|"
                r"sertraline|citalopram|fluoxetine|paroxetine|\w*pillen|\w*tabletten|pijnstillers|kalmeringsmiddel\w*|voorraad)")
_R24_NOT_FOUND = r"\b(gevonden|teruggevonden|terecht|gelukkig|weer\s+thuis|stond\s+bij|zat\s+bij)\b"
_R24_FOUND_AR = r"(لقيناه|لقيناها|لقيته|لقيتها|لقيتو|رجع\s+عالبيت|الحمد\s*لله|الحمدلله|طلع\s+عند|طلعت\s+عند)"
_R24_CHILD_LATIN = r"\b(ebni|ibni|ebne|ibne|binti|bente|benti|bnti|el\s+walad|l\s*walad|el\s+wled|el\s+bent|tefli|tifli|ebnha|binta|el\s+zghir|el\s+zghire|ebn\s+\w+|bint\s+\w+)\b"

_ROUND24_IDIOMS_NL_AR: tuple[str, ...] = (
    # a power cut (the light, the electricity, the internet went off and came back): "cut" is not a cut
    r"\b(de\s+)?(stroom|elektriciteit|electriciteit|licht|verlichting|internet|wifi)\s+(\S+\s+)?(viel|valt|is|was|ging)\s+(\S+\s+){0,4}?(uit|uitgevallen|weg)\b"
    r"|\bstroom(storing|uitval|onderbreking|storingen)\b|\b(stroom|elektriciteit|licht)\s+(is\s+|was\s+)?uitgevallen\b"
    r"|\b(viel|valt|ging|gaat|vielen)\s+(de\s+|het\s+|onze\s+|ons\s+)?(stroom|elektriciteit|electriciteit|licht|verlichting|internet|wifi)\s+(\S+\s+){0,4}?(uit|weg)\b",
    r"(?<!\S)(ال|هال)?(كهربا|كهرباء|كهربه|ضو|الضو|نت|انترنت|واي\s*فاي)\s+(\S+\s+){0,2}?(قطعت|انقطعت|مقطوعه|مقطوع|راحت|طفت|فصلت|انطفت)(?!\S)"
    r"|(?<!\S)(انقطعت|قطعت|راحت|فصلت|انطفت)\s+(علينا\s+|عنا\s+)?(ال)?(كهربا|كهرباء|كهربه|ضو)(?!\S)",
    r"\b(el\s+)?(kahraba|kahrba|kahrab|kahraba2|el\s+daw|daw|net|internet|wifi)\s+(\w+\s+){0,2}?(2?at3et|2?a6a3et|2?ata3et|n2at3et|nat3et|ra7et|rahet|tfet|ftet|fasalet)\b",
    # a quarrel that was made up ("we fought but made up and laugh again")
    r"\bruzie\b(\s+(?!(sloeg|slaat|sla|slagen|geslagen|schop\w*|trap\w*|wurg\w*|duw\w*|mes|bloed\w*|pijn|blauw\w*|dreig\w*|bedreig\w*|gebroken|brak|gooide|vermoord\w*|dood|dod|politie|bang|opgesloten|eruit)\b)\S+){0,8}?\s+"
    r"(goedgemaakt|goed\s+gemaakt|bijgelegd|weer\s+goed|weer\s+vrienden|uitgepraat|opgelost|sorry\s+gezegd)\b",
    r"(?<!\S)(تخانقت|تخانقنا|تخانقو|تشاكلت|تشاكلنا|تهاوشت|تهاوشنا|تزاعلت|تزاعلنا|زعلنا|زعلت|اختلفت|اختلفنا|تقاتلت|تقاتلنا|تناقرنا)"
    r"(\s+(?!\S*(ضرب|خنق|قتل|دفش|سكين|كف|لبط|هدد|كسر|دم|حرق|رماني|طردني|عضني|جرح|دبح|الشرطه|خايف|قفل|سكر\s+علي))\S+){0,7}?\s+\S{0,3}"
    r"(تصالحنا|اتصالحنا|تصالحت|صالحته|صالحني|صالحتو|صالحتها|تراضينا|رجعنا\s+(منيح|منيحين|حبايب|رفقات|اصحاب))(?!\S)",
    r"\b(t5ana2t|t5ana2na|tkhana2t|tkhana2na|t5ane2t|t5ane2na|tshakalna|tshakalt|tsha2alna|za3alna|z3elna)\b"
    r"(\s+(?!\w*(darab|drab|dareb|5na2|khana2|2atal|2tal|sekkine|sekine|kaf|dam|kasar|kaser|hadad|shorta|police))\S+){0,7}?\s+"
    r"(ts?ala7na|ts?ale7na|etsala7na|tsala7t|sala7ni|sala7to|rje3na\s+\w+)\b",
    # a child's "I'll kill you" while playing or joking with a brother, a sister or a friend
    r"(?<!\S)(ابني|بنتي|ابنها|بنتها|الولد|البنت|الولاد|اخوي|اختي|ابن\S*|الصغير|الصغيره)\s+(\S+\s+){0,2}?(قال|قالت|قالو|بيقول|بتقول|عم\s+يقول|عم\s+تقول|صرخ|صرخت|بيصرخ)\s+(\S+\s+){0,2}?"
    r"(رح\s+|ح\s+|ب)?(اقتل|قتل|ادبح|دبح|موت)(ك|كي|كن|كم)(?=(\s+\S+){0,10}?\s+\S*(يلعبوا|يلعب|تلعب|بيلعبوا|بيلعب|لعب|عم\s+يلعبوا|بلعب\S*|يمزح|تمزح|بيمزح|بمزح|مزح\S*|فوتبول|كوره|طابه|بلايستيشن|لعبه|جيم|العاب)(?!\S))",
    r"(?<!\S)\S*(يلعبوا|يلعب|تلعب|بيلعبوا|بيلعب|بلعب\S*|يمزح|تمزح|بيمزح|مزح\S*|فوتبول|كوره|بلايستيشن|لعبه|جيم)(\s+\S+){0,10}?\s+(رح\s+|ح\s+|ب)?(اقتل|قتل|ادبح|دبح|موت)(ك|كي|كن|كم)(?!\S)",
    r"\b(zoon\w*|dochter\w*|kind|kinderen|broertje|zusje|broer|zus|jongens|vriendje)\s+(\S+\s+){0,2}?(riep|zei|roept|zegt|schreeuwde|schreeuwt)\s+(\S+\s+){0,3}?"
    r"(ik\s+)?(maak\s+(je|jou)\s+af|vermoord\s+(je|jou)|schiet\s+(je|jou)\s+dood|sla\s+(je|jou)\s+dood)\b(?=(\s+\S+){0,10}?\s+(spel\w*|spelen|speelden|speelt|voetbal\w*|grap\w*|lol|game\w*|verstoppertje|tikkertje))",
    # a figure of speech explained: "in my country we say 'I die for you' when we love someone"
    r"\b(in\s+(mijn|ons|onze)\s+(land|taal|cultuur|dorp|familie)|bij\s+ons(\s+thuis)?|in\s+het\s+(arabisch|tigrinya|tigrinja|syrisch|koerdisch|eritrees)|"
    r"in\s+(syrie|eritrea|ethiopie|marokko|irak|soedan|afghanistan))\s+(zeggen|zegt|zeg)\s+(we|wij|ze|zij|mensen|men|jullie|je)\s+(\S+\s+){1,8}?"
    r"(als|wanneer|tegen|om|voor\s+iemand|voor\s+een)\s+(\S+\s+){0,4}?(lief|leuk|mooi|graag|houden|hou|verliefd|missen|mis|dank\w*|grap\w*|boos|blij|schrik\w*|geluk|lekker|beleefd)\w*",
    r"(?<!\S)(عنا|عندنا|ببلدنا|بلدنا|بلغتنا|بالعربي|بسوريا|بالشام|بالسوري|بالعاميه)\s+(ب|من|ا)?(نقول|يقولو|يقولوا|بيقولو|بيقولوا|منقول|بنقول|بقولو)\s+(\S+\s+){1,6}?"
    r"(للي|لما|اذا|لحدا|لشخص|للشخص|لل|عن\s+حدا|لمن)\S*(\s+\S+){0,3}",
    # "I love you to death" / "I die for you" in Arabizi
    r"\bb?(7|h)e?b(ak|ek|ik|k|ek|ki|ik)\s+(mout|mot|mawt|moot|mut)\b|\bb?(mout|mot|moot|mut)\s+(fik|fiki|feek|feeki|fiha|feeha|fih|fihon|fiyon|3aleik|3layki|3leki)\b",
    # a little toothpaste, soap or sand swallowed by a child: a question, not a poisoning
    r"\b(een\s+)?(klein\s+)?(beetje|slokje|hapje|likje)\s+(tandpasta|zeep|shampoo|zand|aarde|zeepsop|badwater|zwembadwater|klei)\s+(\S+\s+)?(doorslikt|doorgeslikt|ingeslikt|inslikt|opeet|opgegeten|gedronken|drinkt|binnenkrijgt)\b",
    r"(?<!\S)(شوي|شويه|شوية|شوي\s+من)\s+(ال)?(معجون|معجون\s+اسنان|صابون|شامبو|رمل|تراب)\S*(\s+\S+){0,2}?\s+(بلع|بلعت|بلعو|اكل|اكلت|شرب|شربت)(?!\S)"
    r"|(?<!\S)(بلع|بلعت|اكل|اكلت|شرب|شربت)\s+(شوي|شويه|شوية)\s+(ال)?(معجون|صابون|شامبو|رمل|تراب)\S*",
    # a flu or cold that "knocked me down" ("the flu destroyed me for three days, now better"); giving blood
    r"(?<!\S)(ال)?(رشح|كريب|انفلونزا|انفلونزه|كورونا|زكام|حمى|مرض|سخونه)\s+(\S+\s+)?(هدني|هدتني|كسرني|كسرتني|دمرني|دمرتني|قتلني|قتلتني|موتني|موتتني|هلكني|هلكتني|طرحني|طرحتني|بهدلني|بهدلتني)(?!\S)",
    r"\b(el\s+)?(rash7|rashe7|grippe|grip|korona|corona|enfluanza|zkam)\s+(\w+\s+)?(haddni|haddani|kasarni|dammarni|2atalni|mawwatni|hallakni|bahdalni)\b",
    r"\b(de\s+)?(griep|verkoudheid|corona|koorts|buikgriep)\s+(heeft\s+)?(me|mij)\s+(\S+\s+)?(geveld|gesloopt|gekild|vermoord|afgemaakt|kapot\s*gemaakt)\b",
    r"\b(bloeddonatie\w*|bloeddonor\w*|bloedbank|sanquin|bloed\s+(geven|doneren|gedoneerd|afnemen|afgenomen))\b|\b(nemen|namen)\s+(ze\s+)?(\S+\s+)?bloed\s+af\b",
    # "I can't live (I won't stay alive) without coffee, my phone, the internet"
    r"(?<!\S)(ما\s+(رح\s+)?(ب)?(قدر\s+)?)?(عايش|عايشه|اعيش|عيش|بعيش|ضل\s+عايش|ضل\s+عايشه)\s+(بلا|بدون|من\s+غير)\s+(ال)?(قهوه|قهوتي|شاي|نت|انترنت|واي\s*فاي|موبايل\S*|تلفون\S*|نوم|سكر|شوكولا|ارجيله|دخان|كهربا|مكيف|تكييف|فيسبوك|انستغرام|تيك\s*توك|كنافه|حلو)(?!\S)",
    r"\b((ma|mish)\s+(ra7\s+)?(b?2dar\s+)?)?(3ayesh|3ayshe|3ish|e3ish|b3ish|dall\s+3ayesh|dall\s+3ayshe)\s+(bala|bdoun|bidun|men\s+gher)\s+(el\s+)?(2ahwe|ahwe|qahwe|shai|chai|net|internet|wifi|mobile|mobayl|telefon|nom|sukkar|shokola|argile|da5an|kahraba|facebook|insta|instagram|tiktok)\b",
    # legs or arms "dead" after sport ("my legs are dead", "a murderous run")
    r"\b(mijn|m'n|mn)\s+(benen|armen|voeten|kuiten|spieren|rug|bovenbenen)\s+(zijn|is|voelen|voelt)\s+(\S+\s+)?(dood|dod|kapot|gesloopt|op|lam)\b|\b(moordend\w*|moordende)\b",
)

_ROUND24_CRISIS_NL_AR: tuple[str, ...] = (
    # a lethal amount or height asked for oneself ("how much ... is too much for a person? I ask for myself")
    r"^(?!.*\b(per\s+dag|per\s+keer|hoofdpijn|kiespijn|koorts|griep|verkouden|rugpijn|buikpijn|menstruatie\w*|ongesteld)\b)" + _both(r"\b(hoeveel|welke\s+hoeveelheid|hoe\s+veel|hoeveelheid|dosis)\b", r"\b(te\s+veel|dodelijk\w*|fataal|fatale|genoeg|overleef\w*|dood|niet\s+meer\s+wakker)\b",
          r"\b(voor\s+(mezelf|mijzelf)|ik\s+vraag\s+(het\s+)?voor\s+(mij|me|mezelf|mijzelf)|het\s+is\s+voor\s+(mij|mezelf)|voor\s+mij\s+zelf|niet\s+voor\s+een\s+ander)\b"),
    r"\b(hoe\s+(hoog|diep|lang|ver|hard)|vanaf\s+welke\s+(hoogte|verdieping)|hoeveel\s+(verdiepingen|meter|etages))\b(\s+\S+){0,10}?\s+"
    r"(niet\s+(meer\s+)?overleef\w*|het\s+niet\s+overleef\w*|(het\s+)?niet\s+te\s+overleven|dood\s+(bent|ben|gaat|ga|is)|dood\s+te\s+(gaan|zijn)|zeker\s+dood|dodelijk\w*|niet\s+meer\s+wakker)\b",
    r"\bhoeveel\s+(\S+\s+){0,2}?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,4}?(om|zodat|tot|voordat)\s+(\S+\s+){0,3}?(niet\s+meer\s+wakker|dood\s+te\s+gaan|dood\s+te\s+zijn|te\s+sterven|niet\s+(meer\s+)?(te\s+)?overleven|dood\s+(ben|bent|ga|gaat))\b",
    _both(r"(?<!\S)(قديش|كم|شو\s+(ال)?كميه|اي\s+كميه|ما\s+هي\s+الكميه)(?!\S)", r"(?<!\S)(بتقتل|بتموت|تقتل|تموت|بيموت|قاتله|مميته|قاتل|(لحتى|حتى|لكي)\s+(ا|ي)?موت|كافيه\s+للموت|تكفي\s+للموت|للموت)(?!\S)",
          r"(?<!\S)(عن\s+حالي|لحالي|لنفسي|عن\s+نفسي|الي\s+انا|كرمالي|مشاني|من\s+اجلي)(?!\S)"),
    _both(r"\b(2addeh|2adesh|adesh|addeh|kam|shu\s+el\s+kammiye|shu\s+a2all\s+kammiye)\b", r"\b(bt2tol|bte2tol|btmawet|btmawwet|btmot|btmout|la\s+mout|la\s+2mout|7atta\s+mout)\b",
          r"\b(3an\s+7ali|la7ali|la\s+2ili|la\s+ili|la\s+nafsi|3an\s+nafsi)\b"),
    # a young child missing ("gone for an hour, not in the playground, not at the neighbours")
    _both(
        r"\b(kind|kindje|zoon|zoontje|dochter|dochtertje|de\s+kleine|baby|peuter|onze\s+jongen|ons\s+meisje)\b",
        r"\b(is|zijn|was|raakte|ben)\s+(\S+\s+){0,3}?(weg|kwijt|vermist|verdwenen|zoek|zoekgeraakt|kwijtgeraakt|weggelopen)\b(?!\s+(haar|zijn|de|het|een|mijn|naar|met|voor|op|om|uit)\b)"
        r"|\b(kan|kunnen|kon|konden)\s+(hem|haar|ze|onze\s+\w+|mijn\s+\w+)\s+(\S+\s+)?niet\s+(meer\s+)?(vinden|terugvinden)\b|\bniet\s+(thuis\s*gekomen|teruggekomen|terug\s+gekomen|thuisgekomen)\b",
        r"\b(uur|uren|minuten|sinds|al\s+een|overal|politie|nergens|niet\s+in\s+de|niet\s+bij\s+de|van\s+\d+|\d+\s+jaar|is\s+\d+|zoek\w*)\b") + "^(?!.*" + _R24_NOT_FOUND + ")",
    _both(
        r"(ابني|بنتي|ابنا|بنتنا|ابننا|الولد|البنت|الطفل|طفلي|طفلتي|الصغير|الصغيره|ابنها|بنتها|ابني\s+الصغير)",
        r"(?<!\S)(ضاع|ضاعت|ضايع|ضايعه|ضيعتو|ضيعتها|ضيعناه|ضيعناها|مفقود|مفقوده|اختفى|اختفت|مختفي|مختفيه|(مو|مش|ما|مانا|مني)\s+(عم\s+)?(لاقي|لاقيه|لاقيين|لاقيينو|لاقيينها|لاقيتو|لاقيتها|لاقيته|لاقيها|لاقيو|نلاقي\S*|الاقي\S*)\S*)(?!\S)|(?<!\S)و?(لا|لم)\s+(اجد|نجد|اجده|اجدها|نجده|نجدها|اعثر|نعثر)\S*",
        r"(منذ|الصباح|ساعه|ساعتين|ساعات|دقيقه|دقايق|من\s+الصبح|من\s+مبارح|دورت|دورنا|بدور|عم\s+دور|وين|الشرطه|البوليس|بكل\s+مكان|السوق|الحديقه|الجنينه|عمر\S*|سنين|سنه)") + "^(?!.*" + _R24_FOUND_AR + ")",
    _both(
        _R24_CHILD_LATIN,
        r"\b(da3|da3at|da3et|da3it|daye3|dayi3|day3a|dayi3a|daya3a|mafqud|mafkud|mafqude|mafkoude|e5tafa|ekhtafa|e5tafet|ekhtafet|mo5tafi|"
        r"(mish|mesh|mush|mo|mu|ma)\s+(3am\s+)?(la2i\w*|la2ye\w*|la2ya\w*|l2i\w*|n?la2i\w*))\b(?!\s+(el|l|shant\w*|mobile\w*|mobayl\w*|telefon\w*|minno|minna|menno|menna|mena|mno|mna)\b)",
        r"\b(sa3a|se3a|sa3tein|se3tein|sa3at|d2i2a|d2aye2|wein|wen|bdawer|3am\s+dawer|dawarna|dawart|police|polis|shorta|souk|7adi2a|jnene|3omr\w*|snin|sene|mbere7|mbare7|el\s+sob7)\b") + r"^(?!.*\b(la2ito|la2eto|la2ita|la2eta|la2ineh|la2inah|el7amdella|l7amdella|hamdella|7amdella)\b)",
    # no food for days and the children hungry, no money
    _both(
        r"\b(honger|hongerig)\b|\b(niks|niets)\s+(te\s+)?(eten|gegeten)\b|\bgeen\s+eten\b",
        r"\b(geen\s+(geld|eten|brood)|(niks|niets)\s+(te\s+)?eten|(niks|niets)\s+gegeten|lege\s+koelkast|koelkast\s+is\s+leeg)\b",
        r"\b(dagen|gisteren|eergisteren|sinds|kinderen|kids|baby|kind|huilen)\b") + r"^(?!.*\b(ramadan|vasten|vast|iftar|dieet|afvallen)\b)",
    # a burn with hot oil or boiling water: the skin comes off, blisters
    _both(
        r"\b(hete|heet|kokend\w*|gloeiend\w*|brandend\w*)\s+(olie|water|vet|thee|soep|koffie|melk|frituurvet|pan|strijkijzer)\b|\bfrituur\w*\b|\bstoom\b",
        r"\b(huid|vel)\s+(\S+\s+){0,3}?(eraf|los|af|weg|hangt|open|wit|zwart)\b|\b(grote\s+|dikke\s+|vol\s+)?blaren\b|\bbrandwond\w*\b") + r"^(?!.*\b(klein\w*|beetje|plekje|pleister|niet\s+erg|al\s+beter|vorig\w*|tong|mond|lip|lippen|gehemelte)\b)",
    # a child with a very high fever who hardly reacts, cannot be woken, or fits
    _both(r"\b(koorts|koortsig|gloeit|gloeiend|heet)\b|\b(39|40|41|42)\s+(\d\s+)?(graden|gr)\b",
          r"\breageert\s+(\S+\s+)?(niet|nauwelijks|amper|bijna\s+niet)\b|\b(reageert|reageren)\s+niet\b|\bniet\s+(meer\s+)?wakker\s+(te\s+krijgen|worden|wordt)\b|"
          r"\bwordt\s+(\S+\s+)?niet\s+(meer\s+)?(goed\s+)?wakker\b|\b(koortsstuip\w*|stuip\w*|schokt|schokken|trekkingen)\b"),
    _both(r"(حراره|حرارت\S*|حرارتو|حرارتها|سخونه|سخن|سخنان\S*|مسخن\S*|حمى|حمي)",
          r"(ما|مو|مش)\s+(عم\s+)?(ي|ت|بي|بت)?(فيق|صحى|صحي|يصحى|تفاعل|يتفاعل|تتفاعل|رد|يرد|ترد|حس)(?!\S)|(?<!\S)(مرخي|مرخيه|رخو|رخوه|(عم\s+)?(ي|ت|بي|بت)ختلج|تشنج\S*|اختلاج\S*|(عم\s+)?(ي|ت|بي|بت)تشنج|عم\s+ينتفض|عم\s+تنتفض)(?!\S)|فاقد\S*\s+(ال)?وعي|(?<!\S)و?(لا|ما|مو|مش)\s+(عم\s+)?(ي|ت)?(ستجيب|ستيقظ|صحو|تفاعل|يتفاعل|يرد|ترد)(?!\S)"),
    # "I don't know if I'll still be alive tomorrow"; "I won't be alive by then"; "I took something"
    r"\b(weet\s+niet|geen\s+idee)\s+of\s+ik\s+(\S+\s+){0,3}?(nog\s+)?(leef|besta|er\s+(nog\s+)?ben|wakker\s+word|overleef|haal)\b",
    r"\b(misschien|waarschijnlijk|dan|morgen|straks|vanavond)\s+(\S+\s+){0,2}?(leef\s+ik|ben\s+ik)\s+(\S+\s+){0,2}?(niet\s+meer|al\s+dod|dod)\b"
    # (round 41: not "morgen ben ik niet meer ziek / thuis / in Utrecht")
    r"(?!\s+(ziek|moe|boos|verkouden|bang|verdrietig|alleen|thuis|hier|daar|beschikbaar|bereikbaar|in|op|bij|aan|naar|nodig|welkom|werkloos|zwanger|vrij)\b)",
    _both(r"\bik\s+heb\s+(\S+\s+){0,3}?iets\s+(\S+\s+)?(ingenomen|genomen|geslikt|gedronken|gespoten)\b(?!\s+(tegen|voor|om\s+te\s+slapen|bij\s+de\s+apotheek)\b)",
          r"\b(bang|leef|leven|dod|dood|morgen|raar|duizelig|wazig|niet\s+zeggen|zeg\s+niet|afscheid|sorry|misselijk|slaperig)\b"),
    r"(?<!\S)(ما|مش|مو)\s+(ب|ب\s+)?(عرف|اعرف|بعرف)\s+(اذا|اذا\s+كنت|ان\s+كان|ازا)\s+(رح|ح|بدي|ب)?\s*(ضل|ضلني|ابقى|كون|عيش|اعيش)\s+(\S+\s+)?(عايش|عايشه|حي|حيه|بالدنيا|عالدنيا|لبكرا|لبكره|للصبح|بكرا)(?!\S)",
    # (round 42: the same in Arabizi, "ma ba3ref iza ra7 ekoon 3aysh la bokra")
    r"\b(ma|mesh|mish|msh|mu)\s+(b|bi)?\s*(a3ref|ba3ref|ba3rif|ba3rf|b3ref|b3rf|3aref|3arfe|3arif)\s+(iza|eza|law|en\s+kan)\s+(ra7|r7|7a|bade|baddi|badi)?\s*"
    r"(e|a|b)?(dal|dalni|eb2a|ab2a|koun|kun|kon|3ish|3ich)\s+(\w+\s+)?(3ayesh|3aysh|3ayshe|3ayeshe|3aysha|7ay|7ayye|7aye|bel\s*denye|3al\s*denye|la\s*bokra|lal\s*sob7|bokra)\b"
    # (not "living in Holland, with my sister, alone": a place or a household after it)
    r"(?!\s+(b|bi|fi|f|ma3|m3|3and|3end|hon|honik|henik|bel|bl|ben|bayn|ta7t|wa7de|wa7di|la7ali|la7ale)\b)(?!\s+b(?!okra|ukra)\w+)",
    r"(?<!\S)(ما|مش|مو)\s+(رح|ح|راح)\s+(ا|ب)?(كون|ضل|ابقى|بقى|عيش)\s+(\S+\s+)?(عايش|عايشه|حي|حيه|بالدنيا|عالدنيا|بهالدنيا|موجود\s+بالدنيا|موجوده\s+بالدنيا)(?!\S)(?!\s+(\S+\s+)?(بلا|بدون|من\s+غير|بلاك|بلاكي|بلاكن)(?!\S))",
    r"(?<!\S)(رح|ح|راح)\s+(ا|ب)?(كون|ضل|صير)\s+(ميت|ميته|ميتة|بالقبر|تحت\s+التراب)(?!\s+(من|بالضحك|بالتعب|تعب|جوع))",
    _both(r"(?<!\S)(اخدت|اخذت|بلعت|شربت|ضربت\s+ابره)\s+(شي|شغله|اشي|شيء|حبوب)(?!\S)(?!\s+(لل|ضد|عشان\s+ال|مشان\s+ال|من\s+الصيدليه|من\s+السوبر))",
          r"(خايف|خايفه|بخاف|بموت|موت|عايش|عايشه|ما\s+بدي\s+(قول|احكي|خبر)|ما\s+رح\s+(قول|احكي)|دايخ\S*|تقيل|سامحوني|سامحني|بكرا|لبكرا|آخر|اخر\s+رساله)"),
    r"(?<!\S)(لا|ما)\s+(اعرف|ادري|اعلم)\s+(ان|اذا|هل)\s+(كنت\s+)?(س)?(ابقى|اعيش|اكون|اظل)\s+(\S+\s+)?(حيا|حيه|حي|على\s+قيد\s+الحياه)(?!\S)",
    r"(?<!\S)(لن|لم\s+اعد)\s+(اكون|ابقى|اعيش|اظل)\s+(\S+\s+)?(حيا|حيه|على\s+قيد\s+الحياه|في\s+هذه\s+الدنيا|في\s+الدنيا)(?!\S)",
    r"(?<!\S)(س|سوف\s+|اريد\s+ان\s+|ساقوم\s+ب)?(اقفز|ارمي\s+نفسي|القي\s+بنفسي|القي\s+نفسي)\s+(\S+\s+){0,2}?(من|عن|امام)\s+(ال)?(شرفه|نافذه|سطح|جسر|مبنى|بنايه|طابق|قطار|بلكون|شباك)\S*",
    _both(r"(?<!\S)و?(انا\s+)?(حامل|حبلى)(?!\S)", r"(?<!\S)\S{0,2}(انزف|تنزف|نزيف|ينزل\s+(مني\s+)?دم|ادمي)(?!\S)|دم\s+(كثير|كتير|بغزاره)") + r"^(?!.*(تحليل|فحص|موعد|الطبيبه\s+قالت))",
    _both(r"(بطاري\S*|مغناطيس\S*|مغنطيس\S*)", r"(?<!\S)(ابتلع|ابتلعت|ابتلعه|ابتلعها|بلعها|بلعه)(?!\S)"),
    r"\b(ma|mish|mesh|mo)\s+(b?a?3ref|b?a3rif|ba3ref)\s+(iza|eza|eiza)\s+(ra7|7a|rah)?\s*(dal|dall|dalni|eb2a|b2a|kon|koun|3ish|e3ish)\s+(\w+\s+)?(3ayesh|3ayshe|3aysh|3aye?sh|7ay|7ayy|bel\s+denye|la\s+bokra|lbokra)\b",
    r"\b(ma|mish|mesh|mo)\s+(ra7|7a|rah)\s+(e|b)?(kon|koun|dal|dall|eb2a|3ish)\s+(\w+\s+)?(3ayesh|3ayshe|3aysh|7ay|7ayy|bel\s+denye|3al\s+denye|mawjoud\s+bel\s+denye)\b(?!\s+(\w+\s+)?(bala|bdoun|bidun|men\s+gher|min\s+ghir)\b)",
    _both(r"\b(a5adt|akhadt|2a5adt|a5adet|bala3t|bel3et|shrebt|sherbet|shribt)\s+(shi|shee|shy|ishi|7bob|hbob)\b",
          r"\b(5ayef|khayef|5ayfe|khayfe|bmout|bmot|3ayesh|3ayshe|ma\s+baddi\s+(2oul|oul|e7ki)|dayekh|day5|bokra|lbokra|sam7ouni|sam7oni)\b"),
    # going "to" a dead brother, mother or child, tonight: joining the dead
    _both(
        r"\b(gestorven|overleden|overleed|stierf|stierven|omgekomen|omkwam|verongelukt|gesneuveld|sneuvelde|dood\s+is|is\s+dood|in\s+de\s+hemel|begraven|niet\s+meer\s+leeft)\b",
        r"\b(ga|wil|kom|gaan|moet)\s+(\S+\s+){0,3}?(naar\s+(hem|haar|hen|ze)\s+toe|bij\s+(hem|haar|hen|ze)\s+(zijn|komen|wezen)|(hem|haar|hen)\s+achterna|met\s+(hem|haar)\s+mee)\b"
        r"|\b(ga|wil|gaan)\s+(\S+\s+){0,3}?achterna\b|\bwil\s+(\S+\s+){0,2}?(bij|naar)\s+(mijn|m'n|mn)\s+(overleden|dode|gestorven)\b|\bwil\s+(\S+\s+){0,1}?bij\s+(mijn|m'n|mn)\s+\S+\s+(\S+\s+)?zijn\b",
        r"\b(vanavond|vannacht|vandaag|nu|straks|binnenkort|morgen|snel|ik\s+wil|niet\s+meer|ik\s+kan|klaar)\b") + r"^(?!.*\b(begrafenis|graf|graven|begraafplaats|kerkhof|rouwdienst|uitvaart|condoleance\w*|condoleren|herdenking)\b)",
    r"^(?!.*(العزا|عزا|الجنازه|جنازه|القبر|قبرو|قبرها|الدفن|المقبره|ذكرى|ذكراه|ذكراها|الفاتحه))"
    r"(?=.*(?<!\S)(بدي|رح|ح|ناوي|ناويه|لازم)\s+(\S+\s+)?(الحق|روح\s+(لعند|عند|ل)|كون\s+مع|اجتمع\s+مع)\s*(\S+\s+){0,2}?(اللي|يلي|الي)\s+(مات|ماتت|توفي|توفت|استشهد|استشهدت)(?!\S))",
    _both(
        r"(?<!\S)(مات|ماتت|ماتو|توفي|توفت|اتوفي|اتوفت|متوفي\S*|الله\s+يرحم\S*|المرحوم\S*|المرحومه|استشهد\S*|شهيد|بالسما|بالجنه)(?!\S)",
        r"(?<!\S)(رح|بدي|ح|ناوي|ناويه)\s+(روحلو|روحلها|روحلهن|الحقو|الحقها|الحقه|الحقهن|كون\s+معو|كون\s+معها|كون\s+معهن)(?!\S)",
        r"(الليله|اليوم|هلق|قريب|خلص|ما\s+عاد|مشتاق\S*)") + r"^(?!.*(العزا|عزا|الجنازه|جنازه|القبر|قبرو|قبرها|الدفن|المقبره|ذكرى|ذكراه|ذكراها|الفاتحه))",
    _both(
        r"\b(mat|matet|mati|twaffa|twaffet|tewaffa|allah\s+yer7amo|allah\s+yer7ama|el\s+mar7oum|mar7oum|shahid|esteshhad)\b",
        r"\b(baddi|badi|bade|ra7|7a)\s+(\w+\s+){0,2}?(ro7|rou7|rooh|e?l7a2|el7a2\w*|kon\s+ma3o|kon\s+ma3a|kon\s+ma3ha)\b|\b(ra7|baddi)\s+(rou7lo|ro7lo|rou7la|ro7la|el7a2o|el7a2a)\b",
        r"\b(el\s+leile|elleile|lleile|lyom|hala2|halla2|bokra|5alas|khalas)\b") + r"^(?!.*\b(3aza|el\s+3aza|jnaze|el\s+jnaze|2abr|el\s+2abr|dafn)\b)",
    # pregnant and bleeding (first person too: "nu bloed ik heel veel"), or fainted
    _both(
        r"\b(zwanger\w*|in\s+verwachting)\b",
        r"\b(bloed|bloedt|bloeden|bloeding|bloedverlies|bloedde|flauw\s*gevallen|viel\s+(\S+\s+)?flauw|val\s+(\S+\s+)?flauw)\b") + r"^(?!.*\b(klein\s+beetje|beetje|tandvlees|tandenpoetsen|neus\w*|bloedprik\w*|bloedtest|bloeddruk|bloedonderzoek|bloed\s+laten\s+prikken|bloedgroep|bloedsuiker|na\s+de\s+bevalling\s+ging\s+alles\s+goed)\b)",
    _both(r"\b(7amel|7amle|7amil|hamel|hamle|7eble|7ebla|7abla)\b", r"\b(\w*nzef|\w*nzif|nazif|nazef|dam|dem|3am\s+yenzel\s+dam)\b"),
    # all my (named) medicines swallowed or injected at once
    r"\b(al|alle|heel|hele|mijn\s+hele)\s+(mijn\s+|m'n\s+|mn\s+|de\s+)?(voorraad\s+)?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,4}?(geslikt|ingenomen|genomen|opgegeten|gespoten|gedronken|doorgeslikt|opgedronken|in\s+een\s+keer)\b",
    # "I want to jump": from a high place or in front of a train, in Arabic and Arabizi
    r"(?<!\S)(بدي|رح|ح|بفكر|عم\s+فكر|ناوي|ناويه)\s+(ا|ب)?(نط|انط|اقفز|قفز|ارمي\s+حالي|كب\s+حالي|اكب\s+حالي)\s+(\S+\s+){0,2}?(من|عن|تحت|قدام)\s+(ال)?(بلكون|شباك|سطح|جسر|بنايه|طابق|القطار|قطار|ترين|جبل|حافه|الدرج)\S*",
    r"\b(baddi|badi|bade|bdi|ra7|7a|nawi|nawye)\s+(e?n2ot|n2ot|2ot|o2ot|a2foz|2ofoz|e2foz|erme\s+7ali|ermi\s+7ali|kebb\s+7ali)\s+(\w+\s+){0,2}?"
    r"(min|mn|men|3an|ta7t|2eddem)\s+(el\s+|l)?(balkon|balcon|shebbak|shobbak|sat7|set7|jiser|jisr|jser|binaye|bineye|tabe2|tren|train|2atr|treno|jabal)\b",
    # carbon monoxide: the engine running in a closed garage; charcoal lit in a closed room
    _both(r"(?<!\S)و?(ال)?(كراج|جراج|غراج|قراج|موقف)\S*", r"(ال)?(محرك|موتور|ماتور|سياره|مكنه)\s+(\S+\s+){0,2}?(شغال|شغاله|دايره|داير|مشغل|مشغله|عم\s+يشتغل)(?!\S)|(شغلت|مشغل|دورت)\s+(ال)?(محرك|موتور|سياره|ماتور)",
          r"(مسكر|مسكره|مقفل|مقفله|سكرت|قفلت|جوا|داخل|قاعد|قاعده)"),
    _both(r"\b(garage|garaj|karaj|kraj|garadj)\b", r"\b(motor|moteur|mator|sayyara|sayara|siyara|sayyarti|el\s+car)\b",
          r"\b(sh8al|shghal|sha8al|shaghal|shaghale|sh8ale|mshaghal|msha8al|mesha8al|dayer|dayre|deyer|3am\s+yeshte8el|3am\s+yeshteghel)\b"),
    _both(r"\b(houtskool|kolen|briketten|barbecue|bbq|kolenbrander|vuurkorf)\b", r"\b(slaapkamer|kamer|binnen|badkamer|auto|tent|caravan|woonkamer)\b",
          r"\b(ramen|raam|deur|deuren|alles)\s+(\S+\s+){0,2}?(dicht|gesloten|afgeplakt|op\s+slot)\b|\bafgeplakt\b|\bdicht\s+gedaan\b"),
    _both(r"(?<!\S)و?(ال)?(فحم|منقل|مشاحر|كانون)\S*", r"(ولعت|شعلت|حطيت|ولعتو|مولع|مولعه|مشعل|عم\s+يولع|ولّعت|اشعلت|اوقدت|مشتعل\S*)",
          r"(سكرت|قفلت|اغلقت|مسكر\S*|مقفل\S*|مغلق\S*|سديت|سكّرت)\s+(\S+\s+)?(ال)?(شبابيك|باب|شباك|نوافذ|نافذه|ابواب|كلشي|الغرفه)|(ال)?(شبابيك|باب|شباك|نوافذ|نافذه|ابواب)\s+(\S+\s+)?(مسكر\S*|مقفل\S*|مغلق\S*)"),
    # a blade on the wrist, the arm or the throat, now
    r"(?<!\S)(ال)?(سكين|سكينه|موس|شفره|شفرات|قزاز|قزازه|زجاج|زجاجه|مقص|كتر|الكتر)\s+(\S+\s+){0,2}?(على|ع|عا|عال|فوق|بين)\s+(معصمي|ايدي|رقبتي|عروقي|شرياني|زندي|رسغي|معصم\S*|عروق\s+ايدي|شرايين\S*)(?!\S)",
    r"(?<!\S)(حاطط|حاطه|حطيت|ماسك|ماسكه)\s+(ال)?(سكين|سكينه|موس|شفره|قزازه|مقص|كتر)\s+(\S+\s+)?(على|ع|عا|عال|فوق)\s+(معصمي|ايدي|رقبتي|عروقي|شرياني|زندي|رسغي)(?!\S)",
    r"\b(mes|mesje|scheermes\w*|schaar|glas|scherf|stanleymes\w*|mesjes|snijmes\w*|glasscherf)\b\s+(\S+\s+){0,3}?(op|tegen|bij|aan|over)\s+(mijn|m'n|mn)\s+(pols|polsen|arm|armen|keel|hals|aders?|slagader|onderarm|been|benen|dij)\b",
    r"\b(op|tegen|aan)\s+(mijn|m'n|mn)\s+(pols|polsen|keel|hals|slagader|aders?)\s+(\S+\s+){0,2}?(ligt|staat|houd|hou|heb|zit)\s+(\S+\s+){0,2}?(een\s+|het\s+|de\s+)?(mes|mesje|scheermes\w*|schaar|scherf|glas)\b",
    r"\b(el\s+)?(sekkine|sikkine|sakine|sekine|sekkin|sikkin|mous|mouss|moos|shafra|shfra|2zaze|el2zaze|ezaze|m2ass)\b\s+(\w+\s+){0,2}?(3ala|3a|3|fo2)\s+(ma3sami|ma3sme|ma3smi|2idi|eidi|idi|ra2bti|r2obti|ra2abti|3rou2i|3uru2i|zendi|shiryani)\b",
    # lying down on the railway; a baby thrown; pills prepared by the bed "to end everything"; sent abroad to marry
    r"(?<!\S)(رح\s+|ح\s+|بدي\s+)?(نام|انام|نايم|نايمه|استلقي|اتمدد|اتسطح|اقعد)\s+(على|ع|عال|عا)\s*(ال)?(سكه|سكة|سكك|خط\s+القطار|سكه\s+القطار|سكة\s+الحديد)\S*",
    r"\b(nam|nem|enam|2anam|etmadad)\s+(3al|3a|3ala)\s*(el\s+)?(sekke|sikke|sekket|sekkeh|sekka)\b",
    r"(?<!\S)(رمى|رمي|رماه|رماها|كب|كبه|شلف|شلفه|زت|زته|هز|هزه|خض|خضه)\s+(ال)?(بيبي|طفل\S*|ابني|بنتي|ابننا|بنتنا|الولد|صغير\S*|المولود)(?!\S)",
    _both(r"(حضرت|جهزت|جمعت|خبيت|حطيت|صفيت)\s+(ال)?(حبوب|دوا|منوم|حبات|ادويه)\S*", r"(?<!\S)(خلص|انهي|نهي|اخلص|بخلص|فكر\s+خلص)\s+(\S+\s+)?(كل\s+شي|كلشي|حياتي|عمري|عحالي)(?!\S)|بفكر\s+(ب)?(خلص|انهي|موت|الموت)"),
    _both(r"(تتزوج|يزوجوها|يجوزوها|يزوجوني|يجوزوني|زواج|عرس\S*|اتزوج)", r"(ما\s+(تريد|بدها|تبي|بدي|اريد|تبغي)|مو\s+(بدها|بدي)|غصب|رغم\s+عنها|رغما)",
          r"(تبكي|تبچي|عم\s+تبكي|بتبكي|يدزو|يدزوها|يسفرو|يسفروها|يبعتو|يبعتوها|ياخدو|ياخدوها|لسوريا|للعراق|للبلد|عالبلد)"),
    # petrol, paraffin, thinner, acid or bleach drunk (Arabic, Arabizi)
    r"(?<!\S)(شرب|شربت|شربو|بلع|بلعت|اكل|اكلت|ابتلع|ابتلعت)\s+(\S+\s+)?(من\s+)?(ال)?(بنزين|كاز|مازوت|تنر|تينر|اسيد|اسيتون|ماء\s+نار|مي\s+نار|كلور|كلوركس|جافيل|فلاش|مبيد\S*|ديتول|منظف\S*|سائل\s+جلي|معقم|ماء\s+جافيل)(?!\S)(?!.*(سياره|موتور|ماتور|مولده|صوبيا|خزان|محطه))",
    r"\b(shereb|sherbet|shrib|shrbet|shirib|shirbet|bala3|bal3et)\s+(\w+\s+)?(men\s+|min\s+)?(el\s+)?(benzine|banzin|benzin|kaz|mazot|tiner|tinar|asid|acid|aseton|klor|klorox|javel|flash|mobid|dettol)\b(?!.*\b(sayyara|sayara|siyara|motor|moteur|mator|mazote)\b)",
    # a child who swallowed a small battery or magnets (Arabizi)
    _both(r"\b(batar\w*|betar\w*|btar\w*|battery|batteri\w*|magnet\w*|maghnat\w*|mghnat\w*|mighnat\w*)\b",
          r"\b(bala3|bal3et|bala3et|bal3it|bel3|bil3|bala3ha|bal3o|bale3|bel3et|akal|akalet|akalit)\b"),
)

_ROUND24_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # a lethal amount or height asked without "for myself"
    r"\b(hoeveel|hoe\s+veel|welke\s+hoeveelheid)\s+(\S+\s+){0,2}?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,3}?(is|zijn|moet|moeten)\s+(\S+\s+){0,2}?(dodelijk\w*|fataal|te\s+veel\s+voor\s+een\s+(mens|volwassene|man|vrouw))\b",
    r"\b(dodelijke|fatale)\s+(dosis|hoeveelheid)\b",
    # "I want to jump", said alone (not for joy, not into the water, not with a parachute)
    r"^(?!.*\b(blijdschap|vreugde|geluk|trampoline|zwembad|water|parachute\w*|bungee\w*|touwtje\w*|hoogspringen|verspringen|paard\w*|springkussen|sloot|gat\s+in\s+de\s+lucht|in\s+de\s+bres|auto|sport\w*|gym|les|dansen|ballet|concert|feest|schaatsen)\b)"
    r".*\bik\s+(wil|ga|moet)\s+(\S+\s+){0,2}?springen\b",
    r"^(?!.*(الفرح|فرح|المسبح|البحر|البركه|ترامبولين|المي|بالمي|الحبل|نط\s+الحبل|باراشوت))(?=.*(?<!\S)(بدي|رح|ح|ناوي|ناويه)\s+(ا|ب)?(نط|انط|اقفز|قفز|ارمي\s+حالي|كب\s+حالي|اكب\s+حالي)(?!\S))",
    r"^(?!.*\b(farah|far7|masba7|ba7r|trampoline|mayy|7abel)\b)(?=.*\b(baddi|badi|bade|bdi|ra7|nawi)\s+(e?n2ot|n2ot|2ot|o2ot|a2foz|2ofoz|e2foz|erme\s+7ali|ermi\s+7ali)\b)",
    # "I took something" said alone
    r"\bik\s+heb\s+(\S+\s+){0,2}?iets\s+(ingenomen|geslikt|gespoten)\b(?!\s+(tegen|voor|om\s+te\s+slapen)\b)",
    r"(?<!\S)بلعت\s+(شي|شغله|اشي|شيء)(?!\S)(?!\s+(لل|ضد|عشان\s+ال|مشان\s+ال|من\s+الصيدليه))",
    # a child missing (Dutch, no time or age said)
    "^(?!.*" + _R24_NOT_FOUND + r").*\b(kind|kindje|zoon|zoontje|dochter|dochtertje|de\s+kleine|peuter)\b\s+(\S+\s+){0,4}?(is|was)\s+(\S+\s+){0,2}?(vermist|verdwenen|spoorloos)\b",
)
# Things that "do not respond": a website, an app or a phone that fell; someone who does not answer
# messages; a pet that does not come when called (the emergency answer before round 24).
_ROUND24_EVERYDAY_IDIOMS: tuple[str, ...] = (
    r"\b(website|site|webpagina|pagina|app|applicatie|telefoon|mobiel|mobieltje|gsm|smartphone|iphone|samsung|laptop|"
    r"computer|pc|tablet|ipad|scherm|digid|mijnoverheid|portaal|server|printer|tv|televisie|wifi|internet|router|modem|"
    r"pinautomaat|automaat|systeem|programma|formulier|link|knop|camera|toetsenbord|muis)\b\s+(\S+\s+){0,5}?"
    r"(reageert|reageerde|reageren|doet|deed|werkt|werkte)\s+(\S+\s+){0,2}?(niet|niks|niets|nergens)(\s+meer)?(\s+op)?\b",
    r"\b(reageert|reageerde|reageren|antwoordt|antwoordde)\s+(\S+\s+){0,2}?(niet|nooit|nergens)\s+(meer\s+)?op\s+"
    r"(mijn|m'n|mn|onze|de|het|haar|zijn|je|jouw|hun)\s+(\S+\s+)?(berichten|bericht|mails?|e-?mails?|brief|brieven|appjes?|"
    r"whatsapps?|sms'?je?s?|telefoontjes?|vragen?|klachten?|aanvraag|bezwaar)\b",
    r"\b(kat|katten|poes|poesje|kater|hond|hondje|konijn|vogel|papegaai|parkiet)\s+(\S+\s+){0,3}?(reageert|luistert|komt)\s+"
    r"(\S+\s+){0,2}?(niet|nooit)\s+(meer\s+)?(op|als)\b",
    r"(الموقع|موقع|التطبيق|تطبيق|الابليكيشن|البرنامج|برنامج|تلفوني|التلفون|تلفون|الموبايل|موبايلي|جوالي|الجوال|"
    r"اللابتوب|لابتوبي|الكمبيوتر|الشاشه|الراوتر|النت|الانترنت|الديجي\s+دي|الصفحه|الرابط)(?!\S)\s+(\S+\s+){0,5}?"
    r"(ما\s+عم\s+|ما\s+|مو\s+|عم\s+)?(يستجيب|بيستجيب|يرد|بيرد|يشتغل|بيشتغل|يفتح|بيفتح|يعلق|علق|معلق|وقف|طفي)(?!\S)",
)


# Round 24, Tigrinya (Ge'ez and Latin script), by kind (batch 24's misses and false alarms, and own probes;
# NON-NATIVE WRITTEN: needs review by a native speaker). Spelling variants the older rules missed: "ሰብኣየ"
# beside "ሰብኣየይ", "ሕጻን" beside "ህጻን", "ኣየተንፍስን" beside "ኣይተንፍስን"; vowel orders as ranges ("[ሰ-ሷ]").
_R24_PERSON_TI = (r"(ሰብኣየ\S*|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ወደይ|ጓለይ|ደቀይ|ቆልዓ\S*|ቆልዑ\S*|[ሕህ]ጻ[ነ-ኗ]\S*|ሓደ\s+ሰብ|(?<!\S)ሰብ(?!\S)|"
                  r"ጎረቤት\S*|ዓርከይ|መሓዛይ|ብጻየይ|ኣሕዋተይ|ኣቦሓጎይ|ዓባየይ|ኣኮይ|ሓትነይ|ሰብኣያ|ሰብኣይ|ሰበይቲ|ተማሃራይ|መምህር\S*|ሰራሕተኛ|ንሱ|ንሳ)")
_R24_PERSON_LATIN_TI = (r"\b(sebaye\w*|sebeytey|abey|adey|hawey|haftey|wedey|gualey|dekey|qole\w*|qolu\w*|h[xt]?s?an\w*|hitsan\w*|"
                        r"baby|seb|gorebet\w*|arkey|mehazay|bxayey|abohagoy|abaye\w*)\b")
# "does not breathe" in any person and tense: ኣይተንፍስን, ኣየተንፍስን, ኣይትተንፍስን, ኣይተንፈሰን
_R24_NO_BREATH_TI = r"(?<!\S)ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*|(?<!\S)ም?ትንፋ[ሰ-ሷ]\S*\s+((?!እንተ)\S+\s+)?(የብሉን|የብላን|የለን|ጠፊኡ\S*|ኣቋሪጹ\S*|ተቋሪጹ\S*|ኣጸጊሙ\S*|ሲኢኑ|ሲኢና|ስኢኑ|ስኢና|ሓጺሩ\S*)"
_R24_NO_BREATH_LATIN_TI = r"\bay[ei]?t?[ie]?ten[ei]?f[ie]?s\w*|\bm?ti?nf?as\s+(\w+\s+)?(yeblun|yeblan|yelen|tefiu|atsegimu\w*|axegimu\w*|aqwarixu)\b"
_R24_SWALLOWED_TI = r"(?<!\S)(ውሒጡ|ውሒጣ|ወሓጡ|ዋሒጡ|ውሒጦ|ውሒጣቶ|ውሒጠ|ተሓኒቑ|ተሓኒቓ)(?!\S)"
_R24_SWALLOWED_LATIN_TI = r"\b(wihitu|wuhitu|wihita|wehatu|wihiTu|tehaniqu|tehaniqa)\b"
_R24_LETHAL_MEANS_TI = (r"(ከኒና|ፓራ[ሰሲ]\S*ታሞል|ፓናዶል|ኢቡፕሮፌን|ኪኒን|ፒሪ|መርዚ|ብሊች|ኢንሱሊን|ድቃስ\s+ዘምጽእ|ሽሮፕ|ፍረ|ፍሬ|ሚሊግራም|ግራም|ታብሌት|"
                        r"ኣልኮል|ድራግ|ሄሮይን|ሜታዶን|ትራማዶል|ኦክሳዜፓም|ዲያዜፓም|መድሃኒት|ፈውሲ|paracetamol|ibuprofen|oxazepam|tramadol|mg)")
_R24_HOT_LIQUID_TI = r"(ፈሊሑ|ፈሊሓ|ዝፈልሐ|ዝፈልሕ|ዝፈልሑ|ውዑይ|ዉዑይ|ሃሩር)\s+(\S+\s+)?(ማይ|ሻሂ|ቡን|ዘይቲ|ሽርባ|ጸብሒ|ሓሊብ)|ብ(ውዑይ|ዉዑይ)\s+(ማይ|ሻሂ|ዘይቲ|ሽርባ)"
_R24_WATER_TI = (r"(ኣብ\s+(\S+\s+)?(ማይ|ካናል|ሩባ|በረድ|ባሕሪ|ቀላይ|ሓይቂ|መሕምበሲ|ፒሲና|ቦይ|zwembad|gracht|kanal|slot)\S*|ናይ\s+ካናል|(?<!\S)ካናል\S*|(?<!\S)በረድ\S*)")
_R24_NOT_A_THING_TI = r"^(?!.*(ተሌፎን|ሞባይል|መፍትሕ|ቁልፊ|ቦርሳ|ኩዕሶ|ኳዕሶ|ሳንቲም|መነጽር|ሰዓት|ጫማ|ጸወታ|ፊልም|ሕልሚ|ሕልመይ))"

_ROUND24_IDIOMS_TI: tuple[str, ...] = (
    # an oath "by my mother's death", the endearment "may I die for you"
    r"(?<!\S)ብሞት\s+(ኣደይ|ኣቦይ|ሓወይ|ሓፍተይ|ደቀይ|ኣደኻ|ኣቦኻ|ኣደኺ|ኣቦኺ|ኣቦሓጎይ|ዓባየይ|ወደይ|ጓለይ|ኣምላኽ)(?!\S)",
    r"\bbmot\s+(adey|abey|hawey|haftey|dekey|wedey|gualey)\b",
    r"(?<!\S)(ይሙተልካ|ይሙተልኪ|ይሙተልኩም|ይሙተልክን|ይሙተልኪን|ymutelka|ymutelki|ymutelkum)(?!\S)",
    # suicide as the subject of a lesson, talk or prevention course (not one's own thoughts)
    r"(ምክልኻል|ምኽልኻል|ምክልካል|መከላኸሊ)\s+(ናይ\s+)?(ርእሰ|ነብሰ)\s*[ቅቕ]ትለት",
    r"ብዛዕባ\s+(ርእሰ|ነብሰ)\s*[ቅቕ]ትለት(?=\s+(\S+\s+){0,2}?(ኣቕሪቡ|ኣቕሪባ|ኣቕሪቦም|ገለጻ|ትምህርቲ|ሰሚናር|ዎርክሾፕ|ወርክሾፕ|ተዛሪቡ|ተዛሪባ|ተዛሪቦም|ተመሃርና|ተማሂርና|ዓንቀጽ|ዶክመንታሪ)(?!\S))",
    r"\b(mklkal|mkhlkal|mkelakel)\s+(nay\s+)?(reseqtlet|rese\s+qtlet|nebseqtlet)\b",
    # no fire: a smoke alarm set off by incense, coffee roasting or toast; "there is no fire"
    r"(?<!\S)ሓዊ\s+(የለን|ኣይነበረን|ኣይኮነን)(?!\S)|\bhawi\s+(yelen|aynebern)\b",
    r"(ዕጣን|ጥብሲ|ቡን|ባኒ|ዘይቲ)\S*\s+(\S+\s+){0,4}?(rookmelder|ሩክመልደር|ናይ\s+ትኪ\s+(መጠንቀቕታ|ኣላርም|ደወል)|ደወል\s+ትኪ)\s+(\S+\s+)?(ጭድር|ቢፕ|ደሚጹ|ይድምጽ|ይጭድር)\S*",
    # history: villages burnt, people killed in a given year, a war, a lesson (plural, past)
    r"(?<!\S)ኣብ\s+(1[89]\d\d|200\d|201\d)\s+(\S+\s+){0,4}?(ተቓጺለን|ተቓጺሎም|ተቓጺሉ|ተቐቲሎም|ተቐቲለን|ሞይቶም|ዓንዮም|ዓንየን|ተደምሲሰን|ተደምሲሶም)(?!\S)",
    r"(ውግእ|ታሪኽ|ቃልሲ|ሰውራ|ኣይሁድ|ኣቦሓጎይ\s+ከም\s+ዝነገረኒ|ናይ\s+ጥንቲ|ኣብ\s+ዘመን)\s+(\S+\s+){0,6}?(ተቓጺለን|ተቓጺሎም|ተቐቲሎም|ተቐቲለን|ሞይቶም|ዓንዮም|ዓንየን)(?!\S)",
    # a parent or sibling who "will kill me" with a laugh (money spent, a grade)
    r"(ኣደይ|ኣቦይ|ሓፍተይ|ሓወይ|ኣሕዋተይ|ዓባየይ|ኣቦሓጎይ|ኣኮይ|ሓትነይ)\s+(?:(?!\S*(ፖሊስ|ገዲፈ|ፍትሕ|ሃዲመ|ነጊረ|ክብሪ|መርዓ|ካራ|ሽጉጥ))\S+\s+){0,4}?"
    r"(ክትቐትለኒ|ክቐትለኒ|ክቐትሉኒ|ትቐትለኒ|ይቐትለኒ)(\s+(እያ|እዩ|እዮም))?(?=\s+(\S+\s+)?emojilaugh)",
    r"\b(ade|adey|abey|haftey|hawey)\s+(\w+\s+){0,4}?(ktqetleni|kqetleni|ktketleni|kketleni|tqetleni|yqetleni)(\s+(eya|eyu))?(?=\s+(\w+\s+)?emojilaugh)",
    # a head that "boils" or "explodes" over grammar, a brain that "died"
    r"ርእሰይ\s+(\S+\s+)?(ክፈልሕ|ይፈልሕ|ፈሊሑ|ክፍንጀር|ክፈርስ|ክነፍዕ|ይፍንጀር|ተዓጺዩ|ደንዚዙ)(\s+(ደልዩ|ኣሎ|ቀሪቡ))?",
    r"ኣእምሮይ\s+(\S+\s+)?(ሞይቱ|ደኺሙ|ተዓጽዩ|ተዓጺዩ|ጠፊኡ)",
    # a craving, a habit, a language or a price that "kills me"
    r"(ሃረርታ|ሸውሃት|ሽጋራ|ሲጋራ|ቡን|ሻሂ|ቅንኢ|ጸሓይ|ደርፊ|ሙዚቃ|ዋጋ|ክራይ|ሰዋስው|ቋንቋ|ደች|ሆላንድኛ|ፎርም|ቅጥዒ|ኣውቶቡስ|ባቡር|ትራፊክ|ዝናብ|ንፋስ|ምጽባይ|ሰልፊ|ዲጂዲ|DigiD)\s+(\S+\s+)?"
    r"(ይቐትለኒ|ቀቲሉኒ|ቀቲላትኒ|ክቐትለኒ|ትቐትለኒ)(\s+(ኣሎ|ኣላ|እዩ|እያ))?",
    r"\b(hrerta|harerta|shgara|sigara|shahi|dirfi|derfi|waga|kray|form|grammar|sewasw|holandegna|dutch|digid|bus|trein)\s+(\w+\s+)?(yqetleni|qetiluni|kqetleni|tqetleni)\b",
    # food, a price or a song that "is fire"
    r"(ጸብሒ|በርበረ|ሚጥሚጣ|ሽሮ|ዝግኒ|ዋጋ|ክራይ|ደርፊ|ሙዚቃ|ጸወታ|ክዳን|ፋሽን|ሙቐት|ዋዒ|ጸሓይ)\S*\s+(\S+\s+){0,3}?ሓዊ\s+(እዩ|እያ|ኢዩ|ኮይኑ|ኮይና)(?!\S)",
    r"\b(tsebhi|xebhi|tsbhi|berbere|mitmita|shiro|zigni|waga|kray|derfi|dirfi|muziqa)\s+(\w+\s+){0,3}?hawi\s+(eyu|eya|iyu|koynu)\b",
    # an animal slaughtered for a feast (not a person: "ክሓርደኪ" is not cut)
    r"(በጊዕ|ደርሆ|ጤል|ብዕራይ|ከብቲ|ገንሸል|ኣባጊዕ)\S*\s+(\S+\s+){0,2}?(ክሓርድ|ክንሓርድ|ምሕራድ|ሓሪድና|ሓሪዱ|ክሓርዱ|ክሕረድ)(?!\S)",
    r"\b(begie|begiE|dorho|tel)\s+(\w+\s+){0,2}?(khard|knhard|mhrad|haridna)\b",
    # the title of a game, a film, a song or a story ("a game called 'don't drown'")
    r"(?<!\S)(\S+\s+){1,5}?(ዝብል|ዝበሃል|ዝስሙ|ዝስማ)\s+(ጸወታ|ጌም|ፊልም|መጽሓፍ|ድራማ|ተኸታታሊ)\S*",
    r"\b(\w+\s+){1,5}?(zbl|zbehal|zismu)\s+(tsewata|xewata|game|film|mexhaf|drama)\b",
    # the bailiff or a debt collector who will come to the house (a debt, not danger)
    r"(deurwaarder|ደርዋርደር|ዱርዋርደር|ኢንካሶ|incaso\w*|incasso\w*)\s+(\S+\s+){0,4}?(ክመጽኡ|ክመጽእ|ይመጽኡ|ይመጽእ|መጺኡ|መጺኦም|ክመጹ|ይመጹ)(?!\S)",
    # a role in a play or a film: "I play the king who dies"
    r"(ዝመውት|ዝሞተ|ዝሞት|ዝቕተል|ዝቐትል|ዝቕተል|ዝጠፍእ)\s+(\S+\s+){0,2}?(እየ\s+|እያ\s+|ኢና\s+)?(ዝጻወት|ክጻወት|ተጻዊተ|ዝተጻወትኩ|ዝውስእ|ተዋሳኢ)\S*",
    r"\b(zmewt|zmot|zmote|zqetl)\s+(\w+\s+){0,2}?(eye\s+|iye\s+)?(ztsawet|zxawet|ktsawet|tsawite)\b",
    # absent from a class or an appointment (a sick child at home): "I will not be there"
    r"(?<!\S)(ኣብ\s+)?(ክፍሊ|ክላስ|ትምህርቲ|ቆጸራ)\s+(\S+\s+)?(ኣይክህሉን|ኣይክመጽእን|ኣይህሉን|ኣይክኸይድን)(?=\s+(\S+\s+){0,8}?(ሓሚሙ|ሓሚማ|ሓሚመ|ሕሙም|ሕምምቲ|ሓኪም|ቆጸራ\s+ሓኪም|ሕማም|ጉንፋዕ|ስራሕ|ቆልዑ))",
    r"\b(ab\s+)?(klas|class|kfli|temhrti|timhrti|qotsera)\s+(\w+\s+)?(aykhalewn|aykhelewn|aykhaln|aykhlun|aykmetsen|aykimetsen|aykkeydn)\b(?=\s+(\w+\s+){0,8}?(hamimu|hamima|hamime|hmum|hakim|dokter|huisarts|srah|qolue)\b)",
    # a scam message: "your son had an accident, send money"
    r"ሓደጋ\s+(ኣጋጢም\S*|ወሪድ\S*|ገጢም\S*)(?=(\s+\S+){0,3}?\s+ገንዘብ\s+(ስደ|ልኣ|ክፈ|ኣእቱ)\S*)",
    r"(?<!\S)(ምህላል|ምትላል|ምጥፋር|ጥልመት|scam|oplichting|phishing)\s+(ድዩ|ድያ|እዩ|እያ)(?!\S)",
    # what 112 or 113 is for, and teaching the children about danger (a question, not an emergency)
    r"(?<!\S)11[23]\s+(ንምንታይ|መዓስ|ከመይ|እንታይ)\s+(\S+\s+)?(እዩ|ኢዩ|ይድወል|ዝድወል|ይሰርሕ|ይግበር)\S*", r"\b11[23]\s+(nmntay|measte?|kemey|entay)\s+(\w+\s+)?(eyu|iyu|ydewel|zdewel)\b",
    r"ብዛዕባ\s+(ሓደጋ|ሓዊ|ጋዝ|ውሕስነት|ሓደገኛ\s+ነገራት)\s+(\S+\s+)?(ክምህሮም|ክምህር|ክምህራ|ክምህሮ|ክገልጸሎም|ተማሂርና|ክመሃር|ክንመሃር)(?!\S)",
    # breath taken away by heat, a crowd or laughter
    r"ብ(ሙቐት|ዋዒ|ሃሩር|ሰሓቕ|ስሓቕ|ጎያ|ጉያ|ሰብ\s+ምብዛሕ)\s+(\S+\s+)?(ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*|ክተንፍስ\s+ኣይ\S*)",
)
_ROUND24_CRISIS_TI: tuple[str, ...] = (
    # a place chosen where nobody will find me, with the means
    _both(r"(ሰብ|ማንም|ዝኾነ\s+ሰብ|ሓደ\s+ሰብ)\s+(ዘይረኽበኒ|ከይረኽበኒ|ዘይረኽቡኒ|ከይረኽቡኒ|ዘይርእየኒ|ከይርእየኒ)|ዝኾነ\s+ሰብ\s+ኣይረኽበንን",
          r"(ከኒና\S*|ገመድ\S*|ካራ|ምላጽ|መርዚ\S*|ጫካ|ሩባ|ባሕሪ|ቀላይ|ክኸይድ|እኸይድ|ክጠፍእ|ንሓዋሩ|ሎሚ\s+ለይቲ|ጽባሕ)"),
    _both(r"\b(seb|manm)\s+(zeyrekbeni|keyrekbeni|zeyrekbuni|kyrekbeni)\b", r"\b(kenina\w*|gemed|kara|mlax|merzi|chaka|ruba|bahri|kkeyd|ekeyd|ktefie)\b"),
    # suicide written with ቕ ("ርእሰ ቕትለት"), as the older rules and keywords know it with ቅ
    r"(ርእሰ|ነብሰ)\s*ቕትለት", r"ቕትለት\s*(ርእሰ|ነብሰ)",
    # a fire with people (children) still inside
    _both(r"(?<!\S)(ሓዊ|ባርዕ|ትኪ)(?!\S)|ሓዊ\s+(\S+\s+)?(ተላዒሉ|ይነድድ|ሒዙ)", r"ኣብ\s+ውሽጢ\s+(\S+\s+)?(ኣለዉ|ኣሎ|ኣላ|ኣለኹ|ኣለና|ተሪፉ|ተሪፎም|ተሪፋ|ተዓጽዮም)|ውሽጢ\s+ተሪ\S*",
          r"^(?!.*(ፊልም|ልምምድ|ዜና|ዕጣን|ሓዊ\s+የለን|ታሪኽ|emojilaugh))"),
    _both(r"\b(hawi|fire|brand)\b", r"\bab\s+wu?shti\s+(\w+\s+)?(alewu|alo|ala|aleku|alena|terifu|terifom)\b", r"^(?!.*\b(film|hawi\s+yelen)\b)"),
    # someone who does not breathe (with "is", a person, or a cause)
    r"(?<!\S)ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*\s+(ኣሎ|ኣላ|ዘሎ|ዘላ|ኣለዉ|ኣለዋ|ዘለዉ|ድዩ|ድያ)(?!\S)",
    _both(_R24_PERSON_TI, _R24_NO_BREATH_TI, r"^(?!.*(ኮርስ|ehbo|ረዲኤት|ክመሃር|ክንመሃር|ልምምድ|እንተ\s+ኣ[ይየ]ት?ተን))"),
    r"\bay[ei]?t?[ie]?ten[ei]?f[ie]?s\w*\s+(alo|ala|alewu|zelo|zela)\b",
    _both(_R24_PERSON_LATIN_TI, _R24_NO_BREATH_LATIN_TI),
    # swallowed something and choking, turning blue
    _both(_R24_SWALLOWED_TI, r"(ገጹ|ገጻ|ከናፍሩ|ከናፍራ)\s+(\S+\s+)?(ይቕየር|ተቐይሩ|ተቐይራ|ሰማያዊ|ቀይሕ)|ሰማያዊ\s+ኮይኑ|ሰማያዊ\s+ኮይና|" + _R24_NO_BREATH_TI),
    _both(_R24_SWALLOWED_LATIN_TI, r"\b(semayawi|getsu\s+ykeyer|getsu\s+yqyer|getsa\s+tqyer)\b|" + _R24_NO_BREATH_LATIN_TI),
    # a child (or anyone) who drank or swallowed bleach, a cleaner, petrol or another chemical
    _both(r"(bleek|bleach|ብሊች|ብሊክ|ብሌክ|ክሎሪን|ክሎሮክስ|ጃቪል|ጃቬል|ዶመስቶስ|domestos|ኬሚካ[ለ-ሏ]\S*|ናይ\s+ሕጻብ|መሕጸቢ\S*|መጽረዪ(?!\s+(ስኒ|ኣስናን))|ናይ\s+ምጽራይ|ነዳዲ|ቤንዚን|ኣሲድ|ሓሲድ|ኣሞንያ|ቀለም\s+ጸጉሪ|ፈሳሲ\s+ሳሙና|ሳሙና|ሽቶ|ኮሎኛ|ፋርሳ)",
          r"(?<!\S)(ሰትዩ|ሰትያ|ሰትዮም|ሰትየ|ሰትየዮ|ሰትዩዎ|ሰቲዩ|ሰቲያ|ውሒጡ|ውሒጣ|ውሒጠ|ጠዒሙ|ጠዒማ|በሊዑ|በሊዓ|ኣብ\s+ኣፉ|ኣብ\s+ኣፋ)(?!\S)"),
    _both(r"\b(bleek|bleach|chlor\w*|klor\w*|javel|domestos|chemical|kemikal\w*|benzin\w*|petrol|asid|acid|mexrey|metsrey|ammonia)\b",
          r"\b(setyu|setya|setye|setiyu|setiya|wihitu|wihita|wuhitu|beliu|belia)\b"),
    # boiling water, tea or oil over a child; skin that peels or blisters
    _both(_R24_HOT_LIQUID_TI, r"(ተኸዒ\S*|ፈሲሱ\S*|ፈሲሳ\S*|ተገልቢጡ|ተደፊኡ|ዓሊቡ|ነዲዱ|ነዲዳ|ተቓጺሉ|ተቓጺላ|ተሓሪሩ|ተሓሪራ|ቆርበ\S*|ፊኛ)",
          r"([ሕህ]ጻ[ነ-ኗ]\S*|ቆልዓ\S*|ቆልዑ|ወደይ|ጓለይ|ንእሽቶ|ኣብ\s+(ገጹ|ገጻ|ኣካላቱ|ኣካላታ|ኢዱ|ኢዳ|ሰለፉ|ሰለፋ))"),
    _both(r"ቆርበ\S*\s+(\S+\s+)?(ይልቀቕ|ይላቐቕ|ተላቒቑ|ተላቒቓ|ፊኛ|ዓፊኑ|ተቓጺሉ|ይቃጸል)", r"(ፈሊሑ|ፈሊሓ|ዝፈልሐ|ውዑይ|ዉዑይ|ሓዊ|ዘይቲ|ማይ\s+ሻሂ|ኤሌክትሪክ|ኣሲድ)"),
    _both(r"\b(felihu|feliha|zfeleh\w*|wuuy|wuy|hot)\s+(may|mai|shahi|shai|bun|zeyti)\b", r"\b(tekeiu|tekeyu|fesisu|fesisa|nedidu|nedida|qorbetu|qorbeta)\b"),
    # stung or allergic, swelling and struggling for breath
    _both(r"(ንህቢ|(?<!\S)ህቢ|ዕንጭራር|ተዘብዘብ|ኣለርጂ\S*|ኦቾሎኒ|ፒናት|ፒንዳ|pinda|allergie)", r"(ሓቢጡ\S*|ሓቢጣ\S*|ሓቢጦም|ነፊሑ\S*|ነፊሓ\S*|ተነፊሑ|ክተንፍስ|" + _R24_NO_BREATH_TI + ")"),
    _both(r"(ገጹ|ገጻ|ክሳዱ|ክሳዳ|ከናፍሩ|ከናፍራ|መልሓሱ|መልሓሳ|ጎሮሮ\S*|ገጸይ|ክሳደይ|ከናፍረይ)", r"(ሓቢጡ|ሓቢጣ|ነፊሑ|ነፊሓ|ተነፊሑ)", r"(ክተንፍስ\s+ኣይ\S*|" + _R24_NO_BREATH_TI + ")"),
    _both(r"\b(hbi|nhbi|allerg\w*|alerji\w*|pinda|peanut)\b", r"\b(habitu|habita|nefihu|nefiha)\b|" + _R24_NO_BREATH_LATIN_TI),
    # labour: the waters broke, the baby is coming, alone or now
    _both(r"ማይ\s+(\S+\s+)?(ተፈንጢ\S*|ፈንጢ\S*|ተፈንጪ\S*)|ቃንዛ\s+ሕርሲ|ሕርሲ\s+(ጀሚሩ\S*|ጀሚሩኒ|ጀሚራ)|([ሕህ]ጻ[ነ-ኗ]|ቆልዓ)\s+(\S+\s+)?(ይመጽእ|ክወጽእ|ይወጽእ)\s+(ኣሎ|ዘሎ)|ክወልድ\s+(እየ|ጀሚረ|ቀሪበ)\s+(ሕጂ|ዘለኹ)",
          r"(በይነይ|ንበይነይ|(?<!\S)ሕጂ|ቀልጢ\S*|ኣምቡላንስ|ሰብ\s+የለን|ሓግዙኒ|ኣብ\s+መኪና|ኣብ\s+ገዛ|ርእሱ|ርእሳ|ደም)"),
    _both(r"\b(may|mai)\s+(tefentihu|tefenxihu|fentihu|tefenTihu)\b|\bhrsi\s+(jemiru|jemirni|jemira|jemiruni|jemiruwa)\b|\b(hxan|htsan|hitsan|baby)\s+(\w+\s+)?ymetsie\s+alo\b",
          r"\b(n?beyn(ey|a|u)|hji|hiji|qeltif\w*|ambulance|ambulans|hagezuni)\b"),
    # sudden confusion, sweating, speech gone (low blood sugar, a stroke)
    _both(r"(ሽኮር|ዲያቤት\S*|ኢንሱሊን|ሱካር)",
          r"(ዘረባ\S*\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ|ፍለጥ)\S*|ኣይ(ት)?ፈልጠ(ንን|ናን)|ኣይ(ት)?በራበር\S*|ዓንዲሉ|ዓንዲላ|ተደናጊሩ|ተደናጊራ|ደንዚዙ|ይረሃጽ\s+(\S+\s+)?(ኣሎ|ሕጂ)|(?<!\S)ሕጂ\s+(\S+\s+)?(ይረሃጽ|ትረሃጽ)|ይንቀጥቀጥ|ትንቀጥቀጥ|ኣይ(ት)?ምልስ\S*)"),
    _both(r"ዘረባ(ኡ|ኣ|ኦም)\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ)\S*|ዘረባ\s+(ሰኣነ|ሰኣነት|ስኢኑ|ስኢና|ጠፊኡዎ|ጠፊኡዋ)",
          r"(ሃንደበት|(?<!\S)ሕጂ|ገጹ|ገጻ|ኢዱ|ኢዳ|ኣይ(ት)?ፈልጠ(ንን|ናን)|ይረሃጽ|ትረሃጽ|ወዲቑ|ወዲቓ)"),
    _both(r"(?<!\S)ኣይ(ት)?ፈልጠ(ንን|ናን)(?!\S)", r"(ይረሃጽ|ትረሃጽ|ሃንደበት|ዘረባ\S*\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ)\S*|ዓንዲሉ|ዓንዲላ)"),
    _both(r"\b(shkor|shukor|sukar|diabet\w*|insulin)\b", r"\b(ayfelten\w*|aytfelten\w*|zereba\w*\s+ayrde\w*|yrehats|trehats|aybrabern|aytbrabern|yinqetqet|ynqetqet)\b"),
    # a baby or small child with a high fever who is limp, does not wake or drink
    _both(r"([ሕህ]ጻ[ነ-ኗ]\S*|ወርሑ|ወርሓ|ወርሒ|ቆልዓ\S*|ወደይ|ጓለይ)", r"(ረስኒ|ሙቐት|(?<!\S)(39|4[0-2])(?!\S))",
          r"(ኣይ(ት)?በራበር\S*|ኣይ(ት)?ጠ[በ-ቧ]\S*|ሓሚቑ|ሓሚቓ|ልሒሉ|ልሒላ|ልሙስ|ኣይ(ት)?ንቀሳቐስ\S*|ኣይ(ት)?ምልስ\S*|ሰማያዊ|ይንቀጥቀጥ|ትንቀጥቀጥ|ኣይ(ት)?ሰቲ\S*|ኣይ(ት)?ሰቲ)"),
    _both(r"\b(h[xt]?s?an\w*|hitsan\w*|baby|qolea|wedey|gualey|werhu|werha)\b", r"\b(resni|rsni|koorts|fever|39|40|41)\b",
          r"\b(ayt?brabern|ayt?ebn|ayt?ebun|hamiqu|hamiqa|lihilu|lihila|ayt?ntesaqesn|semayawi|ayt?setin)\b"),
    # someone fallen into water or through ice, not seen again, not coming up
    _R24_NOT_A_THING_TI + "".join(f"(?=.*(?:{part}))" for part in (
        _R24_WATER_TI, r"(?<!\S)(ጥሒሉ|ጥሒላ|ጠሊቑ|ጠሊቓ|ኣትዩ|ኣትያ|ወዲቑ|ወዲቓ|ተሰቢሩ|ተሰቢራ|ሰሚጡ|ሰሚጣ|ተወሲዱ|ተወሲዳ)(?!\S)",
        r"(ኣይረኣየን|ኣይረኣየትን|ኣይወጸን|ኣይወጽእን|ኣይወጸትን|ኣይትወጽእን|ኣይንረኽቦን|ኣይንረኽባን|ኣይንርእዮን|ጠፊኡ|ጠፊኣ|ሓግዙ\S*|" + _R24_NO_BREATH_TI + ")",
        _R24_PERSON_TI)),
    r"^(?!.*\b(telefon\w*|mobayl\w*|mobile|mefteh|qulfi|borsa|kuaso)\b)" + "".join(f"(?=.*(?:{part}))" for part in (
        r"\bab\s+(\w+\s+)?(may|mai|kanal|canal|gracht|slot|ruba|bered|bahri|zwembad|zee)\b|\bkanal\b|\bbered\b",
        r"\b(tehilu|tehila|teliqu|teliqa|atyu|atya|wediqu|wediqa|tesebiru)\b",
        r"\b(ayreayen|aywexen|aywetsen|aywetsien|tefiu|tefia|hagezu\w*)\b|" + _R24_NO_BREATH_LATIN_TI)),
    # a strong smell of gas in the house (not a question what to do if)
    r"^(?!.*እንተ)" + "".join(f"(?=.*(?:{part}))" for part in (
        r"ጋ[ዘ-ዟሰ-ሷ]\S*\s+(\S+\s+)?(ይሽት\S*|ይሸት\S*|ሽታ\S*|ጨና\S*|ይጨ[ኑና]\S*|ይጭ[ኑና]\S*)|(ሽታ|ጨና)\s+(ናይ\s+)?\S*ጋ[ዝስ]",
        r"(ብርቱዕ|ብዙሕ|(?<!\S)ሕጂ|ኩሉ\s+ገዛ|ገዛና|ገዛ|ደረጃ|ኩሽና|ክሽነ|ህንጻ)")),
    r"^(?!.*\bente)(?=.*\bb?ga[sz]\s+(\w+\s+)?(yshetit|yshtit|yishetit|yshetet|shta|chena|ychenu|ychena)\b|.*\b(shta|chena)\s+(nay\s+)?ga[sz]\b)",
    # a knife, gun or axe held against someone, at the door, at school (not only one's family)
    r"^(?!.*(ዕንጨይቲ|ኦም|ስጋ|በጊዕ|ደርሆ|ኣሕምልቲ|ሽጉርቲ|ጸወታ|ፊልም|ሽንኩርቲ|ባኒ))" + "".join(f"(?=.*(?:{part}))" for part in (
        r"(ካራ|ሽጉ[ጠ-ጧ]|ጠበንጃ|(?<!\S)ፋስ|ብፋስ|ጩቤ|ሰይፊ|ብረት\s+ሒዙ|ብረት\s+ሒዛ)",
        r"(የፈራር[ሀ-ሆሐ-ሖ]\S*|ኣፈራሪ[ሀ-ሆሐ-ሖ]\S*|ይሃር[መ-ሞ]\S*|ይወቕ[ዑ-ዖ]\S*|ይኹሕኩ[ሐ-ሖ]\S*|ክወግ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክቕት[ለ-ሏ]\S*|ኣቕኒ[ዑ-ዖ]\S*|የጥቅ[ዑ-ዖ]\S*|ክሃር[መ-ሞ]\S*|ማዕጾ\S*\s+(\S+\s+)?(ክሰብ[ረ-ሯ]\S*|ይሰብ[ረ-ሯ]\S*))",
        r"((?<!\S)ሕጂ|ኣሎ|ኣላ|ማዕጾ\S*|ደገ|ቤት\s+ትምህርቲ|ክፍሊ|ኣብ\s+ገዛ|ፖሊስ|ሓግዙ\S*|ይፈርሁ|ፈሪሐ)")),
    # someone holding or drawing a knife or a gun, and a cry for help
    r"^(?!.*(ዕንጨይቲ|ስጋ|በጊዕ|ደርሆ|ኣሕምልቲ|ጸወታ|ፊልም|ሽንኩርቲ|ባኒ|ክሽነ|ኩሽና))" + "".join(f"(?=.*(?:{part}))" for part in (
        r"(ካራ|ሽጉ[ጠ-ጧ]|ጠበንጃ|(?<!\S)ፋስ|ብፋስ|ጩቤ|ሰይፊ|ብረት)\S*\s+(\S+\s+)?(ሒዙ|ሒዛ|ሒዞም|ኣውጺኡ|ኣውጺኣ|ኣውጺኦም|ኣልዒሉ|ኣልዒላ|ኣቕኒዑ|ኣቕኒዓ)(?!\S)",
        r"(ሓግዙ\S*|ኣድሕኑ\S*|(?<!\S)ሕጂ|ፖሊስ|ፈሪሐ|ይፈርሁ|ማዕጾ\S*)")),
    _both(r"\b(b?kara|b?shgut|b?shigut|tebenja|b?fas|knife|mes|pistol)\s+(\w+\s+)?(hizu|hiza|hizom|awxiu|awtsiu|alilu|aqniu)\b", r"\b(hagezu\w*|adhnu\w*|hji|hiji|police|polis|ferihe)\b"),
    _both(r"\b(b?kara|b?shgut|b?shigut|tebenja|b?fas|knife|mes|pistol)\b", r"\b(yeferar\w*|aferari\w*|yharm\w*|yweq\w*|kqetl\w*|kqtl\w*|kweg\w*|aqniu\w*)\b",
          r"\b(hji|hiji|alo|ala|maetso|mexo|mietso|deur|school|police|polis|hagezu\w*)\b"),
    # "sleep with me or you lose the job / papers / house" (a boss, landlord, smuggler, caseworker)
    r"(ምሳይ|ምሳኺ|ምሳኻ|ምስኡ|ምሳኣ)\s+(\S+\s+)?እንተ\s*ዘይ(ደቂ|ሓደ|ድቀ)\S*",
    _both(r"(ምሳይ|ምሳኺ|ምሳኻ|ምስኡ|ምሳኣ)\s+(\S+\s+)?(ክትድቅ\S*|ክትሓድ\S*|ደቂ[ስሰ]ኪ\S*|ክድቅ[ሰ-ሷ]\S*|ክሓድ[ረ-ሯ]\S*)", r"(ክሰጎ\S*|ክሰጉ\S*|ክትስጎ\S*|ካብ\s+ስራሕ|ወረቐት\S*|ደሞዝ\S*|ፍቓድ|ሰነድ\S*|ፓስፖርት\S*|ክኸልኣ\S*|ሓለቓ\S*|ሓላፊ\S*|ወናኒ|ዋና\s+ገዛ|stage|ስታዥ)"),
    r"\b(msay|msau|msu)\s+(\w+\s+)?(entezeydeqi\w*|ente\s+zeydeqi\w*)\b",
    _both(r"\b(msay|msau|msu)\s+(\w+\s+)?(ktdeqsi|kitdeqsi|deqiski)\b", r"\b(ksegog\w*|ksegug\w*|srah|sirah|wereqet\w*|papers|baas|haleqa\w*|halafi\w*|stage)\b"),
    # threats to harm one's family (a smuggler's debt, extortion)
    r"(ንስድራይ|ስድራይ|ንኣደይ|ንሓወይ|ንሓፍተይ|ንደቀይ|ደቀይ|ንኣቦይ|ስድራ\S*)\s+(\S+\s+){0,3}?(ክጎድ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክኣስ[ረ-ሯ]\S*|ክሃር[መ-ሞ]\S*|ክሓር[ደ-ዷ]\S*)\s+(እዮም|እዩ|ኢሎም|ኢሉ|ይብሉ|ይብል|ኢሎምኒ)",
    _both(r"(ደለልቲ|ደላሊ|ደላላ|ኮንትሮባንድ|ሰብ\s+ዘሕልፉ|ዘሕለፉና|ዘሕለፉኒ|ዘሳገሩና|ዘሳገሩኒ|ሸቀጥቲ\s+ደቂ\s+ሰብ|ጉሒላ)", r"(ክጎድ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክኣስ[ረ-ሯ]\S*|ክሃር[መ-ሞ]\S*|የፈራር\S*|ክሓር[ደ-ዷ]\S*|ብህይወት)"),
    r"\b(nsdray|sdray|nadey|nhawey|nhaftey|ndekey|nabey)\s+(\w+\s+){0,3}?(kgodu\w*|kqetlu\w*|kasru\w*|kharmu\w*)\b",
    _both(r"\b(delalti|delala|smokkel\w*|smuggler\w*|trafficker\w*)\b", r"\b(kgodu\w*|kqetlu\w*|kasru\w*|yeferar\w*)\b"),
    # afraid to go home and "I will not survive" it
    _both(r"(?<!\S)(ኣይተርፈንን|ኣይክተርፍን|ብህይወት\s+ኣይ\S*)", r"(እንተ\S*|ሎሚ|(?<!\S)ሕጂ|ገዛ|ሰብኣየ\S*|ክቐትለኒ|ክቐትሉኒ)", r"^(?!.*(ፈተና|emojilaugh|ሰሓቕ))"),
    _both(r"\b(aytrefenn|aytrefenin|aykterfn|bhiwet\s+ay\w*)\b", r"\b(ente\w*|lomi|hji|geza|sebaye\w*|kqetleni)\b", r"^(?!.*(fetena|emojilaugh))"),
    # how much of a medicine or poison kills a person
    _both(r"(ክንደይ|ኣየናይ\s+መጠን)\s+(\S+\s+){0,5}?(ዝቐት[ለ-ሏ]\S*|ይቐት[ለ-ሏ]\S*|ክቐት[ለ-ሏ]\S*|ንምሞት|ክመውት|ክሞት|ይመውት|ዝመውት|ዘሞት|የሞት|ንምቕታል|ቀታሊ)", _R24_LETHAL_MEANS_TI),
    r"(ቀታሊ|ዝቐትል|ዘሞት)\s+(\S+\s+)?(መጠን|ዶዝ|ዶዛ|dosis|dose)",
    _both(r"\b(kndey|kindey|kendey|kinday|kenday)\b(\s+\w+){0,6}?\s+(ymewt|zmewt|kmewt|kimewt|yqetl|zqetl|kqetl|nmmot|nmmewt|ymot)\b",
          r"\b(kenina|kinina|paracetamol|panadol|ibuprofen|pil|pill\w*|pilen|merzi|insulin|tablet\w*|mg|gram|drugs?|alcohol|alkol|oxazepam|tramadol)\b"),
    # a letter left for the children and a request to tell them or take care of them
    _both(r"(ደብዳቤ|ጽሑ[ፈ-ፏ]|ወረቐ[ተ-ቷ]|መልእኽቲ|ኑዛዜ)\S*", r"(ገዲፈ\S*|ኣቐሚጠ\S*|ጽሒፈሎም|ጽሒፈላ|ጽሒፈልኩም)", r"(ንቆልዑ|ንደቀይ|ንስድራይ|ንኣደይ|ንኣቦይ|ንሰበይተይ|ንሰብኣየ\S*|ንኹልኹም|ንኹሎም|ንሓወይ|ንሓፍተይ|ንጓለይ|ንወደይ)",
          r"(ክትሕብሮም|ክትነግሮም|ንገሩዎም|ንገርዎም|ሕበሩዎም|ተኸናኸንዎም|ተኸናኸንዋ|ሓልዩለይ|ሓልዉለይ|ደሓን\s+ኩኑ|ስንብት|ይቕረ|ኣይክትረኽቡ\S*|ድሕሪ\s+ሎሚ)"),
    # end it all tonight (Latin script)
    _both(r"\bkul+u\s+(k|ki|ke)?(bk|bq|beq|bek|zazm|qwarx|qwarts)\w*\s+(eye|iye)\b", r"\b(lomi\s+leyti|lomi\s+msht|lomi\s+mshet|lomi\s+misht|hji|hiji|lomi)\b"),
    # jumping from a bridge, a balcony or a flat, words borrowed from Dutch or English
    _both(r"\b(brug|bridge|dldl|dildil|ddl|drdl|balkon|balcony|nahsi|fok|flat|dak|spor|rail|babur|trein)\w*", r"\b(k|ki)?zel[ie]?l\b|\bk(i)?drbi\b|\bzelil\w*"),
    _both(r"(ብሩግ|ብሪጅ|ብሪድጅ|ባልኮን|ፍላት|ስፖር|ሓዲድ\s+ባቡር|መስመር\s+ባቡር|ዳክ)\S*", r"(ክዘልል|ዝዘልል|ዘሊለ|ክነጥር|ክድርቢ|ክዘሊል)", r"^(?!.*(ፊልም|ጸወታ|ስፖርት|ምሕምባስ))"),
)
_ROUND24_UNCERTAIN_TI: tuple[str, ...] = (
    # tonight on the street, at a station or in a park, with the children
    _both(r"ኣብ\s+(ጎደና|ጽርግያ|ደገ|መናፈሻ|ፓርክ|ጣብያ\s+ባቡር|መደበር\s+ባቡር|ስቴሽን)\s+(\S+\s+)?(ክንድቅስ|ክድቅስ|ክንሓድር|ክሓድር|ደቂስና|ሓዲርና|ደቂሰ|ሓዲረ|ክንሓድረሉ|ንሓድር|ንድቅስ)",
          r"(ሎሚ|ለይቲ|ቆልዑ|ደቀይ|[ሕህ]ጻ[ነ-ኗ]|(?<!\S)ምስ(?!\S))"),
    _both(r"\bab\s+(gedena|tsrgya|xrgya|dege|station|park)\s+(\w+\s+)?(kindqes|kndqes|kidqes|kdqes|knhadr|khadr|deqisna|hadirna|ndqes|nhadr)\b",
          r"\b(lomi|leyti|qolu\w*|dekey|hxan\w*|mis)\b"),
    # I cannot breathe; out of breath (a first person, or without a person)
    r"(?<!\S)ም?ትንፋ[ሰ-ሷ]\S*\s+(\S+\s+)?(ኣጸጊሙ\S*|ሓጺሩኒ|ስኢነ)|ክተንፍስ\s+(\S+\s+)?ኣይ(ክእልን|ከኣልኩን)",
    # swallowed a coin, a pin, a small toy
    _both(r"(ሳንቲም|ሚስማር|መርፍእ|ቁልፊ\s+ሰዓት|ክዳን\s+ጥርሙዝ|ኣቕሓ\s+ጸወታ|ቢድ)", _R24_SWALLOWED_TI),
    _both(r"\b(santim|coin|munt|mismar)\b", _R24_SWALLOWED_LATIN_TI),
    # a smell of gas
    r"ጋ[ዘ-ዟሰ-ሷ]\S*\s+(\S+\s+)?(ይሽት\S*|ይሸት\S*|ጨና\S*|ይጨ[ኑና]\S*|ይጭ[ኑና]\S*)",
    # afraid to go home
    _both(r"(ናብ\s+|ኣብ\s+)?ገዛ\S*\s+(\S+\s+)?(ክምለስ|ክኣቱ|ክኸይድ|ምምላስ|ምእታው|ክንምለስ)", r"(እፈርህ|ፈሪሐ|ፈሪሕና|ንፈርህ|ፍርሒ|የፍርሓኒ)"),
    _both(r"\b(ab|nab)\s+geza\s+(\w+\s+)?(kmeles|kimeles|kmiles|katu|kkeyd|kkeyid)\b", r"\b(eferh|eferih|ferihe|ferihna|nferh)\b"),
    # money demanded by smugglers
    _both(r"(ደለልቲ|ደላሊ|ኮንትሮባንድ|ሰብ\s+ዘሕልፉ|ዘሕለፉና|ዘሕለፉኒ|ዘሳገሩና|ዘሳገሩኒ)", r"(ዕዳ|ገንዘብ\s+(\S+\s+)?(ክትከፍል|ክፍሊ|ክፈሊ|ስደድ|ክሰድድ))"),
    # a letter left for the children or the family
    _both(r"(ደብዳቤ|ጽሑ[ፈ-ፏ]|ወረቐ[ተ-ቷ]|መልእኽቲ|ኑዛዜ)\S*", r"(ገዲፈ\S*|ኣቐሚጠ\S*)", r"(ንቆልዑ|ንደቀይ|ንስድራይ|ንኣደይ|ንኣቦይ|ንሰበይተይ|ንሰብኣየ\S*|ንኹልኹም|ንኹሎም|ንሓወይ|ንሓፍተይ|ንጓለይ|ንወደይ)"),
    _both(r"\b(debdabe|dbdabe|brief|letter|xhuf|tshuf)\b", r"\bgedife\w*\b", r"\b(nqolu\w*|ndekey|nsdray|nadey|nsebeytey|nsebaye\w*)\b"),
    # what happens with money, insurance or the children when I am dead
    _both(r"(?<!\S)(እንተሞይተ|እንተ\s+ሞይተ|እንተዝሞትኩ|እንተ\s+ዝሞትኩ|ምስ\s+ሞትኩ|ድሕሪ\s+ሞተይ|ድሕሪ\s+ሞትየ|ምስ\s+ዘይህሉ|ምስ\s+ዘይሃለኹ)(?!\S)",
          r"(ኢንሹራን[ሰ-ሷ]\S*|ቬርዘከሪንግ|verzekering|ገንዘብ|ውርሻ|ርስቲ|ደቀይ|ቆልዑ|ሰበይተይ|ሰብኣየ\S*|ስድራይ|መን\s+(\S+\s+)?(ክኣሊ|ክሕዝ|ክናበ|ክኸናኸን|ክሓልዮም))"),
    _both(r"\b(entemoyte|ente\s+moyte|entezmotku|ms\s+motku|dhri\s+motey)\b", r"\b(insurance|verzekering\w*|genzeb|dekey|qolue|sebeytey|sebaye\w*|sdray)\b"),
    # no food for days, the children hungry
    _both(r"(ምግቢ|መግቢ|ዝብላዕ|ዝበልዕ)\s+(\S+\s+)?(ኣይበላዕናን|ኣይበላዕኩን|ኣይበልዑን|ኣይበልዐን|የብልናን|የብለይን|የለን|የለናን)|(?<!\S)(ጠምዮም|ይጠምዮም|ጠሚዮም)(?!\S)",
          r"(ካብ\s+\S+\s+(ጀሚሩ|ጀሚርና)|(ክልተ|ሰለስተ|ኣርባዕተ|ብዙሕ|\d)\s+መዓልቲ|መዓልታት|ቆልዑ|ደቀይ|[ሕህ]ጻ[ነ-ኗ]|ይበኽዩ|ይበክዩ|ገንዘብ\s+የብለይን)"),
    _both(r"\b(mgbi|megbi|mgb|zblae)\s+(\w+\s+)?(aybelaenan|aybelaekun|aybeluen|yeblnan|yebleyn|yelen|yelenan)\b|\b(temiyom|ytemyu|ytemyom|temyom|temyu)\b",
          r"\b(kab\s+\w+\s+jemir\w*|mealti|mealtat|qolue|qolu|dekey|ybekyu|ybekiyu|hagez)\b"),
)
# (end of round 24, Tigrinya)

_ROUND24_IDIOMS = _ROUND24_IDIOMS_NL_AR + _ROUND24_IDIOMS_TI + _ROUND24_EVERYDAY_IDIOMS
_ROUND24_CRISIS = _ROUND24_CRISIS_NL_AR + _ROUND24_CRISIS_TI
_ROUND24_UNCERTAIN = _ROUND24_UNCERTAIN_NL_AR + _ROUND24_UNCERTAIN_TI



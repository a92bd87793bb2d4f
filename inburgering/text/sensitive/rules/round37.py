"""Round 37: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 37, development data since) and NLU b27; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 37, Dutch and Arabic: start)
# Kinds from batch 37 (Dutch, some English inside Dutch messages, Arabic, Arabizi) and own probes; each a family,
# not one sentence. NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
# (names start with _R37NA_: the Tigrinya block below uses _R37TI_)

# games, sports and play (Dutch), for "I'll finish you off at chess" and "I kill that game"
_R37NA_GAME_NL = (r"(schaken|schaak|dammen|dam|fifa|fortnite|minecraft|game|games|gamen|spel|spelletje|potje|kaarten|kaartspel|uno|"
                  r"monopoly|scrabble|rummikub|ganzenbord|mens\s+erger\s+je\s+niet|voetbal|tennis|pingpong|tafeltennis|badminton|basketbal|"
                  r"darts|biljart|sjoelen|playstation|ps4|ps5|xbox|switch|wedstrijd|match|quiz|toets|race|hardlopen)")
# pains and ailments that "kill me" (Dutch, Arabic, Arabizi)
_R37NA_PAIN_NL = (r"(\w*pijn|migraine|maagzuur|brandend\s+maagzuur|krampen|kramp|koorts|jeuk|hoest|verkoudheid|griep|misselijkheid|"
                  r"zenuwpijn|spierpijn|menstruatiepijn|die\s+hitte|de\s+hitte|die\s+warmte|muggen)")
_R37NA_PAIN_AR = (r"(صداع|الصداع|وجع|الوجع|حموضه|الحموضه|حرقه|حرقة\s+معده|مغص|المغص|شقيقه|الشقيقه|الم|الالم|ضرس|ضرسي|سناني|راسي|"
                  r"ديسك|الديسك|رشح|الرشح|كريب|الكريب|سعله|السعله|الحر|هالحر|الشوب|هالشوب|البق|الناموس)")
_R37NA_KILLS_AR = (r"(بتقتل|بيقتل|بتقتلني|بيقتلني|عم\s+يقتلني|عم\s+تقتلني|عم\s+يموتني|عم\s+تموتني|قاتل|قاتله|قتلني|قتلتني|موتني|"
                   r"موتتني|بموت|بتموت|بيموت)")
_R37NA_PAIN_AZ = (r"(waja3|wja3|wije3|waje3|ywaja3ni|bywaja3ni|3am\s+ywaja3ni|soda3|suda3|sda3|7mo9a|7mode|7amoda|7omoda|7ar2a|ma8as|maghas|"
                  r"mag5as|sh2i2a|2alam|alam|dersi|darsi|rasi|rase|7arr|shob)")
_R37NA_KILLS_AZ = (r"(bi2tol|bt2tol|bte2tol|by2tol|bye2tol|bi2telni|bt2telni|bi2tolni|bt2tolni|3am\s+y2tolni|3am\s+t2tolni|3am\s+ye2tolni|"
                   r"2atel|2atle|2atli|2atalni|2tolni|mawatni|mawwatni|3am\s+ymawetni|3am\s+tmawetni)")
# an activity or an errand that "was suicide" (hopeless, mad), and the Arabizi
_R37NA_ERRAND_AR = (r"(الحكي|الكلام|الحديث|النقاش|الشغل|الدوام|الامتحان|الفحص|المقابله|الاجتماع|الموعد|المشوار|الطريق|السواقه|الزحمه|"
                    r"الرحله|الدرس|الصف|الكورس|التمرين|الطبخ|المكالمه|الاتصال|التلفون|الاوراق|المعامله|البلديه|الدوائر|الاداره|"
                    r"التسوق|السوق|العزيمه|التنظيف|الترتيب|الواجب|الوظيفه|المترو|القطار|الباص|الطياره)")
_R37NA_ERRAND_AZ = (r"(7aki|el7aki|kalam|shoghl|sho8l|shughl|dawam|emte7an|imti7an|mte7an|fa7s|mou2abale|mu2abale|maw3ed|mau3ed|mshwar|"
                    r"mishwar|tari2|swa2a|zalme|zal2a|za7me|dars|kurs|cours|mukalame|ettesal|telefon|2wra2|awra2|mo3amale|baladiye|gemeente)")
# a plant, flowers (Arabic script, Arabizi)
_R37NA_PLANT_AR = (r"(ورد|الورد|ورده|الورده|ورود|الورود|وردات|زهور|الزهور|زهره|ازهار|زرع|الزرع|زريعه|الزريعه|نبته|النبته|نباتات|"
                   r"النباتات|شتله|الشتله|صبار|الصبار|نعنع|النعنع|ريحان|الريحان|بقدونس|شجره|الشجره|باقه|الباقه)")
_R37NA_WILTED_AR = (r"(دبل|دبلت|دبلو|ذبل|ذبلت|ذبلو|يبس|يبست|يبسو|مات|ماتت|ماتو|ماتوا|نشف|نشفت|نشفو|اصفر|اصفرت)")
_R37NA_PLANT_AZ = r"(ward|wardat|el\s*ward|zar3|zer3|zari3a|nabte|nabta|nabatat|shetle|sabbar|na3na3|ray7an|zhour|zuhur|ba2a)"
_R37NA_WILTED_AZ = r"(dbel|dbelet|dbilet|dbelo|ybes|ybset|yebset|mat|matet|mato|nesh|neshfet|nishfet)"
# leisure around a place by the water or high up (a trip, not a plan)
_R37NA_LEISURE_NL = (r"(strand|zwemmen|zwem|zwembad|vakantie|uitje|picknick|feest|verjaardag|trouw\w*|bruiloft|vissen|wandel\w*|fiets\w*|"
                     r"boot\w*|kano\w*|suppen|zeilen|examen|diploma|sollicitatie|afspraak|gemeente|school|werk|eindelijk|hoera|yes|leuk|zin\s+in|"
                     r"we|wij|samen|lekker|gezellig|kinderen|familie|vrienden|vriendin|vriend)")
# the places and means of a plan (Dutch)
_R37NA_PLACE_NL = r"(rivier|brug|spoor|spoorlijn|het\s+water|water|dak|flat|zee|kanaal|gracht|touw|strop|pillen|pilletjes|mes)"
# someone following me (Arabic script, Arabizi, Dutch); not on social media
_R37NA_SOCIAL = r"(انستا|انستغرام|تيك\s*توك|فيسبوك|فيس|سناب|تويتر|يوتيوب|متابع\S*|فولو\S*|باللعبه|بالجيم|بالقصه|بالفيلم|بالمسلسل)"
_R37NA_SOCIAL_LA = (r"(insta|instagram|tiktok|facebook|snap|snapchat|twitter|youtube|volgers|volger|followers|follow|volgt\s+me\s+op|"
                    r"fan|in\s+de\s+game|in\s+het\s+spel|in\s+de\s+film|in\s+de\s+serie|in\s+het\s+boek)")
# a weapon in the hand (Arabic script, Arabizi)
_R37NA_WEAPON_AR = (r"(?<!\S)(و)?(حامل|حاملو|حامله|ماسك|ماسكه|ماسكو|مسكت|ب\s*ايدي|بايدي|معي|معاي|جبت|جايب|جايبه)\s+(\S+\s+)?"
                    r"(ال)?(سكين|سكينه|سكينتي|موس|شفره|مسدس|فرد|سلاح|شنتيانه|سيخ|ساطور|عصايه|عصا|بلطه|مطرقه|شاكوش)(?!\S)")
_R37NA_WEAPON_AZ = (r"\b(w\s*)?(7amel|7amil|7emel|7amle|mesek|mask|masek|maske|msakt|masakt|b2idi|bi2idi|b\s*2idi|ma3i|m3i|jebt|jayeb|jeyeb)\s+"
                    r"(\w+\s+)?(el\s*|l\s*)?(sekin|sekine|sikin|sikine|sakin|sakine|sekeen|sakeen|mos|moos|shafra|msadas|mosadas|fared|fard|sla7|sila7|"
                    r"shentyane|sikh|sa6our|satour|3asaye|3asa|balta)\b")

_ROUND37_IDIOMS_NL_AR: tuple[str, ...] = (
    # a pain or an ailment that "kills me" ("hoofdpijn die me doodt", "حموضة بتقتل", "rasi 3am ywaja3ni b shakel bi2tol"):
    # the phrase only (pills or a wish said beside it stay for the rules)
    r"\b" + _R37NA_PAIN_NL + r"\s+(die|dat)\s+(me|mij|ons)\s+(\S+\s+)?(bijna\s+|echt\s+|gewoon\s+)?(doodt|dood\s*maakt|vermoordt|sloopt|killt|kapot\s*maakt|afmaakt)\b",
    r"\b" + _R37NA_PAIN_NL + r"\s+(\S+\s+)?(doodt|vermoordt|sloopt|killt|maakt)\s+(me|mij|ons)(\s+(echt\s+|bijna\s+)?(dood|kapot|af))?\b",
    r"(?<!\S)(و)?" + _R37NA_PAIN_AR + r"\s+(\S+\s+){0,3}?(ب?شكل\s+|بطريقه\s+)?" + _R37NA_KILLS_AR + r"(?!\S)",
    r"\b" + _R37NA_PAIN_AZ + r"\s+(\w+\s+){0,4}?(b\s*shakel\s+|bi\s*shakel\s+|b\s*shakl\s+)?" + _R37NA_KILLS_AZ + r"\b",
    # an errand or a talk that "was suicide" ("الحكي مع الموظف كان انتحار", "السواقة بهالتلج انتحار"): the phrase only
    r"(?<!\S)(و)?(ب|ل)?" + _R37NA_ERRAND_AR + r"\s+(\S+\s+){0,4}?(كان\s+|كانت\s+|هو\s+|هي\s+|متل\s+|مثل\s+)?(ال)?انتحار(ي|يه)?(?!\S)",
    r"\b(el\s*|l\s*)?" + _R37NA_ERRAND_AZ + r"\s+(\w+\s+){0,4}?(kan\s+|kanet\s+|kenet\s+|metl\s+|mitl\s+)?(ente7ar|inti7ar|enti7ar|inte7ar|intihar)\b",
    # flowers or a plant that wilted and "died" (Arabic script, Arabizi): from the plant to the verb
    r"(?<!\S)(و)?" + _R37NA_PLANT_AR + r"\S*\s+(\S+\s+){0,5}?(و)?" + _R37NA_WILTED_AR + r"(\s+و?" + _R37NA_WILTED_AR + r")?(?!\S)",
    r"\b" + _R37NA_PLANT_AZ + r"\s+(\w+\s+){0,5}?(w\s*)?" + _R37NA_WILTED_AZ + r"(\s+(w\s*)?" + _R37NA_WILTED_AZ + r")?\b",
    # a water pistol or a toy gun
    r"\b(water\s*pistool\w*|pistool\w*\s+van\s+(water|plastic|speelgoed|lego)|speelgoed\s*pistool\w*|nep\s*pistool\w*|plastic\s+pistool\w*|"
    r"pistool\w*\s+met\s+water)\b",
    # a character in a book, a film or a series who takes his life (third person, the lesson asks about it)
    r"^(?!.*\b(ik|mij|me|mezelf|mijn\s+(broer|zus|vader|moeder|man|vrouw|zoon|dochter|vriend\w*|neef|nicht|oom|tante|buurman|buurvrouw)|"
    r"ook\s+zo|net\s+als)\b\s+(\S+\s+){0,3}?(zelfmoord|zelfdoding|dood|sterven)\b)"
    # (round 40: nor where the writer wants the same: "... en ik wil het ook", "dat ga ik ook doen")
    r"(?!.*\b(ik\s+(wil|wou|ga|zal|denk\s+erover|doe)\s+(\S+\s+){0,2}?(ook|hetzelfde)|(wil|wou|ga|zal|doe)\s+ik\s+(\S+\s+){0,2}?(ook|hetzelfde))\b)"
    r"(?=.*\b(boek|boeken|film|serie|verhaal|roman|toneelstuk|gedicht|tekst|aflevering|hoorspel|strip|opera|les|lezen|gelezen|personage|"
    r"hoofdpersoon)\b)"
    r".*?\b((pleegt|pleegde|pleegden|plegen)\s+(de|het|een|die|dat|zijn|haar|hun)\s+(\w+\s+){0,2}?(zelfmoord|zelfdoding)|"
    r"(de|het|een|die)\s+(man|vrouw|meisje|jongen|hoofdpersoon|personage|held|koning|koningin|prinses|prins|moeder|vader|soldaat|dichter|"
    r"schrijver|kunstenaar|leraar|student|boer)\s+(\w+\s+){0,3}?(pleegt|pleegde|heeft)\s+(\w+\s+){0,2}?(zelfmoord|zelfdoding)(\s+gepleegd)?)\b",
    # "I kill that game / that level" (English "kill" in Dutch), either order
    r"\b(kil|kill|killen|kilt|killt|gekild|gekilled)\s+(die|de|het|deze|dat|een|m'n|mijn)\s+(game|level|boss|baas|match|wedstrijd|potje|ronde|"
    r"toets|examen|presentatie|dans|battle|quiz|race|test)\b",
    r"\b(die|de|het|deze|dat|een)\s+(game|level|boss|baas|match|wedstrijd|potje|ronde|toets|examen|presentatie|battle|quiz|race|test)\s+"
    r"(\S+\s+){0,2}?(kil|kill|killen|kilt|killt|gekild|gekilled)\b",
    # "I'll finish you off / kill you at chess" (a game named beside the threat)
    r"\b(ga|gaan|zal|zullen|gaat|wil)\s+(ik\s+|we\s+|wij\s+)?(je|jou|jullie|hem|haar|ze|u)\s+(\S+\s+)?(afmaken|inmaken|vermoorden|kapotmaken|"
    r"slopen|vernietigen|afslachten|verpletteren|kapot\s+maken)\s+(met|bij|in|op|tijdens)\s+(het\s+|de\s+|een\s+|dat\s+|die\s+)?" + _R37NA_GAME_NL + r"\b",
    r"\b(met|bij|in|op|tijdens)\s+(het\s+|de\s+|een\s+)?" + _R37NA_GAME_NL + r"\s+(\S+\s+){0,3}?(ga|zal|maak|vermoord)\s+(ik\s+|we\s+)?(je|jou|jullie|hem|haar|ze)\s+"
    r"((\S+\s+)?(afmaken|inmaken|vermoorden|kapotmaken|slopen|vernietigen|afslachten|verpletteren)|af|in)\b",
    # no gas left in the lighter, the barbecue, the camping stove
    r"\b(geen\s+)?gas\s+(meer\s+)?(in|uit|voor|van)\s+(de|het|mijn|onze|een|die)\s+(aansteker|bbq|barbecue|gasfles|brander|kookstel|"
    r"campingkookstel|campinggas|gasbrander|gastank|terrasverwarmer|soldeerbout)\b",
    r"\b(aansteker|bbq|barbecue|gasfles|brander|kookstel|campingkookstel|gasbrander)\s+(\S+\s+){0,2}?(geen|zonder)\s+gas\b",
    # siblings fighting over the remote, the console, the last biscuit
    r"\b(vechten|vecht|vochten|knokken|knokt|knokten|ruzie\w*|slaan\s+elkaar)\s+(\S+\s+){0,2}?(om|over)\s+(de|het|een|die|dat|wie)\s+"
    r"(afstandsbediening|remote|tv|televisie|playstation|ps5|ps4|xbox|controller|tablet|ipad|telefoon|laptop|laatste\s+\w+|koekje\w*|"
    r"snoep\w*|zender|stoel|plek|voorste\s+plek|badkamer|douche|beurt|bank|raamplek|voorstoel)\b",
    # "enough to make you depressed / desperate" (the weather, the queue): the phrase only
    r"\bom\s+(depressief|depri|moedeloos|somber|wanhopig|chagrijnig|neerslachtig|gek|horendol|stapelgek)\s+van\s+te\s+(worden|raken)\b",
    # (lead) prices, a queue or a result "enough to cry about" ("de prijzen zijn om te huilen"): a complaint
    r"\b(is|zijn|was|waren|werd|wordt|vind\s+ik)\s+(echt\s+|gewoon\s+|bijna\s+|toch\s+|soms\s+)?om\s+(van\s+)?te\s+(huilen|janken|grienen)\b",
)
_ROUND37_CRISIS_NL_AR: tuple[str, ...] = (
    # someone beating or kicking a child, and the child now still, not moving or not breathing (Dutch)
    _both(r"\b(slaat|sloeg|schopt|schopte|trapt|trapte|schudt|schudde|gooit|gooide|smijt|smeet|mishandelt|mishandelde|wurgt|wurgde)\s+(\S+\s+)?"
          r"(zijn|haar|hun|het|dat|die|een|mijn|ons|de)\s+(kind|kindje|baby|zoon|zoontje|dochter|dochtertje|kleine|kleintje|meisje|jongetje|"
          r"broertje|zusje)\b|\b(zijn|haar|hun|het|dat|die|een|mijn|ons|de)\s+(kind|kindje|baby|zoon|zoontje|dochter|dochtertje|kleine|kleintje|"
          r"meisje|jongetje|broertje|zusje)\s+(\S+\s+)?(slaat|sloeg|schopt|schopte|trapt|trapte|schudt|schudde|mishandelt|mishandelde|wurgt|wurgde|"
          r"geslagen|geschopt|getrapt|geschud|gegooid|mishandeld|gewurgd)\b",
          r"\b(kind|kindje|baby|zoon|zoontje|dochter|dochtertje|kleine|kleintje|meisje|jongetje|hij|zij|ze)\s+(is|ligt|blijft|was|lag)\s+"
          r"(nu\s+|heel\s+|helemaal\s+|opeens\s+|ineens\s+)?(stil|bewusteloos|slap|roerloos|blauw)\b(?!\s+te\s+(slapen|spelen|lezen|kijken))|"
          r"\b(is|ligt|blijft|was|lag)\s+(het|de|mijn|zijn|haar|dat|die)\s+(kind|kindje|baby|zoon|zoontje|dochter|dochtertje|kleine|kleintje|meisje|"
          r"jongetje)\s+(nu\s+|heel\s+|helemaal\s+|opeens\s+|ineens\s+)?(stil|bewusteloos|slap|roerloos|blauw)\b(?!\s+te\s+(slapen|spelen|lezen|kijken))|"
          r"\b(beweegt|ademt|reageert|huilt|praat)\s+(nu\s+|helemaal\s+|ineens\s+)?(niet|niet\s+meer|nauwelijks)\b"),
    # stabbed or shot in the street ("ik ben gestoken op straat, bloed veel"); not by a wasp, a needle, a thorn
    r"^(?!.*\b(wesp\w*|bij|bijen|mug|muggen|kwal\w*|brandnetel\w*|teek|teken|vlo|vlooien|horzel\w*|spin|naald\w*|prik\w*|vaccin\w*|doorn\w*|"
    r"stekel\w*|egel|cactus|roos|rozen|splinter|insect\w*|pak|jas|jurk|kleren|nieuwe)\b)"
    r".*\b(ik\s+ben|ben\s+ik|hebben\s+me|heeft\s+me|hebben\s+mij|heeft\s+mij|zijn\s+we|we\s+zijn|mijn\s+\w+\s+is)\s+(\S+\s+){0,3}?"
    r"(neergestoken|gestoken|doorgestoken|neergeschoten|beschoten|geschoten)\b",
    # kidnapped, held, locked in and not knowing where I am
    r"\b(ik\s+ben|ben\s+ik|ze\s+hebben\s+me|hebben\s+me|heeft\s+me|hij\s+heeft\s+me|ze\s+hebben\s+mij)\s+(\S+\s+)?(ontvoerd|gekidnapt|gekidnapped)\b",
    _both(r"\b(ontvoerd|gekidnapt|vastgehouden|opgesloten|vastgebonden|vastgeketend|meegenomen|in\s+een\s+busje|in\s+de\s+kofferbak)\b",
          r"\b(weet|wet)\s+niet\s+(waar|war)\s+ik\s+(ben|zit|ben\s+nu)\b|\bhelp\b|\b112\b|\bpolitie\b"),
    # "every day I say: tomorrow I go to the river. Today is that day" (a plan with a place, now)
    r"^(?!.*\b" + _R37NA_LEISURE_NL + r"\b)"
    + _both(r"\b((vandaag|vanavond|vannacht|nu|morgen)\s+is\s+(het\s+)?(die|dat|mijn|de\s+laatste)\s+dag|het\s+is\s+(nu\s+)?zover|"
            r"(vandaag|vanavond|vannacht)\s+is\s+het\s+zover|vandaag\s+doe\s+ik\s+het|vanavond\s+doe\s+ik\s+het)\b",
            r"\b(ik\s+ga|ga\s+ik|ik\s+loop|loop\s+ik|ik\s+spring|spring\s+ik)\s+(\S+\s+){0,3}?(naar|op|in|van|voor)\s+(de\s+|het\s+)?" + _R37NA_PLACE_NL + r"\b|"
            r"\bik\s+(\S+\s+){0,2}?(naar|op|in|van)\s+(de\s+|het\s+)" + _R37NA_PLACE_NL + r"\s+(\S+\s+)?(ga|springen|spring|lopen)\b")[1:],
    # English inside a Dutch message: a husband or someone hitting, choking me now
    r"\b(my\s+)?(husband|boyfriend|partner|father|dad|stepfather|brother|ex|man|he|she|they)\s+(is\s+|are\s+|keeps\s+)?"
    r"(hitting|beating|choking|strangling|kicking|punching|attacking|hurting)\s+(me|us|my\s+(kids|children|son|daughter|baby|mother|mom))\b",
    # English: "I can't do this anymore" with the rope, the pills, a knife ready
    _both(r"\b(i\s+)?(cant|can\s+not|cannot)\s+(do\s+this|do\s+it|go\s+on|take\s+(it|this)|live\s+like\s+this)(\s+any\s*more)?\b|\bdone\s+with\s+(life|everything)\b|"
          r"\bgoodbye\b|\bno\s+way\s+out\b",
          r"\b(have|got|bought|made|tied|hung)\s+(the\s+|a\s+|my\s+)?(rope|noose|pills|tablets|knife|gun|razor|blade)\b|"
          r"\b(rope|noose|pills|tablets|knife|gun|razor|blade)\s+(is\s+|are\s+)?(ready|here|with\s+me|in\s+my\s+hand)\b"),
    # "this is my farewell" with thanks or forgiveness to all (Arabic script, Arabizi); not a journey, a job, a class
    r"^(?!.*(سفر|مسافر|مسافره|بسافر|رحله|المطار|مطار|طياره|بلدي|البلد|سوريا|الشغل|شغلي|الدوام|الصف|المدرسه|الجامعه|الكورس|حفله|الحفله|"
    r"البيت\s+القديم|الحي|بيتي\s+القديم|زملائي|زملاتي|الفريق))"
    + _both(r"(?<!\S)(و)?(هاد|هذا|هيدا|هاذا|هادا|هاي|هيدي|هادي|هذه)\s+(هو\s+|هي\s+)?(وداعي|وداعي\s+الاخير|الوداع|كلامي\s+الاخير|اخر\s+كلامي|"
            r"اخر\s+وداع|اخر\s+رساله\s+مني)(?!\S)",
            r"(شكرا|مشكورين|سامحوني|سامحني|سامحيني|لكل|للكل|الجميع|كلكن|كلكم|ديرو\s+بالكن|دير\s+بالك|انتبهو|بحبكن|بحبكم)")[1:],
    r"^(?!.*\b(safar|msafer|msafra|bsafer|re7le|ri7le|matar|6ayara|tayara|balad|souria|syria|shoghl|sho8l|dawam|saf|madrase|jam3a|7afle|"
    r"school|werk|vakantie|reis)\b)"
    + _both(r"\b(w\s*)?(hada|hayda|haida|hayde|hay|hadi|haza|hatha)\s+(howe\s+|hiye\s+)?(wada3i|weda3i|wada3e|wada3y|el\s*wada3|akher\s+kalami|"
            r"kalami\s+el\s*akhir)\b",
            r"\b(shukran|shokran|merci|sam7ouni|sam7oni|sam7ni|sam7ini|la\s*kel|la\s*kol|lal\s*kel|lkel|el\s*jami3|kellkon|kelkon|kollkon|"
            r"dero\s+balkon|b7ebkon|b7ebkun)\b")[1:],
    # someone following me for a while, and afraid or not knowing where to go (Arabic script, Arabizi, Dutch)
    r"^(?!.*" + _R37NA_SOCIAL + r")"
    + _both(r"(?<!\S)(في\s+)?(حدا|واحد|رجال|رجل|زلمه|شب|شخص|شباب|سياره|تاكسي|فان|مجموعه)\s+(\S+\s+)?(ماشي|عم\s+يمشي|بيمشي|لاحقني|لاحقيني|"
            r"عم\s+يلحقني|عم\s+يلحقوني|بيلحقني|يلاحقني|عم\s+يلاحقني|يتبعني|عم\s+يتبعني|لاحقني|ملاحقني|عم\s+يراقبني|ماشيين|لاحقيني)"
            r"(\s+(وراي|ورايا|خلفي|ورا\s+مني))?(?!\S)",
            r"(?<!\S)(من|صرلو|صرلهم|صارلو|الو|اله)\s+(ربع|نص|نصف|ساعه|ساعتين|عشر|خمس|\d+|شي|مده|وقت|زمان)|"
            r"(خايفه|خايف|خوف|مرعوبه|مرعوب|مش\s+عارفه|مش\s+عارف|ما\s+بعرف|ما\s+عارفه|ما\s+عارف|وين\s+روح|وين\s+اروح|وين\s+بروح|ساعدوني|ساعدني|"
            r"النجده|الحقوني|الشرطه|البوليس|112)")[1:],
    r"^(?!.*\b" + _R37NA_SOCIAL_LA + r"\b)"
    + _both(r"\b(fi\s+)?(7ada|wa7ad|wa7ed|rijal|rjal|zalame|shab|shakhs|sayyara|sayara|taxi|van)\s+(\w+\s+)?(mashi|3am\s+yemshi|3am\s+yimshi|"
            r"la7e2ni|la7i2ni|3am\s+yel7a2ni|3am\s+yil7a2ni|bel7a2ni|3am\s+yla7e2ni|yla7e2ni|3am\s+yetba3ni|yetba3ni|mla7e2ni)"
            r"(\s+(warai|waraye|warayi|wara|khalfi|5alfi))?\b",
            r"\b((mn|men|min|sarlo|sarlu|sarlon)\s+(rob3|ro3b|nos|nus|sa3a|sa3tein|3ashr|5ams|khams|\d+|shi)|5ayfe|khayfe|5ayef|khayef|"
            r"mesh\s+3arfe|msh\s+3arfe|mesh\s+3aref|ma\s+ba3ref|ma\s+b3ref|wein\s+rou7|wen\s+rou7|wein\s+ru7|sa3douni|sa3dni|police|shorta|112)\b")[1:],
    r"^(?!.*\b" + _R37NA_SOCIAL_LA + r"\b)"
    + _both(r"\b(iemand|een\s+man|een\s+vrouw|een\s+jongen|die\s+man|twee\s+mannen|mannen|jongens|een\s+auto|een\s+busje)\s+(\S+\s+){0,2}?"
            r"(volgt|volgen|achtervolgt|achtervolgen|loopt\s+(\S+\s+)?achter\s+me\s+aan|lopen\s+(\S+\s+)?achter\s+me\s+aan|rijdt\s+(\S+\s+)?achter\s+me\s+aan)\b",
            r"\b(al\s+(een\s+)?(kwartier|half\s+uur|uur|tijd|tien|vijf|twintig|\d+)|sinds|bang|doodsbang|weet\s+niet\s+(waar|war|wat)|waar\s+moet\s+ik|"
            r"help|politie|112)\b")[1:],
    # heavy bleeding from a body part ("في دم كتير من رجل اخي", Arabizi "fi dam ktir mn rjl a5i"); not a blood test
    r"^(?!.*(تحليل|فحص|تبرع|ضغط|سكر|الدوره|دوره))"
    r".*(?<!\S)(في\s+|عم\s+ينزل\s+|نازل\s+|طالع\s+|عم\s+يطلع\s+|عم\s+يشر\s+)?(ال)?دم\s+(كتير|كثير|كبير|بكثره|بزياده|ما\s+عم\s+يوقف|مش\s+عم\s+يوقف|ما\s+وقف|"
    r"ما\s+بيوقف)(\s+(كتير|كثير))?\s+(من|م|عند)\s+(ال)?(رجل|اجر|راس|ايد|بطن|رقبه|صدر|تم|انف|مناخير|جرح|ضهر|وج|وش|وجه|عين|اذن|دان|"
    r"رجلي|اجري|راسي|ايدي|بطني|رقبتي|رجلو|اجرو|راسو|ايدو|بطنو|رقبتو|رجلها|اجرها|راسها|ايدها|بطنها)\S*",
    r"^(?!.*\b(ta7lil|fa7s|fa7es|tabaro3|da8et|dagh6|sokkar|dawra)\b)"
    r".*\b(fi\s+|3am\s+yinzal\s+|3am\s+ynzal\s+|nazel\s+|tale3\s+|3am\s+yetla3\s+)?dam\s+(ktir|kteer|kter|kbir|ketir|kazir|ma\s+3am\s+ywa2ef|"
    r"msh\s+3am\s+ywa2ef|mesh\s+3am\s+ywa2ef)(\s+(ktir|kteer|kter))?\s+(mn|men|min|m|3and)\s+(el\s*|l\s*)?(rjl|rijl|rejl|rjel|ejr|ijr|2ejr|"
    r"2ijr|ras|rass|2id|id|eid|iid|ide|idi|batn|bat5|ra2be|ra2ebt|sadr|tem|tim|anf|jer7|jar7|dahr|daher|wej|wesh|3ein|dan|deni)\w*\b",
    # wanting to kill someone now with a knife or a weapon in the hand (Arabic script, Arabizi)
    _both(r"(?<!\S)(و)?(بدي|رح|ح|راح|ناوي|حابب|لازم)\s+(ا|ب)?(قتلو|قتله|قتلها|قتلهم|قتلن|اقتلو|اقتله|اقتلها|دبحو|دبحه|دبحها|ادبحو|ادبحه|"
          r"موتو|موته|موتها|اموتو|خلص\s+عليه|خلص\s+عليها|اخلص\s+عليه|اخلص\s+عليها)(?!\S)",
          _R37NA_WEAPON_AR),
    _both(r"\b(w\s*)?(baddi|badi|bade|bedi|ra7|7a|nawi|lazem)\s+(2etlo|e2tlo|2otlo|a2tlo|i2tlo|2atlo|2etla|e2tla|2otla|2etlon|e2tlon|"
          r"edba7o|2edba7o|dba7o|edba7a|dba7a|mawwto|mawto|khalles\s+3aleh|5alles\s+3aleh|khales\s+3aleh|5ales\s+3aleh)\b",
          _R37NA_WEAPON_AZ),
    # Dutch: going to kill him or her, with a knife or a weapon at hand
    _both(r"\bik\s+(ga|zal|wil)\s+(hem|haar|ze|die\s+\w+|mijn\s+\w+)\s+(echt\s+|nu\s+|vandaag\s+|vanavond\s+)?(afmaken|vermoorden|doodmaken|dood\s+maken|"
          r"neersteken|doodsteken|kapot\s+steken)\b",
          r"\b(mes|messen|keukenmes|broodmes|pistool|wapen|bijl|hamer|schaar)\b(?!\s+(van\s+water|van\s+plastic))"),
)
_ROUND37_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # going to kill him or her ("ik ga hem afmaken als hij nog een keer thuiskomt"): the gentle question; not a game,
    # not finishing a thing
    r"^(?!.*\b" + _R37NA_GAME_NL + r"\b)"
    r".*\bik\s+(ga|zal|wil|kan)\s+(hem|haar|ze|die\s+(man|vrouw|gast|vent|jongen)|mijn\s+(man|vrouw|ex|buurman|buurvrouw|vader|broer|schoonvader|"
    r"schoonmoeder|baas))\s+(echt\s+|nu\s+|vandaag\s+|vanavond\s+|gewoon\s+)?(afmaken|vermoorden|doodmaken|dood\s+maken|neersteken|doodsteken)\b.*",
    # someone beating or kicking their child, seen by me (a report for Veilig Thuis): the gentle question
    r"\b(buurman|buurvrouw|buren|vader|moeder|man|vrouw|hij|zij|ze|stiefvader|stiefmoeder|oppas|vriend)\s+(\S+\s+)?(slaat|schopt|trapt|schudt|"
    r"mishandelt|slaan|schoppen|trappen|mishandelen)\s+(zijn|haar|hun|het|de|die)\s+(kind|kinderen|kindje|baby|zoon|zoontje|dochter|dochtertje|"
    r"kleine|kleintje)\b",
    # English: the rope, the pills ready (alone), not for a tent, a boat or a trip
    r"^(?!.*\b(tent|camping|climb\w*|boat|swing|washing|laundry|trip|holiday|vacation|headache|doctor|pharmacy|kitchen|cooking|moving)\b)"
    r".*\b(i\s+)?(have|got|bought)\s+(the\s+|a\s+)?(rope|noose)\s+(ready|here|with\s+me|in\s+my\s+(room|hand|bag))\b.*",
    # "this is my farewell" alone (no thanks around it): the gentle question; not a journey or a job
    r"^(?!.*(سفر|مسافر|مسافره|بسافر|رحله|المطار|مطار|طياره|بلدي|البلد|سوريا|الشغل|شغلي|الدوام|الصف|المدرسه|الجامعه|الكورس|حفله|الحفله|"
    r"البيت\s+القديم|الحي|بيتي\s+القديم|زملائي|زملاتي|الفريق))"
    r".*(?<!\S)(و)?(هاد|هذا|هيدا|هاذا|هادا|هاي|هيدي|هادي|هذه)\s+(هو\s+|هي\s+)?(وداعي|وداعي\s+الاخير|كلامي\s+الاخير|اخر\s+كلامي)(?!\S).*",
)
# (round 37, Dutch and Arabic: end)
# (round 37, Tigrinya: start)
from inburgering.text.sensitive.rules.meaning import _FAMILY_TI as _R37TI_FAMILY_TI  # noqa: E402
# Kinds from batch 37 (Tigrinya in Ge'ez and Latin script) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN: needs review by a native speaker.
# (names start with _R37TI_: the Dutch and Arabic block above uses _R37NA_)
from inburgering.text.sensitive.rules.round36 import (  # noqa: E402
    _R36_BOSS_LA as _R37TI_BOSS_LA, _R36_BOSS_TI as _R37TI_BOSS_TI, _R36_CHILD_TI as _R37TI_CHILD_TI,
    _R36_DANGER_LA as _R37TI_DANGER_LA, _R36_DANGER_TI as _R37TI_DANGER_TI, _R36_MISHAP_LA as _R37TI_MISHAP_LA,
    _R36_MISHAP_TI as _R37TI_MISHAP_TI, _R36_NO_PERSON_TI as _R37TI_NO_PERSON_TI, _R36_NO_THREAT_TI as _R37TI_NO_THREAT_TI,
    _R36_WISH_LA as _R37TI_WISH_LA, _R36_WISH_TI as _R37TI_WISH_TI,
)

# a farewell ("stay well", "be in peace") "for ever", either order; not a move abroad, a journey or leaving a group chat
_R37TI_BYE_TI = r"(?<!\S)(ደሓን|ሰላም|ብሰላም)\s+(ኩኑ|ኩን|ኩኒ|ጽንሑ|ጽናሕ|ጽንሒ|ሕደሩ|ንበሩ)(?!\S)"
_R37TI_EVER_TI = r"(?<!\S)(ን|ክሳብ\s+)?(ዘልኣለም|ዘለኣለም|ዘለዓለም|ዘልዓለም|ሓዋሩ|ወትሩ)(?!\S)"
_R37TI_NOT_A_JOURNEY_TI = (r"^(?!.*((?<!\S)ናብ\s|ክግዕዝ|ገዓዝ|ጉዕዞ|ስደት|ነፋሪት|ኤርፖርት|ካናዳ|ኣመሪካ|ኣሜሪካ|ኢንግሊዝ|ሃገረይ|ዓዲ|ጉጅለ|ግሩፕ|group|"
                           r"ቻናል|ገዛ\s+ቀይረ|ስራሕ\s+ቀይረ|ክምለስ|ክንራኸብ|ክንራኣኣ|ክሳብ\s+ንራኸብ))")
_R37TI_BYE_LA = r"\b(dehan|dehn|dehaan|selam|bselam)\s+(kunu|kun|kuni|xenhu|tsenhu|tsnhu|xnhu|hderu|nberu)\b"
_R37TI_EVER_LA = r"\b(n|ksab\s+)?(zelalem|zelealem|zelaalem|zelelem|hawaru|hawru|wetru)\b"
_R37TI_NOT_A_JOURNEY_LA = (r"^(?!.*\b(nab|kgeez|geaz|guezo|sdet|nefarit|airport|vliegveld|canada|kanada|amerika|america|england|hagerey|adi|"
                           r"group|groep|gujele|channel|kmeles|kimeles|knrakeb|terugkom\w*)\b)")
# "tell my children / my mother that I love them" and "I am gone", "I won't be there" (a message left behind)
_R37TI_TELL_TI = (r"(?<!\S)(ንገር|ንገሩ|ንገሪ|ንገርዎ|ንገሩዎ|ንገርዎም|ንገሩዎም|ንገርወን|ንገርዋ|ንገሩዋ|ንገሮ|ንገሮም|ንገራ|ንገረን|ንገርለይ|ንገሩለይ|ንገሪለይ|"
                  r"ንገርዎምለይ|ንገሩዎምለይ|ንገርዋለይ|ኣብጽሑለይ|ኣብጽሓለይ|ኣብጽሑሎም|ኣብጽሑላ|ኣብጽሕዎም)(?!\S)")
# (round 43: also thanks passed on, "የቐንየለይ", and "I won't meet her / you again", "ኣይክራኸበን")
_R37TI_LOVE_TI = (r"(?<!\S)(ፍቕረይ|ፍቕሪ|ከምዘፍቅሮም|ከምዘፍቅሮ|ከምዘፍቅራ|ከምዘፍቅረን|ከምዘፍቅረኩም|ኣፍቅረኩም|ኣፍቅሮም|የፍቅሮም|ብጣዕሚ\s+ከምዘፍቅሮም|"
                  r"የቐንየለይ|የቐንዮ\s+ኢለ|የቐንየልና)(?!\S)")
_R37TI_GONE_TI = (r"(?<!\S)(ከይደ|ኸይደ|ሓሊፈ|ተሰናቢተ|ኣይክህሉን|ኣይህሉን|ኣይክምለስን|ኣይምለስን|ኣይክርእየኩምን|ኣይክርእዮምን|ኣይክርእያን|"
                  r"ኣይክርእዮን|ኣይትርእዩንን|ኣይክራኸበን|ኣይክራኸባን|ኣይክራኸቦን|ኣይክራኸበኩምን|ኣይክራኸቦምን|ደሓን\s+ኩኑ|ሰላም\s+ኩኑ|ይቕረ\s+በሉለይ|ይቕረ\s+በሉኒ|መወዳእታ|ንሓዋሩ|ንዘልኣለም)(?!\S)")
_R37TI_NOT_AN_ERRAND_TI = (r"^(?!.*((?<!\S)ናብ\s|ስራሕ|ዕዮ|ዕዳጋ|ድኳን|ሱቕ|ቤት\s+ትምህርቲ|ትምህርቲ|ኮርስ|ክምለስ|ክመጽእ|ጽባሕ|ምሸት|ሰዓት|ሰሙን|"
                           r"ዕረፍቲ|በዓል|ልደት|ሰርግ|ሓጺር\s+ግዜ))")
_R37TI_TELL_LA = r"\b(nger|ngeru|ngeri|ngerwo|ngeruwo|ngerwom|ngeruwom|ngeruom|ngerwa|ngeruwa|ngerom|ngera|ngeruley|ngerley|abxhuley|abtshuley)\b"
_R37TI_LOVE_LA = r"\b(fqrey|fiqrey|fkrey|fikrey|fqri|kemzefqrom|kemzefqro|kemzefqra|kemzefqrekum|afqrekum|afqrom)\b"
_R37TI_GONE_LA = (r"\b(keyde|kheyde|keide|halife|tesenabite|aykhlun|aykhilun|aykmelesn|aykimelesin|aymelesn|aykrekumn|aykreyomn|"
                  r"dehan\s+kunu|selam\s+kunu|mewedaeta|nhawru|nhawaru|nzelalem|nzelealem)\b")
_R37TI_NOT_AN_ERRAND_LA = (r"^(?!.*\b(nab|srah|sirah|eyo|edaga|dkuan|suq|skola|school|werk|kmeles|kimeles|kmexe|kimetse|tsbah|xbah|mshet|seat|"
                           r"semun|erefti|beal|ldet|serg|vakantie)\b)")
# someone (a child, a baby, a relative) not breathing now; not a blocked nose, a cold, running or sport
_R37TI_NO_BREATH_TI = (r"(?<!\S)(ኣየስተንፍስን|ኣይስተንፍስን|ኣየስተንፍስ|ኣተስተንፍስን|ኣይተስተንፍስን|ኣየስተንፍሱን|ኣይተንፈሰን|ኣይተንፈሰትን|ኣየተንፍስን|"
                       r"ኣይትንፈስን|ምስትንፋስ\s+(ኣቋሪጹ|ኣቋሪጻ|ኣቋሪጾም|ደው\s+ኢሉ|ደው\s+ኢሉዎ|ደው\s+ኢሉዋ)|ትንፋስ\s+(ኣቋሪጹ|ኣቋሪጻ|ደው\s+ኢሉ))(?!\S)")
_R37TI_NOW_TI = r"(?<!\S)(ዘሎ|ዘላ|ዘለዉ|ኣሎ|ኣላ|ኣለዉ|ደው\s+ኢሉ|ሕጂ|ድሮ|ንዝተወሰነ\s+ደቓይቕ)(?!\S)"
_R37TI_WHO_TI = r"(" + _R37TI_CHILD_TI[1:-1] + r"|ቆልዓይ|ሕጻነይ|ህጻነይ|ሕጻንና|ቤቢ|ቤቢይ|ኣቦሓጎይ|ኣደሓጎይ|ጎረቤተይ|ዓርከይ|መሓዛይ)"
_R37TI_NOT_BREATH_TI = r"^(?!.*(ኣፍንጫ|ጉንፋዕ|ሰዓል|ረስኒ|ብኣፍ|ጎየ|ጉያ|ስፖርት|ጅም|ዳንሳ|ብኽያት\s+ጸኒሑ|ብሓሳብ|ትሕቲ\s+ማይ\s+ክሕምብስ|ሕምባሰ))"
# (round 43: also "ayestenfsin", "ayestenfsen" and "aboy", "abey" below)
_R37TI_NO_BREATH_LA = (r"\b(ayistenfsn|aystenfsn|ayestenfsn|ayestenfsin|ayestenfsen|aystenfsin|ayistenfsin|ayistenfesn|ayistenfisn|aytenfsn|aytenfesen|ayitenfesen|atestenfsn|aytestenfsn|"
                       r"aytnfesn|mstnfas\s+aqwarixu|tnfas\s+aqwarixu)\b")
_R37TI_WHO_LA = (r"\b(qolaey|qolae|qolaa|qolea|kolaey|qolay|wedey|wedei|gualey|gwaley|hxaney|hitsaney|hxan|hitsan|baby|beby|deqey|abuy|adey|"
                 r"sebayey|sebeytey|hawey|haftey|abohagoy|adehagoy|aboy|abey)\b")
_R37TI_NOW_LA = r"\b(zelo|zela|alo|ala|alew|hji|hiji|hizi|dro)\b"
_R37TI_NOT_BREATH_LA = r"^(?!.*\b(afnca|afntsa|afnch|gunfae|seal|resni|goye|guya|sport|gym|neus|verkouden|verkoudheid)\b)"
# "I won't last / I won't live until the morning, until tomorrow": staying is the gentle question (a party, a shift
# say it too), not living until then is the emergency answer
_R37TI_UNTIL_TI = r"(?<!\S)ክሳብ\s+(ጽባሕ\s+)?(ንግሆ|ጽባሕ|ወጋሕታ|ንጉሆ|ንግሆት)(?!\S)"
_R37TI_NOT_LIVE_TI = r"(?<!\S)(ኣይክነብርን|ኣይክበጽሕን\s+እየ\s+ብህይወት|ብህይወት\s+ኣይክጸንሕን|ብህይወት\s+ኣይክህሉን|ብህይወት\s+ኣይክበጽሕን)(?!\S)"
_R37TI_NOT_LAST_TI = r"(?<!\S)(ኣይክጸንሕን|ኣይጸንሕን|ኣይክጽመምን|ኣይክህሉን|ኣይክበጽሕን|ኣይክሓድርን|ኣይክወግሓለይን)(?!\S)"
_R37TI_NOT_A_NIGHT_OUT_TI = (r"^(?!.*(ፓርቲ|ሰርግ|ልደት|በዓል|ኣብቲ|ኣብዚ|ኣብኡ|ኣብዛ|ምሳኹም|ምሳኺ|ምሳኻ|ምሳኺን|ገዛኹም|ገዛኺ|ስራሕ|ሽፍት|ዕዮ|ትረይን|ባቡር|ኣውቶቡስ|"
                             r"ሆቴል|ሆስፒታል|ኣጋይሽ|ክመጽእ|ክምለስ|ክኸይድ|ክወጽእ|ክድቅስ|ደቂሰ|ዕረፍቲ|ፊልም|ጸወታ))")
_R37TI_UNTIL_LA = r"\b(ksab|kisab|kesab)\s+(tsbah\s+|xbah\s+)?(ngho|nigho|ngoho|nguho|tsbah|xbah|wegahta)\b"
_R37TI_NOT_LIVE_LA = r"\b(ayknebrn|aykinebirn|aykinebrn|ayknebirn)\b"
_R37TI_NOT_LAST_LA = r"\b(aykxenhn|aykxenhin|aykitsenhin|aykitsenhn|aytsenhn|aykxnhn|aykhlun|aykhilun|aykbexhn|aykbetshn|aykhadrn)\b"
_R37TI_NOT_A_NIGHT_OUT_LA = (r"^(?!.*\b(party|parti|feest|serg|ldet|beal|abti|abzi|abu|msakum|msaki|gezakum|srah|sirah|shift|dienst|trein|bus|hotel|"
                             r"hospital|ziekenhuis|kmexe|kimetse|kmeles|kkeyd|kwexe|kdqes|film|game)\b)")
# Latin script: "I am done with this life" ("ezi hiwet wedie"), life finished or over ("hiwetey weddia")
_R37TI_LIFE_DONE_LA = (r"\b(ezi|eza|ane|degim|beqa|hji|hiji)\s+(ezi\s+|eza\s+)?(hiwet|hywet|hiywet|hywot|hiwetey|hywetey)\s+"
                       r"(wedie|wediea|wedia|wedieya|tewedie|tewedia|abqie|abqia|tezazima|kabqie)\b")
_R37TI_LIFE_DONE_TI = (r"(?<!\S)(እዚ|እዛ|ኣነ|ደጊም|በቃ|ሕጂ)\s+(እዚ\s+|እዛ\s+)?(ህይወት|ሂወት|ህይወተይ|ሂወተይ)\s+(ወዲአ|ወዲኣ|ወዲኣያ|ተወዲኣ|ኣብቂዓ|ተዛዚማ|ኣብቂዓትለይ|ተወዲኣትለይ)(?!\S)")

# game talk: killed them all, won (a video game, PlayStation, FIFA): no danger or wish of one's own
_R37TI_GAME_TI = (r"(game|games|gaming|ጌም|ጌምስ|ፕለይስቴሽን|ፕሌስቴሽን|playstation|ps4|ps5|xbox|fortnite|ፎርትናይት|pubg|ፑብጂ|minecraft|"
                  r"call\s+of\s+duty|fifa|ፊፋ|ቪድዮ\s+ጸወታ|ናይ\s+ኮምፒተር\s+ጸወታ|ኦንላይን\s+ጸወታ)")
_R37TI_GAME_KILL_TI = r"(?<!\S)(ኩሉ\s+|ኩሎም\s+|ኩሎምና\s+|ብዙሓት\s+)?(ቀቲለ|ቀቲልና|ቀቲለዮም|ቀቲልናዮም|ቀቲሉኒ|ቀቲሎምኒ|ቀቲሎምና|ቀቲለያ|ቀቲለዮ|ቀቲለን|ቀቲልክዮም|ቀቲሉዎም)(?!\S)"
_R37TI_GAME_LA = r"\b(game|games|gaming|playstation|ps4|ps5|xbox|fortnite|pubg|minecraft|fifa|warzone)\b"
_R37TI_GAME_KILL_LA = r"\b(qetile|qetilna|qetileyom|qetilnayom|qetiluni|qetilomna|ketile|ketilna|ketileyom|killed|kill)\b"
# a pain "that kills", the headache "kills me" (phrase only: the pills and the rest stay for the rules)
_R37TI_PAIN_KILLS_TI = (r"(?<!\S)((ርእሰይ|ርእሲ|ከብደይ|ሕቖይ|ስነይ|ስኒ|ጎሮሮይ|ዓይነይ|እዝነይ|ብርከይ|እግረይ|ኢደይ|ኣፍ\s+ልበይ)\s+)?ዝ(ቐ|ቀ)ትል\s+ቃንዛ\S*(?!\S)|"
                        r"(?<!\S)ቃንዛ\s+(ርእሲ|ከብዲ|ሕቖ|ስኒ|ጎሮሮ|ዓይኒ|እዝኒ|ብርኪ|ሕቖይ|ርእሰይ|ከብደይ|ስነይ)\s+(ክ|ይ|ኪ)(ቐ|ቀ)ት(ለ|ል)(ኒ|ና)(\s+(ኣሎ|እዩ|ኢዩ))?(?!\S)|"
                        r"(?<!\S)(ርእሰይ|ከብደይ|ሕቖይ|ስነይ)\s+ብቃንዛ\s+(ክ|ይ|ኪ|ት|ክት)(ቐ|ቀ)ት(ለ|ል)(ኒ|ና)(\s+(ኣሎ|ኣላ|እዩ))?(?!\S)")
_R37TI_PAIN_KILLS_LA = (r"\b((rsey|resey|risey|kebdey|hqoy|sney|gororoy|aynei|ezney)\s+)?z(q|k)[ie]?t[ie]?l\s+qanza\b|"
                        r"\bqanza\s+(rsi|resi|kebdi|hqo|sni|rsey|kebdey)\s+(k|y|ki|yi)(q|k)[ie]?tl[ie]?(ni|eni|na|ena)(\s+(alo|eyu|iyu))?\b")
# "I (nearly) died of anger, of shame, of jealousy" (the phrase only). Not of fear, which a threat says; not of
# hunger, the heat, tiredness or laughter, which the classifier learnt from older idiom phrasings (cutting those out
# of its training moved it on older lines of batches 25, 32, 33 and 36).
_R37TI_MOOD_TI = r"(ሕርቃን|ሕርቓን|ቑጠዐ|ቁጠዐ|ቑጥዓ|ኩራ|ሕፍረት|ሕንከት|ቅንኣት|ብስጭት|ጽበት|ትዕግስቲ)"
_R37TI_DIED_OF_TI = (r"(?<!\S)(ብ|ካብ\s+)" + _R37TI_MOOD_TI + r"\S*\s+((ዳርጋ|ሒደት|ቁሩብ|ንእሽቶ|ኣስታት)\s+)?"
                     r"(ክመውት\s+((ቐ|ቀ)ሪበ|ተሪፈ|ደልየ\s+ነይረ|እየ|ኢየ|እየ\s+ዘለኹ)|ክሞት\s+((ቐ|ቀ)ሪበ|ተሪፈ|እየ)|ሞይተ|ሞይትና|ሞይተ\s+እየ|ክንመውት\s+(ቐ|ቀ)ሪብና)(?!\S)")
_R37TI_MOOD_LA = r"(hrqan|hrkan|hirqan|hirkan|qutea|kutea|qutsea|kura|hfret|hifret|hnket|qnat|bsxet|bschet)"
_R37TI_DIED_OF_LA = (r"\b(b|kab\s+)" + _R37TI_MOOD_LA + r"\s+((darga|hidet|qurub)\s+)?"
                     r"(kmewt|kimewt|kmut|kimut|kmot|kimot)\s+(qeribe|keribe|qerib|kerib|terife|eye|iye)\b")
# a plant, a flower on the balcony or in the garden that "died" (no person among the words between)
_R37TI_PLANT_TI = (r"(?<!\S)(ተኽሊ|ተኽልታት|ተኽለይ|ተኽልተይ|ኣትክልቲ|ኣትክልትታት|ኣተኽልቲ|ኣትክልተይ|ዕምባባ|ዕንባባ|ጽገሬዳ|ዕምባባታት|ዕምባባይ|ጽጌረዳ|ጽገረዳ|ቆጽሊ|ሳዕሪ|ኦም|ፕላንት|ካክቱስ|"
                   r"ባሲሊኮ|ኮሚደረ|ኮሚደሬ|በርበረ|ሽጉርቲ|ቲማቲም)\S*")
# a person, help or danger anywhere in the message (then "died" is not read as a plant's)
_R37TI_PERSON_TI = (r"(" + _R37TI_CHILD_TI[1:-1] + r"|ሰብ|ሰብኡት|ቆልዑ|ሕጻን|ህጻን|ዓርከይ|መሓዛይ|ጎረቤት\S*|ኣቦሓጎ\S*|ኣደሓጎ\S*|ሆስፒታል|ደም|ፖሊስ|"
                    r"ኣምቡላንስ|ሓግዙ|ክመውት|ክሞት|ነብሰይ|ድሙ|ከልቢ|ኣድጊ)")
_R37TI_PLANT_DIED_TI = (_R37TI_PLANT_TI + r"\s+(" + _R37TI_NO_PERSON_TI + r"\S+\s+){0,4}?"
                        r"(ሞይቱ|ሞይታ|ሞይቶም|ሞይተን|ሞተ|ሞቱ|ነቒጹ|ነቒጻ|ነቒጾም|ደሪቑ|ደሪቓ|ጸምሊዉ|ጸምሊዋ)(?!\S)")
_R37TI_PLANT_LA = (r"\b(tekhli|tekli|tkhli|tekhley|tekhlitat|teklitat|atkilti|atkltti|ateklti|atekilti|atklti|embaba|enbaba|tsegereda|xegereda|embabatat|embabay|xgereda|tsgereda|qoxli|qotsli|sarie|"
                   r"plant|plantje|plantjes|planten|bloem|bloemen|cactus|basilicum|munt|tomaat|tomaten|tomatoplant)\b")
_R37TI_PERSON_LA = (r"(wedey|gualey|deqey|qolaey|qolea|hxan|hitsan|baby|adey|abuy|sebayey|sebeytey|hawey|haftey|arkey|mehazay|gorebetey|"
                       r"hospital|ziekenhuis|dem|polis|politie|ambulance|hagzu|kmewt|kmut|kmot|nebsey|dmu|kelbi|hond|kat)")
_R37TI_NO_PERSON_LA = r"(?!" + _R37TI_PERSON_LA + r"\b)"
_R37TI_PLANT_DIED_LA = (_R37TI_PLANT_LA + r"\s+(" + _R37TI_NO_PERSON_LA + r"\w+\s+){0,4}?"
                        r"(moytu|moyta|moytom|moyitu|moyita|motu|mota|motom|netqixu|netqitsu|deriqu|deriqa)\b")
# a mother, a father, a sister (not a husband, not a partner) "will kill me" over a broken plate, a stain, a lost key:
# the same trivial threat as round 36's boss, with "she will kill me" too
_R37TI_HOME_TI = (r"(?<!\S)(ኣደይ|ኣደ|ማማ|ማማይ|ኣቦይ|ባባ|ባባይ|ሓፍተይ|ሓወይ|ኣደይ\s+ዓባይ|ዓባየይ|ሓማተይ|ሓሙይ|ኣሞይ|ሓትነይ|ኣኮይ|ስድራይ|ወለደይ)(?!\S)")
_R37TI_HOME_MISHAP_TI = (_R37TI_MISHAP_TI[:-len(r")\S*(?!\S)")] + r"|ሰቢረ|ዝሰበርኩ|ዝሰበርኩዎ|ዝሰበርክዎ|ዝሰበርክዋ|ዝሰበርኩዋ|ሰቢረዮ|ሰቢረያ|ኣፍሲሰ|ዘፍሰስኩ|"
                         r"ኣጥፊአዮ|ኣጥፊኣያ|ዘጥፋእኩ|ዘጥፋእክዎ|ሓምቢሸ|ኣረሲሐ|ዘረሰሕኩ|ኣቃጺለ|ዘቃጸልኩ|ጠቕሊለ|ብያቲ|ሳሕኒ|ኩባያ|ብርጭቆ|ቢኬሪ|ፊንጃል|"
                         r"መፍትሕ|ቁልፊ|ነጥቢ|ፈተና\s+ወዲቐ|ምግቢ\s+ኣቃጺለ)\S*(?!\S)")
_R37TI_SHE_KILLS_ME_TI = r"(?<!\S)(ክ|ኪ|ይ|ክት|ኪት|ት)(ቐ|ቀ)ት(ለ|ል)(ኒ|ና)\S*(?!\S)"
_R37TI_HOME_VETO_TI = (r"(" + _R37TI_NO_THREAT_TI[1:-1] + r"|ትወቕዓኒ|ትሃርመኒ|ወቒዓትኒ|ሃሪማትኒ|ይቐትሉኒ|ሰብኣየይ|ሰበይተይ|ዓርከይ|መሓዛይ|ቦይፍረንድ|"
                       r"ጥንሲ|ነፍሰ\s+ጾር|ሓዳር|ክምርዓው|መርዓ|ሃይማኖት|ክርስትና|እስልምና|ሰብ\s+ብዘይምፍላጦም|ብሓቂ|ብሓቅ)")
_R37TI_HOME_LA = r"\b(ade|adey|adei|mama|mamay|abuy|aboy|baba|babay|papa|haftey|hawey|adey\s+abay|abayey|hamatey|hamuy|amoy|hatney|akoy|sdray|weledey)\b"
_R37TI_HOME_MISHAP_LA = (_R37TI_MISHAP_LA[:-len(r")\b")] + r"|sebire\w*|zsber\w*|zseber\w*|zsbr\w*|zisber\w*|afsise|atfie\w*|zetfaek\w*|"
                         r"arasihe|areside|aqaxile|aqatsile|biyati|sahni|kubaya|brchiqo|finjal|meftih|qulfi|netbi|fetena)\b")
_R37TI_SHE_KILLS_ME_LA = r"\b(ki?t?|yi?|ti?)(q|k|kh)[ea]?t[ei]?l(eni|ena|ni|na)\b"
_R37TI_HOME_VETO_LA = (r"\b(yweqani|yiweqani|tweqani|yharmeni|tharmeni|weqiuni|weqiatni|harimuni|efrh|efrih|frhi|ente|enteh|entey|sebayey|"
                       r"sebeytey|arkey|mehazay|boyfriend|vriend|tnsi|zwanger|hadar|kmrao|merea|haymanot|bhaqi|bhaki|kara|polis|politie)\b")

_ROUND37_IDIOMS_TI: tuple[str, ...] = (
    # a video game or FIFA: "I killed them all, I won" (the whole message: no danger or wish of one's own)
    r"^(?!.*(" + _R37TI_DANGER_TI + r"|" + _R37TI_WISH_TI + r"))(?=.*" + _R37TI_GAME_TI + r")(?=.*" + _R37TI_GAME_KILL_TI + r").*",
    r"^(?!.*\b(" + _R37TI_DANGER_LA + r"|" + _R37TI_WISH_LA + r")\b)(?=.*" + _R37TI_GAME_LA + r")(?=.*" + _R37TI_GAME_KILL_LA + r").*",
    # a pain "that kills", the headache "is killing me" (the phrase only)
    _R37TI_PAIN_KILLS_TI,
    _R37TI_PAIN_KILLS_LA,
    # "I nearly died of anger / of laughter / of tiredness" (the phrase only)
    _R37TI_DIED_OF_TI,
    _R37TI_DIED_OF_LA,
    # a plant or a flower that "died" (a few words between): the whole message, with no person, danger or wish in it
    r"^(?!.*(" + _R37TI_DANGER_TI + r"|" + _R37TI_WISH_TI + r"|" + _R37TI_PERSON_TI + r"))(?=.*" + _R37TI_PLANT_DIED_TI + r").*",
    r"^(?!.*\b(" + _R37TI_DANGER_LA + r"|" + _R37TI_WISH_LA + r")\b)(?!.*\b" + _R37TI_PERSON_LA + r"\b)(?=.*" + _R37TI_PLANT_DIED_LA + r").*",
    # a mother, a father, a sister "will kill me" over a broken plate, a stain, the train gone (not a husband or a
    # partner, no beating, fear, "if" or a secret such as a boyfriend or a pregnancy)
    r"^(?!.*(" + _R37TI_DANGER_TI + r"|" + _R37TI_WISH_TI + r"|" + _R37TI_HOME_VETO_TI + r"))"
    r"(?=.*(" + _R37TI_HOME_TI + r"|" + _R37TI_BOSS_TI + r"))(?=.*" + _R37TI_HOME_MISHAP_TI + r")(?=.*" + _R37TI_SHE_KILLS_ME_TI + r").*",
    r"^(?!.*\b(" + _R37TI_DANGER_LA + r"|" + _R37TI_WISH_LA + r")\b)(?!.*" + _R37TI_HOME_VETO_LA + r")"
    r"(?=.*(" + _R37TI_HOME_LA + r"|" + _R37TI_BOSS_LA + r"))(?=.*" + _R37TI_HOME_MISHAP_LA + r")(?=.*" + _R37TI_SHE_KILLS_ME_LA + r").*",
)
_ROUND37_CRISIS_TI: tuple[str, ...] = (
    # a farewell "for ever" ("stay well for ever"), either order, a word between at most; not a move or a journey
    _R37TI_NOT_A_JOURNEY_TI + r".*(" + _R37TI_BYE_TI + r"\s+(\S+\s+)?" + _R37TI_EVER_TI + r"|" + _R37TI_EVER_TI + r"\s+(\S+\s+)?" + _R37TI_BYE_TI + r")",
    _R37TI_NOT_A_JOURNEY_LA + r".*(" + _R37TI_BYE_LA + r"\s+(\w+\s+)?" + _R37TI_EVER_LA + r"|" + _R37TI_EVER_LA + r"\s+(\w+\s+)?" + _R37TI_BYE_LA + r")",
    # "tell my children / my mother I love them", and "I am gone", "I won't be there" (not an errand, a trip, a return)
    _R37TI_NOT_AN_ERRAND_TI + _both(_R37TI_TELL_TI, _R37TI_LOVE_TI, _R37TI_GONE_TI)[1:],
    _R37TI_NOT_AN_ERRAND_LA + _both(_R37TI_TELL_LA, _R37TI_LOVE_LA, _R37TI_GONE_LA)[1:],
    # a child, a baby, a relative not breathing (now); not a blocked nose or a cold
    _R37TI_NOT_BREATH_TI + _both(_R37TI_WHO_TI, _R37TI_NO_BREATH_TI)[1:],
    _R37TI_NOT_BREATH_TI + _both(_R37TI_NO_BREATH_TI + r"\s+" + _R37TI_NOW_TI)[1:],
    _R37TI_NOT_BREATH_LA + _both(_R37TI_WHO_LA, _R37TI_NO_BREATH_LA)[1:],
    _R37TI_NOT_BREATH_LA + _both(_R37TI_NO_BREATH_LA + r"\s+" + _R37TI_NOW_LA)[1:],
    # "I won't live until the morning"
    _both(_R37TI_UNTIL_TI, _R37TI_NOT_LIVE_TI),
    _both(_R37TI_UNTIL_LA, _R37TI_NOT_LIVE_LA),
    # "I am done with this life", "this life is over for me" (Latin script; Ge'ez too)
    _R37TI_LIFE_DONE_LA,
    _R37TI_LIFE_DONE_TI,
    # (lead) a person of the household holding a knife or a gun ("ብፍርሒ ክመውት ቀሪበ ሰብኣየይ ካራ ሒዙ", where "died of
    # fear" is cut out as an idiom; someone in the yard stays round 34's gentle question); not with food or cooking,
    # nor right before a cut-out idiom (the food idiom cuts "ሽጉርቲ ይቖርጽ" out)
    r"^(?!.*(ሽጉርቲ|ስጋ|ኣሕምልቲ|ፍሩታ|ባኒ|ድንሽ|ኮሚደረ|ቲማቲም|ብልዒ|ድራር|ምሳሕ|ቁርሲ|ክሽነ|ኩሽና|ይቖርጽ|ይቆርጽ|ትቖርጽ|ክቖርጽ|ይበስል|"
    r"ተበስል|ከብስል|ይሓርድ|ሓሪዱ|ጸወታ|ፊልም|ዕንጨይቲ))"
    r".*(?<!\S)(" + _R37TI_FAMILY_TI[1:-1] + r")\S*\s+(\S+\s+){0,2}?(ካራ|ሽጉጥ|ሽጉጢ|ሽኮና)\s+(\S+\s+)?"
    r"(ሒዙ|ሒዛ|ኣልዒሉ|ኣልዒላ|ሒዙለይ)(?!\S)(?!\s+(\S+\s+)?§)",
)
_ROUND37_UNCERTAIN_TI: tuple[str, ...] = (
    # "I won't last / won't be here until the morning": the gentle question (not a party, a shift, a journey)
    _R37TI_NOT_A_NIGHT_OUT_TI + _both(_R37TI_UNTIL_TI + r"\s+(\S+\s+)?" + _R37TI_NOT_LAST_TI)[1:],
    _R37TI_NOT_A_NIGHT_OUT_LA + _both(_R37TI_UNTIL_LA + r"\s+(\w+\s+)?" + _R37TI_NOT_LAST_LA)[1:],
)
# (round 37, Tigrinya: end)
_ROUND37_IDIOMS = _ROUND37_IDIOMS_NL_AR + _ROUND37_IDIOMS_TI
_ROUND37_CRISIS = _ROUND37_CRISIS_NL_AR + _ROUND37_CRISIS_TI
_ROUND37_UNCERTAIN = _ROUND37_UNCERTAIN_NL_AR + _ROUND37_UNCERTAIN_TI

"""Round 41: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 41, development data since) and NLU b31; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 41, Dutch and Arabic: start)
# Kinds from batch 41 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
# (names start with _R41NA_: the Tigrinya block below uses _R41TI_; round 41 also extended earlier lists: round 38's
# amount of pills taken ("te veel"), round 40's film "with someone in it who kills himself" (present forms), and
# round 24's "morgen ben ik niet meer" no longer reads "niet meer ziek / thuis")

# "when you (my mother, the director) read this, I am already dead": a farewell note; "al" / "er niet meer" (not "I'm
# dead" of a scolding to come)
_R41NA_READS_NL = (r"\b(als|wanneer|tegen\s+de\s+tijd\s+dat|zodra|op\s+het\s+moment\s+dat)\s+(\S+\s+){0,3}?(dit|deze\s+\S+|dat|het|mijn\s+\S+)\s+(\S+\s+)?"
                   r"(leest|lezen|lees|ziet|zien|krijgt|krijgen|vindt|vinden|ontvangt|ontvangen|opent|openen|hoort|horen)\b")
_R41NA_DEAD_ALREADY_NL = (r"\s+(\S+\s+)?(ben|is)\s+ik\s+(\S+\s+)?((al|allang|dan\s+al|reeds)\s+(dood|overleden|gestorven|weg|vertrokken)|"
                          r"er\s+(al\s+)?niet\s+meer|niet\s+meer\s+in\s+leven|niet\s+meer\s+op\s+deze\s+wereld|niet\s+meer\s+hier)\b")
_R41NA_READS_AR = (r"(?<!\S)(لما|لمن|اذا|ازا|حين|عندما|وقت\s+ما|وقت|بس)\s+(\S+\s+){0,2}?(ت|ي|تو|يو)?(قرا|قري|قرو|قراو|شوف|شوفو|لاقي|لاقو|وصل|وصلك|وصلكن|فتح)\S*"
                   r"(\s+(هال|هاي\s+ال|هيدي\s+ال|ال)?(رساله|مكتوب|كلام|ورقه|مسج)\S*)?")
_R41NA_DEAD_ALREADY_AR = (r"\s+(\S+\s+)?(بكون|رح\s+كون|ح\s+كون|اكون|بكون\s+انا|انا\s+بكون|كون)\s+(\S+\s+)?(ميت|ميته|مت|متت|رحت|مش\s+موجود|مش\s+موجوده|"
                          r"مو\s+موجود|مو\s+موجوده|بالقبر|تحت\s+التراب|فارقت\s+الحياه|بالسما|عند\s+ربي)(?!\S)")
_R41NA_READS_AZ = (r"\b(lamma|lama|lamman|iza|eza|wa2t|wa2ta|bas)\s+(\w+\s+){0,2}?(t|y|te|ye)?(2ra|2re|2aro|2ro|shouf|shuf|la2i|wsal|wasal)\w*"
                   r"(\s+(hal\s*|el\s*|l)?(risale|rsale|maktoub|maktub|msg|message|kalam)\w*)?")
_R41NA_DEAD_ALREADY_AZ = (r"\s+(\w+\s+)?(bkun|bkoun|bkon|ra7\s+kun|ra7\s+koun|akun|akoun)\s+(\w+\s+)?(mayet|mayte|mayyet|mayyte|mett|met|ro7t|mesh\s+mawjoud|mesh\s+mawjude|"
                          r"bel\s*2abr|bl\s*2abr|ta7t\s+el\s*trab|3end\s+rabbi)\b")
# "I will not be alive next week / tomorrow" (the writer's own life, with a time; not "no longer living in Utrecht")
_R41NA_WHEN_NL = (r"(volgende\s+(week|maand|dag|keer)|morgen|overmorgen|vanavond|vannacht|straks|zometeen|dit\s+weekend|na\s+vandaag|na\s+morgen|"
                  r"na\s+dit\s+weekend|over\s+\S+\s+(dagen|weken|uur|uren)|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
# afraid for my life (present: at home, from him), not a ride, a dream, a film
_R41NA_NOT_A_RIDE_NL = r"^(?!.*\b(achtbaan|rollercoaster|kermis|attractie|film|serie|game|droom|gedroomd|boek|vroeger|toen|haha\w*|lol)\b)"
# a friend, a brother wrote "bye forever" and turned off the phone, does not answer any more
_R41NA_FAREWELL_FOREVER_NL = (r"\b(stuurde|stuurt|appte|appt|schreef|schrijft|zei|zegt|typte|gestuurd|geappt|geschreven|gezegd)\s+(\S+\s+){0,3}?"
                              r"(vaarwel|doei|dag|bye|tot\s+ziens|afscheid|sorry)\s+(\S+\s+)?(voor\s+altijd|voorgoed|voor\s+eeuwig|voor\s+de\s+laatste\s+keer)\b")
_R41NA_PHONE_OFF_NL = (r"\b((telefoon|mobiel|gsm)\s+(\S+\s+){0,2}?(uit|uitgezet|uitgeschakeld|staat\s+uit|is\s+uit)|zet\s+(zijn|haar|de)\s+(telefoon|mobiel)\s+uit|"
                       r"neemt\s+(\S+\s+)?niet\s+(meer\s+)?op|reageert\s+(\S+\s+)?niet\s+meer|niet\s+meer\s+bereikbaar|nergens\s+te\s+vinden)\b")
_R41NA_FAREWELL_FOREVER_AR = (r"(?<!\S)(كتبلي|كتبتلي|بعتلي|بعتتلي|بعتلنا|كتبلنا|قلي|قلتلي|قالتلي|قال|قالت|كتب|كتبت|بعت|بعتت)\s+(\S+\s+){0,2}?"
                              r"(باي|وداعا|الوداع|مع\s+السلامه|سامحني|سامحوني|خاطركن|خاطرك)\s+(\S+\s+)?(للابد|لاخر\s+مره|لآخر\s+مره|ع\s+طول|عطول)(?!\S)")
_R41NA_PHONE_OFF_AR = (r"(?<!\S)(و\s*)?((طفي|طفا|طفت|سكر|سكرت|مطفي|مسكر|مسكره|مطفيه)\s+(ال)?(تلفون|تليفون|موبايل|جوال|تلفونو|تلفونها|موبايلو|موبايلها)\S*|"
                       r"(تلفونو|تلفونها|موبايلو|موبايلها)\s+(مطفي|مسكر|مطفى)|(ما|مش|مو)\s+(عم\s+)?(ي|ت)?(رد|رد\S*)|ما\s+حدا\s+عم\s+يلاقي\S*)(?!\S)")
_R41NA_FAREWELL_FOREVER_AZ = (r"\b(katabli|katablna|katbetli|katabetli|ba3atli|ba3tetli|ba3atelna|2alli|2alatli|2aletli|2al|2alet|katab|katabet|ba3at)\s+(\w+\s+){0,2}?"
                              r"(bye|bay|baye|wada3an|wada3|el\s*wada3|ma3\s*el\s*salame|ma3\s*salame|sam7ni|sam7ini|sam7ouni)\s+(\w+\s+)?(lal\s*abad|lel\s*abad|la\s*abad|"
                              r"forever|la\s*akher\s+marra|la\s*a5er\s+marra)\b")
_R41NA_PHONE_OFF_AZ = (r"\b(w\s*)?((tafa|6afa|tfa|tafet|6afet|taffa|sakkar|sakar|sakkaret|sakaret|mtaffe|msakker)\s+(el\s*|l)?(tel|tele|telephone|telefon|tlfon|tlefon|"
                       r"mobile|mobail|phone|jawal|telefono|tlefono)\w*|(ma|mesh|mish)\s+(3am\s+)?(y|t)?(rod|rud|redd|radd)\w*)\b")
# fear for my own life, Arabizi (the Arabic script is read by the older rules)
_R41NA_AFRAID_LIFE_AZ = (r"\b(ana\s+)?(5ayef|5ayfe|5ayfa|khayef|khayfe|khayfa|5aef|5a2fe|5ayif|kha2if|5a2ef)\s+(3a|3ala|3la|3al|3ale)\s*"
                         r"(7ayati|7yati|7ayeti|hayati|rou7i|ro7i|7ayet\s+wladi|7ayatna)\b")
# medicines taken "by mistake / too much" and now dizzy, strange (Arabizi; the Arabic script and Dutch are read already)
_R41NA_TOOK_TOO_MUCH_AZ = (r"\b(akhadt|a5adt|akhadet|a5adet|5adt|khadt|bla3t|bala3t|sharabt|shrebt)\s+(\w+\s+){0,2}?(dawa|dwa|adwiye|adwye|7boub|7bub|7ubub|pills|"
                           r"panadol|paracetamol|dawe|dawayi)\s+(\w+\s+){0,2}?(ktir|kteer|zyade|ziyade|zyadi|kter\s+mn\s+el\s+lazem|aktar\s+mn\s+el\s+lazem|kellon|kella|"
                           r"kello|bel\s+ghalat|bl\s+ghalat|bel\s+8alat|bl\s+8alat|bel\s+ghalta|ghalat)\b")
# someone "looked at me as if he wanted to kill me": a look (a stranger, a shop, a teacher); not a partner, a knife, a threat
_R41NA_LOOK_NL = (r"\b(keek|kijkt|kijken|keken|gekeken|aankeek|aankijkt|aankeken|staarde|staart|staarden|gestaard|blik|blikken|ogen)\b(\s+\S+){0,3}?\s+"
                  r"(alsof|of)\s+(hij|ze|zij|die|hun|het)\s+(me|mij|ons)\s+(wilde|wou|wilden|wil|ging|gingen|zou|zouden|kon|kan)\s+(\S+\s+)?"
                  r"(vermoorden|doden|dood\s+maken|doodmaken|opvreten|opeten|wurgen|afmaken|vermorzelen)\b")
_R41NA_NOT_A_THREAT_NL = (r"^(?!.*\b(mes|messen|pistool|wapen\w*|sloeg|slaat|geslagen|bedreig\w*|dreigt|dreigde|volgde|volgt|achtervolg\w*|politie|112|pakte|"
                          r"greep|thuis|mijn\s+(man|vader|ex|vriend|broer|schoonvader|zoon|partner)|m'n\s+(man|vader|ex|vriend|broer))\b)")
_R41NA_LOOK_AR = (r"(?<!\S)(عم\s+)?(بي|بت|ي|ت)?(طلع|تطلع|اطلع|بحلق|حدق|نطر|نظر)\S*\s+(فيي|فيني|علي|عليي|فينا|لالي)\s+(\S+\s+)?(كانو|كأنو|كانه|كأنه|كانها|كأنها|متل\s+كانو|وكانو)\s+"
                  r"(بدو|بدها|بدن|رح|ناوي|ناويه)\s+(ي|ت)?(قتلني|موتني|اكلني|ياكلني|تاكلني|دبحني|قتلنا|ياكلنا)(?!\S)")
_R41NA_LOOK_AZ = (r"\b(3am\s+)?(bi|bt|y|t)?(6alla3|talla3|ta6alla3|tatalla3|b7ale2|7ade2)\w*\s+(fiyi|fiye|fini|3alay|3layi|fina)\s+(\w+\s+)?(ka2ano|ka2enno|kano|ka2inno|ka2ena|kaina|ka2anha)\s+"
                  r"(bado|badda|baddo|bedo|beda|ra7|nawi|nawye)\s+(y|t)?(2telni|2otelni|mawetni|yaklni|yakelni|takelni|dba7ni|dab7ni)\b")
_R41NA_NOT_A_THREAT_AR = r"^(?!.*(سكين|مسدس|سلاح|ضربني|ضربتني|هددني|هددتني|لحقني|لحقتني|جوزي|زوجي|بيي|ابوي|اخوي|شرطه|بوليس|sekkin|darabni|hadadni|jozi|bayye|shorta))"
# someone else "acts as if he is dying" with a cold, a headache (a brother, a husband); not when he stops reacting
_R41NA_ACTS_DYING_NL = (r"\b(hij|ze|zij|die|mijn\s+\S+|m'n\s+\S+|mn\s+\S+)\s+(doet|deed|doen|deden)\s+(altijd\s+|steeds\s+|weer\s+|echt\s+|gewoon\s+|telkens\s+|meteen\s+|dan\s+|nu\s+)*"
                        r"(alsof|of)\s+(hij|ze|zij)\s+(\S+\s+)?(doodgaat|dood\s+gaat|doodging|sterft|stierf|stervende\s+is|op\s+sterven\s+ligt|dood\s+is|het\s+einde\s+van\s+de\s+wereld\s+is)\b")
_R41NA_STILL_REACTS_NL = (r"^(?!.*\b(reageert|ademt|adem|bewusteloos|112|ambulance|flauw\w*|blauw|borst|valt|viel|gevallen|stuip\w*|beweegt|pillen|bloed\w*|"
                          r"zelfmord|wil\s+dood|echt\s+dood)\b)")
_R41NA_ACTS_DYING_AR = (r"(?<!\S)(بي|بت|ي|ت)?(عمل|عملت|يعمل|تعمل)\s+(حالو|حالها|حاله|حالهم|حالن)\s+(كانو|كأنو|كانه|كانها|متل\s+كانو)?\s*(عم\s+)?"
                        r"(ي|ت|بي|بت)?(موت|موتو|بيموت|بتموت|رح\s+يموت|رح\s+تموت|ميت|ميته)(?!\S)")
_R41NA_ACTS_DYING_AZ = (r"\b(bi|bt|by|y|t)?(a3mel|a3mol|3mel|3mol|3mil|ya3mel|ta3mel)\s+(7alo|7ala|7alon|7alha)\s+(ka2ano|kano|ka2enno|ka2inno)?\s*(3am\s+)?"
                        r"(y|t|bi|bt|by)?(mout|mut|moot|mayet|mayte)\b")
_R41NA_STILL_REACTS_AR = (r"^(?!.*(ما\s+عم\s+(ي|ت)?(رد|تنفس|يتنفس|تتنفس)|مغمى|اغمى|غايب\s+عن\s+الوعي|اسعاف|سعاف|112|وقع|وقعت|دم|حبوب|انتحر|بدو\s+يموت|بدها\s+تموت|"
                          r"ma\s+3am\s+yrod|es3af|is3af|we2e3|2enta7ar))")
# "at the game I die all the time" (in a game, a match; not the writer's life)
_R41NA_GAME_AZ = (r"(bl|bel|b|fi|bi|b?el|bhal|b\s*hal)\s*(game|games|gaming|le3be|la3be|lo3be|le3b|pubg|fortnite|minecraft|fifa|playstation|ps5|ps4|"
                  r"call\s+of\s+duty|warzone|free\s+fire|valorant|roblox|level|round|match)")
_R41NA_GAME_DIE_AZ = (r"(ba2a|ba2et|sar|saret|sert|kent|kan|3am|3m|dallni|bdall)?\s*(b|e|n|t|bi)?(mout|mut|mot|moot|met|mett|mitt|2ettel|2tel)(t|na)?"
                      r"|2atalouni|2atalni|2atlouni|y2telouni|bi2telouni|ye2telouni")
_R41NA_NOT_MY_LIFE_AZ = r"(?!.*\b(bade|badi|baddi|bdi|7ali|nafsi|bel\s*7a2i2a|bl\s*7a2i2a|real|7a2i2a|ente7er|enta7er|2entihar)\b)"
_R41NA_GAME_AR = r"(?<!\S)(بال|ب|في\s+ال|بهال|بهاي\s+ال)(لعبه|جيم|ببجي|فورتنايت|ماينكرافت|فيفا|بلايستيشن|مرحله|ليفل|ماتش)(?!\S)"
_R41NA_GAME_DIE_AR = r"(?<!\S)(صرت\s+|بقى\s+|كنت\s+|عم\s+|بضل\s+)?(بموت|موت|مت|متت|اموت|ينقتل|بنقتل|انقتلت|انقتل|قتلوني|قتلني|بيقتلوني|يقتلوني)(?!\S)"
_R41NA_NOT_MY_LIFE_AR = r"(?!.*(بدي|حالي|نفسي|بالحقيقه|بالواقع|بجد\s+بدي|انتحر|انتحار))"
# a grandfather, an aunt who died long ago, "God have mercy on him": remembrance, not a wish to follow
_R41NA_KIN_AZ = (r"(jeddi|jiddi|jedde|jadde|jaddi|sitti|setti|teta|tete|tata|3ammi|3ammo|5ali|khali|3ammti|3amti|5alti|khalti|abi|bayye|bayi|emmi|ommi|mama|"
                 r"baba|jozi|akhi|5ayye|khayye|ekhti|o5ti|ukhti|5ayyi|ebni|binti|sa7bi|sa7bti|jarna|jaretna|el\s*mar7oum|el\s*mar7ume)")
_R41NA_DIED_LONG_AGO_AZ = (r"(mat|matet|met|metet|twaffa|twaffet|twafa|twafet|tewaffa|metwaffa|metwaffe|metwaffi|este?shhad)\s+(\w+\s+)?(mn|men|min|mi|sarlo|sarla|"
                           r"saro|2abl|abl|la2ela)\s+(zaman|zamen|zmn|zamaan|snin|sneen|sinin|ktir|kter|\d+\s*(sene|snin|sneen|sinin|years|shaher|shhur|eshhor)|"
                           r"(sene|snin|sneen|shaher|shhur)\s+(w|wa)?\s*(\w+))\b")
_R41NA_MERCY_AZ = r"\b(alla|allah)\s+(yer7amo|yer7ama|yir7amo|yir7ama|yr7amo|yr7ama|yer7amon|yer7amhon|ir7amo)\b"
_R41NA_KIN_AR = (r"(جدي|جدو|جدتي|ستي|تيتا|عمي|عمو|خالي|خالو|عمتي|خالتي|ابي|ابوي|بيي|امي|ماما|بابا|جوزي|زوجي|اخي|اخوي|خيي|اختي|ابني|بنتي|صاحبي|صاحبتي|"
                 r"جارنا|جارتنا|المرحوم|المرحومه)")
_R41NA_DIED_LONG_AGO_AR = (r"(مات|ماتت|توفي|توفت|اتوفي|اتوفت|متوفي|متوفيه|استشهد|استشهدت)\s+(\S+\s+)?(من|صرلو|صرلها|قبل|من\s+قبل)\s+(زمان|سنين|زمن|"
                           r"كتير|\d+\s*(سنه|سنين|سنوات|شهر|شهور|اشهر)|(سنه|سنتين|شهرين)|(عشر|خمس|تلات|تلت|اربع|ست|سبع|تمن|تسع|عشرين)\S*\s+(سنين|سنوات|سنه))(?!\S)")
_R41NA_MERCY_AR = r"(?<!\S)(الله\s+)?(يرحمو|يرحمه|يرحمها|يرحمن|يرحمهم)(?!\S)"
_R41NA_NOT_FOLLOW_AR = (r"(?!.*((?<!\S)(بدي|نفسي|بتمنى|اتمنى|ناوي|ناويه)\s+(\S+\s+)?(الحق|لحق|روح\s+لعند|كون\s+معو|كون\s+حدو|موت)|الحقو|الحقها|لحقو|"
                        r"\b(bade|badi|baddi|bdi|nefsi|bitmanna)\s+(\w+\s+)?(el7a2|l7a2|2el7a2|rou7\s+la3endo|ro7\s+la3endo|mout|mut)\w*))")
# "my head will explode" from the lessons, the noise, the papers (Arabic script, Arabizi); not a gun, a blow, a bleeding
_R41NA_HEAD_BURSTS_AR = (r"(?<!\S)(راسي|رأسي|دماغي|مخي|عقلي|نافوخي)\s+(رح|ح|عم|بدو|قرب|كان\s+رح|صار\s+بدو)\s+(ي|ب|بي)?(نفجر|ينفجر|فجر|يفجر|طير|يطير|ينفلق|يفرقع|فرقع|يتفجر)(?!\S)")
_R41NA_HEAD_BURSTS_AZ = (r"\b(rasi|rasy|rase|ras|demaghi|dmaghi|mo5i|mokhi|3a2li|nafou5i|nafokhi)\s+(ra7|r7|7a|3am|bado|badu|2arrab|ken\s+ra7)\s+(y|b|bi)?"
                         r"([ei]?nf[aei]?j[aei]?r|[ei]?tf[ae]?j[ae]?r|teer|tir|ti6|tee6|enfele2|fare2)\w*\b")
_R41NA_NO_WEAPON_AR = (r"^(?!.*(مسدس|فرد|رصاص|رصاصه|طلقه|سلاح|ضربه|نزيف|دم|بدي\s+فجر|ra9a9|rsas|msadas|fared|6al2a|talqa|dam\b|bade\s+fajjer))")
# "I could slap myself (on the head)": annoyed at a forgetting, not hitting oneself until it hurts, bleeds
_R41NA_SLAP_HEAD_NL = (r"(sla|sloeg|slaan|slaat|slag|slan)\s+(ik\s+)?(mezelf|mijzelf|me|mij)\s+(\S+\s+)?(voor|vor|tegen)\s+(mijn|m'n|mn|de|het|m'n\s+eigen)\s+"
                       r"(kop|hoofd|harses|hersens|kanis|voorhoofd)\b")
_R41NA_SLAP_HEAD2_NL = (r"(mezelf|mijzelf)\s+(\S+\s+)?(voor|vor|tegen)\s+(mijn|m'n|mn|de|het)\s+(kop|hoofd|harses|kanis|voorhoofd)\s+(\S+\s+)?"
                        r"(slaan|slan|geslagen|meppen|gemept)\b")
_R41NA_NOT_UNTIL_NL = (r"^(?!.*\b(bloed\w*|pijn\s+doen|pijn\s+doet|blauw\w*|bult\w*|elke\s+dag|iedere\s+dag|vaak|steeds|tot|verdien\w*|straf\w*|muur|"
                       r"hard|kapot|zelfmord|dood|snijd\w*|snij)\b)")
# a cake, bread, the meat cut with a (big) knife: cooking
_R41NA_FOOD_NL = (r"(taart|taartje|brood|stokbrood|cake|vlees|groente\w*|ui|uien|tomaat|tomaten|kaas|worst|appel\w*|pizza|meloen|watermeloen|kip|"
                  r"komkommer|paprika\w*|aardappel\w*|wortel\w*|ananas|mango|biefstuk|gehakt|vis|zalm|sinaasappel\w*|citroen\w*|pompoen)")
_R41NA_CUT_NL = (r"(aangesneden|gesneden|snijden|snij|snijd|snijdt|sneed|doorgesneden|aansnijden|aan\s+te\s+snijden|te\s+snijden|in\s+stukken\s+gesneden|"
                 r"geschild|schillen|hakken|gehakt)")
_R41NA_KNIFE_NL = r"met\s+(een|het|de|mijn|m'n|ons|onze)\s+(\S+\s+)?(mes|broodmes|keukenmes|vleesmes|koksmes|schilmes|hakmes|taartschep|schaar)\b"
_R41NA_NO_BODY_NL = (r"(?!.*\b(pols|polsen|arm|armen|mezelf|mijzelf|ader\w*|keel|hals|hem|haar\s+(arm|keel|hals)|zelfmord|dod|dood|bloed\w*|vinger\w*|"
                     r"snee|wond\w*|bedreig\w*|steek|steken|stak)\b)")
# "طق شرش الحيا": shame's vein has burst (a saying about having no shame left / being fed up), not a vein cut
_R41NA_SHAME_VEIN_AR = r"(?<!\S)(طق|طقلو|طقلها|طقلي|طقلن|انقطع|فقع|فقعلو)\s+شرش\s+(ال)?(حيا|حياء|حيى)\S*"
_R41NA_SHAME_VEIN_AZ = r"\b(ta2|6a2|tta2|ta22)(lo|la|li|lon)?\s+(sheresh|shersh|sharsh|sheresh)\s+(el\s*|l)?(7aya|7aye|haya|7ya)\b"

_ROUND41_IDIOMS_NL_AR: tuple[str, ...] = (
    # "I could slap myself on the head" (forgetting something)
    _R41NA_NOT_UNTIL_NL + r".*?\b" + _R41NA_SLAP_HEAD_NL,
    _R41NA_NOT_UNTIL_NL + r".*?\b" + _R41NA_SLAP_HEAD2_NL,
    # a cake, bread cut with a big knife (the food before or after the knife)
    r"\b" + _R41NA_FOOD_NL + r"\b" + _R41NA_NO_BODY_NL + r"(\s+\S+){0,3}?\s+" + _R41NA_CUT_NL + r"\s+" + _R41NA_KNIFE_NL,
    r"\b" + _R41NA_FOOD_NL + r"\b" + _R41NA_NO_BODY_NL + r"(\s+\S+){0,3}?\s+" + _R41NA_KNIFE_NL + r"(\s+\S+){0,2}?\s+" + _R41NA_CUT_NL + r"\b",
    r"\b" + _R41NA_KNIFE_NL + _R41NA_NO_BODY_NL + r"(\s+\S+){0,3}?\s+" + _R41NA_FOOD_NL + r"\s+(\S+\s+)?" + _R41NA_CUT_NL + r"\b",
    # someone looked at me "as if he wanted to kill me" (a look; not a partner, a knife, a threat)
    _R41NA_NOT_A_THREAT_NL + r".*?" + _R41NA_LOOK_NL,
    _R41NA_NOT_A_THREAT_AR + r".*?" + _R41NA_LOOK_AR,
    _R41NA_NOT_A_THREAT_AR + r".*?" + _R41NA_LOOK_AZ,
    # someone else "acts as if he is dying" with a cold
    _R41NA_STILL_REACTS_NL + r".*?" + _R41NA_ACTS_DYING_NL,
    _R41NA_STILL_REACTS_AR + r".*?" + _R41NA_ACTS_DYING_AR,
    _R41NA_STILL_REACTS_AR + r".*?" + _R41NA_ACTS_DYING_AZ,
    # in a game "I die all the time" (the game before or after)
    r"\b" + _R41NA_GAME_AZ + r"\b" + _R41NA_NOT_MY_LIFE_AZ + r"(\s+\w+){0,3}?\s+(" + _R41NA_GAME_DIE_AZ + r")\b(\s+(kel|kil)\s+(shway|shwai|shwy|marra|mara|daw2a|de2i2a))?",
    r"\b(" + _R41NA_GAME_DIE_AZ + r")\b" + _R41NA_NOT_MY_LIFE_AZ + r"(\s+\w+){0,3}?\s+" + _R41NA_GAME_AZ + r"\b",
    _R41NA_GAME_AR + _R41NA_NOT_MY_LIFE_AR + r"(\s+\S+){0,3}?\s+" + _R41NA_GAME_DIE_AR + r"(\s+(كل\s+شوي|كل\s+شوي\S*|كل\s+مره|كل\s+دقيقه))?",
    _R41NA_GAME_DIE_AR + _R41NA_NOT_MY_LIFE_AR + r"(\s+\S+){0,3}?\s+" + _R41NA_GAME_AR,
    # a grandfather who died long ago, God have mercy on him (remembrance; not "I want to follow him")
    # (the mercy before or after "died")
    r"\b" + _R41NA_KIN_AZ + r"\b" + _R41NA_NOT_FOLLOW_AR + r"(\s+" + _R41NA_MERCY_AZ + r")?\s+(\w+\s+)?" + _R41NA_DIED_LONG_AGO_AZ + r"(\s+(w\s*)?" + _R41NA_MERCY_AZ + r")?",
    r"(?<!\S)(و)?" + _R41NA_KIN_AR + r"(?!\S)" + _R41NA_NOT_FOLLOW_AR + r"(\s+" + _R41NA_MERCY_AR + r")?\s+(\S+\s+)?" + _R41NA_DIED_LONG_AGO_AR + r"(\s+(و\s*)?" + _R41NA_MERCY_AR + r")?",
    # "my head will explode" from the lessons
    _R41NA_NO_WEAPON_AR + r".*?" + _R41NA_HEAD_BURSTS_AR + r"(\s+(من|م)\s+\S+)?",
    _R41NA_NO_WEAPON_AR + r".*?\b" + _R41NA_HEAD_BURSTS_AZ + r"(\s+(mn|men|min|m)\s+\w+(\s+\w+)?)?",
    # "طق شرش الحيا"
    _R41NA_SHAME_VEIN_AR,
    _R41NA_SHAME_VEIN_AZ,
    # afraid of drowning, so learning to swim (a lesson); bored "to death" in a waiting room (a hyperbole)
    r"^(?=.*\b(zwemles\w*|zwemmen|zwembad|zwemdiploma|diploma\s+[abc])\b)(?!.*\bwil\s+(\S+\s+)?(verdrinken|dood)\b).*?\bbang\s+(om\s+te\s+verdrinken|dat\s+ik\s+(\S+\s+)?verdrink)\b",
    r"(?<!\S)(زهقت|زهقان|زهقانه|مليت|ملانه|ملان|طفشت|طفشان|طهقت)\s+(\S+\s+)?(لدرجه|لحد|حد|ل)\s*(ال)?موت(?!\S)",
    # "I have to go (to work, the school), bye" closing a chat (NLU b31; "doei" typed "dooi"): the whole message, nothing after
    r"^(ok\s+|oke\s+|okay\s+|sorry\s+|nou\s+)?(ik|we)\s+(moet|moeten)\s+(nu\s+|even\s+|zo\s+|snel\s+)?(weg|gaan|stoppen|ophangen|afsluiten)"
    r"(\s+(naar\s+)?(mijn\s+)?(werk|school|les|huis|de\s+les|de\s+winkel|de\s+dokter|de\s+kinderen))?\s+(doei|dooi|dag|daag|bye|tot\s+later|tot\s+straks|tot\s+morgen|later|ciao)"
    r"(\s+(allemaal|hoor|jongens|x+|xx))?\s*$",
)
_ROUND41_CRISIS_NL_AR: tuple[str, ...] = (
    # "when you read this I am already dead" (a farewell note)
    _R41NA_READS_NL + _R41NA_DEAD_ALREADY_NL,
    _R41NA_READS_AR + _R41NA_DEAD_ALREADY_AR,
    r"\b" + _R41NA_READS_AZ + _R41NA_DEAD_ALREADY_AZ,
    # "I won't be alive next week" (the writer's life with a time, both orders; not "no longer living in Utrecht")
    r"\bik\s+(leef|besta)\s+(\S+\s+)?" + _R41NA_WHEN_NL + r"\s+(al\s+|zeker\s+|echt\s+)?(niet\s+meer|er\s+niet\s+meer)\b(?!\s+(in|bij|op|zonder|met|samen|thuis|hier|daar|zo)\b)",
    r"\b" + _R41NA_WHEN_NL + r"\s+(\S+\s+)?(leef|besta)\s+ik\s+(al\s+|zeker\s+|echt\s+)?(niet\s+meer|er\s+niet\s+meer)\b(?!\s+(in|bij|op|zonder|met|samen|thuis|hier|daar|zo)\b)",
    # afraid for my life (now; not a ride, a dream, a film)
    _R41NA_NOT_A_RIDE_NL + r".*\b(ik|wij|we)\s+(ben|zijn|voel\s+me|voel\s+mij|voelen\s+ons)\s+(\S+\s+)?(bang|doodsbang|angstig|banger)\s+(voor|om)\s+(mijn|m'n|mn|ons)\s+(eigen\s+)?leven\b",
    _R41NA_NOT_A_RIDE_NL + r".*\b(ik|wij|we)\s+(vrees|vrezen|vreesde)\s+(\S+\s+)?(voor|om)\s+(mijn|m'n|mn|ons)\s+(eigen\s+)?leven\b",
    _R41NA_AFRAID_LIFE_AZ,
    # a friend wrote "bye forever" and turned off the phone / does not answer
    _both(_R41NA_FAREWELL_FOREVER_NL, _R41NA_PHONE_OFF_NL),
    _both(_R41NA_FAREWELL_FOREVER_AR, _R41NA_PHONE_OFF_AR),
    _both(_R41NA_FAREWELL_FOREVER_AZ, _R41NA_PHONE_OFF_AZ),
    # medicines taken by mistake / too many (Arabizi)
    _R41NA_TOOK_TOO_MUCH_AZ,
)
_ROUND41_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # "bye forever" from a friend alone: the gentle question
    _R41NA_FAREWELL_FOREVER_NL,
    _R41NA_FAREWELL_FOREVER_AR,
    _R41NA_FAREWELL_FOREVER_AZ,
)
# (round 41, Dutch and Arabic: end)
# (round 41, Tigrinya: start)
# Kinds from batch 41 (Tigrinya in Ge'ez and Latin script) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN: needs review by a native speaker.
# (names start with _R41TI_: the Dutch and Arabic block above uses _R41NA_; round 41 also extended earlier lists:
# round 38's things that "kill me" (the cold ቀዝሒ / kezhi, heat, hunger and thirst) and its noise words (ጻማ, bxama),
# round 17's heat that "choked us" (the crowd in a bus, Latin too), round 33's "my head will burst" (ኣፍኒጁዎ),
# round 27's "dead without coffee" (ንሞት ኢና, we die), meaning's "never been born" (as if I had never existed),
# round 19's farewell letter (መፋነዊ, Latin mefanewi) and round 31's "this is the last one" (my last greeting, Latin))
from inburgering.text.sensitive.rules.round32 import _R32_CHILD_TI as _R41TI_CHILD_TI  # noqa: E402
from inburgering.text.sensitive.rules.round38 import (  # noqa: E402
    _R38TI_KILL_ME_LA as _R41TI_KILL_ME_LA, _R38TI_KILL_ME_TI as _R41TI_KILL_ME_TI,
    _R38TI_SERIOUS_LA as _R41TI_SERIOUS_LA, _R38TI_SERIOUS_TI as _R41TI_SERIOUS_TI,
)

# children "will kill me", then the reason after it: their noise, crying, questions, mischief (round 38 has the reason
# first); a child named in the message, nothing serious (no husband, knife, fear, police)
_R41TI_NOISE_TI = (r"(ብ|ብብዙሕ\s+|ብዙሕ\s+|ብዘይ\s+ቅሳነት\s+)?(ጫውጫው|ጫው\s+ጫው|ዓውታ|ዓው\s+ዓው|ብኽያት|ሕቶ|ሕቶታት|ጸወታ|ዘረባ|ሰሓቕ|ጭቕጭቕ|"
                   r"ድምጺ|ድምጾም|ጻማ|ጸማ|ሓሰዋ|ጎየያ|ምጉያይ|ቶኽታኽ)\S*(?!\S)")
_R41TI_CHILD_LA = r"(dekey|dekna|deqey|qolue|qolu|qolua|qoluu|hitsan|hxan|htsan|htsanat|wedey|gualey|kids|kinderen)"
_R41TI_NOISE_LA = (r"(b|bbzuh\s+|bzuh\s+|b\s+)?(chawchaw|chewchew|chaw\s+chaw|awta|aewta|bkhyat|bkyat|bkhiyat|hatotat|hato|zereba|sehaq|"
                   r"chqchq|dmxi|dmtsi|dmts|xama|tsama|hasewa|goyeya)\w*\b")
# (no fit, no breath, no answer, no blood, nothing serious after the "fell ill")
_R41TI_NO_SIGN_TI = (r"(?!.*(ይንቀጥቀጥ|ትንቀጥቀጥ|ይንቀጥቀጡ|ኣይበራበር|ኣይትበራበር|ኣይምልስ|ኣይትምልስ|ኣይተንፍስ|ኣይትተንፍስ|ኣይዛረብ|ኣይትዛረብ|ሰሪጹ|ሰሪጻ|"
                     r"ደም|ዓንዲሉ|ዓንዲላ|ልሙስ|ሰማያዊ|ኣምቡላንስ|112|" + _R41TI_SERIOUS_TI + r"))")
_R41TI_NO_SIGN_LA = (r"(?!.*\b(ynqeteqet|tnqeteqet|aybrabern|aytbrabern|aymls|aytmls|aytenfs|aytetenfs|ayzareb|ayzerbn|dem|ambulance|112|"
                     + _R41TI_SERIOUS_LA + r")\b)")
_ROUND41_IDIOMS_TI: tuple[str, ...] = (
    # "they will kill me, my children, with (so much) noise" (the reason after the verb)
    r"^(?!.*" + _R41TI_SERIOUS_TI + r")(?=.*" + _R41TI_CHILD_TI + r").*?(" + _R41TI_KILL_ME_TI + r")\s+(\S+\s+){0,3}?" + _R41TI_NOISE_TI,
    r"^(?!.*\b" + _R41TI_SERIOUS_LA + r"\b)(?=.*\b" + _R41TI_CHILD_LA + r"\b).*?\b(" + _R41TI_KILL_ME_LA + r")\b\s+(\w+\s+){0,3}?"
    + _R41TI_NOISE_LA,
    # "(all of them) fell ill with the flu / a cold", ብጉንፋዕ ወዲቖም: fallen sick, not a fall (the phrase only: a fit or
    # no answer said next to it stays for the rules)
    r"(?<!\S)ብ(ጉንፋዕ|ሰዓል|ሕማም|ኮሮና|ኮቪድ|ግሪፕ|griep|corona|covid)\s+(ወዲቖም|ወዲቑ|ወዲቓ|ወዲቐ|ወዲቕና|ወዲቐን|ተሰጢሖም|ተሰጢሑ|ተሰጢሓ|ተሰጢሐ)(?!\S)"
    + _R41TI_NO_SIGN_TI,
    r"\bb(gunfae|gunfa|gunfa3|seal|sehal|hmam|himam|corona|covid|griep)\s+(wediqom|wedikom|wediqu|wediku|wediqa|wedika|wediqe|wedike|wediqna)\b"
    + _R41TI_NO_SIGN_LA,
)
_ROUND41_CRISIS_TI: tuple[str, ...] = (
)
_ROUND41_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 41, Tigrinya: end)
_ROUND41_IDIOMS = _ROUND41_IDIOMS_NL_AR + _ROUND41_IDIOMS_TI
_ROUND41_CRISIS = _ROUND41_CRISIS_NL_AR + _ROUND41_CRISIS_TI
_ROUND41_UNCERTAIN = _ROUND41_UNCERTAIN_NL_AR + _ROUND41_UNCERTAIN_TI

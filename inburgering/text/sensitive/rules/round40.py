"""Round 40: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 40, development data since) and NLU b30; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 40, Dutch and Arabic: start)
# Kinds from batch 40 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
# (names start with _R40NA_: the Tigrinya block below uses _R40TI_)
from inburgering.text.sensitive.rules.round17 import _CONDITION, _NOT_SERIOUS, _THREAT_TO_ME  # noqa: E402
from inburgering.text.sensitive.rules.round28 import _R28_KILLS_AR, _R28_KILLS_AZ  # noqa: E402

# round 17's trivial condition of "my mother kills me if ...", more school and household trifles (a fail mark, a
# class repeated, the last bus missed); the serious conditions of round 17 still keep it a rule
_R40NA_TRIVIAL_CONDITION = (r"\b(onvoldoende\w*|slecht\w*\s+cijfer\w*|ondervoldoende|zesje|vijfje|gezakt|blijf\s+zitten|"
                            r"bleef\s+zitten|herkansing\w*|laatste\s+bus|bus\s+mis|trein\s+mis|sleutel\w*|vaas|bord\w*|lamp|tv|televisie|"
                            r"playstation|laptop|bril|kleding|haar\s+kleren|zijn\s+kleren)\b"
                            r"|(سقطت|اسقط|رسبت|ارسب|راسب|راسبه|علامه\S*|الباص|باص|مفتاح\S*|المفاتيح|الشنطه|الصحن|الكاسه|الفازه|"
                            r"البلايستيشن|اللابتوب|النضاره)"
                            r"|\b(sa2att|se2et|saqatt|rasabt|rsbt|3alame|3lame|el\s*bas|mefta7|shanta|sa7en|kase|playstation)\b")
# a thing that "will kill me": round 28's list, with more of the office and its waiting (integration, the papers,
# the queue, the appointments, the bills, the residence permit)
_R40NA_THING_AR = (r"(هال|ها\s*ال|هاد\s+ال|هيدا\s+ال|هيدي\s+ال|هادا\s+ال|هاي\s+ال|ال)?\s*(اندماج|بيروقراطيه|بلديه|معامله|معاملات|ورق|اوراق|ورقه|طابور|دور|انتظار|مواعيد|"
                   r"موعد|زحمه|فواتير|فاتوره|ضرايب|ضرائب|ضريبه|اقامه|جنسيه|تصريح|معادله|انبورخرنغ|انبورغرينغ|كنم|شهادات|بريد|"
                   r"رسايل|مراسلات|ايميلات|تلفونات|مكالمات|سوسيال|دوام|مترو|باص|قطار|ترين|سفر|نقل|عزال|تنظيف|مشوار)\S*"
                   r"(\s+(تبع|تبعت|تبعيت|حق|تاع|بتاع)\s+(ال\s*)?\S+)?")
_R40NA_THING_AZ = (r"\b(hal|ha|hay|hayda|hayde|had|hadi|el|l)?\s*(indimaj|endimaj|indmaj|endmaj|2indimaj|bureaucratie|bero2ratiye|baladiye|gemeente|ma3amle|war2a|wara2|war2|awra2|6abor|"
                   r"6abur|tabor|tabur|dor|dour|intizar|enti6ar|inti6ar|mawa3id|maw3ed|maw3ad|za7me|zahme|fawater|fatoura|fatura|"
                   r"dara2eb|dareebe|darayeb|e2ame|iqame|iqama|jinsiye|jensiye|tasri7|inburgering|knm|bareed|rasayel|emails|"
                   r"telefonet|mkalmat|dawam|metro|autobus|otobis|tren|train|safar|3zel|tanzif|mashwar)\w*"
                   r"(\s+(taba3|tab3|ta3|bta3)\s+(el\s+|l)?\S+)?")
# a brother, a child, a neighbour who "kills me" or "drives me mad" with how much he talks, asks, shouts: not
# with how much he beats or threatens
_R40NA_SO_MUCH_AR = (r"(?<!\S)(بي|بت|رح\s+ي|رح\s+ت|ح\s+ي|ح\s+ت|عم\s+ي|عم\s+ت|ي|ت)?(قتلني|موتني|جنني|طقني|فقعني|قتلنا|موتنا|جننا)\s+"
                     r"(من|م)\s+(كتر|كثر|كتره|كثره|كترت|كثرت|قد)\s+(ما\s+)?")
_R40NA_CHATTER_AR = (r"(بي|بت|عم\s+ي|عم\s+ت|ي|ت)?(حكي|حكو|سال|سالو|سأل|نق|نقو|زعق|زعقو|صرخ|صرخو|صيح|صيحو|غني|غنو|لعب|لعبو|بكي|بكو|"
                     r"عيط|عيطو|ركض|ركضو|نط|نطو|تلفن|دق|اتصل|بعت|طلب|طلبو|شكي|تشكي|ضحك|ضحكو)\S*(?!\S)")
_R40NA_SO_MUCH_AZ = (r"\b(bi|bt|by|ra7\s+y|ra7\s+t|3am\s+y|3am\s+t|y|t)?(e2telni|2telni|i2telni|2atelni|mawetni|mawwetni|janneni|jananni|"
                     r"ta22ni|fa22a3ni)\s+(men|min|mn|m)\s+(kter|ktir|kotr|kitr|kaser|kothr|2ad)\s+(ma\s+)?")
_R40NA_CHATTER_AZ = (r"(bi|bt|by|3am\s+y|3am\s+t|y|t)?(e?7ki|i?7ki|i?7ke|7aki|s2al|se2el|ne2|zaa2|za3e2|sarekh|s?ri5|gha?ni|le3ab|l3ab|"
                     r"bki|3ayyet|3ayet|rkod|not|talfen|di2|dai2|ba3at|tlob|shki|d?7ak)\w*\b")
_R40NA_NO_HARM_AR = r"(?!.*(ضرب|بيضرب|يضرب|بضرب|هدد|بيهدد|سكين|يأذي|ياذي|مسدس|خايف|خايفه|شرطه|بوليس|d?rab|hadad|sekkin|shorta))"
# a fly, a mosquito, a spider killed ("doodgeslagen", "dood te slaan"), Dutch and Arabic script, Arabizi
_R40NA_INSECT_NL = (r"(mug|muggen|mugje|spin|spinen|spinetje|vlieg|vliegen|vliegje|wesp|wespen|mier|mieren|kakerlak\w*|motje|mot|moten|"
                    r"vlo|vlooien|luis|luizen|teek|teken|slak|slakken|bij|horzel|wants|wantsen|insect\w*|beestje\w*|muis|muizen|rat|ratten)")
_R40NA_SWAT_NL = (r"(dod\s*(te\s+)?(slan|slaan|geslagen|sla|slaat|sloeg|meppen|mepen|gemept|trappen|trapen|getrapt|maken|gemaakt|spuiten|gespoten|"
                  r"knijpen|geknepen)|dodgeslagen|dodgemept|dodgetrapt|dodgemaakt|dodgespoten|platgeslagen|plat\s+(te\s+)?slan|"
                  r"dodslan|dodmepen|dodtrapen|dodmaken|afgemaakt|vermord|gedod|gevangen\s+en\s+gedod)")
# (not with a swollen throat, no air, an allergy: an emergency of its own)
_R40NA_NO_ALLERGY_NL = (r"(?!.*\b(lucht|adem\w*|keel|tong|zwel\w*|opgezwolen|dik|allergi\w*|flauw\w*|bewusteloos|112|ambulance|ziekenhuis|"
                        r"huisarts|dokter|epipen|benauwd|stikt|stikken)\b)")
_R40NA_INSECT_AR = (r"(بعوضه|بعوض|ناموسه|ناموس|عنكبوت|عناكب|دبانه|ذبابه|دبان|ذباب|صرصور|صراصير|نمله|نمل|حشره|حشرات|بقه|دبور|"
                    r"زلقطه|برغشه|برغش|فاره|فار|جرذ|قمله|قمل|براغيث|برغوث)")
_R40NA_SWAT_AR = r"(قتلت|قتلنا|موتت|موتنا|ضربت|ضربنا|دعست|دعسنا|طقيت|فطست|فطسنا|رحت\s+قتلت|حاولت\s+(ا)?قتل|عم\s+حاول\s+(ا)?قتل|بدي\s+اقتل|رح\s+اقتل)"
_R40NA_INSECT_AZ = r"(ba3oda|ba3ouda|namouse|namuse|namus|3ankabut|3ankabout|dbane|dabbane|dubbane|sarsour|sarsur|namle|naml|7ashara|dabbour|far)"
_R40NA_SWAT_AZ = r"(2atalt|2atalna|qatalt|mawatt|mawwatt|darabt|da3ast|fatast|ta22ayt|bade\s+2otl|ra7\s+2otl)"
# how to do a job (fish, wood, glass, a tin) without cutting or hurting myself: a question of care; not "I can't go a
# day without cutting myself"
_R40NA_HOW_NL = r"\b(hoe|welke\s+manier|op\s+welke\s+manier|tips?|tip|voorzichtig|veilig|handschoen\w*|hoe\s+kan\s+ik|hoe\s+moet\s+ik)\b"
_R40NA_WITHOUT_HURT_NL = (r"\bzonder\s+(dat\s+ik\s+(me|mij|mezelf|mijzelf)\s+(\S+\s+)?(snijd|snij|bezer|verwond|brand|prik)\b|(me|mij|mezelf|mijzelf)\s+"
                          r"(\S+\s+)?te\s+(snijden|bezeren|verwonden|branden|prikken|kwetsen|snijen))\b")
_R40NA_NO_HABIT_NL = r"^(?!.*\b(pols|polsen|ader\w*|slagader\w*|arm|armen|huid|dij|dijen|benen|keel|hals|zelfmord|dod|leven|pijn\s+doen|geen\s+dag|kan\s+niet|kan\s+ik\s+niet|lukt\s+(me\s+|mij\s+)?niet|niet\s+meer|nooit|elke\s+dag|wil|drang)\b)"
_R40NA_HOW_AR = r"(?<!\S)(كيف|شلون|كيفيه|طريقه|بشو|شو\s+بعمل|شو\s+لازم\s+اعمل|نصيحه|نصايح|منشان|كرمال|لحتى)(?!\S)"
_R40NA_WITHOUT_HURT_AR = (r"(?<!\S)(بدون|من\s+دون|بلا|دون)\s+(ما\s+|ان\s+)?(ا|ان|انا\s+)?(جرح|انجرح|اجرح|اذي|اتاذي|انصاب|قص|انقص|حرق|انحرق)\S*"
                          r"(\s+(حالي|نفسي|ايدي|اصابعي|روحي))?(?!\S)")
_R40NA_NO_HABIT_AR = r"^(?!.*(معصم|معصمي|شريان|شرايين|عروق|عرق|وريد|رقبتي|زندي|موت|انتحر|انتحار|ما\s+بقدر|ما\s+عم\s+اقدر|ولا\s+يوم|كل\s+يوم|بدي\s+(ا)?جرح|ما\s+عاد|ابدا))"
# "I'll finish it (my homework, the report)": "afmaken" of a task, said of the task before or after (not of a person)
_R40NA_TASK_NL = (r"(huiswerk|opdracht\w*|werk|werkstuk|verslag|tekst|brief|formulier|boek|puzel|taart|cursus|examen|toets|les|module|"
                  r"schilderij|tekening|trui|project|presentatie|klus|lijst|studie|opleiding|knm|map|pvt|administratie|afwas|was|"
                  r"strijk\w*|serie|seizoen|film|game|level|spel|eten|bord|fles|zak\s+chips|reep|portfolio|taak|taken|aanvrag)")
_R40NA_FINISH_NL = r"(ga|gaat|gan|moet|moeten|wil|wilen|zal|kan|probeer)\s+(hem|het|die|dat|m|t)\s+(\S+\s+)?(vandag\s+|nu\s+|even\s+|snel\s+|echt\s+)?afmaken"
# (with the task said first: "het", "dat" or nothing, never a person, after the verb: "dat verslag ga ik morgen afmaken")
_R40NA_FINISH_IT_NL = (r"(ga|gaat|gan|moet|moeten|wil|wilen|zal|kan|probeer)\s+((ik|je|jij|we|wij)\s+)?((het|die|dat|t)\s+)?"
                       r"((?!(hem|haar|jou|je|ze|zij|hun|hen|jullie|mijn|zijn|die|dat)\b)\S+\s+)?(vandag\s+|nu\s+|even\s+|snel\s+|echt\s+)?afmaken")
# a car, a scooter, a phone "is dead, it won't start / charge any more"
_R40NA_DEVICE_NL = (r"(auto|wagen|motor|scoter|bromer|brommer|fiets|e\s*bike|telefon|mobiel|gsm|laptop|computer|tablet|acu|baterij|"
                    r"printer|router|wasmachine|koelkast|tv|televisie|horloge|camera|oplader|kachel|ketel|cv\s*ketel|boiler)")
_R40NA_WONT_NL = (r"(hij|ze|het|die)\s+(start|doet\s+het|werkt|laadt|gat\s+(\S+\s+)?an|springt\s+(\S+\s+)?an|slat\s+(\S+\s+)?an|reageert|"
                  r"rijdt|draait)\s+(\S+\s+)?(niet|nergens)(\s+(mer|meer|op))?")
# a film, a series, a book with a killing or a suicide in it (the story, a feeling about a hero): not one's own wish
_R40NA_STORY_AR = (r"(فيلم|فلم|افلام|مسلسل|المسلسل|الفيلم|الفلم|حلقه|الحلقه|روايه|الروايه|قصه|القصه|كتاب|الكتاب|انمي|كرتون|الكرتون|اخبار|الاخبار|"
                   r"بالفيلم|بالفلم|بالمسلسل|بالحلقه|بالروايه|بالقصه|بالكتاب|بالانمي|بالكرتون|بالاخبار)")  # (round 41: "in the film")
_R40NA_IN_IT_AR = (r"(كان\s+)?(و)?(فيه|فيها|فيو|في|بي|بيه)\s+(واحد|وحده|شب|بنت|رجال|زلمه|مره|حدا|ناس|البطل|البطله|ام|اب|ولد|قاتل|مجرم)?\s*"
                   r"(\S+\s+)?(قتل|قتلت|قتلو|دبح|ذبح|انتحر|انتحرت|انتحار|موت|مات|ماتت|جريمه|جرايم|قتل\s+حالو|قتلت\s+حالها|"
                   r"(عم\s+)?(بي|بت|ي|ت)(نتحر|قتل|موت|دبح|ذبح))(?!\S)"
                   r"(\s+(كل\s+)?(ال)?(عيله|عيلتو|عيلتها|عيلته|ناس|العالم|اهلو|اهلها|ولادو|ولادها|مرتو|جوزها|الكل))?")
_R40NA_NOT_ME_AR = (r"(?!.*(بدي|اريد|حالي|نفسي|روحي|متلو|متله|متلها|مثله|مثلها|متل\s+البطل|بفكر|فكرت|انا\s+كمان|انا\s+كمان|"
                    r"حاسس|حاسه|حسيت\s+حالي|بتمنى|اتمنى))")
_R40NA_STORY_AZ = r"(film|flm|aflam|mosalsal|mslsl|7al2a|riwaye|2esa|ktab|anime|cartoon|akhbar|a5bar)"
_R40NA_IN_IT_AZ = (r"(ken\s+|kan\s+)?(w\s*)?(fi|fih|fiya|fiyo)\s+(wa7ad|wa7de|shab|bent|rejel|zalame|mara|7ada|nes|el\s*batal|batal)?\s*(\w+\s+)?"
                   r"(2atal|2atalet|qatal|dba7|enta7ar|ente7ar|enti7ar|inti7ar|mout|mat|matet|jarime|"
                   r"(3am\s+)?(bi|bye|by|bt|bte|y|ye|t|te)(nta7er|nte7er|nti7er|enta7er|ente7er|2tol|2otol|mout|mut|dba7))\b")
_R40NA_NOT_ME_AZ = r"(?!.*\b(bade|badi|baddi|bdi|7ali|nafsi|metlo|metla|metl|fakart|bfakker)\b)"
_R40NA_STORY_NL = r"(film|serie|aflevering|boek|roman|verhaal|documentaire|tonelstuk|game|anime|strip|nieuws|journal)"
_R40NA_NOT_ME_NL = r"(?!.*\b(ik\s+wil|wil\s+ik|ik\s+denk|dacht\s+ik|net\s+als\s+ik|ik\s+ok|mezelf|mijzelf|herken)\b)"

# someone throwing knives, plates, bottles at me, at us, at the children (Dutch, Arabic script, Arabizi)
_R40NA_THROWN_NL = (r"(mes|mesen|mesje|mesjes|keukenmes|schar|vork\w*|borden|bord|glazen|glas|flesen|fles|stoel\w*|stenen|steen|pan|panen|"
                    r"strijkijzer|asbak|vaas|kopjes|mok|moken|hamer|wapen\w*|alles|dingen|spulen)")
_R40NA_THROW_NL = r"(goit|gooit|goide|gooide|gegooid|gegoid|smijt|smeet|smeten|gesmeten|werpt|wierp|slingert|slingerde|gooien|smijten)"
_R40NA_AT_ME_NL = r"(nar|naar)\s+(mij|me|ons|mijn\s+(kind\w*|zon|dochter|hoofd|gezicht)|m'n\s+\w+|de\s+kinderen|het\s+kind|mijn\s+baby)"
_R40NA_NOT_A_GAME_NL = r"^(?!.*\b(circus|jongleur\w*|darts?|dartpijl\w*|bal|balen|balon\w*|sneeuwbal\w*|sneeuw|kusen\w*|kusens|spel|spelen|game|film|serie|droom)\b)"
_R40NA_THROW_AR = r"(?<!\S)(عم\s+)?(بي|بت|ي|ت)?(رمي|رمى|رمت|رموا|رمو|زت|زتت|زتو|كب|كبت|حدف|حدفت|حدفو|قوص|يقذف|قذف|قذفت|رشق|رشقت)\S*(?!\S)"
_R40NA_THROWN_AR = (r"(?<!\S)(ال|بال|ب)?(سكاكين|سكين|سكينه|موس|مقص|شوك|صحون|صحن|كبايات|كاسات|كاسه|قناني|قنينه|كراسي|كرسي|حجار|حجر|طناجر|"
                    r"طنجره|مكوى|مكوايه|غراض|كل\s+شي|اي\s+شي)(?!\S)")
_R40NA_AT_ME_AR = r"(?<!\S)(عليي|علي|عليا|علينا|عالولاد|ع\s+الولاد|على\s+الولاد|علي\s+وعلى\s+الولاد|فيني|فينا|بوجهي|عراسي|على\s+راسي)(?!\S)"
_R40NA_NOT_A_GAME_AR = r"^(?!.*(لعبه|بنلعب|عم\s+نلعب|طابه|كوره|فيلم|مسلسل|حلم|سيرك|تلج))"
_R40NA_THROW_AZ = r"\b(3am\s+)?(bi|bt|y|t)?(rmi|ermi|irmi|rami|rama|ramet|zatt|zat|zatet|kabb|kab|7adaf|7adfet|2awas)\w*"
_R40NA_THROWN_AZ = r"(bel\s*|b|el\s*|l)?(skakin|sakakin|sekkin|sikkin|skine|mous|ma2as|s7un|s7oun|kasat|kbeyet|2aneni|karase|7ejar|tanajer|ghrad)\b"
_R40NA_AT_ME_AZ = r"\b(3layi|3alayi|3layye|3alayye|3lay|3alay|3lena|3alayna|3al\s*wlad|fiyi|fini|fina|bwejhi)\b"
# a letter for a loved one and the bank card, the keys, the savings laid out, and "I'm going now": goodbye and a plan
_R40NA_LETTER_NL = (r"\b(brief|briefje|kaart|kaartje|notitie|berichtje)\s+(vor|aan)\s+(mijn|m'n|mn|de|onze)\s+(\S+\s+)?(zon|dochter|kinderen|kind|"
                    r"vrouw|man|moeder|vader|ouders|familie|zus|broer|jongens|meisjes|meiden|vriendin|vriend|mama|papa|kleinkinderen)\b")
_R40NA_VALUABLES_NL = (r"\b(bankpas|pinpas|bankkaart|pincode|pin|sleutels|sleutel|huissleutels|wachtwoord\w*|spaargeld|geld|paspoort|testament|"
                       r"trouwring|ring|sieraden|telefon|papieren|polis\w*|verzekering\w*)\b")
_R40NA_GOING_NL = r"\bik\s+(ga|vertrek)\s*(nu|dan|maar)?\s*(weg|voorgoed|vaarwel|dag|doei|sorry|emoji\w+|\s)*$"
_R40NA_LETTER_AR = (r"(?<!\S)(رساله|رسالتي|مكتوب|جواب|ورقه|وصيه|وصيتي)\s+(ل|لل|الى\s+|الي\s+)?(ابني|بنتي|ولادي|امي|ابوي|جوزي|زوجي|مرتي|"
                    r"زوجتي|اهلي|اخواتي|اختي|اخوي|عيلتي|الولاد|بناتي|ماما|بابا)(?!\S)")
_R40NA_VALUABLES_AR = (r"(?<!\S)(ال|و|وال)?(بطاقه|كرت|كارت|بنكاس|مفاتيح|مفتاح|مصاري|المصاري|باسبور|جواز|خاتم|ذهب|دهب|تلفوني|موبايلي|"
                       r"كلمه\s+السر|الباسوورد|باسوورد|ورق\s+البيت|اوراقي)(?!\S)")
_R40NA_GOING_AR = (r"(?<!\S)((و\s*)?(انا\s+)?(رايح|رايحه|ماشي|ماشيه|طالع|طالعه|فالل|فالله|مسافر\s+لبعيد)|(رح|ح|راح)\s+(روح|امشي|فل)|"
                   r"(الوداع|مع\s+السلامه|سامحوني))(\s+(هلق|هلا|الان|هلأ|خلص))?\s*$")
_R40NA_LETTER_AZ = r"\b(risale|rsale|maktub|maktoub|wara2a|wasiye)\s+(la|l|lal)\s*(ebni|ibni|binti|bente|wladi|emmi|immi|abi|bayye|jozi|marti|ahli)\b"
_R40NA_VALUABLES_AZ = r"\b(el\s*)?(carte|kart|card|bankpas|mafatee7|mfati7|mafati7|mefta7|masari|passport|basbor|jawaz|5atem|khatem|dahab)\b"
_R40NA_GOING_AZ = r"\b(ana\s+)?(rayi7|ray7a|rayha|mashi|mashye|tale3|tal3a|fel|fele|ra7\s+rou7|ra7\s+emshi|el\s*wada3|sam7ouni)(\s+(halla2|hala|hla2|5alas|khalas))?\s*$"
# what is the point of this life, and I want to be done with it (Arabic script, Arabizi); the first part alone asks
_R40NA_POINTLESS_AR = (r"(?<!\S)(شو|ما|ايش|وش|شي|لشو|ليش)\s+(ال)?(لزوم|لزمه|فايده|فائده|معنى|نفع|قيمه|طعم|داعي)\s+(هال|ها\s+ال|هاي\s+ال|هيدي\s+ال|ال)?"
                       r"(عيشه|حياه|دنيا|عمر|حياتي|عيشتي|عمري|وجودي)(?!\S)")
_R40NA_WANT_OUT_AR = (r"(?<!\S)((بدي|اريد|ودي|بتمنى|اتمنى|نفسي|حابب|حابه|قررت)\s+(ا|اني\s+|ان\s+)?(خلص|اخلص|ارتاح|موت|فل|روح|اختفي|انهي|ننهي)\S*"
                      r"(\s+(منها|منه|من\s+هالعيشه|من\s+حياتي|من\s+هالحياه|من\s+الدنيا|من\s+هالدنيا|من\s+كل\s+شي|وبس))?|ما\s+(بدي|عاد\s+بدي)\s+(عيش|كفي|اكمل))(?!\S)")
_R40NA_POINTLESS_AZ = (r"\b(sho|shu|shou|ma|eish|lesh)\s+(el\s*|l)?(lzoum|lzum|lozum|fayde|fe2de|ma3na|na3f|2ime|da3i)\s+(hal\s*|el\s*|l)?(3ishe|3eeshe|7aye|7ayet|7ayati|donya|3omr|3omri)\b"
                       # round 42: life first, "my life has no meaning" ("7ayati ma ela ma3na", batch 42)
                       r"|\b(7ayati|7yati|hayati|3ishti|3omri|el\s*7aya|l7aya)\s+(ma\s+(e|i)?l(h)?a|ma\s+laha|malha|mala|bala|bla|ma\s+fiha)\s+"
                       r"(ma3na|ma3ne|fayde|fe2de|2ime)\b")
_R40NA_WANT_OUT_AZ = (r"\b(bade|badi|baddi|bdi|bidi|nefsi|2arrart)\s+(e|a)?(khalles|5alles|khalis|5alis|khalas|5alas|erta7|rta7|mout|mut|fell|fel|2ekhtfi)\w*"
                      r"(\s+(menha|minha|mena|mn\s+hal\s*3ishe|mn\s+7ayati|men\s+7ayati|mn\s+kel\s+shi))?\b")
# the Arabizi word for suicide spelled out letter by letter, the "7" a digit the view does not join ("e n t e 7 e r")
_R40NA_SPACED_SUICIDE_AZ = r"(?<!\S)([ei2]\s)?n\s?t\s?([aei]\s?)?7\s([aei]\s?)?r(\s?[aeiou]\s?t?)?(?!\S)|(?<!\S)([ei2]\s?)?n\s?t\s?([aei]\s?)?7\s?([aei]\s)r(?!\S)"

_ROUND40_IDIOMS_NL_AR: tuple[str, ...] = (
    # "my mother will kill me if I get a fail mark again" (round 17's kind, more trifles; nothing serious near)
    f"(?:{_THREAT_TO_ME})(?=(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_R40NA_TRIVIAL_CONDITION})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_R40NA_TRIVIAL_CONDITION})\\S*",
    f"(?:{_CONDITION})(?=(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_R40NA_TRIVIAL_CONDITION})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_ME})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_R40NA_TRIVIAL_CONDITION})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_ME})\\S*",
    # the papers, the queue, integration "will kill me" (round 28's kind, more things)
    r"(?<!\S)" + _R40NA_THING_AR + r"\s+(\S+\s+)?" + _R28_KILLS_AR + r"(?!\S)(\s+(كتير|كثير|كلو|كلها|فيه|فيها)\s+\S+)?",
    r"\b" + _R40NA_THING_AZ + r"\s+(\S+\s+)?" + _R28_KILLS_AZ + r"\b(\s+(ktir|kteer|kello|kella|fi|fiya|fih)\s+\S+)?",
    # (and the other order: "it kills me, this bureaucracy")
    r"(?<!\S)(والله\s+)?" + _R28_KILLS_AR + r"\s+(\S+\s+)?" + _R40NA_THING_AR + r"(?!\S)",
    r"\b" + _R28_KILLS_AZ + r"\s+(\S+\s+)?" + _R40NA_THING_AZ + r"\b",
    # someone "kills me" with how much he talks, asks, shouts (not beats or threatens)
    _R40NA_SO_MUCH_AR + _R40NA_NO_HARM_AR + _R40NA_CHATTER_AR,
    _R40NA_SO_MUCH_AZ + _R40NA_NO_HARM_AR + _R40NA_CHATTER_AZ,
    # a mosquito, a spider, a fly killed
    r"\b" + _R40NA_INSECT_NL + r"\s+(\S+\s+){0,5}?" + _R40NA_SWAT_NL + r"\b",
    r"\b" + _R40NA_SWAT_NL + r"\s+(\S+\s+){0,2}?(die\s+|de\s+|het\s+|een\s+|dat\s+)?(\S+\s+)?" + _R40NA_INSECT_NL + r"\b",
    # (round 42: "de muggen ..., ik sla ze allemaal dood": the insects named first, then "them")
    r"\b" + _R40NA_INSECT_NL + r"\b" + _R40NA_NO_ALLERGY_NL + r"(?!.*\b(mezelf|mijzelf|zelfmord|mijn\s+leven|mijn\s+man|mijn\s+vrouw|mijn\s+kind\w*)\b)(\s+\S+){0,6}?\s+(ik\s+)?(sla|slaat|sloeg|mep|mept|mepte|trap|trapte|mak|maak|maakte)\s+(ik\s+)?(ze|die|hem|het)\s+(\S+\s+)?(allemal\s+|stuk\s+voor\s+stuk\s+|een\s+voor\s+een\s+)?dod\b",
    # (and a mosquito, a wasp that "stung" me: "gestoken" is also "stabbed")
    r"\b(die\s+|de\s+|een\s+|het\s+)?(\S+\s+)?" + _R40NA_INSECT_NL + _R40NA_NO_ALLERGY_NL + r"\s+(heft|had|hebben|hadden)?\s*(mij|me|ons|mijn\s+\w+|m'n\s+\w+|hem|haar)?\s*"
    r"(\S+\s+){0,3}?(gestoken|gebeten|geprikt|steekt|stak|bijt|beet|prikt|prikte)\b",
    r"(?<!\S)" + _R40NA_SWAT_AR + r"\s+(\S+\s+){0,2}?(ال|هال|هيدي\s+ال|هيدا\s+ال|هاي\s+ال|هاد\s+ال)?" + _R40NA_INSECT_AR + r"(?!\S)",
    r"\b" + _R40NA_SWAT_AZ + r"\s+(\w+\s+){0,2}?(el\s*|hal\s*|l)?" + _R40NA_INSECT_AZ + r"\b",
    # how to clean a fish, cut glass without cutting myself (a question of care)
    _R40NA_NO_HABIT_NL + r".*?" + _R40NA_HOW_NL + r"(\s+\S+){0,12}?\s+" + _R40NA_WITHOUT_HURT_NL,
    _R40NA_NO_HABIT_AR + r".*?" + _R40NA_HOW_AR + r"(\s+\S+){0,12}?\s+" + _R40NA_WITHOUT_HURT_AR,
    # "I'll finish it" of homework, a report: the task after it or before it
    r"\b" + _R40NA_FINISH_NL + r"\b(\s+(ik\s+bedoel|namelijk|dus|eerst|nog|vandag|morgen|vanavond|straks|hoor))?\s+(mijn|m'n|mn|het|de|die|dat|dit|dat\s+hele|die\s+hele)\s+(\S+\s+)?" + _R40NA_TASK_NL
    + r"\b(\s+bedoel\s+ik)?",
    r"\b(mijn|m'n|mn|het|de|die|dat|dit|die\s+hele|dat\s+hele)\s+(\S+\s+)?" + _R40NA_TASK_NL + r"\b(\s+\S+){0,3}?\s+" + _R40NA_FINISH_IT_NL + r"\b",
    # "even van de wereld zijn": a day offline, on the couch (not for good, nothing about death from it on)
    r"\b(even|eventjes|een\s+dagje|een\s+dag|een\s+weekje|een\s+week|een\s+weekend|een\s+paar\s+dagen|een\s+avondje|vandag|dit\s+weekend|lekker)\s+"
    r"van\s+de\s+wereld(?!.*\b(voorgod|altijd|nooit\s+mer|dod|leven|zelfmord|sterven|weg\s+van\s+alles|niet\s+mer\s+wakker)\b)\s+(zijn|wezen|geweest|ben|was|zijn\s+en)\b",
    # a car, a phone "is dead, it won't start / charge any more"
    r"\b" + _R40NA_DEVICE_NL + r"\b(\s+\S+){0,4}?\s+(is|was)\s+(echt\s+|helemal\s+|gewon\s+|nu\s+)?dod\s+(\S+\s+){0,2}?" + _R40NA_WONT_NL + r"\b",
    # a film, a series with a killing or a suicide in it
    r"(?<!\S)" + _R40NA_STORY_AR + _R40NA_NOT_ME_AR + r"(\s+\S+){0,5}?\s+" + _R40NA_IN_IT_AR,
    r"\b" + _R40NA_STORY_AZ + r"\b" + _R40NA_NOT_ME_AZ + r"(\s+\w+){0,5}?\s+" + _R40NA_IN_IT_AZ,
    r"\b(in\s+)?(de|die|het|dat|een)\s+" + _R40NA_STORY_NL + r"\b" + _R40NA_NOT_ME_NL + r"(\s+\S+){0,5}?\s+(pleegt|pleegde|plegen|zat|zit|was|is|komt|kwam)\s+"
    r"(\S+\s+){0,3}?(zelfmord|zelfdoding|en\s+moord|moorden|vermord|dod\s*geschoten|dodgeschoten)\b",
)
_ROUND40_CRISIS_NL_AR: tuple[str, ...] = (
    # someone throwing knives, plates, bottles at me, at us, at the children
    _R40NA_NOT_A_GAME_NL + r".*?\b" + _R40NA_THROW_NL + r"\s+(\S+\s+){0,3}?(met\s+)?(en\s+|het\s+|de\s+|zijn\s+|haar\s+)?(\S+\s+)?" + _R40NA_THROWN_NL
    + r"\s+(\S+\s+)?" + _R40NA_AT_ME_NL + r"\b",
    _R40NA_NOT_A_GAME_NL + r".*?\b" + _R40NA_THROW_NL + r"\s+(\S+\s+){0,2}?" + _R40NA_AT_ME_NL + r"\s+(\S+\s+)?(met\s+)?(en\s+|het\s+|de\s+)?" + _R40NA_THROWN_NL + r"\b",
    _R40NA_NOT_A_GAME_AR + r".*?" + _R40NA_THROW_AR + r"\s+(\S+\s+){0,2}?" + _R40NA_THROWN_AR + r"\s+(\S+\s+)?" + _R40NA_AT_ME_AR,
    _R40NA_NOT_A_GAME_AR + r".*?" + _R40NA_THROW_AR + r"\s+(\S+\s+)?" + _R40NA_AT_ME_AR + r"\s+(\S+\s+)?" + _R40NA_THROWN_AR,
    _R40NA_THROW_AZ + r"\s+(\w+\s+){0,2}?" + _R40NA_THROWN_AZ + r"\s+(\w+\s+)?" + _R40NA_AT_ME_AZ,
    _R40NA_THROW_AZ + r"\s+(\w+\s+)?" + _R40NA_AT_ME_AZ + r"\s+(\w+\s+)?" + _R40NA_THROWN_AZ,
    # a letter for a loved one, the bank card, the keys laid out, and "I'm going now"
    _both(_R40NA_LETTER_NL, _R40NA_VALUABLES_NL, _R40NA_GOING_NL),
    _both(_R40NA_LETTER_AR, _R40NA_VALUABLES_AR, _R40NA_GOING_AR),
    _both(_R40NA_LETTER_AZ, _R40NA_VALUABLES_AZ, _R40NA_GOING_AZ),
    # what is the point of this life, and I want to be done with it
    _both(_R40NA_POINTLESS_AR, _R40NA_WANT_OUT_AR),
    _both(_R40NA_POINTLESS_AZ, _R40NA_WANT_OUT_AZ),
    # "e n t e 7 e r"
    _R40NA_SPACED_SUICIDE_AZ,
)
_ROUND40_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # what is the point of this life (alone: the gentle question)
    _R40NA_POINTLESS_AR,
    _R40NA_POINTLESS_AZ,
)
# (round 40, Dutch and Arabic: end)
# (round 40, Tigrinya: start)
# Kinds from batch 40 (Tigrinya in Ge'ez and Latin script), NLU b30 and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN: needs review by a native speaker.
# (names start with _R40TI_: the Dutch and Arabic block above uses _R40NA_; round 40 also extended earlier lists:
# round 31's "I will not see tomorrow" (reach it) and its weather "is killing me" (will kill me), round 39's device
# that "died" (my phone) and its mother who "will kill me" ("what shall I tell her"))
from inburgering.text.sensitive.rules.round38 import (  # noqa: E402
    _R38TI_SERIOUS_LA as _R40TI_SERIOUS_LA, _R38TI_SERIOUS_TI as _R40TI_SERIOUS_TI,
)

# "I cannot bear it (any more)" (what I saw, the pain, the memories), then "I want to / decided to end it" right after,
# with at most a "now", "so", "enough" between (no other object: not the course, the contract, the marriage)
_R40TI_UNBEARABLE_TI = (r"(?<!\S)((ክጻወሮ|ክጻወራ|ክጻወር|ክጾሮ|ክጾራ|ክጸውሮ)\s+(ኣይክእልን|ኣይከኣልኩን|ኣይኽእልን|ኣይክእሎን|ዓቕሚ\s+የብለይን)|"
                        r"ኣይጻወሮን|ኣይክጻወሮን|ኣይጻወራን|ኣይክጻወራን|ትዕግስተይ\s+ተወዲኡ|ትዕግስቲ\s+የብለይን)(\s+(እየ|ደጊም))?")
_R40TI_FILLER_TI = r"(ሕጂ|ደጊም|ስለዚ|በቃ|ኣነ|ብሓቂ|ሎሚ|ሎሚ\s+ለይቲ|ክንድዚ|ኩሉ)"
_R40TI_END_IT_TI = (r"(ክውድኦ|ክውድኣ|ከብቅዖ|ከብቅዓ|ክዛዝሞ|ክዛዝማ|ከቋርጾ|ከቋርጻ|ከኽትሞ|ክውድእ|ከብቅዕ)\s+"
                    r"(ደልየ|እደሊ|ወሲነ|ሓሲበ|እየ|ኢየ|ደልየ\s+ኣለኹ|ወሲነ\s+ኣለኹ)(?!\S)")
_R40TI_NOT_A_DEAL_TI = (r"^(?!.*(ዝምድና|ሓዳር|ውዕል|ኮንትራት|ስራሕ|ትምህርቲ|ኮርስ|ክላስ|ዕዳ|ፍትሕ|ምፍልላይ|ክንፈላለ|ክፈላለ|ምዝገባ|ኣባልነት|ስታጅ|"
                        r"ኣቦነት|ክራይ|ገዛ\s+ክራይ|ኢንሹራንስ|ሱብስክሪፕሽን|ኣቦ\s+ሓዳር))")
_R40TI_UNBEARABLE_LA = (r"\b((ktsawero|kxawero|ktsawera|kxawera|ktsawer|kxawer|kitsawero|ktsoro|kxoro)\s+(aykieln|aykielen|aykielin|aykeln|"
                        r"aykealkun|aykhieln|aykielon)|aytsaweron|aykxaweron|aykitsaweron|aytsaweran|aykxaweran)(\s+(eye|iye|degim))?")
_R40TI_FILLER_LA = r"(hji|hiji|degim|slezi|beqa|ane|bhaqi|lomi|lomi\s+leyti|kulu)"
_R40TI_END_IT_LA = (r"(kwdo|kiwdo|kwudo|kiwudo|kewdo|kwda|kiwda|kebqo|kebko|kebqio|kizazmo|kzazmo|kequarxo|keqwarxo|keqwartso|kwdie|kebqie)\s+"
                    r"(delye|deliye|deleye|ideli|edeli|wesine|hasibe|eye|iye)\b")
_R40TI_NOT_A_DEAL_LA = (r"^(?!.*\b(zmdna|hadar|wuel|contract|kontrakt|srah|sirah|werk|tmhrti|cursus|kors|klas|eda|dea|scheiding|fths|"
                        r"kfelale|knfelale|inschrijving|lidmaatschap|stage|huur|kray|abonnement|verzekering)\b)")
# my own funeral, my burial: told or arranged how it should be, and "my time has come", "tonight", a farewell
# (not a funeral insurance, costs or a question: "uitvaartverzekering")
_R40TI_MY_FUNERAL_TI = r"(?<!\S)(ን|ብዛዕባ\s+|ናይ\s+)?(ቀብረይ|ቀብርይ|ቀብሪ\s+ናተይ|ሬሳይ|ስርዓተ\s+ቀብረይ|መቓብረይ)(?!\S)"
_R40TI_TIME_CAME_TI = (r"(?<!\S)((ሕጂ\s+)?(ግዜኡ|ግዜይ|ሰዓቱ|ሰዓተይ|መዓልቱ|መዓልተይ|እዋኑ)\s+(በጺሑ|በጺሓ|ኣኺሉ|ኣኺላ|ቀሪቡ|ቀሪባ|ኮይኑ)|"
                       r"ሎሚ\s+ለይቲ|ድሕሪ\s+ሎሚ|ስንብት|ደሓን\s+ኩኑ|ንሓዋሩ|ኣይክትርእዩንን|ክኸይድ\s+እየ|ክመውት|ክሞት)(?!\S)")
_R40TI_NOT_INSURED_TI = r"^(?!.*(ኢንሹራንስ|ውሕስና|ኢንሹራንሰይ|ክፍሊት|ዋጋ|ክንደይ|ከመይ\s+ይሰርሕ|uitvaart\S*|verzeker\S*|ሕቶ))"
_R40TI_MY_FUNERAL_LA = r"\b(n|bzaeba\s+|nay\s+)?(qebrey|kebrey|qebriy|qebri\s+natey|resay|mekabrey|meqabrey)\b"
_R40TI_TIME_CAME_LA = (r"\b((hji\s+|hiji\s+)?(gizeu|gizew|gizey|seatu|seatey|mealtu|mealtey)\s+(betsihu|betsiha|bexihu|bexiha|betihu|akilu|akila|"
                       r"qeribu|qeriba)|lomi\s+leyti|drhri\s+lomi|snbt|sinbit|dehan\s+kunu|nhawaru|kkeyd\s+eye|kmewt|kmot|kmut)\b")
_R40TI_NOT_INSURED_LA = r"^(?!.*\b(insurance|verzekering\w*|uitvaart\w*|wuhsna|kflit|waga|kndey|kemey\s+ysrh)\b)"
# "forgive me if I make mistakes (in writing)": a first message's apology for the spelling, not a farewell
_R40TI_MY_ERRORS_TI = (r"(እንተተጋገኹ|እንተ\s+ተጋገኹ|እንተተጋጊየ|እንተ\s+ተጋጊየ|እንተ\s+ተጋጊጌ|ጌጋ\s+እንተ\s+(ጸሓፍኩ|ጽሒፈ|ሃለወ|ኣሎ)|ስሕተት\s+እንተ\s+(ሃለወ|ኣሎ|ጸሓፍኩ)|"
                       r"ንጌጋታተይ|ንጌጋይ|ንስሕተተይ|ንስሕተታተይ|ብጌጋ\s+እንተ\s+ጸሓፍኩ|ጽሑፈይ\s+(ሕማቕ|ጽቡቕ\s+ኣይኮነን)|ትግርኛይ|ሆሄያተይ)")
_R40TI_FORGIVE_ME_TI = r"(ይቕረ|ይቅረ)\s+(በሉለይ|በሉኒ|በሉ|በለለይ|በልለይ|በልሉይ)(?!\S)"
_R40TI_MY_ERRORS_LA = (r"(entetegageku|ente\s+tegageku|entetegagiye|ente\s+tegagiye|gega\s+ente\s+(tsehafku|xehafku|hlewe)|"
                       r"sihtet\s+ente\s+(hlewe|alo)|ngegatatey|ngegay|nsihtetey)")
_R40TI_FORGIVE_ME_LA = r"(yqre|yiqre|yqhre|yikre)\s+(beluley|belulei|belului|beluni|belu)\b"
_R40TI_NOT_A_FAREWELL_TI = (r"(?!.{0,160}?(" + _R40TI_SERIOUS_TI + r"|ስንብት|ደሓን\s+ኩኑ|ንሓዋሩ|ክመውት|ክሞት|ህይወተይ|ርእሰይ|ነብሰይ|"
                            r"ኣይክትርእዩንን|ናይ\s+መወዳእታ|ክኸይድ\s+እየ))")
_R40TI_NOT_A_FAREWELL_LA = (r"(?!.{0,160}?\b(" + _R40TI_SERIOUS_LA + r"|snbt|sinbit|dehan\s+kunu|nhawaru|kmewt|kmot|kmut|hywetey|hiwetey|"
                            r"rsey|nbsey|nay\s+mewedaeta|kkeyd\s+eye)\b)")

_ROUND40_IDIOMS_TI: tuple[str, ...] = (
    # "forgive me if I make mistakes" (writing, spelling): the apology and its "forgive me" only, nothing serious from it on
    r"(?<!\S)" + _R40TI_MY_ERRORS_TI + _R40TI_NOT_A_FAREWELL_TI + r"\s+(\S+\s+){0,2}?" + _R40TI_FORGIVE_ME_TI,
    r"(?<!\S)" + _R40TI_FORGIVE_ME_TI + _R40TI_NOT_A_FAREWELL_TI + r"\s+(\S+\s+)?" + _R40TI_MY_ERRORS_TI + r"(?!\S)",
    r"\b" + _R40TI_MY_ERRORS_LA + _R40TI_NOT_A_FAREWELL_LA + r"\s+(\w+\s+){0,2}?" + _R40TI_FORGIVE_ME_LA,
    r"\b" + _R40TI_FORGIVE_ME_LA + _R40TI_NOT_A_FAREWELL_LA + r"\s+(\w+\s+)?" + _R40TI_MY_ERRORS_LA + r"\b",
)
_ROUND40_CRISIS_TI: tuple[str, ...] = (
    # "I cannot bear it any more", then "I want to end it" (no other object, nothing about a contract or a course)
    _R40TI_NOT_A_DEAL_TI + r".*" + _R40TI_UNBEARABLE_TI + r"\s+(" + _R40TI_FILLER_TI + r"\s+){0,2}?" + _R40TI_END_IT_TI,
    _R40TI_NOT_A_DEAL_LA + r".*\b" + _R40TI_UNBEARABLE_LA + r"\s+(" + _R40TI_FILLER_LA + r"\s+){0,2}?" + _R40TI_END_IT_LA,
    # my own funeral told or arranged, and "my time has come", tonight, a farewell (no insurance or costs)
    _R40TI_NOT_INSURED_TI + _both(_R40TI_MY_FUNERAL_TI, _R40TI_TIME_CAME_TI)[1:],
    _R40TI_NOT_INSURED_LA + _both(_R40TI_MY_FUNERAL_LA, _R40TI_TIME_CAME_LA)[1:],
)
_ROUND40_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 40, Tigrinya: end)
_ROUND40_IDIOMS = _ROUND40_IDIOMS_NL_AR + _ROUND40_IDIOMS_TI
_ROUND40_CRISIS = _ROUND40_CRISIS_NL_AR + _ROUND40_CRISIS_TI
_ROUND40_UNCERTAIN = _ROUND40_UNCERTAIN_NL_AR + _ROUND40_UNCERTAIN_TI

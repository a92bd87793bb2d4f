"""Round 33: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 33, development data since) and NLU b23; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 33, Dutch and Arabic: start)
# Kinds from batch 33 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
from inburgering.text.sensitive.rules.round32 import _R32_DANGER_AR, _R32_DANGER_NL  # noqa: E402

# Where these stand, the broad whole-message idioms below cut nothing: danger words, a wish of one's own, a farewell,
# "sorry", someone (a child, a partner) in danger now.
_R33_VETO_NL = (r"(" + _R32_DANGER_NL[1:-1] + r"|ik\s+wil\s+(niet\s+mer|sterven|er\s+niet\s+mer\s+zijn)|mezelf|mijzelf|afscheid|sorry|vaarwel|vergeef|"
                r"ademt|reageert|bewustelos|ambulance|zit\s+op\s+de\s+(brug|rand)|staat\s+op\s+de\s+(brug|rand)|niet\s+(als\s+)?grap|geen\s+grap|menens)")
_R33_VETO_AR = (r"((?<!\S)(و)?(" + _R32_DANGER_AR[1:-1] + r")(?!\S)|بدي\s+(ا)?موت|بدي\s+انتحر|انتحر|ناوي|قررت|سامحوني|سامحيني|سامحني|وداع|الوداع|مو\s+عم\s+يمزح|ما\s+عم\s+يمزح|مش\s+عم\s+يمزح|"
                r"ما\s+كان\s+عم\s+يمزح|ما\s+بيمزح|مش\s+مزح|مو\s+مزح|مش\s+نكته|مو\s+نكته|ما\s+عم\s+بمزح|مو\s+عم\s+بمزح)")
_R33_KILL_AR = r"(رح\s+|ح\s+|راح\s+|خلص\s+رح\s+)?(ي|ت|بي|بت)(قتل|دبح|ذبح|موت|خنق)(ني|نا|ك|كم|كن)"
_ROUND33_IDIOMS_NL_AR: tuple[str, ...] = (
    # dying of laughter said after the laugh ("mijn buik doet pijn van het lachen, ik ga dood", "haha ik ben dood"):
    # a laugh word or emoji before "ik ga / ben dood", nothing dangerous in the message
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1].replace(r"|pijn|", "|") + r")\b)(?=.*\b(lachen|lach|gelach|lachte|grap|grapje|grapjes|grappig|grappigste|hilarisch|haha\w*|hihi\w*|hahah\w*|lol|emojilaugh|slap\s+van|mop|moppen|cabaret\w*)\b)"
    r".*\b(ik\s+)?(ga|ging|gaan|ben|was)\s+(echt\s+|bijna\s+|zowat\s+|gewoon\s+|helemal\s+|nu\s+)?(dod|kapot|stuk|gestorven|sterven)\b(\s+(ik\s+(ga|ben)\s+(dod|kapot)))*",
    # "you kill me with your jokes / that story / your face" (humour, a person being funny or annoying)
    r"\b(je|jij|jullie|hij|zij|ze|u)\s+(vermord\w*|mak\w*\s+(me|mij)\s+(af|kapot|dod)|slopen|sloopt|mak\w*)\s+((me|mij|ons)\s+)?(echt\s+|helemal\s+|gewoon\s+|altijd\s+)?(met|door)\s+(je|jouw|die|dat|deze|zijn|haar|hun|jullie|dit|al\s+die)?\s*(\S+\s+)?"
    r"(grap\w*|mop\w*|humor|verhal\w*|verhal|filmpjes?|memes?|gezicht|gezichten|bekken|opmerking\w*|dansje\w*|acent|stem|liedje\w*|woordgrap\w*|gedoe|vragen|gezeur|imitatie\w*|geklets|praatjes)\b",
    # dreading a chore or an appointment: "ik ga dood als ik weer naar de tandarts moet" (not going back to a person, a
    # country, a home; nothing dangerous in the message)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|terug|hem|haar|mijn\s+man|mijn\s+vrouw|mijn\s+vader|uitgezet|zonder\s+(jou|hem|haar|mijn)|syrie|eritrea|land"
    # (lead) living on like this is no chore: "ik ga dood als ik nog een dag zo moet leven"
    r"|leven|lev|verder|dorgan|dor\s+moet|bestan|nog\s+(en|een)\s+dag|elke\s+dag\s+zo)\b)"
    r".*\bik\s+(ga|sterf)\s+(echt\s+|gewoon\s+|bijna\s+)?(dod\s+)?(als|wanneer|zodra|als\s+ik\s+nog\s+)\s*ik\s+(nog\s+)?(en\s+keer\s+|weer\s+|morgen\s+|straks\s+|volgende\s+week\s+|opnieuw\s+)?(\S+\s+){0,6}?(moet|moeten|mot|zie|hor|doe|mak|eet|hoef)\b.*",
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|terug|hem|haar|mijn\s+man|mijn\s+vrouw|uitgezet|syrie|eritrea|land"
    r"|leven|lev|verder|dorgan|dor\s+moet|bestan|nog\s+(en|een)\s+dag|elke\s+dag\s+zo)\b)"
    r".*\bals\s+ik\s+(nog\s+)?(en\s+keer\s+|weer\s+|morgen\s+|straks\s+|opnieuw\s+)?(\S+\s+){0,6}?(moet|moeten|mot|zie|hor|doe|mak|eet)\s+(\S+\s+)?(ga|sterf)\s+ik\s+(echt\s+|gewoon\s+)?(dod)?\b.*",
    # longing for family or home "ik ga er (bijna) dood van" (homesickness), often before a practical question
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|volgen|achterna|bij\s+(haar|hem|hen)\s+zijn)\b)"
    r"(?=.*\b(mis|missen|heimwe|verlang\w*|zo\s+grag\s+zien|wil\s+(\S+\s+){1,3}?zien|familie|moeder|vader|ouders|kinderen|land|thuis)\b)"
    r".*\bik\s+(ga|ging)\s+er\s+(bijna\s+|haast\s+|echt\s+|nog\s+|zowat\s+)?(dod|kapot|aan\s+onderdor)\s+van\b",
    # not eaten yet because of a meal out, a fast, a diet or a blood test (a reason, not a lack of food)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|geen\s+geld|geen\s+eten|niks\s+te\s+eten|niets\s+te\s+eten|dagen|wil\s+niet\s+mer\s+eten)\b)"
    r".*\b(nog\s+niet\s+gegeten|niet\s+gegeten|niks\s+gegeten|niets\s+gegeten|sla\s+(het\s+|de\s+)?(ontbijt|lunch|avondeten)\s+over)\b\s*(\S+\s+){0,3}?"
    r"(want|omdat|dus|vanwege|voor)\b\s*(\S+\s+){0,8}?(uit\s+eten|etentje|restaurant|feest|bruiloft|ramadan|vasten|vast|dieet|nuchter|bloedafname|bloedonderzoek|operatie|barbecue|iftar|buffet)\b.*",
    # "that is suicide" for something risky or foolish (a test without practice, cycling without lights)
    r"^(?!.*\b(ik\s+wil|denk\s+an|dacht\s+an|mezelf|mijzelf|plegen|gepleegd|plede|overleden|gestorven|afscheid|sorry|vaarwel|pilen|springen|ik\s+ga\s+(zelfmord|dod|me)"
    # (lead) "dat is zelfmoord, ik doe het toch vanavond": a plan, not a risky errand
    r"|ik\s+doe\s+het|doe\s+het\s+toch|ik\s+ga\s+het\s+doen|vanavond|vanacht|vandag\s+nog)\b)"
    r".*\b((dat|dit)\s+(is|was|wordt|lijkt|zou)\s+(\S+\s+)?(echt\s+|gewoon\s+|pure\s+|puur\s+|politieke\s+|sociale\s+|financiele\s+|bijna\s+|een\s+)?(zelfmord|zelfmordactie|zelfmordmisie)|"
    r"(is|lijkt|wordt)\s+(echt\s+|gewoon\s+|pure\s+|puur\s+)?(zelfmord|zelfmordactie)\s+(zonder|met|op|in|om|bij|voor))\b.*",
    # sayings about life and death (a proverb, a verse, what the neighbour or the imam says), not one's own wish
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|waarom\s+niet|dus\s+ik|ik\s+ook|mij\s+ook|maakt\s+(niet|niks)\s+uit|wat\s+maakt\s+het\s+uit|klar\s+mee|zinlos|op\s+is)\b)"
    r".*\b((elke|iedere|ieder|elk)\s+(ziel|mens|persoon|levend\s+wezen)\s+(zal|gaat|moet)\s+(ooit\s+|een\s+keer\s+)?(de\s+dod\s+proeven|sterven|dod\s+gan|dod)|"
    r"(we|wij)\s+(gan|zullen|moeten)\s+(alemal|allen)\s+(ooit\s+|een\s+keer\s+)?(dod|sterven)|iedereen\s+(gaat|zal|moet)\s+(ooit\s+|een\s+keer\s+|toch\s+)?(dod|sterven)|"
    r"de\s+dod\s+(komt|is)\s+(voor\s+iedereen|zeker)|het\s+leven\s+is\s+(te\s+)?(kort|een\s+test|een\s+reis|een\s+geschenk|mooi)|geniet\s+(ervan|van\s+het\s+leven|van\s+elke\s+dag)|"
    r"je\s+leeft\s+(mar\s+)?(en|een)\s+keer|yolo|carpe\s+diem|zo\s+is\s+het\s+leven|het\s+leven\s+gaat\s+door)\b.*",
    # a game frame: a child or I play a game and shout "ik ga dood" / "ik ben dood" (no danger word, no one hurt)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r")\b)(?=.*\b(game|games|gamen|gamet|gamede|spel|spelletje\w*|spelt|spelen|speelt|spelde|minecraft|fortnite|roblox|fifa|playstation|ps4|ps5|xbox|"
    r"nintendo|switch|mario|pokemon|among\s+us|gta|call\s+of\s+duty|pubg|brawl\s+stars|clash\s+of\s+clans|controler|level|levels|zombies?|tiktok)\b)"
    r".*\b(ga\s+dod|gaat\s+dod|ben\s+dod|is\s+dod|dod\s+gan|gan\s+dod|dodgeschoten|dodgemakt|vermord|vermordt|vermoord|schiet\w*\s+(\S+\s+){0,2}?dod)\b(\s+\S+){0,6}",
    # hunger, thirst, heat, cold, tiredness or boredom and "ik ga dood" (a body's complaint, nothing dangerous)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|dagen\s+niet|al\s+\S+\s+dagen|geen\s+eten|geen\s+geld|niks\s+te\s+eten|niets\s+te\s+eten)\b)"
    r".*\b(honger|dorst|koud|kou|warm|bloedheet|hitte|moe|verveel|verveling|saai|uitgeput|ijskoud)\b(\s+\S+){0,4}?\s+(ik\s+)?(ga\s+(echt\s+|bijna\s+|gewoon\s+)?(dod|kapot)|sterf|bezwijk)\b.*",
    # "I'll kill my brother / colleague if he takes my charger again" (a habit that annoys; no danger word)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1].replace("|vermoorden|", "|") + r"|slat|slan|sloeg|schopt|dreigt"
    # (round 34) not a threat against someone who comes again ("ik ga hem vermoorden als hij nog een keer komt") and,
    # as in the present tense below, never about a child ("als hij weer aan mijn dochter zit"); (round 37) also
    # "thuiskomt" and "terugkomt" written as one word
    r"|dochter|zon|kind\w*|baby|meisje|jongetje|(weer|nog\s+en\s+keer|nog\s+eens|opnieuw|nog\s+een\s+keer)\s+(hier\s+|thuis\s+|bij\s+(mij|ons)\s+|naar\s+(mij|ons|huis)\s+|langs\s+)?(komt|kom|binnenkomt|langskomt|thuiskomt|terugkomt))\b)"
    r".*\bik\s+(ga|zal|wil)\s+(\S+\s+){1,2}?(vermorden|wurgen|dod\s+maken|afmaken|dodslan|villen)\s+als\s+(hij|zij|ze|die|jij|je)\s+(\S+\s+){0,3}?(weer|nog\s+en\s+keer|nog\s+eens|opnieuw|nog\s+een\s+keer)\b.*",
    # (lead) the same in the present tense: "ik vermoord mijn broer als hij weer aan mijn spullen zit"
    # (a brother, a sister, a colleague or a housemate; never about a child: "als hij weer aan mijn dochter zit")
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1].replace("|vermoorden|", "|") + r"|slat|slan|sloeg|schopt|dreigt|dochter|zon|kind\w*|baby|meisje|jongetje)\b)"
    r".*\bik\s+(vermoord|wurg|vil)\s+(mijn\s+)?(broer|broertje|zus|zusje|collega|huisgenoot|huisgenote|neef|nicht|neefje|nichtje)\s+"
    r"als\s+(hij|zij|ze|die)\s+(\S+\s+){0,3}?(weer|nog\s+en\s+keer|nog\s+eens|opnieuw|nog\s+een\s+keer)\b.*",
    # pills for a headache or a fever, with the doctor's or the pharmacy's dose (not all at once, not saved up)
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1].replace(r"pilen|", "") + r"|alemal|tegelijk|in\s+en\s+ker|hele\s+(strip|dos|pot|verpakking)|verzameld|gespard|bewaard|ik\s+wil)\b)"
    r"(?=.*\b(pil|pilen|pilletjes|tableten|tablet|tabletjes|medicijn\w*|capsules|paracetamol|ibuprofen|medicatie|antibiotica)\b)"
    r"(?=.*\b(apothek|huisarts|dokter|arts|recept|bijsluiter|per\s+dag|kers\s+per\s+dag|x\s+per\s+dag|om\s+de\s+\S+\s+ur|na\s+het\s+eten|vor\s+het\s+slapen)\b)"
    r"(?=.*\b(bloeddruk|suiker|diabetes|cholesterol|astma|schildklier|migraine|maag|controle|voorgeschreven|hofdpijn|koorts|grip|verkoudheid|rugpijn|buikpijn|kiespijn|alergie|ontsteking|paracetamol|ibuprofen|recept|bijsluiter|per\s+dag|om\s+de\s+\S+\s+ur)\b).*",
    r"^(?!.*(" + _R33_VETO_AR[1:-1].replace(r"|حبوب", "").replace(r"حبوب|", "") + r"|كلهن|كلها|كل\s+الحبوب|العلبه\s+كلها|الشريط\s+كلو|دفعه\s+وحده|مره\s+وحده|جمعت|خبيت|خزنت|بلعت\s+كل))"
    r"(?=.*(?<!\S)(لل|ل|من\s+ال|ضد\s+ال)?(راس|صداع|وجع|وجع\s+\S+|حراره|سخونه|رشح|كريب|كحه|ضغط|سكري|معده|حساسيه|التهاب|مسكن|بنادول|باراسيتامول|بروفين|ايبوبروفين|سنان|ضرس)(?!\S))"
    r"(?=.*(?<!\S)(من\s+)?(الصيدليه|صيدليه|الدكتور|الدكتوره|الطبيب|الهاوسارتس|الهوسارتس|وصفه|الوصفه|حبه\s+كل|حبتين|مرتين\s+باليوم|تلات\s+مرات|كل\s+\S+\s+ساعات|بعد\s+الاكل|قبل\s+النوم)(?!\S)).*",
    # an old husband's violence, now safe and divorced (past, over; a question may follow)
    r"^(?!.*(" + _R33_VETO_AR[1:-1].replace(r"|بيضربني|عم\s+يضربني", "") + r"|(?<!\S)(و)?(رجع|رجعت|لسا|لسه|لهلق|لهلا|عم\s+يلاحقني|بيلاحقني|بيلحقني|لقاني|عرف\s+وين|مبارح|امبارح|اليوم\s+ضربني|عم\s+يضربني|بيضربني|هددني)(?!\S)))"
    r"(?=.*(?<!\S)(القديم|السابق|الاول|طليقي|زمان|من\s+زمان|قبل\s+\S+\s+(سنين|سنه|سنتين|شهور)|بالماضي|ببلدي|بسوريا)(?!\S))"
    r"(?=.*(?<!\S)(كان|كانو|كانوا)\s+(ي|بي)?(ضرب|هدد|اذي|ءذي|عنف|حبس)\S*(?!\S))"
    r"(?=.*(?<!\S)(بامان|امنه|امان|مطلقه|مطلق|تطلقت|اطلقت|انفصلنا|منفصلين|بعيده\s+عنه|بخير|منيحه|مرتاحه|الحمدلله)(?!\S)).*",
    r"^(?!.*\b(hala2\s+kaman|lessa|lesa|ba3do|rje3|re3e3|mbare7|3am\s+yedrebni|byedrebni|kha2fe|khayfe|saken|sekin|bolis|shorta)\b)"
    r"(?=.*\b(el\s*2adim|l2adim|2adim|el\s*sabe2|tali2i|men\s+zaman|abel\s+\S+\s+snin)\b)(?=.*\bkan\s+(y|by)?(edreb|darab|drab|dreb|hadded|hded)\w*\b)"
    r"(?=.*\b(b\s*aman|bi\s*aman|amene|m6al2a|mtal2a|mutala2a|t6alla2t|tala2t|enfasalna|b5er|bkheir|mni7a|mnee7a|el7amdella|hamdella)\b).*",
    # killing an insect, a mouse or weeds ("بدي اقتل هالناموسه", "ik sla die mug dood")
    r"(?<!\S)(بدي\s+|رح\s+|عم\s+|لازم\s+)?(ا|ب|ن)?(قتل|موت|اقتل|نقتل|قتلت|قتلنا|دعس|ادعس|رش\s+على|رشيت\s+على|اقضي\s+على|قضيت\s+على)\s+(هال|ال|هاي\s+ال|هاد\s+ال|كل\s+ال)?"
    r"(ناموسه|ناموس|بعوضه|بعوض|دبانه|دبان|ذبابه|ذباب|صرصور|صراصير|نمل|نمله|فار|فاره|فيران|جرذ|جرذان|حشرات|حشره|بق|بقه|قمل|عنكبوت|عقرب|دود|دوده|ديدان|بكتيريا|جراثيم|فيروسات|عشب|اعشاب|حشيش|زلغوط|قرادي|برغشه|برغش|دبور|دبابير)(?!\S)(\s+(اللي|يلي|الي)\s+(ب|عل|على|في)\S*(\s+\S+)?)?",
    r"\b(bade|badi|badde|ra7|3am)?\s*(2a|a|b|n)?(2|q|k)?(tol|tel|ktol|2tol|qtol|mawet|mawwet)\s+(hal|el|l)?\s*(namouse|namousa|namoose|namoos|ba3ouda|dabbane|dabane|dababe|sarsour|sarasir|naml|namle|far|feran|7asharat|7ashara|ba2|2aml|3ankabout|3a2rab)\b",
    r"\b(ik\s+)?(sla|slag|slaat|slan|mep|mept|mepte|mak|makt|maken|makte|vermord\w*|vermoord\w*)\s+(die|de|het|een|al\s+die|alle)\s+(\S+\s+)?(mug|muggen|vlieg|vliegen|wesp|wespen|mier|mieren|spin|spinen|kakkerlak\w*|muis|muizen|rat|ratten|luis|luizen|bacterien|bacterie|onkruid|insect\w*|bedwants\w*|vlo|vlooien|motten|mot)\s*(dod)?\b",
    # a teacher, a mother, a boss who "will kill us" and was joking (a laugh or "joking" in the message)
    r"^(?!.*" + _R33_VETO_AR + r")(?=.*(?<!\S)(كان\s+)?(عم\s+)?(ي|ب|بي|بت|ت)?(مزح|مزحه|مزحت|يمزح|بيمزح|عالمزح|مزاح|نكته|نكت|بنكت|بيتنكت|emojilaugh|ه|هه|هاها|لول)(?!\S))"
    r".*(?<!\S)" + _R33_KILL_AR + r"(?!\S).*",
    # a small mistake (forgot, late, broke, lost something) and "now he / she will kill me" (no danger, no one leaving)
    r"^(?!.*(" + _R33_VETO_AR[1:-1] + r"|(?<!\S)(اذا|لو|ان|الا\s+اذا)\s+(ما|مش|مو)(?!\S)"
    # (round 35, lead) a husband, an ex or a fiancé who "will kill me" is no small mistake's hyperbole
    r"|(?<!\S)(و)?(جوزي|زوجي|رجلي|طليقي|خطيبي)(?!\S)|(?<!\S)(و)?(هربت|تركته|تركتو|طلعت\s+من\s+البيت|حكيت|خبرت|شكيت|اشتكيت|طلبت\s+الطلاق|الطلاق|عرف\s+اني|عرف\s+انو)(?!\S)))"
    r"(?=.*(?<!\S)(و)?(نسيت|انسيت|تاخرت|تأخرت|كسرت|ضيعت|خربت|وقعت|كبيت|حرقت|شحطت|دعست|فوت|فاتني|نمت|غفيت|صرفت|طلعت\s+علامتي|رسبت|سقطت|ما\s+(عملت|جبت|حليت|خلصت|كتبت|دفعت|رحت|لحقت|بعتت))(?!\S))"
    r".*(?<!\S)(هلق|هلا|هلأ|اكيد|خلص|الحين|هلا\s+اكيد)?\s*" + _R33_KILL_AR + r"(?!\S).*",
    r"^(?!.*\b(edrebni|darabni|byedrebni|sekin|saken|shorta|bolis|kha2fe|khayfe|hrabt|taraktu|tarakto|7akeit|5abbart|iza\s+ma|eza\s+ma|law\s+ma|iza|eza)\b)"
    r"(?=.*\b(nsit|nseet|nsiit|t2a5art|ta2akhart|kasart|da3et|5arabt|kharabt|wa2a3t|kabbet|7ara2t|rsabt|ma\s+(3melt|jebt|7alleit|5allast))\b)"
    r".*\b(ra7|7|rah)\s+(y|t)(o|e|a|i|u)?(2|q|k)?(tol|tel|otol|2tol|dba7|zba7|dbe7)(ni|na)\b.*",
    # sayings about death in Arabic and Arabizi (a verse, a saying, a condolence), not one's own wish
    r"^(?!.*(" + _R33_VETO_AR[1:-1] + r"|(?<!\S)(ليش\s+لا|خليني|خلص\s+انا|انا\s+كمان|يعني\s+انا|بدي|هلق|هلا|الليله|اليوم\s+انا)(?!\S)))"
    r".*(?<!\S)(كل\s+نفس\s+(ذائقه|ذايقه|ذاءقه|داءقه|دايقه|ذايقه)\s+الموت|الموت\s+حق|الموت\s+علينا\s+حق|كلنا\s+(رح|ح|راح)\s+(ن)?موت|كل\s+الناس\s+(رح\s+)?(بتموت|تموت)|"
    r"الحياه\s+(قصيره|حلوه\s+وقصيره|فانيه|امتحان)|الدنيا\s+(فانيه|دار\s+ممر|ما\s+بتدوم)|انا\s+لله\s+وانا\s+اليه\s+راجعون|عيش\s+حياتك|استمتع\s+بحياتك)(?!\S).*",
    r"^(?!.*\b(bade|badi|ra7\s+(mout|ente7er)|ente7er|sam7ouni|wada3)\b).*\b((kel|kol|kull)\s+nafs\s+(dha2ika|dha2eka|tha2ika|tha2eka|za2ika|za2eka|da2ika|da2e2a|dha2i2a|tha2i2a)t?\s+(el|al)\s*(mawt|mout|mot)|"
    r"(el|al)\s*(mawt|mout|mot)\s+(7a2|ha2|haq|7aq)|kellna\s+(ra7|7)\s+n(mout|mot|moot)|(el|al)\s*(7aya|hayat)\s+(2asira|qasira|asira|2a9ira)|inna\s+lillah\w*)\b.*",
    # a game frame in Arabic: a child or I play a war game and shout "die, die" / "I died" / "they killed me"
    r"^(?!.*(" + _R33_VETO_AR + r"|(?<!\S)(و)?(ما\s+عم\s+يتنفس|ما\s+بيتنفس|مش\s+عم\s+يتنفس|مغمي|مغمى|اسعاف|الاسعاف|نزيف|بالمشفي|المستشفي)(?!\S)))"
    r"(?=.*(?<!\S)(و)?(بيلعب|بتلعب|عم\s+يلعب|عم\s+تلعب|عم\s+العب|بلعب|لعبت|لعب|لعبه|لعبة|العاب|بالبلايستيشن|بلايستيشن|البلايستيشن|اكس\s+بوكس|"
    r"فورتنايت|ببجي|ماينكرافت|روبلوكس|فيفا|كول\s+اوف\s+ديوتي|جي\s+تي\s+اي|الاتاري|العابه|العابها|بالايباد|عالايباد|عالتلفون\s+لعبه)(?!\S))"
    r".*(?<!\S)(و)?(بيصرخ|بتصرخ|عم\s+يصرخ|عم\s+تصرخ|بيقول|بتقول|بصرخ|صرخ|يصيح|بيصيح)?\s*(موت|مت|متت|مات|قتلوني|قتلني|قتلتو|قتلته|موتوه|بموت)(\s+(موت|مت|متت|مات))*(?!\S).*",
    r"^(?!.*\b(bade|badi|ra7\s+(mout|ente7er)|ente7er|sekin|saken|damm|dam)\b)(?=.*\b(byel3ab|btel3ab|3am\s+yel3ab|3am\s+tel3ab|bel3ab|l3ebt|le3be|l3be|playstation|ps4|ps5|fortnite|pubg|minecraft|roblox|fifa)\b)"
    r".*\b(mout|mot|mt|mett|metet|met|mat|2ataloni|2atalni|qataluni)(\s+(mout|mot|mett|met))*\b.*",
    # cooking a live crab, lobster or fish (the kitchen, not a person)
    r"(?<!\S)(كيف\s+)?(ب|ا|عم\s+)?(طبخ|اطبخ|بطبخ|سلق|اسلق|شوي|اشوي|نظف|انظف|قلي|اقلي|حضر|احضر|جبت|اشتريت|عطاني|عطتني)\s+(ال)?(سرطان|سلطعون|سلطعونات|جمبري|قريدس|كركند|لوبستر|سمك|سمكه|سمكات|محار|حلزون|بلح\s+بحر)(\s+(ال)?بحر)?\s+(عايش|عايشه|حي|حيه|طازه|طازج)(?!\S)",
    r"\b(een\s+)?(levende|levend)\s+(krab|krabben|kreeft|kreeften|vis|mossel\w*|oester\w*|garnal\w*)\b",
    # missing a parent or a loved one (grief, homesickness), no wish to follow, no danger
    r"^(?!.*\b(" + _R33_VETO_NL[1:-1] + r"|bij\s+(haar|hem|hen|ze)\s+(zijn|komen)|nar\s+(haar|hem|hen)\s+toe|volgen|achterna|herenigd|in\s+de\s+hemel\s+zien|dod|sterven|overal\s+klar|niet\s+zonder)\b)"
    r"(?=.*\bik\s+mis\s+(haar|hem|ze|hen|jou|je|mijn\s+\S+|mijn\s+familie|mijn\s+land|mijn\s+ouders)\s*(zo|zo\s+erg|echt|heel\s+erg|vreselijk|enorm|erg|elke\s+dag|zo\s+veel|zoveel)?\b)"
    r"(?=.*\b(foto|fotos|video|stem|graf|verjaardag|herinnering\w*|vroeger|overleden|gestorven|ik\s+mis\s+(haar|hem|ze|mijn))\b).*",
    # a company, a bank, a collection agency "threatens me" with a bill or a court (money, not a person's violence)
    r"(?<!\S)(و)?(ال|هال)?(شركه|شركه\s+ال\S+|بنك|البنك|مكتب\s+التحصيل|انكاسو\S*|incaso\S*|الكهربا|كهربا|الغاز|الضرايب|البلديه|التامين|شركه\s+التامين|شركه\s+التلفون|شركه\s+الانترنت)\s+(عم\s+|صارت\s+|صار\s+)?(ت|ي|بت|بي)?هدد(ني|نا)"
    r"(\s+(ب|انو|انها|انه)\S*(\s+\S+){0,3})?(?!.*(?<!\S)(ب)?(قتل|ضرب|سكين|سلاح|يقتلني|تقتلني)\S*(?!\S))",
    r"\b(het\s+)?(incasobureau|incaso|deurwarder|bank|energiebedrijf|verhuurder\w*|woningcorporatie|belastingdienst|zorgverzekeraar|telefonbedrijf|provider)\s+(bedreigt|dreigt|bedreigde|dreigde)\s+(me|mij|ons)?\s*"
    r"(met\s+(\S+\s+){0,2}?(rechter|beslag|afsluiten|afsluiting|boete|kosten|deurwarder|rechtszak|ontruiming))?\b(?!.*\b(mes|wapen|slan|slat|vermorden|dod)\b)",
)
_ROUND33_CRISIS_NL_AR: tuple[str, ...] = (
    # standing, lying or throwing oneself in front of or under a train, a tram, a lorry (with the verb after)
    r"\b(vor|onder)\s+(de|een|het)\s+(trein|metro|tram|sneltrein|intercity|goederentrein|vrachtwagen|vrachtauto|bus|auto|sprinter)\s+(\S+\s+)?(stan|gan\s+stan|ligen|gan\s+ligen|lopen|stappen|gooien|werpen|springen|spring|komen|belanden)\b(?!\s+(te\s+)?(wachten|zwaien|kijken|fotograferen))",
    r"\b(mezelf|mijzelf|me)\s+(\S+\s+)?(vor|onder)\s+(de|een)\s+(trein|metro|tram|vrachtwagen|bus|auto)\s+(gooien|werpen|gooi|werp|laten\s+vallen)\b",
    r"\bik\s+(ga|wil|zal)\s+(nu\s+|zo\s+|straks\s+|vanavond\s+)?(op|tussen)\s+(het\s+spor|de\s+rails|de\s+sporen|de\s+treinrails)\s+(ligen|stan|zitten)\b",
    r"(?<!\S)(بدي|رح|ح|ناوي|راح)\s+(ا)?(وقف|نام|انام|اوقف|ارمي\s+حالي|كب\s+حالي|نط)\s+(قدام|تحت|ع|عل|على)\s*(ال)?(قطار|ترين|تران|تراين|شاحنه|كميون|باص|سياره)(?!\S)",
    # walking to the water, unable to swim, and accepting it ("en dat is goed zo")
    _both(r"\b(lop|loop|ga|gan|fiets|rij|wandel)\s+(nu\s+|nu\s+al\s+|zo\s+|gewoon\s+)?(nar|richting|tot\s+an|in)\s+(het|de|een)\s+(water|gracht|kanal|rivier|zee|meer|plas|sloot|haven|strand)\b",
          r"\b(kan|kon)\s+(ik\s+)?(helemal\s+|echt\s+|toch\s+)?(niet|geen)\s+zwemen\b|\bzwemen\s+(kan|kon)\s+ik\s+(toch\s+|helemal\s+)?niet\b",
          r"\b((en\s+)?dat\s+is\s+(goed|prima|beter|mar\s+beter|mar\s+goed|ok|oke|wel\s+goed)|het\s+is\s+goed\s+zo|maakt\s+(niet|niks)\s+uit|des\s+te\s+beter|dat\s+hoeft\s+ook\s+niet|ik\s+kom\s+niet\s+terug|vaarwel|dag\s+alemal)\b"),
    _both(r"(?<!\S)(ماشي|ماشيه|رايح|رايحه|عم\s+امشي|نازل|نازله)\s+(هلق\s+|هلا\s+)?(ع|عل|على|لل|ل|صوب)\s*(ال)?(بحر|نهر|قنال|كنال|بحيره|مي|ميه)(?!\S)",
          r"(?<!\S)(و)?(انا\s+)?(ما\s+)?(بعرف|بعرفش|ماعرف|مابعرف)\s+(ا|اعرف\s+ا)?سبح(?!\S)",
          r"(?<!\S)(و)?(هيك\s+احسن|احسن|منيح|ماشي\s+الحال|ما\s+في\s+مشكله|مش\s+مهم|مو\s+مهم|ما\s+بهم|خلص|ما\s+رح\s+ارجع)(?!\S)"),
    # taking the prescribed pills all at once ("de pillen ... allemaal tegelijk", "de hele strip")
    r"^(?!.*\b(mag|moet|mogen|moeten|kan\s+ik|kun|hoe|vraag|vragen|niet|nooit|apothekers?\s+zegt)\b)"
    r".*\bik\s+(ga|neem|slik|wil|zal)\s+(\S+\s+){0,3}?(pilen|pil|tableten|medicijnen|slapilen|pijnstilers|paracetamol|oxazepam|capsules)\b(\s+\S+){0,8}?\s+"
    r"(alemal\s+tegelijk|alemal\s+in\s+en\s+ker|tegelijk|tegelijkertijd|in\s+en\s+keer|in\s+een\s+ker|in\s+en\s+klap|de\s+hele\s+(strip|dos|pot|verpakking|fles))\b",
    r"\bik\s+(slik|neem|ga\s+\S+\s+slikken|ga\s+\S+\s+nemen)\s+(\S+\s+)?(de|die|mijn)\s+hele\s+(strip|dos|pot|verpakking|fles|voorad)\b(?!.*\b(niet|mag|moet)\b)",
    # a farewell to a partner: "I have always loved you" / "take care of the children" / "I am going now"
    _both(r"\bzorg\s+(jij\s+|goed\s+|jij\s+goed\s+|alsjeblieft\s+|jullie\s+)?(vor|goed\s+vor)\s+(de|onze|mijn|je|jullie)?\s*(kinderen|kids|kleintjes|kleine|zon|dochter|baby|mama|moeder|papa|oma|kat|hond|elkar)\b",
          r"\b(ik\s+heb\s+(je|jou|jullie|u)\s+(altijd\s+|echt\s+|zo\s+)?(liefgehad|lief\s+gehad|van\s+(je|jou|jullie)\s+gehouden)|ik\s+heb\s+altijd\s+van\s+(je|jou|jullie)\s+gehouden|"
          r"ik\s+ga\s+nu\s*$|ik\s+ben\s+(er\s+)?(straks\s+)?niet\s+mer|vergeef\s+me|het\s+spijt\s+me|vaarwel|tot\s+ziens\s+voor\s+altijd)"),
    # taking leave of this world / of life ("vanavond neem ik afscheid van deze wereld"), "ik verlaat deze wereld"
    r"\b(afscheid|afschied)\s+(\S+\s+)?(nemen|neem|nam|genomen)?\s*(van|vn)\s+(deze|de|dit|het|mijn)\s+(wereld|aarde|leven|bestan)\b|"
    r"\b(neem|nemen|nam|ga\s+\S*\s*nemen)\s+(\S+\s+){0,3}?afscheid\s+van\s+(deze|de|dit|het|mijn)\s+(wereld|aarde|leven|bestan)\b|"
    r"\bik\s+(verlat|ga\s+\S*\s*verlaten|vertrek\s+uit|stap\s+uit)\s+(\S+\s+)?(deze|de)\s+(wereld|aarde)\b",
    r"(?<!\S)(بودع|رح\s+ودع|عم\s+ودع|اودع|ودعت)\s+(هالدنيا|الدنيا|هالعالم|الحياه|هالحياه|العالم)(?!\S)|(?<!\S)(رح|ح|بدي)\s+(ا)?(ترك|اترك|فل\s+من|اطلع\s+من)\s+(هالدنيا|الدنيا|هالحياه|الحياه)(?!\S)",
    # decided to die after a letter, a fine or a debt ("made me decide to die"), Arabic with the verb shortened
    r"(?<!\S)(خلتني|خلاني|خلوني|خلتنا|خلت\s+\S+)\s+(ا|ب)?(قرر|قررت|اقرر)\s+(انو\s+|اني\s+|ان\s+)?(ا|ب)?(موت|انتحر|اقتل\s+حالي|انهي\s+حياتي|خلص\s+من\s+حياتي)(?!\S)",
    # "I won't be alive for / until ..." and "tell them to forgive me" (Arabizi with rah / ra7 / h)
    r"\b(ma|mesh|mish|mosh|mu|msh)\s+(rah|ra7|7|h|ha|ra2)\s+(kun|ekun|2kun|koun|ekoun|2koun|kon|akun|2akun|dal|del|edal|2edal|ebqa|eb2a|36ish|3ish|3eesh)\s+(3ayesh|3aysh|3ayshe|3aysha|3ayis|3ayish|3ayesha|3ayeshe|7ay|7aye|7ayy|bel\s*dini|3al\s*dini)\b",
    r"\b(2elon|2elo|2ellon|2ello|elon|elo|2oulon|2oulolon|2ollon|2ulu|2ulon|2elha|2elu)\s+(la|lal|l|li)?\s*(\S+\s+)?(ysam7ni|ysam7oni|ysam7ouni|ysamhni|ysamhouni|ysem7ni|ysam7uni|ysam7oune)\b",
    r"(?<!\S)(قلهن|قلن|قولولهن|قلو|قلها|قولو|قولي|خبرهن|خبرو)\s+(ل|لل)?\s*(\S+\s+)?(يسامحني|يسامحوني|تسامحني|يعذرني|يسامحني)(?!\S)",
    # cutting the veins or wrists in Arabizi with 6 / t for "ط" and 2 / q for "ق"
    r"\b(bade|badi|badde|baddi|ra7|7|rah|nawi|nawye|3am)\s+(2|a|e)?(2|q|k|a)?(6|t)(a|e)?(3|a)\s+(shrayini|shrayine|sharayini|sharayeni|shiryani|shryani|3oro2i|3rou2i|3uru2i|3ro2i|3r2i|me3sami|m3sami|me3sam|m3asmi|idi\s+bel\s+moos)\b",
    r"\b(2|a|e)?(2|q|k)(6|t)(a|e)?3\s+(shrayini|shrayine|sharayini|shiryani|3oro2i|3rou2i|3uru2i|3ro2i|me3sami|m3sami)\b",
)
_ROUND33_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # on the roof of the building now (not hanging the laundry, not the sun, a barbecue or a photo)
    r"^(?!.*(?<!\S)(غسيل|الغسيل|انشر|بنشر|عم\s+انشر|شمس|الشمس|مشاوي|شوي|صوره|صور|سلفي|ضيوف|صحابي|مع\s+الولاد|الدش|الصحن|الستلايت|التلفزيون|الخزان|المي|المكيف|بصلح|عم\s+صلح|سهره)(?!\S))"
    r".*(?<!\S)(انا\s+)?(ع|عل|على|فوق|طالع\s+ع|طالعه\s+ع|طلعت\s+ع)\s*(ال)?سطح(\s+(ال)?(بنايه|بنايتنا|البنايه|العماره|البرج|المبني))?(?!\S)(?=.*(?<!\S)(هلق|هلا|هلأ|الحين|هلقيت|هلئ|هلق\s+بالذات)(?!\S)).*",
    r"^(?!.*\b(ghasil|8asil|8asiil|nasher|nshor|shams|mashawi|soura|sowar|selfie|dish|sa7n|khazan|5azzan)\b)"
    r".*\b(ana\s+)?(3al|3a|3ala|fo2|foo2|6ale3\s+3a|tle3t\s+3a)\s*(el\s*)?(sat7|sate7|sateh|sat7a|sa6e7|sat7\s+el\s+bineye|sa6h)\b(?=.*\b(hala2|halla2|hala|hla2|hl2|halla|hl2a|l2an|hal2)\b).*",
)
# (round 33, Dutch and Arabic: end)
# (round 33, Tigrinya: start)
# Kinds from batch 33 (Tigrinya in Ge'ez and Latin script) and own probes.
# NON-NATIVE WRITTEN: needs review by a native speaker.
from inburgering.text.sensitive.rules.round30 import _R30_NOT_SERIOUS_TI as _R33_NOT_SERIOUS_TI  # noqa: E402
from inburgering.text.sensitive.rules.round32 import _R32_CHORE_TI, _R32_NOISE_TI, _R32_THING_TI  # noqa: E402

# The view drops the apostrophe of a joined copula ("ክመውት'የ" -> "ክመውትየ", "ትቐትለኒ'ያ" -> "ትቐትለኒያ"): older patterns that
# want "ክመውት እየ" or a word end after "ይቐትለኒ" miss these; the kinds below take both spellings.
_R33_COPULA_TI = r"(\s*(እየ|ኢየ|እዩ|ኢዩ|እያ|ኢያ|እዮም|ኢና|እና)|የ|ዩ|ያ|ዮም)?"
_R33_KILL_ME_TI = (r"(?<!\S)(ክት|ክ|ይ|ት|ዪ)?(ቐ|ቀ)ት(ለ|ሉ|ላ)(ኒ|ና)" + _R33_COPULA_TI + r"(\s+(ኣሎ|ኣላ|ኣለዉ))?(?!\S)"
                   r"|(?<!\S)(ቐ|ቀ)ቲ(ሉ|ላ|ሎም)(ኒ|ና)(?!\S)")
_R33_DIE_I_TI = r"(?<!\S)(ክመውት|ክሞት|ክጠፍእ|ክመዉት)(\s*(እየ|ኢየ)|የ)(?!\S)"
# real danger, a farewell or sorry, another person in danger: where these stand the broad idioms below cut nothing
_R33_DANGER_TI = (r"(ሰብኣየይ|ካራ|ሽጉጥ|ብረት|ፖሊስ|ፈሪሐ|ሓግዙ|ሓግዙኒ|ኣምቡላንስ|ብዙሕ\s+ደም|ደም\s+ኣይጠጠወን|ደም\s+ኣይደው|ነብሰይ|ንርእሰይ|ርእሰ\s*ቅትለት|"
                  r"ክመውት\s+(ደልየ|እደሊ|ሓሲበ|ወሲነ)|ክሞት\s+(ደልየ|እደሊ|ሓሲበ|ወሲነ)|ክነብር\s+ኣይደልን|ደጊም\s+ኣይክእልን|ኣይክእልን|ተስፋ\s+ቆሪጸ|ሰላም\s+ኩኑ|ደሓን\s+ኩኑ|"
                  r"ይቕሬታ|ይቕረ\s+በሉ|ስንብት|ንሓዋሩ|መወዳእታ|ሎሚ\s+ለይቲ|ኮፍ\s+ኢሉ|ኮፍ\s+ኢላ|ደው\s+ኢሉ|ደው\s+ኢላ|ኣይምለስን)")
_R33_DANGER_LA = (r"(sebayey|kara|shgut|polis|politie|ferihe|hagzuni|hagzu|ambulance|nebsey|nhawru|degim|aykeln|aykiln|ayklen|tesfa|"
                  r"deliye|ideli|hasibe|wesine|selam\s+kunu|dehan\s+kunu|yqreta|lomi\s+leyti)")
_R33_DANGER_FINAL_TI = (r"ንሓዋሩ|ኣይምለስን|ኣይክምለስን|ኣይክመጽእን\s+እየ\s+ደጊም|መወዳእታ|ዳሕረዋይ|ይቕሬታ|ይቕረ|ስንብት|ክሞት|ክመውት|ክጠፍእ|ርእሰይ|ነብሰይ|ሓግዙ|ፖሊስ|ካራ|ሽጉጥ|"
                        r"ፈሪሐ|ሰብኣየይ|ደጊም\s+ኣይክእልን|ተስፋ\s+ቆሪጸ|ክነብር\s+ኣይደልን|ኣይትርከቡ|ኣይትረኽቡኒ|ኣይተርክቡኒ|ብሓይሊ|እፈርህ|ፍርሒ|ተገዲደ|ኣገዲዱ|ይፈራርሃኒ|ይሃርመኒ|ወቒዑኒ|ሓሚመ|ቃንዛ")
_R33_DANGER_FINAL_LA = (r"nhawru|aymeles|aykmeles|mewedaeta|mewedata|yqreta|yqre|snbt|kmot|kmewt|ktefe|rsey|nebsey|hagzuni|hagzu|polis|politie|kara|"
                        r"shgut|ferihe|sebayey|degim\s+aykeln|tesfa|knebr\s+aydelen|sorry|vergeef|nooit|bhayli|eferh|frhi|tegedide")
_ROUND33_IDIOMS_TI: tuple[str, ...] = (
    # a condolence for someone who died ("God have mercy on him / her / your mother", "may his soul rest"); third
    # person only: "ኣምላኽ ምሕረት ይግበረለይ" (on me) is not cut
    r"(?<!\S)(ኣምላኽ|እግዚኣብሄር|ፈጣሪ|ኣምላኽና)\s+(\S+\s+)?(ምሕረት|መንግስተ\s+ሰማያት|ገነት|ዕረፍቲ|ጽንዓት)\s+(\S+\s+)?"
    r"(ይግበረሉ|ይግበረላ|ይግበረሎም|ይግበረለን|የዋርሶ|የዋርሳ|የዋርሶም|የውርሶ|የውርሳ|ይሃቦ|ይሃባ|ይሃቦም|ይሃብኩም|ይሃብካ|ይሃብኪ|ይሃብክን)(?!\S)",
    r"(?<!\S)(ነፍሱ|ነፍሳ|ነፍሶም|ነፍሲ\s+ሄር|ነፍሲ\s+ሄራ|ነብሱ|ነብሳ)\s+(\S+\s+)?(ይምሓር|ትዕረፍ|ብሰላም\s+ትዕረፍ|ይምሓሮ|ይምሓራ|ኣብ\s+ገነት)(?!\S)",
    r"(?<!\S)(ጽንዓት|ትዕግስቲ)\s+(ይሃብኩም|ይሃብካ|ይሃብኪ|ይሃብክን|ይሃበና|ይሃብኩምን)(?!\S)",
    r"\b(amlak|egziabher|fetari)\s+(\w+\s+)?(mhret|mihret|mhiret|mhret|menglsti\s+semayat|genet)\s+(\w+\s+)?"
    r"(ygberelu|ygberela|ygberelom|yigberelu|yigberela|ygbrelu|ygbrela|yewarso|yewarsa|yhabo|yhaba)\b",
    r"\b(nefsu|nefsa|nefsom|nfsu|nfsa|nebsu|nebsa)\s+(\w+\s+)?(ymhar|yimhar|ymhara|ymharo|tearf|teaf|beselam\s+tearf)\b",
    r"\b(tsnat|xnat|tsinat|tinat)\s+(yhabkum|yihabkum|yhabka|yhabki|yhabkn)\b",
    # death as everyone's fate ("death is the lot of every person", "we all will die one day, God knows")
    r"(?<!\S)ሞት\s+(ናይ\s+|ን)?(ኩሉ|ኹሉ|ኩልና|ኹልና|ኩላትና)(\s+ሰብ)?\s+(ዕጫ|ዕድል|መወዳእታ|ጽዋእ)\S*(\s+(እዩ|ኢዩ))?(?!\S)",
    r"(?<!\S)ሞት\s+(ንኹሉ|ንኹልና|ንኹሉ\s+ሰብ|ንዅሉ)\s+(\S+\s+)?(ኣይተርፍን|ኣይተርፎን|ግድን|ዘይተርፍ)\S*(\s+(እዩ|ኢዩ))?(?!\S)",
    r"(?<!\S)(ኩላትና|ኩልና|ኹልና|ኩሉ\s+ሰብ|ሰብ\s+ኩሉ|ኩሎም)\s+(ሓደ\s+መዓልቲ\s+|ሓንቲ\s+መዓልቲ\s+|ድሕሪ\s+ሕጂ\s+)?(ክንመውት|ክንሞት|ክመውት|ክሞት|ክሞቱ|ክመቱ|ይመውት|ንመውት)"
    r"(\s*(ኢና|ኢና|እና|እዩ|ኢዩ|እዮም)|ና|ዩ)?(?!\S)",
    r"\b(kulatna|kulna|kullna|kulu\s+seb|kulom)\s+(hade\s+mealti\s+)?(knmewt|knmot|kinmewt|kinmot|knmut|kmewt|kmot|ymewt|nmewt)(\s+(ina|ena|iyu|eyu))?\b",
    r"\bmot\s+(nay\s+)?(kulu|kullu|kulna)(\s+seb)?\s+(etscha|etsha|eca|etsa|edl|edil)\w*\b",
    # "I nearly died of shame / laughter / hunger / fear" (Latin script; the Ge'ez phrasing is an older idiom)
    r"\bb(hfret|hifret|hfrat|hifrat|sehaq|shaq|sihqi|shqi|tmyet|tmet|tmiyet|dkam|dikam|fkri|qur|qhri|hzen|mrah)\s+(k|ki)(mwt|mewt|mot|mut|mowt|mewut)\s+(qeribe|qerbe|kerbe|qaribe|kerib|qarib)\w*\b",
    # "my head will burst" because of a form, a schema, the grammar (ርእሰይ, my head, also "myself"); not "my head spins", a symptom
    # (round 41: and "X made my head burst", the causative ኣፍኒጁዎ / ኣፈንጂሩዎ: the grammar, a form)
    r"(?<!\S)ርእሰይ\s+(\S+\s+)?(ክፈንጅር|ክፈንጂ|ክፍንጀር|ክፍንጅር|ይፈንጅር|ፈንጂሩ|ክፈጅር|ክነትግ|ክበጽሕ\s+ቀሪቡ|ኣፍኒጁ|ኣፍኒጃ|ኣፍኒጆ|ኣፈንጂሩ|ኣፈንጂራ|"
    r"ኣፈንጂሮ|ኣፍንጂሩ|ኣፍንጂራ|የፍንጆ|የፈንጅሮ|ከፍንጆ|ከፈንጅሮ|ከፍንጅሮ)\S*(?!\S)",
    r"\b(rsey|rasey|resey|rsei|risey|rese)\s+(\w+\s+)?(kfenjer|kfenjr|kfenji|kfnjer|kfnjr|yfenjer|fenjiru|fenjru|kfejer|afniju|afnija|afnijo|afnju|afnja|"
    r"afenjiru|afenjira|afenjru|afnjiru|afnjira|yefnjo|yefenjro|kefnjo|kefenjro)\w*\b",
    # a chore, a task "kills me" (a child saying cleaning the room kills him), also with the copula joined; (round 37)
    # not the household, "ሰብ ገዛይ" / "ደቂ ገዛ" (people of my house), which is no chore
    r"^(?!.*" + _R33_DANGER_TI + r")(?=.*(" + _R32_CHORE_TI + r"|" + _R32_THING_TI + r"|ምጽራይ|ምሕጻብ|ምድላው|ምጽራግ|ምትእኽኻብ|ምጽሓፍ|ምንባብ|ምምሃር|ምስራሕ|ምጽዓን|ምኽፋል|ምጽባይ))"
    r"(\S+\s+){0,4}?(ናይ\s+)?(\S+\s+)?(?<!ሰብ\s)(?<!ደቂ\s)(" + _R32_CHORE_TI + r"|" + _R32_THING_TI + r"|ምጽራይ|ምሕጻብ|ምድላው|ምጽራግ|ምትእኽኻብ|ምጽሓፍ|ምንባብ|ምምሃር|ምስራሕ|ምጽዓን|ምኽፋል|ምጽባይ)\S*\s+"
    r"(\S+\s+){0,2}?(" + _R33_KILL_ME_TI + r")(\s+(\S+\s+)?(ይብል|ትብል|ይብሉ|ይብላ|ኢሉ|ኢላ|ኢሎም))?(\s+\S+)?",
    # anyone "killing me" with talk, noise or questions, with the copula joined ("ብዘረባ ትቐትለኒ'ያ")
    r"(?<!\S)" + _R32_NOISE_TI + r"\S*\s+(\S+\s+)?(" + _R33_KILL_ME_TI + r")(?!.*" + _R33_DANGER_TI + r")",
    # "kills me", said laughing (ብስሕቂ, እናሰሓቐ) and nothing serious around
    r"^" + _R33_NOT_SERIOUS_TI + r"(?!.*" + _R33_DANGER_TI + r")(?=.*(?<!\S)(ብስሕቂ|ስሕቂ|ብሰሓቕ|እናሰሓቐ|እናሰሓቐት|እናሰሓቑ|ይስሕቕ|ትስሕቕ|ሰሓቒ|ሰሓቐ|ሰሓቐት|ሰሓቑ|ብዋዛ|ዋዛ|emojilaugh)(?!\S))"
    r"(?=.*(" + _R33_KILL_ME_TI + r")).*",
    # a cut or a burn in the kitchen or at work by mistake, healed (no intent, no bleeding that does not stop)
    r"^(?!.*(" + _R33_DANGER_TI + r"|ብፍላጥ|ብድሌተይ|ባዕለይ|ደጊመ|እንደገና|ከም\s+ብሓድሽ|ከም\s+ወትሩ|ኩሉ\s+ግዜ|ክሃድእ|ክረጋጋእ|ይሃድኣኒ|ይሕሸኒ|ደስ\s+ይብለኒ|ክጎድእ|ክቐጽዕ))"
    r"(?=.*(?<!\S)(ብጌጋ|ብጊጋ|ብስሕተት|ብዘይ\s+ፍላጥ|ብዘይፍላጥ|ክሽነ|ክሽና|ኩሽና|ምግቢ|መግቢ|ሽጉርቲ|ኣሕምልቲ|ስጋ|ፍሩታ|ድንሽ|ቲማቲም|ኣብ\s+ስራሕ|ቢላዋ)\S*)"
    r".*(?<!\S)(ኢደይ|ኣጻብዐይ|ኣጻብዕተይ|ኣጻብዕ|ኣጻብዕቲ|እግረይ|ኢደይ\s+ጸጋመይቲ|ኢደይ\s+የማነይቲ)\s+(\S+\s+){0,3}?(ቆሪጸ|ተቖሪጸ|ቆሪጸዮ|ቆሪጸያ|ኣቃጺለ|ተቓጺለ|ሓሪረ|ሓሪሩኒ|ቆሪጹኒ)\S*.*",
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|bflat|bdleytey|baeley|degime|kemtsbahdish)\b)(?=.*\b(bgega|bgiega|bstihtet|bsihtet|kshne|kshna|kushna|mgbi|megbi|sga)\b)"
    r".*\b(idey|edey|agtsabey|atsabey|egrey)\s+(\w+\s+){0,3}?(qoritse|qorixe|koritse|qoritsa|qorise|aqatsile|hariire)\w*\b.*",
    # a near death in the past (the sea, the desert), over now and well ("seven years ago I nearly died at sea, now I am fine")
    r"^(?!.*(" + _R33_DANGER_TI + r"|ሕጂ\s+ውን|ደጊመ|ክደግሞ|ከምኡ\s+ክገብር|ሎሚ\s+ውን))(\S+\s+){0,3}?(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት|ኣዋርሕ|ወርሒ|ሰሙን)|ቀደም|ኣብ\s+\d{4}|ኣብ\s+ባሕሪ|ኣብ\s+ሰሃራ|ኣብ\s+ሊብያ|ኣብ\s+ጉዕዞ|ኣብ\s+ስደት)"
    r"\s+(\S+\s+){0,5}?(ክመውት|ክሞት|ክጠፍእ)\s+(ቀሪበ|ተቓሪበ|ቀሪብና|ተቓሪብና)\s+(ነይረ|ነይርና|ነበርኩ)(\s+\S+){0,4}?\s+(ሕጂ|ሎሚ\s+ግን|ሕጂ\s+ግን|ግን\s+ሕጂ)\s+(\S+\s+)?"
    r"(ግርም|ጽቡቕ|ደሓን|ሰላም|ብሰላም|ሕጉስ|ሕጉስቲ|ድሓን|ውሑስ)(\s+(\S+))?(?!\S).*",
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|hji\s+wn|degime)\b)(\w+\s+){0,3}?(qdmi|kdmi|qidmi|kidmi)\s+(\w+\s+){1,2}?(amet|ametat|awrh|werhi|semun)\s+(\w+\s+){0,5}?"
    r"(kmwt|kmewt|kmut|kmot|ktefe)\s+(qeribe|qerbe|kerbe|qerib|qeribna|kerib)\s+(neyre|neyrna|neyrena)\s+(\w+\s+){0,4}?(hiji|hji|hij|hjii|lomi\s+gn)\s+(\w+\s+)?"
    r"(grm|girm|tsbuq|xbuq|dehan|dhan|selam|hgus|hgusti)\b.*",
    # "the battery / work / class: I can't talk now, I'll be back tonight / tomorrow, bye" (a goodbye that says when it
    # comes back; not "never", sorry, a farewell for ever or danger)
    r"^(?!.*(" + _R33_DANGER_FINAL_TI + r"))(?=.*(ባተሪ|ባትሪ|ተለፎን|ተሌፎን|ስልኪ|ስልከይ|ሞባይል|ቻርጅ|ቻርጀር|ኢንተርነት|ዋይፋይ|ስራሕ|ክላስ|ትምህርቲ|ኮርስ|ኣኼባ|ቆጸራ|መኪና|ባቡር|ኣውቶቡስ|ቆልዑ|ህጻን|ድቃስ|%))"
    r"(?=.*(?<!\S)(ድሕሪ\s+\S+|ጽባሕ|ምሸት|ደሓር|ጸኒሐ|ቀጺለ|ኣብ\s+ሰዓት|ሎሚ\s+ምሸት|ሎሚ\s+ለይቲ|ቁሩብ\s+ደሓር)(?!\S))"
    r"(?=.*(?<!\S)(ደሓን\s+ኩኑ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ቻው|ቻዎ|ባይ|ሰላም|ሰናይ\s+(ምሸት|ለይቲ|መዓልቲ)|ክሳብ\s+ሽዑ|ክሳብ\s+ጽባሕ)(?!\S))"
    r"(?=.*(?<!\S)(ክምለስ|ክመልስ|ክምለሰኩም|ክመልሰልኩም|ክጽሕፈልኩም|ክጽሕፍ|ክድውለልኩም|ክድውል|ክረኽበኩም|ክንዘራረብ|ክራኸብ|ክቕጽል|ክንቕጽል)(\s*(እየ|ኢየ|ኢና)|የ)?(?!\S)).*",
    r"^(?!.*\b(" + _R33_DANGER_FINAL_LA + r")\b)(?=.*(\b(bateri\w*|batter\w*|telefon\w*|telephon\w*|mobile|mobiel|opladen|charge\w*|internet|wifi|srah|klas|class|les|werk|cursus|afspraak|qotsera)\b|%))"
    r"(?=.*\b(dhri|dehri|dhiri|tsbah|xbah|msheT|mshet|misheT|dehar|tsenihe|xenihe|qetsile|later|morgen|vanavond)\b)"
    r"(?=.*\b(dehan\s+kunu|dehan\s+kun|dehan\s+kuni|chaw|ciao|bye|doei|selam|senay\s+(mshet|leyti|mealti)|ksab\s+shiu)\b)"
    r"(?=.*\b(kmeles|kmelis|kmels|kmles|kmleskum|ktshfelkum|kxhfelkum|ktshf|kdewlelkum|kdwl|krekbkum|knzerareb|kqxl|kqtsl)\b).*",
    # nearly drowned, fell or died as a child or years ago (a story that is over; nothing now, again or wanted)
    r"^(?!.*(" + _R33_DANGER_TI + r"|ሕጂ\s+ውን|ደጊመ|ደጊም|ክደግሞ|ከምኡ\s+ክገብር|ሎሚ|ደልየ|ሓሲበ|እደሊ))"
    r"(?=.*(?<!\S)(ቆልዓ\s+ከለኹ|ቆልዓ\s+እንከለኹ|ንእሽቶ\s+ከለኹ|ንእሽቶ\s+እንከለኹ|ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት)|ቀደም|ኣብ\s+\d{4}|ኣብ\s+ስደት|ኣብ\s+ሰሃራ|ኣብ\s+ሊብያ|ኣብ\s+ጉዕዞ|ኣብ\s+ዓደይ)(?!\S))"
    r".*(?<!\S)(ክመውት|ክሞት|ክጥሕል|ክጠልቕ|ክወድቕ|ክጠፍእ)\s+(ቀሪበ|ተቓሪበ|ቀሪብና|ተቓሪብና)\s+(ነይረ|ነይርና|ነበርኩ)(?!\S).*",
    # "I'll die (of it)", a teacher or a friend said, as a joke or about an exam, work, a chore
    r"^" + _R33_NOT_SERIOUS_TI + r"(?!.*" + _R33_DANGER_TI + r")(?=.*(?<!\S)(ብዋዛ|ዋዛ|ብስሕቂ|ብሰሓቕ|እናሰሓቐ|እናሰሓቐት|emojilaugh)(?!\S))"
    r"(?=.*(?<!\S)(ኢሉ|ኢላ|ይብል|ትብል|ይብሉ|ኢሎም|ፈተና|ስራሕ|ዕዮ|ዕዮ\s+ገዛ|ድኻም|ጥሜት|ሙቐት|ቁሪ)\S*(?!\S))"
    r"(?=.*(?<!\S)(ክመውት|ክሞት|ክንመውት|ክንሞት)(\s*(እየ|ኢየ|ኢና)|የ|ና)?(?!\S)).*",
    # dying or being killed in a game, a level, a film role (a hobby frame; not "for real")
    r"^(?!.*(" + _R33_DANGER_TI + r"|ብሓቂ|ብሓቅ|ሓቂ\s+እየ|ኣብ\s+ሂወት|ኣብ\s+ህይወት))(?=.*(?<!\S)(ኣብ\s+|ብ|ናይ\s+)?(ጌም|ጌማት|ጸወታ|ፊፋ|ደረጃ|ሌቭል|ፕለይስቴሽን|ፕሌይስቴሽን|ፎርትናይት|ማይንክራፍት|ካንዲ\s+ክራሽ|ፓብጂ|ፑብጂ|ሉዶ|ካርታ|ኣብቲ\s+ፊልም|ተዋሳኣይ|ገጸ\s+ባህሪ)\S*(?!\S))"
    r"(?=.*(?<!\S)(ክመውት|ክሞት|ሞይተ|ሞይትና|ሞይቱ|ሞይታ|ክንመውት|ክቐትለኒ|ቀቲሉኒ|ቀቲላትኒ|ቀቲሎምኒ|ይቐትሉኒ|ይቐትለኒ|ቀቲለዮ|ቀቲለያ|ክቐትሎ)(\s*(እየ|ኢየ|ኢና|እዩ|እያ)|የ|ዩ|ያ)?(?!\S)).*",
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|bhaqi|bhaki)\b)(?=.*\b(game|games|gamen|level|fifa|playstation|ps5|fortnite|minecraft|pubg|ludo|karta|spel|spelletje)\b)"
    r"(?=.*\b(kmewt|kmot|moyte|moytna|moytu|qetiluni|kqetleni|yqetleni|qetileyo)\w*\b).*",
    # crying, fainting or "dying" with joy (passed the exam, the papers came)
    r"(?<!\S)(ብሓጎስ|ካብ\s+ሓጎስ|ብታሕጓስ|ካብ\s+ታሕጓስ|ብሓጎሰይ)\s+(\S+\s+)?(ክበኪ|ክበኪ|በኺየ|ነቢዐ|ክነብዕ|ክመውት|ክሞት|ክዓልብ|ክዝለል|ክፈንጅር|ክሃርር)\S*(\s+(ደልየ|ቀሪበ|እየ|ኢየ))?(?!\S)",
    r"\b(bhagos|bhagus|kab\s+hagos|btahgwas)\s+(\w+\s+)?(kbeki|kbeky|kibeki|bekiye|netbie|kneb|kmewt|kmot|kzlel)\w*(\s+(delye|deliye|qeribe|eye))?\b",
    # "tell me the truth, are you a person or a computer?" after a long run-up about quick answers (the whole
    # message is the service question; nothing dangerous in it)
    r"^(?!.*(" + _R33_DANGER_TI + r"))(?=.*(?<!\S)(ሰብ|ሰባት|ሮቦት|ኮምፒተር|ኮምፒዩተር|ማሽን|ቦት)\s+(ዲኹም|ዲኻ|ዲኺ|ዲኹምዶ|ዶ\s+ኢኹም|ዶ\s+ኢኻ|ዲዩ|ድዩ)\s+(ወይስ|ወይ|ወይ\s+ድማ)\s+"
    r"(ሰብ|ሰባት|ሮቦት|ኮምፒተር|ኮምፒዩተር|ማሽን|ቦት|ኤኣይ|ai)(?!\S)).*",
    r"^(?!.*\b(" + _R33_DANGER_LA + r")\b)(?=.*\b(seb|sebat|robot|computer|komputer|mashin|bot)\s+(dikum|dika|diki|do\s+ikum|do\s+ika|diyu)\s+(weys|wey|do)\s+"
    r"(seb|sebat|robot|computer|komputer|mashin|bot|ai)\b).*",
    # Latin script: nearly drowned or died at sea, in the desert, as a child (a story that is over)
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|hji\s+wn|degime|lomi\s+leyti)\b)(?=.*\b(qdmi|kdmi|qidmi|qedem|kedem|ab\s+\d{4}|ab\s+bahri|ab\s+mediterranean|ab\s+middellandse|ab\s+sahara|ab\s+libya|ab\s+gueazo|qolea\s+kleku|qolea\s+ekleku)\b)"
    r".*\b(kmwt|kmewt|kmut|kmot|ktefe|ktehel|kintehel|kntehel|ktehal|kthl|ktelq|kwedq)\s+(qeribe|qerbe|kerbe|qerib|qeribna|qerbna|kerib|kerbna|teqaribe)\s+(neyre|neyrna|neyrena)\b.*",
    # Latin script: hunger, thirst, the heat or the cold "killed / kills me" (fasting, a long day); round 43: not when
    # sleeping outside or without a house (then the message is read as usual, as its Ge'ez form is)
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|ab\s+dege\s+(n|k|y|t)?(dqes|dkes|deqes|hadr|hader|hadir)\w*|bzey\s+geza|bla\s+geza|ab\s+godena\s+\w*(dqes|hadr)\w*)\b).*\b(b)?(timyet|tmyet|tmiyet|tmet|tsmi|tsmie|xmi|dkam|dikam|drkam|hrur|muqet|mukhet|quri|zhul|dhul)\s+(\w+\s+)?"
    r"(y|yi|t)?(q|k)eti?l(e|u|a|om)(ni|na)\b.*",
    # a rope for the laundry, a tent, a move or sport (nothing about the neck, hanging myself, or giving up)
    r"^(?!.*(" + _R33_DANGER_TI + r"|ክሓንቕ|ክሓንቅ|ክሳደይ|ክሳድ|ርእሰይ|ክመውት|ክሞት|ክንጠልጠል|ተንጠልጢለ|ጣውላ\s+ናሕሲ))"
    r"(?=.*(?<!\S)(ን|ብ|ና|ንም|ንኽ|ንክ|ምስ|ናይ)?(ክዳን|ክዳውንቲ|ንኽዳን|ንክዳውንቲ|ክዳውንተይ|ምንጻፍ|ክንጽፍ|ንምንጻፍ|ሕጽቦ|ዳስ|ድንኳን|ካምፕ|ምግዓዝ|ምጽዓን|ጽዕነት|ሳንዱቕ|ሻንጣ|ጀልባ|ስፖርት|ጂም|ምዝላል|ጸወታ|ከልቢ|ኣትክልቲ|ብሽክለታ|ብሽክሌታ|መኪና|ሰሌዳ|ኣቕሓ)\S*)"
    r".*(?<!\S)ገመድ\S*.*",
    r"^(?!.*\b(" + _R33_DANGER_LA + r"|khanq|kihanq|kehanq|ksadey|rsey|kmewt|kmot)\b)(?=.*\b(kdan|kdawnti|nkdan|nkdawnti|mntsaf|kntsf|wasgoed|was|tent|dngkan|dnkan|camping|verhuizen|sport|gym|bshkleta|fiets)\b).*\bgemed\b.*",
)
_ROUND33_CRISIS_TI: tuple[str, ...] = (
    # "tonight / today / now I will die" with the copula joined ("ሎሚ ለይቲ ክመውት'የ"), not of hunger or laughter (ብ...)
    r"^(?!.*((?<!\S)ብ\S+\s+(ክመውት|ክሞት)|ፈተና|ስራሕ|ዋዛ|ሰሓቕ|ስሕቂ|ጌም|ጸወታ|ፊልም|ቪድዮ|ደረጃ|ሌቭል|ኩዕሶ|ግጥም|emojilaugh|ቀሪበ))"
    r".*(?<!\S)(ሎሚ|ሎሚ\s+ለይቲ|ሎሚ\s+ምሸት|ሎሚ\s+መዓልቲ|ሕጂ|ሕጂ\s+ሕጂ|ጽባሕ|እዛ\s+ለይቲ|ኣብዚ\s+ለይቲ|ድሕሪ\s+ሕጂ)\s+(\S+\s+){0,2}?" + _R33_DIE_I_TI,
    # in front of a car, a truck, a bus or a train: to throw myself, to go, to fall
    r"(?<!\S)(ኣብ\s+|ናብ\s+)?ቅድሚ(ኣ|ኡ|ቲ|ታ)?\s+(\S+\s+){0,2}?(መኪና|ማኪና|መካይን|ትራክ|ካሚዮን|ኣውቶቡስ|ባቡር|ትራም|ሎሪ|ታክሲ|ሞቶ|ትረን)\S*\s+(\S+\s+)?"
    r"(ክድርበ|ክድርቢ|ክድርብ|ክወድቕ|ክወድቅ|ክኣቱ|ክዓቱ|ኪዓቱ|ክዘልል|ክሰግር|ክውርወር|ክድርበዮ|ክድርብዮ)(\s*(እየ|ኢየ)|የ|\s+(ደልየ|ሓሲበ|ወሲነ|እደሊ|ቀሪበ))(?!\S)",
    r"(?<!\S)(ርእሰይ|ነብሰይ)\s+(ኣብ\s+|ናብ\s+)?ቅድሚ\s+(\S+\s+)?(መኪና|ማኪና|ትራክ|ካሚዮን|ኣውቶቡስ|ባቡር|ትራም|ሎሪ|ታክሲ)\S*\s+(\S+\s+)?(ክድርቦ|ክድርብዮ|ክድርበዮ|ክድርብ|ክድርበ|ክወርወር)\S*(?!\S)",
    r"\b(ab\s+|nab\s+)?(qdmi|kdmi|qidmi|kidmi|qdmia|qdmiu)\s+(\w+\s+){0,2}?(mekina|mkina|makina|mekinа|auto|truck|vrachtwagen|bus|autobus|trein|tren|babur|tram|lori)\s+(\w+\s+)?"
    r"(kdrbe|kdirbe|kderbe|kderbi|kdrbi|kwedq|kwedk|kiatu|kiatu|kaatu|kzelel|kzell|kzel)\w*\b",
    # holding or ready with a rope, and giving up ("the fine came, I can't anymore, I hold a rope")
    _both(r"(?<!\S)ገመድ\S*\s+(\S+\s+)?(ሒዘ|ሒዘዮ|ኣዳልየ|ኣዳልየዮ|ኣሲረ|ኣሰርየ|ኣንጠልጢለ|ኣሎኒ|ኣለኒ|ገዚአ|ረኺበ|ኣምጺአ)\S*(?!\S)",
          r"(ደጊም\s+ኣይክእልን|ኣይክእልን|ኣይከኣልኩን|ተስፋ\s+ቆሪጸ|ክነብር\s+ኣይደልን|ደኺመ|ኣብቂዑኒ|ዓቕሊ\s+ጸቢቡኒ|ይኣክል|ሰላም\s+ኩኑ|ደሓን\s+ኩኑ|ይቕሬታ|ንሓዋሩ|መወዳእታ|ስንብት|ክሞት|ክመውት|ክሳደይ|ናሕሲ)"),
    _both(r"\bgemed\w*\s+(\w+\s+)?(hize|hiz|hizeyo|adalye|adaleye|asire|aseryе|aloni|aleni|alleni|gezie|rekibe)\b",
          r"\b(degim\s+)?(aykeln|aykiln|ayklen|aykielen|aykealkun)\b|\btesfa\s+qoritse\b|\bknebr\s+aydelen\b|\b(dekhime|dekime)\b|\bnhawru\b|\b(kmot|kmewt)\b"),
    # no reason to live (Latin script; the transliteration of "mknyat" misses the Ge'ez rule)
    r"\b(nmnbar|nmnbar|nminbar|knebr|kneber|kinebir|mnbar|mnbarey)\s+(\w+\s+)?(mknyat|mkniyat|mikniyat|mknyt|mknat|tesfa|dlet|hayli|trgum)\w*\s+(\w+\s+)?(yebleyn|yebleyen|yeblen|yelen|yeln|aybleyn)\b",
)
_ROUND33_UNCERTAIN_TI: tuple[str, ...] = (
    # "I will die" with the copula joined, alone
    r"^(?!.*((?<!\S)ብ\S+\s+(ክመውት|ክሞት)|ቀሪበ|ፈተና|ዋዛ|ሰሓቕ|ስሕቂ|ጌም|ጸወታ|ፊልም|ቪድዮ|ደረጃ|ሌቭል|ኩዕሶ|ግጥም|emojilaugh))" r".*" + _R33_DIE_I_TI,
    # someone threatens me now (a person, not a bill, a bailiff or a fine; not a story that is over, not a joke)
    r"^(?!.*(deurwaarder|ደርዋርደር|ምውጻእ|መቕጻዕቲ|ቅጽዓት|ቤት\s*ፍርዲ|ፍርዲ|ጠበቓ|ሕጊ|ክራይ|ዕዳ|ሕሳብ|ፋክቱራ|ደብዳቤ|ቅድሚ|ቀደም|ነይሩ|ነይራ|ነይሮም|ዋዛ|ብዋዛ|ሰሓቕ|emojilaugh|ጌም|ፊልም))"
    r".*(?<!\S)(ይ|የ|ት|ተ)ፈራር(ሃ|ሓ|ሁ|ሑ)(ኒ|ና)(\s+(ኣሎ|ኣላ|ኣለዉ|እዩ|እያ))?(?!\S)",
    # no reason for tomorrow, to wake up or get up
    r"(?<!\S)(ንጽባሕ|ክበራበር|ክትንስእ|ንምትንሳእ|ንምብርባር|ንህይወት|ንህይወተይ)\s+(\S+\s+){0,2}?(ምኽንያት|ተስፋ|ትርጉም|ድሌት)\S*\s+(\S+\s+)?(የብለይን|ኣይብለይን|የለን|የለንን|የብለይ\s+እኳ)(?!\S)",
    r"\b(ntsbah|nxbah|ntsbah|kberaber|ktnse)\s+(\w+\s+){0,2}?(mknyat|mkniyat|mikniyat|tesfa|trgum)\w*\s+(\w+\s+)?(yebleyn|yeblen|yelen)\b",
)
# (round 33, Tigrinya: end)
_ROUND33_IDIOMS = _ROUND33_IDIOMS_NL_AR + _ROUND33_IDIOMS_TI
_ROUND33_CRISIS = _ROUND33_CRISIS_NL_AR + _ROUND33_CRISIS_TI
_ROUND33_UNCERTAIN = _ROUND33_UNCERTAIN_NL_AR + _ROUND33_UNCERTAIN_TI

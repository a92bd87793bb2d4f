"""Round 25: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both

# Round 25: kinds from batch 25 (sealed in round 24) and own probes.
# (round 25, Dutch and Arabic: start)
# Kinds from batch 25 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
_R25_CHILD_AR = r"(ابني|بنتي|ابنتي|ابننا|بنتنا|الولد|البنت|الطفل|طفل|طفله|طفلي|طفلتي|الصغير|الصغيره|ابنها|بنتها|ابنو|بنتو|ولد|بنت)"
_R25_LOST_THING_AR = (r"(رساله|الرساله|رسالتي|ورقه|الورقه|الاوراق|مكتوب|المكتوب|مفتاح\S*|المفتاح|المفاتيح|موبايل\S*|تلفون\S*|التلفون|"
                      r"جزدان\S*|الجزدان|محفظ\S*|المحفظه|بطاق\S*|البطاقه|كرت\S*|الكرت|جواز\S*|الجواز|باسبور\S*|الباسبور|اقام\S*|الاقامه|"
                      r"شنت\S*|الشنته|الفاتوره|فاتوره|الظرف|ظرف|البريد|الطرد)")
_R25_WEATHER_AR = r"(ال)?(برد|حر|شوب|جوع|تعب|امتحان|امتحانات|دوام|شغل|ضحك|مشي|طريق|زحمه|دراسه|رطوبه|مطر|هوا|ريح|رياح|تلج|ثلج|غلا|اسعار|فواتير|ملل|انتظار)"
_ROUND25_IDIOMS_NL_AR: tuple[str, ...] = (
    # a letter, the keys, a card got lost (not a child): "the letter got lost before my son could translate it"
    _R25_LOST_THING_AR + r"\s+(\S+\s+){0,3}?(ضاع|ضاعت|ضاعو|ضايع|ضايعه|انسرق|انسرقت|ضيعت\S*)(?!\S)",
    r"(?<!\S)(ضاع|ضاعت|ضاعو|ضيعت|ضيعنا)\s+(مني\s+|منا\s+|مننا\s+)?" + _R25_LOST_THING_AR + r"(?!\S)",
    # the cold, the heat, the exams "killed us"
    r"(?<!\S)(ذبح|دبح|قتل|موت|هلك|ماتت|مات)(ني|نا|تني|تنا|و|ونا|وني)?\s+" + _R25_WEATHER_AR + r"(?!\S)",
    r"(?<!\S)" + _R25_WEATHER_AR + r"\s+(\S+\s+)?(ذبحني|ذبحنا|دبحني|دبحنا|قتلني|قتلنا|موتني|موتنا|هلكني|هلكنا)(?!\S)",
    r"\b(dab7ni|dab7na|dba7ni|dba7na|zab7ni|zab7na|2atalni|2atalna|atalni|atalna|mawatni|mawatna|halakni|halakna)\s+(el\s+|l)?(bard|7ar|7arr|shob|jo3|ta3ab|dawam|shoghl|imti7an\w*|m?tehan\w*)\b",
    r"\b(el\s+|l)?(bard|7ar|shob|jo3|ta3ab|dawam)\s+(dab7ni|dab7na|zab7ni|zab7na|2atalni|2atalna|atalni|atalna|mawatni|mawatna)\b",
    # "what must we do if a fire breaks out?" (exam, KNM, a course): a question about a case, not the case
    r"(?<!\S)(اذا|لو|في\s+حال|بحال|وقت\s+ما|لما)\s+(صار|حصل|صار\s+في|كان\s+في|شب|اندلع|وقع)\s+(ال)?(حريق|حريقه|نار|زلزال|فيضان|تسرب\s+غاز)(\s+(ب|في\s+)\S+)?",
    r"\bwat\s+(moet|moeten|doe|doen)\s+(je|jij|ik|we|wij|u|men)\s+(doen\s+)?(als|bij|wanneer)\s+(er\s+)?(brand|een\s+brand|gaslucht|een\s+overstroming|overstroming)\b(\s+(is|uitbreekt|ontstaat))?",
    # a fire drill at school or work
    r"(تدريب|تمرين|بروفه|مناوره)\S*\s+(\S+\s+)?(عال|علي\s+ال|ع\s*ال|لل|تبع\s+ال|ضد\s+ال)?(حريق|اخلاء|نار|زلزال)",
    r"\b(tadrib|tadreeb|tamrin|tamreen)\s+(\w+\s+)?(3al|3a\s+el|3ala\s+el|lal|tab3\s+el)?\s*(7ari2|7arik|7ariq|ekhla2|i5la2|nar)\b",
    r"\b(brand\w*oefening\w*|ontruimings\w*oefening\w*|oefening\s+(\w+\s+)?(brand|ontruiming|brandalarm)|proefalarm|brandalarm\s+test\w*)\b",
    # "I love you to death", "you are my life"
    r"(?<!\S)(بحبك|بحبكي|بحبها|بحبو|بحبه|بعشقك|احبك|بموت\s+فيك)\s+(موت|للموت|لدرجه\s+الموت|حد\s+الموت)(?!\S)",
    r"\b(b?a?7e?b+ak|b?a?7e?b+ik|b7bk|ba7bek|b3sh2ak|ba3sha2ak)\s+(mot|mout|moot|lal\s*mot)\b",
    r"\bje\s+bent\s+(mijn\s+leven|alles\s+voor\s+mij|mijn\s+alles)\b(\s+(en\s+)?ik\s+ben\s+(smor|stapel|helemal\s+)?verliefd(\s+op\s+(jou|je))?)?",
    # "I don't want to die before I speak Dutch like the Dutch": a wish to live first
    r"(?<!\S)(ما|مش|مو)\s+(بدي|بد|بدنا|بدها|بدو)\s+[انب]?موت\s+قبل\s+ما\s+\S+",
    r"\b(ma|mish|mesh|mo)\s+(badi|bade|bdi)\s+mo?u?t\s+(abel|2abel|qabel)\s+ma\s+\w+",
    r"\bik\s+wil\s+niet\s+(dod\s*gaan|sterven|dod)\s+(voor\s*dat|voordat|zonder\s+dat)\s+ik\b",
    # a phone, a laptop "completely dead" after it fell in water or the toilet
    r"\b(telefon|mobiel|gsm|smartphone|laptop|computer|tablet|batterij|acu|oplader|printer|router|auto)\b\s+(\S+\s+){0,8}?(nu\s+)?(is\s+)?(hij|ze|het)?\s*(helemal\s+|compleet\s+|totaal\s+)?(dod|overleden)\b",
    # the KNM book, a course or exam about domestic violence, Veilig Thuis: a learner's question
    r"\b(wat|wie)\s+(is|doet|zijn|betekent)\s+(het\s+)?veilig\s+thuis\b",
    r"\b(knm|inburgering\w*|de\s+cursus|de\s+les|het\s+examen|de\s+toets)\s*(boek\w*|les\w*|examen\w*|toets\w*|cursus\w*|docent\w*|juf|meester)?\s+(\S+\s+){0,3}?(staat|stond|gaat|ging|lees|lazen|leerden|leren|leer|praten|vertelde|vertelt|hadden|hebben)\s+((we|wij|ze|jullie|ik|je|u|hij|zij|de\s+juf|de\s+docent)\s+)?(iets\s+|veel\s+|les\s+)?over\s+(\S+\s+){0,2}?(huiselijk\s+geweld|geweld|mishandeling|kinder\s*mishandeling|er\s*wraak|loverboys?|uithuwelijking|veilig\s+thuis)\b(\s+(en|of)\s+(over\s+)?(het\s+)?(veilig\s+thuis|huiselijk\s+geweld|geweld|kinder\s*mishandeling|mishandeling))?",
    r"(كتاب|درس|دروس|امتحان|فحص|كورس|مدرسه|معلمه|معلم|الاستاذ|الاستاذه)\s+(ال)?(knm|knm|الاندماج|اندماج|اللغه)\s+(\S+\s+){0,3}?(عن|مكتوب\s+عن|في\s+موضوع|بيحكي\s+عن|حكت\s+عن|حكا\s+عن)\s+(ال)?(عنف|ضرب|veilig\s+thuis)\S*(\s+(ال)?اسري)?",
)
_ROUND25_CRISIS_NL_AR: tuple[str, ...] = (
    # someone plans an attack with a bomb or a weapon
    _both(r"\b(bom|bommen|explosieven|explosief|aanslag|vuurwapen|pistol|geweer|kalasjnikov)\b",
          r"\b(gaat|gan|wil|willen|plant|plannen|van\s+plan|dreigt|dreigen)\b\s+(\S+\s+){0,6}?(doen|plegen|ontploffen|opblazen|schieten|aanvallen|vermorden|iets\s+ergs|mensen\s+(\S+\s+)?dod\w*)\b",
          r"^(?!.*\b(film|serie|game|spel|boek|nieuws|journaal|geschiedenis|les|examen)\b)"),
    _both(r"(قنبله|قنابل|متفجرات|تفجير|حزام\s+ناسف|سلاح|مسدس|بارود|كلاشن\S*)",
          r"(?<!\S)(رح|ح|بدو|بدهم|ناوي|ناويين|عم\s+يخطط|عم\s+يخططو|هدد|بيهدد)\s+(\S+\s+){0,4}?(يفجر|يفجرو|يعمل\s+شي|يعملو\s+شي|يقتل|يقتلو|يطخ|يطخو|شي\s+كبير|شي\s+مو\s+منيح|شي\s+مش\s+منيح|عمليه)",
          r"^(?!.*(فيلم|مسلسل|لعبه|الاخبار|اخبار|التاريخ|درس))"),
    _both(r"\b(bombe|bomba|qonbele|2onbole|2onbula|tafjir|mosaddas|sla7|sila7)\b", r"\b(ra7|bado|bidu|nawi|nawyin|hadded|bihadded)\s+(\w+\s+){0,4}?(yfajjer|yfajer|ya3mel\s+shi|yi2tol|yo2tol|ytokh|yetokh|shi\s+kbir)\b"),
    r"(?<!\S)(رح|ح|بدو|بدها|ناوي|ناويه|هدد)\s+(\S+\s+)?(يفجر|تفجر)\s+(حالو|حاله|حالها|نفسه|نفسو|نفسها)(?!\S)",
    r"\b(ra7|bado|bidu|nawi|hadded)\s+(\w+\s+)?(yfajjer|yfajer|tfajjer)\s+(7alo|7ala|7alha|nafso)\b",
    # going to God soon, closing all affairs: a veiled goodbye
    r"(?<!\S)(مسافر|مسافره|رايح|رايحه|ماشي|ماشيه|راجع|راجعه|طالع|طالعه|رح\s+روح|رح\s+سافر|بدي\s+روح|بدي\s+سافر)\s+(\S+\s+)?(لعند|عند|ل\s*عند|الي|لل|عل)\s*(ربي|الله|رب\s+العالمين|السما|الاخره|امي\s+الله\s+يرحمها)(?!\S)",
    r"\b(msafer|mesafer|msafra|ray7|ray7a|rayi7)\s+(\w+\s+)?(la3end|3end|la\s+3and|3and|lal)\s*(rabbi|rabi|allah|alla)\b",
    r"\bik\s+(ga|vertrek|reis)\s+(\w+\s+){0,2}?naar\s+(god|alah|de\s+hemel|boven|mijn\s+schepper|het\s+hiernamaals)\b",
    # labour now: the waters broken too early, giving birth at home without the ambulance
    _both(r"\b(vruchtwater|vliezen|mijn\s+water)\b\s+(\S+\s+){0,2}?(gebroken|gebroken|breekt|brak|weg|loopt|lopen)\b|\b(persweeen|perswen)\b|\b(erge|hevige|sterke|heftige|veel)\s+wen\b",
          r"\b(pas|maar|slechts)\s+([1-2]\d|3[0-5])\s+weken\b|\b([1-2]\d|3[0-5])\s+weken\b|\b(baby\s+komt|hofd\s+is\s+te\s+zien|ambulance\s+(is\s+)?(er\s+)?(nog\s+)?niet|verloskundige\s+(is\s+)?(er\s+)?(nog\s+)?niet|bloed\w*|te\s+vroeg)\b"),
    _both(r"(?<!\S)(عم\s+(ت|ب)ولد|بلشت\s+(ت|ب)ولد|رح\s+(ت|ا)?ولد|عم\s+تخلف|بلش\s+الطلق|الطلق|طلق\s+الولاده|نزلت\s+(ال)?(مي|ميه|مويه)|(مي|ميه|مويه)\s+(ال)?راس|انفجر\S*\s+(ال)?كيس|راس\s+(ال)?بيبي\s+(عم\s+)?(يبين|بين|طالع))(?!\S)",
          r"(بالبيت|الاسعاف|الاسعاف\s+(لسا|لسه)|ما\s+اجا|لحالي|ما\s+حدا\s+معي|ما\s+حدا\s+معنا|ما\s+وصل|شو\s+بعمل|شو\s+اعمل|بالشهر\s+(ال)?(سابع|سادس|خامس)|ب?الاسبوع\s+(ال)?\d+|بكير|نزيف|دم)"),
    _both(r"\b(3am\s+twled|3am\s+tawled|3am\s+tewled|3am\s+bawled|nezlet\s+(el\s+)?may(\s+el\s+ras)?)\b", r"\b(bel\s+bet|bl\s*bet|is3af|es3af|ma\s+eja|ma\s+wesel|shu\s+a3mel|shu\s+ba3mel|dam|nazif|la7ali|ma\s+7ada)\b"),
    _both(r"\b(bevalt|bevallen|aan\s+het\s+bevallen|persen|perswen)\b", r"\b(thuis|alleen)\b",
          r"\b(ambulance|verloskundige|dokter|hulp)\s+(is\s+)?(er\s+)?(nog\s+)?(niet|nergens)\b|\bniemand\s+(is\s+)?(hier|bij\s+ons|bij\s+mij)\b"),
    # burning oneself on purpose (lighter, cigarette, iron), again and again
    _both(r"\b(ik\s+heb\s+(mezelf|mijzelf|mijn\s+(arm|armen|hand|handen|been|benen|huid|pols|buik|dij|dijen))\s+(\w+\s+)?(gebrand|verbrand|geschroeid)|ik\s+(brand|verbrand)\s+(mezelf|mijzelf|mijn\s+(arm|armen|hand|been|benen|huid|pols)))\b",
          r"\b(aansteker|sigaret\w*|pek|lucifer\w*|expres|opzettelijk|express|(tweede|derde|vierde|vijfde)\s+keer|elke\s+(dag|avond|nacht|week)|alweer|steds)\b",
          r"^(?!.*\b(zalf|cream|koud\s+water|gebrand\s+aan|verbrand\s+aan|per\s+ongeluk)\b)"),
    _both(r"(?<!\S)(حرقت|بحرق|عم\s+احرق)\s+(حالي|نفسي|ايدي|ايديي|دراعي|اجري|جلدي|زندي|بطني)(?!\S)",
          r"(ولاعه|الولاعه|قداحه|سيكاره|سيجاره|السيكاره|دخان|المكوا|مكوايه|عن\s+قصد|قصدا|كل\s+يوم|كل\s+ليله|مره\s+(تانيه|تالته|التالته|رابعه)|تالت\s+مره|تاني\s+مره|كل\s+مره)"),
    r"\b(7ara2t|hara2t|7ra2t)\s+(7ali|nafsi|idi|iidi|edi|dra3i|zendi)\s+(\w+\s+)?(bel|b)\s*(wal3a|2adda7a|sigara|sigaret)\b",
    # a noose or rope made and hanging (not "strop" = bad luck, not a washing line)
    _both(r"\b(strop|lus\s+van\s+(een\s+)?tou|tou\s+met\s+een\s+lus)\b", r"\b(gemaakt|geknopt|maak|knop|hangt|opgehangen|klar|vastgemaakt|balk|plafond|zolder|schur|haak|trap|boom)\b"),
    _both(r"(?<!\S)(الحبل|حبل|المشنقه|مشنقه|حبل\s+المشنقه)(?!\S)", r"(?<!\S)(معلق|علقت|علقتو|معلقه|جاهز|جاهزه|ربطت\S*|بالسقف|بالغرفه|بالمروحه|عالمروحه|حول\s+رقبتي|برقبتي|بالسقيفه)(?!\S)",
          r"^(?!.*(غسيل|الغسيل|الغسيل|تياب|التياب|خيمه|الخيمه|رياضه|نط|النط|قفز))"),
    r"\b(el\s+)?(7abel|habel|7abl)\s+(m3alla2|m3ala2|mu3allaq|jahez|rbatto)\b",
    # a small child alone along a motorway or the railway (someone else's child)
    _both(r"\b(kind\w*|peuter\w*|kleuter\w*|jongetje|meisje|baby)\b", r"\b(alen|zonder\s+(ouders|volwassene|iemand))\b",
          r"\b(snelweg|autoweg|spor|sporen|spor\w*|rails|vluchtstrok|vaart|kanal|gracht|waterkant)\b"),
    _both(r"(طفل|طفله|ولد\s+صغير|بنت\s+صغيره|ولد\s+زغير|(?<!\S)(ولد|بنت|صبي)\s+(\S+\s+)?(عمرو|عمره|عمرها))", r"(لحالو|لحالها|وحدو|وحدها|لوحدو|لوحدها|بدون\s+اهل)",
          r"(الاوتوستراد|اوتوستراد|الطريق\s+السريع|سكه\s+(ال)?قطار|السكه|الترعه|القناه|الكنال|جنب\s+المي)"),
    _both(r"\b(walad|wled|bent|tefl|tifl|ebn|binet|sabi)\b", r"\b(la7alo|la7ala|la7alha|wa7do|wa7da|la\s*wa7do|la\s*wa7da)\b",
          r"\b(autostrad|otostrad|tari2\s+(el\s+)?sari3|sekket\s+(el\s+)?(tren|train|2a6ar|qitar)|el\s+sekke|kanal)\b"),
    # a child bleeding from the head (also after violence)
    _both(r"\b(kind|zon|zontje|dochter\w*|baby|kleine|peuter)\b", r"\b(bloed\w*)\s+(\w+\s+){0,2}?(hofd|oor|mond)\b|\b(hofd|oor)\s+(\w+\s+)?(bloed\w*)\b"),
    # trapped under furniture or fallen, cannot get up, alone
    _both(r"\b(vast\s+onder|klem\s+onder|bekneld|onder\s+de\s+(kast|kasten|auto|boom|muur|pun|ladder))\b", r"\b(zit|zat|ligt|lag|sinds|al|kan\s+niet|alen|moeder|vader|oma|opa|mijn)\b"),
    _both(r"(?<!\S)(علقان|علقانه|عالق|عالقه|محشور|محشوره|انحشر|انحشرت)\s+(\S+\s+)?(تحت)(?!\S)", r"(امي|ابوي|جدي|جدتي|ستي|حدا|هو|هي|لحال|من\s+الصبح|من\s+امبارح|من\s+ساعه)"),
    r"\b(3al2an|3al2ane|3al2ana|ma7shour|ma7shoura|3ale2|3al2a)\s+(\w+\s+)?ta7t\b",
    # a child not back from school, searched for since hours
    _both(_R25_CHILD_AR, r"(ما\s+رجع|ما\s+رجعت|ما\s+وصل|ما\s+وصلت|ما\s+اجا|ما\s+اجت|مش\s+راجع|لسا\s+ما\s+رجع|لسه\s+ما\s+رجع)",
          r"(عم\s+(ن|ب|ا)?دور|دورنا|دورت|عم\s+ندورو|من\s+الساعه|من\s+ساعه|من\s+ساعتين|صرلو|صرلها|ساعتين|تلفونو\s+مسكر|تلفونها\s+مسكر)"),
    _both(r"\b(zon|zontje|dochter\w*|kind|kinderen)\b", r"\b(niet\s+(\w+\s+)?thuis\s*gekomen|niet\s+(\w+\s+)?terug\s*gekomen|nog\s+niet\s+thuis|niet\s+van\s+school\s+thuis)\b",
          r"\b(zoeken|zoek|gezocht|sinds|al\s+(\w+\s+)?uur|uren|telefon\s+(staat\s+)?uit|politie)\b"),
    # sextortion: more pictures or videos, or he sends what he has to my family
    _both(r"(صور|صوره|فيديو|فيديوهات|الصور|الفيديو|الفيديوهات|مقاطع)", r"(والا|ولا|اذا\s+ما|لو\s+ما)\s+(\S+\s+){0,2}?(بيبعت|رح\s+يبعت|بيبعتهم|بينشر|رح\s+ينشر|بيفضح|بيفضحني|رح\s+يفضحني|بيوزع|بينزل)"),
    _both(r"\b(fotos?|video\w*|filmpje\w*|naakt\w*|beelden)\b", r"\b(anders|als\s+ik\s+(dat\s+)?niet|tenzij)\b\s+(\S+\s+){0,4}?(stuurt|sturen|stuur|verspreid\w*|delen|deelt|zet|zetten|post|laat\s+zien)\b"
          r"|\b(stuurt|verspreidt|verspreiden|deelt|zet|post|laat)\b\s+(\S+\s+){0,5}?(als\s+ik\s+(\S+\s+)?niet|tenzij\s+ik)\b"),
    # unconscious after low sugar, lying and not waking up
    _both(r"(?<!\S)(ما|مش|مو)\s+(عم\s+)?(ي|ت|بي|بت)(فيق|صحي|صحا|وعي)(?!\S)",
          r"(مرمي|مرميه|واقع|واقعه|وقع|وقعت|عالارض|عالكنبايه|عالكنبه|السكر|السكري|مغمي|ازرق|زرق|تنفس|هزيتو|هزيته|هزيتها|ناديت|عم\s+نادي|بعيط\s+عليه|ما\s+عم\s+(ي|ت)رد)"),
    _both(r"\b(ma\s+3am\s+(yfi2|yfee2|tfi2|yesha|yes7a|ys7a))\b", r"\b(mermi\w*|marmi\w*|w?a2e3\w*|sokkari|sukkar|sokar|ma\s+3am\s+yetnaffas)\b"),
    _both(r"\b(suiker|hypo|bloedsuiker)\b", r"\b(niet\s+(meer\s+)?wakker|reageert\s+niet|bewusteloos|flauw\s*gevallen|trilt|zweet)\b"),
    # smoke coming out, flames indoors, the smoke alarm going off with smoke
    _both(r"\b(vlammen|in\s+brand|het\s+rokt|rokt\s+uit|rok\s+(komt|uit)|zwarte\s+rok|dikke\s+rok|rokmelder\w*\s+(\w+\s+)?(af|piept|gaat))\b",
          r"\b(stopcontact|gordijn\w*|keuken|kamer|huis|trap|gang|flat|meterkast|bank|bed|pan|wasmachine|droger|buren|buurman|buurvrouw|galerij|portiek|hal|zolder)\b",
          r"^(?!.*\b(kaars\w*|barbecue|bbq|open\s+haard|kampvuur|film|serie|oefening|koken|kok|fornuis|gasfornuis|flamber\w*|sigaret\w*)\b)"),
    _both(r"(?<!\S)(دخان|الدخان|دخنه)\s+(\S+\s+)?(اسود|كثيف|طالع|عم\s+يطلع)|(طالع|عم\s+يطلع)\s+(\S+\s+)?(دخان|الدخان)|(?<!\S)(شعلت|ولعت|اشتعلت|احترقت)\s+(ال)?(برادي|ستاير|الستاره|البرداي|الكنبايه|الفرشه|المطبخ|البريز|الفيش)",
          r"(شقه|بيت|البيت|البنايه|الجيران|جيرانا|المطبخ|الغرفه|الدرج|البريز|الفيش|جرس|انذار)"),
    _both(r"\b(dukhan|dokhan|d5an|du5an|dkhan)\b", r"\b(aswad|kthif|ktif|tal3a|tale3|3am\s+yetla3|3am\s+ytla3)\b", r"^(?!.*\b(argile|argileh|shisha|sigara|sigarete?)\b)"),
)
_ROUND25_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # evicted, now sitting at a station or in the street with a baby
    _both(r"\b(tarduna|taradouna|tarduni|tarduuna|tal3una|bel\s+share3|bala\s+bet)\b", r"\b(halla2|hala2|halla|el\s+lele|2a3dine|2a3din|nayemin|nayme?in|m7atta|share3|7adi2a)\b",
          r"\b(baby|bebe|rade3|el\s+rade3|wladi|el\s+wlad|tefli|binti|ebni|7amel|7amle)\b"),
    _both(r"(?<!\S)(طردنا|طردني|طردونا|طردوني|طردتنا|طالعونا|طلعونا|بالشارع|بلا\s+بيت|بلا\s+مأوي|ما\s+عنا\s+وين\s+ننام|ما\s+في\s+وين\s+ننام)(?!\S)",
          r"(هلق|هلا|الليله|اليوم|هلأ|قاعدين|نايمين|بمحطه|المحطه|بالحديقه|بالشارع)", r"(الرضيع|رضيع|البيبي|الولاد|ولادي|الطفل|اطفالي|طفلي|بنتي|ابني|حامل)"),
    _both(r"\b(op\s+straat\s+gezet|uit\s+(ons|mijn|het)\s+huis\s+gezet|huis\s+uit\s+gezet|uitgezet|dakloos)\b", r"\b(nu|vannacht|vandaag|station|park|straat)\b",
          r"\b(baby|kind|kinderen|kleine|zwanger)\b"),
    # a letter written for the family and then into the sea or the water
    _both(r"\b(afscheids\s*brief\w*|brief\w*\s+(\w+\s+){0,4}?(geschreven|schrijf|achtergelaten|klargelegd|neergelegd))\b",
          r"\b(de\s+ze\s+in|het\s+water\s+in|kanal\s+in|de\s+gracht\s+in|van\s+de\s+brug|voor\s+de\s+trein|niet\s+meer\s+wakker|als\s+ik\s+er\s+niet\s+meer\s+ben)\b"),
    _both(r"(?<!\S)(كتبت|كتبتلها|كتبتلو|تركت)\s+(\S+\s+)?(رساله|مكتوب|ورقه|وصيه)", r"(عالبحر|بالبحر|البحر|بالنهر|عالنهر|بالقناه|عالسكه|تحت\s+القطار|من\s+الجسر|ما\s+رح\s+كون\s+موجود|بعد\s+ما\s+روح)"),
    # "I won't be there" and "I won't need anything anymore"
    _both(r"(?<!\S)و?(ما|مش|مو)\s+(رح|ح)\s+(كون|اكون|ضل|اضل)\s+(موجود|موجوده|هون|معكن|معكم)(?!\S)", r"(?<!\S)و?(ما|مش)\s+عاد\s+(رح\s+|ح\s+)?(احتاج|بحتاج|حتاج|اطلب|لازمني)(?!\S)"),
    _both(r"\bik\s+(zal\s+er\s+niet\s+(meer\s+)?zijn|ben\s+er\s+dan\s+niet\s+meer)\b", r"\bik\s+heb\s+(niks|niets)\s+meer\s+nodig\b"),
    # someone's "last day", we must pray for him / forgive him
    _both(r"\b(laatste\s+(dag|avond|nacht|bericht))\b", r"\b(bidden|bid|vergeef|vergeven|afscheid|vaarwel|nooit\s+meer|voor\s+altijd)\b", r"^(?!.*\b(school|werk|stage|cursus|vakantie|ramadan|jaar)\b)"),
    _both(r"(?<!\S)(اخر|آخر)\s+(يوم|ليله|رساله)\s+(\S+\s+)?(الي|الو|الها|النا|بحياتي|بحياتو|بحياتها|الي\s+بالدنيا)(?!\S)|(?<!\S)(اليوم|الليله)\s+(اخر|آخر)\s+(يوم|ليله)", r"(ادعولي|ادعوله|ادعولها|سامحوني|سامحوه|سامحيني|سامحني|الله\s+معكم|وداعا|ودعوني|مع\s+السلامه\s+للابد)"),
    # thanks for all the help, "it is finished for me", greetings to someone: a veiled goodbye
    _both(r"\b(bedankt|dank|dankjewel|dankuwel)\b", r"\b(het\s+is\s+(klar|over|op)\s+voor\s+mij|ik\s+ben\s+er\s+(straks\s+)?niet\s+meer|voor\s+de\s+laatste\s+keer|dit\s+is\s+mijn\s+laatste\s+bericht|je\s+hort\s+niets\s+meer\s+van\s+mij)\b"),
    _both(r"(شكرا|مشكورين|يسلمو|الله\s+يجزيكم)", r"(خلص\s+(انا\s+)?خلصت|خلصت\s+من\s+كل\s+شي|ما\s+رح\s+تسمعو\s+مني|اخر\s+رساله\s+مني|ما\s+عاد\s+رح\s+تشوفوني|خلاص\s+انتهيت|انتهي\s+كل\s+شي\s+عندي)"),
    # "if one dies, who pays the rent / what happens to the body" next to "I can't anymore", or "I am fine, just asking"
    _both(r"(?<!\S)(اذا|لو|لما|بعد\s+ما)\s+(الواحد|الشخص|حدا|انا|واحد|لاجئ|الانسان)\s+(\S+\s+){0,2}?(مات|مت|توفي|موت|مات\S*)(?!\S)",
          r"(ما\s+عاد\s+فيني|ما\s+عدت\s+قادر|ما\s+بقا\s+فيني|مش\s+قادر|تعبت|الجثه|جثتي|الجثمان|يدفني|يدفنوني|الدفن|بيدفع\s+(ال)?ايجار|الديون|ديوني|ولادي|انا\s+بخير|لا\s+تقلقو)"),
    _both(r"\b(als|wanneer|stel\s+dat)\s+(iemand|je|ik|men|een\s+vluchteling)\s+(\S+\s+){0,3}?(dod\s*gaat|overlijdt|sterft|dod\s+is)\b",
          r"\b(lichaam|begraven|begrafenis|huur|schulden|kinderen|ik\s+kan\s+niet\s+meer|ik\s+trek\s+het\s+niet|met\s+mij\s+gat\s+het\s+goed|maak\s+je\s+geen\s+zorgen|geen\s+familie)\b"),
)
# (round 25, Dutch and Arabic: end)
# (round 25, Tigrinya: start)
# Kinds from batch 25 and own probes (Ge'ez first, then Latin-script Tigrinya). The fold does not merge
# ቅ/ቕ or ከ/ኸ: both are written out where a word has either.
_R25_CHILD_OBJ_TI = r"(ንወደይ|ንጓለይ|ንደቀይ|ን[ሕህ]ጻ[ነ-ኗ]\S*|ንቆልዓ|ንቆልዑ|ንእሽቶ|ወደይ|ጓለይ|ደቀይ)"
_R25_PARENT_TI = r"(ኣደይ|ኣቦይ|ሓፍተይ|ሓወይ|ኣሕዋተይ|ዓባየይ|ኣቦሓጎይ|ኣኮይ|ሓትነይ)"
_R25_KILL_ME_TI = r"(ክትቐትለኒ|ክቐትለኒ|ክቐትሉኒ|ትቐትለኒ|ይቐትለኒ|ክትቀትለኒ|ክቀትለኒ|ክቀትሉኒ)(\s+(እያ|እዩ|እዮም))?"
_R25_TRIVIAL_CAUSE_TI = (r"(ፈተና|ነጥቢ|ካርኒ|ሪፖርት|exam|toets|ዘይሓለፍኩ|ዝወደቕኩ|ዝወደቅኩ|ዝሰበርኩ\S*|ዝጨረምኩ\S*|ዘጥፋእኩ\S*|"
                         r"ዝደንጎኹ|ዝደንጎኽኩ|ዘባኸንኩ\S*|ዝሓርርኩ\S*|ስልኪ|መኪና|ገንዘብ\s+(ስለ\s+)?(ዘጥፋእኩ|ዝወዳእኩ))")
_ROUND25_IDIOMS_TI: tuple[str, ...] = (
    # a parent who "will kill me" with a laugh further on, or over a failed exam or a broken thing
    _R25_PARENT_TI + r"\s+(\S+\s+){0,4}?" + _R25_KILL_ME_TI + r"(?=(\s+\S+){0,10}?\s+emojilaugh)",
    _R25_PARENT_TI + r"\s+(\S+\s+){0,4}?" + _R25_KILL_ME_TI + r"(?=(\s+\S+){0,4}?\s+ስለ\s+(\S+\s+){0,4}?" + _R25_TRIVIAL_CAUSE_TI + r")",
    _R25_TRIVIAL_CAUSE_TI + r"\s+(\S+\s+){0,6}?" + _R25_PARENT_TI + r"\s+(\S+\s+){0,3}?" + _R25_KILL_ME_TI + r"(?!\s+(\S+\s+)?(ኢሉ|ኢላ|ኢሎም)\s+(\S+\s+)?(ካራ|ሽጉጥ|ፖሊስ))",
    r"\b(ade|adey|abey|haftey|hawey)\s+(\w+\s+){0,4}?(ktqetleni|kqetleni|ktketleni|kketleni|tqetleni|yqetleni|kqetluni)(\s+(eya|iya|eyu|iyu))?(?=(\s+\w+){0,10}?\s+emojilaugh)",
    r"\b(ade|adey|abey|haftey|hawey)\s+(\w+\s+){0,4}?(ktqetleni|kqetleni|ktketleni|kketleni|tqetleni|yqetleni)(\s+(eya|iya|eyu|iyu))?(?=(\s+\w+){0,4}?\s+(sele|sle|sil)\s+(\w+\s+){0,3}?(exam|fetena|toets|zeyhalefku|zwedeqku|zseberku))",
    # love or longing that burns "like fire" in the heart
    r"(ፍቕሪ|ፍቅሪ|ናፍቖት|ናፍቆት|ልበይ|ልቢ|ልባ|ልቡ)\S*\s+(\S+\s+){0,4}?ከም\s+ሓዊ\s+(\S+\s+)?(ይነድድ|ትነድድ|ይቃጸል|የቃጽለኒ|ይሓርር|ይልብለብ|ይውዕይ|ነዲዱ)",
    r"(ልበይ|ልቢ)\s+(\S+\s+)?(ብፍቕሪ|ብፍቅሪ|ብናፍቖት|ብናፍቆት)\s+(\S+\s+)?(ይነድድ|ይቃጸል|ይሓርር|ነዲዱ)",
    r"(ናፍቖት|ናፍቆት|ፍቕሪ|ፍቅሪ)\S*\s+(\S+\s+){0,2}?ከም\s+ሓዊ(\s+(ይነድድ|ትነድድ|ይቃጸል|የቃጽለኒ|ይሓርር|እዩ|እያ))?",
    r"\b(fqri|fiqri|fkri|fikri|nafqot|nafkot|libey|lbey|lbi|libi)\s+(\w+\s+){0,4}?kem\s+hawi\s+(\w+\s+)?(ynedd|yneded|ynedid|ykatsel|yqatsel|yharr)\b",
    # someone "stole my heart"
    r"(ልበይ|ሊበይ|ልባ|ልቡ|ልብና|ልበና)\s+(\S+\s+)?(ሰሪቓ\S*|ሰሪቑ\S*|ሰረቓ\S*|ሰረቐ\S*|ሰሪቃ\S*|ሰሪቁ\S*|ሰረቃ\S*|ማሪኻ\S*|ማሪኹ\S*)",
    r"\b(libey|lbey|lbi|libi|lbu|lba|libu|liba)\s+(\w+\s+)?(sereq\w*|seriq\w*|serek\w*|serik\w*)\b",
    # returning to God as repentance or prayer (not dying)
    r"ናብ\s+(ኣምላኸይ|ኣምላኽ|ፈጣሪ\S*|ጎይታ)\s+(\S+\s+)?(ክምለስ|ክኸይድ|ክቐርብ|ክቀርብ)(?=(\s+\S+){0,4}?\s+(ንስሓ\S*|ክንሳሕ|ክጽሊ|ክንጽሊ|ቤተ\s*ክርስ(ቲ|ት)ያን|መስጊድ|ቁርኣን|መጽሓፍ\s+ቅዱስ|ጸሎት))",
    r"(ንስሓ\S*|ክንሳሕ|ብጸሎት)\s+(\S+\s+){0,4}?ናብ\s+(ኣምላኸይ|ኣምላኽ|ፈጣሪ\S*|ጎይታ)\s+(\S+\s+)?(ክምለስ|ክኸይድ|ክቐርብ|ክቀርብ)",
    # standing on a bridge for a photo
    # (round 33: not when the person on the bridge sends me the photos: a worry, not a day out)
    # (the look-ahead for the first word first: the veto is then only scanned where the idiom can start, round 35)
    r"(?=ድልድል|ብሪጅ|ብሩግ)(?!.*(ሰዲዳትለይ|ሰዲዱለይ|ሰዲዶምለይ|ይሰደለይ|ትሰደለይ|ይሰዱለይ|ለኣኺትለይ|ለኣኺዱለይ|ትልእከለይ|ይልእከለይ))"
    r"(ድልድል|ብሪጅ|ብሩግ)\S*\s+(\S+\s+){0,2}?ደው\s+ኢ(ለ|ልና|ሉ|ላ)(?=(\s+\S+){0,3}?\s+(ስእሊ|ፎቶ|ሰልፊ)\S*)",
    # a religious fast: no food by day, for days
    r"(ኣብ\s+)?(ጾም|ጾመ|ረመዳን|ሮመዳን|ሑዳድ)\S*\s+(\S+\s+){0,4}?(ምግቢ|መግቢ|ዝኾነ)\s+(\S+\s+)?(ኣይበላዕኩን|ኣይንበልዕን|ኣይበላዕናን|ኣይበልዕን|ኣይንምገብን)",
    # one or two pills for a headache, a fever or a pain
    r"(?<!\S)(ሓደ|ሓንቲ|ክልተ)\s+(ከኒና|ኪኒና|ፒሪ)\s+(\S+\s+)?(ወሲደ|ውሒጠ)(?=(\s+\S+){0,4}?\s+(ርእሰይ|ርእሲ|ስለ\s+ዝሓመመኒ|ቃንዛ|ንቃንዛ|ረስኒ|ሰዓል|ጉንፋዕ|ሕማም))",
)
_ROUND25_CRISIS_TI: tuple[str, ...] = (
    # a child hurt by someone at home (burnt with an iron or a cigarette, beaten) and the family told to keep it quiet
    _both(_R25_CHILD_OBJ_TI, r"(ሓሪ[ሩረራር]\S*|ኣቃጺ[ሉለላል]\S*|ሰቢ[ሩረራር]\S*|ወቒ[ዑዐዓዕ]\S*|ይወቕ[ዕዖዑ]\S*|ሃሪ[ሙመማም]\S*|ይሃር[ሞሙ]\S*|ቀጥቂ[ጡጠጣጥ]\S*|ገሪ[ፉፈፋፍ]\S*)",
          r"(ከይ(ን|ት)?ነ[ግገ]\S*|ከይ(ን|ት)?ዛረ\S*|ኣይትንገ\S*|ኣይትዛረ\S*|ምስጢር|ብካውያ|ብውዑይ\s+ካውያ|ብሽጋራ|ብቐበቶ|ብቀበቶ|ብሲጋራ)"),
    _both(r"\b(nwedey|ngualey|ndekey|nhxan\w*|nhtsan\w*|nqolea|nqolue|wedey|gualey)\b", r"\b(harir\w*|aqatsil\w*|akatsil\w*|sebir\w*|weqi\w*|harim\w*|qetqit\w*)\b",
          r"\b(keyn+ger\w*|keytn+ger\w*|keyn+eger\w*|aytnegeru|aytngeru|bkawya|bshgara|bsigara|bqebeto)\b"),
    # a fire in the building, the stairs full of smoke, trapped at a window or balcony
    _both(r"(?<!\S)(ሓዊ\s+(ኣሎ|ተላዒሉ|ተወሊዑ|ሒዙ|ተኣጒዱ|ተቐጺሉ)|ባርዕ|ይነድድ\s+ኣሎ|ትነድድ\s+ኣላ|ብ?(ጭስ|ትኪ)\s+(\S+\s+)?(መሊ[ኡኣ]|ተመሊ[ኡኣ]))",
          r"(ፊነስትራ|መስኮት|ባልኮን|ደረጃ|ክንወጽእ|ክወጽእ|ተዓጺ[ናዩያ]|ተዓጽና|ኣብ\s+ውሽጢ|ቆልዑ|ቆልዓ|[ሕህ]ጻ[ነ-ኗ]|ሓግዙ|ኣድሕኑ|112|ሓዊ\s+ጠፋእቲ|brandweer)",
          r"^(?!.*(ፊልም|ልምምድ|ዜና|ታሪኽ|emojilaugh|ሓዊ\s+የለን|ምድጃ|ሽሮ|ፍቕሪ|ናፍቖት|ጸወታ|ትምህርቲ|ኮርስ|እንተ\s+(\S+\s+)?ሓዊ))"),
    _both(r"\b(hawi\s+(alo|telailu|tewelie|hizu)|bare|bari|ynedd\s+alo|yneded\s+alo|(tki|chis|rook)\s+(\w+\s+)?(meliu|meli|temeliu))\b",
          r"\b(finestra|raam|balkon|dereja|derja|trap|knwetsie|knwexie|kwetsie|wushti|qolue|qolea|hagezu\w*|adhnu\w*)\b",
          r"^(?!.*\b(film|oefening|nieuws|emojilaugh|hawi\s+yelen|fqri|game|les)\b)"),
    # going into a river, the sea or a canal tonight, decided, tired of it all
    _both(r"(ናብ|ናብቲ|ኣብ|ኣብቲ)\s+(\S+\s+)?(ሩባ|ባሕሪ|ካናል|ቦይ|ቀላይ|ሓይቂ|ግራኽት|gracht|kanal|ማይ)\S*\s+(\S+\s+)?(ክኣቱ|ክዘልል|ክጥሕል|ክሰጥም|ክጠልቕ|ክጠልቅ|ክነጥር|ክወድቕ|ክወድቅ|ክድርቢ)(?!\S)",
          r"(ሓሲበ|ወሲነ|ቀሪበ|ክኸይድ\s+እየ|ክከይድ\s+እየ)",
          r"(ሎሚ\s+(ምሸት|ለይቲ)|ደኺመ|ደኸመ|ሰልኪየ|ጸጊበ|ተስፋ|ኩሉ\s+ክውዳእ|ንሓዋሩ|ንዘለኣለም|ስንብት|ኣይክምለስን|ኣይክትርእዩኒን|ይቕሬታ|ይቅሬታ)",
          r"^(?!.*(ክሕምብስ|ክንሕምብስ|ምሕምባስ|ሕምባስ|ዓሳ|ጀልባ|ክገፍፍ|ስፖርት|ማዕበል\s+ጸወታ|ምስ\s+ኣዕሩኽ\S*|ምስ\s+ዓርከይ|ምሳ\s+ዓርከይ))"),
    _both(r"\b(nab|nabti|ab|abti)\s+(\w+\s+)?(ruba|bahri|kanal|gracht|may|bey)\s+(\w+\s+)?(katu|kiatu|kzelel|kzelil|ktehl|ktehil|ksetm|kTelq|ktelq|kwedq)\b",
          r"\b(hasibe|wesine|deleye|edeli|qeribe)\b", r"\b(lomi|dekime|selkiye|tsegibe|tesfa|nhawaru|nzelealem)\b", r"^(?!.*\b(khmbs|khembs|knhmbs|zwem\w*|asa|jelba)\b)"),
    # giving one's things away and now "at peace", "ready", "nothing left"
    _both(r"(ኩሉ\s+(ነገረይ|ንብረተይ|ዘለኒ)|ንብረተይ|ክዳውንተይ|ስልከይ|ሰዓተይ|ገንዘበይ|ብሽክለተይ|መጻሕፍተይ|ኮምፒተረይ|ላፕቶፐይ|ወርቀይ)",
          r"(?<!\S)(ሂበ|ዓዲለ|ኣካፊለ|ኣረኪበ|ገዲፈ)\S*",
          r"(ሰላም\s+(\S+\s+)?(ይስምዓኒ|ተሰሚዑኒ|ይረኽብ)|ቅሳነት\s+(\S+\s+)?(ይስምዓኒ|ተሰሚዑኒ)|ድሉው\s+እየ|ተዳልየ|ዝተረፈ\s+(\S+\s+)?የለን|ኣየድልየንን|ኣይክድልየንን|ኣይከድልየንን|ኣይክደልዮን|ስንብት|ተፋንየ|ክኸይድ\s+ድሉው)",
          # (round 43: not with new ones bought: "I gave all my clothes away, I don't need them, I bought new ones")
          r"^(?!.*(ቀይሕ\s+መስቀል|ድኳን|ካልኣይ\s+ኢድ|ኣረገውቲ|ሸይጠ|ዕዳጋ|kringloop|ፈተና|ገዛ\s+ቀይረ|ክግዕዝ|ሓድሽ\s+(\S+\s+)?ገዚአ|ሓደስቲ\s+(\S+\s+)?ገዚአ|ሓድሽ\s+(\S+\s+)?ዓዲገ|ሓደስቲ\s+(\S+\s+)?ዓዲገ))"),
    _both(r"\b(kulu\s+(negerey|nbretey|zeleni)|nbretey|kdawntey|slkey|seatey|genzebey)\b", r"\b(hibe|adile|akafile|arekibe)\w*\b",
          r"\b(selam\s+(\w+\s+)?(ysmaeni|ysmeani|tesemiuni)|qsanet\s+(\w+\s+)?ysmaeni|dluw\s+eye|tedalye|aykdelyon|snbt|tefanye)\b"),
    # "my soul returns to its creator today", "I go to God tonight"
    _both(r"(ናብ\s+(ፈጣሪ\S*|ኣምላኽ\S*|ጎይታ\S*)|ን(ፈጣሪ|ኣምላኽ)\S*)\s+(\S+\s+)?(ክምለስ|ክትምለስ|ክ[ከኸ]ይድ|ክት[ከኸ]ይድ|ክገይሽ|ክትገይሽ|ክሓልፍ|ክረ[ኽክ]ቦ|ክራ[ኸከ]ቦ)",
          r"(ሎሚ|(?<!\S)ሕጂ|ቀሪበ|ቀሪባ|ጸልዩለይ|ጸሎት\s+ግበሩለይ|ኣይትሕዘኑ|ስንብት|ደሓን\s+ኩኑ|ንሓዋሩ|ድሕሪ\s+ሎሚ)",
          r"^(?!.*(ቤት\s+ኣምላኽ|ቤተ\s+ክርስትያን|መስጊድ|ንጽሊ|ክንጽሊ|ሰንበት|ጾም|በዓል|ንግሆ\s+ጸሎት))"),
    _both(r"\b(nab\s+(fetari\w*|amlak\w*|goyta\w*))\s+(\w+\s+)?(kmeles|ktmeles|kimeles|kkeyd|ktkeyd|kgeysh)\b",
          r"\b(lomi|hji|hiji|qeribe|qeriba|tselot|tseluley|aythzenu|snbt)\b", r"^(?!.*\b(bete\s+krstyan|mesgid|kerk|moskee|senbet)\b)"),
    # "I have decided to sleep forever", "to rest for good" (not a lazy Sunday with a laugh)
    r"^(?!.*(emojilaugh|ሰንበት|ቀዳም|ንግሆ|ዕረፍቲ\s+መዓልቲ|ሰሙን\s+ምሉእ))(?=.*(?:(?<!\S)(ንዘለኣለም|ንዘልኣለም|ንዘለዓለም|ንሓዋሩ|ንወትሩ)\s+(ክድቅስ|ክድቀስ|ክዓርፍ|ክጠፍእ|ክሓልፍ)\s+(\S+\s+)?(ወሲነ|ደልየ|እደሊ|ሓሲበ|ቀሪበ)))",
    r"^(?!.*\b(emojilaugh|senbet|qedam|weekend)\b)(?=.*\b(nzelealem|nzelalem|nhawaru)\s+(kdqes|kdeqs|kidqes|karf|ktefie)\s+(\w+\s+)?(wesine|deleye|edeli|hasibe)\b)",
    # to sleep and never wake up again (Latin script)
    _both(r"\b(kdqes|kidqes|kdeqs|kdqs)\s+(\w+\s+)?(delye|deleye|edeli|ideli)\b", r"\b(ka?ye?tns\w*|keytns\w*|ka?ye?brabr\w*|keybrabr\w*|keynqh\w*)\b"),
    # a naked photo or video and a threat to send it to the family or to post it unless money is paid
    _both(r"(ቪድዮ|ቪዲዮ|ቪደኦ|ስእሊ|ፎቶ|video|foto)\S*", r"(ዕርቃ[ንነ]\S*|ዕርቓ[ንነ]\S*|እርቃ[ንነ]\S*|እርቓ[ንነ]\S*|naakt|naked|nude)",
          r"(ክሰዶ\S*|ክሰዳ\S*|ኪሰዶ\S*|ክዝርግሕ\S*|ክዘርግሕ\S*|ክዝርግሖ\S*|ክዘርግሖ\S*|ክልእኮ\S*|ክለጥፎ\S*|ኣውሮ|ዩሮ|euro|ገንዘብ|ንስድራይ|ንጽድረይ|ንኣደይ|ንሰብኣየይ|ፌስቡክ|ቲክቶክ|ቲኽቶኽ|facebook|tiktok)"),
    _both(r"\b(video|foto|photo|sieli|siel)\w*\b", r"\b(e'?rqan\w*|erkan\w*|naakt|naked|nude)\b",
          r"\b(kisedo\w*|ksedo\w*|kzergh\w*|kzergho\w*|kiliekom?|euro|genzeb|ntsdrey|nsdrey|nadey|nsebayey|facebook|tiktok|insta\w*)\b"),
    # to follow, join or see again someone who died
    _both(r"(?<!\S)(ክስዕባ|ክስዕቦ|ክስዕቦም|ክስዕበን|ክሓብራ|ክሓብሮ|ክሓብሮም|ክጽንበራ|ክጽንበሮ|ክጽንበሮም|ክሕወሶ|ክሕወሳ|ክሕወሶም)\s+(\S+\s+)?(ይሓስብ|እሓስብ|ሓሲበ|ደልየ|እደሊ|ይደሊ|ወሲነ|እየ)(?!\S)",
          r"(ሞይ[ታቱቶተ]|ዝሞተ\S*|ሞት\S*|ዓሪ[ፋፉ]|ቀብሪ|ሓዘን|ክፋነ\S*|ኣብ\s+ሰማይ)"),
    _both(r"\b(ksiba|ksieba|ksiebo|ksibo|ksbom|khabra|khabro)\s+(\w+\s+)?(yhasb|ehasb|hasibe|deleye|delye|edeli|wesine)\b", r"\b(moyta|moytu|moyto|zmote\w*|mot\w*|arifa|arifu|qebri)\b"),
    # an overdose taken: boxes or many pills swallowed
    _both(r"(?<!\S)(ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ሽዱሽተ|ሸውዓተ|ሸሞንተ|ትሽዓተ|ዓሰርተ|ብዙሕ|ኩሉ|ሙሉእ|ምሉእ|\d+)\s+(ሳጹን|ሳንዱቕ|ሳንዱቅ|ካርቶን|ፓኮ|ፓኬት|ሽጣር|ጥርሙዝ|ሽሻ)\S*",
          r"(?<!\S)(ወሲደ|ውሒጠ|ሰትየ|በሊዐ|ወሲዱ|ውሒጡ|ወሲዳ|ውሒጣ|ሰትዩ|ሰትያ)(?!\S)",
          r"^(?!.*(ገዚአ|ገዚኡ|ፋርማሲ|ብመዓልቲ|ክንደይ|እንተ|ቆጸራ|ኣዚዙለይ))"),
    _both(r"(?<!\S)(ዓሰርተ|ዕስራ|ብዙሕ|ኩሉ|ሙሉእ|ምሉእ|\d\d+)\s+(ከኒና|ኪኒና|ፒሪ|ፒልስ|ታብሌት)\S*", r"(?<!\S)(ወሲደ|ውሒጠ|ወሲዱ|ውሒጡ|ወሲዳ|ውሒጣ)(?!\S)",
          r"^(?!.*(ብመዓልቲ|ክንደይ|እንተ|ኣብ\s+ሰሙን|ኣብ\s+ወርሒ))"),
    _both(r"\b(kilte|kelte|selesete|selest|arbaete|hamushte|hamushti|aserte|bzuh|kulu|mulue|\d+)\s+(satsun|saxun|satzun|karton|pako|paket|tirmuz|doos|doosjes|strip\w*)\b",
          r"\b(wesde|wesede|wesidey|wuhite|wihite|wuhte|setye)\b", r"^(?!.*\b(geziE|gezie|apotheek|pharmacy|bmealti|kndey)\b)"),
    # a small child hanging from or climbing out of a window or balcony, or fallen from it
    _both(r"(ቆልዓ|ቆልዑ|[ሕህ]ጻ[ነ-ኗ]\S*|ወዲ\s+\d+\s+ዓመት|ጓል\s+\d+\s+ዓመት|ንእሽቶ)", r"(ፊነስትራ|መስኮት|ባልኮን|ናሕሲ|ደርቢ)",
          r"(?<!\S)(ተንጠልጢ[ሉላ]|ክወድቕ|ክወድቅ|ክትወድቕ|ክትወድቅ|ክነጥር|ደይቡ|ደይባ|ወዲቑ|ወዲቓ|ወዲቁ|ወዲቃ|ተሰቒሉ|ተሰቒላ)(?!\S)", r"^(?!.*(ጸወታ|ፊልም|ኣሻንጉሊት|ዓሻንጉሊት))"),
    _both(r"\b(qolea|qolue|hxan\w*|htsan\w*|baby|kind|kindje)\b", r"\b(finestra|raam|balkon|nahsi|derbi)\b",
          r"\b(tenteltilu|tenteltila|teteltilu|kwedq|kwedeq|ktwedq|deybu|deyba|wediqu|wediqa)\b"),
)
_ROUND25_UNCERTAIN_TI: tuple[str, ...] = (
    # no bread or food for days, the body getting weak
    _both(r"(ዳቦ|ባኒ|እንጀራ|ቁራስ|ምግቢ|መግቢ|ዝብላዕ|ዝበልዕ\S*)\s+(\S+\s+){0,2}?(ኣይበላዕ\S*|የብለይን|የብልናን|የብሎምን|የብላን|የብሉን|የለን|የለናን|ኣይረኸብ\S*)",
          r"(ካብ\s+\S+\s+(ጀሚሩ|ጀሚርና|ጀሚረ)|(ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ብዙሕ|\d)\s+መዓልቲ|መዓልታት|ሰሙን|ሰብነተይ\s+(\S+\s+)?(ይደክም|ደኺሙ)|ይዞረኒ|ዓይነይ\s+(\S+\s+)?ይጸልመት)",
          r"^(?!.*(ጾም|ጾመ|ረመዳን|ሮመዳን|ክገዝእ|ክንገዝእ))"),
    _both(r"\b(dabo|bani|enjera|mgbi|megbi)\s+(\w+\s+){0,2}?(aybelaekun|aybelaenan|yebleyn|yeblnan|yeblomn|yeblan|yelen)\b",
          r"\b(\d+\s+mealti|mealtat|kab\s+\w+\s+jemir\w*|ydekm|ydekim|yzoreni)\b", r"^(?!.*\b(tsom|tsome|ramadan)\b)"),
    # someone without a place to sleep tonight (a woman with a baby at a station, a young man in a park)
    _both(r"(መሕደሪ|መደቀሲ|ዝሓድረሉ|ዝሓድራሉ|ዝሓድሩሉ|ዝድቅሰሉ|ዝድቅሳሉ|ዝድቅሱሉ|ዝሓድርሉ|ዝሓድሩሉ)\s+(\S+\s+)?(የብላን|የብሉን|የብለይን|የብልናን|የብሎምን|የለን|ስኢና|ስኢኑ|ስኢነ|ስኢንና)",
          r"(ሎሚ|ለይቲ|ምሸት|ቆልዑ|ቆልዓ|[ሕህ]ጻ[ነ-ኗ]|ጣብያ|ጎደና|ደገ|ፓርክ|ቁሪ|ዝሑል|ሓግዙ)", r"^(?!.*(ሆቴል|ክፍሊ\s+ሆቴል|ቦኪንግ|booking|ዕረፍቲ|በዓል))"),
    # intending to go into the water, without a sign that it is for a swim
    _both(r"(ናብ|ናብቲ|ኣብ|ኣብቲ)\s+(\S+\s+)?(ሩባ|ባሕሪ|ካናል|ቦይ|ቀላይ|ሓይቂ|gracht|kanal)\S*\s+(\S+\s+)?(ክኣቱ|ክዘልል|ክጥሕል|ክሰጥም|ክጠልቕ|ክጠልቅ|ክነጥር|ክድርቢ)(?!\S)",
          r"(ሓሲበ|ወሲነ)", r"^(?!.*(ምስ\s+ኣዕሩኽ\S*|ምስ\s+ዓርከይ|ክሕምብስ|ክንሕምብስ|ምሕምባስ|ሕምባስ|ዓሳ|ጀልባ|ክገፍፍ|ስፖርት|ምሳ\s+ዓርከይ|ምስ\s+ስድራይ))"),
    # standing on a bridge or a high roof a long time, alone
    _both(r"(ድልድል|ብሪጅ|ብሩግ|ናሕሲ\s+ህንጻ|ጫፍ\s+ህንጻ)", r"(ደው\s+ኢለ|ተቐሚጠ|ተቀሚጠ)", r"(ንሰዓት\S*|ነዊሕ\s+ግዜ|ለይቲ|ንበይነይ|በይነይ|ታሕቲ\s+ርእየ|ንማይ\s+ርእየ)",
          r"^(?!.*(ስእሊ|ፎቶ|ምስ\s+ዓርከይ|ምስ\s+ኣዕሩኽ|ቱሪስት|ስራሕ|ኣውቶቡስ|ባቡር\s+(\S+\s+)?ክጽበ|ትራፊክ|ጽገና))"),
    _both(r"\b(dldl|dildil|brug|bridge)\b", r"\b(dew\s+ile|teqemite)\b", r"\b(nseat\w*|leyti|nbeyney|beyney)\b", r"^(?!.*\b(foto|sieli|tourist|srah|bus)\b)"),
    # giving all one's things away to people
    _both(r"(ንብረተይ|ክዳውንተይ|ስልከይ|ሰዓተይ|ገንዘበይ|ብሽክለተይ|መጻሕፍተይ|ኮምፒተረይ|ላፕቶፐይ|ወርቀይ)", r"(?<!\S)(ሂበ|ዓዲለ|ኣካፊለ|ኣረኪበ)\S*",
          r"(ኩሉ|ወዲኣ|ሓደ\s+ብሓደ)", r"(?<!\S)ን(ዓርከይ|ሓወይ|ሓፍተይ|ኣደይ|ደቀይ|ጎረቤተይ|ኣዕሩኽተይ|ኣሕዋተይ)",
          r"^(?!.*(ቀይሕ\s+መስቀል|ድኳን|ካልኣይ\s+ኢድ|ኣረገውቲ|ሸይጠ|ዕዳጋ|kringloop|ገዛ\s+ቀይረ|ክግዕዝ|ልደት|በዓል|ህያብ))"),
    _both(r"\b(nbretey|kdawntey|slkey|seatey|genzebey)\b", r"\b(hibe|adile|akafile|arekibe)\w*\b", r"\b(kulu|wedie|wedia)\b", r"\bn(arkey|hawey|haftey|adey|dekey)\b"),
)
# (round 25, Tigrinya: end)
_ROUND25_IDIOMS = _ROUND25_IDIOMS_NL_AR + _ROUND25_IDIOMS_TI
_ROUND25_CRISIS = _ROUND25_CRISIS_NL_AR + _ROUND25_CRISIS_TI
_ROUND25_UNCERTAIN = _ROUND25_UNCERTAIN_NL_AR + _ROUND25_UNCERTAIN_TI



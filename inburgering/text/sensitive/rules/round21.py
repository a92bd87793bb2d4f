"""Round 21: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (development data since); see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both

# Round 21 (batch 21 read; it is development data since): idioms, rules and signals by kind.
# Idioms: a person in a film or series who jumps, flies off, hangs himself or dies (third person); a
# mouth "on fire" from spicy food; plants and trees dead of frost; a first-aid course "what to do if
# someone does not breathe" (a lesson, not an emergency); a team "beaten" or "slaughtered" with a score;
# food that "kills" with its taste; a song that says "I die with you"; dying of boredom (Tigrinya
# spellings); hanging a painting, a curtain or clothes (Tigrinya "to hang it").
_ROUND21_IDIOMS = (
    # a person in a film, series or story who jumps, flies off, dies or hangs himself
    r"\b(in|bij)\s+(de|het|die|een|deze)\s+(film|serie|soap|tekenfilm|aflevering|boek|verhaal|clip|video|musical|toneelstuk)\s+"
    r"((?!(ik|mij|me|mezelf)\b)\S+\s+){0,3}?(springt|sprong|vliegt|vloog|sterft|stierf|hangt|hing|schiet|schoot|valt|viel|verdrinkt|verdronk)\b(\s+(hij|zij|ze))?",
    r"(?<!\S)(بال|ب|في\s+ال)(فيلم|مسلسل|كرتون|رسوم|قصه|روايه|حلقه|مسرحيه)\S*\s+((?!(انا|انطيت|نطيت)(?!\S))\S+\s+){0,2}?"
    r"(نط|قفز|طار|مات|ماتت|انتحر|انتحرت|شنق|وقع|وقعت|غرق|غرقت|انقتل|انقتلت)(?!\S)",
    r"(?<!\S)ኣብ(ቲ|ታ)?\s*(ፊልም|ድራማ|ተኸታታሊ|ዛንታ|መጽሓፍ)\S*\s+(\S+\s+){0,5}?(ዘሊሉ|ዘሊላ|በሪሩ|በሪራ|ተሰቒሉ|ተሰቒላ|ሞይቱ|ሞይታ|ጠሊቑ|ጠሊቓ|ተቐቲሉ|ተቐቲላ)(?!\S)",
    # a mouth, tongue or throat "on fire" from spicy food (first person: "his mouth burns" stays)
    r"\b(mijn|m[ij]n)\s+(mond|tong|keel|lippen|maag)\s+(staat\s+|stond\s+)?in\s+(de\s+)?(brand|vuur|fik)(\s+(staat|stond))?\b",
    r"(?<!\S)(تمي|ثمي|لساني|حلقي|شفافي)\s+(\S+\s+)?(ولع|ولعت|اشتعل|اشتعلت|صار\s+نار|صارت\s+نار)(\s+نار)?(?!\S)",
    r"(?<!\S)(ኣፈይ|መልሓሰይ|ጎረሮይ|ከናፍረይ)\s+(\S+\s+)?(ሓዊ|ሓውቲ)\s+(ኮይኑ|ኮይና|ይነድድ|ወሊዑ)(?!\S)",
    # plants, flowers, trees dead of frost, drought or too much water
    r"\b(planten|plantjes|bloemen|bloemetjes|bomen|struik\w*|tomatenplant\w*|kruiden|geraniums?)\b\s+(\S+\s+){0,5}?(dood|verdord|bevroren|doodgevroren)\b",
    r"(?<!\S)(الزرع|زرعي|الورد|وردي|النباتات|نباتاتي|الشجر|الشجره|الزريعه|النبات)\s+(\S+\s+){0,3}?(مات|ماتت|يبس|يبست|دبل|دبلت)(?!\S)",
    # a first-aid course: "what to do if someone does not breathe" (a lesson, either order)
    r"\b(ehbo|eerste\s+hulp|reanimatie\w*|cursus|training)\b(\s+\S+){0,8}?\s+(als|wanneer|indien)\s+iemand\s+(\S+\s+){0,3}?"
    r"(niet\s+(meer\s+)?ademt|bewusteloos\s+is|stikt|zich\s+verslikt|flauwvalt|bloedt|niet\s+reageert)\b",
    r"(اسعافات\s+اوليه|اسعاف\s+اولي|اسعافات|دوره|كورس|تعلمنا|علمونا)(\s+\S+){0,8}?\s+(اذا|لو|لما|في\s+حال)\s+(حدا|واحد|شخص|انسان|حدن|الشخص)\s+(\S+\s+){0,2}?"
    r"(ما\s+(عم\s+)?(ب|ي)?تنفس|اغمي\s+عليه|غاب\s+عن\s+الوعي|انخنق|شرق|نزف|انجرح|انحرق)(?!\S)",
    r"(ቀዳማይ\s+ረድኤት|ረድኤት|ኮርስ)(\s+\S+){0,8}?\s+(ሰብ\s+እንተ|እንተ\s+ሰብ)\s+(\S+\s+)?(ዘይተንፊሱ|ዘይተንፈሰ|ኣይተንፈሰን|ዓንዲሉ|ደም\s+\S+)(\s+\S+){0,4}?(\s+ተማሂርና|\s+ተማሂረ)?",
    r"(ሰብ\s+እንተ|እንተ\s+ሰብ)\s+(\S+\s+)?(ዘይተንፊሱ|ዘይተንፈሰ|ኣይተንፈሰን|ዓንዲሉ)(\s+\S+){0,4}?\s+(ተማሂርና|ተማሂረ|ምሂሮምና)(?!\S)",
    # a team beaten or "slaughtered" in a match
    r"(?<!\S)(ال|هال)?(فريق|منتخب|نادي)\S*\s+(\S+\s+)?(انضرب|انغلب|خسر|اندبح|انذبح|انسحق|انهزم)\S*(\s+\d+)?",
    r"\b(ajax|psv|feyenoord|az|twente|team|ploeg|elftal|club|oranje)\b\s+(\S+\s+){0,2}?(afgeslacht|geslacht|vermoord|afgemaakt|kapotgemaakt|in\s+elkaar\s+geslagen)\b",
    r"(?<!\S)(ጋንታ|ጋንታና|ክለብ|ክለብና)\S*\s+(\S+\s+){0,2}?(ተሳዒሩ|ተሳዒራ|ተሃሪሙ|ተወቒዑ|ተሓሪዱ)(?!\S)",
    # food that "kills" with its taste
    r"\S*موت\S*\s+(من|م)\s*(ال)?(طيب|طيبه|طيبت\S*|طعم\S*|زاكي|لذ\S*|حلاو\S*|لذاذ\S*)",
    r"(?<!\S)(ال|هال)?(شطه|اكل|اكله|طبخه|طبخ|كنافه|حلو|حلويات|كبه|منسف|محشي|شاورما|فلافل|بيتزا)\s+(هاي\s+|هيدي\s+|هاد\s+|هيك\s+)?(بتموت|بيموت|بتقتل|بيقتل)(?!\S)",
    r"(?<!\S)(በርበረ|ሚጥሚጣ|ጸብሒ|ሽሮ|ዝግኒ|ፊልፊል)\s+(\S+\s+){0,2}?(የሞት|ይቐትል|ቀታሊ)(\s+እዩ)?(?!\S)",
    # a song or poem that says "I die with / for you"
    r"(?<!\S)(\S+\s+){1,4}?(ዝብል|ዝበሃል)\s+(ደርፊ|መዝሙር|ግጥሚ)\S*",
    r"(?<!\S)(ال)?(اغنيه|غنيه|قصيده)\S*\s+(فيها|بتقول|بيقول|اسمها|عنوانها)\s+(\S+\s+){0,3}?\S*(موت|قتل|نتحر)\S*(\s+(فيك|فيكي|عليك|عليكي))?",
    r"\b(liedje|lied|song|nummer|gedicht|songtekst|refrein)\b\s+(\S+\s+){0,3}?(met|over|waarin)\s+(\S+\s+){0,4}?(sterf|sterven|dood|vermoord\w*)\b(\s+voor\s+(jou|je))?",
    # dying of boredom (Tigrinya spellings)
    r"(?<!\S)ብ(ም)?ሰል(ቹ|ቺ|ቸ|ኪ|ቻ|ቸት|ቻው)\S*\s+(\S+\s+)?(ክመውት|ክሞት|ሞይተ|ሞይትና)(\s+እየ)?(?!\S)",
    # "I am melting" in the heat; children jumping on a trampoline (plural verb forms)
    r"(?<!\S)(عم|رح|ح)\s+(ا|ن)?(ذوب|دوب)(?!\S)|(?<!\S)(ذبت|دبت|ذبنا|دبنا)\s+(من|م)\s*(ال)?(حر|شوب|شمس)",
    r"(?<!\S)(ትራምፖሊን|ትራምፖሊኖ)\S*\s+(\S+\s+){0,2}?(ይዘልሉ|ክዘልሉ|ዘሊሎም|ይነጥሩ|ክነጥሩ|ይዘልል|ትዘልል)(?!\S)",
    # hanging a painting, a curtain, a clock or clothes
    r"(?<!\S)(ስእሊ|ፎቶ|ታብሎ|መጋረጃ|ሰዓት|መስተዋት|ክዳን|ክዳውንቲ|ካፖርታ|መደርደሪያ)\S*\s+(\S+\s+){0,5}?(ክሰቅሎ|ክሰቕሎ|ክሰቅላ|ክሰቕላ|ይሰቀል|ሰቒለ|ሰቒለዮ|ምስቃል|ክሰቅሎም)(?!\S)",
)
_ROUND21_CRISIS = (
    # wanting to drive a bus, car or lorry into a tree or wall (the verb after its object)
    r"\b(wil|wilde|wou|ga|zal|zou|plan|denk\w*)\b(\s+\S+){0,6}?\s+tegen\s+(een\s+|de\s+)?(boom|muur|vrachtwagen|brugpijler|vangrail|paal|pilaar)\s+(aan\s+)?(rijden|rijd|rij|knallen|crashen|sturen)\b",
    # a child screaming next door, then blows (and silence)
    _both(r"\b(hoor|hoorde|horen|hoort)\b", r"\b(gil\w*|schreeuw\w*|krijs\w*|huil\w*)\b", r"\b(klap|klappen|dreun\w*|bonk\w*|slaan|slaat|sloeg|geslagen)\b",
          r"\b(kind\w*|baby|meisje|jongetje|buurmeisje|buurjongen|buurvrouw)\b"),
    # choking: swallowed something and cannot cough, cry or breathe
    _both(r"\b(ingeslikt|doorgeslikt|verslikt|ingeademd|stikt|stikken|in\s+(zijn|haar|de)\s+keel)\b",
          r"\b(kan|kon)\s+(\S+\s+)?niet\s+(meer\s+)?(hoesten|huilen|ademen|praten)\b|\bgeen\s+(lucht|adem)\b|\b(wordt|werd|is)\s+blauw\b"),
    _both(r"(?<!\S)(ውሒጡ|ውሒጣ|ወሓጡ|ተሓኒቑ|ተሓኒቓ)(?!\S)|ኣብ\s+ጎሮሮ\S*", r"(ክስዕል|ክበኪ|ክተንፍስ|ክዛረብ)\s+(\S+\s+){0,2}?(ኣይክእልን|ኣይከኣለን|ኣይከኣለትን|ኣይትኽእልን)"),
    # going to a bridge, the sea or a river tonight, "after that everything ends"
    _both(r"ናብ(ቲ|ታ)?\s*(ድልድል|ባሕሪ|ሩባ|ናሕሲ)\s+(\S+\s+)?(ክኸይድ|ክኸድ)", r"(ኩሉ\s+(ይውዳእ|ክውዳእ|ይዛዘም|ክዛዘም)|የቐንየለይ|ይቕረ\s+\S+)"),
    _both(r"\b(naar|op)\s+de\s+(brug|dijk|pier|flat)\b", r"\b(daarna|dan)\s+is\s+(alles|het)\s+(voorbij|over|klaar|afgelopen)\b"),
    # starving on purpose and asking how long until one's heart stops
    _both(r"\bhoe\s+(lang|snel)\b", r"\b(je|mijn|m[ij]n)\s+hart\s+(stopt|stil\s*staat|stilstaat|ophoudt)\b"),
    # stopping insulin or a heart medicine "because what's the point" (not: "it does not help")
    _both(r"(انسولين|ابر\s+(ال)?سكر|دوا\s+(ال)?سكر|دوا\s+(ال)?قلب|دوا\s+(ال)?ضغط|غسيل\s+(ال)?كلي)",
          r"(?<!\S)(و)?(وقفت|وقفتها|بطلت|تركت|ما\s+عاد\s+(باخد|اخد|اخدو|اخدها))(?!\S)",
          r"(شو\s+(ال)?فايده(?!\s+(منه|منها|منو))|لشو(?!\S)|ليش\s+(ا)?كمل|ما\s+بتفرق|شو\s+بدي\s+في\S*)"),
    # tied up, escaped and hiding
    r"(?<!\S)(رابط|رابطين|رابطه|مربط)\S{0,2}(ني|نا)(?!\S)",
    _both(r"(?<!\S)(و)?(هربت|هربنا|فليت|فلتت)(?!\S)", r"(مخبا\S*|متخبي\S*|مختبي\S*|مختبئ\S*|عم\s+(ا|ن)?تخبي)"),
    # gas smelt at home with children asleep or dizzy (Arabic, Arabizi, Tigrinya)
    _both(r"(ريحه\s+(ال)?غاز|ريحت\s+(ال)?غاز|(ال)?غاز\s+(ريحته|طالعه\s+ريحته|عم\s+يطلع|عم\s+يهرب))",
          r"(نايمين|نايم|نايمه|دايخ\S*|دوخه|مغمي|ما\s+عم\s+(ي|ت)?(فيق|صحي|يفيقو)|الولاد|البيبي|ولادي)"),
    _both(r"\b(ri7(a|et|it|t)?|re7(a|et)?)\s+(el\s+|l)?(gaz|ghaz|gas)\b", r"\b(nayem\w*|naymin|nayme|dayekh\w*|dayi5\w*|dokha|wlad|baby|bebe)\b"),
    _both(r"(ሽታ\s+ጋዝ|ጋዝ\s+(\S+\s+)?(ይሽትት|ይሸትት|ሽታ))", r"(ደቂሶም|ደቂሳ|ደቂሱ|ይዞረ\S*|ዓንዲ\S*|ኣይበራበሩን|ኣይበራበርን|ቆልዑ|ህጻን)"),
    _both(r"\b(shta|sheta|shita)\s+gaz\b", r"\b(debisom|deqisom|dekisom|qolu\w*|hxan|yzore\w*)\b"),
    # chest pain as a verb ("his chest hurts"), down the left arm, sweating
    _both(r"(ደረ[ቱታተ]\S*|ደረት|ኣፍ\s*ል[ቡባበ]\S*)", r"(ቃንዛ|ይቐንዞ|ይቐንዛ|ይቐንዘኒ|ይሓምሞ|ይሓምማ|ይሓምመኒ|ሓሚሙዎ|ሓሚሙዋ|የሕምሞ)",
          r"(ኢዱ|ኢዳ|ኢደይ|ጸጋም|ይረሃጽ|ትረሃጽ|ረሃጽ|ትንፋስ|ዓንዲሉ|ዓንዲላ)"),
    # bleeding that spurts or "does not stand still" (stop)
    r"ደም\s+(\S+\s+){0,2}?(ይፍንጫሕ|ይፍንጭሕ|ፈንጪሑ)(?!\S)", r"ደም\s+(\S+\s+){0,4}?ደው\s+(ኣይብልን|ኣይበለን|ኣይትብልን)(?!\S)",
    # everyone with a headache and vomiting, a heater or boiler, children who do not wake (carbon monoxide)
    _both(r"(ኩልና|ኩሎም|ኩልኹም|ኩሉ\s+ስድራ)", r"(ርእስ\S*\s+\S*(ሓም|ቐንዝ)\S*|ይዞረ\S*|ዞይሩ\S*)",
          r"(ነምልስ|የምልሱ|ንተፍእ|ይተፍኡ|ኣይበራበሩን|ኣይበራበርን|ኣይትበራበርን|ዓንዲ\S*)"),
    _both(r"(cv\w*|\w*ketel|ቦይለር|ማሞቒ|ስቶፋ|ከሰል)", r"(ርእስ\S*\s+\S*ሓም\S*|ይዞረ\S*)", r"(ነምልስ|የምልሱ|ንተፍእ|ይተፍኡ|ኣይበራበሩን|ኣይበራበርን)"),
    # a friend's farewell ("forgive me, brother", "stay well") and a phone now switched off
    _both(r"(ይቕረ\s+(በለለይ|በሉለይ|በሊለይ|በለኒ|በሉኒ)|ደሓን\s+(ኩኑ|ኩን|ኩኒ)|ተፋንዩ\S*|ተፋንያ\S*)",
          r"(ተሌፎኑ|ተሌፎና|ሞባይሉ|ሞባይላ)\s+(\S+\s+)?(ዕጹው|ተዓጽዩ|ዓጽዩ|ጠፊኡ|ጠፊኣ|ኣይለዓልን|ኣይትለዓልን|ኣይምልስን|ኣይትምልስን)"),
    # tired of this world and wanting to "sleep and stay" (asleep)
    _both(r"ደቂሰ\s+(\S+\s+)?(ክተርፍ|ክጸንሕ)", r"(ዓለም|ህይወት|ደኺመ|ንሓዋሩ|ከይበራበር)"),
    # Latin-script Tigrinya: "this is my last message / word"; someone who follows me for weeks
    r"\bmew\w{0,6}ta\s+(mel\w{1,8}|qal\w*)\b",
    _both(r"\b[yt]i?se?3?e?beni\b", r"\b(semun\w*|wer\w*|mealti|lomi|geza\w*|matso|ma3tso|bet\s+timhrti)\b"),
)
_ROUND21_UNCERTAIN = (
    # "so that everything stops": an end as the purpose
    r"\bzodat\s+(alles|het)\s+(stopt|ophoudt|voorbij\s+is|over\s+is|afgelopen\s+is)\b",
    # starving oneself on purpose for days; a date chosen on the anniversary of a death (Arabic)
    _both(r"\b(expres|bewust|met\s+opzet|opzettelijk)\s+(niet|niks)\b", r"\b(eet|eten|gegeten|at|drink|drinken|gedronken)\b", r"\b(dagen|week|weken)\b"),
    _both(r"(اخترت|حددت|قررت|نقيت)\s+(ال)?(تاريخ|يوم|اليوم)(?!\S)", r"(غرق|موت|وفاه|وفات|(?<!\S)مات|ماتت|استشهد|توفي|توفت)"),
    _both(r"\b(datum|dag)\s+(\S+\s+)?(gekozen|geprikt|bepaald|uitgekozen)\b", r"\b(verdronk|verdronken|overleed|overleden|stierf|gestorven|sterfdag|dood\s+ging|doodging)\b"),
    # on the street tonight with children, the lock changed
    _both(r"(نحنا|احنا|نحن|صرنا|بقينا|قاعدين|ننام|نايمين)\s+(\S+\s+)?(بالشارع|عالشارع|في\s+الشارع)", r"(الليله|هالليله)",
          r"(ولاد|ولادي|اطفال|طفل|القفل|طلعنا|طردنا)"),
    _both(r"(صاحب\s+(ال)?بيت|صاحب\s+(ال)?شقه|(ال)?مؤجر|(ال)?موجر)", r"(غير|بدل|غيرو|بدلو)\s+(ال)?(قفل|كالون|مفتاح)"),
    # no food at home for days; children crying from hunger
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ)).*(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ሽዱሽተ|ሸውዓተ)\s+(መዓልቲ|መዓልታት)\s+(\S+\s+)?መግቢ\s+(\S+\s+){1,3}?(የብልናን|የብለይን|የለን|የብሎምን|ኣይበላዕናን|ኣይበላዕኩን)",
    _both(r"(ቆልዑ|ደቀይ|ህጻናት|ህጻን|ቆልዓ)", r"ብጥሜት\s+(\S+\s+)?(ይበኽዩ|ይበኪ|ይበኹ|ትበኪ|ይበኪዩ)"),
    # "it doesn't matter, then I won't be there" (a farewell inside an ordinary question)
    _both(r"(ግድን?\s+የብሉን|ኣይገድስን|ኣገዳሲ\s+ኣይኮነን|ፍልልይ\s+የብሉን)", r"ኣይ(ክህሉ|ክርከብ|ህሉ)\S*ን\s+(እየ)"),
    # tired of this world
    r"ካብ(ዛ|ታ)?\s*ዓለም\s*(\S+\s+)?(ደኺመ|ሰልኪየ|ጸሊአ|ተሰላቺየ)",
)



"""Round 52: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 52, development data since) and NLU b42; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.round51 import _R51LD_BLOWS_TI

# (round 52, all languages: start)
# Kinds from batch 52 (Dutch incl. learner Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script): its misses,
# idiom alarms and gentle questions to danger now; each a family of wordings and spellings, not one sentence.
# NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya Ge'ez and Latin): needs review by a native speaker.
# (Names start with _R52AL_; no earlier rule changed. Latin-script words in the view's spelling: doubled letters squeezed,
# apostrophes dropped.) Every idiom cuts only its own phrase and is followed by a veto that scans the rest of the message.
_R52AL_VETO_NL = (r"(?!.*\b(dod\s+(wil|gaan|zijn)|wil\s+(\w+\s+)?dod|sterven|mezelf|mijzelf|ophangen|strop|zelfmord\w*|einde\s+aan|"
                  r"slaat\s+(me|mij|ons)|pilen|bloed|politie|112|113|help|springen|spor|afscheid\w*|vaarwel|mes)\b)")
_R52AL_VETO_AR = (r"(?!.*(انتحر|انتحار|بدي\s+موت|حالي|نفسي|اشنق|سامحوني|وداع|بيضربني|ضربني|دم|شرطه|بوليس|ساعدوني|سكين|حبوب|"
                  r"\b(ento7er|baddi\s+mut|bade\s+mut|bdi\s+mut|7ali|nafsi|sam7uni|wada3|dam|help|police|sekkine|7bob)\b))")
_R52AL_VETO_TI = (r"(?!.*(ክሞት\s+ደልየ|ክመውት\s+ደልየ|ክጠፍእ|ነብሰይ|ርእሰይ|ክሓንቕ|ይቕረታ|ደሓን\s+ኩኑ|ንሓዋሩ|ደም|ይወቕዓኒ|ይሃርመኒ|ፖሊስ|ሓግዙኒ|"
                  r"ከኒና|ካራ|\b(kmot\s+delye|nebsey|rasey|khanq|yqreta|nhawru|dem|police|help|kenina|kara)\b))")

# --- idiom kinds -----------------------------------------------------------------------------------------------------

# Bored, laughing or working oneself "to death" with the subject after the verb (Dutch "op maandag verveel ik me dood",
# "daar lach je je dood"; the core rules know only "ik verveel me dood" and spell "verveel"/"dood", which the view squeezes to
# "vervel"/"dod"); dying of boredom in Arabic script ("عم موت من الملل"), Arabizi ("3am mut mn el malal"), Tigrinya ("ብሰልኪ
# ክመውት እየ", Latin "bselki kmewt"): an idiom.
_R52AL_BORED_NL = (r"\b(vervel|verveelde|verveld|lach|lachte|schaam|schaamde|werk|werkte|schrik|schrok|erger|ergerde)\s+(ik|je|jij|we|wij|hij|ze|zij)\s+"
                   r"(me|mij|je|ons|zich)\s+(echt\s+|bijna\s+|gewoon\s+|helemaal\s+)?(dod|kapot|suf|rot)\b")
_R52AL_BORED_AR = (r"(?<!\S)(رح\s+|عم\s+|ح\s+|كنت\s+)?(ا)?(موت|مت|متت|ميت|ميته)\s+(من|م)\s+(ال)?(ملل|مللل|ضجر|طفش|زهق|الزهق)(?!\S)")
_R52AL_BORED_AZ = r"\b(ra7\s+|3am\s+|kent\s+)?(mut|emut|mot|mutt|mayet|mayte)\s+(mn|min|men|m)\s+(el\s*)?(malal|mala|dajar|tafash|zah2)\b"
_R52AL_BORED_TI = r"(?<!\S)(ብሰልኪ|ብምስልቻው|ብድቃስ\s+ሰልኪ)\s+(ክመውት|ክሞት|ሞይተ|ሞይታ)(\s+(እየ|ቀሪበ|ቀሪባ))?(?!\S)"
_R52AL_BORED_LA = r"\b(bselki|bmslchaw|bmselchaw)\s+(kmewt|kmut|kmot|moyte|moyta)(\s+(eye|iye|qeribe))?\b"

# Something risky "is (real) suicide" (Dutch "fietsen in de spits is echt zelfmoord", "met dit weer de snelweg op is pure
# zelfmoord"; Arabic script "السواقة بهالتلج انتحار", "هاد انتحار بحد ذاته"; Tigrinya "ብሽክለታ ምዝዋር ኣብዚ ርእሰ ቅትለት እዩ"): an idiom
# of danger or folly, never with "plegen", "gedachten", "ik wil", a first person near the word (the veto) or the ways.
_R52AL_IS_SUICIDE_NL = (r"\b(is|was|wordt|lijkt|zijn)\s+(echt\s+|gewoon\s+|pure\s+|puur\s+|regelrecht\w*\s+|bijna\s+|haast\s+|een\s+soort\s+|"
                        r"sociale\s+|politieke\s+|financiele\s+)?zelfmord(?!\w|\s+(plegen|gedachten|poging|doen|gepleegd))")
_R52AL_IS_SUICIDE_AR = (r"(?<!\S)(هاد|هذا|هيدا|هادا|هاي|هيدي|هذه|هو|هي|هيك|صار|بصير|بيصير)\s+(\S+\s+)?(انتحار)(\s+(حقيقي|بحد\s+ذاته|رسمي))?(?!\S)"
                        r"(?!\s+(بدي|رح|عم|فكرت|بفكر))")
_R52AL_IS_SUICIDE_TI = r"(?<!\S)(ርእሰ\s*ቅትለት|ነብሰ\s*ቅትለት)\s+(እዩ|እዮ|ኢዩ|እያ)(\s+(ኣብዚ|ሓቂ|ብሓቂ))?(?!\S)"

# Hot pepper or spicy food that burned the mouth, "I almost died" (Arabic script "الفلفل الحار حرقلي تمي كنت رح موت",
# Arabizi; Dutch "die peper was zo heet, ik ging bijna dood"; Tigrinya "በርበረ ኣፈይ ኣቃጺሉኒ ክመውት ቀሪበ", Latin): an idiom of the
# table; only the words from the food to the dying are cut.
_R52AL_SPICY_AR = r"(ال)?(فلفل|فليفله|شطه|حر|بهارات|هريسه|حراق|الحار|حار|حاره)"
_R52AL_SPICY_DIE_AR = (r"(?<!\S)" + _R52AL_SPICY_AR + r"(\s+\S+){0,5}?\s+(كنت\s+|كان\s+|كنا\s+)?(رح|ح|راح|بدي|عم)\s+(ا|ن)?(موت|يموتني|موتني)(?!\S)")
_R52AL_SPICY_DIE_AZ = (r"\b(el\s*)?(fleifle|flefle|felfel|shatta|7ar|7arr|7ara|harisa|bharat)(\s+\w+){0,5}?\s+(kent\s+|kan\s+)?(ra7|7a|ra2)\s+"
                       r"(e|n)?(mut|mot|ymawetni)\b")
_R52AL_SPICY_DIE_NL = (r"\b(peper|pepers|pepertje|sambal|chili|chilli|curry|harisa|wasabi|pittig|pit)\w*(\s+\w+){0,6}?\s+(ik\s+)?(ging|ga|gaat)\s+"
                       r"(bijna\s+|haast\s+|echt\s+)?dod\b")
_R52AL_SPICY_DIE_TI = (r"(?<!\S)(በርበረ|ሚጥሚጣ|ዝሓረረ|ዝነደደ|ሓሪፍ|ሽጣ)\S*(\s+\S+){0,5}?\s+(ክመውት|ክሞት|ክሞት\s+ደልየ\s+ነይረ)\s+(ቀሪበ|ቀሪባ|ነይረ)(?!\S)")
_R52AL_SPICY_DIE_LA = r"\b(berbere|mitmita|shta)(\s+\w+){0,5}?\s+(kmewt|kmut|kmot)\s+(qeribe|qeriba|neyre)\b"

# A medicine for lice, a cold, a fever or a cough, for a child or oneself (Arabic script "بدي دوا للقمل لابني", "بدي دوا
# للرشح", Arabizi "baddi dawa lal 2aml"; Dutch "ik wil een middel tegen hoofdluis"; Tigrinya "ንጓለይ መድሃኒት ቅማል ደልየ",
# Latin): an idiom of the pharmacy; only "medicine for X" is cut, never with all of them, a box swallowed or death.
_R52AL_MEDICINE_FOR_AR = (r"(?<!\S)(ال)?(دوا|دواء|ادويه|علاج|شامبو|مرهم|نقط|شراب)\s+(لل|ل|ضد\s+ال|ضد\s+|تبع\s+ال|على\s+ال)(قمل|رشح|سخونه|حراره|حرارة|كحه|سعله|"
                          r"مغص|حساسيه|جرب|اسهال|امساك|زكام|بلغم|التهاب|صيبان|الصيبان|حبوب\s+الشباب|ديدان|فطريات)(?!\S)")
_R52AL_MEDICINE_FOR_AZ = (r"\b(dawa|dawe|dwa|3ilaj|shampo|shampoo|sharab)\s+(lal|lel|la|le|ded\s+el|did\s+el)\s*(2aml|aml|qaml|rash7|s5une|sokhune|7arara|"
                          r"ka77a|ka7a|so3le|ma8as|7asasiye|jarab)\b")
_R52AL_MEDICINE_FOR_NL = (r"\b(middel|medicijn|medicijnen|shampo|drankje|zalf|druppels|spul|pilen|pilletjes)\s+(tegen|voor)\s+(de\s+)?(hofdluis|luizen|luis|"
                          r"verkoudheid|koorts|hoest|keelpijn|buikpijn|oorpijn|allergie|hoj?koorts|diarre|wormen|puistjes|acne|griep)\b")
_R52AL_MEDICINE_FOR_TI = (r"(?<!\S)(መድሃኒት|መድሓኒት|ሻምፖ|ፈውሲ)\s+(ናይ\s+|ን)?(ቅማል|ቁማል|ጉንፋዕ|ሰዓል|ረስኒ|ቃንዛ\s+ከብዲ|ተቕማጥ|ሕማም\s+ከብዲ)\S*(?!\S)")
_R52AL_MEDICINE_FOR_LA = r"\b(medhanit|medhanet|medhanti|shampo)\s+(nay\s+|n)?(qmal|kmal|qumal|gunfae|guenfae|seal|resni|teqmat)\b"
_R52AL_MEDICINE_VETO = r"(?!.*(كل\s*(ال)?(علبه|الدوا|الحبوب)|كلهن|كلو|ابلع|\b(kellon|kelhon|ebla3|allemaal|alle|opslikken|slik)\b|ኩሉ|ኩሎም|ክውሕጦ|kulu))"

# A toy or water pistol for the children (Tigrinya "ንደቀይ ሽጉጥ ማይ ገዚአሎም", "ናይ ጸወታ ሽጉጥ", Latin "shgut may"; Arabic script
# "اشتريت للولاد مسدس مي", "مسدس لعبة", Arabizi "mousaddas may"): an idiom of play; only the toy's name is cut.
_R52AL_TOY_GUN_TI = (r"(?<!\S)(ሽጉጥ|ሽጎጥ|ሽጉጢ|ሽጉጣት)\s+(ናይ\s+)?(ማይ|ጸወታ|ጸዋታ|ፕላስቲክ|ቆልዑ)(?!\S)|(?<!\S)(ናይ\s+)?(ማይ|ጸወታ|ጸዋታ|ፕላስቲክ|ቆልዑ)\s+"
                     r"(ሽጉጥ|ሽጎጥ|ሽጉጢ|ሽጉጣት)(?!\S)")
_R52AL_TOY_GUN_LA = r"\b(shgut|shgot|shguti|shgutat)\s+(nay\s+)?(may|tsewta|tsewata|plastik)\b|\b(nay\s+)?(may|tsewta|plastik)\s+(shgut|shgot|shguti)\b"
_R52AL_TOY_GUN_AR = r"(?<!\S)(ال)?(مسدس|مسدسات|فرد|بارودة|بارودات)\s+(ال)?(مي|ميه|مويه|ماء|لعبه|لعب|العاب|بلاستيك|خرز|بلاستيكي)(?!\S)"
_R52AL_TOY_GUN_AZ = r"\b(el\s*)?(mousadas|musadas|msadas|fard|barude)\s+(el\s*)?(may|mai|mayy|moye|lo3be|l3be|al3ab|plastic|plastik)\b"

# A piece taken in chess or draughts, "he killed my king" (Tigrinya "ኣብ ቼዝ ሓወይ ንንጉሰይ ቀቲሉ", Latin; Arabic script "بالشطرنج
# قتلي الملك", Arabizi; Dutch "met schaken heeft mijn broer mijn koningin vermoord"): an idiom of the board; only the piece
# and the verb are cut, and only with the game named in the message.
_R52AL_PIECE_KILLED_TI = (r"(?<!\S)(ን)?(ንጉሰይ|ንጉሰ|ንግስተይ|ንግስቲ|ፈረሰይ|ፈረስ|ወተሃደረይ|ወተሃደር|ቀሺ|ግምቢ|ሓለቓይ)\S*\s+(\S+\s+)?(ቀቲሉ|ቀቲላ|ቀቲሎም|በሊዑ|በሊዓ|ወሲዱ|ወሲዳ|"
                          r"ቀቲሉለይ|ቀቲላትለይ)(?!\S)")
_R52AL_PIECE_KILLED_LA = r"\b(n)?(ngusey|ngus|ngstey|ngsti|feresey|feres|wetehader\w*)\s+(\w+\s+)?(qetilu|qetila|ketilu|ketila|beliu|beliua|wesidu)\b"
_R52AL_PIECE_KILLED_AR = (r"(?<!\S)(قتل|قتلي|قتلتلي|قتلني|اكل|اكلي|اكللي|اكلتلي|ضرب)\s+(ال)?(ملك|الملك|وزير|الوزير|ملكه|الملكه|حصان|الحصان|فيل|الفيل|"
                          r"عسكري|العسكري|بيدق|البيدق|طابيه|الطابيه|قلعه|القلعه)(\s+تبعي|\s+تبعي|ي)?(?!\S)")
_R52AL_PIECE_KILLED_AZ = r"\b(2atal|2atalli|2atelli|akal|akalli)\s+(el\s*)?(malek|malik|wazir|7san|7osan|fil|3askari|tabye)(\s+taba3i)?\b"
_R52AL_PIECE_KILLED_NL = (r"\b(mijn|m|je|jouw|zijn|haar)\s+(koning|koningin|dame|paard|loper|toren|pion|pionnen|damsteen|damstenen|stukken)\s+(\w+\s+){0,2}?"
                          r"(vermord|gedod|geslagen|afgemaakt|gekild|opgegeten)\b")
_R52AL_BOARD_GAME = (r"(ቼዝ|ሸጥረንጅ|ዳማ|ቸስ|ቼስ|ኣብ\s+ጸወታ|شطرنج|الشطرنج|بالشطرنج|ضامه|الضامه|طاوله|\b(chess|ches|schaak\w*|schaken|dammen|damspel|"
                     r"shatranj|dama|tawle)\b)")
_R52AL_PIECE_KILLED = tuple(p for killed in (_R52AL_PIECE_KILLED_TI, _R52AL_PIECE_KILLED_LA, _R52AL_PIECE_KILLED_AR, _R52AL_PIECE_KILLED_AZ,
                                             _R52AL_PIECE_KILLED_NL)
                            for p in (r"(?:" + killed + r")(?=.*" + _R52AL_BOARD_GAME + r")",
                                      _R52AL_BOARD_GAME + r"(\s+\S+){0,4}?\s+(?:" + killed + r")"))

# Arms or legs "dead" after the gym or work (Tigrinya "ኣብ ጂም ኣእዳወይ ሞይተን", Latin "eidawey moyten"; Arabic script "من الجيم
# ايديي ماتوا", Arabizi "ejray mayteen"; Dutch "na de training zijn mijn benen helemaal dood"): an idiom of tired limbs;
# only the limbs and "dead" are cut.
_R52AL_DEAD_LIMBS_TI = (r"(?<!\S)(ኣእዳወይ|ኣእጋረይ|እግረይ|ኢደይ|ኣዕጽምተይ|ጭዋዳታተይ|ጭዋዳይ|ሕቖይ|ኣእዳውና|ኣእጋርና)\s+(ሞይተን|ሞይቶም|ሞይታ|ሞይቱ|ሞይተናኒ|ሞይቶምኒ)(?!\S)")
_R52AL_DEAD_LIMBS_LA = r"\b(eidawey|edawey|aedawey|aegarey|egarey|egrey|idey|chwadatey)\s+(moyten|moytom|moyta|moytu)\b"
_R52AL_DEAD_LIMBS_AR = (r"(?<!\S)(ايديي|اجريي|رجليي|ايدي|اجري|رجلي|عضلاتي|ضهري|اجريا|ايديا)\s+(ماتت|ماتو|ماتوا|ميتين|ميته|مموتين|مموته|راحوا)(?!\S)")
_R52AL_DEAD_LIMBS_AZ = r"\b(edayi|edeyi|ideyi|ejrayi|ejreyi|rejlayi|3adalati)\s+(matu|matet|mayteen|maytin|mayte|mmawtin)\b"
_R52AL_DEAD_LIMBS_NL = (r"\b(mijn|m|je|onze)\s+(armen|benen|spieren|kuiten|bovenbenen|schouders|voeten)\s+(zijn|waren|voelen|voelden)\s+(\w+\s+)?(helemaal\s+|echt\s+|gewoon\s+)?"
                        r"dod\b")

# Cleaning or cutting fish or meat with a knife for dinner, in the spellings ኣጽሪየ / ቆሪጸዮ (Tigrinya "ዓሳ ንድራር ብካራ ኣጽሪየ ቆሪጸዮ";
# round 51's rule knew ኣጽርየዮ / ቖሪጸዮ only), Latin: an idiom of the kitchen; only food, knife and verbs are cut.
_R52AL_FOOD_TI = r"(ዓሳ|ስጋ|ደርሆ|ዶርሆ|ሽጉርቲ|ኣሕምልቲ|ባኒ|ፍሩታ|ድንሽ|ኮሚደረ|ሓምሊ|ካሮት|ጎመን|ሓብሓብ|ኬክ|ብርትኳን|ሙዝ)"
_R52AL_CUT_FOOD_TI = r"(ኣጽሪ|ኣጽር|ኣጽረ|ቆሪ|ቖሪ|ቆረ|ቖረ|ከጽር|ክቖር|ክቆር|ሓሪ|ኣንጻ|ቀርቀ)\S*"
_R52AL_KNIFE_FOOD_TI = (r"(?<!\S)" + _R52AL_FOOD_TI + r"\S*(\s+\S+){0,3}?\s+(ብካራ|ብቢላዋ|ብሰንጢ)(\s+" + _R52AL_CUT_FOOD_TI + r"){1,2}(?!\S)")
_R52AL_KNIFE_FOOD_LA = (r"\b(asa|sga|derho|dorho|shgurti|bani|dnsh|habhab)(\s+\w+){0,3}?\s+(bkara|bbilawa)(\s+(atsri|atsry|axri|axry|qori|kori|qore|kore|ketsr|kqor|kkor)"
                        r"\w*){1,2}\b")

# --- crisis kinds ----------------------------------------------------------------------------------------------------

# "Tomorrow I will not exist / be here any more" (Latin-script Tigrinya "ntsbah aykhalun eye", "kab tsbah aykhelun"; Ge'ez
# "ካብ ጽባሕ ኣይክህሉን እየ"; Arabic script "بكرا ما رح كون موجود", "من بكرا ما رح كون عايش", Arabizi; Dutch "morgen besta ik niet
# meer", "morgen ben ik er niet meer"): the emergency answer (Tigrinya: the gentle question, see below). Not at an appointment, a lesson, work, a place (ኣብ), a wedding
# or a trip (the training idioms "بكرا ما رح كون موجود، عندي عرس"); "until tomorrow I won't last" (ክሳብ ጽባሕ, "kesab tsbah")
# stays round 29's gentle question; "موجود" ("present") only after "I finished everything" or a farewell (bare, round 48:
# no emergency answer), and so does the bare "tsebah aykhalun" without "I am" (round 30).
_R52AL_NOT_A_PLACE_TI = r"(?!.*(ቆጸራ|ትምህርቲ|ክላስ|ስራሕ|መርዓ|ጉዕዞ|በዓል|ዕዳጋ|ጋሻ|ቤት\s+ትምህርቲ|ምምሕዳር|ገዛ|(?<!\S)ኣብ\s|\b(ab|nab|geza|gezay|bet)\s|\b(qotsera|ktsera|tmhrti|klas|sirah|srah|gemeente|afspraak|ab\s+\w+\s+ayk\w*|mera|merea|meraa|gueazo|guazo|beal)\b))"
_R52AL_NO_MORE_TOMORROW_TI = (r"^" + _R52AL_NOT_A_PLACE_TI + r".*?(?<!\S)(?<!ክሳብ\s)(?<!ክሳዕ\s)(ካብ\s+|ን)?ጽባሕ\s+(ጀሚረ\s+|ንደሓር\s+)?ኣይክህሉ(ን|ንን)\s+(እየ|እዩ)(?!\S)")
_R52AL_NO_MORE_TOMORROW_LA = (r"^" + _R52AL_NOT_A_PLACE_TI + r".*?(?<!kesab\s)(?<!ksab\s)(?<!kesa\s)\b(kab\s+)?(n)?(ts|x|s|tz)e?bah\s+(jemire\s+)?ayk(h)?(a|e|i)?l(u|o)n(en)?\s+(eye|iye|eyu)\b")
# "present" (موجود, mawjud) only with "I finished everything" or a farewell somewhere in the message.
_R52AL_PRESENT_ONLY_AFTER_AN_END = (r"(?!(?!.*(خلصت|خلص|انتهيت|ودعت|سامحوني|سامحني|\b(5alast|5alas|sam7uni|wada3)\b)).*(موجود|\bmawj))")
_R52AL_NOT_A_PLACE_AR = _R52AL_PRESENT_ONLY_AFTER_AN_END + r"(?!.*(عرس|العرس|حفله|سفر|مسافر|رحله|ضيوف|موعد|الموعد|المدرسه|الدرس|الكورس|الشغل|البلديه|الجامعه|البيت|بالبيت|عالموعد|\b(maw3ed|mw3d|dars|kors|shoghl|baladiye|bet|3eres|3ers|safar|msafer|7afle)\b))"
_R52AL_NO_MORE_TOMORROW_AR = (r"^" + _R52AL_NOT_A_PLACE_AR + r".*?(?<!\S)(من\s+)?(بكرا|بكره|بكرة|بكره)\s+(ما|مش|مو)\s+(رح|ح|راح)\s+(كون|اكون|ضل|ابقى)\s+"
                              r"(عايش|عايشه|بهالدنيا|بالدنيا|موجود|موجوده)(?!\S)")
_R52AL_NO_MORE_TOMORROW_AZ = (r"^" + _R52AL_NOT_A_PLACE_AR + r".*?\b(men\s+|mn\s+)?(bukra|bokra|bukara)\s+(ma|mesh|mish|mu)\s+(ra7|7a|ra2)\s+(kun|ekun|dal|ebqa)\s+"
                              r"(3ayesh|3aysh|3aysha|3ayshe|mawjud|mawjoud)\b")
_R52AL_NO_MORE_TOMORROW_NL = (r"^(?!.*\b(afspraak|les|werk|school|kantor|gemeente|cursus|stage|thuis|bruiloft|feest|reis|vakantie|bezoek)\b).*?\bmorgen\s+(ben\s+ik\s+er|besta\s+ik|leef\s+ik)\s+(niet|nie)\s+"
                              r"(meer|mer)\b(?!\s+(ziek|bang|alen|op|in|bij|te|zo|verkouden|hier)\b)")  # not "ziek" (round 41)

# Hiding or locked in from him now, he looks for me, is outside, breaks the door (Dutch "ik zit verstopt in de badkamer, hij
# zoekt me"; Arabic script "انا مخبايه بالحمام مع الولاد وهو عم يكسر الباب", Arabizi "ana m5abbaye w huwwe 3am ydawwer
# 3layi"; Tigrinya "ኣብ ሽቓቕ ተሓቢአ ኣለኹ ንሱ ኣብ ደገ ኣሎ", Latin): the emergency answer. Never hide-and-seek.
_R52AL_HIDING_NL = r"\b(ik\s+)?(zit|ben|sta|lig|zitten|zijn)\s+(nu\s+)?(\w+\s+)?(verstopt|opgesloten|ingesloten|verschanst)\b"
_R52AL_HE_HUNTS_NL = (r"\b(hij|ze|zij|mijn\s+man|mijn\s+vader|mijn\s+broer)\s+(zoekt|zocht|staat|slaat|schopt|bonkt|beukt|trapt|breekt|schreeuwt|loopt|is)\s+"
                      r"(\w+\s+){0,3}?(me|mij|ons|buiten|voor\s+de\s+deur|op\s+de\s+deur|tegen\s+de\s+deur|de\s+deur|rond|door\s+het\s+huis)\b")
_R52AL_NOT_A_GAME_NL = r"^(?!.*\b(verstoppertje|spelletje|spel|game|escape\s*rom|film|serie|boek|droom|droomde|kinderen\s+spelen)\b)"
_R52AL_HIDING_AR = (r"(مخبايه|مخباي|مخبى|مختبي|مختبيه|متخبي|متخبيه|تخبيت|خبيت\s+حالي|مقفله\s+على\s+حالي|قافله\s+على\s+حالي|مسكره\s+على\s+حالي|قفلت\s+على\s+حالي|"
                    r"\b(m5abbaye|m5abaye|m5aba|mkhabaye|mkhaba|mt5abbye|t5abbet|5abbet\s+7ali|2afle\s+3a\s+7ali)\b)")
_R52AL_HE_HUNTS_AR = (r"(عم\s+يكسر\s+(ال)?باب|عم\s+يدق\s+(ع|على\s+)?(ال)?باب|عم\s+يدور\s+علي|برا\s+الباب|ورا\s+الباب|عم\s+يصرخ|بده\s+يقتلني|عم\s+يخبط|"
                      r"\b(3am\s+ykaser\s+el\s+bab|3am\s+ydo2\s+3al\s+bab|3am\s+ydawer\s+3layi|3am\s+ydawer\s+3leyi|barra\s+el\s+bab|wara\s+el\s+bab|bado\s+yo2telni|3am\s+ye5bot)\b)")
_R52AL_NOT_A_GAME_AR = r"^(?!.*(غميضه|الغميضه|لعبه|منلعب|عم\s+نلعب|فيلم|مسلسل|\b(ghmayde|lo3be|mnel3ab|film|game)\b))"
_R52AL_HIDING_TI = (r"(ተሓቢአ|ተሓቢኣ|ተሓቢአ|ተሓቢኣ|ተሓቢእና|ተዓጽየ|ተዓጽያ|ተዓጽና|ዓጽየ\s+ኣለኹ|\b(tehabie|tehabia|tehabiena|teatsye|teatsiye|teaxye)\b)")
_R52AL_HE_HUNTS_TI = (r"(ኣብ\s+ደገ\s+(ኣሎ|ኣላ|ኣለዉ)|ይደልየኒ|ይደልየና|ማዕጾ\s+(ይሰብር|ይወቅዕ|ይህርም|ይኳሕኩሕ)|ይጭድር|ክቐትለኒ|\b(ab\s+dege\s+alo|ydelyeni|maetso\s+ysebr|kqetleni)\b)")
_R52AL_NOT_A_GAME_TI = r"^(?!.*(ሕብእብእ|ጸወታ|ፊልም|ሕልሚ|\b(hbebe|tsewta|film|game)\b))"
_R52AL_HIDING_FROM_HIM = tuple(
    game + r"(?=.*" + hiding + r").*?" + hunts for game, hiding, hunts in (
        (_R52AL_NOT_A_GAME_NL, _R52AL_HIDING_NL, _R52AL_HE_HUNTS_NL), (_R52AL_NOT_A_GAME_AR, _R52AL_HIDING_AR, _R52AL_HE_HUNTS_AR),
        (_R52AL_NOT_A_GAME_TI, _R52AL_HIDING_TI, _R52AL_HE_HUNTS_TI)))

# Jumping from a roof, a bridge, a high floor or a balcony, in Latin-script Tigrinya as typed ("ab nahsi aleku kzlil delye",
# "ab dldl eye zeleku kzlil eye": "kzlil" is read ክዝሊል, which no Ge'ez rule knows) and "I will fall" from a high floor in Ge'ez
# ("ኣብ ሻሙናይ ደርቢ ሰገነት እየ ዘለኹ ክወድቕ እየ"): the emergency answer. Never a game, a dream or a film, nor "I think I'll
# slip" on ice or the stairs (round 48).
_R52AL_HIGH_PLACE_LA = r"\b(nahsi|nahsi\w*|dldl|dildil|dldil|derbi|segenet|balkon|balkoni|fok|tower|gmbi)\b"
_R52AL_JUMP_LA = r"\b(kzlil|kzel|kzelil|kzell|kezlil|kzlel|knetir|kntir|kwedq|kwedk|kwedeq)\b"
_R52AL_HIGH_PLACE_TI = r"(ደርቢ|ሰገነት|ናሕሲ|ድልድል|ባልኮኒ|ግምቢ)"
_R52AL_FALL_TI = r"(?<!\S)(ክወድቕ|ክወድቅ|ክዘልል|ክነጥር)\s+(እየ|ደልየ|ሓሲበ|ወሲነ)(?!\S)"
_R52AL_NOT_A_GAME_LA = r"^(?!.*\b(film|filmi|game|geym|hlmi|tsewta|parachute|bungee|swimming|pool|piscina)\b)"
_R52AL_JUMP_FROM_HIGH = (
    _R52AL_NOT_A_GAME_LA + r"(?=.*" + _R52AL_HIGH_PLACE_LA + r").*?" + _R52AL_JUMP_LA,
    _R52AL_NOT_A_GAME_TI + r"(?!.*(ዝመስለኒ|በረድ|ሓሊቑ|ዝሓልቕ|ሸተት|ደረጃ|ኣሳንሰር))(?=.*" + _R52AL_HIGH_PLACE_TI + r").*?" + _R52AL_FALL_TI,
)

# Throwing myself before the train (Arabizi "ra7 ermi 7ali 2eddam el train bukra"; round 51 knew "ta7t el 2atar"); at the
# station or on the track waiting for the train and "I won't come back" / "then everything is over" (Tigrinya "ኣብ ጣቢያ ባቡር
# ... ክምለስ ኣይኮንኩን", Latin; Dutch "ik sta bij het spoor en wacht op de trein, daarna is alles voorbij"); arrived on the
# railway track (Arabic script "وصلت على سكة القطار", "انا واقف عسكة الحديد"): the emergency answer.
_R52AL_BEFORE_TRAIN_AZ = (r"\b(ra7\s+|ra2\s+|bdi\s+|baddi\s+|bade\s+)?(ermi|erme|2ermi|armi|2armi|ermy)\s+(7ali|7aly|nafsi)\s+(2edam|2odam|qodam|2idam|ta7t|"
                          r"3a|3al|bwijj)\s*(el\s*)?(train|tren|2atar|qatar|metro|sayara|sayyara|trak)\b")
_R52AL_BEFORE_TRAIN_AR = (r"(?<!\S)(رح\s+|بدي\s+)?(ارمي|ازت|اكب)\s+(حالي|نفسي)\s+(قدام|تحت|ع|على|عل)\s*(ال)?(قطار|ترين|تران|مترو|سكه)(?!\S)")
_R52AL_TRAIN_NO_RETURN_TI = (r"(?=.*ባቡር).*?(?<!\S)(ክምለስ|ክምለሰ|ክምለሳ)\s+(ኣይኮንኩን|ኣይኮንኩ|ኣይኮነን)(?!\S)|(?=.*ባቡር).*?(?<!\S)ኣይክምለስ(ን|ን\s+እየ)(?!\S)")
_R52AL_TRAIN_NO_RETURN_LA = r"(?=.*\bbabur\b).*?\b(kmeles|kmles)\s+(aykonkun|aykonku)\b|(?=.*\bbabur\b).*?\baykmelesn?\b"
_R52AL_TRAIN_ALL_OVER_NL = (r"^(?!.*\b(ophalen|af\s*te\s*halen|staking|vertraging|vakantie|weekend|werk|school|les|examen)\b)(?=.*\b(trein|spor|perron|station)\b)"
                            r".*?\b(daarna|dan|en\s+dan)\s+(is|ben)\s+(alles\s+|het\s+)?(klar|voorbij|over|afgelopen|gedaan|weg)\b")
_R52AL_ON_TRACK_AR = (r"(?<!\S)(وصلت|انا|واقف|واقفه|قاعد|قاعده|نايم|نايمه)\s+(على|عل|ع|عال|فوق)\s*(ال)?(سكه|سكة)\s+(ال)?(قطار|ترين|الحديد|حديد|تران)(?!\S)|"
                      r"\b(wselt|ana|wa2ef|wa2fe|2a3ed)\s+(3a|3al|3ala)\s*(el\s*)?(sekke|sekket|seke)\s+(el\s*)?(train|2atar|7adid)\b")
_R52AL_AT_THE_TRAIN = (_R52AL_BEFORE_TRAIN_AZ, _R52AL_BEFORE_TRAIN_AR, _R52AL_TRAIN_NO_RETURN_TI, _R52AL_TRAIN_NO_RETURN_LA,
                       _R52AL_TRAIN_ALL_OVER_NL, _R52AL_ON_TRACK_AR)

# Wanting to join, follow, be with the dead (Dutch "mijn hele familie is dood, ik wil vanavond bij hen zijn"; Arabic script "من
# لما مات ابني وانا بفكر الحقه", Arabizi "bfakker el7a2o"; Tigrinya "ምስቶም ዝሞቱ ኣዕሩኽተይ ክጽንበር ደልየ", Latin): the
# emergency answer. Never a visit to the grave or a funeral.
_R52AL_NOT_A_VISIT = r"^(?!.*(begrafenis|graf|kerkhof|begraafplaats|herdenking|foto|قبر|القبر|المقبره|عزا|العزا|جنازه|الجنازه|ቀብሪ|መቓብር|ሓዘን|\b(qebri|3aza|2abr|janaze)\b))"
_R52AL_JOIN_DEAD_NL = (r"(?=.*\b(dod|overleden|gestorven|omgekomen|verdronken|vermord)\b).*?\bik\s+(wil|ga|kom|zou)\s+(\w+\s+){0,2}?(bij|naar)\s+(hen|hun|haar|hem|"
                       r"mijn\s+\w+)\s+(zijn|gaan|komen)\b")
_R52AL_JOIN_DEAD_AR = (r"(?=.*(مات|ماتت|ماتو|ماتوا|توفى|توفت|توفي|استشهد|غرق|غرقو|\b(mat|matet|matu|twaffa)\b)).*?(?<!\S)(بدي\s+|رح\s+|بفكر\s+|عم\s+فكر\s+|قررت\s+)?"
                       r"(ا)?(لحقها|لحقه|لحقهم|لحقن|لحقو|روح\s+لعندهم|روح\s+لعندها|روح\s+لعنده)(?!\S)|\b(el7a2a|el7a2o|el7a2on|el7a2hon|l7a2a|l7a2o)\b")
_R52AL_JOIN_DEAD_TI = (r"(?=.*(ዝሞቱ|ዝሞተ|ዝሞተት|ሞይቶም|ሞይታ|ሞይቱ|ዝሞትዎ|ዝሞተቶ)).*?(?<!\S)(ክጽንበር|ክጽንበሮም|ክጽንበራ|ክጽንበሮ|ክስዕቦም|ክስዕባ|ክስዕቦ|ክኸዶም|ክኸዳ)\s+"
                       r"(ደልየ|እየ|ወሲነ|ሓሲበ)(?!\S)")
_R52AL_JOIN_DEAD_LA = r"(?=.*\b(zmotu|zmote|moytom|moyta|moytu)\b).*?\b(ktsenber|kxenber|ktsnber|kseubom|ksiebom)\w*\s+(delye|eye|wesine)\b"
_R52AL_JOIN_THE_DEAD = tuple(_R52AL_NOT_A_VISIT + r"(?:" + p + r")" for p in (_R52AL_JOIN_DEAD_NL, _R52AL_JOIN_DEAD_AR, _R52AL_JOIN_DEAD_TI,
                                                                          _R52AL_JOIN_DEAD_LA))

# Writing a farewell letter to my children, family (Arabic script "عم اكتب رسالة الوداع لولادي", Arabizi "3am ekteb risalet
# wada3"; Dutch "ik heb een afscheidsbrief voor mijn kinderen geschreven"; Tigrinya "ናይ ስንብት ደብዳቤ ንደቀይ ጽሒፈ", Latin): the
# emergency answer. Never for a colleague, a teacher, a class, a move or a retirement.
_R52AL_NOT_A_COLLEAGUE = (r"^(?!.*(collega|juf|meester|leraar|klas|school|pensioen|verhuizing|verhuis|werk|stage|vakantie|زميل|زملائي|المدرسه|الاستاذ|المعلم|"
                          r"الشغل|تقاعد|نقلت|ስራሕ|መምህር|ክላስ|ቤት\s+ትምህርቲ|\b(zamil|madrase|shoghl|sirah|memhr|klas)\b))")
_R52AL_FAREWELL_LETTER = tuple(_R52AL_NOT_A_COLLEAGUE + p for p in (
    r".*?\b(schrijf|schreef|geschreven|schrijven|typ|getypt)\b(?=.*\bafscheidsbrie\w*)|.*?\bafscheidsbrie\w*\s+(\w+\s+){0,4}?(geschreven|geschreven|klar|getypt)\b",
    r".*?(?<!\S)(عم\s+|رح\s+)?(اكتب|كتبت|بكتب|عم\s+بكتب)\s+(ال)?(رساله|رسايل|مكتوب|جواب)\s+(ال)?وداع(?!\S)",
    r".*?\b(3am\s+|ra7\s+)?(ekteb|katabt|bekteb|bekTob)\s+(risalet|rsalet|resalet|risale)\s+(el\s*)?(wada3|weda3)\b",
    r".*?(?<!\S)(ናይ\s+)?(ስንብት|ስንብታ|መሰናበቲ)\s+(ደብዳቤ|መልእኽቲ)\s+(\S+\s+)?(ጽሒፈ|ጸሒፈ|እጽሕፍ|ይጽሕፍ|ክጽሕፍ)(?!\S)",
    r".*?\b(nay\s+)?(snbt|sinbt|mesenabeti)\s+(dbdabe|debdabe|melekti)\s+(\w+\s+)?(tshife|tsehife|etshf|ktshf)\b",
))

# A note, a letter or a message written "that he will die" by someone close (Arabic script "ابني كاتب على ورقة انه رح يموت",
# Arabizi "kateb 3al wara2a eno ra7 ymut"; Dutch "mijn dochter heeft op een briefje geschreven dat ze dood wil"; Tigrinya
# "ወደይ ክመውት እየ ኢሉ ኣብ ወረቐት ጽሒፉ", Latin): the emergency answer. Never dying of hunger, laughter or tiredness.
_R52AL_NOT_HYPERBOLE = r"^(?!.*(الجوع|الضحك|التعب|الملل|honger|lachen|moeheid|verveling|ጥሜት|ስሕቕ|ሰሓቕ|ድኻም|\b(jo3|da7k|ta3ab|tmet|shq)\b))"
_R52AL_WROTE_WILL_DIE = tuple(_R52AL_NOT_HYPERBOLE + p for p in (
    r".*?(?<!\S)و?(كاتب|كاتبه|كتب|كتبت|بعت|بعتت)\s+(\S+\s+){0,4}?(انه|انو|انها|انو\s+هو|انو\s+هي)\s+(رح|ح|بده|بدو|بدها)\s+(يموت|تموت|ينتحر|تنتحر|"
    r"يقتل\s+حاله|تقتل\s+حالها)(?!\S)",
    r".*?\b(kateb|katbe|katab|katabet)\s+(\w+\s+){0,4}?(eno|enno|enha|ino)\s+(ra7|7a|bado|bada)\s+(ymut|tmut|yento7er|tento7er)\b",
    r".*?\b(schreef|geschreven|schrijft|stuurde|gestuurd|appte)\s+(\w+\s+){0,5}?dat\s+(hij|zij|ze)\s+(dod\s+(wil|gaat)|gaat\s+sterven|niet\s+meer\s+wil\s+leven|"
    r"zich\s+(wil\s+|gaat\s+)?(van\s+kant|ophangen|dodan)|er\s+(morgen\s+)?niet\s+meer\s+(is|zal\s+zijn))\b",
    r".*?(?<!\S)(ክሞት|ክመውት|ክጠፍእ)\s+(እየ|እያ)\s+(ኢሉ|ኢላ)\s+(\S+\s+){0,3}?(ጽሒፉ|ጽሒፋ|ጸሒፉ|ጸሒፋ|ሰዲዱ|ሰዲዳ)(?!\S)",
    r".*?\b(kmot|kmewt)\s+(eye|iye|eya)\s+(ilu|ila)\s+(\w+\s+){0,3}?(tshifu|tsihifu|tshifa|sediu|sedidu)\b",
))

# Learner Dutch without the article ("ik wil einde maken van mijn leven", "ik ga einde aan leven maken") and "dood wil ik"
# with the verb last: the emergency answer, as the full forms already are.
_R52AL_LEARNER_END_NL = (r"\b(ik\s+)?(wil|ga|gan|moet)\s+(\w+\s+)?(einde|eind)\s+(maken\s+)?(van|aan)\s+(mijn\s+|m\s+)?(leven|lev)(\s+maken)?\b",
                         r"(?<!\S)dod\s+(wil|ga|wou)\s+ik\b(?!\s+(niet|nie|geen|de\s+tijd))")

# Four crisis lines of earlier batches that sat at the classifier's edge (0.95) and fell to the gentle question when this
# round's idioms changed its training views; rules by kind hold them: acid thrown in my face threatened (Dutch "hij dreigt
# zuur in mijn gezicht te gooien"; Arabic script "رح يرش اسيد على وجهي"), a child touched "where it is not allowed" (Dutch),
# a rope hung up (Tigrinya "ገመድ ኣንጠልጢለ ኣለኹ", Latin), my hand cut and bleeding (Latin-script Tigrinya "idey qoritse dem
# yfses alo").
_R52AL_EDGE_KINDS = (
    r"\b(zur|bijtend\w*|acid|ontstopper)\s+(in|over|op|naar)\s+(mijn|m|haar|ons|je)\s+(gezicht|hofd|ogen)\b(?!.*\b(film|serie|grap)\b)",
    r"(?<!\S)(رح\s+|بده\s+)?(يرش|يكب|يرمي|رش|كب)\s+(اسيد|ماء\s+نار|مي\s+نار|حمض)\s+(على|ع|بـ?)\s*(وجهي|وشي|وجهها)(?!\S)",
    r"\b(aanraakt|aanraken|aangeraakt|betast|betasten|aanzit|aanzitten|zit\s+aan)\s+(\w+\s+){0,3}?(op\s+)?(plekken|plaatsen|plekjes)\s+waar\s+(dat|het)\s+"
    r"(niet|nie)\s+mag\b",
    r"(?<!\S)ገመድ\s+(\S+\s+)?(ኣንጠልጢለ|ኣንጠልጢላ|ኣሲረ|ኣሲራ|ሰቒለ|ሰቒላ)(?!\S)(?!.*(ክዳን|ሳዕቤን|ስእሊ|ጸወታ))",
    r"\bgemed\s+(\w+\s+)?(anteltile|antelTile|antltile|asire|seqile)\b",
    r"(?=.*\b(dem|dm)\b)(?!.*\b(sga|dorho|derho|asa|bani|kitchen)\b).*?\b(ideye|idey|ideya|eidey|egrey)\s+(qortsie|qoritse|qortse|qorisie|korise|qortseye)\b",
)

# --- uncertain kinds -------------------------------------------------------------------------------------------------

# "If death came, I would be glad" (Tigrinya "ሞት እንተዝመጸኒ ምተሓጎስኩ", Latin; Arabic script "لو اجاني الموت كنت انبسطت",
# Arabizi; Dutch "als de dood nu kwam, zou ik blij zijn"): a wish to be dead without a plan: the gentle question.
_R52AL_DEATH_WELCOME = (
    r"(?<!\S)ሞት\s+(እንተ|ምስ)(ዝመጸ|መጺ|መጸ)\S*\s+(\S+\s+)?(ም)?(ተሓጎስ|ሕጎስ|ተሓጎሰ|ምሓጎስ|ምፈተኹ)\S*(?!\S)",
    r"\bmot\s+(ente|enteze|entez)\w*\s+(\w+\s+)?(m)?(tehagos|hgos|tehaguse)\w*\b",
    r"(?<!\S)(لو|اذا)\s+(اجاني|يجيني|اجا|جاني|بيجي)\s+(ال)?موت\s+(\S+\s+)?(كنت\s+|لكنت\s+|ب)?(انبسط|انبسطت|فرحت|بفرح|مبسوط|مبسوطه|ارتحت|برتاح)(?!\S)",
    r"\b(law|iza|eza)\s+(ejani|yjini|eja)\s+(el\s*)?(mot|mawt)\s+(\w+\s+)?(kent\s+|b)?(enbasa6|enbasatt|fre7t|bfra7|mabsut|mabsout|erta7t|berta7)\b",
    r"\bals\s+(de\s+)?dod\s+(nu\s+|vandaag\s+|morgen\s+)?(kwam|komt|zou\s+komen)\s+(\w+\s+){0,3}?(blij|opgelucht|dankbar|gelukkig)\b",
)

# Thought about it many times, "and today its hour has come" (Tigrinya "ብዙሕ ግዜ ሓሲበዮ ሎሚ ድማ ሰዓቱ መጺኡ", Latin; Dutch "ik heb er
# lang over nagedacht en vandaag is het moment gekomen"; Arabic script "فكرت فيها كتير واليوم اجا وقتها", Arabizi): "it" without
# a thing named: the gentle question. Never with an exam, a move, a job, a course or a wedding.
_R52AL_NOT_A_PLAN = (r"^(?!.*(examen|toets|verhuizing|verhuizen|baan|werk|cursus|opleiding|bruiloft|trouwen|huis|auto|rijbewijs|pvt|map|inburgering|"
                     r"امتحان|الامتحان|الفحص|شغل|الشغل|عرس|العرس|بيت|البيت|سياره|كورس|الكورس|رخصه|ፈተና|ስራሕ|መርዓ|ገዛ|መኪና|ትምህርቲ|\b(emte7an|shoghl|3eres|bet|"
                     r"fetena|srah|sirah|merea|geza|mekina)\b))")
_R52AL_HOUR_HAS_COME = tuple(_R52AL_NOT_A_PLAN + p for p in (
    r"(?=.*(ሓሲበዮ|ሓሲበሉ|ሓሲብሉ|ሓሲበዮ|ኣስተንቲነሉ)).*?(?<!\S)(ሰዓቱ|ግዜኡ|እዋኑ|መዓልቱ)\s+(መጺኡ|በጺሑ|ኣኺሉ)(?!\S)",
    r"(?=.*\b(hasibeyo|hasibelu|hasiblu)\b).*?\b(seatu|gizeu|ewanu)\s+(metsiu|mexiu|betsihu)\b",
    r"(?=.*\b(lang|vaak|weken|maanden|jaren)\s+(over\s+)?(na)?gedacht\b).*?\b(vandaag|vanavond|vannacht|nu)\s+(is\s+)?(het\s+)?(moment|de\s+tijd|het\s+uur|zover)\s+"
    r"(\w+\s+)?(gekomen|daar|aangebroken)\b",
    r"(?=.*(فكرت\s+فيها|فكرت\s+فيه|بفكر\s+فيها)).*?(?<!\S)(اليوم|هلق|هلا|الليله)\s+(اجا|جا|اجى|وصل)\s+(وقتها|وقته|الوقت|الوقت\s+المناسب)(?!\S)",
    r"(?=.*\b(fakkart\s+fiha|fakart\s+fiha|bfakker\s+fiha)\b).*?\b(el\s*yom|hala2|el\s*leile)\s+(eja|ija|wesel)\s+(wa2ta|wa2to|el\s*wa2t)\b",
))

_ROUND52_IDIOMS_ALL: tuple[str, ...] = tuple(r"(?:" + idiom + r")" + veto for idiom, veto in (
    # bored, laughing, working oneself to death with the subject after the verb; dying of boredom
    (_R52AL_BORED_NL, _R52AL_VETO_NL), (_R52AL_BORED_AR, _R52AL_VETO_AR), (_R52AL_BORED_AZ, _R52AL_VETO_AR),
    (_R52AL_BORED_TI, _R52AL_VETO_TI), (_R52AL_BORED_LA, _R52AL_VETO_TI),
    # something risky "is real suicide"
    (_R52AL_IS_SUICIDE_NL, _R52AL_VETO_NL), (_R52AL_IS_SUICIDE_AR, _R52AL_VETO_AR), (_R52AL_IS_SUICIDE_TI, _R52AL_VETO_TI),
    # spicy food, "I almost died"
    (_R52AL_SPICY_DIE_AR, _R52AL_VETO_AR), (_R52AL_SPICY_DIE_AZ, _R52AL_VETO_AR), (_R52AL_SPICY_DIE_NL, _R52AL_VETO_NL),
    (_R52AL_SPICY_DIE_TI, _R52AL_VETO_TI), (_R52AL_SPICY_DIE_LA, _R52AL_VETO_TI),
    # a medicine for lice, a cold, a fever
    (_R52AL_MEDICINE_FOR_AR, _R52AL_VETO_AR + _R52AL_MEDICINE_VETO), (_R52AL_MEDICINE_FOR_AZ, _R52AL_VETO_AR + _R52AL_MEDICINE_VETO),
    (_R52AL_MEDICINE_FOR_NL, _R52AL_VETO_NL + _R52AL_MEDICINE_VETO), (_R52AL_MEDICINE_FOR_TI, _R52AL_VETO_TI + _R52AL_MEDICINE_VETO),
    (_R52AL_MEDICINE_FOR_LA, _R52AL_VETO_TI + _R52AL_MEDICINE_VETO),
    # a toy or water pistol
    (_R52AL_TOY_GUN_TI, _R52AL_VETO_TI), (_R52AL_TOY_GUN_LA, _R52AL_VETO_TI), (_R52AL_TOY_GUN_AR, _R52AL_VETO_AR),
    (_R52AL_TOY_GUN_AZ, _R52AL_VETO_AR),
    # arms or legs "dead" after the gym
    (_R52AL_DEAD_LIMBS_TI, _R52AL_VETO_TI), (_R52AL_DEAD_LIMBS_LA, _R52AL_VETO_TI), (_R52AL_DEAD_LIMBS_AR, _R52AL_VETO_AR),
    (_R52AL_DEAD_LIMBS_AZ, _R52AL_VETO_AR), (_R52AL_DEAD_LIMBS_NL, _R52AL_VETO_NL),
    # a knife for the fish or meat (Tigrinya spellings)
    (_R52AL_KNIFE_FOOD_TI, _R52AL_VETO_TI), (_R52AL_KNIFE_FOOD_LA, _R52AL_VETO_TI),
)) + tuple(r"(?:" + piece + r")" + _R52AL_VETO_TI + _R52AL_VETO_AR + _R52AL_VETO_NL for piece in _R52AL_PIECE_KILLED)  # a chess piece "killed"
_ROUND52_CRISIS_ALL: tuple[str, ...] = (
    # "tomorrow I will not exist any more"
    _R52AL_NO_MORE_TOMORROW_AR, _R52AL_NO_MORE_TOMORROW_AZ,
    _R52AL_NO_MORE_TOMORROW_NL,
    *_R52AL_HIDING_FROM_HIM, *_R52AL_JUMP_FROM_HIGH, *_R52AL_AT_THE_TRAIN, *_R52AL_JOIN_THE_DEAD, *_R52AL_FAREWELL_LETTER,
    *_R52AL_WROTE_WILL_DIE, *_R52AL_LEARNER_END_NL, *_R52AL_EDGE_KINDS,
)
_ROUND52_UNCERTAIN_ALL: tuple[str, ...] = (
    # "tomorrow I will not be" in Tigrinya: the gentle question, as rounds 22, 29 and 30 decided for the bare Ge'ez and Latin forms
    _R52AL_NO_MORE_TOMORROW_TI, _R52AL_NO_MORE_TOMORROW_LA,
    *_R52AL_DEATH_WELCOME, *_R52AL_HOUR_HAS_COME,
)
# (round 52, all languages: end)

# (round 52, the lead: start)
# The one emergency answer to an idiom of batch 52 (sealed in round 51, development data since round 52), cut as an
# idiom by kind. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R52LD_.)
# A form, a letter, the paperwork or a course "is killing me" in Latin-script Tigrinya with "kq" typed for ቐ ("ezi form nay
# bijstand ykqetleni alo": "ykqetleni" is read ይኽቀትለኒ, which no Ge'ez idiom knows; "ይቐትለኒ" after a form already was
# one). Never with a person who is doing it, a weapon, or death wished for.
_R52LD_PAPERWORK_LA = (r"(form|formulier|formulieren|dbdabe|debdabe|dbdabeta|wereqet|wereqeti|wrqet|bijstand|belasting|toeslag|"
                       r"toeslagen|tmhrti|timhrti|fetena|huiswerk|homework|srah|sirah|grammar|grammatica|hollandegna|holandegna|"
                       r"hollandenya|nederlands|inburgering|knm|pvt|map|birokrasi|bureaucratie|gemeente|uwv|ind|duo|sheqa|shqa)")
_R52LD_KILLS_ME_LA = r"(ykqetleni|yqetleni|yeqetleni|ykeqetleni|yqtleni|ykqtleni|yiqetleni|ykqetlani|yqetlani)"
_R52LD_NO_DANGER_LA = (r"(?!.*\b(seb|sebeyti|sebeytey|sebay|sebayey|hawey|abuy|adey|kara|shgut|pistol|mot|kmewt|"
                       r"kmut|kmot|nebsey|resey|rese|gemed|kenina|polis|police)\b)")
_R52LD_PAPER_KILLS_ME_LA = (r"^" + _R52LD_NO_DANGER_LA + r"(?=.*\b" + _R52LD_PAPERWORK_LA + r"\b).*?\b" + _R52LD_KILLS_ME_LA
                            + r"\b")
# The two emergency answers to ordinary lines of NLU b42 (sealed in round 51, ordinary development data since round 52),
# cut as idioms by kind:
# "No peace at home" next to a denied blow, "he does not hit me" (Tigrinya "... ኣብ ገዛ ሰላም የለን ኣይወቕዓንን እዩ ግን ድቃስ
# ስኢነ", b42; Latin "aywqeanen"): round 51's _R51LD_NO_DANGER_BUT_TI read only "there is no danger"; its word list of
# blows also matched inside the denial. Strife at home with the blow denied: never next to a blow that is not denied,
# a threat, a knife, the police or death (the gentle question may still come from the classifier).
_R52LD_BLOWS_TI = r"(?<!ኣይ)(?<!ኣይተ)" + _R51LD_BLOWS_TI
_R52LD_DENIED_BLOW_TI = r"(?<!\S)ኣይ(ወቕዓ|ወቕዕ|ሃረመ|ሃርመ|ደፍኣ|ረገጸ)\S*ን(?!\S)"
_R52LD_NO_PEACE_DENIED_BLOW_TI = (r"^(?=.*" + _R52LD_DENIED_BLOW_TI + r")(?!.*" + _R52LD_BLOWS_TI + r").*?"
                                  r"ኣብ\s*ገዛ\s*(ሰላም|ደሓን)\s*(የለን|የብልናን|የብለይን)(?!\S)")
_R52LD_NO_PEACE_DENIED_BLOW_LA = (r"^(?=.*\bay(wqe|weqe|wq)\w*n\b)(?!.*\b(ywq\w*|yweq\w*|wqiu|weqiu|yharm\w*|kara|shgut\w*|"
                                  r"polis|police|kmewt|kmut|mot|yfrarh\w*)\b).*?\bab\s+geza\s+(selam|dehan)\s+(yelen|yebnan|yebleyn)\b")
# Hurt by discrimination at work, at a stage or at school (Tigrinya "ኣብ ስታጅ ናይ MAP ብሰንኪ ሕብረይ ይፈላልዩኒ ኣለዉ ብዙሕ
# ይጎድኣኒ ኣሎ", b42): "it hurts me a lot" read as a blow (a core rule for ጎድኣ... with ኒ). Only next to a cue of
# discrimination or mockery, never with a blow, a knife, the husband or death.
_R52LD_DISCRIMINATED_TI = (r"(ይፈላልዩ|ይፈላሊ|ኣድልዎ|ዓሌት|ዓሌታዊ|ዘረኛ|ዘረኝነት|ሕብረይ|ሕጃበይ|ሕጃብ|ይላገጹ|ይላገጸ|ይላገጹለይ|ይላገጸለይ|ይጽርፉ|"
                           r"ይጸርፉ|ይጽርፈኒ|ይጸርፈኒ|ይንዕቁ|ይንዕቐ|ወጻእተኛ|ስደተኛ)")
_R52LD_HURTS_ME_TI = r"(?<!\S)(ብዙሕ\s+)?ይጎድኣኒ(\s+ኣሎ|\s+እዩ)?(?!\S)"
_R52LD_NO_HARM_TI = r"(ሰብኣየይ|ሰበይተይ|ሓወይ|ኣቦይ|ወቕዓ|ወቕዕ|ሃረመ|ሃርመ|ካራ|ሽጉጥ|ሽጎጥ|ፖሊስ|ሞት|ክሞት|ክመውት|ክቐትል|ቀቲሉ|ደፍኣኒ|ረጊጹ)"
_R52LD_HURT_BY_DISCRIMINATION_TI = (r"^(?=.*" + _R52LD_DISCRIMINATED_TI + r")(?!.*" + _R52LD_NO_HARM_TI + r").*?"
                                    + _R52LD_HURTS_ME_TI)
# Slaughtering a sheep for the feast in Latin-script Tigrinya, "3" typed for ዕ ("n3id begi3 kinharid ina, abey yfqed?",
# batch 52) and in Ge'ez: the Arabic kind was an idiom already. Never a person slaughtered.
_R52LD_SHEEP_FEAST_LA = (r"^(?!.*\b(seb|sebay|sebeyti|nebsey|resey|rese|wedey|gualey|qolu)\b).*?"
                         r"\b(begi3|begie|begea|begi|begiE|kebsi|kebshi|derho|feres|sheep)\s+(\w+\s+)?(kinharid|knhard|kinhard|nharid|nhard|"
                         r"kharid|khard|ntsbh|nhrd)\b")
_R52LD_SHEEP_FEAST_TI = r"(?<!\S)(በጊዕ|ከብቲ|ደርሆ)\s+(\S+\s+)?(ክንሓርድ|ንሓርድ|ክሓርድ|ሓሪድና|ሓሪደ)(?!\S)"
# "Write to me in Arabic, not English" in Arabizi (NLU b30-b41 "ktoblee bil 3arabe mesh engleezi"): a language request,
# which the classifier alone carried to the gentle question at its edge; the phrase is cut, the rest still read.
_R52LD_WRITE_IN_LANGUAGE_AZ = (r"\b(ktobl\w*|ktebl\w*|ekteb\w*|ektobl\w*|i7ki\w*|e7ki\w*|7kili|7keeli|7kiini)\s+(\w+\s+)?(bil|bel|bl|b)\s*"
                               r"(3arab\w*|engli\w*|inglee\w*|engleez\w*|hollandi\w*|holandi\w*)\b")
_ROUND52_IDIOMS_LEAD: tuple[str, ...] = (_R52LD_PAPER_KILLS_ME_LA, _R52LD_NO_PEACE_DENIED_BLOW_TI, _R52LD_NO_PEACE_DENIED_BLOW_LA,
                                         _R52LD_HURT_BY_DISCRIMINATION_TI, _R52LD_SHEEP_FEAST_LA, _R52LD_SHEEP_FEAST_TI,
                                         _R52LD_WRITE_IN_LANGUAGE_AZ)
# A child being beaten now, in Latin-script Tigrinya spelled as people type it ("gorebetey nqol'u yiwek'o alo, hiji yibeki
# alo dem riyeye", batch 23: "yiwek'o" is read ዪወቆ, which no Ge'ez rule knows; the classifier carried it alone, at 0.95, and
# this round's idioms in its training views moved it to the gentle question). Someone beats a child (n- + child) now, or the
# child cries, or blood: the emergency answer. Never a film or a game.
_R52LD_TO_CHILD_LA = r"\bn(qolu|qolua|qola|qolea|wedu|wede|weday|gualu|guala|htsan\w*|dequ|dekey|wedey|gualey)\b"  # the view drops the apostrophe
_R52LD_BEATS_LA = r"\b(yiwek\w*|ywek\w*|yiweq\w*|yweq\w*|ywq\w*|yiwq\w*|yharm\w*|yiharm\w*|yherm\w*)\b"
_R52LD_NOW_LA = r"\b(alo|ala|alewu|hji|hiji|kab\s+hji|dem|ybeki|yibeki|ybekiyu|tbeki|ysheg\w*)\b"
_R52LD_NOT_A_GAME_LA = r"^(?!.*\b(film|filmi|game|geym|series|seriyal|tsewta|football|kuaso|kwaso|ball)\b)"
# Four development crisis lines that nlu/round38 (the classifier's negatives) moved down a level, by kind, and one idiom
# and one ordinary line it moved up. NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native
# speaker.
# The same kind in Ge'ez: someone beats my daughter or son now, she screams ("ሓደ ኣብ ገዛና ዝነብር ሰብ ንጓለይ ይሃርማ ኣሎ ሕጂ
# ትጭድር ኣላ", batch 52). Never a film or a game.
_R52LD_TO_CHILD_TI = r"(?<!\S)ን(ጓለይ|ወደይ|ቆልዑ|ቆልዓ|ደቀይ|ህጻን|ህጻናት|ደቁ|ደቃ|ወዱ|ጓሉ|ወዳ|ጓላ)(?!\S)"
_R52LD_BEATS_TI = r"(?<!\S)(ይሃርማ|ይሃርሞ|ይሃርሞም|ይወቕዓ|ይወቕዖ|ይወቕዖም|ይወቕዕዋ|ይወቕዕዎ|ትሃርማ|ትሃርሞ|ትወቕዓ|ትወቕዖ)(?!\S)"
_R52LD_NOW_TI = r"(ሕጂ|ትጭድር|ይጭድር|ትበኪ|ይበኪ|ደም|ኣሎ|ኣላ|ኣለዉ)"
_R52LD_NOT_A_GAME_TI = r"^(?!.*(ፊልም|ጸወታ|ኩዕሶ|ጌም|ተኸታታሊ))"
# Someone's rope tied to the ceiling or the roof (Tigrinya "ጎረቤተይ ገመድ ኣብ ጣሪያ ኣሲሩ ርእየዮ ... ክሞት እየ ኢሉኒ ነይሩ",
# batch 52; Latin): the emergency answer. Not a washing line, a swing, lamps or decorations.
_R52LD_ROPE_CEILING_TI = (r"^(?!.*(ክዳውንቲ|ክዳን|ሳሕቢ|መወዛወዚ|መብራህቲ|ኣምፑል|ዕምባባ|ጽባቐ|ልደት|በዓል|ስፖርት|ጂም)).*?"
                          r"ገመድ\s+(\S+\s+){0,2}?(ኣብ\s+)?(ጣሪያ|ናሕሲ|ሰቀፍ|ዓንዲ)\S*\s+(\S+\s+)?(ኣሲሩ|ኣሲራ|ኣሲረ|ሰቒሉ|ሰቒላ|ሰቒለ|ኣንጠልጢሉ)")
_R52LD_ROPE_CEILING_LA = (r"^(?!.*\b(kdawnti|kdan|lamba|ampul|embaba|lidet|beal|gym|swing)\b).*?"
                          r"\bgemed\s+(\w+\s+){0,2}?(ab\s+)?(taria|tariya|nahsi|neHsi)\w*\s+(\w+\s+)?(asiru|asira|asire|seqilu|seqila|seqile)\b")
# A letter left "for whoever finds me" (Arabic script "كتبت رسالة للي رح يلاقيني", batch 52; Dutch, Tigrinya): a farewell,
# the emergency answer (Arabizi already had it). Not a letter for a lost thing or a found wallet.
_R52LD_LETTER_FINDER_AR = (r"(?<!\S)(كتبت|كاتب|كاتبه|تركت|خليت)\s+(\S+\s+)?(رساله|ورقه|مكتوب|جواب)\s+(\S+\s+)?"
                           r"(لل?ي|للشخص\s+اللي|لمين\s+ما|لاللي)\s+(رح\s+|ح\s+|بدو\s+)?(يلاقيني|يلقاني|بيلاقيني|يلاقيني\S*|يشوفني)(?!\S)")
_R52LD_LETTER_FINDER_NL = (r"\b(brief|briefje|afscheidsbrief|bericht)\s+(\S+\s+){0,3}?voor\s+(wie|degene\s+die|die\s+gene\s+die|de\s+persoon\s+die)\s+"
                           r"(mij|me)\s+(straks\s+|later\s+)?(vindt|vind|gaat\s+vinden|zal\s+vinden)\b")
_R52LD_LETTER_FINDER_TI = r"(ደብዳቤ|ወረቐት|መልእኽቲ)\s+(\S+\s+)?(ንዝረኽበኒ|ንዝረኸበኒ|ን?ዝረኽበኒ\s+ሰብ)\s+(\S+\s+)?(ጽሒፈ|ገዲፈ|ኣቐሚጠ)"
_R52LD_NOT_A_FIND_AR = r"^(?!.*(محفظه|جزدان|موبايل|تلفون|ضايع|ضاع|لقيت|مفتاح))"
_ROUND52_CRISIS_LEAD: tuple[str, ...] = (
    _R52LD_NOT_A_GAME_LA + r"(?=.*" + _R52LD_TO_CHILD_LA + r")(?=.*" + _R52LD_NOW_LA + r").*?" + _R52LD_BEATS_LA,
    _R52LD_NOT_A_GAME_TI + r"(?=.*" + _R52LD_TO_CHILD_TI + r")(?=.*" + _R52LD_NOW_TI + r").*?" + _R52LD_BEATS_TI,
    _R52LD_ROPE_CEILING_TI, _R52LD_ROPE_CEILING_LA,
    _R52LD_NOT_A_FIND_AR + r".*?" + _R52LD_LETTER_FINDER_AR, _R52LD_LETTER_FINDER_NL, _R52LD_LETTER_FINDER_TI,
)
# "Help me, someone is at the door" in Latin-script Tigrinya, also spaced out ("h a g i z u n i  s e b  a l o  a b  m a E t s o",
# batch 52) and in Ge'ez: at least the gentle question.
_ROUND52_UNCERTAIN_LEAD: tuple[str, ...] = (
    r"^(?=.*\b(hagizuni|hagzuni|hgzuni|hagezuni|hagizu|hagizeni)\b)(?=.*\bseb\b).*?\b(ab\s+)?(maetso|maatso|maexo|maetsu)\b",
    r"^(?=.*(ሓግዙኒ|ሓግዙና|ሓገዝ))(?=.*(?<!\S)ሰብ(?!\S)).*?ማዕጾ",
)
# (round 52, the lead: end)
_ROUND52_IDIOMS = _ROUND52_IDIOMS_ALL + _ROUND52_IDIOMS_LEAD
_ROUND52_CRISIS = _ROUND52_CRISIS_ALL + _ROUND52_CRISIS_LEAD
_ROUND52_UNCERTAIN = _ROUND52_UNCERTAIN_ALL + _ROUND52_UNCERTAIN_LEAD

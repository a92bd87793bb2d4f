"""Round 49: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 49, development data since) and NLU b39; see the comments per kind."""

from __future__ import annotations

# (round 49, all languages: start)
# Kinds from batch 49 (Dutch, Arabic script, Arabizi, Tigrinya in Ge'ez and Latin script), its gentle questions to danger now
# where another language already gets the emergency answer, and older development lines that had the emergency answer from
# the classifier alone at its threshold (0.950; this round's idioms, cut out of 10 training texts, moved them to 0.9499); each
# a family of wordings and spellings, not one sentence. NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review
# by a native speaker. (Names start with _R49AL_; one earlier rule widened: round 47's Latin-script water words,
# _R47AL_WATER_LA, by "mai", "maay"; none narrowed.)
from inburgering.text.sensitive.rules.meaning import _both as _r49al_both  # noqa: E402
from inburgering.text.sensitive.rules.round36 import (  # noqa: E402
    _R36_NO_RETURN_TI as _R49AL_NO_RETURN_TI, _R36NA_PEST_NL as _R49AL_PEST_NL,
)
from inburgering.text.sensitive.rules.round37 import (  # noqa: E402
    _R37TI_NOT_A_JOURNEY_LA as _R49AL_NOT_A_JOURNEY_LA, _R37TI_NOT_A_JOURNEY_TI as _R49AL_NOT_A_JOURNEY_TI,
)
from inburgering.text.sensitive.rules.round47 import (  # noqa: E402
    _R47AL_NOT_SWIMMING_TI as _R49AL_NOT_SWIMMING_TI, _R47AL_WATER_TI as _R49AL_WATER_TI,
)
from inburgering.text.sensitive.rules.round48 import (  # noqa: E402
    _R48AL_NOT_A_COURSE_AR as _R49AL_NOT_A_COURSE_AR, _R48AL_NOT_A_PARTING_NL as _R49AL_NOT_A_PARTING_NL,
)

# --- crisis kinds ----------------------------------------------------------------------------------------------------

# Someone not breathing, not reacting, now (Dutch in the order of a subordinate clause "er ligt iemand op straat die niet
# ademt", "een vrouw op de stoep die niet reageert"; Latin-script Tigrinya "hawey aytnefsn alo"; Tigrinya fallen with the
# eyes not opening "ኣደይ ኣብ ክሽነ ወዲቓ ዓይና ኣይትኸፍትን", many pills taken and not speaking now "ሓፍተይ ብዙሕ ፈውሲ ወሲዳ ሕጂ
# ኣይትዛረብን", Latin "... wesida aytzarebn ala"): the emergency answer (112), as the main-clause order already is. Not a
# first-aid lesson ("iemand die niet ademt moet je ..."), a pet, a customer or a mail "that does not react".
_R49AL_SOMEONE_NL = (r"\b(iemand|een\s+(\S+\s+)?(man|vrouw|jongen|meisje|kind|kindje|baby|persoon|meneer|mevrouw|jongeman|dame|opa|oma|fietser|"
                     r"scooterrijder|student)|mijn\s+\S+|mn\s+\S+|onze\s+\S+|de\s+(buurman|buurvrouw|baby|man|vrouw)|hij|zij|ze)\s+(\S+\s+){0,6}?")
_R49AL_WHO_DOES_NOT_NL = (r"die\s+(al\s+|helemaal\s+|echt\s+|gewoon\s+|ineens\s+|opeens\s+)?(niet|nie|nauwelijks|bijna\s+niet)\s+(meer\s+)?")
_R49AL_LYING_NL = (r"\b(ligt|lag|liggen|drijft|dreef|hangt|zit|gevallen|valt|viel|op\s+straat|op\s+de\s+(grond|stoep|vloer|weg)|in\s+het\s+water|"
                   r"in\s+elkaar\s+gezakt)\b")
_R49AL_NOT_A_LESSON_NL = (r"^(?!.*\b(ehbo|cursus|les|lessen|training|reanimatie\w*|film|serie|boek|verhaal|examen|toets|vraag|vragen|leren|geleerd|"
                          r"moet\s+je|wat\s+doe\s+je|wat\s+moet\s+je|pop|oefenpop|plant\w*|vis|vissen|spin|insect\w*|kat|poes|hond|konijn|hamster|"
                          r"vogel\w*|mail|e-mail|bericht\w*|brief|app|appje|telefoon|klant\w*|sollicit\w*|werkgever|gemeente|regisseur|computer|laptop)\b)")
_R49AL_NO_BREATH_LA = r"\bay(i|e)?t?(e|i)?t?(e|i)?n(e|i)?f(e|i)?s(e|i)?n\b"
_R49AL_WHO_LA = (r"\b(adey|abuy|abey|hawey|haftey|hafterey|habtey|wedey|gualey|sebeayey|sebayey|sebeytey|sebeyti|zemedey|zemedi|arkey|mehazay|"
                 r"gorebetey|qolaey|qolae|seb|adehagoy|abohagoy|ahaboy|wedi|gual|nsu|nsa|hade\s+seb)\b")
_R49AL_NOT_A_LESSON_LA = r"^(?!.*\b(ente|kors|kurs|ehbo|temaharna|temahire|film|hlmi|tmali|qedem)\b)"
_R49AL_DOWN_TI = r"(?<!\S)(ወዲቑ|ወዲቓ|ወዲቖም|ዓንዲሉ|ዓንዲላ|ተጋዲሙ|ተጋዲማ|ተዘርጊሑ|ተዘርጊሓ|ዝወደቐ|ዝወደቐት)(?!\S)"
_R49AL_EYES_SHUT_TI = (r"(?<!\S)(ዓይኑ|ዓይና|ኣዒንቱ|ኣዒንታ|ዓይኖም)\s+(\S+\s+)?(ኣይከፍትን|ኣይትኸፍትን|ኣይከፍቶን|ኣይትኸፍቶን|ኣይኸፍትን|ኣይትከፍትን|ኣይከፈተን|"
                       r"ኣይከፈተትን|ኣይኽፍትን|ኣይትኽፍትን)(?!\S)")
_R49AL_DOWN_LA = r"\b(wediqu|wediqa|wediku|wedika|wedqu|wedqa|andilu|andila|tegadimu|tegadima)\b"
_R49AL_EYES_SHUT_LA = r"\b(aynu|ayna|ainu|aina|aeyntu|aeynta)\s+(\w+\s+)?ay(i|e)?t?(k|kh|h)(e|i)?f(e|i)?t(i|e)?n\b"
_R49AL_OVERDOSE_TI = (r"(?<!\S)(ብዙሕ|ብዙሓት|ኩሉ|ሙሉእ|ሓደ\s+ሳጹን)\s+(ፈውሲ|ከኒና|ኪኒን|ኪኒና|ከኒናታት|መድሃኒት|መድሓኒት|ፓራሰታሞል|ፓራሴታሞል)\S*\s+(\S+\s+)?"
                      r"(ወሲዳ|ወሲዱ|ውሒጣ|ውሒጡ|ሰትያ|ሰትዩ|ቀሚማ|ቀሚሙ|ወሲዶም)(?!\S)")
_R49AL_UNRESPONSIVE_TI = (r"(?<!\S)(ኣይትዛረብን|ኣይዛረብን|ኣይትምልስን|ኣይምልስን|ኣይትበራበርን|ኣይበራበርን|ኣይትንቀሳቐስን|ኣይንቀሳቐስን|ኣይትተንፍስን|ኣይተንፍስን|"
                          r"ኣይትሰምዕን|ኣይሰምዕን|ኣይትነቕሕን|ኣይነቕሕን)(?!\S)")
_R49AL_OVERDOSE_LA = (r"\b(bzuh|bizuh|kulu|mulue)\s+(fewsi|kenina|kinin|kinina|medhanit|medhanit|paracetamol|pilen|pillen)\w*\s+(\w+\s+)?"
                      r"(wesida|wesidu|wesda|wesdu|wuhita|wuhitu|setya|setyu)\b")
_R49AL_UNRESPONSIVE_LA = (r"\bay(i|e)?t?z(e|a)?r(e|a)?b(e|i)?n\b|\bay(i|e)?t?m(e|i)?l(e|i)?s(e|i)?n\b|\bay(i|e)?t?ber(a|e)ber(e|i)?n\b|"
                          r"\bay(i|e)?t?nq(e)?s(a)?q(e)?s(e|i)?n\b")

# Someone (or I) on the railway track now (Dutch "mijn broer staat op het spoor bij het station", "er loopt een man op de
# rails"; Arabizi "akhi wa2ef 3al sekke"; Tigrinya "ሓወይ ኣብ ሓዲድ ባቡር ደው ኢሉ ኣሎ", Latin "hawey ab hadid babur dew ilu alo");
# at the station waiting for the train "to go in" as the message's last word (Tigrinya "ባቡር እጽበ ኣለኹ ክኣቶ", Latin "babur
# etsbe aleku keatu"): the emergency answer (in Tigrinya someone else on the rails: one's own standing there asks the gentle
# question, round 34). Not "op spoor 5", "op het goede spoor", "ze zitten hem op het spoor" (on his
# trail), work on the track, a model railway; not waiting for a train to an appointment.
_R49AL_ON_TRACK_NL = (r"\b(ik|iemand|hij|zij|ze|er|mijn\s+\S+|mn\s+\S+|onze\s+\S+|een\s+(\S+\s+)?(man|vrouw|jongen|meisje|kind|persoon|jongeman|meneer|"
                      r"mevrouw))\s+(staat|sta|zit|ligt|lig|loopt|loop|stond|zat|lag|liep|staan|zitten|liggen|lopen)\s+(nu\s+|daar\s+|gewoon\s+|midden\s+)?"
                      r"((?!(hem|haar|me|mij|jou|je|ons|hun|hen|ze|weer|nog)\s)\S+\s+)?op\s+(het\s+(spoor|treinspoor)|de\s+(rails|spoorrails|spoorbaan|spoorlijn|"
                      r"treinrails|sporen))\b(?!\s+(van|\d)\b)")
_R49AL_ON_TRACK_INV_NL = (r"\b(er\s+)?(staat|zit|ligt|loopt|stond|zat|lag|liep|staan|zitten|liggen|lopen)\s+(er\s+)?(nu\s+)?(iemand|een\s+(\S+\s+)?(man|vrouw|"
                          r"jongen|meisje|kind|persoon|jongeman|meneer|mevrouw)|mensen|kinderen|jongeren)\s+(\S+\s+)?op\s+(het\s+(spoor|treinspoor)|"
                          r"de\s+(rails|spoorrails|spoorbaan|spoorlijn|treinrails|sporen))\b(?!\s+(van|\d)\b)")
_R49AL_NOT_TRACK_WORK_NL = (r"^(?!.*\b(werk\w*|prorail|onderhoud|hesje|model\w*|speelgoed|lego|miniatuur|modeltrein\w*|treinbaan|foto\w*|film|serie|"
                            r"game|spel|droom|gedroomd|gisteren|vroeger|politie\s+zit|speur\w*|stage|school|les)\b)")
_R49AL_ON_TRACK_AZ = (r"\b(ana|akhi|a5i|a5uy|akhuy|ekhti|e5ti|o5ti|ukhti|ebni|ibni|binti|benti|jozi|zawji|marti|emmi|abi|bayyi|abuy|wa7ed|wa7de|walad|"
                      r"bent|rajjal|zalame|mara|sa7bi|rfi2i|rfi2ti|sa7bti)\s+(\w+\s+)?(wa2ef|wa2fe|wa2fa|2a3ed|2a3de|2a3da|nayem|nayme|mmadad|mmadade|"
                      r"ta2e7|ta2ha|mashi|mashye|marmi|marmiye)\s+(3al|3a|3ala|fo2|3ind|jamb)\s*(el\s*|l)?(sekke|sikke|sekket|sikket|seke|sekka|rails)\w*\b")
_R49AL_NOT_TRACK_WORK_AZ = r"^(?!.*\b(shoghl|shghl|dawam|bya3mel|bta3mel|sura|swar|film|game|7elm|mbare7|zaman)\b)"
_R49AL_RAILS_TI = r"((ሓዲድ|ሃዲድ|ሬል|ሓዲዲ)(\s+ባቡር)?|መስመር\s+ባቡር)"
_R49AL_ON_RAILS_TI = (r"(?<!\S)ኣብ\s+(ልዕሊ\s+|ማእከል\s+)?" + _R49AL_RAILS_TI + r"\s+(ደው\s+ኢሉ|ደው\s+ኢላ|ደው\s+ኢሎም|ኮፍ\s+ኢሉ|ኮፍ\s+ኢላ|ተጋዲሙ|ተጋዲማ|"
                      r"ኣሎ|ኣላ|ኣለዉ)(?!\S)")
_R49AL_NOT_TRACK_WORK_TI = r"^(?!.*(ስራሕ|ይሰርሕ|ትሰርሕ|እሰርሕ|ሰራሕተኛ|ጸገም|ዕጽው|ተዓጽዩ|ደንጒዩ|ደንጉዩ|ኣይመጸን|ሰዓት|ቲኬት|ትኬት|ጉዕዞ|ስእሊ|ፊልም|ጌም|ሕልሚ))"
_R49AL_ON_RAILS_LA = (r"\b(ab|abti)\s+(hadid|hadidi|rails?|spoor|mesmer\s+babur)\s+(babur\s+)?(dew\s+(ilu|ila|ilom)|kof\s+(ilu|ila)|tegadimu|tegadima|"
                      r"alo|ala|alewu)\b")
_R49AL_NOT_TRACK_WORK_LA = r"^(?!.*\b(srah|sirah|ysrh|tsrh|tiket|ticket|guezo|seat|sukua|film|hlmi|game)\b)"
_R49AL_WAIT_TO_ENTER_TI = (r"(?<!\S)(ባቡር|ትረይን)\s+(\S+\s+)?(እጽበ|እጽበዮ|እጽበያ|ይጽበ|ትጽበ)\s+(ኣለኹ\s+|ዘለኹ\s+|እየ\s+)?(ክኣቶ|ክኣትዎ|ክኣቱ|ክዘልል|ክዘሎ|ክድርበ|"
                           r"ቅድሚኡ\s+\S+|ኣብ\s+ቅድሚኡ\s+\S+)(\s+(እየ|ኢየ|ደልየ))?$")
_R49AL_WAIT_TO_ENTER_LA = (r"\b(babur|train|trein)\s+(\w+\s+)?(etsbe|ytsbe|exbe|itsbe|etsbeyo|etxbe|etsibe)\s+(aleku\s+|alekhu\s+|eye\s+)?(keatu|kiatu|kieatu|keato|"
                           r"kiato|kezlel|kizlel|kidrbe|kdrbe)(\s+(eye|iye|delye))?$")

# Into the river tonight, now (Tigrinya "ሎሚ ምሸት ናብ ሩባ ክኣቱ እየ", as the Latin-script "ab mai keatu eye lomi" is read by round
# 47's rule, its water words widened in round 47): the emergency answer. Not swimming.
_R49AL_NOW_TI = r"(ሎሚ|ሎሚ\s+ምሸት|ሎሚ\s+ለይቲ|ሕጂ|ሕጂ\s+ሕጂ)"
_R49AL_INTO_WATER_NOW_TI = (r"(?<!\S)" + _R49AL_NOW_TI + r"\s+(ናብ|ኣብ)\s+" + _R49AL_WATER_TI + r"\S*\s+(ክኣቱ|ክዘልል|ክጥሕል)\s+(እየ|ኢየ)(?!\S)|"
                            r"(?<!\S)(ናብ|ኣብ)\s+" + _R49AL_WATER_TI + r"\S*\s+(ክኣቱ|ክዘልል|ክጥሕል)\s+(እየ|ኢየ)\s+" + _R49AL_NOW_TI + r"(?!\S)")

# On the edge of a window, a balcony, a roof, high up, now (Dutch "ik zit op de rand van het raam op de achtste verdieping",
# "... met mijn benen naar buiten"; Arabic script "رجليي على حافة الشباك", "قاعدة على حافة البلكون بالطابق العاشر"; Arabizi "ana
# 3ala 7afet el shebbak, el taba2 el sabe3"; Tigrinya "ኣብ ጫፍ ሰገነት ደው ኢለ ታሕቲ እጥምት ኣለኹ", Latin "ab chaf segenet dew ile
# aleku, derbi 8"); at the top of a car park, a flat "and I go" (Dutch "ik sta op de bovenste verdieping van de parkeergarage
# en ik ga"): the emergency answer; on the edge alone asks the gentle question. Not cleaning windows, a plant on the sill,
# the view, a cat, smoking at the window.
_R49AL_ON_LEDGE_NL = (r"\bik\s+(zit|sta|hang|lig|zat|stond)\s+(nu\s+|hier\s+|al\s+)?(\S+\s+)?(op|in|over)\s+(de\s+rand\s+van\s+(het|de|mijn|mn|ons|onze|een)\s+"
                      r"(\S+\s+)?(raam|balkon|dak|brug|flat|gebouw|parkeergarage|viaduct|galerij|vensterbank|reling|raamkozijn|kozijn|toren|torenflat)|"
                      r"de\s+(vensterbank|reling|balustrade|balkonrand|dakrand)|het\s+(raamkozijn|kozijn|open\s+raam|balkonhek|hek\s+van\s+het\s+balkon))\b")
_R49AL_HIGH_UP_NL = (r"\b(op\s+de\s+(\d+\w*|\S+ste|\S+de|bovenste|hoogste)\s+(verdieping|etage|verdiep)|(\d+|\S+)\s+(hoog|meter\s+hoog|verdiepingen\s+hoog)|"
                     r"(benen|voeten)\s+(\S+\s+)?(naar\s+buiten|buiten\s+het\s+raam|over\s+de\s+rand|bungelen)|(kijk|keek|staar)\s+(\S+\s+)?naar\s+beneden|"
                     r"naar\s+beneden\s+(te\s+)?(kijken|staren)|ik\s+spring|spring\s+ik)\b|\b(en|nu)\s+(ik\s+)?(ga|spring)(\s+ik)?$")
_R49AL_NOT_A_CHORE_NL = (r"^(?!.*\b(ramen\s+lappen|ramen\s+wassen|schoonmaken|schoonmaak\w*|lappen|zeem\w*|schilder\w*|verf\w*|gordijn\w*|plant\w*|kat|"
                         r"poes|hond|vogel\w*|foto\w*|uitzicht|zon|zonnen|bloembak\w*|reparatie|repareren|monteur|werk\w*|glazenwasser\w*|klus\w*|"
                         r"antenne|schotel|rook|roken|sigaret\w*|lezen|boek)\b)")
_R49AL_AT_TOP_NL = (r"\bik\s+(sta|zit|ben|stond)\s+(nu\s+|hier\s+)?(op|boven\s+op|bovenop)\s+(de\s+(bovenste|hoogste)\s+(verdieping|etage|laag|parkeerlaag)\s+van\s+"
                    r"(de|het|een)\s+(\S+\s+)?\S+|het\s+dak\s+van\s+(de|het|een|mijn|ons)\s+(\S+\s+)?\S+|het\s+dak|de\s+brug|het\s+viaduct|de\s+pier|de\s+klif)\b")
_R49AL_NOW_I_GO_NL = (r"\b(en|dus|nu|zo|straks|vandaag|vannacht|vanavond)\s+(ik\s+ga|ga\s+ik|ik\s+spring|spring\s+ik|doe\s+ik\s+het|ik\s+doe\s+het)"
                      r"(\s+(nu|het|eraf|echt|wel))?$")
_R49AL_FEET_EDGE_AR = (r"(?<!\S)(و\s*)?(رجلي|رجليي|رجليا|رجلاي|اجري|اجريي|اجريا|رجلين|اجرين)\s+(\S+\s+)?((على|ع|عال|فوق)\s*(حافه|حفه|طرف)|برا|برات|خارج|"
                       r"طالعين\s+من|متدليين\s+من|مدليه\s+من|مدليين\s+من|مدلايه\s+من)\s+(ال)?(شباك|بلكون|بلكونه|سطح|جسر|نافذه|برنده|شرفه)(?!\S)")
_R49AL_PERSON_EDGE_AR = (r"(?<!\S)(و\s*)?(انا|قاعد|قاعده|واقف|واقفه|طالع|طالعه|جالس|جالسه)\s+(\S+\s+)?(على|ع|عال|فوق)\s*(حافه|حفه|طرف)\s+"
                         r"(ال)?(شباك|بلكون|بلكونه|سطح|جسر|نافذه|برنده|شرفه|بنايه|عماره)(?!\S)")
_R49AL_HIGH_UP_AR = (r"(?<!\S)((بال|عال|ب|على\s+ال|ع\s+ال|ال)?طابق\s+\S+|\d+\s+طوابق|عالي\s+كتير|تحتي\s+الشارع|(بطلع|عم\s+اطلع|عم\s+بتطلع)\s+(ل|ع)تحت|"
                     r"(عم\s+)?(اكتب|بكتب|كتبت)\s+(هالكلام|هالرساله|هالحكي|هاد|هيك))(?!\S)")
_R49AL_NOT_A_CHORE_AR = (r"^(?!.*(?<!\S)(غسيل|الغسيل|تياب|التياب|نضف|بنضف|عم\s+نضف|تنظيف|بمسح|امسح|عم\s+امسح|زريعه|الزريعه|ورد|الورد|نبات|قطه|القطه|بسه|"
                         r"البسه|عصفور|صوره|صور|سيلفي|منظر|المنظر|شمس|الشمس|قهوه|اركيله|دخان|بدخن|عم\s+دخن|دش|ستلايت|تصليح|صلح|دهان|بدهن|"
                         r"كتاب|بقرا|عم\s+اقرا)(?!\S))")
_R49AL_PERSON_EDGE_AZ = (r"\b(ana|2a3ed|2a3de|2a3da|wa2ef|wa2fe|wa2fa|tale3|tal3a|rejli|rijli|rejlayi|ejri|ejrayi)\s+(\w+\s+)?(3ala|3a|3al|fo2)\s*(el\s*)?"
                         r"(7afet|7afit|7afe|7aft|taraf|6araf)\s+(el\s*|l)?(shebbak|shibbak|shebak|shubbak|balkon|balcon|balkone|sat7|sate7|jisr|jesr|nafze|"
                         r"benaye|3emara)\b")
_R49AL_HIGH_UP_AZ = (r"\b((el\s*)?(taba2|tabe2|6aba2|6abe2|tabaq|6abaq)\s+(el\s*)?\w+|(floor|etage|verdieping)\s+\d+|\d+\s*(floor|etage)|"
                     r"(3am|bshuf|shayef|shayfe)\s+(\w+\s+)?(ta7t|la\s*ta7t)|rejli|rijli|ejri|ejrayi)\b")
_R49AL_NOT_A_CHORE_AZ = r"^(?!.*\b(ghasil|8asil|tyab|nadef|bnadef|sura|swar|selfie|manzar|shams|2ahwe|argile|bdakhen|zari3a|2otta|bisse)\b)"
_R49AL_EDGE_TI = (r"(?<!\S)ኣብ\s+(ጫፍ|ወሰን|ደረት|ከንፈር|ሸነኽ)\s+(ናይ\s+)?(\S+\s+)?(ሰገነት|ባልኮን|ባልኮኒ|መስኮት|ፍኒስትራ|ናሕሲ|ድልድል|ፎቕ|ህንጻ|ደርቢ)\S*\s+(\S+\s+){0,2}?"
                  r"(ደው\s+ኢለ|ኮፍ\s+ኢለ|ኣለኹ|ተቐሚጠ|ደው\s+ኢሉ|ደው\s+ኢላ|ኮፍ\s+ኢሉ|ኮፍ\s+ኢላ|ኣሎ|ኣላ)(?!\S)")
_R49AL_HIGH_UP_TI = (r"(?<!\S)(ታሕቲ\s+(\S+\s+)?(እጥምት|እጥምቶ|ይጥምት|ይርአ|እርኢ|ጠሚተ|እጠምት)|(ደርቢ|ፎቕ)\s+\d+|\d+\s*(ደርቢ|ፎቕ)|"
                     r"(ሓሙሻይ|ሻድሻይ|ሻውዓይ|ሻምናይ|ታሽዓይ|ዓስራይ|ራብዓይ|ሳልሳይ|ላዕለዋይ)\s+(ደርቢ|ፎቕ)|ኣእጋረይ\s+(\S+\s+)?(ወጻኢ|ኣብ\s+ኣየር)|ክዘልል|ክወድቕ)(?!\S)")
_R49AL_NOT_A_VIEW_TI = r"^(?!.*(ስእሊ|ፎቶ|ሰልፊ|ክዳውንቲ|ሳሙና|ክጽርግ|ምጽራይ|ዕምባባ|ድሙ|ኣዕዋፍ|ቡን|ሽጋራ|ጸሓይ|ትርኢት|ፊልም|ጸወታ|ጌም|ሕልሚ))"
_R49AL_EDGE_LA = (r"\bab\s+(chaf|tchaf|caf|wesen|dret)\s+(nay\s+)?(\w+\s+)?(segenet|balkon|balkoni|meskot|mescot|finestra|nahsi|dildil|foq|hntsa|hntxa)\w*\s+"
                  r"(\w+\s+){0,2}?(dew\s+ile|kof\s+ile|aleku|alekhu|teqemite)\b")
_R49AL_HIGH_UP_LA = (r"\b((tahti|tahtay)\s+(\w+\s+)?(etmt|etmet|itmt|etimt|ertmt|eri|erie|temite)|(derbi|derebi|foq)\s+\d+|\d+\s*(derbi|derebi|foq)|"
                     r"kzlel|kizlel|kwedq|kiwedq)\b")
_R49AL_NOT_A_VIEW_LA = r"^(?!.*\b(sealy|seali|foto|photo|selfie|kdawnti|sefi|sigara|tsehay|xehay|film|game)\b)"

# A place of death in the thoughts and "today I go", "then I'll do it" as the last words (Dutch "ik denk aan de trein. elke dag.
# vandaag ga ik.", "ik stond vandaag bij het spoor en morgen ga ik terug, dan doe ik het wel"; Arabic script "كل يوم بفكر
# بالقطار، اليوم رح روح"; Tigrinya "ብዛዕባ ሓዲድ ባቡር እሓስብ ሎሚ ክኸይድ እየ"): the emergency answer. Not a trip by train, a
# train ride planned, work at the station.
_R49AL_THOUGHT_PLACE_NL = (r"\b(ik\s+denk\s+(\S+\s+){0,2}?aan\s+(de\s+trein|het\s+spoor|de\s+rails|de\s+brug|het\s+dak|het\s+water|springen|de\s+dood|"
                           r"doodgaan|sterven)|ik\s+(stond|was|zat|ben)\s+(vandaag\s+|gisteren\s+|vannacht\s+|al\s+)?(bij|op)\s+(het\s+spoor|de\s+rails|de\s+brug|"
                           r"het\s+dak|het\s+viaduct))\b")
_R49AL_DO_IT_NL = (r"\b(dan|vandaag|vannacht|vanavond|morgen|nu|straks|zo)\s+(doe\s+ik\s+het|ga\s+ik|ik\s+ga|ga\s+ik\s+het\s+doen)(\s+(wel|echt|nu|toch))?$")
_R49AL_NOT_A_RIDE_NL = (r"^(?!.*\b(kaartje|ov|ns|reis\w*|vakantie|werk\w*|stage|school|les|afspraak|bezoek\w*|familie|vrienden|oma|opa|naar\s+huis|"
                        r"naar\s+\w+dam|naar\s+utrecht|naar\s+zwolle|naar\s+deventer|trein\s+naar|vertraging|foto\w*)\b)")
_R49AL_THOUGHT_PLACE_AR = (r"(?<!\S)(بفكر|عم\s+فكر|فكرت|بحلم)\s+(\S+\s+)?(بال|بهال|عال|ب)(قطار|تران|ترين|سكه|جسر|سطح|نهر|بحر|موت)(?!\S)")
_R49AL_DO_IT_AR = r"(?<!\S)(اليوم|الليله|هلق|بكرا)\s+(رح\s+|ح\s+|راح\s+)?(روح|اعملها|ساويها|نفذها|اعملا|نط)$"
_R49AL_NOT_A_RIDE_AR = r"^(?!.*(تذكره|تكت|تيكت|شغل|دوام|موعد|مدرسه|سفر|مسافر|رحله|زياره|لعند|امستردام|اوتريخت|زفوله|دافنتر))"
_R49AL_THOUGHT_PLACE_TI = (r"(?<!\S)(ብዛዕባ|ብዛዕባ\s+ናይ)\s+(ሓዲድ|ሃዲድ|ባቡር|ሩባ|ባሕሪ|ድልድል|ሞት|ምሟት)\S*\s+(\S+\s+){0,2}?(እሓስብ|ሓሲበ|ይሓስብ|ሓሳብ)(?!\S)")
_R49AL_DO_IT_TI = r"(?<!\S)(ሎሚ|ሎሚ\s+ለይቲ|ሕጂ|ጽባሕ)\s+(ክኸይድ|ክገብሮ|ክፍጽሞ)\s+(እየ|ኢየ)$"

# Ending it by my own hand, tonight with despair, "I know how I will end it", "I want to leave life" (Arabic script "العيشة
# بهولندا لحالي صارت متل القبر وبدي خلصها بإيدي", "ما عندي حدا ... ورح انهيها الليلة", "الكل رح يكون أحسن بدوني وعرفت كيف رح
# خلصها", "بدي فارق الحياة"; Arabizi "bedde 5alles 7ayati lyom", "baddi fare2 el 7ayat"; Latin-script Tigrinya "ane hiwetey
# kabqa eye"; Dutch "ik wil dit leven verlaten", "met mijn eigen handen een einde maken"): the emergency answer. Not a task,
# a series, a course, a relationship or debts "to finish", leaving the life "here".
_R49AL_END_IT_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|راح|قررت|ناوي|ناويه|لازم)\s*(ا)?(خلصها|انهيها|نهيها|خلص\s+عليها|انهي\s+عليها|خلص\s+حياتي|انهي\s+حياتي|"
                    r"نهي\s+حياتي|انهي\s+هالحياه|خلص\s+هالحياه|خلص\s+من\s+هالحياه|خلص\s+من\s+حياتي)")
_R49AL_BY_HAND_AR = r"\s+(ب|بهال)(ايدي|ايديي|ايديا|نفسي)(?!\S)"
_R49AL_TONIGHT_AR = r"\s+(الليله|اليوم|هالليله|هلق|هلا|بكرا)(?!\S)"
_R49AL_KNOW_HOW_AR = (r"(?<!\S)(و\s*)?(عرفت|بعرف|قررت|لقيت|اخترت|صرت\s+بعرف)\s+(كيف|شلون|وين|شو|الطريقه\s+اللي)\s+(رح\s+|ح\s+|بدي\s+)?(ا)?(خلصها|انهيها|اعملها|"
                      r"خلص\s+عليها|علقه|علق\s+حالي|نط|موت|انتحر|اقتل\s+حالي)(?!\S)")
_R49AL_PREPARE_AR = r"(?<!\S)(و\s*)?(صرت\s+|عم\s+)?(جهز|جهزت|حضرت|حضر|بحضر|بجهز)\s+(ال)?(طريقه|خطه)(?!\S)"
_R49AL_DESPAIR_AR = (r"(?<!\S)(ما\s+عندي\s+حدا|ما\s+الي\s+حدا|ما\s+حدا\s+الي|احسن\s+بدوني|احسن\s+من\s+دوني|منيحين\s+بدوني|متل\s+القبر|مثل\s+القبر|لحالي|"
                     r"وحيد|وحيده|تعبت|تعبانه\s+من\s+كل\s+شي|ما\s+عاد\s+فيني|ما\s+فيني\s+كمل|ليش\s+(انا\s+)?عايش|ليش\s+عايشه|ولا\s+اهل|ولا\s+شغل|لا\s+شغل|"
                     r"ما\s+في\s+شي\s+(بيفرحني|بيستاهل)|ما\s+في\s+امل|بلا\s+امل|ما\s+الي\s+قيمه|حمل\s+عليكن|الكل\s+رح\s+يكون\s+احسن|حبل|الحبل|حبوب|الحبوب|"
                     r"سم|السم)(?!\S)")
_R49AL_NOT_A_TASK_AR = (r"^(?!.*(?<!\S)(ال)?(دراسه|فرض|واجب|وظيفه|مسلسل|فيلم|كتاب|روايه|مشروع|طبخه|اكل|لعبه|كورس|ملف|اوراق|معامله|حلقه|بحث|امتحان|"
                        r"تقرير|علاقه|خطوبه|دين|ديون|قرض|عقد|اشتراك|دوره|شغلي|حفله|شنطه|تنظيف|غسيل|مصاري|فاتوره|سياره|بيت|شقه|عزيمه|جمعيه)(?!\S))")
_R49AL_LEAVE_LIFE_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|نفسي|قررت|ناوي|ناويه|حابب|حابه)\s*(ا)?(فارق|اترك|ودع|سيب|اسيب)\s+(ال|هال)(حياه|دنيا)(?!\S)"
                        r"(?!\s+(ب|في|هون|هنا|بهولندا|بالمدينه|بالغربه)\S*)")
_R49AL_END_LIFE_AZ = (r"\b(baddi|bade|badi|bedde|bidde|biddi|beddi|bedi|ra7|7a|2arrart|arrart|naweh|nawye|lazem)\s+(e|2|a)?(5alles|khalles|5ales|khales|"
                      r"enhi|2anhi|anhi|nahi)\s+(3ala\s+|3a\s+|men\s+)?(7ayati|7yati|7ayeti|7ayate|7aiati|7ayyati|hal\s*7aya|hal\s*7ayat)\b")
_R49AL_END_BY_HAND_AZ = (r"\b(baddi|bade|badi|bedde|ra7|7a)\s+(e|2|a)?(5alesa|5alsa|khalesa|5alesha|enhiha|2anhiha|nhiha)\s+(b2idi|be2idi|b\s*2idi|bi2idi|"
                         r"beidi|bidi|b2idayi)\b")
_R49AL_LEAVE_LIFE_AZ = (r"\b(baddi|bade|badi|bedde|ra7|7a|nefsi|nfsi|2arrart)\s+(e|2|a)?(fare2|fere2|etrok|trok|wadde3|wade3)\s+(el\s*|hal\s*)(7aya|7ayat|7ayet|"
                        r"denye|dinye|dinya|donya)\b(?!\s+(b|bi|fi|hon)\w*)")
_R49AL_END_LIFE_LA = (r"\b(hiwetey|hywetey|hiwetei|hywetei|hiywetey|hiyweti|hywety|hiwety)\s+(\w+\s+)?(kabqa|kabqea|kebqa|kebqea|kebkia|kabkia|kebqia|kwdea|kwdia|"
                      r"kewdea|kewdia|kuxea|kuxa|kqatsa|kqatxa|kiwedea)\s+(eye|iye)\b")
_R49AL_LEAVE_LIFE_NL = (r"\bik\s+(wil|ga|zal)\s+(\S+\s+)?(dit|het|deze)\s+(leven|wereld|aardse\s+leven)\s+(verlaten|achter\s+me\s+laten)\b|"
                        r"\bmet\s+(mijn|mn)\s+eigen\s+hand(en)?\s+(\S+\s+)?(een\s+)?(einde|eind)\s+(aan\s+)?(maken|maak)\b")

# Cutting the veins, cut too deep and bleeding, hurting myself with a blade now, a knife in my hand with "I can't anymore"
# (Arabizi "baddi 2e2ta3 sharayeene"; Arabic script "رح اقطع عروقي"; Dutch "ik wil mijn aders doorsnijden", "er is overal bloed,
# ik heb te diep gesneden"; Tigrinya "ሰራውረይ ክቖርጽ ደልየ", "ብምላጽ ንነብሰይ እየ ዝጎድኣ ዘለኹ", Latin "karra ab eydey alo deggim
# aykilin"): the emergency answer. Not a cut while cooking, in the garden, by accident; not hair, nails, bread.
_R49AL_CUT_VEINS_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|راح|قررت|ناوي|ناويه|عم\s+فكر|بفكر|فكرت|لازم)\s*(ا|اني\s+|ان\s+)?(قطع|شق|اقطع|اشق|جرح|اجرح|شرح|اشرح|قص|اقص)\s+"
                       r"(\S+\s+)?(شراييني|شرياني|شريان\s+ايدي|شرايين\s+ايدي|عروقي|عرقي|عروق\s+ايدي|وريدي|اوردتي|معصمي|رسغي)(?!\S)")
_R49AL_CUT_VEINS_AZ = (r"\b(baddi|bade|badi|bedde|ra7|7a|naweh|nawye|2arrart|bfakker|3am\s+fakker)\s+(e|2|a)?(2ta3|2e2ta3|e2ta3|a2ta3|2a6e3|2ate3|2a6a3|shu2|"
                       r"esh2o2|2esh2o2|ejra7|2ejra7)\s+(\w+\s+)?(sharayeen\w*|sharayin\w*|shryan\w*|shiryan\w*|sharyan\w*|3rou2\w*|3ru2\w*|3ro2\w*|wridi|wreedi|"
                       r"awerde\w*|mo3sami|rosghi|rsghi)\b")
_R49AL_CUT_VEINS_NL = (r"\b(mijn|mn)\s+(aders|ader|polsen|pols|slagader\w*|polsslagader\w*)\s+(\S+\s+)?(door\s*te\s*snijden|doorsnijden|door\s*snijden|doorsnijd|"
                       r"opensnijden|open\s*te\s*snijden|open\s*snijden|opensnijd|doorknippen|doorkerven|open\s*te\s*halen|openhalen)\b")
_R49AL_CUT_VEINS_TI = (r"(?<!\S)ን?(ሰራውረይ|ሰራዉረይ|ሰራውር\s+ኢደይ|ሰራውሪ\s+ኢደይ|ቧንቧ\s+ደመይ|ኣንጓ\s+ኢደይ)\s+(\S+\s+)?(ክቖርጽ|ክቖርጾ|ክቖርጾም|ክቖርጸን|ክቐርጽ|ክቆርጽ|"
                       r"ክሰንጥቕ|ክመትር)(?!\S)")
_R49AL_CUT_VEINS_LA = r"\b(n)?(serawrey|serawurey|serawrei|serawri\s+idey|angua\s+idey)\s+(\w+\s+)?(kqors|kiqors|kqorxo|kqortso|kqorxom|kisenteq|kmetr)\w*\b"
_R49AL_TOO_DEEP_NL = r"\b(te\s+diep|heel\s+diep|zo\s+diep|veel\s+te\s+diep|diep)\s+(in\s+(mezelf|mijzelf|mijn\s+\S+|mn\s+\S+)\s+)?(gesneden|gekrast|gesned)\b"
_R49AL_BLOOD_NL = r"\b(bloed\w*|bloedt|bloeden|stopt\s+niet|overal\s+rood)\b"
_R49AL_NOT_KITCHEN_NL = (r"^(?!.*\b(koken|kook\w*|groente\w*|ui|uien|brood|vlees|keuken|aardappel\w*|fruit|appel|per\s+ongeluk|ongeluk|fabriek|tuin|snoeien|"
                         r"scherf|glas\s+gevallen|kapper|scheren|geschoren)\b)")
_R49AL_BLADE_TI = r"(?<!\S)(ብምላጽ|ብመላጺ|ብላማ|ብካራ|ብሽጎጥ|ብብርጭቆ|ብስኪና)(?!\S)"
_R49AL_SELF_TI = r"(?<!\S)ን?(ነብሰይ|ርእሰይ)(?!\S)"
_R49AL_HARM_NOW_TI = (r"(?<!\S)(ዝጎድኣ|ዝጎድእ|ዝሃስያ|ዝሃሲ|ዝቖርጽ|ዝቖርጾ|እጎድኣ|እጎድእ|እሃስያ|እቖርጽ|እቖርጾ|ጎዲአ|ጎዲኣ|ሃሲየ|ቖሪጸ|ክጎድኣ|ክሃስያ|ክቖርጽ)(?!\S)")
_R49AL_NOT_KITCHEN_TI = r"^(?!.*(ሽጉርቲ|ኣሕምልቲ|ስጋ|ባኒ|መግቢ|ክሽነ|ምግቢ|ብጌጋ|ብዘይ\s+ፍላጥ|ፋብሪካ|ጸጉሪ|ጭሕሚ|ኣይገብሮን|ኣይክገብሮን))"
_R49AL_KNIFE_IN_HAND_LA = r"\b(kara|mlats|mlax|mlatsi|lama|shgoth|shgot)\s+ab\s+(eydey|idey|ideyi|eidey|iday|edey)\s+(alo|ala|eyu)\b"
_R49AL_CANT_ANYMORE_LA = r"\b(degim\s+)?(ay(i|e)?k(i|e){0,2}l(i|e)?n|aykealkun|aykealen|aykielen)\b"

# A farewell to a helper, "thanks for everything, you won't see me after today" (Arabic script "للريجيسور: شكراً على كل شي، ما
# رح تشوفيني بعد اليوم"; Arabizi; Dutch "bedankt voor alles, na vandaag zie je me nooit meer"; Tigrinya "ስለ ኩሉ የቐንየለይ ካብ
# ሎሚ ኣይክትርእየንን ኢኻ", Latin); "my last greeting to you all" (Tigrinya "ናይ መወዳእታ ሰላምታ ንኹልኹም", Dutch "dit is mijn
# laatste groet aan jullie"); "this is my last night" with a last wish or a farewell (Arabic script "هي الليلة الأخيرة إلي،
# وصيت أختي على ولادي", Dutch; alone the gentle question, as round 31 has it in Tigrinya); "tell my children
# their mother loved them" (Tigrinya "ንደቀይ ኣደኦም ትፈትዎም ነይራ ኢልኩም ንገሩዎም", Arabic script, Arabizi, Dutch, Latin); "forgive me,
# I loved you, now I go" (Tigrinya "ኣደይ ይቕረታ ግበርለይ ፈትየኪ ነይረ ሕጂ ክኸይድ እየ", Latin, Dutch, Arabic script): the emergency
# answer; "you won't see me after today" alone asks the gentle question. Not the last lesson, a move, a trip, a group left.
_R49AL_NOT_SEE_ME_AR = (r"(?<!\S)(و\s*)?(ما|مش|مو|لن)\s+(رح|ح|راح|عاد|را)?\s*(ت)?(شوفيني|شوفني|شوفوني|لاقيني|لاقوني|تشوفيني|تشوفني|تشوفوني|تلاقيني|"
                        r"تلاقوني|تروني|تريني|تسمعو\s+صوتي|تسمعي\s+صوتي|تسمع\s+صوتي)\s+(بعد\s+اليوم|بعد\s+هلق|بعد\s+الليله|مره\s+تانيه|مره\s+ثانيه|ابدا|"
                        r"بحياتكن|بحياتكم|بحياتك|بعد\s+هيك|من\s+بعد\s+اليوم|بعد\s+هالمره|بعد\s+الان|بعدها)(?!\S)")
_R49AL_THANKS_AR = (r"(?<!\S)(و\s*)?(شكرا|شكرن|مشكوره|مشكور|يعطيك\s+العافيه|يعطيكن\s+العافيه|سامحني|سامحيني|سامحوني|وداعا|الوداع|خاطرك|خاطركم|خاطركن|"
                    r"الله\s+معك|الله\s+معكم|الله\s+معكن|ديري\s+بالك|دير\s+بالك|ديرو\s+بالكم|ديرو\s+بالكن|ديروا\s+بالكم|اهتمي\s+بحالك|انتبهي\s+لحالك|"
                    r"علي\s+كل\s+شي|ع\s+كل\s+شي|عكل\s+شي|بحبكن|بحبكم|بحبك)(?!\S)")
_R49AL_NOT_SEE_ME_AZ = (r"\b(ma|mesh|mish|mo)\s+(ra7|7a|3ad|rah)?\s*(t)?(shufini|shoufini|shufuni|shoufouni|shufni|shofni|shofini|shofuni|la2ini|la2uni)\s+"
                        r"(ba3d\s+el\s*yom|ba3d\s+hala2|marra\s+tanye|marra\s+tanya|abadan|ba3d\s+el\s*leile|ba3d\s+hek|ba3da)\b")
_R49AL_THANKS_AZ = (r"\b(shukran|shokran|shukrn|merci|tislam|teslam|yslamo|sam7ini|sam7ni|sam7ouni|sam7uni|bye|wada3an|el\s*wada3|ma3\s*el\s*salame|"
                    r"diri\s+balek|dir\s+balak|diru\s+balkon|3a\s+kil\s+shi|3ala\s+kil\s+shi|3ala\s+kel\s+shi|3a\s+kel\s+shi|ba7ebkon|b7ebkon)\b")
_R49AL_NOT_SEE_ME_NL = (r"\b((na\s+vandaag|vanaf\s+nu|vanaf\s+vandaag|na\s+vanavond|na\s+vannacht|hierna|straks)\s+(zie|zien|hoor|horen|spreek|spreken)\s+"
                        r"(je|jij|jullie|u)\s+(me|mij)\s+(nooit\s+meer|niet\s+meer|nooit\s+weer)|(je|jij|jullie|u)\s+(ziet|zien|zal|zult|zullen|gaat|gaan|"
                        r"hoort|horen)\s+(me|mij)\s+(\S+\s+)?(nooit\s+meer|niet\s+meer|nooit\s+weer))\b")
_R49AL_THANKS_NL = (r"\b(bedankt|dank\s+je|dank\s+u|dankjewel|dankuwel|sorry|vaarwel|het\s+ga\s+(je|jullie|u)\s+goed|pas\s+goed\s+op|zorg\s+goed|"
                    r"hou\s+van\s+(je|jullie)|vergeef\s+me)\b")
_R49AL_NOT_SEE_ME_TI = (r"(?<!\S)((ካብ|ድሕሪ)\s+(ሎሚ|ሕጂ|ጽባሕ)|ደጊም)\s+(\S+\s+)?(ኣይክትርእየንን|ኣይትርእየንን|ኣይክትርእይንን|ኣይክትርእዪንን|ኣይትርእይንን|ኣይክትረኽበንን|"
                        r"ኣይትረኽበንን|ኣይክትረኽብንን|ኣይክትሰምዓንን)(?!\S)")
_R49AL_THANKS_TI = (r"(?<!\S)(የቐንየለይ|የቐንየልኩም|የቐንየልካ|የቐንየልኪ|የቐንየለና|ስለ\s+ኩሉ|ንኹሉ|ይቕረታ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ደሓን\s+ኩኑ|ሰላም\s+ኩኑ)(?!\S)")
_R49AL_NOT_SEE_ME_LA = (r"\b(kab|kabzi|ab|dhri|dihri)\s+(lomi|hji|tsbah|xbah)\s+(\w+\s+)?ay(i|e)?k?(i|e)?t?r(i|e)?(e|a|i)?y?(e|a)n(i|e)?n\b")
_R49AL_THANKS_LA = r"\b(yeqenyeley|yekenyeley|yeqenyelkum|yeqenyelka|yeqenyelki|yeqenyele|sle\s+kulu|yqreta|yikreta|dehan\s+kun|dehan\s+kuni|dehan\s+kunu)\b"
_R49AL_LAST_GREETING_TI = r"(?<!\S)(ናይ\s+)?መወዳእታ\s+(ሰላምታ|ሰላምታይ|ሰላም|መልእኽቲ|መልእኽተይ|ቃል|ቃለይ|ደብዳቤ|ደብዳበይ)\s+(ን\S+|ኣብ\s+\S+|ፍቕሪ|ይቕረታ)(?!\S)"
_R49AL_LAST_GREETING_LA = r"\b(nay\s+)?mewedaeta\s+(selamta|selamtay|selam|melekti|qal|qaley)\s+(n\w+|fqri|yqreta)\b"
_R49AL_NOT_A_GROUP_TI = (r"^(?!.*(ጉጅለ|ግሩፕ|ቻናል|ስራሕ|ትምህርቲ|ኮርስ|ክፍሊ|ምምሕዳር|ከተማ|ዓመት|ሰሙን|ቅዳሜ|ሰንበት|ፈተና|ጉዕዞ|ክግዕዝ|ዕረፍቲ|ሓጋይ|ሰርግ|መርዓ|ልደት|ምርቃ|"
                         r"group|grup|srah|tmhrti|kors|guezo))")
_R49AL_LAST_GREETING_NL = (r"\b(dit\s+is\s+)?(mijn|mn)\s+laatste\s+(groet|groeten|bericht|woorden|woord)\s+(aan|voor)\s+(jullie|iedereen|jou|u|mijn\s+\S+|mn\s+\S+|"
                           r"de\s+wereld)\b")
_R49AL_LAST_NIGHT_NL = (r"\b(dit\s+is|vannacht\s+is|vandaag\s+is)\s+(mijn|mn)\s+laatste\s+(nacht|avond|dag)\b(?!\s+(in|bij|op|hier|van|met|thuis|als|aan|voor)\b)"
                        r"(?=\s+(\S+\s+){0,3}?(vaarwel|ik\s+hou\s+van|zeg\s+tegen|vergeef))")
_R49AL_LAST_NIGHT_AR = (r"(?<!\S)(هي|هاي|هيدي|هاد|هذه|هذي|اليوم|الليله)\s+(ليلتي\s+الاخيره|الليله\s+الاخيره\s+(الي|لي|بحياتي|بعمري)|اخر\s+ليله\s+(الي|لي|بحياتي|"
                        r"بعمري)|اخر\s+ليله\s+بعيشها|اخر\s+يوم\s+(الي|لي|بحياتي|بعمري))(?!\S)(?!\s+(ب|في|مع|قبل|هون|هنا|عند|بال)\S*)")
_R49AL_LAST_WISH_AR = (r"(?<!\S)(و\s*)?(وصيت|وصيتك|وصيتكن|وصيتها|وصيتو)\s+(\S+\s+)?(علي|ع|عال)\s*(ولادي|اولادي|ابني|بنتي|الولاد|امي|بيتي)(?!\S)|"
                       r"(?<!\S)(سامحوني|سامحيني|سامحني|وداعا|الوداع|بحبكن|بحبكم|ديرو\s+بالكن|ديرو\s+بالكم)(?!\S)")
_R49AL_NOT_A_TRIP_AR = r"^(?!.*(رمضان|عرس|العرس|سفر|السفر|مسافر|مسافره|رحله|الكامب|المخيم|بالبيت\s+القديم|قبل\s+ما\s+انقل|نقل|عزال|فندق|الفندق))"
_R49AL_TELL_LOVED_NL = (r"\b(zeg|vertel|zegt|vertelt|zeggen)\s+(\S+\s+)?(tegen\s+)?(mijn|mn|de|onze)\s+(kinderen|kids|zoon|dochter|jongens|meisjes|kleine|"
                        r"baby|familie|ouders|moeder|vader|mama|papa|vrouw|man)\s+(\S+\s+)?dat\s+(ik|mama|papa|hun\s+moeder|hun\s+vader|hun\s+mama|hun\s+papa|"
                        r"zijn\s+moeder|haar\s+moeder)\s+(\S+\s+){0,2}?van\s+(ze|hen|hun|hem|haar|jullie)\s+(\S+\s+)?(hield|hielden)\b")
_R49AL_TELL_LOVED_AR = (r"(?<!\S)(قولو|قولوا|قولي|قلهن|قولولهن|قولولو|قولولها|خبرو|خبروا|خبري|احكو|احكوا|احكيلهن)\s+(ل|لل)?(ولادي|اولادي|ابني|بنتي|ولاد|"
                        r"الولاد|امي|اهلي|زوجي|جوزي|مرتي)\S*\s+(\S+\s+){0,3}?(كانت|كان|كنت)\s+(\S+\s+)?\S*حب\S*(?!\S)")
_R49AL_TELL_LOVED_AZ = (r"\b(2ulu|ulu|2oulou|2uli|khabbru|5abbru|e7ku)\s+(la|lal|l)?\s*(wladi|awladi|ebni|binti|emmi|ahli)\s+(\w+\s+){0,3}?(kanet|kan|kont|kent)\s+"
                        r"(\w+\s+)?\w*(7eb|7ib)\w*\b")
_R49AL_TELL_LOVED_TI = (r"(?<!\S)ን(ደቀይ|ወደይ|ጓለይ|ኣደይ|ኣቦይ|ስድራይ|ሰበይተይ|ሰብኣየይ|ኣሕዋተይ)\s+(\S+\s+){0,3}?\S*(ፈትዎም|ፈትዋ|ፈትዎ|ፈትወኩም|ፈትወኪ|ፈትወካ|"
                        r"ፈትየዮም|ፈትየያ|ፈትየዮ)\s+(ነይራ|ነይሩ|ነይረ|ኔራ|ኔሩ|ኔረ)\s+(\S+\s+)?(ንገሩዎም|ንገርዎም|ንገሩዋ|ንገሩዎ|ንገርዋ|ንገሩ|ንገሮም|ንገርዮም|ንገርያ)(?!\S)")
_R49AL_TELL_LOVED_LA = (r"\bn(deqey|dekey|wedey|gualey|adey|abuy|sdrey)\s+(\w+\s+){0,3}?\w*(fetwom|fetwa|fetwo|fetyeyom|fetiyeyom|fetwekum|fetweki|fetweka)\s+"
                        r"(neyra|neyru|neyre|nera|neru|nere)\s+(\w+\s+)?(ngeruwom|ngerwom|ngeruwa|ngeruwo|ngeru|ngerom)\b")
_R49AL_LOVED_PAST_TI = r"(?<!\S)(ፈትየኪ|ፈትየካ|ፈትየኩም|ፈትየክን|ፈትየዮም|ኣፍቂረኪ|ኣፍቂረካ)\s+(ነይረ|ኔረ)(?!\S)"
_R49AL_FORGIVE_TI = (r"(?<!\S)(ይቕረታ\s+(ግበርለይ|ግበሩለይ|ግበሪለይ|ግበረለይ)|ይቕረ\s+(በሉለይ|በለለይ|በልለይ|በሊለይ)|ሕደጉለይ|ሕደገለይ|ሕደግለይ|ሕደጊለይ)(?!\S)")
_R49AL_GOING_NOW_TI = r"(?<!\S)(ሕጂ|ሎሚ|ሎሚ\s+ለይቲ)\s+(ክኸይድ|ክሓልፍ|ክጠፍእ)\s+(እየ|ኢየ)(?!\S)"
_R49AL_LOVED_PAST_LA = r"\b(fetyeki|fetiyeki|fetyeka|fetiyeka|fetyekum|fetiyekum)\s+(neyre|nayre|neire|nere)\b"
_R49AL_FORGIVE_LA = r"\b((yqreta|yikreta|yqhreta)\s+(gberley|gberuley|gberiley|gbereley)|(yqre|yiqre)\s+(beluley|beleley|belley)|hdeguley|hdegeley)\b"
_R49AL_GOING_NOW_LA = r"\b(hji|lomi)\s+(kkeyd|kikeyd|khalf|kihalf|ktefe|ktefie)\s+(eye|iye)\b"
_R49AL_LOVED_PAST_NL = r"\bik\s+(hield|heb\s+altijd)\s+(zo\s+|heel\s+|echt\s+)?(veel\s+)?van\s+(je|jou|jullie|u)(\s+gehouden)?\b"
_R49AL_FORGIVE_NL = r"\b(vergeef\s+(me|mij)|het\s+spijt\s+me|sorry\s+(mama|papa|voor\s+alles))\b"
_R49AL_GOING_NOW_NL = r"\b(nu|vannacht|vanavond)\s+(ga\s+ik|ik\s+ga)(\s+(weg|gaan))?$"
_R49AL_LOVED_PAST_AR = r"(?<!\S)(كنت|كنت\s+كتير)\s+(بحبك|حبك|احبك|بحبكن|بحبكم|حبكن|بحبك\s+كتير)(?!\S)"
_R49AL_FORGIVE_AR = r"(?<!\S)(سامحيني|سامحني|سامحوني|سامحني\s+يا\s+\S+|سامحيني\s+يا\s+\S+)(?!\S)"
_R49AL_GOING_NOW_AR = r"(?<!\S)(هلق|هلا|الليله|هلأ)\s+(رح\s+|ح\s+)?(روح|فل|امشي)$"

# Tired, tired, tired, "I can't anymore" (Tigrinya "ደኺመ ደኺመ ደኺመ ደጊም ኣይክእልን", Latin "dekhime dekhime degim aykielin"): the
# gentle question, as weariness without a plan is elsewhere.
_R49AL_TIRED_CANT_TI = r"(?<!\S)(ደኺመ\s+){2,}(\S+\s+)?(ደጊም\s+)?(ኣይክእልን|ኣይከኣልኩን|ኣይኽእልን|ኣይክኽእልን)(?!\S)"
_R49AL_TIRED_CANT_LA = r"\b(dekhime\s+|dekime\s+|dkhime\s+|dekhmye\s+){2,}(\w+\s+)?(degim\s+)?(ay(i|e)?k(i|e){0,2}l(i|e)?n|aykealkun)\b"

# Someone bought poison to drink it (Arabic script "رفيقي قالي إنو شاري سم فيران ليشربه", "اخي جايب حبوب ليبلعهن كلهن"):
# the emergency answer. Not poison bought for the mice.
_R49AL_BOUGHT_TO_DRINK_AR = (r"(?<!\S)(شاري|شاريه|شرا|شرت|اشترى|اشترت|جاب|جابت|جايب|جايبه|مجهز|مجهزه|مخبي|مخبايه)\s+(\S+\s+){0,2}?(سم|مبيد|حبوب|كلور|دوا|ادويه)"
                             r"\S*\s+(\S+\s+){0,2}?(ل|مشان\s+|كرمال\s+|حتى\s+|لحتى\s+)(يشربه|يشربو|يبلعه|يبلعو|يبلعهن|ياكله|ياكلو|تشربه|تشربو|تبلعه|تبلعو|"
                             r"تبلعهن|يشربها|تشربها|يموت\s+فيه|تموت\s+فيه|ينتحر|تنتحر)(?!\S)")

# A man touched a child (Arabic script "بنتي قالتلي إنو الرجال يلي ساكن فوق لمسها"); small children left alone all night (Arabic
# script "جارنا بيترك ولاده ٤ و٦ سنين لحالهن كل الليل"): the emergency answer, as the Dutch and Tigrinya wordings already get.
# Not a doctor's examination, a game; not an hour alone in the day.
_R49AL_CHILD_AR = (r"(?<!\S)(بنتي|ابني|بنتو|ابنو|بنتها|ابنها|الولد|البنت|الطفل|الطفله|ولادي|الصغيره|الصغير|اختي\s+الصغيره|اخي\s+الصغير|بنت\s+\S+|"
                   r"ابن\s+\S+)(?!\S)")
_R49AL_TOUCHED_AR = (r"(?<!\S)(لمس|بيلمس|لمسها|لمسو|لمسه|لمسلها|لمسلو|بيلمسها|بيلمسو|عم\s+يلمسها|عم\s+يلمسو|حط\s+ايدو\s+عليها|حط\s+ايده\s+عليها|"
                     r"تحرش\s+(فيها|فيه|فيو|ب\S+)|بيتحرش\s+(فيها|فيه|فيو|ب\S+)|اعتدي\s+علي(ها|ه|و)|شلحها|شلحو|شلحا)(?!\S)")
_R49AL_A_MAN_AR = (r"(?<!\S)(الرجال|رجال|زلمه|الزلمه|جارنا|الجار|جاري|ابن\s+الجيران|واحد|شب|الشب|عمو|خالو|عمها|خالها|الاستاذ|المدرب|السايق|"
                   r"ابن\s+عمي|جوز\s+\S+|هو)(?!\S)")
_R49AL_NOT_A_DOCTOR_AR = r"^(?!.*(دكتور|الدكتور|طبيب|الطبيب|ممرض|ممرضه|فحص|فحصها|مستشفي|المستشفي|الحلاق|مزح|عم\s+يلعبو|بالغلط|فيلم|مسلسل))"
_R49AL_LEFT_ALONE_AR = (r"(?<!\S)(بيترك|بيتركو|بتترك|بيتركوا|تارك|تاركه|تاركين|ترك|تركت|تركو|تركوا|بيخلي|بيخلو|بتخلي|خلا|خلو)\s+(\S+\s+)?(ولاد|اطفال|"
                        r"الولاد|ولادو|ولاده|ولادها|ولادهن|ولادهم|اطفالو|اطفاله|اطفالها|اطفالهن|البيبي|الطفل|الصغار)\S*\s+(\S+\s+){0,5}?(لحالهن|لحالهم|"
                        r"لحالو|لحالها|وحدهن|وحدهم|بلا\s+حدا|بدون\s+حدا)(?!\S)")
_R49AL_ALL_NIGHT_AR = r"(?<!\S)(كل\s+الليل|طول\s+الليل|الليل\s+كلو|كل\s+ليله|بالليل|ايام|يومين|من\s+امبارح)(?!\S)"
_R49AL_SMALL_AR = r"(\d|الصغار|صغار|صغيرين|بيبي|رضيع|يبكو|يبكوا|يعيطو|يصرخو)"

# "This is my last message, forgive me all" (Arabic script "سامحوني كلكن، هاد آخر مسج مني"): the emergency answer, as "آخر رسالة"
# already gets. Not the last message of a course or a group.
_R49AL_LAST_MSG_AR = r"(?<!\S)(هاد|هاي|هيدي|هيدا|هذه|هذا|هادي)\s+اخر\s+(رساله|مسج|مسدج|ماسج|كلام|حكي)\s+(مني|الي|بكتبها|بكتبلكن)(?!\S)"
_R49AL_FORGIVE_ALL_AR = r"(?<!\S)(سامحوني|سامحيني|سامحني|سامحونا|وداعا|الوداع|بحبكن|بحبكم|ديرو\s+بالكن|ديرو\s+بالكم)(?!\S)"

# "God takes me home tonight, I arranged it myself" (Dutch "god haalt mij vanavond naar huis"; Tigrinya "ኣምላኽ ክወስደኒ እጽሊ
# ነይረ፡ ሕጂ ግን ባዕለይ ክኸይድ ወሲነ", "ኣምላኽ ሎሚ ለይቲ ክወስደኒ እዩ", Latin): the emergency answer, as the Arabic wording already
# gets. Not a prayer for the way to work.
_R49AL_GOD_TAKES_NL = (r"\b(god|allah|de\s+heer)\s+(haalt|neemt|roept)\s+(mij|me)\s+(\S+\s+){0,2}?(vanavond|vannacht|vandaag|straks)\b|"
                       r"\b(vanavond|vannacht|vandaag|straks)\s+(haalt|neemt|roept)\s+(god|allah|de\s+heer)\s+(mij|me)\b")
_R49AL_GOD_TAKES_TI = r"(?<!\S)(ኣምላኽ|ፈጣሪ|ኣላህ)\s+(\S+\s+){0,3}?(ክወስደኒ|ይወስደኒ|ወሲዱኒ)(?!\S)"
_R49AL_TONIGHT_MYSELF_TI = r"(?<!\S)(ሎሚ|ሎሚ\s+ለይቲ|ሕጂ|ጽባሕ|ባዕለይ)(?!\S)"
_R49AL_NOT_A_BLESSING_TI = r"^(?!.*(ስራሕ|ቤት\s+ትምህርቲ|ኮርስ|ቆጸራ|ጉዕዞ|ሰላም|ብሰላም|ናብ\s+ገዛ|ባርኸኒ|ይባርኸኒ|ይሕልወኒ))"
_R49AL_GOD_TAKES_LA = r"\b(amlak|fetari|allah)\s+(\w+\s+){0,3}?(kwsedeni|kiwesdeni|ywesdeni|ywsedeni|kwesdeni)\b"
_R49AL_TONIGHT_MYSELF_LA = r"\b(lomi|hji|tsbah|baeley|baeliy)\b"

# Following my dead (Tigrinya "ኣብ መገዲ ዝሞቱ ኣሕዋተይ ክስዕቦም ደልየ", Latin; Dutch "mijn broer is verdronken ... ik wil nu bij hem
# zijn, ik ga ook het water in"): the emergency answer. Not a visit to the grave.
_R49AL_FOLLOW_DEAD_TI = (r"(?<!\S)(ዝሞቱ|ዝሞተ|ዝሞተት|ሞይቶም|ሞይቱ|ሞይታ|ዝተቐትሉ|ዝጠሓሉ|ዝጠሓለ|ዝጠሓለት)\s+(\S+\s+){0,2}?(ክስዕቦም|ክስዕቦ|ክስዕባ|ክጽንበሮም|ክጽንበሮ|"
                         r"ክጽንበራ|ክራኸቦም|ክራኸቦ|ክራኸባ|ምሳኦም\s+ክኸውን|ምስኡ\s+ክኸውን|ምሳኣ\s+ክኸውን)\s+(ደልየ|እየ|ኢየ|ወሲነ|ሓሲበ|እደሊ)(?!\S)")
_R49AL_FOLLOW_DEAD_LA = (r"\b(zmotu|zmote|zmotet|moytom|moytu|moyta|ztqetlu|ztehalu)\s+(\w+\s+){0,2}?(ksiebom|ksebom|ksiebo|ksebo|ksieba|kseba|ktsnberom|"
                         r"krakebom)\s+(delye|eye|iye|wesine|hasibe)\b")
_R49AL_THEY_DIED_NL = r"\b(verdronken|overleden|gestorven|omgekomen|doodgegaan|dood|vermoord)\b"
_R49AL_FOLLOW_DEAD_NL = (r"\bik\s+(wil|ga|kom)\s+(nu\s+|ook\s+|gewoon\s+)*(bij\s+(hem|haar|hen|ze|mijn\s+\S+|mn\s+\S+)\s+zijn|naar\s+(hem|haar|hen)\s+toe|"
                         r"het\s+water\s+in|de\s+zee\s+in|achter\s+(hem|haar|hen)\s+aan|(hem|haar|hen)\s+achterna)\b")
_R49AL_NOT_A_GRAVE_NL = r"^(?!.*\b(graf|begraaf\w*|begrafenis|kerkhof|uitvaart|herdenk\w*|zwem\w*|foto\w*|film|serie)\b)"

# Hit by a car and not moving (Dutch "mijn zoon is aangereden door een auto en hij beweegt niet"; Arabic script "ابني دعستو سيارة
# وما عم يتحرك"; Arabizi): the emergency answer (112), as the Tigrinya wording already gets.
_R49AL_RUN_OVER_NL = (r"\b(aangereden|overreden|geschept|ongeluk|verkeersongeluk|botsing|gebotst|aanrijding|van\s+(zijn|haar|de)\s+(fiets|scooter|brommer)\s+"
                      r"(gevallen|geslingerd))\b")
_R49AL_NOT_MOVING_NL = r"\b(beweegt|reageert|ademt|praat|antwoordt)\s+(\S+\s+)?(niet|nie)\b|\bbewusteloos\b|\bligt\s+(heel\s+)?stil\b"
_R49AL_A_PERSON_NL = (r"\b(hij|zij|ze|man|vrouw|vader|moeder|papa|mama|opa|oma|kind\w*|baby|zoon\w*|dochter\w*|broer\w*|zus\w*|buurman|buurvrouw|"
                      r"collega|vriend\w*|neef|nicht|iemand|fietser|voetganger|jongen|meisje)\b")
_R49AL_NOT_A_THING_NL = r"^(?!.*\b(auto\s+reageert|motor|telefoon|scherm|film|serie|game|droom|pop|kat|hond|poes)\b)"
_R49AL_RUN_OVER_AR = (r"(?<!\S)(دعستو|دعسو|دعستها|دعسها|دعستهن|دعسته|صدمتو|صدمتها|صدمته|صدمو|صدمها|خبطتو|خبطتها|ضربتو\s+سياره|ضربتها\s+سياره|"
                      r"حادث|حادث\s+سير)(?!\S)")
_R49AL_NOT_MOVING_AR = (r"(?<!\S)(و\s*)?(ما|مش|مو)\s+(عم\s+)?(ي|ت|بي|بت)?(تحرك|رد|تنفس|فيق|حكي|يتحرك|تتحرك|يرد|ترد|يتنفس|تتنفس|يفيق|تفيق|يحكي|تحكي)(?!\S)|"
                        r"(?<!\S)(مغمي|مغمى|فاقد\s+الوعي|فاقده\s+الوعي)(?!\S)")
_R49AL_RUN_OVER_AZ = r"\b(da3asto|da3asta|da3aso|da3asa|sadamto|sadamta|5abato|khabato|7adis|7ades)\w*\b"
_R49AL_NOT_MOVING_AZ = r"\b(ma|mesh|mo)\s+(3am\s+)?(y|t)?(et7arak|t7arak|rod|red|tnafas|etnafas|fi2|7ki)\w*\b"

# Pills gathered "so that they are enough", from several pharmacies; the means ready while waiting for the children to sleep;
# the means beside me and "I haven't changed my mind" (Arabic script "شريت حبوب منوم من كذا صيدلية لحتى يكفوا", "الحبل جنبي وما
# غيرت رأيي"; Arabizi "el 7bub jahzin, nater el wlad ynamo"; Dutch "slaappillen bij drie apotheken gekocht zodat het genoeg
# is"; Tigrinya "ኪኒናት ድሉዋት እዮም ቆልዑ ክድቅሱ እጽበ ኣለኹ", "እቲ ገመድ ኣብ ጎነይ ኣሎ ሓሳበይ ኣይቀየርኩን"): the emergency answer, as the
# Dutch "de pillen liggen klaar, ik wacht tot de kinderen slapen" already gets. Not a prescription picked up, a rope for the
# washing.
_R49AL_ENOUGH_PILLS_AR = (r"(?<!\S)(و\s*)?(شريت|اشتريت|جمعت|جبت|مجمع|مجمعه|خبيت|عم\s+جمع)\s+(\S+\s+)?(حبوب|دوا|ادويه|حبات|بنادول|باراسيتامول)\S*(\s+\S+){0,4}?\s+"
                          r"((حتي|لحتي|كرمال|مشان)\s+(يكفوا|يكفو|يكفي|تكفي|يكفيني|تكفيني)|من\s+(كذا|كم|اكتر\s+من|عده|تلات|اربع)\s+(صيدليه|صيدليات))(?!\S)")
_R49AL_ENOUGH_PILLS_NL = (r"\b(pillen|slaappillen|tabletten|medicijnen|paracetamol|oxazepam|temazepam|insuline)\s+(\S+\s+){0,4}?(gekocht|verzameld|gespaard|"
                          r"opgespaard|gehaald|gehamsterd)\b(\s+\S+){0,3}?\s+(zodat\s+het\s+genoeg\s+is|genoeg\s+om|tot\s+het\s+genoeg\s+is)\b|"
                          r"\b(pillen|slaappillen|tabletten|medicijnen|paracetamol)\s+(\S+\s+){0,2}?bij\s+(\S+\s+)?(verschillende|meerdere|drie|twee|vier|vijf|\d+)\s+"
                          r"apothe\w*\s+(\S+\s+)?(gekocht|gehaald)\b")
_R49AL_MEANS_READY_AZ = r"\b(el\s*)?(7bub|7boub|7obob|dawa|7abbat|7abel|7abl|sekkin|sikkin|semm)\s+(jahzin|jahzeen|jahze|jahez|7adrin|m7adarin|7ader)\b"
_R49AL_WAIT_ASLEEP_AZ = (r"\b(nater|natra|natre|nater\s+la|bstanna|3am\s+estanna)\s+(\w+\s+)?(el\s*)?(wlad|wled|awlad|wladi|jozi|zawji|kel\s*el\s*nas)\s+"
                         r"(ynamo|ynamu|yenamo|yenamu|ynam|yenam|yfello|ytla3o)\b")
_R49AL_MEANS_READY_TI = (r"(?<!\S)(ኪኒናት|ከኒናታት|ከኒና|ኪኒን|ኪኒና|መድሃኒት|ፓራሰታሞል|ገመድ|ካራ|መርዚ)\S*\s+(\S+\s+){0,3}?(ድሉዋት|ድሉው|ድልው|ድልዋት|ተዳልዮም|ተዳልዩ|ኣዳልየዮም|"
                         r"ኣዳሊየዮም|ኣዳልየዮ|ኣዳሊየዮ)(?!\S)")
_R49AL_WAIT_ASLEEP_TI = r"(?<!\S)(ቆልዑ|ደቀይ|ሰብኣየይ|ሰበይተይ|ኩሎም|ስድራይ)\s+(\S+\s+)?(ክድቅሱ|ክድቅስ|ክወጹ|ክወጽእ)\s+(\S+\s+)?(እጽበ|እጽበዮም|እጽበዮ|እጽበያ)(?!\S)"
_R49AL_MEANS_BESIDE_TI = (r"(?<!\S)(ገመድ|ካራ|ኪኒናት|ከኒናታት|ከኒና|መርዚ|ምላጽ|ሽጉጥ)\S*\s+(\S+\s+)?ኣብ\s+(ጎነይ|ጥቓይ|ኢደይ|ቅድመይ)\s+(ኣሎ|ኣለዉ|ኣላ|ኣለኒ)(?!\S)")
_R49AL_MIND_MADE_TI = r"(?<!\S)(ሓሳበይ\s+ኣይቀየርኩን|ሓሳበይ\s+ኣይቀየረን|ሓሳበይ\s+ኣይቅየርን|ወሲነ\s+ኣለኹ|ደጊም\s+ኣይክእልን)(?!\S)"
_R49AL_MEANS_BESIDE_AR = r"(?<!\S)(الحبل|الحبوب|السكين|الموس|الشفره|السم|المسدس)\s+(\S+\s+)?(جنبي|حدي|قدامي|بايدي|معي|عندي\s+هون)(?!\S)"
_R49AL_MIND_MADE_AR = (r"(?<!\S)(و\s*)?(ما|مش|مو)\s+(غيرت|رح\s+غير|عم\s+غير)\s+(رايي|راي|قراري|فكري)(?!\S)|(?<!\S)(و\s*)?(قررت|خلص\s+قررت)(?!\S)")
_R49AL_NOT_A_PRESCRIPTION = (r"^(?!.*(صيدليه\s+مناوبه|وصفه|روشته|الدكتور\s+كتب|ضغط|سكري|لحالتي|للوجع|للراس|للضهر|غسيل|الغسيل|نط\s+الحبل|recept|huisarts|"
                             r"dokter|apotheker\s+zei|baxter|weekdoos|ሓኪም|ዶክተር|ፋርማሲ\s+ሂቡኒ|ንቃንዛ|ንርእሲ|ክዳውንቲ))")

_R49AL_MEANS_READY_AR = (r"(?<!\S)(ال)?(حبوب|حبل|سكين|سم|دوا|ادويه|موس)\s+(\S+\s+)?(جاهز|جاهزه|جاهزين|حاضر|حاضره|محضر|محضره|محضرين|مجهز|مجهزه|"
                         r"مجهزين)(?!\S)")
_R49AL_WAIT_ASLEEP_AR = (r"(?<!\S)(ناطر|ناطره|عم\s+استني|بستني|بنطر|عم\s+انطر)\s+(\S+\s+)?(الولاد|ولادي|جوزي|زوجي|مرتي|الكل|اهلي|البيت)\s+"
                         r"(ي|ت)?(ناموا|نامو|نام|يناموا|يطلعوا|يطلعو|طلع|يروحوا|يروحو|روح|يفلوا|يفلو|فل)(?!\S)")
# A whole box of pills asked about and "I want to try it tonight" (Arabic script "شو بيصير إذا الواحد أخد علبة بنادول كاملة؟ بدي
# جربها الليلة"); "I take the pills" with "I can't anymore" (Dutch "tis gedaan, ik kan nie meer, ik pak de pillen"): the
# emergency answer, as the Dutch "... ik wil het vannacht proberen" and "ik kan niet meer, ik pak de pillen" already get.
_R49AL_WHOLE_BOX_AR = (r"(?<!\S)(علبه|كرتونه|شريط|ظرف)\s+(\S+\s+)?(بنادول|باراسيتامول|حبوب|دوا|بروفين|منوم|ترامادول)\S*\s+(كامله|كلها|كاملين|كلو)(?!\S)|"
                       r"(?<!\S)(كل|كلها|كلهن)\s+(ال)?(علبه|حبوب|الحبوب)(?!\S)")
_R49AL_TRY_TONIGHT_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|ناوي|ناويه)\s*(ا)?(جربها|جربو|جربه|جربهن|اعملها|ساويها|اخدها|اخدهن|بلعها|بلعهن)\s+(الليله|اليوم|هلق|"
                         r"بكرا|هالليله)(?!\S)")
_R49AL_TAKE_PILLS_NL = (r"\bik\s+(pak|neem|slik|nam|pakte|slikte)\s+(nu\s+)?(de|alle|al\s+de|mijn|mn|die)\s+(pillen|tabletten|medicijnen|slaappillen|"
                        r"pilletjes)\b")
_R49AL_CANT_ANYMORE_NL = (r"\b(kan\s+(het\s+)?(niet|nie)\s+meer|t?is\s+gedaan|het\s+is\s+gedaan|klaar\s+(mee|ermee)|ik\s+stop\s+ermee|wil\s+(niet|nie)\s+meer|"
                          r"geen\s+zin\s+meer)\b")
_R49AL_NOT_A_DOSE_NL = r"^(?!.*\b(vitamine\w*|ochtend|voorgeschreven|huisarts|dokter|recept|hoofdpijn|pijn|koorts|griep|antibiotica|anticonceptie)\b)"

# At the water or in front of the train meaning to jump, in Arabizi (Arabizi "ana wa2fe jamb el kanal w baddi not bel mai",
# "bfakker 2ermi 7ali 2eddam el train"): the emergency answer, as the Arabic-script wording already gets. Not a jump for a swim.
_R49AL_JUMP_INTO_AZ = (r"\b(baddi|bade|badi|bedde|ra7|7a|bfakker|3am\s+fakker|naweh|nawye)\s+(e|2|a)?(not|n6|2not|ne2ez|2ermi\s+7ali|erme\s+7ali|armi\s+7ali|"
                       r"2ermi\s+nafsi|2ermi\s+7ale|erme\s+7ale)\s+(bel|bi|b|3al|fi|2eddam|2odam|edam|2abel|ta7t)\s*(el\s*)?(mai|may|mayy|ba7r|nahr|kanal|"
                       r"train|tren|trein|2a6r|qatar|sekke|sayyara|siyara)\b")
_R49AL_AT_WATER_AR = (r"(?<!\S)(و\s*)?(واقف|واقفه|قاعد|قاعده|انا)\s+(\S+\s+)?(جنب|عند|علي|ع|حد|قدام|فوق)\s*(ال)?(قناه|كنال|نهر|بحر|جسر|شط|بحيره)(?!\S)")
_R49AL_JUMP_IN_AR = (r"(?<!\S)(و\s*)?(بدي|رح|ح|ناوي|ناويه|قررت)\s*(ا)?(نط|انط|ارمي\s+حالي|اقفز|قفز|اغرق\s+حالي|غرق\s+حالي)(\s+(ب|بال|عال|في\s+ال|ع\s+ال)\S*)?(?!\S)")
_R49AL_NOT_A_SWIM_AR = r"^(?!.*(سباحه|اسبح|نسبح|مسبح|بيسين|لابس\s+مايوه|مايوه|مع\s+الولاد|مع\s+رفقاتي|مع\s+صحابي|حر|شوب|صيف))"
_R49AL_NOT_A_SWIM_AZ = r"^(?!.*\b(sba7a|esba7|nesba7|msba7|pool|zwembad|bi7|s7abi|ma3\s+el\s*wlad|sayf|7arr|shob)\b)"

# A threat to kill said at the door now (Tigrinya "ኣሕዋት ሰበይተይ ክቐትሉኻ ኢና ኢሎም ኣብ ማዕጾ ኣለዉ", Latin): the emergency answer,
# as the Dutch "haar broers staan voor de deur en zeggen dat ze me vermoorden" already gets.
_R49AL_THREAT_AT_DOOR_TI = (r"(?<!\S)(ክቐትሉኻ|ክቐትሉኺ|ክቐትሉኒ|ክቐትለካ|ክቐትለኪ|ክቐትለኒ|ክቐትሉና|ክሓርዱኻ|ክሓርዱኒ)\s+(\S+\s+){0,3}?(ኣብ\s+(ማዕጾ|ደገ|ኣፍደገ|ገዛ)\s+"
                            r"(ኣለዉ|ኣሎ|ኣላ)|ማዕጾ\s+(ይሰብሩ|ይሰብር|ይኳሕኩሑ|ይኳሕኩሕ|ይወቕዑ))(?!\S)")
_R49AL_THREAT_AT_DOOR_LA = (r"\b(kqetluka|kqetluki|kqetluni|kqetleka|kqetleki|kqetleni)\s+(\w+\s+){0,3}?(ab\s+(maetso|maexo|dege|afdege|geza)\s+(alewu|alo|ala)|"
                            r"maetso\s+(ysebru|ysebr))\b")

# Locked in a room while he breaks the door; an attempt to stab me and the attacker at home now (Tigrinya "ኣብ ክፍሊ ዓጽየ ኣለኹ
# ንሱ ድማ ማዕጾ ይሰብር ኣሎ", "ሰበይተይ ብካራ ክትወግኣኒ ፈቲና ሕጂ ኣብ ገዛ ኣላ"): the emergency answer, as the masculine wordings with
# the partner named already get.
_R49AL_LOCKED_IN_TI = r"(?<!\S)(ዓጽየ|ተዓጺየ|ተዓጽየ|ሓቢአ|ተሓቢአ)\s+(\S+\s+)?(ኣለኹ|ኣለና|ዘለኹ)(?!\S)"
_R49AL_DOOR_BROKEN_TI = r"(?<!\S)ማዕጾ\s+(\S+\s+)?(ይሰብር|ይሰብሩ|ትሰብር|ይረግጽ|ትረግጽ|ይኳሕኩሕ|ይወቕዕ|ክሰብር|ክሰብሮ)\s+(ኣሎ|ኣላ|ኣለዉ)(?!\S)"
_R49AL_STAB_TRY_TI = (r"(?<!\S)(ብካራ|ብሰኪና|ብመቐስ|ብብርጭቆ|ብሽጎጥ)\s+(ክወግኣኒ|ክትወግኣኒ|ክወግኡኒ|ክቐትለኒ|ክትቐትለኒ|ክሃርመኒ|ክትሃርመኒ)\s+(ፈቲኑ|ፈቲና|ፈቲኖም|"
                      r"ደልዩ|ደልያ)(?!\S)")
_R49AL_HOME_NOW_TI = r"(?<!\S)(ሕጂ|ሎሚ)\s+(\S+\s+)?ኣብ\s+ገዛ\s+(ኣሎ|ኣላ|ኣለዉ)(?!\S)"
# A burial wish written (Tigrinya "ምስ ሞትኩ ኣብ ኤርትራ ቅበሩኒ ኢለ ጽሒፈ ኣለኹ"): the emergency answer, as without the place it already
# is.
_R49AL_BURY_ME_TI = r"(?<!\S)(ምስ\s+ሞትኩ|እንተ\s+ሞይተ|ድሕሪ\s+ሞተይ)\s+(\S+\s+){0,3}?(ቅበሩኒ|ቅበሩለይ|ቅበርኒ|ቅበሩ)(?!\S)"
_R49AL_WRITTEN_TI = r"(?<!\S)(ጽሒፈ|ጽሒፈዮ|ገዲፈ|ገዲፈዮ|ደብዳቤ|ናዛዜ)(?!\S)"
# To the rails and not coming back, with "ኣብ" for "to" (Tigrinya "ኣብ ሓዲድ ባቡር ክኸይድ እየ ደጊም ኣይምለስን"): the emergency answer,
# as round 48's "ናብ" wording gets; going to the rails alone stays the gentle question.
_R49AL_TO_RAILS_TI = r"(?<!\S)ኣብ\s+(ሓዲድ|ሃዲድ)\s+(ባቡር\s+)?(ክኸይድ|ክኸድ|እኸይድ)\s+(እየ|ኢየ)(?!\S)"

# Going to the forest to die, a voice saying "kill yourself" now, wanting to hit myself now and not able to stop, "better
# that I pass away" with nothing left (Tigrinya "ኣብ ጫካ ከይደ ክሞት እየ", "ንነብስኻ ቅተላ ዝብል ድምጺ ኣብ ርእሰይ ኣሎ", "ሕጂ ንነብሰይ
# ክሃርማ ይደሊ ኣለኹ ከቋርጾ ኣይከኣልኩን", "ዝተረፈ ነገር የለን ክሓልፍ ይሓይሽ", Latin): the emergency answer, as the Dutch and Arabic
# wordings already get. Not passing an exam; not a voice in a film.
_R49AL_GO_DIE_TI = (r"(?<!\S)(ኣብ|ናብ)\s+(ጫካ|በረኻ|ዱር|ሩባ|ባሕሪ|ሓዲድ|ጎቦ|ዓዲ\s+ዘይብሉ)\S*\s+(ከይደ|ኸይደ|ክኸይድ\s+እሞ)\s+(ክሞት|ክመውት)\s+(እየ|ኢየ|ደልየ)(?!\S)")
_R49AL_GO_DIE_LA = r"\b(ab|nab)\s+(chaka|tchaka|bereka|dur|ruba|bahri|hadid)\s+(keyde|kheyde|keide)\s+(kmot|kimot|kmewt|kimewt)\s+(eye|iye|delye)\b"
_R49AL_VOICE_KILL_TI = (r"(?<!\S)ን?(ነብስኻ|ነብስኺ|ርእስኻ|ርእስኺ)\s+(ቅተላ|ቅተሊ|ቅተል|ቅተሎ|ጉድኣ|ጉድኣያ)\s+(\S+\s+){0,2}?(ድምጺ|ድምጽታት|ድምጺ\s+ኣሎ)(?!\S)|"
                        r"(?<!\S)(ድምጺ|ድምጽታት)\s+(\S+\s+){0,3}?ን?(ነብስኻ|ነብስኺ|ርእስኻ|ርእስኺ)\s+(ቅተላ|ቅተሊ|ቅተል|ጉድኣ)(?!\S)")
_R49AL_VOICE_KILL_LA = r"\b(n)?(nebska|nebski|rieska|rieski)\s+(qtela|qteli|qtel)\b"
_R49AL_NOT_A_FILM_TI = r"^(?!.*(ፊልም|ድራማ|ተኸታታሊ|መጽሓፍ|ዛንታ|ጌም|ጸወታ|ሕልሚ|film|drama|game))"
_R49AL_SELF_HIT_TI = (r"(?<!\S)ን?(ነብሰይ|ርእሰይ)\s+(ክሃርማ|ክሃርሞ|ክወቕዓ|ክወቕዖ|ክጎድኣ|ክጎድኦ|ክሃስያ|ክሃስዮ|ክቐጽዓ|ክቐጽዖ)\s+(ይደሊ|ደልየ|እደሊ)(\s+(ኣለኹ|እየ))?(?!\S)")
_R49AL_CANT_STOP_TI = r"(?<!\S)(ሕጂ|ከቋርጾ\s+(ኣይከኣልኩን|ኣይክእልን|ኣይኽእልን)|ክቋርጾ\s+(ኣይከኣልኩን|ኣይክእልን)|ደጋጊመ|ኣይቋረጽን)(?!\S)"
_R49AL_BETTER_PASS_TI = r"(?<!\S)(ክሓልፍ|ክሓልፍ\s+ካብ\s+ዓለም|ካብዛ\s+ዓለም\s+ክሓልፍ)\s+(ይሓይሽ|ይሓይሸኒ|ጽቡቕ\s+እዩ)(?!\S)"
_R49AL_NOTHING_LEFT_TI = r"(?<!\S)(ዝተረፈ\s+(ነገር\s+)?የለን|ተስፋ\s+የብለይን|ደኺመ|ኣይክእልን|ዝነብረሉ\s+የብለይን|ትርጉም\s+የብሉን|ንበይነይ)(?!\S)"
_R49AL_NOT_AN_EXAM_TI = r"^(?!.*(ፈተና|ፈተነ|ኮርስ|ደረጃ|ትምህርቲ|ክፍሊ|ሓይሊ\s+ዕዮ|ቆጸራ|ገዛ|ከተማ|ጽርግያ|ብቐልጡፍ))"

# "Not there tomorrow" and "take care of yourselves" (Arabic script "بكرا ما رح كون موجود، ديروا بالكم على حالكم"; Arabizi): the
# emergency answer, as the Dutch "morgen ben ik er niet meer, pas goed op jezelf" already gets (round 48 reads the same with
# "goodbye", "forgive me").
_R49AL_NOT_THERE_AR = (r"(?<!\S)(بكرا|بكره|الليله|بعد\s+اليوم|من\s+بكرا|من\s+بكره)\s+(انا\s+)?(ما|مش|مو)\s+(رح|ح|راح|ر)?\s*(كون|اكون|ضل)\s+(موجود|موجوده|"
                       r"عايش|عايشه|هون|معكن|معكم)(?!\S)")
_R49AL_TAKE_CARE_AR = (r"(?<!\S)(ديروا|ديرو|ديري|دير)\s+(بالكم|بالكن|بالك)(?!\S)|(?<!\S)(انتبهو|انتبهوا|انتبهي|خلو)\s+(علي|ع)\s*(حالكن|حالكم|حالك|بعض|الولاد)(?!\S)")
_R49AL_NOT_THERE_AZ = (r"\b(bokra|bukra|bkra|el\s*leile|ba3d\s+el\s*yom)\s+(ana\s+)?(ma|mesh|mish|mo)\s+(ra7|7a|rah)?\s*(kon|kun|koun|akon|akun)\s+"
                       r"(mawjud|mawjoud|mawjude|mawjoude|3ayesh|3aysh|3ayshe|hon)\b")
_R49AL_TAKE_CARE_AZ = r"\b(diru|dero|diri|dir)\s+(balkon|balkom|balek|balak)\b"

# Death as a relief with everything arranged (Dutch "doodgaan voelt nu als een opluchting, ik heb alles al geregeld"; Arabic
# script "الموت صار متل الراحة، رتبت كل شي"; Tigrinya "ሞት ከም ዕረፍቲ ይስመዓኒ ኩሉ ኣዳልየ"): the emergency answer (the relief alone
# asks the gentle question). Not a trip arranged.
_R49AL_DEATH_RELIEF_NL = (r"\b(doodgaan|sterven|dood\s+zijn|de\s+dood|dood\s+gaan)\s+(voelt|lijkt|zou|is|wordt)\s+(\S+\s+){0,3}?(opluchting|verlossing|bevrijding|"
                          r"rust|uitweg)\b")
_R49AL_ARRANGED_NL = r"\b(alles|het)\s+(\S+\s+)?(al\s+)?(geregeld|geregelt|voorbereid|klaargezet|klaar\s+gelegd|klaargelegd)\b|\bafscheidsbrie\w*\b"
_R49AL_DEATH_RELIEF_AR = (r"(?<!\S)(ال)?(موت|موتي)\s+(\S+\s+){0,2}?(راحه|الراحه|خلاص|الخلاص|حل|الحل|رحمه)(?!\S)")
_R49AL_ARRANGED_AR = r"(?<!\S)(و\s*)?(رتبت|جهزت|حضرت|دبرت)\s+(كل\s+شي|كلشي|اموري|كل\s+اموري|الاوراق)(?!\S)"
_R49AL_DEATH_RELIEF_TI = r"(?<!\S)(ሞት|ምሟት|ምሟተይ)\s+(\S+\s+){0,2}?(ዕረፍቲ|ፍታሕ|ሓርነት|ህድኣት)(?!\S)"
_R49AL_ARRANGED_TI = r"(?<!\S)(ኩሉ|ኩሉ\s+ነገር)\s+(ኣዳልየ|ኣዳሊየ|ኣዳልየዮ|ሰሪዐ|ወዲአ|ወዲኣ)(?!\S)"
_R49AL_NOT_A_TRIP_ALL = r"^(?!.*\b(reis|vakantie|verhuizing|verhuis\w*|vlucht|سفر|رحله|عزال|ጉዕዞ|ገዛ\s+ምቕያር)\b)"

# --- idioms ------------------------------------------------------------------------------------------------------
# (each cuts the ordinary phrase; none where a real danger stands in the message)

# a deadline, an exam "and I'm going to die" (Dutch "de deadline voor mijn PVT-opdracht is morgen, ik ga dood"; Arabic script
# "الامتحان بكرا ورح موت من الضغط"; Arabizi "el deadline bukra, ra7 moot"; Tigrinya "ፈተና ጽባሕ እዩ ክመውት እየ", Latin); never
# with a wish, "not anymore", pills or a jump between
_R49AL_DUE_NL = (r"(deadline|inleverdatum|examen|tentamen|toets|taaltoets|huiswerk|opdracht|presentatie|verslag|sollicitatiegesprek|rijexamen|\w*opdracht|"
                 r"\w*examen|\w*toets|\w*tentamen)")
_R49AL_NO_DANGER_GAP_NL = r"(\s+(?!(wil|wilt|niet|nie|meer|leven|mezelf|echt|pillen|springen|einde|zelfmoord)\b)\S+){0,4}?"
_R49AL_DEADLINE_DIE_NL = (r"\b(de\s+|mijn\s+|mn\s+|het\s+|die\s+|dat\s+)?" + _R49AL_DUE_NL + r"\s+(\S+\s+){0,5}?(is|zijn|moet|begint|morgen|vandaag|over|nog)\b"
                          + _R49AL_NO_DANGER_GAP_NL + r"\s+(en\s+)?(ik\s+)?(ga|gaan)\s+(echt\s+|bijna\s+|gewoon\s+|nu\s+al\s+)?dood(\s+van\s+(de\s+)?(stress|zenuwen|"
                          r"spanning|angst))?\b|"
                          r"\b(morgen|vandaag|vanavond|overmorgen|straks)\s+(is|heb\s+ik|moet)\s+(\S+\s+){0,2}?" + _R49AL_DUE_NL + r"(\s+\S+){0,3}?"
                          + _R49AL_NO_DANGER_GAP_NL + r"\s+(en\s+)?(ik\s+)?ga\s+(echt\s+|bijna\s+|gewoon\s+)?dood\b|"
                          r"\bik\s+ga\s+(echt\s+|bijna\s+|gewoon\s+)?dood(\s+van\s+(de\s+)?(stress|zenuwen|spanning))?\s+(\S+\s+){0,2}?(de\s+|mijn\s+|mn\s+|het\s+)?"
                          + _R49AL_DUE_NL + r"\s+(is|zijn|begint|moet)\s+(\S+\s+)?(morgen|vandaag|overmorgen|over\s+een\s+uur|vanavond|straks|af)\b")
_R49AL_DUE_AR = r"(ال|هال)?(ديدلاين|امتحان|امتحانات|فحص|مذاكره|واجب|وظيفه|مشروع|تسليم|مقابله|انترفيو|تقديم|عرض|deadline)\S*"
_R49AL_WHEN_AR = r"(بكرا|بكره|اليوم|بعد\s+ساعه|بعد\s+يومين|هلق|الصبح|الاسبوع\s+الجاي)"
_R49AL_NO_DANGER_GAP_AR = r"((?!(بدي|ما|مش|حياتي|انتحر|خلص|حبوب)(?!\S))\S+\s+){0,4}?"
_R49AL_DEADLINE_DIE_AR = (r"(?<!\S)(" + _R49AL_DUE_AR + r"\s+" + _R49AL_NO_DANGER_GAP_AR + _R49AL_WHEN_AR + r"|" + _R49AL_WHEN_AR + r"\s+" + _R49AL_DUE_AR
                          + r")\s+(و\s*)?(انا\s+)?(رح|ح|عم|راح)\s*(ا)?موت"
                          r"(\s+(من|م)\s*(ال)?(ضغط|خوف|توتر|دراسه|هم|قلق|تعب))?(?!\S)|"
                          r"(?<!\S)(انا\s+)?(رح|ح|عم|راح)\s*(ا)?موت(\s+(من|م)\s*(ال)?(ضغط|خوف|توتر|دراسه|هم|قلق))?\s+(\S+\s+)?" + _R49AL_DUE_AR + r"\s+(\S+\s+)?"
                          + _R49AL_WHEN_AR + r"(?!\S)")
_R49AL_DUE_AZ = r"(el\s*)?(deadline|ded\s*line|emti7an|em7an|imti7an|fa7s|wajeb|wazife|mashrou3|mashru3|interview|exam|ta2dim)\w*"
_R49AL_WHEN_AZ = r"(bukra|bokra|bkra|el\s*yom|lyom|hala2|ba3d\s+sa3a)"
_R49AL_DEADLINE_DIE_AZ = (r"\b(" + _R49AL_DUE_AZ + r"\s+((?!(baddi|bade|ma|mesh)\b)\w+\s+){0,3}?" + _R49AL_WHEN_AZ + r"|" + _R49AL_WHEN_AZ + r"\s+"
                          + _R49AL_DUE_AZ + r")\s+(w\s*)?(ana\s+)?(ra7|7a|3am|rah)\s+"
                          r"(a|e)?(mot|mut|mout|amut)(\s+(mn|men|min)\s+(el\s*)?(da8et|daghet|daght|stress|5of|khof|tawator))?\b")
_R49AL_DEADLINE_DIE_TI = (r"(?<!\S)(ፈተና|ፈተናታት|ዕዮ\s+ገዛ|ዲድላይን|ደድላይን|ዴድላይን|ቃለ\s+መሕተት|ፕሮጀክት|ፕረዘንተሽን)\S*\s+((?!(ደጊም|ኣይክእልን|ነብሰይ|ርእሰይ)(?!\S))\S+\s+){0,3}?"
                          r"(ጽባሕ|ሎሚ|ድሕሪ\s+ሰዓት|ሎሚ\s+ምሸት)\s+(\S+\s+)?(ክመውት|ክሞት)\s+(እየ|ኢየ)(\s+ብጭንቀት|\s+ብፍርሒ)?(?!\S)")
_R49AL_DEADLINE_DIE_LA = (r"\b(fetena|fetna|deadline|eyo\s+geza|project)\w*\s+((?!(degim|aykielin)\b)\w+\s+){0,3}?(tsbah|xbah|lomi)\s+(\w+\s+)?"
                          r"(kmewt|kimewt|kmot|kimot|kmewit)\s+(eye|iye)\b")

# my head, my toe bumped against the kitchen cupboard, the door (Dutch "ik heb mijn hoofd gestoten aan het keukenkastje, au";
# Arabic script "خبطت راسي بباب الخزانة"; Arabizi; Tigrinya "ርእሰይ ኣብ ማዕጾ ተሃሪመ", Latin); never on purpose, again and
# again, against a wall, or hit by someone
_R49AL_THING_NL = (r"\w*(kast|kastje|deur|deurpost|tafel|bed|stoel|bank|trap|plank|raam|lamp|kraan|kozijn|balk|auto|fiets|hoek|rand|kapstok|bureau|ladder|"
                   r"la|lade|koelkast)\w*")
_R49AL_BUMPED_NL = (r"\bik\s+(heb|had|ben)\s+(mijn|mn)\s+(hoofd|kop|teen|tenen|knie|knieen|elleboog|scheen|voet|hand|arm|vinger|schouder|heup)\s+(\S+\s+)?"
                    r"(gestoten|gestoot|gebotst)\s+(aan|tegen|op)\s+(de|het|een|mijn|mn|onze)\s+" + _R49AL_THING_NL + r"(\s+au\w*)?\b|"
                    r"\bik\s+(stootte|stoot|stote|botste)\s+(mijn|mn)\s+(hoofd|kop|teen|tenen|knie|elleboog|scheen|voet|hand|arm|vinger|schouder|heup)\s+"
                    r"(aan|tegen|op)\s+(de|het|een|mijn|mn)\s+" + _R49AL_THING_NL + r"(\s+au\w*)?\b")
_R49AL_NOT_ON_PURPOSE_NL = r"(?!.*\b(expres|opzet|bewust|steeds|totdat|tot\s+het|zodat|straf|hard\s+genoeg|pijn\s+doen|wil\s+dood)\b)"
_R49AL_BUMPED_AR = (r"(?<!\S)(خبطت|طبشت|صدمت|دقيت|ضربت|انخبطت)\s+(راسي|اجري|رجلي|ايدي|ركبتي|صباعي|اصبعي|كوعي|جبيني)\s+(ب|بال|عال|علي\s+ال|ع\s+ال|في\s+ال)\s*"
                    r"(باب|خزانه|طاوله|طربيزه|تخت|كرسي|درج|رف|مطبخ|كنبه|سياره|شباك|زاويه|جارور|براد|غساله|تلفزيون)\S*(\s+(اخ|اي|اييي))?(?!\S)"
                    r"(?!.*(قصد|قاصد|قاصده|كل\s+يوم|لحتي|ليوجعني|عقاب|بدي\s+موت))")
_R49AL_BUMPED_AZ = (r"\b(5abatt|khabatt|5abat|khabat|darabt|da2ait|sadamt)\s+(rasi|ras|ejri|rejli|2idi|eidi|rekbti|rukbti|sab3i|kou3i)\s+(b|bel|bl|3al|3a)\s*"
                    r"(bab|5azane|khazane|tawle|ta5t|takht|kursi|darj|raf|ma6ba5|kanabe|sayyara|shebbak)\w*\b")
_R49AL_BUMPED_TI = (r"(?<!\S)(ርእሰይ|እግረይ|ኢደይ|ብርከይ|ኣጻብዕተይ|ግንባረይ|ኣእጋረይ)\s+(ኣብ|ብ)\s*(\S+\s+)?(ማዕጾ|ካብኔት|ካቢኔት|ጠረጴዛ|ኣርማድዮ|ዓራት|ሽኮቶ|ሳንዱቕ|ወንበር|"
                    r"መሳኹቲ|መስኮት|ኩርናዕ|መደርደሪ|ፍሪጅ|መኪና)\S*\s+(\S+\s+)?(ተሃሪመ|ተወቒዐ|ተጋጪመ|ተጋጭየ|ሃሪመ|ወቒዐ|ጋጪየ)(?!\S)(?!.*(ብፍላጥ|ደጋጊመ|ክሞት|ነብሰይ))")
_R49AL_BUMPED_LA = (r"\b(rsey|resey|riesey|ersey|egrey|idey|brkey)\s+ab\s+(maetso|maexo|maeso|kabinet|terepeza|armadio|arat|wenber)\w*\s+(\w+\s+)?"
                    r"(teharime|teweqie|tegachime|harime)\b")

# a team out of the tournament, "this is the end" (Dutch "ons team ligt eruit, dit is het einde"; Arabic script "فريقنا طلع من
# البطولة، هي النهاية"; Arabizi; Tigrinya "ጋንታና ካብ ውድድር ወጺኣ እዚ መወዳእታ እዩ", Latin)
_R49AL_TEAM_OUT_NL = (r"\b((ons|onze|mijn|mn|het|de)\s+)?(team|club|clubje|ploeg|elftal|oranje|ajax|psv|feyenoord|twente|nederland|marokko|syrie|eritrea|"
                      r"favoriet\w*)\s+(\S+\s+)?(ligt\s+eruit|ligt\s+er\s+uit|ligt\s+uit\s+het\s+toernooi|is\s+uitgeschakeld|is\s+gedegradeerd|degradeert|"
                      r"is\s+eruit|eruit\s+gegooid|eruit\s+geknikkerd|uitgeschakeld|heeft\s+verloren|verloor|is\s+uit\s+het\s+toernooi)\b(\s+\S+){0,3}?\s+"
                      r"(dit|het)\s+is\s+(echt\s+|gewoon\s+)?(het\s+einde|voorbij|over|afgelopen|klaar)\b")
_R49AL_TEAM_OUT_AR = (r"(?<!\S)(ال|هال)?(فريق|منتخب|نادي)\S*\s+(\S+\s+){0,2}?(طلع|اطلع|خرج|انطرد|انهزم|خسر|نزل)\S*\s+(\S+\s+){0,4}?(هي|هاي|هيدي|هذه|هاد|هذا)\s+"
                      r"(ال)?(نهايه|اخر)(?!\S)")
_R49AL_TEAM_OUT_AZ = (r"\b(el\s*)?(fari2|far2|fare2|muntakhab|nadi)\w*\s+(\w+\s+){0,2}?(tele3|tala3|5eser|khesser|5aser|nhazam)\w*\s+(\w+\s+){0,4}?(hay|hayda|hai)\s+"
                      r"(el\s*)?(nihaye|nehaye|nihaya)\b")
_R49AL_TEAM_OUT_TI = (r"(?<!\S)(ጋንታ|ጋንታና|ጋንታይ|ክለብ|ክለብና|ክለበይ)\S*\s+(\S+\s+){0,3}?(ወጺኣ|ወጺኡ|ተሰናቢታ|ተሰናቢቱ|ተሳዒራ|ተሳዒሩ|ተደርብያ|ተደርብዩ|ወሪዳ|ወሪዱ)\s+"
                      r"(\S+\s+){0,3}?(እዚ\s+)?መወዳእታ(\s+(እዩ|እዚ|ኮይኑ))?(?!\S)")
_R49AL_TEAM_OUT_LA = (r"\b(ganta|gantana|club|klub)\w*\s+(\w+\s+){0,3}?(wetsia|wexia|tesenabita|tesaeira|tesaira)\s+(\w+\s+){0,3}?(ezi\s+)?mewedaeta\b")

# a trap, poison for the rats set, bed bugs to be killed, an exterminator called (Dutch "we hebben een rattenval gezet in de
# schuur", "er zitten bedwantsen in mijn bed, ik wil ze allemaal doden"; Arabic script "حطينا مصيدة فيران بالمخزن", "في بق
# بالتخت بدي اقتلهن كلهن"; Tigrinya "ኣብ ዓራተይ ትኋን ኣሎ ንምጥፋኦም ኩባንያ ክጽውዕ ደልየ", Latin); never with myself, swallowing,
# "not for", "but", and poison only with its place or pests
_R49AL_NOT_FOR_ME_NL = r"(?!.*\b(mezelf|mijzelf|zelf|opeten|innemen|inneem|opdrinken|drinken|slikken|dood\s+wil|wil\s+dood|niet\s+voor|maar|eigenlijk|voor\s+mij)\b)"
_R49AL_TRAP_NL = (r"\b(een\s+|de\s+|die\s+|twee\s+|wat\s+|nieuwe\s+)?((ratten|muizen|mollen|wespen|vliegen|rat|muis|mol)(val|vallen|klem|klemmen)|lokdoos|lokdozen)\s+"
                  r"(\S+\s+){0,2}?(gezet|neergezet|geplaatst|gekocht|gelegd|neergelegd|opgehangen|zetten|leggen|kopen|plaatsen)\b"
                  r"(\s+(in|bij|op|onder|achter)\s+(de|het|onze|mijn|mn)\s+\S+)?" + _R49AL_NOT_FOR_ME_NL + r"|"
                  r"\b(ratten|muizen|mollen|wespen|mieren|kakkerlakken|insecten|slakken)(gif|vergif|korrels)\s+(\S+\s+){0,2}?(gekocht|gestrooid|gelegd|neergelegd|"
                  r"gezet)\s+(voor\s+)?(in|bij|op|onder)\s+(de|het|onze|mijn|mn)\s+(tuin|schuur|schuurtje|keuken|kelder|zolder|garage|kippenhok|stal|"
                  r"berging)\b" + _R49AL_NOT_FOR_ME_NL)
_R49AL_KILL_PESTS_NL = (r"\b(de\s+|die\s+)?" + _R49AL_PEST_NL + r"\s+((?!(mezelf|mijzelf|dood|leven|niet|mijn\s+man|mijn\s+vrouw)\b)\S+\s+){0,8}?"
                        r"(ik\s+wil|we\s+willen|wil\s+ik|moet\s+ik|moeten\s+we|ga\s+ik|gaan\s+we|ik\s+ga)\s+(ze|die|hen|die\s+beesten)\s+(allemaal\s+|echt\s+|gewoon\s+)?"
                        r"(doden|dood\s*maken|doodmaken|uitroeien|vergiftigen|afmaken|vermoorden|kapotmaken)\b")
_R49AL_PEST_AR = r"(فيران|فار|جرذان|جرذ|صراصير|صرصور|حشرات|بق|البق|بقه|نمل|النمل|قمل|براغيت|فيران\S*)"
_R49AL_TRAP_AR = (r"(?<!\S)(حطينا|حطيت|اشتريت|شريت|جبت|نصبت|نصبنا|ركبت|ركبنا|بدي\s+حط|رح\s+حط)\s+(\S+\s+)?(مصيده|مصايد|فخ|فخاخ|لاصق|لزقه)\s+(ل|لل|ال)?"
                  + _R49AL_PEST_AR + r"(\s+(ب|بال|في\s+ال)\S+)?(?!\S)")
_R49AL_KILL_PESTS_AR = (r"(?<!\S)(في\s+)?(ال)?" + _R49AL_PEST_AR + r"\s+((?!(حالي|نفسي|موت|حياتي)(?!\S))\S+\s+){0,5}?(بدي|رح|لازم|ح)\s*(ا)?(قتلهن|قتلهم|موتهن|"
                        r"موتهم|ابيدهن|ابيدهم|بيدهن|خلص\s+منهن|خلص\s+منهم|جيب\s+شركه|اتصل\s+بشركه|رشهن|رش\s+مبيد)(\s+كلهن|\s+كلهم)?(?!\S)")
_R49AL_PESTS_TI = (r"(?<!\S)(ትኋን|ትኋናት|ቁንጪ|ቁንጪታት|ታሕታሕ|ኣንጭዋ|ኣንጭዋታት|ኣናጹ|ጻጸ|ሓሰኻ|ሓሰኻታት|ቅማል)\S*\s+((?!(ነብሰይ|ርእሰይ|ክመውት|ክሞት)(?!\S))\S+\s+){0,4}?"
                   r"(ንምጥፋኦም|ንምጥፋእ|ንምጥፋኣን|ንምቕታሎም|ከጥፍኦም|ክቐትሎም)(\s+(ኩባንያ|ሰብ|ክጽውዕ|ክገዝእ|ደልየ|እየ|መርዚ|መድሃኒት|ገዚአ|ኣቐሚጥና|ኣቐሚጠ|"
                   r"ክጥቀም)){0,4}(?!\S)(?!.*(ክሰቲ|ሰትየ|ክውሕጥ|ውሒጠ|ነብሰይ|ርእሰይ|ንዓይ|ክመውት|ክሞት))")
_R49AL_PESTS_LA = (r"\b(tkuan|tquan|tkwan|qunchi|anchwa|anchiwa|tahtah)\w*\s+(\w+\s+){0,4}?(nmtfaom|nmtfaeom|kemtfeom|kqetlom|medhanit|merzi|kubanya|"
                   r"company)\w*\b")

# a threat said as a joke (Dutch "mijn broertje zei voor de grap ik ga je vermoorden omdat ik zijn chips had"; Arabic script
# "اختي قالتلي بالمزح رح موتك"; Tigrinya "ዓርከይ ብዋዛ ኢሉኒ ... ክቐትለካ እዩ", Latin); never with "but", "really", a knife, blows
_R49AL_JOKE_THREAT_NL = (r"\b(zei|zegt|riep|roept|schreef|appte|appt|grapte|gilde)\s+(\S+\s+){0,2}?(voor\s+de\s+grap|als\s+grap|als\s+grapje|als\s+geintje|"
                         r"voor\s+de\s+lol|lachend|uit\s+de\s+grap|gekscherend|als\s+een\s+grap)\s+(dat\s+)?((?!(maar|echt|en)\b)\S+\s+){0,4}?(vermoord\w*|afmaken|"
                         r"maak\s+(je|jou|jullie)\s+af|maakt\s+(je|jou|me|mij)\s+af|doodmaken|dood\s+maken|sla\s+(je|jou)\s+dood|slaat\s+(je|jou|me|mij)\s+dood)\b"
                         r"(\s+(omdat|als|want|wanneer)\s+((?!(maar|echt)\b)\S+\s+){0,5}?\S+)?"
                         r"(?!.*\b(maar|echt|serieus|mes|slaat|sloeg|geslagen|bang|staat\s+voor|deur)\b)")
_R49AL_JOKE_THREAT_AR = (r"(?<!\S)(قال|قالت|قلي|قالي|قالتلي|قلتلو|حكي|حكت|كتبلي|كتبتلي|بيقول|بتقول|بيقلي|بتقلي)\s+(\S+\s+)?(عالمزح|بالمزح|مزح|مزحا|عالضحك|"
                         r"بالضحك|عم\s+يمزح|عم\s+تمزح|وهو\s+عم\s+يضحك|وهي\s+عم\s+تضحك|كمزحه|كنكته|من\s+باب\s+المزح|عالهزار|بالهزار)\s+(انو\s+|انه\s+|انها\s+)?"
                         r"(رح|ح|راح|بدو|بدها|ب)?\s*(ا|ي|ت|ن)?(قتلك|قتلكن|موتك|موتكن|دبحك|ذبحك|كتلك|خنقك|قتلني|موتني|دبحني|ذبحني|كتلني|خنقني)(?!\S)"
                         r"(\s+(اذا|لو|لانو|لانه)\s+(\S+\s+){0,4}?\S+)?(?!.*(بس|عن\s+جد|جد|سكين|ضربني|ضربتني|خايف|خايفه))")
_R49AL_THREAT_TI = r"(ክቐትለ(ካ|ኪ|ኒ|ኩም|ክን)|ክቐትሉ(ካ|ኪ|ኒ|ኹም)|ክሓርደ(ካ|ኪ|ኒ)|ክሓርዱ(ካ|ኪ|ኒ))"
_R49AL_JOKE_TI = r"(ብዋዛ|ብቐልዲ|ብሰሓቕ|ንዋዛ|ብጸወታ)"
_R49AL_JOKE_THREAT_TI = (r"(?<!\S)" + _R49AL_JOKE_TI + r"\s+((?!(ብሓቂ|ሕጂ|ካራ)(?!\S))\S+\s+){0,8}?" + _R49AL_THREAT_TI + r"(\s+(እዩ|እያ|እየ|እዮም|ኢዩ|ኢና))?"
                         r"(\s+(ኢሉኒ|ኢላትኒ|ኢሎምኒ|ኢሉ|ኢላ))?(?!\S)(?!.*(ብሓቂ|ካራ|ሃሪሙኒ|ፈሪሐ))|"
                         r"(?<!\S)" + _R49AL_THREAT_TI + r"\s+(እዩ|እያ|እየ|እዮም|ኢዩ|ኢና)\s+(\S+\s+)?(ኢሉኒ|ኢላትኒ|ኢሎምኒ|ኢሉ|ኢላ)\s+" + _R49AL_JOKE_TI
                         + r"(?!\S)(?!.*(ብሓቂ|ካራ|ሃሪሙኒ|ፈሪሐ))")
_R49AL_JOKE_THREAT_LA = (r"\b(bwaza|bqeldi)\s+((?!(bhaqi|hji|kara)\b)\w+\s+){0,8}?(kqetleka|kiqetleka|kqetleki|kqetleni|kqetluka|kqetluki|kqetluni|kiqetleni)"
                         r"(\s+(eyu|eya|eye|iyu))?(\s+(iluni|ilatni|ilomni))?\b")

# a haircut, the nails cut (Arabic script "رح قص شعري قصير هالصيف"; Arabizi "baddi 2oss sha3ri"; Tigrinya "ጸጉረይ ክቖርጽ ደልየ",
# Latin; Dutch "ik ga mijn haar laten knippen"); the veins are never hair (shaving with a razor is round 34's idiom)
_R49AL_HAIRCUT_AR = (r"(?<!\S)(و\s*)?(رح|ح|بدي|راح|لازم|عم|بدها|بدو)\s*(ا)?(قص|قصقص|قصر|اقص|اقصر)\s+(ل)?(شعري|شعرا|شعرها|شعره|شعر\s+ابني|شعر\s+بنتي|"
                     r"شعر\s+الولاد|دقني|دقنه|ضفري|ضوافري|اظافري|اظافر|غرتي|قصتي)(\s+(\S+\s+)?(قصير|قصيره|شوي|عالصيف|هالصيف|للصيف|عند\s+الحلاق|بالصالون))?(?!\S)")
_R49AL_HAIRCUT_AZ = (r"\b(ra7|7a|baddi|bade|badi|bedde|lazem)\s+(e|2|a)?(2oss|2us|2ass|2assas|2asser|2osos)\s+(sha3ri|sha3ra|sha3ro|da2ni|dafri|adafri|"
                     r"dawafri)\b")
_R49AL_HAIRCUT_TI = (r"(?<!\S)(ጸጉረይ|ጸጉራ|ጸጉሩ|ጽፍረይ|ኣጽፋረይ|ጸጉሪ\s+ርእሰይ)\s+(\S+\s+)?(ክቖርጽ|ክቖርጾ|ከሕጽሮ|ክቕንጥጦ|ክትቖርጾ|ክቖርጻ)"
                     r"(\s+(ደልየ|እየ|ሓሲበ|ኢየ|ደልያ))?(?!\S)")
_R49AL_HAIRCUT_LA = r"\b(tsegurey|xegurey|tsfrey|xfrey)\s+(\w+\s+)?(kqors|kqorxo|kqortso)\w*\b"
_R49AL_HAIRCUT_NL = (r"\bik\s+(ga|wil|laat|moet)\s+(\S+\s+)?(mijn|mn)\s+(haar|haren|baard|nagels|pony)\s+(\S+\s+)?(knippen|afknippen|kort\s+knippen|"
                     r"laten\s+knippen|afscheren|scheren)\b")

# a sunset watched on the bridge, the roof (Arabic script "وقفنا على الجسر وصورنا الغروب"; Arabizi; Tigrinya "ኣብ ልዕሊ ድልድል
# ጸሓይ ክትዓርብ ርኢና"; Dutch "we stonden op de brug en keken naar de zonsondergang"): the bridge with its view
_R49AL_SUNSET_AR = (r"(?<!\S)(وقفنا|وقفت|طلعنا|طلعت|قعدنا|قعدت|مشينا|رحنا)\s+(\S+\s+)?(علي|ع|عال|فوق)\s*(ال)?(جسر|سطح|بلكون|تله|جبل|صخره|كورنيش|شط)\s+"
                    r"(\S+\s+){0,2}?(و\s*)?(صورنا|صورت|تفرجنا|تفرجت|شفنا|شفت|نتفرج|نشوف|نصور|اتفرجنا)\s+(\S+\s+)?(عال|علي\s+ال|ع\s+ال|ال)?(غروب|شمس|منظر|نجوم|"
                    r"مغيب|بحر|مدينه|قمر)(?!\S)")
_R49AL_SUNSET_AZ = (r"\b(w2efna|wa2afna|wa2efna|tle3na|tla3na|2a3adna)\s+(3al|3a|3ala)\s*(el\s*)?(jisr|jesr|sat7|balkon)\s+(w\s*)?(sawwarna|sawarna|tfarrajna|"
                    r"shefna|shofna)\s+(el\s*|3al\s*)?(ghurub|ghroub|8rub|8ourub|shams|manzar|njoum)\b")
_R49AL_SUNSET_TI = (r"(?<!\S)ኣብ\s+(ልዕሊ\s+)?(ድልድል|ናሕሲ|ሰገነት|ባልኮን|ጎቦ)\S*\s+(\S+\s+){0,3}?(ጸሓይ\s+(ክትዓርብ|ክትበርቕ|ዓሪባ)|ምዕራብ\s+ጸሓይ|ስእሊ|ፎቶ|ከዋኽብቲ)\s+"
                    r"(\S+\s+)?(ርኢና|ርእየ|ኣልዒልና|ኣልዒለ|ተመልኪትና|ተዓዚብና|ወሲድና|ወሲደ)(?!\S)")
_R49AL_SUNSET_NL = (r"\b(we|wij|ik)\s+(stonden|stond|zaten|zat|liepen|liep)\s+op\s+(de|het)\s+(brug|dak|dijk|pier|klif|duin|balkon)\s+(en\s+)?(\S+\s+){0,3}?"
                    r"(zonsondergang|zonsopkomst|uitzicht|fotos|foto|vuurwerk|sterren)\b")

# "dead" after dancing all night at a wedding (Tigrinya "ኩሉ ለይቲ ኣብ መርዓ ሳዕሲዕና ሎሚ ሞይትና ኢና"; Dutch "we hebben de hele nacht
# gedanst op de bruiloft, ik ben dood"; Arabic script "رقصنا طول الليل بالعرس، اليوم ميتين"; Arabizi)
_R49AL_DANCED_DEAD_TI = (r"(?<!\S)(ሳዕሲዕና|ሳዕሲዐ|ሳዒስና|ሳዒሰ|ዳኒስና|ዳኒሰ|ሰሪግና|ተሓጒስና)\s+(\S+\s+){0,2}?(ሞይትና|ሞይተ|ተቐቲልና|ተቐቲለ)(\s+(ኢና|እየ|ኢየ))?(?!\S)")
_R49AL_DANCED_DEAD_NL = (r"\b(gedanst|gefeest|dansen|feesten|doorgehaald)\b(\s+\S+){0,4}?\s+(ik\s+ben|we\s+zijn|ben\s+ik|zijn\s+we)\s+(helemaal\s+|echt\s+)?"
                         r"(dood|kapot|gesloopt|doodop)\b")
_R49AL_DANCED_DEAD_AR = (r"(?<!\S)(رقصنا|رقصت|سهرنا|سهرت|دبكنا|دبكت)\s+(\S+\s+){0,4}?(و\s*)?(اليوم\s+|هلق\s+)?(ميتين|ميت|ميته|متت|متنا)(\s+من\s+(التعب|النعس))?(?!\S)")
_R49AL_DANCED_DEAD_AZ = r"\b(ra2asna|r2asna|sharna|sahrna|sehrna|dabakna)\s+(\w+\s+){0,4}?(w\s*)?(el\s*yom\s+)?(mayteen|maytin|mayet|mitna|mutna)\b"

# "I thought I had died" after a fall, the wind that threw me off the bike (Tigrinya "ንፋስ ካብ ብሽክለታይ ደርብዩኒ ሞይተ መሲሉኒ
# ነይሩ 😂"; Dutch "ik viel van mijn fiets en dacht dat ik dood was"; Arabic script "وقعت عن البسكليت وفكرت حالي متت"): past
# fright, not "I feel dead"
_R49AL_THOUGHT_DEAD_TI = r"(?<!\S)(ሞይተ|ሞይትና|ሞይታ|ሞይቱ)\s+(መሲሉኒ|መሲሉና|መሲልዋ|መሲልዎ)\s+(ነይሩ|ኔሩ)(?!\S)"
_R49AL_WIND_THREW_TI = (r"(?<!\S)(ንፋስ|ማዕበል|ፈረስ|ኣድጊ|ብሽክለታ)\S*\s+(\S+\s+){0,2}?(ደርብዩኒ|ደርብያትኒ|ደፊኡኒ|ደፊኣትኒ|ኣውዲቑኒ|ኣውዲቓትኒ)(?!\S)")
_R49AL_THOUGHT_DEAD_NL = (r"\b(viel|gevallen|schrok|geschrokken|turbulentie|achtbaan|storm|wind)\b(\s+\S+){0,6}?\s+(en\s+)?(ik\s+)?dacht\s+(echt\s+|even\s+)?dat\s+"
                          r"(ik|we)\s+(dood\s+ging|doodging|dood\s+was|dood\s+gingen|dood\s+waren)\b|"
                          r"\bik\s+dacht\s+(echt\s+|even\s+)?dat\s+ik\s+(dood\s+ging|doodging|dood\s+was)\s+(toen|in\s+de|bij\s+de)\s+(\S+\s+){0,4}?"
                          r"(viel|achtbaan|turbulentie|storm|schrok)\b")
_R49AL_THOUGHT_DEAD_AR = (r"(?<!\S)(وقعت|انزلقت|زحطت|تزحلقت|خفت|انخضيت|انرعبت)\s+(\S+\s+){0,4}?(و\s*)?(فكرت|حسيت|ظنيت|قلت)\s+(حالي\s+|انا\s+|اني\s+|انو\s+)?"
                          r"(متت|رح\s+موت|ميت|ميته)(?!\S)")

# love until death (Tigrinya "ክሳብ ዝመውት ክፈትወኪ እየ"; Latin; Dutch "ik hou van je tot ik sterf", "tot de dood"; Arabic script "رح
# حبك لحتى موت"); never with a farewell
_R49AL_LOVE_DEATH_TI = (r"(?<!\S)ክሳብ\s+(ዝመውት|ዝሞት|ሞት|ዝመውት\s+ዘለኹ|መወዳእታ\s+ህይወተይ)\s+(\S+\s+)?(ክፈትወ(ኪ|ካ|ኩም|ክን)|ክፈትዎ|ክፈትዋ|ክፈትዎም|እፈትወ(ኪ|ካ|ኩም|ክን))"
                        r"(\s+(እየ|ኢየ))?(?!\S)|(?<!\S)(እፈትወ(ኪ|ካ|ኩም)|ክፈትወ(ኪ|ካ)\s+(እየ|ኢየ))\s+ክሳብ\s+(ዝመውት|ዝሞት|ሞት)(?!\S)")
_R49AL_LOVE_DEATH_LA = r"\bksab\s+(zmewt|zmot|mot)\s+(\w+\s+)?(kfetweki|kfetweka|kfetwekum|efetweki|efetweka)(\s+(eye|iye))?\b"
_R49AL_NOT_A_FAREWELL_NL = r"(?!.*\b(vaarwel|afscheid|sorry|vergeef|zeg\s+tegen|laatste|niet\s+meer|nooit\s+meer)\b)"
_R49AL_LOVE_DEATH_NL = (r"\b(ik\s+)?(hou|houd|zal)\s+(\S+\s+){0,2}?van\s+(je|jou|jullie|hem|haar|u)\s+(houden\s+)?(tot\s+(ik\s+(sterf|doodga|dood\s+ga)|de\s+dood|mijn\s+dood|"
                        r"aan\s+mijn\s+dood|mijn\s+laatste\s+adem\w*)|tot\s+in\s+de\s+dood)\b" + _R49AL_NOT_A_FAREWELL_NL)
_R49AL_LOVE_DEATH_AR = (r"(?<!\S)(رح\s+|ح\s+|ب)?(حبك|حبيك|حبكن|احبك)\s+(ل|لل|لحتي|حتي|لحد|لاخر)\s*(موت|الموت|اموت|اخر\s+يوم\s+بعمري|اخر\s+نفس|يوم\s+موتي)(?!\S)"
                        r"(?!.*(سامحيني|سامحني|سامحوني|وداعا|الوداع|اخر\s+رساله))")

_ROUND49_IDIOMS_ALL: tuple[str, ...] = (
    # a deadline "and I'm going to die" (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R49AL_DEADLINE_DIE_NL,
    _R49AL_DEADLINE_DIE_AR,
    _R49AL_DEADLINE_DIE_AZ,
    _R49AL_DEADLINE_DIE_TI,
    _R49AL_DEADLINE_DIE_LA,
    # the head bumped against a cupboard (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    r"(?:" + _R49AL_BUMPED_NL + r")" + _R49AL_NOT_ON_PURPOSE_NL,
    _R49AL_BUMPED_AR,
    _R49AL_BUMPED_AZ,
    _R49AL_BUMPED_TI,
    _R49AL_BUMPED_LA,
    # a team out, "this is the end" (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R49AL_TEAM_OUT_NL,
    _R49AL_TEAM_OUT_AR,
    _R49AL_TEAM_OUT_AZ,
    _R49AL_TEAM_OUT_TI,
    _R49AL_TEAM_OUT_LA,
    # a trap for the rats, bed bugs to be killed (Dutch, Arabic script, Tigrinya Ge'ez and Latin)
    _R49AL_TRAP_NL,
    _R49AL_KILL_PESTS_NL,
    _R49AL_TRAP_AR,
    _R49AL_KILL_PESTS_AR,
    _R49AL_PESTS_TI,
    _R49AL_PESTS_LA,
    # a threat said as a joke (Dutch, Arabic script, Tigrinya Ge'ez and Latin)
    _R49AL_JOKE_THREAT_NL,
    _R49AL_JOKE_THREAT_AR,
    _R49AL_JOKE_THREAT_TI,
    _R49AL_JOKE_THREAT_LA,
    # a haircut (Arabic script, Arabizi, Tigrinya Ge'ez and Latin, Dutch)
    _R49AL_HAIRCUT_AR,
    _R49AL_HAIRCUT_AZ,
    _R49AL_HAIRCUT_TI,
    _R49AL_HAIRCUT_LA,
    _R49AL_HAIRCUT_NL,
    # a sunset on the bridge (Arabic script, Arabizi, Tigrinya, Dutch)
    _R49AL_SUNSET_AR,
    _R49AL_SUNSET_AZ,
    _R49AL_SUNSET_TI,
    _R49AL_SUNSET_NL,
    # "dead" after dancing (Tigrinya, Dutch, Arabic script, Arabizi)
    _R49AL_DANCED_DEAD_TI,
    _R49AL_DANCED_DEAD_NL,
    _R49AL_DANCED_DEAD_AR,
    _R49AL_DANCED_DEAD_AZ,
    # "I thought I had died", the wind threw me off the bike (Tigrinya, Dutch, Arabic script)
    _R49AL_THOUGHT_DEAD_TI,
    _R49AL_WIND_THREW_TI,
    _R49AL_THOUGHT_DEAD_NL,
    _R49AL_THOUGHT_DEAD_AR,
    # love until death (Tigrinya Ge'ez and Latin, Dutch, Arabic script)
    _R49AL_LOVE_DEATH_TI,
    _R49AL_LOVE_DEATH_LA,
    _R49AL_LOVE_DEATH_NL,
    _R49AL_LOVE_DEATH_AR,
)
_ROUND49_CRISIS_ALL: tuple[str, ...] = (
    # someone not breathing, not reacting now (Dutch, Tigrinya Ge'ez and Latin)
    _R49AL_NOT_A_LESSON_NL + _r49al_both(_R49AL_SOMEONE_NL + _R49AL_WHO_DOES_NOT_NL + r"(ademt|ademhaalt|adem\s+haalt)\b")[1:],
    _R49AL_NOT_A_LESSON_NL + _r49al_both(_R49AL_SOMEONE_NL + _R49AL_WHO_DOES_NOT_NL + r"(reageert|beweegt|wakker\s+wordt)\b", _R49AL_LYING_NL)[1:],
    _R49AL_NOT_A_LESSON_LA + _r49al_both(_R49AL_WHO_LA, _R49AL_NO_BREATH_LA)[1:],
    _r49al_both(_R49AL_DOWN_TI, _R49AL_EYES_SHUT_TI),
    _r49al_both(_R49AL_DOWN_LA, _R49AL_EYES_SHUT_LA),
    _r49al_both(_R49AL_OVERDOSE_TI, _R49AL_UNRESPONSIVE_TI),
    _r49al_both(_R49AL_OVERDOSE_LA, _R49AL_UNRESPONSIVE_LA),
    # on the railway track now; waiting for the train "to go in" (Dutch, Arabizi, Tigrinya Ge'ez and Latin)
    _R49AL_NOT_TRACK_WORK_NL + r".*?(?:" + _R49AL_ON_TRACK_NL + r")",
    _R49AL_NOT_TRACK_WORK_NL + r".*?(?:" + _R49AL_ON_TRACK_INV_NL + r")",
    _R49AL_NOT_TRACK_WORK_AZ + r".*?(?:" + _R49AL_ON_TRACK_AZ + r")",
    _R49AL_NOT_TRACK_WORK_TI + r".*?(?:" + _R49AL_ON_RAILS_TI + r")",
    _R49AL_NOT_TRACK_WORK_LA + r".*?(?:" + _R49AL_ON_RAILS_LA + r")",
    _R49AL_NOT_A_JOURNEY_TI + r".*?(?:" + _R49AL_WAIT_TO_ENTER_TI + r")",
    _R49AL_NOT_A_JOURNEY_LA + r".*?(?:" + _R49AL_WAIT_TO_ENTER_LA + r")",
    # into the river tonight (Tigrinya)
    _R49AL_NOT_SWIMMING_TI + r".*?(?:" + _R49AL_INTO_WATER_NOW_TI + r")",
    # on the edge of a window, a balcony, high up; at the top "and I go" (Dutch, Arabic script, Arabizi, Tigrinya Ge'ez and Latin)
    _R49AL_NOT_A_CHORE_NL + _r49al_both(_R49AL_ON_LEDGE_NL, _R49AL_HIGH_UP_NL)[1:],
    _R49AL_NOT_A_CHORE_NL + _r49al_both(_R49AL_AT_TOP_NL, _R49AL_NOW_I_GO_NL)[1:],
    _R49AL_NOT_A_CHORE_AR + r".*?(?:" + _R49AL_FEET_EDGE_AR + r")",
    _R49AL_NOT_A_CHORE_AR + _r49al_both(_R49AL_PERSON_EDGE_AR, _R49AL_HIGH_UP_AR)[1:],
    _R49AL_NOT_A_CHORE_AZ + _r49al_both(_R49AL_PERSON_EDGE_AZ, _R49AL_HIGH_UP_AZ)[1:],
    _R49AL_NOT_A_VIEW_TI + _r49al_both(_R49AL_EDGE_TI, _R49AL_HIGH_UP_TI)[1:],
    _R49AL_NOT_A_VIEW_LA + _r49al_both(_R49AL_EDGE_LA, _R49AL_HIGH_UP_LA)[1:],
    # a place of death in the thoughts and "today I go" (Dutch, Arabic script, Tigrinya)
    _R49AL_NOT_A_RIDE_NL + _r49al_both(_R49AL_THOUGHT_PLACE_NL, _R49AL_DO_IT_NL)[1:],
    _R49AL_NOT_A_RIDE_AR + _r49al_both(_R49AL_THOUGHT_PLACE_AR, _R49AL_DO_IT_AR)[1:],
    _R49AL_NOT_A_JOURNEY_TI + _r49al_both(_R49AL_THOUGHT_PLACE_TI, _R49AL_DO_IT_TI)[1:],
    # ending it by my own hand, tonight with despair, knowing how, leaving life (Arabic script, Arabizi, Tigrinya Latin, Dutch)
    _R49AL_NOT_A_TASK_AR + r".*?" + _R49AL_END_IT_AR + _R49AL_BY_HAND_AR,
    _R49AL_NOT_A_TASK_AR + _r49al_both(_R49AL_END_IT_AR + _R49AL_TONIGHT_AR, _R49AL_DESPAIR_AR)[1:],
    _R49AL_NOT_A_TASK_AR + _r49al_both(_R49AL_KNOW_HOW_AR, _R49AL_DESPAIR_AR)[1:],
    _R49AL_NOT_A_TASK_AR + _r49al_both(_R49AL_PREPARE_AR, _R49AL_DESPAIR_AR)[1:],
    _R49AL_LEAVE_LIFE_AR,
    _R49AL_END_LIFE_AZ,
    _R49AL_END_BY_HAND_AZ,
    _R49AL_LEAVE_LIFE_AZ,
    _R49AL_END_LIFE_LA,
    _R49AL_LEAVE_LIFE_NL,
    # cutting the veins, cut too deep and bleeding, a blade on myself now, a knife in my hand (all five)
    _R49AL_CUT_VEINS_AR,
    _R49AL_CUT_VEINS_AZ,
    _R49AL_CUT_VEINS_NL,
    _R49AL_CUT_VEINS_TI,
    _R49AL_CUT_VEINS_LA,
    _R49AL_NOT_KITCHEN_NL + _r49al_both(_R49AL_TOO_DEEP_NL, _R49AL_BLOOD_NL)[1:],
    _R49AL_NOT_KITCHEN_TI + _r49al_both(_R49AL_BLADE_TI, _R49AL_SELF_TI, _R49AL_HARM_NOW_TI)[1:],
    _r49al_both(_R49AL_KNIFE_IN_HAND_LA, _R49AL_CANT_ANYMORE_LA),
    # a farewell to a helper, a last greeting, a last night, "tell my children she loved them", "forgive me, I loved you"
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_NOT_SEE_ME_AR, _R49AL_THANKS_AR)[1:],
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_NOT_SEE_ME_AZ, _R49AL_THANKS_AZ)[1:],
    _R49AL_NOT_A_PARTING_NL + _r49al_both(_R49AL_NOT_SEE_ME_NL, _R49AL_THANKS_NL)[1:],
    _R49AL_NOT_A_JOURNEY_TI + _r49al_both(_R49AL_NOT_SEE_ME_TI, _R49AL_THANKS_TI)[1:],
    _R49AL_NOT_A_JOURNEY_LA + _r49al_both(_R49AL_NOT_SEE_ME_LA, _R49AL_THANKS_LA)[1:],
    _R49AL_NOT_A_GROUP_TI + r".*?(?:" + _R49AL_LAST_GREETING_TI + r")",
    _R49AL_NOT_A_GROUP_TI + r".*?(?:" + _R49AL_LAST_GREETING_LA + r")",
    _R49AL_NOT_A_PARTING_NL + r".*?(?:" + _R49AL_LAST_GREETING_NL + r")",
    _R49AL_NOT_A_PARTING_NL + r".*?(?:" + _R49AL_LAST_NIGHT_NL + r")",
    _R49AL_NOT_A_COURSE_AR + _R49AL_NOT_A_TRIP_AR + _r49al_both(_R49AL_LAST_NIGHT_AR, _R49AL_LAST_WISH_AR)[1:],
    _R49AL_TELL_LOVED_NL,
    _R49AL_TELL_LOVED_AR,
    _R49AL_TELL_LOVED_AZ,
    _R49AL_TELL_LOVED_TI,
    _R49AL_TELL_LOVED_LA,
    _r49al_both(_R49AL_LOVED_PAST_TI, _R49AL_FORGIVE_TI),
    _R49AL_NOT_A_JOURNEY_TI + _r49al_both(_R49AL_LOVED_PAST_TI, _R49AL_GOING_NOW_TI)[1:],
    _r49al_both(_R49AL_LOVED_PAST_LA, _R49AL_FORGIVE_LA),
    _R49AL_NOT_A_JOURNEY_LA + _r49al_both(_R49AL_LOVED_PAST_LA, _R49AL_GOING_NOW_LA)[1:],
    _R49AL_NOT_A_PARTING_NL + _r49al_both(_R49AL_LOVED_PAST_NL, _R49AL_FORGIVE_NL, _R49AL_GOING_NOW_NL)[1:],
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_LOVED_PAST_AR, _R49AL_FORGIVE_AR, _R49AL_GOING_NOW_AR)[1:],
    # someone bought poison to drink it (Arabic script)
    _R49AL_BOUGHT_TO_DRINK_AR,
    # a man touched a child; small children alone all night; the last message with "forgive me" (Arabic script)
    _R49AL_NOT_A_DOCTOR_AR + _r49al_both(_R49AL_CHILD_AR, _R49AL_TOUCHED_AR, _R49AL_A_MAN_AR)[1:],
    _r49al_both(_R49AL_LEFT_ALONE_AR, _R49AL_ALL_NIGHT_AR, _R49AL_SMALL_AR),
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_LAST_MSG_AR, _R49AL_FORGIVE_ALL_AR)[1:],
    # God takes me tonight (Dutch, Tigrinya Ge'ez and Latin)
    _R49AL_GOD_TAKES_NL,
    _R49AL_NOT_A_BLESSING_TI + _r49al_both(_R49AL_GOD_TAKES_TI, _R49AL_TONIGHT_MYSELF_TI)[1:],
    _r49al_both(_R49AL_GOD_TAKES_LA, _R49AL_TONIGHT_MYSELF_LA),
    # following my dead (Tigrinya Ge'ez and Latin, Dutch)
    _R49AL_FOLLOW_DEAD_TI,
    _R49AL_FOLLOW_DEAD_LA,
    _R49AL_NOT_A_GRAVE_NL + _r49al_both(_R49AL_THEY_DIED_NL, _R49AL_FOLLOW_DEAD_NL)[1:],
    # pills gathered to be enough, the means ready while the children fall asleep, the means beside me with the mind made up
    _R49AL_NOT_A_PRESCRIPTION + r".*?(?:" + _R49AL_ENOUGH_PILLS_AR + r")",
    _R49AL_NOT_A_PRESCRIPTION + r".*?(?:" + _R49AL_ENOUGH_PILLS_NL + r")",
    _R49AL_NOT_A_PRESCRIPTION + _r49al_both(_R49AL_MEANS_READY_AZ, _R49AL_WAIT_ASLEEP_AZ)[1:],
    _R49AL_NOT_A_PRESCRIPTION + _r49al_both(_R49AL_MEANS_READY_TI, _R49AL_WAIT_ASLEEP_TI)[1:],
    _R49AL_NOT_A_PRESCRIPTION + _r49al_both(_R49AL_MEANS_BESIDE_TI, _R49AL_MIND_MADE_TI)[1:],
    _R49AL_NOT_A_PRESCRIPTION + _r49al_both(_R49AL_MEANS_BESIDE_AR, _R49AL_MIND_MADE_AR)[1:],
    _R49AL_NOT_A_PRESCRIPTION + _r49al_both(_R49AL_MEANS_READY_AR, _R49AL_WAIT_ASLEEP_AR)[1:],
    # a whole box asked about and "I'll try it tonight" (Arabic script); "I take the pills" and "I can't anymore" (Dutch)
    _r49al_both(_R49AL_WHOLE_BOX_AR, _R49AL_TRY_TONIGHT_AR),
    _R49AL_NOT_A_DOSE_NL + _r49al_both(_R49AL_TAKE_PILLS_NL, _R49AL_CANT_ANYMORE_NL)[1:],
    # at the water meaning to jump (Arabic script); into the water, in front of the train (Arabizi)
    _R49AL_NOT_A_SWIM_AR + _r49al_both(_R49AL_AT_WATER_AR, _R49AL_JUMP_IN_AR)[1:],
    _R49AL_NOT_A_SWIM_AZ + r".*?(?:" + _R49AL_JUMP_INTO_AZ + r")",
    # a threat to kill said at the door now (Tigrinya Ge'ez and Latin)
    _R49AL_THREAT_AT_DOOR_TI,
    _R49AL_THREAT_AT_DOOR_LA,
    # locked in while he breaks the door, an attempted stabbing with the attacker home now, a burial wish written, to the
    # rails and not coming back (Tigrinya)
    _r49al_both(_R49AL_LOCKED_IN_TI, _R49AL_DOOR_BROKEN_TI),
    _r49al_both(_R49AL_STAB_TRY_TI, _R49AL_HOME_NOW_TI),
    _r49al_both(_R49AL_BURY_ME_TI, _R49AL_WRITTEN_TI),
    _r49al_both(_R49AL_TO_RAILS_TI, _R49AL_NO_RETURN_TI),
    # to the forest to die, a voice "kill yourself", hitting myself now, "better that I pass away" (Tigrinya Ge'ez and Latin)
    _R49AL_GO_DIE_TI,
    _R49AL_GO_DIE_LA,
    _R49AL_NOT_A_FILM_TI + r".*?(?:" + _R49AL_VOICE_KILL_TI + r")",
    _R49AL_NOT_A_FILM_TI + r".*?(?:" + _R49AL_VOICE_KILL_LA + r")",
    _r49al_both(_R49AL_SELF_HIT_TI, _R49AL_CANT_STOP_TI),
    _R49AL_NOT_AN_EXAM_TI + _r49al_both(_R49AL_BETTER_PASS_TI, _R49AL_NOTHING_LEFT_TI)[1:],
    # "not there tomorrow" and "take care of yourselves" (Arabic script, Arabizi)
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_NOT_THERE_AR, _R49AL_TAKE_CARE_AR)[1:],
    _R49AL_NOT_A_COURSE_AR + _r49al_both(_R49AL_NOT_THERE_AZ, _R49AL_TAKE_CARE_AZ)[1:],
    # death as a relief with everything arranged (Dutch, Arabic script, Tigrinya)
    _R49AL_NOT_A_TRIP_ALL + _r49al_both(_R49AL_DEATH_RELIEF_NL, _R49AL_ARRANGED_NL)[1:],
    _R49AL_NOT_A_TRIP_ALL + _r49al_both(_R49AL_DEATH_RELIEF_AR, _R49AL_ARRANGED_AR)[1:],
    _R49AL_NOT_A_TRIP_ALL + _r49al_both(_R49AL_DEATH_RELIEF_TI, _R49AL_ARRANGED_TI)[1:],
    # hit by a car and not moving (Dutch, Arabic script, Arabizi)
    _R49AL_NOT_A_THING_NL + _r49al_both(_R49AL_RUN_OVER_NL, _R49AL_NOT_MOVING_NL, _R49AL_A_PERSON_NL)[1:],
    _r49al_both(_R49AL_RUN_OVER_AR, _R49AL_NOT_MOVING_AR),
    _r49al_both(_R49AL_RUN_OVER_AZ, _R49AL_NOT_MOVING_AZ),
)
_ROUND49_UNCERTAIN_ALL: tuple[str, ...] = (
    # on the edge of a window, a balcony, a roof (without the height: the gentle question)
    _R49AL_NOT_A_CHORE_NL + r".*?(?:" + _R49AL_ON_LEDGE_NL + r")",
    _R49AL_NOT_A_CHORE_AR + r".*?(?:" + _R49AL_PERSON_EDGE_AR + r")",
    _R49AL_NOT_A_CHORE_AZ + r".*?(?:" + _R49AL_PERSON_EDGE_AZ + r")",
    _R49AL_NOT_A_VIEW_TI + r".*?(?:" + _R49AL_EDGE_TI + r")",
    _R49AL_NOT_A_VIEW_LA + r".*?(?:" + _R49AL_EDGE_LA + r")",
    # "you won't see me after today" without thanks or a farewell (Arabic script, Arabizi, Dutch, Tigrinya)
    _R49AL_NOT_A_COURSE_AR + r".*?(?:" + _R49AL_NOT_SEE_ME_AR + r")",
    _R49AL_NOT_A_COURSE_AR + r".*?(?:" + _R49AL_NOT_SEE_ME_AZ + r")",
    _R49AL_NOT_A_PARTING_NL + r".*?(?:" + _R49AL_NOT_SEE_ME_NL + r")",
    _R49AL_NOT_A_JOURNEY_TI + r".*?(?:" + _R49AL_NOT_SEE_ME_TI + r")",
    # "this is my last night" alone (Arabic script; Tigrinya has it since round 31)
    _R49AL_NOT_A_COURSE_AR + _R49AL_NOT_A_TRIP_AR + r".*?(?:" + _R49AL_LAST_NIGHT_AR + r")",
    # tired, tired, "I can't anymore" (Tigrinya Ge'ez and Latin)
    _R49AL_TIRED_CANT_TI,
    _R49AL_TIRED_CANT_LA,
)
# (round 49, all languages: end)

# (round 49, the lead: start)
# Two kinds of violence now that the classifier alone carried to the gentle question and lost when nlu/round35 (more
# report_sensitive negatives: homesickness, a fine) came in. NON-NATIVE WRITTEN (Arabic, Arabizi, Tigrinya): needs
# review by a native speaker. (Names start with _R49LD_.)
from inburgering.text.sensitive.rules.meaning import _both as _r49ld_both  # noqa: E402
from inburgering.text.sensitive.rules.round17 import (  # noqa: E402
    _HOME_NOW_AR as _R49LD_HOME_NOW_AR, _HOME_NOW_AZ as _R49LD_HOME_NOW_AZ, _HOME_NOW_NL as _R49LD_HOME_NOW_NL,
    _HOME_NOW_TI as _R49LD_HOME_NOW_TI,
)

# A child of mine is being beaten (the passive: "ibni 3am yendereb", "mijn zoon wordt geslagen") and the one who beats
# is home now: the emergency answer, as round 17's "he beats me and he is home now". Not without "home now" (a child
# hit at school once is for the regisseur, through the gentle question or the NLU).
_R49LD_CHILD_BEATEN_AZ = (r"\b(ibni|ebni|ibne|binti|benti|bente|wladi|awladi|el\s*walad|el\s*bent)\s+(\w+\s+)?(3am\s+|3m\s+)?"
                          r"(yendereb|yendreb|yenderib|yondarab|tendereb|tendreb|tenderib|endarab|endarbet|endarabet|indarab|ndarab|"
                          r"yen6ereb|yendrab)\b")
_R49LD_CHILD_BEATEN_AR = (r"(?<!\S)(ابني|بنتي|ولادي|ابنتي|طفلي|طفلتي|الولد|البنت)\s+(\S+\s+)?(عم\s+)?(ينضرب|تنضرب|انضرب|انضربت|ينبهدل\s+ضرب)(?!\S)")
_R49LD_CHILD_BEATEN_NL = (r"\b(mijn|mn|m'n)\s+(zoon|zoontje|dochter|dochtertje|kind|kinderen|broertje|zusje|kleine)\s+(\S+\s+){0,3}?"
                          r"(wordt|worden|werd|is)\s+(\S+\s+){0,4}?geslagen\b")
_R49LD_CHILD_BEATEN_TI = (r"(?<!\S)(ወደይ|ጓለይ|ደቀይ|ህጻን|ቆልዓይ)\s+(\S+\s+)?(ይውቃዕ|ትውቃዕ|ይውቕዑ|ተወቒዑ|ተወቒዓ|ይህረም|ትህረም)(?!\S)")

# Violence heard now at a neighbour's, and someone calling for help: the emergency answer (someone else in danger
# now; the person may not think of 112). Not a film, a game, children playing, a party.
_R49LD_NOT_PLAY = (r"^(?!.*\b(film|serie|tv|televisie|game|spel|spelen|speelt|feest|verjaardag|muziek|voetbal|wedstrijd|"
                   r"فيلم|مسلسل|لعبه|عرس|حفله|موسيقى|ፊልም|ጸወታ|መርዓ|ሙዚቃ)\b)")
# "and now he is home" in Arabizi word order too ("w hala2 huwe bel bet"; round 17 has "huwe hala2 bel bet").
_R49LD_NOW_HOME_AZ = (_R49LD_HOME_NOW_AZ + r"|\b(w\s*)?(hala2|halla2|hala|hassa|hessa|hala2a)\s+(howe|huwe|howa)\s+(bel|bl|b|fi\s+el)\s*"
                      r"(beit|bet|beyt|dar|sha2a|salon)\b")

_R49LD_HEAR_VIOLENCE_NL = (r"\b(ik\s+hoor|hoor\s+ik|ik\s+hoorde|hoorde\s+ik)\s+(\S+\s+){0,6}?"
                           r"(gegil|geschreeuw|gegil\w*|klappen|slaan|geslagen|gevecht|gehuil|gebonk)\b")
_R49LD_CALLS_HELP_NL = r"\b(roept|roepen|schreeuwt|schreeuwen|gilt|gillen|smeekt|riep)\s+(\S+\s+)?om\s+hulp\b|\bhelp\s+help\b"
_R49LD_HEAR_VIOLENCE_AR = r"(?<!\S)(عم\s+اسمع|سامع|سامعه|سمعت|بسمع)\s+(\S+\s+){0,5}?(صريخ|صراخ|ضرب|قتله|تكسير|عياط)(?!\S)"
_R49LD_CALLS_HELP_AR = r"(?<!\S)(عم\s+)?(تصرخ|يصرخ|تستنجد|يستنجد|تنادي|ينادي|تطلب)\s+(\S+\s+)?(النجده|نجده|مساعده|المساعده|الحقوني|الحقوا)(?!\S)|(?<!\S)الحقوني(?!\S)"
_R49LD_HEAR_VIOLENCE_AZ = r"\b(3am\s+esma3|sami3|same3|sem3et|sme3t|besma3)\s+(\w+\s+){0,5}?(sraa5|sra5|sraakh|srakh|darb|6arb|2atle|takseer|3ya6)\b"
_R49LD_CALLS_HELP_AZ = r"\b(3am\s+)?(tesra5|teseri5|tesrakh|testanjed|tnade|tetlob)\s+(\w+\s+)?(najde|el\s*najde|mosa3de|musa3ade)\b|\bel7a2oni\b"

# Idioms: "snijbonen" (a vegetable: "snij" is not cutting oneself); passing over a bridge on the way (Tigrinya "ኣብ
# ድልድል ሩባ እናሓለፍኩ", while I was crossing the river bridge: a journey, not a jump).
_ROUND49_IDIOMS_LEAD: tuple[str, ...] = (
    r"\bsnijbon\w*\b",
    r"(?<!\S)ኣብ\s+(ልዕሊ\s+)?ድልድል\s+(\S+\s+)?(እናሓለፍኩ|እናሓለፍና|እናሰገርኩ|እናሰገርና|ክሓልፍ\s+ከለኹ)(?!\S)",
)
_ROUND49_CRISIS_LEAD: tuple[str, ...] = (
    _r49ld_both(_R49LD_CHILD_BEATEN_AZ, _R49LD_NOW_HOME_AZ),
    _r49ld_both(_R49LD_CHILD_BEATEN_AR, _R49LD_HOME_NOW_AR),
    _r49ld_both(_R49LD_CHILD_BEATEN_NL, _R49LD_HOME_NOW_NL),
    _r49ld_both(_R49LD_CHILD_BEATEN_TI, _R49LD_HOME_NOW_TI),
    _R49LD_NOT_PLAY + _r49ld_both(_R49LD_HEAR_VIOLENCE_NL, _R49LD_CALLS_HELP_NL)[1:],
    _R49LD_NOT_PLAY + _r49ld_both(_R49LD_HEAR_VIOLENCE_AR, _R49LD_CALLS_HELP_AR)[1:],
    _R49LD_NOT_PLAY + _r49ld_both(_R49LD_HEAR_VIOLENCE_AZ, _R49LD_CALLS_HELP_AZ)[1:],
)
_ROUND49_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 49, the lead: end)
_ROUND49_IDIOMS = _ROUND49_IDIOMS_ALL + _ROUND49_IDIOMS_LEAD
_ROUND49_CRISIS = _ROUND49_CRISIS_ALL + _ROUND49_CRISIS_LEAD
_ROUND49_UNCERTAIN = _ROUND49_UNCERTAIN_ALL + _ROUND49_UNCERTAIN_LEAD

"""Reply-language cues for Latin-script Arabic (Arabizi) and Tigrinya that `nlu.latin` leaves undecided.

NON-NATIVE WRITTEN: needs review by a native speaker.

`nlu.latin.latin_language` is strict on purpose (the NLU normaliser must never transliterate Dutch),
so three kinds of message stayed without a reply language or got a Dutch one:

* short greetings, thanks, yes/no and goodbyes ("mar7aba", "shukran", "selam", "yekenyeley",
  "dehan kunu"), which it counts as social words only;
* Arabizi or Tigrinya function words around Dutch terms ("shu hiye el PVT", "el boete ejetni min
  el gemeente", "regisseur meas yjemr"), where the Dutch term list of `language.py` outvoted them;
* a frame of Arabizi or Tigrinya with a Dutch courtesy word ("ja, bas mish hal2", "ewe, gn hji
  aykonen"). Greetings of both sides only ("aiwa, ja", "yekenyelkum, dank jullie wel") are written
  by learners of Dutch too: they keep the chat's language (KEEP).

`reading(text)` says 'ar' or 'ti' for those, None otherwise. It never says Dutch: everything it
leaves is decided as before. Dutch safeguards: a Dutch content word, a form of address (meneer,
mevrouw) or an English/French/German word stops the greeting and courtesy rules; greetings
Dutch speakers borrow (salam, habibi, wallah, inshallah, yalla, tamam) do not outweigh a Dutch
word; a message naming a language ("baddi ehki bel nederlands") is left to the rules before (it
asks for a language rather than showing one, and the NLU has the language-choice intent).
"""

from __future__ import annotations

import re

from nlu.latin import DUTCH_TERMS, language_scores

ARABIC = "ar"
TIGRINYA = "ti"
KEEP = "keep"  # the chat's language decides: detect_language returns None

_TOKEN = re.compile(r"[a-z0-9']+")

# Dutch domain terms beyond nlu.latin.DUTCH_TERMS that Arabizi and Tigrinya writers keep in Dutch.
_MORE_TERMS = frozenset(
    """
    vrijwilligerswerk vrijwilliger belastingdienst belasting rijbewijs formulier aanvraag traject
    uur uren workshop examen werkgever contract huisarts tandarts woning zorg taalcafe ww
    """.split()
)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


# --- Arabizi -----------------------------------------------------------------------------------------
# Greetings, thanks, yes/no, goodbyes (Levantine, Egyptian, Iraqi spellings; digits for ع ح خ ء).
AR_SOCIAL = _words(
    "marhaba marhaban mar7aba mar7aban mar7ba marhba mr7ba mrhba marhabtein mar7abtein marhabten mar7abten",
    "ahlan ahla ahlein ahleen ahlen ahlain sahlan",
    "salamo salamou salamu assalamu assalam essalam esalam alsalam 3alaykom 3alaikum 3aleikum 3alekom",
    "3alikum 3likom 3laykom 3lekom alaykom alaykum alaikum aleikum aleikom alaikom alikum",
    "shukran shokran shukrn shokrn shukraan shkran shokr chokran chukran shukren sukran shoukran",
    "mashkur mashkour mashkoor mashkura mashkoora yislamo yeslamo yislamu yeslamu yslamo yslmo teslam",
    "tislam teslamo tislamo tslm ya3tik ye3tik ya3tek 3afye 3afie el3afye",
    "ma3salame ma3alsalame ma3assalama ma3salama salama salame bshufak bshoufak bshufik salam salaam",
    "tosba7 tisba7o tesba7o sa3ide sa3eede",
    "aywa aiwa aywah na3am na3m la2 la2a laa tamam tmam tamaam tayeb tayyeb 6ayeb tyb",
    "mashi maashi sa7 sa77 mazbout mazbut mazboot mzbout mazbot akid akeed tab3an ma3lesh ma3leesh",
    "yalla yallah yala habibi 7abibi inshallah inshalla nshalla mashallah alhamdulillah hamdella",
    "wallah wallahi khalas 5alas",
)
# Borrowed by Dutch speakers too: an Arabic reading alone, never against a Dutch word.
AR_BORROWED = _words("salam salaam habibi 7abibi wallah wallahi wollah yalla yallah yala inshallah inshalla",
                     "mashallah alhamdulillah tamam khalas shukran akhi salamu assalamu assalam alaykom",
                     "alaykum alaikum aleikum aleikom alaikom alikum")
# Function and frequent words of an Arabizi frame with no Dutch look-alike (weight 1.0).
AR_FRAME = _words(
    "el il wein wen shu sho shou esh eish lesh leish kif keef kifak emta imta",
    "hu huwe hiye hiya di dol hadol hayda haida hadi hadol hek heik",
    "nafs adim adime adima jdid jdide jadid jedid kbir kbire zghir zghire shway shwai shwaye",
    "bykoun bikoun bkoun btkoun bikun bykun ykoun ykun yekoun bisir biseer byseer sar sarli saret sert serti",
    "bdom bidom bydom bidum yidom ejetni ajetni ejatni ijatni ijetni jatni ejani ijani ajani",
    "jawab jwab jawabi badal sabt itnein etnein tanein talata tlata khamis",
    "dakhel dakhle dakhil shaghle ades addes adaish mafi mish mesh msh lazem mumkin baddi badi bdi",
    "3ala 3an mo mu hada hayda abi abghi abgha fallet fallit fellet la",
)
# Articles and prepositions that are also Dutch words ("bel", "men", "al"): Arabic before "el" or a
# Dutch term; "bel"/"men" before a term count for no language (they cannot be Dutch "call"/"one" there
# with any certainty).
AR_ARTICLE_BEFORE = _words("mn min men bel bil fil fel bl lal lil 3al wa w")

# --- Tigrinya ----------------------------------------------------------------------------------------
TI_SOCIAL = _words(
    "salam salaam selam selamat slam selamn selamta kemey kemei kemay aleka aleki alekum alekhum",
    "yekenyeley yeqenyeley yekenyelay yeqenyelay yekenyele yekeneyeley yekenieley yeknyeley",
    "yekenyelna yeqenyelna yekenyelena yeqenyelena yekenyelka yeqenyelka yekenyelki yeqenyelki",
    "yekenyelkum yeqenyelkum mesgana misgana",
    "hagizkumna hagizkani hagizkumni hagizka hagizki hagizkum hagizuni",
    "goyta goytay weyzero weyzerit egziabher egzabher egziyabher egziabeher amlak",
    "yhabkum yhabka yhabki yihabkum yehabkum yhabelka ybarekka ybarekkum ybarekum ybarkum ybarkka yebarkum",
    "dehan dehaan dahan kun kunu kuni kunulna bselam bsellam hadirkum hadirka wuilkum wiilkum",
    "kikeyd kkeyd kikeid nkeyd nkid nrakeb kinrakeb kenrakeb niraakeb nirakeb",
    "ewe iwe ewua hray hiray hrai ayfal ayfalen aykonen yelen yeleyn lekie likae tsbuq xbuq",
)
TI_BORROWED = _words("selam salam kun")
TI_FRAME = _words(
    "ab nay kab nab mis msi do entay intay meas mease measey abey kndey kindey kendey slemntay iyu eyu diyu",
    "ezi izi eti iti ane nsika nsiki nsikum nhna nihna nisu nsu nisa nsa kulu kulom gn gin hji hiji lomi",
    "tsbah timali tmali ksab kisab dhri dihri dehri dhiri qdmi kdmi qedmi kedmi bzaeba kem kemzi kemu",
    "ytehasab yihasab tehasibu yjemr yijemr yjemir jemiru terifuni terifu tarifuni kinfrm kinferm",
    "mlseley mlsuley melseley melsuley xhafeley tsihafeley tsehafeley tsahfeley tsihafuley",
    "yehaysheni yhaysheni yirkeb yrkeb yrekeb ykhel yikhel ykel yikel gdin gdi bkemey alo aloni aleni",
    "senuy selus rebue hamus arbi kidame senbet eye iye eya",
)

# Dutch courtesy words and phrases ("ja", "nee", "doei", "dank je wel"): one unit each, however often.
_DUTCH_COURTESY_PHRASES = re.compile(
    r"\b(?:nee\s+)?dank\s+(?:je|u|jullie)(?:\s+wel)?\b|\btot\s+(?:z|s)iens\b|\btot\s+straks\b"
)
DUTCH_COURTESY = _words("ja jaa jaaa jawel nee neen neej doei doeii doeg daag dag hoi hallo dank dankje",
                        "dankjewel dankuwel bedankt oke oké okee prima goed")
# Forms of address and greetings only a Dutch writer uses: the message is Dutch-framed.
DUTCH_ADDRESS = _words("meneer mevrouw mnr mvr dhr mevr allemaal goedemorgen goedemiddag goedenavond",
                       "goeiemorgen goeiemiddag goeienavond goedendag goeiedag")
# Language names: a message naming one asks for a language; the existing rules decide.
LANGUAGE_NAMES = re.compile(
    r"nederlands|holand|holland|hulandi|dutch|arabi|3arabi|arabisch|engli[sz]|engels|tigrinya|tigrigna"
    r"|tigrin|tgrinya|arebigna|arabigna"
)
# "ma3 salama" is one goodbye; "thank you" is as neutral as "thanks".
_PHRASES = ((re.compile(r"\bma3a?\s+(?:el\s+|al\s+)?salam[ae]\b"), " ma3salama "),
            (re.compile(r"\bthank\s+(?:you|u)\b"), " thanks "))
_NEUTRAL = _words("ok oke okay okey merci thanks thx bye byebye ciao chaw chao ciaw tschau sorry please plz",
                  "pls hi hey x xx")


_ARTICLES = frozenset(("el", "il"))
_KNOWN = AR_SOCIAL | AR_FRAME | TI_SOCIAL | TI_FRAME


def _is_term(word: str) -> bool:
    if word in DUTCH_TERMS or word in _MORE_TERMS:
        return True
    # Glued article or preposition: "elgemeente", "bgemeente", "ngemeente", "abmap", "bel-map".
    for term in DUTCH_TERMS | _MORE_TERMS:
        if len(term) >= 3 and word.endswith(term) and word[: -len(term)].rstrip("-") in (
            "el", "il", "al", "bel", "bil", "fil", "b", "n", "ab", "nab", "kab", "l", "lal", "lil",
        ):
            return True
    return False


def reading(text: str) -> str | None:
    """'ar' or 'ti' for a Latin-script message that `nlu.latin` left undecided, by the kinds above;
    KEEP for greetings of both sides ("yekenyelkum, dank jullie wel"); None: the rules before decide."""
    lowered = text.lower()
    if LANGUAGE_NAMES.search(lowered):
        return None
    courtesy_units = len({match.group(0).split()[0] for match in _DUTCH_COURTESY_PHRASES.finditer(lowered)})
    lowered = _DUTCH_COURTESY_PHRASES.sub(" ", lowered)
    for phrase, replacement in _PHRASES:
        lowered = phrase.sub(replacement, lowered)
    words = [word.strip("'").replace("'", "") if word.strip("'").replace("'", "") in _KNOWN else word.strip("'")
             for word in _TOKEN.findall(lowered)]
    words = [word for word in words if word]
    if not words and not courtesy_units:
        return None
    # Acronyms typed in capitals (PVT, MAP, ONA) are Dutch terms; a message all in capitals has none.
    capitals = set() if text.isupper() else {
        word.lower() for word in re.findall(r"[A-Za-z]+", text) if len(word) >= 2 and word.isupper()
    }
    score = {ARABIC: 0.0, TIGRINYA: 0.0}
    own = {ARABIC: 0.0, TIGRINYA: 0.0}  # evidence from words Dutch speakers do not borrow
    social_only = True
    framed = {ARABIC: 0.0, TIGRINYA: 0.0}  # from words that are not greetings, courtesy or articles
    seen: dict[str, set[str]] = {ARABIC: set(), TIGRINYA: set()}
    dutch = other = 0.0
    courtesy = set()
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        before_term = following in ("el", "il") or _is_term(following) or following in capitals
        if word in _NEUTRAL or word.isdigit():
            continue
        if word in DUTCH_ADDRESS:
            return None
        if word in DUTCH_COURTESY:
            courtesy.add(word)
            continue
        if word in AR_ARTICLE_BEFORE and before_term:
            social_only = False
            if word not in ("bel", "men", "wa", "w"):
                score[ARABIC] += 1.0
                own[ARABIC] += 1.0
            continue
        if _is_term(word) or word in capitals:
            social_only = False
            continue
        ar_social, ti_social = word in AR_SOCIAL, word in TI_SOCIAL
        if ar_social or ti_social:
            if ar_social and not ti_social:
                score[ARABIC] += 1.0
                own[ARABIC] += 0.0 if word in AR_BORROWED else 1.0
            elif ti_social and not ar_social:
                score[TIGRINYA] += 1.0
                own[TIGRINYA] += 0.0 if word in TI_BORROWED else 1.0
            for language, social in ((ARABIC, ar_social), (TIGRINYA, ti_social)):
                if social:
                    seen[language].add(word)
            continue
        if word in AR_FRAME or word in TI_FRAME:
            social_only = False
            for language, frame in ((ARABIC, AR_FRAME), (TIGRINYA, TI_FRAME)):
                if word in frame:
                    score[language] += 1.0
                    own[language] += 1.0
                    seen[language].add(word)
                    if word not in _ARTICLES:
                        framed[language] += 1.0
            continue
        votes = language_scores(word)
        if votes["other"]:
            other += 1
            continue
        if not any(votes[key] for key in (ARABIC, TIGRINYA, "nl", "either")):
            continue  # a name or a word no list knows: no evidence
        social_only = False
        if votes["nl"]:
            dutch += votes["nl"]
            continue
        for language in (ARABIC, TIGRINYA):
            score[language] += votes[language]
            own[language] += votes[language]
            framed[language] += votes[language]
            if votes[language]:
                seen[language].add(word)
        best_either = votes["either"]
        if best_either:
            score[ARABIC] += best_either / 2
            score[TIGRINYA] += best_either / 2
    if other:
        return None
    ar, ti = score[ARABIC], score[TIGRINYA]
    if ar == ti:
        return None
    best, second = (ARABIC, TIGRINYA) if ar > ti else (TIGRINYA, ARABIC)
    top = score[best]
    if top < 2 * score[second]:
        return None
    units = len(courtesy) + courtesy_units
    if social_only:
        # Greetings, thanks, yes/no, goodbyes alone: their language.
        if not units and not dutch:
            return best if top >= 1.0 else None
        # With a Dutch courtesy word ("aiwa, ja", "yekenyelkum, bedankt") the message is written by
        # Arabic or Tigrinya writers and by learners of Dutch alike: the chat's language decides
        # (a reply in Dutch to a Tigrinya writer was the worst outcome), unless only words Dutch
        # speakers borrow ("ja shukran") stand against it.
        return KEEP if own[best] >= 1.0 else None
    # A frame of Arabizi or Tigrinya words (not only greetings) around Dutch terms, with at most
    # a Dutch courtesy word or two that it outweighs ("nee, mo hada", "hji aykonen, nee dank je").
    # "el" alone is Spanish as often ("mi cita es el lunes"): the frame needs another word.
    if framed[best] < 1.0:
        return None
    if not dutch and not units:
        # One short word ("la", "di") is no frame; two words or a clearly Arabizi/Tigrinya one are.
        return best if own[best] >= 1.0 and (len(seen[best]) >= 2 or framed[best] >= 1.5) else None
    if own[best] >= 1.5 and own[best] > 1.5 * dutch and own[best] >= units + dutch:
        return best
    return None

"""Which language is a message written in? Script first, then words.

Arabic script means Arabic and Ge'ez script means Tigrinya, whatever Dutch
terms (PVT, MAP, DUO) are mixed in. Latin script is Arabic when it is Arabizi
("shu ya3ni PVT") and Tigrinya when it is Tigrinya typed by sound ("MAP entay
iyu"), see `nlu.latin`; it is Dutch only when it looks Dutch; anything else is
unknown so the caller can keep the chat's language or ask the user to choose
with /taal.
"""

from __future__ import annotations

import re
import unicodedata

from inburgering.text.latin_cues import KEEP as _KEEP
from inburgering.text.latin_cues import reading as _cue_reading
from nlu.latin import language_from_scores, language_scores, latin_language

UNKNOWN = "unknown"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Frequent Dutch function words and the domain words users type; enough to
# tell Dutch (also learner Dutch) from English, French or German.
_DUTCH_WORDS = frozenset(
    """
    ik je jij u wij we zij ze hij mijn jouw uw de het een en of niet wel geen is ben bent zijn
    heb heeft hebben kan kun kunt mag moet wil wat waar wanneer wie hoe hoeveel waarom welke
    met van voor naar op in bij om aan uit ook nog maar dan als dat dit die er hier daar
    goed dag hallo hoi doei dank bedankt alsjeblieft alstublieft graag ja nee morgen vandaag
    afspraak afspraken gemeente inburgering regisseur uitkering brief huur betalen geld
    cursus les taal komen gaan weet niks niets klaar wanneer welkom hulp help vraag
    pvt map ontzorgen participatieverklaring verklaring leerroute toeslag duo
    meneer mevrouw allemaal goedemorgen goedemiddag goedenavond goeiemorgen goeiemiddag goeienavond
    goedendag goeiedag goedemidag goeiemorge goede goeie middag avond fijne jazeker klopt klop daag
    doeii bedank hartelijk jep jup
    """.split()
)
_NOT_DUTCH_WORDS = frozenset(
    """
    the and you your what when where is are my i me please thanks hello hi
    le la les et est vous je suis der die das und ist nicht ich bin
    """.split()
)


# The Dutch words above that are the domain's terms: an Arabic or Tigrinya sentence around them is still Arabic or
# Tigrinya ("ምስ regisseur ዘለኒ afspraak ኣበይ እዩ?"); only the other Dutch words show a Dutch sentence.
_DUTCH_TERMS = frozenset(
    """
    pvt map ontzorgen participatieverklaring verklaring leerroute toeslag duo afspraak afspraken gemeente
    inburgering regisseur uitkering brief huur geld cursus les taal
    """.split()
)


def script_of(text: str) -> str | None:
    """The dominant writing system of the letters in ``text``: arabic, ethiopic, latin, other."""
    counts = _letter_counts(text)
    # Non-Latin letters win over Latin ones: Dutch terms inside an Arabic or
    # Tigrinya sentence must not flip the language.
    for script in ("arabic", "ethiopic"):
        if counts[script] >= max(1, counts["latin"] // 4):
            return script
    if counts["other"] > counts["latin"]:
        return "other"
    return "latin" if counts["latin"] else None


def _letter_counts(text: str) -> dict[str, int]:
    counts = {"arabic": 0, "ethiopic": 0, "latin": 0, "other": 0}
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("ARABIC"):
            counts["arabic"] += 1
        elif name.startswith("ETHIOPIC"):
            counts["ethiopic"] += 1
        elif name.startswith("LATIN"):
            counts["latin"] += 1
        else:
            counts["other"] += 1
    return counts


def _dutch_around_native_terms(text: str) -> bool:
    """A Dutch sentence with a word or two in Arabic or Ge'ez script: "Moet ik betalen voor de بي في تي?",
    "wanneer mijn afspraak موعد", "Waar is mijn ኣፖይንትመንት morgen?" (NLU b32, round 42).

    The writer wrote Dutch, so the reply is Dutch. It needs at most three words in Arabic or Ge'ez script, more
    words in Latin letters, and at least two Dutch words that are not the domain's terms among them; a sentence
    whose own words are Arabic or Tigrinya ("وين بدي روح على afspraak مع de regisseur") or Arabizi or Latin
    Tigrinya around the term keeps the native script's language.
    """
    native = [word for word in text.split() if script_of(word) in ("arabic", "ethiopic")]
    latin = [word for word in text.split() if script_of(word) in ("latin", None)]
    if not native or len(native) > 3 or len(latin) <= len(native):
        return False
    rest = " ".join(latin)
    if latin_language(rest) in ("ar", "ti"):
        return False
    words = [word.lower() for word in _WORD.findall(rest)]
    dutch = sum(word in _DUTCH_WORDS and word not in _DUTCH_TERMS for word in words)
    other = sum(word in _NOT_DUTCH_WORDS and word not in _DUTCH_WORDS for word in words)
    return dutch >= 2 and dutch > other


def is_latin_script(text: str) -> bool:
    """Whether the message is written in Latin letters (Dutch, Arabizi, Latin-script Tigrinya, ...).

    The bot answers Arabizi in Arabic script and Latin-script Tigrinya in Ge'ez:
    people who type in Latin letters because their phone lacks the keyboard
    usually read their own script.
    """
    return script_of(text) == "latin"


def own_script_language(text: str) -> str | None:
    """'ar' or 'ti' when the message shows its language by its own script: Arabic or Ge'ez letters,
    or recognised Arabizi / Latin-script Tigrinya. None otherwise (Dutch, unclear Latin text).

    Such a message is answered in its language even after the user chose another with /taal;
    for Latin text that is not clearly Arabizi or Tigrinya, the choice made with /taal decides.
    It is the strict reading of `detect_language` (which says the same language whenever this one
    says 'ar' or 'ti'): a greeting or thanks alone ("shukran", "selam") or a few function words
    around Dutch terms give their language in `detect_language` but do not override /taal.
    """
    script = script_of(text)
    if script in ("arabic", "ethiopic") and _dutch_around_native_terms(text):
        return None
    if script == "arabic":
        return "ar"
    if script == "ethiopic":
        return "ti"
    if script == "latin":
        latin = latin_language(text)
        return latin if latin in ("ar", "ti") else None
    return None


def detect_language(text: str) -> str | None:
    """'nl', 'ar', 'ti'; UNKNOWN for a language we do not serve; None when the text does not tell.

    Arabizi gives 'ar' and Latin-script Tigrinya 'ti'; Dutch terms inside them
    (PVT, MAP, gemeente, afspraak) do not make them Dutch, nor does a Dutch "ja" or "nee" next to
    them. Their greetings and thanks alone ("mar7aba", "yekenyeley") give their language too.
    """
    script = script_of(text)
    if script in ("arabic", "ethiopic") and _dutch_around_native_terms(text):
        return "nl"
    if script == "arabic":
        return "ar"
    if script == "ethiopic":
        # Amharic also uses Ge'ez script; the users we serve write Tigrinya.
        return "ti"
    if script == "other":
        return UNKNOWN
    if script != "latin":
        return None
    scores = language_scores(text)
    latin = language_from_scores(scores)
    if latin in ("ar", "ti"):
        return latin
    # Greetings, thanks and yes/no in Arabizi or Latin Tigrinya, and their function words around
    # Dutch terms or a Dutch courtesy word ("shu hiye el PVT", "ja, bas mish hal2"): see latin_cues.
    # Their greetings mixed with a Dutch one ("aiwa, ja") keep the chat's language.
    cue = _cue_reading(text)
    if cue == _KEEP:
        return None
    if cue is not None:
        return cue
    words = [word.lower() for word in _WORD.findall(text)]
    dutch = sum(word in _DUTCH_WORDS for word in words)
    other = sum(word in _NOT_DUTCH_WORDS and word not in _DUTCH_WORDS for word in words)
    if dutch and dutch >= other:
        return "nl"
    leaning = _leaning(scores)
    if leaning is not None:
        return leaning
    # A few English/French/German words: clearly not Dutch. One unknown word
    # ("ok", a name) says nothing; the chat keeps its language.
    if other >= 2 or (len(words) >= 4 and not dutch):
        return UNKNOWN
    return None


def _leaning(scores: dict[str, float]) -> str | None:
    """The language the Latin-script evidence leans to when it was too weak for `latin_language`.

    Only asked once the Dutch word list has not decided. Arabizi or Tigrinya words that outweigh
    everything else ("kif b3abbi formulier el belasting", "la la ma baddi") and learner Dutch the
    word list does not know ("tot ziens volgend keer") are answered in their language instead of
    "I do not know this language"; a text with no such evidence stays unknown.
    """
    ar, ti, nl, other = scores["ar"], scores["ti"], scores["nl"], scores["other"]
    if ar != ti:
        best, top, second = ("ar", ar, ti) if ar > ti else ("ti", ti, ar)
        top += scores["either"]
        if top >= 1.0 and top > nl and top > second and top > other:
            return best
    # Dutch by likeness (the lexicon also scores "morning" as "morgen"): only without any English,
    # French or German word.
    if nl >= 2.0 and nl > max(ar, ti) and not other:
        return "nl"
    return None

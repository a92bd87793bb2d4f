"""Words that need a person: crisis messages (answered with emergency numbers at once) and
sensitive subjects (a fine, debts, a complaint) that go to the regisseur.

(Why ~1 300 lines: most of it is the pattern tables of three languages and their idioms, which read
best next to the few functions that use them; the code itself is about 200 lines.)

Crisis detection has two nets, both pure Python + scikit-learn (no Rasa: it runs in the bot,
before Rasa and when Rasa is down):

1. **Patterns** on a matching view of the text (``matching_view``): ``nlu.text.normalise``, then
   invisible characters and soft hyphens dropped, accents and Arabic diacritics dropped, punctuation
   inside a word dropped ("zelf-moord", "l.e.v.e.n"), spaced-out letters joined ("Z E L F M O O R D"),
   doubled Latin letters squeezed ("doooood", "dod" and "dood" meet) and a few Ge'ez spelling
   variants folded (patterns are folded the same way). Phrasings that only sound alarming ("ik ga
   dood van het lachen", "موت من الضحك", "ብሰሓቕ ሞይተ", a thing, task or feeling that "kills" or
   "hits" you, a teacher who "will kill me", hyperbole in the past tense) are cut out first.
   Patterns allow inflections, word order and a few words in between. Besides phrase patterns
   there are meaning-level rules: two things in one message (a means and an intent, a family
   member and a violent act, a child and an injury, honour and punishment, marriage and force),
   and clause rules for what is only a signal without an object ("ik wil niet meer, alles is
   zwart"). A hit is a ``crisis``, a weaker pattern an ``uncertain``.
2. **A classifier**: TF-IDF character n-grams (2-5) next to word uni- and bigrams, logistic
   regression, trained on the crisis phrasings in ``inburgering/text/crisis/**/*.yml`` with every NLU
   example in ``nlu/**/*.yml`` and the alarming-sounding idioms and ordinary statements of those
   files as negatives. It is trained on first use (under a second) and kept; nothing happens at
   import. A high probability is a ``crisis``, a middle band ``uncertain``.

``crisis_level`` is the API; ``is_crisis`` is true only for ``crisis``. The first call trains the
classifier (about 1-2 s with the scikit-learn import); ``warm_up()`` does it ahead, e.g. in a
thread at bot start. After that a message takes about 1 ms, a 4096-character one a few tens of ms.
A message in Arabizi or Latin-script Tigrinya is read twice: as typed, and written in Arabic /
Ge'ez script by ``nlu.latin`` (``native_script``), where most patterns and phrasings are. A message
with a whole sentence in spaced-out letters ("i k w i l n i e t m e e r l e v e n"), which the view
joins into one "word", is also read split into the words the training data knows (round 21).

The held-out phrasings in ``tests/inburgering/text/crisis/`` measure both nets and are never trained on.
On the sealed batch 16 (written before round 15, measured once after it) crisis + uncertain catch
nl 1.00, ar 0.88, ti 0.88 (Latin script 0.77), and 15 of 97 idioms raise an alarm (mostly the gentle
question); see tests/inburgering/text/test_sensitive.py. Round 16 read the misses and false alarms of
batches 8-16 and added rules, idioms and training phrasings of their kinds (crisis/round16/), so
its figures on them (nl 0.998, ar 1.00, ti 0.99; 1 of 754 idioms; 0.5% of ordinary messages get the
gentle question) are development figures; how it generalises shows only on a batch written after.
Batch 17 (written before round 16, measured once after it: nl 0.87, ar 0.91, ti 0.82, 13 of 113
idioms alarmed, 8 with the emergency answer) missed mostly a kind the rules did not know, acute
danger to life where 112 is the answer (someone who does not respond or breathe, gas with symptoms,
fire with someone inside, chest pain, a seizure, a child who drank a cleaner), and its emergency
answers to idioms were jokes ("he'll kill me if I drink his coffee 😂") and things that "kill".
Round 17 added, by kind: context cues (a game, sport, film, cooking, a laugh) next to which neither
net gives the emergency answer, threats "if I forget the bread" as idioms (a conditional threat that
is not about leaving, telling or the police needs another signal for the emergency answer), idioms of
those kinds, acute-danger rules and training phrasings (crisis/round17/). A first pass tuned on batches 8-16 only (the context cues) left batch 17 unchanged;
after reading batch 17 all of batches 8-17 are caught with 0 idiom alarms (development figures).
Batch 18 (written before round 17, measured once after it: nl 0.93, ar 0.86, ti 0.86, 18 of 125 idioms
alarmed, 3 with the emergency answer, all poison bought "for the mice") missed kinds the rules did not
know (bleeding that does not stop, locked in a room, papers held by a boss, a collapse with shaking,
chest pain with a numb arm, polite Tigrinya forms, Arabizi and Latin-script Tigrinya of known kinds).
Round 18 added rules, idioms and training phrasings of those kinds (crisis/round18/); batches 1-18 are
all caught with 0 idiom alarms (development figures).

The Arabic (standard, Levantine, Arabizi) and Tigrinya (Ge'ez and Latin) patterns and phrasings
were written by non-native speakers and need a native review, like the catalogs.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import math
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from inburgering.text.pattern_scripts import needed_scripts, scripts_in
from nlu.text import normalise

# --------------------------------------------------------------------------------------------
# Levels and thresholds


class CrisisLevel(enum.Enum):
    """How sure we are that a message is about suicide, self-harm or violence at home."""

    none = "none"
    uncertain = "uncertain"  # ask gently whether the person is safe, give 113/112, tell the regisseur
    crisis = "crisis"  # 112/113 at once, tell the regisseur


# Classifier probabilities. First chosen by 5-fold cross-validation on the training data; set again
# (third round, with word n-grams) on the tuning batches 1-7 and tests/nlu, never on batches 8-11.
# Round 13 (1 110 more training phrasings in crisis/more/, Latin-script messages also read in
# Arabic / Ge'ez script): the uncertain threshold set on batch 13 and the idioms of batches 1-13 to
# 0.55, the lowest value with at most 1% of the 2 120 ordinary messages uncertain (0.50: 1.08%).
# A gentle "are you safe?" is cheap, a missed crisis is not. A crisis from the classifier alone
# needs 0.95, so that weariness of life without a plan ("تعبت من الحياة") gets the gentle question,
# like its pattern says.
# Round 16 (batches 8-16 are development data; rules for their missed kinds now carry most of the
# recall): regularisation 3e-5 -> 1.5e-5 (a little better than 3e-5 at every threshold; 1e-4 and
# 3e-4, no class weights and character 1-4-grams were worse) and the uncertain threshold 0.55 ->
# 0.60, measured over batches 8-16 and the 2 622 ordinary messages when it was set (before the last
# idiom rules): at 0.55 recall nl/ar/ti 0.998/0.996/0.983, 29 of 754 idioms and 21 ordinary messages
# (0.80%) got the gentle question; at 0.60 0.991/0.990/0.973, 23 and 16 (0.61%); at 0.65
# 0.979/0.978/0.954, 18 and 10. 0.60 keeps more of what the classifier adds beyond the rules (half of
# the Latin-script phrasings); final figures in tests/inburgering/text/test_sensitive.py.
CRISIS_PROBABILITY = 0.95
UNCERTAIN_PROBABILITY = 0.60
# Shorter messages are left to the patterns unless the classifier is near certain (then only the
# gentle question): in three words it sees little more than "I ... am" ("ኣነ ዳዊት እየ", I am Dawit:
# 0.86), which its crisis phrasings share, or a goodbye with an emoji ("sorry mama 🖤": 0.99).
CLASSIFIER_MIN_WORDS = 4

CRISIS_DATA_DIR = Path(__file__).resolve().parent / "crisis"
NLU_DATA_DIR = Path(__file__).resolve().parents[2] / "nlu"
# The classifier's training texts in the matching view, idioms cut out, kept between starts (round 23).
VIEW_CACHE_DIR = Path(__file__).resolve().parents[2] / "var" / "cache"

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# The matching view

# Soft hyphen, zero-width and joiner characters, word joiner, BOM, Mongolian vowel separator,
# combining grapheme joiner, tatweel, bidi marks: invisible, or used to split a word.
_INVISIBLE = re.compile("[\u00ad\u034f\u0640\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff]")
# Persian/Urdu keyboard letters that stand for Arabic ones.
_ARABIC_VARIANTS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a", "\u06c1": "\u0647"})


def _geez_fold() -> dict[int, int]:
    """Ge'ez letters Tigrinya writers use interchangeably, folded to one series."""
    fold: dict[int, int] = {}
    for source, target in ((0x1220, 0x1230), (0x1340, 0x1338), (0x1280, 0x1210)):  # ሠ→ሰ, ፀ→ጸ, ኀ→ሐ
        for order in range(7):
            fold[source + order] = target + order
    fold[0x12D0] = 0x12D3  # ዐ → ዓ
    fold[0x12A0] = 0x12A3  # አ → ኣ
    return fold


_GEEZ_FOLD = _geez_fold()
# Punctuation between two letters is dropped ("zelf-moord", "ان.تحار", "seb'ayey"); elsewhere it
# separates words. Digits stay: Arabizi writes sounds with them ("7ali", "e2tol").
_INNER_PUNCTUATION = re.compile(r"(?<=[^\W_])[-‐‑–'’`´*_·•|/\\~^+]+(?=[^\W_])")
# Letters spelled out with dots or other marks: "l.e.v.e.n", "d-o-o-d" (a dot between two words is
# a missing space after a sentence, so only single letters are joined).
# Three or more words of two letters or more joined by hyphens ("ik-wil-niet-meer", "ما-بدي-ضل-عايشة"):
# words written together, not one word split up like "zelf-moord" (round 16).
_HYPHENATED_WORDS = re.compile(r"(?<![^\W_])[^\W_]{2,}(?:-[^\W_]{2,}){2,}(?![^\W_])")
_DOTTED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W_][.\-*_·•]){2,}[^\W_](?![^\W_])")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_WHITESPACE = re.compile(r"\s+")
# Three or more single letters in a row separated by spaces: "z e l f m o o r d", "ا ن ت ح ا ر".
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_LATIN_DOUBLE = re.compile(r"([a-z])\1+")
# No word is longer than 40 characters; a longer "word" is noise (or letters joined above) and is
# cut, so that no message can make the patterns slow.
_OVERLONG_WORD = re.compile(r"(\S{40})\S+")


# Emoji that carry the meaning of a goodbye or a means ("sorry mama 🖤", "💊💊💊 allemaal op") become
# words the classifier can learn; every other emoji is dropped with the punctuation. (Round 14.)
_EMOJI_WORDS = str.maketrans({
    "\U0001F5A4": " emojiblackheart ", "\U0001F940": " emojiwiltedflower ", "\U0001F48A": " emojipil ",
    "\U0001F52A": " emojiknife ", "\U0001FAA2": " emojirope ", "\u26B0": " emojicofin ",
    "\U0001FA78": " emojiblod ", "\U0001F52B": " emojigun ",
    # laughing faces (round 17): also a joke cue, see _JOKE
    "\U0001F602": " emojilaugh ", "\U0001F923": " emojilaugh ", "\U0001F605": " emojilaugh ",
    "\U0001F606": " emojilaugh ", "\U0001F604": " emojilaugh ", "\U0001F601": " emojilaugh ",
    "\U0001F61C": " emojilaugh ", "\U0001F61D": " emojilaugh ", "\U0001F92A": " emojilaugh ",
})


def matching_view(text: str) -> str:
    """The spelling both nets see: normalised, de-obfuscated, doubled Latin letters squeezed."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_EMOJI_WORDS)
    text = normalise(text.translate(_ARABIC_VARIANTS))
    # Accents ("suïcide", "beëindigen") and any diacritics normalise kept.
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = unicodedata.normalize("NFC", text).translate(_GEEZ_FOLD)
    text = _DOTTED_LETTERS.sub(lambda m: re.sub(r"[^\w]|_", "", m.group(0)), text)
    text = _HYPHENATED_WORDS.sub(lambda m: m.group(0).replace("-", " "), text)
    text = _INNER_PUNCTUATION.sub("", text)
    text = _WHITESPACE.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _OVERLONG_WORD.sub(r"\1", _LATIN_DOUBLE.sub(r"\1", text))


# --------------------------------------------------------------------------------------------
# Patterns. Written in ordinary spelling; doubled Latin letters are squeezed when compiled, like
# the view. "{g}" is a gap of up to three words (also none, for joined-up spaced letters).

_GAP = r"\s*(?:\S+\s+){0,3}?"
# A doubled letter in a pattern, not an escape such as the "\b" of "\bbang".
_PATTERN_DOUBLE = re.compile(r"(?<!\\)([a-z])\1+")


# Unbounded runs inside a word backtrack quadratically on one very long "word" (4096 characters
# without a space took 20 s); no word of these languages is longer than 30 characters.
_BOUNDED = ((r"\S*", r"\S{0,30}"), (r"\w*", r"\w{0,30}"), (r"\S+", r"\S{1,30}"), (r"\w+", r"\w{1,30}"))


# Patterns are written in ordinary spelling; fold them like the view (Ge'ez series, Arabic letter
# variants that ``normalise`` unifies), so that "ገዚአ" in a pattern meets "ገዚኣ" in the view.
_PATTERN_FOLD = {**_GEEZ_FOLD, **str.maketrans({"\u0629": "\u0647", "\u0623": "\u0627", "\u0625": "\u0627",
                                                "\u0622": "\u0627", "\u0649": "\u064a", "\u0624": "\u0648",
                                                "\u0626": "\u064a"})}


class _ByScript:
    """Patterns compiled one by one, each tried only on texts that hold the scripts it needs
    (:mod:`inburgering.text.pattern_scripts`): a Dutch message skips the Arabic and Ge'ez patterns.
    The patterns for each combination of scripts are kept in their given order."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(_compile([p]) for p in patterns)
        self._needed = tuple(needed_scripts(p) for p in self.patterns)
        self._for: dict[frozenset[str], tuple[re.Pattern[str], ...]] = {}

    def for_text(self, text: str) -> tuple[re.Pattern[str], ...]:
        present = scripts_in(text)
        found = self._for.get(present)
        if found is None:  # at most 8 combinations; a race only builds the same tuple twice
            found = tuple(p for p, needed in zip(self.patterns, self._needed) if needed <= present)
            self._for[present] = found
        return found


class _AnyOf(_ByScript):
    """Patterns compiled one by one and tried in turn: one alternation of ~300 patterns was ten
    times slower on a 4096-character message (360 ms against 35 ms), because each pattern keeps
    its own literal-prefix search only when compiled alone."""

    def search(self, text: str) -> re.Match[str] | None:
        for pattern in self.for_text(text):
            match = pattern.search(text)
            if match:
                return match
        return None


class _EachOf(_ByScript):
    """Idiom patterns compiled one by one and cut out in turn, in the order given: one alternation
    of all ~250 idioms cost 0.7 ms per message, one pattern after the other 0.15 ms (round 16).
    (The scripts are those of the text before the first cut: a cut only takes characters away.)"""

    def sub(self, replacement: str, text: str) -> str:
        for pattern in self.for_text(text):
            text = pattern.sub(replacement, text)
        return text


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    sources = [_PATTERN_DOUBLE.sub(r"\1", p.translate(_PATTERN_FOLD)).replace("{g}", _GAP) for p in patterns]
    for unbounded, bounded in _BOUNDED:
        sources = [source.replace(unbounded, bounded) for source in sources]
    return re.compile("|".join(f"(?:{s})" for s in sources))


# Phrasings that only sound alarming; cut out of the view before both nets look at it.
_IDIOMS_NL = (
    r"\b(dood|kapot|sterf|sterven|sterft|stierf|verga|vergaan)\s+(neer\s+|bijna\s+|haast\s+)?(van|om)\s+(het\s+|de\s+)?"
    r"(lachen|honger|dorst|kou|hitte|warmte|verveling|schaamte|slaap|zenuwen|spanning|moeheid|vermoeidheid|stress|schrik|"
    r"heimwee|verlangen|nieuwsgierigheid|ongerustheid|zorgen)\b",
    r"\b(me|mij|mezelf|mijzelf)\s+(dood|kapot|suf|rot|ziek)\s*(lachen|schamen|vervelen|werken|schrikken|lach|schaam|verveel|werk|schrik|schrok)\w*",
    r"\b(lach|schaam|verveel|werk|schrik|schrok|lachte|schaamde)\s+(me|mij)\s+(\w+\s+)?(dood|kapot|rot|suf)\b",
    r"\b(tijd|uren|middag|avond)\s+(ge)?dood\w*", r"\bdood\w*\s+(de\s+)?tijd\b",
    r"\b(telefoon|batterij|accu|mobiel|plant|bloemen|laptop|computer|auto|lijn)\w*\s+(is\s+|was\s+)?(helemaal\s+|bijna\s+|echt\s+)?dood\b",
    r"\bdood\s+in\s+de\s+pot\b",
    r"\bslaa?t\s+(de\s+spijker|nergens\s+op|alarm|ernaast)\b", r"\bslaa?t\s+(?!(mij|me|ons)\b)(\S+\s+){1,3}over\b",
    r"\b(klok|wekker|bel)\s+slaa?t\b",
    r"\b(be)?dreig\w*\s+(\S+\s+){0,4}?(met\s+)?(een\s+)?(boete|korting|sanctie|uitzetting|stopzetten|stoppen|intrekken)\b",
    r"\b(wordt|is|was|werd)\s+(nog\s+)?(eens\s+|een\s+keer\s+)?(mijn|m[ij]n)\s+(dood|einde|ondergang)\b",
    r"\bkan\s+(\S+\s+){1,3}wel\s+(vermoorden|wurgen|slaan|doodslaan)\b",
    r"\b(me|mij)\s+(helemaal\s+)?afgemaakt\b", r"\bmaakt\s+(me|mij)\s+(\S+\s+)?af\b",
    r"\b(?!(ik|jij|je|hij|zij|ze|we|wij|u|sla|slaat|sloeg|schop\w*|trap\w*|maak\w*|steek\w*|schiet\w*|wurg\w*|wil|wou|ga|zal|moet)\b)\w+\s+(me|mij)\s+(\w+\s+)?(dood|kapot|rot|suf|een\s+ongeluk)\b(?!\s+(maken|maak|gaan|te)\b)",
    r"\b(sloeg|slaat)\s+(me|mij)\s+(\S+\s+)?(plat|stil)\b",
    r"\b(sloeg|slaat|slaan|sla)\s+(een|de)\s+(flater|modderfiguur|mal\s+figuur|brug|slag)\b",
    # a thing, a task or a feeling (not a person) that "kills", "hits", "strangles" you
    r"\b(de|die|deze|dat|dit|het|mijn)?\s*(hitte|warmte|kou|honger|dorst|slaap|deadline|examen|toets|bureaucratie|"
    r"formulier\w*|rij|wachtrij|wachttijd|stress|heimwee|verveling|muziek|lawaai|herrie|griep|verkoudheid|hoofdpijn|"
    r"papierwinkel|regels|grammatica|cursus|les|huiswerk|rekening|belasting\w*|file|drukte)\s+(\S+\s+)?"
    r"(vermoord\w*|slaat|sloeg|sloopt|sloopte|wurgt|brandt|snijdt|killt|nekt|doodt|maakt\s+(me|mij)\s+(\S+\s+)?af)\b",
    r"\bde\s+zon\s+(\S+\s+)?(brandt|slaat|sloeg|sloopt|vermoord\w*|killt)\b",  # not "zon": "zoon" squeezed
    # a teacher or a boss "will kill me": hyperbole
    r"\b(docent|docente|leraar|lerares|juf|meester|baas|chef|coach|mentor)\b\s*(\S+\s+){0,3}?(vermoord\w*|doodmaak\w*|dood\s+maakt|afmaak\w*|wurg\w*)(\s+(me|mij))?",
    r"\b(me|mij)\s+(\S+\s+)?(dood|rot|suf|kapot|lam|ziek|gek|lens)\s*ge\w+",
    # small accidents in the kitchen or bathroom
    r"\b(gesneden|sneed|snij|gebrand|brandde|verbrand|verbrandde)\b(\s+\S+){0,4}?\s+(bij|tijdens|met)\s+(het\s+)?(scheren|koken|snijden|bakken|klussen|schoonmaken|strijken|broodmes|aardappelmesje)\b",
    r"\b(loop|liep|werk|werkte|praat|zoek|zocht)\s+(me|mij)\s+(de\s+benen|het\s+vuur|een\s+breuk|te\s+pletter)\b",
    # a thing broke or went wrong, "I am going to die": hyperbole
    r"\b(kapot|stuk|gecrasht|crasht|vastgelopen|vergeten|kwijt|verloren|leeg|mis|gezakt)\b\s*(\S+\s+){0,3}?ik\s+ga\s+(echt\s+)?dood\b",
    # "I'll die if I miss / forget / fail it": hyperbole about a deadline or an exam (round 14)
    r"\bik\s+ga\s+(echt\s+)?dood\s+als\s+ik\s+(\S+\s+){0,6}?(mis|vergeet|zak|kwijtraak|te\s+laat\s+ben)\b",
    # a task that "is going to kill me", a death in a video game (round 14)
    r"\b(examen|toets|les|huiswerk|deadline|formulier\w*|stage|cursus|werk|trap|trappen|hitte|rij)\s+(\S+\s+){0,2}?"
    r"(gaat|gaan)\s+(me|mij)\s+(nog\s+)?(echt\s+)?(vermoorden|doden|afmaken|slopen)\b",
    r"\b(vermoord|gedood|afgemaakt|neergeschoten|doodgeschoten|afgeknald)\w*\s+(\S+\s+){0,3}?in\s+(minecraft|fortnite|pubg|"
    r"roblox|gta|fifa|call\s+of\s+duty|het\s+spel|de\s+game|het\s+spelletje)\b",
    # cold, tiredness, boredom "to death" (round 13)
    r"\b(vries|vriest|vroor|bevries|bevroor|verveel|verveelde)\w*\s+(me\s+|mij\s+)?(bijna\s+|haast\s+)?dood\b",
    r"\bdodelijk\s+(vermoeiend|saai|moe|druk|heet|warm|koud|eng|lang|vervelend|stil)\b",
    r"\b(door\s+de\s+grond|in\s+de\s+grond|onder\s+de\s+grond)\s+(willen\s+|wil\s+|kunnen\s+|kan\s+)?(zakken|verdwijnen|zinken)\b",
)
_IDIOMS_AR = (
    # "dying / dead / killed of laughter, hunger, tiredness, ..."
    r"(موت|اموت|بموت|نموت|ميت|ميته|مت|متت|فطست|فطسان|مقتول|قتلني|قتلتني|موتني|موتتني|رح\s*موت|عم\s*موت)"
    r"(\s+\S+){0,2}\s+(من|م|لحتي)\s*(ال|هال)?(ضحك|جوع|عطش|تعب|برد|حر|شوب|خوف|ملل|نعس|فرح|زهق|قهر|غيره|موت)",
    r"(تعبان|تعبانه|جوعان|جوعانه|مبسوط|مبسوطه|زهقان|زهقانه)(\s+\S+){0,2}\s+(ل|لحتي|حتي|ل\s*حد)\s*الموت",
    # a thing (not a person) that "kills" or "slaughters" you
    r"(راسي|ضهري|ظهري|بطني|سناني|اسناني|رجلي|اجري|الوجع|الحر|البرد|الملل|الشغل|الدراسه|الدرس|هالدرس|الامتحان|"
    r"هالامتحان|الورقه|هالورقه|المعامله|هالمعامله|الغرامه|القواعد|هالقواعد|الانتظار|الجو)"
    r"(\s+عم)?\s+\S*(قتل|موت|دبح|ذبح|هلك)\S*",
    r"\S*(قتل|موت|دبح|ذبح|هلك)\S*ني\s+(هال|ال)(ورقه|معامله|درس|امتحان|شغل|حر|برد|ملل|دراسه|غرامه|قواعد|انتظار)",
    # hyperbole in the first person past: you cannot say you killed yourself
    r"(قتلت|موتت|دبحت|ذبحت|هلكت)\s+(حالي|نفسي|روحي)",
    r"(بموت|بموتو|بموتي|بموتلك)\s+(فيك|فيكي|فيها|فيه|عليك|عليكي|بال\S+)", r"[تي]قبر\S*",
    r"ضرب\S*\s+(ضربه\s+)?شمس",
    # a thing, a task or a feeling (not a person) that "kills", "hits", "strangles" or "burns" you ("the sound
    # of blows" is not a sound that hits, round 23)
    r"(?!(صوت|اصوات)\s+(ال)?(ضرب|خبط|صراخ|صريخ|لطم)(?!\S))(ال|هال)?(جوع|عطش|نعس|شوق|حنين|قلق|توتر|ملل|زهق|حر|برد|شوب|رطوبه|شمس|امتحان|فحص|اختبار|درس|واجب|وظيفه|شغل|دوام|طابور|"
    r"زحمه|انتظار|معامله|اوراق|ورقه|استماره|فاتوره|ايجار|ديدلاين|مهله|بيروقراطيه|قواعد|لغه|كلمات|موسيقي|صوت|ريحه|ضحك|ضحكه|"
    r"وجع|صداع|رشح|كريب|غربه|وحده|شتي|تلج|ريح|هوا|تعب|سفر|مشوار|درج)\s+(\S+\s+)?(عم\s+|رح\s+|ح\s+)?"
    r"\S*(قتل|قاتل|موت|مميت|دبح|ذبح|هلك|خنق|ضرب|ضارب|حرق|شوي|شوا|كسر|جنن|دمر)\S*",
    r"(قتلني|قتلتني|موتني|موتتني|ضربني|ضربتني|ضاربني|خنقني|خنقتني|حرقني|حرقتني|شواني|شوتني|كسرني|كسرتني|هلكني|هلكتني|"
    r"دمرني|دمرتني|دبحني|دبحتني)\s+(ال|هال)(جوع|عطش|نعس|شوق|حنين|قلق|توتر|ملل|حر|برد|شوب|رطوبه|شمس|امتحان|فحص|اختبار|درس|"
    r"واجب|شغل|دوام|طابور|زحمه|انتظار|معامله|اوراق|ورقه|فاتوره|ديدلاين|ضحك|ضحكه|وجع|صداع|رشح|غربه|تعب|سفر|مشوار|درج)",
    r"(البطاريه|بطاريه|الموبايل|التلفون|الجوال|اللابتوب|الكمبيوتر|الشاشه|الشوفاج|السياره|الزرع|النبته)\s+(\S+\s+)?(عم\s+|رح\s+)?(ت|ي)موت(?!\S)",
    r"(المعلم|المعلمه|الاستاذ|الاستاذه|الانسه|المدير|المديره|المدرب|المدربه|معلمتي|استاذي)\s+(\S+\s+){0,2}?\S*(قتل|دبح|ذبح|موت)\S*(ني)?",
    # heat, sun, cold, a flu "hit me"; the ground that should swallow me (shame)
    r"(ال)?(حر|شمس|شوب|برد|رشح|كريب|زكام|حمي|صقعه|الرطوبه)\s+(\S+\s+)?(ضرب|ضربت|ضربني|ضربتني|ضاربني|ضاربتني)\S*",
    r"(ضربني|ضربتني|ضاربني|ضاربتني)\s+(ال)?(حر|شمس|شوب|برد|رشح|كريب|زكام|حمي|صقعه)",
    r"(الارض|ارض)\s+(\S+\s+){0,2}(تبلعني|بتبلعني|تبتلعني)",
    # worn out: "my soul came out", "my strength collapsed", "I suffocated from the heat" (round 13)
    r"طلع(ت|تلي)?\s+روحي", r"(?<!\S)(انهد|انهدت)\s+(\S+\s+)?حيل\S*", r"(?<!\S)انهديت(?!\S)",
    r"(اختنقت|انخنقت|خنقني|خنقتني|مخنوق|مخنوقه)\s+(من|م)\s*(ال)?(حر|شوب|رطوبه|زحمه|دخان|ريحه)",
    r"(خرب|خربت|انكسر|انكسرت|ضاع|ضاعت|علق|علقت|طفي|فصل|نسيت|رسبت)\S*\s+(\S+\s+){0,3}(رح|ح|عم)\s+(ا)?موت(?!\S)", r"هدد\S*\s+(\S+\s+)?بال?(غرامه|قطع|ايقاف|توقيف|طرد|محكمه|محضر|دعوه|مخالفه)", r"ضرب\S*\s+موعد", r"ضربه\s+حظ", r"يخرب\s+بيت\S*", r"قتل\S*\s+(ال|هال)?وقت",
    r"(الموبايل|موبايلي|التلفون|تلفوني|البطاريه|بطاريه\s+\S+|الزرع|الموتور|الشاشه)\s+(مات|ماتت|ميت|ميته)",
    # "I'll die if I miss / forget / fail it" (round 14)
    r"(اذا|إذا|لو)\s+(\S+\s+){0,2}?(فاتني|فاتتني|نسيت|نسيته|نسيتها|رسبت|تأخرت|تاخرت)\s+(\S+\s+){0,4}?(رح\s+|ح\s+|ب)?(ا)?موت(?!\S)",
    r"\b(iza|eza|law)\s+(\S+\s+){0,2}?(fatni|fatatni|nsit|nseet|rsebt|t2a5art)\s+(\S+\s+){0,4}?(ra7\s+|7a\s+)?(bmut|mut|emut|bmout)\b",
    # an insect that stung me (round 14): "قرصتني" is also "he pinched me"
    r"(قرصتني|قرصني|قرصت\s+\S+|لسعتني|لسعني)\s+(\S+\s+)?(نحله|نحل|دبوره|دبور|زنبور|بقه|بعوضه|ناموسه|حشره|عقرب)",
    r"(نحله|نحل|دبوره|دبور|زنبور|بقه|بعوضه|ناموسه|حشره|عقرب)\s+(\S+\s+)?(قرصتني|قرصني|قرصت|لسعتني|لسعني|لسعت)",
    # Arabizi
    r"\b(hal|el|l)?\s*(emti7an|mti7an|imti7an|fa7s|dars|shoghl|wazife|wadife)\s+(\S+\s+)?((ra7|7a|3am)\s+)?"
    r"(yo2tel|ye2tel|yi2tel|y2tel|yu2tul|yo2tol)\w*ni\b",
    r"\b(mut+|mot|mout|mayyet|mayet|mayt|mit)\s+(mn|men|min|m)\s*(el|l)?\s*(da7ek|d7k|ju3|jou3|ta3ab|bard|7ar|khof|5of|malal)\b",
    r"\b2atal\w*ni\s+(hal|el|l)\s*(wara2a|shoghl|dars|emti7an|bard|7ar)\b",
    r"\b(el|l)?\s*(shoghl|bard|7ar|wara2a|dars)\s+2at[ae]l\w*",
    r"(?<!\S)(قتلني|قتلتني|قتلوني|موتني|موتتني|دبحني|دبحتني|ذبحني|ذبحتني|هلكني|هلكتني)(?!\S)",
    r"\S+\s+(من|م)\s+(كتر\s+)?(ال)?(ضحك|خجل|فرح)",
    r"(الواجبات|الدروس|الشغل|الدراسه|الحر|الجو|الورقه|هالورقه|الطابور|هالطابور|المعامله|هالمعامله|الامتحان|هالامتحان)(\s+\S+)?(\s+(عم|رح|ح|بدها|بدو))?\s+\S*(قتل|موت|دبح|ذبح|هلك|خنق)\S*",
    r"(هلكان|هلكانه|ميت|ميته)(\s+\S+){0,2}\s+(ل|لحتي|حتي|ل\s*حد|لدرجه)\s*الموت",
    r"(مت|متت|موت|اموت|ميت|ميته|بموت|عم\s+موت|رح\s+موت)\s+(من|م)\s*(ال)?(خجل|حر|وجع|فضول|انتظار|ريحه|غيره|شوق)",
    r"(?<!\S)(هال|هاي\s+ال|هذا\s+ال|هذه\s+ال)(?!(زلمه|رجال|شب|واحد|مره|حيوان))\S+\s+(\S+\s+)?(رح\s+|عم\s+|ح\s+)?\S*(قتل|موت|دبح|ذبح)\S*ني(?!\S)",
)
_IDIOMS_TI = (
    # "I died / am dying of laughter, hunger, tiredness, thirst, cold, heat, joy, fear, boredom"
    r"ብ(ሰሓቕ|ስሓቕ|ጥሜት|ድኻም|ጽምኢ|ቑሪ|ቝሪ|ዝሑል|ሙቐት|ዋዒ|ሓጎስ|ፍርሒ|ፍርሃት|ምስልቻው|ሰልኪ|ድቃስ|ሻቕሎት|ጭንቀት)(\s+\S+){0,2}?\s*"
    r"(ክመውት|ክሞት|ሞይተ|ሞይትና|ሞተ|ክመውት\s+ቀሪበ|ክሓቅቕ|ሓቒቐ)",
    # a thing (not a person) that "kills" or hurts you; "my head" is also "myself" (ርእሰይ)
    r"(ርእሰይ|ርእሲ|ከብደይ|ሕቖይ|ስነይ|ስራሕ|ዕዳ|ቅጥዒ|ደብዳቤ|ፈተና|ትምህርቲ|ቆጸራ|ሕጊ|ዕዮ)\s*(\S+\s+)?"
    r"(ይቐትለኒ|ቀቲሉኒ|ቀቲላትኒ|ኣድኪሙኒ|የሕምመኒ|ሓሚሙኒ|ሓሚሙ)",
    r"(ተሌፎነይ|ተሌፎን|ባትሪ|ሞባይል)(\s+\S+)?\s+(ሞይቱ|ሞይታ|ወዲኡ)",
    r"\bbsehaq\s+(kmewt|moyte)\b", r"\bbtmet\s+(kmewt|moyte)\b",
    r"\b(qt[ie]?i|fetena|sirah|sraH)\s+qetiluni\b",
    r"\b((ezi|eti|eza|eta)\s+)?(fetena|temhrti|timhrti|sirah|srah|qotsera|ktab|mesrah)\s+(\S+\s+)?(kqetleni|yqetleni|qetiluni|kiqetleni)\b",
    # threatened with a bailiff, eviction, a fine or court: a debt, not danger (round 15)
    r"ብ\S*(deurwaarder|ደርዋርደር|ምውጻእ|መቕጻዕቲ|ቅጽዓት|ቤት\s*ፍርዲ|ፍርዲ|ጠበቓ|ፖሊስ|ሕጊ)\s+(\S+\s+)?(የፈራርሓኒ|የፈራርሑኒ|የፈራርሃኒ|ኣፈራሪሑኒ|ኣፈራሪሖምኒ|የፈራርሕ)",
    # "I'll die if I miss / forget / fail it" (round 14)
    r"እንተ\s+(\S+\s+)?(ሓሊፉኒ|ሓሊፋትኒ|ረሲዐዮ|ረሲዐያ|ወዲቐ|ደንጒየ|ደንጕየ)\s+(\S+\s+)?(ክመውት|ክሞት)",
    r"\bente\s+(\S+\s+)?(halifuni|halifatni|resieyo|wediqe|denguye)\s+(\S+\s+)?(kmewt|kimewt|kmot)\b",
    # burnt by hot water, the iron or cooking oil (round 14)
    r"(ብውዑይ\s+ማይ|ብመተኮሲ|ብዘይቲ|ብሓዊ|ኣብ\s+ክሽነ|ብፈርኖ)\s+(\S+\s+){0,2}?(ነዲዱ|ነዲደ|ነዲዳ|ተቓጺለ|ተቓጺሉ|ተሓሪረ|ተሓሪሩ)",
    r"ብ(ሰሓቕ|ስሓቕ|ሕፍረት|ሕማም|ሓጎስ|ታሕጓስ|ድኻም)\s*(\S+\s+){0,2}?(ክዘልል|ክፈርስ|ክመውት|ሞይተ|ክሞት|ሞትኩ)",
    r"(?<!\S)(ቀቲሉኒ|ቀቲላትኒ|ቀቲሎምኒ)(?!\S)",
    r"(ቅጥዒ|ደብዳቤ|ፈተና|ስራሕ|ትምህርቲ|ቆጸራ|መስመር|ሕጊ|ዕዳ)\s+(\S+\s+)?ክቐትለኒ\s*(እዩ|እያ)?",
    r"ክሳብ\s+ሞት\s+ደኺመ",
    r"(?<!\S)(እዚ|እቲ|እዛ|እታ)\s+(?!(ሰብኣይ|ሰብ|ወዲ|ሰበይቲ|ኣቦ|ሓው))\S+\s+(\S+\s+)?(ክቐትለኒ|ይቐትለኒ|ቀቲሉኒ|ወቒዑኒ|ሃሪሙኒ)",
    r"ከም\s+\S+\s+(ወቒዑኒ|ሃሪሙኒ|ወቒዓትኒ|ቀቲሉኒ)",
    r"ርእሰይ\s+(\S+\s+)?(ይዘውር|ዞይሩ|ይዝውር|ይሽክርከር)",
    # a thing, a task or a feeling (not a person) that "kills", "hits", "strangles" or "burns" you
    r"(ጥሜት|ጽምኢ|ድቃስ|ናፍቖት|ሻቕሎት|ጭንቀት|ሙቐት|ዋዒ|ቁሪ|ጸሓይ|ፈተና|ትምህርቲ|ስራሕ|ዕዮ|መስመር|ጽቕጢ|ቅጥዒ|ደብዳቤ|ሕሳብ|ቢሮክራሲ|"
    r"ሙዚቃ|ድምጺ|ሰሓቕ|ቃንዛ|ሕማም|ጉንፋዕ|ድኻም|ምጽባይ|ጉዕዞ|መሳልል|ዕለት\s+ገደብ)\s+(\S+\s+)?"
    r"(ቀቲሉኒ|ቀቲላትኒ|ይቐትለኒ|ክቐትለኒ|ትቐትለኒ|ወቒዑኒ|ወቒዓትኒ|ሃሪሙኒ|ሃሪማትኒ|ሓኒቑኒ|ሓኒቓትኒ|ኣቃጺሉኒ|ኣቃጺላትኒ|ሰይሩኒ|"
    r"ሰቢሩኒ|ወዲኡኒ|ኣውዲቑኒ|ኣጥፊኡኒ|ቀታሊ|ይሓንቐኒ|ትጠብሰኒ|ይጠብሰኒ)",
    r"(መምህር|መምህርተይ|መምህረይ|ኣስተማሪ|ኣስተማሪት|ሓላፊ|ሓላፍየይ)\s+(\S+\s+){0,2}?(ክቐትለኒ|ክትቐትለኒ|ይቐትለኒ|ትቐትለኒ)", r"መሬት\s+(\S+\s+){0,2}(ክትውሕጠኒ|ትውሕጠኒ|ክትውሕጠና)",
    r"(ጸሓይ|ሙቐት|ዋዒ|ቁሪ|ጉንፋዕ|ሰዓል)\s+(\S+\s+)?(ሃሪማትኒ|ሃሪሙኒ|ወቒዑኒ|ወቒዓትኒ|ይሃርመኒ|ትሃርመኒ)",
    r"(ተበላሽዩ|ተበላሽያ|ተሰቢሩ|ተሰይሩ|ጠፊኡ|ጠፊኣ|ወዲኡ|ረሲዐ|ደንጒየ|ደንጕየ|ወዲቐ)\s+(\S+\s+){0,2}(ክመውት|ክሞት)\s+(እየ|ቀሪበ)", r"ርእሰይ\s+(ክፍንጀር|ይፍንጀር|ክነፍዕ|ይሓምመኒ|ይሓመኒ)",
)

_CRISIS_NL = (
    r"zelfmoord\w*", r"\bsuicid\w*", r"\bzelfdod\w*", r"\bzelfbeschadig\w*", r"\blevensmoe\b",
    r"\bafscheidsbrie[fv]\w*", r"\boverdosis\b", r"\b(huiselijk|seksueel)\w*\s+geweld\b", r"\bgeweld\b",
    r"\bgewelddadig\w*", r"\bmishandel\w*", r"\bverkracht\w*", r"\bveilig\s+thuis\b",
    # wanting to die
    r"\b(wil|wou|wilde|willen|liever)\b{g}(dood\s*gaan|doodgaan|sterven|dood)\b",
    r"\bwas\s+ik\s+maar\s+dood\b", r"\b(ik|wil|liever)\b{g}dood\s+(zijn|was|ben)\b",
    r"\bniet\s+meer\s+(willen\s+|wil\s+)?(leven|bestaan)\b",
    r"\b(wil|wilt|willen)\b{g}niet\s+meer\b{g}(leven|bestaan|ademen)\b",
    r"\bniet\s+meer\s+verder\b(?!\s+(met|bij|op|in|naar))", r"\ber\s+niet\s+meer\s+(wil\s+|willen\s+)?zijn\b",
    r"\b(wil|willen|wakker)\b{g}nooit\s+meer\s+wakker\b", r"\bnooit\s+meer\s+wakker\s+(worden|word)\b",
    r"\bgeen\s+(zin|reden|doel|nut)\s+(meer\s+)?(om\s+te\s+|in\s+(het|mijn)\s+)?leven\b",
    r"\bleven\b{g}geen\s+(zin|nut|doel|waarde)\b", r"\bwaarom\s+(zou|moet)\s+ik\s+nog\s+leven\b",
    r"\b(eind|einde)\s+aan\s+(mijn|mn|het|dit)\s+leven\b", r"\b(eind|einde)\s+aan\s+(alles|mezelf|mijzelf)\b",
    r"\ber\b{g}(eind|einde)\s+aan\s+(te\s+)?(maken|make|maak|doen)\b",
    r"\b(maak|maken|make)\b{g}er\s+een\s+(eind|einde)\s+aan\b",
    r"\b(mijn|mn|mij)\s+leven\b{g}(beeindig|stop|nemen|eindig|weg\s*gooien|afmaken)\w*",
    r"\b(uit|van)\s+het\s+leven\s+(stappen|stap|gaan|beroven|te\s+beroven|benemen)\b", r"\bstoppen\s+met\s+leven\b",
    r"\bzie\b{g}niet\s+meer\s+zitten\b", r"\bweg\s+uit\s+dit\s+leven\b",
    # self-harm
    r"\b(mezelf|mijzelf)\s+(\S+\s+){0,2}?(doden|dood\s*maken|doodmaken|ombrengen|ophangen|op\s+hangen|"
    r"van\s+kant\s+maken|iets\s+aandoen|aandoen|pijn\s+doen|snijden|gesneden|krassen|verwonden|beschadigen|"
    r"vermoorden|verdrinken|vergiftigen)\b",
    r"\b(mij|me)\s+(\S+\s+){0,2}?(doden|dood\s*maken|doodmaken|ombrengen|ophangen|op\s+hangen|"
    r"van\s+kant\s+maken|iets\s+aandoen|vermoorden)\b",
    r"\b(snij|snijd|sneed|kras|hang|verwond|beschadig)\w*\s+(\S+\s+)?(mezelf|mijzelf|in\s+mijn\s+(armen|polsen|benen))\b",
    r"\bdoe\s+(mezelf|mijzelf)\s+pijn\b",
    r"\b(spring|springen|sprong)\b{g}(van|voor|uit|onder)\b{g}(brug|dak|flat|trein|raam|balkon|gebouw|metro)\b",
    r"\b(van|voor|uit|onder)\s+(\S+\s+){0,2}(brug|dak|flat|trein|raam|balkon|gebouw|metro)\s+(\S+\s+)?(springen|spring|springt)\b",
    r"\bbeter(\s+af)?\s+zonder\s+mij\b", r"\bniemand\s+(zal|zou|gaat)\s+(mij|me)\s+missen\b",
    r"\bniemand\s+(mist|zal\s+missen)\s+(mij|me)\b", r"\blast\s+voor\s+iedereen\b", r"\bklaar\s+met\s+(het|mijn|dit)\s+leven\b",
    r"\b(sluit|sloot|sluiten)\s+(mij|me|ons)\s+op\b",
    r"\bvoor\s+(de\s+)?(trein|metro)\s+(springen|spring|liggen|gaan|lopen)\b",
    r"\b(alle|al\s+mijn)\s+(slaappillen|pillen|medicijnen|tabletten)\b{g}(slikken|slik|geslikt|innemen|neem)\b",
    r"\b(pillen|tabletten|medicijnen)\s+(verzameld|gespaard|opgespaard)\b",
    # being hit or threatened
    r"\b(slaat|slaan|sloeg|sloegen|schopt|schoppen|schopte|mishandelt|bedreigt|bedreigen|bedreigde|dreigt|"
    r"dreigde|wurgt|wurgde|duwt|stompt|stalkt|trapt|trapte|trappen)\b{g}\b(mij|me|ons|mijn\s+(kind|kinderen|dochter|zoon|moeder|vrouw|zus|baby))\b",
    r"\b(hij|zij|ze|man|vrouw|vader|moeder|broer|zus|ex|partner|familie|schoonfamilie|schoonmoeder|oom|zoon)\b{g}"
    r"(slaat|sloeg|schopt|schopte|mishandelt|bedreigt|wurgt|wurgde)\b{g}\b(mij|me|ons|mijn|de\s+kinderen)\b",
    r"\b(mij|me)\s+(slaan|slaat|geslagen|schoppen|bedreigen|mishandelen)\b",
    r"\b(word|wordt|worden|werd|werden)\b{g}(geslagen|mishandeld|bedreigd|geschopt|verkracht|misbruikt|gewurgd|opgesloten)\b",
    r"\b(mij|me|ons)\b{g}(geslagen|geschopt|mishandeld|bedreigd|gewurgd|verkracht)\b",
    r"\b(mij|me|ons)\b{g}(vermoorden|vermoordt|vermoord|doodmaken|dood\s+maken|doodmaakt|dood\s+maakt|"
    r"doden|doodt|ombrengen)\b",
    r"\b(vermoord|doodmaak|doodt|dood\s+maakt)\w*\s+(mij|me|ons)\b", r"\bbedreigd\b{g}mes\b",
    r"\b(ik|wij|we|kinderen)\b{g}in\s+(groot\s+)?gevaar\b", r"\bniet\s+veilig\b{g}thuis\b",
    r"\bbang\s+(voor|dat)\s+(mijn\s+)?(man|vrouw|vader|ex|partner|broer|schoonfamilie|hij)\b{g}(mij|me|slaat|vermoord)",
    # Added by kind after measuring held-out batches 1-5 (tests/inburgering/text/crisis/): means and
    # plans (poison, gas, jumping, drowning, cutting), burden and farewells, more forms of violence.
    r"\b(rat\w*|ver)?gif\b{g}(gekocht|kopen|drinken|drink|innemen|nemen|slikken|geslikt|opgedronken)\b",
    r"\b(gekocht|drink|neem|slik)\b{g}(rat\w*|ver)?gif\b", r"\bik\s+heb\s+(\S+\s+)?(rat\w*|ver)?gif\b",
    r"\bgas\s+(\S+\s+)?(open\s*gezet|opengedraaid|open\s*draaien|aangezet|opendraai)\w*",
    r"^(?=.*\b(balkon|dak|brug|raam|flat|gebouw|toren)\b)(?=.*\bspring\w*\b)",
    r"^(?=.*\b(\w*snij\w*|\w*sned\w*|sneed|kras\w*)\b)(?=.*\b(arm|armen|pols|polsen|mezelf|mijzelf|huid|benen)\b)",
    r"^(?=.*\bkeel\b)(?=.*\b(dicht\w*|mes|kneep|knijpt|knijpen|wurg\w*|vast\s*gegrepen)\b)",
    r"^(?=.*\bbeter\b)(?=.*\bik\s+(dood|er\s+niet\s+meer)\s+(ben|was|ga|zou|zijn))",
    r"\b(verdwijnen|weg)\b{g}(voor\s+altijd|voorgoed)\b", r"\bvoorgoed\s+(weg|verdwijnen|slapen)\b",
    r"\bniet\s+meer\s+wakker\s+(word|worden|wordt)\b", r"\bhoop\b{g}dood\s*ga\w*",
    r"\b(moe|zat|klaar)\s+(van|met)\s+(het|mijn|dit)\s+leven\b", r"\bhet\s+leven\s+zat\b",
    r"\bgeen\s+(kracht|zin|energie|moed|reden)\b{g}(door\s+te\s+gaan|te\s+leven|leven)\b",
    r"\bleven\b{g}(niks|niets|geen)\s+(waard|zin|waarde)\b",
    r"\bin\s+elkaar\s+(geslagen|getrapt|geschopt|slaan|slaat|trappen)\b",
    r"\b(mij|me|ons|kinderen|kind|zoon|dochter)\b{g}iets\s+(aan\s*doet|aandoen|aandoet|aandeed|aan\s+te\s+doen)\b",
    r"\bgedwongen\b{g}(trouwen|huwelijk)\b", r"\buithuwelijk\w*", r"\beerwraak\b",
    r"\b(draai|zet|draaide|zette)\b{g}gas\s+(\S+\s+)?open\b",
    r"^(?=.*hoofd\s+tegen\s+de\s+muur)(?=.*\bblo[e]?d\w*)", r"\b(wil|ga|mezelf|mijzelf)\b{g}verdrinken\b",
    r"\bzonder\s+mij\b{g}beter\b", r"\b(deze|de)\s+wereld\s+(verlaten|uit)\b", r"\b(weg\s+van|uit)\s+deze\s+wereld\b",
    r"\bmes\b{g}(op\s+mij|op\s+me|tegen\s+mij|tegen\s+me|gericht)\b", r"\bmist\s+niemand\s+(mij|me)\b",
    r"\b(doet|deed)\s+(mij|me|ons|mijn\s+(moeder|kind|kinderen|zoon|dochter|vrouw|zus))\s+pijn\b",
    r"\bdood\b{g}(verlossing|oplossing|uitweg)\b",
    r"\b(morgen|straks|vannacht|vanavond|binnenkort|dan)\s+(ben\s+ik\s+)?er\s+niet\s+meer\b", r"\bben\s+ik\s+er\s+niet\s+meer\b",
    r"\b(morgen|straks)\s+(zien|vinden)\s+jullie\s+(mij|me)\s+niet\s+meer\b",
    r"^(?=.*\b(mes|pistool|wapen|geweer)\b)(?=.*\b(ex|man|broer|vader|hij|schoonfamilie)\b)(?=.*\b(deur|huis|thuis|bedreig\w*|dreig\w*|achtervolgt)\b)",
    r"\bdenk\w*\b{g}(aan\s+)?(doodgaan|dood\s+gaan|sterven|de\s+dood|dood\s+zijn)\b",
    r"^(?=.*\b(afscheid\s+(genomen|nemen|neem)|gedag\s+gezegd|vaarwel\s+gezegd)\b)(?=.*\b(vannacht|vanavond)\b)",
    r"\b(mijn|dit\s+is\s+mijn|dit\s+zijn\s+mijn|dit\s+is\s+het)\s+laatste\s+(bericht|berichtje|woorden|brief)\b", r"\b(alles|het)\s+(op\s*houdt|ophoudt|stopt)\b{g}(voor\s+altijd|voorgoed)\b", r"\bpijn\b{g}(stopt|stoppen|ophoudt|weg)\b{g}(voor\s+altijd|voorgoed)\b",
    r"\b(van|vanaf)\s+(de|het)\s+(flat|dak|brug|balkon)\s+(af|springen|spring)\b", r"\bgeslagen\s+door\b",
    r"\bblauwe\s+plekken\b{g}(van|door)\s+(mijn|m[ij]n|hem|haar|hun|zijn|de\s+man|mijn\s+man)\b", r"\b(trok|trekt|pakte|pakt|greep|grijpt)\b{g}(aan\s+)?(mijn|mn)\s+(haar|haren)\b",
    r"\bsleur\w*\b{g}(mij|me)\b|\b(mij|me)\b{g}sleur\w*",
    r"\bover\s+(een|\w+)\s+(uur|uurtje|minuten|minuut)\s+(is\s+het|ben\s+ik)\s+(\S+\s+)?(voorbij|klaar|weg|er\s+niet\s+meer)\b",
    r"\b(rij|rijd|rijden|crash\w*)\b{g}tegen\s+(een\s+)?(boom|muur|vrachtwagen|brugpijler)\b",
    r"\bverdien\w*\b{g}(niet\s+)?(om\s+te\s+)?leven\b", r"\bvoor\s+als\s+ik\s+(er\s+niet\s+meer\s+ben|dood\s+ben)\b",
    r"\b(hij|man|vader|broer|ex|zij)\b{g}(mijn|mn)\s+(arm|been|neus|ribben|kaak|pols)\s+(ge)?broken\b", r"\b(schopt|schopte|slaat|sloeg|trapt|trapte)\b{g}(mijn|mn)\s+buik\b",
)
_CRISIS_AR = (
    r"نتح(ا)?ر", r"عنف\s+(اسري|منزلي|جنسي)", r"(?<!\S)(ال)?عنف(?!\S)", r"(?<!\S)\S*(رفس|لبط|صفع|كفخ)\S*(ني|نا|وني)(?!\S)", r"عنيف", r"اغتصب\S*",
    # wanting to die
    r"(بدي|بد|نفسي|اريد|بريد|ابغي|ابي|بتمني|اتمني|ودي|حابب|حابه|بحب|قررت)\s+(ان\s+)?[انب]?موت(?!\S)",
    r"(بتمني|اتمني|نفسي|اريد|بدي)\s+الموت", r"ريتني\s+(ا?موت|ميت|ميته|مت)", r"(حياتي|الحياه)\s+(ما\s+(ال|ل)?ها|مالها|بلا|ليس\s+لها)\s+معني", r"ريت\s+[ان]?موت",
    r"الموت\s+(احسن|ارحم|اهون|افضل)", r"الله\s+ياخد(ني|ني\s+و)", r"كلن\s+(رح\s+)?يرتاحو\s+(اذا|لو)\s+مت",
    # not wanting to live
    r"(ما|مو|مش|لا|ما\s+عاد)\s+(عاد\s+)?(بدي|اريد|بريد|ابغي|حابب|حابه)\s+(ان\s+)?[انب]?عيش",
    r"(ما|مو|مش|لا)\s+(عاد\s+)?(بدي|اريد|بريد|ابغي)\s+(ال|هال)?(حياه|حياتي|دنيا)",
    r"(ما|مو|مش)\s+(بدي|فيني)\s+كمل\s+(حياتي|بهالحياه|عيش)",
    # ending one's life, killing or hurting oneself (present/future; the past-tense "قتلت" is an idiom above)
    r"(انهي|نهي|اخلص|خلص|انهاء|اوقف|اقضي|ينهي|سانهي|رح\s+انهي)\s+(من\s+|علي\s+|ع\s*)?(حياتي|عمري)",
    r"(?<!\S)(سا|سي|رح\s+ا|ب|ا|ن|ي|لا)?قتل\s+(حالي|نفسي|روحي)", r"بقتل\s+(حالي|نفسي|روحي)",
    r"\S*(اذي|اوذي|ايذا|ايذاء|اذيه|جرح|دبح|ذبح|شنق|احرق|حرق|ارمي|برمي|رمي|غرق|اغرق)\S*\s+(حالي|نفسي|روحي)",
    r"(جرح|قص|اقطع|قطع|بجرح|بقص)\S*\s+(شراييني|شرياني|معصمي)", r"(بدي|رح|عم)\s+(ا)?(جرح|قص|قطع)\S*\s+(ايدي|ايديي)", r"(بلعت|اخدت|شربت)\s+(كل\s+)?(ال)?(حبوب|دوا)\s+كل",
    r"(بلعت|اخدت|شربت|بدي\s+اشرب|بدي\s+اخد|بدي\s+ابلع)\s+(كل|كتير|علبه|شريط|كمشه)\s+(ال)?(حبوب|دوا|ادويه)",
    r"(بلعت|اخدت|شربت|بدي\s+اشرب|بدي\s+اخد|بدي\s+ابلع)\s+(ال)?(حبوب|دوا|ادويه)\s+(كلها|كلهن|كلو|كتير|كلن)",
    r"رساله\s+وداع", r"(جمعت|عم\s+جمع|خبيت|عم\s+خبي)\s+(ال)?(حبوب|دوا|ادويه)",
    r"(بدي|نفسي|اتمني|بتمني|اريد|يا\s*ريت)\s+(\S+\s+){0,3}(و?ما|و?لا|ان\s+لا)\s+(عاد\s+)?(ا)?(صحي|وعي|فيق|ستيقظ)", r"الكل\s+(احسن|ارتاح|بيرتاح)\s+بدوني",
    # being hit or threatened (a verb with "me / us" as object, or a family member as object)
    r"\S*(ضرب|عنف|هدد|يقتل|بيقتل|تقتل|بتقتل|دبح|ذبح|ياذي|بياذي|اغتصب|حبس)\S*(ني|نا|وني|وها)(?!\S)",
    r"(يضرب|بيضرب|ضرب|تضرب|بتضرب|يعنف|بيعنف|يهدد|بيهدد|يقتل|ياذي|بياذي|بيخنق|يخنق)\s+(امي|ماما|ولادي|الولاد|بنتي|ابني|اختي|مرتي|زوجتي|اخي|اخوي)",
    r"(تعرض|اتعرض|بتعرض|عم\s+اتعرض|تعرضت)\S*\s+(لل|ل|الي\s+ال)?(ضرب|عنف|تهديد|اعتداء)",
    r"(يهدد|بيهدد|هدد|تهديد)\S*\s+(\S+\s+)?بال?(قتل|سكين|سلاح|ذبح|دبح)(?!\S)", r"(انا|حياتي|ولادي)\s+(ب|في\s+)خطر",
    r"(مو|مش|ما|لست|لا)\s+(\S+\s+){0,2}(بامان|امن|امنه|بالامان)\s+(بالبيت|في\s+البيت|بالدار)",
    r"(خايف|خايفه|خوفانه)\s+(من\s+)?(جوزي|زوجي|ابوي|اخوي)",
    # Arabizi
    r"\b(b[aei]?d[ie]?|nefsi|nfsi|bade)\s*[ae]?m(ou|u|o)t\b", r"\b[ei]?nt[ie]?[7h][ae]?r\w*",
    r"\b(ma|mish|mesh|la)\s+(3ad\s+)?b[aei]?d[ie]?\s*[ae]?3[ie]+sh\b",
    r"2?t[uoe]?l\s*(7al[ie]|nafs[ie]|ro7[ie])\b", r"\b5al[ie]?s\s+(min|mn|3a)\s+(7ayat[ie]|7al[ie])\b",
    r"\w*d[aeiou]?r[oeu]?bni\b", r"\w*2t[aoeu]?lni\b", r"\w*had[ie]dni\b", r"\bbi?l\s*2atl\b",
    # Added by kind after measuring held-out batches 1-5 (tests/inburgering/text/crisis/): means and
    # plans (poison, gas, jumping, drowning, cutting), burden and farewells, more forms of violence.
    r"(شرب|اشرب|بلع|ابلع|اشتري|اشتريت|جبت|اخد|اخدت|ناوي|بدي\s+اشرب)\S*\s+(\S+\s+)?(ال)?سم(?!\S)",
    r"(فتحت|افتح|رح\s+افتح|بفتح)\s+(ال)?غاز",
    r"^(?=.*(بلكون|شباك|جسر|بنايه|سطح|طابق))(?=.*(?<!\S)(انط|نط|بنط|اقفز|بقفز|ارمي\s+حالي|وقع\s+حالي))",
    r"(بدي|رح|عم|بفكر|ناوي|قصدا|قصدي)\s+(\S+\s+){0,2}(ا|ب)?(جرح|قطع|قص|حرق)\S*\s+(\S+\s+)?(ايدي|حالي|شرياني|شراييني|معصمي|دراعي|رقبتي|جسمي)",
    r"^(?=.*(قصدا|قصدي|عن\s+قصد|عمدا))(?=.*(جرح|حرق|قطع|ضرب)\S*\s+(ايدي|حالي|راسي|نفسي|جسمي))",
    r"(?<!بدي\s)(?<!رح\s)(?<!ح\s)(?<!راح\s)(?<!حابب\s)(اضرب|بضرب|ضربت|عم\s+اضرب)\s+راسي\s+(بالحيط|بالحيطه|بالجدار|بالحيطان)",  # wish / future: round 28 (nl_ar block)
    r"(سكين|سكينه|موس|مسدس|سلاح|فرد)\S*\s+(\S+\s+){0,2}(رقبتي|راسي|صدري|رقبه)",
    r"(?<!\S)\S*خنق\S*(ني|نا|وني)(?!\S)", r"(?<!\S)(اذاني|اذوني|اذاها|بياذيني|ياذيني|بياذينا)(?!\S)",
    r"(يجبروني|اجبروني|جبروني|غصبوني|بيجبروني|عم\s+يجبروني)\s+(\S+\s+)?(ا|اني\s+)?(تجوز|تزوج|اتجوز|اتزوج)", r"زواج\s+(بالغصب|بالاجبار|قسري)",
    r"(قافل|سكر|قفل|مسكر)\S*\s+(عليي|علي|علينا)\s+(ال)?باب",
    r"(حد|نهايه)\s+(ل|لل)?حياتي", r"(افكر|بفكر|عم\s+فكر)\s+(ب|في\s+)ال?موت",
    r"(بتمني|اتمني|نفسي|ياريت|يا\s+ريت)\s+(\S+\s+){0,4}و?[انب]?موت(?!\S)",
    r"^(?=.*(احسن|افضل|ارتاح|يرتاحو|بيرتاحو|ما\s+حدا))(?=.*(اذا|لو)\s+(انا\s+)?(مت|متت|رحت\s+من\s+الدنيا|ما\s+بقيت))",
    r"اختفي\s+(من|عن)\s+(هذا\s+|هال)?(العالم|الدنيا|عالم|دنيا)", r"اختفي\s+(\S+\s+)?للابد",
    r"(لا|ما\s+في)\s+(فايده|معني)\s+(من|ل)\s*(حياتي|الحياه|عيشتي)",
    r"\w*shn[aoe]?2\s*(7al[ie]|nafs[ie])\b", r"\w*jra7\s*(7al[ie]|nafs[ie])\b", r"\bft[ae]?7t?\s+(el\s+)?(ghaz|gaz)\b",
    r"\w*d[aeiou]?r[aoeu]?bni\b", r"\w*(5|kh)a?n[ae]?2ni\b", r"\b(ma|mish|mesh|la)\s+(3ad\s+)?b[aei]?d[ie]?\s*[ae]?3[aiey]+sh\b",
    r"(الكل|كلن|كلهم|الناس)\s+(\S+\s+)?(يرتاح|يرتاحو|احسن|افضل|مرتاحين)\s+(بلاي|بدوني|من\s+دوني)",
    r"(اترك|ترك|فل\s+من|اطلع\s+من)\s+(هال|هذا\s+ال|هذه\s+ال)?(عالم|دنيا)(?!\S)",
    r"(وجه|شهر|رفع|طلع)\S*\s+(علي|عليي|علينا)\s+(ال)?(سكين|مسدس|سلاح|موس)",
    r"(غير|الا)\s+الموت", r"الموت\s+(راحه|الحل|حل|خلاص)",
    r"\b(eshrab|ashrab|shrbt|sharabt|eshreb)\s+(el\s+)?s[ae]?m\b", r"\bn[ou]t\s+(mn|min|men)\s+(el\s+)?(balkon|shebak|jisr|sat7)\b", r"\bsharay[ie]?ni\b",
    r"(ما|مش|لن)\s+(رح\s+|ح\s+)?(تلاقوني|تشوفوني|تروني|حدا\s+رح\s+يشوفني|حدا\s+رح\s+يلاقيني)",
    r"(اشرب|اخد|ابلع|بلع|اشربن|اشربها|اخدها|ابلعها)\S*\s+كل(ها|هن|و|ن)(?!\S)",
    r"^(?=.*(سكين|مسدس|سلاح|موس|فرد))(?=.*(طليقي|جوزي|زوجي|اخوي|ابوي))(?=.*(الباب|البيت|عالباب|بيهدد|هدد|عم\s+يلحقني))",
    r"^(?=.*(?<!\S)ودعت)(?=.*الليله)", r"(هاي|هذه|هيدي|هي|دي|هذي)\s+(ا)?خر\s+(رساله|كلماتي|كلمات|كلمه)|اخر\s+كلماتي|اخر\s+(رساله|كلمات)\s+(مني|الكن|الكم|لالكن|لالكم)", r"\b(a5er|akher|a5r)\s+risal",
    r"(الوجع|الالم|كل\s+شي)\s+(\S+\s+){0,2}للابد", r"(?<!\S)(عم\s+)?(ا|ت|ي|ب)نضرب\S*",
    r"(شد|سحب|مسك)\S*ني\s+من\s+شعري", r"(?<!\S)(جرني|جرتني|جروني|سحلني)(?!\S)",
    r"بعد\s+(ساعه|شوي|دقايق|\S+\s+ساعات)\s+(بيخلص|رح\s+يخلص|بخلص)\s+كل\s+شي",
    r"(سوق|اسوق|بسوق)\S*\s+(\S+\s+){0,3}و?(اضرب|ضرب|فوت)\S*\s+(\S+\s+)?(ب|في\s+)?(ال)?(شجره|حيط|حيطه|شاحنه)",
    r"(ما|مش|لا)\s+(ب|ا)?ستاهل\s+(ا)?عيش", r"(لما|بس|اذا|لبعد\s+ما)\s+(ما\s+عاد\s+)?(ا)?كون\s+موجود|لبعد\s+ما\s+موت",
    r"(كسرلي|كسرني|كسرتلي|كسرولي)\s+(ايدي|رجلي|سناني|ضلعي|راسي|مناخيري)", r"(ضرب|رفس)\S*\s+(\S+\s+)?ببطني",
)
_CRISIS_TI = (
    r"(ርእሰ|ነብሰ)\s*ቅትለት", r"ቅትለት\s*(ርእሰ|ነብሰ)", r"ዓመጽ", r"ዓምጸ\S*ኒ",
    # wanting to die
    r"(?<!\S)(ክ|ም)?(መውት|ሞት)(\s+\S+){0,2}?\s*(ደልየ|እደሊ|ዝደሊ|ይደሊ|እየ\s+ዝደሊ)",
    r"(ምሞት|ምሞተይ|ክሞት|ክመውት|(ዝ)?ሞትኩ)\s*(ይሓይሽ|ይሕሸኒ|ይሕሽ|ይበልጽ)",
    # not wanting to live
    r"(ክነብር|ምንባር|ህይወት|ህይወተይ)(\s+\S+)?\s*ኣይ(ደል|ደለ)", r"ዓለም\s*ክህሉ\s*ኣይደል",
    r"ህይወተይ\s*(ትርጉም|ረብሓ)\s*የብ", r"ህይወተይ\s*ጸሊ",
    # ending one's life, killing or hurting oneself
    r"ህይወተይ\s*(ክውድ|ክወድ|ከብቅ|ከቋር|ከጥፍ)", r"(ርእሰይ|ነብሰይ)(\s+\S+){0,2}?\s*(ክቐትል|ክቕትል|ክጎድእ|እጎድእ|ጎዲአ|"
    r"ክሓንቕ|ክሓርድ|ክድርቢ|ክውግእ|ቆሪጸ)", r"ምቕታል\s*(ርእሰይ|ነብሰይ)",
    r"ካብ\s+(\S+\s+){0,2}ክዘልል", r"^(?!.*(ርእሲ|ቃንዛ|ሕማም|ሓኪም|ዶክተር|ፋርማሲ|ቪታሚን|ይፍቀድ|ክንደይ\s+ግዜ))(?=.*ከኒና(\s+\S+){0,3}\s*(ክወስ|ወሲደ|ውሒጠ|ክውሕ))",
    r"(ከይበራበር|ከይተንሰእ|ከይነቓ)\S*(\s+\S+){0,2}\s*(ደልየ|እምነ|ይሓይሽ)",
    r"(ሞትኩ|ምሞተይ)\S*(\s+\S+){0,4}\s*ኣይ(ናፍቐ|ሓዝን|ግደስ)", r"ክ(ሞ|መው)ተሉ",
    # being hit or threatened (a verb with "me / us" as object, or a family member as object)
    r"\S*(ወቕዓ|ወቕዕ|ወቒዑ|ወቕዑ|ውቃዕ|ሃርመ|ሃሪሙ|ህርመ|ፈራርሀ|ፈራርሓ|ፈራሪሑ|ፈራርሑ|ቐትለ|ቕትለ)\S*(ኒ|ና)(?!\S)",
    r"(ን(ኣደይ|ኣዴና|ደቀይ|ሰበይተይ|ጓለይ|ወደይ|ሓፍተይ))(\s+\S+)?\s*\S*(ወቕዕ|ወቕዓ|ወቕዖ|ሃርም|ሃሪሙ|ቐትል|ጎድ)",
    r"ክቐትለ(ኒ|ኪ|ካ|ና)", r"ኣብ\s*ሓደጋ\s*(እየ|ኣለኹ|ኣለና)",
    r"ኣብ\s*ገዛ\s*(ውሑስ|ውሕስነት|ደሓን|ሰላም)\s*(ኣይኮንኩን|የብለይን|የለን)",
    # Latin-script Tigrinya
    r"\bk?i?(mewt|mot|mut)\s*(d[ae]l[iey]+|edeli|yd[ae]li)\b", r"\bk?i?n[ie]?b[ie]?r\s*ayd[ae]l[ei]?n\b",
    r"\bh[iy]?wet[ea]y\s*k?i?(w[eo]?d|ebq|ebk)", r"\b(r[e]?i?s[e]?y|nebsey)\s*k?i?q[e]?t[e]?l\b",
    r"\w*(yweq|weqani|wek[a]?ni|harmeni|hrmeni|ferarh|qetleni|qtleni|ketleni)\w*",
    # Added by kind after measuring held-out batches 1-5 (tests/inburgering/text/crisis/): means and
    # plans (poison, gas, jumping, drowning, cutting), burden and farewells, more forms of violence.
    r"^(?=.*መርዚ)(?=.*(ክሰቲ|ሰትየ|ገዚአ|ገዛእኩ|ክበልዕ|ክውሕጥ|ውሒጠ|ክወስድ|ወሲደ))",
    r"ጋዝ\s+(ከፊተ|ክኸፍት|ከፊተዮ)",
    r"^(?=.*(ባልኮኒ|ህንጻ|ድልድል|መስኮት|ናሕሲ|ፎቕ))(?=.*(ክዘልል|ዘሊለ|ክነጥር|ክድርቢ))",
    r"(?<!\S)(ክ|ም|ዝ|ከም\s+ዝ)?(መውት|ሞት)(\s+\S+){0,3}?\s*(ሓሲበ|ይሓስብ|እሓስብ|እምነ|ምነ|እመርጽ|ይመርጽ|ወሲነ|ፈቲነ)",
    r"ሞት\s+(ጥራይ\s+)?(እዩ\s+)?(ዘድሕነኒ|መፍትሒ|ዝሓይሽ)", r"(ሞት|ርእሰ\s*ቅትለት|ምሞት)\s+(\S+\s+){0,2}መፍትሒ",
    r"ብዘይ\s*(ኣነ|ኣና)\s*(\S+\s+)?(ይሓይሽ|ይሓይሾም|ይሕሸሎም)", r"እንተ\s*(ዝ)?ሞትኩ(\s+\S+){0,4}\s*(ይሓይሽ|ይሕሸ)",
    r"(ኢደይ|ርእሰይ|ነብሰይ|ኣካላተይ)\s*(\S+\s+){0,2}?(ክቖር|ክቆር|ኣንዲደ|ከንድድ|ከቃጽል|ኣቃጺለ|እወቕዕ|ክወቕዕ)",
    r"(ካብዛ|ካብዚ)\s*ዓለም\s*(\S+\s+)?(ክኸይድ|ክጠፍእ|ክፍለ|ክወጽእ)",
    r"(ክነብር|ንምንባር)\s+(\S+\s+){0,2}(ምኽንያት|ተስፋ|ድሌት|ሓይሊ)\s*የብለይን", r"ህይወተይ\s*ዋጋ\s*የብ",
    r"\S*(ሓኒቑ|ሓንቒ|ሓንቐ|ጎዲኡ|ጎድኣ|ወቒዖ|ወቕዖ|ረግጸ|ረጊጹ|ረጊጾ)\S*(ኒ|ና)(?!\S)",
    r"(ይግድዱኒ|ገዲዶምኒ|ግዱድ\s+መርዓ)", r"ብግዲ\s+(\S+\s+)?ክም(ርዑ|ርዖ)", r"ኣብ\s+ገዛ\s+(\S+\s+)?(ዓጽዩለይ|ዓጽዩኒ|ዓጺዎምኒ)",
    r"(ካራ|ሽጉጥ|(?<!ን)ብረት)\s+(\S+\s+){0,2}(ክሳደይ|ርእሰይ|ክሳድ|ልዕለይ)",
    r"\bk?i?(mewt|mwt|mot|mut|mawt)\s*(d[ae]l[iey]+|edeli|yd[ae]li)\b", r"\bk?i?n[ie]?b[ie]?r\s*ayd[ae]l[ei]?y?n\b",
    r"\bgaz\s+kef\w*", r"\w*(hanqu|hanku|hanq[ae]ni)\w*",
    r"\b(h[iy]?wet\w*|k?i?n[ie]?b[ie]?r|mnbar)\s+(\w+\s+)?ayd[ae]l\w*",
    r"^(?=.*(ሩባ|ባሕሪ|ቀላይ))(?=.*(ክጥሕል|ጠሊቐ|ክጠልቕ))",
    r"ሞት\s+(\S+\s+){0,2}(መውጽኢ|መፍትሒ|ዕረፍቲ)",
    r"\bmerzi\s+(k?s[e]?ti|setye)\b", r"\bki?zel(i|e)?l?\s*d[ae]l",
    r"ኣይክት(ረኽቡ|ርእዩ)ን", r"ኣይክትረኽቡኒ",
    r"^(?=.*(ካራ|ሽጉጥ|(?<!ን)ብረት))(?=.*(ሰብኣየይ|ሓወይ|ኣቦይ))(?=.*(ማዕጾ|ገዛ|የፈራርሀ|ይስዕበኒ))",
    r"^(?=.*ተፋንየ)(?=.*ሎሚ\s+ለይቲ)", r"መወዳእታ\s+(መልእኽ|ቃል|ቃለይ)",
    r"ቃንዛ\s+(\S+\s+){0,2}ንሓዋሩ", r"ንሓዋሩ\s+(ክቋረጽ|ክውዳእ|ክጠፍእ)",
    r"(?<!\S)(ትውቃዕ|ይውቃዕ|እውቃዕ|ንውቃዕ|ተወቒዐ|ተወቒዓ|ተሃሪመ|ትህረም|ይህረም)(?!\S)",
    r"ጸጉረይ\s+(\S+\s+)?(ሒዙ|ሰሓቢ|ጎቲ)", r"(?<!\S)(ሰሓቢኒ|ጎቲቱኒ|ጎቲቶምኒ)(?!\S)",
    r"ድሕሪ\s+(\S+\s+)?(ሰዓት|ደቒቕ|ቁሩብ)\s+(\S+\s+)?ኩሉ\s+ክውዳእ", r"(ገረብ|መንደቕ|ኦም)\s+(\S+\s+)?ክጋጮ",
    r"ከብደይ\s+(\S+\s+)?(ይረግጽ|ይረግጾ|ረጊጹ|ይወቕዕ|ሃሪሙ)", r"ክነብር\s+ኣይግብኣ", r"ምስ\s+ዘይሃለኹ|ምስ\s+ዘይህሉ",
    r"(ኢደይ|እግረይ|ኣስናነይ|ኣፍንጫይ)\s+(\S+\s+)?(ሰቢሩ|ሰይሩ)\S*",
)

# Weaker signals (weariness of life, farewells, fear, bruises): 'uncertain' from a pattern.
_UNCERTAIN_NL = (
    r"\bgeen\s+hoop\s+meer\b", r"\bik\s+ga\s+dood\b", r"\bik\s+kan\s+niet\s+meer\b(?!\s+\w)",
    r"\bbang\s+voor\s+(mijn\s+)?(man|vrouw|vader|ex|partner|broer)\b",
    r"\bal\s+mijn\s+(pillen|medicijnen)\b{g}(ingenomen|genomen|geslikt)",
    r"\b(overleden|dode)\s+(moeder|vader|man|vrouw|kind|zoon|dochter|broer|zus|ouders)\b{g}(zijn|toe|gaan)\b",
    r"\bwil\s+(\S+\s+)?verdwijnen\b", r"\bpunt\s+(achter|erachter)\s+(\S+\s+)?zetten\b",
    r"\bmaak\s+(het|er)\s+(vanavond|vannacht)\s+(\S+\s+)?af\b",
    r"\b(mij|me|ons)\b{g}pijn\s+(gedaan|doen|doet|deed)\b",
    r"^(?=.*\b(brand|verbrand|brandde)\w*\b)(?=.*\b(armen|mezelf|mijzelf|huid)\b)",
    r"\b(sla|bons|bonk)\w*\b{g}hoofd\s+tegen\b", r"\bnaar\s+mijn\s+(overleden|dode)\b",
    r"\bspullen\s+(wegegeven|weg\s+gegeven)\b", r"\bgeen\s+uitweg\b",
    r"\bniemand\s+(geeft|houdt)\s+(om|van)\s+(mij|me)\b",
    r"\b(fles|doos|potje|strip|zak)\s+(met\s+)?(slaap)?(pillen|medicijnen|tabletten)\b",
    r"\bslapilen\b{g}(klaar\w*|verzameld)\b",
    r"\bafscheid\s+(genomen|nemen)\s+van\s+(mijn\s+)?(kinderen|familie|iedereen)\b",
    r"\btestament\b{g}(klaar|geschreven|opgesteld)\b", r"\bniet\s+meer\s+hier\s+zijn\b",
    r"\bnergens\s+meer\s+(zijn|wil)\b", r"\bblauwe\s+plekken\b",
    r"\bzodat\s+ik\s+(kan|rustig\s+kan)\s+gaan\b(?!\s+\w)", r"\bis\s+het\s+(allemaal\s+)?voorbij\b",
)
_UNCERTAIN_AR = (
    r"ما\s+(عندي|بقي\s+عندي|في)\s+امل", r"تعبت\s+من\s+(الحياه|حياتي|هالحياه|الدنيا)", r"ليش\s+(انا\s+)?عايش",
    r"(بدي|اريد)\s+(اختفي|روح\s+من\s+هالدنيا)", r"خلص\s+من\s+كل\s+شي",
    r"(بدي|رح|نفسي)\s+(روح|كون|لحق)\s+(\S+\s+){1,2}(المرحوم|المرحومه|الله\s+يرحم)",
    r"(زهقت|سئمت|مليت|تعبت|قرفت)\s+من\s+(ال|هال)?(حياه|حياتي|عيشتي|عيشه|دنيا)",
    r"حياتي\s+(ما\s+)?(بتسوي|تسوي|الها\s+قيمه|بلا\s+قيمه)", r"ما\s+(عاد\s+)?فيني\s+(اتحمل|كمل)",
    r"(انهي|بخلص|اخلص|رح\s+خلص|بنهي)\s+كل\s+شي", r"خايف\S*\s+(\S+\s+)?(يعمل|يعملي|يعملنا|ياذي|يقتل)",
    r"(عبء|عبي|حمل\s+تقيل)\s+(علي|عليكن|عالكل|علي\s+الكل)", r"وزعت\s+اغراضي|ودعت\s+(الكل|الجميع|كل\s+الناس)",
    r"ما\s+(عاد\s+)?فيني\s+اتنفس", r"(علبه|كيس|ظرف)\s+(ال)?(دوا|حبوب)",
    r"(?<!\S)ودعت\s+(ولادي|الكل|عيلتي|اهلي)", r"(كتبت|عملت)\s+وصيتي", r"\bwasiyti\b",
    r"ما\s+بدي\s+كون\s+(هون|موجود\S*)", r"كدمات",
    r"(ولادي|الولاد)\s+عند\s+\S+\s+(لحتي|مشان|كرمال)\s+(ا)?روح(?!\S)", r"بيخلص\s+كل\s+شي",
)
_UNCERTAIN_TI = (
    r"ተስፋ\s*(ቆሪጸ|የብለይን)", r"ካብ\s*ህይወት\s*ደኺመ", r"ክቕጽል\s*ኣይክእልን", r"ክመውት\s*እየ", r"ክጠፍእ\s*(\S+\s+)?(ደልየ|እደሊ)",
    r"\btesfa\s+(qorits|yebl)", r"ናብ\s+ዝሞተ\S*", r"ካብ\s*ህይወት\s*(\S+\s+)?(ደኺመ|ሰልኪየ|ጸሊአ|ተሰላቺየ)",
    r"(ገለ|ክፉእ)\s+ክገብረ(ና|ኒ)", r"(ኢደይ|ርእሰይ|ነብሰይ)\s*(\S+\s+){0,2}?ቆሪጸ", r"(ንኹሉ|ንኹሎም)\s+(\S+\s+)?ተፋኒየ",
    r"ጥርሙዝ\s+ከኒና", r"(ን(ኹሉ|ኹሎም|ደቀይ|ስድራይ))\s+(\S+\s+)?ተፋን", r"ኑዛዜ\s+(\S+\s+)?(ጽሒፈ|ጸሓፍኩ)", r"\bnuzaze\b",
    r"ኣብዚ\s+ክኸውን\s+ኣይደል", r"ዝኾነ\s+ቦታ\s+ክህሉ\s+ኣይደል",
    r"ደቀይ\s+(\S+\s+){0,3}(ወሲደዮም|ኣረኪበዮም)\s+(\S+\s+)?ክኸይድ", r"ኩሉ\s+ክውዳእ",
)

# --------------------------------------------------------------------------------------------
# Meaning-level rules (added after batch 7's errors): a kind of meaning rather than a phrase,
# mostly as two things that occur in the same message (``_both``): a means and an intent, a
# family member and a violent act, a child and an injury, honour and punishment, marriage and
# force. Each lookahead is anchored at the start and contains no nested repetition, so a long
# message costs one linear scan per rule.


def _both(*parts: str) -> str:
    """All of ``parts`` somewhere in the view, in any order."""
    return "^" + "".join(f"(?=.*(?:{part}))" for part in parts)


_FAMILY_NL = (r"\b(man|mijn\s+vrouw|vader|pa|papa|moeder|mama|broer|broers|zus|schoon\w*|stief\w*|oom|"
              r"neef|neven|ex|partner|familie|ouders|zoon)\b")
_CHILD_NL = r"\b(kind|kinderen|kindje|baby|zoon|zoontje|dochter|dochtertje|de\s+kleine)\b"
_FAMILY_AR = (r"(جوزي|زوجي|ابوي|ابي|بيي|اخوي|اخي|امي|حماتي|حمايي|حماي|عمي|خالي|ولاد\s+عمي|ابن\s+عمي|سلفي|"
              r"طليقي|زوج\s+امي|مرت\s+ابوي|ابوه|ابوها|جوزها|زوجها|اهلي|اخواتي|اخوتي|عيلتي|ابن\S*\s+عم\S*)")
_CHILD_AR = r"(ابني|بنتي|ولادي|الولاد|البيبي|الطفل|ابنها|بنتها|الصغير|الصغيره|طفلي|طفلتي|ابنتي)"
_FAMILY_TI = r"(ሰብኣየይ|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ሓሙይ|ሓማተይ|ኣኮይ|ደቂ\s+ኣኮይ|ስድራይ|ቀዳማይ\s+ሰብኣየይ|ሰብኣይ\s+ኣደይ|ኣቦኡ|ኣቦኣ|ሰብኣያ)"
_CHILD_TI = r"(ህጻን|ወደይ|ጓለይ|ደቀይ|ቆልዓ|ንእሽቶ\s+ወደይ|ንእሽቶ\s+ጓለይ)"

_GENERAL_CRISIS_NL = (
    # wishing not to exist, to sleep for ever, to vanish
    r"\b(nooit|niet)\s+geboren\s+(was|ben|zijn|te\s+zijn)\b",
    r"\b(slapen|inslapen|in\s+slaap\s+vallen)\b{g}(voor\s+altijd|voorgoed|eeuwig|nooit\s+meer\s+wakker)\b",
    r"\b(eeuwig|voorgoed)\s+(slapen|rusten|inslapen)\b", r"\bnooit\s+meer\s+(opstaan|opstaat|ademen|wakker)\b",
    r"\bwens\w*\b{g}(dood|sterven|doodgaan|doodging|er\s+niet\s+(meer\s+)?(was|ben|zijn))\b",
    r"\b(weg\s+(van|uit)|verlaten)\s+(de|deze|die)\s+wereld\b",
    _both(r"\b(beter|makkelijker|rust|rustiger|opgelucht)\b", r"\bals\s+ik\s+(\S+\s+)?(dood|er\s+niet\s+meer|voorgoed\s+weg|weg\s+ben\s+voorgoed)\b"),
    # means with an intent: jumping, pills all at once, a rope, a lethal dose, how to die
    _both(r"\b(trein|metro|spoor|rails|brug|dak|flat|balkon|raam|toren|gebouw|gracht|rivier|kanaal)\b",
          r"\b(spring\w*|sprong)\b(?!\s+(\S+\s+)?(over|langs|binnen|bij|op\s+de\s+trampoline))"),
    r"\b(pillen|tabletten|medicijnen|slaappillen|slaapmiddel\w*|pijnstillers|medicatie)\b{g}(allemaal|in\s+een\s+keer|tegelijk|dodelijk)\b",
    # (not the pills picked up at the pharmacy: "alle pillen van de dokter opgehaald bij de apotheek")
    r"^(?!.*\b(opgehaald|afgehaald|ophalen|afhalen|besteld|bestellen|herhaalrecept)\b(?!.*\b(neem|nemen|slik|slikken|genomen|geslikt)\b))"
    r".*\b(alle|al\s+de|al\s+mijn)\s+(\S+\s+)?(pillen|tabletten|medicijnen|slaappillen|pijnstillers)\b",
    r"\bdodelijk\w*\s+(dosis|hoeveelheid)\b", r"\b(hoeveel|welke)\b{g}dodelijk\b",
    r"\bhoe\b{g}(doodga\w*|dood\s+ga\w*|sterven|sterf|zelfmoord|een\s+eind\w*\s+aan)\b",
    r"\b(touw|strop)\b{g}(gekocht|klaar\w*|ophangen|ophang|balk|nek|hals)\b",
    # farewell
    r"\b(zeg|vertel)\s+(tegen\s+)?(mijn|m[ij]n)\s+(kinderen|moeder|vader|familie|vrouw|man|dochter|zoon)\s+dat\s+ik\b{g}(hou|houd|hield|sorry|spijt|vergeef)\w*",
    # self-harm
    _both(r"\b(mezelf|mijzelf|mijn\s+(arm|armen|pols|polsen|huid|benen|dijen|lichaam))\b",
          r"\b(snij\w*|sneed|kras\w*|krab\w*|opengehaald|open\s+gehaald|openhalen|verwond\w*|beschadig\w*|bonk\w*|bons\w*)\b"),
    r"\b(sla|sloeg|slaan|stomp|stompte|straf|strafte|brand|brandde|verbrand|verbrandde)\s+(ik\s+)?(mezelf|mijzelf)\b",
    # violence: blows received, pushed, stabbed, locked up or tied up, sexual violence
    r"\b(krijg|kreeg|krijgt|krijgen|kregen|geeft|gaf|geven)\b{g}(klappen|een\s+klap|klap|slaag|een\s+pak\s+slaag|schoppen|trappen|stompen)\b",
    r"\b(mij|me|ons)\b{g}(geduwd|gegooid|gesmeten|gestoken|neergestoken|gebeten|verbrand)\b",
    r"\b(duwde|duwt|gooide|smeet|stak|steekt)\s+(mij|me|ons)\b",
    r"\b(gaat|gaan|zal|zullen|wil|wilt|komt)\s+(mij|me|ons)\s+(\S+\s+)?(slaan|vermoorden|schoppen|doden|pijn\s+doen|steken|wurgen)\b",
    r"\bhoop\s+dat\s+ik\b(\s+\S+){0,6}?\s+(doodga|dood\s+ga|sterf|overlijd|niet\s+meer\s+wakker)\w*",
    _both(_FAMILY_NL, r"\b(gestoken|neergestoken|stak|steekt)\b", r"\b(mes|messen|schaar|mij|me|haar|hem)\b"),
    _both(r"\b(op\s+slot|opgesloten|binnen\s*gehouden|vastgebonden|vastgemaakt|vastgeketend|sleutel\w*\s+(\S+\s+)?(afgepakt|meegenomen))\b",
          r"\b(mij|me|ons|ik\s+kan\s+niet\s+(weg|eruit|naar\s+buiten))\b"),
    r"\b(houden|houdt|hield|hielden)\s+(mij|me|ons)\s+(\S+\s+){0,3}binnen\b",
    r"\b(aangerand|aanranding|misbruikt|misbruik)\b", r"\bseks\w*\b{g}(dwingt|gedwongen|dwong|tegen\s+mijn\s+wil)\b",
    _both(_CHILD_NL, r"\b(klappen|geslagen|brandwond\w*|blauw\s+geslagen|bont\s+en\s+blauw|misbruik\w*|betast\w*|verkracht\w*|niet\s+veilig\s+(\S+\s+)?(bij|thuis|met|door))\b"),
    r"\bkomt\s+(\S+\s+){0,2}aan\s+(mijn|m[ij]n|haar|ons)\s+(dochter|zoon|kind|kinderen|lichaam)\b",
    # threats to life, honour, forced marriage, a weapon at home
    r"\b(ik|jij|je)\s+(moet|moest|zal)\s+(\S+\s+)?(sterven|dood|doodgaan)\b", r"\bdat\s+ik\s+dood\s+moet\b",
    r"\b(zei|zegt|gezegd|zeggen)\b{g}(niet\s+overleef\w*|niet\s+meer\s+leef\w*)\b",
    r"\b(maken|maakt|gaan|gaat)\s+(ze|hij|zij)\s+(mij|me)\s+af\b", r"\banders\s+(maken|maakt|vermoorden|vermoordt|doden|doodt)\b",
    # ("eer" is written out: doubled letters are squeezed, and a bare "eer" would be "er")
    _both(r"\b((de|onze|mijn|hun|familie\w*)\s+eer|schande|onteerd|onteert|eerwraak|eergerelateerd\w*)\b",
          r"\b(familie|vader|broer|broers|oom|neef|neven|straffen|straf|vermoord\w*|doden|dood|sterven|zoeken|herstellen|wraak)\b"),
    _both(r"\b(trouwen|trouw|huwelijk|uithuwelijk\w*)\b",
          r"\b(dwing\w*|gedwongen|verplicht\w*|tegen\s+mijn\s+wil|anders|paspoort\s+(\S+\s+)?(afgepakt|weg))\b"),
    _both(r"\b(pistool|wapen|geweer|vuurwapen)\b", _FAMILY_NL, r"\b(thuis|huis|bang|durf|bedreig\w*|dreig\w*|slapen)\b"),
)
_GENERAL_UNCERTAIN_NL = (
    r"\b(verdwijnen|oplossen|opgaan)\b{g}(niemand|het\s+niets|niets|van\s+de\s+aarde)\b",
    r"\bniemand\s+(heeft|zal|zou)\s+(mij|me)\s+(nog\s+)?nodig\b", r"\bvaarwel\b",
    r"\blaatste\s+keer\s+dat\s+(ik|jullie)\b{g}(schrijf|schrijven|spreek|zie|horen|hoort)\b",
    r"\bik\s+moet\s+(\S+\s+){0,4}trouwen\s+met\b", r"\b(mag|mocht)\s+(\S+\s+)?niemand\s+(bellen|zien|spreken)\b",
    r"\b(wil|ga)\s+(\S+\s+){0,2}(veel|alle)\s+(\S+\s+)?(pil|pillen|tabletten)\b",
)
# One clause on its own ("ik wil niet meer, alles is zwart"): what is harmless with an object
# ("ik wil niet meer naar die school") is a signal without one.
_CLAUSE_UNCERTAIN_NL = (
    r"^(en\s+|maar\s+|echt\s+|gewoon\s+)?(ik\s+)?(wil|kan)\s+(echt\s+|gewoon\s+|het\s+)?niet\s+meer(\s+(echt|hoor|zo))?$",
    r"^alles\s+is\s+(zwart|donker|voorbij)$",
)

_GENERAL_CRISIS_AR = (
    # wishing not to have been born, to sleep for ever, to vanish
    r"(ريتني|ليتني|يا\s*ريت\s*ني)\s+(ما|لم)\s+(ا)?(نولدت|خلقت|اخلق|ولد|اولد|جيت)", r"(ريتني|ليتني)\s+(ما|لم)\s+(كنت|اكون)\s+موجود",
    r"(نام|انام|نوم|غمض|اغمض|اسكر)\S*\s+(\S+\s+){0,3}(للابد|(و)?(ما|لا)\s+(عاد\s+)?(ا)?(فيق|صحي|صحا|وعي|قوم|فتح|ستيقظ))",
    r"(اختفي|اتبخر|اتلاشي|انمحي)\s+(\S+\s+){0,3}(للابد|ما\s+حدا|من\s+(الوجود|الدنيا|هالدنيا|العالم))",
    r"(اغادر|اترك|افارق|ارحل\s+عن|ارحل\s+من)\s+(هذه\s+|هاي\s+|هال)?(الحياه|حياه|الدنيا|دنيا|العالم|الوجود)",
    r"(ما|لا|مش)\s+(ب|ا)?(ستحق|ستاهل)\s+(ال)?(بقاء|حياه|عيش|العيش|اعيش|ضل\s+عايش)",
    r"(كيف|شلون|طريقه)\s+(\S+\s+){0,3}(بيموت|يموت|اموت|انتحر|ينتحر|نموت)",
    # means with an intent
    _both(r"(القطار|قطار|الترين|ترين|المترو|السكه|القطر|الجسر|جسر|السطح|سطح|البلكون|الشباك|البنايه|النهر|البحر)",
          r"(?<!\S)(انط|نط|بنط|اقفز|بقفز|ارمي\s+حالي|ارمي\s+نفسي|قفز|نطيت)"),
    r"(حبوب|دوا|ادويه|حبات|منوم|مسكن)\S*\s+(\S+\s+){0,3}(كلها|كلهن|كلن|دفعه\s+وحده|مره\s+وحده|قاتله|بتقتل)",
    r"(جمعت|عم\s+جمع|خبيت|خزنت|جبت|اشتريت)\s+(\S+\s+)?(حبوب|دوا|ادويه|منوم)",
    _both(r"(شفره|شفرات|موس|مشرط)", r"(حالي|نفسي|ايدي|اجري|رجلي|جلدي|دراعي|زندي|معصمي|جسمي|جرح|اجرح|بجرح)"),
    r"(حبل|مشنقه)\s+(\S+\s+){0,3}(شنق|اشنق|رقبتي|السقف)",
    # farewell
    r"(قولوا|قلولي|خبروا|بلغوا)\s+(ل)?(ولادي|امي|اهلي|بنتي|ابني|عيلتي|زوجي|جوزي)\s+(اني|انو|انه)\s+(\S+\s+)?(بحب|حبيت|سامح|اسف)",
    r"(هاي|هذه|هيدي|هي)\s+(ا)?خر\s+(مره|رساله|كلمه|كلمات)",
    # self-harm
    r"(عم\s+|ب)(اجرح|جرح|خزع|اخزع|شطب|اشطب|احرق|حرق|اكوي|كوي|اضرب|ضرب)\S*\s+(\S+\s+)?(جلدي|ايدي|دراعي|اجري|رجلي|جسمي|زندي|حالي|نفسي)",
    r"(اضرب|بضرب|ضربت|عم\s+اضرب|باذي|اذيت|بعاقب|عاقبت)\s+(حالي|نفسي|روحي)",
    # violence: pushed, stabbed, slapped, locked up, tied up, sexual violence
    r"(?<!\S)\S*(دفش|لبط|شحط|سحل|قرص|كوا|كوي|بزق|لطم)\S*(ني|نا|وني|ها)(?!\S)", r"(?<!\S)(دفعني|دفعتني|دفعوني|عضني|عضتني|خبطني|خبطتني)\s+(\S+\s+)?(عن|من|ع|على|بال|بالحيط)",
    r"طعن\S*\s+(\S+\s+)?(بال)?(سكين|سكينه|موس|خنجر)|(?<!\S)\S{0,3}طعن(ني|ها|و|ه|نا|وني)(?!\S)",
    r"(باكل|بياكل|بتاكل|اكلت|كلت|ناكل)\s+(\S+\s+)?(كف|كفوف|بوكس|قتله|علقه|لطشه)",
    r"(قفل|سكر|حبس|حابس|مسكر)\S*\s+(\S+\s+)?(علي|عليي|علينا)(?!\S)", r"\S*(حبس|ربط)\S*(ني|وني|نا)(?!\S)",
    r"(مربوط|مربوطه|محبوس|محبوسه|محبوسين)\s+(\S+\s+)?(بالبيت|بالغرفه|بالحمام|بالسرير|بالكرسي)",
    _both(_FAMILY_AR, r"(ما|مش)\s+(عم\s+)?(بيخلوني|بيخليني|بيسمحلي|بيسمحولي|بتخليني)\s+(ا)?(طلع|اتصل|احكي|شوف|روح)"),
    r"تحرش\S*\s+(\S+\s+)?(ب|في)\S*|(?<!\S)\S*تحرش\S*(ني|ها|بي)(?!\S)", r"(اعتدي|اعتدا|تعدي)\S*\s+(علي|عليي|عليها|علينا)",
    _both(_CHILD_AR, r"(بيتضرب|تنضرب|ينضرب|انضرب|تتضرب|حروق|محروق|ازرق|يزرق|كدمات|تحرش|(مش|مو|ما)\s+(ب)?امان)"),
    _both(_FAMILY_AR, r"(طعن|دفش|كب\S*\s+(\S+\s+)?(مي|زيت)\s+(مغلي|سخن|حامي))"),
    # threats to life, honour, forced marriage, a weapon at home
    r"(لازم|يجب\s+ان|بدك)\s+(ت|ا)?موت(ي|ين)?(?!\S)",
    r"(ما|لن)\s+(رح\s+|ح\s+)?(تطلعي|تطلع|تخلص|تضلي)\s+(\S+\s+){0,2}(عايش|عايشه|حي|حيه|سالم|سالمه)",
    _both(r"(العار|(?<!\S)عار(?!\S)|الشرف|شرف|فضحت|فضيحه|فضحتي)", r"(يغسل|غسل|يقتل|بيقتل|يدبح|بيدبح|يعاقب|بيعاقب|موت|تموتي|يدوروا|دوروا|عم\s+يدور|يخلص\s+علي)"),
    _both(r"(يجوزوني|يزوجوني|جوزوني|زوجوني|اتجوز|اتزوج|الزواج|زواج|العريس|عريس|جيزه)", r"(غصب|بالغصب|بالقوه|يجبر|يجبروني|يجبرونني|اجبار|اجباري|ضد\s+ارادتي|رغما|رغم\s+عني)"),
    _both(r"(مسدس|فرد|سلاح|بارود|بندقيه|بندقيتو)", _FAMILY_AR, r"(بالبيت|البيت|بيهدد|هدد|خايف|خايفه|يقتل)"),
    # Arabizi
    r"\b(nam|nem|ghammed)\w*\s+(\w+\s+){0,2}(w\s+)?ma\s+(3ad\s+)?(fi2|fee2|os7a|as7a|2um|fou2)\b",
    r"\b(shafra|mos|mous)\b", r"\b(ghasb[ae]n|bil\s*ghasb)\b", r"\b(sakkar|2afal|7abas)\w*\s+3al[ae]?y", r"\bbi?2zi\w*",
    r"\b(jam[m]?a3e?t|5abbet|khabbet)\s+(\w+\s+)?(7bub|7boub|dawa)\b", r"\bel\s+mot\s+(ar7am|a7san|ahwan)\b",
)
_GENERAL_UNCERTAIN_AR = (
    r"(اعتنوا|ديروا\s+بالكن|دير\S*\s+بال\S*)\s+(ب|على|ع)\s*(امي|ولادي|اهلي|بنتي|ابني)",
    r"(اختفي|اتبخر|اتلاشي)(?!\S)(?!\s+(شوي|شويه|يومين|اسبوع|كم|من\s+(ال)?(فيس\S*|نت|انستا\S*|واتس\S*|سوشال)))", r"(عبء|عبئ|عاله|حمل)\s+(\S+\s+)?(علي|على)\s+(الكل|الجميع|عيلتي|اهلي)",
    r"(قررت|اخترت)\s+(\S+\s+)?(الرحيل|النهايه|اليوم)", r"(انا\s+)?تعبت\s+و\s*(ماشي|ماشيه|رايح|رايحه)(?!\S)",
    r"\bsam7ouni\s*$",
)
_CLAUSE_UNCERTAIN_AR = (
    r"^(و\s*)?(سامحوني|سامحيني|سامحني)(\s+يا\s+\S+)?$",
    r"^(و\s*)?(انا\s+)?(ما\s+عاد\s+)?(بدي|فيني)\s+(كمل|اكمل|ضل)$", r"^(ما\s+)?عاد\s+(بدي|فيني)(\s+شي)?$",
    r"^(كل\s+شي|الدنيا|حياتي)\s+(اسود|سودا|ظلام|جحيم)$",
)

_GENERAL_CRISIS_TI = (
    # wishing not to have been born, to sleep for ever, to vanish
    r"(እንተ\s*)?ዘይተ(ወለድ|ፈጠር)ኩ", r"(ክድቅስ|ደቂሰ|ክኸውን)\s+(\S+\s+){0,2}(ንሓዋሩ|ንዘልኣለም|ከይበራበር|ከይተንሰእ)",
    r"(ንሓዋሩ|ንዘልኣለም)\s+(\S+\s+)?(ክድቅስ|ክዓርፍ|ክጠፍእ|ክሰወር)", r"(ክበንን|ክሰወር|ክጠፍእ)\s+(\S+\s+){0,3}(ንሓዋሩ|ንዘልኣለም|ካብዛ\s+ዓለም)",
    r"(ዓይነይ|ዓይንታተይ)\s+(\S+\s+){0,2}(ከይከፈት|ከይከፍት|ንሓዋሩ)", r"ምህላወይ\s+(ረብሓ|ትርጉም|ዋጋ)\s+የብ",
    r"(ከመይ|ብኸመይ)\s+(\S+\s+){0,3}(ክመውት|ዝመውት|ይመውት|ክሞት|ርእሰይ\s+ክቐትል)",
    # means with an intent
    _both(r"(ባቡር|ድልድል|ናሕሲ|ህንጻ|ባልኮኒ|መስኮት|ፎቕ|ሩባ|ባሕሪ|ቀላይ)", r"(ክዘልል|ዝዘልል|ዘሊለ|ክነጥር|ክድርቢ|ክድርበ|ክወድቕ|ክጥሕል)"),
    _both(r"ከኒና", r"(ኣኪበ|ዓቂበ|ክውሕጥ|ውሒጠ|ጥርሙዝ|ሳጹን)"),
    # round 28 (Tigrinya): "all / many pills" alone at the pharmacy, from the doctor or for a cold is no means
    _both(r"ከኒና", r"(ኩሉ|ኩሎም|ኩሉን|ብዙሕ)", r"(^(?!.*(ፋርማሲ|ኣፖተክ|apotheek|ረቸታ|recept|ሓኪም|ዶክተር|ንጉንፋዕ|ንሰዓል|ንቃንዛ|ንሕማም|ቪታሚን|ዋጋ|ክንደይ|ኢንሹራንስ|verzekering))|^(?!.*(ክንደይ|ብኸመይ|ከመይ|መዓስ|ይፍቀድ|ድየ|ዲየ))(?=.*(ክወስ|ወሲደ|ክበልዕ|ብሓንሳብ|ሓደ\s+ግዜ|ሎሚ\s+(ለይቲ|ምሸት))))"),
    _both(r"(ምላጭ|ላማ|ካራ|መቐስ)", r"(ኢደይ|ቆርበተይ|ኣካላተይ|ነብሰይ|ርእሰይ|ሰለፈይ|እግረይ)"),
    r"(ገመድ)\s+(\S+\s+){0,3}(ክሓንቕ|ገዚአ|ርእሰይ|ክሳደይ)",
    # farewell
    r"(ንደቀይ|ንኣደይ|ንስድራይ|ንሰብኣየይ)\s+(\S+\s+){0,3}(ንገሩዎም|ንገሩዋ|ንገርዎ|ንገሩ)",
    r"(መወዳእታ|ዳሕረዋይ)\s+(\S+\s+)?(ጽሑፈይ|መልእኽተይ|ቃለይ|ደብዳቤይ)",
    # self-harm
    r"(ኢደይ|ቆርበተይ|ኣካላተይ|ነብሰይ|ርእሰይ|ሰለፈይ|እግረይ)\s+(\S+\s+){0,2}(እቖር|እቐር|ክቖር|እሓርድ|እገርፍ|ክገርፍ|እወቕዕ|ኣቃጽል|እሓርር)",
    # violence: pushed, slapped, stabbed, locked up or tied up, sexual violence
    r"(?<!\S)\S*(ደፊኡ|ደፍኡ|ደፊኦም|ጸፊዑ|ጸፍዑ|ጸፊዖም|ይጽፍዑ|ይጽፍዕ|ወጊኡ|ወጊኦም|ወግኡ|ነኺሱ|ቆኒጡ|ኣሲሩ|ኣሲሮም|ይኣስሩ|ይኣስር|ኣሰሩ|ዓጺዩ|ዓጺዮም|ዓጽዩ|ገሪፉ|ገሪፎም|ይገርፍ|ይገርፉ|ቆንጢጡ|ይቖንጥጥ|"
    r"ኣቃጺሉ|ኣቃጺላ|ኣቃጺሎም|ደርብዩ|ደርቢዩ|ደርብዮም|ይድርብ)\S*(ኒ|ና|ዋ|ዎ)(?!\S)",
    r"ጽፍዒ\s+(\S+\s+)?(ይበልዕ|እበልዕ|በሊዐ|ሃበኒ|ይህበኒ|ይህቡኒ)",
    r"(ጾታዊ|ብጾታ)\s+(\S+\s+)?(ዓመጽ|ትንኪፍ|ይትንክ|ደፈረ|ደፊሩ|ይድፍር|ፈጺሙ)", r"(?<!\S)\S*(ደፊሩ|ደፈሩ|ይትንክፈ|ይትንክፋ|ተንኪፉ|ተደፊረ)\S*",
    _both(_CHILD_TI, r"(ይወቕዕ|ይወቕዖ|ይጽፍዕ|ይጽፍዕዎ|ተቓጺሉ|ተቓጺላ|ብሓዊ|ውሑስ\s+ኣይኮነን|ውሕስቲ\s+ኣይኮነትን|ይትንክፍ|ብጾታ)"),
    # threats to life, honour, forced marriage, a weapon at home
    r"(ክትሞቲ|ክትመውቲ|ክትሞት|ክትመውት)\s+(ኣለኪ|ኣለካ|ኣሎኪ|ኣሎካ|ኣለክን)", r"ብህይወት\s+(\S+\s+)?ኣይ(ክትወጽእ|ክትተርፍ|ክትነብር)",
    _both(r"(ሕፍረት|ኣሕፊር|ኣሕፊርኪ|ኣሕፊርክና|ነውሪ|ክብሪ\s+ስድራ)", r"(ክቐትል|ክቐጽዕ|ክትሞቲ|ክሓጽብ|ክንሓጽብ\S*|ሞት|ይደልዩኒ|ክቐትለኒ)"),
    _both(r"(ክምርዖ|ክምርዓ|ክምርዑ|ንመርዓ|መርዓ|ሓጻይ|ክትምርዒ)", r"(ብግዲ|ይግድዱ|የገድዱ|ገዲዶም|ብዘይ\s+ፍቓደይ|ዘይፈልጦ)"),
    _both(r"(ጠበንጃ|ሽጉጥ|(?<!ን)ብረት)", _FAMILY_TI, r"(ኣብ\s+ገዛ|ናባይ|ኣቕኒዑ|የፈራርሀ|እፈርህ)"),
    # Latin-script Tigrinya
    r"\bzeyte(welid|fetr)\w*", r"\b(kdeqs|kideqs)\s+(\w+\s+)?(nzelealem|nhawru|n[h]?awru)\b", r"\bnzelealem\b",
    r"\bbgdi\b", r"\bk?i?qebre(ni|ki|ka)\b", r"\b(melach|mlach)\b", r"\bmefte[hH]\s+wesidu\b",
)
_GENERAL_UNCERTAIN_TI = (
    r"(ኩሉ|ህይወተይ)\s+(ጸልማት|ገሃነም)\s+(እዩ|እያ|ኮይኑ|ኮይና)", r"(?<!\S)(?![ንነ])\S+\s+ክቕጽል\s+ኣይ(ደልን|ደልየን)|^ክቕጽል\s+ኣይ(ደልን|ደልየን)",
    r"ይቕረ\s+በሉለይ", r"(?<!ነፍሰ\s)ጾር\s+(ኮይነ|እየ|ኮይነልኩም)", r"(ክበንን|ክሰወር)\s+(ደልየ|እደሊ)", r"\byqre\s+belul",
)
_CLAUSE_UNCERTAIN_TI = (
    r"^(ምጥፋእ|ምውዳእ)(\s+ጥራይ)?$",  # "only vanishing. ending." (round 17)
    r"^(ክቕጽል|ንምቕጻል)\s+(ኣይደልን|ኣይደልየን|ኣይክእልን|ሓይሊ\s+የብለይን)$", r"^(ኩሉ|ህይወተይ)\s+(ጸልማት|ገሃነም)\s+(እዩ|እያ)$",
)

# Added by meaning after measuring the never-tuned batches 8-11 (their errors looked at; batch 12
# was written before these and measured once after): going to God, being held at a high place or
# a means at hand, questions of how high / how much, marriage without consent, sexual coercion by a
# partner, being locked in, hot liquid or a pillow used on a person, voices that order death,
# farewell recordings, sorrow at still being alive.
_MEANING_CRISIS = (
    # Dutch
    r"\b(wil|ga|wil\s+graag)\s+(\S+\s+)?naar\s+(god|allah|de\s+hemel|mijn\s+schepper)\b",
    r"\bgod\s+(mag|moet|kan|mocht)\s+(mij|me)\s+(\S+\s+)?(halen|komen\s+halen|nemen|weghalen)\b",
    r"\b(zit|zat|sta|stond)\s+(\S+\s+){0,3}(op\s+de\s+rand\s+van|boven\s*op|bovenop)\s+(het\s+|de\s+)?(dak|flat|brug|balkon|gebouw|toren)\b",
    r"\b(hoe\s+hoog|hoeveel\s+(meter|verdiepingen|pillen|tabletten|insuline|slaappillen))\b{g}(dood|overleef\w*|sterven|sterf|niet\s+meer\s+wakker|zeker)\b",
    r"\bafscheids(video|filmpje|bericht\w*|brief|mail|tekst)\b", r"\bvoor\s+altijd\s+stil\b",
    r"\b(stop|eet|drink)\b{g}(tot|totdat)\s+(het\s+)?(over|voorbij|klaar|afgelopen)\s+is\b",
    _both(r"\b(bleek|chloor|ontstopper|gootsteenontstopper|rattengif|plastic\s+zak|plastic\s+tas)\b",
          r"\b(naast\s+me|naast\s+mij|opdrinken|drink|drinken|klaar\w*|hoofd|gekocht|tape)\b"),
    _both(r"\b(trouw\w*|getrouwd|huwelijk|uitgehuwelijkt|man\s+voor\s+(mij|me)\s+(\S+\s+)?(geregeld|gezocht|gekozen))\b",
          r"\b(zonder\s+(dat\s+ik\s+)?(mijn\s+)?(ja|toestemming|instemming)|tegen\s+mijn\s+zin|ik\s+ben\s+1[0-7]\b|ik\s+wil\s+(het\s+)?niet\b|geen\s+keus\w*)"),
    _both(r"\b(dwingt|dwong|verplicht|gedwongen|forceert)\b", r"\b(naar\s+bed|in\s+bed|seks|met\s+hem\s+(te\s+)?slapen)\b"),
    r"\b(zit|zitten|ben|zijn)\s+(\S+\s+){0,3}opgesloten\b",
    # ("heet" is "het" in the view: "bij het water" is a place, not hot water)
    _both(_FAMILY_NL, r"\b(kokend\w*|hete|gloeiend\w*)\s+(water|olie|thee|soep)\b|\b(?<!bij\s)(?<!in\s)(?<!aan\s)(?<!naar\s)(?<!op\s)(?<!uit\s)(?<!langs\s)(?<!ok\s)(?<!en\s)(?<!of\s)(?<!al\s)(?<!betalt\s)(?<!betalen\s)het\s+(water|olie|thee|soep)\b(?!\s+(of|en|ok|alen|rekening|bil)\b)"),  # "ook het water of ...": a bill (round 28)
    r"\bkussen\s+(\S+\s+)?op\s+(mijn|m[ij]n)\s+gezicht\b", r"\bstemmen\b{g}(dood|sterven|mezelf|moet\s+sterven)\b",
    r"\bbeter\s+(af\s+)?zonder\s+(een\s+)?(moeder|vader|mama|papa)\s+(zoals|als)\s+(ik|mij)\b",
    # Arabic
    r"(بدي|نفسي|اريد|بتمني|رح)\s+(ا)?روح\s+(عند|لعند|ل|الي)\s*(ربي|الله|ربنا|خالقي)",
    r"(قعدت|قاعد|قاعده|واقف|واقفه|وقفت)\s+(\S+\s+){0,4}(ع|على|عل)\s*(ال)?(سكه|حافه|حفه|طرف)\s*(ال)?(سطح|جسر|بنايه|بلكون|سكه)?",
    r"(قديش|كم|شقد|اديش)\s+(\S+\s+){0,6}(يموت|بيموت|اموت|تموت|موت|ما\s+(ي|ا)?فيق|ما\s+يصحي)",
    r"(فيديو|تسجيل|رسايل|مسج)\s+وداع", r"ما\s+(فيها|في)\s+رجعه",
    _both(r"(كلور|كلوركس|مبيد|ماء\s+نار|كيس\s+(نايلون|بلاستيك)|شريط\s+لاصق|لاصق)", r"(جنبي|حدي|اشرب|بشرب|جبت|جهزت|راسي|عندي)"),
    _both(r"(يجوزوني|يزوجوني|جوزوني|زوجوني|كتبوا\s+كتابي|كتب\s+كتابي|رح\s+(ا)?تجوز|لازم\s+(ا)?تجوز|عريس|يجوزني|يزوجني|رتبوا\s+جوازي|اتجوز\s+هونيك)",
          r"(ما\s+قلت\s+(نعم|اي|ايوه|موافقه)|مش\s+(موافقه|راضيه)|مو\s+(موافقه|راضيه)|ما\s+بدي|ضد\s+ارادتي|عمري\s+1[0-7]|ما\s+الي\s+خيار|غصب)"),
    r"(بيغصبني|غصبني|يغصبني|بيجبرني|يجبرني|اجبرني)\s+(\S+\s+)?(عال|علي\s+ال|ع\s*ال)?(علاقه|نوم|نام|فراش|تخت)",
    r"(مقفول|مقفله|مسكر|مسكره|محبوسه|محبوس)\s+(\S+\s+)?(علي|عليي|علينا)(?!\S)",
    _both(_CHILD_AR, r"(تنام\s+معو|تنام\s+معه|ينام\s+معو|ينام\s+معه|بالتخت\s+معو|بيلمسها|بيلمسو|يلمسها)"),
    r"(صوت|اصوات)\s+(\S+\s+){0,3}(ب)?راسي\s+(\S+\s+){0,3}(موت|تموتي|اموت|انتحر|اقتل)",
    r"(خبيت|مخبي|مخبيه|خابي|خابيه)\s+(\S+\s+)?(موس|شفره|شفرات|سكين|حبوب)",
    r"(ما|لا)\s+(في|عندي)\s+(سبب|داعي)\s+(ل)?(كمل|اكمل|عيش|اعيش|ضل)",
    r"(ولادي|الولاد|عيلتي|اهلي|بنتي|ابني)\s+(\S+\s+)?(احسن|احسنلهن|احسنلن|بيرتاحو|ارتاح)\s+(بلا|بدون|بلاي|بدوني|من\s+دوني)",
    _both(r"(جرحت|قصيت|شطبت|حرقت|كويت)\s+(ايدي|دراعي|رجلي|جلدي|زندي|حالي)", r"(مره\s+تانيه|كمان\s+مره|قصدا|عن\s+قصد|من\s+جديد|مرتين)"),
    r"(حطيت|كويت|عم\s+اكوي)\s+(\S+\s+){0,2}(سخن|سخنه|حامي|حاميه|ولاعه|مكوي|سيجاره)\S*\s+(\S+\s+)?(ع|على|عل)\s*(جلدي|ايدي|دراعي|جسمي|زندي)",
    _both(r"(سامحوني|سامحيني|سامحني)", r"(ما\s+(عاد\s+)?(فيني|قدرت|بقدر|فيي)|ما\s+عدت\s+(اقدر|قادر\S*))"),
    _both(r"(زعلان|زعلانه|بزعل|بحزن|حزين|حزينه|مقهور|مقهوره|قرفان|قرفانه)", r"(لسا|لسه|بعدني|لا\s+زلت)\s+(عايش|عايشه|حي|حيه|طيب|طيبه)"),
    _both(_FAMILY_AR, r"(مخده|مخدة)\s+(\S+\s+)?(ع|على|عل)\s*وجهي"),
    # Arabizi
    r"\b(rou7|ro7|rooh)\s+(3and|la3and|l)\s*(rabbi|alla|allah)\b",
    r"\b(bala3e?t|bla3t|a5adt|akhadt|shrebt|sharabt)\s+(kel|kil|kol)\s+(\w+\s+)?(7bub|7boub|dawa|adwye)\b",
    _both(r"\b(y?jawz\w*|tjawaz\w*|jawazi|3aris|rattabo)\b", r"\b(3omri\s+1[0-7]|ghasb|mish\s+rady\w*|ma\s+baddi|ma\s+2elt)\b"),
    r"\w*2t[aeiou]?l(ou|u|o)?na\b", _both(r"\b(sot|aswat|sowt|swat)\b", r"\b(mut|mout|mot|mawt)\b"),
    _both(r"\b(sam7ini|sam7ouni|sam7uni|sam7ni)\b", r"\b(ma\s+3ad|2deret|2dert|fiyi|fiye)\b"),
    r"\b(ma\s+fi|mafi)\s+sabab\s+(kammel|kamel|3ish)\b", r"\b(kis|kees)\s+(\w+\s+)?(laz2|laze2|la\s*rasi)\b",
    # Tigrinya
    r"ናብ\s+(ኣምላኸይ|ኣምላኽ|ፈጣሪ|ፈጣሪየይ|ሰማይ|ጎይታ)\s+(\S+\s+)?(ክኸይድ|ክምለስ|ክኸድ)",
    r"(ጫፍ|ወሰን|ደረት)\s+(ናሕሲ|ድልድል|ባልኮኒ|ህንጻ|ፎቕ)",
    r"(ክንደይ|ካብ\s+ክንደይ)\s+(\S+\s+){0,5}(ንኽመውት|ክመውት|ትመውት|ይመውት|ከይበራበር|ምሞት|ዝመውት)",
    r"ስንብት\s+(\S+\s+)?(መልእኽቲ|ቪድዮ|ደብዳቤ)",
    _both(r"(በረኪና|መርዚ|ፕላስቲክ\s+(ከረጺት|ቦርሳ|መኽደኒ))", r"(ጥቓይ|ክሰቲ|ኣዳልየ|ገዚአ|ርእሰይ|ሒዘ|ኣለኒ)"),
    _both(r"(ከመርዑ|ክምርዑ|ክምርዖ|ክምርዓ|ከመርዕዉ|ክመርዑ|መርዓ|ሓጻይ)", r"(ብዘይ\s+ድሌተይ|ብዘይ\s+ፍቓደይ|ዕድመይ\s+1[0-7]|ኣይደልን|ኣይፈቐድኩን|ኣኮይ|ብግዲ)"),
    _both(r"(ብሓይሊ|የገድደኒ|ይግድደኒ|ገዲዱኒ)", r"(ክድቅስ|ዓራት|ጾታ)"),
    r"ክን?ቐትለ(ኒ|ኪ|ካ|ና|ኩም|ክን)", r"ክቐትሉ(ኒ|ኪ|ና|ካ)",
    _both(_FAMILY_TI, r"(ዝፈልሐ|ውዑይ|ፈሊሑ|ዝፈለሐ)\s+(ማይ|ዘይቲ|ሻሂ)"), r"መተርኣስ\s+(\S+\s+)?ገጸይ",
    _both(r"(ብህይወት\s+(ስለ\s+)?(ዘለኹ|ዝተበራበርኩ)|ምህላወይ)", r"(እጉሂ|የሕዝነኒ|ይጉህየኒ|ይሓዝን|ይጸልኣኒ)"),
    r"ክጥሕል\s+(እምነ|ደልየ|እየ)",
    _both(r"ይቕረ\s+\S+", r"(ኣይከኣልኩን|ክኢለ\s+የብለይን|ክጻወሮ|ክጻወር)"),
    _both(r"(ከኒና|ፓራሲታሞል)", r"(ካርቶን|ኣልኮል|ንሎሚ\s+(ምሸት|ለይቲ))"),
    _both(r"መፍትሕ", r"(ዓጺዩ|ዓጽዩ|ዓጺዮም|ዓጽዮም)", r"(ክወጽእ\s+ኣይክእልን|ወሲዱ|ወሲዶም)"),
    _both(_CHILD_TI, r"(ቃጸሎ|ብበትሪ|በትሪ)"), r"(ንወዳ|ንጓላ|ወዲ\s+ጎረቤት|ንቖልዓ)\s+(\S+\s+){0,3}(ይወቕዕ|ትወቕዕ|ትወቕዖ|ይወቕዖ|ይገርፍ|ትገርፍ)",
    # Latin-script Tigrinya
    r"\bnab\s+(amlak\w*|fetari\w*|semay)\s+k+e?yd\b", r"\b(chaf|cHaf|tchaf)\s+(nahsi|naHsi|dldl)\b",
    r"\bk?t[hH]l\s+(emne|delye|eye)\b", r"\b\w*qetlu(ni|na)\b", r"\b\w*n?qetle(ki|ka|kum|na)\b",
    r"\bberekina\b", _both(r"\byqre\b", r"\b(aykealkun|aykealkun|kiele\s+yebleyn|ktsawer\w*)\b"),
    _both(r"\b(kenina|paracetamol)\b", r"\b(karton|alkol|lomi)\b"),
    _both(r"\b(kemerA\w*|kmerA\w*|merea|merA)\b", r"\b(bzey\s+(fqadey|dleytey)|akoy|bgdi|aydelen)\b"),
    _both(r"\b(bHayli|bhayli|yegededeni)\b", r"\bkdeqs\b"),
    r"^(?=.*\b(bedankt\s+voor\s+alles|dag\s+lieve|vaarwel)\b)(?=.*\bvergeef\s+(mij|me)\b)",
    r"\b(rij|rijd|rijden|crash\w*)\b(\s+\S+){0,5}?\s+tegen\s+(een\s+|de\s+)?(boom|muur|vrachtwagen|brugpijler|vangrail|paal)\b",
    r"\b(hoe\s+hoog|hoeveel\s+(meter|verdiepingen))\b(\s+\S+){0,7}?\s+(dood|overleef\w*|sterven|sterf)\b",
    _both(r"\b(\w*jongetje|\w*meisje|buurjongen|buurmeisje|kind\s+van\s+de\s+buren)\b", r"\b(brandplek\w*|brandwond\w*|blauwe\s+plekken|geslagen)\b"),
    _both(r"\b(z3l|bez3al|za3lan\w*|b7zan)\b", r"\b(lessa|lsa|ba3dni)\s+3ay?sh\w*"), r"\b(ya\s*)?re?tni\s+ma\s+(5le2\w*|khle2\w*|jit|nwlad\w*)\b",
    r"(ምላጭ|ላማ|ካራ|ከኒና)\s+(\S+\s+){0,3}(ሓቢአ|ሓቢኤ|ሓቢአዮ|ሰዊረ)", r"ትሕቲ\s+ሓመድ",
    r"(ውዑይ|ዝወዓየ|ዝነደደ)\s+\S+\s+(\S+\s+){0,2}(ቆርበተይ|ኢደይ|ኣካላተይ|ሰውነተይ)",
    _both(r"(ወዲ\s+ጎረቤት|ጓል\s+ጎረቤት|ቆልዓ|ቆልዑ)", r"(ቃጸሎ|ብበትሪ)"),
)
_MEANING_UNCERTAIN = (
    r"\b(dozen|doosjes|strips|potjes|voorraad)\s+(\S+\s+)?(slaappillen|slaaptabletten|pillen|tabletten)\b",
    r"\b(5el2|khel2|nafs)\s+(la\s*)?(bokra|bukra|el\s*7aye)\b", r"\b(jebet|jbt|eshtaret|5abbet)\s+(\w+\s+)?(7bub|7boub)\s+n[ou]m\b",
    r"\bgeen\s+zin\s+(meer\s+)?in\s+(morgen|de\s+toekomst|het\s+leven|leven)\b",
    r"\b(heb|hoef)\s+(\S+\s+){0,3}(zelf\s+)?niet\s+meer\s+nodig\b", r"\bniks\s+(meer\s+)?dat\s+(me|mij)\s+hier\s+houdt\b",
    _both(r"\b(raam|venster)\b", r"\bverdieping\b", r"\bopen\b"),
    r"\b(rails|spoor)\b{g}(gestaard|staren|staar|gekeken)\b",
    r"(ما\s+(عاد\s+)?(الي|لي|عندي)|مالي)\s+(خلق|نفس|رغبه)\s+(ل|لل)?(بكرا|بكره|الحياه|عيش|الدنيا|اي\s+يوم)",
    r"ما\s+(في|ضل|بقي)\s+(شي|حدا)\s+(عم\s+)?(يمسكني|يربطني|يخليني)", r"ما\s+رح\s+(ا)?حتاج(ها|هن|ه|و|ن)(?!\S)",
    r"وصيت\s+\S+\s+(ع|على|عل)\s*\S+\s+(لاني|لانو)", r"ومش\s+راجع(ه)?(?!\S)",
    _both(r"شباك", r"طابق", r"(فتحت|فاتح|فاتحه|مفتوح)"),
    r"(ንጽባሕ|ጽባሕ)\s+(\S+\s+){0,3}ድሌት\s+የብለይን", r"(ዝሕዘኒ|ዘትርፈኒ)\s+(\S+\s+){0,3}(የለን|የብለይን)",
    _both(r"(ገዲፈ|ሂበ|ገዲፈላ|ገዲፈሉ|ሂበዮ)", r"ኣየድልየን"), _both(r"መስኮት", r"(ደርቢ|ፎቕ)", r"ከፊተ"),
    r"ከም\s+መንፈስ", r"\bdlet\s+yebleyn\b",
)

# Idioms of kinds met in batches 5-11 (a thing that "committed suicide", loving a food "to death",
# a door that is "hit", going crazy, dead silence, kitchen accidents, directions from a bridge).
_MEANING_IDIOMS = (
    r"\b(dodelijk\w*|moordend\w*)\s+(hekel|saai|saaie|hoofdpijn|vermoeid|moe|druk|drukke|serieus|mooi|lekker|heet|koud|stil)\b",
    r"\bsta\s+op\s+springen\b", r"\b(ga|ging)\s+dood\s+voor\s+(een|wat|die|dat)\b", r"\bde\s+geest\s+(gegeven|geven|gaf)\b",
    r"\bogen\s+niet\s+meer\s+open\s*(te\s+)?houden\b", r"\balles\s+is\s+dood\s+in\s+(huis|de\s+stad)\b",
    r"\b(printer|laptop|computer|telefoon|auto|fiets|wasmachine|tv|router|app)\s+(heeft\s+)?zelfmoord\s+gepleegd\b",
    r"\bmaakte\s+(de|het)\s+(wedstrijd|spel|werk|klus)\s+af\b", r"\bik\s+word\s+(\S+\s+)?gek\b",
    r"\b(afgehakt|afgesneden|gesneden)\b(\s+\S+){0,4}?\s+(broodmes|aardappelmesje|keukenmes)\b",
    r"\bdoodse\s+stilte\b",
    r"(بموت|رح\s+موت|عم\s+موت)\s+(ع|على|عل)\s*(ال)?(فنجان|كاسه|صحن|محشي|شوكولا\S*|قهوه|كنافه|شاورما|اكل|حلو\S*|ملوخيه|بيتزا)",
    r"(جوالي|الجوال|موبايلي|تلفوني|الشاشه|اللابتوب)\s+(ميت|مات|ماتت|ميته)",
    r"(الطابعه|الكمبيوتر|اللابتوب|الموبايل|السياره|الغساله|البراد|التلفون)\s+(\S+\s+)?انتحر\S*",
    r"\b(el|l)\s*(deadline|bureaucracy|biro\w*|emti7an|shoghl|dars|wara2a|bard|7ar|ta3ab|entezar|dawam|madrase|grammar)\s+(3am\s+|ra7\s+)?\w*2t[ei]?lni\b",
    r"يقتلوا\s+بعض", r"(تنزل|بتنزل|انزل|نزال)\s+(من|عن)\s+(ال)?جسر", r"(بيضرب|يضرب|دق|بيدق|بيطرق)\s+(ع\s*)?(ال)?باب",
    r"انقطع\s+نفسي", r"(رح|عم|ح)\s+(ا)?نفجر", r"(سكوت|صمت|هدوء|هدو)\s+(موت|قاتل|مميت)",
    r"(الموسيقي|صوت)\s+(\S+\s+){0,3}(بيقتل|بتقتل|قاتل)(?!\S)",
    r"ክሳብ\s+(ዝመውት|ሞት|ክመውት)\s+(\S+\s+)?(በሊዐ|እጸልእ|እፈቱ|ደኺመ|ሰሒቐ|ጸሊአ|ጠጢዐ)",
    r"ብ(ቑሪ|ቁሪ|ዝሑል)\s+(\S+\s+)?(ይረግእ|ረጊአ|ክረግእ|ክመውት|ሞይተ)", r"ሰሓቕ\s+(\S+\s+){0,2}ኣውዲቑኒ",
    r"ብ(ሽሮ|ቡን|ሻሂ|ዝግኒ|ፒዛ|ቸኮላታ|ጥዑም)\s+(ክመውት|ክሞት|ሞይተ|እመውት)",
    r"(ኣሕምልቲ|ሽጉርቲ|ስጋ|ባኒ|ድንሽ|ኣሕምልቲ)\s+(ክቖርጽ|ክቆርጽ)\s+ከለኹ", r"ማዕጾ\s+(\S+\s+)?(ይወቕዕ|ወቒዑ|ትወቕዕ|የንኳሕኩሕ)",
    r"ብሕፍረት\s+(\S+\s+){0,3}(ክቕበር|ክጠፍእ|ክኣቱ|ክሰወር)", r"(ከዕብዱኒ|ከዕብደኒ|የዕብደኒ|የዕብዱኒ|ክዕበድ|ኣዕቢዱኒ)",
    r"\b(biroqrasi|fetena|sraH|sirah|tmhrti|qtsi|deadline)\s+(\w+\s+)?y?qetl?eni\b",
    r"\bb(msilchaw|sehaq|tmet|dkam|qwri)\s+(\w+\s+)?(emewt|kmewt|moyte)\b",
)

# Round 16 (batches 8-16 are development data; each rule is written by kind, not for one phrasing).
# Idioms: games and sport ("killed everyone in PUBG", "shoots at the goal", "slaughtered us 7-1"),
# theatre deaths, "dying to know", "on the point of death" for things, a dead bird or battery, a
# diving board or trampoline, a boxing bag, beating eggs, "the das om doen", burnt tongue on soup,
# vanishing for a week to the sea, skipping breakfast ("أضرب عن الفطور"), "God take this form away".
_ROUND16_IDIOMS = (
    # Dutch
    r"\bop\s+sterven\s+na\s+dood\b", r"\bniet\s+meer\s+van\s+(het\s+)?(lachen|de\s+pret|plezier)\b",
    r"\bsla\w*\s+((?!(mij|me|ons|haar|hem|mijn|de\s+kinderen)\b)\S+\s+){0,3}?met\s+de\s+(deur|deuren|kastdeur\w*)\b", r"\bde\s+das\s+om\s*(doen|doet|gedaan|deden|deed)\b",
    r"\b(op\s+het\s+(podium|toneel)|in\s+de\s+(film|serie|voorstelling|\S+\s+akte)|in\s+het\s+(toneelstuk|stuk))\s+(\S+\s+){0,2}?(doodgaan|dood\s+gaan|sterven|sterft|vermoord\w*|dood)\b",
    r"\b(doodgaan|dood\s+gaan|sterven|sterft|vermoord\w*)\s+(\S+\s+){0,2}?(op\s+het\s+(podium|toneel)|in\s+de\s+(\S+\s+)?(akte|scene|film|voorstelling))\b",
    r"\bschiet\w*\s+(\S+\s+){0,3}?(op\s+(het\s+)?doel|naast|over\s+het\s+doel|op\s+de\s+goal|op\s+de\s+basket)\b",
    r"\bbokszak\w*\b(\s+\S+){0,8}?\s+(slaat|sloeg|stompt|stompte|schopt|trapt|slaan)\b",
    r"\b(dood|vermoord|gedood|neergeschoten|afgemaakt)\w*\s+(\S+\s+){0,3}?(in\s+)?(het\s+)?(spel|spelletje|potje|game|level)\b",
    r"\b(ingemaakt|ingepakt|afgedroogd|weggespeeld)\b(\s+\S+){0,3}?\s*\d+\s*\d*\b",
    r"\btouwtje\w*\b", r"\b(kerstboom|boom|cactus|plant|goudvis|vis)\s+(\S+\s+){0,6}?(helemaal\s+|echt\s+)?dood\b",
    r"\b(batterij|accu|telefoon|mobiel|laptop|wifi|internet)\s+(\S+\s+)?(is\s+|was\s+)?(leeg|dood|plat)\b",
    # Arabic and Arabizi
    r"(بيقتل|يقتل|نقتل|بنقتل|قتلت|قتلنا|ذبحت|دبحت|قتل)\S*\s+(\S+\s+){0,4}?(ب|في\s+|عال|عل|ع\s*)?(ال)?(لعبه|لعبة|ببجي|بلايستيشن|بلاستيشن|فورتنايت|ليدو|الليدو|زومبي\S*|جيم|الجيم|العاب)",
    r"(ببجي|pubg|فورتنايت|fortnite|بلايستيشن|لعبه\s+(قواص|حرب|اكشن)|لعبة\s+(قواص|حرب|اكشن))(\s+\S+){0,6}?\s+\S*(قتل|قاتل|اقتل|دبح|ذبح)\S*",
    r"(متل|مثل|زي|ك)\s*(ال)?زومبي\S*", r"(ت|ي|ب|بت|بي|ل)?موت\S*\s+(ع|على|عل|في|ب)\s*(ال)?(مسرح|خشبه|الشاشه|الفيلم|المسلسل)",
    r"(مسرحيه|بالمسرحيه|بمسرحيه|فيلم|بالفيلم|مسلسل|بالمسلسل)(\s+\S+){0,6}?\s+(لازم\s+|رح\s+|بدها\s+|بدو\s+)?(ت|ي)موت(?!\S)",
    r"(اضرب|بضرب|ضربت|رح\s+اضرب)\s+(عن\s+)?(ال)?(فطور|الفطور|غدا|الغدا|عشا|العشا|اكل|الاكل)",
    r"(ينط|بينط|ينطوا|بينطو|ينطو|نط|قفز|يقفز)\S*\s+(\S+\s+){0,3}?(ع|على|عل|من|عن)\s*(ال)?(ترامبولين|لوح\s+(ال)?غطس|منصه\s+(ال)?(غطس|قفز)|مسبح|المسبح|بيسين)",
    r"(بيشوت|يشوت|شوت|سدد|بيسدد)\S*\s+(\S+\s+)?(ع|على|عل)\s*(ال)?(مرمي|غول|جول|كول|سله)",
    r"(دبحونا|ذبحونا|سحقونا|مسحو\s+فينا|قتلونا|غلبونا|ضربونا)\s+(\S+\s+){0,3}?(بالماتش|بالمباراه|بالمباره|بالفوتبول|بالكوره|بالطابه)",
    r"(شاي|مشروب)\s+(ال)?اعشاب", r"(بدي|رح|بحب)\s+(ا)?ختفي\s+(\S+\s+)?(اسبوع|يومين|شهر|شوي|عالبحر|عالجبل|بالعطله)",
    r"\b(el\s+)?(laptop|labtop|telefon\w*|tlfon\w*|mobile|mobail\w*|mobayl\w*|pc|computer|kompyuter|wifi|betarye|batarye|charger)\s+(\w+\s+)?(darab|ndarab|mat|met|khirib|5irib|5reb|t3attal|tafa)(\s+w\s+ra7\s+(kel|kol)\s+(shi|she))?\b",
    # "el net mat" (the internet died), never the Dutch "net ... met" ("mijn man heeft mij net geslagen met de stoel")
    r"\b(el\s+)?net\s+(darab|ndarab|mat|khirib|5irib|5reb|t3attal|tafa)(\s+w\s+ra7\s+(kel|kol)\s+(shi|she))?\b",
    r"\b(mut+|mot|mout|mayyet|mayet|mayt|mit|ra7\s+mout|ra7\s+mut)\s+(mn|men|min|m)\s*(el|l)?\s*(3atach|3atash|3a6ash|3tash|no3as|nu3as|ju3|jou3|joo3)\b",
    r"\b(el|l)\s*(deadline|biro\w*|emti7an|shoghl|dars|wara2a|dawam|knm|inburgering)\s+(\w+\s+){0,3}?((3am|ra7|7a)\s+)?\w*2t[ei]?lni\b",
    r"\b(tabe3a|printer|laptop|computer|telefon\w*|mobile)\s+(\w+\s+)?(nta7ar\w*|enta7ar\w*)\b",
    r"\b(pubg|fortnite|minecraft|playstation|game|le3be|la3be)\b(\s+\S+){0,5}?\s+\w*(2tol|2atal|2tel|2etel|dba7|dbe7)\w*",
    r"\b\w*(2tol|2atal|2tel|2etel|dba7|dbe7)\w*\s+(\w+\s+){0,3}?(bel|bi|b)?\s*(pubg|fortnite|minecraft|playstation|game|le3be|la3be)\b",
    # Tigrinya (Ge'ez and Latin)
    r"ኣምላኽ\s+(ነዚ|ነዛ|ነቲ|ነታ|ነዞም)\s+(\S+\s+)?(ይውሰዶ|ይውሰዳ|ይውሰዶም|ይውሰዶ)", r"ደው\s+ኢለ\s+(ክድቅስ|እድቅስ|ደቂሰ)",
    r"ከም\s+ዞምቢ", r"(ሰሙን|ንሰሙን|ክልተ\s+መዓልቲ|ንዕረፍቲ|ዕረፍቲ|ናብ\s+ባሕሪ|ካብ\s+ፌስቡክ|ካብ\s+ሶሻል\s+ሚድያ)\s+(\S+\s+){0,2}?ክጠፍእ",
    r"ኣብ\s+(መድረኽ|ተዋስኦ|ፊልም|ድራማ)\s+(\S+\s+)?(ክትመውት|ክመውት|ትመውት|ይመውት|ክሞት|ሞይቱ|ሞይታ)",
    r"(ክፈልጥ|ክርእዮ|ክርእያ|ክሰምዕ|ክበልዖ|ክፈልጦ)\s+(ክመውት|ክሞት)(\s+(ደልየ|እየ|ቀሪበ))?",
    r"(ኩዕሶ|ኩእሶ|ኳዕሶ|ጸወታ)\s+(\S+\s+){0,4}?(ሓሪዶምና|ሓሪድናዮም|ቀቲሎምና|ቀቲልናዮም|ወቒዖምና|ይወቅዕ|ይወቕዕ|ወቒዑ|ይወቅዖ|ይወቕዖ)(?!\S)",
    r"(ጸወታ|ጌም|ፕሌይስቴሽን|ፎርትናይት|ፐብጂ)\s+(\S+\s+){0,4}?(ክቐትለኪ|ክቐትለካ|ክቐትለኩም|ቀቲሉ|ቀቲላ|ይቐትል|ትቐትል|ቀቲለ|ክቃተሉ)",
    r"(ሪሞት|ቴሌቪዥን|ጸወታ|ኩዕሶ)\s+(\S+\s+)?(ክቃተሉ|ይቃተሉ|ተቓቲሎም)", r"ወሪድ\S*\s+(ን?የማን|ን?ጸጋም)",
    r"(መሕንበሲ|ትራምፖሊን|ሓንበስ)\S*\s+(\S+\s+){0,2}?(ክዘልል|ይዘልል|ዘሊሉ|ዘሊላ|ክነጥር)",
    r"(እንቋቑሖ|ክሬማ|ሊጥ|ሓሊብ)\s+(\S+\s+){0,2}?(ወቕዖ|ወቕዕዎ|ትወቕዕ|ይወቕዕ|ወቕዕ|ክወቕዕ)(?!\S)",
    r"(ቦክስ|ቦክሲንግ)\s+(\S+\s+){0,6}?(ይወቕዖ|ይወቕዕ|ወቒዑ|ይወቕዓ|ይሃርም)(?!\S)",
    r"(ሾርባ|ሻሂ|ቡን|ጸብሒ|ሓሊብ)\s+(\S+\s+)?(መልሓሰይ|ከናፍረይ|ኣፈይ)\s+(ኣንዲደ|ነዲዱ|ተቓጺሉ|ኣቃጺለ)",
    r"(ተሌፎነይ|ተሌፎን|ባትሪ|ሞባይል|ዊፊ|ዋይፋይ|ኢንተርነት|ላፕቶፕ|ኮምፒተር)\s+(\S+\s+){0,2}?(ሞይቱ|ሞይታ|ሞዪቱ|ወዲኡ)",
    r"(ቀጠሮ|ፖርትፎሊዮ|ደድላይን|deadline)\s+(\S+\s+)?(ይቐትለኒ|ክቐትለኒ|ቀቲሉኒ)",
    r"\b(biroqrasi|fetena|sraH|sirah|tmhrti|qtsi|deadline|portfolio|knm)\s+(\w+\s+)?(y|k|ki)?(q|k)etl?eni\b",
    r"\b(wifi|internet|telefon\w*|mobail\w*|batri|laptop)\s+(\w+\s+){0,2}?(moyitu|moytu|moyita|wediu)\b",
    r"\b(nafiqe|nafiqa|nafqe)\s+k?i?(mewt|mot)\b", r"\b(kuEso|kueso|kuaso|kwaso|kwEso)\b(\s+\S+){0,4}?\s+\w*(haridomna|qetilomna|weqiomna)\b",
    # more everyday kinds (round 16): heat in the face, hair cut, a zombie after a short night,
    # a pet with a dead bird, horror films, keys on a string, herbs instead of pills, vitamins,
    # a diabetic's dose, moving boxes, a goal, laundry, a prescription, a nosebleed
    r"\b((de|die|deze)\s+)?(hitte|warmte|kou|wind|regen|geur|stank|lucht)\s+sloeg\s+(me|mij)\s+(\S+\s+)?in\s+het\s+gezicht\b",
    r"\bzelfverdediging\w*\b", r"\b(haar|haren|nagels|baard)\s+(\S+\s+)?(laten\s+)?(knippen|geknipt|kort|te\s+lang)\b",
    r"\b(ben|was|voel\s+me|als|net)\s+(een\s+)?zombie\w*\b",
    r"\b(kat|poes|hond)\b(\s+\S+){0,3}?\s+(dode|dood)\s+\S+(\s+\S+){0,3}?\s+(genomen|gebracht|gevangen|gelegd)\b",
    r"\bdode\s+(vogel\w*|muis|muizen|rat|ratten|mug\w*|vlieg\w*|vis|vissen|plant\w*|bladeren|batterij|hoek|punt|letter)\b",
    r"\b(horrorfilm|griezelfilm|enge\s+film|horrorserie)\w*\b", r"\bdurf\w*\s+niet\s+(meer\s+)?(alleen\s+)?(te\s+)?slapen\b",
    r"\b(aan\s+de\s+sleutel\w*|sleutel\w*)\s+(\S+\s+){0,5}?hangen\b",
    r"(احسن|افضل|بدل|بدال)\s+(من\s+)?(ال)?(حبوب|دوا)(\s+(ال)?نوم)?(?!\S)",
    r"\bb(xmii|xmi|tsmii|tsmi|tmii)\s+k?i?mewt\b", r"(ከኒና\s+)?ቪታሚን\S*(\s+d)?(?!\S)", r"(ብግዕዝ|ብጌዝ)\s+ተሰቢረ", r"ካርቶን\S*\s+(\S+\s+)?(ጸይረ|ጸይሩ|ጸይርና)",
    r"\bbge+z\s+tesebire\b", r"\bkarton\w*\s+(\w+\s+)?tseyr\w*", r"ጎል\s+(ኣየእቱን|የእቱ|ኣእትዩ|ኣይኣተወን|ኣየእተወን)",
    r"ካብ\s+ከኒና\s+ዝሓይሽ", r"ናይ\s+ኣእዋም\s+ሻሂ", r"(ህጻን|ቆልዓ)\s+(\S+\s+){0,3}ኣየደቀሰ\S*",
    r"ክዳውንቲ\s+(\S+\s+){0,2}(ከንጠልጥሎ|ከንተልተለኦ|ከንጸላልዎ|ክሰጥሖ|ክሰጥሖም|ክነጽፎ)", r"\bkdawnti\b(\s+\S+){0,3}?\s+\w*(ntelteleo|ntelTelo|ntseleo)\b",
    r"(ወረቐት|ወረቀት)\s+(ሓኪም|ሓኺም)", r"\b(wereqet|wereket)\s+hakim\b", r"ኣፍን\S*\s+(\S+\s+)?ደም", r"\bafn\w*\s+dem\b",
    r"\b(fortnite|minecraft|pubg|game|playstation)\b(\s+\S+){0,4}?\s+\w*qetl\w*",
    r"\b(3am\s+)?(yedrob|byedrob|bidrob|darab|yshout|byshout|shat)\w*\s+(el\s+|l)?(toba|tabe|ball|kura|kora|football)\b",
    r"(عم\s+)?(يضرب|بيضرب|ضرب|بيشوط|يشوط|شاط)\S*\s+(ال)?(طابه|كوره|فطبول|بالون)(?!\S)",
    r"\bhoeveel\s+(eenheden|ml|mg|milligram)\b", r"ኢንሱሊን\s+(ይወስድ|ትወስድ|ይወግእ|ትወግእ)", r"ብዘይ\s+(በረንዳ|ባልኮኒ)", r"\bbzey\s+(berenda|balkoni)\b",
)

# Round 16: crisis and uncertain rules by kind, from the misses of batches 8-16 (development data):
# a date or a place chosen, a car running in a closed garage, hot things pressed on the skin, "before
# I leave this world" inside an ordinary question, a decision not to be there next month, strangling
# or beating "her" (a neighbour, a sister), a rope tied or hung up, waiting until everyone sleeps,
# a child left in a hot car or alone without food, a girl to be cut, sex demanded for rent or money,
# passports withheld, threats from one's community ("we know which school your daughter goes to"),
# a man with a knife at the door, thrown out at night with the children, an uncle in a child's room.
_ROUND16_CRISIS = (
    # Dutch
    _both(r"\bgarage\b", r"\bmotor\s+(\S+\s+)?(aan|draait|loopt|laten\s+lopen)\b"),
    r"\b(heet|hete|gloeiend\w*|brandend\w*|aansteker|sigaret|strijkijzer)\b{g}op\s+(mijn|m[ij]n)\s+(huid|arm|armen|been|benen|hand|handen|buik|dijen?)\b",
    r"\b(voor|voordat|voor\s+dat)\s+ik\s+er\s+(\S+\s+)?niet\s+meer\s+(ben|zal\s+zijn)\b",
    r"\bben\s+ik\s+er\s+(toch|al|dan|misschien)\s+niet\s+meer\b",
    r"\b(besloten|beslist|gekozen)\b(\s+\S+){0,6}?\s+(niet\s+meer\s+(leef|leven|ben|zal\s+zijn|wakker)|er\s+niet\s+meer\s+(ben|zal\s+zijn))\b",
    _both(r"\bhoeveel\b", r"\b(hart|ademhaling|adem)\s+(\S+\s+)?(stopt|stilstaat|stil\s+staat|ophoudt|stoppen)\b"),
    r"\b(mij|me|ons|haar|mijn\s+moeder)\s+(sloeg|slaat|schopte|schopt|trapte|trapt|wurgde|wurgt|sloegen|slaan)\b",
    _both(r"\b(verdieping|etage|hoogste|bovenste)\b", r"\b(spring\w*|sprong|geprobeerd\s+te\s+springen)\b"),
    r"^(ik\s+)?(spring|ga\s+springen)\s+(nu|zo|meteen|vannacht|straks)$",
    _both(r"\b(niet\s+(meer\s+)?terug\s*(kom|komen|keren|keer)|nooit\s+meer\s+terug)\b",
          r"\b(zee|water|rivier|kanaal|meer\s+in|kus|afscheid|weggegaan|vaarwel|de\s+kinderen)\b"),
    _both(r"\bkom\s+(\S+\s+)?niet\s+(meer\s+)?terug\b", r"\b(zee|water|rivier|kanaal|kus|afscheid|weggegaan|vaarwel)\b"),
    r"\b(knie|voet|hand|handen)\s+(\S+\s+)?op\s+(mijn|m[ij]n)\s+(nek|keel|hals)\b",
    r"\bben\s+er\s+(morgen|straks|vannacht|vanavond|binnenkort|na\s+vandaag)\s+niet\s+meer\b",
    r"(غطس|غط|دفش|حط)\s+راسي\s+(\S+\s+)?(بالمي|بالميه|بالبانيو|بالماء|بالمغطس)",
    r"(بدي|رح|نفسي)\s+(ا)?روح\s+(لعند|عند|ل)\s*\S+\s+(بالجنه|عالجنه|بالسما|عالسما)",
    r"(ضرب|رفس|لبط|دفش)\S*\s+(\S+\s+)?ببطن(ها|ي|و)", _both(r"(?<!\S)حامل(?!\S)", r"(?<!\S)(رفس|ضرب|دفش|لبط)\S*"),
    r"(من|بسبب)\s+(ضرب|ضربات|بوكسات|كفوف)\s+(جوزي|زوجي|ابوي|اخوي|طليقي)",
    r"ናብ\s+(ባሕሪ|ሩባ|ቀላይ)\s+(\S+\s+){0,2}?(ክኣቱ|ኣትየ|ኪዓቱ)\s+(\S+\s+){0,3}?(ከይምለስ|ዘይረአ|ኣይምለስን|ኣይክምለስን)",
    r"\bnab\s+bahri\s+(\w+\s+){0,3}?(keymles|aykmlesn|aymlesn)\b",
    _both(r"ባቡር", r"(ኣብ\s+መስመሩ|ኣብ\s+ሓዲድ|ኣብ\s+መስመር)\s+(\S+\s+)?ክድቅስ"), _both(r"(ኦም|መንደቕ|ገረብ)", r"(ክኣቱ|ክጋጮ)\s+እየ"),
    r"ክበራበር\s+ኣይ(ደልን|ደለን|ደልየን)", _both(_CHILD_TI, r"(ኣቦኡ|ኣዲኡ|ኣቦኣ|ኣዲኣ|ሰብኣየይ|ሰበይተይ)\s+(እዩ|እያ)\s+ዝገብሮ"),
    # Arabic (also as read from Arabizi)
    r"(قبل\s+ما|بعد\s+ما)\s+(ا)?روح\s+(من|عن)\s+(هال|هذه\s+ال|هاي\s+ال)?(دنيا|عالم)",
    r"(قررت|قررت\s+اني|قررت\s+انو)\s+(\S+\s+)?(ما|مش|لن)\s+(رح\s+|ح\s+)?(ا)?كون\s+موجود",
    _both(r"(جوزها|زوجها|ابوها|اخوها|طليقها|ابوه|اخوه|جوز\s+\S+|زوج\s+\S+)", r"(?<!\S)(ضربها|بيضربها|يضربها|عم\s+يضربها|ضربو|بيضربو|خنقها|بيخنقها|دفشها|رفسها|ضربا)(?!\S)"),
    r"(?<!\S)(عم\s+)?(يخنق|بيخنق|خنق|يموت|بيموت|بيقتل|يقتل)(ها|هن)(?!\S)",
    r"(?<!\S)\S*(جلد|سلخ|لسع)\S*(ني|نا|وني)(?!\S)", r"\b\w*(jled|jald|jlid)\w*(ni|na)\b",
    r"(علقت|ربطت|جهزت|ركبت|زبطت|شديت)\s+(ال)?حبل", r"(استني|بستني|عم\s+استني|رح\s+استني|ناطر|ناطره)\s+(\S+\s+)?(كلهن|الكل|كلهم|كلن|الجميع)\s+(ي|ب)?نام",
    _both(r"(?<!\S)(ال|هال)?حبل(?!\S)", r"(خشبه|سقف|السقف|السقيفه|عارضه|رقبتي|علقت|ربطت|المخزن|الشجره)"),
    _both(r"(يطهر|ليطهر|طهور|ختان|يختن|ليختن|يطاهر|طهاره\s+البنات)\S*", r"(بنت|بنتي|بنتنا|ني|عمري|السودان|مصر|الصومال|اثيوبيا)"),
    _both(r"(انام|نام|تنامي|ينام|نمت)\s+(مع|ويه|وياه|معو|معه)", r"(الفلوس|فلوس|مصاري|المصاري|الاجار|اجار|ايجار|الديون|الدين|صاحب\s+البيت|والا)"),
    r"(صور|فيديو|فيديوهات)\s+(\S+\s+){0,2}(بلا|بدون|من\s+غير)\s+(تياب|ثياب|هدوم|ملابس)",
    r"(ما\s+(بيرجعو|رجعو|بيعطونا|بيعطوني|عم\s+يرجعو|رضيو\s+يرجعو)\S*|اخدو|ماخدين|حاجزين|محتجزين|سحبو)\s+(\S+\s+)?(ال)?(جوازات|جواز|باسبور|جوازي|جوازاتنا|اوراقنا|اوراقي)",
    _both(r"(منعرف|بنعرف|نعرف|عارفين|منعرفك|بنعرفك)", r"(وين|باي|بأي|اي)\s+(\S+\s+)?(مدرسه|بتدرس|ساكن|ساكنه|بيتك|بتشتغل)"),
    r"(معو|معه|حامل|ماسك|شاهر)\s+(سكين|موس|مسدس|ساطور|سلاح)\s+(\S+\s+)?(بالممر|عالباب|بالدرج|قدام|عم\s+يصرخ|عم\s+يدق|عالدرج|بالبنايه)",
    _both(r"emojiknife", r"(باب|deur|ማዕጾ|الباب|عالباب)"),
    _both(r"(البيبي|الطفل|بيبي|الرضيع|ابنها\s+الصغير)", r"(بالسياره|بالسيارة|بالسياره)", r"(شوب|حر|لحالو|لحالها|بتترك|تاركه|ترك|تركت)"),
    _both(r"(اذا|لو)\s+(انا\s+)?(مت|متت)(?!\S)", r"(رتب|ولادي|وصيه|قبل\s+ال)"),
    r"(افكر|بفكر|فكر|عم\s+فكر|صرت\s+فكر)\s+(\S+\s+)?(ب|في\s+)ال?موت(?!\S)",
    r"(ما|مش|مو)\s+(عاد\s+)?(بدي|اريد|بريد)\s+(ضل|ابقي|ابقا|اضل|ظل)\s+(عايش|عايشه|حي|حيه|بالدنيا)",
    r"(لازم|بدو|بدهم|رح)\s+(\S+\s+){0,3}(ل)?(اتجوز|تجوز|اتزوج|تزوج)", 
    # Arabizi
    r"\bro7\s+(men|mn|min|3an)\s+(hal\s*)?d[eo]?n[iy][ae]\b", r"\b(3alla2t|3ala2t|3alat|rabatt|rabat|jahhazt|jahazt)\s+(el\s+)?7a?b[e]?l\b",
    r"\b\w*(5n[aou]?2|khn[aou]?2)(ha|o|u)\b", r"\b(sowar|swar|sura|souar)\s+(\w+\s+)?(bala|bdoun|bidun|mn\s+8er)\s+(tyeb|tiyab|thiyab|hdoum|malabes)\b",
    r"\b(tala3|tal3|tarad|ta7ash)\w*ni\s+(\w+\s+){0,5}?barra\b",
    r"\b(3am\s+|bi|b)?y[aei]?[dt]r[ou]b\s+(el\s+|l)?(wlad|wled|awlad|emmi|immi|mama|benti|ebni|marto|ukhti|o5ti|5ti)\b",
    # Tigrinya (Ge'ez)
    r"ኣብ\s+መቓብር\s+(\S+\s+){0,3}?(ክኸውን|ክድቅስ|ክኣቱ|ክቕበር)", r"(ንኽመውት|ክመውት)\s+(\S+\s+){0,3}(ካብ\s+)?ክንደይ",
    r"(ክቕጽል|ንምቕጻል|ክነብር)\s+(\S+\s+)?(ምኽንያት|ትርጉም|ረብሓ)\s+የብለይን", r"(ህርመት|ውቕዒ|መውቃዕቲ)\s+(ሰብኣየይ|ሓወይ|ኣቦይ|ሰበይተይ|ሰብኣያ)",
    r"ካብዛ\s+ዓለም\s+(ምኻደይ|ምኻድ|ምፍላየይ|ምጥፋእ)", _both(r"ኣይክህሉን\s+እየ", r"(ወሲነ|ዝመጽእ\s+ወርሒ|ኣይክበጽሖን)"),
    _both(r"(ሰብኣያ|ሰብኣይ|ሓዋ|ኣቦኣ|ሓወይ|ሰብኣየይ|ኣኮይ)", r"(?<!\S)(ወቒዑዋ|ሃሪሙዋ|ረጊጽዋ|ረጊጹዋ|ጎዲኡዋ|ሓኒቑዋ|ይወቕዓ|ይሃርማ|ይሓንቓ|ወቒዓታ)(?!\S)"),
    r"(?<!\S)(ይሓንቓ|ይሓንቖ|ሓኒቑዋ|ሓኒቑዎ|ትሓንቖ)(?!\S)", r"ከብዳ\s+(\S+\s+)?(ረጊጽ\S*|ወቒዑ\S*|ሃሪሙ\S*)",
    r"ኣብ\s+ዓራት\s+(\S+\s+)?(ኣሲሩ|ኣሲሮም|ኣሲራ|ይኣስሩ|ይኣስራ|ኣሲርዋ|ኣሲሩዋ)", r"ብካራ\s*(የፈራርሓ|የፈራርሀ|ኣፈራሪሑ|የፈራርሑ)",
    r"(ኢደይ|እግረይ|ኣእጋረይ|ኣእዳወይ|ሰለፈይ|ቆርበተይ)\s+(\S+\s+){0,2}?(እቖርጽ|እቖርጾ|ቆሪጸ|እሓርድ|ኣቃጺለ|ኣንዲደ)",
    _both(r"(ይግብኣኒ|ይግብኣኒ\s+እዩ|ይበቕዓኒ)", r"(ኣፍሲሰ|ኣቃጺለ|ቆሪጸ|ዝፈልሐ|የሕምመኒ|ኣንዲደ|ወቒዐ)"),
    r"ታሪኸይ\s+(ኣብዚ\s+)?(ይውዳእ|ተወዲኡ|ክውዳእ|ይዛዘም)", r"ካራ\s+(ዝሓዘ|ሒዙ|ዝሓዘት|ሒዛ)\s+(\S+\s+){0,3}(ማዕጾ|ኮሪዶር|ደገ|መደያይቦ|ይጭድር|ይጭርሕ)",
    r"ካብ\s+ገዛ\s+(\S+\s+)?(ኣውጺኡና|ኣውጺኡኒ|ሰጒጉና|ሰጒጉኒ|ደርብዩና|ኣውጺኦምና)",
    _both(r"(ክግዘር|ክግዝራ|ክትግዝራ|ክግዝርዋ|ግዝረት|ክትግዘር)", r"(ጓል|ጓልና|ጓለይ|ኣነ|ዓመተይ|ሱዳን|ኤርትራ)"),
    _both(r"(ኣኮይ|ኣኮኣ|ሓሙይ|ሰብኣይ\s+ኣደይ|ኣቦ\s+ሓፍተይ)", r"ለይቲ", r"(ክፍሊ|ዓራት)"),
    _both(r"(ህጻን|ህጻና|ቆልዓ|ህጻናት)", r"ኣብ\s+መኪና", r"(ሙቐት|ገዲፋ|ገዲፋቶ|ገዲፋቶ|በይኑ|በይና)"),
    _both(r"(ቆልዑ|ደቀይ|ህጻናት|ደቃ|ደቁ)", r"(በይኖም|በይኖም)", r"(መግቢ\s+የለን|ጥሜት|ለይቲ|መዓልቲ)"),
    _both(r"ከሓዲ", r"(ንፈልጥ|ንፈልጦ|ፈሊጥና)"), _both(r"ይቕረ\s+\S+", r"(ክጾሮ|ኣይክእልን)", r"(ጽባሕ|ደጊም|ኣብኡ)"),
    _both(r"(ካራ|ሽጉጥ)", r"(ስእሊ|gps|ሰዲዱለይ|ሰዲዱ)", r"(ገዛይ|ገዛና|መኪናይ)"),
    # Latin-script Tigrinya
    r"\bh[iy]?wet[ea]y\s+k?i?t[fp]e?\w*\s+d[ae]l", r"\bhrmet\s+seba?yey\b", r"\by?han[kq]+[ao]\b", r"\by?we[kq]['`]?om\b",
    r"\bkab\s+geza\s+(\w+\s+)?(awxi\w*|awtsi\w*|awts\w*|segigu\w*)", r"\bkara\s+(zhaze|hizu|zhazi|hiza)\b",
    _both(r"\b(kehadi|khadi|kehadi)\b", r"\bnfelt\w*"), _both(r"\bqol\w*", r"\bbeynom\b", r"\b(megbi|leyti|meAlti)\b"),
    # insulin or medicine stopped on purpose
    _both(r"(insulin\w*|انسولين|ኢንሱሊን|insuline)", r"(3an\s+9asd|3an\s+qasd|عن\s+قصد|قصدا|expres|bewust|ብፍላጥ|ma\s+darabt|ما\s+ضربت|ما\s+عم\s+اضرب|gestopt|niet\s+meer\s+gespoten|ኣቋሪጸ)"),
)
_ROUND16_UNCERTAIN = (
    r"\b(mij|me)\s+niet\s+(\S+\s+){0,2}(uit\s+huis|naar\s+buiten|de\s+deur\s+uit)\s+laat\b",
    _both(r"\b(bloedt|bloed)\b", r"\b(help|hulp|112)\b"), _both(r"\b(baby|kindje|peuter)\b", r"\bin\s+de\s+auto\b", r"\b(warm|heet|hitte|alleen|liggen|achter)\b"),
    _both(r"\bkinderen\b", r"\balleen\b", r"\b(eten|honger|s\s+nachts|dagen)\b"),
    r"^(هلق|هلا|الحين|هسه|هسا|هلأ)\s+(ب|رح\s+|ح\s+)?(نط|انط|اقفز|بنط)$", r"^ሕጂ\s+(ክዘልል|ክነጥር)\s+(እየ|እዩ)$",
    r"ኩሉ\s+(ከብቅዕ|ክውድኦ|ከብቅዖ|ክውድእ)\s+(እየ|እያ|እዩ)", r"(ንጽባሕ|ጽባሕ)\S*\s+(\S+\s+){0,3}ድሌት\s+የብለይን",
    r"(مين|شو)\s+(\S+\s+)?(بياخد|ياخد|بيربي|رح\s+ياخد)\s+ولادي\s+(اذا|لو)",
    r"ሓደጋ\s+(ክመስል|ይመስል|ከም\s+ዝመስል)", r"\b(op|als)\s+een\s+ongeluk\s+(lijkt|lijken|te\s+laten\s+lijken)\b", r"(كانو|كأنو|كانه|كأنه)\s+(حادث|حادثه)",
    r"ድሕሪ\s+(ሞተይ|ምማተይ)", r"\bna\s+mijn\s+dood\b", r"بعد\s+(موتي|ما\s+موت)(?!\S)", r"ስለምንታይ\s+(ክበልዕ|ክነብር|ክሰቲ)(?!\S)",
    _both(r"\b(5ayin|khayin|5aen|khaen)\b", r"\b(na3rif|mna3ref|bna3ref|n3rf|mn3rf)\b"), r"\bkulu\s+(kwdo|kwedo|kebq\w*)\s+(eye|iye)\b",
)

# Round 17: a context in which alarming words are play or hyperbole (a game, sport, a film, series
# or book, cooking, the garden, laughter). Written by kind, not from any held-out phrasing: next to
# such a cue neither a crisis pattern nor the classifier gives the emergency answer, only the gentle
# question (which also gives 113/112): grooming in a game or a console given away is still a crisis.
_CONTEXT_CUES = (
    r"\b(game|games|gamen|gamet|gamede|spel|spelletje\w*|potje|playstation|ps[345]|xbox|nintendo|"
    r"fortnite|minecraft|pubg|fifa|roblox|gta|weerwolv\w*|schaak\w*|monopoly|kaartspel\w*|bordspel\w*|"
    r"voetbal\w*|wedstrijd\w*|keeper|scheidsrechter|doelpunt\w*|elftal|competitie|toernooi|sportschool|"
    r"film|films|serie|series|aflevering|netflix|boek|roman|thriller|detective|acteur|actrice|toneel\w*|"
    r"musical|recept\w*|uien|kookles|onkruid|moestuin|haha\w*|hihi\w*|lol)\b",
    r"(?<!\S)(ال|هال|ب|بال)?(لعبه|العاب|جيم|ببجي|فورتنايت|ماينكرافت|بلايستيشن|فيفا|مباراه|ماتش|كوره|فوتبول|طابه|"
    r"فيلم|افلام|مسلسل|روايه|مسرحيه|طبخ|طبخه|بصل|بصله)(?!\S)", r"ههه",
    r"\b(pubg|fortnite|playstation|fifa|match|filem|film|mosalsal|netflix|hahaha\w*|tsewata|chewata|kuaso|kwaso|kueso)\b",
    r"(?<!\S)(ብ|ኣብ\s+)?(ጸወታ|ጌም|ኩዕሶ|ኳዕሶ|ኩእሶ|ግጥም|ፊልም|ድራማ|ተኸታታሊ|መጽሓፍ|ቴያትር|ተዋስኦ|ሽጉርቲ|ሓሓሓ)\S*",
    # Round 23: said as a joke, and a question how to say something in Dutch (a quotation, not the writer's own
    # words; a real one still gets the gentle question with 113/112); more game titles.
    r"\b(als|voor\s+de|uit\s+de|een)\s+grap\b|(?<!\bgen\s)(?<!\bgeen\s)\bgrapje\b|\bhoe\s+(zeg|schrijf)\s+(je|ik)\b(\s+\S+){0,12}?\s+in\s+het\s+(nederlands|nl)\b"
    r"|\b(call\s+of\s+duty|cod|warzone|apex|valorant|overwatch|counter\s*strike|zelda|mario|candy\s+crush|clash\s+of\s+clans|among\s+us|sims)\b",
    r"(?<!\S)(بمزح|عم\s+امزح|مزحه|مزح|بالمزح|عالمزح|مزاح|نكته|نكت)(?!\S)|(?<!\S)(كيف|شلون|شو)\s+(ب|بن|ت|بت)?(قول|قلها|كتب|كتبها|تنقال|بتنقال|بينقال|تنكتب)\S*(\s+\S+){0,12}?\s+(بالهولندي|بالهولنديه|بالنيرلاندي|بالهولندية)(?!\S)",
    r"(?<!\S)(ብዋዛ|ብላግጺ|ብቐልድ|ዋዛ|ቀልዲ)(?!\S)|(?<!\S)(ብደች|ብሆላንድኛ|ብኔዘርላንድኛ)\s+(\S+\s+)?(ከመይ|እንታይ)\s+(ይበሃል|ይጽሓፍ|ክብል|ክጽሕፍ|ይብሃል)\S*"
    r"|\b(bwaza|b\s*waza|bqeldi)\b",
)


# A laugh or a joke marker: the classifier alone raises no alarm next to it, a pattern only the gentle
# question (someone in despair may still write "haha"; then a rule must see the signal). Looked for
# in the text as typed (lower case): the matching view squeezes "هههه" to one letter.
_JOKE = re.compile("[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F604\U0001F601\U0001F61C\U0001F61D\U0001F92A]"
                   r"|(?<![^\W\d_])(?:(?:ha|he|hi){2,}h?|lol+|lmao|xd+|h{3,}|j{3,}|k{4,})(?![^\W\d_])"
                   "|\u0647{3,}|\u0647\u0627\u0647\u0627|[\u1203\u1213]{3,}")

# A threat to kill "me" under a condition ("my mother kills me if she sees my report"): with a trivial
# condition an idiom; with any other condition only the gentle question, unless the condition is about
# leaving, telling, the police or being found out, as real threats are (round 17).
_THREAT_TO_ME = (r"\b(vermoord\w*|doodmaak\w*|dood\s+maakt|maakt\s+(me|mij)\s+af|slaat\s+(me|mij)\s+dood|wurgt\s+(me|mij))\b"
                 r"|\S*(قتل|دبح|ذبح)\S*ني(?!\S)|ክ?ት?ቐትለኒ|ክቐትሉኒ|\b\w*(2tol|2atel|2tel|dba7|dbe7)\w*ni\b|\b\w*qetleni\b")
_CONDITION = r"\b(als|indien|wanneer|zodra)\s+(ik|je|jij|ze|zij|hij)\b|(?<!\S)(اذا|لو|ان)(?!\S)|እንተ|\b(iza|eza|law|ente)\b"
_SERIOUS_CONDITION = (
    r"\b(weg\s*ga\w*|wegloop\w*|verlaat|verlaten|verlat|scheid\w*|politie|vertel\w*|zeg\w*|praat\w*|hulp|aangifte|regisseur|"
    r"vluchtelingenwerk|opvang|trouw\w*|naar\s+buiten|huis\s+uit|erachter|achter\s+komt|ontdekt|weet|aanraakt|terugkom\w*|"
    r"meisje|jongen|vriend\w*|eer|schande|hoofddoek|kinderen\s+meeneem\w*)\b"
    r"|(تركت|اترك|تركتو|طلاق|اطلق|طلقت|شرطه|بوليس|حكيت|خبرت|قلت|طلعت|اطلع|اشتغل|تجوز|اتجوز|عرف|اكتشف|شرف|هربت|اهرب|الولاد|ولادي)"
    r"|(ገዲፈዮ|ገዲፈ|ገዲፍ|ትገድፈኒ|ፍትሕ|ፖሊስ|ነጊረ|ዝነገርኩ|ወጺአ|ፈሊጡ|ፈሊጣ|ሃዲመ|ክብሪ|መርዓ)"
    r"|\b(tarakt|talla2|shorta|bolis|5abbart|khabbart|2elt|tle3t|hrebt|police|fqadu|feliTu)\b"
)
_TRIVIAL_CONDITION = (
    r"\b(rapport|cijfer\w*|brod|boodschappen|te\s+lat|vergeet|vergeten|kapot|breek|brak|kamer|auto|telefoon|schoenen|trui|jas|"
    r"kleren|make\s*up|taart|eten|koekje\w*|chocola\w*|kofie|thee|afwas|huiswerk|toets|examen|zak|voetbal\w*|wedstrijd|spel|verrassing|cadeau)\b"
    r"|(علامات\S*|نتيجه\S*|شهاد\S*|الخبز|خبز|نسيت|تاخرت|كسرت|خربت|غرفتي|تياب\S*|سيار\S*|موبايل\S*|تلفون\S*|الاكل|قهو\S*|شاي|الصحون|الجلي|الامتحان|رسبت|المفاجا\S*|مفاجا\S*|الهديه)"
    r"|(ነጥብ\S*|ነጥበ\S*|ባኒ|ረሲዐ|ደንጒየ|ደንጕየ|ሰቢረ|ክዳን\S*|መኪና\S*|ተሌፎን\S*|ቡን\S*|ሻሂ|ፈተና|ወዲቐ|ኣቕሓ|ሰርፕራይዝ|ህያብ)"
    r"|\b(notes|3alamat|5obz|khobz|nsit|t2a5art|kasart|rsebt|nteja|natije|netbi|bani|resie|denguye)\b"
)


# The threat and its condition, a few words apart, in either order (cut out as an idiom when the
# condition is trivial and nothing serious is near).
# (It stands before the space that follows a word: "\\s*" first, or no serious word is ever seen; round 20.)
_NOT_SERIOUS = f"(?!\\s*(?:\\S+\\s+){{0,14}}?\\S*(?:{_SERIOUS_CONDITION}))"
_THREAT_WITH_CONDITION = (f"(?:{_THREAT_TO_ME})(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,8}}",
                          f"(?:{_CONDITION})(?:\\s+\\S+){{0,8}}?\\s+\\S*(?:{_THREAT_TO_ME})")
_TRIVIAL_THREAT_IDIOMS = (
    # (the cheap parts are looked for first: the check for a serious condition is the costly part)
    f"(?:{_THREAT_TO_ME})(?=(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_TRIVIAL_CONDITION})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_TRIVIAL_CONDITION})\\S*",
    f"(?:{_CONDITION})(?=(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_TRIVIAL_CONDITION})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_ME})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,6}}?\\s+\\S*(?:{_TRIVIAL_CONDITION})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_ME})\\S*",
)


@lru_cache(maxsize=1)
def _conditional_threats() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a threat with its condition, a serious condition), compiled like the other patterns
    (doubled letters squeezed, Ge'ez folded) on first use."""
    return _compile(_THREAT_WITH_CONDITION), _compile([_SERIOUS_CONDITION])

# Round 17 (batch 17 read): idioms, rules and signals by kind.
# Idioms: a threat "if I drink his coffee / eat his chocolate" (a joke about a trivial thing), a boss
# or teacher who will kill you (Arabizi, Latin Tigrinya), animals slaughtered for a meal, a match won
# "by slaughter" with a score, dying in a game, a knife for bread, deadlines of an office (DUO,
# gemeente) that "kill", heat that "strangled us", exams that tired me, a head that will "explode".
_FOOD_NL = r"(koffie|thee|chocola\w*|taart|snoep\w*|koekje\w*|bier|cola|eten|toetje|ijs|pizza|frietjes|laatste\s+stuk)"
_ROUND17_IDIOMS = (
    # Dutch
    r"\b(vermoord\w*|doodmaak\w*|dood\s+maakt|afmaak\w*|wurg\w*|slaat|killt)\s+(\S+\s+){0,3}?als\s+(ik|je|jij|hij|zij|ze)\s+"
    r"(\S+\s+){0,4}?(zijn|haar|mijn|zijn\s+laatste|de\s+laatste)?\s*" + _FOOD_NL + r"\b",
    r"\b(in|bij)\s+(het|de|dat|dit|een)\s+(spel|spelletje|game|level|potje)\b(\s+\S+){0,6}?\s+(dood|doodgegaan|gestorven|vermoord|neergeschoten|af)\b",
    r"\b(afgeslacht|geslacht|ingemaakt|vernederd|verpletterd|gesloopt|afgemaakt|weggevaagd|gekild)\w*\s+(\S+\s+){0,2}?\d{2,3}\b",
    r"\b\d{2,3}\s+(\S+\s+){0,2}?(afgeslacht|geslacht|ingemaakt|verpletterd|gesloopt|afgemaakt)\b",
    r"\bmes\w*\b(\s+\S+){0,6}?\s+(om\s+)?(\S+\s+)?(brood|groente\w*|vlees|kaas|fruit|uien|taart|appels?|tomaten)\b",
    r"\b(brood|groente\w*|vlees|kaas|fruit|uien|taart)\w*\s*(mes|messen)\b",
    r"\b(duo|gemeente|belastingdienst|ind|uwv|deadline|termijn|formulier\w*|brief|brieven|rooster|planning)\s+(\S+\s+){0,2}?"
    r"(vermoord\w*|gaat\s+(me|mij)\s+(nog\s+)?(vermoorden|doden|afmaken)|maakt\s+(me|mij)\s+(\S+\s+)?af|killt)\b",
    # Arabic and Arabizi
    r"\S*(ذبح|دبح)\S*\s+(\S+\s+){0,2}?(ال)?(جاج|جاجه|جاجتين|دجاج|دجاجه|خروف|خاروف|خرفان|عجل|ديك|ديوك|بقره|سمك|سمكه|اضحيه|ذبيحه|دبيحه|عنزه|غنم|حمام|ارانب|ارنب)",
    r"(جاج|جاجه|جاجتين|دجاج|خروف|خاروف|عجل|ديك|اضحيه|ذبيحه|عنزه|غنم|ارنب)\S*\s+(\S+\s+){0,2}?\S*(ذبح|دبح)\S*",
    r"\S*(قتل|موت|دبح|ذبح)\S*\s+(\S+\s+){0,3}?(اذا|لو)\s+(\S+\s+){0,2}?(شربت|اكلت|لمست|خلصت|كبيت)\s+(\S+\s+)?(ال)?"
    r"(قهو|شاي|شوكولا|حلو|اكل|كيك|كاتو|بيتزا|اخر\s+قطعه)\S*",
    r"\b(el\s+|l)?(mudir|modir|mdir|mo3allem\w*|m3allem\w*|ostaz\w*|ustaz\w*|2ostaz\w*|anse|boss|chef|m3alme)\s+(\w+\s+){0,2}?"
    r"((ra7|7a|3am)\s+)?\w*(dba7|dbe7|2tol|2tel|2atel|2etl)\w*",
    r"\b\w*(dba7|dbe7|2tol|2tel|2atel)\w*ni\s+(iza|eza|law)\s+(\w+\s+){0,2}?(t2a5art|t2akhart|nsit|rsebt|2a5adt)\b",
    # Tigrinya (Ge'ez and Latin)
    r"(ገደብ\s*ግዜ|ገደብ|duo|ዱኦ|pvt|map|knm|ምምሕዳር|ቤት\s*ጽሕፈት|ቢሮ|ወረቓቕቲ|መደብ|ሰሌዳ|ፈተናታት|ፈተና\S*)\s+(\S+\s+)?"
    r"(ክቐትለኒ|ይቐትለኒ|ቀቲሉኒ|ቀቲላትኒ|ክቐትሉኒ|ቀቲሎምኒ|ኣድኪሙኒ|ኣድኪሞምኒ|ኣድኪማትኒ)",
    r"(ሙቐት|ዋዒ|ቁሪ|ጸሓይ|ሃፍ|ጽቕጢ|ምጽባይ|መስመር)\s+(\S+\s+)?(ሓኒቑና|ቀቲሉና|ወቒዑና|ሃሪሙና|ኣድኪሙና|ሓኒቑኒ)",
    r"(ፈተና|ትምህርቲ|ስራሕ|ዕዮ|ሰሌዳ|መደብ)\S*\s+(\S+\s+){0,3}?(ኣድኪሞምኒ|ኣድኪሙኒ|ኣድኪማትኒ|ደኺመ)",
    r"ርእሰይ\s+(\S+\s+)?ክ?[ፈፍ]ን[ጀጅ]ር",
    r"(ቡን|ሻሂ|ሽኮሬታ|ኬክ|መግቢ)\S*\s+(\S+\s+)?እንተ\s+(\S+\s+)?(ሰቲየ|በሊዐ|ሰቲኺ|በሊዕኪ|ሰቲኻ|በሊዕካ)\s+(\S+\s+){0,2}?(ክቐትለኪ|ክቐትለካ|ክቐትለኒ)\S*",
    r"\b(halafi\w*|memhr\w*|memhir\w*|astemari\w*|boss|chef)\s+(\w+\s+)?(k|y|ki)?(q|k)etl?eni\b",
    r"(ገመድ|gemed)\s+(\S+\s+)?(ን|n)?(ዝላል|zelil|ምዝላል|mzlal)",
    r"\b(snij|sneed|gesneden)\s+(me|mij)\s+(\S+\s+)?aan\s+(het\s+|een\s+)?(papier|blad|envelop\w*|karton)\b",
    r"\b(snee|sneetje|sneed|gesneden)\s+(\S+\s+)?in\s+(mijn|m[ij]n|zijn|haar)\s+(vinger|duim|topje)\w*(\s+\S+){0,8}?\s+(bloedt|bloede)\w*(\s+(heel\s+)?(veel|erg))?",
    r"\b(snee|sneetje|sneed|gesneden)\s+(\S+\s+)?in\s+(mijn|m[ij]n|zijn|haar)\s+(vinger|duim|topje)\w*",
    r"(?<!\S)(ብ|ካብ\s+)(ስራሕ|ዕዮ|ትምህርቲ|ፈተና|ወረቓቕቲ|ሰሌዳ|ድኻም)\S*\s+(\S+\s+)?(ክመውት|ክሞት|ሞይተ)(\s+(እየ|ቀሪበ))?",
    r"\b(kab|b)\s*(srah|sirah|temhrti|tmhrti|fetena|dkam)\b(\s+\S+){0,2}?\s+(kmewt|kmot|moyte)(\s+(eye|qeribe))?\b",
    r"\b(mijn|m[ij]n|ons|het)\s+hart\s+(\S+\s+)?(breekt|brak|gebroken|bloedt|huilt)\b", r"\bgebroken\s+hart\b",
    r"(قلبي|قلبنا)\s+(\S+\s+)?(انكسر|مكسور|بينكسر|عم\s+ينكسر|انفطر|بيتقطع|تقطع|عم\s+يبكي)|(انكسر|انفطر)\s+قلبي",
    r"\b(mezelf|mijzelf|jezelf|zichzelf|ons\s*zelf)\s+in\s+de\s+voet\b", r"\bin\s+(de|eigen)\s+voet\s+(schiet|schieten|geschoten)\b",
    r"\b(spring|springen|duik|duiken)\s+(\S+\s+){0,3}?(in\s+)?(het\s+|de\s+)?(water|zee|zwembad|meer|gracht)\b(\s+\S+){0,3}?\s+(van|door|om)\s+(de\s+)?(hitte|warmte)\b",
    r"(ارمي\s+حالي|ارمي\s+نفسي|انط|نط|اقفز)\s+(\S+\s+){0,2}?(بال|بهال|في\s+ال|عال)(بحر|مسبح|مي|بيسين|نهر)\s+(\S+\s+)?(من|م)\s*(ال)?(شوب|حر|حراره)",
    r"(ባሕሪ|ቀላይ|ማይ|መሐምበሲ)\s+(\S+\s+){0,2}?(ክዘልል|ክጥሕል|ክኣቱ)\s+(\S+\s+){0,2}?(ብሙቐት|ካብ\s+ሙቐት|ብዋዒ)|(ብሙቐት|ብዋዒ)\s+(\S+\s+){0,3}?(ባሕሪ|ቀላይ|ማይ)\s+(\S+\s+)?(ክዘልል|ክጥሕል|ክኣቱ)", r"(ሙቐት|ዋዒ|ቁሪ|ጸሓይ)\s+(\S+\s+)?ኣይጽወርን",
)
_ROUND17_CRISIS = (
    # acute danger to life, where 112 is the answer: a person who does not respond or breathe
    _both(r"\b(reageert|reageerde)\s+(niet|nergens\s+(meer\s+)?op|niet\s+meer)\b",
          r"\b(ligt|lag|gevallen|viel|grond|vloer|roep|riep|schud\w*|wakker|ogen|beweegt|ademt|bewusteloos|flauw\w*)\b"),
    r"\bbewusteloos\b",
    _both(r"\b(wordt|werd)\s+niet\s+(meer\s+)?wakker\b",
          r"\b(schud\w*|roep|riep|ademt|gas|kachel|geiser|pillen|drank|gevallen|slap|blauw|help|112|duizelig|rook)\b"),
    r"\b(ademt|ademde)\s+(niet|bijna\s+niet|heel\s+raar|raar|nauwelijks)\b", r"\blippen\s+(\S+\s+)?blauw\b",
    r"\bniet\s+(meer\s+)?wakker\s+te\s+krijgen\b", r"\bgeen\s+hartslag\b",
    _both(r"\b(gas|gaslucht|gaslek|kolmonoxide\w*|co\s*melder|comelder|geiser|kachel)\b",
          r"\b(hoofdpijn|overgeven|overgaf|braken|misselijk|duizelig|flauw\w*|niet\s+(meer\s+)?wakker|suf|bewusteloos)\b",
          r"\b(ruikt|ruik|lucht|melder|piept|lek|allemaal|kinderen|kind|baby|man|vrouw|zoon|dochter|flauw\w*|niet\s+(meer\s+)?wakker)\b"),
    _both(r"\b(brand|vlammen)\b", r"\b(nog\s+binnen|binnen\s+(is|zit|zitten)|opgesloten|kan\s+niet\s+(naar\s+)?buiten|zit\s+nog|zitten\s+nog)\b"),
    _both(r"\bpijn\s+(op|in|aan)\s+(mijn|m[ij]n|de|zijn|haar)\s+borst\b", r"\b(arm|linkerarm|kaak|adem|benauwd|zweet|alleen|doof)\b"),
    _both(r"\b(chlor|bleek|ontstoper|gotsteenontstoper|wasmiddel|schonmaakmiddel|amoniak|wasbol\w*|wasmiddelcapsule\w*|afwasmiddel|terpentine|lampolie)\b",
          r"\b(gedronken|opgedronken|ingeslikt|geslikt|gegeten|opgegeten|drinkt|dronk)\b", r"\b(zoon|dochter|kind|kindje|baby|peuter|dreumes|jaar)\b"),
    _both(r"\b(schokt|schokken|trilt|trillen|stuip\w*)\b", r"\b(ogen|wegdraaien|bewust\w*|reageert)\b"),
    _both(_CHILD_NL, r"\b(gaat|zal|zullen|gaan)\s+(\S+\s+)?iets\s+(aandoen|aan\s+doen)\b", r"\b(zei|zegt|dreig\w*|bedreig\w*|als\s+ik)\b"),
    # Arabic
    _both(r"(ما|مش|مو)\s+(عم\s+)?(ي|ت|بي|بت)(تحرك|فيق|صحي|وعي)(?!\S)",
          r"(وقع|وقعت|واقع|واقعه|الارض|مغمي|ازرق|زرق|شفاف|بلع|حبوب|غاز|هزيت\S*|عم\s+نادي\S*|صرخت|ما\s+عم\s+(ي|ت)رد)"),
    r"(ما|مش|مو)\s+(عم\s+)?(ي|ت|بي|بت)تنفس(?!\S)", r"(مغمي|مغما)\s+(عليه|عليها)",
    r"(فاقد|فاقده|غايب|غايبه)\s+(ال)?(وعي|عن\s+الوعي)", r"(شفايف|شفاف)\S*\s+(\S+\s+)?(زرق|ازرق|زرقا)",
    r"(واقع|واقعه|وقع|وقعت|طايح|طايحه)\s+(ع|على|عل)\s*(ال)?ارض\s+(\S+\s+){0,3}(ما|مش)\s+(عم\s+)?(ي|ت)",
    _both(r"(ريحه\s+(ال)?غاز|تسرب\S*\s+(ال)?غاز|تسريب\s+(ال)?غاز|غاز\s+(بالبيت|بالمطبخ|بالبنايه))", r"(يستفرغ|يستفرغو|تستفرغ|استفراغ|دوخه|دايخ|دايخين|راسي\s+عم\s+يلف|داخ|مغمي|صداع|ما\s+عم\s+(ي|ت)فيق|نعسانين)"),
    _both(r"(حريق|حريقه)", r"(جوا|جوه|بالداخل|محبوس|محبوسه|محاصر|علقان|علقانه|لسا\s+ب)"),
    _both(r"(الم|وجع)\s+(\S+\s+){0,2}(صدري|بصدري|الصدر|صدرو|صدرها)", r"(ذراع|ايدي|ايدو|مخدر|وحدي|تنفس|عرق)"),
    _both(r"(كلور|كلوركس|مبيد|ماء\s+نار|مسحوق\s+غسيل|منظف|ديتول|كاز|بنزين)", r"(شرب|شربت|بلع|بلعت|اكل|اكلت)", _CHILD_AR),
    r"(عم\s+يرجف|عم\s+ترجف)\s+و\s*عيون\S*",
    _both(r"(مخبا|مخبايه|مخباي|مستخبي|مستخبيه|مختبي|مختبيه|متخبي|متخبيه|خبيت\s+حالي|مقفله\s+ع\s*حالي)", r"(سكين|سلاح|مسدس|برا|عالباب|يكسر)"),
    # Tigrinya
    r"(ኣይተንፍስን|ኣይትተንፍስን)",
    _both(r"(ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይምልስን|ኣይትምልስን|ኣይበራበርን|ኣይትበራበርን)",
          r"(ወዲቑ|ወዲቓ|ምድሪ|ተጋዲሙ|ተጋዲማ|ዓንዲሉ|ዓንዲላ|ኣይተንፍስ|ኣይትተንፍስ)"),
    r"(ዓንዲሉ|ዓንዲላ|ስምዒቱ\s+ስሒቱ|ስምዒታ\s+ስሒታ)",
    _both(r"(ጋዝ|gaz|co|ካርቦን)", r"(ይተፍኡ|ተፊኡ|ይተፍእ|ትተፍእ|ይዘውር|ዞይሩ|ዓንዲሉ|ዓንዲላ|ወዲቓ|ወዲቑ|ተጸሊኣ|ይጭርሕ|yitef\w*|tefi\w*)"),
    _both(r"(ሓዊ\s+(\S+\s+)?(ተላዒሉ|ይነድድ|ሒዙ|ተታሒዙ)|ባርዕ)", r"(ውሽጢ|ተዓጽዩ|ተዓጺዩ|ተዓጽያ|ተሓቢሱ)"),
    _both(r"ቃንዛ", r"(ደረተይ|ኣፍ\s*ልበይ|ልበይ|ኣፍልበይ)", r"(ኢደይ|ጸጋም|በይነይ|ትንፋስ)"),
    _both(r"(ክሎሪን|በረኪና|ሳሙና|መርዚ|ነዳዲ|ቤንዚን)", r"(ሰትዩ|ሰትያ|ውሒጡ|ውሒጣ|በሊዑ|በሊዓ)", _CHILD_TI),
    _both(r"(ትንቀጥቀጥ|ይንቀጥቀጥ|ሰሪጹ|ሰሪጻ|ሕማም\s+ሰራሕ|ፈፊ)", r"(ኣዒንታ|ኣዒንቱ|ኣይትምልስን|ኣይምልስን)"),
    r"(ክጎድኣካ|ክጎድኣኪ|ክጎድኣኩም|ክጎድኦ|ክጎድኣ|ክጎድኣኒ|ክጎድኣና)\s+(እየ|ኢና|ኢዮም|እዩ)",
    r"(ባልኮን|ባልኮኒ|በረንዳ|መስኮት|ናሕሲ|ፎቕ)\S*\s+(\S+\s+)?(ክድርበ|ክድርቢ|ክዘልል|ክወድቕ)",
    # standing in front of a train, lying in a grave next to the dead; spelling variants of rape and
    # of "we must wash it (the shame) away"
    _both(r"\b(trein|metro|tram|spor|rails)\b", r"\b(ervoor|er\s+voor|eronder|er\s+onder)\s+(gaan\s+)?(staan|liggen|springen|lopen)\b"),
    _both(r"(قطار|ترين|القطر|مترو|سكه)", r"(وقف|اوقف|نام|انام|نط|انط|ارمي\s+حالي)\s+(قدامه|قدامو|تحته|تحتو|قدام\s+ال)"),
    _both(r"(ባቡር|ባቡሩ|መስመር\s+ባቡር)", r"(ቅድሚኡ|ኣብ\s+ቅድሚኡ|ትሕቲኡ)\s+(\S+\s+)?(ደው\s+ክብል|ክድቅስ|ክዘልል)"),
    r"\b(wil|ga|lig|liggen|slapen)\b{g}(in\s+het\s+graf|naast\s+(mijn\s+)?\S+\s+(in\s+het\s+)?graf)\b",
    r"(بدي|نفسي|رح|اريد)\s+(ا)?(كون|نام|روح|ندفن|تدفن)\s+(\S+\s+){0,3}(بالقبر|القبر|قبر|بقبر)\S*",
    r"(?<!\S)ዓመጸ\S*ኒ", _both(r"(ሕፍረት|ነውሪ)", r"ክን?ሓጽ[ብቦ]"),
    # more acute danger by kind (round 17, own probes, not from a batch): someone else cannot breathe,
    # heavy bleeding, signs of a stroke, a child fallen into water, a missing young child
    r"\b(hij|zij|ze|man|vrouw|vader|moeder|kind|zoon|dochter|baby|opa|oma|broer|zus|vriend\w*)\b{g}(krijgt|kreeg)\s+geen\s+(lucht|adem)\b",
    r"\b(kan|kon)\s+(niet\s+meer|bijna\s+niet|niet)\s+ademen\b(?!.*\b(neus|verkouden|verkoudheid|griep)\b)",
    r"(ما|مش)\s+(عم\s+)?(ي|ت)(قدر|قدرو)\s+(ي|ت)تنفس", r"ክ(ተንፍስ|ትተንፍስ)\s+ኣይ(ከኣለ|ከኣለት|ክእል|ትክእል)\S*", r"ትንፋስ\s+(የብሉን|የብላን|ሓጺሩዎ|ሓጺርዋ)",
    _both(r"\b(bloedt|bloeden|bloeding)\b|\bbloed\s+(verloren|stopt\s+niet|houdt\s+niet\s+op|blijft\s+komen)\b",
          r"\b(heel\s+erg|erg|veel|hevig|stopt\s+niet|houdt\s+niet\s+op|ongeluk|gestoken|slagader|verloren)\b"),
    _both(r"(عم\s+(ي|ت)نزف|نزيف|الدم\s+ما\s+(عم\s+)?(ي)?وقف)", r"(كتير|قوي|ما\s+عم\s+يوقف|حادث|راس|طعن)"),
    _both(r"ደም\s+(\S+\s+)?(ይፈስስ|ይውሕዝ|ኣይጠጠወን|ኣይደው\s+ኢሉን)", r"(ብዙሕ|ሓደጋ|ርእሱ|ርእሳ|ካራ|ኣይደው)"),
    r"\b(mond|gezicht)\s+(\S+\s+)?(hangt|staat|is)\s+(\S+\s+)?scheef\b", r"\b(praat|spreekt)\s+(ineens|opeens|plotseling)\s+(raar|onduidelijk|vreemd)\b",
    r"(تمه|ثمه|فمه|تمها|ثمها|وجهه|وجها)\s+(\S+\s+)?(مايل|معوج|معووج|نازل)", r"(ኣፉ|ኣፋ|ገጹ|ገጻ)\s+(\S+\s+)?(ተጠውዩ|ተጠውያ|ጠዊዩ|ጠዊያ)",
    _both(_CHILD_NL, r"\b(slot|gracht|water|zwembad|zee|rivier|kanaal|vijver|meer)\b", r"\b(gevallen|verdronken|onder\s+water|kopje\s+onder|verdwenen)\b"),
    _both(_CHILD_AR, r"(وقع|وقعت|غرق|غرقت|عم\s+يغرق|عم\s+تغرق)\s+(\S+\s+)?(بالمي|بالمسبح|بالبحر|بالنهر|بالبركه|في\s+ال(مسبح|بحر|نهر))"),
    _both(_CHILD_TI, r"(ሩባ|ባሕሪ|ቀላይ|መሐምበሲ|ማይ|ሓይቂ)", r"(ወዲቑ|ወዲቓ|ጥሒሉ|ጥሒላ|ጠሊቑ|ጠሊቓ|ኣይርኣዮን|ኣይርኣያን)"),
    _both(_CHILD_NL, r"\b(is|was|raakte)\s+((al|nu|sinds|ineens|opeens|\d+|een|twee|drie|vier|uur|uren|minuten)\s+){0,4}(kwijt|vermist|verdwenen|zoekgeraakt)\b",
          r"\b(uur|uren|sinds|politie|nergens|stad|winkel|markt|park)\b"),
    r"(ابني|بنتي|الولد|البنت|طفلي|طفلتي)\s+(عمره\s+\S+\s+(سنين|سنه|سنوات)\s+)?(ضايع|ضايعه|مفقود|مفقوده)",
    # someone who waits for me with a knife or a weapon
    _both(r"\b(opwacht\w*|wacht\s+(me|mij)\s+(\S+\s+)?op|opgewacht|staat\s+(\S+\s+){0,2}voor\s+(de\s+|mijn\s+)?deur)\b",
          r"\b(mes|messen|wapen|pistool|knuppel|schaar)\b"),
    _both(r"(ناطرني|ناطرتني|عم\s+يستناني|بيستناني|رح\s+يستناني|واقف\s+عالباب|واقف\s+ع\s*باب)", r"(سكين|سلاح|مسدس|موس|عصايه)"),
    _both(r"(ይጽበየኒ|ክጽበየኒ|ይጽበዩኒ|ተጸቢዩኒ|ኣብ\s+ማዕጾ\s+ደው)", r"(ካራ|ሽጉጥ|ብረት|በትሪ)"),
    # a threat to break one's bones; resting "for ever"
    r"\b(mijn|m[ij]n|je|jouw|zijn|haar)\s+(benen|been|armen|arm|nek|botten|knieen|vingers|tanden|kaak)\s+(\S+\s+)?(breekt|breken|breek|brak|kapot\s*maakt|kapot\s*maken|kapot\s*slaat)\b",
    r"\b(breekt|breken|breek)\s+(hij|ze|zij)?\s*(mijn|m[ij]n|je|jouw)\s+(benen|armen|nek|botten|knieen|vingers|tanden|kaak)\b",
    r"(بيكسر|يكسر|بكسر|رح\s+يكسر|رح\s+يكسرو|بيكسرو|يكسرو)\S*\s+(ل\S*\s+)?(ايدي|اجري|رجلي|راسي|ضلوعي|سناني|رقبتي|ايدك|اجرك|رجليك|راسك|رقبتك)",
    r"(ኢደይ|እግረይ|ኣእጋረይ|ክሳደይ|ኣእዳወይ|ኢድካ|እግርኻ|ክሳድካ)\s+(\S+\s+)?(ክሰብር|ክሰብሮ|ይሰብር|ክሰብሮም|ክሰብረልካ|ክሰብረልኪ)",
    r"\b(rusten|rust|slapen)\b\s*(\S+\s+){0,2}?(voor\s+altijd|voorgoed|eeuwig)\b",
)
_ROUND17_UNCERTAIN = (
    r"(?<!bijna\s)(?<!haast\s)\bflauw\s*gevallen\b(?!\s+(van|door)\s+(de\s+)?(hitte|warmte|honger|stres|lachen))",
    r"\b(co\s*melder|comelder|kolmonoxide\w*melder)\b\s+(\S+\s+)?(piept|gaat\s+af|alarm)\b(?!.*(\b(batterij|bateri\w*)\b|§))",
    r"\b(stuip\w*|epileptisch\w*\s+aanval)\b", r"(تشنج|تشنجات|نوبه\s+صرع)\S*\s+(\S+\s+)?(ل|عند)?(بنتي|ابني|جوزي|امي|ابوي|الولد|البنت|الطفل|البيبي)",
    r"^(?!.*\b(ramadan|ramadhan|vasten|vastenmaand)\b).*(\b(\d+|twee|drie|vier|vijf|zes|zeven)\s+dagen\s+(niet|niks|niets|geen)\s+(gegeten|eten)\b|\bdagen\s+geen\s+eten\b)",
    _both(r"\b(buiten|op\s+straat|in\s+het\s+park)\s+(slapen|slaap|overnachten)\b", r"\b(kinderen|kind|baby)\b",
          r"\b(geen|niemand|vriest|koud|nergens|opvang)\b"),
    r"(اشتريت|جبت|جهزت|حضرت)\s+(ال)?حبل(?!\s+(غسيل|للغسيل|ال?غسيل|لل))",
    r"^(?!.*(رمضان|صيام|صايم|صايمه)).*(\d+|تلت|اربع|خمس|يومين)\s+(ايام\s+)?(ما|بلا)\s+(اكلت|اكل)", r"(ننام|نايمين|رح\s+ننام)\s+(بالشارع|عالشارع|برا)",
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ)).*መዓልቲ\s+ኣይበላዕኩን", r"(ኣብ\s+ደገ|ኣብ\s+ጎደና)\s+(\S+\s+)?(ክንሓድር|ንሓድር|ክሓድር|ሓዲርና)",
    r"\b(gaz)\b(\s+\S+){0,4}?\s+(alo|ale)\b",
    # a chosen date, "I am next", a journey without return, goodbyes the others do not know of yet
    _both(r"\b(datum|dag)\s+(al\s+)?(gekozen|geprikt|vastgezet|bepaald)\b", r"\b(is\s+het\s+(klaar|over|voorbij|afgelopen)|einde|afscheid)\b"),
    _both(r"\bik\s+ben\s+(de\s+)?volgende\b(?!\s+(op|in|voor|bij|die))",
          r"\b(verdwenen|vermoord|weggehaald|teruggestuurd|opgepakt|gedood|ontvoerd|meegenomen)\b"),
    _both(r"(انا|رح\s+كون)\s+(ال)?(تالي|تاليه)(?!\S)", r"(اختفت|اختفي|انقتل|انقتلت|قتلوه|قتلوها|رجعوها|رجعوه|خطفوه|خطفوها|اخدوها|اخدوه|ضاعت)"),
    _both(r"ዝቕጽል\s+(ኣነ|ንሰይ)\s+(እየ|እዩ)", r"(ጠፊኣ|ጠፊኡ|ተቐቲሉ|ተቐቲላ|መሊሶማ|መሊሶሞ|ተወሲዳ|ተወሲዱ|ተጨውያ|ተጨውዩ)"),
    r"ምምላስ\s+ዘይብሉ\s+ጉዕዞ", r"\breis\s+zonder\s+(terugkeer|terugweg)\b", r"(رحله|سفره|سفر)\s+(بلا|بدون|ما\s+الها)\s+رجعه",
    _both(r"ተፋ[ንኒ]የ", r"ኣይ(ፈለጡ|ፈልጡ|ፈለጠ|ፈለጠት)ን"),
    _both(r"(?<!\S)(ገዲፈ|ሂበ|ዓዲለ)\S*", r"ኣየድል(የ|ዩ)\S*"),
    r"\bik\s+krijg\s+geen\s+(lucht|adem)\b",
    # a hunger strike; vanishing or dying as the only way out
    r"\bhongerstaking\b", r"(اضراب|مضرب|مضربه)\s+عن\s+(ال)?(طعام|اكل)", r"(ኣድማ\s+ጥሜት|ብኣድማ\s+ጥሜት)",
    r"\bgeen\s+(andere\s+)?(manier|uitweg|oplossing|keus|keuze)\b{g}dan\s+(te\s+)?(verdwijnen|sterven|dood\w*|weg\s+te\s+gaan|er\s+een\s+eind\w*)",
    r"(ምጥፋእ|ምሞት|ምሟት|ሞት)\s+(\S+\s+)?ካልእ\s+(መፍትሒ|መውጽኢ)",
    _both(r"\b(oom|stiefvader|neef|schoonvader|opa|man\s+van\s+mijn\s+moeder|vriend\s+van\s+mijn\s+moeder)\b", r"\b(s\s+nachts|nachts|snachts|als\s+iedereen\s+slaapt)\b",
          r"\b(kamer|bed)\b", r"\b(zusje|dochter\w*|nichtje|meisje|zoontje|ze\s+is\s+\d+|hij\s+is\s+\d+)\b"),
    _both(r"(عمي|خالي|زوج\s+امي|ابن\s+عمي|جوز\s+امي|جدي)", r"(بالليل|كل\s+ليله|نص\s+الليل)", r"(غرفه|غرفت|تخت)", r"(اختي|بنتي|الصغيره|عمرها\s+\d+)"),
    _both(_CHILD_TI, r"(ጠፊኡ|ጠፊኣ|ተሰዊሩ|ተሰዊራ)\s+(ኣሎ|ኣላ)", r"(ሰዓት|ካብ\s+ትማሊ|ፖሊስ|ክረኽቦ|ክረኽባ)"),
)


# Round 18 (batch 18 read; it is development data since): idioms, rules and signals by kind.
# Idioms: poison bought for mice, ants or weeds; a body part that hurts from walking or work, "I am
# dying"; a threat shouted in a game; "if I have to read it once more I jump out of the window";
# "I almost had a heart attack / fainted from fear" (but all is well); "I die for you" (love);
# prayers for the dead of a community; children who fight over a console; afraid "to death".
_PESTS_NL = r"(muizen|muis|ratten|rat|mieren|kakkerlakken|wespen|slakken|insecten|ongedierte|vliegen|muggen|bladluis|luizen|onkruid)"
_PESTS_AR = r"(فيران|فار|فاره|جرذان|جرذ|صراصير|صرصور|نمل|نمله|بق|حشرات|ناموس|دبان|قمل|عناكب|حشيش|عشب)"
_PESTS_TI = r"(ኣንጭዋ|ኣንጭዋታት|ኣንጭው|ጻጽዕ|ቁንጪ|ሓሰኻ|ሓሰኽ|ኮኾሮቻ|ጸንጸንያ|ሓሽላ|ቃማል)"
# (Looked for after the first word of a pattern only: at every position of a long message it would be slow.)
# (Round 23: also "not for the rats", the pests denied: "rattengif gekocht. niet voor de ratten".)
_NOT_FOR_ME = (r"(?!.*(\b(mezelf|mijzelf|voor\s+mij|opdrinken|innemen|slikken)\b|لالي|لحالي|لنفسي|اشرب|ابلع|ብዓል\s+ርእሰይ|ንርእሰይ|ክሰትዮ|ክሰቲ"
               r"|\bniet\s+(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"|(?<!\S)(مو|مش|ما\s+هو|مب|ليس|مانو|مهو)\s+(لل|ل|عشان\s+ال|كرمال\s+ال|مشان\s+ال)" + _PESTS_AR
               + r"|" + _PESTS_TI + r"\S*\s+ኣይኮነ))")
_ROUND18_IDIOMS = (
    # Dutch
    r"\b" + _PESTS_NL + r"\b(\s+\S+){0,10}?\s+(om\s+)?(ze|hen|die|ze\s+allemaal)\s+(dood\s*te\s*maken|te\s+doden|dood\s*maken|af\s+te\s+maken|uit\s+te\s+roeien)\b",
    # (poison "for the mice", not "rat poison" for oneself, a means: "اشتريت سم فيران لالي")
    r"\b\w*(gif|bestrijdingsmiddel)\w*" + _NOT_FOR_ME + r"\s+(\S+\s+){0,4}?(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"\b",
    r"\b(doen|doet|deden|deed)\s+(\S+\s+){0,2}?(pijn|zeer)\s+(van|door|na)\s+(het\s+|de\s+|al\s+dat\s+)?(lopen|wandelen|fietsen|sporten|werken|"
    r"staan|traplopen|dansen|tillen|sjouwen|voetbal\w*|training|hardlopen|schoonmaken|verhuizen|stage|bukken|zitten)\b",
    r"\b(dood|sterf|sterven|doodgaan)\s+(van|om)\s+(de\s+)?(angst|spanning|zenuwen)\b",
    r"(\S+\s+){0,3}?\b(fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|playstation|ps[345]|xbox|game|gamen|gamet|spel|spelletje)\b"
    r"(\s+\S+){0,8}?\s+(ik\s+)?(maak|vermoord|schiet|kil|knal)\w*\s+(je|jou|jullie|hem|haar|ze)(\s+(allemaal\s+)?(dood|af|neer|kapot))?(\s+\S+){0,4}",
    r"\bals\s+ik\s+(nog\s+)?(een|1)\s+keer\s+(\S+\s+){0,6}?(moet|mag|hoor|zie|lees|invul\w*)\b(\s+\S+){0,6}?\s+(spring\s+ik|ga\s+ik\s+dood|schiet\s+ik\s+(mezelf|mijzelf)|word\s+ik\s+gek)\b"
    r"(\s+(uit\s+het\s+raam|van\s+het\s+dak|van\s+de\s+brug|voor\s+de\s+trein|neer))?",
    r"\bbijna\s+(een\s+)?(hartaanval|hartverzakking|hartstilstand|beroerte|hartinfarct)\b",
    r"\b(hartaanval|hartverzakking)\s+(van|door|bij)\s+(de\s+)?(schrik|stres|rekening|prijs|prijzen|brief)\b",
    r"\b(op\s+jacht|jagen|jachtvergunning|jachtakte|visvergunning|vispas|hengelen)\b",
    # Arabic (Arabizi is read in Arabic script too)
    r"(?<!\S)(ال)?" + _PESTS_AR + _NOT_FOR_ME + r"\S*(\s+\S+){0,6}?\s+(ال)?(سم|مبيد)\S*(\s+\S+){0,3}?\s+\S*(قتل|موت|خلص)\S*",
    r"(?<!\S)(في|فيه|عندي|عنا|عندنا|صار\s+في)" + _NOT_FOR_ME + r"\s+(\S+\s+)?" + _PESTS_AR + r"\S*(\s+\S+){0,6}?\s+(ال)?(سم|مبيد)(?!\S)(\s+\S*(قتل|موت|خلص)\S*)?",
    r"(?<!\S)(ال)?(سم|مبيد)" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?(لل|ضد\s+ال|عشان\s+ال|كرمال\s+ال|مشان\s+ال)" + _PESTS_AR + r"\S*",
    r"(?<!\S)(ال)?(سم|مبيد)" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?\S*(قتل|موت)\S*\s+(ال)?" + _PESTS_AR + r"\S*",
    r"(يوجع\S*|بيوجع\S*|وجع\S*|موجوع\S*|بتوجع\S*|توجع\S*)\s+(\S+\s+)?(من|م)\s*(ال)?(مشي|ركض|شغل|وقفه|رياضه|درج|تمرين|سباحه|تنضيف|ستاج|تعزيل)",
    r"(?<!\S)(اموت|بموت|رح\s+موت|عم\s+موت|يموت|تموت)\s+(عليك|عليكي|بيك|بيكي|فيك|فيكي|عليكم|عليكن)(?!\S)",
    r"(كان\s+|كنت\s+)?(رح|ح|بدو)\s+(ي)?(غمي|يغمي|يغما|غما)\s+(علي|عليي)\s+(من|م)\s*(ال)?(خوف|فرحه|فرح|ضحك|صدمه|خضه|رعبه)",
    r"(كان\s+|كنت\s+)?(رح|ح)\s+(تجيني|يجيني|تجي\s+ل[يى])\s+(جلطه|سكته)",
    r"(الله\s+)?يرحم\S*\s+(موتانا|موتاكم|موتاهم|اموات\S*|موتي\s+ال\S+)(\s+و\s*(موتي|اموات)\s+ال\S+)?",
    r"(يتقاتلو|بيتقاتلو|يتخانقو|بيتخانقو|يتضاربو|بيتضاربو|يتعاركو|بيتعاركو)\S*\s+(\S+\s+){0,4}?(ع|على|عل|عال|بسبب|مشان|كرمال)\s*(ال)?"
    r"(بلايستيشن|بلاستيشن|لعبه|العاب|تلفون|ريموت|ايباد|تابلت|كمبيوتر|التلفزيون|تلفزيون)",
    r"(ولادي|الولاد|اخواتي|اخوتي|اخوي\s+واختي)\s+(عم\s+)?(ي|بي)(تقاتل|تخانق|تضارب|تعارك)\S*",
    r"(اذا|لو)\s+(\S+\s+){0,4}?(مره|مرة)\s+(كمان|تانيه|ثانيه|زياده)\s+(\S+\s+){0,4}?(رح\s+|ب|ح\s+)?(نط|انط|موت|اموت|ارمي\s+حالي)(?!\S)(\s+(من|م)\s*(ال)?(شباك|بلكون|سطح))?",
    # Tigrinya (Ge'ez and Latin)
    _PESTS_TI + _NOT_FOR_ME + r"\S*\s+(\S+\s+)?(ኣለዉ|ኣሎ|ኣለዋ|ረኺበ|ኣለው)(\s+\S+){0,4}?\s+መርዚ(\s+(ገዚአ\S*|ገዚኣ\S*|ኣቐሚጠ|ነጊፈ))?",
    _PESTS_TI + _NOT_FOR_ME + r"\S*(\s+\S+){0,6}?\s+(ክቐትሎም|ንምቕታሎም|ክቐትሎ|ንምቕታሉ)\s+(\S+\s+)?መርዚ(\s+\S+)?",
    r"መርዚ" + _NOT_FOR_ME + r"\s+(\S+\s+){0,2}?ን" + _PESTS_TI + r"\S*",
    r"(ብምኻድ|ብጉያ|ብስራሕ|ብምስራሕ|ብስፖርት|ብምጽራይ|ብምቕያር|ብምጉያይ)\s+(\S+\s+)?(ይሓምመኒ|የሕምመኒ|ሓሚሙኒ|ይሓምሙኒ|የሕምሙኒ)(\s+(ኣሎ|ኣለዉ))?",
    r"(?<!\S)(\S+\s+)?(ፎርትናይት|ጌም|ጸወታ|ፕሌይስቴሽን|ፐብጂ|ማይንክራፍት)\S*(\s+\S+){0,4}?\s+(ክቐትለካ|ክቐትለኪ|ክቐትለኩም|ክቐትለክን)(\s+\S+){0,4}",
    r"(ደቀይ|ቆልዑ|ኣሕዋተይ|ደቅና)\s+(\S+\s+){0,4}?(ይባኣሱ|ይበኣሱ|ይቃለሱ|ይጋጠሙ|ይዋግኡ|ይቃተሉ|ይባእሱ)",
    r"(ኣምላኽ\s+)?(ን?ምዉታት\S*|ን?ሙታን\S*)\s+(\S+\s+)?(ይምሓሮም|ይምሓር|የዕርፎም)",
    r"\b(fortnite|pubg|game|playstation|tsewata)\b(\s+\S+){0,4}?\s+(k|ki)?(q|k)etle(ka|ki|kum)\b(\s+\S+){0,4}",
    r"\bb(tmet|tsmii|xmii|tsmi|dkam|sehaq|fr[hH]i|qwri)\s+(k?i?(mewt|mut|mot|mwt)|moyte)\b",
    # killed in a party game or a video game ("I was the first to be killed"); a heart that "tears"
    r"\b(weerwolv\w*|maffia|spel\w*|game\w*|potje\w*|fortnite|minecraft|roblox|pubg|schaak\w*)\b(\s+\S+){0,10}?\s+(werd|was|ben|ging|gingen|werden)\s+"
    r"(\S+\s+){0,3}?(vermoord|gedood|neergeschoten|doodgeschoten|afgeschoten|uitgeschakeld|dood)\b",
    r"(قلبي|قلبنا)\s+(عم\s+|بي|رح\s+)?(يتقطع|تقطع|ينفطر|يتفطر|يحترق|بيحترق)\S*",
)
_ROUND18_CRISIS = (
    # a threat that "you will not come out alive"; a hand round the neck
    r"\b(kom|komt|kom\s+je|kom\s+jij|kom\s+ik|kwam)\s+(\S+\s+){0,2}?er\s+niet\s+(meer\s+)?levend\s+(uit|vanaf|van\s*af|weg)\b",
    r"\b(nek|keel|hals)\s+(\S+\s+)?(vastgepakt|vastgegrepen|dichtgeknepen|dichtgedrukt|beetgepakt)\b",
    # more forms of the same kinds (own probes, not from a batch): someone else locked in, grey lips,
    # followed to the door, a chosen date with a means at hand, a collapse with trembling, papers held
    r"\b(sluit|sloot|sluiten|sloten)\s+(haar|hem|mijn\s+\w+|de\s+kinderen)\s+(\S+\s+)?op\b", r"\blippen\s+(\S+\s+)?(grijs|paars|wit)\b",
    _both(r"\b(volgt|volgde|achtervolgt|achtervolgde)\s+(mij|me|ons)\b|\b(mij|me)\s+(\S+\s+)?(volgt|volgde|achtervolgt|achterna)\b|\bloopt\s+(\S+\s+){0,3}achter\s+(mij|me)\b",
          r"\b(voor|bij)\s+(mijn|m[ij]n|de)\s+(deur|huis|voordeur)\b|\btot\s+(aan\s+)?(mijn|m[ij]n)\s+(huis|deur)\b"),
    _both(r"\b(datum|dag|moment)\s+(al\s+)?(gekozen|geprikt|bepaald|vastgesteld)\b", r"\b(pillen|tabletten|touw|gif|mes|strop)\b"),
    r"\b(pillen|tabletten|medicijnen|slaappillen|pijnstillers)\s+(spaar|spaarde|verzamel|verzamelde)\s+(ik|we)\b",
    _both(r"(?<!\S)(وقع|وقعت|انهار|انهارت|طاح|طاحت)(?!\S)", r"(عم\s+)?(يرجف|ترجف|يتشنج|تتشنج|ينتفض|تنتفض|يرتجف|ترتجف)"),
    _both(r"(ወዲቑ|ወዲቓ|ወዲቖም|ዓንዲሉ|ዓንዲላ)", r"(ይንቀጥቀጥ|ትንቀጥቀጥ|ይንቀጥቀጡ|ሰሪጹ|ሰሪጻ)"),
    r"ኣብ\s+(ክፍሊ|ገዛ|ባኞ|መደቀሲ|መኽዘን)\s+(\S+\s+)?(ይዓጽወኒ|ትዓጽወኒ|ዓጺዩኒ|ዓጺዩና|ይዓጽዉኒ|ዓጽዮምኒ|ትዓጽወና|ይዓጽወና|ዓጺያትኒ)",
    r"(ሓላፊ|ወናኒ|ኣሳጋሪ|ኣስራሒ)\s+(\S+\s+){0,2}?(ፓስፖርት\S*|ወረቓቕ\S*|መንነት\S*)\s+(\S+\s+)?(ሒዙ\S*|ወሲዱ\S*|ሓቢኡ\S*)",
    # Dutch: bleeding that does not stop; locked in by someone; papers held by a boss or a "him";
    # a collapse with shaking
    _both(r"\b(bloed|bloedt|bloeden|bloeding)\b",
          r"\b(stopt|houdt|stoppen)\s+(\S+\s+)?niet\b|\bniet\s+(meer\s+)?te\s+stoppen\b|\bblijft\s+(\S+\s+)?(bloeden|komen|lopen|stromen)\b"),
    _both(r"\b(doet|deed|doen|draait|draaide|zet|zette)\s+(\S+\s+){0,3}op\s+slot\b|\b(sluit|sloot)\s+(\S+\s+){0,3}af\b",
          r"\b(kan|mag)\s+(\S+\s+)?(nergens\s+heen|er\s+niet\s+uit|niet\s+(weg|eruit|naar\s+buiten|de\s+deur\s+uit))\b"),
    _both(r"\b(hij|zij|ze|baas|werkgever|chef|eigenaar|smokkelaar\w*|mensenhandelaar\w*)\s+(\S+\s+){0,4}?(heeft|houdt|hield|pakte|pakt|nam|neemt|bewaart)\s+"
          r"(onze|ons|mijn|m[ij]n|hun|al\s+onze)\s+(papieren|paspoort\w*|documenten|verblijfs\w*|id\w*|identiteitsbewijs\w*)\b(?!\s+(nodig|gekopieerd|gezien|bekeken|gecontroleerd|gescand))",
          r"\b(werk\w*|baas|loon|schuur|slapen|slaap|uur\s+per\s+dag|niet\s+weg|betaalt\s+niet|geen\s+geld|politie|gevangenis)\b"),
    _both(r"\b(valt|viel|gevallen)\s+(\S+\s+)?(neer|om|flauw)\b|\bop\s+de\s+(grond|vloer)\b", r"\b(schokt|schokken|schokte|trilt|trillen|stuip\w*|krampen)\b"),
    # Arabic: locked in a room; papers held by the employer; unable to leave the workplace; chest
    # pain with arm or breath; cannot breathe (first person); pills bought and a day chosen
    r"(?<!\S)(ب|بي|ي|ت|بت)?(قفل|سكر|حبس)(ني|تني|وني|نا|ونا|تنا)\s+(\S+\s+)?(ب|في\s+|جوا\s+)?(ال)?(بيت|غرفه|اوضه|حمام|دار|مطبخ|قبو)",
    r"(صاحب\s+(ال)?شغل|صاحب\s+العمل|المعلم|الريس|المدير|المهرب|الكفيل|(?<!\S)هو)\s+(\S+\s+)?(واخد|اخد|ماخد|حاجز|ساحب|سحب|مخبي|حاجزين|ماخدين)\S*\s+(\S+\s+)?(ورق|اوراق|جواز|باسبور|هوي|اقام)\S*",
    _both(r"(ننام|مننام|بنام|نايمين|منام|بننام)\s+(ب|في\s+)ال(مخزن|مزرعه|معمل|مستودع|ورشه|مصنع)",
          r"(ما|مش)\s+(من|ب|ا|ن)?(قدر|فينا|فيني|مسموحلنا|مسموحلي)\s+(ن|ا)?طلع"),
    _both(r"صدري\s+(\S+\s+)?(عم\s+)?(يوجعني|بيوجعني|يالمني|موجوع|يضغط|بيضغط|عم\s+يعصر)|(وجع|الم|ضغط)\s+(ب|في\s+)?صدري",
          r"(ايدي|ذراعي|دراعي|زندي|منمل\S*|مخدر\S*|تنفس|عرق|فكي|الشمال)"),
    r"^(?!.*(زكام|رشح|كريب|مناخير|منخار|انفي|الضحك|حساسيه|ريحه)).*(ما|مش)\s+(عم\s+)?(ب|ا)?(قدر|قادر|قادره|فيني)\s+(ا|ات|ب)?تنفس(?!\S)",
    _both(r"(اشتريت|جبت|جمعت|جهزت|حضرت|خبيت)\s+(ال)?(حبوب|دوا|سم|حبل)", r"(حددت|اخترت|قررت|عينت)\s+(ال)?(يوم|تاريخ|موعد|الوقت|ليله)"),
    _both(r"(بيلحقني|عم\s+يلحقني|يلحقني|لاحقني|بيمشي\s+(ورا|وراي|ورايي)|ماشي\s+وراي)", r"(قدام|عند|ع)\s*(ال)?(باب|بيت)\S*"),
    # Arabizi
    _both(r"\b(bimshi|byimshi|bymshi|byl7a2ni|bil7a2ni|byla7e2ni|biteba3ni|la7e2ni)\b", r"\b(2odam|2udam|odam|quddam|2dam)\s+(el\s*)?(beit|bet|bab|beti)\b"),
    # Tigrinya: death better than return; blood that does not stop; someone fallen who does not
    # answer (polite and plural forms); ending one's own or another's life; a child who drank a cleaner
    r"(?<!\S)ሞት\s+(\S+\s+)?(ይሓይሽ|ይሕሸኒ|ይበልጽ)", r"እንተ\s*ዝ?(ሞትኩ|ሞት|መውት)\s+(\S+\s+){0,4}?(ይሓይሽ|ይሕሸ)",
    r"ደም\s+(\S+\s+){0,3}?(ኣይቋረጸን|ኣይቋረጽን|ኣይጠጠወን|ኣይደው\s+ኢሉን|ኣየቋርጽን)",
    _both(r"ኣይ(ት)?(ምል[ሰ-ሷ]|ንቀሳቐ[ሰ-ሷ]|በራበ[ረ-ሯ]|ዛረ[በ-ቧ])\S*ን(?!\S)", r"(ወዲቑ|ወዲቓ|ወዲቐን|ወዲቖም|ወዲቆም|ወዲቖን|ተጋዲሙ|ተጋዲማ|ተጋዲመን|ዓንዲሉ|ዓንዲላ|ዓንዲለን|ኣብ\s+መሬት|ኣብ\s+ምድሪ)"),
    r"ህይወ(ቱ|ታ|ተይ|ተን|ቶም|ትካ|ትኪ)\s+(\S+\s+)?(ክ|ከ)(ተ|ት)?(ቋርጽ|ቋርጾ|ቋርጻ|ውድእ|ውድኦ|ውድኣ|ጥፍእ)",
    _both(r"(ክሎሪን|በረኪና|ሳሙና|መርዚ|ነዳዲ|ቤንዚን)", r"(ሰቲዩ|ሰቲያ|ሰትዩ|ሰትያ)", _CHILD_TI),
    r"(?<!\S)(ይትንኪ[ፋፎ]|ይትንክ[ፋፎ]|ተንኪፍዋ|ተንኪፍዎ)(?!\S)",
    # Latin-script Tigrinya
    _both(r"\b(klorin|klor|chlorin|berekina|sabun|benzin|bensin)\b", r"\b(setiyu|setyu|setiya|setya|wuhitu|wehitu|beliu)\b"),
    r"\b(y|t)?i?tn[kq]i?f(a|o|wa|ani|eni)\b", r"\bmot\s+(\w+\s+)?y?ha?ysh\b",
)
_ROUND18_UNCERTAIN = (
    _both(r"(?<!\S)(و\s*)?انا\s+(ال)?(جاي|جايه)(?!\S)", r"(اختفت|اختفي|انقتل|انقتلت|قتلوه|قتلوها|رجعوها|رجعوه|خطفوه|خطفوها|اخدوها|اخدوه|ضاعت)"),
    _both(r"\b(doet|deed|doen|draait|draaide)\s+(\S+\s+){0,3}op\s+slot\b", r"\bgeen\s+sleutel\b"),
    _both(r"\bwerk\w*\b", r"\b(slapen|slaap|sliepen|wonen)\s+(in|op)\s+(de|het)\s+(schuur|fabriek|kas|magazijn|loods|container|werkplaats|stal)\b"),
    _both(r"(نشتغل|منشتغل|بنشتغل|بشتغل|الشغل)", r"(ننام|مننام|بنام|نايمين|منام|بننام)\s+(ب|في\s+)ال(مخزن|مزرعه|معمل|مستودع|ورشه|مصنع)"),
    r"(ننام|نايمين|رح\s+ننام|منام|بننام|نمنا)\s+(ب|في\s+|ع|على\s+)ال(شارع|طريق|حديقه|محطه)",
    r"\b(n?naym[ie]n|nayemin|nnam|mnnam|bnnam|nimna|ra7\s+nnam)\s+(fi\s+|bi\s*|b\s*|3a\s*)?(el\s*|l)?(shar[ie]3|share3|tare2|7ade2a|ma7ata)\b",
    r"\b(\d+|tlat|tlet|arba3|5ams|khams|yomen|yomein|yumen)\s+(iyam|ayam|yom|tiyam)\s+(bala|bidun|bdun|bdoun|ma)\s+(akl|akel|2akl|akal)\b",
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ)).*(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ)\s+መዓልቲ\s+(\S+\s+)?መግቢ\s+(የብልናን|የብለይን|የለን|የብሎምን|ኣይበላዕናን)",
    r"\b\d+\s+mea?lti\s+(\w+\s+)?megbi\s+(yebl\w*|yelen)\b",
)


# Round 19 (batch 19 read; it is development data since): idioms, rules and signals by kind.
# Idioms: news of war dead that one "cannot watch any more"; shamed "in front of everyone"; buried in
# one's studies; a threat shouted in a game (Arabic, Arabizi); a deadline "like a sword over my head";
# nearly died of an illness but well again; "this form / course kills (me)" in Latin-script Tigrinya
# and "is killing" in Ge'ez; a trivial thing named before the condition (Tigrinya and Arabic word
# order: "my grades, if she sees them, she kills me").
_NEWS_NL = r"\b(nieuws|journaal|beelden|videos|video|filmpjes|fotos|berichten)\b"
_ROUND19_IDIOMS = (
    # (the threat is looked for first: the check for a serious condition is the costly part)
    f"(?<!\\S)\\S{{0,3}}?(?:{_TRIVIAL_CONDITION})\\S*(?=(?:\\s+\\S+){{0,2}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,4}}?\\s+(?:{_THREAT_TO_ME})){_NOT_SERIOUS}"
    f"(?:\\s+\\S+){{0,2}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,4}}?\\s+(?:{_THREAT_TO_ME})\\S*",
    # Dutch
    _NEWS_NL + r"(\s+\S+){0,12}?\s+(ik\s+)?(kan|wil)\s+((het|dit|die|er|ze|daar)\s+)?(niet|nooit)\s+(meer\s+)?(naar\s+)?(kijken|zien|aanzien|volgen|lezen|horen)\b",
    r"\b(kan|wil)\s+(het|dat|die|de)\s+(nieuws|journaal|beelden|videos|filmpjes)\s+(\S+\s+)?niet\s+(meer\s+)?(kijken|zien|aanzien|volgen|lezen)\b",
    r"\b(begraaf|begroef|begraven)\s+(me|mij|mezelf|mijzelf)\s+(\S+\s+)?in\s+(mijn|m[ij]n|de|het)\s+(boeken|werk|studie|huiswerk)\b",
    r"\bals\s+een\s+zwaard\s+(van\s+damocles\s+)?boven\s+(mijn|m[ij]n|ons|ons\s+aller)\s+hoofd\b",
    r"\b(ik\s+)?(was|ben)\s+(bijna|haast)\s+(dood\s*gegaan|gestorven|dood)\b(\s+\S+){0,5}?\s+(maar|gelukkig)\s+(\S+\s+){0,3}?(beter|hersteld|gezond|genezen|opgeknapt)\b",
    # Arabic and Arabizi
    r"(?<!\S)(ال)?(اخبار|فيديوهات|صور|نشره|تلفزيون)(\s+\S+){0,12}?\s+(ما\s+(عاد\s+)?(بدي|فيني|بقدر|عم\s+اقدر|قادر|قادره)|مش\s+(قادر|قادره|فيني))\s+\S*(فرج|شوف|سمع|تابع|قرا)\S*",
    r"(?<!\S)(انفضحت|فضحت\s+حالي|تفشلت|تبهدلت|انحرجت)\s+(\S+\s+)?(قدام|امام)\s+(ال)?(كل|عالم|ناس|صف|طلاب|استاذ\S*|معلم\S*|شباب|بنات|جميع)(?!\S)",
    r"(?<!\S)(دافن|دافنه|دفنت|مدفون|مدفونه)\s+(حالي|نفسي|راسي)\s+(\S+\s+)?(ب|في\s+|بين\s+)(ال)?(دراسه|شغل|كتب|دروس|درس|امتحانات|مكتب)\S*",
    r"\b(dafen|dafne|dafanet|madfoun)\s+(7ali|nafsi)\s+(\w+\s+)?(bel|bi|b|fi)\s*(el\s*)?(dirase|drase|dras[ae]|shoghl|sho8l|kotob|kutub)\b",
    r"(?<!\S)(ب|بال|ع|عال|في\s+ال)?(لعبه|جيم|بلايستيشن|فورتنايت|ببجي|فيفا)\S*(\s+\S+){0,6}?\s+(رح|ح|بدي)\s+(ا|ي|ن)?(قتل|دبح|ذبح)(ك|كم|و|ه|ها|كن)(?!\S)(\s+\S+){0,3}",
    r"\b(game|gaming|playstation|ps[345]|fortnite|pubg|fifa|minecraft|roblox|lo3b\w*|l3b\w*)\b(\s+\S+){0,6}?\s+(ra7|7a|ha|bade?|baddi|bdi)\s+\w{0,3}(tl|dba7|dbe7)(ak|ik|kon|kom|o|ha|u)\b(\s+\S+){0,3}",
    r"(متل|مثل|زي|كانها|كانه|كان)\s+(ال)?سيف\s+(\S+\s+)?(على|ع|فوق)\s*(راسي|رقبتي|راسنا|رقبتنا)",
    r"(?<!\S)(كنت\s+)?(رح|ح)\s+(ا)?موت\s+(\S+\s+){0,4}?(بس|لكن)\s+(\S+\s+){0,2}?(تحسنت|منيح|منيحه|طبت|بخير|صرت\s+منيح\S*)(?!\S)",
    # Tigrinya (Ge'ez and Latin)
    r"(?<!\S)(ዜና|ዜናታት|ቪድዮ|ቪድዮታት|ስእልታት|ተለቪዥን)\S*(\s+\S+){0,12}?\s+(ክርእዮ|ክሰምዖ|ክከታተሎ|ክርኢ|ክሰምዕ|ክርእዮም|ክርእዮን)\s+(ኣይደልን|ኣይክእልን|ኣይኽእልን|ኣይደልየን)",
    r"ከም\s+ሰይፊ\s+(\S+\s+){0,3}?(ርእሰይ|ርእስና|ክሳደይ)",
    r"(?<!\S)ክ(መውት|ሞት)\s+ቀሪበ\s+(ነይረ|ነበርኩ)(\s+\S+){0,3}?\s+(ግን\s+|ሕጂ\s+)+(\S+\s+)?(ሓውየ|ሓዊየ|ተሓዊየ|ደሓን\s+እየ|ጽቡቕ\s+እየ)",
    r"(?<!\S)(እዚ|እቲ|እዛ|እታ)\s+(?!(ሰብኣይ|ሰብ|ወዲ|ሰበይቲ|ኣቦ|ሓው)\S*)\S+\s+(\S+\s+)?(ይቐትል|ትቐትል)\s+(እዩ|እያ|ኣሎ|ኣላ)",
    r"\b(ezi|ezia|eza|eti|eta|etu)\s+(?!(seb|sebay|sebeyti|wedi|abo|hawey|hawu|ade)\b)\w+\s+(\w+\s+)?(y|t)?i?(q|k)etl\w*(\s+(ale|alo|ala|eyu|eya|iyu))?",
)
_ROUND19_CRISIS = (
    # Dutch: a pregnancy with danger signs; a fire at home; a diabetic shaking without food; vomiting
    # blood; signs of a stroke (a limb that does not move with speech gone)
    _both(r"\bzwanger\b", r"\b(hoge\s+koorts|sterretjes|vlekken\s+voor\s+(mijn|m[ij]n|de)\s+ogen|veel\s+bloed|bloed\w*\s+(heel\s+)?(veel|erg|hevig)|"
          r"hevig\w*\s+(bloed\w*|buikpijn|pijn)|voel\s+(de\s+)?baby\s+niet\s+meer)\b"),
    r"\b(vatte|vat|vatten)\s+(\S+\s+)?vlam\b|\bvlam\s+gevat\b",
    r"^(?!.*\b(keel|mond|maag|tong|hoofd|spieren|benen|huid|hart|ogen|voeten)\b).*\b(staat|stond|staan|stonden)\s+(\S+\s+){0,2}?in\s+(de\s+)?brand\b",
    r"\b(branden|brandt|brandde)\s+(de|het|onze|ons|mijn|m[ij]n)\s+(gordijnen|keuken|bank|bed|kamer|trap|huis|flat|schuur|matras|meterkast)\b",
    r"\brook\s+(\S+\s+)?(in\s+(de|het|mijn|m[ij]n|ons|onze)\s+(gang|huis|kamer|trappenhuis|flat|slaapkamer|woonkamer)|komt\s+(\S+\s+)?(onder|door)\s+de\s+deur)\b",
    _both(r"\b(diabeet|diabetes|suikerziekte|suikerpatient|insuline)\b", r"\b(tril|tril\w*|zweet|zweten|flauw|verward|duizelig)\b",
          r"\b(geen\s+eten|niet\s+gegeten|niks\s+gegeten|niets\s+gegeten|suiker\s+(is\s+)?(te\s+)?laag|hypo)\b"),
    r"\b(spuug\w*|spuugt|braakt|braken|braak\w*|overgeven|geeft\s+(\S+\s+)?over)\s+(\S+\s+)?bloed\b|\bbloed\s+(op\s*)?(gespuugd|gebraakt|overgegeven|spugen|braken|overgeven)\b",
    _both(r"\b(arm|been|kant|hand|linkerarm|rechterarm|linkerkant|rechterkant)\b\s+(\S+\s+){0,2}?(beweegt\s+niet|slap|verlamd|voelt\s+niets)\b",
          r"\b(kan|kon)\s+(\S+\s+)?niet\s+(meer\s+)?(praten|spreken)\b|\bmond\b"),
    # Arabic and Arabizi
    _both(r"(حامل|حبلي)", r"(حراره\s+(عاليه|كتير|قويه)|سخونه\s+(قويه|كتير)|نزيف|عم\s+(ا|ت)نزف|نجوم\s+قدام\s+عيوني|بشوف\s+نجوم|الجنين\s+ما\s+عم\s+يتحرك|ما\s+عم\s+حس\s+(بال)?(بيبي|جنين))"),
    r"(?<!\S)(ال)?(بيت|مطبخ|غرفه|اوضه|شقه|بنايه|برادي|ستاير|كنبه|فرشه|تخت)\s+(عم\s+)?(ي|ت|بي|بت)(حترق|شتعل|ولع)\S*",
    r"(?<!\S)(ولعت|اشتعلت|شبت)\s+(ال)?نار\s+(ب|في\s+)\S*|(?<!\S)(حريق|النار)\s+(ب|في\s+)(ال)?(بيت|مطبخ|غرفه|شقه|بنايه)",
    r"(?<!\S)(ال)?دخان\s+(\S+\s+)?(بالبيت|بالممر|بالدرج|بالغرفه|عم\s+يفوت|فات\s+ع)",
    r"\b(el\s*)?(beit|bet|matba5|ghorfe|ouda|bineye)\s+(3am\s+)?(ye|bi|b|y|te|bt)?(7tere2|7ter2|7tir2|shte3el|wale3|wal3a)\b|\b(7ari2a|7ar2a)\s+(bel|b|fi)\s*(el\s*)?(beit|bet|matba5|bineye)\b",
    _both(r"(سكري|سكر|انسولين)", r"(ارجف|برجف|عم\s+ارجف|رجفه|دايخ|دايخه|عرقان|عرقانه|عم\s+يرجف|عم\s+ترجف)", r"(ما\s+اكلت|ما\s+اكل|بلا\s+اكل|نازل|واطي|هبوط)"),
    r"(?<!\S)(يستفرغ|بيستفرغ|تستفرغ|بتستفرغ|استفرغ|استفرغت|يتقيا|تتقيا|تقيا|يبزق|بيبزق|تبزق|بزقت|عم\s+يرجع|عم\s+ترجع)\s+(\S+\s+)?دم(?!\S)",
    r"(تمو|ثمو|فمو|وجهو)\s+(\S+\s+)?(مايل|معوج|معووج|نازل)",
    _both(r"\b(jeser|jisr|jsr|jser|balkon\w*|sa6e7|sateh|sateh|shebbak|shibbak|bineye|tabe2)\b",
          r"\b(bdi|baddi|badde|ra7)\s+(2?not|nut|2o2fez|o2foz|2ermi\s+7ali|ermi\s+7ali|2a2fez|na6|nu6)\b"),
    # Tigrinya (Ge'ez and Latin): a fire at home; drinking a cleaner, vomiting or spitting blood;
    # heavy bleeding after a birth or with no answer; signs of a stroke; a diabetic shaking
    r"(?<!\S)(ገዛ|ክፍሊ|ኩሽና|ክሽነ|ክሽን|ኪሽነ|ህንጻ|መጋረጃ|ዓራት|ሶፋ)\S*\s+(\S+\s+)?(ይነድድ|ትነድድ|ይነዱ|ነዲዱ|ነዲዳ|ተቓጺሉ|ተቓጺላ|ይቃጸል|ይቃጸሉ)",
    r"\b(geza\w*|kifli\w*|kushna\w*|hnxa|hntsa)\s+(\w+\s+)?(y|t)?i?ned(e|i)?d\w*\b|\b(y|t)?i?ned(e|i)?d\s+(\w+\s+)?(geza\w*|hawi)\b",
    _both(r"(ክሎሪን|በረኪና|ሳሙና|ጽሬት|ኣሲድ|ነዳዲ|ቤንዚን)", r"(ሰትዩ|ሰትያ|ሰትየ|ሰትዮም|ሰትየን|ውሒጡ|ውሒጣ|ውሒጠ)"),
    r"ደም\s+(\S+\s+)?(ይተፍእ|ትተፍእ|ይተፍኡ|ተፊኡ|ተፊኣ|ተፊአ|ይምለሶ|ይምለሳ|የምልስ|ተምልስ|ትምልስ)",
    r"\bdem\s+(\w+\s+)?(yitef|ytef|titef|ttef|tefi)\w*\b",
    _both(r"ደም\s+(\S+\s+)?(ይፈ[ሰ-ሷ]\S*|ይውሕ[ዘ-ዟ]\S*|ይወጾ\S*|ይወጻ\S*)", r"(ብዙሕ|ድሕሪ\s+ሕርሲ|ድሕሪ\s+ምውላድ|ወሊዳ|ኣይ(ት)?(ምል[ሰ-ሷ]|በራበ[ረ-ሯ])\S*ን|ዓንዲላ|ዓንዲሉ)"),
    _both(r"ኣይ(ት)?(ምል[ሰ-ሷ]|በራበ[ረ-ሯ]|ንቀሳቐ[ሰ-ሷ])\S*ን(?!\S)", r"(?<!\S)ደም(?!\S)"),
    r"(ኣፉ|ኣፋ|ገጹ|ገጻ)\s+(\S+\s+)?(ተጸሚሙ|ተጸሚማ|ተጸምዩ|ተጸምያ)\s+(\S+\s+)?(ክዛረብ|ክትዛረብ|ምዝራብ)",
    _both(r"(ኢዱ|ኢዳ|ኢዶም|እግሩ|እግራ|ፍርቂ\s+ኣካሉ|ፍርቂ\s+ኣካላ|የማናይ|ጸጋማይ)\s+(\S+\s+){0,2}?ኣይ(ት)?ን?ቀሳቐ\S*ን",
          r"(ክዛረብ|ክትዛረብ|ምዝራብ)\s+(\S+\s+)?ኣይ\S*ን(?!\S)|(ኣፉ|ኣፋ|ገጹ|ገጻ)\s+(\S+\s+)?(ተጸሚሙ|ተጸሚማ|ተጠውዩ|ተጠውያ)"),
    _both(r"(ሽኮር|ሕማም\s+ሽኮር|ኢንሱሊን)", r"(ይንቀጥቀጥ|እንቀጥቀጥ|ትንቀጥቀጥ|ዓንዲለ|ዓንዲሉ|ዓንዲላ)", r"(መግቢ|ኣይበላዕኩን|ኣይበልዐን|ኣይበልዐትን|ወሪዱ)"),
    r"\bay(s|t|ts)?t[ei]?nf[ei]?s[ei]?n\b",
    # verb forms of rape (perfect and passive: "he raped me", "I was raped"), Ge'ez and Latin
    r"(?<!\S)(ዓሚጹ|ዓሚጾም|ዓሚጻት|ዓሚጻ|ዓመጹ|ዓመጽዎ)(ኒ|ና|ዋ|ዎ|ለይ)\S*|(?<!\S)ተዓሚ(ጸ|ጻ|ጹ|ጽና)(?!\S)",
    r"\b3?ami(ts|x|s)u(ni|na)\b",
    # a threat to a child, in a subordinate clause ("... that he is going to do something to him")
    _both(_CHILD_NL, r"\biets\s+(gaat|zal|gaan|zullen)\s+(aandoen|aan\s+doen)\b", r"\b(zei|zegt|dreig\w*|bedreig\w*|als\s+ik)\b"),
)
_ROUND19_UNCERTAIN = (
    # put out of the house with the children, a night in the street or a building's entrance
    _both(r"\b(eruit\s*gezet|uit\s+huis\s+gezet|op\s+straat\s+gezet|buitengezet|slot\s+(\S+\s+)?(veranderd|vervangen))\b",
          r"\b(straat|vannacht|kinderen|nergens|buiten)\b"),
    _both(r"(?<!\S)(طردنا|طردونا|طردني|طردتنا|كبنا|كبونا|رمانا|رمونا|طلعونا|شلحنا)(?!\S)",
          r"(بالشارع|عالشارع|في\s+الشارع|(?<!\S)برا(?!\S)|الليله|هالليله|القفل|المفتاح|ولاد|ولادي|اطفال)"),
    r"(?<!\S)(نحنا|احنا|نحن)\s+(ب|في\s+|ع)ال?شارع(\s+\S+)?\s+(الليله|هالليله|من\s+(امبارح|مبارح|يومين))",
    _both(r"\b(tarradna|taradna|tardna|tarduna|tarrduna|kabbna|kabna|kabbuna)\b", r"\b(shera3|share3|shari3|barra|lele|lelie|llele|wlad|wlade|el2efl)\b"),
    _both(r"(ሰጒጉና|ሰጒጎምና|ሰጒጉኒ|ሰጒጋትና|ሰጒጋትኒ|ኣውጺኡና|ኣውጺኦምና|ደርብዩና|ደርብዮምና)", r"(ጎደና|ደገ|ለይቲ|ቆልዑ|ደቀይ|ቁልፊ|ማዕጾ)"),
    _both(r"ኣብ\s+(ጎደና|ጽርግያ|ደገ)\s+(\S+\s+)?(ኢና|ኣለና|ንነብር|ንድቅስ|ደቂስና|ሓዲርና)", r"(ለይቲ|ቆልዑ|ደቀይ|ቁሪ|ህጻን|ህጻናት)"),
    r"ኣብ\s+(ኣፍደገ|ደገ|ጎደና|ጽርግያ|መናፈሻ|ጣብያ)\s+(\S+\s+){0,3}?(ንድቅስ|ክንድቅስ|ደቂስና|ንሓድር|ክንሓድር|ሓዲርና)",
    r"\bab\s+(godena|gdena|tsrgya|xrgya|dege|afdege)\s+(\w+\s+){0,3}?(ina|ndeqs\w*|ndqs\w*|nhadr|hadirna|deqisna)\b",
    # a baby or child alone, crying for hours or gone silent
    _both(r"\b(baby|kind|kindje|peuter)\b", r"\balleen\b", r"\b(huilt|huilde|gehuild|uren|hoor\s+(ik\s+)?(niks|niets)\s+meer)\b"),
    _both(r"(طفل|بيبي|ابن\s+الجيران|بنت\s+الجيران)", r"(لحالو|لحاله|وحده|لوحده|لحالها|وحدها)", r"(يبكي|بيبكي|عم\s+يعيط|من\s+ساعات|ما\s+عم\s+اسمعه)"),
    _both(r"(ህጻን|ህጻና|ቆልዓ|ህጻናት|ቆልዑ)", r"(በይኑ|በይና|በይኖም)", r"(ይበኪ|ትበኪ|ይበኽዩ|ኣይስማዕን|ኣይሰማዕን|ንሰዓታት|ንመዓልቲ)"),
    # "after tonight I will not be here (any more)": a farewell with a time
    r"(?<!\S)(بعد|من\s+بعد)\s+(الليله|هالليله|اليوم|بكرا|بكره)\s+(\S+\s+){0,2}?(ما|مش)\s+(رح\s+|ح\s+)?(ا|ب)?كون\s+(موجود|موجوده|عايش|عايشه)(?!\s+(ب|في|عند|بال)\S*)",
    r"\bna\s+(vanavond|vannacht|vandaag)\s+(ben\s+ik\s+|zal\s+ik\s+)?(er\s+)?niet\s+meer\s+(zijn|er|hier)\b",
    r"ድሕሪ\s+(ሎሚ\s+ለይቲ|ሎሚ)\s+(\S+\s+)?(ኣይክህሉን|ኣይህሉን|ኣይክህልውን|ኣይክርከብን)",
    # a farewell text or message posted (Tigrinya)
    r"ናይ\s+(ምፍናው|ስንብት|ምስንባት|ምፍንናው)\s+(ጽሑፍ|መልእኽቲ|ደብዳቤ|ቪድዮ)",
    # no food for days (word order, Arabizi and Latin-script Tigrinya forms)
    r"^(?!.*\b(ramadan|ramadhan|vasten)\b).*\bgeen\s+eten\s+(al\s+|sinds\s+)?(\d+|twee|drie|vier|vijf|zes|zeven)\s+dagen\b",
    r"^(?!.*\b(ramadan|ramadhan|sayem|sayme|siyam)\b).*\b(\d+|tlat|tlet|arba3|5ams|khams|yomen|yomein|yumen)\s+(iyam|ayam|yom|tiyam)\s+(bala|bidun|bdun|bdoun|ma)\s+"
    r"(akl\w*|akel\w*|2akl\w*|akal\w*|kal\w*|2akal\w*)\b",
    r"^(?!.*\b(ramadan|tsom|xom|hudad)\b).*\b(\d+|kil?te|sel[ae]st[ei]|arba3?e?te|hamu?shte)\s+m[ea]?3?[ea]{0,2}lti\s+(\w+\s+)?megbi\s+(yebl\w*|yelen\w*|ay\w*n)\b",
    r"\b(hoest|hoestte|hoesten|ophoesten)\s+(\S+\s+)?bloed\b",
)


# Round 20 (batch 20 read; it is development data since): idioms, rules and signals by kind.
# Idioms: a relative who "always says" she dies if you do not come (quoted hyperbole); "dying to know"
# and "like dead without coffee" in Tigrinya; jumping for joy; going crazy over a cancelled train; a
# diving board at the pool (Tigrinya); a martial-arts club that teaches hitting and kicking; Dutch
# "bloed-" intensifiers ("een bloedhekel"); a boss who kills me if I am late, the condition written
# together with its "if" (Tigrinya "እንተደንጕየ"); Latin-script Tigrinya "yiqetleni" and "yimewt alekhu".
_ROUND20_IDIOMS = (
    # quoted hyperbole of a relative: "she always says I die if you do not come to eat"
    r"\b(zegt|zeggen|roept|zei)\s+(ze\s+|hij\s+)?(altijd|steeds|vaak|elke\s+keer)(?=\s+(\S+\s+){0,2}?(ik\s+ga\s+dood|ik\s+sterf|dan\s+ga\s+ik\s+dood)\b)"
    + _NOT_SERIOUS + r"\s+(\S+\s+){0,2}?(ik\s+ga\s+dood|ik\s+sterf|dan\s+ga\s+ik\s+dood)\b(\s+\S+){0,6}",
    r"(?<!\S)(دايما|دايمن|دائما|كل\s+مره|على\s+طول)(?=\s+(ب|ت|بت|بي|ي)(قول|قولو|حكي)\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا)?موت(?!\S))"
    + _NOT_SERIOUS + r"\s+(ب|ت|بت|بي|ي)(قول|قولو|حكي)\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا)?موت(?!\S)(\s+\S+){0,5}",
    r"(?<!\S)(ወትሩ|ኩሉ\s+ግዜ|ኩሉ\s+ሳዕ|ብቐጻሊ)(?=\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s+(ትብል|ይብል|ይብሉ|ትብለና|ይብለና|ትብለኒ|ይብለኒ)(?!\S))"
    + _NOT_SERIOUS + r"\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s+(ትብል|ይብል|ይብሉ|ትብለና|ይብለና|ትብለኒ|ይብለኒ)(?!\S)",
    # "dying to know / to see"; "like a dead person" before coffee; jumping for joy; going crazy
    r"(?<!\S)(ንምፍላጥ|ንምርኣይ|ንምስማዕ|ክፈልጥ|ክርኢ|ክሰምዕ)\s+ክ(መውት|ሞት)\s+(ደልየ|እየ|ቀሪበ)(?!\S)",
    r"(?<!\S)ከም\s+(ምዉት|ምውት|ሬሳ|ዝሞተ\s+ሰብ)\s+(እየ|ኢና|እኸውን|ይኸውን|ኮይነ|ኮይና)(?!\S)",
    r"(?<!\S)ካብ\s+(ሓጎስ|ሓጎሰይ|ታሕጓስ|ሓጎስና)\s+(\S+\s+)?ክ(ዘልል|ዘሊ|ነጥር)\S*(\s+(ደልየ|እየ|ቀሪበ))?",
    r"(?<!\S)ክ(ጽለል|ዕበድ|ዓብድ)\s+(እየ|ደልየ|ቀሪበ|ኢና)(?!\S)",
    # a diving board at the pool
    r"(?<!\S)(ፒሺና|ፒሲና|ፒሲን|መሐምበሲ|መሓምበሲ|ባኒዮ)\S*\s+(\S+\s+){0,3}?ክ(ት)?(ዘልል|ዘሊ|ነጥር|ንጠር)\S*",
    # a martial-arts club or lesson that teaches hitting and kicking
    r"(?<!\S)(ب|بال|ع)?(نادي\s+)?(ال)?(كاراتيه|كراتيه|جودو|تايكواندو|تايكوندو|كونغ\s*فو|كيك\s*بوكسينغ|ملاكمه|بوكسينغ|بوكس)(?!\S)(\s+\S+){0,5}?\s+(ال)?(ضرب|رفس|لكم|قتال|دفاع)\S*(\s+(و|وال)\S*)?",
    r"\b(karate|judo|taekwondo|kickboks\w*|boksen|boksles|bokstraining|kungfu|kung\s+fu)\b(\s+\S+){0,5}?\s+(slaan|schoppen|stoten|trappen|vechten|slagen|trappen)\b(\s+en\s+(slaan|schoppen|stoten|trappen))?",
    r"(?<!\S)(ካራተ|ካራቴ|ጁዶ|ቦክስ|ተክዋንዶ)\S*(\s+\S+){0,5}?\s+(ምውቃዕ|ምህራም|ምርጋጽ|ምቅላስ)\S*",
    # Dutch "bloed-" intensifiers: a "blood hatred" of rain, "blood serious", "blood hot"
    r"\bbloed(hekel|heet|serieus|mooi|link|nerveus|irritant|eerlijk|fanatiek|zenuwachtig|rijk|chagrijnig|ernstig|snel|stoer)\b",
    # a trivial condition written together with its "if" (Tigrinya): "if I am late, my boss kills me"
    f"(?<!\\S)\\S{{0,3}}?እንተ\\S{{0,4}}?(?:ደንጒየ|ደንጕየ|ረሲዐ|ሰቢረ|ወዲቐ|ዘይመጻእኩ|ዘይመጺአ)\\S*(?=(?:\\s+\\S+){{0,3}}?\\s+\\S*(?:{_THREAT_TO_ME})){_NOT_SERIOUS}(?:\\s+\\S+){{0,3}}?\\s+\\S*(?:{_THREAT_TO_ME})\\S*(\\s+(እዩ|እያ|እዮም))?",
    # Latin-script Tigrinya: dying of hunger, laughter, tiredness, boredom (present forms)
    r"\b(bt[i]?m[iy]?[ei]t|btmiet|bsehaq|bshaq|bs[ei]haq|bdkam|bdikam|bselki|bsilki)\s+(y|k|e)?i?mew?t\w*(\s+(alekhu|aleku|aleko|eye|iye|qeribe))?\b",
)
_ROUND20_CRISIS = (
    # a child or family member fallen from a balcony, a window, a roof or a floor
    _both(f"(?:{_CHILD_NL}|{_FAMILY_NL})", r"\b(gevallen|viel|valt|gesprongen)\b", r"\b(balkon|raam|dak|verdieping|etage|hoogte|flat)\b"),
    _both(f"(?:{_CHILD_AR}|{_FAMILY_AR})", r"(وقع|وقعت|طاح|طاحت|سقط|سقطت|نط|نطت)\s+(\S+\s+)?(من|م|عن)\s*(ال)?(بلكون|برندا|شباك|سطح|طابق)\S*"),
    _both(f"(?:{_CHILD_TI}|{_FAMILY_TI})", r"ካብ\s+(\S+\s+)?(ባልኮን|ባልኮኒ|በረንዳ|መስኮት|ናሕሲ|ፎቕ|ደርቢ)\S*\s+(\S+\s+){0,2}?(ወዲቑ|ወዲቓ|ወዲቖም|ተደርብዩ|ተደርብያ)"),
    _both(r"\b(ebni|ibni|binti|bente|benti|walad|el?walad)\b", r"\b(wi2e3|we2e3|wa2a3|w2e3|we23et|wi2i3t|wa23at|wi23et)\s+(men|mn|min|mel|mnel)\s*(el\s*)?(balkon|balcon|shebbak|shibbak|sat[7h]|tabe2)\b"),
    # boiling water or oil over a child, the skin coming loose
    _both(r"\b(kokend\w*|heet|hete|gloeiend\w*)\s+(water|olie|thee|soep|kofie)\b", _CHILD_NL,
          r"\b(huid\s+(\S+\s+)?(laat|liet|komt|kwam|gaat|ging)\s+los|blaren|heen\s+gegaan|overheen|verbrand\w*)\b"),
    _both(r"(مي|ميه|ماي|ماء|زيت|شاي)\s+(\S+\s+)?(سخن|سخنه|مغلي|مغليه|بيغلي|عم\s+يغلي|حامي|حاميه|بتغلي)", _CHILD_AR,
          r"(جلد\S*|انسلخ|انسلخت|تقشر|فقاعات|حرق|انحرق|انحرقت|اندلق|اندلقت|انكب|انكبت)"),
    _both(r"(ዝፈልሐ|ዝፈልሕ|ዝፈልሑ|ውዑይ|ዉዑይ|ሃሩር)\s+(\S+\s+)?(ማይ|ዘይቲ|ሻሂ|ቡን)", _CHILD_TI,
          r"(ቆርበት\S*|ተቓጺሉ|ተቓጺላ|ተፈሲሱ|ፈሲሱዎ|ፈሲሱዋ|ፈሲስዎ|ፈሲስዋ|ተገልቢጡ)"),
    # gas smelt and someone who does not open or answer
    _both(r"\b(gas|gaslucht|gaslek)\b", r"\b(ruik|ruikt|rook|roken|stinkt|lucht)\b",
          r"\b(doet|deed)\s+(\S+\s+)?niet\s+(meer\s+)?open\b|\b(neemt|nam)\s+(\S+\s+)?niet\s+op\b|\bgeeft\s+geen\s+antwoord\b"),
    _both(r"(ريحه\s+(ال)?غاز|(ال)?غاز\s+(ريحته|طالعه\s+ريحته))", r"(ما\s+(عم\s+)?(ي|ت|بي|بت)?(فتح|رد)|ما\s+حدا\s+عم\s+يرد)"),
    _both(r"(ሽታ\s+ጋዝ|ጋዝ\s+(\S+\s+)?(ይሽትት|ይሸትት|ሽታ))", r"(ኣይከፍትን|ኣይከፈተን|ኣይትከፍትን|ኣይምልስን|ኣይመለሰን|ኣይትምልስን)"),
    # a carbon monoxide alarm, with headache or dizziness
    _both(r"(ሞኖክሳይድ|ካርቦን|ጋዝ)", r"(መጠንቀቕታ|ደወል|ይድምጽ|ይጭርሕ|ርእሰ?\S*\s+\S*ሓም\S*|ይዞረ\S*|ዞይሩ\S*|ሕማም\s+ርእሲ)",
          r"(ርእስ\S*\s+\S*ሓም\S*|ይዞረ\S*|ዞይሩ\S*|ሕማም\s+ርእሲ|ይተፍእ\S*|ደኺ\S*|ዓንዲል\S*)"),
    _both(r"(مونوكسيد|اول\s+اكسيد|كاربون|كربون|انذار\s+(ال)?غاز|كاشف\s+(ال)?غاز)",
          r"(دوخه|دايخ\S*|داخ\S*|صداع|راس\S*\s+عم\s+(ي|ت)وجع\S*|عم\s+(ن|ي|ت)ستفرغ\S*|يستفرغ\S*|مغمي)"),
    # a missing child (not back from school for hours, nobody knows where), Ge'ez and Latin
    _both(_CHILD_TI, r"(ኣይተመልሰን|ኣይተመልሰትን|ኣይተመለሰን|ኣይተመለሰትን|ኣይመጸን|ኣይመጸትን|ጠፊኡ|ጠፊኣ|ተሰኢኑ|ተሰኢና)",
          r"(ሰዓት|ኣበይ\s+(ከም\s+)?(ዘሎ|ዘላ|ኣሎ|ኣላ)|ዝፈልጥ\s+የለን|ፖሊስ|ካብ\s+ንጉሆ)"),
    _both(r"\b(wedey|wedei|wedi?ey|gualey|gwaley|gu?aley|hxaney|hitsaney|deqey)\b", r"\b(tefiu|tefia|ay(e)?temeles(e)?n|ay(e)?temelesetn)\b",
          r"\b(tefiu|tefia|seat\w*|saat\w*|abey|polis|police|timhirti|tmhrti)\b"),
    _both(_CHILD_AR, r"(ما\s+(رجع|رجعت|اجا|اجت|وصل|وصلت)|ضايع|ضايعه|اختفى|اختفت)",
          r"(ساعات|ساعتين|من\s+الصبح|(ال)?شرطه|(ال)?بوليس|ما\s+حدا\s+(بيعرف|بعرف)|ما\s+(بعرف|منعرف)\s+وين)"),
    # sex demanded for the rent by a landlord
    _both(r"\b(huisbaas|verhuurder|eigenaar\s+van\s+(het|ons|mijn)\s+huis)\b", r"\b(met\s+(hem|mij|me)\s+(naar\s+bed|slapen|seks)|seks|sex)\b"),
    _both(r"(صاحب\s+(ال)?بيت|صاحب\s+(ال)?شقه|(ال)?مؤجر|(ال)?موجر|(ال)?مالك)", r"(نام\s+مع(ه|و)|انام\s+مع(ه|و)|ينام\s+معي|ينام\s+مع(ي|نا)|جنس)"),
    _both(r"(ወናኒ\s+ገዛ|ዋና\s+ገዛ|ወናኒ\s+ቤት|ዋና\s+ቤት)", r"(ምሳይ\s+ክድቅስ|ምስኡ\s+ክድቅስ|ክድቅሰኒ|ጾታዊ|ምሳይ\s+ክሓድር)"),
    _both(r"\b(wanani|wenani|wana|wena)\s+geza\b", r"\b(msay|mesay|msu|mesu|mesuu)\s+k?i?d[ei]?q[ei]?s\b"),
    # a baby with a high fever who is limp or does not wake
    _both(r"\b(baby|babytje|zuigeling|pasgeboren|\d+\s+(weken|maanden)\s+oud)\b", r"\b(koorts|4[01]\s*graden|4[01])\b",
          r"\b(slap|suf|niet\s+(meer\s+)?wakker|reageert\s+niet|drinkt\s+niet|wil\s+niet\s+drinken)\b"),
    _both(r"(البيبي|بيبي|الرضيع|رضيع|عمره\s+(شهر|شهرين|\d+\s+(شهور|اشهر)))", r"(حراره|حرارته|حرارتو|سخونه|حمى|4[01])",
          r"(ما\s+عم\s+(ي)?(فيق|صحي|يصحى|رضع|يرضع|تحرك|يتحرك)|مرخي|رخو|دبلان)"),
    _both(r"(ህጻ[ንነ]|ወርሒ)", r"(ረስኒ|ሓሚሙ|4[01])", r"(ልሙስ|ኣይበራበርን|ኣይትበራበርን|ኣይጠቡን|ኣይትጠቡን|ኣይንቀሳቐስን|ኣይምልስን)"),
    # forced marriage (the causative "to marry her off by force"), a sister taken abroad to be married
    r"ብግዲ\s+(\S+\s+)?(ከ|ክ|ን|ኣ)?መርዕ\S*|ብግዲ\s+(\S+\s+)?(ክ|ን)?ምርዑ\S*",
    r"\bb?gdi\s+(\w+\s+)?k?e?mer3?[ei]w\w*\b",
    # "I will kill myself" and "I won't be alive next week" inside an ordinary question
    r"ብህይወት\s+(\S+\s+)?ኣይ(ክህሉ|ህሉ|ክነብር|ክርከብ|ክህሉ)\S*ን(?!\S)",
    r"\bb?hiy?wet\s+(\w+\s+)?ay(k)?h?[ei]?l(u|o)n\b",
    r"\bn?r(e|3e|a|ae)?s[ei]?y\s+(\w+\s+)?k[ei]?(q|k)[ei]?t[ei]?l\w*\b|\bk[ei]?(q|k)[ei]?t[ei]?l\s+n?r(e|3e|a|ae)?s[ei]?y\b",
    r"\bma\s+(3ad|3d|3aad|3od)\s+(fini|feni|fiye|fiyye|badi|bade|bdi)\s+(2?3i?sh|3eesh|3eish|3ayesh)\b",
    r"(?<!\S)ما\s+(عاد|عد)\s+(فيني|بدي|بقدر)\s+(ا|ع)?عيش(?!\S)",
    # giving things away because "where I am going I will not need them"
    _both(r"\b(gegeven|weggegeven|weg\s*geven|geef\s+\S+\s+weg|weggeef\w*)\b", r"\bwaar\s+ik\s+(heen|naartoe)\s+ga\b", r"\bniet\s+(meer\s+)?nodig\b"),
    _both(r"(?<!\S)(عطيت|اعطيت|وهبت|وزعت|هديت)\S*", r"(وين|لوين)\s+(\S+\s+)?(رايح|رايحه|ح\s*روح|رح\s+روح)(?!\S)", r"(ما|مش)\s+(رح\s+|ح\s+)?(ا|ب)?(حتاج|لزم)\S*"),
    _both(r"(?<!\S)(ሂበ|ሂበዮ|ሂበዮም|ዓዲለ|ዓዲለዮ|ዓዲለዮም)\S*", r"(ዝኸዶ|ዝኸደሉ|ክኸዶ)\s+ቦታ|ናብ\s*(ቲ\s+)?ዝኸዶ", r"ኣየድልየ\S*"),
)
_ROUND20_UNCERTAIN = (
    # "Saturday is my last day, after that it is over"; "yesterday I really wanted to do it"
    _both(r"\bmijn\s+laatste\s+dag\b", r"\b(daarna|dan)\s+is\s+het\s+(klaar|voorbij|over|afgelopen)\b"),
    r"\b(wilde|wou)\s+ik\s+het\s+(echt|bijna)\s+doen\b|\bik\s+(wilde|wou)\s+het\s+(echt|bijna)\s+doen\b",
    # a bank card and its code left out for a relative (affairs put in order)
    _both(r"\b(bankpas|pinpas|bankkaart)\b", r"\b(code|pincode|pin)\b", r"\b(op\s+tafel|klaar\s*gelegd|neergelegd|achtergelaten|voor\s+(mijn|m[ij]n)\s+\w+)\b"),
    # "it makes no difference, next week I will not be there": a farewell inside an ordinary question
    _both(r"(ما\s+بتفرق|ما\s+بيفرق|مو\s+فارقه|مش\s+فارقه|ما\s+عاد\s+(ت|ي)?فرق|ما\s+بيهم|ما\s+عاد\s+يهم|ما\s+في\s+داعي|بلا\s+فايده)",
          r"(ما|مش)\s+(رح\s+|ح\s+)?(ا|ب)?كون\s+(موجود|موجوده|عايش|عايشه|هون)(?!\s+(ب|في|عند|بال|ع)\S*)"),
    _both(r"\b(maakt\s+(toch\s+)?(niet|niks)\s+(meer\s+)?uit|heeft\s+(toch\s+)?geen\s+zin\s+(meer)?|doet\s+er\s+(toch\s+)?niet\s+toe)\b",
          r"\b(ben|zal)\s+ik\s+er\s+(toch\s+)?niet\s+meer\b|\bben\s+ik\s+(toch\s+)?(er\s+)?niet\s+meer\s+(hier|er|zijn)?\b"),
    _both(r"(ኣይጠቅመንን|ኣይጠቕመንን|ኣይጠቅምን|ኣይጠቕምን|ዋጋ\s+የብሉን)", r"ኣይ(ክህሉ|ክርከብ|ህሉ)\S*ን\s+(እየ)"),
    # no place to sleep tonight, with small children or in the cold
    _both(r"(መደቀሲ|መሕደሪ|እንሓድረሉ|እንድቅሰሉ|ንሓድረሉ|ንድቅሰሉ)\s+(\S+\s+)?(የብልናን|የብለይን|የለን|የብልን|የብልናን)",
          r"(ቆልዑ|ቆልዓ|ህጻን|ህጻናት|ደቀይ|ዝሑል|ቁሪ|ደገ|ለይቲ|ሎሚ\s+ምሸት)"),
    _both(r"\b(geen\s+(slaapplek|slaapplaats|plek\s+om\s+te\s+slapen|dak\s+boven\s+(ons|mijn|m[ij]n)\s+hoofd)|nergens\s+(om\s+)?te\s+slapen)\b",
          r"\b(vanavond|vannacht|kinderen|kind|baby|koud|buiten|straat)\b"),
    _both(r"(ما\s+(في|عنا|عندي)\s+(مكان|محل|وين)\s+(ن|ا)?(نام|بات)|ما\s+عنا\s+وين\s+ننام)", r"(الليله|هالليله|ولاد|ولادي|اطفال|برد|بارد|بالشارع|برا)"),
)

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


# Round 22 (batch 22 and NLU b12 read; development data since): idioms, rules and signals by kind.
# Idioms: a language question about an expression ("what does 'het mes op de keel zetten' mean"); the
# cold or the weather of this country that "kills us"; the gas (bottle) that ran out; words that "hurt
# me" (an insult, not a blow); a device thrown out of the window in anger; a small cut while cooking;
# weather "not to survive"; "I die for" a dish (love, Levantine); "I'll kill you if you eat my chocolate"
# (a threat to "you" over food); "my heart melted"; "blood does not scare me"; a neighbour hammering.
# Besides: a surprise or a present as a trivial condition of a threat, spaced-out words read at their wider
# gaps (``_gapped_reading``), and the training files read with libyaml (warm_up faster).
_ROUND22_IDIOMS = (
    # a language question about an expression, a saying or a word (the expression is cut with it)
    r"\b(wat\s+(betekent|betekend|bedoelt?\s+\S+\s+met)|betekenis\s+van|uitleg\s+van)\s+(de|het|deze|die|dat)\s+"
    r"(uitdrukking|spreekwoord|gezegde|zegswijze|idioom|zin|woord|woorden)\b(\s+\S+){0,8}",
    r"\bhet\s+mes\s+op\s+de\s+keel\b(?!\s+van\b)",
    r"(?<!\S)(شو\s+(يعني|معني|معنى|بتعني|معناها)|ما\s+(معني|معنى)|شو\s+المقصود\s+ب)\s+(ال|هال|هاي\s+ال|هي\s+ال)?"
    r"(عباره|جمله|كلمه|مثل|تعبير|مقوله)\S*(\s+\S+){0,8}",
    r"(?<!\S)(\S+\s+){1,4}?(ዝብል|ዝበሃል)\s+(ምስላ|ኣበሃህላ|ቃል|ሓረግ|ምስሌ)\S*\s+(\S+\s+)?(እንታይ\s+ማለት|ትርጉሙ|ትርጉማ|ማለት\s+እንታይ)\S*(\s+(እዩ|እያ))?",
    # the cold, the heat or the weather of this country that "kills us"
    r"(?<!\S)(ዝሑል|ቁሪ|ቝሪ|ክረምቲ|በረድ|ዝናብ|ንፋስ|ሙቐት|ዋዒ|ጸሓይ|ኣየር|ክሊማ)\s+(\S+\s+){0,3}?"
    r"(ይቐትለና|ይቐትለኒ|ክቐትለና|ክቐትለኒ|ትቐትለና|ትቐትለኒ|ቀቲሉና|ቀቲሉኒ|ቀቲላትና|ቀቲላትኒ)(\s+(ኣሎ|ኣላ|እዩ|እያ))?(?!\S)",
    r"(?<!\S)(ال|هال)?(برد|حر|شوب|شتي|تلج|ريح|هوا|رطوبه|طقس|جو)\s+(\S+\s+){0,3}?(عم\s+|رح\s+|ح\s+)?"
    r"(يقتلنا|يقتلني|قاتلنا|قاتلني|موتنا|موتني|يموتنا|يموتني|بيقتلنا|بيموتنا|قتلنا)(?!\S)",
    r"\b(de\s+)?(kou|hitte|regen|wind|winter|sneeuw|vorst|weer)\s+(\S+\s+){0,4}?(vermoordt|sloopt|killt|maakt)\s+(ons|me|mij)\b(\s+(af|kapot))?",
    # the gas (bottle) ran out or was cut off: no hot water, no cooking
    r"(?<!\S)(ጋዝ|gaz|gas)\s+(ጠፊኡ|ተፊኡ|ወዲኡ|ተወዲኡ|ተቛሪጹ|የለን|tefiu|wediu|tewediu|yelen|teqwarixu)(?!\S)",
    r"(?<!\S)(ال)?(غاز|جره\s+(ال)?غاز|قنينه\s+(ال)?غاز)\s+(خلص|خلصت|مقطوع|انقطع|قاطع|فاضي|فاضيه|مخلص)(?!\S)|(?<!\S)(خلص|انقطع|قطعو)\s+(ال)?غاز(?!\S)",
    r"\b(het\s+)?(gas|gasfles)\s+(is\s+)?(op|afgesloten|leeg|afgesloten\s+door\s+\S+)\b",
    # words that hurt me: an insult or a remark, not a blow
    r"(?<!\S)(ቃል|ቃላት|ዘረባ|ዘረባኡ|ዘረባኣ|ዘረባታት|ብዘረባ|ብቓላት|ብቓሉ|ብቓላ|ስምዒተይ|ልበይ|ክብረይ)\S*\s+(\S+\s+){0,3}?"
    r"(ጎዲኡኒ|ጎዲኣትኒ|ጎዲኦምኒ|ጎዲኡ|ኣሕዚኑኒ|ኣጉሂዩኒ)(?!\S)",
    r"\b(pijn|zeer)\s+(gedaan|doen|gedaan\s+met|deed|doet)\s+(\S+\s+)?(met\s+)?(zijn|haar|hun|die|de)\s+(woorden|opmerking\w*|grap\w*|berichten|reactie\w*)\b"
    r"|\b(zijn|haar|hun|die|de)\s+(woorden|opmerking\w*|grap\w*)\s+(\S+\s+)?(deden|doen|deed|doet)\s+(me|mij)\s+(\S+\s+)?(pijn|zeer)\b",
    r"(?<!\S)(جرح|جرحني|جرحتني|جرحوني|وجعني|وجعتني|اذاني|اذتني)\s+(ب)?(كلام|حكي)\S*",
    # a device or the post thrown out of the window or against the wall in anger
    r"\b(laptop|computer|pc|telefoon|mobiel|printer|tv|televisie|tablet|ipad|brief|brieven|formulier\w*)\s+(\S+\s+){0,2}?"
    r"(uit|door|tegen)\s+(het|de)\s+(raam|muur)\s+(\S+\s+)?(te\s+)?(gooien|smijten|gooi|smijt|keilen|gegooid)\b",
    # a small cut or burn while cooking
    r"\b(gesneden|sneed|snij|snijd|sneetje|gebrand|brandde|verbrand)\b(\s+\S+){0,5}?\s+(bij|tijdens)\s+(het\s+)?(\S+\s+)?"
    r"(snijden|koken|bakken|schillen|scheren|klussen|afwassen)\b",
    r"\b(klein|kleine)\s+(sneetje|wondje|snee)\b|\b(bloedt|bloeden)\s+(al|nu|alweer|inmiddels)\s+niet\s+meer\b",
    # weather or a queue "not to survive"
    r"\b(weer|hitte|kou|regen|wachtrij|rij|cursus|les|week|dag|examen|toets|formulier\w*|bureaucratie|drukte)\s+(\S+\s+){0,2}?niet\s+om\s+te\s+(overleven|harden)\b",
    # "I die for" a dish or a person (love, craving; not "I want to die on the road")
    r"(?<!بدي )(?<!رح )(?<!ح )(?<!\S)(ا|ب|ن)موت\s+(على|عل|ع)\s+(ال)?(?!(طريق|سكه|جسر|بحر|شارع|حالي|نفسي|روحي)(?!\S))\S+(\s+(مال|تبع|تاع|بتاع|تبعت)\s+\S+)?",
    # "I'll kill you if you eat my chocolate": a threat to "you" over food
    r"(?<!\S)(ቸኮላታ|ቾኮላታ|ኬክ|ባኒ|መግቢ|ብስኩት|ከረሜላ|ጣፋጭ|ኣይስክሪም|ሻሂ|ቡን)\S*\s+(\S+\s+){0,2}?\S*እንተ\S*\s+(\S+\s+){0,2}?"
    r"(ክቐትለካ|ክቐትለኪ|ክቐትለኩም|ክሓርደካ|ክሓርደኪ)(\s+(እየ|የ))?",
    # "my heart melted / broke" of love; "blood does not scare me"
    r"\bmijn\s+hart\s+(smolt|smelt|brak|breekt|sprong|maakte\s+een\s+sprongetje)\b",
    r"ደም\s+(\S+\s+)?ኣየፍርሓ(ንን|ኒ|ንን\s+እዩ)\S*|\b(niet\s+bang\s+(voor|van)\s+bloed|bloed\s+\S*\s*schrikt\s+me\s+niet\s+af)\b|(?<!\S)ما\s+(ب|ع)?خاف\s+(من|م)\s*(ال)?دم(?!\S)",
    # a neighbour hammering or drilling; "my head will explode" (noise, not a blow)
    r"(?<!\S)(عم\s+)?(يضرب|يدق|بيدق|بيضرب|تدق|تضرب)\s+(بال|ب)(شاكوش|مطرقه|دريل|مسامير|مسمار)\S*",
    r"(?<!\S)راسي\s+(رح|ح|عم)\s+(ي)?(نفجر|يفقع|فقع|طق)(?!\S)",
)
_ROUND22_CRISIS = (
    # a seizure: foam at the mouth, the whole body shaking
    r"\bschuim\s+(uit|op|om|rond)\s+(de|zijn|haar|z'n|zn)\s+mond\b",
    _both(r"\b(aanval|epileptisch\w*|epilepsie|toeval|stuip\w*)\b", r"\b(schudt|schokt|schokken|trilt|trillen|schuim|bewusteloos)\b"),
    r"(زبد|رغوه)\s+(من|م|عم\s+يطلع\s+من)\s+(تمه|تمها|فمه|فمها|تمو)",
    r"ዓፍራ\S*\s+(\S+\s+)?(ካብ\s+)?ኣፍ\S*",
    # an old person fallen who cannot get up
    _both(r"\b(moeder|vader|mama|papa|oma|opa|buurvrouw|buurman|schoonmoeder|schoonvader|oude\s+\w+|man|vrouw)\b",
          r"\b(gevallen|viel|uitgegleden)\b", r"\b(kan|kon)\s+(\S+\s+)?niet\s+(meer\s+)?(opstaan|overeind|bewegen)\b|\bkomt\s+niet\s+(meer\s+)?overeind\b"),
    _both(r"(امي|ابوي|جدي|جدتي|ستي|حماتي|حماي|جارتي|جاري)", r"(وقع|وقعت|طاح|طاحت|انزحط|انزحطت|انزلق|انزلقت)",
          r"(ما\s+(عم\s+)?(ي|ت)?(قدر|قدرت|فيه|فيها)\s+(ي|ت)?(قوم|توقف|وقف))"),
    _both(r"(ኣደይ|ኣቦይ|ኣቦሓጎይ|ዓባየይ|ሓማተይ|ሓሙይ|ጎረቤተይ)", r"(ወዲቑ|ወዲቓ|ተሸሪቱ|ተሸሪታ|ሸሪቱ)", r"(ክትስእ|ክትትንስእ|ክትንስእ|ክትስ|ክትንቀሳቐስ|ክንቀሳቐስ|ክትንስኡ|ክትስኡ|ክትንስእ|ክንስእ)\s+(\S+\s+)?(ኣይከኣለትን|ኣይክእልን|ኣይትኽእልን|ኣይከኣለን)"),
    # wanting to go to one's children or spouse "in heaven"; "why still live"
    r"\bwaarom\s+(\S+\s+){0,2}?nog\s+(leven|doorleven)\b",
    r"\b(ga|wil|gaan|kom)\s+(\S+\s+){0,2}?naar\s+(mijn|m[ij]n)\s+\S+\s+in\s+de\s+hemel\b",
    # someone (not me) who hanged himself
    r"\b(zich|zichzelf)\s+(\S+\s+)?(opgehangen|ophing|ophangt|verhangen|verhing)\b",
    r"(?<!\S)(شنق|انشنق|شنقت)\s+(حاله|نفسه|حالها|نفسها|روحه|روحها|حالو|نفسو)(?!\S)",
    r"(ርእሱ|ርእሳ|ነብሱ|ነብሳ)\s+(\S+\s+)?(ሰቒሉ|ሰቒላ|ኣሕኒቑ|ኣሕኒቓ)(?!\S)",
    # a child pulled into a van or car by a stranger, or kidnapped
    _both(_CHILD_NL, r"\b(getrokken|gesleurd|meegesleurd|geduwd|ingetrokken|ingeduwd|ontvoerd|ontvoert|meegenomen)\b",
          r"\b(bus|busje|auto|wagen|bestelbus|ontvoerd|ontvoert)\b"),
    _both(_CHILD_AR, r"(سحب|سحبها|سحبو|شدها|شدو|خطف|خطفها|خطفو|فاتو|دخلها|دخلو|حطها|حطو)\S*", r"(سياره|فان|باص|بوسطه|خطف\S*)"),
    _both(_CHILD_TI, r"(ስሒቡ|ስሒቡዋ|ስሒብዋ|ስሒብዎ|ሰሪቑ|ሰሪቑዋ|ጨውዩ|ጨውዩዋ|ጨውይዎ|ጨውይዋ|ኣእትዩ|ኣእትዩዋ)\S*", r"(መኪና|ባስ|ፋን|ጨውዩ\S*)"),
    # at the water, shoes already off
    _both(r"\b(bij|aan|op|in)\s+(het|de)\s+(water|kade|brug|rivier|zee|gracht|spoor|dijk|pier|meer)\b",
          r"\b(schoenen|jas|tas|telefoon|portemonnee)\s+(\S+\s+){0,3}?(uit|uitgedaan|uitgetrokken|aan\s+de\s+kant|neergezet|neergelegd|achtergelaten|op\s+de\s+kant)\b"),
    # English: "I want to die", "kill myself"
    r"\bi\s+(want|wanna|wish|will|am\s+going)\s+(to\s+)?(die|be\s+dead|kill\s+myself|end\s+(it|my\s+life))\b|\bkill\s+myself\b|\bend\s+my\s+life\b|\bdont\s+want\s+to\s+live\b",
    # a strong smell of gas
    _both(r"(ريحه|ريحت)\s+(ال)?غاز", r"(قويه|كتير|كثير|بكل|كله|كلها|معبايه|مالي|مليان)"),
    _both(r"\b(ri7(a|e|et|it|t)?|re7(a|et)?)\s+(el\s+|l)?(gaz|ghaz|gas)\b", r"\b(2awiye|2awye|2awiyi|qawiye|ktir|kteer|kter|kil|kel|kello|kella)\b"),
    # pregnant and bleeding heavily (Levantine forms)
    _both(r"(حامل|حبلى|حبلانه|بالشهر\s+ال\S+)", r"(نازل\s+(مني\s+|منها\s+)?دم|نزيف|عم\s+(ا|ت)?نزف|دم\s+كتير)"),
    # a child touched in a wrong place
    _both(_CHILD_AR + r"|(?<!\S)(ابني|بنتي|ابنتي)", r"(لمس|بيلمس|تحرش|يتحرش|عم\s+يلمس)\S*", r"(مكان\s+غلط|مكان\s+خاص|اماكن\s+خاصه|محل\s+غلط|بطريقه\s+غلط|عوره|عورت\S*|تحرش\S*)"),
    _both(_CHILD_NL, r"\b(aangeraakt|aanraakt|betast|betastte|zat\s+aan|zit\s+aan)\b",
          r"\b(verkeerde|intieme|private|geslachtsdelen|piemel|plasser|borsten|kruis|onder\s+(zijn|haar)\s+(kleren|broek|rok))\b"),
    _both(_CHILD_TI, r"(ተንኪፉ|ዳህሲሱ|ተንኪፍዎ|ተንኪፍዋ|ዳህሲስዎ|ዳህሲስዋ)\S*", r"(ዘይግቡእ|ብሕታዊ|ዘይብሉ)\s+(\S+\s+)?(ቦታ|ክፋል|መንገዲ)"),
    # a cleaner or poison drunk by myself
    r"(?<!\S)(شربت|بلعت)\s+(\S+\s+)?(ماده\s+(ال)?تنظيف|منظف|كلور|ديتول|فلاش|مبيض|ماء\s+نار|مي\s+نار|مبيد|سم)(?!\S)",
    r"\bik\s+heb\s+(\S+\s+){0,3}?(bleek\w*|chloor|ontstopper|gootsteenontstopper|schoonmaakmiddel|wasmiddel|antivries|ammoniak|gif)\s+(\S+\s+)?(gedronken|opgedronken|ingenomen|doorgeslikt)\b",
    r"(ሳሙና|ክሎሪን|ጀቨል|መርዚ|ዲተርጀንት|ፈሳሲ\s+ጽሬት)\S*\s+(\S+\s+)?(ሰትየ|ሰቲየ|ውሒጠ)(?!\S)",
    # a man with a gun who says he will shoot
    _both(r"(باروده|بندقيه|مسدس|فرد|سلاح|كلاشن\S*|رشاش|بارودة)", r"(قوص|طخ|يقوص|يطخ|يقتل|طلق|يطلق)\S*"),
    _both(r"\b(geweer|pistool|vuurwapen|wapen|jachtgeweer)\b", r"\b(neerschieten|schieten|doodschieten|afknallen|schiet)\b"),
    _both(r"(ሽጉጥ|ጠበንጃ|ክላሽን|ብረት)\S*", r"(ክትኩስ|ክትኩሶም|ክትኩሰኒ|ይትኩስ|ክቐትሎም|ክቐትል)"),
    # the bath water turned red
    _both(r"(بانيو|حمام|البانيو|بالبانيو|بالحمام)", r"(المي|الماي|الميه|المويه|مي)\s+(\S+\s+)?(حمرا|حمراء|احمر|احمرت|دم)"),
    _both(r"\b(bad|badkuip)\b", r"\b(water|badwater)\s+(\S+\s+){0,2}?(rood|vol\s+bloed|bloed)\b"),
    _both(r"(ባኞ|ባኚዮ|ባንዮ|መሕጸቢ)", r"ማይ\s+(\S+\s+)?(ቀይሕ|ደም)"),
    # the throat closing (an allergy)
    r"(زلعوم|حلق|رقب|زردوم|بلعوم)\S*\s+(\S+\s+)?(عم\s+)?(ي|ت)?(سكر|تسكر|ينسد|نسد|ينغلق|انغلق|يضيق|ضاق|انسكر|عم\s+ينتفخ|انتفخ)(?!\S)",
    r"\b(keel|tong|lippen)\s+(\S+\s+){0,2}?(zwelt|zwellen|opgezwollen|gaat\s+dicht|zit\s+dicht|dik)\b",
    r"(ጎረሮ|መልሓስ)\S*\s+(\S+\s+)?(ይዕጾ|ተዓጽዩ|ይሕበጥ|ሓቢጡ|ይዕበ|ይዕጸው)\S*",
    # many pills swallowed (a number of ten or more)
    r"(?<!\S)(بلعت|اخدت|شربت|بلع|بلعت)\s+(\d{2,}|كل|عشرين|تلاتين|اربعين|خمسين|علبه|علبتين|ظرف|شريط)\s+(\S+\s+)?(حب\S*|حبوب|حبات|دوا|اقراص|شريط)",
    r"\b(\d{2,}|alle|twintig|dertig|veertig|vijftig|een\s+hele\s+strip|de\s+hele\s+strip)\s+(pillen|tabletten|pilletjes|slaappillen|paracetamol\w*|oxazepam)\s+(\S+\s+)?(genomen|ingenomen|geslikt|doorgeslikt)\b",
    r"(?<!\S)(\d{2,}|ዕስራ|ሰላሳ|ኣርብዓ|ሓምሳ)\s+(ከኒና|ፒሪታት|ፒሪ|ከኒናታት)\S*\s+(\S+\s+)?(ውሒጠ|ወሲደ|ሰትየ)",
    # stopped breathing, unconscious and not breathing
    r"(?<!\S)(وقف|وقفت|بطل|بطلت)\s+(عن\s+|من\s+)?(ال)?(تنفس|نفس)(?!\S)",
    r"(?<!اذا حدا )(?<!اذا واحد )(?<!لو حدا )(?<!اذا شخص )(?<!\S)(لا|ما|مو|مش)\s+(عم\s+)?(ي|ت|بي|بت)تنفس(?!\S)",
    r"(?<!\S)(فاقد|فاقده|فاقدين)\s+(لل|ال)?وعي",
    # fire: cannot get out or down, stairs full of smoke
    _both(r"(حريق|نار|دخان|دخن)", r"(ما\s+(فيني|فينا|عم\s+(ا|ن)?قدر|بقدر|منقدر)\s+(ا|ن)?(نزل|طلع|اطلع|انزل|اهرب|نهرب|ننزل|نطلع)|(الدرج|الممر|البيت|الغرفه)\s+(معبا|معبى|معبه|مليان|مليانه|كله)\s+(دخان|دخن))"),
    _both(r"\b(7ari2|7ari2a|7are2|nar|d5an|dukhan|do5an)\b", r"\bma\s+(fini|fina|2ader|2adra|2adreen)\s+(enzel|inzal|onzol|etla3|ehrob|nohrob|nenzel)\b|\bm3?aba\s+d5an\b"),
    _both(r"(ሓዊ|ባርዕ|ትኪ|ነዲዱ)", r"(ክወጽእ|ክንወጽእ|ክወርድ|ክንወርድ)\s+(\S+\s+)?(ኣይክእልን|ኣይንኽእልን|ኣይከኣልኩን|ኣይከኣልናን)"),
    # "tomorrow I will not be (alive)" with a farewell (Ge'ez, Latin)
    _both(r"ኣይ(ክህሉ|ህሉ|ክርከብ)\S*ን\s+(እየ)", r"(ደሓን\s+(ኩኑ|ኩን|ኩኒ|ጽንሑ)|የቐንየለይ|የቐንዮ|ይቕረ\s+\S+|ቆልዑ\s+(\S+\s+){0,3}?(ገዲፈዮም|ሓዲገዮም))"),
    _both(r"\bay(k|kh)\w{0,6}n\s+(iye|eye)\b", r"\b(yeqenyeley|yekenyeley|yeqenyelei|yeqenyelom|dehan\s+kunu|yqre\w*|hadigeyom|gedifeyom)\b"),
    # a boss who tried to take off my clothes by force
    _both(r"(ክዳውንተይ|ክዳውንታ|ክዳውንቲ|ስረይ|ቀምሸይ|ጎንለይ)", r"(ከውጽእ|ከውጽኣለይ|ክቐልዕ|ክቐልዓኒ|ኣውጺኡለይ|ቀሊዑኒ)", r"(ብሓይሊ|ብግዲ|ፈቲኑ|ፈቲኖም|ደፊሩ|ሓዚሉኒ)"),
    _both(r"\bmijn\s+(kleren|broek|rok|bh|shirt|blouse|jurk)\b", r"\b(uit\s+te\s+trekken|uittrekken|uitgetrokken|uittrok|naar\s+beneden\s+(te\s+)?trekken)\b"),
    _both(r"(تيابي|ثيابي|بنطلوني|بلوزتي|تنورتي)", r"(يشلح|يشلحني|يقلع|يقلعني|شلحني|قلعني|يخلع|يفك)\S*"),
    # someone locked up and forced to sleep with men (a "travel debt")
    _both(r"ምስ\s+(ሰብኡት|ጓሶት|ዓማዊል|ሰባት)\s+(\S+\s+)?(ክትድቅስ|ክድቅስ|ክትሓድር|ክሓድር|ክንድቅስ|ክድቅሳ)", r"(ይገድድ\S*|ገዲዶም\S*|ገዲዱ\S*|ብግዲ|ዓጽዮ\S*|ዕዳ)"),
    _both(r"\bmet\s+(mannen|klanten|die\s+mannen|andere\s+mannen)\s+(naar\s+bed|slapen|seks)\b|\bseks\s+met\s+(mannen|klanten)\b",
          r"\b(moet|moeten|dwingen|gedwongen|dwingt|schuld|opgesloten|sluiten)\b"),
    _both(r"(تنام|نام|ينام|تنامي)\s+مع\s+(رجال|زبائن|زباين|الرجال|الزبائن|الزباين)", r"(يجبر\S*|بيجبر\S*|اجبر\S*|مجبوره|غصب|دين|حابسين|قافلين)"),
    # an electric shock and a fall, a heart that may have stopped
    _both(r"ብ(ኤሌክትሪክ|ኤሌትሪክ|ኤለክትሪክ|ኮረንቲ|ከረንቲ)\s+(\S+\s+)?(ተሃሪሙ|ተሃሪማ|ሃሪሙዎ|ሃሪሙዋ|ተወቒዑ|ወቒዑዎ|ተቓጺሉ)",
          r"(ወዲቑ|ወዲቓ|ዓንዲሉ|ዓንዲላ|ልቡ|ልባ|ኣይተንፍስን|ኣይምልስን)"),
    r"(?<!\S)(ልቡ|ልባ)\s+(\S+\s+)?(ይሃርም|ይወቅዕ|ይሰርሕ)\s+ዶ\s+(\S+\s+)?ኣይፈልጥን",
    _both(r"\b(onder\s+stroom|stroomstoot|elektrische\s+schok|geelektrocuteerd|elektrocutie|schok\s+van\s+de\s+stroom|stroom\s+gekregen)\b",
          r"\b(gevallen|bewusteloos|ademt|reageert|hart|ligt|valt|viel)\b"),
    _both(r"(كهربا\S*\s+(\S+\s+)?(ضربت|مسكت|لقطت|صعقت)\S*|انصعق\S*|انكهرب\S*)", r"(وقع|طاح|مغمى|مغمي|فاقد|ما\s+عم\s+(ي)?(تنفس|رد|يتحرك)|قلبه|قلبو)"),
    # ending one's life, "finishing my age"
    r"(ዕድመይ|ዕድሜይ|ህይወተይ|ሂወተይ)\s+(\S+\s+)?(ክውድኦ|ክውድኣ|ከብቅዖ|ከብቅዓ|ከቋርጾ|ከቋርጻ|ክዛዝሞ|ክዛዝማ|ከኽትሞ)",
    # "help me, I am dying" (also the contracted "'የ")
    r"(ሓግዙኒ|ሓግዘኒ|ሓግዝኒ|ረድኡኒ|ድሓኑኒ|በጃኹም)\s+(\S+\s+)?ክ(መውት|ሞት)\s*(እ)?የ(?!\S)",
    r"\b(hagzuni|hagezeni|hagizuni)\s+(\w+\s+)?k?i?m[ei]?wt\s*(iye|eye|ye)?\b",
    # an old man with dementia gone out for hours in the cold
    _both(r"(ዝኽሪ\s+(የብሉን|የብላን|ዘይብሉ|ዘይብላ)|ዲመንሽያ|ዲመንስያ|ኣልዛይመር|ዝኽሪ\s+ዝጠፍኦ)", r"(ወጺኡ|ወጺኣ|ጠፊኡ|ጠፊኣ|ኣይተመለሰን|ኣይተመልሰን|ኣይተመለሰትን)"),
    _both(r"\b(dement\w*|alzheimer|vergeetachtig)\b", r"\b(weg|kwijt|vermist|verdwenen|niet\s+(meer\s+)?terug|weggelopen|zoek)\b", r"\b(uur|uren|nacht|koud|kou|vriest|buiten|politie|jas)\b"),
    _both(r"(زهايمر|الزهايمر|خرفان|خرفانه|ذاكرته|ذاكرتها)", r"(ضاع|ضاعت|طلع\s+وما\s+رجع|طلعت\s+وما\s+رجعت|ما\s+رجع|ما\s+رجعت|مختفي|اختفى|اختفت)"),
    # bleeding that does not stop (Latin-script Tigrinya)
    r"\bdem\s+(\w+\s+){0,2}?dew\s+ay(bl|b[ie]l)\w*\b",
    # standing in front of a train or a bus (Tigrinya)
    _both(r"(ባቡር|ትረን|ኣውቶቡስ|ባቡራት|tren|babur)", r"(ኣብ\s+)?ቅድሚ(ኣ|ኡ|ቲ|ታ)?\s+(\S+\s+){0,2}?(ደው\s+ክብል|ክኣቱ|ክዘልል|ክድርገም|ክሰጥም)\s+(ደልየ|እየ|ሓሲበ|ወሲነ)"),
)
_ROUND22_UNCERTAIN = (
    # "everything is arranged" with an apology or a phone's code in the letter
    _both(r"\balles\s+(ge)?regeld\b", r"(\bsorry\b|\bvergeef\b|\bvaarwel\b|\bhet\s+spijt\s+me\b|\bcode\s+van\s+(mijn|m[ij]n)\s+(telefoon|mobiel|laptop|bank\w*)\b)"),
    # at the water, wanting "just rest"
    _both(r"\b(bij|aan|op)\s+(het|de)\s+(water|kade|brug|rivier|zee|gracht|spoor|dijk|pier)\b", r"\bik\s+wil\s+(gewoon\s+|alleen\s+|eindelijk\s+|nu\s+)?rust\b"),
    # no home from today, with a baby or in the cold
    _both(r"(ما\s+(عندي|عنا|الي|النا)\s+(بيت|سكن|مكان)|بلا\s+(بيت|ماوى)|صرنا\s+(بالشارع|برا)|طلعنا\s+من\s+البيت)",
          r"(بيبي|طفل|الولاد|ولادي|رضيع|برد|بارد|الليله|اليوم|بالمحطه|بالشارع)"),
    # nothing to eat for days; nothing to give the baby
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ)).*(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ)\s+(መዓልቲ|መዓልታት)\s+(\S+\s+)?(ዝበልዖ|ዝብላዕ|እንበልዖ|ዝበልዕ)\s+(\S+\s+)?(የብልናን|የብለይን|የለን|የብሎምን)",
    r"(ንህጻን|ንቆልዓ|ንቆልዑ|ንደቀይ|ንወደይ|ንጓለይ)\s+(\S+\s+)?(ዝህቦ|ዝህቦም|ዝህባ|ዝበልዕ|ዝምግቦ)\s+(የብለይን|የለን|የብልናን)",
    # no home from today, in the cold or at a station (Dutch)
    _both(r"\b(geen\s+(huis|woning|dak|onderdak|slaapplek)|dakloos)\b", r"\b(vanaf\s+vandaag|vanavond|vannacht|station|straat|buiten|koud|kou)\b"),
    # farewell letters written to each child; not eaten for weeks (Tigrinya, Ge'ez and Latin)
    _both(r"(ደብዳቤ|debdabe|debdabie)\S*", r"(ጽሒፈ|ጽሒፈሎም|ጽሒፈላ|ጽሒፈሉ|tsihife|xihife|tshife|tsehifelom)", r"(ንነፍሲ\s+ወከፍ|ነፍሰ\s+ወኸፍ|ንደቀይ|ደቀይ|ንኹሎም|deqey|nefsi\s+wekef|nnefsi)"),
    r"^(?!.*(ረመዳን|ጾም|ጾመ|ሑዳድ|ramadan)).*ካብ\s+(\S+\s+)?(ሰሙን|መዓልቲ|ወርሒ|ሰሙናት)\s+(\S+\s+)?ኣይ(በላዕ|ብላዕ|ብላእ|በላእ)\S*",
    r"^(?!.*ramadan).*\bkab\s+(\w+\s+)?(semun|mealti|werhi)\s+(\w+\s+)?ay(bl|bel)[ae]\w*",
)
# A clause that is only "tomorrow I will not be (there)", nothing else: a farewell (round 22).
_ROUND22_CLAUSE_UNCERTAIN = (
    r"^(ጽባሕ\s+|ድሕሪ\s+ሎሚ\s+|ካብ\s+ጽባሕ\s+|ሎሚ\s+ምሸት\s+)?ኣይ(ክህሉ|ህሉ|ክርከብ)\S*ን\s+(እየ)$",
    r"^(xbah\s+|tsbah\s+|tsibah\s+|sbah\s+|xbaH\s+)?ay(k|kh)?h?[aei]?l[aeu]?w?[aeiou]?n\s+(iye|eye)$",
)


# Round 23 (batch 23 read; NLU b13 ordinary development data). Idioms by kind: a key forgotten inside and
# the door fallen shut (locked out, not locked in); a watch or clock that "died"; someone else's quoted
# "I die if she sees a spider"; a language, its grammar, a course or noise that "kills me" (Tigrinya); a
# hope lost in the past and an exam passed after all; a threat to "you" over a trivial thing (being late,
# winning a game), the condition in either order; the sound of blows is not a sound that "kills".
_THREAT_TO_YOU = (r"\b(vermoord\s+(ik\s+)?(je|jou)|maak\s+(ik\s+)?(je|jou)\s+af|schiet\s+(ik\s+)?(je|jou)\s+(neer|dood)|sla\s+(ik\s+)?(je|jou)\s+dood)\b"
                  r"|(?<!\S)(ب|رح\s+|ح\s+)(اقتل|قتل|ادبح|دبح|اذبح|ذبح)(ك|كي|كن|كم)(?!\S)|ክ(ቐትለ|ሓርደ)(ካ|ኪ|ኩም|ክን)(\s+(እየ|የ))?(?!\S)"
                  r"|\b(ba|ra7\s+|7a\s+)?(2?e?2tl|2?o?2tol|edba7|dba7)(ak|ik|kon|kom)\b|\bk(q|k)etle(ka|ki|kum)\b")
_TRIVIAL_CONDITION_YOU = (
    r"\b(te\s+lat|laat\s+bent|laat\s+komt|wint|win|verlies\w*|vergeet|vergeten|opeet|opdrinkt|aanraakt\s+mijn\s+(telefoon|eten|spullen))\b"
    r"|(تاخرت|تأخرت|اتاخرت|تاكل|اكلت|نسيت|ربحت|تربح|غلبتني|تغلبني|خسرت)"
    r"|(ደንጒ\S*|ደንጕ\S*|ደንጉ\S*|ረሲዕ\S*|በሊዕ\S*|ስዒርካ\S*|ስዒርኪ\S*|ተዓዊት\S*)"
    r"|\b(t2a5art|ta2akhart|nsit|akalt|rbe7t|dengu\w*|resie\w*)\b"
)
_NOT_SERIOUS_YOU = f"(?!\\s*(?:\\S+\\s+){{0,14}}?\\S*(?:{_SERIOUS_CONDITION}))"
_ROUND23_IDIOMS = (
    # a threat to "you" under a trivial condition: a joke between friends or family
    f"(?:{_THREAT_TO_YOU})(?=(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})){_NOT_SERIOUS_YOU}"
    f"(?:\\s+\\S+){{0,3}}?\\s+(?:{_CONDITION})(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*",
    f"(?:{_CONDITION})(?=(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_YOU})){_NOT_SERIOUS_YOU}"
    f"(?:\\s+\\S+){{0,5}}?\\s+\\S*(?:{_TRIVIAL_CONDITION_YOU})\\S*(?:\\s+\\S+){{0,4}}?\\s+\\S*(?:{_THREAT_TO_YOU})\\S*",
    # a key forgotten (lost, left inside) and the door fallen shut: locked out, not locked in
    r"\b(sleutel\w*)\b(\s+\S+){0,5}?\s+(vergeten|verloren|kwijt|binnen\s+laten\s+liggen|laten\s+liggen|binnen\s+gelaten|binnen\s+ligt|binnen\s+liggen)\b"
    r"(\s+\S+){0,8}?\s+(buitengesloten|dicht\s*gevallen|dichtgevallen|in\s+het\s+slot\s+gevallen|viel\s+in\s+het\s+slot|op\s+slot|dicht|dichtgeslagen)\b",
    r"\b(buitengesloten|dicht\s*gevallen|dichtgevallen|in\s+het\s+slot\s+gevallen|viel\s+in\s+het\s+slot)\b(\s+\S+){0,8}?\s+(sleutel\w*)\b(\s+\S+){0,3}",
    r"\b(slotenmaker|sleutelmaker|sleuteldienst)\w*\b",
    r"(?<!\S)(نسيت|ضيعت|ضاع|ضاعت|فقدت)\s+(\S+\s+){0,2}?(ال)?(مفتاح|مفاتيح)\S*(\s+\S+){0,6}?\s+\S*(سكر|تسكر|انسكر|قفل|تقفل|انقفل|سكّر)\S*(\s+(ال)?باب)?(\s+(علي|عليي|علينا))?",
    r"(?<!\S)(ال)?(مفتاح|مفاتيح)\S*\s+(\S+\s+){0,2}?(جوا|جوه|بالبيت|داخل)(\s+\S+){0,6}?\s+\S*(سكر|تسكر|انسكر|قفل|تقفل|انقفل)\S*(\s+(ال)?باب)?(\s+(علي|عليي|علينا))?",
    r"(?<!\S)(معلم|محل|فني)\s+(ال)?(مفاتيح|اقفال|قفال)(?!\S)|(?<!\S)(مفتاحجي|قفال)(?!\S)",
    r"(?<!\S)መፍትሕ\S*\s+(\S+\s+){0,4}?(ረሲዐ|ረሲዓ|ረሲዐዮ|ጠፊኡኒ|ኣጥፊኤ|ገዲፈ|ገዲፈዮ)(\s+\S+){0,6}?\s+\S*(ተዓጽዩ|ተዓጺዩ|ተዓጽያ|ዓጽዩ|ተሸጒሩ|ተሸጕሩ)\S*",
    r"(?<!\S)(ሰራሕተኛ|ኣዳላዊ|ከፋቲ)\s+መፍትሕ\S*|(?<!\S)መፍትሕ\S*\s+(ሰራሕተኛ|ዝሰርሕ|ዝኸፍት)\S*",
    r"\b(mefteh|meftih|miftah|mfteh)\b(\s+\w+){0,4}?\s+(resie|resi3|tefiuni)\b(\s+\w+){0,6}?\s+\w*(teatsiyu|te3atsiyu|tezagiu|atsiyu)\w*",
    # a watch, a clock or a phone that "died" (Tigrinya)
    r"(?<!\S)(ሰዓት|ሰዓተይ|ሰዓቲ|ሰዓትና|መንቅሒ|ተሌፎነይ|ሞባይለይ|ባትሪ|ባትሪኡ|ባትሪኣ)\S*\s+(\S+\s+){0,2}?(ሞይታ|ሞይቱ|ሞይታትኒ|ሞይቱኒ|ደው\s+ኢላ|ደው\s+ኢሉ)(?!\S)",
    r"\b(seat|seaterey|seatey|saatey|mobailey|telefoney|batri)\b\s+(\w+\s+){0,2}?(moyta|moytu|moyita|moyitu)\b",
    r"\bmijn\s+(horloge|klok|wekker)\s+(\S+\s+)?(was|is|ging)\s+(\S+\s+)?(dood|leeg|stuk|kapot)\b",
    # someone else's quoted "I die if ..." (a spider, a mouse, a surprise): her hyperbole, not a threat
    r"(?<!\S)(ب|ت|بت|بي|ي)(قول|تقول|حكي)(?=\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(?!\S))" + _NOT_SERIOUS
    + r"\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(\s+\S+){0,4}",
    r"(?<!\S)(قالت|قال|قالتلي|قالي)(?=\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(?!\S))" + _NOT_SERIOUS
    + r"\s+(انو\s+)?(رح\s+|ح\s+|ب)?(ا|ت|ي)?موت\s+(اذا|لو|من)(\s+\S+){0,4}",
    r"\b(zegt|zei|roept|riep)\s+(dat\s+)?(ze|hij)\s+(\S+\s+)?(doodgaat|dood\s+gaat|sterft)\s+(als|van|wanneer)\b" + _NOT_SERIOUS + r"(\s+\S+){0,5}",
    # (the cheap parts first: the check for a serious condition is the costly part)
    r"(?<!\S)(?=\S*እንተ\S*\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s)" + _NOT_SERIOUS
    + r"\S*እንተ\S*\s+(\S+\s+){0,3}?ክ(መውት|ሞት)\s+እየ\s+(ትብል|ይብል|ትብለኒ|ይብለኒ|ኢላ|ኢሉ)(?!\S)",
    # a language, its grammar, a course, homework or noise that "is killing me" (Tigrinya; Latin noise)
    r"(?<!\S)(ቋንቋ|ሰዋስው|ግራማር|ደች|ሆላንድኛ|ኔዘርላንድኛ|ትምህርቲ|ኮርስ|ፈተና|ፈተናታት|ዕዮ\s+ገዛ|ስራሕ\s+ገዛ|ወረቓቕቲ|ወረቐት|ጫውጫው|ዓው\s+ዓው|ድምጺ|ቢሮክራሲ)\S*\s+"
    r"(\S+\s+){0,3}?(ይቐትለኒ|ይቐትለና|ይቐትሉኒ|ቀቲሉኒ|ቀቲሉና|ክቐትለኒ|ትቐትለኒ|ቀቲላትኒ)(\s+(ኣሎ|ኣላ|ኣለዉ|እዩ|እያ))?(?!\S)",
    r"\b(bi|b)\s+(kiyaw|kiyyaw|chewchew|chawchaw|dmxi|dimxi|dmtsi|awyaw|a3w\s*a3w)\s+yi?(q|k)etl(u|e)(ni|na)\b",
    r"\b(qanqa|quanqua|qwanqwa|gramar|grammar|sewasew|nederlands|holandese|dutch)\b(\s+\w+){0,3}?\s+yi?(q|k)etle(ni|na)\b(\s+(alo|ala|iyu))?",
    # ugly words or remarks said to me (an insult or discrimination at work, not a blow)
    r"\b(zegt|zei|zeggen|roept|riep|maakt|maken|noemt|noemde)\s+(\S+\s+){0,2}?(lelijk\w*|gemene|nare|racistische|vieze|rare|beledigende|kwetsende)\s+"
    r"(woorden|dingen|opmerkingen|namen|grappen)\b(\s+(tegen|over|naar)\s+(mij|me|ons|mijn\s+\S+))?",
    r"\b(scheldt|schold|schelden)\s+(\S+\s+)?(me|mij|ons)\s+(\S+\s+)?uit\b|\buitgescholden\b",
    r"(?<!\S)(بيحكي|عم\s+يحكي|بيقلي|بيقول|بيحكيلي)\s+(\S+\s+)?(كلام|حكي|كلمات)\s+(بشع|وسخ|عنصري|مسيء|قبيح|بذيء)\S*|(?<!\S)(بيسبني|عم\s+يسبني|بيشتمني|عم\s+يشتمني|سبني|شتمني|مسبني)(?!\S)",
    r"(?<!\S)(ሕማቕ|ሕማቓት|ክፉእ|ጽዩፍ)\s+(ቃል|ቃላት|ዘረባ)\S*\s+(\S+\s+)?(ይብለኒ|ይብለና|ይዛረበኒ|ኢሉኒ)|(?<!\S)(ይጸርፈኒ|ጸሪፉኒ|የላግጸለይ|የላግጽ)(?!\S)",
    # a cat or dog that killed a mouse or a bird
    r"\b(kat|poes|kater|hond|katten|honden)\b(\s+\S+){0,5}?\s+(een\s+|de\s+|twee\s+)?(muis|muizen|vogel\w*|rat|ratten|mol|konijn\w*|kikker|duif)\s+(\S+\s+)?(doodgemaakt|dood\s+gemaakt|doodgebeten|gedood|gevangen|vermoord|opgegeten)\b",
    r"(?<!\S)(البسه|البسينه|القطه|القط|الكلب|بستنا|بسينتنا|قطتنا|كلبنا|بسه|قطه)\S*\s+(\S+\s+){0,3}?(قتل|قتلت|اكل|اكلت|مسك|مسكت|موت|موتت)\S*\s+(\S+\s+)?(ال)?(فار|فاره|عصفور|جرذ|حمامه|سحليه)\S*",
    r"(?<!\S)(ድሙ|ድሙና|ድሙይ|ከልቢ|ከልብና)\S*\s+(\S+\s+){0,3}?(ኣንጭዋ|ዑፍ|ዑፊ|ርግቢት)\S*\s+(\S+\s+)?(ቀቲላ|ቀቲሉ|በሊዓ|በሊዑ|ሒዛ|ሒዙ)(?!\S)",
    # a question about what the emergency numbers are for, or when to call them
    r"\b(wanneer|waarom|waarvoor)\s+(bel\s+je|moet\s+je|mag\s+je|bellen\s+we|bel\s+ik)\s+(\S+\s+)?(112|113|het\s+alarmnummer)\b|\b(112|113)\s+(is\s+)?(voor|waarvoor)\s+(wat|welke)\b",
    r"(?<!\S)(امتى|متى|ايمتى|ليش|بأي\s+حاله|باي\s+حاله|شو\s+رقم)\s+(\S+\s+){0,2}?(112|113)(?!\S)|(?<!\S)(112|113)\s+(لشو|لايش|شو\s+هو|لأيش)(?!\S)",
    r"(?<!\S)(112|113)\s+(\S+\s+)?(ንምንታይ|መዓስ)\s+(\S+\s+)?(እዩ|ይድወል|ዝድወል)\S*|(?<!\S)(መዓስ|ንምንታይ)\s+(\S+\s+)?(112|113)(?!\S)",
    # a rope for the washing, a tent or a swing
    r"\btouw\w*\b(\s+\S+){0,4}?\s+(voor|om)\s+(de\s+|het\s+|een\s+)?(was|waslijn|wasgoed|tent|boot|hond|tuin|verhuizing|schommel|lakens)\b(\s+(op\s*te\s+hangen|te\s+drogen|vast\s+te\s+maken))?",
    # "a little blood" (a loose milk tooth, a grazed knee): the amount says it is small
    r"\b(een\s+)?(klein\s+)?(beetje|beetje\s+maar|druppeltje|druppel|paar\s+druppels|klein\s+beetje)\s+bloed\b",
    r"(?<!\S)(شوي|شويه|شوية|نقطه|نقطة|نقطتين|كم\s+نقطه)\s+(ال)?دم(?!\S)|(?<!\S)(ال)?دم\s+(شوي|شويه|شوية|خفيف)(?!\S)",
    r"(?<!\S)(ቁሩብ|ቑሩብ|ንእሽቶ|ሒደት|ነጠብጣብ)\s+ደም(?!\S)",
    # dying again and again in a game ("in Call of Duty I die all the time")
    r"\b(game|games|spel|spelletje|potje|fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|cod|warzone|apex|valorant|overwatch|"
    r"counter\s*strike|zelda|mario|among\s+us|sims)\b(\s+\S+){0,2}?\s+(ga|ging|gaat|gingen|ben|was|is)\s+(ik|hij|ze|je|we|wij)\s+"
    r"(\S+\s+)?(dood|af|neer)\b",
    r"\b(ik|hij|ze|je|we|wij)\s+(ga|ging|gaat|gingen|ben|was|is)\s+((steeds|altijd|weer|vaak|telkens|meteen|direct)\s+)?(dood|af)\s+(in|bij)\s+"
    r"(de\s+|het\s+|dat\s+|die\s+)?(game|games|spel|spelletje|potje|fortnite|minecraft|pubg|roblox|gta|fifa|call\s+of\s+duty|cod|warzone|apex|valorant|sims)\b",
    # a hope lost in the past ("I had lost hope"), then passed or well after all
    r"(?<!\S)ተስፋ\s*(ቆሪጸ|ቆሪጽና)\s+(ነይረ|ነይርና)(?=(\s+\S+){0,6}?\s+(ግን|ሕጂ|ኣብ\s+መወዳእታ)\s)",
    r"\b(ik\s+had\s+)?(de\s+hoop\s+(al\s+)?opgegeven|geen\s+hoop\s+meer)\b(?=(\s+\S+){0,5}?\s+(maar|toch|nu|uiteindelijk)\s+(\S+\s+){0,3}?(geslaagd|gehaald|gelukt|beter|goed))",
    r"(?<!\S)(كنت\s+)?(فقدت|فاقد|فاقده|قطعت)\s+(ال)?امل(?=(\s+\S+){0,5}?\s+(بس|لكن|وهلق|هلق)\s+(\S+\s+){0,3}?(نجحت|زبطت|منيح|منيحه|الحمدلله|الحمد\s+لله))",
)
_ROUND23_CRISIS = (
    # heart pain (not only "chest pain") with an arm gone numb or limp; a strong smell of gas everywhere
    _both(r"\b(pijn\s+(op|in|aan)\s+(mijn|de)\s+borst|(mijn\s+)?hart\s+doet\s+(zo\s+|zon\s+|erg\s+|heel\s+)?(pijn|zeer)|hartpijn|druk\s+op\s+(mijn|de)\s+borst)\b",
          r"\b(linkerarm|arm|kaak|slap|tintel\w*|doof|gevoelloos|verlamd)\b"),
    _both(r"(?<!\S)قلبي\s+(\S+\s+)?(عم\s+)?(يوجعني|بيوجعني|موجوع|يعصرني|بيضغط|عم\s+يدق\s+قوي)", r"(ايدي|ايدي\s+الشمال|ذراعي|دراعي|زندي|فكي)\S*\s+(\S+\s+)?(منمل\S*|مخدر\S*|نملت|تنملت|ما\s+عم\s+حس|تقيله|مشلول\S*)"),
    _both(r"(ልበይ|ልቡ|ልባ)\s+(\S+\s+)?(ይሓምመኒ|ይሓምሞ|ትሓምማ|የሕምመኒ|ይቖርጸኒ)", r"(ኢደይ|ኢዱ|ኢዳ|ጸጋማይ)\S*\s+(\S+\s+)?(ደንዚዙ|ደንዚዛ|ኣይስምዓንን|ኣይንቀሳቐስን|ሓዲሩ)"),
    _both(r"\b(ruik|ruikt|rook|roken|stinkt)\s+(\S+\s+){0,2}?(gas|gaslucht)\b|\bgas\s*lucht\b",
          r"\b(heel\s+sterk|erg\s+sterk|zo\s+sterk|sterk|overal|hele\s+(trappenhuis|trapenhuis|huis|gebouw|flat|gang|portiek))\b"),
    # "I want to die" with the jussive "ክሞት" or a transliterated "ኪሙት" (spaced-out Latin "k i m u t   i d e l i")
    r"(?<!\S)(ክ|ኪ|ከ)(ሙት|ሞት|መውት)\s+(እደሊ|ኢደሊ|ደልየ|ይደሊ)(?!\S)",
    r"\bk[iye]?(mut|mot|mewt|mowt)\s+(i|e)?(deli|delye|deleye|delie)\b",
    # a child who swallowed a button battery or magnets (acute even without choking)
    _both(r"\b(batterij\w*|knoopcel\w*|knoopbatterij\w*|magneet\w*|magneetjes)\b", r"\b(ingeslikt|doorgeslikt|geslikt|slikte|opgegeten|in\s+(zijn|haar)\s+mond)\b"),
    _both(r"(بطاري\S*|بطاريه\s+صغيره|مغناطيس\S*|مغنطيس\S*)", r"(?<!\S)(بلع|بلعت|بلعو|بلعها|اكل|اكلت)(?!\S)"),
    _both(r"(ባትሪ|ማግኔት)\S*", r"(ውሒጡ|ውሒጣ|ወሓጡ|በሊዑ|በሊዓ)(?!\S)"),
    _both(r"\b(batri|battery|magnet)\b", r"\b(wihitu|wuhitu|wehatu|bel3|bala3|bale3|bal3et)\b"),
    # a family member who hits (Latin-script Tigrinya, the verb as heard: "yiwqea", "yiharmeni")
    _both(r"\b(abey|abei|adey|adei|hawey|hawei|haftey|haftei|seb\s*ayey|sebayey|sebeyey|sebeytey|aboy|wedey|gualey|hamuy|hamatey|akoy)\b",
          r"\b(yi?w(q|k)e?a\w*|w(e|o)(q|k)i?(u|a)\w*|yi?har(m|e)\w*|hari(mu|ma)\w*|yi?(q|k)ete\w*|yi?(x|ts)efea\w*)\b"),
    # a child with a high fever, a rash and drowsy or limp (meningitis signs)
    _both(r"\b(koorts|heet|gloeit)\b", r"\b(uitslag|vlekjes|vlekken|paarse\s+\w+|rode\s+puntjes)\b", r"\b(suf|slap|niet\s+wakker|nauwelijks\s+wakker|reageert\s+(bijna\s+)?niet|stijve\s+nek)\b"),
    _both(r"(حراره|سخونه|حمى|حمي)", r"(حبوب|نقط|بقع|طفح)\s*(حمر|حمرا|بنفسجي\S*)?", r"(نعسان|نعسانه|مرخي|مرخيه|ما\s+عم\s+(ي|ت)?(فيق|صحى|يصحى|تصحى)|رقبته\s+متخشبه|رقبتها\s+متخشبه)"),
    _both(r"(ረስኒ|ሙቐት\s+ኣካላት)", r"(ነጠብጣብ|ቀይሕ\s+ነጥቢ|ሽፍታ|ፍሕፍሕ)\S*", r"(ኣይበራበርን|ኣይትበራበርን|ደኺሙ|ደኺማ|ልሒሉ|ልሒላ|ክሳዱ\s+ደሪቑ)"),
    # fallen and not reacting, not moving, unconscious (Dutch, Arabic)
    _both(r"\b(valt|viel|vielen)\b(?!\s+(\S+\s+)?(uit|weg|af|tegen|mee|op|stil)\b)|\b(gevallen|gestruikeld|uitgegleden|neergevallen|van\s+de\s+trap)\b",
          r"\b(reageert|beweegt|ademt|antwoordt)\s+(\S+\s+)?niet\b|\bbewusteloos\b|\bwordt\s+niet\s+(meer\s+)?wakker\b",
          r"\b(hij|zij|ze|man|vrouw|vader|moeder|papa|mama|opa|oma|kind\w*|baby|zoon\w*|dochter\w*|broer|zus|buurman|buurvrouw|collega|vriend\w*|neef|nicht)\b"),
    _both(r"(?<!\S)(وقع|وقعت|طاح|طاحت|انزحط|انزحطت|انزلق|انزلقت)(?!\S)", r"(ما\s+(عم\s+)?(ي|ت|بي|بت)(رد|ردو|تحرك|حكي|فيق)|مغمى|مغمي|فاقد\S*\s+(ال)?وعي)"),
    # poison "not for the mice": the means for oneself, said by denying the pests
    r"\b\w*(gif|bestrijdingsmiddel)\w*\b(\s+\S+){0,6}?\s+niet\s+(voor|tegen)\s+(de\s+)?" + _PESTS_NL + r"\b",
    r"(?<!\S)(ال)?(سم|مبيد)\S*(\s+\S+){0,6}?\s+(مو|مش|ما\s+هو|مب|ليس|مانو|مهو)\s+(لل|ل|عشان\s+ال|كرمال\s+ال|مشان\s+ال|ضد\s+ال)" + _PESTS_AR + r"\S*",
    r"(?<!\S)መርዚ\S*(\s+\S+){0,6}?\s+(ን|ንዘ|ን\s+)?" + _PESTS_TI + r"\S*\s+ኣይ(ኮነን|ኮነትን|ኮነን\s+እዩ)",
    # a whole strip or box of pills swallowed (also with regret afterwards)
    r"(?<!\S)(بلعت|اخدت|شربت|بلعتلي|اكلت)\s+(\S+\s+)?(شريط|علبه|ظرف|باكيت|كرتونه)\s+(\S+\s+){0,2}?(كامل|كامله|كلو|كلها|بكامله|كلّو)(?!\S)",
    r"(?<!\S)(بلعت|اخدت|شربت)\s+(\S+\s+){0,2}?(كل\s+)?(ال)?(باراسيتامول|بنادول|بروفين|اسبرين|ترامادول|منوم|منومات|مهدئ|مهدئات|حبوب\s+النوم|حبوب\s+(ال)?ضغط)\s+(اللي|يلي|الي)\s+(بالبيت|عندي|بالعلبه)",
    r"\b(een\s+)?(hele|volle|complete)\s+(strip|doos|doosje|pot|potje|verpakking)\s+(\S+\s+)?(pillen|tabletten|paracetamol\w*|ibuprofen|oxazepam|slaappillen|medicijnen)\b(\s+\S+){0,3}?\s+(genomen|ingenomen|geslikt|doorgeslikt|opgegeten)\b",
    r"(?<!\S)(ሙሉእ|ምሉእ|ኩሉ)\s+(ካርቶን|ሳጹን|ፓኬት|ሽጣር)\s+(\S+\s+)?(ከኒና|ፒሪ|ፓራሲታሞል)\S*\s+(\S+\s+)?(ውሒጠ|ወሲደ|ሰትየ|በሊዐ)",
    # touched against one's will by a boss, trainer or teacher, and afraid
    _both(r"(يلمسني|بيلمسني|عم\s+يلمسني|لمسني|يحط\s+ايدو\s+علي|بيحط\s+ايدو\s+علي|يتحرش\s+فيني|بيتحرش\s+فيني)", r"(خايف|خايفه|بخاف|غصب|ما\s+بدي|نام\s+عنده|نام\s+عندو|بيهددني|ما\s+تخبري|لا\s+تخبري|ما\s+حدا\s+يعرف)"),
    _both(r"\b(betast|betastte|betasten|aanraakt|aanraken|aangeraakt|zit\s+(hij\s+)?aan|zat\s+(hij\s+)?aan)\s+(\S+\s+)?(me|mij|mijn\s+(lichaam|billen|borsten|benen))\b|\b(me|mij)\s+(steeds\s+|vaak\s+|elke\s+dag\s+)?(betast|aanraakt|aangeraakt)\b",
          r"\b(bang|moet\s+(\S+\s+){0,2}?slapen|niet\s+wil|wil\s+niet|dreigt|niemand\s+vertellen|geheim)\b"),
    _both(r"(ይትንክፈኒ|ተንኪፉኒ|ይትንኪፈኒ|ይዳህስሰኒ|ዳህሲሱኒ|ዝትንክፈኒ)", r"(ፈሪሐ|የፍርሓኒ|ፍርሒ|ብግዲ|ኣይደልን|ምስኡ\s+ክሓድር|ኣብ\s+ገዝኡ\s+ክድቅስ)"),
    # my head banged against the wall by him; "he will come back to finish it"
    r"(?<!\S)و?(دك|دق|ضرب|خبط|طبش|دفش|لطش)\s+(\S+\s+)?(راسي|راسها|راسو|وجهي|وجها)\s+(ب|ع|عال|بال|في\s+ال)(حايط|حيط|حيطه|حائط|جدار|باب|ارض|مرايه)\S*",
    r"(?<!\S)(راجع|رح\s+يرجع|بيرجع|حيرجع)\s+(\S+\s+)?(ي|ا)?(كملها|كملا|يكملها|يخلص\s+علي|يخلص\s+عليي|يكمل\s+علي|يقتلني)(?!\S)",
    r"(ርእሰይ|ርእሳ|ገጸይ)\s+(\S+\s+)?(ምስ|ናብ|ኣብ)\s+(መንደቕ|ማዕጾ|መሬት|ግድግዳ)\S*\s+(\S+\s+)?(ወቒዑ|ሃሪሙ|ደፊኡ|ጠቕዒ\S*|ኣጋጭዩ)",
    # a small child crying or screaming next door with blows or shouting, again and again
    _both(r"(الجيران|جيرانا|جيراننا|جارنا|جارتنا|جنبنا|الشقه\s+اللي\s+جنب\S*|البيت\s+اللي\s+جنب\S*)",
          r"(ولد|طفل|بيبي|صغير|صغيره|بنت|ولاد)\S*\s+(\S+\s+){0,2}?(عم\s+)?(يعيط|يصرخ|يبكي|يصيح|تعيط|تصرخ|تبكي|تصيح|بيعيط|بيصرخ|بيبكي)",
          r"(ضرب|خبط|صراخ|صريخ|بيصرخوا|عم\s+يصرخوا|لطم|كف)"),
    _both(r"(ጎረቤት|ጎረቤትና|ጎረቤተይ|ጎረባብቲ|ኣብ\s+ጥቓና)", r"(ቆልዓ|ህጻን|ንእሽቶ)\S*\s+(\S+\s+){0,2}?(ይበኪ|ይጭርሕ|ይእውዩ|ትበኪ|ትጭርሕ)", r"(ምህራም|ወቕዒ|ድምጺ\s+(ምህራም|ወቕዒ)|ጭርሖ|ይጓየሩ)"),
    # going to a dead mother or child "in heaven" tonight
    _both(r"ኣብ\s+(ሰማይ|ገነት|መንግስተ\s+ሰማያት)", r"(ምስ|ናብ)\s+(ኣደይ|ኣቦይ|ወደይ|ጓለይ|ሰብኣየይ|ሰበይተይ|ደቀይ|ሓወይ|ሓፍተይ)|ናብ(ኣ|ኡ|ኦም)\s", r"(ክራኸብ|ክጽንበር|ክኸይድ|ክኸዶ|ክመጽእ)\s*(\S+\s+)?(ናፊቐ|ደልየ|እየ|ወሲነ|ሓሲበ)?"),
    _both(r"(بالسما|بالجنه|عند\s+ربي|عند\s+الله)", r"(بدي|رح|ح|لازم)\s+(\S+\s+)?(روح|الحق|اطلع|اجي)\s+(لعند|عند|ل)\s*(امي|ابوي|ابني|بنتي|جوزي|مرتي|اخوي|اختي|ولادي|ماما|بابا)"),
    # a secret and photos asked for (grooming, sextortion)
    _both(r"(ምስጢር|ሚስጢር|ብሕቡእ|ብምስጢር)", r"(ስእሊ|ስእልታት|ስእልኻ|ስእልኺ|ፎቶ|ቪድዮ)\S*", r"(ስደደለይ|ስደድለይ|ስደዲለይ|ስደድ|ስደዲ|ልኣኸለይ|ልኣኽለይ|ክትሰድድ|ክትሰዲ)\S*"),
    _both(r"\b(geheim|geheimpje|ons\s+geheim|niemand\s+vertellen|niet\s+vertellen)\b", r"\b(foto|fotos|fotootjes|filmpje\w*|video\w*|naaktfoto\w*)\b",
          r"\b(sturen|stuur|opsturen|stuurt|stuurde|sturen|maken)\b"),
    _both(r"((?<!\S)سر(?!\S)|سرنا|سر\s+بيناتنا|بيناتنا|ما\s+تخبر\S*|لا\s+تخبر\S*|ما\s+تقول\S*\s+لحدا)", r"(صور|صوره|صورك|صورتك|فيديو)", r"(ابعت|ابعتلي|بعتلو|بعتلها|يبعت|تبعت|ارسل|ترسل|يبعتلو|بيبعت)\S*"),
    # carbon monoxide: an alarm and everyone ill (Latin "co", "alarm")
    _both(r"((?<!\S)co(?!\S)|ካርቦን|ሞኖክሳይድ|كربون|مونوكسيد)", r"(መጠንቀቕታ|ደወል|ኣላርም|alarm|melder|انذار|كاشف|جهاز)\S*", r"(ርእሲ|ምትፋእ|ይዞረ\S*|ዝፍኣ|ተፊ\S*|ሕማም|صداع|راس|استفراغ|دوخه|دايخ\S*|hoofdpijn|misselijk|duizelig|overgeven)"),
    # on a bridge, standing, tired (Latin-script Tigrinya, the English word)
    r"\b(ab\s+)?(bridge|brug|dildil|dldl|drdl|ddl)\b\s+(\w+\s+){0,2}?dew\s+(il|ile|ilen|iley|ileka|ila)\w*\b",
    r"(?<!\S)ኣብ\s+(ልዕሊ\s+)?(ብሪጅ|ብሪድገ|ብሪድጅ|ብሩግ)\S*\s+(\S+\s+){0,2}?ደው\s+(ኢለ|ኢለን|ኢለ\s+ኣለኹ)",
    # pregnant and bleeding (Latin-script Tigrinya)
    _both(r"\b(tsinsti|tinsti|tnsti|tsnsti|tinsi|tnsi|tsinsi|tsnsi|nefse\s+(tsor|xor)|neyfese\s+(tsor|xor)|xnsti|xinsti)\b", r"\b(dem|dam)\b"),
    _both(r"(ጺንስቲ|ጽንስቲ|ጥንሲ|ጥንሳ|ነፍሰ\s+ጾር)", r"(?<!\S)ደም(?!\S)|ደም\s+\S*(ይፈስ|ይወሕዝ|ይወሓዛ|ይወሕዛ|ዪወሕዛ|ይፈሳ)", r"(ኣምቡላንስ|ኣምቡላንከ|ሆስፒታል|ብዙሕ|ወርሒ|ኣይቋረጸን)"),
)
_ROUND23_UNCERTAIN = (
    # someone who follows me every day (Tigrinya), from work or school to home
    # (not in a dream: "in my dream someone was following me")
    r"^(?!.*(ሕልም|ሕልመይ|ሕልሚ|ቅዠት)).*(?<!\S)(ይስዕበኒ|ይስዕቡኒ|ይከታተለኒ|ይከታተሉኒ|ይስዕበና|ይከታተለና|ስዒቡኒ|ተኸታቲሉኒ)(?!\S)(?!\s+ነይሩ)",
    r"^(?!.*\b(hilmi|hlmi|hilmey|hlmey)\b).*\b(yiseabeni|yseabeni|yisaebeni|yikotateleni|yketateleni)\b",
    # a girl under 18 who has to marry (Latin-script Tigrinya and Ge'ez)
    _both(r"\b1[0-7]\s+(amet|ametey|ametu|ameta|amety|a3met)\w*\b", r"\b(k?i?m(e)?r(e)?(o|a|ea|eo|ewa|ewo|3a|3o)\w*|mer3a|merea|mer'a|tmere\w*)\b"),
    _both(r"(?<!\S)1[0-7]\s+ዓመ\S*", r"(ክምርዖ|ክምርዓ|ክምርዕዋ|ክምርዕዎ|ክትምርዖ|ክትምርዓ|ከመርዕውዋ|ከመርዕዉኒ|መርዓ)\S*"),
    # a means kept at hand and thought of every day (a rope in the cupboard, pills saved)
    _both(r"\b(een\s+)?(touw|strop|koord)\b", r"\b(denk|dacht|denken)\s+(\S+\s+){0,3}?(eraan|erover|aan\s+(dat|het|de)\s+(touw|strop))\b|\b(denk|dacht|denken)\s+er\s+(\S+\s+){0,4}?(aan|over)\b"),
    _both(r"(حبل|الحبل|حبله)(?!\S)", r"(بفكر|عم\s+فكر|فكر|بفكّر)\s+(\S+\s+){0,2}?(فيه|فيو|فيها|بالحبل)(?!\S)"),
    _both(r"(?<!\S)(ገመድ|ገመዲ)\S*", r"(ይሓስቦ|ኣሓስቦ|እሓስበሉ|ይሓስበሉ|ሓሳብ)\S*"),
    # on a roof, a bridge or the edge of a high place, looking down
    _both(r"\b(op|boven\s+op|aan|bij)\s+(het|de)\s+(dak|rand|brug|balkon|bovenste\s+verdieping|parkeergarage|flat|toren)\b",
          r"\b(kijk|kijken|keek|staar)\s+(\S+\s+)?(naar\s+beneden|omlaag|in\s+de\s+diepte)\b"),
    _both(r"(عالسطح|على\s+السطح|فوق\s+السطح|عالجسر|على\s+الجسر|عالبلكون|على\s+حافه|عالحافه)", r"(عم\s+)?(اطلع|بطلع|طلع)\s+(لتحت|عالارض|على\s+تحت)"),
    _both(r"(ኣብ\s+(ልዕሊ\s+)?(ናሕሲ|ድልድል|ባልኮኒ|ጫፍ))", r"(ንታሕቲ|ናብ\s+ታሕቲ)\s+(\S+\s+)?(እጥምት|እርኢ|ይጥምት|ጠሚተ)"),
    # fled from home with the children, at night, nowhere to sleep
    _both(r"\b(van\s+huis|thuis|uit\s+huis)\s+(\S+\s+)?(gevlucht|weggevlucht|weggelopen|ontsnapt|weggegaan)\b|\b(gevlucht|weggevlucht|weggelopen)\s+(\S+\s+){0,2}?(van|uit)\s+huis\b",
          r"\b(slapen|nacht|vannacht|station|straat|nergens|blijven|opvang|kinderen)\b"),
    _both(r"\bwaar\s+(kunnen|moeten|kan|moet)\s+(we|wij|ik)\s+(\S+\s+)?(vannacht|vanavond|nu)?\s*(slapen|overnachten|blijven)\b",
          r"\b(gevlucht|weggelopen|op\s+straat|buiten\s+gezet|station|uit\s+huis|van\s+huis)\b"),
    _both(r"(هربت|هربنا|طلعت|طلعنا)\s+(\S+\s+)?(من\s+)?(البيت|بيتي|بيتنا)", r"(ولادي|الولاد|بنتي|ابني|البيبي|ننام|نام|الليل|الليله|الشارع|المحطه)"),
    _both(r"ካብ\s+ገዛ\s+(\S+\s+)?(ሃዲመ|ሃዲምና|ወጺአ|ወጺእና|ሃዲማ)", r"(ደቀይ|ቆልዑ|ህጻን|ክንድቅስ|ክድቅስ|ለይቲ|ጽርግያ|መደበር\s+ባቡር)"),
)


# Round 24: kinds from batch 24 (sealed in round 23) and own probes; Dutch and Arabic first, then Tigrinya.
# Round 24, Dutch and Arabic (Levantine, standard, Arabizi), by kind (batch 24's misses and false alarms, and own
# probes; Arabic NON-NATIVE WRITTEN: needs review by a native speaker). Crisis: a lethal amount or height asked "for
# myself"; a young child missing; no food for days; a burn with hot oil or boiling water; a child with a very high
# fever who hardly reacts or fits; "I don't know if I'll be alive tomorrow" and "I took something"; going to a dead
# relative tonight; pregnant and bleeding (first person); all my medicines swallowed; "I want to jump"; an engine or
# charcoal in a closed room; a blade on the wrist or throat; a battery swallowed (Arabizi). Idioms: a power cut, a
# quarrel made up, a child's "I'll kill you" while playing, a figure of speech explained, "I love you to death".
_R24_MEDS_NL = (r"(pillen|pil|tabletten|tablet|medicijnen|medicatie|antidepressiva|slaappillen|slaaptabletten|insuline|methadon|"
                r"oxazepam|diazepam|lorazepam|temazepam|tramadol|oxycodon|morfine|paracetamol\w*|ibuprofen|lithium|quetiapine|"
                r"sertraline|citalopram|fluoxetine|paroxetine|\w*pillen|\w*tabletten|pijnstillers|kalmeringsmiddel\w*|voorraad)")
_R24_NOT_FOUND = r"\b(gevonden|teruggevonden|terecht|gelukkig|weer\s+thuis|stond\s+bij|zat\s+bij)\b"
_R24_FOUND_AR = r"(لقيناه|لقيناها|لقيته|لقيتها|لقيتو|رجع\s+عالبيت|الحمد\s*لله|الحمدلله|طلع\s+عند|طلعت\s+عند)"
_R24_CHILD_LATIN = r"\b(ebni|ibni|ebne|ibne|binti|bente|benti|bnti|el\s+walad|l\s*walad|el\s+wled|el\s+bent|tefli|tifli|ebnha|binta|el\s+zghir|el\s+zghire|ebn\s+\w+|bint\s+\w+)\b"

_ROUND24_IDIOMS_NL_AR: tuple[str, ...] = (
    # a power cut (the light, the electricity, the internet went off and came back): "cut" is not a cut
    r"\b(de\s+)?(stroom|elektriciteit|electriciteit|licht|verlichting|internet|wifi)\s+(\S+\s+)?(viel|valt|is|was|ging)\s+(\S+\s+){0,4}?(uit|uitgevallen|weg)\b"
    r"|\bstroom(storing|uitval|onderbreking|storingen)\b|\b(stroom|elektriciteit|licht)\s+(is\s+|was\s+)?uitgevallen\b"
    r"|\b(viel|valt|ging|gaat|vielen)\s+(de\s+|het\s+|onze\s+|ons\s+)?(stroom|elektriciteit|electriciteit|licht|verlichting|internet|wifi)\s+(\S+\s+){0,4}?(uit|weg)\b",
    r"(?<!\S)(ال|هال)?(كهربا|كهرباء|كهربه|ضو|الضو|نت|انترنت|واي\s*فاي)\s+(\S+\s+){0,2}?(قطعت|انقطعت|مقطوعه|مقطوع|راحت|طفت|فصلت|انطفت)(?!\S)"
    r"|(?<!\S)(انقطعت|قطعت|راحت|فصلت|انطفت)\s+(علينا\s+|عنا\s+)?(ال)?(كهربا|كهرباء|كهربه|ضو)(?!\S)",
    r"\b(el\s+)?(kahraba|kahrba|kahrab|kahraba2|el\s+daw|daw|net|internet|wifi)\s+(\w+\s+){0,2}?(2?at3et|2?a6a3et|2?ata3et|n2at3et|nat3et|ra7et|rahet|tfet|ftet|fasalet)\b",
    # a quarrel that was made up ("we fought but made up and laugh again")
    r"\bruzie\b(\s+(?!(sloeg|slaat|sla|slagen|geslagen|schop\w*|trap\w*|wurg\w*|duw\w*|mes|bloed\w*|pijn|blauw\w*|dreig\w*|bedreig\w*|gebroken|brak|gooide|vermoord\w*|dood|dod|politie|bang|opgesloten|eruit)\b)\S+){0,8}?\s+"
    r"(goedgemaakt|goed\s+gemaakt|bijgelegd|weer\s+goed|weer\s+vrienden|uitgepraat|opgelost|sorry\s+gezegd)\b",
    r"(?<!\S)(تخانقت|تخانقنا|تخانقو|تشاكلت|تشاكلنا|تهاوشت|تهاوشنا|تزاعلت|تزاعلنا|زعلنا|زعلت|اختلفت|اختلفنا|تقاتلت|تقاتلنا|تناقرنا)"
    r"(\s+(?!\S*(ضرب|خنق|قتل|دفش|سكين|كف|لبط|هدد|كسر|دم|حرق|رماني|طردني|عضني|جرح|دبح|الشرطه|خايف|قفل|سكر\s+علي))\S+){0,7}?\s+\S{0,3}"
    r"(تصالحنا|اتصالحنا|تصالحت|صالحته|صالحني|صالحتو|صالحتها|تراضينا|رجعنا\s+(منيح|منيحين|حبايب|رفقات|اصحاب))(?!\S)",
    r"\b(t5ana2t|t5ana2na|tkhana2t|tkhana2na|t5ane2t|t5ane2na|tshakalna|tshakalt|tsha2alna|za3alna|z3elna)\b"
    r"(\s+(?!\w*(darab|drab|dareb|5na2|khana2|2atal|2tal|sekkine|sekine|kaf|dam|kasar|kaser|hadad|shorta|police))\S+){0,7}?\s+"
    r"(ts?ala7na|ts?ale7na|etsala7na|tsala7t|sala7ni|sala7to|rje3na\s+\w+)\b",
    # a child's "I'll kill you" while playing or joking with a brother, a sister or a friend
    r"(?<!\S)(ابني|بنتي|ابنها|بنتها|الولد|البنت|الولاد|اخوي|اختي|ابن\S*|الصغير|الصغيره)\s+(\S+\s+){0,2}?(قال|قالت|قالو|بيقول|بتقول|عم\s+يقول|عم\s+تقول|صرخ|صرخت|بيصرخ)\s+(\S+\s+){0,2}?"
    r"(رح\s+|ح\s+|ب)?(اقتل|قتل|ادبح|دبح|موت)(ك|كي|كن|كم)(?=(\s+\S+){0,10}?\s+\S*(يلعبوا|يلعب|تلعب|بيلعبوا|بيلعب|لعب|عم\s+يلعبوا|بلعب\S*|يمزح|تمزح|بيمزح|بمزح|مزح\S*|فوتبول|كوره|طابه|بلايستيشن|لعبه|جيم|العاب)(?!\S))",
    r"(?<!\S)\S*(يلعبوا|يلعب|تلعب|بيلعبوا|بيلعب|بلعب\S*|يمزح|تمزح|بيمزح|مزح\S*|فوتبول|كوره|بلايستيشن|لعبه|جيم)(\s+\S+){0,10}?\s+(رح\s+|ح\s+|ب)?(اقتل|قتل|ادبح|دبح|موت)(ك|كي|كن|كم)(?!\S)",
    r"\b(zoon\w*|dochter\w*|kind|kinderen|broertje|zusje|broer|zus|jongens|vriendje)\s+(\S+\s+){0,2}?(riep|zei|roept|zegt|schreeuwde|schreeuwt)\s+(\S+\s+){0,3}?"
    r"(ik\s+)?(maak\s+(je|jou)\s+af|vermoord\s+(je|jou)|schiet\s+(je|jou)\s+dood|sla\s+(je|jou)\s+dood)\b(?=(\s+\S+){0,10}?\s+(spel\w*|spelen|speelden|speelt|voetbal\w*|grap\w*|lol|game\w*|verstoppertje|tikkertje))",
    # a figure of speech explained: "in my country we say 'I die for you' when we love someone"
    r"\b(in\s+(mijn|ons|onze)\s+(land|taal|cultuur|dorp|familie)|bij\s+ons(\s+thuis)?|in\s+het\s+(arabisch|tigrinya|tigrinja|syrisch|koerdisch|eritrees)|"
    r"in\s+(syrie|eritrea|ethiopie|marokko|irak|soedan|afghanistan))\s+(zeggen|zegt|zeg)\s+(we|wij|ze|zij|mensen|men|jullie|je)\s+(\S+\s+){1,8}?"
    r"(als|wanneer|tegen|om|voor\s+iemand|voor\s+een)\s+(\S+\s+){0,4}?(lief|leuk|mooi|graag|houden|hou|verliefd|missen|mis|dank\w*|grap\w*|boos|blij|schrik\w*|geluk|lekker|beleefd)\w*",
    r"(?<!\S)(عنا|عندنا|ببلدنا|بلدنا|بلغتنا|بالعربي|بسوريا|بالشام|بالسوري|بالعاميه)\s+(ب|من|ا)?(نقول|يقولو|يقولوا|بيقولو|بيقولوا|منقول|بنقول|بقولو)\s+(\S+\s+){1,6}?"
    r"(للي|لما|اذا|لحدا|لشخص|للشخص|لل|عن\s+حدا|لمن)\S*(\s+\S+){0,3}",
    # "I love you to death" / "I die for you" in Arabizi
    r"\bb?(7|h)e?b(ak|ek|ik|k|ek|ki|ik)\s+(mout|mot|mawt|moot|mut)\b|\bb?(mout|mot|moot|mut)\s+(fik|fiki|feek|feeki|fiha|feeha|fih|fihon|fiyon|3aleik|3layki|3leki)\b",
    # a little toothpaste, soap or sand swallowed by a child: a question, not a poisoning
    r"\b(een\s+)?(klein\s+)?(beetje|slokje|hapje|likje)\s+(tandpasta|zeep|shampoo|zand|aarde|zeepsop|badwater|zwembadwater|klei)\s+(\S+\s+)?(doorslikt|doorgeslikt|ingeslikt|inslikt|opeet|opgegeten|gedronken|drinkt|binnenkrijgt)\b",
    r"(?<!\S)(شوي|شويه|شوية|شوي\s+من)\s+(ال)?(معجون|معجون\s+اسنان|صابون|شامبو|رمل|تراب)\S*(\s+\S+){0,2}?\s+(بلع|بلعت|بلعو|اكل|اكلت|شرب|شربت)(?!\S)"
    r"|(?<!\S)(بلع|بلعت|اكل|اكلت|شرب|شربت)\s+(شوي|شويه|شوية)\s+(ال)?(معجون|صابون|شامبو|رمل|تراب)\S*",
    # a flu or cold that "knocked me down" ("the flu destroyed me for three days, now better"); giving blood
    r"(?<!\S)(ال)?(رشح|كريب|انفلونزا|انفلونزه|كورونا|زكام|حمى|مرض|سخونه)\s+(\S+\s+)?(هدني|هدتني|كسرني|كسرتني|دمرني|دمرتني|قتلني|قتلتني|موتني|موتتني|هلكني|هلكتني|طرحني|طرحتني|بهدلني|بهدلتني)(?!\S)",
    r"\b(el\s+)?(rash7|rashe7|grippe|grip|korona|corona|enfluanza|zkam)\s+(\w+\s+)?(haddni|haddani|kasarni|dammarni|2atalni|mawwatni|hallakni|bahdalni)\b",
    r"\b(de\s+)?(griep|verkoudheid|corona|koorts|buikgriep)\s+(heeft\s+)?(me|mij)\s+(\S+\s+)?(geveld|gesloopt|gekild|vermoord|afgemaakt|kapot\s*gemaakt)\b",
    r"\b(bloeddonatie\w*|bloeddonor\w*|bloedbank|sanquin|bloed\s+(geven|doneren|gedoneerd|afnemen|afgenomen))\b|\b(nemen|namen)\s+(ze\s+)?(\S+\s+)?bloed\s+af\b",
    # "I can't live (I won't stay alive) without coffee, my phone, the internet"
    r"(?<!\S)(ما\s+(رح\s+)?(ب)?(قدر\s+)?)?(عايش|عايشه|اعيش|عيش|بعيش|ضل\s+عايش|ضل\s+عايشه)\s+(بلا|بدون|من\s+غير)\s+(ال)?(قهوه|قهوتي|شاي|نت|انترنت|واي\s*فاي|موبايل\S*|تلفون\S*|نوم|سكر|شوكولا|ارجيله|دخان|كهربا|مكيف|تكييف|فيسبوك|انستغرام|تيك\s*توك|كنافه|حلو)(?!\S)",
    r"\b((ma|mish)\s+(ra7\s+)?(b?2dar\s+)?)?(3ayesh|3ayshe|3ish|e3ish|b3ish|dall\s+3ayesh|dall\s+3ayshe)\s+(bala|bdoun|bidun|men\s+gher)\s+(el\s+)?(2ahwe|ahwe|qahwe|shai|chai|net|internet|wifi|mobile|mobayl|telefon|nom|sukkar|shokola|argile|da5an|kahraba|facebook|insta|instagram|tiktok)\b",
    # legs or arms "dead" after sport ("my legs are dead", "a murderous run")
    r"\b(mijn|m'n|mn)\s+(benen|armen|voeten|kuiten|spieren|rug|bovenbenen)\s+(zijn|is|voelen|voelt)\s+(\S+\s+)?(dood|dod|kapot|gesloopt|op|lam)\b|\b(moordend\w*|moordende)\b",
)

_ROUND24_CRISIS_NL_AR: tuple[str, ...] = (
    # a lethal amount or height asked for oneself ("how much ... is too much for a person? I ask for myself")
    r"^(?!.*\b(per\s+dag|per\s+keer|hoofdpijn|kiespijn|koorts|griep|verkouden|rugpijn|buikpijn|menstruatie\w*|ongesteld)\b)" + _both(r"\b(hoeveel|welke\s+hoeveelheid|hoe\s+veel|hoeveelheid|dosis)\b", r"\b(te\s+veel|dodelijk\w*|fataal|fatale|genoeg|overleef\w*|dood|niet\s+meer\s+wakker)\b",
          r"\b(voor\s+(mezelf|mijzelf)|ik\s+vraag\s+(het\s+)?voor\s+(mij|me|mezelf|mijzelf)|het\s+is\s+voor\s+(mij|mezelf)|voor\s+mij\s+zelf|niet\s+voor\s+een\s+ander)\b"),
    r"\b(hoe\s+(hoog|diep|lang|ver|hard)|vanaf\s+welke\s+(hoogte|verdieping)|hoeveel\s+(verdiepingen|meter|etages))\b(\s+\S+){0,10}?\s+"
    r"(niet\s+(meer\s+)?overleef\w*|het\s+niet\s+overleef\w*|(het\s+)?niet\s+te\s+overleven|dood\s+(bent|ben|gaat|ga|is)|dood\s+te\s+(gaan|zijn)|zeker\s+dood|dodelijk\w*|niet\s+meer\s+wakker)\b",
    r"\bhoeveel\s+(\S+\s+){0,2}?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,4}?(om|zodat|tot|voordat)\s+(\S+\s+){0,3}?(niet\s+meer\s+wakker|dood\s+te\s+gaan|dood\s+te\s+zijn|te\s+sterven|niet\s+(meer\s+)?(te\s+)?overleven|dood\s+(ben|bent|ga|gaat))\b",
    _both(r"(?<!\S)(قديش|كم|شو\s+(ال)?كميه|اي\s+كميه|ما\s+هي\s+الكميه)(?!\S)", r"(?<!\S)(بتقتل|بتموت|تقتل|تموت|بيموت|قاتله|مميته|قاتل|(لحتى|حتى|لكي)\s+(ا|ي)?موت|كافيه\s+للموت|تكفي\s+للموت|للموت)(?!\S)",
          r"(?<!\S)(عن\s+حالي|لحالي|لنفسي|عن\s+نفسي|الي\s+انا|كرمالي|مشاني|من\s+اجلي)(?!\S)"),
    _both(r"\b(2addeh|2adesh|adesh|addeh|kam|shu\s+el\s+kammiye|shu\s+a2all\s+kammiye)\b", r"\b(bt2tol|bte2tol|btmawet|btmawwet|btmot|btmout|la\s+mout|la\s+2mout|7atta\s+mout)\b",
          r"\b(3an\s+7ali|la7ali|la\s+2ili|la\s+ili|la\s+nafsi|3an\s+nafsi)\b"),
    # a young child missing ("gone for an hour, not in the playground, not at the neighbours")
    _both(
        r"\b(kind|kindje|zoon|zoontje|dochter|dochtertje|de\s+kleine|baby|peuter|onze\s+jongen|ons\s+meisje)\b",
        r"\b(is|zijn|was|raakte|ben)\s+(\S+\s+){0,3}?(weg|kwijt|vermist|verdwenen|zoek|zoekgeraakt|kwijtgeraakt|weggelopen)\b(?!\s+(haar|zijn|de|het|een|mijn|naar|met|voor|op|om|uit)\b)"
        r"|\b(kan|kunnen|kon|konden)\s+(hem|haar|ze|onze\s+\w+|mijn\s+\w+)\s+(\S+\s+)?niet\s+(meer\s+)?(vinden|terugvinden)\b|\bniet\s+(thuis\s*gekomen|teruggekomen|terug\s+gekomen|thuisgekomen)\b",
        r"\b(uur|uren|minuten|sinds|al\s+een|overal|politie|nergens|niet\s+in\s+de|niet\s+bij\s+de|van\s+\d+|\d+\s+jaar|is\s+\d+|zoek\w*)\b") + "^(?!.*" + _R24_NOT_FOUND + ")",
    _both(
        r"(ابني|بنتي|ابنا|بنتنا|ابننا|الولد|البنت|الطفل|طفلي|طفلتي|الصغير|الصغيره|ابنها|بنتها|ابني\s+الصغير)",
        r"(?<!\S)(ضاع|ضاعت|ضايع|ضايعه|ضيعتو|ضيعتها|ضيعناه|ضيعناها|مفقود|مفقوده|اختفى|اختفت|مختفي|مختفيه|(مو|مش|ما|مانا|مني)\s+(عم\s+)?(لاقي|لاقيه|لاقيين|لاقيينو|لاقيينها|لاقيتو|لاقيتها|لاقيته|لاقيها|لاقيو|نلاقي\S*|الاقي\S*)\S*)(?!\S)|(?<!\S)و?(لا|لم)\s+(اجد|نجد|اجده|اجدها|نجده|نجدها|اعثر|نعثر)\S*",
        r"(منذ|الصباح|ساعه|ساعتين|ساعات|دقيقه|دقايق|من\s+الصبح|من\s+مبارح|دورت|دورنا|بدور|عم\s+دور|وين|الشرطه|البوليس|بكل\s+مكان|السوق|الحديقه|الجنينه|عمر\S*|سنين|سنه)") + "^(?!.*" + _R24_FOUND_AR + ")",
    _both(
        _R24_CHILD_LATIN,
        r"\b(da3|da3at|da3et|da3it|daye3|dayi3|day3a|dayi3a|daya3a|mafqud|mafkud|mafqude|mafkoude|e5tafa|ekhtafa|e5tafet|ekhtafet|mo5tafi|"
        r"(mish|mesh|mush|mo|mu|ma)\s+(3am\s+)?(la2i\w*|la2ye\w*|la2ya\w*|l2i\w*|n?la2i\w*))\b(?!\s+(el|l|shant\w*|mobile\w*|mobayl\w*|telefon\w*|minno|minna|menno|menna|mena|mno|mna)\b)",
        r"\b(sa3a|se3a|sa3tein|se3tein|sa3at|d2i2a|d2aye2|wein|wen|bdawer|3am\s+dawer|dawarna|dawart|police|polis|shorta|souk|7adi2a|jnene|3omr\w*|snin|sene|mbere7|mbare7|el\s+sob7)\b") + r"^(?!.*\b(la2ito|la2eto|la2ita|la2eta|la2ineh|la2inah|el7amdella|l7amdella|hamdella|7amdella)\b)",
    # no food for days and the children hungry, no money
    _both(
        r"\b(honger|hongerig)\b|\b(niks|niets)\s+(te\s+)?(eten|gegeten)\b|\bgeen\s+eten\b",
        r"\b(geen\s+(geld|eten|brood)|(niks|niets)\s+(te\s+)?eten|(niks|niets)\s+gegeten|lege\s+koelkast|koelkast\s+is\s+leeg)\b",
        r"\b(dagen|gisteren|eergisteren|sinds|kinderen|kids|baby|kind|huilen)\b") + r"^(?!.*\b(ramadan|vasten|vast|iftar|dieet|afvallen)\b)",
    # a burn with hot oil or boiling water: the skin comes off, blisters
    _both(
        r"\b(hete|heet|kokend\w*|gloeiend\w*|brandend\w*)\s+(olie|water|vet|thee|soep|koffie|melk|frituurvet|pan|strijkijzer)\b|\bfrituur\w*\b|\bstoom\b",
        r"\b(huid|vel)\s+(\S+\s+){0,3}?(eraf|los|af|weg|hangt|open|wit|zwart)\b|\b(grote\s+|dikke\s+|vol\s+)?blaren\b|\bbrandwond\w*\b") + r"^(?!.*\b(klein\w*|beetje|plekje|pleister|niet\s+erg|al\s+beter|vorig\w*|tong|mond|lip|lippen|gehemelte)\b)",
    # a child with a very high fever who hardly reacts, cannot be woken, or fits
    _both(r"\b(koorts|koortsig|gloeit|gloeiend|heet)\b|\b(39|40|41|42)\s+(\d\s+)?(graden|gr)\b",
          r"\breageert\s+(\S+\s+)?(niet|nauwelijks|amper|bijna\s+niet)\b|\b(reageert|reageren)\s+niet\b|\bniet\s+(meer\s+)?wakker\s+(te\s+krijgen|worden|wordt)\b|"
          r"\bwordt\s+(\S+\s+)?niet\s+(meer\s+)?(goed\s+)?wakker\b|\b(koortsstuip\w*|stuip\w*|schokt|schokken|trekkingen)\b"),
    _both(r"(حراره|حرارت\S*|حرارتو|حرارتها|سخونه|سخن|سخنان\S*|مسخن\S*|حمى|حمي)",
          r"(ما|مو|مش)\s+(عم\s+)?(ي|ت|بي|بت)?(فيق|صحى|صحي|يصحى|تفاعل|يتفاعل|تتفاعل|رد|يرد|ترد|حس)(?!\S)|(?<!\S)(مرخي|مرخيه|رخو|رخوه|(عم\s+)?(ي|ت|بي|بت)ختلج|تشنج\S*|اختلاج\S*|(عم\s+)?(ي|ت|بي|بت)تشنج|عم\s+ينتفض|عم\s+تنتفض)(?!\S)|فاقد\S*\s+(ال)?وعي|(?<!\S)و?(لا|ما|مو|مش)\s+(عم\s+)?(ي|ت)?(ستجيب|ستيقظ|صحو|تفاعل|يتفاعل|يرد|ترد)(?!\S)"),
    # "I don't know if I'll still be alive tomorrow"; "I won't be alive by then"; "I took something"
    r"\b(weet\s+niet|geen\s+idee)\s+of\s+ik\s+(\S+\s+){0,3}?(nog\s+)?(leef|besta|er\s+(nog\s+)?ben|wakker\s+word|overleef|haal)\b",
    r"\b(misschien|waarschijnlijk|dan|morgen|straks|vanavond)\s+(\S+\s+){0,2}?(leef\s+ik|ben\s+ik)\s+(\S+\s+){0,2}?(niet\s+meer|al\s+dod|dod)\b",
    _both(r"\bik\s+heb\s+(\S+\s+){0,3}?iets\s+(\S+\s+)?(ingenomen|genomen|geslikt|gedronken|gespoten)\b(?!\s+(tegen|voor|om\s+te\s+slapen|bij\s+de\s+apotheek)\b)",
          r"\b(bang|leef|leven|dod|dood|morgen|raar|duizelig|wazig|niet\s+zeggen|zeg\s+niet|afscheid|sorry|misselijk|slaperig)\b"),
    r"(?<!\S)(ما|مش|مو)\s+(ب|ب\s+)?(عرف|اعرف|بعرف)\s+(اذا|اذا\s+كنت|ان\s+كان|ازا)\s+(رح|ح|بدي|ب)?\s*(ضل|ضلني|ابقى|كون|عيش|اعيش)\s+(\S+\s+)?(عايش|عايشه|حي|حيه|بالدنيا|عالدنيا|لبكرا|لبكره|للصبح|بكرا)(?!\S)",
    r"(?<!\S)(ما|مش|مو)\s+(رح|ح|راح)\s+(ا|ب)?(كون|ضل|ابقى|بقى|عيش)\s+(\S+\s+)?(عايش|عايشه|حي|حيه|بالدنيا|عالدنيا|بهالدنيا|موجود\s+بالدنيا|موجوده\s+بالدنيا)(?!\S)(?!\s+(\S+\s+)?(بلا|بدون|من\s+غير|بلاك|بلاكي|بلاكن)(?!\S))",
    r"(?<!\S)(رح|ح|راح)\s+(ا|ب)?(كون|ضل|صير)\s+(ميت|ميته|ميتة|بالقبر|تحت\s+التراب)(?!\s+(من|بالضحك|بالتعب|تعب|جوع))",
    _both(r"(?<!\S)(اخدت|اخذت|بلعت|شربت|ضربت\s+ابره)\s+(شي|شغله|اشي|شيء|حبوب)(?!\S)(?!\s+(لل|ضد|عشان\s+ال|مشان\s+ال|من\s+الصيدليه|من\s+السوبر))",
          r"(خايف|خايفه|بخاف|بموت|موت|عايش|عايشه|ما\s+بدي\s+(قول|احكي|خبر)|ما\s+رح\s+(قول|احكي)|دايخ\S*|تقيل|سامحوني|سامحني|بكرا|لبكرا|آخر|اخر\s+رساله)"),
    r"(?<!\S)(لا|ما)\s+(اعرف|ادري|اعلم)\s+(ان|اذا|هل)\s+(كنت\s+)?(س)?(ابقى|اعيش|اكون|اظل)\s+(\S+\s+)?(حيا|حيه|حي|على\s+قيد\s+الحياه)(?!\S)",
    r"(?<!\S)(لن|لم\s+اعد)\s+(اكون|ابقى|اعيش|اظل)\s+(\S+\s+)?(حيا|حيه|على\s+قيد\s+الحياه|في\s+هذه\s+الدنيا|في\s+الدنيا)(?!\S)",
    r"(?<!\S)(س|سوف\s+|اريد\s+ان\s+|ساقوم\s+ب)?(اقفز|ارمي\s+نفسي|القي\s+بنفسي|القي\s+نفسي)\s+(\S+\s+){0,2}?(من|عن|امام)\s+(ال)?(شرفه|نافذه|سطح|جسر|مبنى|بنايه|طابق|قطار|بلكون|شباك)\S*",
    _both(r"(?<!\S)و?(انا\s+)?(حامل|حبلى)(?!\S)", r"(?<!\S)\S{0,2}(انزف|تنزف|نزيف|ينزل\s+(مني\s+)?دم|ادمي)(?!\S)|دم\s+(كثير|كتير|بغزاره)") + r"^(?!.*(تحليل|فحص|موعد|الطبيبه\s+قالت))",
    _both(r"(بطاري\S*|مغناطيس\S*|مغنطيس\S*)", r"(?<!\S)(ابتلع|ابتلعت|ابتلعه|ابتلعها|بلعها|بلعه)(?!\S)"),
    r"\b(ma|mish|mesh|mo)\s+(b?a?3ref|b?a3rif|ba3ref)\s+(iza|eza|eiza)\s+(ra7|7a|rah)?\s*(dal|dall|dalni|eb2a|b2a|kon|koun|3ish|e3ish)\s+(\w+\s+)?(3ayesh|3ayshe|3aysh|3aye?sh|7ay|7ayy|bel\s+denye|la\s+bokra|lbokra)\b",
    r"\b(ma|mish|mesh|mo)\s+(ra7|7a|rah)\s+(e|b)?(kon|koun|dal|dall|eb2a|3ish)\s+(\w+\s+)?(3ayesh|3ayshe|3aysh|7ay|7ayy|bel\s+denye|3al\s+denye|mawjoud\s+bel\s+denye)\b(?!\s+(\w+\s+)?(bala|bdoun|bidun|men\s+gher|min\s+ghir)\b)",
    _both(r"\b(a5adt|akhadt|2a5adt|a5adet|bala3t|bel3et|shrebt|sherbet|shribt)\s+(shi|shee|shy|ishi|7bob|hbob)\b",
          r"\b(5ayef|khayef|5ayfe|khayfe|bmout|bmot|3ayesh|3ayshe|ma\s+baddi\s+(2oul|oul|e7ki)|dayekh|day5|bokra|lbokra|sam7ouni|sam7oni)\b"),
    # going "to" a dead brother, mother or child, tonight: joining the dead
    _both(
        r"\b(gestorven|overleden|overleed|stierf|stierven|omgekomen|omkwam|verongelukt|gesneuveld|sneuvelde|dood\s+is|is\s+dood|in\s+de\s+hemel|begraven|niet\s+meer\s+leeft)\b",
        r"\b(ga|wil|kom|gaan|moet)\s+(\S+\s+){0,3}?(naar\s+(hem|haar|hen|ze)\s+toe|bij\s+(hem|haar|hen|ze)\s+(zijn|komen|wezen)|(hem|haar|hen)\s+achterna|met\s+(hem|haar)\s+mee)\b"
        r"|\b(ga|wil|gaan)\s+(\S+\s+){0,3}?achterna\b|\bwil\s+(\S+\s+){0,2}?(bij|naar)\s+(mijn|m'n|mn)\s+(overleden|dode|gestorven)\b|\bwil\s+(\S+\s+){0,1}?bij\s+(mijn|m'n|mn)\s+\S+\s+(\S+\s+)?zijn\b",
        r"\b(vanavond|vannacht|vandaag|nu|straks|binnenkort|morgen|snel|ik\s+wil|niet\s+meer|ik\s+kan|klaar)\b") + r"^(?!.*\b(begrafenis|graf|graven|begraafplaats|kerkhof|rouwdienst|uitvaart|condoleance\w*|condoleren|herdenking)\b)",
    r"^(?!.*(العزا|عزا|الجنازه|جنازه|القبر|قبرو|قبرها|الدفن|المقبره|ذكرى|ذكراه|ذكراها|الفاتحه))"
    r"(?=.*(?<!\S)(بدي|رح|ح|ناوي|ناويه|لازم)\s+(\S+\s+)?(الحق|روح\s+(لعند|عند|ل)|كون\s+مع|اجتمع\s+مع)\s*(\S+\s+){0,2}?(اللي|يلي|الي)\s+(مات|ماتت|توفي|توفت|استشهد|استشهدت)(?!\S))",
    _both(
        r"(?<!\S)(مات|ماتت|ماتو|توفي|توفت|اتوفي|اتوفت|متوفي\S*|الله\s+يرحم\S*|المرحوم\S*|المرحومه|استشهد\S*|شهيد|بالسما|بالجنه)(?!\S)",
        r"(?<!\S)(رح|بدي|ح|ناوي|ناويه)\s+(روحلو|روحلها|روحلهن|الحقو|الحقها|الحقه|الحقهن|كون\s+معو|كون\s+معها|كون\s+معهن)(?!\S)",
        r"(الليله|اليوم|هلق|قريب|خلص|ما\s+عاد|مشتاق\S*)") + r"^(?!.*(العزا|عزا|الجنازه|جنازه|القبر|قبرو|قبرها|الدفن|المقبره|ذكرى|ذكراه|ذكراها|الفاتحه))",
    _both(
        r"\b(mat|matet|mati|twaffa|twaffet|tewaffa|allah\s+yer7amo|allah\s+yer7ama|el\s+mar7oum|mar7oum|shahid|esteshhad)\b",
        r"\b(baddi|badi|bade|ra7|7a)\s+(\w+\s+){0,2}?(ro7|rou7|rooh|e?l7a2|el7a2\w*|kon\s+ma3o|kon\s+ma3a|kon\s+ma3ha)\b|\b(ra7|baddi)\s+(rou7lo|ro7lo|rou7la|ro7la|el7a2o|el7a2a)\b",
        r"\b(el\s+leile|elleile|lleile|lyom|hala2|halla2|bokra|5alas|khalas)\b") + r"^(?!.*\b(3aza|el\s+3aza|jnaze|el\s+jnaze|2abr|el\s+2abr|dafn)\b)",
    # pregnant and bleeding (first person too: "nu bloed ik heel veel"), or fainted
    _both(
        r"\b(zwanger\w*|in\s+verwachting)\b",
        r"\b(bloed|bloedt|bloeden|bloeding|bloedverlies|bloedde|flauw\s*gevallen|viel\s+(\S+\s+)?flauw|val\s+(\S+\s+)?flauw)\b") + r"^(?!.*\b(klein\s+beetje|beetje|tandvlees|tandenpoetsen|neus\w*|bloedprik\w*|bloedtest|bloeddruk|bloedonderzoek|bloed\s+laten\s+prikken|bloedgroep|bloedsuiker|na\s+de\s+bevalling\s+ging\s+alles\s+goed)\b)",
    _both(r"\b(7amel|7amle|7amil|hamel|hamle|7eble|7ebla|7abla)\b", r"\b(\w*nzef|\w*nzif|nazif|nazef|dam|dem|3am\s+yenzel\s+dam)\b"),
    # all my (named) medicines swallowed or injected at once
    r"\b(al|alle|heel|hele|mijn\s+hele)\s+(mijn\s+|m'n\s+|mn\s+|de\s+)?(voorraad\s+)?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,4}?(geslikt|ingenomen|genomen|opgegeten|gespoten|gedronken|doorgeslikt|opgedronken|in\s+een\s+keer)\b",
    # "I want to jump": from a high place or in front of a train, in Arabic and Arabizi
    r"(?<!\S)(بدي|رح|ح|بفكر|عم\s+فكر|ناوي|ناويه)\s+(ا|ب)?(نط|انط|اقفز|قفز|ارمي\s+حالي|كب\s+حالي|اكب\s+حالي)\s+(\S+\s+){0,2}?(من|عن|تحت|قدام)\s+(ال)?(بلكون|شباك|سطح|جسر|بنايه|طابق|القطار|قطار|ترين|جبل|حافه|الدرج)\S*",
    r"\b(baddi|badi|bade|bdi|ra7|7a|nawi|nawye)\s+(e?n2ot|n2ot|2ot|o2ot|a2foz|2ofoz|e2foz|erme\s+7ali|ermi\s+7ali|kebb\s+7ali)\s+(\w+\s+){0,2}?"
    r"(min|mn|men|3an|ta7t|2eddem)\s+(el\s+|l)?(balkon|balcon|shebbak|shobbak|sat7|set7|jiser|jisr|jser|binaye|bineye|tabe2|tren|train|2atr|treno|jabal)\b",
    # carbon monoxide: the engine running in a closed garage; charcoal lit in a closed room
    _both(r"(?<!\S)و?(ال)?(كراج|جراج|غراج|قراج|موقف)\S*", r"(ال)?(محرك|موتور|ماتور|سياره|مكنه)\s+(\S+\s+){0,2}?(شغال|شغاله|دايره|داير|مشغل|مشغله|عم\s+يشتغل)(?!\S)|(شغلت|مشغل|دورت)\s+(ال)?(محرك|موتور|سياره|ماتور)",
          r"(مسكر|مسكره|مقفل|مقفله|سكرت|قفلت|جوا|داخل|قاعد|قاعده)"),
    _both(r"\b(garage|garaj|karaj|kraj|garadj)\b", r"\b(motor|moteur|mator|sayyara|sayara|siyara|sayyarti|el\s+car)\b",
          r"\b(sh8al|shghal|sha8al|shaghal|shaghale|sh8ale|mshaghal|msha8al|mesha8al|dayer|dayre|deyer|3am\s+yeshte8el|3am\s+yeshteghel)\b"),
    _both(r"\b(houtskool|kolen|briketten|barbecue|bbq|kolenbrander|vuurkorf)\b", r"\b(slaapkamer|kamer|binnen|badkamer|auto|tent|caravan|woonkamer)\b",
          r"\b(ramen|raam|deur|deuren|alles)\s+(\S+\s+){0,2}?(dicht|gesloten|afgeplakt|op\s+slot)\b|\bafgeplakt\b|\bdicht\s+gedaan\b"),
    _both(r"(?<!\S)و?(ال)?(فحم|منقل|مشاحر|كانون)\S*", r"(ولعت|شعلت|حطيت|ولعتو|مولع|مولعه|مشعل|عم\s+يولع|ولّعت|اشعلت|اوقدت|مشتعل\S*)",
          r"(سكرت|قفلت|اغلقت|مسكر\S*|مقفل\S*|مغلق\S*|سديت|سكّرت)\s+(\S+\s+)?(ال)?(شبابيك|باب|شباك|نوافذ|نافذه|ابواب|كلشي|الغرفه)|(ال)?(شبابيك|باب|شباك|نوافذ|نافذه|ابواب)\s+(\S+\s+)?(مسكر\S*|مقفل\S*|مغلق\S*)"),
    # a blade on the wrist, the arm or the throat, now
    r"(?<!\S)(ال)?(سكين|سكينه|موس|شفره|شفرات|قزاز|قزازه|زجاج|زجاجه|مقص|كتر|الكتر)\s+(\S+\s+){0,2}?(على|ع|عا|عال|فوق|بين)\s+(معصمي|ايدي|رقبتي|عروقي|شرياني|زندي|رسغي|معصم\S*|عروق\s+ايدي|شرايين\S*)(?!\S)",
    r"(?<!\S)(حاطط|حاطه|حطيت|ماسك|ماسكه)\s+(ال)?(سكين|سكينه|موس|شفره|قزازه|مقص|كتر)\s+(\S+\s+)?(على|ع|عا|عال|فوق)\s+(معصمي|ايدي|رقبتي|عروقي|شرياني|زندي|رسغي)(?!\S)",
    r"\b(mes|mesje|scheermes\w*|schaar|glas|scherf|stanleymes\w*|mesjes|snijmes\w*|glasscherf)\b\s+(\S+\s+){0,3}?(op|tegen|bij|aan|over)\s+(mijn|m'n|mn)\s+(pols|polsen|arm|armen|keel|hals|aders?|slagader|onderarm|been|benen|dij)\b",
    r"\b(op|tegen|aan)\s+(mijn|m'n|mn)\s+(pols|polsen|keel|hals|slagader|aders?)\s+(\S+\s+){0,2}?(ligt|staat|houd|hou|heb|zit)\s+(\S+\s+){0,2}?(een\s+|het\s+|de\s+)?(mes|mesje|scheermes\w*|schaar|scherf|glas)\b",
    r"\b(el\s+)?(sekkine|sikkine|sakine|sekine|sekkin|sikkin|mous|mouss|moos|shafra|shfra|2zaze|el2zaze|ezaze|m2ass)\b\s+(\w+\s+){0,2}?(3ala|3a|3|fo2)\s+(ma3sami|ma3sme|ma3smi|2idi|eidi|idi|ra2bti|r2obti|ra2abti|3rou2i|3uru2i|zendi|shiryani)\b",
    # lying down on the railway; a baby thrown; pills prepared by the bed "to end everything"; sent abroad to marry
    r"(?<!\S)(رح\s+|ح\s+|بدي\s+)?(نام|انام|نايم|نايمه|استلقي|اتمدد|اتسطح|اقعد)\s+(على|ع|عال|عا)\s*(ال)?(سكه|سكة|سكك|خط\s+القطار|سكه\s+القطار|سكة\s+الحديد)\S*",
    r"\b(nam|nem|enam|2anam|etmadad)\s+(3al|3a|3ala)\s*(el\s+)?(sekke|sikke|sekket|sekkeh|sekka)\b",
    r"(?<!\S)(رمى|رمي|رماه|رماها|كب|كبه|شلف|شلفه|زت|زته|هز|هزه|خض|خضه)\s+(ال)?(بيبي|طفل\S*|ابني|بنتي|ابننا|بنتنا|الولد|صغير\S*|المولود)(?!\S)",
    _both(r"(حضرت|جهزت|جمعت|خبيت|حطيت|صفيت)\s+(ال)?(حبوب|دوا|منوم|حبات|ادويه)\S*", r"(?<!\S)(خلص|انهي|نهي|اخلص|بخلص|فكر\s+خلص)\s+(\S+\s+)?(كل\s+شي|كلشي|حياتي|عمري|عحالي)(?!\S)|بفكر\s+(ب)?(خلص|انهي|موت|الموت)"),
    _both(r"(تتزوج|يزوجوها|يجوزوها|يزوجوني|يجوزوني|زواج|عرس\S*|اتزوج)", r"(ما\s+(تريد|بدها|تبي|بدي|اريد|تبغي)|مو\s+(بدها|بدي)|غصب|رغم\s+عنها|رغما)",
          r"(تبكي|تبچي|عم\s+تبكي|بتبكي|يدزو|يدزوها|يسفرو|يسفروها|يبعتو|يبعتوها|ياخدو|ياخدوها|لسوريا|للعراق|للبلد|عالبلد)"),
    # petrol, paraffin, thinner, acid or bleach drunk (Arabic, Arabizi)
    r"(?<!\S)(شرب|شربت|شربو|بلع|بلعت|اكل|اكلت|ابتلع|ابتلعت)\s+(\S+\s+)?(من\s+)?(ال)?(بنزين|كاز|مازوت|تنر|تينر|اسيد|اسيتون|ماء\s+نار|مي\s+نار|كلور|كلوركس|جافيل|فلاش|مبيد\S*|ديتول|منظف\S*|سائل\s+جلي|معقم|ماء\s+جافيل)(?!\S)(?!.*(سياره|موتور|ماتور|مولده|صوبيا|خزان|محطه))",
    r"\b(shereb|sherbet|shrib|shrbet|shirib|shirbet|bala3|bal3et)\s+(\w+\s+)?(men\s+|min\s+)?(el\s+)?(benzine|banzin|benzin|kaz|mazot|tiner|tinar|asid|acid|aseton|klor|klorox|javel|flash|mobid|dettol)\b(?!.*\b(sayyara|sayara|siyara|motor|moteur|mator|mazote)\b)",
    # a child who swallowed a small battery or magnets (Arabizi)
    _both(r"\b(batar\w*|betar\w*|btar\w*|battery|batteri\w*|magnet\w*|maghnat\w*|mghnat\w*|mighnat\w*)\b",
          r"\b(bala3|bal3et|bala3et|bal3it|bel3|bil3|bala3ha|bal3o|bale3|bel3et|akal|akalet|akalit)\b"),
)

_ROUND24_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # a lethal amount or height asked without "for myself"
    r"\b(hoeveel|hoe\s+veel|welke\s+hoeveelheid)\s+(\S+\s+){0,2}?" + _R24_MEDS_NL + r"\s+(\S+\s+){0,3}?(is|zijn|moet|moeten)\s+(\S+\s+){0,2}?(dodelijk\w*|fataal|te\s+veel\s+voor\s+een\s+(mens|volwassene|man|vrouw))\b",
    r"\b(dodelijke|fatale)\s+(dosis|hoeveelheid)\b",
    # "I want to jump", said alone (not for joy, not into the water, not with a parachute)
    r"^(?!.*\b(blijdschap|vreugde|geluk|trampoline|zwembad|water|parachute\w*|bungee\w*|touwtje\w*|hoogspringen|verspringen|paard\w*|springkussen|sloot|gat\s+in\s+de\s+lucht|in\s+de\s+bres|auto|sport\w*|gym|les|dansen|ballet|concert|feest|schaatsen)\b)"
    r".*\bik\s+(wil|ga|moet)\s+(\S+\s+){0,2}?springen\b",
    r"^(?!.*(الفرح|فرح|المسبح|البحر|البركه|ترامبولين|المي|بالمي|الحبل|نط\s+الحبل|باراشوت))(?=.*(?<!\S)(بدي|رح|ح|ناوي|ناويه)\s+(ا|ب)?(نط|انط|اقفز|قفز|ارمي\s+حالي|كب\s+حالي|اكب\s+حالي)(?!\S))",
    r"^(?!.*\b(farah|far7|masba7|ba7r|trampoline|mayy|7abel)\b)(?=.*\b(baddi|badi|bade|bdi|ra7|nawi)\s+(e?n2ot|n2ot|2ot|o2ot|a2foz|2ofoz|e2foz|erme\s+7ali|ermi\s+7ali)\b)",
    # "I took something" said alone
    r"\bik\s+heb\s+(\S+\s+){0,2}?iets\s+(ingenomen|geslikt|gespoten)\b(?!\s+(tegen|voor|om\s+te\s+slapen)\b)",
    r"(?<!\S)بلعت\s+(شي|شغله|اشي|شيء)(?!\S)(?!\s+(لل|ضد|عشان\s+ال|مشان\s+ال|من\s+الصيدليه))",
    # a child missing (Dutch, no time or age said)
    "^(?!.*" + _R24_NOT_FOUND + r").*\b(kind|kindje|zoon|zoontje|dochter|dochtertje|de\s+kleine|peuter)\b\s+(\S+\s+){0,4}?(is|was)\s+(\S+\s+){0,2}?(vermist|verdwenen|spoorloos)\b",
)
# Things that "do not respond": a website, an app or a phone that fell; someone who does not answer
# messages; a pet that does not come when called (the emergency answer before round 24).
_ROUND24_EVERYDAY_IDIOMS: tuple[str, ...] = (
    r"\b(website|site|webpagina|pagina|app|applicatie|telefoon|mobiel|mobieltje|gsm|smartphone|iphone|samsung|laptop|"
    r"computer|pc|tablet|ipad|scherm|digid|mijnoverheid|portaal|server|printer|tv|televisie|wifi|internet|router|modem|"
    r"pinautomaat|automaat|systeem|programma|formulier|link|knop|camera|toetsenbord|muis)\b\s+(\S+\s+){0,5}?"
    r"(reageert|reageerde|reageren|doet|deed|werkt|werkte)\s+(\S+\s+){0,2}?(niet|niks|niets|nergens)(\s+meer)?(\s+op)?\b",
    r"\b(reageert|reageerde|reageren|antwoordt|antwoordde)\s+(\S+\s+){0,2}?(niet|nooit|nergens)\s+(meer\s+)?op\s+"
    r"(mijn|m'n|mn|onze|de|het|haar|zijn|je|jouw|hun)\s+(\S+\s+)?(berichten|bericht|mails?|e-?mails?|brief|brieven|appjes?|"
    r"whatsapps?|sms'?je?s?|telefoontjes?|vragen?|klachten?|aanvraag|bezwaar)\b",
    r"\b(kat|katten|poes|poesje|kater|hond|hondje|konijn|vogel|papegaai|parkiet)\s+(\S+\s+){0,3}?(reageert|luistert|komt)\s+"
    r"(\S+\s+){0,2}?(niet|nooit)\s+(meer\s+)?(op|als)\b",
    r"(الموقع|موقع|التطبيق|تطبيق|الابليكيشن|البرنامج|برنامج|تلفوني|التلفون|تلفون|الموبايل|موبايلي|جوالي|الجوال|"
    r"اللابتوب|لابتوبي|الكمبيوتر|الشاشه|الراوتر|النت|الانترنت|الديجي\s+دي|الصفحه|الرابط)(?!\S)\s+(\S+\s+){0,5}?"
    r"(ما\s+عم\s+|ما\s+|مو\s+|عم\s+)?(يستجيب|بيستجيب|يرد|بيرد|يشتغل|بيشتغل|يفتح|بيفتح|يعلق|علق|معلق|وقف|طفي)(?!\S)",
)


# Round 24, Tigrinya (Ge'ez and Latin script), by kind (batch 24's misses and false alarms, and own probes;
# NON-NATIVE WRITTEN: needs review by a native speaker). Spelling variants the older rules missed: "ሰብኣየ"
# beside "ሰብኣየይ", "ሕጻን" beside "ህጻን", "ኣየተንፍስን" beside "ኣይተንፍስን"; vowel orders as ranges ("[ሰ-ሷ]").
_R24_PERSON_TI = (r"(ሰብኣየ\S*|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ወደይ|ጓለይ|ደቀይ|ቆልዓ\S*|ቆልዑ\S*|[ሕህ]ጻ[ነ-ኗ]\S*|ሓደ\s+ሰብ|(?<!\S)ሰብ(?!\S)|"
                  r"ጎረቤት\S*|ዓርከይ|መሓዛይ|ብጻየይ|ኣሕዋተይ|ኣቦሓጎይ|ዓባየይ|ኣኮይ|ሓትነይ|ሰብኣያ|ሰብኣይ|ሰበይቲ|ተማሃራይ|መምህር\S*|ሰራሕተኛ|ንሱ|ንሳ)")
_R24_PERSON_LATIN_TI = (r"\b(sebaye\w*|sebeytey|abey|adey|hawey|haftey|wedey|gualey|dekey|qole\w*|qolu\w*|h[xt]?s?an\w*|hitsan\w*|"
                        r"baby|seb|gorebet\w*|arkey|mehazay|bxayey|abohagoy|abaye\w*)\b")
# "does not breathe" in any person and tense: ኣይተንፍስን, ኣየተንፍስን, ኣይትተንፍስን, ኣይተንፈሰን
_R24_NO_BREATH_TI = r"(?<!\S)ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*|(?<!\S)ም?ትንፋ[ሰ-ሷ]\S*\s+((?!እንተ)\S+\s+)?(የብሉን|የብላን|የለን|ጠፊኡ\S*|ኣቋሪጹ\S*|ተቋሪጹ\S*|ኣጸጊሙ\S*|ሲኢኑ|ሲኢና|ስኢኑ|ስኢና|ሓጺሩ\S*)"
_R24_NO_BREATH_LATIN_TI = r"\bay[ei]?t?[ie]?ten[ei]?f[ie]?s\w*|\bm?ti?nf?as\s+(\w+\s+)?(yeblun|yeblan|yelen|tefiu|atsegimu\w*|axegimu\w*|aqwarixu)\b"
_R24_SWALLOWED_TI = r"(?<!\S)(ውሒጡ|ውሒጣ|ወሓጡ|ዋሒጡ|ውሒጦ|ውሒጣቶ|ውሒጠ|ተሓኒቑ|ተሓኒቓ)(?!\S)"
_R24_SWALLOWED_LATIN_TI = r"\b(wihitu|wuhitu|wihita|wehatu|wihiTu|tehaniqu|tehaniqa)\b"
_R24_LETHAL_MEANS_TI = (r"(ከኒና|ፓራ[ሰሲ]\S*ታሞል|ፓናዶል|ኢቡፕሮፌን|ኪኒን|ፒሪ|መርዚ|ብሊች|ኢንሱሊን|ድቃስ\s+ዘምጽእ|ሽሮፕ|ፍረ|ፍሬ|ሚሊግራም|ግራም|ታብሌት|"
                        r"ኣልኮል|ድራግ|ሄሮይን|ሜታዶን|ትራማዶል|ኦክሳዜፓም|ዲያዜፓም|መድሃኒት|ፈውሲ|paracetamol|ibuprofen|oxazepam|tramadol|mg)")
_R24_HOT_LIQUID_TI = r"(ፈሊሑ|ፈሊሓ|ዝፈልሐ|ዝፈልሕ|ዝፈልሑ|ውዑይ|ዉዑይ|ሃሩር)\s+(\S+\s+)?(ማይ|ሻሂ|ቡን|ዘይቲ|ሽርባ|ጸብሒ|ሓሊብ)|ብ(ውዑይ|ዉዑይ)\s+(ማይ|ሻሂ|ዘይቲ|ሽርባ)"
_R24_WATER_TI = (r"(ኣብ\s+(\S+\s+)?(ማይ|ካናል|ሩባ|በረድ|ባሕሪ|ቀላይ|ሓይቂ|መሕምበሲ|ፒሲና|ቦይ|zwembad|gracht|kanal|slot)\S*|ናይ\s+ካናል|(?<!\S)ካናል\S*|(?<!\S)በረድ\S*)")
_R24_NOT_A_THING_TI = r"^(?!.*(ተሌፎን|ሞባይል|መፍትሕ|ቁልፊ|ቦርሳ|ኩዕሶ|ኳዕሶ|ሳንቲም|መነጽር|ሰዓት|ጫማ|ጸወታ|ፊልም|ሕልሚ|ሕልመይ))"

_ROUND24_IDIOMS_TI: tuple[str, ...] = (
    # an oath "by my mother's death", the endearment "may I die for you"
    r"(?<!\S)ብሞት\s+(ኣደይ|ኣቦይ|ሓወይ|ሓፍተይ|ደቀይ|ኣደኻ|ኣቦኻ|ኣደኺ|ኣቦኺ|ኣቦሓጎይ|ዓባየይ|ወደይ|ጓለይ|ኣምላኽ)(?!\S)",
    r"\bbmot\s+(adey|abey|hawey|haftey|dekey|wedey|gualey)\b",
    r"(?<!\S)(ይሙተልካ|ይሙተልኪ|ይሙተልኩም|ይሙተልክን|ይሙተልኪን|ymutelka|ymutelki|ymutelkum)(?!\S)",
    # suicide as the subject of a lesson, talk or prevention course (not one's own thoughts)
    r"(ምክልኻል|ምኽልኻል|ምክልካል|መከላኸሊ)\s+(ናይ\s+)?(ርእሰ|ነብሰ)\s*[ቅቕ]ትለት",
    r"ብዛዕባ\s+(ርእሰ|ነብሰ)\s*[ቅቕ]ትለት(?=\s+(\S+\s+){0,2}?(ኣቕሪቡ|ኣቕሪባ|ኣቕሪቦም|ገለጻ|ትምህርቲ|ሰሚናር|ዎርክሾፕ|ወርክሾፕ|ተዛሪቡ|ተዛሪባ|ተዛሪቦም|ተመሃርና|ተማሂርና|ዓንቀጽ|ዶክመንታሪ)(?!\S))",
    r"\b(mklkal|mkhlkal|mkelakel)\s+(nay\s+)?(reseqtlet|rese\s+qtlet|nebseqtlet)\b",
    # no fire: a smoke alarm set off by incense, coffee roasting or toast; "there is no fire"
    r"(?<!\S)ሓዊ\s+(የለን|ኣይነበረን|ኣይኮነን)(?!\S)|\bhawi\s+(yelen|aynebern)\b",
    r"(ዕጣን|ጥብሲ|ቡን|ባኒ|ዘይቲ)\S*\s+(\S+\s+){0,4}?(rookmelder|ሩክመልደር|ናይ\s+ትኪ\s+(መጠንቀቕታ|ኣላርም|ደወል)|ደወል\s+ትኪ)\s+(\S+\s+)?(ጭድር|ቢፕ|ደሚጹ|ይድምጽ|ይጭድር)\S*",
    # history: villages burnt, people killed in a given year, a war, a lesson (plural, past)
    r"(?<!\S)ኣብ\s+(1[89]\d\d|200\d|201\d)\s+(\S+\s+){0,4}?(ተቓጺለን|ተቓጺሎም|ተቓጺሉ|ተቐቲሎም|ተቐቲለን|ሞይቶም|ዓንዮም|ዓንየን|ተደምሲሰን|ተደምሲሶም)(?!\S)",
    r"(ውግእ|ታሪኽ|ቃልሲ|ሰውራ|ኣይሁድ|ኣቦሓጎይ\s+ከም\s+ዝነገረኒ|ናይ\s+ጥንቲ|ኣብ\s+ዘመን)\s+(\S+\s+){0,6}?(ተቓጺለን|ተቓጺሎም|ተቐቲሎም|ተቐቲለን|ሞይቶም|ዓንዮም|ዓንየን)(?!\S)",
    # a parent or sibling who "will kill me" with a laugh (money spent, a grade)
    r"(ኣደይ|ኣቦይ|ሓፍተይ|ሓወይ|ኣሕዋተይ|ዓባየይ|ኣቦሓጎይ|ኣኮይ|ሓትነይ)\s+(?:(?!\S*(ፖሊስ|ገዲፈ|ፍትሕ|ሃዲመ|ነጊረ|ክብሪ|መርዓ|ካራ|ሽጉጥ))\S+\s+){0,4}?"
    r"(ክትቐትለኒ|ክቐትለኒ|ክቐትሉኒ|ትቐትለኒ|ይቐትለኒ)(\s+(እያ|እዩ|እዮም))?(?=\s+(\S+\s+)?emojilaugh)",
    r"\b(ade|adey|abey|haftey|hawey)\s+(\w+\s+){0,4}?(ktqetleni|kqetleni|ktketleni|kketleni|tqetleni|yqetleni)(\s+(eya|eyu))?(?=\s+(\w+\s+)?emojilaugh)",
    # a head that "boils" or "explodes" over grammar, a brain that "died"
    r"ርእሰይ\s+(\S+\s+)?(ክፈልሕ|ይፈልሕ|ፈሊሑ|ክፍንጀር|ክፈርስ|ክነፍዕ|ይፍንጀር|ተዓጺዩ|ደንዚዙ)(\s+(ደልዩ|ኣሎ|ቀሪቡ))?",
    r"ኣእምሮይ\s+(\S+\s+)?(ሞይቱ|ደኺሙ|ተዓጽዩ|ተዓጺዩ|ጠፊኡ)",
    # a craving, a habit, a language or a price that "kills me"
    r"(ሃረርታ|ሸውሃት|ሽጋራ|ሲጋራ|ቡን|ሻሂ|ቅንኢ|ጸሓይ|ደርፊ|ሙዚቃ|ዋጋ|ክራይ|ሰዋስው|ቋንቋ|ደች|ሆላንድኛ|ፎርም|ቅጥዒ|ኣውቶቡስ|ባቡር|ትራፊክ|ዝናብ|ንፋስ|ምጽባይ|ሰልፊ|ዲጂዲ|DigiD)\s+(\S+\s+)?"
    r"(ይቐትለኒ|ቀቲሉኒ|ቀቲላትኒ|ክቐትለኒ|ትቐትለኒ)(\s+(ኣሎ|ኣላ|እዩ|እያ))?",
    r"\b(hrerta|harerta|shgara|sigara|shahi|dirfi|derfi|waga|kray|form|grammar|sewasw|holandegna|dutch|digid|bus|trein)\s+(\w+\s+)?(yqetleni|qetiluni|kqetleni|tqetleni)\b",
    # food, a price or a song that "is fire"
    r"(ጸብሒ|በርበረ|ሚጥሚጣ|ሽሮ|ዝግኒ|ዋጋ|ክራይ|ደርፊ|ሙዚቃ|ጸወታ|ክዳን|ፋሽን|ሙቐት|ዋዒ|ጸሓይ)\S*\s+(\S+\s+){0,3}?ሓዊ\s+(እዩ|እያ|ኢዩ|ኮይኑ|ኮይና)(?!\S)",
    r"\b(tsebhi|xebhi|tsbhi|berbere|mitmita|shiro|zigni|waga|kray|derfi|dirfi|muziqa)\s+(\w+\s+){0,3}?hawi\s+(eyu|eya|iyu|koynu)\b",
    # an animal slaughtered for a feast (not a person: "ክሓርደኪ" is not cut)
    r"(በጊዕ|ደርሆ|ጤል|ብዕራይ|ከብቲ|ገንሸል|ኣባጊዕ)\S*\s+(\S+\s+){0,2}?(ክሓርድ|ክንሓርድ|ምሕራድ|ሓሪድና|ሓሪዱ|ክሓርዱ|ክሕረድ)(?!\S)",
    r"\b(begie|begiE|dorho|tel)\s+(\w+\s+){0,2}?(khard|knhard|mhrad|haridna)\b",
    # the title of a game, a film, a song or a story ("a game called 'don't drown'")
    r"(?<!\S)(\S+\s+){1,5}?(ዝብል|ዝበሃል|ዝስሙ|ዝስማ)\s+(ጸወታ|ጌም|ፊልም|መጽሓፍ|ድራማ|ተኸታታሊ)\S*",
    r"\b(\w+\s+){1,5}?(zbl|zbehal|zismu)\s+(tsewata|xewata|game|film|mexhaf|drama)\b",
    # the bailiff or a debt collector who will come to the house (a debt, not danger)
    r"(deurwaarder|ደርዋርደር|ዱርዋርደር|ኢንካሶ|incaso\w*|incasso\w*)\s+(\S+\s+){0,4}?(ክመጽኡ|ክመጽእ|ይመጽኡ|ይመጽእ|መጺኡ|መጺኦም|ክመጹ|ይመጹ)(?!\S)",
    # a role in a play or a film: "I play the king who dies"
    r"(ዝመውት|ዝሞተ|ዝሞት|ዝቕተል|ዝቐትል|ዝቕተል|ዝጠፍእ)\s+(\S+\s+){0,2}?(እየ\s+|እያ\s+|ኢና\s+)?(ዝጻወት|ክጻወት|ተጻዊተ|ዝተጻወትኩ|ዝውስእ|ተዋሳኢ)\S*",
    r"\b(zmewt|zmot|zmote|zqetl)\s+(\w+\s+){0,2}?(eye\s+|iye\s+)?(ztsawet|zxawet|ktsawet|tsawite)\b",
    # absent from a class or an appointment (a sick child at home): "I will not be there"
    r"(?<!\S)(ኣብ\s+)?(ክፍሊ|ክላስ|ትምህርቲ|ቆጸራ)\s+(\S+\s+)?(ኣይክህሉን|ኣይክመጽእን|ኣይህሉን|ኣይክኸይድን)(?=\s+(\S+\s+){0,8}?(ሓሚሙ|ሓሚማ|ሓሚመ|ሕሙም|ሕምምቲ|ሓኪም|ቆጸራ\s+ሓኪም|ሕማም|ጉንፋዕ|ስራሕ|ቆልዑ))",
    r"\b(ab\s+)?(klas|class|kfli|temhrti|timhrti|qotsera)\s+(\w+\s+)?(aykhalewn|aykhelewn|aykhaln|aykhlun|aykmetsen|aykimetsen|aykkeydn)\b(?=\s+(\w+\s+){0,8}?(hamimu|hamima|hamime|hmum|hakim|dokter|huisarts|srah|qolue)\b)",
    # a scam message: "your son had an accident, send money"
    r"ሓደጋ\s+(ኣጋጢም\S*|ወሪድ\S*|ገጢም\S*)(?=(\s+\S+){0,3}?\s+ገንዘብ\s+(ስደ|ልኣ|ክፈ|ኣእቱ)\S*)",
    r"(?<!\S)(ምህላል|ምትላል|ምጥፋር|ጥልመት|scam|oplichting|phishing)\s+(ድዩ|ድያ|እዩ|እያ)(?!\S)",
    # what 112 or 113 is for, and teaching the children about danger (a question, not an emergency)
    r"(?<!\S)11[23]\s+(ንምንታይ|መዓስ|ከመይ|እንታይ)\s+(\S+\s+)?(እዩ|ኢዩ|ይድወል|ዝድወል|ይሰርሕ|ይግበር)\S*", r"\b11[23]\s+(nmntay|measte?|kemey|entay)\s+(\w+\s+)?(eyu|iyu|ydewel|zdewel)\b",
    r"ብዛዕባ\s+(ሓደጋ|ሓዊ|ጋዝ|ውሕስነት|ሓደገኛ\s+ነገራት)\s+(\S+\s+)?(ክምህሮም|ክምህር|ክምህራ|ክምህሮ|ክገልጸሎም|ተማሂርና|ክመሃር|ክንመሃር)(?!\S)",
    # breath taken away by heat, a crowd or laughter
    r"ብ(ሙቐት|ዋዒ|ሃሩር|ሰሓቕ|ስሓቕ|ጎያ|ጉያ|ሰብ\s+ምብዛሕ)\s+(\S+\s+)?(ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*|ክተንፍስ\s+ኣይ\S*)",
)
_ROUND24_CRISIS_TI: tuple[str, ...] = (
    # a place chosen where nobody will find me, with the means
    _both(r"(ሰብ|ማንም|ዝኾነ\s+ሰብ|ሓደ\s+ሰብ)\s+(ዘይረኽበኒ|ከይረኽበኒ|ዘይረኽቡኒ|ከይረኽቡኒ|ዘይርእየኒ|ከይርእየኒ)|ዝኾነ\s+ሰብ\s+ኣይረኽበንን",
          r"(ከኒና\S*|ገመድ\S*|ካራ|ምላጽ|መርዚ\S*|ጫካ|ሩባ|ባሕሪ|ቀላይ|ክኸይድ|እኸይድ|ክጠፍእ|ንሓዋሩ|ሎሚ\s+ለይቲ|ጽባሕ)"),
    _both(r"\b(seb|manm)\s+(zeyrekbeni|keyrekbeni|zeyrekbuni|kyrekbeni)\b", r"\b(kenina\w*|gemed|kara|mlax|merzi|chaka|ruba|bahri|kkeyd|ekeyd|ktefie)\b"),
    # suicide written with ቕ ("ርእሰ ቕትለት"), as the older rules and keywords know it with ቅ
    r"(ርእሰ|ነብሰ)\s*ቕትለት", r"ቕትለት\s*(ርእሰ|ነብሰ)",
    # a fire with people (children) still inside
    _both(r"(?<!\S)(ሓዊ|ባርዕ|ትኪ)(?!\S)|ሓዊ\s+(\S+\s+)?(ተላዒሉ|ይነድድ|ሒዙ)", r"ኣብ\s+ውሽጢ\s+(\S+\s+)?(ኣለዉ|ኣሎ|ኣላ|ኣለኹ|ኣለና|ተሪፉ|ተሪፎም|ተሪፋ|ተዓጽዮም)|ውሽጢ\s+ተሪ\S*",
          r"^(?!.*(ፊልም|ልምምድ|ዜና|ዕጣን|ሓዊ\s+የለን|ታሪኽ|emojilaugh))"),
    _both(r"\b(hawi|fire|brand)\b", r"\bab\s+wu?shti\s+(\w+\s+)?(alewu|alo|ala|aleku|alena|terifu|terifom)\b", r"^(?!.*\b(film|hawi\s+yelen)\b)"),
    # someone who does not breathe (with "is", a person, or a cause)
    r"(?<!\S)ኣ[ይየ]ት?ተን[ፈ-ፏ][ሰ-ሷ]\S*\s+(ኣሎ|ኣላ|ዘሎ|ዘላ|ኣለዉ|ኣለዋ|ዘለዉ|ድዩ|ድያ)(?!\S)",
    _both(_R24_PERSON_TI, _R24_NO_BREATH_TI, r"^(?!.*(ኮርስ|ehbo|ረዲኤት|ክመሃር|ክንመሃር|ልምምድ|እንተ\s+ኣ[ይየ]ት?ተን))"),
    r"\bay[ei]?t?[ie]?ten[ei]?f[ie]?s\w*\s+(alo|ala|alewu|zelo|zela)\b",
    _both(_R24_PERSON_LATIN_TI, _R24_NO_BREATH_LATIN_TI),
    # swallowed something and choking, turning blue
    _both(_R24_SWALLOWED_TI, r"(ገጹ|ገጻ|ከናፍሩ|ከናፍራ)\s+(\S+\s+)?(ይቕየር|ተቐይሩ|ተቐይራ|ሰማያዊ|ቀይሕ)|ሰማያዊ\s+ኮይኑ|ሰማያዊ\s+ኮይና|" + _R24_NO_BREATH_TI),
    _both(_R24_SWALLOWED_LATIN_TI, r"\b(semayawi|getsu\s+ykeyer|getsu\s+yqyer|getsa\s+tqyer)\b|" + _R24_NO_BREATH_LATIN_TI),
    # a child (or anyone) who drank or swallowed bleach, a cleaner, petrol or another chemical
    _both(r"(bleek|bleach|ብሊች|ብሊክ|ብሌክ|ክሎሪን|ክሎሮክስ|ጃቪል|ጃቬል|ዶመስቶስ|domestos|ኬሚካ[ለ-ሏ]\S*|ናይ\s+ሕጻብ|መሕጸቢ\S*|መጽረዪ(?!\s+(ስኒ|ኣስናን))|ናይ\s+ምጽራይ|ነዳዲ|ቤንዚን|ኣሲድ|ሓሲድ|ኣሞንያ|ቀለም\s+ጸጉሪ|ፈሳሲ\s+ሳሙና|ሳሙና|ሽቶ|ኮሎኛ|ፋርሳ)",
          r"(?<!\S)(ሰትዩ|ሰትያ|ሰትዮም|ሰትየ|ሰትየዮ|ሰትዩዎ|ሰቲዩ|ሰቲያ|ውሒጡ|ውሒጣ|ውሒጠ|ጠዒሙ|ጠዒማ|በሊዑ|በሊዓ|ኣብ\s+ኣፉ|ኣብ\s+ኣፋ)(?!\S)"),
    _both(r"\b(bleek|bleach|chlor\w*|klor\w*|javel|domestos|chemical|kemikal\w*|benzin\w*|petrol|asid|acid|mexrey|metsrey|ammonia)\b",
          r"\b(setyu|setya|setye|setiyu|setiya|wihitu|wihita|wuhitu|beliu|belia)\b"),
    # boiling water, tea or oil over a child; skin that peels or blisters
    _both(_R24_HOT_LIQUID_TI, r"(ተኸዒ\S*|ፈሲሱ\S*|ፈሲሳ\S*|ተገልቢጡ|ተደፊኡ|ዓሊቡ|ነዲዱ|ነዲዳ|ተቓጺሉ|ተቓጺላ|ተሓሪሩ|ተሓሪራ|ቆርበ\S*|ፊኛ)",
          r"([ሕህ]ጻ[ነ-ኗ]\S*|ቆልዓ\S*|ቆልዑ|ወደይ|ጓለይ|ንእሽቶ|ኣብ\s+(ገጹ|ገጻ|ኣካላቱ|ኣካላታ|ኢዱ|ኢዳ|ሰለፉ|ሰለፋ))"),
    _both(r"ቆርበ\S*\s+(\S+\s+)?(ይልቀቕ|ይላቐቕ|ተላቒቑ|ተላቒቓ|ፊኛ|ዓፊኑ|ተቓጺሉ|ይቃጸል)", r"(ፈሊሑ|ፈሊሓ|ዝፈልሐ|ውዑይ|ዉዑይ|ሓዊ|ዘይቲ|ማይ\s+ሻሂ|ኤሌክትሪክ|ኣሲድ)"),
    _both(r"\b(felihu|feliha|zfeleh\w*|wuuy|wuy|hot)\s+(may|mai|shahi|shai|bun|zeyti)\b", r"\b(tekeiu|tekeyu|fesisu|fesisa|nedidu|nedida|qorbetu|qorbeta)\b"),
    # stung or allergic, swelling and struggling for breath
    _both(r"(ንህቢ|(?<!\S)ህቢ|ዕንጭራር|ተዘብዘብ|ኣለርጂ\S*|ኦቾሎኒ|ፒናት|ፒንዳ|pinda|allergie)", r"(ሓቢጡ\S*|ሓቢጣ\S*|ሓቢጦም|ነፊሑ\S*|ነፊሓ\S*|ተነፊሑ|ክተንፍስ|" + _R24_NO_BREATH_TI + ")"),
    _both(r"(ገጹ|ገጻ|ክሳዱ|ክሳዳ|ከናፍሩ|ከናፍራ|መልሓሱ|መልሓሳ|ጎሮሮ\S*|ገጸይ|ክሳደይ|ከናፍረይ)", r"(ሓቢጡ|ሓቢጣ|ነፊሑ|ነፊሓ|ተነፊሑ)", r"(ክተንፍስ\s+ኣይ\S*|" + _R24_NO_BREATH_TI + ")"),
    _both(r"\b(hbi|nhbi|allerg\w*|alerji\w*|pinda|peanut)\b", r"\b(habitu|habita|nefihu|nefiha)\b|" + _R24_NO_BREATH_LATIN_TI),
    # labour: the waters broke, the baby is coming, alone or now
    _both(r"ማይ\s+(\S+\s+)?(ተፈንጢ\S*|ፈንጢ\S*|ተፈንጪ\S*)|ቃንዛ\s+ሕርሲ|ሕርሲ\s+(ጀሚሩ\S*|ጀሚሩኒ|ጀሚራ)|([ሕህ]ጻ[ነ-ኗ]|ቆልዓ)\s+(\S+\s+)?(ይመጽእ|ክወጽእ|ይወጽእ)\s+(ኣሎ|ዘሎ)|ክወልድ\s+(እየ|ጀሚረ|ቀሪበ)\s+(ሕጂ|ዘለኹ)",
          r"(በይነይ|ንበይነይ|(?<!\S)ሕጂ|ቀልጢ\S*|ኣምቡላንስ|ሰብ\s+የለን|ሓግዙኒ|ኣብ\s+መኪና|ኣብ\s+ገዛ|ርእሱ|ርእሳ|ደም)"),
    _both(r"\b(may|mai)\s+(tefentihu|tefenxihu|fentihu|tefenTihu)\b|\bhrsi\s+(jemiru|jemirni|jemira|jemiruni|jemiruwa)\b|\b(hxan|htsan|hitsan|baby)\s+(\w+\s+)?ymetsie\s+alo\b",
          r"\b(n?beyn(ey|a|u)|hji|hiji|qeltif\w*|ambulance|ambulans|hagezuni)\b"),
    # sudden confusion, sweating, speech gone (low blood sugar, a stroke)
    _both(r"(ሽኮር|ዲያቤት\S*|ኢንሱሊን|ሱካር)",
          r"(ዘረባ\S*\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ|ፍለጥ)\S*|ኣይ(ት)?ፈልጠ(ንን|ናን)|ኣይ(ት)?በራበር\S*|ዓንዲሉ|ዓንዲላ|ተደናጊሩ|ተደናጊራ|ደንዚዙ|ይረሃጽ\s+(\S+\s+)?(ኣሎ|ሕጂ)|(?<!\S)ሕጂ\s+(\S+\s+)?(ይረሃጽ|ትረሃጽ)|ይንቀጥቀጥ|ትንቀጥቀጥ|ኣይ(ት)?ምልስ\S*)"),
    _both(r"ዘረባ(ኡ|ኣ|ኦም)\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ)\S*|ዘረባ\s+(ሰኣነ|ሰኣነት|ስኢኑ|ስኢና|ጠፊኡዎ|ጠፊኡዋ)",
          r"(ሃንደበት|(?<!\S)ሕጂ|ገጹ|ገጻ|ኢዱ|ኢዳ|ኣይ(ት)?ፈልጠ(ንን|ናን)|ይረሃጽ|ትረሃጽ|ወዲቑ|ወዲቓ)"),
    _both(r"(?<!\S)ኣይ(ት)?ፈልጠ(ንን|ናን)(?!\S)", r"(ይረሃጽ|ትረሃጽ|ሃንደበት|ዘረባ\S*\s+(\S+\s+)?ኣይ(ርደኣ|ስማዕ)\S*|ዓንዲሉ|ዓንዲላ)"),
    _both(r"\b(shkor|shukor|sukar|diabet\w*|insulin)\b", r"\b(ayfelten\w*|aytfelten\w*|zereba\w*\s+ayrde\w*|yrehats|trehats|aybrabern|aytbrabern|yinqetqet|ynqetqet)\b"),
    # a baby or small child with a high fever who is limp, does not wake or drink
    _both(r"([ሕህ]ጻ[ነ-ኗ]\S*|ወርሑ|ወርሓ|ወርሒ|ቆልዓ\S*|ወደይ|ጓለይ)", r"(ረስኒ|ሙቐት|(?<!\S)(39|4[0-2])(?!\S))",
          r"(ኣይ(ት)?በራበር\S*|ኣይ(ት)?ጠ[በ-ቧ]\S*|ሓሚቑ|ሓሚቓ|ልሒሉ|ልሒላ|ልሙስ|ኣይ(ት)?ንቀሳቐስ\S*|ኣይ(ት)?ምልስ\S*|ሰማያዊ|ይንቀጥቀጥ|ትንቀጥቀጥ|ኣይ(ት)?ሰቲ\S*|ኣይ(ት)?ሰቲ)"),
    _both(r"\b(h[xt]?s?an\w*|hitsan\w*|baby|qolea|wedey|gualey|werhu|werha)\b", r"\b(resni|rsni|koorts|fever|39|40|41)\b",
          r"\b(ayt?brabern|ayt?ebn|ayt?ebun|hamiqu|hamiqa|lihilu|lihila|ayt?ntesaqesn|semayawi|ayt?setin)\b"),
    # someone fallen into water or through ice, not seen again, not coming up
    _R24_NOT_A_THING_TI + "".join(f"(?=.*(?:{part}))" for part in (
        _R24_WATER_TI, r"(?<!\S)(ጥሒሉ|ጥሒላ|ጠሊቑ|ጠሊቓ|ኣትዩ|ኣትያ|ወዲቑ|ወዲቓ|ተሰቢሩ|ተሰቢራ|ሰሚጡ|ሰሚጣ|ተወሲዱ|ተወሲዳ)(?!\S)",
        r"(ኣይረኣየን|ኣይረኣየትን|ኣይወጸን|ኣይወጽእን|ኣይወጸትን|ኣይትወጽእን|ኣይንረኽቦን|ኣይንረኽባን|ኣይንርእዮን|ጠፊኡ|ጠፊኣ|ሓግዙ\S*|" + _R24_NO_BREATH_TI + ")",
        _R24_PERSON_TI)),
    r"^(?!.*\b(telefon\w*|mobayl\w*|mobile|mefteh|qulfi|borsa|kuaso)\b)" + "".join(f"(?=.*(?:{part}))" for part in (
        r"\bab\s+(\w+\s+)?(may|mai|kanal|canal|gracht|slot|ruba|bered|bahri|zwembad|zee)\b|\bkanal\b|\bbered\b",
        r"\b(tehilu|tehila|teliqu|teliqa|atyu|atya|wediqu|wediqa|tesebiru)\b",
        r"\b(ayreayen|aywexen|aywetsen|aywetsien|tefiu|tefia|hagezu\w*)\b|" + _R24_NO_BREATH_LATIN_TI)),
    # a strong smell of gas in the house (not a question what to do if)
    r"^(?!.*እንተ)" + "".join(f"(?=.*(?:{part}))" for part in (
        r"ጋ[ዘ-ዟሰ-ሷ]\S*\s+(\S+\s+)?(ይሽት\S*|ይሸት\S*|ሽታ\S*|ጨና\S*|ይጨ[ኑና]\S*|ይጭ[ኑና]\S*)|(ሽታ|ጨና)\s+(ናይ\s+)?\S*ጋ[ዝስ]",
        r"(ብርቱዕ|ብዙሕ|(?<!\S)ሕጂ|ኩሉ\s+ገዛ|ገዛና|ገዛ|ደረጃ|ኩሽና|ክሽነ|ህንጻ)")),
    r"^(?!.*\bente)(?=.*\bb?ga[sz]\s+(\w+\s+)?(yshetit|yshtit|yishetit|yshetet|shta|chena|ychenu|ychena)\b|.*\b(shta|chena)\s+(nay\s+)?ga[sz]\b)",
    # a knife, gun or axe held against someone, at the door, at school (not only one's family)
    r"^(?!.*(ዕንጨይቲ|ኦም|ስጋ|በጊዕ|ደርሆ|ኣሕምልቲ|ሽጉርቲ|ጸወታ|ፊልም|ሽንኩርቲ|ባኒ))" + "".join(f"(?=.*(?:{part}))" for part in (
        r"(ካራ|ሽጉ[ጠ-ጧ]|ጠበንጃ|(?<!\S)ፋስ|ብፋስ|ጩቤ|ሰይፊ|ብረት\s+ሒዙ|ብረት\s+ሒዛ)",
        r"(የፈራር[ሀ-ሆሐ-ሖ]\S*|ኣፈራሪ[ሀ-ሆሐ-ሖ]\S*|ይሃር[መ-ሞ]\S*|ይወቕ[ዑ-ዖ]\S*|ይኹሕኩ[ሐ-ሖ]\S*|ክወግ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክቕት[ለ-ሏ]\S*|ኣቕኒ[ዑ-ዖ]\S*|የጥቅ[ዑ-ዖ]\S*|ክሃር[መ-ሞ]\S*|ማዕጾ\S*\s+(\S+\s+)?(ክሰብ[ረ-ሯ]\S*|ይሰብ[ረ-ሯ]\S*))",
        r"((?<!\S)ሕጂ|ኣሎ|ኣላ|ማዕጾ\S*|ደገ|ቤት\s+ትምህርቲ|ክፍሊ|ኣብ\s+ገዛ|ፖሊስ|ሓግዙ\S*|ይፈርሁ|ፈሪሐ)")),
    # someone holding or drawing a knife or a gun, and a cry for help
    r"^(?!.*(ዕንጨይቲ|ስጋ|በጊዕ|ደርሆ|ኣሕምልቲ|ጸወታ|ፊልም|ሽንኩርቲ|ባኒ|ክሽነ|ኩሽና))" + "".join(f"(?=.*(?:{part}))" for part in (
        r"(ካራ|ሽጉ[ጠ-ጧ]|ጠበንጃ|(?<!\S)ፋስ|ብፋስ|ጩቤ|ሰይፊ|ብረት)\S*\s+(\S+\s+)?(ሒዙ|ሒዛ|ሒዞም|ኣውጺኡ|ኣውጺኣ|ኣውጺኦም|ኣልዒሉ|ኣልዒላ|ኣቕኒዑ|ኣቕኒዓ)(?!\S)",
        r"(ሓግዙ\S*|ኣድሕኑ\S*|(?<!\S)ሕጂ|ፖሊስ|ፈሪሐ|ይፈርሁ|ማዕጾ\S*)")),
    _both(r"\b(b?kara|b?shgut|b?shigut|tebenja|b?fas|knife|mes|pistol)\s+(\w+\s+)?(hizu|hiza|hizom|awxiu|awtsiu|alilu|aqniu)\b", r"\b(hagezu\w*|adhnu\w*|hji|hiji|police|polis|ferihe)\b"),
    _both(r"\b(b?kara|b?shgut|b?shigut|tebenja|b?fas|knife|mes|pistol)\b", r"\b(yeferar\w*|aferari\w*|yharm\w*|yweq\w*|kqetl\w*|kqtl\w*|kweg\w*|aqniu\w*)\b",
          r"\b(hji|hiji|alo|ala|maetso|mexo|mietso|deur|school|police|polis|hagezu\w*)\b"),
    # "sleep with me or you lose the job / papers / house" (a boss, landlord, smuggler, caseworker)
    r"(ምሳይ|ምሳኺ|ምሳኻ|ምስኡ|ምሳኣ)\s+(\S+\s+)?እንተ\s*ዘይ(ደቂ|ሓደ|ድቀ)\S*",
    _both(r"(ምሳይ|ምሳኺ|ምሳኻ|ምስኡ|ምሳኣ)\s+(\S+\s+)?(ክትድቅ\S*|ክትሓድ\S*|ደቂ[ስሰ]ኪ\S*|ክድቅ[ሰ-ሷ]\S*|ክሓድ[ረ-ሯ]\S*)", r"(ክሰጎ\S*|ክሰጉ\S*|ክትስጎ\S*|ካብ\s+ስራሕ|ወረቐት\S*|ደሞዝ\S*|ፍቓድ|ሰነድ\S*|ፓስፖርት\S*|ክኸልኣ\S*|ሓለቓ\S*|ሓላፊ\S*|ወናኒ|ዋና\s+ገዛ|stage|ስታዥ)"),
    r"\b(msay|msau|msu)\s+(\w+\s+)?(entezeydeqi\w*|ente\s+zeydeqi\w*)\b",
    _both(r"\b(msay|msau|msu)\s+(\w+\s+)?(ktdeqsi|kitdeqsi|deqiski)\b", r"\b(ksegog\w*|ksegug\w*|srah|sirah|wereqet\w*|papers|baas|haleqa\w*|halafi\w*|stage)\b"),
    # threats to harm one's family (a smuggler's debt, extortion)
    r"(ንስድራይ|ስድራይ|ንኣደይ|ንሓወይ|ንሓፍተይ|ንደቀይ|ደቀይ|ንኣቦይ|ስድራ\S*)\s+(\S+\s+){0,3}?(ክጎድ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክኣስ[ረ-ሯ]\S*|ክሃር[መ-ሞ]\S*|ክሓር[ደ-ዷ]\S*)\s+(እዮም|እዩ|ኢሎም|ኢሉ|ይብሉ|ይብል|ኢሎምኒ)",
    _both(r"(ደለልቲ|ደላሊ|ደላላ|ኮንትሮባንድ|ሰብ\s+ዘሕልፉ|ዘሕለፉና|ዘሕለፉኒ|ዘሳገሩና|ዘሳገሩኒ|ሸቀጥቲ\s+ደቂ\s+ሰብ|ጉሒላ)", r"(ክጎድ[ኡ-ኦ]\S*|ክቐት[ለ-ሏ]\S*|ክኣስ[ረ-ሯ]\S*|ክሃር[መ-ሞ]\S*|የፈራር\S*|ክሓር[ደ-ዷ]\S*|ብህይወት)"),
    r"\b(nsdray|sdray|nadey|nhawey|nhaftey|ndekey|nabey)\s+(\w+\s+){0,3}?(kgodu\w*|kqetlu\w*|kasru\w*|kharmu\w*)\b",
    _both(r"\b(delalti|delala|smokkel\w*|smuggler\w*|trafficker\w*)\b", r"\b(kgodu\w*|kqetlu\w*|kasru\w*|yeferar\w*)\b"),
    # afraid to go home and "I will not survive" it
    _both(r"(?<!\S)(ኣይተርፈንን|ኣይክተርፍን|ብህይወት\s+ኣይ\S*)", r"(እንተ\S*|ሎሚ|(?<!\S)ሕጂ|ገዛ|ሰብኣየ\S*|ክቐትለኒ|ክቐትሉኒ)", r"^(?!.*(ፈተና|emojilaugh|ሰሓቕ))"),
    _both(r"\b(aytrefenn|aytrefenin|aykterfn|bhiwet\s+ay\w*)\b", r"\b(ente\w*|lomi|hji|geza|sebaye\w*|kqetleni)\b", r"^(?!.*(fetena|emojilaugh))"),
    # how much of a medicine or poison kills a person
    _both(r"(ክንደይ|ኣየናይ\s+መጠን)\s+(\S+\s+){0,5}?(ዝቐት[ለ-ሏ]\S*|ይቐት[ለ-ሏ]\S*|ክቐት[ለ-ሏ]\S*|ንምሞት|ክመውት|ክሞት|ይመውት|ዝመውት|ዘሞት|የሞት|ንምቕታል|ቀታሊ)", _R24_LETHAL_MEANS_TI),
    r"(ቀታሊ|ዝቐትል|ዘሞት)\s+(\S+\s+)?(መጠን|ዶዝ|ዶዛ|dosis|dose)",
    _both(r"\b(kndey|kindey|kendey|kinday|kenday)\b(\s+\w+){0,6}?\s+(ymewt|zmewt|kmewt|kimewt|yqetl|zqetl|kqetl|nmmot|nmmewt|ymot)\b",
          r"\b(kenina|kinina|paracetamol|panadol|ibuprofen|pil|pill\w*|pilen|merzi|insulin|tablet\w*|mg|gram|drugs?|alcohol|alkol|oxazepam|tramadol)\b"),
    # a letter left for the children and a request to tell them or take care of them
    _both(r"(ደብዳቤ|ጽሑ[ፈ-ፏ]|ወረቐ[ተ-ቷ]|መልእኽቲ|ኑዛዜ)\S*", r"(ገዲፈ\S*|ኣቐሚጠ\S*|ጽሒፈሎም|ጽሒፈላ|ጽሒፈልኩም)", r"(ንቆልዑ|ንደቀይ|ንስድራይ|ንኣደይ|ንኣቦይ|ንሰበይተይ|ንሰብኣየ\S*|ንኹልኹም|ንኹሎም|ንሓወይ|ንሓፍተይ|ንጓለይ|ንወደይ)",
          r"(ክትሕብሮም|ክትነግሮም|ንገሩዎም|ንገርዎም|ሕበሩዎም|ተኸናኸንዎም|ተኸናኸንዋ|ሓልዩለይ|ሓልዉለይ|ደሓን\s+ኩኑ|ስንብት|ይቕረ|ኣይክትረኽቡ\S*|ድሕሪ\s+ሎሚ)"),
    # end it all tonight (Latin script)
    _both(r"\bkul+u\s+(k|ki|ke)?(bk|bq|beq|bek|zazm|qwarx|qwarts)\w*\s+(eye|iye)\b", r"\b(lomi\s+leyti|lomi\s+msht|lomi\s+mshet|lomi\s+misht|hji|hiji|lomi)\b"),
    # jumping from a bridge, a balcony or a flat, words borrowed from Dutch or English
    _both(r"\b(brug|bridge|dldl|dildil|ddl|drdl|balkon|balcony|nahsi|fok|flat|dak|spor|rail|babur|trein)\w*", r"\b(k|ki)?zel[ie]?l\b|\bk(i)?drbi\b|\bzelil\w*"),
    _both(r"(ብሩግ|ብሪጅ|ብሪድጅ|ባልኮን|ፍላት|ስፖር|ሓዲድ\s+ባቡር|መስመር\s+ባቡር|ዳክ)\S*", r"(ክዘልል|ዝዘልል|ዘሊለ|ክነጥር|ክድርቢ|ክዘሊል)", r"^(?!.*(ፊልም|ጸወታ|ስፖርት|ምሕምባስ))"),
)
_ROUND24_UNCERTAIN_TI: tuple[str, ...] = (
    # tonight on the street, at a station or in a park, with the children
    _both(r"ኣብ\s+(ጎደና|ጽርግያ|ደገ|መናፈሻ|ፓርክ|ጣብያ\s+ባቡር|መደበር\s+ባቡር|ስቴሽን)\s+(\S+\s+)?(ክንድቅስ|ክድቅስ|ክንሓድር|ክሓድር|ደቂስና|ሓዲርና|ደቂሰ|ሓዲረ|ክንሓድረሉ|ንሓድር|ንድቅስ)",
          r"(ሎሚ|ለይቲ|ቆልዑ|ደቀይ|[ሕህ]ጻ[ነ-ኗ]|(?<!\S)ምስ(?!\S))"),
    _both(r"\bab\s+(gedena|tsrgya|xrgya|dege|station|park)\s+(\w+\s+)?(kindqes|kndqes|kidqes|kdqes|knhadr|khadr|deqisna|hadirna|ndqes|nhadr)\b",
          r"\b(lomi|leyti|qolu\w*|dekey|hxan\w*|mis)\b"),
    # I cannot breathe; out of breath (a first person, or without a person)
    r"(?<!\S)ም?ትንፋ[ሰ-ሷ]\S*\s+(\S+\s+)?(ኣጸጊሙ\S*|ሓጺሩኒ|ስኢነ)|ክተንፍስ\s+(\S+\s+)?ኣይ(ክእልን|ከኣልኩን)",
    # swallowed a coin, a pin, a small toy
    _both(r"(ሳንቲም|ሚስማር|መርፍእ|ቁልፊ\s+ሰዓት|ክዳን\s+ጥርሙዝ|ኣቕሓ\s+ጸወታ|ቢድ)", _R24_SWALLOWED_TI),
    _both(r"\b(santim|coin|munt|mismar)\b", _R24_SWALLOWED_LATIN_TI),
    # a smell of gas
    r"ጋ[ዘ-ዟሰ-ሷ]\S*\s+(\S+\s+)?(ይሽት\S*|ይሸት\S*|ጨና\S*|ይጨ[ኑና]\S*|ይጭ[ኑና]\S*)",
    # afraid to go home
    _both(r"(ናብ\s+|ኣብ\s+)?ገዛ\S*\s+(\S+\s+)?(ክምለስ|ክኣቱ|ክኸይድ|ምምላስ|ምእታው|ክንምለስ)", r"(እፈርህ|ፈሪሐ|ፈሪሕና|ንፈርህ|ፍርሒ|የፍርሓኒ)"),
    _both(r"\b(ab|nab)\s+geza\s+(\w+\s+)?(kmeles|kimeles|kmiles|katu|kkeyd|kkeyid)\b", r"\b(eferh|eferih|ferihe|ferihna|nferh)\b"),
    # money demanded by smugglers
    _both(r"(ደለልቲ|ደላሊ|ኮንትሮባንድ|ሰብ\s+ዘሕልፉ|ዘሕለፉና|ዘሕለፉኒ|ዘሳገሩና|ዘሳገሩኒ)", r"(ዕዳ|ገንዘብ\s+(\S+\s+)?(ክትከፍል|ክፍሊ|ክፈሊ|ስደድ|ክሰድድ))"),
    # a letter left for the children or the family
    _both(r"(ደብዳቤ|ጽሑ[ፈ-ፏ]|ወረቐ[ተ-ቷ]|መልእኽቲ|ኑዛዜ)\S*", r"(ገዲፈ\S*|ኣቐሚጠ\S*)", r"(ንቆልዑ|ንደቀይ|ንስድራይ|ንኣደይ|ንኣቦይ|ንሰበይተይ|ንሰብኣየ\S*|ንኹልኹም|ንኹሎም|ንሓወይ|ንሓፍተይ|ንጓለይ|ንወደይ)"),
    _both(r"\b(debdabe|dbdabe|brief|letter|xhuf|tshuf)\b", r"\bgedife\w*\b", r"\b(nqolu\w*|ndekey|nsdray|nadey|nsebeytey|nsebaye\w*)\b"),
    # what happens with money, insurance or the children when I am dead
    _both(r"(?<!\S)(እንተሞይተ|እንተ\s+ሞይተ|እንተዝሞትኩ|እንተ\s+ዝሞትኩ|ምስ\s+ሞትኩ|ድሕሪ\s+ሞተይ|ድሕሪ\s+ሞትየ|ምስ\s+ዘይህሉ|ምስ\s+ዘይሃለኹ)(?!\S)",
          r"(ኢንሹራን[ሰ-ሷ]\S*|ቬርዘከሪንግ|verzekering|ገንዘብ|ውርሻ|ርስቲ|ደቀይ|ቆልዑ|ሰበይተይ|ሰብኣየ\S*|ስድራይ|መን\s+(\S+\s+)?(ክኣሊ|ክሕዝ|ክናበ|ክኸናኸን|ክሓልዮም))"),
    _both(r"\b(entemoyte|ente\s+moyte|entezmotku|ms\s+motku|dhri\s+motey)\b", r"\b(insurance|verzekering\w*|genzeb|dekey|qolue|sebeytey|sebaye\w*|sdray)\b"),
    # no food for days, the children hungry
    _both(r"(ምግቢ|መግቢ|ዝብላዕ|ዝበልዕ)\s+(\S+\s+)?(ኣይበላዕናን|ኣይበላዕኩን|ኣይበልዑን|ኣይበልዐን|የብልናን|የብለይን|የለን|የለናን)|(?<!\S)(ጠምዮም|ይጠምዮም|ጠሚዮም)(?!\S)",
          r"(ካብ\s+\S+\s+(ጀሚሩ|ጀሚርና)|(ክልተ|ሰለስተ|ኣርባዕተ|ብዙሕ|\d)\s+መዓልቲ|መዓልታት|ቆልዑ|ደቀይ|[ሕህ]ጻ[ነ-ኗ]|ይበኽዩ|ይበክዩ|ገንዘብ\s+የብለይን)"),
    _both(r"\b(mgbi|megbi|mgb|zblae)\s+(\w+\s+)?(aybelaenan|aybelaekun|aybeluen|yeblnan|yebleyn|yelen|yelenan)\b|\b(temiyom|ytemyu|ytemyom|temyom|temyu)\b",
          r"\b(kab\s+\w+\s+jemir\w*|mealti|mealtat|qolue|qolu|dekey|ybekyu|ybekiyu|hagez)\b"),
)
# (end of round 24, Tigrinya)

_ROUND24_IDIOMS = _ROUND24_IDIOMS_NL_AR + _ROUND24_IDIOMS_TI + _ROUND24_EVERYDAY_IDIOMS
_ROUND24_CRISIS = _ROUND24_CRISIS_NL_AR + _ROUND24_CRISIS_TI
_ROUND24_UNCERTAIN = _ROUND24_UNCERTAIN_NL_AR + _ROUND24_UNCERTAIN_TI


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
          r"^(?!.*(ቀይሕ\s+መስቀል|ድኳን|ካልኣይ\s+ኢድ|ኣረገውቲ|ሸይጠ|ዕዳጋ|kringloop|ፈተና|ገዛ\s+ቀይረ|ክግዕዝ))"),
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


# Round 26: kinds from batch 26 (sealed in round 25) and own probes.
# (round 26, Dutch and Arabic: start)
# Kinds from batch 26 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# Arabizi is matched as typed: the transliteration spells "yshofni", "esba7", "7ayati" too loosely
# ("يشفني", "اسبح", "حيتي") for the Arabic patterns.
_R26_FEVER_AR = r"(حرارت\S*|الحراره|حراره|سخونه|سخن|سخنان|سخنانه|حمي|حمى)"
_R26_STIFF_NECK_AR = r"(رقبت\S*|رقبه\S*)\s+(\S+\s+)?(يابس\S*|متخشب\S*|ناشف\S*|مشدود\S*|مقفول\S*|ما\s+عم\s+(ي|ت)?(حرك|نحني|تنحني|ينحني|تنطوي))"
_R26_PREGNANT_AR = r"(?<!\S)و?(هي\s+|انا\s+)?(حامل|حبلي|حبلانه|بالشهر\s+ال\S+)(?!\S)"
_R26_FELL_AR = r"(?<!\S)و?(وقعت|وقعت\S*|وقع|انزلقت|تزحلقت|زحطت|زحلقت|انضربت|ضربها|دفشها|دفعها)(?!\S)"
_R26_TIME_AR = (r"(ل|لل|حتي\s+|لحد\s+)?((ال)?(صبح|جمعه|سبت|احد|اسبوع\s+الجاي|شهر\s+الجاي|عيد)|بكرا|بكره|وقتها|هداك\s+الوقت|اخر\s+الشهر|اخر\s+الاسبوع)(?!\S)")
# an ordinary reason for not being there: travel, work, an appointment, the bus
_R26_ORDINARY_REASON_AR = r"(?!.*(لاني|لانو|لانه|لانها|عشان|مشان|مسافر|مسافره|بالشغل|عندي\s+شغل|عندي\s+موعد|دكتور|الدكتور|مشغول|مشغوله|القطار|الباص|الطياره|الطرد|الشحنه|الرساله|الفيزا|الاقامه|المستشفي))"
_R26_TRIVIAL_THING_AR = (r"(ها|هال|هاي|هيدي|هيدا|هاد|هادا|هادي)\S*|ال(رساله|ورقه|اوراق|لغه|قواعد|امتحان\S*|فورم|استماره|"
                         r"معامله|بلديه|ديو|duo|فاتوره|فواتير|كورس|هولنديه|كلمات)(?!\S)")
_ROUND26_IDIOMS_NL_AR: tuple[str, ...] = (
    # fasting: nothing eaten "because I fast", dying of thirst while fasting (one hour to iftar)
    r"\b(niets|niks)\s+(\S+\s+){0,2}?(gegeten|gedronken|eten|drinken)\s+(\S+\s+){0,3}?(omdat|want|aangezien)\s+(ik|we|wij|hij|zij)\s+(\S+\s+)?(vast|vasten|ramadan\s+(\S+\s+)?(houd|houden|hou))\b",
    r"\b(omdat|want|aangezien)\s+(ik|we|wij)\s+(aan\s+het\s+vasten|vast|vasten)\s*(ben|zijn)?\b",
    r"\b(sayem|sayme|sayma|sa2em|sa2me|sayim|saymin|saymeen)\s+(w\s+|wa\s+)?(mayet|mayte|meyet|mait|mayta|mayteh|3am\s+mout|3am\s+mot|ra7\s+mout|ra7\s+mot)\s+(men|mn|min|m)\s+(el\s+|l)?(3a6ash|3atash|3a6sh|3atsh|3a6ch|jo3|ju3|jou3|ta3ab|t3ab)\b"
    r"(\s+(bas|bs)\s+(khalas\s+|5alas\s+|5las\s+)?(ba2i|ba2a|baqi|bae2i|ba2ye)\s+(se3a|sa3a|s3a|sa3ten|se3ten|nos\s+se3a|shway|\d+\s+\S+))?",
    r"(?<!\S)(صايم|صايمه|صايمين|صائم|صائمه)\s+(و\s*)?(ميت|ميته|ميتين|عم\s+موت|رح\s+موت)\s+من\s+(ال)?(عطش|جوع|تعب)(\s+(بس|بس\s+خلص)\s+(باقي|بقي|ضايل)\s+\S+)?(?!\S)",
    # the smoke alarm went off because the pancakes burnt: cooking, nothing wrong
    r"\b(brand\s*alarm|rookmelder\w*|rook\s*melder\w*|rook\s*alarm|het\s+alarm)\s+(\S+\s+){0,2}?(ging|gaat|gingen|afging|afgaat|piept\w*|loeide)\s+(\S+\s+){0,2}?(omdat|want|door|toen)\s+(\S+\s+){0,6}?"
    r"(aanbranden|aangebrand|aanbrandde|verbrand|verbrandde|koken|kookte|bakken|bakte|pan|pannen\w*|toast|tosti|douche|stoom|damp|friet|frituur|vlees|eten|oven)\b(\s+(niks|niets)\s+aan\s+de\s+hand)?",
    # love: "I love you so much, I die without you"
    r"\bik\s+hou\s+(zo\s*veel\s+|zo\s+|heel\s+veel\s+|echt\s+|ontzettend\s+veel\s+|super\s*veel\s+)?van\s+(je|jou|u)\b\s+(\S+\s+){0,3}?(ik\s+)?(ga|zou|kan)\s+(\S+\s+)?(dood|sterven|niet\s+leven)\s+(\S+\s+)?zonder\s+(jou|je|u)\b",
    r"\b(ik\s+)?(ga|zou)\s+(dood|sterven)\s+zonder\s+(jou|je)\b(?=.*\b(grapje|grap|haha|hoe\s+zeg\s+ik|mooier|romantisch|valentijn|verliefd)\b)",
    r"(?<!\S)(بحبك|بحبكي|بحبك\s+كتير|بموت\s+فيك)\s+(\S+\s+){0,2}?(بموت|رح\s+موت|بموت\s+بدونك|بموت\s+من\s+دونك)\s+(بدونك|من\s+دونك|بلاكي|بلاك)(?!\S)",
    r"\b(b?a?7e?b+ak|b?a?7e?b+ik|b7bk|ba7bek)\s+(\w+\s+){0,2}?(bmot|bmout|ra7\s+mot|ra7\s+mout)\s+(bdunak|bdounak|bidounik|bdunik|men\s+dounak|mn\s+dunak|blak|blaki)\b",
    # "dead done with" the bus, the weather, DUO: a complaint
    r"\b(ik\s+ben\s+)?(er|het)?\s*dood\s*klaar\s+(mee|met)\s+(\S+\s+){0,1}?(dat|die|de|het|al\s+dat|al\s+die|deze|dit)\s+(?!(leven|alles)\b)\S+",
    r"\b(dood\s*moe|dood\s*ziek|dood\s*zat|spuug\s*zat|kots\s*beu)\s+(van|met)\s+(dat|die|de|het|deze|dit|al\s+die|al\s+dat)\s+(?!(leven|alles)\b)\S+",
    # "boring enough to die", "to die of boredom"
    r"\b(om\s+(van\s+)?(te\s+sterven|dood\s+te\s+gaan)\s+(\S+\s+)?(zo\s+)?(saai|vervelend|lelijk|druk|warm|heet|koud|lang|stil|slecht|duur|vies|vol)|"
    r"(saai|vervelend|lelijk|druk|warm|heet|koud|stil|duur|vies)\s+(om\s+)?(van\s+)?(dood\s+te\s+gaan|te\s+sterven)|dood\s+(gaan\s+)?van\s+(de\s+)?verveling)\b",
    r"(?<!\S)(بموت|رح\s+موت|ميت|ميته|عم\s+موت)\s+من\s+(ال)?(ملل|الطفش|طفش|زهق|الزهق)(?!\S)",
    r"\b(bmot|bmout|mayet|mayte|3am\s+mot|ra7\s+mot)\s+(men|mn|min)\s+(el\s+|l)?(malal|mallal|tafash|6afash|zah2|zaha2)\b",
    # a character in a book, film or series takes his life: reading, not the reader
    r"\b(de\s+|het\s+|een\s+)?(hoofdpersoon|hoofdpersonage|personage|hoofdrolspeler|held|heldin|schrijver|dichter|koning|koningin|prins|prinses)\s+(\S+\s+){0,3}?(pleegt|pleegde|begaat|beging)\s+(\S+\s+)?zelfmoord\b",
    r"\b(pleegt|pleegde|plegen|begaat|beging)\s+(de|het|een)\s+(hoofdpersoon|hoofdpersonage|personage|hoofdrolspeler|held|heldin|schrijver|dichter|koning|koningin|prins|prinses)\s+(\S+\s+)?zelfmoord\b",
    r"\bik\s+(las|lees|heb|keek|kijk|zag|moet)\s+(\S+\s+){0,2}?(een\s+|het\s+|de\s+)?(boek|roman|verhaal|gedicht|film|serie|documentaire|artikel)\s+over\s+zelfmoord\b(\s+(gelezen|gekeken|gezien|lezen))?(?=.*\b(les|taalles|school|docent|juf|meester|opdracht|werkstuk|spreekbeurt|examen|huiswerk|literatuur)\b)",
    r"(?<!\S)(قريت|قرات|عم\s+اقرا|بقرا|شفت|حضرت|كتبت|لازم\s+اكتب|لازم\s+اقرا)\s+(\S+\s+)?(روايه|قصه|كتاب|فيلم|فلم|مسلسل|مقال|مقاله|قصيده|وثائقي)\s+(\S+\s+)?عن\s+(ال)?انتحار(?!\S)",
    r"\b(2ret|2aret|2rit|shefet|shft|sheft|7adart)\s+(\w+\s+)?(riwaye|riwayeh|2esa|2e9a|qessa|ktab|kteb|film|flm|mosalsal|ma2al|ma2ale)\s+(\w+\s+)?(3an|3n)\s+(el\s+|l)?(inti7ar|enti7ar|inte7ar|ente7ar)\b",
    # banging my head against the wall because of this letter, this form, the language
    r"(?<!\S)(بدي|رح|ح|راح|حابب|بدك|عم|بحس\s+بدي)\s+(ا|ب|ت)?ضرب\s+راسي\s+(بالحيط|بالحيطه|بالجدار|بالحيطان|عالحيط|بالحيط\s+وبالارض)\s+(من|بسبب|منشان|مشان|عشان)\s+(" + _R26_TRIVIAL_THING_AR + r")",
    r"\b(bade|badi|bdi|ra7|bede)\s+(edrob|ederb|adrob|drob|edreb)\s+rasi\s+(bel|bl|b|3al|3a)\s*(7e6|7eet|7ay6|7ait|7it|7ee6|7e6an|jidar)\s+(men|mn|min|bsabab|mshan|3shan)\s+(hal|ha|hay|hayda|hayde|had|hadi|el\s+risale|el\s+wara2a|el\s+lo3a|el\s+logha)\w*",
    r"\bik\s+(kan|ga|zou|wil)\s+(\S+\s+)?(mijn\s+)?hoofd\s+tegen\s+de\s+muur\s+(slaan|bonken|beuken|aan\s+slaan)\s+(van|door|om|vanwege)\s+(dit|die|dat|deze|de|het)\b",
    # watched a horror film and could not sleep
    r"\b(shefet|shft|sheft|shoft|shufet|shofet|7adart)\s+(film|flm|mosalsal|fil+m)\s+(ra3b|ro3b|ru3b|horror)\b",
    r"(?<!\S)(شفت|حضرت|تفرجت\s+على)\s+(فيلم|فلم|مسلسل)\s+(رعب)(?!\S)",
    r"\b(horror\s*film|eng\w*\s+film|griezel\s*film|horror\s*serie)\s+(\S+\s+){0,3}?(gekeken|gezien|keek)\b|\b(keek|zag|heb)\s+(\S+\s+){0,2}?(een\s+)?(horror\s*film|enge\s+film|griezel\s*film)\b",
)
_ROUND26_CRISIS_NL_AR: tuple[str, ...] = (
    # someone else announces he will hang himself / kill himself (third person, future)
    r"\b(hij|zij|ze|mijn\s+\w+|de\s+\w+|haar\s+\w+|zijn\s+\w+)\s+(\S+\s+){0,3}?(zich|zichzelf)\s+(\S+\s+)?(gaat|gaan|wil|wilde|zal|zou|dreigt|dreigde)\s+(te\s+)?(ophangen|op\s+(te\s+)?hangen|verhangen|van\s+kant\s+(te\s+)?maken|dood\s*(te\s+)?maken|doden|om\s*(te\s+)?brengen|iets\s+(\w+\s+)?aan\s*(te\s+)?doen|verdrinken|doodschieten|dood\s+(te\s+)?schieten)\b",
    r"\b(hij|zij|ze|mijn\s+\w+|zijn\s+\w+|haar\s+\w+|de\s+\w+)\s+(\S+\s+){0,2}?(gaat|wil|zal|dreigt|dreigde|ging|wilde)\s+(\S+\s+){0,2}?(zich|zichzelf)\s+(\S+\s+)?(te\s+)?(ophangen|op\s+(te\s+)?hangen|verhangen|van\s+kant\s+(te\s+)?maken|dood\s*(te\s+)?maken|doden|om\s*(te\s+)?brengen|verdrinken|iets\s+(\w+\s+)?aan\s*(te\s+)?doen)\b",
    r"(?<!\S)(قال\S*|قلي|قلتلي|قلنا|كتب\S*|بعت\S*|خبرني|خبرتني|بيقول|بتقول|عم\s+يقول|عم\s+تقول|هدد\S*)\s+(\S+\s+){0,3}?(انو|انه|انها)?\s*(رح|ح|بدو|بدها|ناوي|ناويه)\s+(يشنق|تشنق|يقتل|تقتل|ينتحر|تنتحر|يرمي|ترمي|يموت|تموت)\s*(حالو|حاله|حالها|نفسه|نفسو|نفسها)?(?!\S)",
    r"\b(2al|2alet|2alli|2alatli|katab|katabet|hadad|haddad|haddadet)\s+(\w+\s+){0,3}?(ino|enno|inno|inu)?\s*(ra7|7|bado|bada|nawi|nawye)\s+(yeshno2|yoshno2|yshno2|teshno2|yi2tol|yo2tol|to2tol|yenta7er|tenta7er|yermi|termi)\s*(7alo|7ala|7alha|nafso|nafsa)?\b",
    # blood spurting or gushing from a wound
    r"\bbloed\s+(\S+\s+){0,2}?(spuit|spoot|spuiten|gutst|gutste|pompt|stroomt\s+eruit|blijft\s+stromen)\b|\b(spuit|spoot|gutst|gutste)\s+(\S+\s+){0,2}?bloed\b|\b(slagader\w*)\s+(\S+\s+)?(geraakt|doorgesneden|open|kapot)\b",
    r"(?<!\S)و?(ال)?دم\s+(\S+\s+)?(عم\s+)?(يفور|بيفور|ينفر|بينفر|يطرطش|بيطرطش|يشرشر|بيشرشر|ينط|بينط|يشخ|بيشخ|يتدفق|بيتدفق)(?!\S)|(?<!\S)(عم\s+)?(يفور|ينفر|يشرشر|يتدفق)\s+(ال)?دم(?!\S)",
    r"\b(el\s+|l)?dam+\s+(\w+\s+)?(3am\s+)?(yfour|yfur|bifour|yonfor|ynfor|ynot|bynot|ysharsher|ytfa2|yetdaffa2)\b",
    # fever with a stiff neck (meningitis signs)
    _both(r"\b(koorts|verhoging|gloeit|gloeiend\s+heet)\b", r"\b(stijve\s+nek|nek\s+(\S+\s+)?(stijf|kan\s+niet\s+(\w+\s+)?buigen)|nekkramp)\b"),
    _both(_R26_FEVER_AR, _R26_STIFF_NECK_AR),
    _both(r"\b(7a?rar(to|ta|tu|toh|ito|ton|ha)|7arara|s5oune|sukhune|skhoune|s5ouneh)\b", r"\b(ra2bt?(o|a|u|ha)|ra2abto|ra2abta)\s+(\w+\s+)?(yabse|yebse|mkhashbe|m5ashbe|nashfe|mashdoude)\b"),
    _both(r"\b(koorts|hoge\s+koorts)\b", r"\b(vlekjes|vlekken|puntjes)\b\s+(\S+\s+){0,4}?(niet\s+weg|blijven|wegdrukken|paars\w*)\b"),
    # a child swallowed pills or medicine (Arabizi; the transliteration misses "7bob")
    _both(r"\b(ebni|ibni|bni|binti|bnti|benti|el\s+walad|l?walad|el\s+tefl|tefli|el\s+bebe|el\s+baby|ebna|ebno|bento|benta|el\s+zghir|el\s+zghire|el\s+sghir)\b",
          r"\b(bala3|bal3|bil3|bala3et|bal3et|bil3et)\s+(\w+\s+){0,2}?(7bob|7boub|7obob|7bub|7ubub)\b"
          r"|\b(akal|akalet|aklet|sherib|shereb|sherbet|shirbet|bala3|bal3et)\s+(\w+\s+){0,2}?(7bob|7boub|7obob|7bub|7abb(et|at)|dawa|adwye)\s+(\w+\s+){0,2}?"
          r"(jeddo|jeddi|jiddo|sitto|setto|teta|mama|baba|emmo|abuh|el\s+kbar|el\s+jaroor|el\s+dorj|mn\s+el\s+khzene)\b"
          r"|\b(kaza|ktir|kel|3elbet|3elbe|nos)\s+(el\s+)?(7bob|7abbet|7abbat)\b"),
    # pregnant and fell (or was pushed), with pain or blood
    _both(_R26_PREGNANT_AR, _R26_FELL_AR, r"(دم|نزيف|تنزف|عم\s+تنزف|بطنها\s+(\S+\s+)?(يوجعها|توجعها|عم\s+يوجعها)|بطني\s+(\S+\s+)?(يوجعني|عم\s+يوجعني)|وجع\s+(قوي|كتير)|عم\s+تصرخ\s+من\s+الوجع)"),
    _both(r"\b(7amel|7amle|7amla|hamel|hamle)\b", r"\b(w2e3t|wa2a3et|wi2i3t|w2i3t|wa2e3t|tza7la2et|za7a6et|dafasha)\b", r"\b(dam|nazif|btnzef|3am\s+tenzof|bat?na\s+(3am\s+)?(twaja3|ywaj3a|yuja3ha)|waja3\s+ktir)\b"),
    _both(r"\bzwanger\w*\b", r"\b(gevallen|viel|uitgegleden|van\s+de\s+trap|geduwd|geschopt)\b", r"\b(bloed\w*|buikpijn|pijn\s+in\s+(de|haar|mijn)\s+buik|veel\s+pijn|harde\s+buik|baby\s+beweegt\s+niet)\b"),
)
_ROUND26_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # "I won't be there anyway next week" (after an ordinary question): not being alive by a date
    r"\bik\s+ben\s+er\s+(\S+\s+){0,3}?(toch|al|dan|straks)\s+(\S+\s+)?niet\s+meer\b(?!.*\b(verhuis\w*|verhuizen|vakantie|verlof|ander\w*\s+(adres|gemeente|stad|school|baan|werk)|stage|ziekenhuis|opname|op\s+reis)\b)",
    r"\b(volgende\s+week|morgen|na\s+vandaag|na\s+dit\s+weekend|binnenkort|over\s+een\s+week)\s+ben\s+ik\s+er\s+(toch\s+|al\s+)?niet\s+meer\b(?!.*\b(verhuis\w*|verhuizen|vakantie|verlof|stage|op\s+reis)\b)",
    r"(?<!\S)(حاسس|حاسه|حسيت|بحس|شكلي|ما\s+(ا|ب)?ظن|مش\s+متاكد|ما\s+بتوقع|ما\s+توقع)\s+(\S+\s+)?(انو|انه|انني|اني)?\s*(ما\s+)?((رح|ح)\s+)?(اوصل|وصل|الحق|لحق|اعيش|عيش|كون|اكون|اضل|ضل|ابقي|ابقى)\s+((موجود|موجوده|عايش|عايشه)\s+)?" + _R26_TIME_AR + _R26_ORDINARY_REASON_AR,
    r"(?<!\S)(ما|مش)\s+(رح|ح)\s+(كون|اكون|ضل|اضل|ابقي|ابقى)\s+(موجود|موجوده|عايش|عايشه)\s+" + _R26_TIME_AR + _R26_ORDINARY_REASON_AR,
    r"\b(7ases|7asse|7aseh|shakli|ma\s+bzon|ma\s+azon|ma\s+ezon|mish\s+mt2aked)\s+(\w+\s+)?(ino|enno|inno|inu)?\s*(ma\s+)?(ra7|7|r7)\s+(kon|akon|ekon|ousal|owsal|wsal|o3ish|a3ish|e3ish|7a2|el7a2|dal|edal)\s+((mawjoud|mawjood|3ayesh|3aysh)\s+)?(la|l|lal|7atta)?\s*(bokra|bukra|bo2ra|wa2ta|wa2t+ha|el\s+jem3a|el\s+esbou3\s+el\s+jeye|l3id|el\s+3id)\b",
    # "nobody will see me after today"
    r"(?<!\S)(ما|مش)\s+(حدا|حد)\s+(رح|ح)\s+(يشوفني|يشوفني|يسمع\s+مني|يلاقيني)\s+(بعد|من\s+بعد)\s+(اليوم|هاليوم|الليله|بكرا)(?!\S)",
    r"\b(ma|mish|msh)\s+(7ada|7ad)\s+(ra7|7|r7)\s+(y?shofni|yshoufni|yshufni|yshoufne|yesma3\s+mni|ylaa?2ini)\s+(ba3d|ba3ed|b3d|mn\s+ba3d)\s+(el\s+|l)?(yom|youm|lyom|lyoum|layle|bokra)\b",
    r"\b(ma|mish|msh)\s+(ra7|7|r7)\s+(tshofoni|tshoufouni|tshufuni|tla2ouni|tla2uni)\s+(ba3d|ba3ed|b3d)\s+(el\s+|l)?(yom|youm|lyom|layle|bokra)\b",
    r"\bna\s+(vandaag|vanavond|vannacht|morgen)\s+(ziet|zien|hoort|horen)\s+(niemand|jullie|je|u)\s+(mij|me)\s+(niet\s+)?(meer|nooit\s+meer)\b|\bniemand\s+(ziet|zal)\s+(mij|me)\s+(\S+\s+)?na\s+(vandaag|vanavond|morgen)\s+(nog\s+)?(zien|terug)\b",
    # "hopefully I don't wake up / live to see the morning"
    r"(?<!\S)(ان\s+شاء\s+الله|انشالله|انشاالله|ان\s+شالله|يا\s+رب|يارب|ياريت|ياريتني|الله\s+يخليني)\s+(ما|لا)\s+(اصبح|اصحي|اصحى|افيق|فيق|اوعى|اوعي|اطلع\s+عالصبح|شوف\s+بكرا|شوف\s+الصبح)(?!\S)",
    r"\b(nshalla|inshalla|insha2alla|in\s*sha\s*alla|nsha2alla|ya\s*rab|yarab|yarit|yareet|yaretni)\s+(ma|la)\s+(esba7|asba7|esb7|isba7|es7a|as7a|is7a|efi2|afi2|fi2|efee2|fee2|shuf\s+bokra|shouf\s+bokra|shuf\s+el\s+sob7)\b",
    r"\b(hopelijk|ik\s+hoop\s+dat\s+ik|ik\s+hoop\s+ik|god\s+geve\s+dat\s+ik)\s+(\S+\s+){0,2}?(morgen\s+)?(niet\s+meer\s+wakker\s+word|niet\s+wakker\s+word|morgen\s+niet\s+haal|niet\s+meer\s+wakker)\b",
    # "my life is over (for me)"
    r"(?<!\S)(حياتي|عمري|دنيتي)\s+(خلصت|خلص|انتهت|انتهي|راحت)(?!\S)(?!\s+من\s)",
    r"\b(7ayati|7yati|hayati)\s+(khelset|5elset|khalset|5alset|khelsit|entahat|intahat|ra7et)\b",
    r"\b(mijn\s+leven\s+is\s+(voorbij|afgelopen|over)|mijn\s+leven\s+is\s+klaar)\b(?!\s+(in|als|met\s+de)\b)",
    # a plan and a date
    r"\bik\s+heb\s+(nu\s+|al\s+|eindelijk\s+)?(een\s+)?plan\s+(en|met)\s+(een\s+|de\s+)?datum\b(?!.*\b(bruiloft|trouw\w*|verhuis\w*|vakantie|feest|examen|reis|afspraak|cursus|stage|sollicit\w*|verjaardag|huwelijk)\b)",
    r"\bik\s+(weet|heb)\s+(al\s+)?(hoe\s+en\s+wanneer|wanneer\s+en\s+hoe|de\s+datum\s+en\s+de\s+manier|de\s+manier\s+en\s+de\s+datum)\b(?!.*\b(bruiloft|trouw\w*|verhuis\w*|vakantie|feest|examen|reis|afspraak)\b)",
    r"(?<!\S)(عندي|صار\s+عندي|حطيت|جهزت)\s+(خطه|خطتي)\s+(و\s*)?(تاريخ|موعد|يوم)(?!\S)(?!.*(عرس|العرس|زواج|سفر|السفر|امتحان|الامتحان|انتقال|رحله|عيد))",
    r"\b(3andi|3ndi|sar\s+3andi|jahhazt|7a6et)\s+(khotta|5otta|5ota|khota|5e6a|khe6a)\s+(w\s*)?(tarikh|tari5|maw3ed|yom)\b(?!.*\b(3ers|3ors|zawaj|safar|imti7an|rev?7le)\b)",
    # evicted and outside with the children tonight
    _both(r"\b(staan|zitten|zijn|slapen|liggen)\s+(nu\s+|vannacht\s+|vanavond\s+)?(buiten|op\s+straat|op\s+het\s+station|in\s+het\s+park)\b",
          r"\b(kinderen|kind|baby|kleine|zwanger|kids)\b",
          r"\b(waar\s+(moeten|kunnen)\s+(we|wij|ik)\s+(slapen|heen|overnachten|naartoe)|geen\s+(slaapplek|dak|onderdak|huis)|vannacht|het\s+is\s+(\S+\s+)?koud)\b",
          # a night in a tent or at a party is no eviction (round 27)
          r"^(?!.*\b(tent|camping|kamperen|logeer\w*|feest|festival|barbecue|bbq|speeltuin|spelen)\b)"),
    _both(r"(?<!\S)(نحنا|احنا|صرنا|قاعدين|واقفين|نايمين|انا\s+و\s*ولادي|انا\s+والولاد)\s+(\S+\s+){0,2}?(برا|بالشارع|عالشارع|بالمحطه|بالحديقه)(?!\S)",
          r"(الولاد|ولادي|اطفال|الاطفال|البيبي|رضيع|حامل|بنتي|ابني)",
          r"(وين\s+(بدنا\s+|رح\s+)?(ن|ب)?نام|وين\s+نروح|ما\s+في\s+محل|الليله|برد|بردانين|ما\s+عنا\s+بيت)"),
    _both(r"\b(ne7na|ni7na|e7na|sirna|2a3dine|2a3din|wa2fin|way2fin|nayemin)\s+(\w+\s+){0,2}?(barra|bara|bel\s+share3|bl\s*share3|3al\s+share3|bel\s+m7atta)\b",
          r"\b(wlad|el\s+wlad|wladi|atfal|baby|bebe|rade3|7amle)\b",
          r"\b(wen\s+(bdna\s+|ra7\s+)?(nnam|nam|nnem)|wen\s+nrou7|el\s*layle|lyle|bard|bardanin)\b"),
)
# (round 26, Dutch and Arabic: end)
# (round 26, Tigrinya: start)
# Kinds from batch 26 and own probes (Ge'ez first, then Latin-script Tigrinya). The fold does not merge ቅ/ቕ,
# ቆ/ቖ or ከ/ኸ: both are written out where a word has either.
# "I will not be (there / alive)": the first person of ሃለወ; its Latin spellings (aykhalun, ayhlun, aykhelewn).
_R26_NOT_THERE_TI = r"ኣይ(ክህሉ|ህሉ|ክሃሉ|ክርከብ)\S*ን\s+(እየ)(?!\S)"
_R26_NOT_THERE_LA = r"\bay(k|kh)?h?[aei]?l[aeu]?w?[aeiou]?n\s+(iye|eye)\b"
# a reason for not being there (travel, work, illness, a birth, a holiday): then it is an ordinary absence
_R26_REASON_TI = (r"^(?!.*((?<!\S)ስለ|ምኽንያቱ|ዕረፍቲ|ጉዕዞ|ክጎዓዝ|ክገይሽ|ኣብ\s+ወጻኢ|ኣብ\s+ዓዲ|ኤርትራ|ኢትዮጵያ|ሆስፒታል|ሓኪም|ሕማም|ሓሚመ|"
                  r"ሓሚሙ|ሓሚማ|ስራሕ|መርዓ|ሓዘን|ክሓርስ|ሓራስ|በዓል|ቆጸራ\s+ሓኪም|ኮርስ\s+ኣለኒ|vakantie|werk|ziekenhuis))")
_R26_REASON_LA = (r"^(?!.*\b(sle|sele|slezi|mknyatu|erefti|vakantie|holiday|guezo|ab\s+wetsai|ertra|hospital|ziekenhuis|hakim|dokter|huisarts|"
                  r"srah|werk|hmam|hamime|merea|hazen|beal)\b)")
# "if a parent / someone / I die(s)": a question about what happens after a death
_R26_IF_DIES_TI = (r"(?<!\S)(እንተ\s*(ሞይቱ|ሞይታ|ሞይቶም|ሞይተ|ዝሞተ|ዝሞተት|ዝሞትኩ|ዝመውት|ዝመውት\S*|ዘይሃለወ|ዘይሃለወት|ዘይሃለኹ|ዝጠፍእ|ዝጠፍኡ)|"
                   r"ምስ\s+(ዝሞተ|ሞተ|ሞይቱ|ሞይታ|ዘይህሉ|ዘይሃለኹ|ሞትኩ))(?!\S)")
_R26_IF_DIES_LA = r"\b(ente\s*(moytu|moyta|moyte|zmote|zmotku|zmewt|zeyhalewe|zeyhaleku)|ms\s+(zmote|moytu|motku))\b"
# ... and the writer's own plan for tonight: "I have planned to do it", "tonight I do it"
_R26_OWN_PLAN_TI = (r"(?<!\S)(ክገብሮ|ክፍጽሞ|ክውድኦ|ክገብሮ\S*)\s+(\S+\s+)?(ሓሲበ|ወሲነ|ደልየ|እደሊ|ቀሪበ|ተዳልየ)(?!\S)|"
                    r"(?<!\S)ሎሚ\s+(ምሸት|ለይቲ)\s+(\S+\s+)?(ክገብሮ|ክፍጽሞ|ክውድኦ|ክኸይድ\s+እየ|ክከይድ\s+እየ)(?!\S)|"
                    r"(?<!\S)(ብዛዕባይ|ንዓይ|ንባዕለይ)\s+(እዩ|ኢዩ)\s+(ዝሓትት|ዝሓተትኩ)")
_R26_OWN_PLAN_LA = (r"\b(kgebro|kigebro|kfetsmo|kfxmo|kwdo)\s+(\w+\s+)?(hasibe|wesine|deleye|delye|edeli|qeribe|tedalye)\b|"
                    r"\blomi\s+(msht|mesht|misht|leyti)\s+(\w+\s+)?(kgebro|kigebro|kfetsmo|kwdo)\b")
# a means in my hand, in my bag, with me
_R26_MEANS_TI = r"(?<!\S)(ፈዋሲ|ፈውሲ|መድሃኒት|ከኒና|ኪኒና|ፒሪ|ገመድ|ካራ|መርዚ|ሽጉጥ|ምላጽ|ላማ|ታብሌት)\S*"
_R26_AT_HAND_TI = (r"(ኣብ\s+(ኢደይ|ጥቓይ|ጁባይ|ቦርሳይ|ኪሰይ|ጎነይ)|ምሳይ|ኣብ\s+ትሕቲ\s+መተርኣስ\S*)\s+(\S+\s+)?"
                   r"(ኣሎ|ኣሎኒ|ኣለዉ|ኣለዉኒ|ኣላ|ሒዘዮ|ሒዘዮም|ሒዘያ|ሒዘ|ኣቐሚጠዮ|ኣቐሚጠዮም)(?!\S)")
_R26_MEANS_LA = r"\b(fewasi|fewesi|fwsi|kinina|kenina|pil\w*|tablet\w*|gemed|kara|merzi|shgut|shigut|mes)\b"
_R26_AT_HAND_LA = (r"\b(ab\s+(idey|ediy|edey|iday|tqay|tkay|jubay|borsay)|msay|mesay)\s+(\w+\s+)?"
                   r"(alo|aloni|alewu|aleu|hizeyo|hizeyom|hize|aqemitey\w*)\b")
# ... and the plan already made, decided, tonight, a farewell
_R26_PLAN_DONE_TI = (r"(መደበይ\s+(\S+\s+)?(ወዲ[ኣአ]|ወዲ[ኣአ]ዮ|ፈጺመ|ኣዳልየ|ሰሪዐ|ኣጻፊፈ)|(?<!\S)ወሲነ(?!\S)|ውሳነይ|(?<!\S)ተዳልየ|ድሉው\s+እየ|"
                     r"ሎሚ\s+(ምሸት|ለይቲ)|ስንብት|ደሓን\s+ኩኑ|ይቕረ\s+በሉለይ|ኩሉ\s+ክውዳእ)")
_R26_PLAN_DONE_LA = (r"\b(medebey\s+(\w+\s+)?(wedie|wedia|wediyeyo|fetsime|fexime|adalye)|wesine|tedalye|dluw\s+eye|"
                     r"lomi\s+(msht|mesht|leyti)|snbt|dehan\s+kunu)\b")
_R26_NOT_MEDICAL_TI = r"^(?!.*(ሓኪም|ፋርማሲ|ኣፖተከ|ክንደይ|ብኸመይ|ሓሚሙ|ሓሚማ|ረስኒ|ቃንዛ|ጉንፋዕ|ስጋ|ሽንኩርቲ|ክሽነ|ኩሽና|ጸወታ|ፊልም|ቆጸራ\s+ሓኪም))"
_R26_NOT_MEDICAL_LA = r"^(?!.*\b(hakim|dokter|huisarts|apotheek|kndey|bkemey|resni|reseni|qanza|kanza|sga|kshne|film|game)\b)"
# eyes rolling back (a seizure); a very high fever in a small child
_R26_EYES_TI = (r"(ኣዒንቱ|ኣዒንታ|ኣዒንቶም|ዓይኑ|ዓይና|ዓይኒ)\s+(\S+\s+)?(ይገልበጥ|ይግልበጥ|ይገላበጥ|ይግልበጣ|ይግልበጡ|ተገልቢጡ|ተገልቢጣ|ተገልቢጦም|"
                r"ናብ\s+ላዕሊ\s+(\S+\s+)?(ይጥምት|ይኸይድ|ከይዱ|ተገልቢጡ|ተገልቢጦም))(?!\S)")
_R26_EYES_LA = (r"\b(aintu|aientu|ayntu|aynu|ainta|aynta|ayna|aintom)\s+(\w+\s+)?(ygelbet|yglbet|ygelabet|tegelbitu|tegelbita|"
                r"nab\s+laeli\s+(\w+\s+)?(ytmt|ytimt|ykeyd))\b")
_R26_CHILD_TI = r"(ቆልዓ|ቀልዓ|ቆልዑ|ህጻ[ንነ]\S*|ወደይ|ጓለይ|ደቀይ|ንእሽቶ|ወዲ\s+\d+\s+(ዓመት|ወርሒ)|ጓል\s+\d+\s+(ዓመት|ወርሒ))"
_R26_CHILD_LA = r"\b(qolea\w*|qolae\w*|qelea\w*|kolea\w*|qolue|hxan\w*|htsan\w*|hsan\w*|wedey|gualey|dekey|baby|kind|kindje)\b"
_R26_SEIZURE_SIGN_TI = (r"(ረስኒ|ሙቐት|ይንቀጥቀጥ|ይንቀጠቐጥ|ትንቀጥቀጥ|ኣይሰምዕን|ኣይትሰምዕን|ኣይምልስን|ኣይትምልስን|ኣይመልስን|ዓፍራ|ወዲቑ|ወዲቓ|"
                        r"ልሙስ|ኣይተንፍስን|ኣይትተንፍስን|ኣይበራበርን|ኣይትበራበርን|ኣይንቀሳቐስን)")
_R26_SEIZURE_SIGN_LA = (r"\b(reseni|resni|resen|muqet|mueqet|ynqeteq\w*|yntqeteq\w*|ayseman|aysemen|aymelsn|aymelsen|afra|wediqu|wediqa|"
                        r"lmus|aytenfsn|aybrabern|aybarberen)\b")
_R26_NOT_ANNOYED_TI = r"^(?!.*(ብሕርቃን|ተሓሪቑ|ተሓሪቓ|ሓሪቑ|ሓሪቓ|emojilaugh|ፊልም|ብዘረባይ|ብዛዕባ\s+ዘረባ))"
# asleep and cannot be woken
_R26_NO_WAKING_TI = (r"(?<!\S)(ደቂሱ|ደቂሳ|ደቂሶም|ድቃስ)\s+(\S+\s+)?(ኣይበራበርን|ኣይትበራበርን|ኣይባርበረን|ኣይበራበረን|ኣይበራበሩን|"
                     r"ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይምልስን|ኣይትምልስን|ክበራበር\s+ኣይከኣለን|ከበራብሮ\s+ኣይከኣልኩን|ከበራብራ\s+ኣይከኣልኩን)(?!\S)")
_R26_NO_WAKING_LA = (r"\b(deqisu|deqisa|dekisu|dekisa|dqas|deqisom)\s+(\w+\s+)?(aybrabern|aybarberen|aybraberen|aybarbern|aytbrabern|"
                     r"aytbarbern|aynqesaqesn|aymelsn|aytmelsn)\b")
_R26_SWALLOWED_TI = r"(ከኒና|ኪኒና|ፈዋሲ|ፒሪ|መርዚ|ኣልኮል|ኣረቂ|ድራግ|ጽሬት|(?<!\S)(ሰትዩ|ሰትያ|ውሒጡ|ውሒጣ|ወሲዱ|ወሲዳ|በሊዑ|በሊዓ|ወዲቑ|ወዲቓ|ተወጊኡ|ተወጊኣ)(?!\S))"
_R26_SWALLOWED_LA = r"\b(kinina|kenina|fewasi|pil\w*|tablet\w*|merzi|alcohol|areqi|drugs?|setyu|setya|wuhitu|wuhita|wesidu|wesida|wediqu|wediqa)\b"
_R26_NOT_MORNING_TI = r"^(?!.*(ንትምህርቲ|ንስራሕ|ንግሆ|ሰንበት|ቀዳም|emojilaugh|ሰነፍ|ሃኬት|ኣላርም|ሰዓት\s+ደዊላ))"
_R26_NOT_MORNING_LA = r"^(?!.*\b(ntemhrti|ntmhrti|nsrah|school|werk|ngho|senbet|qedam|emojilaugh|wekker|alarm|lui)\b)"
# many pills swallowed by someone (Latin-script forms of the round-25 rule)
_R26_MANY_PILLS_LA = r"\b(bzuh|bizuh|bzih|bzhi|kulu|mulue|mulu|blwa|\d+)\s+(kinina|kenina|kinini|pil\w*|tablet\w*|fewasi|medicijn\w*)\b"
_R26_SWALLOW_LA = r"\b(wuhitu|wuhita|wihitu|wihita|wuhtu|wesidu|wesida|wesdu|wuhite|wihite|wesde|wesidey|wuhutu)\b"

# "why did I not die (with them)", "I should have died with her"
_R26_WHY_NOT_DIE_TI = (r"(?<!\S)(ስለምንታይ|ንምንታይ)\s+(\S+\s+){0,6}?(ዘይሞትኩ|ዘይሞትኩን|ዘይሞትኩሉ)(?!\S)|"
                       r"(?<!\S)(ክሞት\s+ነይሩኒ|ምሞትኩ\s+(ይሓይሽ|ምሓሸ|ይበልጽ))(?!\S)")
_R26_WHY_NOT_DIE_LA = r"\b(slemntay|slemintay|sleminitay|nmntay)\s+(\w+\s+){0,6}?(zeymotku|zeimotku)\b|\bkmot\s+neyruni\b"

_ROUND26_IDIOMS_TI: tuple[str, ...] = (
    # a task, a noise or crying that "kills us / me" (future, present or past): homework, a teacher's tests, a baby crying
    r"(?<!\S)ብ?(ገዛ\s+ስራሕ|ስራሕ\s+ገዛ|ዕዮ\s+ገዛ|ዕዮ|ስራሕ|ፈተና|ፈተናታት|ሕቶታት|ዘረባ|ዘረባታት|ብኽያት|ብኽያቱ|ብኽያታ|ብኽያቶም|ጫውጫው|"
    r"ድምጺ|ሙዚቃ|ዓው\s+ዓው|ሰሓቕ|ዋዛ|ጸቕጢ|ጽቕጢ|ሰሌዳ|ወረቓቕቲ|ሕቶ)(\s+(ብኽያት|ጫውጫው|ሕቶ|ዘረባ|ስራሕ))?\s+(\S+\s+)?"
    r"(ክቐትለና|ክቐትለኒ|ክቐትሉና|ክቐትሉኒ|ክትቐትለና|ክትቐትለኒ|ይቐትለና|ይቐትለኒ|ይቐትሉና|ትቐትለና|ትቐትለኒ|ቀቲሉና|ቀቲሉኒ|ቀቲላትና|ቀቲላትኒ|ቀቲሎምና|ቀቲሎምኒ)"
    r"(\s+(ኣሎ|ኣላ|ኣለዉ|እዩ|እያ|እዮም))?(?!\S)",
    r"\b(b|bi)?\s*(geza\s+srah|srah\s+geza|eyo|srah|fetena|hatotat|zereba|bkhyat|bkyat|bkhiyat|chawchaw|chewchew|dmtsi|dmxi|muziqa|sehaq)\s+(\w+\s+)?"
    r"(kqetlena|kqetleni|ktqetlena|ktqetleni|yqetlena|yqetleni|tqetlena|qetiluna|qetiluni|qetilatna|qetilomna|kketlena|ketiluna)\b(\s+(alo|ala|eyu|iyu|eya|iya))?",
    # "I died" (dead tired) from cleaning, working, climbing, waiting
    r"(?<!\S)(ክጽርግ|ክጸርግ|ክሓጽብ|ክሰርሕ|ክሸምት|ክድይብ|ክጓዓዝ|ክመላለስ|ክጽሕፍ|ከጽሪ|ከጽሪ\S*|ክዳሎ|ከዳሉ|ክጽበ\S*|ክጎዪ|ክጓየ|ምጽራግ|ምሕጻብ|ምስራሕ|"
    r"ብምጽራግ|ብምስራሕ|ብምጽባይ|ብምድያብ|ብጽሬት)\s+(\S+\s+)?(ሞይተ|ሞይትና|ሞይታ|ሞይቱ|ሞይትኪ|ሞይቶም)(?!\S)",
    r"\b(ktsrg|kxrg|ktserg|ksrh|ksrah|khatsb|kdyb|kgoyi|ktsbe|ktsbey)\s+(\w+\s+)?(moyte|moytna|moyta|moytu)\b",
    # a heart "broken" by longing or love
    r"(?<!\S)(ካብ|ብ)\s*(ናፍቖት|ናፍቆት|ፍቕሪ|ፍቅሪ|ፍቕራ|ፍቕሩ)\S*\s+(\S+\s+){0,2}?(ልበይ|ልበና|ልቢ|ልባ|ልቡ)\s+(\S+\s+)?(ተሰቢሩ|ተሰቢራ|ሰቢሩ|ሰቢራቶ|ተሰይሩ|ተሰይራ|ተቖሪሱ|ተቆሪሱ)(?!\S)",
    r"(?<!\S)(ልበይ|ልበና|ልቢ)\s+(\S+\s+)?(ተሰቢሩ|ተሰቢራ|ተሰይሩ)\s+(\S+\s+)?(ብ|ካብ)\s*(ናፍቖት|ናፍቆት|ፍቕሪ|ፍቅሪ)\S*",
    r"\b(kab|b)\s*(nafqot|nafkot|fqri|fiqri|fkri)\w*\s+(\w+\s+){0,2}?(libey|lbey|lbi|libi)\s+(\w+\s+)?(tesebiru|tesebira|tesebru|teseyru)\b",
    r"\b(libey|lbey|lbi|libi)\s+(\w+\s+)?(tesebiru|tesebira|tesebru|teseyru)\s+(\w+\s+)?(kab|b)\s*(nafqot|nafkot|fqri|fiqri|fkri)\w*",
    # missing home: a fire, smoke or coffee at mother's house back home "I miss it"
    r"(?<!\S)(ኣብ\s+)?(ዓዲ|ዓደይ|ዓድና|ኤርትራ|ኣስመራ|ገጠር|ንእስነተይ|ቁልዕነተይ)\s+(\S+\s+){0,8}?(ነይሩ|ነይራ|ነይሮም|ነይሩና)\s+(\S+\s+)?"
    r"(ናፊቐዮ|ናፊቐያ|ናፊቐዮም|ናፊቐ\S*|ይናፍቐኒ|ትናፍቐኒ|ይናፍቑኒ)(?!\S)",
    r"\b(ab\s+)?(adi|adey|adna|ertra|asmera)\s+(\w+\s+){0,8}?(neyru|neyra|neyrom)\s+(\w+\s+)?(nafiqeyo|nafiqeya|nafqeyo|nafqeya|ynafqeni)\b",
    # a film, series or book in which people die
    r"(?<!\S)(ፊልም|ተኸታታሊ|ድራማ|ዛንታ|መጽሓፍ|ልብ\s+ወለድ|ሲሪየስ|ኖቨል)\S*\s+(\S+\s+){0,6}?(ሞይቶም|ሞቶም|ሞይቱ|ሞይታ|ተቐቲሎም|ተቐቲሉ|ተቐቲላ|ይመውቱ|ይመውት|ትመውት)(?!\S)",
    r"\b(film|filmi|serie|series|drama|mesihaf|metshaf|mexhaf|boek|zanta|novel)\b(\s+\w+){0,6}?\s+(motom|moytom|moytu|moyta|teqetilom|teqetilu|teqetila|ymewtu|ymewt)\b",
)
_ROUND26_CRISIS_TI: tuple[str, ...] = (
    # "I will not be there (by then)" with the appointment waved away: anyway, until then, no need to change it
    _both(_R26_NOT_THERE_TI, r"(ብዝኾነ|ብዝኮነ|ክሳብ\s+ሽዑ|ክሳብ\s+ሽዑ\s+ግዜ|ክሳብ\s+እቲ\s+ግዜ|ክሳብ\s+እዚ\s+ግዜ|ኣድላዪ\s+ኣይኮነን|ኣየድልን|ኣየድልየንን|ኣይከድልየንን|ኣይትቀይሩ\S*|ኣይትቕይሩ\S*|"
          r"ኣይትቐይሩ\S*|ኣይትጨነቑ|ኣይትሸገሩ|ኣይትጽዓሩ|ምቕያር\s+ኣየድልን|ዕለት\s+ኣይትሃቡኒ)", _R26_REASON_TI),
    _both(_R26_NOT_THERE_LA, r"\b(bzkone|bzkhone|bizkone|bzkhne|bzkne|kisab\s+shiu|ksab\s+shiu|kisab\s+shu|ksab\s+shu|kisab\s+shiw|kisab\s+ezi\s+gize|ksab\s+ezi\s+gize|adlay\w*\s+aykon\w*|"
          r"ayedln|ayedlyenn|aytqeyru\w*|aytkeyru\w*|aytchenequ|aytchneku|aytcheneku)\b", _R26_REASON_LA),
    # "if a parent dies, where do the children go? I plan to do it tonight"
    _both(_R26_IF_DIES_TI, _R26_OWN_PLAN_TI),
    _both(_R26_IF_DIES_LA, _R26_OWN_PLAN_LA),
    # the means in my hand and the plan made ("don't worry, I have finished my plan, the medicine is in my hand")
    _both(_R26_MEANS_TI + r"\s+(\S+\s+)?" + _R26_AT_HAND_TI, _R26_PLAN_DONE_TI, _R26_NOT_MEDICAL_TI),
    _both(_R26_AT_HAND_TI.replace("(?!\\S)", "") + r"\s+(\S+\s+)?" + _R26_MEANS_TI, _R26_PLAN_DONE_TI, _R26_NOT_MEDICAL_TI),
    _both(_R26_MEANS_LA + r"\s+(\w+\s+)?" + _R26_AT_HAND_LA, _R26_PLAN_DONE_LA, _R26_NOT_MEDICAL_LA),
    # eyes rolling back with a fever, shaking or no answer, or in a child
    _both(_R26_EYES_TI, r"(" + _R26_SEIZURE_SIGN_TI + "|" + _R26_CHILD_TI + r")", _R26_NOT_ANNOYED_TI),
    _both(_R26_EYES_LA, r"(" + _R26_SEIZURE_SIGN_LA + "|" + _R26_CHILD_LA + r")", r"^(?!.*\b(emojilaugh|film)\b)"),
    # a child with a very high fever that shakes, cannot be woken or does not answer
    _both(_R26_CHILD_TI, r"(ረስኒ|ሙቐት)\s+(\S+\s+)?(4[0-2])", r"(ይንቀጥቀጥ|ይንቀጠቐጥ|ትንቀጥቀጥ|ኣይበራበርን|ኣይትበራበርን|ኣይምልስን|ኣይትምልስን|ልሙስ|ዓፍራ|ኣይተንፍስን)"),
    # asleep and cannot be woken after pills, a drink or a fall
    _both(_R26_NO_WAKING_TI, _R26_SWALLOWED_TI),
    _both(_R26_NO_WAKING_LA, _R26_SWALLOWED_LA),
    # a family member who hit me and "wounded me" (the classifier alone caught a three-word form only just)
    _both(_FAMILY_TI, r"(?<!\S)(ኣቑሲሉኒ|ኣቑሲላትኒ|ኣቑሲሎምኒ|ኣቚሲሉኒ|ኣቚሲላትኒ|ኣቑሲሉና|ኣቑሲሎምና)(?!\S)",
          r"^(?!.*(ብዘረባ|ልበይ|ስምዒተይ|ብጌጋ|ብዘይፍላጥ|ጸወታ|ኩዕሶ|ኳዕሶ|ስፖርት|ልምምድ))"),
    _both(r"\b(sebayey|sebaye|sebeytey|abey|adey|hawey|haftey|akoy|hamuy)\b", r"\b(aqusiluni|akusiluni|aqusilatni|akusilatni|aqusilomni|aqusiluna)\b",
          r"^(?!.*\b(bzereba|libey|bgega|game|kuaeso|sport)\b)"),
    # "why did I not die with her (in the sea)", and now "I will go to her" (survivor's guilt; a batch-25 line the
    # classifier alone caught only just)
    _both(_R26_WHY_NOT_DIE_TI, r"(?<!\S)ናብ(ኣ|ኡ|ኦም|ኣተን|ኣቶም)\s+(\S+\s+)?(ክኸይድ|ክከይድ|ክስዕብ|ክጽንበር|ክሓብር|ክኸይድ\s+እየ)(?!\S)"),
    _both(_R26_WHY_NOT_DIE_LA, r"\bnab(a|u|om)\s+(\w+\s+)?(kkeyd|kkheyd|kikeyd|ksieb|kxnber|ktsnber)\b"),
    # many pills swallowed (Latin script; the Ge'ez forms are a round-25 rule)
    _both(_R26_MANY_PILLS_LA, _R26_SWALLOW_LA, r"^(?!.*\b(hakim|dokter|apotheek|bmealti|kndey|ente|gezie|gezia)\b)"),
)
_ROUND26_UNCERTAIN_TI: tuple[str, ...] = (
    # the means at hand and "don't worry"
    _both(_R26_MEANS_TI + r"\s+(\S+\s+)?" + _R26_AT_HAND_TI, r"(ኣይትጨነቑ|ኣይትጨነቕ|ኣይትጨነቒ|ኣይትሻቐሉ)", _R26_NOT_MEDICAL_TI),
    _both(_R26_MEANS_LA + r"\s+(\w+\s+)?" + _R26_AT_HAND_LA, r"\b(aytchenequ|aytcheneku|aytchneku|aytshaqelu)\b", _R26_NOT_MEDICAL_LA),
    # a small child with a fever of 41 or 42 degrees
    _both(_R26_CHILD_TI, r"(ረስኒ|ሙቐት)\s+(\S+\s+)?(4[12])(?!\d)"),
    _both(_R26_CHILD_LA, r"\b(reseni|resni|muqet|koorts)\s+(\w+\s+)?(4[12])\b"),
    # "why did I not die with them", "I should have died too"
    _R26_WHY_NOT_DIE_TI, _R26_WHY_NOT_DIE_LA,
    # someone asleep who cannot be woken (not a teenager before school)
    _both(_R26_NO_WAKING_TI, _R26_NOT_MORNING_TI),
    _both(_R26_NO_WAKING_LA, _R26_NOT_MORNING_LA),
)
# (round 26, Tigrinya: end)
_ROUND26_IDIOMS = _ROUND26_IDIOMS_NL_AR + _ROUND26_IDIOMS_TI
_ROUND26_CRISIS = _ROUND26_CRISIS_NL_AR + _ROUND26_CRISIS_TI
_ROUND26_UNCERTAIN = _ROUND26_UNCERTAIN_NL_AR + _ROUND26_UNCERTAIN_TI


# Round 27: kinds from batch 27 (sealed in round 26) and own probes.
# (round 27, Dutch and Arabic: start)
# Kinds from batch 27 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_R27_MEANS_NL = r"\b(het\s+mes|de\s+messen|het\s+touw|de\s+strop|de\s+pillen|de\s+tabletten|de\s+medicijnen|het\s+gif|de\s+slaappillen|het\s+pistool)\s+(ligt|liggen|hangt|hangen|staat|staan)\s+(al\s+|nu\s+)?(klaar|gereed)\b"
_R27_NOT_TOMORROW_NL = (r"\b(weet\s+(ik\s+)?niet\s+of\s+ik\s+er\s+(\S+\s+){0,2}?(morgen|dan|volgende\s+week|straks|vanavond|over\s+een\s+week)\s+nog\s+(ben|zal\s+zijn)|"
                        r"of\s+ik\s+er\s+(morgen|dan|volgende\s+week|straks)\s+nog\s+ben)\b")
_R27_ORDINARY_NL = r"(?!.*\b(verhuis\w*|vakantie|verlof|stage|op\s+reis|ziek|griep|koorts|operatie|afspraak\s+bij\s+de\s+(dokter|tandarts)|oppas|werk\s+tot|dienst)\b)"
_R27_SHOT_NOT = r"^(?!.*\b(foto\w*|kiekje\w*|doelpunt\w*|goal\w*|penalty\w*|bal|game|spel|film|serie|binnen|lach|stress|paniek|wortel\w*|raak|vuurwerk|schiettent|kermis|paintball|lasergame|jacht|jager\w*)\b).*?"
_R27_AR_THING = (r"(ال\s*)?(digid|ديجيدي|الديجيدي|app|تطبيق|التطبيق|موقع|الموقع|الكمبيوتر|اللابتوب|النت|الانترنت|الواي\s*فاي|الطابعه|الفورم|الاستماره|الفاتوره|duo|map|"
                 r"الامتحان|امتحان\S*|الوظيفه|الواجب|اللغه|الهولنديه|القواعد|الباص|القطار|الشغل|الدوام|الطقس|البرد|الحر)")
_R27_AZ_THING = (r"(el\s+|l|hal\s*|ha\s*|hay\s*|hayda\s+|hayde\s+)?(digid|app|website|site|computer|laptop|internet|net|wifi|printer|form|formulier|duo|map|ind|"
                 r"imti7an|em?ti7an|examen|wazife|wa?jeb|lo3a|logha|hollande|holandi|qawa3ed|2awa3ed|grammar|bus|baas|tram|train|2i6ar|shoghol|shogl|dawam|ta2s|bard)")
# the transliteration of Arabizi spells "3ashan msafer" as "عشن مسفر"
_R27_ORDINARY_REASON_AR = r"(?!.*(عشن|مسفر|مسفره|سفر|اجازه|عطله|شغل|موعد|دكتور|عرس))"
_ROUND27_IDIOMS_NL_AR: tuple[str, ...] = (
    # a photo, goal or penalty "shot"; something that "shot" into my mind or a laugh
    r"\b(doelpunt\w*|goal\w*|penalty\w*|penalties|foto\w*|kiekje\w*|plaatje\w*|vrije\s+trap)\s+(\S+\s+){0,3}?(geschoten|schiet|schieten|schoot|schoten)\b|\b(schiet|schieten|schoot|schoten|geschoten)\s+(\S+\s+){0,2}?(een\s+|twee\s+|drie\s+|mooie\s+)?(doelpunt\w*|goal\w*|penalty\w*|foto\w*|kiekje\w*|plaatje\w*)\b|\b(te\s+binnen\s+geschoten|schoot\s+(\S+\s+)?te\s+binnen|schiet\s+(\S+\s+)?te\s+binnen|schoot\s+(\S+\s+)?in\s+de\s+(lach|stress|paniek))\b",
    # a body part that "kills" me after work or sport
    r"\b(mijn\s+)?(rug|onderrug|knie\w*|voeten|voet|benen|been|schouder\w*|nek|kuiten|armen|hoofd|kies|tanden|heup\w*|spieren)\s+(\S+\s+)?(vermoord\w*|slopen|sloopt|maakt\s+me\s+af|maken\s+me\s+af)\s+(me|mij)\b",
    r"(?<!\S)(ضهري|ظهري|رجلي|رجليي|ركبي|ركبتي|اجري|راسي|ايدي|كتفي|رقبتي)\s+(\S+\s+)?(رح|ح|عم)\s+(ي|ت)(قتلني|موتني)(?!\S)",
    # sleeping "like a dead man"
    r"\b(slaap|slapen|sliep|sliepen|geslapen|slaapt)\s+(\S+\s+){0,2}?als\s+(een\s+)?(dode|dooie|dood|blok|os|roos|marmot|baby)\b",
    r"(?<!\S)(نمت|نايم|رح\s+نام|بنام|نام)\s+(\S+\s+)?(متل|مثل|زي)\s+(الميت|الميتين|القتيل)(?!\S)",
    # a character in a story, play or film dies at the end
    r"\b(romeo|julia|hoofdpersoon|personage\w*|held|heldin|hond|de\s+moeder|de\s+vader|iedereen|allebei|ze\s+allebei)\s+(\S+\s+){0,2}?(gaan|gaat|ging|gingen|sterft|sterven|stierf|stierven)\s+(\S+\s+){0,2}?(dood\s+)?(op|aan)\s+het\s+(einde|eind)\b(?!\s+van\s+(de|deze|die)\s+(maand|week|dag|jaar))",
    r"\bin\s+(het\s+boek|de\s+film|het\s+verhaal|de\s+serie|het\s+toneelstuk|de\s+roman|de\s+aflevering)\s+(\S+\s+){0,3}?(gaat|gaan|ging|gingen|sterft|sterven|stierf)\s+(\S+\s+){0,3}?(dood|sterft|sterven)?\b",
    # violence in the past, now separated and safe
    r"\b(mijn\s+)?(ex|ex\s*man|ex\s*vrouw|vorige\s+man|eerste\s+man|ex\s*partner|vader|stiefvader)\s+(sloeg|schopte|mishandelde|bedreigde|slaan)\s+(mij|me)\s+(\S+\s+){0,2}?(vroeger|jaren\s+geleden|toen|destijds)\s+(\S+\s+)?(maar|nu)\s+(\S+\s+){0,8}?"
    r"(gescheiden|veilig|fijn\w*\s+leven|goed\s+leven|gelukkig|rust|goed\s+met\s+me|weg\s+bij\s+hem|geen\s+contact)\b",
    r"\b(vroeger|jaren\s+geleden|destijds)\s+(sloeg|schopte|mishandelde|bedreigde)\s+(mijn\s+)?(ex|ex\s*man|vorige\s+man|vader|stiefvader)\s+(mij|me)\s+(\S+\s+)?(maar|nu)\s+(\S+\s+){0,8}?(gescheiden|veilig|fijn\w*\s+leven|goed\s+leven|gelukkig|rust|geen\s+contact)\b",
    r"(?<!\S)(طليقي|زوجي\s+القديم|جوزي\s+القديم|زوجي\s+السابق|ابوي)\s+(كان\s+)?(يضربني|بيضربني|يهددني|ضربني)\s+(\S+\s+){0,2}?(زمان|من\s+زمان|قبل\s+سنين|بالماضي)\s+(بس|لكن)\s+(\S+\s+){0,8}?(مطلقه|تطلقت|مرتاحه|مبسوطه|بامان|منيحه|الحمد\s*لله)(?!\S)",
    # a question about what the suicide-prevention line or the emergency number is or does
    r"\b(wat\s+voor\s+(een\s+)?(organisatie|instantie|stichting|club|nummer)|wat|wie)\s+(is|zijn|doet|doen)\s+(de\s+|het\s+)?(stichting\s+)?113(\s+zelfmoord\s*preventie|\s+zelfdoding\s*preventie)?(\s+(precies|eigenlijk|nou|dan|voor\s+iets))?\b",
    r"\b(spreekt|spreken|praat|praten)\s+(\S+\s+)?(112|113|de\s+alarmcentrale|de\s+meldkamer)\s+(\S+\s+)?(ook\s+)?(arabisch|engels|tigrinya)\b",
    r"\b(112|113)\s+(fiyon|fihon|fyon|byi7ko|bye7ko|bi7ko|y7ko|yi7ko|ye7ko|byet7ako|yet7ako|bytkalamo|yetkalamo)\s+(\S+\s+)?(3arabi|arabi|3arabe|enklizi|inglizi)\b",
    r"(?<!\S)(112|113)\s+(في\s+ن?يحكو|فيهن\s+يحكو|بيحكو|بيتكلمو|يتكلمو|يحكو)\s+(\S+\s+)?(عربي|انكليزي|بالعربي)(?!\S)",
    # "tired to death", hungry, sleepy "death"
    r"(?<!\S)(تعبان|تعبانه|تعبانين|نعسان|نعسانه|جوعان|جوعانه|بردان|بردانه|عطشان|عطشانه|زهقان|زهقانه|هلكان|هلكانه|مهدود|مهدوده|مقتول)\s+(موت|للموت|لدرجه\s+الموت)(?!\S)",
    r"\b(ta3ban|ta3bane|ta3bene|ta3bani|ne3san|na3san|jo3an|ju3an|bardan|3a6shan|3atshan|zah2an|halkan)\s+(mot|mout|maut|mawt|lal\s*mot|lal\s*mout)\b",
    # eyes or head that "will pop out / explode" from studying or work
    r"(?<!\S)(عيوني|عيني|راسي|مخي|دماغي|ضهري|ظهري)\s+(رح|ح|قرب|قربت|بدها|بدو)?\s*(ت|ي)?(طلع|نفجر|فجر|يتكسر|تتكسر|وقف)\s+من\s+(كتر|كثر|كتره|كثره|كترت)(\s+ما)?(?!\S)",
    r"\b(3youni|3yuni|3iyouni|3ayni|rasi|mokhi|dmaghi)\s+(ra7|7)?\s*(t6la3|tetla3|ytla3|yenfejer|tenfejer|yenfjer)\s+(men|mn|min)\s+(ktr|kter|kotr|kothr)\b",
    # "I'll die if I don't eat kunafa / drink coffee now": a craving
    r"(?<!\S)(رح|ح|راح|ب)\s*(اموت|موت)\s+(اذا|ازا|لو|ان)\s+(ما|لم)\s+(اكلت|كلت|اكل|شربت|اشرب|ذقت|دقت|شميت|نمت|انام)\s+(\S+\s+){0,2}?"
    r"(كنافه|شوكولا\S*|بيتزا|حلو|حلويات|شي\s+حلو|قهوه|القهوه|شاي|فلافل|شاورما|مجدره|منسف|كبه|ايس\s*كريم|بوظه|برغر|همبرغر|معمول|بقلاوه|كيك\S*|اكل\s+امي|اكله)(\s+(هلا|هلق|هلاء|هلء|الحين|هسه|اليوم|بسرعه|دغري))?(?!\S)",
    r"\b(ra7|7|b)\s*(mot|mout|amout|amot)\s+(iza|eza|law|lau)\s+(ma)\s+(akalt|kalt|shrebt|sherebt|sharabt|do2t|nemt)\s+(\S+\s+){0,2}?"
    r"(kenafe|knafe|kunafa|kenafeh|chocola|chocolate|shokola|pizza|7elo|7lo|2ahwe|ahwe|qahwa|shay|shai|falafel|shawarma|burger|ice\s*cream|bo6a|baklawa|cake)\b(\s+(hala2|halla2|hala|hl2|lyom|bsor3a))?",
    # tired, legs that no longer carry me (Darija and Levantine)
    r"(?<!\S)(رجليا|رجلي|رجليي|رجلاي|اجري|اجريا)\s+(ما\s+)?(بقاوش|بقاو|عادو|عاد|بقو|بقيو|بقوا)?\s*(ما\s+)?(كيهزوني|كيشدوني|شايليني|حاملني|تحملني|يحملوني|بيحملوني|عم\s+يحملوني|قادرين\s+يحملوني|قادره\s+تحملني)(?!\S)",
    r"(?<!\S)(عييت|عيات|عيان|عيانه|تعبت|تعبانه|تعبان)\s+(بزاف|برشا|ياسر|كتير|كثير|بالزاف)\s+(اليوم|ف\s*الخدمه|فالخدمه|من\s+الخدمه|من\s+الشغل|بالشغل|هاد\s+النهار|هاليوم)(?!\S)",
    # a film, series or book about someone who killed himself
    r"(?<!\S)(شفت|كنت\s+عم\s+شوف|عم\s+شوف|حضرت|كنت\s+عم\s+احضر|عم\s+احضر|قريت|قرات|عم\s+اقرا|كنت\s+عم\s+اقرا|تفرجت\s+على)\s+(\S+\s+)?(فيلم|فلم|مسلسل|روايه|قصه|كتاب|حلقه)\s+عن\s+(واحد|وحده|شب|بنت|رجال|رجل|زلمه|مره|امراه|شخص|ام|اب|ولد|بطل)\s+(\S+\s+){0,3}?(انتحر|انتحرت|قتل\s+حالو|قتل\s+حاله|قتلت\s+حالها|قتل\s+نفسه|قتلت\s+نفسها)(\s+(بالاخر|بالنهايه|بالاخير|اخر\s+شي))?(?!\S)",
    r"\b(shefet|shft|sheft|shoft|3am\s+shouf|3am\s+shuf|kont\s+3am\s+shouf|2ret|2aret)\s+(\S+\s+)?(film|flm|mosalsal|riwaye|2esa|ktab)\s+(3an|3n)\s+(wa7ad|wa7de|shab|bent|rajol|zalame|mara|shakhs)\s+(\S+\s+){0,3}?(enta7ar|inta7ar|ente7ar|inte7ar|enta7aret|2atal\s+7alo|2atalet\s+7ala)\b",
    r"\b(film|serie|boek|roman|verhaal|documentaire)\s+over\s+(een\s+)?(man|vrouw|jongen|meisje|moeder|vader|soldaat|schrijver|kunstenaar|persoon)\s+die\s+(\S+\s+){0,3}?(zelfmoord\s+pleegt|zelfmoord\s+pleegde|zich\s+van\s+kant\s+maakt|zichzelf\s+doodt|zich\s+ophangt)\b",
    # cutting onions and the eyes water
    r"(?<!\S)(قطعت|قشرت|فرمت|عم\s+قطع|عم\s+فرم|عم\s+قشر|بقطع|بفرم)\s+(ال)?(بصل|بصلات|بصله)(\s+(\S+\s+)?(و\s*)?(عيوني|عيني)\s+(عم\s+)?(تدمع|دمعت|بتدمع|عم\s+يدمعو|دمعو))?(?!\S)",
    r"\b(ui|uien|ajuin)\s+(\S+\s+){0,2}?(gesneden|snijden|snijd|sneed|pellen|gepeld)\b(\s+(\S+\s+){0,4}?(tranen|huil\w*|ogen\s+\w+))?",
    # fasting: a rumbling stomach, how long until iftar
    r"(?<!\S)(بطني|معدتي)\s+(عم\s+)?(ت|ي|بت|بي)?(صيح|زقزق|قرقر|عيط|صوصو|تصفر|صفر)(?!\S)",
    r"(?<!\S)(كم|قديش|قدي|اديش)\s+(باقي|ضايل|بقي|بقى|ظل)\s+(لل|ل|على|عال|علي)\s*(المغرب|مغرب|الفطور|الافطار|فطور|الاذان|اذان|السحور)(?!\S)",
    r"\b(ba6ni|batni|me3dti)\s+(3am\s+)?(ts?a7|tsee7|tzaqze2|tza2ze2|t2ar2er)\b|\b(kam|2adesh|adesh|2addesh)\s+(ba2i|ba2a|dayel)\s+(lal|l|3al)\s*(maghreb|maghrib|f6ur|ftour|iftar|adan|azan)\b",
    # a disaster long ago, nobody hurt
    r"(?<!\S)(من\s+زمان|زمان|لما\s+كنت\s+(صغير|صغيره|زغير|زغيره)|من\s+\S+\s+سنين|قبل\s+\S+\s+سنين|من\s+سنين)\s+(\S+\s+){0,8}?(الحمد\s*لله|الحمدلله|الله\s+ستر\S*|بس)\s+(ما\s+)?(تاذينا|تاذيت|تاذي\s+حدا|حدا\s+تاذي|حدا\s+انصاب|نجينا|سلمنا|كلنا\s+بخير|صار\s+لحدا\s+شي|صرلنا\s+شي)(?!\S)",
    r"\b(toen\s+ik\s+(klein|jong|een\s+kind)\s+was|jaren\s+geleden|lang\s+geleden|vroeger)\s+(\S+\s+){0,8}?(gelukkig|godzijdank|god\s+zij\s+dank)\s+(\S+\s+){0,2}?(niemand|was\s+niemand|is\s+niemand|zijn\s+we|waren\s+we|werd\s+niemand)\s+(\S+\s+)?(gewond|ongedeerd|heelhuids|gedood|overleden|ongeschonden)\b",
    # a thing (an app, a form, an exam, the weather) that "will kill me"
    r"(?<!\S)" + _R27_AR_THING + r"\s+(\S+\s+)?(رح|ح|عم|بدو|بدها)\s+(ي|ت)(قتلني|موتني|جنني)(?!\S)",
    r"\b" + _R27_AZ_THING + r"\s+(\S+\s+)?(ra7|7|3am|bado|bada)\s+(y2telni|yi2telni|yo2telni|ye2telni|y2tolni|yo2tolni|te2telni|t2telni|to2tolni|tmawetni|ymawetni|yjanneni|tjanneni|yqtelni|yektelni|y2atelni)\b",
    # sacrificing a sheep for Eid
    r"\b(dabe7na|daba7na|dba7na|dab7na|dba7t|dabba7t|daba7t|dab7t|d?be7na|ndba7|ndab7|bndba7)\s+(\S+\s+)?(kharof|kharouf|5arof|5arouf|5rouf|khrouf|3ejl|3ijl|ba2ara|ba2ra|djeje|jeje|jaj|ghanam|adhiye|ad7iye|do7iye|d7iye|2ad7iye)\b",
    r"(?<!\S)(ذبحنا|ذبحت|ذبح|دبحنا|دبحت|بندبح|رح\s+ندبح|ح\s+ندبح)\s+(\S+\s+)?(ال)?(خاروف|خروف|عجل|بقره|دجاجه|جاج|دجاج|غنم|اضحيه|ضحيه|الضحيه|الاضحيه)(?!\S)",
    # a child playing a shooter game and shouting "kill him"
    r"\b(yel3ab|yil3ab|yl3ab|byel3ab|bil3ab|bel3ab|tel3ab|btel3ab|nel3ab|bnel3ab)\s+(\S+\s+){0,3}?(call\s+of\s+duty|cod|fortnite|pubg|bubg|gta|minecraft|fifa|free\s*fire|valorant|counter\s*strike|playstation|ps5|ps4|xbox|game|lo3be|la3be)\b"
    r"(\s+(\S+\s+){0,3}?(2tlo|2otlo|o2tlo|qtlo|2tilo|2tolo|2otolo)(\s+(2tlo|2otlo|o2tlo|qtlo|2tilo|2tolo|2otolo))*)?",
    r"(?<!\S)(عم\s+)?(يلعب|بيلعب|تلعب|بتلعب|نلعب|منلعب)\s+(\S+\s+){0,3}?(call\s+of\s+duty|fortnite|pubg|gta|فورتنايت|ببجي|بابجي|كول\s+اوف\s+ديوتي|لعبه|اللعبه|بلايستيشن|العاب)(\s+(\S+\s+){0,3}?(اقتلو|اقتله|قتلو|قتلوه)(\s+(اقتلو|اقتله|قتلو|قتلوه))*)?(?!\S)",
)
_ROUND27_CRISIS_NL_AR: tuple[str, ...] = (
    # someone lies on the floor and does not talk, respond or move (a child reporting it too)
    r"\b(mijn\s+|onze\s+|de\s+|haar\s+|zijn\s+)?(moeder|mama|vader|papa|oma|opa|broer|zus|man|vrouw|zoon|dochter|baby|kind|buurman|buurvrouw|hij|zij|ze)\s+(ligt|lag)\s+(\S+\s+){0,2}?(op\s+de\s+(grond|vloer)|in\s+de\s+(badkamer|douche|keuken|gang)|op\s+het\s+(bed|toilet))\s+(\S+\s+)?(en\s+)?(\S+\s+)?(praat|reageert|beweegt|ademt|antwoordt)\s+(\S+\s+)?niet\b(?!.*\b(moe|slaapt|boos|chagrijnig|telefoon|mobiel|tablet|game|gamen|yoga|oefening\w*|sport\w*|speelt|spelen)\b)",
    r"(?<!\S)(امي|ماما|ابوي|بابا|بيي|جدتي|ستي|جدي|اخوي|اختي|جوزي|مرتي|ابني|بنتي|البيبي|هو|هي)\s+(واقع|واقعه|نايم|نايمه|ممدود|ممدوده|مرمي|مرميه)\s+(عالارض|على\s+الارض|بالحمام|عالارض\s+بالمطبخ)\s+(و\s*)?(ما|مش)\s+(عم\s+)?(ي|ت|بي|بت)?(حكي|رد|ترد|يرد|تحرك|يتحرك|يتنفس|تتنفس|جاوب)(?!\S)",
    r"\b(emi|mama|abouy|baba|bayye|teta|sitti|jeddo|akhoy|ekhti|jozi|marti|ebni|binti)\s+(wa2e3|wa2e3a|wa2a3|nayem|nayme|mamdoude?)\s+(3al\s*2ard|3al\s*ard|bel\s*7amam)\s+(w\s*)?(ma|mesh|mish)\s+(3am\s+)?(t?7ki|y?7ki|trod|yrod|tet7arak|yet7arak|tetnafas|yetnafas)\b",
    # not there tomorrow (doubt) and the means ready
    _both(_R27_MEANS_NL, r"\b(morgen|vanavond|vannacht|er\s+(\S+\s+)?niet\s+meer|nog\s+ben|afscheid|het\s+is\s+tijd|niet\s+meer\s+leven|klaar\s+mee)\b"),
    # someone has shot / is shooting at or near our house
    _R27_SHOT_NOT + r"\b(iemand|ze|hij|een\s+man|mensen|er)\s+(heeft|hebben|is|wordt|werd|zijn)\s+(net\s+|zojuist\s+|nu\s+|vannacht\s+|gisteren\s+)?(\S+\s+){0,4}?geschoten\b",
    _R27_SHOT_NOT + r"\b(iemand|ze|hij|een\s+man|die\s+man|mensen)\s+(schiet|schieten|schoot|schoten)\s+(\S+\s+)?(op|in|naar|door)\s+(ons|onze|mijn|de\s+straat|straat|het\s+raam|de\s+deur|de\s+ramen|mensen|ons\s+huis)\b",
    _R27_SHOT_NOT + r"\b(schoten\s+gehoord|er\s+wordt\s+geschoten|schietpartij|(hoor|horen|hoorde|hoorden)\s+(\S+\s+)?schoten)\b",
    r"(?<!\S)(في\s+)?(اطلاق\s+نار|ضرب\s+نار|طخ|قواص|رصاص)\s+(\S+\s+)?(قدام|جنب|عند|علي|على|بقلب|ب)\s*(بيتنا|البيت|الباب|الشارع|الحاره|شارعنا|بنايتنا|البنايه)(?!\S)",
    r"(?<!\S)(حدا|واحد|في\s+حدا|شي\s+حدا|زلمه)\s+(\S+\s+)?(طخ|قوص|ضرب\s+نار|عم\s+يطخ|عم\s+يقوص|بيطخ|اطلق\s+نار|فتح\s+نار)\s+(\S+\s+)?(قدام|جنب|عند|علي|على|ب)\s*(بيتنا|البيت|الباب|الشارع|شارعنا|الشباك|بنايتنا)(?!\S)",
    r"\b(7ada|wa7ad|fi\s+7ada|zalame)\s+(\S+\s+)?(ta5+|takh|takhakh|2awas|qawas|darab\s+nar|3am\s+yta5+|3am\s+y2awes|byta5+|bi2awes)\s+(\S+\s+)?(2edam|odam|janb|3and|3a|3al)\s*(betna|bitna|el\s+bet|l?bet|el\s+beit|el\s+bab|share3na|el\s+share3)\b",
    # a husband or relative burns her / me (an iron, cigarettes, hot water)
    r"(?<!\S)(جوزها|زوجها|ابوها|اخوها|حماتها|جوزي|زوجي|ابوي|اخوي|حماتي|امي|امها|مرت\s+ابوها|ابوه|امه|مرته|جوزك|زوجك)\s+(\S+\s+)?(كان\s+)?(بيحرقها|عم\s+يحرقها|يحرقها|حرقها|بيحرقني|عم\s+يحرقني|يحرقني|حرقني|بتحرقها|حرقتها|بتحرقني|حرقتني|بيكويها|كواها|بيكويني|كواني|بيكويه|بيحرقه|حرقه)(?!\S)",
    r"\b(jozha|jawzha|zawjha|abouha|abuha|akhouha|khaya|jozi|jawzi|zawji|abouy|abi|akhoy)\s+(\S+\s+)?(bye7ra2ha|b?ye7re2ha|7ara2ha|3am\s+ye7ra2ha|bye7ra2ni|7ara2ni|3am\s+ye7ra2ni|byekwiha|kawaha|byekwini|kawani)\b",
    r"\b(haar|mijn|zijn)\s+(man|vader|broer|schoonmoeder|partner|vriend|moeder)\s+(\S+\s+){0,2}?(verbrandt|verbrandde|brandt|brandde)\s+(haar|mij|me|hem)\b|\b(drukt|drukte)\s+(\S+\s+){0,2}?sigaret\w*\s+(\S+\s+){0,2}?(op\s+)?(haar|mijn|zijn)\s+(\S+\s+)?uit\b",
    # farewell: "forgive me, I'll be with God in a little while"
    r"\b(ana\s+)?(ra7\s+|7\s+)?(kon\s+|akon\s+|ekon\s+|sir\s+)?(ma3|3and|3end|3nd|3ind)\s+(alah|rabi|rabna|rab)\s+(ba3d|b3d|ba3ed|3an|khilal)\s+(shway|shwai|shwaye|2alil|chwiya|swaya|sa3a|se3a|daqi2a|d2i2a|el\s*lele|lyle|bokra)\b",
    r"(?<!\S)(انا\s+)?(رح\s+|ح\s+)?(كون\s+|اكون\s+|صير\s+)?(مع|عند)\s+(الله|ربي|ربنا)\s+(بعد|كمان|خلال)\s+(شوي|شويه|شويا|قليل|ساعه|دقايق|الليله|بكرا)(?!\S)",
    _both(r"\b(sam7oni|sami7oni|sam7ouni|sami7ouni|samhoni|samhouni|sam7ony|sam7uni|sami7uni|sam7ini)\b",
          r"\b(ma3\s+alah|3and\s+rabi|wada3an|bwade3kon|bwad3kon|ma3\s+el\s+salame|akher\s+mara|a5er\s+mara|ma\s+ra7\s+tshofoni|ba3d\s+shway)\b"),
    # a will written and nothing matters (Arabizi, also Egyptian)
    _both(r"\b(katabt|katabet|ktabt|kataba|jahazt|kamalt|khalast|5alast)\s+(\S+\s+)?(wasiyeti|wasiyti|wasiti|waseyti|wasieti|wasyeti|wsiyti|el\s+wasiye)\b",
          r"\b(mesh\s+fare2|msh\s+fare2|mish\s+fare2|ma\s+3ad\s+yhem|ma\s+ba2a\s+yhem|ma\s+3ad\s+fi\s+shi|khalas|5alas|mesh\s+hate2dar|mish\s+2ader|ta3abt|ta3ebt|sami7oni|sam7oni|wada3an|ma3\s+alah)\b"),
    # (lead, end of round 27: three development lines the new NLU negatives left to the classifier's edge)
    # thinking of suicide, also misspelt ("zelfmoort": the view reads both as "zelfmor[dt]")
    r"\b(ik\s+)?(denk|dacht|denken)\s+(\S+\s+){0,3}?(aan|over)\s+zelfmor[dt]\w*\b",
    # wrists cut open
    r"\b(mijn\s+|me\s+|de\s+)?polsen\s+(\S+\s+)?(open|opengesneden|doorgesneden|gesneden|kapot)\b",
)
_ROUND27_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # hitting oneself every day, feeling nothing (self-harm)
    r"\bik\s+(sla|snij|krab|bijt|brand)\s+(mij\s*zelf|me\s*zelf|mezelf|mijzelf)\b",
    # "I don't know whether I'll still be there tomorrow" after an ordinary question; the means ready
    _R27_NOT_TOMORROW_NL + _R27_ORDINARY_NL,
    _R27_MEANS_NL + r"(?!.*\b(snijd\w*|koken|kook\w*|groente\w*|vlees|brood|taart|slagerij|apotheek|voorgeschreven|dokter|huisarts|recept|ontbijt|avondeten)\b)",
    # "tomorrow I won't be there (alive)" with the time first, "it no longer matters"
    r"(?<!\S)" + _R26_TIME_AR + r"\s+(انا\s+)?(ما|مش)\s+(رح|ح)\s+(كون|اكون|ضل|اضل|ابقي|ابقى)\s+(موجود|موجوده|عايش|عايشه|هون|معكن|معكم)(?!\S)" + _R26_ORDINARY_REASON_AR + _R27_ORDINARY_REASON_AR,
    r"\b(bokra|bukra|bo2ra|el\s*jem3a|ba3d\s+bokra|wa2ta)\s+(ana\s+)?(ma|mish|msh)\s+(ra7|7|r7)\s+(kon|akon|ekon|dal|edal|eb2a)\s+(mawjoud|mawjood|mawjude|3ayesh|3aysh|3aysha|hon)\b(?!.*\b(msafer|msafra|shoghol|shogl|doktor|maw3ed|safar)\b)",
    # evicted, on the street with a baby or children, freezing or nowhere to go tonight
    _both(r"\b(zit|sta|ben|slaap|lig|zitten|staan|zijn|slapen|liggen)\s+(nu\s+|vannacht\s+|vanavond\s+)?(\S+\s+){0,3}?(buiten|op\s+straat|op\s+het\s+station|in\s+het\s+park|in\s+de\s+auto)\b",
          r"\b(kinderen|kind|baby|kleine|zwanger|kids|dochter|zoon|zoontje|dochtertje)\b",
          r"\b(vriest|vriezen|vorst|sneeuwt|regent|koud|ijskoud|nergens\s+heen|geen\s+plek|geen\s+slaapplek|vannacht|sloten\s+vervangen|uit\s+huis\s+gezet|ontruimd)\b",
          r"^(?!.*\b(tent|camping|kamperen|kampvuur|logeer\w*|sterren|feest|festival|barbecue|bbq|speeltuin|spelen)\b)"),
    _both(r"(بيطلعونا|رح\s+يطلعونا|طلعونا|طردونا|رح\s+يطردونا|بيطردونا|بدهم\s+يطلعونا|غيرو\s+القفل|غيروا\s+القفل|غير\s+القفل|قفلو\s+البيت|ما\s+دفعت\s+الايجار|ما\s+عندي\s+فلوس\s+للايجار)",
          r"(طفلين|اطفال|الاطفال|ولادي|الولاد|ولاد|طفل|البيبي|بيبي|رضيع|بنتي|ابني|حامل)",
          r"(ما\s+في\s+مكان|ما\s+في\s+محل|ما\s+عنا\s+مكان|ما\s+عنا\s+محل|وين\s+(بدنا\s+|رح\s+)?(ن|ب)?(روح|نام)|ما\s+في\s+وين|الليله|برد|بردانين|ما\s+عنا\s+بيت)"),
    _both(r"\b(bytal3ona|byetla3ona|ra7\s+ytal3ona|tal3ona|taradona|6aradona|byeterdona|ra7\s+yetrdona|ghayaro\s+el\s+2efl)\b",
          r"\b(wladi|el\s+wlad|wlad|atfal|tiflen|6iflen|baby|bebe|rade3|binti|ebni|7amle)\b",
          r"\b(ma\s+fi\s+mat?ra7|ma\s+fi\s+ma7al|ma\s+3na\s+ma7al|wen\s+(bdna\s+|ra7\s+)?(nrou7|nnam|nam)|el\s*layle|bard)\b"),
    # "I'll be with God" (Arabic script, no time)
    r"(?<!\S)(سامحوني|سامحيني|سامحني)\s+(\S+\s+){0,3}?(انا\s+)?(رح\s+|ح\s+)?(كون\s+|اكون\s+|صير\s+)?(مع|عند)\s+(الله|ربي|ربنا)(?!\S)",
)
# (round 27, Dutch and Arabic: end)
# (round 27, Tigrinya: start)
# Kinds from batch 27 and own probes (Ge'ez first, then Latin-script Tigrinya). NON-NATIVE WRITTEN: needs review
# by a native speaker. The fold does not merge ቅ/ቕ or ከ/ኸ: both are written out where a word has either.
_R27_FAMILY_TI = (r"(ሰብኣየ|ሰብኣየይ|በዓል\s+ቤተይ|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ሓሙይ|ሓማተይ|ኣኮይ|ቀዳማይ\s+ሰብኣየይ|"
                  r"ዝነበረ\s+ሰብኣየ\S*|ኣቦ\s+ደቀይ|ኣቦ\s+ቆልዑ|ኤክስ)")
_R27_FAMILY_LA = (r"\b(sebayey|sebaye|sebeytey|beal\s+betey|abey|adey|hawey|haftey|hamuy|akoy|ex|zneberE\s+sebayey|"
                  r"abo\s+dekey|abo\s+qolue)\b").replace("E", "e")
# "I will not last / stay until then" and a farewell
_R27_UNTIL_THEN_TI = r"(ክሳብ\s+(ሽዑ|ሽዑ\s+ግዜ|እቲ\s+ግዜ|እታ\s+መዓልቲ|እቲ\s+ቆጸራ|ሽዑ\s+ዘሎ\s+ግዜ))\s+(\S+\s+)?"
_R27_NOT_LAST_TI = r"(ኣይጸንሕን|ኣይክጸንሕን|ኣይቕጽልን|ኣይክቕጽልን|ኣይጸንሕ|ኣይጻወርን|ኣይክጻወርን|ብህይወት\s+ኣይክህሉን|ኣይበቅዕን)\s+(እየ)(?!\S)"
_R27_FAREWELL_TI = r"(ደሓን\s+ኩኑ|ደሓን\s+ኩን|ደሓን\s+ኩኒ|ስንብት|ይቕረ\s+በሉለይ|ኣይትጽበዩኒ|ኣይትሓዘኑ|ኣይትሓዘኑለይ|የቐንየለይ\s+ኩልኹም|ኣምላኽ\s+ምሳኹም)"
_R27_UNTIL_THEN_LA = r"\b(kisab|ksab|kesab)\s+(shiu|shu|shiw|shiu\s+gize|eti\s+gize)\s+(\w+\s+)?"
_R27_NOT_LAST_LA = r"(aytsenhn|aytsenhin|aykhtsenhn|ayktsenhn|aytsenhen|ayxenhn|ayqtsln|aykqtsln|aytsawern)\s+(iye|eye)\b"
_R27_FAREWELL_LA = (r"\b(dehan\s+kunu|dehan\s+kun|dehan\s+kuni|snbt|sinbit|yqre\s+belulei|yqre\s+beluley|aytsbeyuni|"
                    r"ayt+ahazenu|aytehazenu|aythazenu|aytHazenu|yekenyeley\s+kul\w*|yeqenyeley\s+kul\w*|amlak\s+msakhum)\b")
# going to God now, with a farewell
_R27_TO_GOD_TI = (r"(?<!\S)ናብ\s+(እግዚኣብሄር|እግዚኣብሔር|እግዚዓብሐር|ኣምላኽ|ኣምላኸይ|ፈጣሪ|ፈጣሪየይ|ሰማይ|ኣቦይ\s+ሰማያዊ)\s+(\S+\s+)?"
                  r"(ክኸይድ|ክከይድ|እኸይድ|እከይድ|ኢኸድ|ክኸይድ\s+እየ|ይኸይድ\s+ኣለኹ|እኸይድ\s+ኣለኹ|ኢኸድ\s+ኣለኹ)(?!\S)")
_R27_TO_GOD_LA = (r"\bnab\s+(egziabher|egziabiher|egziabher|egzabher|egziabeher|amlak|amlakey|fetari|fetariyey|semay)\s+(\w+\s+)?"
                  r"(ikhed|ekhed|ikeyd|ekeyd|ekheyd|ikheyd|kkeyd|kkheyd|kikeyd|kikheyd)\b")
# fled from a partner, who found my address and waits outside / follows me
_R27_FLED_TI = r"(?<!\S)ካብ\s+" + _R27_FAMILY_TI + r"\s+(\S+\s+){0,2}?(ሃዲመ|ሃዲምና|ሃዲመዮ|ኣምሊጠ|ኣምሊጥና|ተሓቢአ|ተሓቢኣ|ተሰዊረ)(?!\S)"
_R27_FOUND_ME_TI = (r"(ኣድራሻይ\s+(\S+\s+)?(ረኺቡ|ረኺቡዎ|ፈሊጡ|ፈሊጡዎ)|ረኺቡኒ|ረኺባትኒ|ረኺቦምኒ|ኣብ\s+ደገ\s+(\S+\s+)?(ይጽበየኒ|ይጽበዩኒ|ደው\s+ኢሉ)|"
                    r"ይጽበየኒ\s+ኣሎ|ይስዕበኒ|ይከታተለኒ|ይኸታተለኒ|ማዕጾ\s+(\S+\s+)?(ይኳሕኩሕ|ይወቕዕ|ይሃርም))")
_R27_FLED_LA = r"\bkab\s+" + _R27_FAMILY_LA + r"\s+(\w+\s+){0,2}?(hadime|hadimna|hadimeyo|gedifeyo|amlite|amlitna|tehabie|teswire)\b"
_R27_FOUND_ME_LA = (r"\b(adrashay\s+(\w+\s+)?(rekibu|rekhibu|felitu)|rekibuni|rekhibuni|ab\s+dege\s+(\w+\s+)?(ytsbeyeni|ytsbeyni|ytsebeyeni|ytsbyeni)|"
                    r"ytsbeyeni|ysiebeni|yketatleni|ykhetatleni)\b")
# a partner in a rage, breaking things, and I am afraid
_R27_BREAKING_TI = (r"(ኩሉ\s+(\S+\s+)?(ይሰብር|ሰቢሩ|ይሰባብር|ሰባቢሩ|ይድርብ|ይድርቢ|ደርብዩ|የፍርስ|ኣፍሪሱ)|(ይሰብር|ይሰባብር|ሰባቢሩ|ይድርቢ|ይድርብ)\s+(ኣሎ|ኣሎ\s+\S+)|"
                    r"(ብርጭቆ|ሳእኒ|ንብረት|ኣቑሑ|ኣቕሓ|ሰድያ|ተለቪዥን|ማዕጾ)\s+(\S+\s+)?(ይሰብር|ይሰባብር|ሰቢሩ|ሰባቢሩ|ይድርብ|ይድርቢ|ደርብዩ))")
_R27_AFRAID_TI = r"(ፈሪሐ|ፈሪሐዮ|ፈሪሕና|ይፈርሕ|ፍርሒ|ሰጊአ|ሰጊእና|ተሸቝሩ|ይርዕድ|ይንቀጥቀጥ\s+ኣለኹ|ተሓቢአ|ተሓቢኣ|ሓቢኦም|ተሓቢኦም)"
_R27_BREAKING_LA = r"\b(kulu\s+(\w+\s+)?(ysebr|ysebir|sebiru|ysebabr|ydrb|ydrbi|yfrs|afrisu)|(ysebr|ysebir|ysebabr|ydrbi)\s+alo)\b"
_R27_AFRAID_LA = r"\b(ferihe|ferhe|ferihna|yferh|frhi|segie|tehabie|habiom|tehabiom)\b"
# a small child crying alone for a long time, no parent at home
_R27_CHILD_TI = r"(ሕጻን|ህጻን|ቆልዓ|ቆልዑ|ቈልዓ|ንእሽቶ\s+ቆልዓ|ዕሸል|ሕጻናት|ህጻናት)"
_R27_CRYING_TI = r"(ይበኪ|ትበኪ|ይበኽዩ|ይበኽያ|ይበክዩ|ብኽያት|ይነብዕ|ትነብዕ|ይጭድር|ትጭድር)"
_R27_NO_PARENT_TI = (r"(ወለዲ|ወለዱ|ወለዳ|ኣዴኡ|ኣዲኡ|ኣዲኣ|ኣቦኡ|ኣቦኣ|ዓበይቲ|ዓቢ\s+ሰብ|ሰብ)\s+(\S+\s+){0,3}?"
                     r"(የለዉን|የለውን|የለዉ|የለን|የላን|የለዋን|ኣይተመልሱን|ኣይተመለሱን|ኣይመጹን|ኣይተመልሰትን|ኣይመጸትን|ጠፊኦም)(?!\S)")
_R27_LONG_TI = r"(ካብ\s+(ትማሊ|ቀዳም|ሰንበት|ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ንግሆ|ምሸት|ለይቲ|\S+\s+(መዓልቲ|መዓልታት|ሰዓት|ሰዓታት))|(?<!\S)(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ብዙሕ)\s+(መዓልቲ|መዓልታት|ሰዓት|ሰዓታት)|ንበይኑ|ንበይና|ንበይኖም)"
_R27_CHILD_LA = r"\b(htsan|hxan|hsan|qolea|qolae|qolue|kolea|kolue|baby|hxanat|htsanat)\b"
_R27_CRYING_LA = r"\b(ybeki|tbeki|ybekhyu|ybekyu|bkhyat|bkyat|ynebe|tnebe)\b"
_R27_NO_PARENT_LA = (r"\b(weledi|weledu|weleda|adieu|adiu|abou|abua|abeyti|sebat)\s+(\w+\s+){0,3}?"
                     r"(yelewn|yelewun|yelen|yelan|aytemelsun|aymetsun)\b")
# locked in a workplace, made to work day and night to pay off a travel debt (forced labour)
_R27_LOCKED_TI = (r"(ዝተዓጽወ|ዝተዓጸወ|ዕጹው|ዕጽው|ዓጺዮምኒ|ዓጽዮምኒ|ዓጺዮሙና|ዓጺዮምና|ተዓጺየ|ተዓጺና|ክወጽእ\s+ኣይፈቕዱ\S*|ክወጽእ\s+ኣይፈቕዱለይን|"
                  r"ፓስፖርተይ\s+(\S+\s+)?(ወሲዶም|ሒዞም|ሒዞሞ)|ወረቐተይ\s+(\S+\s+)?(ወሲዶም|ሒዞም))")
_R27_FORCED_WORK_TI = (r"(የሰርሑኒ|የሰርሑና|ከሰርሑኒ|ከሰርሑና|ኣሰሪሖምኒ|ኣሰሪሖምና|ይሰርሑኒ|ለይትን\s+መዓልትን|መዓልትን\s+ለይትን)")
_R27_LOCKED_LA = r"\b(ztetsawe|ztetsewe|etsuw|atsiyomni|atsyomni|tetsiye|tetsina|paspoirtey|passportey)\b"
_R27_FORCED_WORK_LA = r"\b(yeserhuni|yeserhuna|keserhuni|leytn\s+mealtn|mealtn\s+leytn)\b"
# fell / collapsed and does not wake, breathing weak
_R27_FELL_TI = r"(?<!\S)(ወዲቑ|ወዲቓ|ወዲቖም|ዓሪቡ|ዓሪባ|ተዓንቂፉ|ሃሳስ\s+ኢሉ|ጸሊምዎ|ጸሊምዋ|ስሒቱ)(?!\S)"
_R27_NO_WAKE_TI = (r"(ኣይነቕሕን|ኣይትነቕሕን|ኣይነቅሕን|ኣይትነቅሕን|ኣይነቕሑን|ኣይበራበርን|ኣይትበራበርን|ኣይምልስን|ኣይትምልስን|"
                   r"ኣይንቀሳቐስን|ኣይትንቀሳቐስን|ኣይንቀሳቐሱን|ንቕሓቱ\s+\S*ጠፊኡ)(?!\S)")
_R27_BREATH_TI = (r"(ትንፋሱ|ትንፋሳ|ትንፋሶም|ኣስትንፋሱ|ኣስትንፋሳ|ምስትንፋስ)\s+(\S+\s+)?(ድኹም|ደኺሙ|ደኺማ|ቀጢን|ኣይስማዕን|ኣይርአን|ጠፊኡ|ጠፊኣ|ኣዝዩ\s+ቀስ|"
                  r"ዝሒሉ|ቁሩብ|ዳርጋ\s+የለን|የለን)")
_R27_NOT_EXAM_TI = r"^(?!.*(ፈተና|ፈተናታት|ኣይትነቕሕን\s+ንግሆ|ትምህርቲ|ክፍሊ|ንስራሕ|ኣላርም|ሰዓት\s+ደዊላ|ጸወታ|ኩዕሶ|ዕዳጋ|ዋጋ|ስቶክ|ኣክስዮን))"
_R27_FELL_LA = r"\b(wediqu|wediqa|wedequ|wedik'u|wediku|wedika|arribu|aribu|ariba)\b"
_R27_NO_WAKE_LA = r"\b(aynekhn|aynekhin|aynekn|aytnekhn|aytneqhn|aynqhn|aynqehn|aybrabern|aytbrabern|aymelsn|aytmelsn|aynqesaqesn)\b"
_R27_BREATH_LA = r"\b(tnfasu|tinfasu|tnfasa|tinfasa|astnfasu|astinfasu)\s+(\w+\s+)?(dkhum|dkum|dekhimu|dekimu|qetin|aysmaen|tefiu|yelen)\b"
_R27_NOT_EXAM_LA = r"^(?!.*\b(fetena|fetenatat|school|werk|ntemhrti|alarm|wekker|game|kuaeso)\b)"
# a fire that spread (to the curtains, the sofa, the room)
_R27_FIRE_SPREAD_TI = (r"(ሓዊ|ባርዕ|ነበልባል|ሓውዊ)\s+(\S+\s+){0,2}?(ናብ\s+)?(መጋረጃ|ሶፋ|ዓራት|ክፍሊ|ናሕሲ|ማዕጾ|መንደቕ|ኩሽና|ክሽነ|ገዛ|ቤት|ሕጡብ|ፍራሽ|ኣቑሑ)\S*\s+(\S+\s+)?"
                       r"(ሓሊፉ|ተላቢዑ|ተላቢዑዎ|ተባሪዑ|ይባራዕ|ይነድድ|ነዲዱ|ተዘርጊሑ|ይዝርጋሕ|በጺሑ|ይሓልፍ|ሒዙ|ሒዝዎ)(?!\S)")
_R27_FIRE_SPREAD_LA = (r"\b(hawi|bari|neberbal)\s+(\w+\s+){0,2}?(nab\s+)?(megaraje|gordijn\w*|sofa|bank|arat|kfli|nahsi|kushna|kshne|geza)\s+(\w+\s+)?"
                       r"(halifu|telabiu|tebariu|ybarae|ynedd|nedidu|tezergihu|betsihu)\b")
# no food for days, only water; the children's milk and bread finished
_R27_NO_FOOD_TI = (r"(መግቢ\s+(\S+\s+)?(የለን|የብልናን|የብለይን|የለናን|ኣይበላዕናን|ኣይበላዕኩን|ተወዲኡ)|ማይ\s+ጥራይ\s+(\S+\s+)?(ንሰቲ|እሰቲ|ንሰትይ|ሰቲና|ሰቲየ)|"
                   r"ፍሪጅ\s+(\S+\s+)?ባዶ|ጸባ\s+(\S+\s+){0,2}?(ተወዲኡ|የለን)|ባኒ\s+(\S+\s+)?(ተወዲኡ|የለን)|ዘይበላዕና|ዘይበላዕኩ|ጠምየ\s+ኣለኹ|ጠሚና|ጥሜት)")
_R27_FOR_DAYS_TI = (r"(ካብ\s+(\S+\s+)?(ትማሊ\s+ቅድሚኡ|ቀዳም|ሰንበት|ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ)\s*(\S*\s*)?(ጀሚርና|ጀሚረ|ኣትሒዙ|ኣትሒዝና)?|"
                    r"(?<!\S)(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ብዙሕ)\s+(መዓልቲ|መዓልታት)|ንመዓልታት|ሰሙን\s+ሙሉእ)")
_R27_NO_FOOD_LA = (r"\b(megbi\s+(\w+\s+)?(yelen|yeblnan|yebleyn|aybelaenan|tewediu|tewedieu)|may\s+tray\s+(\w+\s+)?(nsetti|nseti|eseti|setina)|"
                   r"frij\s+(\w+\s+)?bado|tsaba\s+(\w+\s+){0,2}?(tewediu|tewedieu|yelen)|bani\w*\s+(\w+\s+)?(tewediu|tewedieu|yelen)|zeybelaena)\b")
_R27_FOR_DAYS_LA = (r"\b(kab\s+(\w+\s+)?(qedam|senbet|senuy|selus|rebue|hamus|arbi)|(\d+|kilte|selesete|arbaete|bzuh)\s+(mealti|mealtat))\b")
# send the police / an ambulance, quickly (a request for help that needs no other word)
_R27_SEND_POLICE_TI = (r"(?<!\S)(ፖሊስ|ፖሊሳት|ኣምቡላንስ|ኣምቡላንሳ|112|113)\s+(\S+\s+)?(ስደዱ|ስደዱለይ|ስደዱልና|ልኣኹ|ልኣኹለይ|ልኣኹልና|ጸውዑ|ጸውዑለይ|ጸውዑልና|"
                       r"ደውሉ|ይምጽኡ|ኣምጽኡ|ኣምጽኡለይ|ኣምጽኡልና)(?!\S)")
_R27_URGENT_TI = r"(ቀልጢፍኩም|ቀልጢፍ|ቀልጢፉ|ብቕልጡፍ|ብህጹጽ|ሕጂ|ሕጂ\s+ሕጂ|በጃኹም|በጃኹም\s+ሓግዙ|ህጹጽ|ሓግዙና|ሓግዙኒ)"
_R27_SEND_POLICE_LA = (r"\b(polis|police|politie|ambulans|ambulance|112|113)\s+(\w+\s+)?(sdedu|sidedu|sdeduley|sdedulna|leaku|tsewu|tsewuley|tsewulna|"
                       r"dewlu|ymtsu|amtsu|amtsuley)\b")
_R27_URGENT_LA = r"\b(qeltifkum|keltifkum|qeltif|bqltuf|hji|hiji|bejakum|bejakhum|htsuts|hagzuna|hagzuni)\b"
_R27_NOT_REPORT_TI = r"^(?!.*(ከመይ|ብኸመይ|ጸብጻብ|ሪፖርት|ተሰሪቑ|ተሰሪቓ|ሰሪቖም|ቁጽሪ|ክንደይ|ኣበይ|ዶ\s*\?|ድዩ|ዲዩ|ፊልም|ጸወታ|ዋዛ|emojilaugh))"
_R27_NOT_REPORT_LA = r"^(?!.*\b(kemey|bkemey|tsebtsab|report|aangifte|teseriqu|tesriqu|kndey|abey|film|game|emojilaugh)\b)"

_ROUND27_IDIOMS_TI: tuple[str, ...] = (
    # "I am dead without my morning coffee / tea", "if I don't drink coffee I'm dead"
    r"(?<!\S)(ብዘይ\s+)?(ቡን|ሻሂ|ቆርሲ|ቁርሲ|ሽጋራ|ካፌ|ቡና|ኮፊ|መግቢ\s+ምሳሕ|ድራር)\S*\s+(\S+\s+){0,2}?(እንተዘይ\S+\s+|እንተ\s+ዘይ\S+\s+|ብዘይ\S*\s+)?"
    r"(ሙት|ምዉት|ምውት|ሞይተ|ሞይትና|ክመውት|ክሞት)\s+(እየ|ኢየ|ኢና|እና|ቀሪበ|እየ\s+ዝኸውን)(?!\S)",
    r"(?<!\S)(እንተዘይ|እንተ\s+ዘይ)(ሰቲየ|ሰቲና|በሊዐ|በሊዕና|ሰትየ|በላዕኩ)\s+(\S+\s+)?(ሙት|ምዉት|ምውት|ሞይተ)\s+(እየ|ኢየ|ኢና)(?!\S)",
    r"\b(bzey\s+)?(bun|buna|shahi|qursi|shgara|koffie|coffee)\s+(\w+\s+){0,2}?(entezey\w*\s+|bzey\w*\s+)?(mut|mwut|muwt|moyte|kmewt)\s+(iye|eye|ina)\b",
    # a task, a language, homework or work that "chokes / strangles me" (too much to do)
    r"(?<!\S)(ዕዮ\s+ገዛ|ገዛ\s+ስራሕ|ስራሕ\s+ገዛ|ዕዮ|ስራሕ|ፈተና|ፈተናታት|ቋንቋ|ሆላንድኛ|ዳች|ሰዋስው|ወረቓቕቲ|ፎርም|ፎርማት|ደብዳቤታት|ቢሮክራሲ|ትምህርቲ|ኮርስ|"
    r"ዕዳጋ\s+ስራሕ|ሕሳብ|ፋይናንስ)\S*\s+(\S+\s+){0,3}?(ሓኒቑኒ|ሓኒቑና|ሓኒቓትኒ|ሓኒቓትና|ሓኒቖምኒ|ሓኒቖምና|ይሓንቐኒ|ይሓንቐና|ትሓንቐኒ|የሓንቐኒ)(?!\S)",
    r"\b(eyo\s+geza|geza\s+srah|eyo|srah|fetena|qwanqwa|quanqua|nederlands|huiswerk|taal|formulier\w*|trmhrti|temhrti|kors)\s+(\w+\s+){0,3}?"
    r"(haniquni|hanikuni|haniqatni|yhanqeni|yhankeni|thanqeni)\b",
    # "I'll explode from anger" (because nobody answers my email)
    r"(?<!\S)(ካብ|ብ)\s*(ሕርቃን|ቁጠዐ|ኩራ|ቅንኢ|ጸቕጢ)\s+(\S+\s+)?(ክነፍሕ|ክፍንጀር|ክፈንጅር|ክፈነጅር|ክትኮስ|ክነድድ|ክፈርስ|ነፊሐ|ተፈንጂረ|ነዲደ)\s*(እየ|ቀሪበ|ኢለ|ኣለኹ)?(?!\S)",
    r"\b(kab|b)\s*(hrqan|hirqan|hrkan|hirkan|qutea|kura)\s+(\w+\s+)?(knefh|kfnjer|kfenjr|knedd|kfers|nefihe)\s*(iye|qeribe|aleku)?\b",
    # a game (FIFA, PlayStation, cards, chess) where a child or a friend "kills me" / beats me every time
    r"(?<!\S)(ኣብ\s+)?(fifa|ፊፋ|ፕለይስተሽን|ፕሌይስቴሽን|playstation|ps5|ps4|ጸወታ|ጌም|game|ካርታ|ቸስ|ዳማ|ሸንትረጅ|ቼዝ|ኩዕሶ|ኳዕሶ|ቴኒስ|ልዶ|ሉዶ)\S*\s+(\S+\s+){0,3}?"
    r"(ይቐትለኒ|ይቐትለና|ትቐትለኒ|ትቐትለና|ቀቲሉኒ|ቀቲላትኒ|ቀቲሎምኒ|ይቐትሉኒ|ይስዕረኒ|ትስዕረኒ|ስዒሩኒ)(?!\S)",
    r"\b(ab\s+)?(fifa|playstation|ps5|ps4|game|gem|karta|chess|dama|kuaeso|ludo)\s+(\w+\s+){0,3}?(yqetleni|yqetlena|tqetleni|qetiluni|qetilatni|ysiereni)\b",
    # talking about violence at home in a class, a lesson or a course (a subject, not a disclosure)
    r"(?<!\S)(ኣብ\s+)?(ክፍሊ|ትምህርቲ|ኮርስ|መምህር|መምህርና|ወርክሾፕ|ሰሚናር|pvt|knm|map|les|workshop|cursus)\S*\s+(\S+\s+){0,4}?ብዛዕባ\s+"
    r"(ዓመጽ|ግፍዒ|ጎነጽ|ምውቃዕ|ዓመጽ\s+ኣብ\s+ገዛ|ዓመጽ\s+ስድራ)(\s+\S+){0,4}?\s+(ተዛሪብና|ተዘራሪብና|ተመሃርና|ተማሂርና|ተመያይጥና|ሰሚዕና|ርኢና|ተማሂረ|ተዛሪቡ|ተዛሪባ|መሃረና|ኣስተምህረና)(?!\S)",
    r"\b(ab\s+)?(kfli|trmhrti|temhrti|kors|memhr|pvt|knm|map|les|workshop|cursus)\s+(\w+\s+){0,4}?bzaeba\s+(amets|ametsi|huiselijk\s+geweld|geweld)(\s+\w+){0,4}?\s+"
    r"(tezaribna|tezeraribna|temahirna|temeharna|semiena)\b",
    # a memorial (ዝኽሪ, ተዝካር) for a grandparent or parent who died years ago
    r"(?<!\S)(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት|ወርሒ|ኣዋርሕ)\s+)?(ዝሞተ|ዝሞተት|ዝሞቱ|ዝዓረፈ|ዝዓረፈት|ዝዓረፉ|ዝሞተና|ዝተሰውአ)\s+(\S+\s+){0,2}?"
    r"(ዝኽሪ|ተዝካር|ፍትሓት|መዘከርታ|ዓመታዊ\s+ዝኽሪ|ሓመድ\s+ድሕሪ)\S*",
    r"(?<!\S)(ዝኽሪ|ተዝካር|ፍትሓት|መዘከርታ)\S*\s+(\S+\s+){0,3}?(ቅድሚ\s+(\S+\s+){1,2}?(ዓመት|ዓመታት)\s+)?(ዝሞተ|ዝሞተት|ዝሞቱ|ዝዓረፈ|ዝዓረፈት|ዝዓረፉ)(?!\S)",
    r"\b(zmote|zmotet|zmotu|zarefe|zearefe)\s+(\w+\s+){0,2}?(zkhri|zkri|tezkar|fthat)\b",
    # slaughtering a sheep or a goat for a feast (Eid, Christmas), in Latin script ("ntHarid" is not a word for suicide here)
    r"\b(begie|begi|begiE|beggi|tsaeda|tsaida|ateli|atal|dorho|bui)\s+(\w+\s+)?(nt?harid|nharid|ntharid|nhard|kinharid|knharid|harid\w*|harida)\b".replace("E", "e"),
    r"\b(nt?harid|nharid|ntharid|nhard|knharid)\s+(\w+\s+){0,3}?(begie|begi|tsaeda|dorho|slachthuis|slager|eid|iid|fasika|genna|beal)\b",
    r"\b(eid|iid|id\s+al\s+adha|fasika|genna|beal|slachthuis)\s+(\w+\s+){0,3}?(nt?harid|nharid|ntharid|knharid)\b",
    r"(?<!\S)(በጊዕ|በጊዓ|ጤለ|ጣል|ደርሆ|ብዕራይ|ሙኽት)\S*\s+(\S+\s+)?(ንሓርድ|ክንሓርድ|ሓሪድና|ይሕረድ|ክሓርድ|ሓሪደ)(?!\S)",
)
_ROUND27_CRISIS_TI: tuple[str, ...] = (
    # "I will not last until then" and a farewell
    _both(_R27_UNTIL_THEN_TI + _R27_NOT_LAST_TI, _R27_FAREWELL_TI),
    _both(_R27_UNTIL_THEN_LA + _R27_NOT_LAST_LA, _R27_FAREWELL_LA),
    # "now I go to God" with a farewell ("thank you all, don't grieve")
    _both(_R27_TO_GOD_TI, _R27_FAREWELL_TI),
    _both(_R27_TO_GOD_LA, _R27_FAREWELL_LA),
    # fled from a partner, who found my address / waits outside
    _both(_R27_FLED_TI, _R27_FOUND_ME_TI),
    _both(_R27_FLED_LA, _R27_FOUND_ME_LA),
    # a partner in a rage breaking everything, and fear or hiding children
    _both(_R27_FAMILY_TI, _R27_BREAKING_TI, _R27_AFRAID_TI),
    _both(_R27_FAMILY_LA, _R27_BREAKING_LA, _R27_AFRAID_LA),
    # a drunk partner banging on the door, children hiding
    _both(_R27_FAMILY_TI, r"(?<!\S)(ሰኺሩ|ሰኺራ|ሰኺሮም|ስኩር)(?!\S)", r"(ሓቢኦም|ተሓቢኦም|ተሓቢአ|ተሓቢኣ|ፈሪሐ|ፈሪሖም|ይበኽዩ)"),
    _both(_R27_FAMILY_LA, r"\b(sekhiru|sekiru|sekira|skur)\b", r"\b(habiom|tehabiom|tehabie|ferihe|ferihom|ybekhyu)\b"),
    # send the police / an ambulance, quickly
    _both(_R27_SEND_POLICE_TI, _R27_URGENT_TI, _R27_NOT_REPORT_TI),
    _both(_R27_SEND_POLICE_LA, _R27_URGENT_LA, _R27_NOT_REPORT_LA),
    # a small child crying for days / alone, no parent at home
    _both(_R27_CHILD_TI, _R27_CRYING_TI, _R27_NO_PARENT_TI, _R27_LONG_TI),
    _both(_R27_CHILD_LA, _R27_CRYING_LA, _R27_NO_PARENT_LA),
    # locked in and made to work day and night for a debt
    _both(_R27_LOCKED_TI, _R27_FORCED_WORK_TI),
    _both(_R27_LOCKED_LA, _R27_FORCED_WORK_LA),
    # fell and does not wake / breathes weakly
    _both(_R27_FELL_TI, r"(" + _R27_NO_WAKE_TI + "|" + _R27_BREATH_TI + ")", _R27_NOT_EXAM_TI),
    _both(_R27_FELL_LA, r"(" + _R27_NO_WAKE_LA + "|" + _R27_BREATH_LA + ")", _R27_NOT_EXAM_LA),
    _both(_R27_NO_WAKE_TI, _R27_BREATH_TI, _R27_NOT_EXAM_TI),
    # a fire that spread to the curtains, the sofa, the room
    _R27_FIRE_SPREAD_TI, _R27_FIRE_SPREAD_LA,
)
_ROUND27_UNCERTAIN_TI: tuple[str, ...] = (
    # "I will not last until then" alone (no reason given)
    _both(_R27_UNTIL_THEN_TI + _R27_NOT_LAST_TI, _R26_REASON_TI),
    _both(_R27_UNTIL_THEN_LA + _R27_NOT_LAST_LA, _R26_REASON_LA),
    # going to God now, alone
    _R27_TO_GOD_TI, _R27_TO_GOD_LA,
    # no food for days, only water, the children's milk finished
    _both(_R27_NO_FOOD_TI, _R27_FOR_DAYS_TI),
    _both(_R27_NO_FOOD_LA, _R27_FOR_DAYS_LA),
    # a small child crying, no parent at home
    _both(_R27_CHILD_TI, _R27_CRYING_TI, _R27_NO_PARENT_TI),
    # a partner who found me after I fled and follows me
    _both(_R27_FAMILY_TI, _R27_FOUND_ME_TI, r"(ሃዲመ|ሃዲምና|ፈሪሐ|ፍርሒ|ፈሪሕና|ተሓቢአ|ተሓቢኣ)"),
)
# (round 27, Tigrinya: end)
_ROUND27_IDIOMS = _ROUND27_IDIOMS_NL_AR + _ROUND27_IDIOMS_TI
_ROUND27_CRISIS = _ROUND27_CRISIS_NL_AR + _ROUND27_CRISIS_TI
_ROUND27_UNCERTAIN = _ROUND27_UNCERTAIN_NL_AR + _ROUND27_UNCERTAIN_TI

# Round 28: from batch 28's misses and false alarms (development data since round 28) and the NLU b18 messages.
# (round 28, Dutch and Arabic: start)
# Kinds from batch 28 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_R28_WILL_NL = r"\b(spullen\s+(\S+\s+){0,3}?verdeeld|alles\s+(\S+\s+)?geregeld\s+vor\s+(de\s+|mijn\s+)?kinderen|testament|laatste\s+wil|afscheidsbrief|brief\s+voor\s+(mijn\s+)?(kinderen|dochter|zoon|vrouw|man|moeder))\b"
_R28_GONE_NL = (r"\b(als|wanneer|zodra|nadat)\s+ik\s+(\S+\s+){0,2}?(er\s+)?(weg|dood|niet\s+meer|er\s+niet\s+meer|overleden|gestorven|"
                r"niet\s+meer\s+(leef|besta|hier\s+ben))\s*(ben|is|leef|besta|zijn)?\b"
                r"(?!\s*(ben\s+|is\s+)?(vor|nar|op|met)\s+(de\s+|mijn\s+|een\s+|het\s+)?(cursus|les|werk|vakantie|reis|stage|afspraak|ziekenhuis|bevaling|operatie|boodschappen|weekend|dienst|familie))")
_R28_CARE_NL = (r"\b(zorgen|zorgt|zorg|opvoeden|opvangen)\s+(\S+\s+){0,2}?(voor\s+)?(mijn\s+)?(dochter|zoon|kind|kinderen|baby|kleine|meisje|jongen)\b|"
                r"\bvoor\s+(mijn\s+|de\s+|onze\s+)?(dochter|zoon|kind|kinderen|baby|kleine|meisje|jongen)\s+(\S+\s+)?(zorgen|zorgt|zorg)\b|"
                r"\b(mijn\s+)?(dochter|zoon|kind|kinderen|baby)\s+(\S+\s+){0,3}?(naar|bij)\s+(mijn\s+)?(broer|zus|moeder|oma|tante|oom)\b")
_R28_NOW_NL = r"\b(vandaag|vanavond|vannacht|nu|morgen|straks|deze\s+week)\b"
_R28_FAMILY_KILL_NL = (r"\b(man|vrouw|vader|pa|moeder|broer|broers|zus|schoon\w*|stief\w*|oom|neef|ex|partner|familie|ouders|zoon)\s+"
                       r"(\S+\s+){0,3}?(maakt|maken|maakte|make|maak|gaat|zal)\s+(mij|me|ons|haar)\s+(\S+\s+)?(dod|kapot|af)\b|"
                       r"\b(mijn\s+)?(man|vader|moeder|broer|schoon\w*|stief\w*|oom|ex|partner|familie)\s+(\S+\s+){0,3}?(vermord|vermordt|slat|slaan)\s+(mij|me|ons)\s+(dod\s+)?")
_R28_REPORT_NL = (r"\bals\s+ik\s+(\S+\s+){0,3}?(gemente|politie|huisarts|dokter|vluchtelingenwerk|regiseur|school|juf|veilig\s+thuis|"
                  r"tolk|hulp|vertel|vertelt|zeg|praat|weg\s*ga|wegga|vertrek|scheid|klaag|aangifte|melding)\b")
_R28_POISON_NL = (r"\b(gif|rattengif|bestrijdingsmiddel\w*|insecticide|blekmiddel|blekwater|(de|fles|flesje|wat)\s+blek|blek(?=\s+(gedronken|gedronk|gedronke|opgedronken|gedrinkt|ingenomen|geslikt|doorgeslikt))|chlor|ontstopper|gotsteenontstopper|antivries|wasbenzine|terpentine|"
                  r"ammoniak|spiritus)\b")
_R28_DRANK_NL = (r"\b(gedronken|gedronk|gedronke|gedrinkt|opgedronken|drinkt|dronk|drink|drinken|ingenomen|genomen|geslikt|doorgeslikt|opgedronk)\b")
_R28_DOWN_NL = (r"\b(op\s+de\s+grond|op\s+de\s+vloer|valt|viel|gevallen|reageert\s+niet|reageert\s+niet\s+meer|ademt\s+(niet|raar|slecht|nauwelijks)|"
                r"bewusteloos|wordt\s+niet\s+wakker|braakt|overgeven|spugt|schuim|stuipen|beweegt\s+niet|help|helpe|snel|112|ambulance|kan\s+je\s+helpe?n?)\b")
_R28_NOT_POISON_NL = r"^(?!.*\b(slokje|beetje|likje|per\s+ongeluk\s+een\s+slok|gifgroen|gifbeker\s+van\s+socrates|toneel\w*|film|serie|boek|game|spel)\b)"
_R28_BRIDGE_AZ = (r"\b(ra7|7|bade|badi|bdi|bedi|nawi|nawye|nawyeh|b)\s*((erm[aeiy]|arm[aeiy]|2erm[aeiy]|2arm[aeiy])\s+(7ali|7ale|7alee|nafsi|nafse|7aly)|(nott|no6|no66|n2o6|2o66|2o6)(\s+(7ali|7ale|nafsi))?)\s+"
                  r"(men|mn|min|3an|3n|mnel|mn\s+el)?\s*(3al|3a|el|l|3a\s+l|fo2\s+el)?\s*"
                  r"(jeser|jisr|jser|jsr|balkon|balcon|balkone|sa6e7|sat7|sa6h|shebbak|shubbak|binaye|bineye|tabe2|tab2a|sekke|train|qi6ar|2i6ar|brug)\b")
_R28_BRIDGE_AR = (r"(?<!\S)(رح|ح|بدي|ناوي|ناويه|ب)\s*(ارمي|ارما|ارمى|ارمه|ارمة|نط|انط|اقفز|اوقع)\s+(حالي|حلي|نفسي)\s+(من|عن)\s+(عال|على|ع\s*ال|فوق\s+ال|ال)?\s*"
                  r"(جسر|بلكون|بلكونه|سطح|شباك|بنايه|طابق|سكه|قطار|تران)(?!\S)")
_R28_THING_AR = (r"(هال|ها\s*ال|هاد\s+ال|هيدا\s+ال|هيدي\s+ال|هادا\s+ال|هاي\s+ال|ال)?\s*(فورم|استماره|اوراق|ورقه|رساله|امتحان|واجب|معامله|معاملات|"
                 r"موقع|تطبيق|ابليكيشن|ديجيدي|بيروقراطيه|لغه|هولنديه|قواعد|كورس|دوره|درس|تدريب|ماب|الماب|بلديه|وظيفه|شغل)\S*"
                 r"(\s+(تبع|تبعت|تبعيت|حق|تاع|بتاع)\s+(ال\s*)?\S+)?")
_R28_THING_AZ = (r"\b(hal|ha|hay|hayda|hayde|had|hadi|el|l)?\s*(form|formulier|estemara|wara2|wara2a|risale|imti7an|em?ti7an|examen|wajeb|ma3amle|"
                 r"website|site|app|digid|lo3a|logha|qawa3ed|2awa3ed|kors|course|cursus|dars|tadrib|map|pvt|knm|baladiye|gemeente|shoghol|shogl)\w*"
                 r"(\s+(taba3|tab3|ta3|bta3)\s+(el\s+|l)?\S+)?")
_R28_KILLS_AR = r"(رح|ح|عم|بدو|بدها|راح|قرب)\s+(ي|ت)(قتلني|موتني|جنني|خلصني|طلع\s+روحي)"
_R28_KILLS_AZ = (r"(ra7|7|3am|bado|bada)\s+(y2telni|yi2telni|yo2telni|ye2telni|y2tolni|yo2tolni|te2telni|t2telni|to2tolni|t2tolni|tmawetni|ymawetni|"
                 r"yjanneni|tjanneni|yqtelni|yektelni|y2atelni|t2atelni|ykhalesni|tkhalesni)")
_R28_FAST_AR = r"(الصيام|الصوم|صيام|صوم|رمضان|الصيفيه|الحر|الشوب|الحراره|الدوام|الشغل|البرد|الامتحانات|الامتحان)"
_R28_FAST_AZ = r"(el\s+|l)?(siyam|seyam|sayam|soum|som|ramadan|ramadhan|ramadane|7ar|shob|shoob|dawam|shoghol|bard|imti7an\w*)"
_ROUND28_IDIOMS_NL_AR: tuple[str, ...] = (
    # "I'm dying" with a laugh: hyperbole about food, a joke, heat
    r"\b(ik\s+)?(ga|gaat|gaan)\s+(echt\s+|bijna\s+|zowat\s+|gewoon\s+|nu\s+)?dod\s+((van\s+het\s+lachen|hier)\s+)?(emojilaugh(\s+emojilaugh)*|ha(ha)+\w*|hihi\w*|lol|xd|hahah)",
    r"\bik\s+(ga|lig|ben)\s+(\S+\s+)?(dod|krom|plat|kapot)\s+(van\s+het\s+|van\s+)?(lachen|lach)\b",
    # a play, a lesson or a film that "was about suicide" (a subject, not a disclosure)
    r"\b(het\s+|de\s+|dat\s+|een\s+|ons\s+)?(tonelstuk|toneel|voorstelling|film|boek|les|taalles|serie|aflevering|gedicht|verhaal|documentaire|lezing|project|"
    r"tekst|artikel|presentatie|spreekbeurt|thema|opdracht|workshop|gastles|liedje|lied)\s+(ging|gaat|gingen|gaan)\s+(\S+\s+)?over\s+(zelfmord|zelfdoding|suicide|suicidaliteit)\b"
    r"(\s+(\S+\s+){0,4}?(in\s+de\s+les|in\s+de\s+klas|op\s+school|met\s+de\s+klas|erover\s+(praten|schrijven|nadenken)|er\s+(\S+\s+){0,3}?over\s+(praten|schrijven|discussieren|nadenken)))?"
    r"(?!.*\b(ik\s+(denk|dacht)\s+(er\s+)?(ok\s+|zelf\s+)?(aan|over\s+na)|ik\s+wil|mezelf|zelf\s+ok|net\s+als\s+ik|herken\s+me)\b)",
    r"\b(we\s+moesten|we\s+moeten|ik\s+moet|ik\s+moest|we\s+gaan)\s+(\S+\s+){0,3}?(in\s+de\s+les\s+|op\s+school\s+)?(over\s+)?(zelfmord|zelfdoding)\s+(praten|schrijven|lezen|discussieren|een\s+werkstuk\s+maken)\b",
    # food burnt on the stove, the kitchen smelled of smoke, already cleaned up
    r"\b(de\s+|het\s+|mijn\s+|onze\s+)?(rijst|eten|pan|taart|cake|brod|vlees|soep|aardappel\w*|pizza|koekjes|uien|melk|pasta|kip|friet|pannenkoek\w*|toast|tosti|bonen)\s+(is|was|zijn|waren)\s+"
    r"(\S+\s+)?(angebrand|verbrand|zwart\s+geworden|zwart)\b",
    r"\b(de\s+|het\s+|onze\s+)?(hele\s+)?(keuken|huis|kamer|flat|woning|gang)\s+(ruikt|rook|stinkt|stonk)\s+(\S+\s+)?nar\s+(rok|brand|verbrand\w*|angebrand\w*)\b"
    r"(\s+(\S+\s+){0,3}?(mar\s+)?(het\s+is|alles\s+is|we\s+hebben|ik\s+heb)\s+(al\s+|alweer\s+|weer\s+)?(opgeruimd|schongemaakt|gelucht|uit|open|goed|in\s+orde|voorbij))?",
    # violence long ago by an ex, divorced, now happy and safe
    r"\b(gescheiden|weg|vertrokken|los)\s+(van|bij)\s+(mijn\s+|de\s+|die\s+)?(ex|ex\s*man|ex\s*vrouw|ex\s*partner|vorige\s+man|eerste\s+man|man)\s+die\s+(me|mij)\s+(sloeg|mishandelde|schopte|bedreigde|pijn\s+deed)\b"
    r"(\s+(\S+\s+){0,6}?((\S+\s+)?(jar|jaren|maanden)\s+geleden|vroeger|lang\s+geleden|destijds))?"
    r"(\s+(\S+\s+){0,6}?(nu|inmiddels|sindsdien)\s+(\S+\s+){0,3}?(gelukkig|veilig|blij|rustig|vrij|goed|tevreden|een\s+fijn\s+leven|een\s+goed\s+leven))?",
    r"\b(mijn\s+)?(ex|ex\s*man|ex\s*partner|vorige\s+man|eerste\s+man)\s+die\s+(me|mij)\s+(vroeger|jaren\s+geleden|destijds|toen)\s+(sloeg|mishandelde|schopte|bedreigde)\b",
    r"\b(vroeger|jaren\s+geleden|destijds|lang\s+geleden)\s+(sloeg|schopte|mishandelde|bedreigde)\s+(mijn\s+)?(ex\w*|vorige\s+man|eerste\s+man|ex\s*man|man|vader|stiefvader)\s+(mij|me)\s+(\S+\s+)?(maar|nu)\s+"
    r"(\S+\s+){0,8}?(gescheiden|veilig|gelukkig|rust|rustig|vrij|tevreden|geen\s+contact|een\s+fijn\s+leven|een\s+goed\s+leven)\b",
    # a trivial threat: "kills me if I come late / spoil her dress / tell about the surprise", "beats me dead at chess"
    r"\b(?!.*\b(politie|gemente|huisarts|dokter|aangifte|vertel\w*|weg\s*ga|wegga|vertrek|scheid\w*|hulp|veilig\s+thuis|112|113|regiseur)\b)"
    r"(vermord\w*\s+(me|mij|ons)|(makt|maken|zal|gaat)\s+(me|mij|ons)\s+(\S+\s+)?(dod|af|kapot)(\s+maken)?)\s+als\s+ik\s+(\S+\s+){0,4}?(te\s+lat|vies|kapot|vergeet|vergeten|verlies|kwijt|opeet|opgegeten|"
    r"niet\s+opruim|rommel|mors|leen|gebruik|draag|verklap|spoil\w*|de\s+verrassing|het\s+cadeau|haar\s+make\s*up|zijn\s+fiets|haar\s+fiets|de\s+taart)\w*",
    r"\b(slat|slan|makt|maken|vermordt|sloeg|maakte)\s+(me|mij|ons)\s+(dod|in\s+\S+|helemaal|altijd|steds|weer)?\s*(met|bij|in)\s+(schaken|dammen|kaarten|fifa|voetbal|tennis|pingpong|tafeltennis|monopoly|"
    r"het\s+spel|de\s+game|ludo|rummikub|scrabble|uno|mario\s*kart|wordfeud)\b",
    # Arabic: banging my head on the wall out of frustration (a form, the language, "from all this")
    r"(?<!\S)(بدي|رح|ح|راح|حابب|بحس\s+بدي|بحس\s+حالي\s+بدي|صرت\s+بدي)\s+(ا|ب)?ضرب\s+راسي\s+(بالحيط|بالحيطه|بالجدار|بالحيطان|عالحيط|بالحيط\s+وبالارض)\s+"
    r"(من\s+(كتر|كثر|كترت|القهر|الغيظ|العصبيه|النرفزه|الزهق)|من\s+ها\S*|من\s+ال\S+|بسبب\s+\S+|لانو\s+ما\s+\S+|لاني\s+ما\s+\S+|ما\s+عم\s+افهم|ما\s+فهمت|شو\s+معقد\S*|ولا\s+مره|كل\s+مره)",
    r"(?<!\S)(بدي|رح|ح|حابب)\s+(ا|ب)?ضرب\s+راسي\s+(بالحيط|بالجدار|عالحيط)\s+(emojilaugh|ه{3,}|😅|😂)",
    r"\b(bade|badi|bdi|bede|ra7|7)\s+(edrob|ederb|adrob|drob|edreb|2edrob)\s+rasi\s+(bel|bl|b|3al|3a)\s*(7e6|7eet|7ay6|7ait|7it|7ee6|7e6an|7ayt|jidar|jedar)\s+"
    r"(men\s+(kotr|ktr|kter|2ahr|ahr|el\s+2ahr|3asabiye|hal\w*|el\s+\w+)|mn\s+(kotr|ktr|kter|hal\w*|el\s+\w+)|bsabab\s+\w+|la2enno\s+ma\s+\w+|ma\s+3am\s+efham|ma\s+fhemt)",
    # a form, an exam, a course that "will kill me" (too many questions, too long)
    r"(?<!\S)" + _R28_THING_AR + r"\s+(\S+\s+)?" + _R28_KILLS_AR + r"(?!\S)(\s+(كتير|كثير|كلو|كلها|فيه|فيها)\s+\S+)?",
    r"\b" + _R28_THING_AZ + r"\s+(\S+\s+)?" + _R28_KILLS_AZ + r"\b(\s+(ktir|kteer|ktiir|kello|kella|fi|fiya|fih)\s+\S+)?",
    # a recipe: cut the meat with the knife, the onion on a high flame
    r"(?<!\S)(قطع|قطعي|قطعو|اقطع|بقطع|فرم|فرمي|افرم|بفرم|قشر|قشري|شرح|شرحي)\s+(ال)?(لحمه|لحم|دجاج|جاج|الدجاج|بصل|بندوره|طماطم|خضره|خضار|بطاطا|جزر|كوسا|باذنجان|خبز|فروج|سمك)\s+"
    r"(\S+\s+)?(بال)?(سكين|سكينه|موس)(?!\S)",
    r"(?<!\S)(حط|حطي|حطو|ضيف|ضيفي|قلي|اقلي|شوح|شوحي|اطبخ|اطبخي|سخن|سخني)\s+(ال)?(بصل|زيت|لحمه|لحم|دجاج|جاج|تومه|توم|بندوره|رز|طنجره|مقلايه|الطنجره|المقلايه|سمنه|زبده)\s+"
    r"(\S+\s+)?(على|علي|عل|ع|عال|فوق)\s*(ال)?نار\s+(قويه|عاليه|هاديه|خفيفه|وسط|متوسطه|واطيه)(?!\S)",
    r"\b(2a66e3|a6e3|2at3i|at3i|efrom|efromi|2ashsher)\s+(el\s+|l)?(la7me|la7ma|djeje|jaj|basal|banadora|khodra)\s+(bel|bl|b)\s*(sekkin|sikkin|skin|mous)\b",
    # fasting in summer "kills", long hours without water; hungry "to death" before iftar
    r"(?<!\S)" + _R28_FAST_AR + r"\s+(\S+\s+)?(بيقتل|بتقتل|يقتل|تقتل|قاتل|قاتله|بيموت|بموت|بيهد|بيهلك|هالك)(?!\S)(\s+(\S+\s+)?(\d+|عشر|اطنعش|تمنطعش)\s+ساع\S*\s+(بلا|بدون|من\s+غير)\s+(مي|ميه|مويه|ماي|اكل|شرب))?",
    r"(?<!\S)(\d+|عشر|اطنعش|تمنطعش)\s+ساع\S*\s+(بلا|بدون|من\s+غير)\s+(مي|ميه|مويه|ماي|اكل|شرب|اكل\s+ولا\s+مي)(?!\S)",
    r"\b" + _R28_FAST_AZ + r"\s+(\w+\s+)?(bi2tol|bye2tol|b2tol|y2tol|2atel|qatel|bimawet|bihadd|bhad|bihlek)\b",
    r"\b(sayem|sayme|sayma|sayim|saymin|saymeen|siyam)\s+(w|o|we|and)\s+(jou3an|ju3an|jo3an|jou3ane|ju3ane|jo3ane|jo3ana|ja3an|ta3ban|ta3bane|3a6shan|3atshan|3a6shane)\s+(mawt|mot|mout|maut|mwt|lal\s*mot|lal\s*mawt)\b",
    r"\b(jou3an|ju3an|jou3ane|ju3ane|jo3ana|ja3an|jo3an|3a6shan|3atshan)\s+(mawt|mot|mout|maut|mwt)\b",
    r"\b(ba2i|ba2a|baqi|dayel|dayl|ba2yin)\s+(sa3a|sa3tein|sa3ten|sa3tain|\d+\s*sa3at|\d+\s*d2aye2|nos\s+sa3a|shway)\s+(lal|l|3al|3a|la)\s*(eftar|iftar|ftour|ftur|f6ur|f6our|maghreb|maghrib|adan|azan)\b",
    r"(?<!\S)(صايم|صايمه|صايمين)\s+(و\s*)?(جوعان|جوعانه|عطشان|عطشانه|تعبان|تعبانه)\s+(موت|للموت)(?!\S)",
    # "she'll kill me if I tell anyone about the surprise / the present / the party"
    r"(?<!\S)(رح|ح|راح|بدها|بدو)\s+(ت|ي)(قتلني|موتني|دبحني|ذبحني)\s+(اذا|ازا|لو|ان)\s+(\S+\s+)?(خبرت|قلت|حكيت|فضحت|كشفت)\s+(\S+\s+)?(عن\s+|ب)?(ال)?(مفاجاه|سر|هديه|حفله|عيد\s+ميلاد\S*|عرس|خطبه|مفاجاتها|مفاجاتو)(?!\S)",
    r"\b(ra7|7|bada|bado)\s+(t2telni|te2telni|y2telni|ye2telni|tdba7ni|ydba7ni)\s+(iza|eza|law)\s+(\w+\s+)?(khabbart|5abbart|2olt|7kit|fada7t)\s+(\w+\s+)?(3an\s+|b)?(el\s+|l)?(mofaja2a|mfaje2a|surprise|ser|hdiye|hadiye|7afle|3id\s+milad\w*)\b",
    # a nosebleed at football or in the playground
    r"\b(nizal|nezel|nzel|nazal|nizil|nezlo|nezil)\s+(dam|dem)\s+(min|men|mn)\s+(manakhir\w*|mnakhir\w*|mana5ir\w*|anf\w*|menkhar\w*|mankhar\w*)\b",
    r"(?<!\S)(نزل|نزلو|بينزل|عم\s+ينزل)\s+(ال)?دم\s+(من|مِن)\s+(مناخيره|مناخيرها|مناخيري|انفه|انفها|انفي|منخاره|منخارها|خشمه)(?!\S)",
    # a child playing a shooter game who "kills everyone"
    r"\b(yil3ab|yel3ab|yl3ab|byel3ab|bil3ab|bel3ab)\s+(pubg|bubg|fortnite|cod|call\s+of\s+duty|free\s*fire|gta|minecraft|game)\s+(w\s+|o\s+)?(bi2tol|b2tol|bye2tol|by2tol|y2tol|2atal|bi2atel)\s+(el\s+|l)?(kel|kol|kil|kill|nas|a3da2|zombie\w*|jame3)\b",
)
_ROUND28_CRISIS_NL_AR: tuple[str, ...] = (
    # a will written today, and who cares for my child "when I am gone"
    _both(_R28_WILL_NL, _R28_GONE_NL, r"(" + _R28_NOW_NL + "|" + _R28_CARE_NL + ")"),
    # a relative threatens to kill me if I go to the municipality, the police, the doctor or tell anyone
    _both(_R28_FAMILY_KILL_NL, _R28_REPORT_NL),
    # someone drank poison (bleach, rat poison) and lies on the floor / does not respond
    _both(_R28_NOT_POISON_NL, _R28_POISON_NL, _R28_DRANK_NL, _R28_DOWN_NL),
    # poison, bleach or all the pills swallowed, on the floor / not answering (Arabizi, Arabic)
    _both(r"\b(shereb|sharab|sherbet|sharbet|shirib|shrib|shirbet|bala3|bal3et|bala3et|bil3|ble3)\s+((samm|sam|sim|sem)\b|(\S+\s+)?(klor|clor|chlor|jafel|javel|mobid|mobeed|kel\s+el\s+dawa|kel\s+el\s+7bob|kl\s+el\s+7bob|el\s+7bob\s+kella)\b)",
          r"\b(wa2e3|wa2e3a|wa2a3|wa2a3et|3al\s*ard|3al\s*2ard|ma\s+3am\s+(trod|yrod|yfi2|tfi2|tsa7i|ysa7i|ye7ki|te7ki|yetnafas|tetnafas)|mesh\s+3am|sa3douna|sa3edni|sa3douni|ysa3edni|is3af|es3af|112|ambulance|yestafreq|yestafre2|byerjof)\b"),
    _both(r"(?<!\S)(شرب|شربت|بلع|بلعت)\s+(\S+\s+)?(ال)?(كلور|جافيل|مي\s+جافيل|مبيد|مبيد\s+حشرات|سم\s+فيران|كل\s+الحبوب|كل\s+الدوا|الحبوب\s+كلها|ديتول)(?!\S)",
          r"(واقع|واقعه|عالارض|على\s+الارض|ما\s+عم\s+(ي|ت)?(رد|صحى|صحي|تنفس|يتنفس|تتنفس|حكي)|مش\s+عم|ساعدوني|اسعاف|يستفرغ|تستفرغ|يرجف|ترجف|بدها\s+تموت|بدو\s+يموت)"),
    # a relative: "he'll kill me if I go to the police / the municipality / tell anyone" (Arabizi)
    r"\b(y2telni|yi2telni|ye2telni|bi2telni|byi2telni|yedba7ni|ydba7ni|byedba7ni|bido\s+y2telni|bido\s+yedba7ni|ra7\s+y2telni|ra7\s+yedba7ni)\s+(iza|eza|law|la)\s+(\w+\s+){0,2}?"
    r"(ro7t|r7t|r7et|2olt|olt|khabbart|5abbart|khabart|7akeit|7kit|7akit|tarakt|tlakt)\s+(\w+\s+)?(3al\s+|la\s+|l|ma3\s+)?(el\s+)?(police|polis|shorta|shor6a|baladiye|gemeente|doctor|doktor|bet|beit|7ada|regisseur)\b",
    # throwing myself off the bridge or the balcony (Arabizi, Arabic)
    _R28_BRIDGE_AZ, _R28_BRIDGE_AR,
    # "help, he has a knife / a gun" (a call for help with a weapon, no place needed)
    _both(r"(?<!\S)(ساعدوني|ساعدني|الحقوني|الحقني|النجده|انقذوني|يا\s+ناس|بسرعه)(?!\S)", r"(?<!\S)(معو|معه|معها|معها|حامل|حامله|ماسك|ماسكه|شاهر|بايدو|بايده|بيده)\s+(ال)?(سكين|سكينه|موس|مسدس|ساطور|سلاح|فرد|خنجر)(?!\S)"),
    _both(r"\b(sa3douni|sa3edni|sa3dooni|il7a2ouni|el7a2ouni|ne5de|najde|bsor3a)\b", r"\b(ma3o|ma3a|maso|7amel|7amle|mesek|maasek|b2ido|bideh)\s+(el\s+|l)?(sekkin|sikkin|skin|mous|moos|mosaddas|msadas|sla7|silah|sa6or|khanjar)\b"),
    # "I want to bang my head on the wall until it bleeds / until I die"
    r"(?<!\S)(بدي|رح|ح|راح|حابب)\s+(ا|ب)?ضرب\s+راسي\s+(بالحيط|بالحيطه|بالجدار|بالحيطان|عالحيط)\s+(\S+\s+)?(لحتى|لحد|لين|تا|حتى|لما)\s+(\S+\s+)?(ينزل|يطلع|يسيل|موت|اموت|ينكسر|يفقع|يفجر)",
    r"\b(bade|badi|bdi|ra7)\s+(edrob|ederb|adrob|drob)\s+rasi\s+(bel|bl|b|3al|3a)\s*(7e6|7eet|7ay6|7ait|7it|7ayt|jidar)\s+(la7atta|la7ad|lal|ta|7atta|lamma)\s+(\w+\s+)?(ynzal|yenzal|yenzel|ytla3|mot|emot|amot|yenkeser)\b",
)
_ROUND28_UNCERTAIN_NL_AR: tuple[str, ...] = (
    # a will and "when I am gone", alone
    _both(_R28_WILL_NL, _R28_GONE_NL),
    _both(_R28_GONE_NL, _R28_CARE_NL, r"\b(moet|moeten|zal|wil\s+dat|zorgt|zorgen)\b"),
    # a relative who says they will kill me, alone
    _R28_FAMILY_KILL_NL,
    # poison drunk, alone
    _both(_R28_NOT_POISON_NL, _R28_POISON_NL, _R28_DRANK_NL),
    # standing on the bridge a long time looking down at the water
    _both(r"\b(op|bij|van)\s+de\s+brug\b", r"\b(nar|in)\s+(het|de)\s+(water|rivier|diepte|gracht)\s+(\S+\s+){0,2}?(kijken|gekeken|staren|gestaard|kijk|staar|keek|staarde)\b|\b(kijk|staar|keek|staarde|kijken|staren)\s+(\S+\s+)?(nar|in)\s+(het|de)\s+(water|rivier|diepte|gracht)\b",
          r"\b(hele\s+(middag|dag|avond|nacht|ochtend)|uren|urenlang|al\s+(een|twe|drie)\s+(uur|uren)|lang|steds|elke\s+dag)\b"),
    # no food for days or weeks after a loss: "why should I eat at all"
    _both(r"(?<!\S)(ما\s+(باكل|اكلت|عم\s+اكل|عم\s+باكل|كلت)|بطلت\s+اكل|ما\s+عاد\s+اكل)(?!\S)", r"(?<!\S)(ليش|لشو|شو\s+الفايده|ليه)\s+(ل?اكل|اكل|لاكل|اعيش|عيش|ل?عيش)(?!\S)"),
    r"\b(lesh|leish|lech|lshu|shu\s+el\s+fayde)\s+(l2akol|la2kol|akol|2akol|l3ish|3ish|e3ish)\b(?=.*\b(ma\s+(bakol|akalt|3am\s+bakol|kalt)|batalt\s+akol)\b)",
    # "I'll bang my head on the wall", without a cause (the everyday causes are idioms)
    r"(?<!\S)(بدي|رح|ح|راح|حابب)\s+(ا|ب)?ضرب\s+راسي\s+(بالحيط|بالحيطه|بالجدار|بالحيطان|عالحيط)",
)
# (round 28, Dutch and Arabic: end)
# (round 28, Tigrinya: start)
# Kinds from batch 28 and own probes (Ge'ez first, then Latin-script Tigrinya). NON-NATIVE WRITTEN: needs review
# by a native speaker.
_R28_FAMILY_TI = (r"(ሰብኣየይ|ሰብኣየ|ሰበይተይ|በዓል\s+ቤተይ|ኣቦይ|ኣደይ|ሓወይ|ሓፍተይ|ሓሙይ|ሓማተይ|ኣኮይ|ዝነበረ\s+ሰብኣየ\S*|ኣቦ\s+ደቀይ|"
                  r"ሰብኣይ\s+ኣደይ|ኤክስ|ወደይ)")
_R28_FAMILY_LA = (r"\b(sebayey|sebaye|sebayei|sebeyey|sebeye|sebeyti|sebeytey|sebetey|beal\s+betey|bealbetey|abey|adey|hawey|haftey|"
                  r"hamuy|hamatey|akoy|ex|abo\s+dekey|man|partner)\b")
# "(he) will kill me / us": Latin spellings with the vowels anywhere ("yiqtilini", "kqetleni", "yktleni"); not the
# past "qetiluni" ("it killed me", said of a train or a game)
_R28_KILL_ME_LA = r"\b(y|k|yi|ki|ke|ye|yk|ik|yiki|iki)?(q|k|kh)[ie]?t[ie]?l[ie]?(ni|na)\b"
_R28_KILL_ME_TI = r"(?<!\S)(ይ|ክ|ዪ|ኪ|ይክ|ት|ክት|ትክ)?(ቐ|ቕ|ቀ|ቅ)(ቲ|ት|ተ)(ሊ|ለ)(ኒ|ና)(?!\S)"
_R28_NOT_GAME_LA = (r"^(?!.*\b(game|games|gem|fifa|playstation|ps4|ps5|call\s+of\s+duty|fortnite|pubg|ludo|karta|chess|dama|"
                    r"kuaeso|film|serie|homework|huiswerk|eyo|fetena|babur|bus|trein|emojilaugh|haha\w*)\b)")
_R28_NOT_GAME_TI = r"^(?!.*(ጸወታ|ጌም|ፊፋ|ካርታ|ቸስ|ዳማ|ሉዶ|ልዶ|ኩዕሶ|ኳዕሶ|ፊልም|ተኸታታሊ|ዕዮ\s+ገዛ|ፈተና|ባቡር|ኣውቶቡስ|ዋዛ|emojilaugh))"
# carbon monoxide or gas: an alarm or a smell, and people dizzy, sick, fainting
_R28_CO_TI = r"(?<!\S)(co|ካርቦን\S*|ካርቦንሞኖክሳይድ\S*|koolmonoxide\S*|comelder\S*)(?!\S)"
_R28_GAS_TI = r"(?<!\S)(ጋዝ|ጋስ|gas|ጋዝ\S+)(?!\S)"
_R28_ALARM_TI = (r"(መጠንቀቕታ|ኣላርም|alarm\S*|melder\S*|ይድውል|ይጭድር|ይጭርሕ|ይጨርሕ|ይጭውጭው|ሽታ|ይሽትት|ይሸትት|ይጨኑ|ይፈስስ|ፈሲሱ|ይወጽእ\s+ኣሎ|"
                  r"ክፉት\s+ተሪፉ|lek|lekt)")
_R28_SYMPTOM_TI = (r"((ርእስና|ርእሰይ|ርእሱ|ርእሳ|ርእሶም|ርእሲ)\s+(\S+\s+)?(ይዘውረና|ይዘውረኒ|ይዘውሮ|ይዘውራ|ይዘውሮም|ይዘውር|ዞይሩና|ዞይሩኒ|ይዞረና|ይዞረኒ|"
                   r"ይሓምመና|ይሓመና|ይሓመኒ|ይሓምመኒ|ሓሚሙና)|(ክንተፍእ|ይተፍኡ|ይተፍእ|ተፊኦም|ተፊኡ|ተፊኣ|ተምላስ|ምትፋእ|ዓሪቡ|ዓሪባ|ዓሪቦም|"
                   r"ጸሊምዎ|ጸሊምዋ|ጸሊሙና|ደኺምና|ዝዋ|ድንዙዛት|ድንዙዝ|ክንድቅስ\s+ደሊና|ትንፋስ\s+ሓጺሩና|ኣይንነቕሕን|ኣይነቕሕን))")
_R28_CO_LA = r"\b(co|koolmonoxide|karbon\w*|comelder)\b"
_R28_GAS_LA = r"\b(gas|gaz)\b"
_R28_ALARM_LA = r"\b(alarm\w*|melder|metenqeqta|metenkekta|ydewl|ydewil|ytchdr|shta|shita|yshtt|yfess|yfes|lek|lekt|ruik\w*)\b"
_R28_SYMPTOM_LA = (r"\b((rsna|risna|rese|rsey|resey|rsu|risu|rsom)\s+(\w+\s+)?(yzewrena|yzewreni|yzewro|yzewr|zoyruna|zoyruni|"
                   r"yhamena|yhameni|yhamemena)|duizelig|misselijk|knteft|ytefu|ytefe|tefiom|tefiu|aribu|ariba|aribom|"
                   r"tselimwo|tselimuna|dekhimna|dekimna|aynneqhn|aynekhn)\b")
_R28_SOUNDING_TI = r"(ይድውል|ይጭድር|ይጭርሕ|ይጨርሕ|ይጭውጭው|ደዊሉ|ጨሪሑ|ይነፍሕ|piept|gaat\s+af|afgegaan)"
_R28_SOUNDING_LA = r"\b(ydewl|ydewil|ydewel|dewilu|ytchdr|ychdr|ytchrh|piept|afgegaan|gaat\s+af)\b"
# standing or lying on the railway track, waiting for a train (a plan and a means)
_R28_TRACK_TI = r"(ባቡር\s+መንገዲ|መንገዲ\s+ባቡር|ሓዲድ|ሓጺን\s+መንገዲ|ሬይል|ሬል|ስፖር|spoor\S*|rails)"
_R28_ON_TRACK_TI = (r"(?<!\S)(ኣብ|ኣብ\s+ማእከል|ኣብ\s+ልዕሊ|ኣብ\s+ውሽጢ)\s+" + _R28_TRACK_TI + r"\S*\s+(\S+\s+){0,2}?"
                    r"(ደው\s+ኢለ|ደው\s+ኢልና|ኮፍ\s+ኢለ|ኮፍ\s+ኢልና|ተጋዲመ|ተጋዲምና|ተቐሚጠ|ተቐሚጥና|ዓሪደ|ኣለኹ|ኣለና|ክድቅስ|ክጋደም)(?!\S)")
_R28_WAIT_TRAIN_TI = (r"(ባቡር\s+(\S+\s+)?(እጽበ|እጽበያ|ይጽበ|ክሳብ\s+ዝመጽእ|ክሳብ\s+ትመጽእ|ክሳብ\s+ዝሓልፍ|ክሳብ\s+ትሓልፍ|ክመጽእ|ክትመጽእ)|"
                      r"ክሳብ\s+(ባቡር\s+)?(ዝመጽእ|ዝመጽኣ|ትመጽእ|ዝሓልፍ|ትሓልፍ))(?!\S)")
_R28_NOT_TRAVEL_TI = r"^(?!.*(ጣቢያ|ስቴሽን|station|ፕላትፎርም|perron|ቲኬት|ቲከት|ደንጉያ|ደንጉዩ|ዝኸይድ|ክኸይድ|ንስራሕ|ናብ\s+ስራሕ|ቆጸራ|ኣውቶቡስ|ካርድ|ov|ns))"
_R28_ON_TRACK_LA = (r"\bab\s+(mengedi\s+babur|babur\s+mengedi|hadid|spoor|rails|rail)\s+(\w+\s+){0,2}?"
                    r"(dew\s+ile|dew\s+ilna|kof\s+ile|tegadime|teqemite|aleku|alena|kdqs|kgadem)\b")
_R28_WAIT_TRAIN_LA = (r"\b(babur\s+(\w+\s+)?(etsbe|etsbeya|ytsbe|ksab\s+zmetse|ksab\s+tmetse|kmetse)|"
                      r"ksab\s+(babur\s+)?(zmetse|zmetsa|tmetse|zhalf|thalf))\b")
_R28_NOT_TRAVEL_LA = r"^(?!.*\b(station|perron|ticket|tiket|dengiya|dengiyu|zkheyd|kkheyd|nsrah|qotsera|bus|ov|ns)\b)"
_R28_NOT_BILL_TI = r"^(?!.*(ክፍሊት|ፋክቱር|ቢል|ሕሳብ|ኦንትዞርገን|ontzorgen|rekening|factuur|energie|ክንደይ|ኣበይ\s+ይኽፈል))"

_ROUND28_IDIOMS_TI: tuple[str, ...] = (
    # a phone, laptop or battery "dying" / "dead" (battery low, broken screen)
    r"(?<!\S)(ባትሪ|ባተሪ|ቻርጅ|ተሌፎን|ተለፎን|ቴሌፎን|ሞባይል|ሞቢል|ላፕቶፕ|ኮምፒተር|ኮምፒዩተር|ታብሌት|ስልኪ|ስክሪን|batterij|accu|telefoon|laptop|mobiel)\S*"
    r"\s+(\S+\s+){0,2}?(ክሞት|ክመውት|ሞይቱ|ሞይታ|ሞተ|ሞተት|ምዉት|ምውት|ሞይቱኒ|ሞይታትኒ|ሞቱ)(\s+(ቀሪቡ|ቀሪባ|ኣሎ|ኣላ|እዩ|እያ|ደልዩ))?(?!\S)",
    r"\b(batri|batteri|batterij|accu|telefon\w*|telefoon|mobail|mobiel|laptop|kompyuter|computer|tablet|scherm)\s+(\w+\s+){0,2}?"
    r"(kmut|kmot|kmewt|moytu|moyta|mote|motet|mwut|mut|dod)(\s+(qeribu|qeriba|alo|ala|eyu|iyu|eya))?\b",
    # a film, a series, the news or a book in which someone beats or kills someone (seen, not lived)
    r"(?<!\S)(ኣብ\s+)?(ተኸታታሊ|ፊልም|ድራማ|ሲሪያል|ሲሪ|ዜና|ቲቪ|ቴሌቪዥን|መጽሓፍ|ዛንታ|ዩቱብ|ቲክቶክ|ኔትፍሊክስ|ታሪኽ)\S*\s+(\S+\s+){0,4}?"
    r"(ይወቕዓ|ይወቕዖ|ይወቕዕ|ወቒዑዋ|ወቒዕዋ|ወቒዑዎ|ይሃርማ|ይሃርሞ|ይሃርም|ሃሪሙዋ|ሃሪምዋ|ይቐትል|ይቐትላ|ይቐትሎ|ቀቲሉዋ|ቀቲሉዎ|ቀቲልዋ|ቀቲሉ|ቀቲላ|"
    r"ይሓንቓ|ሓኒቑዋ|ይጎድኣ|ጎዲኡዋ|ይዓምጻ|ዓሚጹዋ|ዝወቕዕ|ዝቐትል|ዝሃርም)(\s+ነይሩ|\s+ነበረ|\s+ነይሩዎ)?(?!\S)",
    r"\b(ab\s+)?(film|filim|serie|series|drama|tv|nieuws|zena|youtube|tiktok|netflix|metshaf|boek)\s+(\w+\s+){0,4}?"
    r"(yweqa|yweqo|yweqe|weqiuwa|yharma|yharmo|yqetl|yqetla|yqetlo|qetiluwa|qetiluwo|qetilu|qetila|yhanqa|haniquwa)(\s+neyru)?\b",
    # fasting (Lent, Ramadan, a feast's eve): not eating or drinking until the evening
    r"(?<!\S)(ኣብ\s+)?(ጾም|ጾመ|ጾምና|ጾመና|ጸይመ|ጸይምና|ጾመኛ|ሁዳዴ|ፍልሰታ|ረመዳን|ራመዳን|ራማዳን|ረማዳን|ጾመ\s+ኣለኹ|ወርሒ\s+ረመዳን)\S*\s+(\S+\s+){0,8}?"
    r"(ኣይበልዕን|ኣይሰትን|ኣይንበልዕን|ኣይንሰትን|ኣይትበልዕን|ኣይበልዕን\s+ኣይሰትን|ኣይበላዕኩን|ኣይበላዕናን|ኣይሰተኹን|ኣይበልዑን|ኣይሰትዩን|"
    r"ምግቢ\s+የለን|መግቢ\s+የለን|ጠሚና|ጠምየ|ጸሚእና|ጸሚአ)(?!\S)",
    r"\b(ab\s+)?(tsom|tsome|tsomna|tseyme|tseymna|hudade|filseta|ramadan|ramedan|remedan|ramadhan|vasten|fasting)\s+(\w+\s+){0,8}?"
    r"(aybelen|aybeln|aybelien|aybelin|aysetn|aysetin|aynbelen|aynbeln|aynsetn|aybelaekun|aybelaenan|temina|temye)\b",
    # a blood test, an injection or a vaccination, and being afraid of it
    r"(?<!\S)(bloedprik\S*|bloedonderzoek\S*|prik\S*|vaccin\S*|ክታበት\S*|መርፍእ\S*|ምርመራ\s+ደም|ፈተና\s+ደም|ደም\s+(\S+\s+)?(ክውሰደለይ|ክውሰድ|ክወስዱለይ|"
    r"ክወስዱ|ምውሳድ|ክፍተሽ|ክምርመር)|ላቦራቶሪ|ላብ)\S*(\s+\S+){0,4}?\s+(ፈሪሐ|ፈሪሐዮ|ይፈርሕ|ይፈርሕ\s+እየ|ፍርሒ\s+\S+|ሰጊአ)(?!\S)",
    r"(?<!\S)(ደም\s+(ክውሰደለይ|ክውሰድ|ክወስዱለይ|ክወስዱ|ምውሳድ|ክፍተሽ|ክምርመር)|ክታበት|መርፍእ)(?!\S)",
    r"\b(bloedprik\w*|bloedonderzoek|prik|vaccin\w*|ktabet|merfe|merfie|dem\s+(kwuseleley|kwused|kwesduley|mwusad))\s+(\w+\s+){0,4}?"
    r"(ferihe|ferhe|yferh|segie|bang)\b",
    # debts, bills, rent or a fine that "choke me" (worry about money, not a throat)
    r"(?<!\S)(ዕዳ|ዕዳታት|ዕዳይ|ልቓሕ|ልቃሕ|ክፍሊት|ክፍሊታት|ቢል|ቢልታት|ፋክቱር|ሕሳባት|ኪራይ|ገንዘብ|መቕጻዕቲ|ቅጽዓት|ግብሪ|schuld\S*|rekening\S*|"
    r"huur|boete\S*|aanmaning\S*|ኣንማኒንግ|ስኹልድ)\S*\s+(\S+\s+){0,3}?(ሓኒቑኒ|ሓኒቑና|ሓኒቓትኒ|ሓኒቓትና|ሓኒቖምኒ|ሓኒቖምና|ይሓንቐኒ|ይሓንቐና|ትሓንቐኒ|"
    r"የሓንቐኒ|ይሓንቑኒ|ይሓንቑና|ሓንቒኒ)(?!\S)",
    r"\b(dea|deya|edda|eda|dietat|lqah|kfilit|bil|faktur|hisabat|kiray|genzeb|schuld\w*|rekening\w*|huur|boete\w*|aanmaning\w*)\s+"
    r"(\w+\s+){0,3}?(haniquni|haniquna|hanikuni|haniqatni|haniqomni|yhanqeni|yhankeni|yhanqena|thanqeni|yhanquni)\b",
    # a pet that died (the cat, the dog, the fish, the bird), the children crying
    r"(?<!\S)(ድሙ|ድሙና|ድሙኣ|ድሙኡ|ከልቢ|ከልብና|ከልቡ|ዓሳ|ዓሳና|ዑፍ|ዑፍና|ኣዕዋፍ|ሃምስተር|ጨንቀል|ፈረስ|ኣድጊ|ደርሆ|kat|poes|hond|hamster|konijn|vogel|vis)\S*"
    r"\s+(\S+\s+){0,2}?(ሞይቱ|ሞይታ|ሞይቶም|ሞተ|ሞተት|ሞይቱና|ሞይታትና|ዓሪፉ|ዓሪፋ|ተቐቲሉ|ተቐቲላ|ሞይቱልና|ሞይታትልና)"
    r"(\s+(ደቀይ|ቆልዑ|ቆልዓ|ወደይ|ጓለይ|ደቅና|ኩላትና)\s+(ይበኽዩ|ይበኪ|ትበኪ|ሓዚኖም|ሓዚኑ|ሓዚና|ሓዚንና|ይሓዝኑ))?(?!\S)",
    r"\b(dmu|dimu|dmuna|dimuna|kelbi|kelbna|kelbu|asa|ufu|kat|poes|hond|hamster|konijn|vogel|vis)\s+(\w+\s+){0,2}?"
    r"(moytu|moyta|moytom|mote|motet|moytuna|moytatna|arifu)\b",
    # a train, a bus, a queue, the heat, a teacher with homework, a game that "kills me / us" (annoyance)
    r"\b(babur|babor|bus|autobus|trein|tram|metro|ns|taxi|file|rij|wachtrij|qetsera|kotsera|wait\w*|kewhi|kweh|muqet|hitte|"
    r"memhr|memhir|memhrna|leraar|juf|meester|homework|huiswerk|eyo\s+geza|srah|fetena\w*|toets\w*|kors|les|taal|grammatica|"
    r"game|games|gem|call\s+of\s+duty|cod|fortnite|pubg|minecraft|fifa|playstation|ps4|ps5|ludo|karta|chess|dama)\s+"
    r"(?:(?!(?:sebayey|sebeyey|sebaye|sebeytey|abey|adey|hawey|ex|man)\b)\w+\s+){0,5}?"
    r"(y?i?qet[ie]?l(u|e|a|o)(ni|na)|qetilatni|qetilomni|qetilomna|qetiluni|qetiluna|yqetla(ni|na)|tqetleni|tqetlena)\b",
    r"(?<!\S)(ባቡር|ኣውቶቡስ|ታክሲ|ቆጸራ|ምጽባይ|ሕሰም\s+ሙቐት|ሙቐት|ዋዒ|መምህር|መምህርና|መምህርት|ዕዮ\s+ገዛ|ፈተና\S*|ሰዋስው|ጸወታ|ጌም|ፊፋ|ሉዶ|ካርታ)\S*\s+"
    r"(?:(?!(?:ሰብኣየይ|ሰበይተይ|ኣቦይ|ኣደይ|ሓወይ)(?!\S))\S+\s+){0,5}?"
    r"(ይቐትለኒ|ይቐትለና|ትቐትለኒ|ትቐትለና|ይቐትሉኒ|ይቐትሉና|ቀቲሉኒ|ቀቲሉና|ቀቲላትኒ|ቀቲሎምኒ|ቀቲሎምና|ዪቐትላና|ዪቐትሉኒ|ይቐትላና|ይቐትላኒ)(?!\S)",
    # killing weeds, insects or mice in the garden or the house; a cold that "cuts / kills to the bone"
    r"(?<!\S)(ሓሽላ|ሳዕሪ|ሓሸራ|ኣንጭዋ|ኣንጭዋታት|ጻጻ|ትኋን|ቁንጪ|ሓሰኻ|ሓሳኹ|ጣንጡ|ዓሶ|ኮክሮች|onkruid\S*|muizen|mieren|muggen|kakkerlak\S*)\S*\s+(\S+\s+){0,2}?"
    r"(ቀቲለዮ|ቀቲለዮም|ቀቲልናዮ|ቀቲልናዮም|ክቐትል|ክንቐትል|ቀቲለ|ቀቲልና|ይቐትል|ዝቐትል|ኣጥፊአዮ|ኣጥፊእናዮ)(?!\S)",
    r"\b(hashla|saeri|hashera|anchwa|tsatsa|onkruid|muizen|mieren|muggen)\s+(\w+\s+){0,2}?(qetileyo|qetileyom|qetilnayo|kqetl|qetile)\b",
    r"(?<!\S)(ቁሪ|ዛሕሊ|ዝሑል|ዝሒሉ|ንፋስ|ቆሪ)\S*\s+(\S+\s+){0,3}?(ይቖርጽ|ይቆርጽ|ይሰብር|ይኣቱ|ይቐትል|ይቐትለኒ|ይቐትለና|ቀቲሉኒ|ቀቲሉና)(?!\S)",
    r"\b(quri|qori|zahli|zhul|nfas)\s+(\w+\s+){0,3}?(yqorts|yqurts|yatu|yqetl|yqetleni|qetiluni)\b",
    # a death certificate, a funeral's papers (paperwork after a relative died)
    r"(?<!\S)(መሰኸር|መሰከር|መረጋገጺ|ወረቐት|ሰርቲፊኬት)\S*\s+(\S+\s+)?(ሞት|ቀብሪ|ሞቱ|ሞታ)(?!\S)|(?<!\S)overlijdens\S*",
    r"\b(mesekir|meseker|mesekher|wereqet|wereket|sertifiket|certificaat|akte)\s+(\w+\s+)?(mot|qebri|motu|mota)\b",
    # a hairdresser who "killed" my hair (a bad haircut), a cook who "killed" the food
    r"(?<!\S)(ቀራጽ\s+ጸጉሪ|ቆራጽ\s+ጸጉሪ|ጸጉረይ|ጸጉሪ|ጸጉራ|ጸጉሩ|ጭሕመይ|ኣጻብዕተይ|ፀጉረይ|kapper)\S*\s+(\S+\s+){0,3}?"
    r"(ቀቲሉዎ|ቀቲላቶ|ቀቲሎሞ|ቀቲላቶ|ቀቲሉዋ|ኣበላሽዩዎ|ኣበላሽያቶ|ቀቲሉ|ቀቲላ|ሞይቱ)(?!\S)",
    r"\b(qerats\s+tsguri|tsgurey|tsguri|tsgura|tsguru|tshmey|kapper|hair|haar)\s+(\w+\s+){0,3}?(qetiluwo|qetilato|qetilomo|qetilu|qetila|abelashyuwo|moytu)\b",
    # a doctor or a check-up that found nothing ("everything is fine, he said")
    r"(?<!\S)(ሓኪም|ዶክተር|ዶክቶር|ዶኽቶር|ዶኽተር|ሓኪመይ|ነርስ|huisarts|dokter|doktor|ቸክኣፕ|ምርመራ|ፈተሻ|check\s*up|checkup|controle)\S*\s+(\S+\s+){0,4}?"
    r"(ኩሉ\s+)?(ደሓን|ጽቡቕ|ጥዕና)\s+(እዩ|ኢዩ|ኣሎ|ኣለኹ|ኣለዎ)\s+(ኢሉ|ኢላ|ኢሎም|ኢሉኒ|ኢላትኒ|ኢሎምኒ)(?!\S)",
    r"\b(hakim|hakimey|doktor|dokter|doctor|huisarts|nurse|checkup|check\s+up|controle|mrmera)\s+(\w+\s+){0,4}?"
    r"(kulu\s+)?(dehan|tsbuq|tsibuq|teina|goed)\s+(eyu|iyu|alo|aleku)\s+(ilu|ila|ilom|iluni|ilatni)\b",
)
_ROUND28_CRISIS_TI: tuple[str, ...] = (
    # someone tried to hang or kill themselves (found, still breathing)
    r"(?<!\S)(ክሓንቕ|ክሕነቕ|ክሰቕል|ክስቀል|ክጥሕል|ርእሱ\s+ክቐትል|ርእሳ\s+ክትቐትል|ነብሱ\s+ክቐትል|ነብሳ\s+ክትቐትል|ርእሶም\s+ክቐትሉ)\s+(\S+\s+)?"
    r"(ፈቲኑ|ፈቲና|ፈቲኖም|ፈቲነ|ፈቲንኩ|ሃቂኑ|ሃቂና|ደልዩ\s+ነይሩ|ደልያ\s+ነይራ)(?!\S)",
    r"\b(khanq|kihanq|khaneq|kihaneq|ksekl|rsu\s+kqetl|risu\s+kqetl|rsa\s+ktqetl|nebsu\s+kqetl)\s+(\w+\s+)?(fetinu|fetina|fetinom|fetine)\b",
    # on the railway track, waiting for the train
    _both(_R28_ON_TRACK_TI, _R28_WAIT_TRAIN_TI, _R28_NOT_TRAVEL_TI),
    _both(_R28_ON_TRACK_LA, _R28_WAIT_TRAIN_LA, _R28_NOT_TRAVEL_LA),
    # carbon monoxide / gas: an alarm or a smell, and dizziness, vomiting, fainting
    _both(_R28_CO_TI, _R28_SYMPTOM_TI),
    _both(_R28_GAS_TI, _R28_ALARM_TI, _R28_SYMPTOM_TI, _R28_NOT_BILL_TI),
    _both(_R28_CO_LA, _R28_SYMPTOM_LA),
    _both(_R28_GAS_LA, _R28_ALARM_LA, _R28_SYMPTOM_LA),
    # a partner or a relative who "will kill me", in the spellings the older rules miss
    _both(_R28_FAMILY_LA, _R28_KILL_ME_LA, _R28_NOT_GAME_LA),
    _both(_R28_FAMILY_TI, _R28_KILL_ME_TI, _R28_NOT_GAME_TI),
)
_ROUND28_UNCERTAIN_TI: tuple[str, ...] = (
    # going to lie down on the railway track (no train named)
    _both(r"(?<!\S)(ሓዲድ|ባቡር\s+መንገዲ|መንገዲ\s+ባቡር|ሓዲድ\s+ባቡር)\S*", r"(?<!\S)(ክጋደም|ተጋዲመ|ክቐውም|ደው\s+ክብል)(\s+እየ)?(?!\S)", _R28_NOT_TRAVEL_TI),
    _both(r"\b(hadid|babur\s+mengedi|mengedi\s+babur|spoor)\b", r"\b(kgadem|tegadime|kqewm)\b", _R28_NOT_TRAVEL_LA),
    # a CO alarm sounding, or gas smelt, without symptoms named
    _both(_R28_CO_TI, _R28_SOUNDING_TI, _R28_NOT_BILL_TI),
    _both(_R28_CO_LA, _R28_SOUNDING_LA),
)
# (round 28, Tigrinya: end)
_ROUND28_IDIOMS = _ROUND28_IDIOMS_NL_AR + _ROUND28_IDIOMS_TI
_ROUND28_CRISIS = _ROUND28_CRISIS_NL_AR + _ROUND28_CRISIS_TI
_ROUND28_UNCERTAIN = _ROUND28_UNCERTAIN_NL_AR + _ROUND28_UNCERTAIN_TI


# Short, unambiguous words also looked for with all spaces removed ("z e l f  m o o r d").
_KEYWORDS = ("zelfmoord", "zelfdoding", "suicid", "انتحار", "انتحر", "ርእሰቅትለት", "ነብሰቅትለት")


@lru_cache(maxsize=1)
def _patterns() -> tuple[_EachOf, _AnyOf, _AnyOf, tuple[str, ...], _AnyOf]:
    return (
        # The round-16 idioms first: they are more specific than the older ones they overlap.
        _EachOf(_TRIVIAL_THREAT_IDIOMS + _ROUND28_IDIOMS + _ROUND27_IDIOMS + _ROUND26_IDIOMS + _ROUND25_IDIOMS + _ROUND24_IDIOMS + _ROUND23_IDIOMS + _ROUND22_IDIOMS + _ROUND21_IDIOMS + _ROUND20_IDIOMS + _ROUND19_IDIOMS + _ROUND18_IDIOMS + _ROUND17_IDIOMS + _ROUND16_IDIOMS + _IDIOMS_NL + _IDIOMS_AR + _IDIOMS_TI + _MEANING_IDIOMS),
        _AnyOf(_CRISIS_NL + _CRISIS_AR + _CRISIS_TI + _GENERAL_CRISIS_NL + _GENERAL_CRISIS_AR + _GENERAL_CRISIS_TI
               + _MEANING_CRISIS + _ROUND16_CRISIS + _ROUND17_CRISIS + _ROUND18_CRISIS + _ROUND19_CRISIS + _ROUND20_CRISIS + _ROUND21_CRISIS + _ROUND22_CRISIS + _ROUND23_CRISIS + _ROUND24_CRISIS + _ROUND25_CRISIS + _ROUND26_CRISIS + _ROUND27_CRISIS + _ROUND28_CRISIS),
        _AnyOf(_UNCERTAIN_NL + _UNCERTAIN_AR + _UNCERTAIN_TI
               + _GENERAL_UNCERTAIN_NL + _GENERAL_UNCERTAIN_AR + _GENERAL_UNCERTAIN_TI
               + _MEANING_UNCERTAIN + _ROUND16_UNCERTAIN + _ROUND17_UNCERTAIN + _ROUND18_UNCERTAIN + _ROUND19_UNCERTAIN + _ROUND20_UNCERTAIN + _ROUND21_UNCERTAIN + _ROUND22_UNCERTAIN + _ROUND23_UNCERTAIN + _ROUND24_UNCERTAIN + _ROUND25_UNCERTAIN + _ROUND26_UNCERTAIN + _ROUND27_UNCERTAIN + _ROUND28_UNCERTAIN),
        tuple(matching_view(k).replace(" ", "") for k in _KEYWORDS),
        _AnyOf(_CLAUSE_UNCERTAIN_NL + _CLAUSE_UNCERTAIN_AR + _CLAUSE_UNCERTAIN_TI + _ROUND22_CLAUSE_UNCERTAIN),
    )


# What stands where an idiom was cut out: no pattern matches it, and the classifier learns it
# from the negatives (deleting the idiom would leave a fragment such as "hij" to be judged alone).
IDIOM_MARK = "§"


# "I am going to die" right after an idiom ("my phone's battery is dead, I am going to die") is
# the same hyperbole. ("dod": the view squeezes doubled Latin letters; "dood" never matched before round 18.)
_AFTER_IDIOM = re.compile(IDIOM_MARK + r"\s+((ik\s+)?ga\s+(echt\s+)?dod|(رح|ح|عم)\s+(ا)?موت|(ክመውት|ክሞት)\s+(እየ|ቀሪበ))(?!\S)")


def _without_idioms(view: str) -> str:
    idioms = _patterns()[0]
    view = _WHITESPACE.sub(" ", idioms.sub(f" {IDIOM_MARK} ", view)).strip()
    return _AFTER_IDIOM.sub(IDIOM_MARK, view)


def pattern_level(text: str) -> CrisisLevel:
    """The first net alone: crisis, uncertain or none from the patterns."""
    return _pattern_level(_without_idioms(matching_view(text)), text)


# Where one clause of a message ends: "ik wil niet meer, alles is zwart".
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n\u060c\u061b\u061f\u1362\u1363\u1364\u1365\u1366]+")
_MAX_CLAUSES = 30


def _clause_views(text: str, view: str) -> Iterator[str]:
    if not _CLAUSE_BREAK.search(text):
        yield view
        return
    for clause in _CLAUSE_BREAK.split(text)[:_MAX_CLAUSES]:
        view = _without_idioms(matching_view(clause))
        if view:
            yield view


def _pattern_level(view: str, text: str) -> CrisisLevel:
    _, crisis, uncertain, keywords, clause_uncertain = _patterns()
    compact = view.replace(" ", "")
    if crisis.search(view) or any(k in compact for k in keywords):
        return CrisisLevel.crisis
    if uncertain.search(view) or any(clause_uncertain.search(c) for c in _clause_views(text, view)):
        return CrisisLevel.uncertain
    return CrisisLevel.none


# --------------------------------------------------------------------------------------------
# The classifier


# libyaml's safe loader when PyYAML has it: the same data, ten times faster to read (round 22: warm_up
# reads every training file twice, for the classifier and for the vocabulary).
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def nlu_examples(directory: Path) -> Iterator[str]:
    """Every example of every item in the Rasa NLU files under ``directory`` (recursively)."""
    for path in sorted(directory.rglob("*.yml")):
        yield from nlu_examples_in(path)


def nlu_examples_in(path: Path) -> Iterator[str]:
    """Every example of every item in one Rasa NLU file (nothing for other YAML files)."""
    data = _yaml(path)
    if not isinstance(data, dict):  # only Rasa NLU files count
        return
    for item in data.get("nlu") or ():
        examples = item.get("examples") if isinstance(item, dict) else None
        if not isinstance(examples, str):
            continue
        for line in examples.splitlines():
            line = line.strip()
            if line.startswith("- "):
                yield _ENTITY_MARKUP.sub(r"\1", line[2:].strip())


# "[Zwolle](gemeente)" and '[x]{"entity": ...}' in Rasa examples: keep the text only.
_ENTITY_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def crisis_training_data(directory: Path = CRISIS_DATA_DIR) -> tuple[list[str], list[str]]:
    """(crisis phrasings, alarming-sounding idioms) from ``inburgering/text/crisis/**/*.yml``."""
    crisis: list[str] = []
    idioms: list[str] = []
    for path in sorted(directory.rglob("*.yml")):
        data = _yaml(path) or {}
        crisis.extend(data.get("crisis") or ())
        idioms.extend(data.get("not_crisis") or ())
    return crisis, idioms


def training_views(texts: list[str], cache_dir: Path | None = None) -> list[str]:
    """The matching views of the classifier's training texts, idioms cut out.

    Making them is most of the classifier's start-up (round 23: 10 of 13 s on a 2-core machine, ~400
    idiom patterns over ~12 800 texts), so they are kept in ``var/cache`` under a key made of the texts
    and the code that reads them (this module, nlu/text.py, Python's Unicode tables): a restarted bot
    (or a second one) loads them; changed data or patterns make them again. No personal data: training
    phrasings only."""
    key = hashlib.sha256()
    for source in (Path(__file__), Path(normalise.__code__.co_filename)):
        key.update(source.read_bytes())
    key.update(sys.version.encode())
    key.update("\0".join(texts).encode("utf-8"))
    directory = VIEW_CACHE_DIR if cache_dir is None else cache_dir
    path = directory / f"crisis-views-{key.hexdigest()[:32]}.json"
    try:
        views = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(views, list) and len(views) == len(texts) and all(isinstance(v, str) for v in views):
            return views
    except (OSError, ValueError):
        pass  # none yet, or unreadable: made again below
    views = [_without_idioms(matching_view(t)) for t in texts]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("crisis-views-*.json"):
            old.unlink(missing_ok=True)
        partial = directory / f".{path.name}.{os.getpid()}.{threading.get_ident()}"
        partial.write_text(json.dumps(views, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)  # whole or not at all: another process may read it at once
    except OSError as error:
        logger.warning("crisis classifier: views not kept (%s); made again at the next start", type(error).__name__)
    return views


class CrisisClassifier:
    """Character n-gram logistic regression: probability that a message is a crisis."""

    def __init__(self, crisis: list[str], negatives: list[str]) -> None:
        # Imported here: scikit-learn is only loaded by the first message that needs it.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier
        from sklearn.pipeline import make_pipeline, make_union

        texts = training_views(crisis + negatives)
        labels = [1] * len(crisis) + [0] * len(negatives)
        # Logistic regression fitted by SGD: the same model as LogisticRegression here, ten times
        # faster to train on 2 shared cores (about 0.2 s for ~3500 examples).
        # Character n-grams (spelling variants, word forms) next to word uni- and bigrams (which
        # words occur together: "mijn man" + "slaat" is not "de bus" + "slaat ... over").
        self.pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+"),
            ),
            SGDClassifier(loss="log_loss", alpha=1.5e-5, class_weight="balanced", max_iter=30, tol=None,
                          random_state=0),
        )
        self.pipeline.fit(texts, labels)
        # scikit-learn's per-call checks cost milliseconds for one short message; the same sum
        # over a plain table of (idf, weight) per n-gram costs a few microseconds.
        union, model = self.pipeline[0], self.pipeline[-1]
        coefficients = model.coef_[0]
        self._blocks: list[tuple[Any, dict[str, tuple[float, float]]]] = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            terms = {term: (float(vectorizer.idf_[i]), float(coefficients[offset + i]))
                     for term, i in vectorizer.vocabulary_.items()}
            self._blocks.append((vectorizer.build_analyzer(), terms))
            offset += len(vectorizer.vocabulary_)
        self._intercept = float(model.intercept_[0])

    def probability(self, view: str) -> float:
        """Probability of crisis for a text already in the matching view, idioms cut out.

        TF-IDF with sublinear tf and l2 norm per block of features, then the logistic function:
        what ``self.pipeline.predict_proba`` computes.
        """
        total = self._intercept
        for analyse, terms in self._blocks:
            counts: dict[str, int] = {}
            for gram in analyse(view):
                if gram in terms:
                    counts[gram] = counts.get(gram, 0) + 1
            score, norm = 0.0, 0.0
            for gram, count in counts.items():
                idf, weight = terms[gram]
                value = (1.0 + math.log(count)) * idf
                score += value * weight
                norm += value * value
            if norm:
                total += score / math.sqrt(norm)
        return 1.0 / (1.0 + math.exp(-total))


_classifier_lock = threading.Lock()
_classifier: CrisisClassifier | None = None


def crisis_classifier() -> CrisisClassifier:
    """The trained classifier, trained on first use (thread-safe) and kept for the process."""
    global _classifier
    if _classifier is None:
        with _classifier_lock:
            if _classifier is None:
                crisis, idioms = crisis_training_data()
                _classifier = CrisisClassifier(crisis, list(nlu_examples(NLU_DATA_DIR)) + idioms)
    return _classifier


def warm_up() -> None:
    """Train the classifier now (e.g. in a thread at bot start) instead of on the first message, and
    build the vocabulary that splits spaced-out letters (round 21) and the patterns: with the training
    views kept (var/cache), the classifier no longer compiles them, and the first message paid ~1.3 s."""
    crisis_classifier()
    _vocabulary()
    _patterns()
    _context_cues()


# --------------------------------------------------------------------------------------------
# API


def crisis_level(text: str) -> CrisisLevel:
    """none, uncertain or crisis for a user message in Dutch, Arabic or Tigrinya (any script).

    A message in Arabizi or Latin-script Tigrinya is also read in Arabic / Ge'ez script
    (``native_script``), where most of the patterns and training phrasings are; the higher
    level of the two readings counts.
    """
    view = _without_idioms(matching_view(text))
    level = _level(view, text)
    # An idiom already recognised in the Latin spelling ("btmet kmewt iye", dying of hunger) is
    # not read again from a transliteration that the idiom patterns may not know.
    if level is not CrisisLevel.crisis and IDIOM_MARK not in view:
        native = native_script(text)
        if native is not None:
            level = max(level, _level(_without_idioms(matching_view(native)), native, text), key=_RANK.__getitem__)
    if level is not CrisisLevel.crisis:
        spaced = _spaced_reading(text)
        if spaced is not None:
            level = max(level, _level(_without_idioms(spaced), text), key=_RANK.__getitem__)
            # Spaced-out Arabizi or Latin-script Tigrinya ("k i m u t   i d e l i"): its words, in Arabic /
            # Ge'ez script too (round 23).
            native = native_script(spaced) if level is not CrisisLevel.crisis else None
            if native is not None:
                level = max(level, _level(_without_idioms(matching_view(native)), native, text), key=_RANK.__getitem__)
    return level


# Spaced-out letters of several words ("i k w i l n i e t m e e r l e v e n", "ب د ي م و ت") become one
# "word" in the view, which no phrase pattern sees. A second reading splits such a word into words the
# training data knows (the fewest and commonest), as a person reads it (round 21).
_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_SEGMENT_MIN_LENGTH = 5
_SEGMENT_MAX_WORD = 20


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, float]:
    """Words of the crisis phrasings, idioms and NLU examples (matching view), with -log frequency;
    phrasings with spaced-out letters are left out (their joined letters are not words)."""
    crisis, idioms = crisis_training_data()
    counts: dict[str, int] = {}
    for text in crisis + idioms + list(nlu_examples(NLU_DATA_DIR)):
        if _SPACED_RUN.search(text):
            continue
        for word in matching_view(text).split():
            counts[word] = counts.get(word, 0) + 1
    total = sum(counts.values())
    return {word: -math.log(count / total) for word, count in counts.items() if len(word) <= _SEGMENT_MAX_WORD}


def _segment(word: str) -> str | None:
    """``word`` split into two or more known words at the lowest total cost, or None."""
    vocabulary = _vocabulary()
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _SEGMENT_MAX_WORD), end):
            if end - start == len(word):  # always at least two words
                continue
            cost = vocabulary.get(word[start:end])
            if cost is not None and best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    if math.isinf(best[-1][0]):
        return None
    words: list[str] = []
    end = len(word)
    while end > 0:
        start = best[end][1]
        words.append(word[start:end])
        end = start
    return " ".join(reversed(words))


# Spaced-out letters with a wider gap between the words ("ጽ ባ ሕ   ኣ ይ ክ ህ ሉ ን"): the wide gaps are the
# word breaks the view loses when it joins all the letters (round 22).
_WIDE_GAP = re.compile(r"[ \t\u00a0]{2,}|\n")
_SPACED_WORD = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")


def _gapped_reading(text: str) -> str | None:
    """The matching view with each widely separated run of spaced-out letters read as one word."""
    if "  " not in text:
        return None
    chunks = [chunk.strip() for chunk in _WIDE_GAP.split(text)]
    words = [chunk.replace(" ", "") if _SPACED_WORD.fullmatch(chunk) else chunk for chunk in chunks if chunk]
    if len(words) < 2 or words == [chunk for chunk in chunks if chunk]:
        return None
    reading = matching_view(" ".join(words))
    return reading if reading != matching_view(text) else None


def _spaced_reading(text: str) -> str | None:
    """The matching view with spaced-out letters split into words again; None without such letters."""
    gapped = _gapped_reading(text)
    if gapped is not None:
        return gapped
    joined = {matching_view(run.group(0)) for run in _SPACED_RUN.finditer(text)}
    if not joined:
        return None
    words, changed = [], False
    for word in matching_view(text).split():
        if len(word) >= _SEGMENT_MIN_LENGTH and word in joined:
            split = _segment(word)
            if split is not None and split != word:
                words.append(split)
                changed = True
                continue
        words.append(word)
    return " ".join(words) if changed else None


_RANK = {CrisisLevel.none: 0, CrisisLevel.uncertain: 1, CrisisLevel.crisis: 2}


@lru_cache(maxsize=1)
def _context_cues() -> _AnyOf:
    return _AnyOf(_CONTEXT_CUES)


def _level(view: str, text: str, typed: str | None = None) -> CrisisLevel:
    """The level of one reading (``view`` of ``text``); cues are also looked for in ``typed``, the
    message as the person typed it (a transliteration keeps its laugh, a Latin "game" its cue)."""
    level = _pattern_level(view, text)
    joke = _JOKE.search(text.lower()) is not None or (typed is not None and _JOKE.search(typed.lower()) is not None)
    cues = _context_cues()
    context = joke or cues.search(view) is not None or (
        typed is not None and cues.search(_without_idioms(matching_view(typed))) is not None)
    if level is CrisisLevel.crisis:
        threat, serious = _conditional_threats()
        if threat.search(view) and not serious.search(view):
            # "kills me if ..." with a condition that is not about leaving, telling or the police: the
            # emergency answer needs another signal besides it (round 17).
            rest = _WHITESPACE.sub(" ", threat.sub(f" {IDIOM_MARK} ", view)).strip()
            if _pattern_level(rest, rest) is not CrisisLevel.crisis:
                return CrisisLevel.uncertain
    if level is CrisisLevel.crisis:
        # Next to a game, sport, film, cooking or joke cue a pattern only asks the gentle question (round 17).
        return CrisisLevel.uncertain if context else level
    if joke:  # the classifier alone raises no alarm next to a laugh
        return level
    probability = crisis_classifier().probability(view)
    # Where an idiom was cut out, its mark is not a word of the message (round 16).
    words = [word for word in view.split() if word != IDIOM_MARK]
    if len(words) < CLASSIFIER_MIN_WORDS:
        # A short message: only a near-certain classifier asks the gentle question.
        return CrisisLevel.uncertain if probability >= CRISIS_PROBABILITY else level
    if context:  # next to a game, sport, film or cooking cue: at most the gentle question (round 17)
        return CrisisLevel.uncertain if probability >= UNCERTAIN_PROBABILITY else level
    # A message with an idiom in it ("my laptop died and everything is gone") gets at most the
    # gentle question from the classifier alone; the emergency answer then needs a rule (round 16).
    if probability >= CRISIS_PROBABILITY and IDIOM_MARK not in view:
        return CrisisLevel.crisis
    if probability >= UNCERTAIN_PROBABILITY:
        return CrisisLevel.uncertain
    return level


def native_script(text: str) -> str | None:
    """Arabizi or Latin-script Tigrinya written in Arabic / Ge'ez script; None for other text."""
    if not _LATIN_LETTER.search(text):
        return None
    from nlu.latin import latin_language, to_native_script

    language = latin_language(text)
    if language not in ("ar", "ti"):
        return None
    return to_native_script(text, language)


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def is_crisis(text: str) -> bool:
    """Whether ``text`` is a crisis (suicide, self-harm, violence at home) in Dutch, Arabic or Tigrinya."""
    return crisis_level(text) is CrisisLevel.crisis


SENSITIVE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "fine": (
        "boete", "boetes", "bestuurlijke boete", "sanctie",
        "غرامه", "غرامات", "مخالفه", "عقوبه",
        "ቕጽዓት", "መቕጻዕቲ", "ገንዘባዊ መቕጻዕቲ",
    ),
    "debts": (
        "schuld", "schulden", "achterstand", "betalingsachterstand", "deurwaarder", "incasso", "aanmaning",
        "ديون", "ديوني", "مديون", "متاخرات",
        "ዕዳ", "ልቓሕ", "ዕዳታት",
    ),
    "complaint": (
        "klacht", "klagen", "klachten", "ontevreden", "bezwaar",
        "شكوى", "شكوي", "اشتكي", "اعتراض",
        "ጥርዓን", "ክጠርዕ", "ተቓውሞ",
    ),
}


def _subject_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # Whole words: "schuld" must not match inside "onschuldig".
    alternatives = sorted({re.escape(normalise(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@lru_cache(maxsize=1)
def _subjects() -> dict[str, re.Pattern[str]]:
    return {subject: _subject_pattern(words) for subject, words in SENSITIVE_SUBJECTS.items()}


def sensitive_subject(text: str) -> str | None:
    """'fine', 'debts' or 'complaint' when ``text`` is about one of them, else None."""
    normalised = normalise(_INVISIBLE.sub("", text))
    for subject, pattern in _subjects().items():
        if pattern.search(normalised):
            return subject
    return None

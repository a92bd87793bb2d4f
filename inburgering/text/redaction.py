"""Remove personal data from free text before it enters the review store (issues 6 and 13).

The participatieraad reads comments and misunderstood questions; it must not be able to tell
who wrote them. Each kind of personal data becomes a fixed marker (``[phone]``, ``[bsn]``...):

- e-mail addresses;
- IBANs (``python-stdnum``: checksum right), also written ``NL91.ABNA.0417.1643.00`` or spaced;
- BSN (``python-stdnum``: the 11-test), 9 digits or 8 (a leading zero left out), also ``111-222-333``;
- phone numbers (``phonenumbers``, region NL): ``06/12345678``, ``(06) 12345678``, ``06–12345678``,
  ``06-12-34-56-78``, ``+31 6 ...``, ``0031 ...``, foreign numbers with ``+`` or ``00``;
- V-nummers (10 digits) and passport or other document numbers (letters and digits mixed, or a
  number after a word such as "paspoort", "جواز", "ፓስፖርት");
- dates of birth, in digits (``12-03-1990``) or in words in nl/ar/ti (``12 maart 1990``,
  ``١٢ آذار ١٩٩٠``, ``12 መጋቢት 1990``). A date with a day and a year is taken for a date of birth
  when its year lies two or more years back, or when a birth word ("geboren", "ميلاد", "ልደት")
  stands just before it. Other dates stay: users mention the dates of their appointments
  ("op 12-03-2027 heb ik een afspraak"), and those are what the council needs to read. Dates
  without a year and clock times (``10:00``) always stay;
- addresses: a street with a house number (``Hoofdstraat 12``), a postcode with or without a place
  (``8011 AB Zwolle``), in either order, and a postcode with a house number (``8011 AB 12``);
- names: every name the caller passes (the person's and the family's, the regisseurs'), also
  each part, in Latin, Arabic and Ge'ez script and in common spellings (Mohamed, Muhammad,
  Mohammed and محمد are one consonant skeleton, m-h-m-d); and unknown names after a cue such as
  "mijn man Ahmed Khalil", "ik heet ...", "اسمي ...", "زوجي ...", "ስመይ ...", "ኣነ ... እየ".

Digits of any script (Arabic-Indic, Persian, full-width) are read like 0-9 and full-width
letters and dashes like their ASCII forms. Matching runs on such a copy of the same length, so
positions map one to one onto the original text. Invisible characters (zero-width, bidi marks,
soft hyphens, Arabic tatweel and vowel signs) are removed first: they can hide a number or a name.

What the redactor cannot be sure of it reports: ``scan`` says ``uncertain`` when it met a name
found only by a cue, a Latin capitalised word it does not know, or a long number it could not
classify (that number becomes ``[number]``). Such items wait for a staff member before the
council sees them (``inburgering.review.feedback``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from nlu.latin import DUTCH_TERMS, to_native_script

MARKERS = {
    "email": "[email]", "iban": "[iban]", "address": "[address]", "date": "[date]",
    "phone": "[phone]", "bsn": "[bsn]", "name": "[name]", "vnummer": "[v-number]",
    "document": "[document]", "number": "[number]",
}

# -- normalising ---------------------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\u00ad\u061c\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff]"
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _plain_char(char: str) -> str:
    """One character for one character: digits of any script as 0-9, full-width as ASCII."""
    if char.isascii():
        return char
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    if char in _DASHES:
        return "-"
    if char in _SPACES:
        return " "
    if "\uff01" <= char <= "\uff5e":
        return chr(ord(char) - 0xFEE0)
    return char


def _plain(text: str) -> str:
    return "".join(_plain_char(c) for c in text)


# -- numbers -------------------------------------------------------------------------------------

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?[0-9]{2}")
# A run of digits with the separators people put in numbers; at least 6 digits.
DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])\+?[0-9](?:[ .\-/()]{0,2}[0-9]){5,}(?![0-9])")
# 8 or 9 digits, grouped or not: a BSN candidate.
BSN_CANDIDATE = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){7,8}(?![0-9])")
V_NUMBER_CUE = re.compile(r"(?i)(?<![^\W\d_])(?:v[\s.\-]*(?:nummer|nr\.?|number)|vreemdelingennummer|رقم\s*v|v\s*ቁጽሪ)[\s:.#-]*")
DOCUMENT_CUE = re.compile(
    r"(?i)(?:paspoort|pasport|passport|id[\s-]?kaart|identiteitskaart|verblijfs(?:vergunning|pas)|"
    r"rijbewijs|documentnummer|document|laissez[\s-]passer|"
    r"جواز(?:\s*السفر)?|جوازي|بطاقة(?:\s*الإقامة|\s*الاقامة|\s*الهوية)?|الإقامة|الاقامة|رقم\s*الوثيقة|"
    r"ፓስፖርት|ፓስፖርተይ|መንነት|ወረቐት)(?:[\s:.#-]*(?:nummer|nr\.?|number|رقم|ቁጽሪ)(?![^\W\d_]))?[\s:.#-]*"
)
DOCUMENT_NUMBER = re.compile(r"(?:[A-Za-z]{1,3}[ -])?[A-Za-z]*[0-9][A-Za-z0-9]*(?:[\- ][A-Za-z]*[0-9][A-Za-z0-9]*)*")
# A token of capitals and digits mixed, 6 to 12 long: NW92LN8P4, N01234567, E1234567.
DOCUMENT_TOKEN = re.compile(r"(?<![\w-])(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*[0-9]){3})[A-Z0-9]{6,12}(?![\w-])")


def passes_11_test(digits: str) -> bool:
    """The BSN check (elfproef), through python-stdnum; 8 digits are read with a leading zero."""
    return digits.isdigit() and 8 <= len(digits) <= 9 and digits.strip("0") != "" and stdnum_bsn.is_valid(digits)


def valid_iban(candidate: str) -> bool:
    return stdnum_iban.is_valid(candidate)


def _iban_spans(text: str) -> list[tuple[int, int]]:
    """Longest run after a country code + check digits whose checksum is right (spaces, dots, dashes between)."""
    spans = []
    for start in IBAN_START.finditer(text):
        ends = []
        count = 0
        i = start.start()
        while i < len(text) and count < 34:
            char = text[i]
            if char.isascii() and char.isalnum():
                count += 1
                ends.append(i + 1)
            elif char not in " .-":
                break
            i += 1
        for end in reversed(ends):
            compact = re.sub(r"[ .\-]", "", text[start.start():end])
            if len(compact) >= 15 and valid_iban(compact):
                spans.append((start.start(), end))
                break
    return spans


def _phone_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
            spans.append((match.start, match.end))
    except Exception:  # the library must never make a comment unsavable
        pass
    return spans


def _looks_like_phone(candidate: str) -> bool:
    """Not a valid number, but written like one: starts with 0 or + and has 9 to 15 digits."""
    digits = re.sub(r"[^0-9]", "", candidate)
    return candidate.lstrip("(")[:1] in ("0", "+") and 9 <= len(digits) <= 15


# -- dates ---------------------------------------------------------------------------------------

_MONTHS_NL = ("januari februari maart april mei juni juli augustus september oktober november december "
              "jan feb mrt maa apr jun jul aug sep sept okt oct nov dec "
              "january february march may june july august october")
_MONTHS_AR = ("كانون الثاني|كانون الأول|كانون الاول|شباط|آذار|اذار|أذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|"
              "تشرين الأول|تشرين الاول|تشرين الثاني|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|"
              "يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر")
_MONTHS_TI = ("መስከረም|ጥቅምቲ|ጥቅምት|ሕዳር|ኅዳር|ሖዳር|ታሕሳስ|ታኅሣሥ|ታሕሣሥ|ጥሪ|ጥር|ለካቲት|የካቲት|መጋቢት|ሚያዝያ|ሚያዚያ|"
              "ግንቦት|ሰነ|ሰኔ|ሓምለ|ሐምሌ|ነሓሰ|ነሐሴ|ጳጉሜን|ጳጉሜ|ጃንዩወሪ|ፌብሩወሪ|ማርች|ኤፕሪል|ሜይ|ጁን|ጁላይ|ኦገስት|"
              "ሴፕቴምበር|ኦክቶበር|ኖቬምበር|ዲሴምበር")
_MONTH = "(?:" + "|".join(sorted(_MONTHS_NL.split(), key=len, reverse=True)) + "|" + _MONTHS_AR + "|" + _MONTHS_TI + ")"
# "12 maart 1990", "12e maart 1990", "12 مارس 1990", "maart 12, 1990"; the Arabic "في"/"من" may sit between.
DATE_IN_WORDS = re.compile(
    rf"(?i)(?<![0-9])(?P<day>[0-9]{{1,2}})(?:e|ste|de|st|nd|rd|th)?\.?\s*(?:(?:van|من|في)\s+)?(?:شهر\s+)?"
    rf"{_MONTH}\.?,?\s*(?:(?:عام|سنة|سنه|van|ዓ\.?ም\.?)\s*)?(?P<year>[0-9]{{4}}|'?[0-9]{{2}})(?![0-9])"
    rf"|(?<![\w]){_MONTH}\s+(?P<day2>[0-9]{{1,2}}),?\s*(?P<year2>[0-9]{{4}})(?![0-9])"
)
DATE_DIGITS = re.compile(
    r"(?<![0-9])(?:(?:0?[1-9]|[12][0-9]|3[01])(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep)(?P<year>[0-9]{4}|[0-9]{2})"
    r"|(?P<year2>[0-9]{4})(?P<sep2>[-/.])(?:0?[1-9]|1[0-2])(?P=sep2)(?:0?[1-9]|[12][0-9]|3[01]))"
    r"(?![0-9])"
)
BIRTH_CUE = re.compile(
    r"(?i)(?:geboren|geb\.|geboortedatum|geboortedag|verjaardag|born|date of birth|dob|"
    r"ميلاد|مواليد|ولدت|وُلدت|ولد|ولدتُ|تولد|ልደት|ልደተይ|ተወሊደ|ዝተወለድኩ|ዝተወልደ|ተወለድኩ)"
)


TIME_SPAN = re.compile(r"[0-9]{1,2}[.:][0-9]{2}\s*-\s*[0-9]{1,2}[.:][0-9]{2}")


def _year(value: str, today: date) -> int:
    value = value.lstrip("'")
    year = int(value)
    if len(value) == 2:
        year += 2000 if year <= today.year % 100 + 1 else 1900
    return year


def _is_birth_date(text: str, start: int, year: int, today: date) -> bool:
    return year <= today.year - 2 or BIRTH_CUE.search(text[max(0, start - 40):start]) is not None


# -- addresses -----------------------------------------------------------------------------------

_STREET_SUFFIX = ("straat|straatweg|laan|weg|plein|singel|gracht|kade|dijk|hof|steeg|pad|dreef|plantsoen|"
                  "allee|wal|burgwal|haven|veld|park|hove|dam|kamp|es|erf|oord|wijk|lei|vaart")
STREET = re.compile(
    rf"(?i)(?<![\w])(?:(?:van|de|der|den|het|'t|st\.?|sint)\s+)*[^\W\d_]{{2,}}(?:{_STREET_SUFFIX})"
    r"\s*(?:nr\.?\s*)?[0-9]{1,5}(?:\s?[-/]?\s?[A-Za-z0-9]{1,3}(?![\w]))?"
)
# "ik woon aan de Groot Wezenland 14": a street without a known ending, after a living word.
ADDRESS_CUE = re.compile(
    r"(?i:\b(?:woon|woont|wonen|adres|verhuisd\s+naar|address)\b\s*:?\s+(?:(?:aan|op|in)\s+)?(?:(?:de|het)\s+)?)"
    r"(?P<street>(?:[A-Z][^\W\d_]+\s+){0,2}[A-Z][^\W\d_]+\s+[0-9]{1,5}(?:\s?[A-Za-z](?![A-Za-z]))?)"
)
_STREET_WORD = re.compile(rf"(?i)[^\W\d_]+(?:{_STREET_SUFFIX})$")
# Upper-case letters ("8011 AB"), or lower-case written together ("8011ab"): "1990 en 12" is no address.
POSTCODE = re.compile(
    r"(?<![0-9])[1-9][0-9]{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![A-Za-z])"
    r"(?:,?\s?[0-9]{1,5}(?:\s?[A-Za-z](?![A-Za-z]))?)?"  # house number
    r"(?:,?\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?"  # place
)


# -- names ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "S"), ("sch", "sx"), ("ch", "S"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                   ("ph", "f"), ("ts", "s"), ("tz", "s"), ("dj", "j"), ("ou", "u"))
_LATIN_MAP = str.maketrans({"q": "k", "c": "k", "v": "f", "p": "b", "'": None, "’": None, "-": None})
_ARABIC = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "b", "چ": "S", "ڤ": "f", "گ": "g", "ک": "k", "ی": "y",
    "و": "w", "ي": "y", "ى": "", "ة": "", "ء": "", "ئ": "", "ؤ": "", "ا": "V", "أ": "V", "إ": "V",
    "آ": "V", "ٱ": "V", "ع": "V",
}
# Ge'ez: one row of 8 syllables per consonant; "V" for the vowel carriers.
_GEEZ_ROWS = ("h l h m s r s S k k x x b f t S h h n n V k k x x w V z z y d d j g g g t S b s s f b")


def _geez_consonant(char: str) -> str | None:
    index = (ord(char) - 0x1200) // 8
    if 0 <= index < len(_GEEZ_ROWS.split()):
        return _GEEZ_ROWS.split()[index]
    return None


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """The consonants of a name, the same for Mohamed, Muhammad, Mohammed and محمد ("mhmd")."""
    word = _strip_accents(word).lower()
    letters: list[str] = []
    if word and word.isascii():
        word = re.sub(r"(.)\1+", r"\1", word)
        for old, new in _LATIN_DIGRAPHS:
            word = word.replace(old, new)
        word = word.translate(_LATIN_MAP)
        word = re.sub(r"(?<=[aeiouy])h$", "", word)
        for i, char in enumerate(word):
            if char in "aeiou":
                letters.append("V" if i == 0 else "")
            elif char in "wy" and i > 0:
                letters.append("")
            else:
                letters.append(char)
    else:
        for i, char in enumerate(word):
            if char in _ARABIC:
                mapped = _ARABIC[char]
                if mapped in ("w", "y", "V") and i > 0:
                    mapped = ""
                letters.append(mapped)
                continue
            consonant = _geez_consonant(char)
            if consonant is not None:
                letters.append("" if (consonant in ("w", "y", "V") and i > 0) else consonant)
            elif char.isascii() and char.isalpha():
                letters.append(char)
    # Doubled consonants were merged in the Latin spelling above (Mohammed); Arabic and Ge'ez
    # write them once. Two that a vowel kept apart stay two (Haddad, حداد: h-d-d).
    return "".join(letters)


def _dropped(word: str) -> int:
    """Letters after the first that the skeleton leaves out (vowel carriers, w, y)."""
    count = 0
    for char in word[1:]:
        mapped = _ARABIC.get(char)
        if mapped is None:
            mapped = _geez_consonant(char)
        if mapped in ("", "V", "w", "y"):
            count += 1
    return count


def _script(word: str) -> str:
    if word.isascii():
        return "latin"
    if any("\u1200" <= c <= "\u137f" for c in word):
        return "geez"
    if any("\u0600" <= c <= "\u06ff" for c in word):
        return "arabic"
    return "latin" if _strip_accents(word).isascii() else "other"


@dataclass(frozen=True)
class _NameIndex:
    exact: re.Pattern[str] | None
    by_skeleton: dict[str, tuple[str, ...]]  # skeleton -> the Latin (plain) forms it came from

    def matches(self, word: str) -> bool:
        if len(word) < 3:
            return False
        candidates = [word]
        if _script(word) == "arabic" and len(word) > 3 and word[0] in "وبل":
            candidates.append(word[1:])  # "and Ahmed", "for Ahmed"
        if _script(word) == "arabic" and word.startswith("ال") and len(word) > 4:
            candidates.append(word[2:])
        if _script(word) == "arabic" and word.endswith("ه"):
            candidates.append(word[:-1] + "ة")  # فاطمه, written as spoken
        for candidate in candidates:
            key = skeleton(candidate)
            if len(key) < 3 or key not in self.by_skeleton:
                continue
            script = _script(candidate)
            if script != "latin":
                # Ge'ez writes a syllable per letter: "ኢመይለይ" (my e-mail) has m-l like Amal but two
                # letters too many. Arabic leaves short vowels out, long ones in.
                if _dropped(candidate) <= (1 if script == "geez" else 2):
                    return True
                continue
            plain = _strip_accents(candidate).lower()
            plain = re.sub(r"(.)\1+", r"\1", plain)
            for form in self.by_skeleton[key]:
                if difflib.SequenceMatcher(None, plain, form).ratio() >= 0.7:
                    return True
        return False


def _name_index(names: Iterable[str]) -> _NameIndex:
    return _cached_name_index(tuple(names))


@lru_cache(maxsize=8)  # the same known names on every turn until one is added
def _cached_name_index(names: tuple[str, ...]) -> _NameIndex:
    parts: set[str] = set()
    by_skeleton: dict[str, set[str]] = {}
    for name in names:
        name = " ".join(_INVISIBLE.sub("", name).split())
        if not name:
            continue
        parts.add(name)
        # Very short parts ("Al", "de") would blank out ordinary words.
        words = [part for part in name.split(" ") if len(part) >= 3]
        parts.update(words)
        for word in words:
            variants = {word}
            if _script(word) == "latin":
                variants.add(to_native_script(word, "ti"))  # Yonas -> ዮናስ
            for variant in variants:
                if " " in variant:
                    continue
                parts.add(variant)
                key = skeleton(variant)
                if len(key) >= 3:
                    plain = re.sub(r"(.)\1+", r"\1", _strip_accents(variant).lower())
                    by_skeleton.setdefault(key, set()).add(plain)
    exact = None
    if parts:
        alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
        exact = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return _NameIndex(exact, {key: tuple(sorted(forms)) for key, forms in by_skeleton.items()})


_RELATIONS_NL = ("man|vrouw|echtgenoot|echtgenote|partner|zoon|zoontje|dochter|dochtertje|broer|zus|zuster|moeder|"
                 "vader|kind|neef|nicht|oom|tante|buurman|buurvrouw|vriend|vriendin|collega|schoonmoeder|"
                 "schoonvader|opa|oma|begeleider|contactpersoon")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’\-][^\W\d_]+)?"
NAME_CUE_NL = re.compile(
    rf"(?:(?i:\b(?:mijn|m'n|onze|ons)\s+(?:{_RELATIONS_NL})(?:,)?\s+(?:heet\s+|is\s+)?)"
    rf"|(?i:\b(?:ik\s+heet|mijn\s+naam\s+is|naam\s*:|ik\s+ben|hij\s+heet|zij\s+heet|ze\s+heet|genaamd|meneer|mevrouw|"
    rf"dhr\.?|mevr\.?|my\s+name\s+is)\s+))"
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:(?:el|al|de|van|der|den|bin|ben|abu|wad)\s+)?{_CAPITALISED}){{0,2}})"
)
# After "ik heet" / "mijn naam is" the next word is a name whatever its case.
NAME_CUE_STRONG_LATIN = re.compile(
    r"(?i)\b(?:ik\s+heet|mijn\s+naam\s+is|my\s+name\s+is|ismi|esmi|ismy|shimey|shemey|smey|simey)\s+"
    r"(?P<name>[^\W\d_]{2,}(?:\s+(?!(?:en|and|w|we|u|ik|iyu|eyu|eye|iye|ana)\b)[^\W\d_]{3,})?)"
)
_AR_WORD = r"[\u0621-\u064a\u0671-\u06d3]{2,}"
_AR_STOP = frozenset(
    "في من على الى إلى لا ما لم لن قد هو هي كان كانت يريد تريد عنده عندها عندي لديه لديها ليس ليست مريض مريضة "
    "يعمل تعمل يحتاج تحتاج سوف يذهب تذهب بدو بدها بدي عم مش ما كمان أيضا ايضا يسأل تسأل و هل صار صارت كتير "
    "مو تعبان تعبانة يشتغل تشتغل راح رح حامل بالمدرسة بالمستشفى المدرسة في عمره عمرها عندو".split()
)
NAME_CUE_AR = re.compile(
    rf"(?:(?:أنا|انا)\s+)?(?:اسمي|إسمي|اسمى|إسمى|اسمها|اسمه|اسم\s+(?:زوجي|زوجتي|ابني|إبني|ابنتي|بنتي|أخي|اخي|أختي|اختي)"
    rf"|زوجي|زوجتي|جوزي|مرتي|ابني|إبني|ابنتي|بنتي|أخي|اخي|أختي|اختي|أمي|امي|أبي|ابي|السيد|السيدة)\s*[:،,]?\s+"
    rf"(?P<name>(?:{_AR_WORD}|{_CAPITALISED})(?:\s+(?:{_AR_WORD}|{_CAPITALISED}))?)"
)
_GEEZ_WORD = r"[\u1200-\u137f]{2,}"
_TI_STOP = frozenset("እዩ እያ እየ ኣሎ ኣላ ኣለዉ ኣይኮነን ሕማም ሓሚሙ ሓሚማ ዝሓመመ ክኸይድ ኣብ ምስ ከኣ ድማ ግን ስራሕ ይሰርሕ ትሰርሕ "
                     "ይደሊ ትደሊ ክፍሊ ቤት ትምህርቲ ዓመቱ ዓመታ ዘሎ ዘላ ኣይመጸን ይሓትት".split())
NAME_CUE_TI = re.compile(
    rf"(?:ስመይ|ሽመይ|ስማ|ስሙ|ስም\s+(?:ሰበይተይ|ሰብኣየይ|ወደይ|ጓለይ)|ሰበይተይ|ሰብኣየይ|በዓል\s*ቤተይ|ወደይ|ጓለይ|ሓወይ|ሓብተይ|"
    rf"ኣደይ|ኣቦይ|ኣቶ|ወይዘሮ|ወይዘሪት)\s*[:፡፣,]?\s+"
    rf"(?P<name>(?:{_GEEZ_WORD}|{_CAPITALISED})(?:\s+(?:{_GEEZ_WORD}|{_CAPITALISED}))?)"
)
# "ኣነ Amal እየ" / "ኣነ ኣማል እየ": "I am ... (am)".
NAME_CUE_TI_IAM = re.compile(
    rf"ኣነ\s+(?P<name>(?:{_GEEZ_WORD}|{_CAPITALISED})(?:\s+(?:{_GEEZ_WORD}|{_CAPITALISED}))?)\s+እየ"
)

# Capitalised words that are not names: domain terms, places, languages, institutions, days and months.
_NOT_NAMES = frozenset(
    """
    v-nummer v-nr vnummer id-kaart iban mevrouw meneer regisseur
    ik hallo hoi goedemorgen goedemiddag goedenavond dag dank bedankt graag sorry ja nee oke ok wat waar wanneer hoe
    waarom wie welke kan mag moet heb ben is de het een en of maar dus als ook niet geen mijn onze uw jouw hij zij
    wij ze er hier daar dit dat deze die naar met van voor bij op in aan uit over door om tot na
    nederlands nederland arabisch tigrinya engels eritrea syrie syrië ethiopie ethiopië soedan somalie jemen
    whatsapp telegram google facebook digid duo ind coa uwv ggd azc knm pvt map pip roc mbo hbo wo bijstand
    vluchtelingenwerk kredietbank eurowijzer zwolle deventer steenwijk steenwijkerland kampen amsterdam rotterdam
    utrecht assen hengelo enschede meppel ede apeldoorn gemeente islam ramadan eid pasen kerst
    """.split()
)


def _known_term(word: str) -> bool:
    lower = word.lower()
    return lower in _NOT_NAMES or lower in DUTCH_TERMS


# -- the redactor --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Redaction:
    """The redacted text, the kinds it removed, and whether a person should look before it is shown."""

    text: str
    kinds: frozenset[str]
    uncertain: bool


def redact(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with every kind of personal data above replaced by its marker."""
    return scan(text, names).text


def scan(text: str, names: Iterable[str] = (), today: date | None = None) -> Redaction:
    """Redact ``text``; say what was found and whether anything in it remains uncertain."""
    today = today or date.today()
    text = _INVISIBLE.sub("", text)
    plain = _plain(text)
    spans: list[tuple[int, int, str]] = []
    uncertain = False

    def taken(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e, _ in spans)

    def add(start: int, end: int, kind: str) -> bool:
        while end > start and plain[end - 1] in " ,.-/":
            end -= 1
        if end <= start or taken(start, end):
            return False
        spans.append((start, end, kind))
        return True

    for match in EMAIL.finditer(plain):
        add(match.start(), match.end(), "email")
    for start, end in _iban_spans(plain):
        add(start, end, "iban")
    for match in V_NUMBER_CUE.finditer(plain):
        number = re.match(r"[0-9](?:[ .\-]?[0-9]){5,11}(?![0-9])", plain[match.end():])
        if number:
            add(match.end(), match.end() + number.end(), "vnummer")
    for match in DOCUMENT_CUE.finditer(plain):
        # The number right after the cue: its first group has a digit ("NW92LN8P4", "N 0123 4567"),
        # so "het document heeft 12 pagina's" holds no document number.
        token = DOCUMENT_NUMBER.match(plain, match.end())
        if token and len(re.sub(r"[\- ]", "", token.group())) >= 6:
            add(match.end(), token.end(), "document")
    for match in BSN_CANDIDATE.finditer(plain):
        if passes_11_test(re.sub(r"[^0-9]", "", match.group())):
            add(match.start(), match.end(), "bsn")
    for start, end in _phone_spans(plain):
        add(start, end, "phone")
    for match in DATE_IN_WORDS.finditer(plain):
        year = match.group("year") or match.group("year2")
        if _is_birth_date(plain, match.start(), _year(year, today), today):
            add(match.start(), match.end(), "date")
    for match in DATE_DIGITS.finditer(plain):
        year = match.group("year") or match.group("year2")
        if _is_birth_date(plain, match.start(), _year(year, today), today):
            add(match.start(), match.end(), "date")
    for match in STREET.finditer(plain):
        add(match.start(), match.end(), "address")
    for match in POSTCODE.finditer(plain):
        add(match.start(), match.end(), "address")
    for match in ADDRESS_CUE.finditer(plain):
        add(match.start("street"), match.end("street"), "address")
    for match in DIGIT_RUN.finditer(plain):
        if taken(match.start(), match.end()):
            continue
        value = match.group()
        digits = re.sub(r"[^0-9]", "", value)
        if _looks_like_phone(value):
            add(match.start(), match.end(), "phone")
        elif len(digits) == 10 and re.fullmatch(r"[0-9]{10}", value):
            add(match.start(), match.end(), "vnummer")
        elif DATE_DIGITS.fullmatch(value) or TIME_SPAN.fullmatch(value):
            continue  # an appointment date or a time span: not personal
        elif add(match.start(), match.end(), "number"):
            uncertain = True
    for match in DOCUMENT_TOKEN.finditer(plain):
        add(match.start(), match.end(), "document")

    index = _name_index(names)
    if index.exact is not None:
        for match in index.exact.finditer(plain):
            add(match.start(), match.end(), "name")
    for match in _WORD.finditer(plain):
        if index.matches(match.group()):
            add(match.start(), match.end(), "name")

    for pattern in (NAME_CUE_NL, NAME_CUE_STRONG_LATIN, NAME_CUE_AR, NAME_CUE_TI, NAME_CUE_TI_IAM):
        for match in pattern.finditer(plain):
            for word in _WORD.finditer(match.group("name")):
                value = word.group()
                if value in _AR_STOP or value in _TI_STOP or _known_term(value) or value.startswith("["):
                    break
                start = match.start("name") + word.start()
                if add(start, start + len(value), "name"):
                    uncertain = True
    uncertain = uncertain or _unknown_capitalised(plain, spans)

    result = text
    for start, end, kind in sorted(spans, reverse=True):
        result = result[:start] + MARKERS[kind] + result[end:]
    # Neighbouring markers of one kind ("[name] [name]") say no more than one.
    for marker in MARKERS.values():
        result = result.replace(f"{marker} {marker}", marker)
    return Redaction(result, frozenset(kind for _, _, kind in spans), uncertain)


_SENTENCE_START = re.compile(r"(?:^|[.!?؟።:\n]\s*|[\"'(]\s*)$")


def _unknown_capitalised(plain: str, spans: list[tuple[int, int, str]]) -> bool:
    """A capitalised Latin word that is not at a sentence start and not a known term: maybe a name."""
    for match in _WORD.finditer(plain):
        word = match.group()
        if not (word[0].isupper() and word[0].isascii() and len(word) >= 3 and not word.isupper()):
            continue
        if any(s <= match.start() < e for s, e, _ in spans):
            continue
        if _SENTENCE_START.search(plain[:match.start()]) or _known_term(word) or _STREET_WORD.match(word):
            continue
        return True
    return False

"""Round 54: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 54, development data since) and NLU b44; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.round53 import _R53AL_VETO_NL

# (round 54, all languages: start)
_ROUND54_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND54_CRISIS_ALL: tuple[str, ...] = ()
_ROUND54_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 54, all languages: end)

# (round 54, the lead: start)
# The two emergency answers to idioms of batch 54 (sealed in round 53, development data since round 54) and the one to an
# ordinary line of NLU b44, all three from the classifier alone (0.954-0.969), cut as idioms by kind; and batch 54's one
# miss. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R54LD_.)
# The rope of a washing line (Dutch "het touw van de waslijn is gebroken"): laundry, not a rope made ready.
_R54LD_WASHING_LINE_NL = r"\b((het|een|de)\s+touw\s+van\s+(de|mijn|onze|het)\s+)?(waslijn|waslijnen|drooglijn|drooglijnen|wasrek)\b"
# A sibling or a parent who "threatens" to throw away, break or take my phone, toys or things if I do not tidy up (Dutch
# "mijn zus dreigt dat ze mijn telefoon in de wc gooit als ik niet opruim"): a household threat against a thing; never
# next to a blow, pain, a knife, fear, the police or a threat to me too.
_R54LD_NO_HARM_NL = (r"(?!.*\b(sla|slaan|slaat|sloeg|geslagen|pijn|mes|messen|vermoord\w*|dood\w*|dod\w*|duw\w*|geduwd|schop\w*|"
                     r"wurg\w*|politie|bang|angst|kapot\s+maken\s+en\s+mij|mij\s+ook|en\s+mij)\b)")
_R54LD_THREAT_TO_A_THING_NL = (r"^" + _R54LD_NO_HARM_NL + r".*?\b(dreigt|dreigde|dreigen|dreigden)\s+(\w+\s+){0,3}?(mijn|m|je|zijn|haar|onze|de)\s+(telefoon|mobiel|"
                               r"gsm|ipad|tablet|laptop|speelgoed|spullen|playstation|knuffel|fiets|schoenen|kleren)\s+(\w+\s+){0,4}?"
                               r"(weg\s+te\s+gooien|weggooit|gooit|gooien|afpakt|af\s+te\s+pakken|kapot\s+maakt|kapot\s+te\s+maken|breekt|"
                               r"verstopt|te\s+verstoppen)\b")
# Racist or hurtful remarks at a course, at work or at school (Dutch "omdat een medecursist steeds racistische dingen
# tegen me zegt", NLU b44, labelled report_sensitive): words, not blows; only the remark is cut, and the round-52 veto
# scans the rest (a blow, a threat or death keeps the alarm).
_R54LD_RACIST_REMARKS_NL = (r"\b(racistische|discriminerende|kwetsende|nare|lelijke|gemene|beledigende)\s+(dingen|opmerkingen|woorden|"
                            r"grappen|grapjes|namen)\s+((tegen|over|naar)\s+(me|mij)\s+)?(zegt|zeggen|zei|zeiden|maakt|maken|roept|"
                            r"roepen|noemt)\b")
# "I bought a rope" in Latin-script Tigrinya (batch 54 "gemed geziae aleku"; the Ge'ez and Arabic kinds had rules):
# never for a tent, sport, the washing or moving house.
_R54LD_BOUGHT_A_ROPE_LA = (r"^(?!.*\b(dunkwan|tent|kampeer\w*|sport|kilbet|huzen|nhuzen|kdan|laundry|was|ncdan|geza\s+kqyr)\b).*?"
                           r"\b(gemed|gmed|gemedi|gemd)\s+(geziae|gezie|gezi|gziae|geziey|gezia|gezie)\s+(aleku|alku|eye|iye)\b")
_ROUND54_IDIOMS_LEAD: tuple[str, ...] = tuple(r"(?:" + idiom + r")" + _R53AL_VETO_NL for idiom in (
    _R54LD_WASHING_LINE_NL, _R54LD_THREAT_TO_A_THING_NL, _R54LD_RACIST_REMARKS_NL))
_ROUND54_CRISIS_LEAD: tuple[str, ...] = (_R54LD_BOUGHT_A_ROPE_LA,)
_ROUND54_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 54, the lead: end)
_ROUND54_IDIOMS = _ROUND54_IDIOMS_ALL + _ROUND54_IDIOMS_LEAD
_ROUND54_CRISIS = _ROUND54_CRISIS_ALL + _ROUND54_CRISIS_LEAD
_ROUND54_UNCERTAIN = _ROUND54_UNCERTAIN_ALL + _ROUND54_UNCERTAIN_LEAD

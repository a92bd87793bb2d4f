"""Round 51: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 51, development data since) and NLU b41; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.round50 import _R50LD_BLOWS_TI as _R51LD_BLOWS_TI

# (round 51, all languages: start)
_ROUND51_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND51_CRISIS_ALL: tuple[str, ...] = ()
_ROUND51_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 51, all languages: end)

# (round 51, the lead: start)
# The one emergency answer to an ordinary line of NLU b41 (development data since round 51), cut as an idiom by kind.
# NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R51LD_.)
# "No peace at home, but there is no danger" with "but" inside (Tigrinya "ኣብ ገዛ ሰላም የለን ሓደጋ ግን የለን", b41): round 50's
# _R50LD_NO_DANGER_NO_PEACE_TI read only "ሓደጋ የለን"; strife at home with the danger denied, never next to a blow, a
# threat, a knife, the police or death.
_R51LD_NO_DANGER_BUT_TI = (r"^(?=.*(?<!\S)ሓደጋ\s+(ግን|ድማ|ዋላ)\s+(የለን|የብልናን|የብለይን)(?!\S))(?!.*" + _R51LD_BLOWS_TI + r").*?"
                           r"ኣብ\s+ገዛ\s+ሰላም\s+(የለን|የብልናን)(?!\S)")
# How many children I have, as a whole message (Dutch "ik heb 3 kinderen", "ik heb 4 kinderen en een man", "ik heb een
# dochter van 5"): the classifier, trained on many crisis lines about "mijn kinderen" and "mijn man", gave 6 of 16
# family statements the lead wrote as probes the gentle question (0.72 for "ik heb 3 kinderen"). Training phrasings of
# the kind as negatives fixed them but moved 20 development crisis lines about children from the emergency answer to the
# gentle question, so this is a rule: the whole message and nothing else (matching view: doubled letters squeezed).
_R51LD_NUMBER_NL = r"(\d{1,2}|en|twe|drie|vier|vijf|zes|zeven|acht|negen|tien)"
_R51LD_CHILDREN_NL = r"(kinderen|kindjes|kids|kind|zonen|zoon|zoontje|dochters|dochter|dochtertje|jongens|meisjes)"
_R51LD_PARTNER_NL = r"(en|mijn|m?n)\s+(man|vrouw|hond|kat)"
_R51LD_FAMILY_SIZE_NL = (r"^(ik|wij|we|mijn\s+(zus|broer|buurvrouw|buurman|vriendin))\s+(heb|hebben|heeft)\s+(ook\s+)?"
                         r"(" + _R51LD_PARTNER_NL + r"\s+en\s+)?" + _R51LD_NUMBER_NL + r"\s+" + _R51LD_CHILDREN_NL
                         + r"(\s+van\s+" + _R51LD_NUMBER_NL + r"(\s+(jar|maanden))?)?(\s+en\s+" + _R51LD_PARTNER_NL + r")?$")
_ROUND51_IDIOMS_LEAD: tuple[str, ...] = (_R51LD_NO_DANGER_BUT_TI, _R51LD_FAMILY_SIZE_NL)
# "Soon I am really gone" with "nobody sees me" (Dutch, batch 34's "ik ben een spook, niemand ziet me, en binnenkort ben ik
# echt weg"): a farewell; the classifier alone carried it at its edge, and this round's idiom moved it to 0.94. Never
# with a trip, a move, a holiday or a course.
_R51LD_SOON_GONE_NL = (r"^(?=.*\b(niemand\s+(ziet|mist|hoort|merkt)\s+(me|mij)|een\s+spook|onzichtbaar|niemand\s+zal\s+(me|mij)\s+missen)\b)"
                       r"(?!.*\b(vakantie|reis|verhuis\w*|verhuiz\w*|op\s+reis|naar\s+(het\s+)?buitenland|cursus|stage|werk)\b).*?"
                       r"\b(binnenkort|straks|snel|bijna)\s+ben\s+ik\s+(echt\s+|voorgoed\s+|er\s+)?(weg|niet\s+meer|verdwenen)\b")
_ROUND51_CRISIS_LEAD: tuple[str, ...] = (_R51LD_SOON_GONE_NL,)
_ROUND51_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 51, the lead: end)
_ROUND51_IDIOMS = _ROUND51_IDIOMS_ALL + _ROUND51_IDIOMS_LEAD
_ROUND51_CRISIS = _ROUND51_CRISIS_ALL + _ROUND51_CRISIS_LEAD
_ROUND51_UNCERTAIN = _ROUND51_UNCERTAIN_ALL + _ROUND51_UNCERTAIN_LEAD

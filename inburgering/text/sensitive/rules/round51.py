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
_ROUND51_IDIOMS_LEAD: tuple[str, ...] = (_R51LD_NO_DANGER_BUT_TI,)
_ROUND51_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND51_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 51, the lead: end)
_ROUND51_IDIOMS = _ROUND51_IDIOMS_ALL + _ROUND51_IDIOMS_LEAD
_ROUND51_CRISIS = _ROUND51_CRISIS_ALL + _ROUND51_CRISIS_LEAD
_ROUND51_UNCERTAIN = _ROUND51_UNCERTAIN_ALL + _ROUND51_UNCERTAIN_LEAD

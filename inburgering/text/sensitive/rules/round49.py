"""Round 49: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 49, development data since) and NLU b39; see the comments per kind."""

from __future__ import annotations

# (round 49, all languages: start)
_ROUND49_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND49_CRISIS_ALL: tuple[str, ...] = ()
_ROUND49_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 49, all languages: end)

# (round 49, the lead: start)
_ROUND49_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND49_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND49_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 49, the lead: end)
_ROUND49_IDIOMS = _ROUND49_IDIOMS_ALL + _ROUND49_IDIOMS_LEAD
_ROUND49_CRISIS = _ROUND49_CRISIS_ALL + _ROUND49_CRISIS_LEAD
_ROUND49_UNCERTAIN = _ROUND49_UNCERTAIN_ALL + _ROUND49_UNCERTAIN_LEAD

"""Round 46: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 46, development data since) and NLU b36; see the comments per kind."""

from __future__ import annotations

# (round 46, all languages: start)
_ROUND46_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND46_CRISIS_ALL: tuple[str, ...] = ()
_ROUND46_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 46, all languages: end)

# (round 46, the lead: start)
_ROUND46_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND46_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND46_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 46, the lead: end)
_ROUND46_IDIOMS = _ROUND46_IDIOMS_ALL + _ROUND46_IDIOMS_LEAD
_ROUND46_CRISIS = _ROUND46_CRISIS_ALL + _ROUND46_CRISIS_LEAD
_ROUND46_UNCERTAIN = _ROUND46_UNCERTAIN_ALL + _ROUND46_UNCERTAIN_LEAD

"""Round 47: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 47, development data since) and NLU b37; see the comments per kind."""

from __future__ import annotations

# (round 47, all languages: start)
_ROUND47_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND47_CRISIS_ALL: tuple[str, ...] = ()
_ROUND47_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 47, all languages: end)

# (round 47, the lead: start)
_ROUND47_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND47_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND47_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 47, the lead: end)
_ROUND47_IDIOMS = _ROUND47_IDIOMS_ALL + _ROUND47_IDIOMS_LEAD
_ROUND47_CRISIS = _ROUND47_CRISIS_ALL + _ROUND47_CRISIS_LEAD
_ROUND47_UNCERTAIN = _ROUND47_UNCERTAIN_ALL + _ROUND47_UNCERTAIN_LEAD

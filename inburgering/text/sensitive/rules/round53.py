"""Round 53: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 53, development data since) and NLU b43; see the comments per kind."""

from __future__ import annotations

# (round 53, all languages: start)
_ROUND53_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND53_CRISIS_ALL: tuple[str, ...] = ()
_ROUND53_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 53, all languages: end)

# (round 53, the lead: start)
_ROUND53_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND53_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND53_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 53, the lead: end)
_ROUND53_IDIOMS = _ROUND53_IDIOMS_ALL + _ROUND53_IDIOMS_LEAD
_ROUND53_CRISIS = _ROUND53_CRISIS_ALL + _ROUND53_CRISIS_LEAD
_ROUND53_UNCERTAIN = _ROUND53_UNCERTAIN_ALL + _ROUND53_UNCERTAIN_LEAD

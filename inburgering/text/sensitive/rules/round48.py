"""Round 48: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 48, development data since) and NLU b38; see the comments per kind."""

from __future__ import annotations

# (round 48, all languages: start)
_ROUND48_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND48_CRISIS_ALL: tuple[str, ...] = ()
_ROUND48_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 48, all languages: end)

# (round 48, the lead: start)
_ROUND48_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND48_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND48_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 48, the lead: end)
_ROUND48_IDIOMS = _ROUND48_IDIOMS_ALL + _ROUND48_IDIOMS_LEAD
_ROUND48_CRISIS = _ROUND48_CRISIS_ALL + _ROUND48_CRISIS_LEAD
_ROUND48_UNCERTAIN = _ROUND48_UNCERTAIN_ALL + _ROUND48_UNCERTAIN_LEAD

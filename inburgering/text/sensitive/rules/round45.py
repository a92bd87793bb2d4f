"""Round 45: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 45, development data since) and NLU b35; see the comments per kind."""

from __future__ import annotations

# (round 45, Dutch and Arabic: start)
_ROUND45_IDIOMS_NL_AR: tuple[str, ...] = ()
_ROUND45_CRISIS_NL_AR: tuple[str, ...] = ()
_ROUND45_UNCERTAIN_NL_AR: tuple[str, ...] = ()
# (round 45, Dutch and Arabic: end)

# (round 45, Tigrinya: start)
_ROUND45_IDIOMS_TI: tuple[str, ...] = ()
_ROUND45_CRISIS_TI: tuple[str, ...] = ()
_ROUND45_UNCERTAIN_TI: tuple[str, ...] = ()
# (round 45, Tigrinya: end)

# (round 45, the lead: start)
_ROUND45_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND45_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND45_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 45, the lead: end)
_ROUND45_IDIOMS = _ROUND45_IDIOMS_NL_AR + _ROUND45_IDIOMS_TI + _ROUND45_IDIOMS_LEAD
_ROUND45_CRISIS = _ROUND45_CRISIS_NL_AR + _ROUND45_CRISIS_TI + _ROUND45_CRISIS_LEAD
_ROUND45_UNCERTAIN = _ROUND45_UNCERTAIN_NL_AR + _ROUND45_UNCERTAIN_TI + _ROUND45_UNCERTAIN_LEAD

"""Round 44: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 44, development data since) and NLU b34; see the comments per kind."""

from __future__ import annotations

# (round 44, Dutch and Arabic: start)
_ROUND44_IDIOMS_NL_AR: tuple[str, ...] = ()
_ROUND44_CRISIS_NL_AR: tuple[str, ...] = ()
_ROUND44_UNCERTAIN_NL_AR: tuple[str, ...] = ()
# (round 44, Dutch and Arabic: end)

# (round 44, Tigrinya: start)
_ROUND44_IDIOMS_TI: tuple[str, ...] = ()
_ROUND44_CRISIS_TI: tuple[str, ...] = ()
_ROUND44_UNCERTAIN_TI: tuple[str, ...] = ()
# (round 44, Tigrinya: end)

# (round 44, the lead: start)
_ROUND44_IDIOMS_LEAD: tuple[str, ...] = ()
_ROUND44_CRISIS_LEAD: tuple[str, ...] = ()
_ROUND44_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 44, the lead: end)
_ROUND44_IDIOMS = _ROUND44_IDIOMS_NL_AR + _ROUND44_IDIOMS_TI + _ROUND44_IDIOMS_LEAD
_ROUND44_CRISIS = _ROUND44_CRISIS_NL_AR + _ROUND44_CRISIS_TI + _ROUND44_CRISIS_LEAD
_ROUND44_UNCERTAIN = _ROUND44_UNCERTAIN_NL_AR + _ROUND44_UNCERTAIN_TI + _ROUND44_UNCERTAIN_LEAD

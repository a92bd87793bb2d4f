"""Round 35: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 35, development data since) and NLU b25; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 35, Dutch and Arabic: start)
_ROUND35_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND35_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND35_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 35, Dutch and Arabic: end)
# (round 35, Tigrinya: start)
_ROUND35_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND35_CRISIS_TI: tuple[str, ...] = (
)
_ROUND35_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 35, Tigrinya: end)
_ROUND35_IDIOMS = _ROUND35_IDIOMS_NL_AR + _ROUND35_IDIOMS_TI
_ROUND35_CRISIS = _ROUND35_CRISIS_NL_AR + _ROUND35_CRISIS_TI
_ROUND35_UNCERTAIN = _ROUND35_UNCERTAIN_NL_AR + _ROUND35_UNCERTAIN_TI

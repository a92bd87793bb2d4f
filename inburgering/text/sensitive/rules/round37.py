"""Round 37: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 37, development data since) and NLU b27; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 37, Dutch and Arabic: start)
_ROUND37_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND37_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND37_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 37, Dutch and Arabic: end)
# (round 37, Tigrinya: start)
_ROUND37_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND37_CRISIS_TI: tuple[str, ...] = (
)
_ROUND37_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 37, Tigrinya: end)
_ROUND37_IDIOMS = _ROUND37_IDIOMS_NL_AR + _ROUND37_IDIOMS_TI
_ROUND37_CRISIS = _ROUND37_CRISIS_NL_AR + _ROUND37_CRISIS_TI
_ROUND37_UNCERTAIN = _ROUND37_UNCERTAIN_NL_AR + _ROUND37_UNCERTAIN_TI

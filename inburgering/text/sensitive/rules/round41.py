"""Round 41: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 41, development data since) and NLU b31; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 41, Dutch and Arabic: start)
_ROUND41_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND41_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND41_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 41, Dutch and Arabic: end)
# (round 41, Tigrinya: start)
_ROUND41_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND41_CRISIS_TI: tuple[str, ...] = (
)
_ROUND41_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 41, Tigrinya: end)
_ROUND41_IDIOMS = _ROUND41_IDIOMS_NL_AR + _ROUND41_IDIOMS_TI
_ROUND41_CRISIS = _ROUND41_CRISIS_NL_AR + _ROUND41_CRISIS_TI
_ROUND41_UNCERTAIN = _ROUND41_UNCERTAIN_NL_AR + _ROUND41_UNCERTAIN_TI

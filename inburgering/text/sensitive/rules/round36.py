"""Round 36: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 36, development data since) and NLU b25; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 36, Dutch and Arabic: start)
_ROUND36_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND36_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND36_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 36, Dutch and Arabic: end)
# (round 36, Tigrinya: start)
_ROUND36_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND36_CRISIS_TI: tuple[str, ...] = (
)
_ROUND36_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 36, Tigrinya: end)
_ROUND36_IDIOMS = _ROUND36_IDIOMS_NL_AR + _ROUND36_IDIOMS_TI
_ROUND36_CRISIS = _ROUND36_CRISIS_NL_AR + _ROUND36_CRISIS_TI
_ROUND36_UNCERTAIN = _ROUND36_UNCERTAIN_NL_AR + _ROUND36_UNCERTAIN_TI

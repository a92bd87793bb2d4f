"""Round 38: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 38, development data since) and NLU b28; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 38, Dutch and Arabic: start)
_ROUND38_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND38_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND38_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 38, Dutch and Arabic: end)
# (round 38, Tigrinya: start)
_ROUND38_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND38_CRISIS_TI: tuple[str, ...] = (
)
_ROUND38_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 38, Tigrinya: end)
_ROUND38_IDIOMS = _ROUND38_IDIOMS_NL_AR + _ROUND38_IDIOMS_TI
_ROUND38_CRISIS = _ROUND38_CRISIS_NL_AR + _ROUND38_CRISIS_TI
_ROUND38_UNCERTAIN = _ROUND38_UNCERTAIN_NL_AR + _ROUND38_UNCERTAIN_TI

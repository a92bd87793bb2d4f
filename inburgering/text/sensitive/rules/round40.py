"""Round 40: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 40, development data since) and NLU b30; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 40, Dutch and Arabic: start)
_ROUND40_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND40_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND40_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 40, Dutch and Arabic: end)
# (round 40, Tigrinya: start)
_ROUND40_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND40_CRISIS_TI: tuple[str, ...] = (
)
_ROUND40_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 40, Tigrinya: end)
_ROUND40_IDIOMS = _ROUND40_IDIOMS_NL_AR + _ROUND40_IDIOMS_TI
_ROUND40_CRISIS = _ROUND40_CRISIS_NL_AR + _ROUND40_CRISIS_TI
_ROUND40_UNCERTAIN = _ROUND40_UNCERTAIN_NL_AR + _ROUND40_UNCERTAIN_TI

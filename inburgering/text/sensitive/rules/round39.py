"""Round 39: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 39, development data since) and NLU b29; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 39, Dutch and Arabic: start)
_ROUND39_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND39_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND39_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 39, Dutch and Arabic: end)
# (round 39, Tigrinya: start)
_ROUND39_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND39_CRISIS_TI: tuple[str, ...] = (
)
_ROUND39_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 39, Tigrinya: end)
_ROUND39_IDIOMS = _ROUND39_IDIOMS_NL_AR + _ROUND39_IDIOMS_TI
_ROUND39_CRISIS = _ROUND39_CRISIS_NL_AR + _ROUND39_CRISIS_TI
_ROUND39_UNCERTAIN = _ROUND39_UNCERTAIN_NL_AR + _ROUND39_UNCERTAIN_TI

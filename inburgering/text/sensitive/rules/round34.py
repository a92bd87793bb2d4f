"""Round 34: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 34, development data since) and NLU b24; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 34, Dutch and Arabic: start)
_ROUND34_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND34_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND34_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 34, Dutch and Arabic: end)
# (round 34, Tigrinya: start)
_ROUND34_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND34_CRISIS_TI: tuple[str, ...] = (
)
_ROUND34_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 34, Tigrinya: end)
_ROUND34_IDIOMS = _ROUND34_IDIOMS_NL_AR + _ROUND34_IDIOMS_TI
_ROUND34_CRISIS = _ROUND34_CRISIS_NL_AR + _ROUND34_CRISIS_TI
_ROUND34_UNCERTAIN = _ROUND34_UNCERTAIN_NL_AR + _ROUND34_UNCERTAIN_TI

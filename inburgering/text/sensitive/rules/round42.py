"""Round 42: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 42, development data since) and NLU b32; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 42, Dutch and Arabic: start)
_ROUND42_IDIOMS_NL_AR: tuple[str, ...] = (
)
_ROUND42_CRISIS_NL_AR: tuple[str, ...] = (
)
_ROUND42_UNCERTAIN_NL_AR: tuple[str, ...] = (
)
# (round 42, Dutch and Arabic: end)
# (round 42, Tigrinya: start)
_ROUND42_IDIOMS_TI: tuple[str, ...] = (
)
_ROUND42_CRISIS_TI: tuple[str, ...] = (
)
_ROUND42_UNCERTAIN_TI: tuple[str, ...] = (
)
# (round 42, Tigrinya: end)
_ROUND42_IDIOMS = _ROUND42_IDIOMS_NL_AR + _ROUND42_IDIOMS_TI
_ROUND42_CRISIS = _ROUND42_CRISIS_NL_AR + _ROUND42_CRISIS_TI
_ROUND42_UNCERTAIN = _ROUND42_UNCERTAIN_NL_AR + _ROUND42_UNCERTAIN_TI

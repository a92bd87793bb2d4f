"""The pattern tables of the first net, in plain regular expressions over the matching view.

``core`` and ``meaning`` hold the first tables (phrases per language; two things in one message, with
``_both``); ``roundNN`` the idioms, crisis rules and uncertain signals one tuning round added by kind,
from the held-out batch it read. Each round module ends with ``_ROUNDNN_IDIOMS``, ``_ROUNDNN_CRISIS`` and
``_ROUNDNN_UNCERTAIN``; ``inburgering.text.sensitive.patterns`` puts them together (a new round adds its
module there, its idioms first). The Arabic and Tigrinya patterns need a native speaker's review.
"""

"""Pseudonyms: what leaves a user's own record instead of their Telegram id."""

from __future__ import annotations

import hashlib
import hmac


def pseudonymise(chat_id: int, key: str) -> str:
    """A stable, keyed pseudonym for a Telegram chat id.

    Keyed (HMAC) so that nobody without the key can rebuild the mapping by
    hashing every possible chat id.
    """
    digest = hmac.new(key.encode(), str(chat_id).encode(), hashlib.sha256).hexdigest()
    return digest[:32]

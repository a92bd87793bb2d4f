"""Rasa's Redis lock store, without its stall after a Rasa server died holding a lock (issue 12).

Loaded by Rasa (endpoints.multi.yml: ``lock_store: type: inburgering.platform.rasa_lock.RedisLockStore``);
runs in Rasa's own virtualenv (.venv-rasa), so it imports only Rasa.

Rasa 3.6's ticket lock serves a conversation's tickets in order, each with a lifetime
(``TICKET_LOCK_LIFETIME``). When a Rasa server is killed while it holds a conversation's ticket,
the next server's ticket waits for that one to expire; but both have the same lifetime, so when
the waiting server does not look within the (often sub-second) gap between the two expiries, its
own ticket expires as well, the conversation's lock stays behind with no ticket, and
``LockStore._acquire_lock`` waits forever: the request hangs until Sanic's 60 s response timeout,
the bot times out first and keeps the message (measured: tests/e2e/test_multi_instance.py). Here a
ticket that expired while waiting is replaced by a new one, and the newest ticket is the one given
back at the end.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from rasa.core import lock_store as rasa_lock_store
from rasa.core.lock import TicketLock
from rasa.utils.endpoints import EndpointConfig


def _holds(lock: TicketLock | None, ticket: int) -> bool:
    return lock is not None and any(t.number == ticket for t in lock.tickets)


class RedisLockStore(rasa_lock_store.RedisLockStore):
    """``type: redis``'s store, configured the same way (url, port, db, key_prefix...)."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    @asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = rasa_lock_store.LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        ticket = self.issue_ticket(conversation_id, lock_lifetime)
        try:
            while True:
                lock = self.get_lock(conversation_id)
                if not _holds(lock, ticket):
                    # Expired while waiting behind a ticket of a server that died: a new ticket.
                    ticket = self.issue_ticket(conversation_id, lock_lifetime)
                    continue
                if not lock.is_locked(ticket):
                    break
                await asyncio.sleep(wait_time_in_seconds)
                self.update_lock(conversation_id)
            yield lock
        finally:
            self.cleanup(conversation_id, ticket)

"""Translations for the inbox off the request path: one worker thread and a bounded cache.

The preview of a regisseur's reply and the back-translation are asked for in a web request, but a
real model needs a few hundred ms per sentence and seconds to load. ``TranslationWorker`` runs them
on its own thread, one at a time (the engine is single-threaded anyway), and keeps the results:
the request waits at most a short, fixed time and otherwise says "being made" and asks again -
the second ask finds the result. Messages from inburgeraars are translated by the background task
of the web app instead (``translate_pending``), and their translation is stored with the message.

Only in memory, and bounded: the texts are personal data, and a restart forgets them.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from inburgering.text.translation.results import DUTCH, MachineTranslation, TranslationEngine

MAX_ENTRIES = 256
# How long a web request waits for a translation before it answers "being made" (the work goes on).
WAIT_IN_REQUEST_SECONDS = 2.0


class TranslationWorker:
    """Translations run on one background thread; results are remembered per text and direction."""

    def __init__(self, engine: TranslationEngine, *, max_entries: int = MAX_ENTRIES) -> None:
        self.engine = engine
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._results: OrderedDict[str, Future[MachineTranslation]] = OrderedDict()
        self._pool: ThreadPoolExecutor | None = None  # started on first use, not at import or creation

    def translate(self, text: str, source: str, target: str, *, wait: float) -> MachineTranslation | None:
        """The translation, or None when it is not ready within ``wait`` seconds (it goes on)."""
        future = self.submit(text, source, target)
        try:
            return future.result(timeout=wait)
        except FutureTimeout:
            return None

    def submit(self, text: str, source: str, target: str) -> Future[MachineTranslation]:
        key = hashlib.sha256(f"{source}\0{target}\0{text}".encode()).hexdigest()  # no text as a key
        with self._lock:
            future = self._results.get(key)
            if future is not None and not _failed(future):
                self._results.move_to_end(key)
                return future
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="translation")
            future = self._pool.submit(self._translate, text, source, target)
            self._results[key] = future
            while len(self._results) > self.max_entries:
                self._results.popitem(last=False)
            return future

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            self._results.clear()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _translate(self, text: str, source: str, target: str) -> MachineTranslation:
        if source == target:
            return MachineTranslation(text, True)
        if source == DUTCH:
            return self.engine.from_dutch(text, target)
        if target == DUTCH:
            return self.engine.to_dutch(text, source)
        return MachineTranslation.unavailable()


def _failed(future: Future[MachineTranslation]) -> bool:
    return future.done() and future.exception() is not None

"""One build of a tiny test model at a time: `make test` runs two pytest workers (pytest-xdist) that share
pytest's cache directory, and a build replaces its directory; the second worker waits for the first,
then finds the model built (its stamp)."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield

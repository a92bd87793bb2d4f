"""Where voice notes are kept: ``var/voice-notes/``, one OGG/Opus file each, readable by this user only.

``var/`` is private (``inburgering.platform.settings.private_var_dir``); the directory here is 0700
and every file is created 0600 at once (``os.open`` with the mode, never chmod afterwards). Names
are random: a file name tells nothing about the chat.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

DIRECTORY = "voice-notes"


def directory(var_dir: Path) -> Path:
    return Path(var_dir) / DIRECTORY


def keep(var_dir: Path, data: bytes, suffix: str = ".ogg") -> Path:
    """Write ``data`` to a new private file; returns its absolute path."""
    folder = directory(var_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(PermissionError):
        folder.chmod(0o700)
    path = (folder / f"{secrets.token_hex(16)}{suffix}").resolve()
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
        handle.write(data)
    return path


def remove(path: str | Path | None) -> bool:
    """Delete a kept file; True when there was one."""
    if not path:
        return False
    try:
        Path(path).unlink()
    except FileNotFoundError:
        return False
    return True

"""Files the crisis net keeps in var/cache between starts (training views, the classifier's fit, the patterns'
analyses): written whole or not at all, older files of the same family removed, a failure logged and tolerated."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def keep_json(path: Path, data: Any, what: str) -> None:
    """Write ``data`` to ``path`` and remove the other files of its family (same name up to the last "-": an older key).

    Another process may read the file at the same moment, so it is written beside it and moved in place. When that is
    not possible (a read-only disk), ``what`` is made again at the next start."""
    family = path.name.rsplit("-", 1)[0]
    partial = path.parent / f".{path.name}.{os.getpid()}.{threading.get_ident()}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{family}-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        logger.warning("crisis net: %s not kept (%s); made again at the next start", what, type(error).__name__)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the disk refuses that too: nothing more to do

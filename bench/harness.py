"""What every benchmark here does around its measurement: a running system, a work folder, the result file."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from tests.e2e.system import System, start_system


@contextmanager
def running_system(work_dir: Path, rasa_processes: int = 1) -> Iterator[System]:
    """Fake Telegram, Rasa, actions/NLG and the bot; a service that died during the run fails it."""
    print("starting fake Telegram, Rasa, actions/NLG and the bot (Rasa takes a while)...", flush=True)
    system = start_system(work_dir, rasa_processes=rasa_processes)
    try:
        yield system
        if system.dead_services():
            raise RuntimeError(f"services died during the run: {system.dead_services()}")
    except BaseException:
        print(system.log_tails(), file=sys.stderr)
        raise
    finally:
        system.stop()


@contextmanager
def work_folder(keep_logs: bool) -> Iterator[Path]:
    """A temporary folder for the services' logs and data, removed afterwards unless asked to keep it."""
    work_dir = Path(tempfile.mkdtemp(prefix="inburgering-bench-"))
    try:
        yield work_dir
    finally:
        if keep_logs:
            print(f"service logs kept in {work_dir / 'logs'}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)


def write_result(result: dict, out_dir: Path, name: str) -> dict:
    """The result with the machine it ran on, written to ``out_dir/<name>-<time>.json``; its path added."""
    result = {**result,
              "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}}
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return {**result, "path": str(path)}

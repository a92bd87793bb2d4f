"""CPU time per process group, from /proc: what one answered message costs each service.

Throughput on a shared machine is noisy; the CPU seconds a service used for a known number of
answered messages are not (other work on the machine does not add to them). Each service of the
stack runs in its own session (``inburgering.platform.stack.Service``), so a service's CPU is the
sum over the processes of its process group (children included); the benchmark's own process
(the fake Telegram and the load generator) is counted as ``bench``.

Linux only: elsewhere :func:`available` is False and the benchmark reports no CPU figures.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

PROC = Path("/proc")
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def available() -> bool:
    return (PROC / "self" / "stat").is_file()


def _stat_fields(stat: str) -> list[str]:
    # The command name (field 2) may hold spaces and parentheses: the fields after it start past its last ')'.
    return stat[stat.rindex(")") + 2:].split()


def _seconds(fields: list[str]) -> float:
    # Fields after the name: state=0, ppid=1, pgrp=2, ..., utime=11, stime=12 (man 5 proc, less two).
    return (int(fields[11]) + int(fields[12])) / _TICKS


def group_seconds(groups: dict[int, str]) -> dict[str, float]:
    """CPU seconds (user + system) used so far by every running process of each process group.

    ``groups``: process group id -> the name to count it under (several groups may share a name).
    """
    used: dict[str, float] = defaultdict(float)
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = _stat_fields((entry / "stat").read_text())
        except (OSError, ValueError):
            continue  # gone meanwhile
        name = groups.get(int(fields[2]))
        if name is not None:
            used[name] += _seconds(fields)
    return dict(used)


def own_seconds() -> float:
    """CPU seconds of this process (all its threads)."""
    return _seconds(_stat_fields((PROC / "self" / "stat").read_text()))


def stack_groups(services) -> dict[int, str]:
    """Process group -> name for the stack's services; every Rasa server counts as ``rasa``."""
    groups = {}
    for service in services:
        if service.process is not None and service.process.poll() is None:
            groups[service.process.pid] = "rasa" if service.name.startswith("rasa") else service.name
    return groups


class CpuMeter:
    """Adds up, per name, the CPU seconds used between :meth:`start` and :meth:`stop`, over several spans."""

    def __init__(self, services) -> None:
        self._services = services
        self.seconds: dict[str, float] = defaultdict(float)
        self._started: dict[str, float] | None = None

    def _now(self) -> dict[str, float]:
        now = group_seconds(stack_groups(self._services))
        now["bench"] = own_seconds()
        return now

    def start(self) -> None:
        self._started = self._now()

    def stop(self) -> None:
        if self._started is None:
            return
        for name, seconds in self._now().items():
            self.seconds[name] += seconds - self._started.get(name, seconds)
        self._started = None

    def per_message_ms(self, messages: int) -> dict[str, float]:
        """CPU milliseconds per message, per name, and their ``total``."""
        if not messages:
            return {}
        result = {name: round(seconds * 1000 / messages, 2) for name, seconds in sorted(self.seconds.items())}
        result["total"] = round(sum(self.seconds.values()) * 1000 / messages, 2)
        return result

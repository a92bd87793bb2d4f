"""bench/cpu.py: CPU per process group, from /proc."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass

import pytest

from bench import cpu

pytestmark = pytest.mark.skipif(not cpu.available(), reason="needs Linux /proc")


@dataclass
class FakeService:
    name: str
    process: subprocess.Popen


def test_a_busy_service_is_counted_under_its_name_and_per_message() -> None:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
    try:
        meter = cpu.CpuMeter([FakeService("rasa-2", busy)])
        meter.start()
        time.sleep(0.5)
        meter.stop()
    finally:
        busy.kill()
        busy.wait()
    assert 0.1 < meter.seconds["rasa"] < 1.0  # every Rasa server counts as "rasa"
    used = meter.per_message_ms(10)
    assert used["rasa"] == pytest.approx(meter.seconds["rasa"] * 100, abs=0.01)
    assert used["total"] >= used["rasa"]


def test_a_name_with_spaces_and_parentheses_is_read_right() -> None:
    fields = cpu._stat_fields("123 (a (b) c) S 1 123 123 0 -1 4194560 0 0 0 0 250 50 0 0 20 0")
    assert fields[2] == "123" and cpu._seconds(fields) == 300 / cpu._TICKS

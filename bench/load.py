"""Load: N chats x M questions back-to-back, whole stack through Telegram versus bare Rasa. See bench/README.md.

    .venv/bin/python bench/load.py [--chats 50] [--questions 20] [--message TEXT]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))  # run as a script: make `bench` and `tests.e2e` importable

import httpx

from bench import cpu
from bench.harness import running_system, work_folder, write_result
from bench.roundtrip import DEFAULT_MESSAGE, REPLY_TIMEOUT, bare_exchange, link_in_database
from inburgering.platform.settings import LANGUAGES
from inburgering.text.language import detect_language
from tests.e2e.system import ModelMissing, System, require_model

TELEGRAM_LIMIT_VARIABLE = "TELEGRAM_MAX_MESSAGES_PER_SECOND"
QUIET_SECONDS = 1.5  # no new bot message for this long: an answer of unknown length is complete


@dataclass
class PathResult:
    """One path's measured phase: a latency per answered question, the wall time, what was lost."""

    latencies: list[float] = field(default_factory=list)
    lost: int = 0
    seconds: float = 0.0

    def summary(self, expected: int) -> dict:
        samples = sorted(self.latencies)
        if len(samples) < 2:
            return {"answered": len(samples), "lost": expected - len(samples)}
        cuts = statistics.quantiles(samples, n=100, method="inclusive")
        return {
            "answered": len(samples),
            "lost": expected - len(samples),
            "messages_per_s": round(len(samples) / self.seconds, 2),
            "seconds": round(self.seconds, 2),
            "p50_ms": round(statistics.median(samples) * 1000, 1),
            "p95_ms": round(cuts[94] * 1000, 1),
            "p99_ms": round(cuts[98] * 1000, 1),
            "mean_ms": round(statistics.fmean(samples) * 1000, 1),
            "max_ms": round(samples[-1] * 1000, 1),
        }


class Inbox:
    """The bot's messages per chat, as the fake Telegram records them, for many waiting chats at once.

    One thread follows ``fake.sent`` and wakes the chat's waiter in the benchmark's event loop;
    fifty threads each scanning every message would cost the measured machine more than the bot.
    """

    def __init__(self, system: System, loop: asyncio.AbstractEventLoop) -> None:
        self._fake = system.fake
        self._loop = loop
        self._times: dict[int, list[float]] = defaultdict(list)
        self._waiters: dict[int, tuple[int, asyncio.Future]] = {}
        self._seen = self._fake.mark()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._follow, name="bench-inbox", daemon=True)

    def __enter__(self) -> Inbox:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _follow(self) -> None:
        fake = self._fake
        while not self._stopping.is_set():
            try:
                fake.wait_until(lambda: len(fake.sent) > self._seen, timeout=0.5, what="a bot message")
            except TimeoutError:
                continue
            end = fake.mark()
            new = [(m["chat_id"], m["time"]) for m in fake.sent[self._seen:end]]
            self._seen = end
            self._loop.call_soon_threadsafe(self._arrived, new)

    def _arrived(self, messages: list[tuple[int, float]]) -> None:
        for chat_id, sent_at in messages:
            self._times[chat_id].append(sent_at)
            waiter = self._waiters.get(chat_id)
            if waiter is not None and len(self._times[chat_id]) >= waiter[0] and not waiter[1].done():
                waiter[1].set_result(self._times[chat_id][waiter[0] - 1])

    def count(self, chat_id: int) -> int:
        return len(self._times[chat_id])

    async def nth(self, chat_id: int, n: int, timeout: float) -> float:
        """When the chat's ``n``-th message (counted from the start) arrived (``perf_counter``)."""
        if self.count(chat_id) >= n:
            return self._times[chat_id][n - 1]
        future = self._loop.create_future()
        self._waiters[chat_id] = (n, future)
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            self._waiters.pop(chat_id, None)

    async def quiet(self, chat_ids: list[int], seconds: float, timeout: float) -> None:
        """Until every chat has a message and no new one arrived for ``seconds``."""
        deadline = time.monotonic() + timeout
        last = -1
        while time.monotonic() < deadline:
            total = sum(self.count(c) for c in chat_ids)
            if total == last and all(self.count(c) for c in chat_ids):
                return
            last = total
            await asyncio.sleep(seconds)
        raise TimeoutError(f"the answers did not arrive within {timeout:.0f}s")


async def full_chat(system: System, inbox: Inbox, chat_id: int, message: str, replies: int, questions: int,
                    result: PathResult) -> None:
    """One user asking ``questions`` times, each as soon as the previous answer is complete."""
    already = inbox.count(chat_id)
    for i in range(questions):
        started = time.perf_counter()
        system.fake.push_text(chat_id, message)
        try:
            finished = await inbox.nth(chat_id, already + (i + 1) * replies, REPLY_TIMEOUT)
        except TimeoutError:
            result.lost += questions - i  # a late answer would be counted for the next question: stop
            return
        result.latencies.append(finished - started)


async def bare_chat(rasa: httpx.AsyncClient, sender: str, message: str, metadata: dict, questions: int,
                    result: PathResult) -> None:
    """The same user, straight to Rasa's REST channel."""
    for i in range(questions):
        started = time.perf_counter()
        try:
            answer = await rasa.post("/webhooks/rest/webhook",
                                     json={"sender": sender, "message": message, "metadata": metadata})
            answer.raise_for_status()
            if not any(m.get("text") for m in answer.json()):
                raise ValueError("no text")
        except (httpx.HTTPError, ValueError):
            result.lost += questions - i
            return
        result.latencies.append(time.perf_counter() - started)


async def timed(coroutines: list, meter: cpu.CpuMeter | None = None) -> float:
    """Wall seconds of running ``coroutines`` together; ``meter`` counts the CPU the services used meanwhile."""
    if meter is not None:
        meter.start()
    started = time.perf_counter()
    await asyncio.gather(*coroutines)
    seconds = time.perf_counter() - started
    if meter is not None:
        meter.stop()
    return seconds


def split(questions: int, blocks: int) -> list[int]:
    """``questions`` in ``blocks`` nearly equal parts (none empty)."""
    blocks = min(blocks, questions)
    return [questions // blocks + (1 if i < questions % blocks else 0) for i in range(blocks)]


async def measure(system: System, chats: int, questions: int, blocks: int, message: str) -> dict:
    loop = asyncio.get_running_loop()
    ids = random.sample(range(5_000_000_000, 9_000_000_000), 2 * chats)
    full_ids, bare_ids = ids[:chats], ids[chats:]
    language = detect_language(message)
    metadata = {"language": language if language in LANGUAGES else "nl"}
    full, bare = PathResult(), PathResult()
    # CPU per answered message and service, per path (None off Linux).
    full_cpu = cpu.CpuMeter(system.stack.services) if cpu.available() else None
    bare_cpu = cpu.CpuMeter(system.stack.services) if cpu.available() else None

    with Inbox(system, loop) as inbox:
        # Both paths' chats are linked to the demo person, so both do the same database work.
        link_in_database(system, ids)
        limits = httpx.Limits(max_connections=chats, max_keepalive_connections=chats)
        async with httpx.AsyncClient(base_url=system.rasa_url, timeout=REPLY_TIMEOUT, limits=limits) as rasa:
            # How many messages one answer is, and that both paths give the same answer.
            probe = full_ids[0]
            before = 0
            system.fake.push_text(probe, message)
            await inbox.nth(probe, before + 1, REPLY_TIMEOUT)
            await inbox.quiet([probe], QUIET_SECONDS, timeout=REPLY_TIMEOUT)
            replies = inbox.count(probe) - before
            texts = [m["text"] for m in system.fake.messages_to(probe)][before:]
            bare_texts = (await asyncio.to_thread(_bare_texts, system, bare_ids[0], message))
            if bare_texts != texts:
                raise RuntimeError(f"the two paths answer differently, so they do different work: "
                                   f"{texts!r} / {bare_texts!r}")
            print(f"reply to {message!r}: {replies} message(s)", flush=True)

            # One unmeasured question per chat on each path: every chat's first turn is done.
            warm = PathResult()
            await timed([full_chat(system, inbox, c, message, replies, 1, warm) for c in full_ids[1:]])
            await timed([bare_chat(rasa, system.pseudonym(c), message, metadata, 1, warm) for c in bare_ids[1:]])
            if warm.lost:
                raise RuntimeError(f"{warm.lost} warm-up question(s) got no answer")

            # The paths take turns in blocks, so a change in other load on the machine hits both alike.
            parts = split(questions, blocks)
            for number, block in enumerate(parts, start=1):
                print(f"block {number}/{len(parts)}: full stack, then bare Rasa, {chats} chats x {block} questions",
                      flush=True)
                full.seconds += await timed(
                    [full_chat(system, inbox, c, message, replies, block, full) for c in full_ids], full_cpu
                )
                bare.seconds += await timed(
                    [bare_chat(rasa, system.pseudonym(c), message, metadata, block, bare) for c in bare_ids], bare_cpu
                )
    expected = chats * questions
    full_summary, bare_summary = full.summary(expected), bare.summary(expected)
    ratios = {}
    if "p95_ms" in full_summary and "p95_ms" in bare_summary:
        ratios = {
            "throughput": round(full_summary["messages_per_s"] / bare_summary["messages_per_s"], 3),
            "p50": round(full_summary["p50_ms"] / bare_summary["p50_ms"], 2),
            "p95": round(full_summary["p95_ms"] / bare_summary["p95_ms"], 2),
            "p99": round(full_summary["p99_ms"] / bare_summary["p99_ms"], 2),
        }
    return {
        "replies_per_message": replies,
        "full_stack": full_summary,
        "bare_rasa": bare_summary,
        "ratio_full_to_bare": ratios,
        # CPU milliseconds per answered message, per service (rasa: all Rasa servers; bench: this
        # process, the fake Telegram and the load generator). Not noisy on a shared machine.
        "cpu_ms_per_message": {
            "full_stack": full_cpu.per_message_ms(len(full.latencies)) if full_cpu else {},
            "bare_rasa": bare_cpu.per_message_ms(len(bare.latencies)) if bare_cpu else {},
        },
        "samples_ms": {
            "full_stack": [round(s * 1000, 2) for s in full.latencies],
            "bare_rasa": [round(s * 1000, 2) for s in bare.latencies],
        },
    }


def _bare_texts(system: System, chat_id: int, message: str) -> list[str]:
    with httpx.Client(base_url=system.rasa_url, timeout=REPLY_TIMEOUT) as rasa:
        return bare_exchange(rasa, system.pseudonym(chat_id), message)[1]


def run(chats: int, questions: int, blocks: int, message: str, out_dir: Path, work_dir: Path,
        rasa_processes: int = 1, telegram_limit: float = 0.0) -> dict:
    # The bot keeps to Telegram's flood limit (TELEGRAM_MAX_MESSAGES_PER_SECOND, 30 as shipped); the
    # fake Telegram has none, so by default the channel's own cost is measured without it.
    previous = os.environ.get(TELEGRAM_LIMIT_VARIABLE)
    os.environ[TELEGRAM_LIMIT_VARIABLE] = str(telegram_limit)
    try:
        with running_system(work_dir, rasa_processes=rasa_processes) as system:
            measured = asyncio.run(measure(system, chats, questions, blocks, message))
    finally:
        if previous is None:
            os.environ.pop(TELEGRAM_LIMIT_VARIABLE, None)
        else:
            os.environ[TELEGRAM_LIMIT_VARIABLE] = previous

    result = {
        "benchmark": "load",
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "message": message,
        "chats": chats,
        "questions": questions,
        # The full stack's Rasa servers; bare Rasa is always one process (the first of them).
        "rasa_processes": rasa_processes,
        # The bot's overall messages per second to Telegram (0: no limit; Telegram's own is about 30).
        "telegram_max_messages_per_second": telegram_limit,
        "blocks": len(split(questions, blocks)),
        **measured,
    }
    return write_result(result, out_dir, "load")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50, help="chats writing at the same time (default 50)")
    parser.add_argument("--questions", type=int, default=20, help="questions per chat, back-to-back (default 20)")
    parser.add_argument("--blocks", type=int, default=4,
                        help="the paths take turns this many times, each with its share of the questions (default 4)")
    parser.add_argument("--message", default=DEFAULT_MESSAGE, help=f"text to send (default {DEFAULT_MESSAGE!r})")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "bench", help="JSON output folder")
    parser.add_argument("--keep-logs", action="store_true", help="keep the temporary folder with the service logs")
    parser.add_argument("--rasa-processes", type=int, default=1,
                        help="Rasa servers behind the full stack (default 1); bare Rasa stays one process, so "
                             "the throughput ratio is then the gain over a single Rasa process")
    parser.add_argument("--telegram-limit", type=float, default=0.0,
                        help="the bot's messages per second in all (TELEGRAM_MAX_MESSAGES_PER_SECOND; default 0: "
                             "off, to measure the channel; 30: as shipped, Telegram's flood limit for a bot)")
    args = parser.parse_args(argv)
    if args.chats < 2 or args.questions < 1 or args.blocks < 1 or args.rasa_processes < 1:
        parser.error("--chats must be at least 2, --questions, --blocks and --rasa-processes at least 1")
    try:
        require_model()
    except ModelMissing as error:
        print(error, file=sys.stderr)
        return 2

    with work_folder(args.keep_logs) as work_dir:
        result = run(args.chats, args.questions, args.blocks, args.message, args.out, work_dir, args.rasa_processes,
                     args.telegram_limit)

    full, bare, ratio = result["full_stack"], result["bare_rasa"], result["ratio_full_to_bare"]
    print(f"\n{result['chats']} chats x {result['questions']} questions back-to-back, message {result['message']!r}, "
          f"full stack with {args.rasa_processes} Rasa process(es), bare Rasa with 1")
    print("the bot's limit of messages per second to Telegram: "
          + (f"{args.telegram_limit:g}" if args.telegram_limit else "off (as shipped: 30, Telegram's flood limit "
                                                                     "for a bot, which caps the full stack there)"))
    print(f"{'':12}{'answered':>9}{'lost':>6}{'msg/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name, row in (("full stack", full), ("bare Rasa", bare)):
        print(f"{name:12}{row['answered']:>9}{row['lost']:>6}{row.get('messages_per_s', 0):>8.1f}"
              f"{row.get('p50_ms', 0):>9.0f}{row.get('p95_ms', 0):>9.0f}{row.get('p99_ms', 0):>9.0f}")
    if ratio:
        print(f"full/bare: throughput {ratio['throughput']:.2f}, p50 {ratio['p50']:.2f}, "
              f"p95 {ratio['p95']:.2f}, p99 {ratio['p99']:.2f}")
    for name, key in (("full stack", "full_stack"), ("bare Rasa", "bare_rasa")):
        used = result["cpu_ms_per_message"][key]
        if used:
            print(f"CPU ms per message, {name}: " + ", ".join(f"{k} {v:.1f}" for k, v in used.items()))
    print(f"written to {result['path']}")
    return 0 if full["lost"] == 0 and bare["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

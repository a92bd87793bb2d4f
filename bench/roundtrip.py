"""Round-trip latency: the whole stack through Telegram versus bare Rasa. See bench/README.md.

    .venv/bin/python bench/roundtrip.py [-n 100] [--warmup 10] [--message TEXT]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))  # run as a script: make `tests.e2e` importable

import httpx

from bench.harness import running_system, work_folder, write_result
from inburgering.models import Chat, Inburgeraar
from inburgering.people.demo import DEMO_LINK_CODE, DEMO_PERSON_NAME
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import LANGUAGES
from inburgering.responses.privacy import NOTICE_VERSION
from inburgering.text.language import detect_language
from tests.e2e.system import ModelMissing, System, require_model

# A database-backed question: Rasa -> action server -> SQLite -> NLG, for a linked chat.
DEFAULT_MESSAGE = "wanneer is mijn volgende afspraak?"
REPLY_TIMEOUT = 30.0
SETTLE_SECONDS = 1.0


def link_chat(system: System, chat_id: int, code: str) -> None:
    """Link ``chat_id`` to the demo person through the bot, as a real user would."""
    mark = system.fake.mark()
    system.fake.push_command(chat_id, "start", code)
    system.fake.wait_for_messages(chat_id, 1, timeout=REPLY_TIMEOUT, after=mark, settle=SETTLE_SECONDS)


def link_in_database(system: System, chat_ids: list[int]) -> None:
    """Chats linked to the demo person as ``/start <code>`` leaves them, written straight to the database.

    For chats that talk to Rasa directly, and for many chats at once: linking through the bot tells
    the person's other linked chats about each new link, and those notices would be counted as answers.
    """
    now = datetime.now(UTC)
    with session_scope(session_factory(system.database_url)) as session:
        person = session.query(Inburgeraar).filter_by(name=DEMO_PERSON_NAME).one()
        for chat_id in chat_ids:
            session.add(Chat(
                telegram_chat_id=chat_id, pseudonym=system.pseudonym(chat_id), inburgeraar_id=person.id,
                language=person.preferred_language, language_fixed=False, reminders_enabled=True,
                expects_free_text=False, privacy_notice_version=NOTICE_VERSION, linked_at=now, last_seen_at=now,
            ))


def full_roundtrip(system: System, chat_id: int, message: str, replies: int) -> float:
    """Seconds from the Telegram update being available to the bot's last reply arriving."""
    mark = system.fake.mark()
    started = time.perf_counter()
    system.fake.push_text(chat_id, message)
    answers = system.fake.wait_for_messages(chat_id, replies, timeout=REPLY_TIMEOUT, after=mark)
    return answers[replies - 1]["time"] - started


def bare_exchange(rasa: httpx.Client, sender: str, message: str) -> tuple[float, list[str]]:
    """Seconds for one REST round trip to Rasa, and the texts it answered."""
    # The metadata the bot would send: the reply language it detected.
    language = detect_language(message)
    metadata = {"language": language if language in LANGUAGES else "nl"}
    started = time.perf_counter()
    answer = rasa.post("/webhooks/rest/webhook", json={"sender": sender, "message": message, "metadata": metadata})
    elapsed = time.perf_counter() - started
    answer.raise_for_status()
    # A response's `custom` payload (e.g. the feedback marker) arrives as its own message without
    # text; the bot folds it into the text before it, so only texts are compared.
    texts = [m["text"] for m in answer.json() if m.get("text")]
    if not texts:
        raise RuntimeError(f"bare Rasa gave no reply to {message!r}")
    return elapsed, texts


def bare_roundtrip(rasa: httpx.Client, sender: str, message: str) -> float:
    return bare_exchange(rasa, sender, message)[0]


def summary(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {
        "p50_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
        "mean_ms": round(statistics.fmean(samples) * 1000, 2),
        "min_ms": round(min(samples) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
    }


def run(count: int, warmup: int, message: str, out_dir: Path, work_dir: Path) -> dict:
    with running_system(work_dir) as system:
        full_chat, bare_chat = random.sample(range(5_000_000_000, 9_000_000_000), 2)
        # Both conversations are linked to the demo person, so both paths do the same database work.
        link_chat(system, full_chat, DEMO_LINK_CODE)
        link_in_database(system, [bare_chat])
        bare_sender = system.pseudonym(bare_chat)

        with httpx.Client(base_url=system.rasa_url, timeout=REPLY_TIMEOUT) as rasa:
            # Warm up both paths; count how many messages one answer is.
            mark = system.fake.mark()
            system.fake.push_text(full_chat, message)
            first = system.fake.wait_for_messages(
                full_chat, 1, timeout=REPLY_TIMEOUT, after=mark, settle=SETTLE_SECONDS
            )
            replies = len(first)
            print(f"reply to {message!r}: {replies} message(s): {first[0]['text'][:80]!r}", flush=True)
            _, bare_texts = bare_exchange(rasa, bare_sender, message)
            if bare_texts != [m["text"] for m in first]:
                raise RuntimeError(f"the two paths answer differently, so they do different work: {bare_texts!r}")
            for _ in range(warmup):
                full_roundtrip(system, full_chat, message, replies)
                bare_roundtrip(rasa, bare_sender, message)

            # Interleaved, so load from anything else on the machine hits both paths alike.
            full, bare = [], []
            for i in range(count):
                full.append(full_roundtrip(system, full_chat, message, replies))
                bare.append(bare_roundtrip(rasa, bare_sender, message))
                if (i + 1) % max(1, count // 10) == 0:
                    print(f"  {i + 1}/{count}", flush=True)

    result = {
        "benchmark": "roundtrip",
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "message": message,
        "count": count,
        "warmup": warmup,
        "replies_per_message": replies,
        "full_stack": summary(full),
        "bare_rasa": summary(bare),
        "ratio_full_to_bare": {
            "p50": round(statistics.median(full) / statistics.median(bare), 2),
            "p95": round(summary(full)["p95_ms"] / summary(bare)["p95_ms"], 2),
        },
        "samples_ms": {
            "full_stack": [round(s * 1000, 3) for s in full],
            "bare_rasa": [round(s * 1000, 3) for s in bare],
        },
    }
    return write_result(result, out_dir, "roundtrip")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=100, help="measured round trips per path (default 100)")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured round trips per path first (default 10)")
    parser.add_argument("--message", default=DEFAULT_MESSAGE, help=f"text to send (default {DEFAULT_MESSAGE!r})")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "bench", help="JSON output folder")
    parser.add_argument("--keep-logs", action="store_true", help="keep the temporary folder with the service logs")
    args = parser.parse_args(argv)
    if args.count < 2 or args.warmup < 0:
        parser.error("--count must be at least 2 and --warmup at least 0")
    try:
        require_model()
    except ModelMissing as error:
        print(error, file=sys.stderr)
        return 2

    with work_folder(args.keep_logs) as work_dir:
        result = run(args.count, args.warmup, args.message, args.out, work_dir)

    full, bare, ratio = result["full_stack"], result["bare_rasa"], result["ratio_full_to_bare"]
    print(f"\n{result['count']} round trips each, message {result['message']!r}")
    print(f"{'':12}{'p50 ms':>10}{'p95 ms':>10}")
    print(f"{'full stack':12}{full['p50_ms']:>10.1f}{full['p95_ms']:>10.1f}")
    print(f"{'bare Rasa':12}{bare['p50_ms']:>10.1f}{bare['p95_ms']:>10.1f}")
    print(f"{'full/bare':12}{ratio['p50']:>10.2f}{ratio['p95']:>10.2f}")
    print(f"written to {result['path']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

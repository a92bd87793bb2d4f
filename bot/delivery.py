"""What a failed Telegram send means for the row being sent (see :mod:`inburgering.platform.queues`)."""

from __future__ import annotations

import enum
import warnings
from datetime import timedelta

from telegram.error import BadRequest, Forbidden, RetryAfter, TimedOut
from telegram.warnings import PTBDeprecationWarning


class Outcome(enum.Enum):
    refused = "refused"  # for good, for this row only: the user blocked the bot, chat not found, bad request
    flood = "flood"  # Telegram's flood control holds for the whole bot: end the round, count nothing
    uncertain = "uncertain"  # timed out: it may have arrived
    failed = "failed"  # may pass (network, Telegram 5xx) or unexpected: count an attempt and wait


def outcome_of(error: BaseException) -> Outcome:
    if isinstance(error, RetryAfter):
        return Outcome.flood
    if isinstance(error, (Forbidden, BadRequest)):
        return Outcome.refused
    if isinstance(error, TimedOut):
        return Outcome.uncertain
    return Outcome.failed


def retry_after_seconds(error: RetryAfter) -> float:
    # PTB 22 returns int or timedelta (PTB_TIMEDELTA) and warns about the change; both are fine here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)

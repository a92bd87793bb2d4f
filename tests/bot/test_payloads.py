"""Every payload is parsed in one place: the buttons the assistant offers pass, anything else does not."""

from __future__ import annotations

from typing import Any

import pytest

from inburgering import payloads
from inburgering.models import FeedbackTopic
from inburgering.payloads import MAX_ID, parse
from inburgering.responses import RESPONSES
from inburgering.text.i18n import translator

# Arguments that let most renderers run; a renderer that needs others is skipped below.
SAMPLE_ARGUMENTS: dict[str, Any] = {
    "id": 12, "outbox_id": 7, "topics": list(payloads.INTENT_BUTTONS), "with_buttons": True,
    "buttons": [(str(n), payloads.rating_payload(n, "other")) for n in range(1, 6)],
    "appointments": [{"id": 3, "starts_at": "2026-12-01T10:00:00+01:00", "kind": "intake", "title": "x"}],
    "enabled": True, "result": "linked", "days": 90, "body": "x", "kind": "machine", "phone": "14 038",
    "due_at": "2026-12-01T10:00:00+01:00", "reason": "request_regisseur", "linked": True,
}


def _offered_payloads() -> set[str]:
    offered = set()
    for name, renderer in RESPONSES.items():
        try:
            message = renderer(translator("nl"), SAMPLE_ARGUMENTS)
        except Exception:  # noqa: BLE001 - needs other arguments; its builders are covered below
            continue
        offered |= {button["payload"] for button in message.get("buttons") or ()}
    return offered


def test_every_button_a_response_offers_passes_unchanged() -> None:
    offered = _offered_payloads()
    assert len(offered) > 20, offered  # the sample arguments reach most responses
    assert {payload for payload in offered if parse(payload) != payload} == set()


@pytest.mark.parametrize("payload", [
    "lang:nl", "lang:ar", "lang:ti", "fb:skip", "fb:up:pvt", "fb:down:appointments", "fb:rate:5:other",
    "unlink:yes", "unlink:no", "forget:yes", "reminders:off", "ics:1", f"orig:{MAX_ID}", "/ask_map",
    '/ask_pvt{"aspect":"hours"}', '/request_reschedule{"appointment_id":"12"}', "/deny", "/request_regisseur",
    payloads.reschedule_payload(99), payloads.period_payload("week"), payloads.progress_payload("ontzorgen"),
])
def test_the_buttons_we_offer_pass(payload: str) -> None:
    assert parse(payload) == payload


@pytest.mark.parametrize("payload", [
    None, "", 17, "/restart", "/greet", "/session_start", "/action_listen", "/ask_map ", " /ask_map",
    "/ASK_MAP", '/ask_map{"aspect":"hours"}', '/ask_pvt{"aspect":"x"}', '/ask_pvt{"aspect":"hours","x":"y"}',
    '/ask_pvt{"aspect":1}', '/ask_pvt{aspect}', '/ask_pvt{"aspect":"hours"}@0.99',
    '/request_reschedule{"appointment_id":"99999999999999999999"}',
    '/request_reschedule{"appointment_id":"0"}', '/request_reschedule{"appointment_id":"-1"}',
    '/request_reschedule{"appointment_id":"١٢"}', "lang:en", "lang:", "lang:nl\n", "lang:\ud800",
    f"ics:{MAX_ID + 1}", "ics:" + "9" * 400, "ics:-1", "ics:0", "ics:1.5", "ics:٣", "ics:", "orig:1e9",
    "orig:" + "1" * 30, "fb:up:weather", "fb:rate:6:pvt", "fb:rate:0:pvt", "fb:rate:05:pvt", "fb:rate:5",
    "fb:skip:x", "fb:", "unlink:maybe", "forget:YES", "reminders:", "zz:unknown", "\x00", "\ud83d",
    "/ask_map\u202e", "/" + "a" * 63, "x" * 10_000,
])
def test_anything_else_is_refused(payload: Any) -> None:
    assert parse(payload) is None


def test_json_spacing_is_read_and_written_back_in_the_one_canonical_form() -> None:
    assert parse('/ask_pvt{ "aspect" : "hours" }') == '/ask_pvt{"aspect":"hours"}'
    assert parse('/request_reschedule{"appointment_id":"007"}') == payloads.reschedule_payload(7)
    assert parse("ics:0012") == "ics:12"


def test_the_feedback_topics_are_the_models_topics() -> None:
    assert set(payloads.FEEDBACK_TOPICS) == {topic.value for topic in FeedbackTopic}

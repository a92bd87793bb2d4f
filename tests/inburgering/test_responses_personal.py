"""The responses of issue 4 render in every language, with the right numbers, dates and buttons."""

from datetime import datetime, timedelta, timezone

import pytest

from inburgering.responses import render
from inburgering.responses.appointments import reminder_message
from inburgering.text.i18n import translator

STARTS = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)  # 10:00 in Amsterdam
APPOINTMENT = {"id": 7, "kind": "voortgangsgesprek", "starts_at": STARTS.isoformat(), "ends_at": None,
               "location": "Stadskantoor", "with_whom": "Sanne de Vries", "interpreter_booked": True}
MONTH_NAMES = {"nl": "november", "ar": "تشرين الثاني", "ti": "ሕዳር"}


def payloads(message: dict) -> list[str]:
    return [b["payload"] for b in message.get("buttons", [])]


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_next_appointment_with_calendar_and_reschedule_buttons(language: str) -> None:
    message = render("utter_next_appointment", translator(language), APPOINTMENT)
    assert MONTH_NAMES[language] in message["text"]
    assert "10:00" in message["text"] and "Stadskantoor" in message["text"]
    assert payloads(message)[:2] == ["ics:7", '/request_reschedule{"appointment_id":"7"}']
    assert '/ask_appointments{"period":"week"}' in payloads(message)
    assert all(len(p.encode()) <= 64 for p in payloads(message))  # Telegram's callback_data limit


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_appointment_list_counts_and_shows_each(language: str) -> None:
    second = {**APPOINTMENT, "id": 8, "kind": "pvt_session", "starts_at": (STARTS + timedelta(days=1)).isoformat()}
    message = render("utter_appointments_list", translator(language),
                     {"period": "week", "appointments": [APPOINTMENT, second], "more": 0})
    # (Arabic says "two appointments" with the dual form, without the digit.)
    assert message["text"].count("•") == 2
    assert message["text"].count("Stadskantoor") == 2
    assert payloads(message)[:2] == ["ics:7", "ics:8"]
    assert '/ask_appointments{"period":"week"}' not in payloads(message)  # no button for what is shown


def test_list_mentions_what_did_not_fit() -> None:
    message = render("utter_appointments_list", translator("nl"),
                     {"period": "month", "appointments": [APPOINTMENT], "more": 3})
    assert message["text"].splitlines()[0].count("4") == 1
    assert "3" in message["text"].splitlines()[-1]


def test_reschedule_question_lists_the_given_appointments_and_stop() -> None:
    message = render("utter_ask_reschedule_appointment", translator("ar"), {"appointments": [APPOINTMENT]})
    assert payloads(message) == ['/request_reschedule{"appointment_id":"7"}', "/deny"]
    # Date first (the part that tells two appointments apart), then the short kind.
    assert message["buttons"][0]["title"].startswith("أربعاء 25/11 10:00 · ")


def test_reason_question_tells_the_bot_to_expect_free_text() -> None:
    message = render("utter_ask_reschedule_reason", translator("ti"))
    assert message["custom"] == {"expects": "free_text"}
    assert payloads(message) == ["/deny"]


@pytest.mark.parametrize(("kind", "fragment"), [("day_before", "november"), ("two_hours", "10:00")])
def test_reminders(kind: str, fragment: str) -> None:
    message = reminder_message(translator("nl"), kind, APPOINTMENT)
    assert fragment in message["text"]
    assert "Sanne de Vries" in message["text"]
    assert payloads(message) == ["ics:7", '/request_reschedule{"appointment_id":"7"}', "reminders:off"]


def test_pvt_progress_counts_hours_and_says_what_is_left() -> None:
    t = translator("nl")
    halfway = render("utter_progress_pvt", t, {"hours_done": 8, "hours_required": 12, "excursion_done": False,
                                                "declaration_signed_on": None})
    assert "8" in halfway["text"] and "12" in halfway["text"]
    done = render("utter_progress_pvt", t, {"hours_done": 13, "hours_required": 12, "excursion_done": True,
                                             "declaration_signed_on": "2026-10-15", "with_buttons": False})
    assert "13" not in done["text"] and "12" in done["text"]
    assert "oktober" in done["text"]
    assert done["buttons"] == []
    assert payloads(halfway) == ['/ask_progress{"pip_part":"map"}', '/ask_progress{"pip_part":"ontzorgen"}']


def test_map_progress_and_exemption() -> None:
    t = translator("nl")
    message = render("utter_progress_map", t, {"exempt": False, "hours_done": 6, "hours_required": None,
                                                "practice_hours_done": 16, "practice_hours_required": 40,
                                                "final_talk_done": False})
    assert "6" in message["text"] and "16" in message["text"] and "40" in message["text"]
    exempt = render("utter_progress_map", t, {"exempt": True})
    assert len(exempt["text"].splitlines()) == 1


def test_ontzorgen_progress_says_until_when_and_which_costs() -> None:
    t = translator("nl")
    running = render("utter_progress_ontzorgen", t, {"starts_on": "2026-09-01", "ends_on": "2027-03-01",
                                                      "costs": ["rent", "health_insurance"], "today": "2026-11-23"})
    assert "maart 2027" in running["text"]
    assert t.gettext("rent") in running["text"] and t.gettext("health insurance") in running["text"]
    ended = render("utter_progress_ontzorgen", t, {"starts_on": "2026-01-01", "ends_on": "2026-07-01",
                                                    "costs": ["rent"], "today": "2026-11-23"})
    assert "juli 2026" in ended["text"] and t.gettext("rent") not in ended["text"]
    none = render("utter_progress_ontzorgen", t, {"starts_on": None, "ends_on": None, "costs": []})
    assert none["text"] and "2026" not in none["text"]


@pytest.mark.parametrize("name", [
    "utter_no_appointments_in_period", "utter_no_progress", "utter_reschedule_press_button",
    "utter_reschedule_requested", "utter_reschedule_already_requested", "utter_reschedule_not_possible",
    "utter_reschedule_cancelled", "utter_reschedule_nothing_to_move",
])
@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_other_responses_render(name: str, language: str) -> None:
    assert render(name, translator(language), {"period": "month", "starts_at": STARTS.isoformat()})["text"]


def test_every_issue_4_response_is_in_the_domain() -> None:
    import yaml

    from inburgering.platform.settings import PROJECT_ROOT

    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    names = {"utter_appointments_list", "utter_no_appointments_in_period", "utter_progress_pvt", "utter_progress_map",
             "utter_progress_ontzorgen", "utter_no_progress", "utter_ask_reschedule_appointment",
             "utter_ask_reschedule_reason", "utter_reschedule_press_button", "utter_reschedule_requested",
             "utter_reschedule_already_requested", "utter_reschedule_not_possible", "utter_reschedule_cancelled",
             "utter_reschedule_nothing_to_move"}
    assert names <= set(domain["responses"])
    assert {"action_show_progress", "action_prepare_reschedule", "action_ask_reschedule_appointment_id",
            "validate_reschedule_form", "action_submit_reschedule"} <= set(domain["actions"])
    assert domain["forms"]["reschedule_form"]["required_slots"] == ["reschedule_appointment_id", "reschedule_reason"]

"""The real bot, Rasa server and action/NLG server, driven through a fake Telegram.

Expected texts come from the same catalogs the assistant uses (``render`` of a
response name in a language), so these tests check *which* answer arrived in
*which* language, not the wording of the day.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select

from actions.topics import profile_arguments
from inburgering.models import Inburgeraar, PendingMessage
from inburgering.people.demo import DEMO_LINK_CODE, DEMO_PERSON_NAME
from inburgering.people.linking import LinkResult
from inburgering.people.profiles import load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.payloads import speak_payload
from inburgering.responses import render
from inburgering.responses.spoken import listen_title
from inburgering.review.feedback import topic_of_response
from inburgering.schedule.appointments import appointment_arguments, next_appointment
from inburgering.speech.recordings import text_hash
from inburgering.speech.voices import has_computer_voice
from inburgering.text.i18n import translator
from tests.e2e.fake_telegram import buttons
from tests.e2e.system import GEMEENTE

pytestmark = pytest.mark.e2e

ARABIC = re.compile(r"[\u0600-\u06FF]")
GEEZ = re.compile(r"[\u1200-\u137F]")
LANGUAGE_PAYLOADS = {"lang:nl", "lang:ar", "lang:ti"}
# Topic answers carry the facts of the system's municipality (hours, provider, phone).
TOPIC = profile_arguments(load_profile(GEMEENTE))


def expected(response: str, language: str, **arguments: object) -> dict:
    """What the assistant says for ``response`` in ``language``: text and (title, payload) buttons."""
    message = render(response, translator(language), arguments)
    wanted = [(b["title"], b["payload"]) for b in message.get("buttons", [])]
    topic = topic_of_response(response)
    if topic is not None:  # informative answers end with 👍/👎 (issue 6)
        wanted += [("👍", f"fb:up:{topic.value}"), ("👎", f"fb:down:{topic.value}")]
    if topic is not None and has_computer_voice(language):  # and start with 🔊 where a voice speaks them (issue 14)
        listen = speak_payload(language, response, text_hash(message["text"]))
        wanted.insert(0, (listen_title(translator(language)), listen))
    return {"text": message["text"], "buttons": wanted}


def assert_is(message: dict, response: str, language: str, **arguments: object) -> None:
    want = expected(response, language, **arguments)
    assert message["text"] == want["text"], f"expected {response} in {language}"
    assert buttons(message) == want["buttons"]


def payloads(message: dict) -> set[str]:
    return {payload for _, payload in buttons(message)}


def test_start_asks_the_language_then_welcomes_with_buttons(user):
    notice, choice = user.command("start")
    assert all(t.gettext("Privacy: what I keep.") in notice["text"] for t in map(translator, ("nl", "ar", "ti")))
    assert payloads(choice) == LANGUAGE_PAYLOADS

    confirmation, welcome = user.press("lang:nl", choice)
    assert confirmation["text"]
    assert_is(welcome, "utter_greet", "nl")
    assert "/ask_pvt" in payloads(welcome)

    notice, again = user.command("start")
    assert notice["text"].startswith(translator("nl").gettext("Privacy: what I keep."))
    assert_is(again, "utter_greet", "nl")


def test_dutch_pvt_question_gets_the_dutch_answer_with_buttons(user):
    (answer,) = user.say("wat is de PVT?")
    assert "12" in answer["text"]
    assert buttons(answer), "the answer has no inline buttons"
    assert_is(answer, "utter_pvt", "nl", **TOPIC)


@pytest.mark.parametrize("question", ["ما هو PVT؟", "شو يعني PVT"])
def test_arabic_question_gets_an_arabic_answer(user, question):
    (answer,) = user.say(question)
    assert ARABIC.search(answer["text"]), answer["text"]
    assert_is(answer, "utter_pvt", "ar", **TOPIC)


def test_tigrinya_question_gets_a_tigrinya_answer(user):
    (answer,) = user.say("PVT እንታይ እዩ?")
    assert GEEZ.search(answer["text"]), answer["text"]
    assert_is(answer, "utter_pvt", "ti", **TOPIC)


@pytest.mark.parametrize("question", ["shu ya3ni el MAP", "shu hiye el map ya3ni"])
def test_arabizi_question_gets_an_answer_in_arabic_script(user, question):
    (answer,) = user.say(question)
    assert ARABIC.search(answer["text"]), answer["text"]
    assert_is(answer, "utter_map", "ar", **TOPIC)


@pytest.mark.parametrize("question", ["MAP entay iyu", "PVT entay eyu"])
def test_latin_script_tigrinya_question_gets_an_answer_in_geez(user, question):
    (answer,) = user.say(question)
    assert GEEZ.search(answer["text"]), answer["text"]
    assert_is(answer, "utter_map" if question.startswith("MAP") else "utter_pvt", "ti", **TOPIC)


def test_a_question_in_another_script_than_the_chosen_language_is_answered_in_its_own(user):
    (choice,) = user.command("taal")
    user.press("lang:nl", choice)
    (answer,) = user.say("شو يعني PVT")
    assert_is(answer, "utter_pvt", "ar", **TOPIC)


@pytest.mark.parametrize(("question", "language", "reason"), [
    ("wanneer is de afspraak van mijn vrouw", "nl", "someone_else"),
    ("متى موعدي عند IND؟", "ar", "other_organisation"),
])
def test_an_out_of_scope_question_hears_why_and_what_to_do(user, question, language, reason):
    # Someone else's record: that person asks in their own chat; another office's business: ask there.
    (answer,) = user.say(question)
    assert_is(answer, "utter_out_of_scope", language, reason=reason)
    assert payloads(answer) >= {"/request_regisseur"}


def test_pressing_an_inline_button_answers_its_topic(user, fake):
    _, choice = user.command("start")
    _, welcome = user.press("lang:nl", choice)
    assert "/ask_map" in payloads(welcome)

    (answer,) = user.press("/ask_map", welcome)
    assert_is(answer, "utter_map", "nl", **TOPIC)
    query_id = user.last_update["callback_query"]["id"]
    answered = [a["callback_query_id"] for a in fake.callback_answers]
    assert query_id in answered, "the bot never answered the callback query (the button keeps spinning)"

    # A button under an answer carries an intent with an entity: '/ask_pvt{"aspect":"hours"}'.
    (pvt,) = user.say("wat is de PVT?")
    hours = next(payload for payload in payloads(pvt) if '"hours"' in payload)
    (answer,) = user.press(hours, pvt)
    assert_is(answer, "utter_pvt_hours", "nl", **TOPIC)


def test_taal_offers_three_languages_and_the_choice_sticks(user):
    (choice,) = user.command("taal")
    assert payloads(choice) == LANGUAGE_PAYLOADS
    assert len(buttons(choice)) == 3

    confirmation, welcome = user.press("lang:ti", choice)
    assert GEEZ.search(confirmation["text"])
    assert_is(welcome, "utter_greet", "ti")

    # A language chosen with /taal wins over the language a message is written in.
    (answer,) = user.say("wat is de MAP?")
    assert_is(answer, "utter_map", "ti", **TOPIC)


@pytest.mark.parametrize("kind", ["sticker", "voice", "photo"])
def test_media_gets_a_clear_text_answer(new_user, kind):
    user = new_user()
    (answer,) = user.send_media(kind)
    assert answer["method"] == "sendMessage"
    assert answer["text"].strip()

    tigrinya = new_user("ti")
    tigrinya.say("PVT እንታይ እዩ?")
    (answer,) = tigrinya.send_media(kind)
    assert GEEZ.search(answer["text"]), "the answer to media must be in the chat's language"


@pytest.mark.parametrize("text", ["ja", "nee", "dank je wel", "doei", "ben jij een robot?", "blablabla qwerty"])
def test_every_turn_of_the_real_dialogue_says_something(user, system, text):
    """The bot keeps a message that gets no answer from Rasa as not answered (an action or the NLG endpoint
    failed): that holds only if every turn of the dialogue says something, also a yes with no open question."""
    answers = user.say(text)
    apology = render("bot_unavailable", translator("nl"), {})["text"]
    assert answers and not any(a["text"].startswith(apology) for a in answers)
    with session_scope(session_factory(system.database_url)) as session:
        assert session.scalar(select(func.count()).select_from(PendingMessage)) == 0


def test_linked_chat_gets_its_own_next_appointment_from_the_database(new_user, system):
    stranger = new_user()
    (answer,) = stranger.say("wanneer is mijn volgende afspraak?")
    assert_is(answer, "utter_not_linked", "nl")

    user = new_user()
    notice, linked, greeting = user.command("start", DEMO_LINK_CODE)
    assert notice["text"].startswith(translator("nl").gettext("Privacy: what I keep."))  # before linking (issue 6)
    # The demo person prefers Arabic, so a new chat speaks Arabic once it is linked.
    assert linked["text"] == render("bot_link_result", translator("ar"), {"result": LinkResult.linked.name})["text"]
    assert_is(greeting, "utter_greet", "ar")

    with session_scope(session_factory(system.database_url)) as session:
        person = session.query(Inburgeraar).filter_by(name=DEMO_PERSON_NAME).one()
        appointment = next_appointment(session, person.id, datetime.now(UTC))
        assert appointment is not None, "the demo data has no upcoming appointment"
        arguments = appointment_arguments(appointment)

    (answer,) = user.press("/ask_appointments", greeting)
    assert_is(answer, "utter_next_appointment", "ar", **arguments)
    assert appointment.location in answer["text"]

    (answer,) = user.say("wanneer is mijn volgende afspraak?")
    assert_is(answer, "utter_next_appointment", "nl", **arguments)


def test_rasa_never_sees_telegram_chat_ids(user, system):
    """Runs last in this module: checks every chat the tests above used, too."""
    question = "wat is de PVT?"
    user.say(question)
    chat_ids = [str(chat_id) for chat_id in system.chat_ids]

    with sqlite3.connect(system.tracker_db) as tracker_store:
        senders = {row[0] for row in tracker_store.execute("SELECT DISTINCT sender_id FROM events")}
        leaked = [c for c in chat_ids for (data,) in tracker_store.execute(
            "SELECT data FROM events WHERE data LIKE ?", (f"%{c}%",))]
    assert system.pseudonym(user.chat_id) in senders
    assert not set(chat_ids) & senders, "Rasa stored a conversation under a Telegram chat id"
    assert not leaked, "a Telegram chat id appears inside Rasa's stored events"

    with sqlite3.connect(system.tracker_db) as tracker_store:
        own = [json.loads(data) for (data,) in tracker_store.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (system.pseudonym(user.chat_id),))]
    assert question in [e.get("text") for e in own]

    # Rasa's HTTP API is closed (no --enable-api): no local process can read or write a tracker.
    with httpx.Client(base_url=system.rasa_url, timeout=10) as rasa:
        assert rasa.get(f"/conversations/{system.pseudonym(user.chat_id)}/tracker").status_code == 404
        assert rasa.post("/model/parse", json={"text": "hallo"}).status_code == 404

    for service in ("rasa", "actions"):
        log = system.log(service).read_text(errors="replace")
        assert not [c for c in chat_ids if c in log], f"a Telegram chat id appears in {service}.log"

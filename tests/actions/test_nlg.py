import pytest

from actions.nlg import generate, language_of
from actions.server import create_app


def _body(response: str, language: str | None, **arguments: object) -> dict:
    metadata = {"language": language} if language else {}
    return {"response": response, "arguments": arguments, "tracker": {"latest_message": {"metadata": metadata}},
            "channel": {"name": "rest"}}


def test_language_comes_from_the_message_metadata() -> None:
    assert language_of({"latest_message": {"metadata": {"language": "ti"}}}) == "ti"
    assert language_of({"latest_message": {"metadata": {"language": "xx"}}}) == "nl"
    assert language_of({}) == "nl"


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_arguments_and_follow_up_buttons_reach_rasa(language: str) -> None:
    message = generate(_body("utter_pvt", language, pvt_hours=16, gemeente="Steenwijkerland"))
    assert "16" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == [
        '/ask_pvt{"aspect":"hours"}', '/ask_pvt{"aspect":"signing"}', "/request_regisseur"
    ]
    assert all(len(b["payload"].encode()) <= 64 for b in message["buttons"])  # Telegram callback_data limit


async def test_nlg_route_answers_rasa_and_refuses_unknown_names() -> None:
    app = create_app(token="s3cret")
    _, ok = await app.asgi_client.post("/nlg?token=s3cret", json=_body("utter_greet", "ar"))
    assert ok.status == 200
    assert ok.json["text"]
    _, missing = await app.asgi_client.post("/nlg?token=s3cret", json=_body("utter_does_not_exist", "nl"))
    assert missing.status == 404


def test_informative_answers_and_misunderstandings_are_marked_for_the_bot() -> None:
    assert generate(_body("utter_map", "ar"))["custom"] == {"feedback_topic": "map", "response": "utter_map"}
    assert generate(_body("utter_did_you_mean", "nl", topics=["ask_pvt"]))["custom"] == {
        "misunderstood": True, "response": "utter_did_you_mean"}
    assert generate(_body("utter_greet", "nl"))["custom"] == {"response": "utter_greet"}


def _out_of_scope(language: str, text: str) -> str:
    body = _body("utter_out_of_scope", language)
    body["tracker"]["latest_message"]["text"] = text
    return generate(body)["text"]


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_out_of_scope_says_why_when_the_message_shows_it(language: str) -> None:
    someone_else = _out_of_scope(language, "wanneer is de afspraak van mijn man")
    organisation = _out_of_scope(language, "emta maw3ed el IND")
    generic = _out_of_scope(language, "wat voor weer wordt het morgen")
    assert len({someone_else, organisation, generic}) == 3
    assert "DUO" in organisation and "DUO" not in someone_else + generic
    # The same text as without a message to read (a button, an old tracker).
    assert generic == generate(_body("utter_out_of_scope", language))["text"]


def test_out_of_scope_reason_given_by_rasa_is_kept() -> None:
    body = _body("utter_out_of_scope", "nl", reason="other_organisation")
    body["tracker"]["latest_message"]["text"] = "wanneer is de afspraak van mijn man"
    assert "DUO" in generate(body)["text"]


def test_out_of_scope_gives_the_general_answer_when_its_reason_cannot_be_read(monkeypatch) -> None:
    from inburgering.text import out_of_scope

    def broken(text: str) -> None:
        raise ValueError("broken")

    monkeypatch.setattr(out_of_scope, "reason", broken)
    assert _out_of_scope("ar", "wanneer is de afspraak van mijn man") == generate(_body("utter_out_of_scope", "ar"))["text"]

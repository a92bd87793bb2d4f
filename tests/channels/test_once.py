"""A Telegram update's message reaches Rasa's conversation once (channels.once, the logic of the Rasa channel)."""

from __future__ import annotations

from channels.once import earlier_answers, message_id

DID_YOU_MEAN = {"event": "bot", "message": {"text": "Bedoelt u een van deze onderwerpen?",
                                            "buttons": [{"title": "PVT", "payload": "/ask_pvt"}],
                                            "custom": {"misunderstood": True}}}
FOLLOW_UP = {"event": "bot", "message": {"text": "Of vraag het uw regisseur."}}


def conversation(update_id: int = 7) -> list[dict]:
    return [
        {"event": "user", "text": "hallo", "message_id": "abc"},
        {"event": "bot", "message": {"text": "Hallo!"}},
        {"event": "user", "text": "wat is het KNM examen?", "message_id": message_id(update_id)},
        DID_YOU_MEAN,
        FOLLOW_UP,
        {"event": "user", "text": "wat is de MAP", "message_id": "def"},
        {"event": "bot", "message": {"text": "De MAP ..."}},
    ]


def test_a_message_handled_before_gets_the_answers_given_then() -> None:
    # The bot events up to the next user message; the channel sends them as Rasa sent them.
    assert earlier_answers(conversation(), 7, "wat is het KNM examen?") == [DID_YOU_MEAN, FOLLOW_UP]


def test_a_message_not_in_the_conversation_is_handled_as_new() -> None:
    assert earlier_answers(conversation(), 8, "wat is het KNM examen?") is None  # another update
    assert earlier_answers(conversation(), 7, "iets anders") is None  # same number, other text
    assert earlier_answers([], 7, "wat is het KNM examen?") is None


def test_the_latest_handling_counts_and_a_message_held_without_an_answer_is_handled_again() -> None:
    # The latest handling got no answer (its action failed): nothing to give back, so not "held".
    events = conversation() + [{"event": "user", "text": "wat is het KNM examen?", "message_id": message_id(7)}]
    assert earlier_answers(events, 7, "wat is het KNM examen?") is None
    answered = events + [{"event": "bot", "message": {"text": "Dat weet ik niet."}}]
    assert earlier_answers(answered, 7, "wat is het KNM examen?") == [{"event": "bot", "message": {"text": "Dat weet ik niet."}}]


def test_the_message_id_names_the_update() -> None:
    assert message_id(123) == message_id("123") == "telegram-update-123"

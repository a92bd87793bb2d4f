"""👍/👎, comments, 1-5 after a closed escalation, /feedback and misunderstood questions, through the bot."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram import Chat as TelegramChat
from telegram.ext import Application

from bot.application import build_application
from bot.conversation import Conversation
from bot.messages import reply
from inburgering.models import (
    Chat,
    Doelgroep,
    EscalationStatus,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    Gemeente,
    Inburgeraar,
)
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from inburgering.review import feedback as review_feedback
from inburgering.text.i18n import translator
from tests import factories
from tests.bot.factories import OfflineRequest, callback_update, message_update, process, user
from tests.bot.fake_rasa import FakeRasa

CHAT = 4242


class TopicRasa(FakeRasa):
    """Answers like the real NLG endpoint marks them: an informative answer, or 'did you mean'."""

    def __init__(self) -> None:
        super().__init__()
        self.custom: dict | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        answer = super().handler(request)
        if self.custom is None:
            return answer
        return httpx.Response(200, json=answer.json() + [{"recipient_id": "x", "custom": self.custom}])


@pytest.fixture
def feedback_settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST"})


@pytest.fixture
def rasa() -> TopicRasa:
    return TopicRasa()


@pytest.fixture
def request_() -> OfflineRequest:
    return OfflineRequest()


@pytest.fixture
async def app(feedback_settings: Settings, rasa: TopicRasa, request_: OfflineRequest) -> AsyncIterator[Application]:
    conversation = Conversation(feedback_settings, session_factory(feedback_settings.database_url), rasa.client())
    application = build_application(feedback_settings, conversation, request=request_)
    await application.initialize()
    yield application
    await application.shutdown()


def _keyboard(sent: dict) -> list[list[str]]:
    markup = sent.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [[b["callback_data"] for b in row] for row in markup.get("inline_keyboard", [])]


def _items(settings: Settings) -> list[FeedbackItem]:
    with session_factory(settings.database_url)() as session:
        return list(session.scalars(select(FeedbackItem).order_by(FeedbackItem.id)))


def _chat(settings: Settings) -> Chat:
    with session_factory(settings.database_url)() as session:
        return session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))


async def test_an_informative_answer_gets_thumbs_in_one_row(
    app: Application, rasa: TopicRasa, request_: OfflineRequest
) -> None:
    rasa.custom = {"feedback_topic": "pvt"}
    await process(app, message_update("wat is de PVT", chat_id=CHAT))
    [answer] = request_.sent()
    assert _keyboard(answer) == [["/ask_map"], ["fb:up:pvt", "fb:down:pvt"]]


async def test_small_talk_gets_no_thumbs(app: Application, request_: OfflineRequest) -> None:
    await process(app, message_update("hallo", chat_id=CHAT))
    assert _keyboard(request_.sent()[0]) == [["/ask_map"]]


async def test_thumbs_up_is_stored_anonymously_and_never_reaches_rasa(
    app: Application, rasa: TopicRasa, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    await process(app, message_update("wat is de MAP", chat_id=CHAT))
    await process(app, callback_update("fb:up:map", chat_id=CHAT))

    assert [body["message"] for body in rasa.received] == ["wat is de MAP"]
    assert request_.sent()[-1]["text"] == "Dank u voor uw reactie."
    [item] = _items(feedback_settings)
    assert (item.kind, item.topic, item.score, item.language) == (FeedbackKind.thumbs, FeedbackTopic.map, 1, "nl")
    chat = _chat(feedback_settings)
    assert item.reviewer == chat.review_pseudonym
    assert item.reviewer != chat.pseudonym and str(CHAT) not in item.reviewer


async def test_thumbs_down_asks_for_a_comment_in_any_language_which_is_redacted(
    app: Application, rasa: TopicRasa, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    with session_scope(session_factory(feedback_settings.database_url)) as session:
        gemeente = Gemeente(slug="zwolle", name="Zwolle")
        session.add(gemeente)
        session.flush()
        session.add(Inburgeraar(gemeente_id=gemeente.id, name="Yonas Tesfay", doelgroep=Doelgroep.statushouder))
    await process(app, message_update("wat is ontzorgen", chat_id=CHAT))  # Dutch chat
    await process(app, callback_update("fb:down:ontzorgen", chat_id=CHAT))
    prompt = request_.sent()[-1]
    assert prompt["text"].startswith("Jammer dat dit niet hielp.")
    assert _keyboard(prompt) == [["fb:skip"]]

    # The comment is in Tigrinya: it is captured as it is, not sent to Rasa, not re-detected as a question.
    await process(app, message_update("ኣነ Yonas እየ፡ 0612345678 ደውሉለይ", chat_id=CHAT))
    assert [body["message"] for body in rasa.received] == ["wat is ontzorgen"]
    assert request_.sent()[-1]["text"] == "Dank u voor uw reactie."
    thumbs, comment = _items(feedback_settings)
    assert (thumbs.kind, thumbs.score) == (FeedbackKind.thumbs, -1)
    assert (comment.kind, comment.topic) == (FeedbackKind.comment, FeedbackTopic.ontzorgen)
    assert comment.text == "ኣነ [name] እየ፡ [phone] ደውሉለይ"
    assert _chat(feedback_settings).awaiting_feedback is None

    # The next message is a question again.
    await process(app, message_update("wat is de PVT", chat_id=CHAT))
    assert rasa.received[-1]["message"] == "wat is de PVT"


async def test_skip_stores_no_comment(
    app: Application, rasa: TopicRasa, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    await process(app, callback_update("fb:down:pvt", chat_id=CHAT))
    await process(app, callback_update("fb:skip", chat_id=CHAT))
    await process(app, message_update("wat is de PVT", chat_id=CHAT))
    assert [item.kind for item in _items(feedback_settings)] == [FeedbackKind.thumbs]
    assert rasa.received[-1]["message"] == "wat is de PVT"


async def test_feedback_command_captures_free_feedback_in_the_user_s_language(
    app: Application, rasa: TopicRasa, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    await process(app, callback_update("lang:ar", chat_id=CHAT))
    await process(app, message_update("/feedback", chat_id=CHAT))
    assert request_.sent()[-1]["text"].startswith("ماذا تريد أن تخبرنا")
    await process(app, message_update("البوت مفيد، بريدي amal@mail.com", chat_id=CHAT))
    [item] = _items(feedback_settings)
    assert (item.kind, item.topic, item.language) == (FeedbackKind.free, FeedbackTopic.other, "ar")
    assert item.text == "البوت مفيد، بريدي [email]"
    assert item.text_nl is None  # Arabic is translated later, off the bot's path
    assert request_.sent()[-1]["text"] == "شكرًا لك على ملاحظاتك."


def _close_an_escalation(settings: Settings) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))
        escalation = factories.escalation(session, chat)
        escalation.status = EscalationStatus.afgerond
        escalation.closed_at = datetime.now(timezone.utc)


async def test_one_rating_per_closed_escalation_and_none_without_one(
    app: Application, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    await process(app, callback_update("fb:rate:5:pvt", chat_id=CHAT))  # no closed escalation: refused
    assert _items(feedback_settings) == []
    assert request_.sent()[-1]["text"] == reply("bot_button_expired", translator("nl")).text

    _close_an_escalation(feedback_settings)
    await process(app, callback_update("fb:rate:9:pvt", chat_id=CHAT))  # not from our keyboard
    await process(app, callback_update("fb:rate:4:pvt", chat_id=CHAT))
    await process(app, callback_update("fb:rate:1:pvt", chat_id=CHAT))  # the same escalation again
    [item] = _items(feedback_settings)
    assert (item.kind, item.score, item.topic) == (FeedbackKind.rating, 4, FeedbackTopic.pvt)

    _close_an_escalation(feedback_settings)  # a second closed escalation: one more rating
    await process(app, callback_update("fb:rate:2:pvt", chat_id=CHAT))
    assert [item.score for item in _items(feedback_settings)] == [4, 2]


async def test_a_pressed_vote_leaves_the_answer_and_the_other_buttons_stay(
    app: Application, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("MAP", callback_data="/ask_map")],
                                     [InlineKeyboardButton("👍", callback_data="fb:up:pvt"),
                                      InlineKeyboardButton("👎", callback_data="fb:down:pvt")]])
    answer = Message(message_id=77, date=datetime.now(timezone.utc), chat=TelegramChat(CHAT, TelegramChat.PRIVATE),
                     text="De PVT is...", reply_markup=keyboard)
    query = CallbackQuery(id="1", from_user=user(CHAT), chat_instance="ci", data="fb:up:pvt", message=answer)
    await process(app, Update(update_id=1, callback_query=query))
    [(_, edit)] = [call for call in request_.calls if call[0] == "editMessageReplyMarkup"]
    markup = edit["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    assert (edit["message_id"], markup) == (77, {"inline_keyboard": [[{"text": "MAP", "callback_data": "/ask_map"}]]})
    assert [item.score for item in _items(feedback_settings)] == [1]


async def test_a_misunderstood_question_is_kept_with_the_topic_chosen_next(
    app: Application, rasa: TopicRasa, feedback_settings: Settings
) -> None:
    rasa.custom = {"misunderstood": True}
    await process(app, message_update("ik snap die cursus met waarden niet, bel 0612345678", chat_id=CHAT))
    [item] = _items(feedback_settings)
    assert (item.kind, item.topic) == (FeedbackKind.misunderstood, None)
    assert item.text == "ik snap die cursus met waarden niet, bel [phone]"

    rasa.custom = {"feedback_topic": "pvt"}
    await process(app, callback_update("/ask_pvt", chat_id=CHAT))  # the did-you-mean button
    [item] = _items(feedback_settings)
    assert item.topic == FeedbackTopic.pvt
    assert _chat(feedback_settings).misunderstood_item_id is None


async def test_another_button_instead_of_a_comment_ends_the_wait(
    app: Application, rasa: TopicRasa, feedback_settings: Settings
) -> None:
    await process(app, callback_update("fb:down:map", chat_id=CHAT))
    await process(app, callback_update("/ask_pvt", chat_id=CHAT))
    await process(app, message_update("en de MAP?", chat_id=CHAT))
    assert [body["message"] for body in rasa.received] == ["/ask_pvt", "en de MAP?"]
    assert [item.kind for item in _items(feedback_settings)] == [FeedbackKind.thumbs]


def _vote_on(message_id: int, data: str, update_id: int) -> Update:
    """A press on the 👍/👎 of answer ``message_id`` (an old keyboard, or a forged press)."""
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("👍", callback_data="fb:up:pvt"),
                                      InlineKeyboardButton("👎", callback_data="fb:down:pvt")]])
    answer = Message(message_id=message_id, date=datetime.now(timezone.utc),
                     chat=TelegramChat(CHAT, TelegramChat.PRIVATE), text="De PVT is...", reply_markup=keyboard)
    query = CallbackQuery(id=str(update_id), from_user=user(CHAT), chat_instance="ci", data=data, message=answer)
    return Update(update_id=update_id, callback_query=query)


async def test_one_vote_per_answer_message_even_when_the_buttons_are_pressed_again(
    app: Application, request_: OfflineRequest, feedback_settings: Settings
) -> None:
    await process(app, _vote_on(77, "fb:up:pvt", update_id=501))
    await process(app, _vote_on(77, "fb:down:pvt", update_id=502))  # the same answer: refused
    await process(app, _vote_on(77, "fb:up:pvt", update_id=503))
    assert request_.sent()[-1]["text"] == reply("bot_button_expired", translator("nl")).text
    assert _chat(feedback_settings).awaiting_feedback is None  # no comment asked for a refused 👎
    await process(app, _vote_on(78, "fb:down:pvt", update_id=504))  # another answer: counts
    items = _items(feedback_settings)
    assert [item.score for item in items] == [1, -1]
    # Keyed by the answer, as a hash of the review key and the message id: no chat id, no message id.
    assert [item.vote_key for item in items] == [review_feedback.vote_key(items[0].reviewer, 77),
                                                 review_feedback.vote_key(items[1].reviewer, 78)]

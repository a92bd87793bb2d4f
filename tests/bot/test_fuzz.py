"""Odd and hostile Telegram updates through the real Application (offline Bot API, fake Rasa).

Property: whatever a client or Telegram sends (every update kind a bot can receive, random
Unicode with lone surrogates, bidi overrides, zero-width and control characters, forged button
payloads), no handler raises; every new message in a private chat is answered or kept; an edit,
a group, a channel or noise never reaches Rasa as a question and never makes an escalation.

Derandomized (the same examples on every run) and bounded to stay well under a minute.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select
from telegram import (
    CallbackQuery,
    Chat,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberUpdated,
    Document,
    Location,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)
from telegram.ext import Application

from bot.application import build_application
from bot.conversation import Conversation
from bot.user_input import clean_text, is_noise
from inburgering import payloads
from inburgering.models import Escalation, PendingMessage
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import BOT_USER, OfflineRequest, process
from tests.bot.fake_rasa import FakeRasa

PRIVATE_CHATS = (5101, 5102, 5103)
OTHER_CHATS = ((-5201, Chat.GROUP), (-1005202, Chat.SUPERGROUP), (-1005203, Chat.CHANNEL))
_ids = itertools.count(10_000)

# -- what arrives ----------------------------------------------------------------------------

ODD_CHARACTERS = (
    "\ud800", "\udfff", "\ud83d", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u00ad", "\u200b", "\u200c", "\u200d",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u2028", "\u2029", "\ufeff", "\ufffd", "\U000e0041", "\r", "\t", "\n", "/", "{", "}", '"', "@", "\u0301",
)
WORDS = (
    "wat", "is", "de", "MAP", "PVT", "afspraak", "wanneer", "regisseur", "hulp", "ik", "kan", "niet", "komen",
    "شو", "يعني", "موعدي", "متى", "بدي", "ቆጸራይ", "መዓስ", "እዩ", "mawid", "shu", "😀", "👍", "?", "!", "...",
)
text_characters = st.one_of(
    st.characters(), st.sampled_from(ODD_CHARACTERS),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),
)
# Lists joined, not st.text(): st.text never yields lone surrogates, Telegram's JSON can.
random_text = st.lists(text_characters, max_size=40).map("".join)
word_salad = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
texts = st.one_of(
    random_text, word_salad,
    st.builds(lambda a, b: a + b, word_salad, random_text),
    st.builds(lambda t: "/" + t, random_text),  # commands, known or not, and typed "/intents"
    st.sampled_from(["/start", "/help", "/taal", "/feedback", "/vergeet", "/cancel", "/start NOTACODE"]),
    st.just("ik heb een vraag " * 300),  # longer than MAX_MESSAGE_CHARS
)

VALID_PAYLOADS = (
    "lang:nl", "lang:ar", "lang:ti", "fb:skip", "fb:up:pvt", "fb:down:map", "fb:rate:3:other", "unlink:no",
    "forget:no", "reminders:on", "ics:1", "orig:1", "/ask_map", '/ask_pvt{"aspect":"hours"}', "/deny",
    payloads.reschedule_payload(1), payloads.period_payload("week"), payloads.progress_payload("pvt"),
)
PREFIXES = ("lang:", "fb:", "fb:rate:", "fb:up:", "unlink:", "forget:", "reminders:", "ics:", "orig:", "/", "")
forged_payloads = st.one_of(
    st.builds(lambda prefix, rest: prefix + rest, st.sampled_from(PREFIXES), random_text),
    st.builds(lambda prefix, number: f"{prefix}{number}", st.sampled_from(("ics:", "orig:")),
              st.integers(min_value=-(10**30), max_value=10**30)),
    st.sampled_from(["/restart", "/session_start", "/greet", '/request_reschedule{"appointment_id":"1e99"}',
                     "/action_restart", '/ask_pvt{"aspect":"hours"}{"x":"y"}']),
)
callback_data = st.one_of(st.sampled_from(VALID_PAYLOADS), forged_payloads, st.none())


@dataclass
class Arrival:
    """One update and what it is, for the checks."""

    update: Update
    private_chat: int | None = None  # a new message in a private chat: must be answered or kept
    reads_nothing: bool = False  # an edit, a group, a channel, a member change: Rasa never hears of it
    noise: bool = False  # a private message with nothing readable: no escalation
    flags: dict[str, Any] = field(default_factory=dict)


def _user(chat_id: int) -> User:
    return User(id=abs(chat_id), first_name="\u202eAmal", is_bot=False, language_code="ar")


def _message(chat: Chat, text: str | None = None, **content: Any) -> Message:
    entities = None
    if text and text.startswith("/"):
        entities = [MessageEntity(MessageEntity.BOT_COMMAND, 0, len(text.split()[0]) if text.split() else 1)]
    return Message(message_id=next(_ids), date=datetime.now(timezone.utc), chat=chat,
                   from_user=_user(chat.id), text=text, entities=entities, **content)


@st.composite
def arrivals(draw: st.DrawFn) -> Arrival:
    kind = draw(st.sampled_from((
        "text", "text", "text", "media", "button", "button", "inline_button", "edited", "other_chat",
        "member", "other_chat_button",
    )))
    chat_id = draw(st.sampled_from(PRIVATE_CHATS))
    chat = Chat(id=chat_id, type=Chat.PRIVATE, first_name="\u2067x")
    if kind == "text":
        text = draw(texts)
        update = Update(update_id=next(_ids), message=_message(chat, text))
        cleaned = clean_text(text)
        return Arrival(update, private_chat=chat_id,
                       noise=not cleaned.startswith("/") and is_noise(cleaned))
    if kind == "media":
        caption = draw(st.one_of(st.none(), texts))
        content = draw(st.sampled_from((
            {"sticker": Sticker("f", "u", 512, 512, False, False, Sticker.REGULAR)},
            {"voice": Voice("f", "u", duration=3)},
            {"photo": (PhotoSize("f", "u", 640, 480),), "caption": caption},
            {"document": Document("f", "u", file_name="\u202egpj.exe"), "caption": caption},
            {"location": Location(6.09, 52.51)},
        )))
        cleaned = clean_text(content.get("caption"))
        update = Update(update_id=next(_ids), message=_message(chat, **content))
        return Arrival(update, private_chat=chat_id,
                       noise=bool(cleaned) and not cleaned.startswith("/") and is_noise(cleaned))
    if kind in ("button", "inline_button", "other_chat_button"):
        data = draw(callback_data)
        if kind == "other_chat_button":
            other_id, other_type = draw(st.sampled_from(OTHER_CHATS))
            chat = Chat(id=other_id, type=other_type, title="Taalcafé")
        origin = None if kind == "inline_button" else Message(
            message_id=next(_ids), date=datetime.now(timezone.utc), chat=chat, from_user=User(**BOT_USER), text="…")
        query = CallbackQuery(id=str(next(_ids)), from_user=_user(chat_id), chat_instance="ci", data=data,
                              message=origin, inline_message_id="inline" if origin is None else None)
        forged = payloads.parse(data) is None
        # A forged payload in a private chat gets "this button no longer works"; elsewhere nothing.
        return Arrival(Update(update_id=next(_ids), callback_query=query),
                       reads_nothing=kind != "button" or forged, flags={"forged": forged and kind == "button"})
    if kind == "edited":
        edit_kind = draw(st.sampled_from(("edited_message", "edited_channel_post")))
        if edit_kind == "edited_channel_post":
            chat = Chat(id=-1005203, type=Chat.CHANNEL, title="Kanaal")
        message = _message(chat, draw(texts))
        return Arrival(Update(update_id=next(_ids), **{edit_kind: message}), reads_nothing=True)
    if kind == "other_chat":
        other_id, other_type = draw(st.sampled_from(OTHER_CHATS))
        chat = Chat(id=other_id, type=other_type, title="Taalcafé")
        field_name = "channel_post" if other_type == Chat.CHANNEL else "message"
        content = draw(st.sampled_from(({}, {"new_chat_members": (_user(4),)}, {"left_chat_member": _user(4)})))
        text = None if content else draw(texts)
        return Arrival(Update(update_id=next(_ids), **{field_name: _message(chat, text, **content)}),
                       reads_nothing=True)
    # The bot was added to or removed from a chat (also a private one: the user blocked it).
    other_id, other_type = draw(st.sampled_from(OTHER_CHATS + ((chat_id, Chat.PRIVATE),)))
    member_chat = Chat(id=other_id, type=other_type, title="Taalcafé")
    bot = User(**BOT_USER)
    change = ChatMemberUpdated(member_chat, _user(chat_id), datetime.now(timezone.utc),
                               ChatMemberLeft(bot), ChatMemberMember(bot))
    return Arrival(Update(update_id=next(_ids), my_chat_member=change), reads_nothing=True)


# -- the bot under test, one for every example -----------------------------------------------


class Bot:
    def __init__(self, bot_settings: Settings) -> None:
        self.settings = bot_settings
        self.rasa = FakeRasa()
        self.request = OfflineRequest()
        self.sessions = session_factory(bot_settings.database_url)
        conversation = Conversation(bot_settings, self.sessions, self.rasa.client(), self.rasa.readiness())
        self.app: Application = build_application(bot_settings, conversation, request=self.request)
        self.errors: list[BaseException] = []
        self.app.add_error_handler(self._record)
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(self.app.initialize())

    async def _record(self, _update: object, context) -> None:
        self.errors.append(context.error)

    def close(self) -> None:
        self.loop.run_until_complete(self.app.shutdown())
        self.loop.close()

    def counts(self) -> tuple[int, int]:
        with self.sessions() as session:
            return (session.scalar(select(func.count()).select_from(Escalation)),
                    session.scalar(select(func.count()).select_from(PendingMessage)))

    def sent_to(self, chat_id: int) -> int:
        return sum(1 for endpoint, params in self.request.calls
                   if endpoint in ("sendMessage", "sendDocument") and params.get("chat_id") == chat_id)

    def check(self, arrival: Arrival, rasa_available: bool) -> None:
        self.rasa.available = rasa_available
        escalations, kept = self.counts()
        sent = len(self.request.calls)
        asked = len(self.rasa.received)
        answered = self.sent_to(arrival.private_chat) if arrival.private_chat else 0

        self.loop.run_until_complete(process(self.app, arrival.update))

        assert self.errors == [], f"{type(self.errors[0]).__name__} from {arrival.update.to_dict()!r}"
        new_escalations, new_kept = self.counts()
        if arrival.private_chat is not None:
            assert self.sent_to(arrival.private_chat) > answered or new_kept > kept, "neither answered nor kept"
        if arrival.reads_nothing:
            assert len(self.rasa.received) == asked, "reached Rasa"
            sends = [c for c in self.request.calls[sent:] if c[0] in ("sendMessage", "sendDocument")]
            if not arrival.flags.get("forged"):
                assert sends == [], "answered an edit, a group, a channel or a member change"
        if arrival.reads_nothing or arrival.noise or arrival.flags.get("forged"):
            assert new_escalations == escalations, "escalated"
        if arrival.noise:
            assert len(self.rasa.received) == asked, "noise reached Rasa"
        for message in self.rasa.received[asked:]:  # an intent only from our buttons (or /start's greeting)
            text = message["message"]
            assert payloads.parse(text) is not None or text == "/greet" or not text.lstrip().startswith("/"), text


def test_no_update_makes_a_handler_raise(bot_settings: Settings) -> None:
    bot = Bot(bot_settings)

    @settings(max_examples=250, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(st.tuples(arrivals(), st.booleans() | st.just(True)), min_size=1, max_size=3))
    def run(batch: list[tuple[Arrival, bool]]) -> None:
        for arrival, rasa_available in batch:
            bot.check(arrival, rasa_available)

    try:
        run()
    finally:
        bot.close()

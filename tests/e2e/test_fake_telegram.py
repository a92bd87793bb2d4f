"""The fake Telegram server, checked with a real python-telegram-bot ``Bot``.

If these fail, the end-to-end tests that rely on the fake cannot be trusted.
"""

from __future__ import annotations

import asyncio
import io
import threading
import time

import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, EndPointNotFound, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from tests.e2e.fake_telegram import DEFAULT_TOKEN, FakeTelegram, buttons

CHAT = 424242


@pytest.fixture
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture
async def bot(fake):
    async with Bot(DEFAULT_TOKEN, base_url=fake.base_url) as bot:
        yield bot


async def test_get_me_answers_the_bot_user(bot, fake):
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == int(DEFAULT_TOKEN.split(":")[0])
    assert me.username == fake.bot_user["username"]


async def test_wrong_token_is_unauthorized(fake):
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=fake.base_url) as wrong:
            await wrong.get_me()


async def test_unknown_method_answers_404(bot, fake):
    with pytest.raises(EndPointNotFound):  # how PTB reports Telegram's 404 for a method
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": CHAT})
    assert fake.calls[-1][0] == "sendTelepathy"


async def test_send_message_records_text_markup_and_increasing_ids(bot, fake):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("MAP", callback_data="/ask_map")]])
    first = await bot.send_message(CHAT, "Hallo <b>daar</b>", parse_mode="HTML", reply_markup=markup)
    second = await bot.send_message(CHAT, "12 uur")

    assert second.message_id == first.message_id + 1
    assert first.chat.id == CHAT and first.text == "Hallo <b>daar</b>"
    assert first.reply_markup == markup
    assert [m["text"] for m in fake.sent] == ["Hallo <b>daar</b>", "12 uur"]
    assert fake.sent[0]["parse_mode"] == "HTML"
    assert buttons(fake.sent[0]) == [("MAP", "/ask_map")]
    assert fake.sent[1]["chat_id"] == CHAT


async def test_text_that_looks_like_a_number_stays_text(bot, fake):
    message = await bot.send_message(CHAT, "12")
    assert message.text == "12"
    assert fake.sent[-1]["text"] == "12"


async def test_empty_text_is_a_bad_request(bot):
    with pytest.raises(BadRequest, match="empty"):
        await bot.send_message(CHAT, "")


async def test_get_updates_honours_offset_and_drops_confirmed_updates(bot, fake):
    fake.push_text(CHAT, "een")
    fake.push_command(CHAT, "start", "ABCD2345")
    fake.push_text(CHAT, "drie")

    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["een", "/start ABCD2345", "drie"]
    assert updates[1].message.entities[0].type == "bot_command"
    assert updates[1].message.entities[0].length == len("/start")
    assert [u.update_id for u in updates] == sorted({u.update_id for u in updates})

    again = await bot.get_updates(offset=updates[1].update_id, timeout=0)
    assert [u.message.text for u in again] == ["/start ABCD2345", "drie"]

    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert fake.pending_updates() == []


async def test_get_updates_limit(bot, fake):
    for word in ("a", "b", "c"):
        fake.push_text(CHAT, word)
    updates = await bot.get_updates(limit=2, timeout=0)
    assert [u.message.text for u in updates] == ["a", "b"]


async def test_long_poll_waits_and_wakes_on_push(bot, fake):
    started = time.monotonic()
    empty = await bot.get_updates(timeout=1)
    assert empty == ()
    assert time.monotonic() - started >= 0.9

    loop = asyncio.get_running_loop()
    loop.call_later(0.3, fake.push_text, CHAT, "wakker")
    started = time.monotonic()
    updates = await bot.get_updates(timeout=10)
    assert [u.message.text for u in updates] == ["wakker"]
    assert time.monotonic() - started < 5


async def test_webhook_blocks_polling_until_deleted(bot, fake):
    fake.push_text(CHAT, "oud")
    await bot.set_webhook("https://example.invalid/hook")
    with pytest.raises(Exception, match="webhook is active"):
        await bot.get_updates(timeout=0)
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates(timeout=0) == ()


async def test_callback_query_carries_the_pressed_message(bot, fake):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("PVT", callback_data="/ask_pvt")]])
    sent = await bot.send_message(CHAT, "Kies", reply_markup=markup)
    fake.push_callback(CHAT, "/ask_pvt")

    (update,) = await bot.get_updates(timeout=0)
    query = update.callback_query
    assert query.data == "/ask_pvt"
    assert query.message.message_id == sent.message_id
    assert query.message.reply_markup == markup
    assert await query.answer("ok")
    assert fake.callback_answers[0]["callback_query_id"] == query.id


async def test_edits_change_the_stored_message(bot, fake):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
    sent = await bot.send_message(CHAT, "oud", reply_markup=markup)

    edited = await bot.edit_message_text("nieuw", chat_id=CHAT, message_id=sent.message_id)
    assert edited.text == "nieuw" and edited.edit_date is not None
    assert edited.reply_markup is None
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("nieuw", chat_id=CHAT, message_id=sent.message_id)
    await bot.edit_message_reply_markup(chat_id=CHAT, message_id=sent.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match="not found"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=9999)
    assert [e["method"] for e in fake.edits] == ["editMessageText", "editMessageReplyMarkup"]


async def test_send_document_records_filename_and_bytes(bot, fake):
    content = b"Gegevens van Amina\n" + bytes(range(256))
    message = await bot.send_document(CHAT, io.BytesIO(content), filename="mijn-gegevens.json", caption="Export")

    assert message.document.file_name == "mijn-gegevens.json"
    assert fake.sent[-1]["method"] == "sendDocument"
    assert fake.sent[-1]["filename"] == "mijn-gegevens.json"
    assert fake.sent[-1]["content"] == content
    assert fake.sent[-1]["text"] == "Export"


async def test_chat_action_and_commands(bot, fake):
    assert await bot.send_chat_action(CHAT, "typing")
    assert fake.chat_actions == [{"chat_id": CHAT, "action": "typing"}]

    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("taal", "Taal")])
    await bot.set_my_commands([BotCommand("start", "ابدأ")], language_code="ar")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "taal"]
    assert [c.description for c in await bot.get_my_commands(language_code="ar")] == ["ابدأ"]
    assert fake.commands(language_code="ar") == [{"command": "start", "description": "ابدأ"}]


async def test_injected_429_carries_retry_after(bot, fake):
    fake.inject_retry_after(1, retry_after=3)
    # The message reads "3 seconds" or "0:00:03", depending on PTB_TIMEDELTA.
    with pytest.raises(RetryAfter, match=r"Retry in (3 seconds|0:00:03)"):
        await bot.send_message(CHAT, "te snel")
    assert fake.sent == []
    assert (await bot.send_message(CHAT, "nu wel")).text == "nu wel"


async def test_media_updates_look_like_telegram(bot, fake):
    fake.push_sticker(CHAT)
    fake.push_voice(CHAT, duration=4)
    fake.push_photo(CHAT, caption="brief van DUO")
    sticker, voice, photo = await bot.get_updates(timeout=0)
    assert sticker.message.sticker.emoji == "👍" and sticker.message.text is None
    assert voice.message.voice.duration == 4
    assert photo.message.photo[-1].width == 800 and photo.message.caption == "brief van DUO"


def test_sync_use_with_a_polling_application():
    """A real Application in polling mode answers through the fake; the test stays synchronous."""

    async def echo(update: Update, _context) -> None:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("meer", callback_data="/more")]])
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}", reply_markup=markup)

    async def start(update: Update, _context) -> None:
        await update.effective_message.reply_text(f"start {' '.join(_context.args)}")

    async def pressed(update: Update, _context) -> None:
        await update.callback_query.answer()
        await update.effective_chat.send_message(f"knop: {update.callback_query.data}")

    async def run_bot(fake: FakeTelegram, stop: asyncio.Event) -> None:
        app = Application.builder().token(DEFAULT_TOKEN).base_url(fake.base_url).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        app.add_handler(CallbackQueryHandler(pressed))
        async with app:
            await app.updater.start_polling(timeout=5, poll_interval=0)
            await app.start()
            await stop.wait()
            await app.updater.stop()
            await app.stop()

    with FakeTelegram() as fake:
        loop = asyncio.new_event_loop()
        stop = asyncio.Event()
        thread = threading.Thread(target=loop.run_until_complete, args=(run_bot(fake, stop),))
        thread.start()
        try:
            fake.push_command(CHAT, "start", "K7M2P9QX")
            fake.push_text(CHAT, "hallo")
            start_reply, echo_reply = fake.wait_for_messages(CHAT, 2, timeout=20)
            assert start_reply["text"] == "start K7M2P9QX"
            assert echo_reply["text"] == "echo: hallo"

            mark = fake.mark()
            fake.push_callback(CHAT, "/more", echo_reply["message_id"])
            (button_reply,) = fake.wait_for_messages(CHAT, 1, timeout=20, after=mark)
            assert button_reply["text"] == "knop: /more"
            assert fake.callback_answers, "the callback query was never answered"
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join(timeout=30)
            loop.close()
        assert not thread.is_alive()
        # The Updater confirmed everything it handled.
        assert fake.pending_updates() == []


def test_wait_for_messages_times_out_with_details():
    with FakeTelegram() as fake, pytest.raises(TimeoutError, match="expected 1 message"):
        fake.wait_for_messages(CHAT, 1, timeout=0.2)

"""Voice notes (issue 14): always kept and acknowledged; heard and answered the normal way where a
model listens (Dutch, Arabic); otherwise to the regisseur's inbox with a date for the user."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.conversation import Conversation
from bot.voice import IncomingNote, VoiceNotes
from inburgering.models import Escalation, EscalationReason, VoiceNote, VoiceNoteKind, VoiceNoteOutcome
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from inburgering.review import retention
from inburgering.speech import audio
from inburgering.speech.install import install_from_dir
from inburgering.text.i18n import translator
from tests.bot.fake_rasa import FakeRasa
from tests.speech_model import built_model

CHAT = 4242


@pytest.fixture(scope="session")
def whisper_model_dir(request, tmp_path_factory) -> Path:
    return built_model(request.config, tmp_path_factory)


@pytest.fixture
def settings(tmp_path: Path, sqlite_url: str) -> Settings:
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": sqlite_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST", "GEMEENTE": "zwolle"})


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def conversation(settings: Settings, rasa: FakeRasa, sqlite_url: str) -> Conversation:
    from inburgering.platform.migrate import upgrade

    upgrade(sqlite_url)
    return Conversation(settings, session_factory(settings.database_url), rasa.client(), rasa.readiness())


@pytest.fixture
def with_model(settings: Settings, whisper_model_dir: Path) -> Settings:
    install_from_dir(whisper_model_dir, settings.speech_models_dir)
    return settings


def _rows(settings: Settings, model) -> list:
    with session_scope(session_factory(settings.database_url)) as session:
        rows = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return rows


async def _send(notes: VoiceNotes, note: IncomingNote):
    note_id, acknowledgement = await notes.keep(CHAT, note)
    return acknowledgement, await notes.listen(CHAT, note_id, note)


def _note(text: str, voice: str, duration: float | None = None) -> IncomingNote:
    data = audio.speak(text, voice)
    return IncomingNote(VoiceNoteKind.voice, data, duration if duration is not None else audio.duration_seconds(data))


async def test_a_dutch_voice_note_is_heard_and_answered_the_normal_way(conversation, rasa, with_model):
    await conversation.text(CHAT, "hallo, ik wil iets vragen")  # the chat's language: Dutch
    acknowledgement, replies = await _send(VoiceNotes(conversation), _note("wat is het pvt", "nl"))
    assert [r.response for r in acknowledgement] == ["bot_voice_received"]
    assert replies[0].response == "bot_voice_heard" and "wat is het pvt" in replies[0].text
    assert rasa.received[-1]["message"] == "wat is het pvt"  # through the normal path, to Rasa
    assert replies[1].text == "[nl] answer to wat is het pvt"
    [row] = _rows(with_model, VoiceNote)
    assert row.outcome is VoiceNoteOutcome.transcribed and row.transcript == "wat is het pvt"
    assert row.escalation_id is None and row.avg_logprob is not None
    assert stat.S_IMODE(Path(row.path).stat().st_mode) == 0o600
    assert _rows(with_model, Escalation) == []


async def test_a_first_message_as_voice_lets_whisper_choose_between_dutch_and_arabic(conversation, rasa, with_model):
    _, replies = await _send(VoiceNotes(conversation), _note("ما هو PVT", "ar"))
    assert replies[0].response == "bot_voice_heard"
    [row] = _rows(with_model, VoiceNote)
    assert row.language == "ar" and row.transcript == "ما هو PVT"
    assert rasa.received[-1]["message"] == "ما هو PVT"


async def test_a_tigrinya_voice_note_goes_to_the_regisseur_with_a_date(conversation, rasa, with_model):
    await conversation.text(CHAT, "PVT እንታይ እዩ?")  # the chat's language: Tigrinya
    received = len(rasa.received)
    acknowledgement, [answer] = await _send(VoiceNotes(conversation), _note("PVT entay eyu", "am"))
    assert [r.response for r in acknowledgement] == ["bot_voice_received"]
    assert answer.response == "bot_voice_to_person"
    assert len(rasa.received) == received  # Rasa never saw it
    [escalation] = _rows(with_model, Escalation)
    assert escalation.reason is EscalationReason.voice_note and escalation.language == "ti"
    [row] = _rows(with_model, VoiceNote)
    assert (row.outcome, row.reason, row.escalation_id) == (VoiceNoteOutcome.escalated, "language", escalation.id)
    assert audio.is_ogg(Path(row.path).read_bytes())


async def test_without_a_model_a_dutch_note_goes_to_a_person(conversation, rasa, settings):
    await conversation.text(CHAT, "hallo, ik wil iets vragen")
    _, [answer] = await _send(VoiceNotes(conversation), _note("wat is het pvt", "nl"))
    assert answer.response == "bot_voice_to_person"
    [row] = _rows(settings, VoiceNote)
    assert row.reason == "no_model"


async def test_a_long_note_goes_to_a_person_and_a_second_one_joins_the_open_escalation(conversation, with_model):
    await conversation.text(CHAT, "hallo, ik wil iets vragen")
    notes = VoiceNotes(conversation)
    await _send(notes, _note("wat is het pvt", "nl", duration=75))
    await _send(notes, _note("wat is het pvt", "nl", duration=90))
    [escalation] = _rows(with_model, Escalation)
    assert [row.escalation_id for row in _rows(with_model, VoiceNote)] == [escalation.id, escalation.id]
    assert {row.reason for row in _rows(with_model, VoiceNote)} == {"too_long"}


async def test_an_audio_file_is_kept_as_ogg_opus_for_the_browser(conversation, with_model):
    await conversation.text(CHAT, "PVT እንታይ እዩ?")
    await _send(VoiceNotes(conversation), IncomingNote(VoiceNoteKind.audio, audio.silence_wav(1.0), 1.0))
    [row] = _rows(with_model, VoiceNote)
    assert audio.is_ogg(Path(row.path).read_bytes())


async def test_retention_and_forgetting_delete_the_sound(conversation, with_model):
    await conversation.text(CHAT, "hallo, ik wil iets vragen")
    await _send(VoiceNotes(conversation), _note("wat is het pvt", "nl"))
    [row] = _rows(with_model, VoiceNote)
    with session_scope(session_factory(with_model.database_url)) as session:
        assert retention.purge_old_texts(session, days=90).voice_notes == 0  # young: kept
        purged = retention.purge_old_texts(session, days=-1)  # everything is "old"
    assert purged.voice_notes == 1
    assert not Path(row.path).exists()
    [row] = _rows(with_model, VoiceNote)
    assert row.path is None and row.transcript == "" and row.deleted_at is not None


async def test_forgetting_a_chat_deletes_its_voice_notes_at_once(conversation, settings):
    await conversation.text(CHAT, "PVT እንታይ እዩ?")
    await _send(VoiceNotes(conversation), _note("PVT entay eyu", "am"))
    [row] = _rows(settings, VoiceNote)
    with session_scope(session_factory(settings.database_url)) as session:
        from inburgering.models import Chat

        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))
        assert retention.forget_chat(session, chat).voice_notes == 1
    assert not Path(row.path).exists()
    assert _rows(settings, VoiceNote)[0].path is None


async def test_during_a_take_over_the_note_goes_to_the_regisseur_and_the_bot_stays_silent(conversation, rasa,
                                                                                             with_model):
    from inburgering.models import ChatTakeover, WebRole

    await conversation.text(CHAT, "hallo, ik wil iets vragen")
    with session_scope(session_factory(with_model.database_url)) as session:
        from inburgering.models import Chat
        from tests import factories

        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))
        login = factories.web_user(session, "beheer", WebRole.beheerder)
        session.add(ChatTakeover(chat_id=chat.id, web_user_id=login.id))
    received = len(rasa.received)
    acknowledgement, replies = await _send(VoiceNotes(conversation), _note("wat is het pvt", "nl"))
    assert [r.response for r in acknowledgement] == ["bot_voice_received"]
    assert replies == []
    assert len(rasa.received) == received
    [row] = _rows(with_model, VoiceNote)
    assert row.reason == "taken_over" and row.escalation_id is not None


async def test_a_note_whose_listening_was_interrupted_goes_to_a_person_once(conversation, settings):
    """The bot died after keeping and acknowledging the note, before it listened: after five minutes a
    job hands the note to a person (not to the recogniser again) and the user is told via the outbox."""
    from datetime import datetime, timedelta, timezone

    from bot.voice import INTERRUPTED_AFTER
    from inburgering.models import OutboxMessage

    await conversation.text(CHAT, "hallo, ik wil iets vragen")
    notes = VoiceNotes(conversation)
    note_id, _ = await notes.keep(CHAT, IncomingNote(VoiceNoteKind.voice, b"OggS not really", 4.0))
    now = datetime.now(timezone.utc)
    assert notes.hand_over_interrupted(now=now + timedelta(minutes=1)) == 0  # may still be listening
    later = now + INTERRUPTED_AFTER + timedelta(seconds=1)
    assert notes.hand_over_interrupted(now=later) == 1
    assert notes.hand_over_interrupted(now=later) == 0  # once

    [row] = _rows(settings, VoiceNote)
    assert (row.id, row.outcome, row.reason) == (note_id, VoiceNoteOutcome.escalated, "interrupted")
    [escalation] = _rows(settings, Escalation)
    assert escalation.reason is EscalationReason.voice_note and row.escalation_id == escalation.id
    [told] = _rows(settings, OutboxMessage)
    assert told.chat_id == row.chat_id
    assert told.text.startswith(translator("nl").gettext("A person from the municipality will listen to your voice message."))

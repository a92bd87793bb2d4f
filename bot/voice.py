"""Voice notes, audio files and video notes from users (issue 14): kept, acknowledged, then heard.

Every note is kept at once (an OGG/Opus file under ``var/voice-notes/``, 0600, and a
:class:`VoiceNote` row) and acknowledged in the user's language before anything listens, so a
note is never lost, not even when recognition is slow or fails. Then
(:mod:`inburgering.speech.routing`):

- where offline recognition is installed for the chat's language (Dutch, Arabic), the transcript
  goes the normal way (:meth:`Conversation.text`: crisis words first, a take-over, Rasa), after an
  "I heard: ..." line, so a wrong transcript is visible. A chat whose language is not known yet
  lets Whisper choose, but only between the recognised languages;
- otherwise (Tigrinya, no model, too long, unsure or empty) the person's regisseur gets an
  escalation with the note to play in the inbox, and the user is told a person will listen, and
  by when (the escalation's working days).

Recognition is CPU-bound: it runs in a worker thread, never on the event loop. A note whose
listening never finished (the bot process died, perhaps in the recogniser) is handed to a person
by a job (:meth:`VoiceNotes.hand_over_interrupted`), not listened to again: that could crash again.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from telegram import Update
from telegram.error import TelegramError

from bot.conversation import Conversation
from bot.messages import Reply, reply
from inburgering.handover.escalation import contact_phone, escalate_from_chat, gemeente_of
from inburgering.handover import outbox
from inburgering.models import (
    Author,
    Chat,
    EscalationMessage,
    EscalationReason,
    TranslationState,
    VoiceNote,
    VoiceNoteKind,
    VoiceNoteOutcome,
)
from inburgering.speech import audio, storage
from inburgering.speech.recognition import SpeechRecognizer, Transcript
from inburgering.speech.routing import Decision, Reason, Thresholds, Way, after_listening, before_listening
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

# Telegram lets bots download files up to 20 MB; a longer note is not fetched, a person is asked.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
# A note still not listened to this long after it arrived was interrupted (listening a 60 s note
# takes seconds to a minute on two cores).
INTERRUPTED_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class IncomingNote:
    """A note as Telegram delivered it: its kind, its bytes, and the duration Telegram reports."""

    kind: VoiceNoteKind
    data: bytes
    duration_seconds: float


class VoiceNotes:
    """Keeps, acknowledges and routes voice notes; shared by every Telegram handler of the bot."""

    def __init__(self, conversation: Conversation, recognizer: SpeechRecognizer | None = None) -> None:
        settings = conversation.settings
        self.conversation = conversation
        self.recognizer = recognizer or SpeechRecognizer(settings.speech_models_dir, threads=settings.speech_threads)
        self.thresholds = Thresholds.from_settings(settings)

    async def keep(self, chat_id: int, note: IncomingNote) -> tuple[int, list[Reply]]:
        """Keep the note (file and row) and acknowledge it; returns the row's id and the acknowledgement."""
        try:
            # Browsers play OGG/Opus: MP3, M4A and video notes are converted once, here.
            playable = await asyncio.to_thread(audio.playable, note.data)
        except audio.AudioError:
            playable = note.data  # kept as it came: a person may still make something of it
        snapshot = self.conversation.load(chat_id)  # a copy of an update handled already stops here
        path = await asyncio.to_thread(storage.keep, self.conversation.settings.var_dir, playable)
        try:
            with self.conversation.turn(snapshot) as turn:
                turn.session.flush()  # a new chat needs its id
                row = VoiceNote(chat_id=turn.chat.id, kind=note.kind, path=str(path),
                                duration_seconds=round(note.duration_seconds), language=turn.chat.language,
                                outcome=VoiceNoteOutcome.received)
                turn.session.add(row)
                turn.session.flush()
                return row.id, [turn.reply("bot_voice_received")]
        except BaseException:
            storage.remove(path)  # not kept after all (e.g. another instance claimed the update): no orphan file
            raise

    async def listen(self, chat_id: int, note_id: int, note: IncomingNote) -> list[Reply]:
        """Recognise the note where that is possible and sure enough; otherwise a person listens."""
        snapshot = self.conversation.load(chat_id)
        language = snapshot.chat.language
        if snapshot.taken_over:
            # A regisseur has the chat: the note itself goes to them, and the bot stays silent.
            self._to_person(chat_id, note_id, Reason.taken_over, None,
                            language or self.conversation.settings.default_language)
            return []
        installed = self.recognizer.languages()
        decision = before_listening(language, installed, note.duration_seconds, self.thresholds)
        transcript = None
        if decision.way is Way.listen:
            decision, transcript, language = await self._recognise(note, language, installed)
        if decision.way is Way.answer and transcript is not None:
            self._record(note_id, VoiceNoteOutcome.transcribed, None, transcript)
            heard = reply("bot_voice_heard", translator(transcript.language), {"transcript": transcript.text})
            return [heard] + await self.conversation.text(chat_id, transcript.text)
        return [self._to_person(chat_id, note_id, decision.reason or Reason.unreadable, transcript,
                                language or self.conversation.settings.default_language)]

    async def _recognise(self, note: IncomingNote, language: str | None,
                         installed: tuple[str, ...]) -> tuple[Decision, Transcript | None, str | None]:
        try:
            samples = await asyncio.to_thread(audio.decode, note.data)
            if language is None:  # Whisper may choose, but only among the languages we recognise
                language = await asyncio.to_thread(self.recognizer.detect_language, samples, installed)
            transcript = await asyncio.to_thread(self.recognizer.transcribe, samples, language)
        except Exception as error:  # noqa: BLE001 - a broken file or model: a person listens instead
            log.warning("voice note not recognised (%s)", type(error).__name__)
            return Decision(Way.person, Reason.unreadable), None, language
        log.info("voice note heard in %s: %d characters, avg logprob %.2f, no-speech %.2f, %.1f s",
                 transcript.language, len(transcript.text), transcript.avg_logprob, transcript.no_speech_prob,
                 transcript.seconds)
        return after_listening(transcript, self.thresholds), transcript, language

    def _record(self, note_id: int, outcome: VoiceNoteOutcome, reason: Reason | None,
                transcript: Transcript | None, escalation_id: int | None = None, session=None) -> None:
        def update(db) -> None:
            row = db.get(VoiceNote, note_id)
            if row is None:  # forgotten (/vergeet) meanwhile
                return
            row.outcome = outcome
            row.reason = reason.value if reason else None
            if escalation_id is not None:
                row.escalation_id = escalation_id
            if transcript is not None:
                row.transcript = transcript.text
                row.language = transcript.language
                row.avg_logprob = transcript.avg_logprob if transcript.avg_logprob > -1e9 else None
                row.no_speech_prob = transcript.no_speech_prob

        if session is not None:
            update(session)
            return
        with self.conversation.sessions.begin() as db:
            update(db)

    def hand_over_interrupted(self, now: datetime | None = None, limit: int = 20) -> int:
        """Give notes whose listening was interrupted to a person; the user hears it through the outbox.

        Each note is claimed first (``FOR UPDATE SKIP LOCKED``, its outcome set), so of several bot
        instances one hands it over; a failure is this note's alone. Returns how many were handed over.
        """
        now = now or datetime.now(timezone.utc)
        with self.conversation.sessions() as session:
            waiting = session.execute(
                select(VoiceNote.id)
                .where(VoiceNote.outcome == VoiceNoteOutcome.received, VoiceNote.deleted_at.is_(None),
                       VoiceNote.received_at <= now - INTERRUPTED_AFTER)
                .order_by(VoiceNote.id).limit(limit)
            ).scalars().all()
        handed = 0
        for note_id in waiting:
            try:
                handed += self._hand_over_one(note_id, now)
            except Exception as error:  # this note's problem: the others go on
                log.warning("interrupted voice note %d not handed over (%s)", note_id, type(error).__name__)
        return handed

    def _hand_over_one(self, note_id: int, now: datetime) -> bool:
        with self.conversation.sessions.begin() as session:
            row = session.execute(
                select(VoiceNote, Chat.telegram_chat_id, Chat.language)
                .join(Chat, Chat.id == VoiceNote.chat_id)
                .where(VoiceNote.id == note_id, VoiceNote.outcome == VoiceNoteOutcome.received)
                .with_for_update(skip_locked=True, of=VoiceNote)
            ).first()
            if row is None:  # another instance has it, or it was decided meanwhile
                return False
            note, telegram_chat_id, language = row
            note.outcome = VoiceNoteOutcome.escalated  # claimed: no other job takes it
            note.reason = Reason.interrupted.value
            chat_id = note.chat_id
        language = language or self.conversation.settings.default_language
        told = self._to_person(telegram_chat_id, note_id, Reason.interrupted, None, language)
        with self.conversation.sessions.begin() as session:
            outbox.enqueue(session, chat_id, told.text, now=now)
        log.info("voice note %d was not listened to the end: handed to a person", note_id)
        return True

    def _to_person(self, chat_id: int, note_id: int, reason: Reason, transcript: Transcript | None,
                   language: str) -> Reply:
        """An escalation with the note for the regisseur to play (the chat's open one, if any: a note during a
        take-over goes to the regisseur who has the chat); the user hears when a person answers."""
        snapshot = self.conversation.load(chat_id)
        now = datetime.now(timezone.utc)
        with self.conversation.turn(snapshot) as turn:
            escalation = escalate_from_chat(turn.session, turn.settings, turn.chat, EscalationReason.voice_note,
                                            language, [], now=now)
            # The note itself is the message: the inbox plays it (a transcript, if any, was unsure).
            escalation.messages.append(EscalationMessage(
                author=Author.user, text=transcript.text if transcript is not None else "🎤", language=language,
                translation_state=(TranslationState.pending if transcript is not None and transcript.text
                                   and language != "nl" else TranslationState.not_needed), at=now,
            ))
            self._record(note_id, VoiceNoteOutcome.escalated, reason, transcript, escalation.id, turn.session)
            phone = contact_phone(turn.settings, gemeente_of(turn.session, turn.chat, turn.settings.gemeente))
            return reply("bot_voice_to_person", translator(language), {
                "due_at": escalation.due_at, "linked": escalation.regisseur_id is not None, "phone": phone,
            })


# -- Telegram -------------------------------------------------------------------------------------


def incoming(update: Update) -> tuple[VoiceNoteKind, object, float] | None:
    """The note's kind, Telegram file object and duration; None when the message carries none."""
    message = update.effective_message
    if message is None:
        return None
    for kind, media in ((VoiceNoteKind.voice, message.voice), (VoiceNoteKind.audio, message.audio),
                        (VoiceNoteKind.video_note, message.video_note)):
        if media is not None:
            duration = getattr(media, "duration", 0) or 0
            # python-telegram-bot 22 gives seconds; a later version a timedelta.
            return kind, media, float(duration.total_seconds() if hasattr(duration, "total_seconds") else duration)
    return None


async def hand_over_interrupted(context) -> None:
    """JobQueue callback: notes whose listening a dead bot process left unfinished go to a person."""
    handed = await asyncio.to_thread(context.router.voice.hand_over_interrupted)
    if handed:
        log.info("handed %d interrupted voice note(s) to a person", handed)


async def voice_message(update: Update, context) -> None:
    """A voice note, audio file or video note: kept and acknowledged at once, then recognised or passed on."""
    from bot.handlers import private_chat_id, send_replies  # bot.handlers imports the routes, which import this

    chat_id = private_chat_id(update)
    found = incoming(update)
    if chat_id is None or found is None:
        return
    kind, media, duration = found
    notes: VoiceNotes = context.router.voice
    try:
        if (getattr(media, "file_size", 0) or 0) > MAX_DOWNLOAD_BYTES:
            raise TelegramError("file too big for the Bot API")
        file = await media.get_file()
        data = bytes(await file.download_as_bytearray())
    except TelegramError as error:
        # Without the sound there is nothing to keep or pass on: say kindly what works (as for a sticker).
        log.warning("voice note of chat could not be downloaded (%s)", type(error).__name__)
        await send_replies(update, await context.router.media(chat_id, update.effective_message.caption), context)
        return
    note = IncomingNote(kind, data, duration)
    note_id, acknowledgement = await notes.keep(chat_id, note)
    await send_replies(update, acknowledgement, context)
    if context.bot_data.journal is not None:
        # Sent: a crash while listening must not send the acknowledgement again (bot.journal).
        context.bot_data.journal.sending(update.update_id, [])
    await send_replies(update, await notes.listen(chat_id, note_id, note), context)

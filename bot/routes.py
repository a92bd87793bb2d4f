"""The routing table: every command and button payload prefix, registered once.

Telegram (``bot.application`` registers a ``CommandHandler`` per :class:`Command` and a
``CallbackQueryHandler(pattern=...)`` per :class:`Button`) and the local demo chat
(:meth:`Router.message`) both route through this table, so they cannot drift apart.
Typed text that is no command goes to :meth:`Conversation.text`.

Nothing from the user's device is trusted: a payload is parsed against the allow-list of the
buttons the assistant offers (:func:`inburgering.payloads.parse`) before any route sees it, and
text is cleaned (:func:`bot.user_input.clean_text`) before anything reads it.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot import feedback, gemeente, handover, personal, privacy, speak
from bot.conversation import Conversation
from bot.messages import Reply, reply
from bot.turn import Turn
from bot.voice import VoiceNotes
from bot.user_input import clean_text, is_noise
from inburgering import payloads
from inburgering.platform.settings import LANGUAGES
from inburgering.text.i18n import N_, translator

# (conversation, Telegram chat id, the text after the command or the whole payload) -> replies
Handler = Callable[[Conversation, int, str], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class Command:
    names: tuple[str, ...]
    handler: Handler
    # Shown in Telegram's command menu (translated); None: works, but not listed.
    menu: str | None = None


@dataclass(frozen=True)
class Button:
    prefix: str
    handler: Handler

    @property
    def pattern(self) -> str:
        return "^" + re.escape(self.prefix)


# -- commands --------------------------------------------------------------------------


def _in_turn(work: Callable[[Turn, str], list[Reply]], *, ends_wait: bool) -> Handler:
    """Something the bot answers itself, in the turn's one transaction.

    ``ends_wait``: pressing another button instead of writing the feedback comment means the
    user moved on, so the next message is a question again.
    """

    async def handler(conversation: Conversation, chat_id: int, argument: str) -> list[Reply]:
        with conversation.turn(conversation.load(chat_id)) as turn:
            if ends_wait:
                turn.chat.awaiting_feedback = None
            return turn.answer(work(turn, argument))

    handler.__doc__ = work.__doc__
    return handler


def _without_argument(prompt: Callable[[Turn], list[Reply]]) -> Callable[[Turn, str], list[Reply]]:
    def work(turn: Turn, _: str) -> list[Reply]:
        return prompt(turn)

    work.__doc__ = prompt.__doc__
    return work


async def start(conversation: Conversation, chat_id: int, code: str) -> list[Reply]:
    """/start [code]: the privacy notice first, then the link, then a welcome (or the language question)."""
    snapshot = conversation.load(chat_id)
    with conversation.turn(snapshot) as turn:
        replies = [privacy.notice(turn)]
        if code.strip():
            # A municipality's poster (g_<slug>, issue 17), else a link code from the regisseur.
            replies.append(gemeente.from_start(turn, code.strip()) or personal.link(turn, code.strip()))
        privacy.shown(turn)
    if snapshot.chat.language is None:
        return replies + [reply("bot_choose_language", translator(conversation.settings.default_language))]
    return replies + await conversation.ask_rasa(snapshot, "/greet", snapshot.chat.language)


async def help_(conversation: Conversation, chat_id: int, _: str) -> list[Reply]:
    """/help: what the assistant can do, with buttons."""
    return conversation.answer_once(chat_id, "bot_help")


async def choose_language(conversation: Conversation, chat_id: int, _: str) -> list[Reply]:
    """/taal: the three languages as buttons."""
    return conversation.answer_once(chat_id, "bot_choose_language")


async def cancel(conversation: Conversation, chat_id: int, _: str) -> list[Reply]:
    """/cancel: leave a feedback comment or a form (Rasa stops its form on ``deny``)."""
    snapshot = conversation.load(chat_id)
    if snapshot.chat.awaiting_feedback:
        with conversation.turn(snapshot) as turn:
            turn.chat.awaiting_feedback = None
            return turn.answer([turn.reply("utter_ok")])
    return await conversation.ask_rasa(snapshot, "/deny", conversation.language_of(snapshot))


async def unknown_command(conversation: Conversation, chat_id: int, _: str) -> list[Reply]:
    """A command we do not have: a short help."""
    return conversation.answer_once(chat_id, "bot_unknown_command")


COMMANDS: tuple[Command, ...] = (
    Command(payloads.START, start, N_("Start and see what I can do")),
    Command(payloads.HELP, help_, N_("What can I ask?")),
    Command(payloads.LANGUAGE_COMMANDS, choose_language, N_("Choose your language")),
    Command(payloads.REMINDER_COMMANDS, _in_turn(_without_argument(personal.reminders_prompt), ends_wait=False),
            N_("Reminders before appointments: on or off")),
    Command(payloads.UNLINK_COMMANDS, _in_turn(_without_argument(personal.unlink_prompt), ends_wait=False),
            N_("Unlink this chat from your account")),
    Command(payloads.FEEDBACK_COMMANDS, _in_turn(_without_argument(feedback.prompt), ends_wait=False),
            N_("Tell us what you think of this assistant")),
    Command(payloads.FORGET_COMMANDS, _in_turn(_without_argument(privacy.forget_prompt), ends_wait=False),
            N_("Delete your messages")),
    Command(payloads.CANCEL, cancel, N_("Stop a question")),
    Command(payloads.GEMEENTE_COMMANDS, _in_turn(_without_argument(gemeente.prompt), ends_wait=False),
            N_("Choose your municipality")),
)


# -- buttons ---------------------------------------------------------------------------


async def language_chosen(conversation: Conversation, chat_id: int, payload: str) -> list[Reply]:
    """lang:<code>: use this language from now on, whatever the user types."""
    language = payload.removeprefix(payloads.LANGUAGE)
    snapshot = conversation.load(chat_id)
    if language not in LANGUAGES:
        return [reply("bot_button_expired", conversation.translator_for(snapshot))]
    snapshot.chat.language = language
    snapshot.chat.language_fixed = True
    snapshot.chat.awaiting_feedback = None
    confirmation = reply("bot_language_set", translator(language))
    return [confirmation] + await conversation.ask_rasa(snapshot, "/greet", language)


async def to_rasa(conversation: Conversation, chat_id: int, payload: str) -> list[Reply]:
    """/intent{...}: a topic or follow-up button, for Rasa (or the regisseur, after a take-over)."""
    snapshot = conversation.load(chat_id)
    language = conversation.language_of(snapshot)
    if snapshot.taken_over:
        with conversation.turn(snapshot) as turn:
            turn.chat.awaiting_feedback = None
            handover.forward(turn, payload, language)
        return []
    snapshot.chat.awaiting_feedback = None  # another button instead of a comment: written with the turn
    return await conversation.ask_rasa(snapshot, payload, language)


BUTTONS: tuple[Button, ...] = (
    Button(payloads.LANGUAGE, language_chosen),
    Button(payloads.FEEDBACK, _in_turn(feedback.button, ends_wait=False)),
    Button(payloads.UNLINK, _in_turn(personal.unlink_button, ends_wait=True)),
    Button(payloads.REMINDERS, _in_turn(personal.reminders_button, ends_wait=True)),
    Button(payloads.CALENDAR, _in_turn(personal.calendar_button, ends_wait=True)),
    Button(payloads.FORGET, _in_turn(privacy.forget_button, ends_wait=True)),
    Button(payloads.ORIGINAL, _in_turn(handover.original, ends_wait=True)),
    Button(payloads.GEMEENTE, _in_turn(gemeente.button, ends_wait=True)),
    Button(payloads.SPEAK, speak.button),
    Button(payloads.INTENT, to_rasa),
)


async def expired_button(conversation: Conversation, chat_id: int, _: str) -> list[Reply]:
    """A payload that is no button we offer (an old keyboard, or forged): say so kindly."""
    with conversation.turn(conversation.load(chat_id)) as turn:
        turn.chat.awaiting_feedback = None
        return turn.answer([turn.reply("bot_button_expired")])


# -- one entry point per kind of update ----------------------------------------------------

_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
_COMMAND_NAME = re.compile(r"/([A-Za-z0-9_]*)(?:@\w+)?\s*")
# What the assistant offers when it reads nothing (as Rasa's "did you mean" does).
NOISE_TOPICS = ("ask_pvt", "ask_map", "ask_ontzorgen")


async def noise(conversation: Conversation, chat_id: int, text: str) -> list[Reply]:
    """Nothing readable (only punctuation, controls or invisible characters): the normal "did you
    mean" answer, without Rasa, so noise never counts as a miss that hands the chat to a person.
    While a regisseur has the chat, a "??" is for them (the inbox) as any message, and the bot
    stays silent."""
    snapshot = conversation.load(chat_id)
    if snapshot.taken_over:
        return await conversation.text(chat_id, text) if text else []
    return conversation.answer_once(chat_id, "utter_did_you_mean", {"topics": NOISE_TOPICS}, snapshot)


class Router:
    """Finds the route for what the user did; shared by Telegram and the demo chat."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.voice = VoiceNotes(conversation)  # voice notes (issue 14); loads no model until one arrives
        self._commands = {name: command for command in COMMANDS for name in command.names}

    def command_for(self, name: str) -> Command | None:
        return self._commands.get(name.lower())

    async def command(self, chat_id: int, name: str, argument: str = "") -> list[Reply]:
        found = self.command_for(name)
        handler = found.handler if found is not None else unknown_command
        return await handler(self.conversation, chat_id, clean_text(argument))

    async def button(self, chat_id: int, payload: str | None) -> list[Reply]:
        """A button press: only a payload of the allow-list reaches its route (and Rasa)."""
        parsed = payloads.parse(payload)
        if parsed is not None:
            for route in BUTTONS:
                if parsed.startswith(route.prefix):
                    return await route.handler(self.conversation, chat_id, parsed)
        return await expired_button(self.conversation, chat_id, "")

    async def text(self, chat_id: int, text: str | None) -> list[Reply]:
        """Typed text, cleaned; Rasa never reads a typed "/intent" (Rasa strips the text first)."""
        text = clean_text(text)
        if text.startswith(payloads.INTENT):  # as Telegram routes a command (the demo chat, " /start")
            match = _COMMAND_NAME.match(text)
            name, argument = (match.group(1), text[match.end():]) if match else ("", text[1:])
            return await self.command(chat_id, name, argument)
        if is_noise(text):
            return await noise(self.conversation, chat_id, text)
        return await self.conversation.text(chat_id, text)

    async def media(self, chat_id: int, caption: str | None) -> list[Reply]:
        """A photo or document: its caption is read as text; without one, say kindly what works."""
        if clean_text(caption):
            return await self.text(chat_id, caption)
        return await self.conversation.unsupported(chat_id)

    async def message(self, chat_id: int, text: str) -> list[Reply]:
        """A typed line as the demo chat gets it: a command (as Telegram would route it) or text."""
        match = _COMMAND.match(text.strip())
        if match:
            return await self.command(chat_id, match.group(1), match.group(2) or "")
        return await self.text(chat_id, text)

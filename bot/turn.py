"""One turn of a chat: the chat as read at its start, and the turn's one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.messages import Reply, reply
from inburgering.models import Chat
from inburgering.platform.settings import Settings
from inburgering.text.i18n import Translator, translator


@dataclass
class Snapshot:
    """A chat as read at the start of a turn (detached), and whether a regisseur has taken it over."""

    chat: Chat
    taken_over: bool
    # Messages of this chat kept during an outage wait to be answered (answered first: bot.conversation).
    kept: bool = False
    # The person the chat was linked to when read, and their municipality (the turn does not ask again).
    person_id: int | None = None
    person_gemeente: str | None = None

    @property
    def new(self) -> bool:
        return self.chat.id is None


@dataclass
class Turn:
    """One message's work on one chat, inside the turn's one transaction."""

    session: Session
    chat: Chat
    settings: Settings
    # The turn's answers, noted by :meth:`answer`: kept in the update's journal row in this transaction.
    answers: list[Reply] | None = field(default=None)

    def answer(self, replies: list[Reply]) -> list[Reply]:
        """These are the turn's answers: they are kept in the update's journal row in the turn's transaction
        (bot.journal.keep_answers), the one that claims the update. A process that dies after the commit and
        before the answers go out leaves them to the recovery; without them it could only drop the update."""
        self.answers = list(replies)
        return replies

    @property
    def language(self) -> str:
        return self.chat.language or self.settings.default_language

    @property
    def t(self) -> Translator:
        return translator(self.language)

    @property
    def linked(self) -> bool:
        return self.chat.inburgeraar_id is not None

    def reply(self, name: str, arguments: dict | None = None, **kwargs) -> Reply:
        return reply(name, self.t, arguments, **kwargs)

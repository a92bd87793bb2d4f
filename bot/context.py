"""Typed context for handlers instead of loose ``bot_data[...]`` keys."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import Application, CallbackContext, ExtBot

from bot.conversation import Conversation
from bot.journal import Journal
from bot.routes import Router


@dataclass
class BotData:
    router: Router | None = None
    # Updates received and not yet handled to the end (bot.journal); None: not journaled.
    journal: Journal | None = None


class BotContext(CallbackContext[ExtBot, dict, dict, BotData]):
    @property
    def router(self) -> Router:
        router = self.bot_data.router
        if router is None:  # pragma: no cover - wiring error
            raise RuntimeError("build_application() did not set a Router")
        return router

    @property
    def conversation(self) -> Conversation:
        return self.router.conversation

    @classmethod
    def from_application(cls, application: Application) -> "BotContext":  # pragma: no cover - PTB hook
        return super().from_application(application)  # type: ignore[return-value]

"""Typed context for handlers instead of loose ``bot_data[...]`` keys."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import Application, CallbackContext, ExtBot

from bot.conversation import Conversation


@dataclass
class BotData:
    conversation: Conversation | None = None


class BotContext(CallbackContext[ExtBot, dict, dict, BotData]):
    @property
    def conversation(self) -> Conversation:
        conversation = self.bot_data.conversation
        if conversation is None:  # pragma: no cover - wiring error
            raise RuntimeError("build_application() did not set a Conversation")
        return conversation

    @classmethod
    def from_application(cls, application: Application) -> "BotContext":  # pragma: no cover - PTB hook
        return super().from_application(application)  # type: ignore[return-value]

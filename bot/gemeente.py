"""Which municipality's answers a chat gets (issue 17): the poster's deep link, /gemeente, the notice.

The chosen municipality is kept on the chat (``Chat.gemeente``); the action server reads it by the
chat's pseudonym (``inburgering.people.person.person_context``), so Rasa needs no slot for it. A
linked chat always follows its person's municipality.
"""

from __future__ import annotations

import logging

from bot.messages import Reply
from bot.turn import Turn
from inburgering.payloads import GEMEENTE
from inburgering.people.gemeente import deployment_gemeenten, from_deep_link, gemeente_name, person_gemeente

log = logging.getLogger(__name__)


def _linked_reply(turn: Turn) -> Reply | None:
    own = person_gemeente(turn.session, turn.chat.inburgeraar_id)
    return turn.reply("bot_gemeente_linked", {"gemeente": gemeente_name(own)}) if own else None


def _choose(turn: Turn, slug: str) -> Reply:
    turn.chat.gemeente = slug
    log.info("chat %s chose a municipality", turn.chat.pseudonym[:8])
    return turn.reply("bot_gemeente_set", {"gemeente": gemeente_name(slug)})


def from_start(turn: Turn, argument: str) -> Reply | None:
    """``/start g_<slug>`` from a municipality's poster: its answers from now on. None: not such a link."""
    slug = from_deep_link(argument, turn.settings.served_gemeenten)
    if slug is None:
        return None
    return _linked_reply(turn) or _choose(turn, slug)


def prompt(turn: Turn) -> list[Reply]:
    """/gemeente: the municipalities of this deployment as buttons (a linked chat is told whose it is)."""
    linked = _linked_reply(turn)
    if linked:
        return [linked]
    choices = [(slug, profile.name) for slug, profile in deployment_gemeenten(turn.settings).items()]
    return [turn.reply("bot_choose_gemeente", {"gemeenten": choices})]


def button(turn: Turn, payload: str) -> list[Reply]:
    """gem:<slug>: answers for this municipality from now on."""
    slug = payload.removeprefix(GEMEENTE)
    if slug not in deployment_gemeenten(turn.settings):
        return [turn.reply("bot_button_expired")]
    linked = _linked_reply(turn)
    return [linked] if linked else [_choose(turn, slug)]


def notice_once(turn: Turn) -> Reply | None:
    """Once, after the first answer of an unlinked chat that never chose: whose answers these are.

    Said after the answer, not before it, so nobody waits for a choice; from then on the chat keeps
    the deployment's default until it chooses another one. Not said when the deployment serves one
    municipality only.
    """
    if turn.chat.gemeente is not None or turn.linked or len(turn.settings.served_gemeenten) < 2:
        return None
    turn.chat.gemeente = turn.settings.gemeente
    return turn.reply("bot_gemeente_notice", {"gemeente": gemeente_name(turn.settings.gemeente)})

"""Which municipality's answers a chat gets (issue 17): the notice, the choice and the confirmation.

Municipality names are proper names from the profiles (``gemeenten/*.yml``): they are not translated,
the word "municipality" around them is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import GEMEENTE_COMMANDS, command, gemeente_payload
from inburgering.people.gemeente import profiles_on_disk
from inburgering.responses import Message, button, response
from inburgering.text.i18n import Translator


def _name(t: Translator, args: Mapping[str, Any]) -> str:
    return str(args.get("gemeente") or t.gettext("your municipality"))


def _choices(args: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(slug, name) of the municipalities to choose from: the deployment's (the bot gives them), or
    every profile (a preview of the texts)."""
    given = args.get("gemeenten")
    if given is not None:
        return [(str(slug), str(name)) for slug, name in given]
    return [(slug, profile.name) for slug, profile in profiles_on_disk().items()]


@response("bot_gemeente_notice")
def _notice(t: Translator, args: Mapping[str, Any]) -> Message:
    """Said once to an unlinked chat that never chose: whose answers these are, and how to change it."""
    # Translators: {gemeente} is a town's name (Zwolle); {command} is the command /gemeente, it stays in Dutch.
    return {"text": t.gettext("My answers are for the municipality {gemeente}. Do you live in another "
                              "municipality? Send {command}.",
                              gemeente=_name(t, args), command=command(GEMEENTE_COMMANDS[0]))}


@response("bot_choose_gemeente")
def _choose(t: Translator, args: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("In which municipality do you live? Then I give the answers of your municipality."),
        # Translators: a button; {gemeente} is a town's name (Deventer): "the municipality Deventer".
        "buttons": [button(t.gettext("Municipality {gemeente}", gemeente=name), gemeente_payload(slug))
                    for slug, name in _choices(args)],
    }


@response("bot_gemeente_set")
def _set(t: Translator, args: Mapping[str, Any]) -> Message:
    # Translators: {gemeente} is a town's name (Steenwijkerland).
    return {"text": t.gettext("OK. My answers are now for the municipality {gemeente}.", gemeente=_name(t, args))}


@response("bot_gemeente_linked")
def _linked(t: Translator, args: Mapping[str, Any]) -> Message:
    """A linked chat follows its person's municipality: it cannot choose another one."""
    # Translators: {gemeente} is a town's name (Deventer).
    return {"text": t.gettext("Your account belongs to the municipality {gemeente}. My answers are for "
                              "{gemeente}. Did you move? Tell your regisseur.", gemeente=_name(t, args))}

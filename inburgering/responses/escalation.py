"""Telling the user that a person takes over, what happens next and when."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from inburgering.escalation import escalated_text
from inburgering.i18n import Translator
from inburgering.models import EscalationReason
from inburgering.responses import Message, response


@response("utter_escalated")
def _escalated(t: Translator, args: Mapping[str, Any]) -> Message:
    return {
        "text": escalated_text(
            t, EscalationReason(args.get("reason") or "request_regisseur"),
            datetime.fromisoformat(args["due_at"]) if args.get("due_at") else None,
            linked=bool(args.get("linked")), phone=args.get("phone"),
        )
    }

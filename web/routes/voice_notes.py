"""Playing a voice note in the inbox (issue 14): only to staff who may see its escalation.

The file is served from the private ``var/voice-notes/`` directory through this route alone (no
static mount), after the same check as the escalation's page (:func:`inburgering.handover.inbox.get_for`);
every play is written to the audit log, and a refused one too.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, Response

from inburgering.handover import inbox
from inburgering.handover.inbox import NotAllowed
from inburgering.models import VoiceNote
from inburgering.speech.audio import OGG_MIME
from web.deps import CurrentLogin, SessionDep

router = APIRouter()


@router.get("/escalations/{escalation_id}/voice-notes/{note_id}")
def play(escalation_id: int, note_id: int, db: SessionDep, login: CurrentLogin) -> Response:
    try:
        escalation = inbox.get_for(db, login.user, escalation_id)
    except NotAllowed:
        inbox.audit(db, login.user, "denied", detail=f"play voice note {note_id} of escalation {escalation_id}")
        db.commit()
        raise HTTPException(status_code=403) from None
    note = db.get(VoiceNote, note_id)
    if escalation is None or note is None or note.escalation_id != escalation.id:
        raise HTTPException(status_code=404)
    if not note.path or not Path(note.path).is_file():  # deleted by retention or /vergeet
        raise HTTPException(status_code=404)
    inbox.audit(db, login.user, "play_voice_note", escalation=escalation, detail=f"voice note {note.id}")
    db.commit()
    return FileResponse(note.path, media_type=OGG_MIME, headers={"Cache-Control": "no-store"})

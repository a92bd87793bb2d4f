"""Recordings of spoken answers (issue 14): staff record or upload an answer read aloud.

A regisseur or beheerder (for Arabic or Tigrinya, with an interpreter at their side) records an
answer in the browser (MediaRecorder, ``static/recordings.js``) or uploads a file; it is turned
into a voice note (OGG/Opus) here and waits for review. Only a beheerder approves or removes one,
and the bot plays an approved recording only while the answer still says what was recorded
(``inburgering.speech.recordings``): the page shows a recording whose text changed as stale.

Each municipality records for its own texts (the answers carry its hours, provider and phone).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.handover.inbox import audit
from inburgering.models import RecordingState, SpokenRecording
from inburgering.platform.settings import LANGUAGES
from inburgering.speech import recordings, voices
from web.deps import CurrentLogin, Login, PostBeheerderLogin, PostLogin, SessionDep
from web.i18n import ui

router = APIRouter()

MAX_UPLOAD_BYTES = 8 * 1024 * 1024  # three minutes of speech in any common format fits easily


def _recording(db: Session, login: Login, recording_id: int) -> SpokenRecording:
    """A recording of the login's own municipality; 404 for any other (as if it did not exist)."""
    recording = db.get(SpokenRecording, recording_id)
    if recording is None or recording.gemeente != login.gemeente:
        raise HTTPException(status_code=404)
    return recording


def _back(language: str) -> RedirectResponse:
    return RedirectResponse(f"/recordings?language={language}", status_code=303)


def _page(request: Request, db: Session, login: Login, language: str, *, error: str | None = None,
          status_code: int = 200) -> Response:
    own = list(db.scalars(
        select(SpokenRecording)
        .where(SpokenRecording.gemeente == login.gemeente, SpokenRecording.language == language)
        .order_by(SpokenRecording.created_at.desc(), SpokenRecording.id.desc())
    ))
    answers = []
    for response in recordings.RECORDABLE:
        text = recordings.current_text(response, language, login.gemeente)
        current = recordings.text_hash(text)
        answers.append({
            "response": response, "text": text,
            "recordings": [(r, recordings.is_stale(r, current)) for r in own if r.response == response],
            "in_use": recordings.approved_recording(db, response, language, current),
        })
    return request.app.state.templates.TemplateResponse(request, "recordings.html", {
        "login": login, "language": language, "languages": LANGUAGES, "answers": answers, "error": error,
        "computer_voice": voices.has_computer_voice(language), "State": RecordingState,
        "max_seconds": recordings.MAX_RECORDING_SECONDS,
    }, status_code=status_code)


@router.get("/recordings")
def recordings_page(request: Request, db: SessionDep, login: CurrentLogin, language: str = "ar") -> Response:
    if language not in LANGUAGES:
        raise HTTPException(status_code=404)
    return _page(request, db, login, language)


@router.post("/recordings")
def upload(
    request: Request, db: SessionDep, login: PostLogin, response: Annotated[str, Form()],
    language: Annotated[str, Form()], audio: Annotated[UploadFile, File()],
) -> Response:
    """A recording made in the browser or a file: any audio ffmpeg reads, stored as a voice note."""
    if response not in recordings.RECORDABLE or language not in LANGUAGES:
        raise HTTPException(status_code=400)
    t = ui()
    data = audio.file.read(MAX_UPLOAD_BYTES + 1)
    if not data:
        return _page(request, db, login, language, error=t.gettext("The file is empty."), status_code=400)
    if len(data) > MAX_UPLOAD_BYTES:
        return _page(request, db, login, language, error=t.gettext("The file is too large."), status_code=413)
    try:
        voice_note = voices.encode_voice_note(data)
    except voices.SynthesisFailed:
        voice_note = b""
    seconds = voices.ogg_opus_seconds(voice_note)
    if not voices.is_ogg_opus(voice_note) or seconds == 0:
        return _page(request, db, login, language, status_code=400,
                     error=t.gettext("This file is not a sound recording that can be played."))
    if seconds > recordings.MAX_RECORDING_SECONDS:
        return _page(request, db, login, language, status_code=400,
                     error=t.ngettext("The recording is too long: at most {n} minute.",
                                      "The recording is too long: at most {n} minutes.",
                                      recordings.MAX_RECORDING_SECONDS // 60))
    recording = recordings.add_recording(db, response, language, login.gemeente, voice_note, seconds, login.user)
    audit(db, login.user, "add_recording", detail=f"{recording.id} {response} {language}")
    db.commit()
    return _back(language)


@router.get("/recordings/{recording_id}/audio")
def play(recording_id: int, db: SessionDep, login: CurrentLogin) -> Response:
    recording = _recording(db, login, recording_id)
    return Response(recording.audio, media_type="audio/ogg")


@router.post("/recordings/{recording_id}/approve")
def approve(recording_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    """A beheerder listened to it: the bot uses it from now on, for as long as the text is the same."""
    recording = _recording(db, login, recording_id)
    if recording.state == RecordingState.needs_review:
        recordings.approve(recording, login.user)
        audit(db, login.user, "approve_recording", detail=str(recording.id))
        db.commit()
    return _back(recording.language)


@router.post("/recordings/{recording_id}/delete")
def delete(recording_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    recording = _recording(db, login, recording_id)
    language = recording.language
    db.delete(recording)
    audit(db, login.user, "delete_recording", detail=str(recording_id))
    db.commit()
    return _back(language)

"""Recording spoken answers in the inbox: who may upload, approve and play, and what the page shows."""

from __future__ import annotations

import os
import subprocess

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.models import AuditLog, RecordingState, SpokenRecording, WebRole
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.speech import recordings, voices
from tests import factories
from tests.web.conftest import csrf, log_in
from web.i18n import ui


@pytest.fixture
def wav() -> bytes:
    """A short spoken WAV, made here as a browser or phone would hand over any audio file."""
    if not voices.tools_installed():
        if os.environ.get("CI"):
            pytest.fail("espeak-ng and ffmpeg are required under CI (scripts/install_speech_tools.sh)")
        pytest.skip("espeak-ng and ffmpeg are not installed (scripts/install_speech_tools.sh)")
    return subprocess.run(["espeak-ng", "-v", "nl", "--stdout", "Het PVT is een cursus."],
                          capture_output=True, check=True).stdout


@pytest.fixture
def raad(settings: Settings, world) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        factories.web_user(session, "raad", WebRole.participatieraad)


def _upload(client: TestClient, audio: bytes, *, response: str = "utter_pvt", language: str = "ar",
            token: str | None = None):
    token = token or csrf(client.get("/recordings?language=" + language).text)
    return client.post("/recordings", data={"csrf_token": token, "response": response, "language": language},
                       files={"audio": ("opname.webm", audio, "audio/webm")}, follow_redirects=False)


def _recordings(settings: Settings) -> list[SpokenRecording]:
    with session_scope(session_factory(settings.database_url)) as session:
        rows = list(session.scalars(select(SpokenRecording).order_by(SpokenRecording.id)))
        for row in rows:
            session.expunge(row)
        return rows


def test_a_regisseur_uploads_a_recording_that_waits_for_review(client: TestClient, settings: Settings, wav) -> None:
    log_in(client, "sanne")
    answer = _upload(client, wav)
    assert answer.status_code == 303 and answer.headers["location"] == "/recordings?language=ar"
    [recording] = _recordings(settings)
    assert (recording.response, recording.language, recording.state) == ("utter_pvt", "ar", RecordingState.needs_review)
    assert recording.text == recordings.current_text("utter_pvt", "ar", recording.gemeente)
    assert recording.seconds >= 1

    page = client.get("/recordings?language=ar")
    assert f'data-recording="{recording.id}"' in page.text
    assert f'action="/recordings/{recording.id}/approve"' not in page.text  # only a beheerder approves
    played = client.get(f"/recordings/{recording.id}/audio")
    assert played.status_code == 200 and played.headers["content-type"] == "audio/ogg"
    assert voices.is_ogg_opus(played.content)

    token = csrf(page.text)
    assert client.post(f"/recordings/{recording.id}/approve", data={"csrf_token": token}).status_code == 403
    assert client.post(f"/recordings/{recording.id}/delete", data={"csrf_token": token}).status_code == 403
    assert _recordings(settings)[0].state == RecordingState.needs_review


def test_a_beheerder_approves_and_the_bot_may_use_it(client: TestClient, settings: Settings, wav) -> None:
    log_in(client, "beheer")
    _upload(client, wav, response="utter_map", language="ti")
    [recording] = _recordings(settings)
    token = csrf(client.get("/recordings?language=ti").text)
    assert client.post(f"/recordings/{recording.id}/approve", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    [approved] = _recordings(settings)
    assert approved.state == RecordingState.approved and approved.reviewed_by_id is not None
    with session_scope(session_factory(settings.database_url)) as session:
        found = recordings.approved_recording(session, "utter_map", "ti", approved.text_hash)
        assert found is not None and found.id == approved.id
        actions = set(session.scalars(select(AuditLog.action)))
    assert {"add_recording", "approve_recording"} <= actions
    page = client.get("/recordings?language=ti").text
    assert ui().gettext("A person's recording is used") in page


def test_a_stale_recording_is_shown_as_stale(client: TestClient, settings: Settings, wav) -> None:
    log_in(client, "beheer")
    _upload(client, wav, response="utter_pvt_hours", language="ar")
    with session_scope(session_factory(settings.database_url)) as session:
        recording = session.scalars(select(SpokenRecording)).one()
        recording.text_hash = recordings.text_hash("the text as it was before the catalog changed")
    page = client.get("/recordings?language=ar").text
    assert ui().gettext("Stale: the text changed") in page
    assert "/approve" not in page  # a stale recording cannot be approved


def test_the_participatieraad_may_not_record_or_listen(client: TestClient, settings: Settings, raad, wav) -> None:
    log_in(client, "beheer")
    _upload(client, wav)
    [recording] = _recordings(settings)
    client.cookies.clear()
    log_in(client, "raad")
    assert client.get("/recordings").status_code == 403
    assert client.get(f"/recordings/{recording.id}/audio").status_code == 403
    assert _upload(client, wav, token="x").status_code == 403
    assert len(_recordings(settings)) == 1


def test_not_logged_in_goes_to_the_login_page(client: TestClient) -> None:
    assert client.get("/recordings", follow_redirects=False).headers["location"] == "/login"


def test_an_upload_without_the_csrf_token_is_refused(client: TestClient, settings: Settings, wav) -> None:
    log_in(client, "sanne")
    assert _upload(client, wav, token="forged").status_code == 403
    assert _recordings(settings) == []


def test_a_file_that_is_no_audio_is_refused_with_a_message(client: TestClient, settings: Settings, wav) -> None:
    log_in(client, "sanne")
    answer = _upload(client, b"<html>not a recording</html>")
    assert answer.status_code == 400
    assert 'role="alert"' in answer.text
    assert _recordings(settings) == []


@pytest.mark.parametrize(("response", "language"), [("utter_next_appointment", "nl"), ("utter_pvt", "de")])
def test_personal_answers_and_other_languages_cannot_be_recorded(
    client: TestClient, settings: Settings, wav, response: str, language: str
) -> None:
    log_in(client, "beheer")
    token = csrf(client.get("/recordings").text)
    assert _upload(client, wav, response=response, language=language, token=token).status_code == 400
    assert _recordings(settings) == []


def test_the_page_lists_every_recordable_answer_with_its_text(client: TestClient) -> None:
    log_in(client, "sanne")
    page = client.get("/recordings?language=nl")
    assert page.status_code == 200
    for response in recordings.RECORDABLE:
        assert f'data-response="{response}"' in page.text
    assert client.get("/recordings?language=xx").status_code == 404

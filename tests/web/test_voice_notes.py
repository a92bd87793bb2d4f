"""A voice note plays in the inbox (issue 14) only for staff who may see its escalation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from inburgering.models import AuditLog, Escalation, VoiceNote, VoiceNoteKind, VoiceNoteOutcome
from inburgering.platform.db import session_factory, session_scope
from inburgering.speech import audio, storage
from tests.web.conftest import log_in


@pytest.fixture
def note(settings, world) -> tuple[int, bytes]:
    """A Tigrinya voice note on sanne's Tigrinya escalation, kept as the bot keeps one."""
    sound = audio.to_ogg_opus(audio.silence_wav(1.0))
    with session_scope(session_factory(settings.database_url)) as session:
        escalation = session.get(Escalation, world.mine_ti)
        row = VoiceNote(chat_id=escalation.chat_id, escalation_id=escalation.id, kind=VoiceNoteKind.voice,
                        path=str(storage.keep(settings.var_dir, sound)), duration_seconds=1, language="ti",
                        outcome=VoiceNoteOutcome.escalated, reason="language")
        session.add(row)
        session.flush()
        return row.id, sound


def test_the_regisseur_sees_a_player_and_the_file_plays(client, world, note):
    note_id, sound = note
    log_in(client, "sanne")
    page = client.get(f"/escalations/{world.mine_ti}")
    assert f'src="/escalations/{world.mine_ti}/voice-notes/{note_id}"' in page.text
    played = client.get(f"/escalations/{world.mine_ti}/voice-notes/{note_id}")
    assert played.status_code == 200
    assert played.headers["content-type"] == "audio/ogg"
    assert played.content == sound and audio.is_ogg(played.content)


def test_another_regisseur_may_not_play_it_and_the_refusal_is_audited(client, settings, world, note):
    note_id, _ = note
    log_in(client, "piet")
    assert client.get(f"/escalations/{world.mine_ti}/voice-notes/{note_id}").status_code == 403
    with session_scope(session_factory(settings.database_url)) as session:
        details = session.scalars(select(AuditLog.detail).where(AuditLog.action == "denied")).all()
    assert any(f"voice note {note_id}" in (detail or "") for detail in details)


def test_a_note_is_only_served_under_its_own_escalation(client, world, note):
    note_id, _ = note
    log_in(client, "sanne")
    assert client.get(f"/escalations/{world.mine}/voice-notes/{note_id}").status_code == 404


def test_without_login_there_is_no_sound(client, world, note):
    note_id, _ = note
    response = client.get(f"/escalations/{world.mine_ti}/voice-notes/{note_id}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_a_deleted_recording_is_gone(client, settings, world, note):
    note_id, _ = note
    with session_scope(session_factory(settings.database_url)) as session:
        row = session.get(VoiceNote, note_id)
        storage.remove(row.path)
        row.path = None
    log_in(client, "sanne")
    assert client.get(f"/escalations/{world.mine_ti}/voice-notes/{note_id}").status_code == 404
    assert "voice-notes/" not in client.get(f"/escalations/{world.mine_ti}").text

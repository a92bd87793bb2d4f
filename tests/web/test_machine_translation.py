"""Issue 16 end to end in the inbox: a Tigrinya escalation with the tiny real models.

The models are built and installed by the real installer (tests/translation_models.py); the web app
translates in its own background task and worker thread, as in production.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.handover.escalation import translate_pending
from inburgering.models import EscalationMessage, OutboxMessage, TranslationState
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator as catalog
from inburgering.text.translation import MachineTranslator
from tests.translation_models import install_test_models
from tests.web.conftest import csrf, log_in
from web.app import create_app

MACHINE_NOTE = "Machine translation – use an interpreter for decisions."


@pytest.fixture(scope="module")
def models(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_test_models(request, tmp_path_factory.mktemp("inbox-translation") / "models")


def _client(settings: Settings, models: Path, *, background: bool) -> TestClient:
    app = create_app(settings, engine=MachineTranslator(models), background_translation=background)
    return TestClient(app, base_url="http://127.0.0.1")


def _wait_for(client: TestClient, url: str, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while True:
        page = client.get(url).text
        if text in page or time.monotonic() > deadline:
            return page
        time.sleep(0.2)


def test_tigrinya_escalation_dutch_translation_preview_and_back_translation(
    settings: Settings, world, models: Path
) -> None:
    note = catalog("nl").gettext(MACHINE_NOTE)
    with _client(settings, models, background=True) as client:
        log_in(client, "sanne")
        url = f"/escalations/{world.mine_ti}"
        page = _wait_for(client, url, "Wanneer is mijn afspraak?")  # the background task translates it
        assert 'lang="ti" dir="ltr">ቆጸራይ መዓስ እዩ?' in page
        assert 'lang="nl" dir="ltr">Wanneer is mijn afspraak?' in page
        assert note in page
        token = csrf(page)

        preview = client.post(f"{url}/preview", data={"csrf_token": token, "text": "Ik bel u morgen."})
        assert preview.status_code == 200
        assert "ጽባሕ ክድውለልካ እየ።" in preview.text and note in preview.text
        assert 'id="send-button"' in preview.text

        back = client.post(f"{url}/back-translation",
                           data={"csrf_token": token, "text_nl": "Ik bel u morgen.", "translated": "ጽባሕ ክድውለልካ እየ።"})
        assert back.status_code == 200
        assert 'id="back-translation" lang="nl" dir="ltr">Ik bel u morgen.</div>' in back.text

        client.post(f"{url}/reply", data={"csrf_token": token, "text_nl": "Ik bel u morgen.",
                                          "translated": "ጽባሕ ክድውለልካ እየ።"})
    with session_scope(session_factory(settings.database_url)) as session:
        [row] = session.scalars(select(OutboxMessage)).all()
        assert "ጽባሕ ክድውለልካ እየ።" in row.text and row.original_nl == "Ik bel u morgen."


def test_a_missing_direction_is_named_in_the_inbox(settings: Settings, world, models: Path, tmp_path: Path) -> None:
    partial = tmp_path / "models"
    partial.mkdir()
    for name in ("translate-en_nl-phrasebook", "translate-nl_en-phrasebook", "opus-mt-en-ti"):
        shutil.copytree(models / name, partial / name)
    with _client(settings, partial, background=False) as client:
        with session_scope(session_factory(settings.database_url)) as session:
            translate_pending(session, client.app.state.engine)
            states = {m.language: m.translation_state for m in session.scalars(select(EscalationMessage))}
        assert states["ti"] == TranslationState.unavailable
        log_in(client, "sanne")
        page = client.get(f"/escalations/{world.mine_ti}").text
        assert "ti→en" in page and "make translation-models" in page
        assert "Wanneer is mijn afspraak?" not in page
        # nl→en→ti is installed: the preview works although the incoming direction does not.
        preview = client.post(f"/escalations/{world.mine_ti}/preview",
                              data={"csrf_token": csrf(page), "text": "Ik bel u morgen."}).text
        assert "ጽባሕ ክድውለልካ እየ።" in preview
        # Arabic: both steps missing, named on the preview page.
        arabic = client.get(f"/escalations/{world.mine}").text
        preview = client.post(f"/escalations/{world.mine}/preview",
                              data={"csrf_token": csrf(arabic), "text": "Ik bel u morgen."}).text
        assert "en→ar" in preview and "make translation-models" in preview
        assert 'id="send-button"' in preview  # the Dutch text with a note can still be sent


def test_messages_get_their_translation_once_the_models_are_installed(
    settings: Settings, world, models: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "models"
    empty.mkdir()
    with _client(settings, empty, background=False) as client:
        with session_scope(session_factory(settings.database_url)) as session:
            translate_pending(session, client.app.state.engine)
            assert session.get(EscalationMessage, _first_message(session, "ti")).translation_state == \
                TranslationState.unavailable
    for name in ("opus-mt-ti-en", "translate-en_nl-phrasebook"):
        shutil.copytree(models / name, empty / name)
    with _client(settings, empty, background=True) as client:  # the restarted inbox queues them again
        log_in(client, "sanne")
        page = _wait_for(client, f"/escalations/{world.mine_ti}", "Wanneer is mijn afspraak?")
        assert 'lang="nl" dir="ltr">Wanneer is mijn afspraak?' in page


def test_a_slow_preview_does_not_hold_the_request(settings: Settings, world, models: Path, monkeypatch) -> None:
    from web.routes import escalations

    monkeypatch.setattr(escalations, "WAIT_IN_REQUEST_SECONDS", 0.0)
    with _client(settings, models, background=False) as client:
        log_in(client, "sanne")
        token = csrf(client.get(f"/escalations/{world.mine_ti}").text)
        client.app.state.engine._lock.acquire()  # a translation busy elsewhere (a model loading)
        try:
            started = time.monotonic()
            page = client.post(f"/escalations/{world.mine_ti}/preview", data={"csrf_token": token, "text": "Tot ziens."})
            assert time.monotonic() - started < 5
            assert 'id="translation-pending"' in page.text and 'id="send-button"' not in page.text
        finally:
            client.app.state.engine._lock.release()
        page = client.post(f"/escalations/{world.mine_ti}/preview", data={"csrf_token": token, "text": "Tot ziens."})
        for _ in range(50):
            if "ደሓን ኩን።" in page.text:
                break
            time.sleep(0.1)
            page = client.post(f"/escalations/{world.mine_ti}/preview",
                               data={"csrf_token": token, "text": "Tot ziens."})
        assert "ደሓን ኩን።" in page.text and 'id="send-button"' in page.text


def _first_message(session, language: str) -> int:
    return session.scalars(select(EscalationMessage.id).where(EscalationMessage.language == language)).first()

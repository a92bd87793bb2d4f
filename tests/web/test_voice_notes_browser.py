"""A Tigrinya voice note plays in the inbox in Debian's headless Chromium (issue 14).

The note is spoken by espeak-ng and kept as the bot keeps one (OGG/Opus under var/voice-notes/); the
regisseur opens the escalation, and Chromium loads and plays the sound through the authorised route.
Chromium comes from scripts/install_browser.sh: skipped on a laptop without it, a failure under CI.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from inburgering.models import Escalation, EscalationReason, VoiceNote, VoiceNoteKind, VoiceNoteOutcome
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.migrate import upgrade
from inburgering.platform.settings import load_settings
from inburgering.platform.stack import free_port, wait_for_http
from inburgering.speech import audio, storage
from tests import factories
from tests.web.conftest import FakeEngine
from tests.web.test_browser import _log_in, _require_browser
from web.app import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, int, float]]:
    """The inbox on a database with sanne's Tigrinya client, whose voice note went to her."""
    _require_browser()
    var_dir = tmp_path_factory.mktemp("voice-browser") / "var"
    var_dir.mkdir()
    database_url = f"sqlite:///{var_dir / 'inburgering.db'}"
    upgrade(database_url)
    note = audio.speak("PVT entay eyu", "am")
    with session_scope(session_factory(database_url)) as session:
        sanne = factories.regisseur(session, "Sanne de Vries")
        tesfay = factories.person(session, sanne, "Tesfay Demo", "ti")
        chat = factories.chat(session, tesfay, "ti")
        escalation = factories.escalation(session, chat, language="ti", text="🎤",
                                          reason=EscalationReason.voice_note)
        row = VoiceNote(chat_id=chat.id, escalation_id=escalation.id, kind=VoiceNoteKind.voice,
                        path=str(storage.keep(var_dir, note)), duration_seconds=round(audio.duration_seconds(note)),
                        language="ti", outcome=VoiceNoteOutcome.escalated, reason="language")
        session.add(row)
        factories.web_user(session, "sanne", of=sanne)
        session.flush()
        ids = (escalation.id, row.id)
    settings = load_settings({"DATABASE_URL": database_url, "INBURGERING_VAR_DIR": str(var_dir),
                              "PSEUDONYM_KEY": "browser-test-key", "COOKIE_SECURE": "false"})
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=FakeEngine(), background_translation=False),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", 30)
        yield f"http://127.0.0.1:{port}", *ids, audio.duration_seconds(note)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path: Path):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
                     "--autoplay-policy=no-user-gesture-required", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=DriverService(executable_path="/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_the_regisseur_plays_a_tigrinya_voice_note(inbox, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, escalation_id, note_id, seconds = inbox
    _log_in(browser, url, "sanne")
    browser.get(f"{url}/escalations/{escalation_id}")
    player = browser.find_element(By.CSS_SELECTOR, f"#voice-notes [data-note='{note_id}'] audio")
    assert player.get_attribute("src").endswith(f"/escalations/{escalation_id}/voice-notes/{note_id}")
    browser.execute_script("arguments[0].play();", player)
    # Chromium decoded the OGG/Opus it was served and plays it: time advances, no media error.
    WebDriverWait(browser, 20, poll_frequency=0.2).until(
        lambda b: b.execute_script("return arguments[0].error === null && arguments[0].currentTime > 0.2;", player))
    assert browser.execute_script("return arguments[0].duration;", player) == pytest.approx(seconds, abs=0.2)

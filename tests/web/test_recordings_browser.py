"""Recording a spoken answer in Debian's headless Chromium: the Record button, upload and playback.

Chromium's fake microphone (a tone) stands in for a person; the page records it with MediaRecorder
(WebM/Opus in Chromium), the inbox turns it into an OGG/Opus voice note, and the page plays it back.
Chromium comes from scripts/install_browser.sh; without it this test is skipped on a laptop and
FAILS under CI, like tests/web/test_browser.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from inburgering.models import RecordingState, SpokenRecording, WebRole
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.migrate import upgrade
from inburgering.platform.settings import load_settings
from inburgering.platform.stack import free_port, wait_for_http
from inburgering.speech import voices
from tests import factories
from tests.web.test_browser import CHROMEDRIVER, CHROMIUM, PhraseEngine, _log_in, _require_browser
from web.app import create_app

pytestmark = pytest.mark.browser


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[tuple[str, str]]:
    _require_browser()
    if not voices.tools_installed():
        pytest.fail("ffmpeg is required to store recordings (scripts/install_speech_tools.sh)", pytrace=False)
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    database_url = f"sqlite:///{var_dir / 'inburgering.db'}"
    upgrade(database_url)
    with session_scope(session_factory(database_url)) as session:
        factories.web_user(session, "beheer", WebRole.beheerder)
    settings = load_settings({"DATABASE_URL": database_url, "INBURGERING_VAR_DIR": str(var_dir),
                              "PSEUDONYM_KEY": "browser-test-key", "COOKIE_SECURE": "false"})
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=PhraseEngine(), background_translation=False),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", 30)
        yield f"http://127.0.0.1:{port}", database_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     # A fake microphone, allowed without the permission prompt.
                     "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                     "--autoplay-policy=no-user-gesture-required",
                     "--window-size=1280,1100", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=DriverService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_a_beheerder_records_a_tigrinya_answer_in_the_browser_and_plays_it(inbox, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, database_url = inbox
    _log_in(browser, url, "beheer")
    browser.get(f"{url}/recordings?language=ti")
    article = browser.find_element(By.CSS_SELECTOR, "article[data-response='utter_map']")
    record = article.find_element(By.CSS_SELECTOR, "button.record")
    assert record.is_displayed(), "the Record button stays hidden: MediaRecorder did not start"
    start_label = record.text
    record.click()
    WebDriverWait(browser, 10).until(lambda _: record.text != start_label)  # now "Stop and save"
    time.sleep(2.5)  # two seconds of the fake microphone's tone
    record.click()
    WebDriverWait(browser, 30, poll_frequency=0.5).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "article[data-response='utter_map'] .recording-row"))

    with session_scope(session_factory(database_url)) as session:
        [recording] = session.scalars(select(SpokenRecording)).all()
        assert (recording.response, recording.language) == ("utter_map", "ti")
        assert recording.state == RecordingState.needs_review
        assert voices.is_ogg_opus(recording.audio) and 1 <= recording.seconds <= 4
        recording_id = recording.id

    # The page can play it back: Chromium fetches the stored OGG/Opus from the inbox and decodes it.
    duration = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const source = document.querySelector("[data-recording='%d'] audio").src;
        fetch(source).then((answer) => answer.arrayBuffer())
          .then((data) => new AudioContext().decodeAudioData(data))
          .then((decoded) => done(decoded.duration), (error) => done(String(error)));
    """ % recording_id)
    # JSON gives a whole number of seconds as an int (3, not 3.0); a string is the decoding error.
    assert isinstance(duration, (int, float)) and not isinstance(duration, bool) and 1 < duration < 4.5, duration

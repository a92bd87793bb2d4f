"""The inbox in Debian's headless Chromium, end to end with the real bot against a fake Telegram.

A Telegram user writes while the assistant (Rasa) is down: the real bot keeps
the message and escalates it. The regisseur logs in, sees it, reads it right to
left, replies in Dutch; the bot delivers the translation through the fake Bot
API. Chromium comes from scripts/install_browser.sh; without it these tests are
skipped on a laptop and FAIL under CI.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import func, select

from inburgering.handover.inbox import CANNED_REPLIES
from inburgering.models import Escalation
from inburgering.people.demo import DEMO_LINK_CODE, seed
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.migrate import upgrade
from inburgering.platform.settings import PROJECT_ROOT, load_settings
from inburgering.platform.stack import Service, free_port, wait_for_http
from inburgering.text.i18n import translator
from inburgering.text.translation import MachineTranslation
from tests import factories
from tests.e2e.fake_telegram import FakeTelegram
from web.app import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = PROJECT_ROOT / "results" / "screenshots" / "inbox.png"
CHAT_ID = 6_100_000_001
QUESTION = "متى موعدي؟ ما بقدر اجي يوم الخميس"
REPLY_NL = "Ik bel u morgen."
REPLY_AR = "سأتصل بك غداً."


def _require_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if not missing:
        return
    message = f"{', '.join(missing)} missing: run scripts/install_browser.sh"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class PhraseEngine:
    """A tiny phrase table standing in for the offline Arabic model (the engine is tested on its own)."""

    TO_DUTCH = {QUESTION: "Wanneer is mijn afspraak? Ik kan donderdag niet komen."}
    FROM_DUTCH = {REPLY_NL: REPLY_AR}

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        found = self.TO_DUTCH.get(text) if language == "ar" else None
        return MachineTranslation(found, found is not None)

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        found = self.FROM_DUTCH.get(text) if language == "ar" else None
        return MachineTranslation(found, found is not None)


@dataclass
class Running:
    fake: FakeTelegram
    inbox_url: str
    database_url: str


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    _require_browser()
    work = tmp_path_factory.mktemp("browser")
    var_dir = work / "var"
    var_dir.mkdir()
    database_url = f"sqlite:///{var_dir / 'inburgering.db'}"
    upgrade(database_url)
    with session_scope(session_factory(database_url)) as session:
        person = seed(session)
        factories.web_user(session, "sanne", of=person.regisseur)
        other = factories.regisseur(session, "Piet Jansen")
        factories.web_user(session, "piet", of=other)
        theirs = factories.chat(session, factories.person(session, other, "Karim Ander"))
        factories.escalation(session, theirs)
    env = {
        **os.environ, "DATABASE_URL": database_url, "INBURGERING_VAR_DIR": str(var_dir),
        "PSEUDONYM_KEY": "browser-test-key", "DEMO": "true", "DEFAULT_LANGUAGE": "nl",
        # Rasa is not running: the bot takes messages at once, keeps and escalates what the user writes.
        "RASA_URL": f"http://127.0.0.1:{free_port()}", "RASA_TIMEOUT_SECONDS": "2", "READY_WAIT_SECONDS": "0",
        "COOKIE_SECURE": "false",
        "PENDING_RETRY_SECONDS": "1", "KEPT_ESCALATE_AFTER_SECONDS": "0", "OUTBOX_INTERVAL_SECONDS": "1", "TELEGRAM_MODE": "polling",
    }
    fake = FakeTelegram().start()
    env.update(TELEGRAM_TOKEN=fake.token, TELEGRAM_BASE_URL=fake.base_url)
    bot = Service("bot", [sys.executable, "-m", "bot"], None, work / "bot.log")
    bot.start(env)

    settings = load_settings(env)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=PhraseEngine()), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", 30)
        fake.wait_until(lambda: fake.get_updates_calls > 0 or bot.process.poll() is not None, 60, "bot polling")
        assert bot.process.poll() is None, (work / "bot.log").read_text()
        yield Running(fake, f"http://127.0.0.1:{port}", database_url)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        bot.stop()
        fake.stop()


@pytest.fixture
def browser(tmp_path: Path):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--window-size=1280,1100", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(argument)
    # An explicit driver path: Selenium Manager never downloads anything.
    driver = webdriver.Chrome(service=DriverService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def _log_in(browser, url: str, username: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{url}/login")
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(factories.PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    # Wait for the page after login: argon2 verification takes a moment on a loaded machine,
    # and reading the page before it arrives reads the login page.
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda driver: not driver.current_url.rstrip("/").endswith("/login"))


def _escalation_from_telegram(fake: FakeTelegram, database_url: str) -> None:
    """The Telegram user links the chat with the demo code, then asks while the assistant is down."""
    user = {"id": CHAT_ID, "is_bot": False, "first_name": "Amal", "language_code": "ar"}
    mark = fake.mark()
    fake.push_text(CHAT_ID, f"/start {DEMO_LINK_CODE}", user=user)
    fake.wait_for_messages(CHAT_ID, 3, timeout=30, after=mark)  # privacy notice, linked, greeting
    mark = fake.mark()
    fake.push_text(CHAT_ID, QUESTION, user=user)
    [told] = fake.wait_for_messages(CHAT_ID, 1, timeout=30, after=mark)
    assert "14 038" in told["text"]  # what happens next, and the municipality's number
    # The kept message goes to a person at the next retry round (KEPT_ESCALATE_AFTER_SECONDS=0).
    sessions = session_factory(database_url)

    def escalated() -> bool:
        with session_scope(sessions) as session:
            return session.scalar(select(func.count()).select_from(Escalation)) >= 2  # Piet's and this one

    fake.wait_until(escalated, 30, "the kept message escalated")


def test_regisseur_answers_a_telegram_user_in_arabic(running: Running, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _escalation_from_telegram(running.fake, running.database_url)
    _log_in(browser, running.inbox_url, "sanne")
    # The title carries the count of new ones.
    assert browser.title == translator("nl").ngettext("Inbox: {n} new", "Inbox: {n} new", 1)
    rows = browser.find_elements(By.CSS_SELECTOR, "#escalations tbody tr")
    assert len(rows) == 1  # only her own caseload: Piet's escalation is not listed
    rows[0].find_element(By.TAG_NAME, "a").click()

    question = browser.find_element(By.CSS_SELECTOR, ".turn.user .original")
    assert question.text == QUESTION
    assert question.get_attribute("lang") == "ar"
    assert question.value_of_css_property("direction") == "rtl"
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", question) == "rtl"
    # The Dutch translation arrives from the background translator.
    WebDriverWait(browser, 15, poll_frequency=0.5).until(
        lambda b: b.refresh() or "donderdag" in b.find_element(By.CSS_SELECTOR, ".turn.user .translation").text)

    browser.find_element(By.CSS_SELECTOR, "#reply textarea").send_keys(REPLY_NL)
    browser.find_element(By.ID, "preview-button").click()
    outgoing = browser.find_element(By.ID, "outgoing")
    assert REPLY_AR in outgoing.text and outgoing.value_of_css_property("direction") == "rtl"
    mark = running.fake.mark()
    browser.find_element(By.ID, "send-button").click()

    [delivered] = running.fake.wait_for_messages(CHAT_ID, 1, timeout=30, after=mark)
    assert REPLY_AR in delivered["text"] and REPLY_NL not in delivered["text"]
    buttons = [b for row in delivered["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[0]["callback_data"].startswith("orig:")  # the Dutch original, one press away

    # The inbox shows the reply as delivered once the bot sent it.
    WebDriverWait(browser, 15, poll_frequency=0.5).until(
        lambda b: b.refresh() or b.find_elements(By.CSS_SELECTOR, ".turn.regisseur .badge.sent"))
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))

    # A ready-made answer, human-translated from the catalog.
    select = browser.find_element(By.NAME, "key")
    select.find_element(By.CSS_SELECTOR, "option[value='call_tomorrow']").click()
    mark = running.fake.mark()
    browser.find_element(By.CSS_SELECTOR, "form[action$='/canned'] button").click()
    [canned] = running.fake.wait_for_messages(CHAT_ID, 1, timeout=30, after=mark)
    assert translator("ar").gettext(CANNED_REPLIES["call_tomorrow"]) in canned["text"]


def test_a_regisseur_cannot_open_another_regisseurs_escalation(running: Running, browser) -> None:
    from selenium.webdriver.common.by import By

    _log_in(browser, running.inbox_url, "piet")
    [row] = browser.find_elements(By.CSS_SELECTOR, "#escalations tbody tr")
    own = int(row.get_attribute("data-escalation"))
    _log_in(browser, running.inbox_url, "sanne")
    mine = [int(r.get_attribute("data-escalation"))
            for r in browser.find_elements(By.CSS_SELECTOR, "#escalations tbody tr")]
    assert own not in mine
    browser.get(f"{running.inbox_url}/escalations/{own}")
    assert browser.title.startswith("403")
    assert "Karim" not in browser.page_source

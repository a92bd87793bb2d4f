"""Issue 17 end to end: one deployment for Zwolle, Steenwijkerland and Deventer, through the fake Telegram.

A chat that came in through Steenwijkerland's poster (``/start g_steenwijkerland``) asks about the
PVT and hears Steenwijkerland's 16 hours from the real Rasa and action server; a chat without a
poster hears the default's (Zwolle, 12 hours), is told once how to change it, and after /gemeente
hears its own. (That a Deventer participatieraad login sees only Deventer's feedback is checked in
tests/web/test_gemeente_authorisation.py.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from actions.topics import profile_arguments
from inburgering.people.profiles import load_profile
from inburgering.platform.stack import DEFAULT_MODEL
from tests.e2e.fake_telegram import buttons
from tests.e2e.system import GEMEENTE, ModelMissing, System, require_model, start_system
from tests.e2e.test_telegram_end_to_end import assert_is

pytestmark = pytest.mark.e2e

SERVED = "steenwijkerland,deventer"  # besides GEMEENTE (Zwolle), the system's default


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    """The whole system as tests/e2e/conftest.py starts it, serving three municipalities."""
    try:
        require_model(DEFAULT_MODEL)
    except ModelMissing as error:
        pytest.fail(str(error), pytrace=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GEMEENTEN", SERVED)  # start_system passes the environment on to every process
        try:
            running = start_system(tmp_path_factory.mktemp("e2e-gemeente"))
        except RuntimeError as error:
            pytest.fail(str(error), pytrace=False)
    yield running
    running.stop()


def _dutch(user) -> None:
    """Choose Dutch on the language question (the last message with buttons)."""
    confirmation, welcome = user.press("lang:nl")
    assert confirmation["text"] and welcome["text"]


def test_a_steenwijkerland_chat_from_the_poster_hears_16_pvt_hours(new_user) -> None:
    user = new_user()
    notice, chosen, language = user.command("start", "g_steenwijkerland")
    assert "Steenwijkerland" in chosen["text"]
    assert {payload for _, payload in buttons(language)} == {"lang:nl", "lang:ar", "lang:ti"}
    _dutch(user)
    (answer,) = user.say("wat is de PVT?")
    steenwijkerland = profile_arguments(load_profile("steenwijkerland"))
    assert steenwijkerland["pvt_hours"] == 16 and "16" in answer["text"]
    assert_is(answer, "utter_pvt", "nl", **steenwijkerland)


def test_a_chat_without_a_poster_hears_the_default_is_told_once_and_can_change_it(new_user) -> None:
    user = new_user()
    user.command("start")
    # The first answer (here the welcome after the language) is followed once by whose answers these are.
    confirmation, welcome, notice = user.press("lang:nl")
    assert_is(welcome, "utter_greet", "nl")
    assert "Zwolle" in notice["text"] and "/gemeente" in notice["text"]
    (answer,) = user.say("wat is de PVT?")
    assert_is(answer, "utter_pvt", "nl", **profile_arguments(load_profile(GEMEENTE)))
    (offer,) = user.command("gemeente")
    assert "gem:steenwijkerland" in {payload for _, payload in buttons(offer)}
    (done,) = user.press("gem:steenwijkerland", offer)
    assert "Steenwijkerland" in done["text"]
    (again,) = user.say("wat is de PVT?")  # no notice any more: the chat chose
    assert_is(again, "utter_pvt", "nl", **profile_arguments(load_profile("steenwijkerland")))

from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionDidYouMean, likely_topics, misses_in_a_row
from tests.actions.conftest import load_tracker


def test_likely_topics_follow_the_ranking_and_skip_small_talk() -> None:
    ranking = [{"name": "nlu_fallback"}, {"name": "greet"}, {"name": "ask_ontzorgen"}, {"name": "ask_pvt"}]
    assert likely_topics(ranking) == ["ask_ontzorgen", "ask_pvt"]
    assert likely_topics([]) == ["ask_pvt", "ask_map", "ask_ontzorgen"]


async def test_first_miss_asks_did_you_mean_with_the_likely_topics() -> None:
    tracker = load_tracker("second_miss")
    tracker.events = tracker.events[:1] + tracker.events[-1:]
    dispatcher = CollectingDispatcher()
    await ActionDidYouMean().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_did_you_mean"
    assert message["topics"] == ["ask_map", "ask_pvt"]


def test_second_miss_in_a_row_is_counted() -> None:
    # What happens then (an escalation) is tested in tests/actions/test_escalation.py.
    assert misses_in_a_row(load_tracker("second_miss").events) == 2

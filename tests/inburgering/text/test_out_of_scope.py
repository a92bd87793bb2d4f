import pytest

from inburgering.text.out_of_scope import Reason, reason


@pytest.mark.parametrize("text", [
    "wanneer is de afspraak van mijn vrouw",
    "mijn buurvrouw wil weten hoeveel uur PVT ze nog moet",
    "متى موعد زوجي عند البلدية",
    "emta maw3ed marti",  # Arabizi: read in Arabic script, as the NLU reads it
    "nay sebeytey qotsera meas iyu",  # Latin-script Tigrinya
])
def test_someone_elses_record(text: str) -> None:
    assert reason(text) is Reason.someone_else


@pytest.mark.parametrize("text", [
    "hoe laat is mijn afspraak bij de IND",
    "ik heb een boete van DUO, hoe maak ik bezwaar",
    "وين مكتب الضرايب",
    "kef bade 3ed maw3ed el doctor",
    "ናብ ሆስፒታል ከመይ ክኸይድ",
])
def test_another_organisations_business(text: str) -> None:
    assert reason(text) is Reason.other_organisation


def test_someone_else_comes_before_the_organisation() -> None:
    # The neighbour can ask for herself: that is the useful answer, whichever office it is.
    assert reason("wanneer heeft mijn buurvrouw haar afspraak bij de IND") is Reason.someone_else


@pytest.mark.parametrize("text", [
    "wat voor weer wordt het morgen",
    "niet de afspraak van mijn vrouw maar de mijne",  # the writer's own, as the NLU's marker reads it
    "",
    "/out_of_scope",
])
def test_anything_else_has_no_reason(text: str) -> None:
    assert reason(text) is None

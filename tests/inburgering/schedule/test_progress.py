from datetime import date, datetime, timezone

import pytest
from sqlalchemy.orm import Session

from inburgering.schedule.progress import PIP_PARTS, detect_parts, progress_arguments, progress_of
from tests.personal_data import two_people

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("text", "parts"), [
    ("hoe ver ben ik met de pvt", ("pvt",)),
    ("heb ik de participatieverklaring al getekend", ("pvt",)),
    ("hoeveel stage uren heb ik al", ("map",)),
    ("tot wanneer betaalt de gemeente mijn huur", ("ontzorgen",)),
    ("لوين وصلت بال PVT", ("pvt",)),
    ("شو تقدمي بال MAP", ("map",)),
    ("لإيمتى البلدية بتدفع الإيجار عني", ("ontzorgen",)),
    ("ኣብ MAP ክሳብ ኣበይ በጺሐ", ("map",)),
    ("mijn voortgang", PIP_PARTS),
    ("hoe ver ben ik met pvt en map", ("pvt", "map")),
    ("de kaart", PIP_PARTS),  # "map" must be a whole word
])
def test_detect_parts(text: str, parts: tuple[str, ...]) -> None:
    assert detect_parts(text) == parts


def test_progress_is_per_person(session: Session) -> None:
    amal, bilal = two_people(session, NOW)
    amal_progress, bilal_progress = progress_of(session, amal.id), progress_of(session, bilal.id)
    assert amal_progress.inburgeraar_id == amal.id and bilal_progress.inburgeraar_id == bilal.id
    assert progress_arguments(amal_progress, "pvt")["hours_done"] == 8
    assert progress_arguments(bilal_progress, "pvt") == {
        "hours_done": 3, "hours_required": 16, "excursion_done": False, "declaration_signed_on": "2026-10-15",
    }


def test_progress_arguments_for_map_and_ontzorgen(session: Session) -> None:
    amal, bilal = two_people(session, NOW)
    amal_progress = progress_of(session, amal.id)
    assert progress_arguments(amal_progress, "map")["practice_hours_done"] == 16
    ontzorgen = progress_arguments(amal_progress, "ontzorgen")
    assert ontzorgen["costs"] == ["rent", "energy", "water", "health_insurance"]
    assert date.fromisoformat(ontzorgen["ends_on"]) > NOW.date()
    assert progress_arguments(progress_of(session, bilal.id), "ontzorgen") == {
        "starts_on": None, "ends_on": None, "costs": [],
    }
    assert progress_arguments(progress_of(session, bilal.id), "map")["exempt"] is True

from pathlib import Path

import pytest

from inburgering.people.profiles import LEGAL_MINIMUM_PVT_HOURS, ProfileError, all_profiles, load_profile_file

GOOD = """
slug: {slug}
name: Voorbeeld
contact: {{phone: "14 099", answer_within_working_days: 2}}
pvt: {{hours: {hours}, excursion: true}}
map: {{parts: [lessons, practice], practice_hours: 40}}
ontzorgen: {{doelgroepen: [statushouder], costs: [rent, energy], months: 6}}
"""


def _write(tmp_path: Path, slug: str = "voorbeeld", **fields: object) -> Path:
    path = tmp_path / f"{slug}.yml"
    path.write_text(GOOD.format(slug=slug, hours=fields.get("hours", 12)))
    return path


def test_shipped_profiles_are_valid_and_differ_where_the_municipalities_differ() -> None:
    profiles = all_profiles()
    assert set(profiles) == {"zwolle", "steenwijkerland", "deventer"}
    assert profiles["steenwijkerland"].pvt.hours == 16
    assert profiles["zwolle"].pvt.hours == LEGAL_MINIMUM_PVT_HOURS
    for profile in profiles.values():
        assert set(profile.ontzorgen.costs) == {"rent", "energy", "water", "health_insurance"}
        assert profile.ontzorgen.months == 6


def test_a_new_municipality_is_a_new_file(tmp_path: Path) -> None:
    profile = load_profile_file(_write(tmp_path))
    assert profile.name == "Voorbeeld"
    assert profile.ontzorgen.costs == ("rent", "energy")


def test_below_the_legal_minimum_is_refused_with_file_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, hours=8)
    with pytest.raises(ProfileError) as error:
        load_profile_file(path)
    assert str(path) in str(error.value)
    assert "pvt.hours" in str(error.value)


def test_unknown_fields_and_costs_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    path.write_text(path.read_text().replace("costs: [rent, energy]", "costs: [rent, mobile_phone]"))
    with pytest.raises(ProfileError, match="ontzorgen.costs"):
        load_profile_file(path)
    path = _write(tmp_path)
    path.write_text(path.read_text() + "extra_field: 1\n")
    with pytest.raises(ProfileError, match="extra_field"):
        load_profile_file(path)


def test_slug_must_match_file_name_and_yaml_must_parse(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="must match the file name"):
        load_profile_file(_write(tmp_path, slug="other").rename(tmp_path / "wrong.yml"))
    broken = tmp_path / "broken.yml"
    broken.write_text("slug: [unclosed")
    with pytest.raises(ProfileError, match="not valid YAML"):
        load_profile_file(broken)

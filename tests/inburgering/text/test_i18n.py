from datetime import datetime, timezone

from inburgering.text.i18n import translator

FSI, PDI = "\u2068", "\u2069"


def test_inserted_values_are_isolated_in_arabic_only() -> None:
    arabic = translator("ar").gettext("You can call the municipality: {phone}.", phone="14 038")
    assert f"{FSI}14 038{PDI}" in arabic
    dutch = translator("nl").gettext("You can call the municipality: {phone}.", phone="14 038")
    assert "14 038" in dutch and FSI not in dutch
    tigrinya = translator("ti").gettext("You can call the municipality: {phone}.", phone="14 038")
    assert FSI not in tigrinya  # Ge'ez script is left-to-right


def test_numbers_in_plurals_are_left_alone() -> None:
    text = translator("ar").ngettext("The municipality does this for {n} month.",
                                     "The municipality does this for {n} months.", 6)
    assert FSI not in text and "6" in text


def test_dates_use_syrian_and_eritrean_month_names_in_amsterdam_time() -> None:
    moment = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
    assert "تشرين الثاني" in translator("ar").format_date(moment)
    assert "ሕዳር" in translator("ti").format_date(moment)
    assert translator("nl").format_time(moment) == "10:00"  # CET

"""French public holidays: Easter-based days and fixed days."""

from __future__ import annotations

from datetime import date

import pytest

from cmplanner.domain.holidays import easter_sunday, french_holidays, holiday_name, holidays_between


@pytest.mark.parametrize("year, expected", [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22)),
    (2000, date(2000, 4, 23)),
])
def test_easter_sunday(year, expected):
    assert easter_sunday(year) == expected


def test_eleven_holidays_in_2026():
    days = french_holidays(2026)
    assert len(days) == 11
    assert days[date(2026, 4, 6)] == "Lundi de Pâques"
    assert days[date(2026, 5, 14)] == "Ascension"
    assert days[date(2026, 5, 25)] == "Lundi de Pentecôte"
    assert days[date(2026, 7, 14)] == "Fête nationale"


def test_holiday_name_and_ordinary_day():
    assert holiday_name(date(2026, 11, 11)) == "Armistice"
    assert holiday_name(date(2026, 11, 12)) is None


def test_holidays_between_spans_years():
    found = holidays_between(date(2025, 12, 20), date(2026, 1, 5))
    assert list(found) == [date(2025, 12, 25), date(2026, 1, 1)]


def test_alsace_moselle_keeps_two_more_days():
    moselle = [("FR", "57")]
    assert holiday_name(date(2026, 4, 3), moselle) == "Vendredi saint"
    assert holiday_name(date(2026, 12, 26), moselle) == "Saint-Étienne"
    assert holiday_name(date(2026, 12, 26)) is None  # not in the rest of France


def test_belgian_swiss_and_quebec_sites_and_names_in_the_interface_language():
    assert holiday_name(date(2026, 7, 21), [("BE", "")]) == "Fête nationale"
    assert holiday_name(date(2026, 8, 1), [("CH", "VD")]) == "Fête nationale"
    assert holiday_name(date(2026, 6, 24), [("CA", "QC")]) == "Fête nationale du Québec"
    assert holiday_name(date(2026, 11, 11), language="en") == "Armistice Day"


def test_several_sites_merge_their_holidays():
    both = holidays_between(date(2026, 7, 1), date(2026, 8, 2), [("FR", ""), ("CH", "VD")])
    assert set(both) >= {date(2026, 7, 14), date(2026, 8, 1)}

"""Closure days: the company's or a site's closed periods, checked and read like holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cmplanner.domain.cadence import flag_days
from cmplanner.domain.closures import Closure, Closures, check, check_closure, closed_days, parse_day
from cmplanner.domain.errors import InvalidDates

END_OF_YEAR = Closure(date(2026, 12, 24), date(2027, 1, 2), "Fermeture annuelle")


def test_a_closure_ending_before_it_starts_is_refused_with_both_days():
    with pytest.raises(InvalidDates) as caught:
        check_closure(Closure(date(2026, 12, 24), date(2026, 12, 23)))
    assert caught.value.message.template == "The closure ends ({last}) before it starts ({first})."
    assert caught.value.message.params == {"first": date(2026, 12, 24), "last": date(2026, 12, 23)}
    check_closure(Closure(date(2026, 12, 24), date(2026, 12, 24)))  # one day is fine


def test_a_closure_longer_than_a_year_or_of_an_unknown_site_is_refused():
    with pytest.raises(InvalidDates, match="at most a year"):
        check_closure(Closure(date(2026, 1, 1), date(2027, 6, 1)))
    with pytest.raises(InvalidDates, match="site the plan does not have"):
        check(Closures((Closure(date(2026, 5, 1), date(2026, 5, 1), "Pont", site_id=9),)), {1, 2})
    check(Closures((Closure(date(2026, 5, 1), date(2026, 5, 1), "Pont", site_id=2),)), {1, 2})


@pytest.mark.parametrize("text, expected", [
    ("2026-12-24", date(2026, 12, 24)), ("24/12/2026", date(2026, 12, 24)),
    (" 2.1.2027 ", date(2027, 1, 2)), ("2028-02-29", date(2028, 2, 29)),
])
def test_days_are_read_in_iso_or_day_first_form(text, expected):
    assert parse_day(text) == expected


def test_impossible_dates_are_refused_with_a_clear_message():
    with pytest.raises(InvalidDates) as caught:
        parse_day("31/02/2027")
    assert str(caught.value) == "“31/02/2027” does not exist in the calendar."
    with pytest.raises(InvalidDates, match="does not exist"):
        parse_day("2027-02-29")  # not a leap year
    with pytest.raises(InvalidDates, match="is not a date"):
        parse_day("Noël")


def test_closed_days_of_a_range_with_their_names():
    days = closed_days([END_OF_YEAR], date(2026, 12, 28), date(2027, 1, 4))
    assert list(days) == [date(2026, 12, 28) + timedelta(days=i) for i in range(6)]
    assert set(days.values()) == {"Fermeture annuelle"}
    assert closed_days([END_OF_YEAR], date(2027, 1, 3), date(2027, 2, 1)) == {}


def test_a_sites_closure_counts_for_that_site_or_every_site_only():
    lyon = Closure(date(2026, 8, 10), date(2026, 8, 14), "Fermeture du site de Lyon", site_id=2)
    company = Closure(date(2026, 8, 14), date(2026, 8, 14), "Pont")
    august = (date(2026, 8, 1), date(2026, 9, 1))
    assert len(closed_days([lyon, company], *august)) == 5  # every site
    assert len(closed_days([lyon, company], *august, site_ids={2})) == 5
    assert closed_days([lyon, company], *august, site_ids={1}) == {date(2026, 8, 14): "Pont"}
    assert closed_days([lyon, company], *august)[date(2026, 8, 14)] == "Fermeture du site de Lyon / Pont"


def test_cadence_gaps_skip_closed_days():
    """The week between Christmas and New Year, closed: a daily cadence expects nothing there,
    and the first working day after it is not the end of a long gap."""
    days = [date(2026, 12, 21) + timedelta(days=i) for i in range(21)]
    counts = {d: 1 for d in days if d < date(2026, 12, 24) or d > date(2027, 1, 2)}
    open_flags = flag_days(1, "1 par jour", counts, days)
    assert {f.day for f in open_flags} == {date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 28),
                                           date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31),
                                           date(2027, 1, 1)}  # without the closure: every working day
    skipped = set(closed_days([END_OF_YEAR], days[0], days[-1] + timedelta(days=1)))
    assert flag_days(1, "1 par jour", counts, days, skipped) == []
    # "3 par semaine": the empty days before and after a closure do not add up across it.
    sparse = {date(2026, 12, 22): 1, date(2027, 1, 5): 1, date(2027, 1, 7): 1}
    assert flag_days(1, "3 par semaine", sparse, days, skipped) == []
    assert flag_days(1, "3 par semaine", sparse, days) != []


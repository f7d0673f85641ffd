"""WallClock: a span's wall-clock times by arithmetic, equal to the zone's own conversion."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from cmplanner.domain.timezones import UTC, WallClock, local_datetime, to_local


@pytest.mark.parametrize("zone_name", ["Europe/Paris", "America/New_York", "Australia/Lord_Howe",
                                       "Asia/Kolkata", "UTC", "America/Sao_Paulo"])
@pytest.mark.parametrize("first", [date(2025, 3, 1), date(2025, 10, 1), date(2026, 3, 20),
                                   date(2019, 10, 25)])
def test_every_minute_around_the_span_matches_the_zone(zone_name: str, first: date) -> None:
    start = local_datetime(first, time(0), zone_name)
    end = start + timedelta(days=42)
    clock = WallClock(zone_name, start, end)
    moment = (start - timedelta(days=4)).astimezone(UTC)  # before the span, then through it
    while moment < end + timedelta(days=4):
        assert clock(moment) == to_local(moment, zone_name).replace(tzinfo=None), moment
        assert clock(moment.astimezone(to_local(moment, "Asia/Tokyo").tzinfo)) == clock(moment)
        moment += timedelta(minutes=17)


def test_the_hour_skipped_and_the_hour_repeated_in_paris() -> None:
    clock = WallClock("Europe/Paris", local_datetime(date(2025, 3, 1), time(0), "Europe/Paris"),
                      local_datetime(date(2025, 11, 1), time(0), "Europe/Paris"))
    from datetime import datetime

    assert clock(datetime(2025, 3, 30, 0, 59, tzinfo=UTC)) == datetime(2025, 3, 30, 1, 59)
    assert clock(datetime(2025, 3, 30, 1, 0, tzinfo=UTC)) == datetime(2025, 3, 30, 3, 0)
    assert clock(datetime(2025, 10, 26, 0, 30, tzinfo=UTC)) == datetime(2025, 10, 26, 2, 30)
    assert clock(datetime(2025, 10, 26, 1, 30, tzinfo=UTC)) == datetime(2025, 10, 26, 2, 30)
    assert clock(datetime(2025, 10, 26, 2, 0, tzinfo=UTC)) == datetime(2025, 10, 26, 3, 0)

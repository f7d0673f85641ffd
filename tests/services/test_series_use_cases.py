"""Series use cases: each writes in one transaction and its change reverts cleanly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cmplanner.domain.errors import InvalidRecurrence
from cmplanner.domain.timezones import to_local
from cmplanner.services import series as uc
from cmplanner.services.changes import revert
from tests.conftest import DEMO_TODAY


def _a_series(store):
    return sorted(store.series.all(), key=lambda s: s.name)[0]


def test_overview_lists_next_occurrence_and_lacking_ones(demo_store):
    rows = uc.series_overview(demo_store, DEMO_TODAY)
    assert len(rows) == len(demo_store.series.all())
    for row in rows:
        assert row.next_start is not None and to_local(row.next_start, demo_store.zone_name).date() >= DEMO_TODAY
        assert all(item.occurrence.post_id is None for item in row.lacking)
    assert any(row.lacking for row in rows)


def test_write_occurrence_fills_the_template_and_undoes(demo_store):
    row = next(r for r in uc.series_overview(demo_store, DEMO_TODAY) if r.lacking)
    lacking = row.lacking[0]
    change = uc.write_occurrence_at(demo_store, row.series, lacking.occurrence.original_start)
    post = change.created("posts")[0]
    assert post.series_id == row.series.id and post.title == lacking.title
    assert post.occurrence_start == lacking.occurrence.original_start
    again = next(r for r in uc.series_overview(demo_store, DEMO_TODAY) if r.series.id == row.series.id)
    assert lacking.occurrence.original_start not in {x.occurrence.original_start for x in again.lacking}
    revert(demo_store, change)
    assert demo_store.posts.get(post.id) is None


def test_end_series_stops_occurrences_after_the_day(demo_store):
    series = _a_series(demo_store)
    last = DEMO_TODAY + timedelta(days=10)
    change = uc.end_series(demo_store, series, last)
    row = next(r for r in uc.series_overview(demo_store, DEMO_TODAY, timedelta(weeks=20))
               if r.series.id == series.id)
    assert all(to_local(x.start, demo_store.zone_name).date() <= last for x in row.lacking)
    revert(demo_store, change)
    assert demo_store.series.get(series.id).rrule == series.rrule
    with pytest.raises(InvalidRecurrence):
        uc.end_series(demo_store, series, date(2000, 1, 1))


def test_delete_series_keeps_written_posts_and_undo_ties_them_back(demo_store):
    row = next(r for r in uc.series_overview(demo_store, DEMO_TODAY) if r.lacking)
    written = uc.write_occurrence_at(demo_store, row.series, row.lacking[0].occurrence.original_start)
    post = written.created("posts")[0]
    change = uc.delete_series(demo_store, row.series)
    assert demo_store.series.get(row.series.id) is None
    assert demo_store.posts.get(post.id).series_id is None
    revert(demo_store, change)
    assert demo_store.series.get(row.series.id) is not None
    assert demo_store.posts.get(post.id).series_id == row.series.id


def test_duplicate_and_create(demo_store):
    series = _a_series(demo_store)
    change = uc.duplicate_series(demo_store, series, series.name + " bis")
    copy = change.created("series")[0]
    assert copy.id != series.id and copy.uid != series.uid and copy.rrule == series.rrule
    uc.save_series(demo_store, copy, type(copy)(**{**copy.__dict__, "name": "Autre"}))
    assert demo_store.series.get(copy.id).name == "Autre"

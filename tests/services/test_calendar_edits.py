"""calendar_items reads only the edits that can touch its window; the result must not change."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.timezones import local_datetime
from cmplanner.services.planning import calendar_items
from cmplanner.services.series import write_occurrence

from ..conftest import DEMO_TODAY


def every_edit_read(store, start, end):
    """The straightforward reading: every post of every series, expanded over the window."""
    rows = [(p.planned_at, p.title, p.id) for p in store.posts.in_range(start, end)]
    for series in store.series.all():
        for occ in recurrence.occurrences(series, start, end, store.posts.for_series(series.id)):
            if occ.post_id is None:
                rows.append((occ.start, recurrence.render_template(series.title_template, occ, series), None))
    return sorted(rows, key=lambda r: (r[0], r[1]))


def windows():
    first = local_datetime(DEMO_TODAY - timedelta(days=49), time(0), "Europe/Paris")
    for week in range(18):
        yield first + timedelta(days=7 * week), first + timedelta(days=7 * week + 7)
    yield first, first + timedelta(days=42)
    yield first + timedelta(days=42), first + timedelta(days=84)


def test_same_items_as_reading_every_edit_even_when_edits_cross_windows(demo_store):
    start, end = next(windows())
    series = next(s for s in demo_store.series.all() if s.name == "Tuto du jeudi")
    occs = recurrence.occurrences(series, start, start + timedelta(days=120))
    far_later = write_occurrence(demo_store, series, occs[0]).created("posts")[0]  # planned 10 weeks after its original
    demo_store.posts.save(replace(far_later, planned_at=occs[0].start + timedelta(days=70)))
    far_earlier = write_occurrence(demo_store, series, occs[-1]).created("posts")[0]
    demo_store.posts.save(replace(far_earlier, planned_at=occs[-1].start - timedelta(days=60)))
    undated = write_occurrence(demo_store, series, occs[3]).created("posts")[0]
    demo_store.posts.save(replace(undated, planned_at=None))
    for start, end in windows():
        got = [(i.start, i.title, i.post.id if i.post else None) for i in calendar_items(demo_store, start, end)]
        assert got == every_edit_read(demo_store, start, end), (start, end)

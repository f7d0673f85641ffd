"""Light calendar chips over a range: posts, series occurrences, events, filters (no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.filters import ItemFilter
from cmplanner.services.calendar_range import fold, load_backlog, load_range
from cmplanner.services.planning import calendar_items
from cmplanner.services.series import write_occurrence
from tests.conftest import DEMO_TODAY

ZONE = "Europe/Paris"


def _range(store, first=date(2026, 2, 23), days=42):
    return load_range(store, store.series.all(), first, first + timedelta(days=days), ZONE)


def test_chips_match_the_full_calendar_items(demo_store):
    data = _range(demo_store)
    start, end = data.chips[0].start, data.chips[-1].start + timedelta(seconds=1)
    full = calendar_items(demo_store, start, end)
    assert [(c.start, c.title) for c in data.chips] == [(i.start, i.title) for i in full]
    assert all(c.day == c.local.date() for c in data.chips)
    assert [b.title for b in data.events] == ["Midi numérique : bien utiliser LinkedIn"]


def test_an_edited_occurrence_replaces_the_virtual_one(demo_store):
    data = _range(demo_store)
    virtual = next(c for c in data.chips if c.is_virtual and c.day == DEMO_TODAY + timedelta(days=7))
    series = demo_store.series.get(virtual.series_id)
    occurrence = recurrence.occurrences(series, virtual.start - timedelta(hours=1),
                                        virtual.start + timedelta(hours=1))[0]
    post = write_occurrence(demo_store, series, occurrence).created("posts")[0]
    again = [c for c in _range(demo_store).chips if c.day == virtual.day and c.series_id == series.id]
    assert [(c.post_id, c.status) for c in again] == [(post.id, PostStatus.DRAFT)]


def test_filter_and_search_folding():
    assert fold("Fête de l'Été") == "fete de l'ete"
    assert ItemFilter().is_empty() and not ItemFilter(text="x").is_empty()


def test_search_text_is_folded_only_when_a_text_is_searched(demo_store):
    chips = _range(demo_store).chips
    assert all("search" not in vars(c) for c in chips)  # loading a range folds nothing
    post = next(c for c in chips if not c.is_virtual and c.body.strip())
    word = post.body.split()[-1].upper()
    assert ItemFilter(text=word).accepts(post)  # the body is searched, not only the title
    assert "search" in vars(post)
    occurrence = next(c for c in chips if c.is_virtual)
    series_name = demo_store.series.get(occurrence.series_id).name
    assert ItemFilter(text=series_name).accepts(occurrence)
    assert not ItemFilter(text="zzz-nowhere").accepts(post)


def test_backlog_holds_undated_ideas_and_drafts(demo_store):
    backlog = load_backlog(demo_store, ZONE)
    assert len(backlog) == 6
    assert all(c.start is None and c.status in (PostStatus.IDEA, PostStatus.DRAFT) for c in backlog)


def test_ranges_joined_from_weeks_are_the_ranges_read_at_once(demo_store):
    from cmplanner.services.calendar_range import join_weeks, load_weeks, week_of, weeks_between

    series = demo_store.series.all()
    seen_chips = seen_events = 0
    for first, days in ((date(2026, 2, 23), 42), (date(2026, 3, 4), 31), (date(2026, 3, 1), 1),
                        (date(2026, 3, 28), 9), (date(2025, 12, 29), 70)):
        end = first + timedelta(days=days)
        direct = load_range(demo_store, series, first, end, ZONE)
        weeks = weeks_between(first, end)
        assert weeks[0] == week_of(first) and weeks[-1] == week_of(end - timedelta(days=1))
        split = load_weeks(demo_store, series, weeks[0], weeks[-1] + 1, ZONE)
        joined = join_weeks([split[w] for w in weeks], first, end)
        assert [(c.key, c.title, c.start) for c in joined.chips] == \
            [(c.key, c.title, c.start) for c in direct.chips], first
        assert joined.events == direct.events and joined.by_day.keys() == direct.by_day.keys()
        seen_chips += len(direct.chips)
        seen_events += len(direct.events)
    assert seen_chips and seen_events  # chips and event bars were compared


def test_series_chips_keep_their_zone_date_key_and_moves(demo_store):
    """A series in another zone than the plan's: the {date} of its titles is its own zone's, its
    chips sit on the plan's day; a moved occurrence keeps its original start in its key."""
    from datetime import datetime

    from cmplanner.domain.entities import Series, SeriesException
    from cmplanner.domain.enums import ExceptionKind
    from cmplanner.domain.timezones import localize
    from cmplanner.services.calendar_range import occurrence_key

    york = "America/New_York"
    first = localize(datetime(2026, 3, 2, 19, 30), york)  # 01:30 the next day in Paris
    moved_from = localize(datetime(2026, 3, 9, 19, 30), york)
    moved_to = localize(datetime(2026, 3, 12, 10, 0), york)
    series = Series("Veille", "FREQ=WEEKLY;COUNT=3", first, york, title_template="Veille du {date}",
                    exceptions=[SeriesException(moved_from, ExceptionKind.MOVED, moved_to)], id=9999)
    data = load_range(demo_store, [series], date(2026, 3, 2), date(2026, 3, 23), ZONE)
    chips = [c for c in data.chips if c.series_id == 9999]
    assert [(c.title, c.day, c.local.strftime("%H:%M"), c.moved) for c in chips] == [
        ("Veille du 02/03/2026", date(2026, 3, 3), "01:30", False),
        ("Veille du 12/03/2026", date(2026, 3, 12), "15:00", True),
        ("Veille du 16/03/2026", date(2026, 3, 17), "00:30", False),  # New York on summer time
    ]
    assert chips[1].key == occurrence_key(9999, moved_from) != occurrence_key(9999, moved_to)
    assert chips[0].key == f"occ:9999:{first.astimezone(recurrence.UTC).isoformat()}"

"""The calendar models: model tester, pure cell arithmetic, month change without reset, filters."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from cmplanner.domain.entities import Post
from cmplanner.domain.timezones import local_datetime
from cmplanner.domain.filters import ItemFilter
from cmplanner.services.calendar_range import week_of
from cmplanner.ui.calendar_source import CalendarSource
from cmplanner.ui.context import AppContext
from cmplanner.ui.models.board_model import NextWeeksModel
from cmplanner.ui.models.chip_table_models import AgendaModel, BacklogModel, ChipFilterProxy
from cmplanner.ui.models.day_grid_model import MonthModel, WeekModel
from cmplanner.ui.models.roles import CHIPS_ROLE, DAY_ROLE
from tests.conftest import DEMO_TODAY


def _source(ctx):
    return CalendarSource(ctx, lambda: DEMO_TODAY)


def test_every_calendar_model_passes_the_model_tester(qtmodeltester, demo_store):
    ctx = AppContext(demo_store)
    source = _source(ctx)
    month = MonthModel(ctx, source)
    qtmodeltester.check(month)
    month.set_month(2026, 4)
    month.set_filter(ItemFilter(text="portrait"))
    qtmodeltester.check(month)
    qtmodeltester.check(WeekModel(ctx, source))
    board = NextWeeksModel(ctx, source)
    qtmodeltester.check(board)
    board.set_weeks(4)
    qtmodeltester.check(board)
    agenda = AgendaModel(ctx, source)
    qtmodeltester.check(agenda)
    proxy = ChipFilterProxy()
    proxy.setSourceModel(agenda)
    proxy.set_filter(ItemFilter(text="tuto"))
    qtmodeltester.check(proxy)
    qtmodeltester.check(BacklogModel(ctx, source))
    ctx.close()


def test_cells_and_dates_are_pure_arithmetic(qapp, store):
    ctx = AppContext(store)
    model = MonthModel(ctx, _source(ctx))
    model.set_month(2026, 3)  # 1 March 2026 is a Sunday; weeks start on Monday (en_GB)
    assert model.dateForCell(0, 0) == date(2026, 2, 23)
    assert model.dateForCell(0, 6) == date(2026, 3, 1)
    assert model.cellForDate(date(2026, 3, 16)) == (3, 0)
    assert model.cellForDate(date(2026, 5, 1)) == (-1, -1)
    assert model.dateForCell(6, 0) is None
    for row in range(6):
        for column in range(7):
            assert model.cellForDate(model.dateForCell(row, column)) == (row, column)
    info = model.index(0, 0).data(DAY_ROLE)
    assert not info.in_period and not info.weekend
    assert model.index_for_date(date(2026, 3, 16)).data(DAY_ROLE).today
    ctx.close()


def test_month_change_is_data_changed_not_a_reset(qtbot, demo_store):
    ctx = AppContext(demo_store)
    model = MonthModel(ctx, _source(ctx))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        model.set_month(2026, 4)
    assert resets == [] and model.rowCount() == 6
    assert model.index_for_date(date(2026, 4, 6)).data(DAY_ROLE).holiday == "Easter Monday"  # in English
    ctx.close()


def test_ranges_are_cached_and_filters_do_not_query(qapp, demo_store):
    ctx = AppContext(demo_store)
    source = _source(ctx)
    model = MonthModel(ctx, source)
    fetched = source.fetches
    model.set_filter(ItemFilter(text="tuto"))
    model.set_filter(ItemFilter())
    assert source.fetches == fetched
    model.set_month(2026, 4)
    model.set_month(2026, 3)
    assert source.fetches == fetched + 1  # March came from the cache
    demo_store.posts.save(Post("Nouveau", planned_at=local_datetime(date(2026, 3, 4), time(8, 0), "Europe/Paris")))
    assert "Nouveau" in [c.title for c in model.chips_on(date(2026, 3, 4))]
    ctx.close()


def test_filters_on_the_month_model(qapp, demo_store):
    ctx = AppContext(demo_store)
    model = MonthModel(ctx)  # the benchmark's way: its own source, today's month
    model.set_month(2026, 3)
    instagram = next(n.id for n in demo_store.networks.all() if n.label == "Instagram")
    everything = model.visible_chips()
    model.set_filter(ItemFilter(network_ids=frozenset({instagram})))
    assert 0 < len(model.visible_chips()) < len(everything)
    assert all(instagram in c.network_ids for c in model.visible_chips())
    model.set_filter(ItemFilter(text="FETE"))  # accents and case do not matter
    assert model.visible_chips() == []
    model.set_filter(ItemFilter(text="ebeniste"))
    assert model.visible_chips() == []  # only in February's last days, outside the month
    cell = model.index_for_date(date(2026, 2, 26))
    assert [c.title for c in cell.data(CHIPS_ROLE)] == ["Les gestes de l'ébéniste : le chevillage"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Monday"
    ctx.close()


def test_first_weekday_follows_the_locale(qapp, store):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        ctx = AppContext(store)
        model = MonthModel(ctx, _source(ctx))
        model.set_month(2026, 3)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Sunday"
        assert model.dateForCell(0, 0) == date(2026, 3, 1)
        assert model.cellForDate(date(2026, 3, 16)) == (2, 1)
        ctx.close()
    finally:
        QLocale.setDefault(previous)


def test_the_next_month_reuses_the_weeks_it_shares_and_shows_the_same(qapp, demo_store):
    ctx = AppContext(demo_store)
    source = _source(ctx)
    model = MonthModel(ctx, source)
    model.set_month(2026, 3)
    model.set_month(2026, 4)  # the grids share the week of 30 March
    shared = source._weeks[week_of(date(2026, 3, 30))]
    fresh = MonthModel(ctx, _source(ctx))
    fresh.set_month(2026, 4)
    assert [c.key for c in model.visible_chips()] == [c.key for c in fresh.visible_chips()]
    assert source._weeks[week_of(date(2026, 3, 30))] is shared  # read once, kept
    ctx.close()


def test_a_skipped_or_moved_occurrence_shows_at_once_in_the_month(qapp, demo_store):
    """The source keeps each series ready to expand between month switches; a series changed
    in the store is expanded anew, not from what was kept."""
    from datetime import timedelta

    from cmplanner.services.series import move_occurrence, skip_occurrence

    ctx = AppContext(demo_store)
    model = MonthModel(ctx, _source(ctx))
    virtual = [c for c in model.visible_chips() if c.is_virtual]
    assert len(virtual) >= 2
    skipped, moved = virtual[0], next(c for c in virtual[1:] if c.series_id != virtual[0].series_id
                                      or c.day != virtual[0].day)
    skip_occurrence(demo_store, demo_store.series.get(skipped.series_id), skipped.original_start)
    assert skipped.key not in [c.key for c in model.chips_on(skipped.day)]
    target = moved.start + timedelta(days=1)
    move_occurrence(demo_store, demo_store.series.get(moved.series_id), moved.original_start, target)
    assert moved.key not in [c.key for c in model.chips_on(moved.day)]
    assert moved.key in [c.key for c in model.chips_on(moved.day + timedelta(days=1))]
    model.set_month(model.year, model.month % 12 + 1)  # away and back: the same, from the cache
    model.step(-1)
    assert skipped.key not in [c.key for c in model.chips_on(skipped.day)]
    ctx.close()

"""Switching month, switching week and changing a filter in the Month view.

When a ``MonthModel`` exists (``cmplanner.ui.models.month_model`` or ``.day_grid_model``), the
figures time the models themselves: ``MonthModel(AppContext(store)).set_month(year, month)``,
``WeekModel(ctx).set_week(day)`` and ``set_filter(ItemFilter(...))``, each followed by every
cell's data a repaint asks for (``PAINT_ROLES``: the day number, the chips with their cover ids,
the event bars, the day's holiday and the cadence flags), so the flags of the shown month are
paid with the month. Until then they time the data layer the month view needs:
``services.planning.calendar_items`` over a six-week month grid and over one week. Each sample
moves to another month (or week), so no sample repeats the previous one.

The floor, measured alternately with the samples so that both meet the same machine load: the
same grid's posts read with sqlite3 alone (the columns a chip shows and the posts' networks),
what any calendar on this file pays before building anything. The targets are the issue's p95.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date, datetime, time as clock, timedelta
from pathlib import Path

TARGET = "≤ 16 ms at p95"
START = date(2025, 1, 1)  # months are walked from here, inside every generated plan's span


def plan_label(path: Path) -> str:
    """'20k posts' for a plan of 20,000 posts (read straight from the file)."""
    with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    return f"{count / 1000:.0f}k posts" if count >= 1000 else f"{count} posts"


def months(count: int) -> list[tuple[int, int]]:
    return [((START.month - 1 + n) // 12 + START.year, (START.month - 1 + n) % 12 + 1) for n in range(count)]


def timed(action: Callable[[int], object], repeats: int,
          floor: Callable[[int], object] | None = None) -> list[float] | tuple[list[float], list[float]]:
    """``repeats`` samples of ``action(n)``; with ``floor``, also ``floor(n)`` timed just before
    each (then both lists are returned)."""
    action(-1)  # the first call pays for caches and lazy imports; it is not a sample
    if floor is not None:
        floor(-1)
    samples, floors = [], []
    for n in range(repeats):
        if floor is not None:
            started = time.perf_counter()
            floor(n)
            floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        action(n)
        samples.append(time.perf_counter() - started)
    return (samples, floors) if floor is not None else samples


FLOOR_POSTS = ("SELECT id, title, planned_at, status, kind, pillar_id, owner_id, series_id, "
               "occurrence_start, event_id, sensitive, media_ids FROM posts "
               "WHERE planned_at >= ? AND planned_at < ? ORDER BY planned_at, id")
FLOOR_LINKS = ("SELECT post_networks.post_id, post_networks.network_id FROM posts JOIN post_networks "
               "ON post_networks.post_id = posts.id WHERE planned_at >= ? AND planned_at < ?")


def raw_grid_reader(path: Path, zone: str, days: int = 42) -> Callable[[int, int], None]:
    """``read(year, month)``: the posts of that month's grid read with sqlite3 alone."""
    from datetime import timezone

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)

    def read(year: int, month: int) -> None:
        start = grid_start(year, month, zone)
        bounds = [(start + timedelta(days=d)).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
                  for d in (0, days)]
        conn.execute(FLOOR_POSTS, bounds).fetchall()
        conn.execute(FLOOR_LINKS, bounds).fetchall()

    read.close = conn.close  # type: ignore[attr-defined]
    return read


def grid_start(year: int, month: int, zone: str) -> datetime:
    from cmplanner.domain.timezones import local_datetime

    first = date(year, month, 1)
    return local_datetime(first - timedelta(days=first.weekday()), clock(0), zone)


def row(name: str, label: str, samples: list[float] | tuple[list[float], list[float]],
        note: str) -> dict:
    floor = None
    if isinstance(samples, tuple):
        samples, floor = samples
        note += "; floor: the same grid's posts and networks read with sqlite3 alone"
    return {"name": f"{name}, {label}", "samples": samples, "target": TARGET,
            "floor_samples": floor, "note": note}


@contextmanager
def app_runtime(app):
    """The window's runtime policy while measuring, as ``run_app`` installs it (ui/idle_gc.py:
    full garbage collections from the event loop, not during a month switch); undone after."""
    import gc

    try:
        from cmplanner.ui.idle_gc import collect_when_idle
    except ImportError:  # a version without it
        yield
        return
    threshold = gc.get_threshold()
    timer = collect_when_idle(app)
    try:
        yield
    finally:
        timer.stop()
        timer.deleteLater()
        gc.set_threshold(*threshold)


def paint_roles() -> tuple[int, ...]:
    """What the chip delegate reads of a cell to paint it (cmplanner/ui/chip_delegate.py)."""
    from PySide6.QtCore import Qt

    from cmplanner.ui.models import roles

    wanted = ("DAY_ROLE", "FLAGS_ROLE", "EVENTS_ROLE", "CHIPS_ROLE")
    return (Qt.ItemDataRole.DisplayRole, *(getattr(roles, r) for r in wanted if hasattr(roles, r)))


def calendar_models() -> tuple[type | None, type | None]:
    """MonthModel and WeekModel where the calendar views put them (None when absent)."""
    import importlib

    month = week = None
    for name in ("cmplanner.ui.models.month_model", "cmplanner.ui.models.day_grid_model"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        month = month or getattr(module, "MonthModel", None)
        week = week or getattr(module, "WeekModel", None)
    return month, week


def measure(plan_path: Path, repeats: int) -> list[dict]:
    from cmplanner.storage.store import PlanStore

    label = plan_label(plan_path)
    store = PlanStore.open(Path(plan_path), create=False)
    try:
        month_model, week_model = calendar_models()
        if month_model is None:
            return measure_data_layer(store, label, repeats)
        return measure_models(month_model, week_model, store, label, repeats)
    finally:
        store.close()


def measure_data_layer(store, label: str, repeats: int) -> list[dict]:
    from cmplanner.services.planning import calendar_items

    zone = store.zone_name
    walk = months(repeats + 1)
    note = "data layer only (no MonthModel yet): services.planning.calendar_items"

    def month(n: int) -> None:
        start = grid_start(*walk[n + 1], zone)
        calendar_items(store, start, start + timedelta(days=42))

    def week(n: int) -> None:
        start = grid_start(*walk[0], zone) + timedelta(days=7 * (n + 1))
        calendar_items(store, start, start + timedelta(days=7))

    networks = [n.id for n in store.networks.all()]

    def refilter(n: int) -> None:
        start = grid_start(*walk[0], zone)
        wanted = networks[(n + 1) % len(networks)]
        [i for i in calendar_items(store, start, start + timedelta(days=42))
         if wanted in (i.post.network_ids if i.post else i.series.network_ids)]  # type: ignore[union-attr]

    return [row("switch month", label, timed(month, repeats), note + " over a 6-week grid"),
            row("switch week", label, timed(week, repeats), note + " over 7 days"),
            row("change filter (network)", label, timed(refilter, repeats),
                note + ": the month re-read, then kept if on the chosen network")]


def measure_models(month_model: type, week_model: type | None, store, label: str,
                   repeats: int) -> list[dict]:
    """Each sample shows a month (or week) not shown before, so no cache answers for the model;
    then every cell's data is read, as a repaint would."""
    from PySide6.QtWidgets import QApplication

    from cmplanner.ui.context import AppContext

    app = QApplication.instance() or QApplication([])  # models need one
    context = AppContext(store)
    walk = months(repeats + 1)
    roles = paint_roles()
    read_raw = raw_grid_reader(store.path, store.zone_name) if store.path is not None else None

    def read_all(model) -> None:
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                for role in roles:
                    model.data(index, role)

    try:
        with app_runtime(app):
            return _measure_models(month_model, week_model, context, store, label, repeats, walk,
                                   read_all, read_raw)
    finally:
        if read_raw is not None:
            read_raw.close()  # type: ignore[attr-defined]
        context.close()


def _measure_models(month_model, week_model, context, store, label, repeats, walk, read_all,
                    read_raw) -> list[dict]:
    model = month_model(context)

    def month(n: int) -> None:
        model.set_month(*walk[n + 1])
        read_all(model)

    floor = (lambda n: read_raw(*walk[n + 1])) if read_raw is not None else None
    rows = [row("switch month", label, timed(month, repeats, floor),
                f"{month_model.__name__}.set_month + what a repaint reads of the 6-week grid "
                "(day, chips, event bars, holiday, cadence flags)")]
    first = date(*walk[0], 1)
    week = week_model(context) if week_model is not None else None
    if week is not None and hasattr(week, "set_week"):
        rows.append(row("switch week", label, timed(
            lambda n: (week.set_week(first + timedelta(days=7 * (n + 1))), read_all(week)), repeats),
            f"{week_model.__name__}.set_week + what a repaint reads of the week"))  # type: ignore[union-attr]
    else:
        rows.append(_missing(f"switch week, {label}", "no WeekModel.set_week yet"))
    rows.append(_filter_row(model, store, label, repeats, read_all))
    return rows


def _filter_row(model, store, label: str, repeats: int, read_all) -> dict:
    try:
        from cmplanner.domain.filters import ItemFilter
    except ImportError:
        ItemFilter = None  # noqa: N806
    if ItemFilter is None or not hasattr(model, "set_filter"):
        return _missing(f"change filter, {label}", "no set_filter(ItemFilter) on the month model yet")
    networks = [n.id for n in store.networks.all()]
    model.set_month(*months(1)[0])

    def refilter(n: int) -> None:
        model.set_filter(ItemFilter(network_ids=frozenset({networks[(n + 1) % len(networks)]})))
        read_all(model)

    return row("change filter (network)", label, timed(refilter, repeats),
               "set_filter(ItemFilter(network_ids=...)) on the shown month + what a repaint reads")


def _missing(name: str, reason: str) -> dict:
    return {"name": name, "samples": [], "target": TARGET, "floor_samples": None,
            "note": f"not available ({reason})"}

"""Switching month, switching week and changing a filter in the Month view.

When a ``MonthModel`` exists (``cmplanner.ui.models.month_model`` or ``.day_grid_model``), the
figures time the models themselves: ``MonthModel(AppContext(store)).set_month(year, month)``,
``WeekModel(ctx).set_week(day)`` and ``set_filter(ItemFilter(...))``, each followed by every
cell's display data, which is what a repaint asks for. Until then they time the data layer the month view needs:
``services.planning.calendar_items`` over a six-week month grid and over one week. Each sample
moves to another month (or week), so no sample repeats the previous one.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime, time as clock, timedelta
from pathlib import Path

TARGET = "≤ 16 ms"
START = date(2025, 1, 1)  # months are walked from here, inside every generated plan's span


def plan_label(path: Path) -> str:
    """'20k posts' for a plan of 20,000 posts (read straight from the file)."""
    with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    return f"{count / 1000:.0f}k posts" if count >= 1000 else f"{count} posts"


def months(count: int) -> list[tuple[int, int]]:
    return [((START.month - 1 + n) // 12 + START.year, (START.month - 1 + n) % 12 + 1) for n in range(count)]


def timed(action: Callable[[int], object], repeats: int) -> list[float]:
    action(-1)  # the first call pays for caches and lazy imports; it is not a sample
    samples = []
    for n in range(repeats):
        started = time.perf_counter()
        action(n)
        samples.append(time.perf_counter() - started)
    return samples


def grid_start(year: int, month: int, zone: str) -> datetime:
    from cmplanner.domain.timezones import local_datetime

    first = date(year, month, 1)
    return local_datetime(first - timedelta(days=first.weekday()), clock(0), zone)


def row(name: str, label: str, samples: list[float], note: str) -> dict:
    return {"name": f"{name}, {label}", "samples": samples, "target": TARGET,
            "floor_samples": None, "note": note}


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
    then every cell's display data is read, as a repaint would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cmplanner.ui.context import AppContext

    app = QApplication.instance() or QApplication([])  # noqa: F841 (models need one)
    context = AppContext(store)
    walk = months(repeats + 1)

    def read_all(model) -> None:
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)

    try:
        model = month_model(context)

        def month(n: int) -> None:
            model.set_month(*walk[n + 1])
            read_all(model)

        rows = [row("switch month", label, timed(month, repeats),
                    f"{month_model.__name__}.set_month + display data of the 6-week grid")]
        first = date(*walk[0], 1)
        week = week_model(context) if week_model is not None else None
        if week is not None and hasattr(week, "set_week"):
            rows.append(row("switch week", label, timed(
                lambda n: (week.set_week(first + timedelta(days=7 * (n + 1))), read_all(week)), repeats),
                f"{week_model.__name__}.set_week + display data of the week"))  # type: ignore[union-attr]
        else:
            rows.append(_missing(f"switch week, {label}", "no WeekModel.set_week yet"))
        rows.append(_filter_row(model, store, label, repeats, read_all))
        return rows
    finally:
        context.close()


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
               "set_filter(ItemFilter(network_ids=...)) on the shown month + display data")


def _missing(name: str, reason: str) -> dict:
    return {"name": name, "samples": [], "target": TARGET, "floor_samples": None,
            "note": f"not available ({reason})"}

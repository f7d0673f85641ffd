"""Two clients on a team plan (PostgreSQL over a local socket): month switch, save, and how long
a colleague's change takes to reach the other client's month view.

The plan file is published into a new database on a throwaway cluster (tests/pg_cluster.py,
Debian's postgresql as on CI), or on the server named by ``CMPLANNER_BENCH_POSTGRESQL`` (an
address of an empty database). Client A shows a MonthModel and LISTENs as a window does; client
B writes as a colleague.

- switch month: A's ``MonthModel.set_month`` and what a repaint reads of the grid (calendar_bench
  PAINT roles), a new month each time; its floor, measured alternately: the same grid's posts and
  networks read with a bare psycopg connection to the same server;
- save: B changes a post's title (one revision-checked transaction);
- colleague's change visible: from B's commit until A has been notified, reloaded its month and
  read the changed grid (what ui/team_live.py does in the window).
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import date, time as clock, timedelta
from pathlib import Path

from .calendar_bench import (
    FLOOR_LINKS, FLOOR_POSTS, app_runtime, grid_start, months, paint_roles, plan_label,
)


def _row(name: str, label: str, samples: list[float], target: str, note: str,
         floor: list[float] | None = None) -> dict:
    return {"name": f"{name}, {label}", "samples": samples, "target": target,
            "floor_samples": floor, "note": note}


def _raw_grid_reader(url: str, zone: str):
    """``read(year, month)``: that month's grid read with psycopg alone; and the connection."""
    from datetime import timezone

    import psycopg

    from cmplanner.storage.server import engine_url

    conn = psycopg.connect(engine_url(url).set(drivername="postgresql")
                           .render_as_string(hide_password=False), autocommit=True)
    posts, links = (sql.replace("?", "%s") for sql in (FLOOR_POSTS, FLOOR_LINKS))

    def read(year: int, month: int) -> None:
        start = grid_start(year, month, zone)
        bounds = [(start + timedelta(days=d)).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
                  for d in (0, 42)]
        with conn.cursor() as cursor:
            cursor.execute(posts, bounds)
            cursor.fetchall()
            cursor.execute(links, bounds)
            cursor.fetchall()

    return read, conn


def _server():
    """(address of an empty database, cluster to destroy or None)."""
    given = os.environ.get("CMPLANNER_BENCH_POSTGRESQL")
    if given:
        return given, None
    from tests.pg_cluster import start_cluster

    cluster = start_cluster()
    if cluster is None:
        raise RuntimeError("PostgreSQL's server binaries are not installed (apt-get install "
                           "postgresql) and CMPLANNER_BENCH_POSTGRESQL is not set")
    return cluster.new_database(), cluster


def measure(plan_path: Path, repeats: int) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from cmplanner.domain.timezones import local_datetime
    from cmplanner.services.team import copy_plan
    from cmplanner.storage.server import ChangeListener
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.models.day_grid_model import MonthModel

    label = plan_label(plan_path) + " on PostgreSQL"
    url, cluster = _server()
    try:
        local = PlanStore.open(Path(plan_path), create=False, read_only=True)
        mine = PlanStore.open(url)
        began = time.perf_counter()
        report = copy_plan(local, mine)
        publish = time.perf_counter() - began
        local.close()
        theirs = PlanStore.open(url)
        theirs.author = "Camille"
        app = QApplication.instance() or QApplication([])  # models need one
        context = AppContext(mine)
        model = MonthModel(context)
        listener = ChangeListener(url)

        roles = paint_roles()

        def read_all() -> None:
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    for role in roles:
                        model.data(index, role)

        walk = months(repeats + 1)
        model.set_month(*walk[0])
        read_all()
        read_raw, raw = _raw_grid_reader(url, mine.zone_name)
        read_raw(*walk[0])
        switch, floor = [], []
        with app_runtime(app):
            for n in range(repeats):
                started = time.perf_counter()
                read_raw(*walk[n + 1])
                floor.append(time.perf_counter() - started)
                started = time.perf_counter()
                model.set_month(*walk[n + 1])
                read_all()
                switch.append(time.perf_counter() - started)
        raw.close()

        first = date(*walk[-1], 1)
        start, end = (local_datetime(d, clock(0), theirs.zone_name)
                      for d in (first, first + timedelta(days=28)))
        posts = [p for p in theirs.posts.in_range(start, end) if p.series_id is None]
        saves, visible = [], []
        listener.wait(0.05)  # nothing pending
        for n in range(repeats):
            post = theirs.posts.get(posts[n % len(posts)].id)
            started = time.perf_counter()
            theirs.posts.save(replace(post, title=f"{post.title.split(' #')[0]} #{n}"))
            saved = time.perf_counter()
            saves.append(saved - started)
            changes = []
            while not changes:
                changes = [c for c in listener.wait(1.0) if c.client != mine.client]
            mine.notify_remote({c.kind for c in changes})
            read_all()
            visible.append(time.perf_counter() - saved)
        listener.close()
        context.close()
        theirs.close()
        mine.close()
    finally:
        if cluster is not None:
            cluster.destroy()
    note = "two PlanStores on one database over a Unix socket"
    return [
        _row("team: publish the plan to an empty database", label, [publish], "",
             f"{sum(report.counts.values()):,} rows copied and counted in one transaction"),
        _row("team: switch month", label, switch, "≤ 25 ms at p95",
             "MonthModel.set_month + what a repaint reads (" + note + "); floor: the same grid's "
             "posts and networks read with psycopg alone", floor),
        _row("team: save a post", label, saves, "≤ 40 ms at p95",
             "posts.save with its revision check"),
        _row("team: colleague's change visible", label, visible, "≤ 1 s",
             "commit → NOTIFY → month reloaded and read by the other client"),
    ]

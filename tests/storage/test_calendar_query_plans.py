"""The calendar's light queries stay on their indexes, whatever SQLite's planner prefers."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import and_

from cmplanner.storage.calendar_queries import link_query
from cmplanner.storage.tables import PostRow

START, END = datetime(2026, 3, 1, tzinfo=timezone.utc), datetime(2026, 4, 12, tzinfo=timezone.utc)
CONDITIONS = {
    "range": and_(PostRow.planned_at >= START, PostRow.planned_at < END),
    "backlog": and_(PostRow.planned_at.is_(None), PostRow.status.in_(("idea", "draft"))),
    "replaced occurrences": and_(PostRow.series_id > 0, PostRow.occurrence_start >= START,
                                 PostRow.occurrence_start < END),
}


def test_network_links_are_looked_up_per_post_never_scanned(demo_store):
    plan = demo_store.engine.raw_connection()
    try:
        for name, condition in CONDITIONS.items():
            statement = link_query(condition).compile(
                demo_store.engine, compile_kwargs={"render_postcompile": True})
            values = ("0",) * len(statement.positiontup)  # the plan does not depend on them
            steps = [str(row[-1]) for row in plan.execute(
                f"EXPLAIN QUERY PLAN {statement}", values).fetchall()]
            assert steps[0].startswith("SEARCH posts"), (name, steps)  # posts by their index first
            assert not any(step.startswith("SCAN") for step in steps), (name, steps)
    finally:
        plan.close()

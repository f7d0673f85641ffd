"""The calendar's light queries stay on their indexes, whatever SQLite's planner prefers."""

from __future__ import annotations

import re

import pytest

from cmplanner.storage.calendar_queries import BACKLOG, RANGE, REPLACED, _select, link_sql

CONDITIONS = {"range": RANGE, "backlog": BACKLOG.format(marks=":a, :b"),
              "replaced occurrences": REPLACED}


@pytest.mark.sqlite_only
def test_network_links_are_looked_up_per_post_never_scanned(demo_store):
    plan = demo_store.engine.raw_connection()
    try:
        for name, where in CONDITIONS.items():
            values = {name: "0" for name in re.findall(r":(\w+)", where)}  # the plan ignores them
            steps = [str(row[-1]) for row in plan.execute(
                f"EXPLAIN QUERY PLAN {link_sql(where)}", values).fetchall()]
            assert steps[0].startswith("SEARCH posts"), (name, steps)  # posts by their index first
            assert not any(step.startswith("SCAN") for step in steps), (name, steps)
            assert not any("TEMP B-TREE" in step for step in steps), (name, steps)
    finally:
        plan.close()


@pytest.mark.sqlite_only
def test_a_range_of_chips_is_read_from_the_index_alone(demo_store):
    """The posts' rows, long and scattered over the file, are not read for a month of chips;
    each post's networks are looked up by the links' primary key."""
    plan = demo_store.engine.raw_connection()
    try:
        steps = [str(row[-1]) for row in plan.execute(
            f"EXPLAIN QUERY PLAN {_select(False, 'sqlite')}{RANGE} ORDER BY planned_at, id",
            {"start": "0", "end": "1"}).fetchall()]
    finally:
        plan.close()
    assert steps == ["SEARCH posts USING COVERING INDEX ix_posts_calendar "
                     "(planned_at>? AND planned_at<?)", "CORRELATED SCALAR SUBQUERY 1",
                     "SEARCH post_networks USING COVERING INDEX sqlite_autoindex_post_networks_1 "
                     "(post_id=?)"]


@pytest.mark.sqlite_only
def test_the_posts_networks_are_looked_up_per_post_never_scanned(demo_store):
    plan = demo_store.engine.raw_connection()
    try:
        for texts in (False, True):
            for name, where in CONDITIONS.items():
                values = {name: "0" for name in re.findall(r":(\w+)", where)}
                steps = [str(row[-1]) for row in plan.execute(
                    f"EXPLAIN QUERY PLAN {_select(texts, 'sqlite')}{where}", values).fetchall()]
                assert steps[0].startswith("SEARCH posts"), (name, steps)
                assert any(step.startswith("SEARCH post_networks") for step in steps), (name, steps)
                assert not any(step.startswith("SCAN") for step in steps), (name, steps)
    finally:
        plan.close()


def test_ranges_read_inside_a_transaction_see_its_writes(demo_store):
    from datetime import datetime, timezone

    from cmplanner.domain.entities import Post
    from cmplanner.storage.calendar_queries import posts_between

    moment = datetime(2031, 5, 6, 8, 0, tzinfo=timezone.utc)
    with demo_store.transaction():
        demo_store.posts.save(Post("Écrit dans la transaction", planned_at=moment))
        seen = posts_between(demo_store, moment, moment.replace(hour=9))
    assert [line.title for line in seen] == ["Écrit dans la transaction"]
    assert [line.planned_at for line in seen] == [moment]

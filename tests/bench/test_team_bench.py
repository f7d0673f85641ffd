"""The team benchmark on a tiny plan: its four rows, measured on the test server."""

from __future__ import annotations

import pytest

from bench import report, team_bench

pytestmark = pytest.mark.postgresql


def test_team_figures_on_a_tiny_plan(tiny_plan, pg_cluster, monkeypatch):
    monkeypatch.setenv("CMPLANNER_BENCH_POSTGRESQL", pg_cluster.new_database())
    rows = team_bench.measure(tiny_plan, 2)
    assert [r["name"].split(",")[0] for r in rows] == [
        "team: publish the plan to an empty database", "team: switch month",
        "team: save a post", "team: colleague's change visible"]
    assert all(len(r["samples"]) == (1 if "publish" in r["name"] else 2) for r in rows)
    assert report.verdict(rows[3]) in ("ok", "MISS")

"""The benchmark machinery on a tiny plan: rows, verdicts, the table, the JSON, missing modules."""

from __future__ import annotations

import json

from bench import report, run
from bench.startup_bench import measure_cold_start, measure_memory


def test_median_p95_and_verdicts():
    assert report.percentile([5, 1, 4, 2, 3], 0.95) == 5
    assert report.percentile(list(range(1, 21)), 0.95) == 19
    fast = {"name": "a", "samples": [0.010, 0.012, 0.030], "target": "≤ 16 ms", "floor_samples": None}
    assert report.summarise(fast)["median"] == 0.012
    assert report.verdict(fast) == "ok"
    assert report.verdict({**fast, "samples": [0.020, 0.017, 0.001]}) == "MISS"
    at_p95 = {**fast, "target": "≤ 16 ms at p95"}  # the same samples judged on their worst
    assert report.verdict(at_p95) == "MISS"
    assert report.verdict({**at_p95, "samples": [0.010, 0.012, 0.015]}) == "ok"
    relative = {"name": "b", "samples": [1.2, 1.3], "target": "≤ 1.3× floor", "floor_samples": [1.0, 1.0]}
    assert report.verdict(relative) == "ok"
    assert report.verdict({**relative, "samples": [1.4, 1.5]}) == "MISS"
    assert report.verdict({**relative, "floor_samples": None}) == "—"
    assert report.verdict({"name": "c", "samples": [250.0], "unit": "MB", "target": "≤ 300 MB"}) == "ok"
    assert report.verdict({"name": "d", "samples": [], "target": "≤ 1 s"}) == "n/a"


def test_the_table_lines_up_every_row_including_missing_ones():
    table = report.format_table([
        {"name": "cold start", "samples": [0.5, 0.6], "target": "≤ 1.3× floor", "floor_samples": [0.4]},
        {"name": "memory", "samples": [280.0], "unit": "MB", "target": "≤ 300 MB", "floor_samples": None},
        report.missing_row("ics", "not available (module missing)"),
    ])
    lines = table.splitlines()
    assert lines[0].split() == ["figure", "median", "p95", "target", "floor", "verdict"]
    assert "550 ms" in lines[2] and "400 ms (×1.38)" in lines[2] and lines[2].endswith("MISS")
    assert "280 MB" in lines[3] and report.format_value(0.354, "MB") == "0.35 MB"
    assert "280 MB" in lines[3] and lines[3].endswith("ok")
    assert lines[4].endswith("not available (module missing)")


def test_a_missing_module_gives_a_row_not_a_crash(tiny_plan):
    assert run.load_measure("bench.no_such_module") == "not available (module missing)"
    step = run.Step("nothing", "bench.no_such_module", ("20k",), 1, 1)
    [row] = run.run_step(step, tiny_plan, "tiny", 1)
    assert row["samples"] == [] and "module missing" in row["note"]


def test_a_quick_run_on_a_tiny_plan_writes_the_json(tiny_plan, tmp_path, capsys):
    out = tmp_path / "latest.json"
    assert run.main(["--quick", "--plan", str(tiny_plan), "--only", "calendar,series",
                     "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "switch month, 200 posts" in printed and "expand all series" in printed
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert len(rows) == 4
    for row in rows:
        assert "failed" not in (row.get("note") or ""), row
    measured = [r for r in rows if r["samples"]]
    assert measured and all(r["median"] > 0 and r["p95"] >= r["median"] for r in measured)


def test_cold_start_and_memory_children_report_a_painted_window(tiny_plan):
    cold = measure_cold_start(tiny_plan, 1, "tiny")
    assert cold["samples"][0] > 0 and cold["floor_samples"][0] > 0
    assert "built" in cold["note"]
    memory = measure_memory(tiny_plan, 1, "tiny")
    assert memory["unit"] == "MB" and 20 < memory["samples"][0] < 2000


def test_a_target_relative_to_a_raw_floor_is_judged():
    from bench.report import verdict

    row = {"target": "≤ 1.5× raw icalendar", "floor_samples": [4.0]}
    assert verdict({**row, "samples": [5.9]}) == "ok"
    assert verdict({**row, "samples": [6.1]}) == "MISS"

"""A tiny generated plan shared by the benchmark tests (generation is what they check)."""

from __future__ import annotations

import pytest

from bench.generate import PlanSize, generate

TINY = PlanSize(posts=200, series=5, events=5, people=10, networks=4)


@pytest.fixture(scope="module")
def tiny_plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "tiny.cmplan"
    generate(path, TINY, seed=3)
    return path

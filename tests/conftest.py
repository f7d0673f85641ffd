"""Shared fixtures: a fixed language, offscreen Qt, a fresh plan file per test."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LANGUAGE"] = "en_GB"
os.environ.pop("LC_ALL", None)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "ics-corpus"
if not CORPUS.is_dir():  # a git worktree sits one folder deeper (/work/wt/NAME)
    CORPUS = next((p / "shared" / "ics-corpus" for p in Path(__file__).resolve().parents
                   if (p / "shared" / "ics-corpus").is_dir()), CORPUS)
DEMO_TODAY = date(2026, 3, 16)  # a Monday, two weeks before the spring DST change


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.cmplan"


@pytest.fixture
def store(plan_path: Path):
    from cmplanner.storage.store import PlanStore

    opened = PlanStore.open(plan_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(plan_path: Path):
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    opened = PlanStore.open(plan_path)
    build_demo_plan(opened, today=DEMO_TODAY)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, config or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def demo_plan_template(tmp_path_factory) -> Path:
    """A closed demo plan built once per session (rebuilding it costs ~0.3 s a test)."""
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    path = tmp_path_factory.mktemp("template") / "demo.cmplan"
    opened = PlanStore.open(path)
    build_demo_plan(opened, today=DEMO_TODAY)
    opened.close()
    return path


@pytest.fixture
def demo_plan_copy(plan_path: Path, demo_plan_template: Path) -> Path:
    """plan_path holding a copy of the demo plan, closed."""
    import shutil

    shutil.copyfile(demo_plan_template, plan_path)
    return plan_path


@pytest.fixture
def demo_copy_store(demo_plan_copy: Path):
    """Like demo_store, opened on a copy of the session's demo plan."""
    from cmplanner.storage.store import PlanStore

    opened = PlanStore.open(demo_plan_copy)
    yield opened
    opened.close()

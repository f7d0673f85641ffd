"""Shared fixtures: a fixed language, offscreen Qt, a fresh plan file per test."""

from __future__ import annotations

import os
import shutil
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
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
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


# --- team plans: the same tests on a plan file and on a PostgreSQL server --------------------
# Tests under tests/storage, tests/services and tests/team take their store from the fixtures
# below (their conftest.py imports them): each such test runs on SQLite and on PostgreSQL, unless
# marked ``sqlite_only`` (it tests SQLite by design). The server is a throwaway cluster started
# once per session (tests/pg_cluster.py); without PostgreSQL's binaries the PostgreSQL variants
# are skipped with the reason.

def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        kinds = ["sqlite"]
        if not metafunc.definition.get_closest_marker("sqlite_only"):
            kinds.append(pytest.param("postgresql", marks=pytest.mark.postgresql))
        metafunc.parametrize("backend", kinds)


@pytest.fixture(scope="session")
def pg_cluster():
    from tests.pg_cluster import start_cluster

    if os.environ.get("CMPLANNER_TEST_POSTGRESQL") == "off":
        pytest.skip("PostgreSQL variants turned off (CMPLANNER_TEST_POSTGRESQL=off)")
    cluster = start_cluster()
    if cluster is None:
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
                    "apt-get install postgresql (packaging/setup.sh test does) to run the "
                    "team-plan variants")
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def pg_templates(pg_cluster):
    """Two databases to copy from: an empty plan and the demo plan."""
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    empty = pg_cluster.new_database()
    PlanStore.open(empty).close()
    demo = pg_cluster.new_database()
    opened = PlanStore.open(demo)
    build_demo_plan(opened, today=DEMO_TODAY)
    opened.close()
    return {"empty": _database_name(empty), "demo": _database_name(demo)}


def _database_name(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


@pytest.fixture
def pg_url(pg_cluster, pg_templates) -> str:
    """A new team plan (empty) on the test server."""
    return pg_cluster.new_database(template=pg_templates["empty"])


@pytest.fixture
def plan_target(backend, plan_path, request):
    """Where a test's plan is: a file, or a new database on the test server."""
    if backend == "sqlite":
        return plan_path
    return request.getfixturevalue("pg_url")


@pytest.fixture
def backend_store(plan_target):
    from cmplanner.storage.store import PlanStore

    opened = PlanStore.open(plan_target)
    yield opened
    opened.close()


@pytest.fixture
def backend_demo_store(backend, plan_path, request):
    """The demo plan on the test's backend (a copy of the session's demo plan)."""
    from cmplanner.storage.store import PlanStore

    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("demo_plan_template"), plan_path)
        opened = PlanStore.open(plan_path)
    else:
        cluster, templates = request.getfixturevalue("pg_cluster"), request.getfixturevalue("pg_templates")
        opened = PlanStore.open(cluster.new_database(template=templates["demo"]))
    yield opened
    opened.close()

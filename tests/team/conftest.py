"""The tests here run on a plan file and on a team plan (see tests/conftest.py); the window
tests open the main window on a team plan (client A) beside a colleague's store (client B,
"Camille")."""

import pytest

from cmplanner.storage.store import PlanStore
from tests.backend_fixtures import demo_copy_store, demo_store, store  # noqa: F401
from tests.windows import shown_window


@pytest.fixture
def team_url(pg_cluster, pg_templates):
    return pg_cluster.new_database(template=pg_templates["demo"])


@pytest.fixture
def window(qtbot, team_url):
    mine = PlanStore.open(team_url)
    with shown_window(qtbot, mine) as win:
        yield win
        win.team_actions.close()
    mine.close()


@pytest.fixture
def colleague(team_url):
    camille = PlanStore.open(team_url)
    camille.author = "Camille"
    yield camille
    camille.close()

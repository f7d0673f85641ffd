"""The tests here run on a plan file and on a team plan (see tests/conftest.py); the window
tests open the main window on a team plan (client A) beside a colleague's store (client B,
"Camille")."""

import pytest
from PySide6.QtCore import QSettings

from cmplanner.storage.store import PlanStore
from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

from tests.backend_fixtures import demo_copy_store, demo_store, store  # noqa: F401


@pytest.fixture
def team_url(pg_cluster, pg_templates):
    return pg_cluster.new_database(template=pg_templates["demo"])


@pytest.fixture
def window(qtbot, team_url):
    QSettings().clear()
    mine = PlanStore.open(team_url)
    ctx = AppContext(mine)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.team_actions.close()
    ctx.close()
    mine.close()


@pytest.fixture
def colleague(team_url):
    camille = PlanStore.open(team_url)
    camille.author = "Camille"
    yield camille
    camille.close()

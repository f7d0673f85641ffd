"""File ▸ Open team plan… and File ▸ Publish my plan to the team…, from the main window of a plan
file; a team plan opened by its address as the command line does."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cmplanner.storage.store import PlanStore
from cmplanner.ui import team_actions
from cmplanner.ui.context import AppContext
from cmplanner.ui.dialogs.team_plan_dialog import TeamPlanDialog, team_url
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.postgresql


@pytest.fixture
def file_window(qtbot, plan_path, demo_plan_template):
    QSettings().clear()
    shutil.copyfile(demo_plan_template, plan_path)
    store = PlanStore.open(plan_path)
    ctx = AppContext(store)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    ctx.close()
    store.close()


def file_menu_names(window) -> list[str]:
    return [a.objectName() for a in window.menus.file.actions()]


def test_the_file_menu_offers_team_plans(file_window):
    names = file_menu_names(file_window)
    assert "openTeamPlanAction" in names and "publishToTeamAction" in names
    assert names.index("publishToTeamAction") < len(names) - 1  # above Quit


def test_the_dialog_builds_the_address_without_any_password(qtbot, file_window):
    dialog = TeamPlanDialog("Open team plan", "", file_window)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.org")
    dialog.database.setText("editorial")
    dialog.user.setText("camille")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    assert dialog.url() == "postgresql://camille@db.example.org/editorial?sslmode=verify-full"
    dialog._accept()
    assert QSettings().value("team/database") == "editorial"
    assert not any("password" in key.lower() for key in QSettings().allKeys())
    assert team_url("/run/postgresql", 5432, "plan", "", "prefer") == \
        "postgresql:///plan?host=%2Frun%2Fpostgresql"


def test_publish_then_open_the_team_plan_in_its_own_window(qtbot, file_window, pg_cluster):
    url = pg_cluster.new_database()
    report = file_window.team_actions.publish(url)  # File > Publish my plan to the team…
    assert report is not None and report.counts["posts"] == file_window.store.counts()["posts"]
    [box] = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "teamMessage" and w.isVisible()]
    assert "every table checked" in box.text()
    box.close()
    team_window = file_window.team_actions.open_team_plan(url)  # File > Open team plan…
    try:
        assert team_window is not None and team_window.store.is_team
        assert team_window.store.counts() == file_window.store.counts()
        assert not team_window.team_actions.publish_action.isEnabled()  # already a team plan
        assert team_window.team_actions.live is not None
        assert team_window.store.author == team_window.ctx.current_person().name
    finally:
        team_window.close()
    qtbot.waitUntil(lambda: team_window not in team_actions._windows, timeout=2000)


def test_the_command_line_opens_a_team_plan_by_its_address(pg_cluster, pg_templates):
    from cmplanner.cli import plan_location
    from cmplanner.ui.app import open_plan_safely

    url = pg_cluster.new_database(template=pg_templates["demo"])
    assert plan_location(url) == url  # kept as given, not made a path
    opened = open_plan_safely(plan_location(url), False, interaction=None)
    try:
        assert opened.store.is_team and opened.lock is None
        assert opened.store.counts()["posts"] >= 80
    finally:
        opened.close()


def test_an_unreachable_server_is_explained_and_nothing_opens(qtbot, file_window, tmp_path):
    url = f"postgresql://nobody@/plan?host={tmp_path}"
    assert file_window.team_actions.open_team_plan(url) is None
    [box] = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "teamMessage" and w.isVisible()]
    assert "cannot be reached" in box.text() and "Details:" in box.text()
    box.close()

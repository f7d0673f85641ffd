"""First start: the welcome screen, the demo in its own file, the guided set-up end to end, and
File ▸ New plan / Open / Open recent from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QWizard

from cmplanner.domain.enums import NetworkKind, Role
from cmplanner.paths import default_plan_path, demo_plan_path
from cmplanner.services.new_plan import NewPlanAnswers, PillarAnswer, create_plan_file
from cmplanner.storage.store import PlanStore
from cmplanner.ui.launcher import Launcher
from cmplanner.ui.recent_plans import recent_plans, remember_plan

from .test_plan_lock import Scripted


class Answers(Scripted):
    parent = None

    def inform(self, title, text):
        self.asked.append(("inform", title, text))


@pytest.fixture
def launcher(qtbot):
    QSettings().clear()
    started = Launcher(Answers())
    yield started
    for widget in (started.wizard, started.welcome, started.window):
        if widget is not None:
            widget.close()
    started.close()
    QApplication.processEvents()


def click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QCommandLinkButton, name)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_start_shows_the_welcome_screen_and_the_demo_is_its_own_file(qtbot, launcher):
    assert launcher.start(None)
    assert launcher.window is None and launcher.welcome.isVisible()
    click(qtbot, launcher.welcome, "exploreDemo")
    assert launcher.window is not None and launcher.window.isVisible()
    assert launcher.welcome is None
    assert launcher.opened.store.path == demo_plan_path()
    assert launcher.opened.store.posts.count() > 0
    assert not default_plan_path().exists()  # the user's plan is not the demo
    assert recent_plans() == [demo_plan_path()]


def fill_the_guided_setup(qtbot, wizard) -> None:
    qtbot.keyClicks(wizard.company_page.company, "Boulangerie Dupuis")
    wizard.company_page.zone.setCurrentText("America/Montreal")
    wizard.next()
    assert wizard.currentPage() is wizard.networks_page
    wizard.networks_page.set_network(NetworkKind.LINKEDIN, "3 per week")
    wizard.networks_page.set_network(NetworkKind.INSTAGRAM, "1 par jour")
    wizard.next()
    assert wizard.currentPage() is wizard.pillars_page
    wizard.pillars_page.set_pillar(0, "Savoir-faire", 40)
    wizard.pillars_page.set_pillar(1, "Nos équipes", 35)
    assert "75" in wizard.pillars_page.total.text()
    wizard.next()
    assert wizard.currentPage() is wizard.team_page
    qtbot.keyClicks(wizard.team_page.my_name, "Camille Roy")
    qtbot.keyClicks(wizard.team_page.my_email, "camille@dupuis.fr")
    wizard.team_page.set_member(0, "Paul Dupuis", "paul@dupuis.fr", Role.APPROVER)
    wizard.team_page.set_member(1, "Léa Martin", "", Role.AMBASSADOR)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "Boulangerie Dupuis" in wizard.file_page.summary.text()


def test_the_guided_setup_writes_the_plan_that_was_typed_and_opens_it(qtbot, launcher):
    launcher.start(None)
    click(qtbot, launcher.welcome, "startMyPlan")
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    fill_the_guided_setup(qtbot, wizard)
    assert Path(wizard.file_page.path.text()) == default_plan_path()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    window = launcher.window
    assert window is not None and window.isVisible()
    store = launcher.opened.store
    assert store.path == default_plan_path()
    settings = store.settings()
    assert settings.name == "Boulangerie Dupuis — editorial plan"
    assert settings.timezone == "America/Montreal"
    assert "Boulangerie Dupuis" in window.windowTitle()
    networks = {n.kind: (n.label, n.cadence) for n in store.networks.all()}
    assert networks == {NetworkKind.LINKEDIN: ("LinkedIn", "3 per week"),
                        NetworkKind.INSTAGRAM: ("Instagram", "1 par jour")}
    assert [(p.name, p.target_share) for p in store.pillars.all()] == [("Savoir-faire", 40), ("Nos équipes", 35)]
    people = {p.name: (p.email, p.roles) for p in store.people.all()}
    assert people == {"Camille Roy": ("camille@dupuis.fr", {Role.COMMUNITY_MANAGER}),
                      "Paul Dupuis": ("paul@dupuis.fr", {Role.APPROVER}),
                      "Léa Martin": ("", {Role.AMBASSADOR})}
    assert store.posts.count() == 0 and not demo_plan_path().exists()

    # A later start opens that plan straight away.
    launcher.close()
    window.close()
    again = Launcher(Answers())
    assert again.start(None) and again.welcome is None
    assert again.opened.store.path == default_plan_path()
    again.window.close()
    again.close()


def test_refused_answers_keep_the_wizard_on_its_page(qtbot, launcher, monkeypatch):
    said = []
    monkeypatch.setattr("cmplanner.ui.new_plan_wizard.QMessageBox.warning",
                        lambda _parent, _title, text: said.append(text))
    launcher.start(None)
    wizard = launcher.start_guided_setup()
    qtbot.keyClicks(wizard.company_page.company, "Dupuis")
    wizard.next()
    wizard.networks_page.set_network(NetworkKind.LINKEDIN, "often")
    wizard.next()
    assert wizard.currentPage() is wizard.networks_page and "often" in said[-1]
    wizard.networks_page.set_network(NetworkKind.LINKEDIN, "2 per week")
    wizard.next()
    wizard.pillars_page.set_pillar(0, "A", 70)
    wizard.pillars_page.set_pillar(1, "B", 50)
    wizard.next()
    assert wizard.currentPage() is wizard.pillars_page and "120" in said[-1]
    assert not default_plan_path().exists()


def test_an_existing_plan_is_opened_never_turned_into_the_demo(qtbot, launcher):
    create_plan_file(default_plan_path(), NewPlanAnswers("Dupuis", pillars=(PillarAnswer("Pain", 50),)))
    before = default_plan_path().read_bytes()
    assert launcher.start(None) and launcher.welcome is None
    assert launcher.opened.store.posts.count() == 0
    launcher.window.plan_actions.demo.trigger()  # File ▸ Open the demo plan
    assert launcher.opened.store.path == demo_plan_path()
    with _Closing(default_plan_path()) as own:
        assert own.posts.count() == 0 and own.settings().name == "Dupuis — plan éditorial"
    assert len(default_plan_path().read_bytes()) == len(before)


class _Closing:
    def __init__(self, path: Path) -> None:
        self.store = PlanStore.open(path, create=False, read_only=True)

    def __enter__(self):
        return self.store

    def __exit__(self, *exc) -> None:
        self.store.close()


def test_file_menu_opens_recent_plans_and_drops_stale_ones(qtbot, launcher, tmp_path):
    first = create_plan_file(tmp_path / "un.cmplan", NewPlanAnswers("Un"))
    second = create_plan_file(tmp_path / "deux.cmplan", NewPlanAnswers("Deux"))
    gone = create_plan_file(tmp_path / "parti.cmplan", NewPlanAnswers("Parti"))
    for path in (gone, second, first):
        remember_plan(path)
    gone.unlink()
    assert launcher.start(None) and launcher.opened.store.path == first
    menu = launcher.window.plan_actions.recent
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [Path(a.data()).name for a in entries] == ["un.cmplan", "deux.cmplan"]
    assert not entries[0].isEnabled()  # the plan already open
    entries[1].trigger()
    assert launcher.opened.store.path == second
    assert "Deux" in launcher.window.windowTitle()
    assert QSettings().value("plans/recent")[:2] == [str(second.resolve()), str(first.resolve())]


def test_file_new_plan_from_the_main_window(qtbot, window, monkeypatch, tmp_path):
    window.plan_actions.new_plan.trigger()
    launcher = window.launcher
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    fill_the_guided_setup(qtbot, wizard)
    wizard.file_page.path.setText(str(tmp_path / "dupuis"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert launcher.opened.store.path == tmp_path / "dupuis.cmplan"
    assert launcher.window is not window and not window.isVisible()
    assert [n.kind for n in launcher.opened.store.networks.all()] == [NetworkKind.LINKEDIN, NetworkKind.INSTAGRAM]
    launcher.window.close()
    launcher.close()

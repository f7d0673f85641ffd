"""Screenshots of the first run, in French: welcome screen, guided set-up, user guide and its
legend of the chip marks, and the chips' icons in the month view.

    python packaging/screenshots_first_run.py [FOLDER]      (default: docs/screenshots/)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from screenshots import TODAY, save_png  # noqa: E402


def shoot(folder: Path) -> list[Path]:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication

    from cmplanner.domain.enums import NetworkKind, Role
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window, start_application
    from cmplanner.ui.help_guide import GuideDialog
    from cmplanner.ui.i18n import install_translators
    from cmplanner.ui.new_plan_wizard import NewPlanWizard
    from cmplanner.ui.welcome import WelcomeScreen

    app = start_application()
    app.setOrganizationName("cmplanner-screenshots")
    app.setApplicationName("cmplanner-screenshots")
    QSettings().clear()
    translators = install_translators(app, "fr")  # noqa: F841 (kept alive)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    welcome = WelcomeScreen(launcher=type("NoLauncher", (), {"open_demo": None, "choose_and_open": None,
                                                              "start_guided_setup": None})())
    welcome.show()
    settle()
    written.append(save_png(welcome.grab(), folder / "welcome-fr.png"))
    welcome.close()

    wizard = NewPlanWizard(language="fr")
    wizard.show()
    wizard.company_page.company.setText("Boulangerie Dupuis")
    wizard.next()
    wizard.networks_page.set_network(NetworkKind.LINKEDIN, "3 par semaine")
    wizard.networks_page.set_network(NetworkKind.INSTAGRAM, "1 par jour")
    wizard.networks_page.set_network(NetworkKind.NEWSLETTER, "1 par mois")
    settle()
    written.append(save_png(wizard.grab(), folder / "setup-networks-fr.png"))
    wizard.next()
    wizard.pillars_page.set_pillar(0, "Savoir-faire", 40)
    wizard.pillars_page.set_pillar(1, "Nos équipes", 35)
    wizard.pillars_page.set_pillar(2, "Vie de la boutique", 25)
    wizard.next()
    wizard.team_page.my_name.setText("Camille Roy")
    wizard.team_page.set_member(0, "Paul Dupuis", "paul@dupuis.fr", Role.APPROVER)
    settle()
    written.append(save_png(wizard.grab(), folder / "setup-team-fr.png"))
    wizard.close()

    guide = GuideDialog(language="fr")
    guide.resize(760, 820)
    guide.show()
    settle()
    written.append(save_png(guide.grab(), folder / "guide-fr.png"))
    guide.browser.scrollToAnchor("marks")
    settle()
    written.append(save_png(guide.grab(), folder / "guide-marks-fr.png"))
    guide.close()

    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore.open(Path(tmp) / "demo.cmplan")
        build_demo_plan(store, today=TODAY)
        window = build_main_window(store, today=lambda: TODAY)
        window.resize(1440, 900)
        window.show()
        settle()
        view = window.month_view
        rect = view.visualRect(view.model().index(2, 0))
        top_left = view.viewport().mapTo(window, rect.topLeft())
        crop = QRect(top_left, rect.size()).adjusted(0, 0, rect.width() * 3, rect.height())
        written.append(save_png(window.grab(crop).scaled(crop.size() * 2), folder / "chips-fr.png"))
        window.close()
        settle()
        store.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for path in shoot(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

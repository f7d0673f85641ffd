"""Screenshots of the review features on the French demo plan: the dashboard (normal and
meeting mode), the editorial line's coverage/mix/workload tab, the crisis banner, and the first
page of the management review pack's PDF (pdftoppm).

    python packaging/review_screenshots.py [FOLDER]     # default: docs/screenshots
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from screenshots import SIZE, TODAY  # noqa: E402 (the demo's day and the window's size, shared)


def shoot(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cmplanner.domain.period import month
    from cmplanner.interop.review_pack import write_pack
    from cmplanner.services import crisis
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window
    from cmplanner.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("cmplanner-screenshots")
    app.setApplicationName("cmplanner-screenshots")
    QSettings().clear()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore.open(Path(tmp) / "demo.cmplan")
        build_demo_plan(store, today=TODAY)
        install_translators(app, "fr")
        window = build_main_window(store, today=lambda: TODAY)
        window.resize(*SIZE)
        window.show()

        def grab(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = folder / name
            window.grab().save(str(path))
            written.append(path)

        window.show_view("dashboard")
        grab("dashboard-fr.png")
        window.meeting.set_active(True)
        window.showNormal()
        window.resize(*SIZE)
        grab("dashboard-fr-meeting.png")
        window.meeting.set_active(False)
        window.show_view("line")
        page = window.pages.page("line")
        page.tabs.setCurrentWidget(page.review)
        grab("line-review-fr.png")
        start = datetime(2026, 3, 16, 8, tzinfo=timezone.utc)
        window.ctx.push(crisis.start_crisis(store, "Rappel d'un lot de chaises Lison", start, start,
                                            start + timedelta(days=7)))
        window.show_view("month")
        grab("crisis-fr.png")
        window.ctx.undo_stack.undo()
        pdf = Path(tmp) / "revue.pdf"
        write_pack(store, month(2026, 3), "fr", pdf, TODAY)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(folder / "review-pack-fr-page1")], check=True)
        written.append(folder / "review-pack-fr-page1.png")
        window.close()
        store.close()
    return written


if __name__ == "__main__":
    from screenshots import main

    main(shoot)

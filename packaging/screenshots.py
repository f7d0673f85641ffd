"""Screenshots of the main views, in French and English, normal and in meeting mode.

    python packaging/screenshots.py [FOLDER]        (default: docs/screenshots/)

Builds the demo plan in a temporary file with a fixed "today", opens the main window offscreen
(or under Xvfb: ``xvfb-run python packaging/screenshots.py``) and saves one PNG per view, language
and mode, named like ``month-fr-meeting.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 3, 16)
VIEWS = ("month", "week", "hours", "agenda", "backlog", "board", "events", "line", "people", "requests", "series")
SIZE = (1440, 900)


def save_png(pixmap, path: Path) -> Path:
    """Write ``pixmap`` as PNG through the atomic writer (no half-written file on failure)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from cmplanner.files.atomic import atomic_write_bytes

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode {path.name} as PNG")
    buffer.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, bytes(data.data()))
    return path


def screenshot_app():
    """The application the screenshots are taken in: offscreen unless a display is there, with
    settings of its own (never the user's), cleared."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("cmplanner-screenshots")  # never touch the user's own settings
    app.setApplicationName("cmplanner-screenshots")
    QSettings().clear()
    return app


def shoot(folder: Path) -> list[Path]:
    app = screenshot_app()
    from PySide6.QtCore import QCoreApplication, QSettings

    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window
    from cmplanner.ui.i18n import install_translators

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore.open(Path(tmp) / "demo.cmplan")
        build_demo_plan(store, today=TODAY)
        for language in ("fr", "en"):
            translators = install_translators(app, language)
            for meeting in (False, True):
                QSettings().clear()
                window = build_main_window(store, today=lambda: TODAY)
                window.resize(*SIZE)
                window.show()
                if meeting:
                    window.meeting.set_active(True)
                    window.showNormal()  # keep the fixed size offscreen; the zoom stays
                    window.resize(*SIZE)
                for view in VIEWS:
                    window.show_view(view)
                    app.processEvents()
                    name = f"{view}-{language}{'-meeting' if meeting else ''}.png"
                    written.append(save_png(window.grab(), folder / name))
                window.meeting.set_active(False)
                window.close()
                window.deleteLater()
                app.processEvents()
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
        store.close()
    return written


def main(shoot) -> None:
    """Write ``shoot``'s screenshots into the folder named on the command line (docs/screenshots
    by default) and print their paths: the __main__ of every screenshot script."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for path in shoot(target):
        print(path)


if __name__ == "__main__":
    main(shoot)

"""The window's start checks the plan it will open while it imports (storage/file_check.py):
without a plan named, it guesses the last one from the settings file Qt wrote."""

from __future__ import annotations

import sys

import pytest

from cmplanner.__main__ import _last_plan_hint
from cmplanner.ui.settings import UiSettings


def test_the_last_plan_is_read_from_the_settings_qt_wrote(qapp, tmp_path):
    plan = tmp_path / "Communication 2027 (équipe), v2 ; « été ».cmplan"
    settings = UiSettings()
    settings.last_plan = str(plan)
    settings.qsettings.sync()
    assert _last_plan_hint(settings.qsettings.fileName()) == str(plan)


def test_no_settings_file_no_guess(tmp_path):
    assert _last_plan_hint(str(tmp_path / "nothing.conf")) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's settings file on Linux")
def test_the_guess_reads_the_file_of_the_applications_settings(tmp_path):
    import os
    import subprocess

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    code = ("from PySide6.QtCore import QSettings; from cmplanner.__main__ import _settings_file; "
            "print(QSettings('cmplanner', 'cmplanner').fileName()); print(_settings_file())")
    qt, ours = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=True).stdout.splitlines()  # Qt reads the folder once a process
    assert qt == ours == str(tmp_path / "config" / "cmplanner" / "cmplanner.conf")


WINDOW_WITHOUT_MAPPINGS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import DeclarativeBase
from cmplanner.ui.app import build_main_window, open_plan
app = QApplication([])
window = build_main_window(open_plan(Path(sys.argv[1])))
window.show()
for _ in range(5):
    app.processEvents()
print(window.month_model.rowCount(), "cmplanner.storage.tables" in sys.modules,
      len(DeclarativeBase.__subclasses__()))
window.ctx.store.prepare_writes()  # as the launcher does once the window is on screen
from cmplanner.storage.tables import Base
mappers = Base.registry.mappers
print(len(mappers), all(mapper.configured for mapper in mappers))
"""


def test_the_window_paints_before_any_row_class_is_made(demo_plan_copy):
    """Making the ORM's 32 mapped classes and configuring them cost the start some 100 ms: the
    month, its lookups, the settings and the File and Edit menus are read from the tables of
    storage/schema.py; the classes are made once the window is on screen."""
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", WINDOW_WITHOUT_MAPPINGS, str(demo_plan_copy)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    painted, prepared = done.stdout.splitlines()[-2:]
    assert painted.split() == ["6", "False", "0"]  # no module of mapped classes, no class made
    assert prepared.split() == ["32", "True"]

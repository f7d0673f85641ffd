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

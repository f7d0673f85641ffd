"""``cmplanner --self-test`` (the check an installed copy or the bundle runs) passes from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes_and_names_each_step(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen on its own
    result = subprocess.run([sys.executable, "-m", "cmplanner", "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for step in ("translations loaded (2 catalogues)", "views walked", "user guide",
                 "outlook profile", "standard profile", "Outlook CSV", "team backlog HTML",
                 "team backlog CSV", "team backlog XLSX", "videos read", "self-test passed"):
        assert step in result.stdout
    assert not any((tmp_path / "xdg-data").glob("**/*.cmplan"))  # nothing in the user's data


def test_self_test_reports_a_failure_with_its_step(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    code = ("import sys; import cmplanner.interop.outlook_csv as m\n"
            "def broken(*a, **k): raise OSError('disk gone')\n"
            "m.write_csv = broken\n"
            "from cmplanner.__main__ import main; sys.exit(main(['--self-test']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "self-test FAILED" in result.stderr and "disk gone" in result.stderr

"""The French catalogue is complete, compiled, and used when the interface speaks French (the
English plural catalogue: tests/ui/test_english_plurals.py)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt


ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "cmplanner_fr.ts"


def test_french_catalogue_has_no_unfinished_message():
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


@pytest.mark.parametrize("ts", [TS, TS.with_name("cmplanner_en.ts")], ids=["fr", "en"])
def test_compiled_catalogue_is_up_to_date(tmp_path, ts):
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run: python packaging/i18n.py release"


def test_every_marked_string_is_in_the_catalogue(tmp_path):
    """lupdate over the sources finds nothing the catalogue lacks."""
    copy = tmp_path / "copy.ts"
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    out = subprocess.run([str(lupdate), *i18n.sources(), "-locations", "none", "-ts", str(copy)],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "(0 new and" in out, out


def test_french_interface(qtbot, qapp, demo_store):
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.i18n import install_translators
    from cmplanner.ui.main_window import MainWindow

    translators = install_translators(qapp, "fr")
    try:
        assert QLocale().language() == QLocale.Language.French
        ctx = AppContext(demo_store)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Fichier" in menus and "&Aide" in menus
        model = window.agenda_proxy
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert "Titre" in headers and "Statut" in headers
        assert QLocale().toString(QLocale().toDate("2026-03-03", "yyyy-MM-dd"), "dddd d MMMM") == "mardi 3 mars"
        window.close()
        ctx.close()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")

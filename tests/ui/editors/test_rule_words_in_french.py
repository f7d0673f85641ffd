"""The rule in words is translatable: lupdate finds the phrases, and a French catalogue turns
"every Tuesday at 09:00, until 30 June" into "chaque mardi à 09:00, jusqu'au 30 juin"."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from zoneinfo import ZoneInfo

from cmplanner.domain.rrule_words import describe
from cmplanner.ui.editors.rule_phrases import phrase

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
FRENCH = {
    "every {days}": "chaque {days}",
    "{rule} at {time}": "{rule} à {time}",
    "{rule}, until {date}": "{rule}, jusqu'au {date}",
    "{first} and {last}": "{first} et {last}",
    "every {n} weeks on {days}": "toutes les {n} semaines, le {days}",
    "{rule}, {count} times": "{rule}, {count} fois",
}


def test_rule_phrases_are_found_by_lupdate_and_translate(qapp, tmp_path):
    ts = tmp_path / "rules_fr.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), "cmplanner/ui/editors/rule_phrases.py",
                    "-source-language", "en", "-target-language", "fr", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts)
    sources = {m.findtext("source"): m for m in tree.iter("message")}
    assert set(FRENCH) <= set(sources)
    assert {"every day", "on the {ordinal} {weekday} of every month", "last"} <= set(sources)
    for source, text in FRENCH.items():
        translation = sources[source].find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "rules_fr.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)

    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        start = datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
        words = describe("FREQ=WEEKLY;UNTIL=20260630T215959Z", start, "Europe/Paris")
        assert phrase(words, 2026) == "chaque mardi à 09:00, jusqu'au 30 juin"
        two = describe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6", start, "Europe/Paris")
        assert phrase(two, 2026) == "toutes les 2 semaines, le mardi et jeudi à 09:00, 6 fois"
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

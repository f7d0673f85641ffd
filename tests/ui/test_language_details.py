"""Qt's own dialogs in French, holiday names in the interface's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from cmplanner.ui.i18n import install_translators
from cmplanner.ui.labels import holiday_label


@pytest.fixture
def french(qapp):
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")


def test_the_file_dialog_speaks_french(qtbot, french):
    from cmplanner.ui.app import start_application

    start_application()  # Qt's own dialogs, not the desktop's (which ignore our catalogues)
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Ouvrir un plan")
    dialog.setNameFilter("cmplanner (*.cmplan)")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels
    assert "&Nom de fichier\u00a0:" in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)
    dialog.close()


def test_holiday_names_follow_the_interface_language(french):
    assert holiday_label("Fête nationale") == "Fête nationale"


def test_holiday_names_in_english(qapp):
    assert QLocale().language() != QLocale.Language.French
    assert holiday_label("Fête nationale") == "Bastille Day"
    assert holiday_label("Jour de l'an") == "New Year's Day"
    assert holiday_label(None) is None


def test_the_month_view_shows_holidays_in_english(window):
    info = window.month_model.day_info(date(2026, 5, 1))
    assert info.holiday == "Labour Day"

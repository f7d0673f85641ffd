"""Qt's own dialogs in French, holiday names in the interface's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from cmplanner.domain.holidays import holidays_between



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


def test_holiday_names_come_in_the_interface_language(qapp):
    # The holidays package names them; its English is American.
    assert holidays_between(date(2026, 7, 14), date(2026, 7, 15), language="fr")[date(2026, 7, 14)] == "Fête nationale"
    assert holidays_between(date(2026, 1, 1), date(2026, 1, 2), language="en")[date(2026, 1, 1)] == "New Year's Day"


def test_the_month_view_shows_holidays_in_english(window):
    assert QLocale().language() != QLocale.Language.French
    info = window.month_model.day_info(date(2026, 5, 1))
    assert info.holiday == "Labor Day"

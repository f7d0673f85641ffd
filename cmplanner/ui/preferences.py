"""Preferences: the interface language (applied at the next start) and who is using the app."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from .context import AppContext
from .settings import UiSettings
from .collation import by_name


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: UiSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.ctx, self.settings = ctx, settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        for code, text in (("system", self.tr("System language")), ("fr", "Français"), ("en", "English")):
            self.language_combo.addItem(text, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.person_combo = QComboBox(self)
        current = ctx.current_person()
        for person in by_name(ctx.store.people.all()):
            self.person_combo.addItem(person.name, person.id)
        if current is not None:
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current.id)))
        note = QLabel(self.tr("The language applies the next time cmplanner starts."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow(self.tr("&I am:"), self.person_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        person_id = self.person_combo.currentData()
        if person_id is not None:
            self.ctx.set_current_person(person_id)
        super().accept()

"""Editors of the people of the plan (roles, site, e-mail hidden in meeting mode) and of sites."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from cmplanner.domain.entities import Person, Site
from cmplanner.domain.enums import Role
from cmplanner.domain.holidays import COUNTRIES

from ..labels import label
from .common import CheckList, IdCombo, quoted
from .entity_editor import EntityEditorDialog


class PersonEditorDialog(EntityEditorDialog):
    copyable = False  # one real person or place
    repository = "people"

    def blank(self) -> Person:
        return Person("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("personName")
        self.email = QLineEdit(self)
        self.email.setObjectName("personEmail")
        self.roles = CheckList(self, columns=2)
        self.roles.setObjectName("personRoles")
        self.roles.set_items((role, label(role)) for role in Role)
        self.site = IdCombo(self.tr("No particular site"), self)
        self.site.set_items((s.id, s.name) for s in self.ctx.store.sites.all())
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Roles:"), self.roles)
        form.addRow(self.tr("&Site:"), self.site)
        self.email_label = form.labelForField(self.email)
        self.ctx.meeting_mode_changed.connect(self._apply_meeting_mode)
        self._apply_meeting_mode(self.ctx.meeting_mode)

    def _apply_meeting_mode(self, on: bool) -> None:
        self.email.setVisible(not on)
        self.email_label.setVisible(not on)

    def load(self, item: Person) -> None:
        self.name.setText(item.name)
        self.email.setText(item.email)
        for role in item.roles:
            self.roles.set_checked(role)
        self.site.set_current_id(item.site_id)

    def collect(self) -> Person:
        return replace(self.item, name=self.name.text().strip(), email=self.email.text().strip(),
                       roles=set(self.roles.checked_ids()), site_id=self.site.current_id())

    def window_title(self, creating: bool) -> str:
        return self.tr("New person") if creating else self.tr("Person {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Person, creating: bool) -> str:
        return (self.tr("Add person {name}") if creating else self.tr("Edit person {name}")).format(name=quoted(item.name))


class SiteEditorDialog(EntityEditorDialog):
    copyable = False  # one real person or place
    repository = "sites"

    def blank(self) -> Site:
        return Site("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("siteName")
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.country = QComboBox(self)
        self.country.setObjectName("siteCountry")
        for code in COUNTRIES:
            self.country.addItem(country_label(code), code)
        self.subdivision = QComboBox(self)
        self.subdivision.setObjectName("siteSubdivision")
        self.country.currentIndexChanged.connect(lambda _i: self._fill_subdivisions(""))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Public holidays of &country:"), self.country)
        form.addRow(self.tr("&Region:"), self.subdivision)

    def _fill_subdivisions(self, current: str) -> None:
        code = self.country.currentData() or "FR"
        self.subdivision.clear()
        for subdivision in COUNTRIES.get(code, ("",)):
            self.subdivision.addItem(region_label(code, subdivision), subdivision)
        index = self.subdivision.findData(current)
        self.subdivision.setCurrentIndex(max(0, index))

    def load(self, item: Site) -> None:
        self.name.setText(item.name)
        self.address.setPlainText(item.address)
        index = self.country.findData(item.country or "FR")
        if index < 0:  # a country set elsewhere (import, older build): keep it
            self.country.addItem(item.country, item.country)
            index = self.country.count() - 1
        self.country.setCurrentIndex(index)
        self._fill_subdivisions(item.subdivision)
        if item.subdivision and self.subdivision.findData(item.subdivision) < 0:
            self.subdivision.addItem(item.subdivision, item.subdivision)
            self.subdivision.setCurrentIndex(self.subdivision.count() - 1)

    def collect(self) -> Site:
        return replace(self.item, name=self.name.text().strip(), address=self.address.toPlainText().strip(),
                       country=self.country.currentData() or "FR",
                       subdivision=self.subdivision.currentData() or "")

    def window_title(self, creating: bool) -> str:
        return self.tr("New site") if creating else self.tr("Site {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Site, creating: bool) -> str:
        return (self.tr("Create site {name}") if creating else self.tr("Edit site {name}")).format(name=quoted(item.name))


_COUNTRY_NAMES = {
    "FR": QT_TRANSLATE_NOOP("Regions", "France"),
    "BE": QT_TRANSLATE_NOOP("Regions", "Belgium"),
    "CH": QT_TRANSLATE_NOOP("Regions", "Switzerland"),
    "CA": QT_TRANSLATE_NOOP("Regions", "Canada"),
}
_SUBDIVISIONS = {
    ("FR", "57"): QT_TRANSLATE_NOOP("Regions", "Moselle (Alsace-Moselle)"),
    ("FR", "67"): QT_TRANSLATE_NOOP("Regions", "Bas-Rhin (Alsace-Moselle)"),
    ("FR", "68"): QT_TRANSLATE_NOOP("Regions", "Haut-Rhin (Alsace-Moselle)"),
    ("CA", "QC"): QT_TRANSLATE_NOOP("Regions", "Québec"),
    ("CA", "ON"): QT_TRANSLATE_NOOP("Regions", "Ontario"),
}


def country_label(country: str) -> str:
    return QCoreApplication.translate("Regions", _COUNTRY_NAMES[country]) if country in _COUNTRY_NAMES else country


def region_label(country: str, subdivision: str) -> str:
    """"Whole country", "Moselle (Alsace-Moselle)", "Québec"; a canton by its code ("VD")."""
    if not subdivision:
        return QCoreApplication.translate("Regions", "Whole country")
    if (country, subdivision) in _SUBDIVISIONS:
        return QCoreApplication.translate("Regions", _SUBDIVISIONS[(country, subdivision)])
    return subdivision

"""The image-rights consent register (droit à l'image): who agreed to appear in photos (one of
the plan's People, an external participant too), for which uses and networks, for how long or
until when; and, for every consent withdrawn, expired or ended by a
departure, the worklist of scheduled and published posts still showing that person, each with a
one-step "replace" or "withdraw". This data never leaves the plan."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)
from pathlib import Path

from cmplanner.domain.entities import Consent
from cmplanner.domain.enums import NetworkKind
from cmplanner.domain.errors import DomainError
from cmplanner.domain.readiness import ConsentState, consent_expiry, consent_state
from cmplanner.services import media as uc

from ..editors.common import CheckList, OptionalDate, format_date
from ..editors.person_picker import PersonPicker
from ..labels import label
from ..messages import describe
from .common import MessageLine

class DurationEdit(QWidget):
    """How long the use is allowed from signature, in years and months (0 and 0: no duration)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years = QSpinBox(self)
        self.years.setObjectName("durationYears")
        self.years.setRange(0, 99)
        self.months = QSpinBox(self)
        self.months.setObjectName("durationMonths")
        self.months.setRange(0, 11)
        for spin in (self.years, self.months):
            spin.setSpecialValueText("—")  # no duration: the form gives a date, or no end
        self.years.valueChanged.connect(self._suffixes)
        self.months.valueChanged.connect(self._suffixes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.years)
        layout.addWidget(self.months)
        layout.addStretch(1)
        self._suffixes()

    def _suffixes(self) -> None:
        self.years.setSuffix(" " + self.tr("year(s)", "", self.years.value()))
        self.months.setSuffix(" " + self.tr("month(s)", "", self.months.value()))

    def value(self) -> int | None:
        return self.years.value() * 12 + self.months.value() or None

    def set_value(self, months: int | None) -> None:
        self.years.setValue((months or 0) // 12)
        self.months.setValue((months or 0) % 12)


SOCIAL_KINDS = (NetworkKind.FACEBOOK, NetworkKind.LINKEDIN, NetworkKind.INSTAGRAM, NetworkKind.X,
                NetworkKind.YOUTUBE, NetworkKind.TIKTOK, NetworkKind.THREADS,
                NetworkKind.MASTODON, NetworkKind.BLUESKY)


class ConsentPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPage")
        self.ctx = ctx
        self.message = MessageLine(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("consentTable")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Uses allowed"),
                                              self.tr("Signed on"), self.tr("Valid until"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())

        box = QGroupBox(self.tr("Consent"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the register keeps room
        self.person = PersonPicker(ctx, box)
        self.person.setObjectName("consentPerson")
        self.internal = QCheckBox(self.tr("Internal uses (intranet, screens)"), box)
        self.social = QCheckBox(self.tr("Social networks"), box)
        self.social.setObjectName("consentSocial")
        self.networks = CheckList(box, columns=3)
        self.networks.set_items((k, label(k)) for k in SOCIAL_KINDS)
        self.signed = OptionalDate(self.tr("Not signed"), box)
        self.signed.setObjectName("consentSigned")
        self.duration = DurationEdit(box)
        self.duration.setObjectName("consentDuration")
        self.expires = OptionalDate(self.tr("From the duration"), box)
        self.expires.setObjectName("consentExpires")
        self.valid_until = QLabel(box)
        self.valid_until.setObjectName("consentValidUntil")
        for widget in (self.signed, self.expires):
            widget.edit.dateChanged.connect(self._show_expiry)
            widget.none.toggled.connect(self._show_expiry)
        self.duration.years.valueChanged.connect(self._show_expiry)
        self.duration.months.valueChanged.connect(self._show_expiry)
        self.withdrawn = OptionalDate(self.tr("Not withdrawn"), box)
        self.left = OptionalDate(self.tr("Still in the company"), box)
        self.form_label = QLabel(box)
        self.form_button = QPushButton(self.tr("Attach the signed &form…"), box)
        self.form_button.clicked.connect(self._choose_form)
        self._form = None
        form.addRow(self.tr("&Person shown:"), self.person)
        form.addRow(self.tr("Uses:"), self.internal)
        form.addRow("", self.social)
        form.addRow(self.tr("Only these networks (none ticked: all):"), self.networks)
        form.addRow(self.tr("&Signed on:"), self.signed)
        form.addRow(self.tr("&Duration from signature:"), self.duration)
        form.addRow(self.tr("&Expires on (if the form gives a date):"), self.expires)
        form.addRow(self.tr("Valid until:"), self.valid_until)
        form.addRow(self.tr("&Withdrawn on:"), self.withdrawn)
        form.addRow(self.tr("&Left the company on:"), self.left)
        form.addRow(self.tr("Signed form:"), self.form_label)
        form.addRow("", self.form_button)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New consent"), box)
        self.new_button.clicked.connect(self.new_consent)
        self.save_button = QPushButton(self.tr("&Save"), box)
        self.save_button.setObjectName("saveConsent")
        self.save_button.clicked.connect(self.save_current)
        self.withdraw_button = QPushButton(self.tr("Withdrawn &today"), box)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw_current)
        for button in (self.new_button, self.save_button, self.withdraw_button):
            buttons.addWidget(button)
        form.addRow(buttons)

        self.worklist = QTreeWidget(self)
        self.worklist.setObjectName("consentWorklist")
        self.worklist.setHeaderLabels([self.tr("Post to handle"), self.tr("Status"),
                                       self.tr("Date"), "", ""])
        self.worklist.setRootIsDecorated(True)
        work_box = QGroupBox(self.tr("To handle: posts showing a person whose consent ended"), self)
        QVBoxLayout(work_box).addWidget(self.worklist)

        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(self)
        top.addWidget(self.table)
        top.addWidget(box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self._top, self._sized = top, False
        split.addWidget(top)
        split.addWidget(work_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        self._current: Consent | None = None
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:  # the register's columns first: the form wraps its long labels
            self._sized = True
            width = self._top.width()
            self._top.setSizes([width * 11 // 20, width * 9 // 20])

    def _store_changed(self, what: str) -> None:
        if what == "people":
            self.person.reload()
        if what in ("consents", "posts", "media", "people"):
            self.reload()

    # --- register ----------------------------------------------------------------------------
    def _uses(self, consent: Consent) -> str:
        uses = []
        if consent.internal:
            uses.append(self.tr("internal"))
        if consent.social:
            uses.append(", ".join(label(k) for k in sorted(consent.network_kinds, key=SOCIAL_KINDS.index))
                        if consent.network_kinds else self.tr("all social networks"))
        return "; ".join(uses) or self.tr("none")

    def _status(self, consent: Consent) -> str:
        return {ConsentState.WITHDRAWN: self.tr("Withdrawn"),
                ConsentState.LEFT: self.tr("Left the company"),
                ConsentState.NOT_SIGNED: self.tr("Not signed"),
                ConsentState.EXPIRED: self.tr("Expired"),
                ConsentState.VALID: self.tr("Valid")}[consent_state(consent, self.ctx.today())]

    def _until(self, consent: Consent) -> str:
        expiry = consent_expiry(consent)
        return format_date(expiry) if expiry else self.tr("no end")

    def _show_expiry(self, *_args: object) -> None:
        shown = self.collected()
        text = self._until(shown)
        if shown.expires_on is None and consent_expiry(shown) is not None:
            text = self.tr("{date} (from the duration)").format(date=text)
        self.valid_until.setText(text)

    def reload(self) -> None:
        store = self.ctx.store
        self.consents = uc.plan_consents(store)
        selected = self._current.id if self._current else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.consents))
        for row, consent in enumerate(self.consents):
            values = [consent.person_name, self._uses(consent),
                      format_date(consent.signed_on) if consent.signed_on else "",
                      self._until(consent), self._status(consent)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 4 and consent_state(consent, self.ctx.today()) is not ConsentState.VALID:
                    cell.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, cell)
            if consent.id == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._current = next((c for c in self.consents if c.id == selected), None)
        self._fill(self._current)
        self._fill_worklist()

    def select(self, consent_id: int) -> None:
        for row, consent in enumerate(self.consents):
            if consent.id == consent_id:
                self.table.setCurrentCell(row, 0)

    def _show_current(self) -> None:
        row = self.table.currentRow()
        self._current = self.consents[row] if 0 <= row < len(self.consents) else None
        self._fill(self._current)

    def _fill(self, consent: Consent | None) -> None:
        shown = consent or Consent("")
        today = self.ctx.today()
        self.person.set_current_id(shown.person_id)
        self.internal.setChecked(shown.internal)
        self.social.setChecked(shown.social)
        self.networks.set_items([(k, label(k)) for k in SOCIAL_KINDS], shown.network_kinds)
        self.signed.set_value(shown.signed_on, today)
        self.duration.set_value(shown.duration_months)
        self.expires.set_value(shown.expires_on, today.replace(year=today.year + 5))
        self.withdrawn.set_value(shown.withdrawn_on, today)
        self.left.set_value(shown.left_on, today)
        self._form = None
        self.form_label.setText(shown.form_filename or self.tr("none"))
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        self._show_expiry()

    def new_consent(self) -> None:
        self.table.clearSelection()
        self._current = None
        self._fill(None)
        self.person.combo.setFocus()

    def _choose_form(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Signed consent form"))
        if name:
            self._form = Path(name)
            self.form_label.setText(self._form.name)

    def collected(self) -> Consent:
        base = self._current or Consent("")
        return replace(base, person_id=self.person.current_id(),
                       person_name=self.person.combo.currentText().strip(),
                       internal=self.internal.isChecked(), social=self.social.isChecked(),
                       network_kinds=set(self.networks.checked_ids()),
                       signed_on=self.signed.value(), duration_months=self.duration.value(),
                       expires_on=self.expires.value(),
                       withdrawn_on=self.withdrawn.value(), left_on=self.left.value())

    def save_current(self) -> None:
        target, current, form = self.collected(), self._current, self._form
        change = self._run(lambda: uc.save_consent(self.ctx.store, current, target, form))
        if change:
            saved = change.after("consents")
            if saved:
                self._current = saved[0]
                self.reload()

    def withdraw_current(self) -> None:
        consent = self._current
        if consent is not None:
            self._run(lambda: uc.withdraw_consent(self.ctx.store, consent, self.ctx.today()))

    # --- worklist ----------------------------------------------------------------------------
    def _fill_worklist(self) -> None:
        self.worklist.clear()
        lists = uc.worklists(self.ctx.store, self.ctx.today())
        by_id = {c.id: c for c in self.consents}
        zone = self.ctx.store.zone_name
        from ..editors.common import format_datetime

        for consent_id, posts in lists.items():
            consent = by_id[consent_id]
            head = QTreeWidgetItem(self.worklist, [
                self.tr("{person}: %n post(s)", "", len(posts)).format(person=consent.person_name),
                self._status(consent)])
            head.setExpanded(True)
            for post in posts:
                row = QTreeWidgetItem(head, [post.title, label(post.status),
                                             format_datetime(post.planned_at, zone) if post.planned_at else ""])
                row.setData(0, Qt.ItemDataRole.UserRole, post.id)
                replace_button = QPushButton(self.tr("Replace the photo…"), self.worklist)
                replace_button.setObjectName(f"replace_{post.id}")
                replace_button.clicked.connect(
                    lambda _c=False, p=post, c=consent: self.replace_photo(p, c))
                withdraw_button = QPushButton(self.tr("Withdraw"), self.worklist)
                withdraw_button.setObjectName(f"withdraw_{post.id}")
                withdraw_button.clicked.connect(
                    lambda _c=False, p=post, c=consent: self._run(
                        lambda: uc.withdraw_post(self.ctx.store, p, c)))
                self.worklist.setItemWidget(row, 3, replace_button)
                self.worklist.setItemWidget(row, 4, withdraw_button)
        for column in range(3):
            self.worklist.resizeColumnToContents(column)
        self.worklist.setColumnWidth(3, self.fontMetrics().horizontalAdvance(
            self.tr("Replace the photo…")) + 40)

    def worklist_posts(self) -> list[str]:
        titles = []
        for top in range(self.worklist.topLevelItemCount()):
            head = self.worklist.topLevelItem(top)
            titles += [head.child(i).text(0) for i in range(head.childCount())]
        return titles

    def replace_photo(self, post, consent: Consent, choice: int | None = None) -> None:
        """Replace the photos showing that person in ``post`` by another of the library (asked
        for, among those not showing them)."""
        candidates = [m for m in self.ctx.store.media.all()
                      if consent.person_id not in m.person_ids]
        if not candidates:
            self.message.show_message(self.tr("The library has no other photo to use."))
            return
        if choice is None:
            names = [m.filename for m in candidates]
            name, ok = QInputDialog.getItem(self, self.tr("Replace the photo"),
                                            self.tr("Photo to use instead:"), names, 0, False)
            if not ok:
                return
            choice = candidates[names.index(name)].id
        self._run(lambda: uc.replace_media(self.ctx.store, post, consent, choice))

    def _run(self, use_case):
        try:
            change = self.ctx.push(use_case())
            self.message.show_message("")
            return change
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return None

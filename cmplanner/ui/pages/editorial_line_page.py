"""The editorial line: objectives, pillars, audiences, networks with their cadence against the
next four weeks, the charter and the exceptional circuit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from cmplanner.domain.enums import PostKind
from cmplanner.services.cadence_report import cadence_report

from ..editors.common import format_date
from ..editors.line_editors import AudienceEditorDialog, PillarEditorDialog
from ..editors.network_editor import NetworkEditorDialog
from ..editors.plan_rules_editors import CharterDialog, CrisisCircuitDialog, EditorialLineDialog
from ..labels import label
from ..models.editorial_models import AudienceModel, NetworkCadenceModel, PillarModel
from . import common
from .common import MessageLine, TableSection
from .entity_actions import EntityActions


def _wrapping_label(parent: QWidget, name: str) -> QLabel:
    text = QLabel(parent)
    text.setObjectName(name)
    text.setWordWrap(True)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text.setMargin(6)
    return text


class EditorialLinePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorialLinePage")
        self.ctx = ctx
        self.message = MessageLine(self)
        self.pillar_model = PillarModel(self)
        self.audience_model = AudienceModel(self)
        self.network_model = NetworkCadenceModel(self)
        self.pillar_actions = EntityActions(ctx, self, self.message, "pillars", PillarEditorDialog,
                                            lambda p: p.name, self.tr("Delete pillar {name}"))
        self.audience_actions = EntityActions(ctx, self, self.message, "audiences", AudienceEditorDialog,
                                              lambda a: a.name, self.tr("Delete audience {name}"))
        self.network_actions = EntityActions(ctx, self, self.message, "networks", NetworkEditorDialog,
                                             lambda n: n.label, self.tr("Delete network {name}"))
        self.pillars = TableSection(self.pillar_model, "pillars", self.tr("&New pillar…"),
                                    self.pillar_actions.add, self.pillar_actions.edit,
                                    self.pillar_actions.delete, self)
        self.audiences = TableSection(self.audience_model, "audiences", self.tr("&New audience…"),
                                      self.audience_actions.add, self.audience_actions.edit,
                                      self.audience_actions.delete, self)
        self.networks = TableSection(self.network_model, "networks", self.tr("&New network…"),
                                     self.network_actions.add,
                                     lambda row: self.network_actions.edit(row.network),
                                     lambda row: self.network_actions.delete(row.network), self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._line_tab(), self.tr("Objectives"))
        self.tabs.addTab(self.pillars, self.tr("Pillars"))
        self.tabs.addTab(self.audiences, self.tr("Audiences"))
        networks = QWidget(self)
        networks_layout = QVBoxLayout(networks)
        networks_layout.addWidget(QLabel(self.tr("Posts and series occurrences planned in the next four "
                                                 "weeks, against each network's cadence target."), networks))
        networks_layout.addWidget(self.networks, 1)
        closures = QPushButton(self.tr("Closure &days…"), networks)
        closures.setObjectName("editClosures")
        closures.setToolTip(self.tr("Days when the company or a site is closed: the cadence expects no post on them"))
        closures.clicked.connect(self._edit_closures)
        closures_row = QHBoxLayout()
        closures_row.addWidget(closures)
        closures_row.addStretch(1)
        networks_layout.addLayout(closures_row)
        self.tabs.addTab(networks, self.tr("Networks and cadence"))
        self.tabs.addTab(self._rules_tab(), self.tr("Charter and validation"))
        from .line_review import LineReviewTab

        self.review = LineReviewTab(ctx, self)
        self.tabs.addTab(self.review, self.tr("Coverage, mix and workload"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        self.reload()

    def _line_tab(self) -> QWidget:
        page = QWidget(self)
        self.objectives = _wrapping_label(page, "lineObjectivesText")
        self.line_info = _wrapping_label(page, "lineInfo")
        edit = QPushButton(self.tr("Edit the editorial &line…"), page)
        edit.setObjectName("editLine")
        edit.clicked.connect(lambda: common.open_dialog(EditorialLineDialog(self.ctx, self)))
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.objectives)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.line_info)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _edit_closures(self) -> None:
        from ..editors.closures_editor import ClosuresDialog

        common.open_dialog(ClosuresDialog(self.ctx, self))

    def _rules_tab(self) -> QWidget:
        page = QWidget(self)
        charter_box, (self.charter_text, self.charter_cover) = self._summary_box(
            page, self.tr("Charter: published without validation"), ("charterSummary", "charterCover"),
            self.tr("Edit the &charter…"), "editCharter", CharterDialog)
        circuit_box, (self.circuit_text, self.approvers_text) = self._summary_box(
            page, self.tr("Exceptional circuit: sensitive posts"), ("circuitSummary", "approversSummary"),
            self.tr("Edit the &exceptional circuit…"), "editCircuit", CrisisCircuitDialog)
        layout = QVBoxLayout(page)
        layout.addWidget(charter_box)
        layout.addWidget(circuit_box)
        layout.addStretch(1)
        return page

    def _summary_box(self, page: QWidget, title: str, label_names: tuple[str, ...], button_text: str,
                     button_name: str, dialog) -> tuple[QGroupBox, list[QLabel]]:
        """A titled box of summary lines with the button that opens their editor."""
        box = QGroupBox(title, page)
        lines = [_wrapping_label(box, name) for name in label_names]
        edit = QPushButton(button_text, box)
        edit.setObjectName(button_name)
        edit.clicked.connect(lambda: common.open_dialog(dialog(self.ctx, self)))
        layout = QVBoxLayout(box)
        for line in lines:
            layout.addWidget(line)
        layout.addWidget(edit)
        return box, lines

    def _store_changed(self, what: str) -> None:
        if what in ("settings", "pillars", "audiences", "networks", "people", "posts", "series"):
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        if hasattr(self, "review"):
            self.review.reload()
        self.pillar_model.reload(store)
        self.audience_model.reload(store)
        self.network_model.show_report(cadence_report(store, self.ctx.today()))
        for section in (self.pillars, self.audiences, self.networks):
            section.fit_columns()
        people = {p.id: p.name for p in store.people.all()}
        line = store.editorial_line()
        self.objectives.setText(line.objectives or self.tr("No objectives written yet."))
        if line.validated_by_id and line.validated_on:
            self.line_info.setText(self.tr("Version {version}, validated by {name} on {date}.").format(
                version=line.version, name=people.get(line.validated_by_id, "?"), date=format_date(line.validated_on)))
        else:
            self.line_info.setText(self.tr("Version {version}, not validated yet.").format(version=line.version))
        charter = store.charter()
        pillars = {p.id: p.name for p in store.pillars.all()}
        networks = {n.id: n.label for n in store.networks.all()}
        any_text = self.tr("any")
        self.charter_text.setText(charter.text or self.tr("No charter written yet."))
        self.charter_cover.setText(self.tr("Covers pillars: {pillars}. Networks: {networks}. Kinds: {kinds}.").format(
            pillars=", ".join(pillars.get(i, "?") for i in sorted(charter.covered_pillar_ids)) or any_text,
            networks=", ".join(networks.get(i, "?") for i in sorted(charter.covered_network_ids)) or any_text,
            kinds=", ".join(label(k) for k in PostKind if k in charter.covered_kinds) or self.tr("none")))
        circuit = store.crisis_circuit()
        self.circuit_text.setText(self.tr("%n approval(s) required.", "", circuit.required_approvals))
        self.approvers_text.setText(self.tr("Named approvers: {names}.").format(
            names=", ".join(people.get(i, "?") for i in circuit.approver_ids) or self.tr("nobody yet")))

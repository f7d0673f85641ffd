"""Editors of the plan-wide texts and rules: the editorial line (objectives, version, validation),
the charter (what may be published without validation) and the exceptional circuit (who
approves sensitive posts, and how many approvals they need)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from cmplanner.domain.entities import Charter, CrisisCircuit, EditorialLine
from cmplanner.domain.enums import PostKind

from cmplanner.services import plan_rules
from cmplanner.services.changes import Change

from ..labels import label
from .common import CheckList, EditorDialog, IdCombo, OptionalDate, form_layout
from ..collation import by_name
from .conflicts import ConflictResolving


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class _PlanRuleDialog(ConflictResolving, EditorDialog):
    """Edits one plan-wide value read by ``load`` and written by ``store`` (undo writes the
    value as it was)."""

    def rule_change(self, before, after, text: str, use_case) -> tuple[Change, str] | None:
        if after == before:
            return None
        return use_case(self.store, before, after), text


class EditorialLineDialog(_PlanRuleDialog):
    conflict_kind = "line"
    conflict_attributes = ("line", "line")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Editorial line"))
        self.line = ctx.store.editorial_line()
        form = form_layout()
        self.objectives = _text_box(self, 8)
        self.objectives.setObjectName("lineObjectives")
        self.version = QLineEdit(self)
        self.version.setObjectName("lineVersion")
        self.validated_by = IdCombo(self.tr("Not validated yet"), self)
        self.validated_by.set_items((p.id, p.name) for p in by_name(ctx.store.people.all()))
        self.validated_on = OptionalDate(self.tr("Not validated yet"), self)
        form.addRow(self.tr("&Objectives and tone:"), self.objectives)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("Validated &by:"), self.validated_by)
        form.addRow(self.tr("Validated &on:"), self.validated_on)
        self.body.addLayout(form)
        self._load(self.line)
        self.resize_in_lines(90, 22)

    def _load(self, line: EditorialLine) -> None:
        self.objectives.setPlainText(line.objectives)
        self.version.setText(line.version)
        self.validated_by.set_current_id(line.validated_by_id)
        self.validated_on.set_value(line.validated_on)

    def collect(self) -> EditorialLine:
        return replace(self.line, objectives=self.objectives.toPlainText().strip(),
                       version=self.version.text().strip(), validated_by_id=self.validated_by.current_id(),
                       validated_on=self.validated_on.value())

    def write(self) -> tuple[Change, str] | None:
        return self.rule_change(self.line, self.collect(), self.tr("Edit the editorial line"),
                                 plan_rules.save_editorial_line)


class CharterDialog(_PlanRuleDialog):
    conflict_kind = "charter"
    conflict_attributes = ("charter", "charter")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Charter"))
        self.charter = ctx.store.charter()
        form = form_layout()
        self.text = _text_box(self, 6)
        self.text.setObjectName("charterText")
        self.pillars = CheckList(self, columns=2)
        self.pillars.setObjectName("charterPillars")
        self.pillars.set_items(((p.id, p.name) for p in ctx.store.pillars.all()), self.charter.covered_pillar_ids)
        self.networks = CheckList(self, columns=3)
        self.networks.setObjectName("charterNetworks")
        self.networks.set_items(((n.id, n.label) for n in ctx.store.networks.all()), self.charter.covered_network_ids)
        self.kinds = CheckList(self, columns=2)
        self.kinds.setObjectName("charterKinds")
        self.kinds.set_items(((k, label(k)) for k in PostKind), self.charter.covered_kinds)
        hint = QLabel(self.tr("Posts of the ticked pillars, networks and kinds may be scheduled without "
                              "validation. No pillar or network ticked means any. Sensitive posts always "
                              "go through the exceptional circuit."), self)
        hint.setWordWrap(True)
        form.addRow(self.tr("&Text of the charter:"), self.text)
        form.addRow(self.tr("Covered &pillars:"), self.pillars)
        form.addRow(self.tr("Covered &networks:"), self.networks)
        form.addRow(self.tr("Covered &kinds:"), self.kinds)
        form.addRow("", hint)
        self.body.addLayout(form)
        self.text.setPlainText(self.charter.text)
        self.resize_in_lines(100, 28)

    def _load(self, charter: Charter) -> None:
        self.text.setPlainText(charter.text)
        for checks, ticked in ((self.pillars, charter.covered_pillar_ids),
                               (self.networks, charter.covered_network_ids),
                               (self.kinds, charter.covered_kinds)):
            for key in checks.checked_ids() + list(ticked):
                checks.set_checked(key, key in ticked)

    def collect(self) -> Charter:
        return Charter(self.text.toPlainText().strip(), set(self.pillars.checked_ids()),
                       set(self.networks.checked_ids()), set(self.kinds.checked_ids()))

    def write(self) -> tuple[Change, str] | None:
        return self.rule_change(self.charter, self.collect(), self.tr("Edit the charter"),
                                plan_rules.save_charter)


class CrisisCircuitDialog(_PlanRuleDialog):
    conflict_kind = "circuit"
    conflict_attributes = ("circuit", "circuit")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Exceptional validation circuit"))
        self.circuit = ctx.store.crisis_circuit()
        form = form_layout()
        self.approvers = CheckList(self, columns=2)
        self.approvers.setObjectName("circuitApprovers")
        self.approvers.set_items(((p.id, p.name) for p in by_name(ctx.store.people.all())), self.circuit.approver_ids)
        self.required = QSpinBox(self)
        self.required.setObjectName("circuitRequired")
        self.required.setRange(0, 20)
        self.required.setValue(self.circuit.required_approvals)
        self.deadline = QSpinBox(self)
        self.deadline.setObjectName("circuitDeadline")
        self.deadline.setRange(0, 24 * 14)
        self.deadline.setSpecialValueText(self.tr("no deadline"))
        self.deadline.setSuffix(self.tr(" h"))
        self.deadline.setValue(self.circuit.deadline_hours)
        self.substitute = IdCombo(self.tr("Nobody"), self)
        self.substitute.setObjectName("circuitSubstitute")
        self.substitute.set_items((p.id, p.name) for p in ctx.store.people.all())
        self.substitute.set_current_id(self.circuit.substitute_id)
        hint = QLabel(self.tr("Sensitive posts (crisis, replies to negative reviews or trolls) need these "
                              "approvals before they can be scheduled. A request still waiting after "
                              "the deadline is overdue and can be escalated to the substitute."), self)
        hint.setWordWrap(True)
        form.addRow(self.tr("Named &approvers:"), self.approvers)
        form.addRow(self.tr("Approvals &required:"), self.required)
        form.addRow(self.tr("&Deadline to decide:"), self.deadline)
        form.addRow(self.tr("&Substitute once overdue:"), self.substitute)
        form.addRow("", hint)
        self.body.addLayout(form)
        self.resize_in_lines(80, 16)

    def _load(self, circuit: CrisisCircuit) -> None:
        for key in self.approvers.checked_ids() + list(circuit.approver_ids):
            self.approvers.set_checked(key, key in circuit.approver_ids)
        self.required.setValue(circuit.required_approvals)
        self.deadline.setValue(circuit.deadline_hours)
        self.substitute.set_current_id(circuit.substitute_id)

    def collect(self) -> CrisisCircuit:
        chosen = set(self.approvers.checked_ids())
        kept = [i for i in self.circuit.approver_ids if i in chosen]
        return CrisisCircuit(kept + sorted(chosen - set(kept)), self.required.value(),
                             self.deadline.value(), self.substitute.current_id())

    def write(self) -> tuple[Change, str] | None:
        return self.rule_change(self.circuit, self.collect(), self.tr("Edit the exceptional circuit"),
                                 plan_rules.save_circuit)

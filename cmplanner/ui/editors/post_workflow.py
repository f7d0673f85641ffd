"""The workflow part of the post editor: status, the steps this person may take, decisions,
the approvals given and who is still awaited. Which steps exist is the domain's answer
(workflow.allowed_transitions / waiting_for); this panel only shows it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from cmplanner.domain import workflow
from cmplanner.domain.entities import Charter, CrisisCircuit, Person, Post
from cmplanner.domain.readiness import Readiness
from cmplanner.domain.enums import Decision, PostStatus

from ..labels import label
from ..messages import describe
from .common import format_datetime, quoted

S = PostStatus


def step_label(source: PostStatus, target: PostStatus) -> str:
    """The words on the button that moves a post from ``source`` to ``target``."""
    if target is S.DRAFT:
        if source is S.IDEA:
            return QCoreApplication.translate("PostWorkflow", "Start the draft")
        if source is S.TO_VALIDATE:
            return QCoreApplication.translate("PostWorkflow", "Withdraw from validation")
        if source is S.CANCELLED:
            return QCoreApplication.translate("PostWorkflow", "Reopen as a draft")
        return QCoreApplication.translate("PostWorkflow", "Back to draft")
    return {
        S.IDEA: QCoreApplication.translate("PostWorkflow", "Back to ideas"),
        S.TO_VALIDATE: QCoreApplication.translate("PostWorkflow", "Submit for validation"),
        S.SCHEDULED: QCoreApplication.translate("PostWorkflow", "Schedule"),
        S.PUBLISHED: QCoreApplication.translate("PostWorkflow", "Mark as published"),
        S.CANCELLED: QCoreApplication.translate("PostWorkflow", "Cancel the post"),
    }[target]


def step_undo_text(target: PostStatus, title: str) -> str:
    template = {
        S.IDEA: QCoreApplication.translate("PostWorkflow", "Move post {title} back to ideas"),
        S.DRAFT: QCoreApplication.translate("PostWorkflow", "Move post {title} to draft"),
        S.TO_VALIDATE: QCoreApplication.translate("PostWorkflow", "Submit post {title} for validation"),
        S.APPROVED: QCoreApplication.translate("PostWorkflow", "Approve post {title}"),
        S.SCHEDULED: QCoreApplication.translate("PostWorkflow", "Schedule post {title}"),
        S.PUBLISHED: QCoreApplication.translate("PostWorkflow", "Mark post {title} as published"),
        S.CANCELLED: QCoreApplication.translate("PostWorkflow", "Cancel post {title}"),
    }[target]
    return template.format(title=quoted(title))


def decision_undo_text(decision: Decision, title: str) -> str:
    template = QCoreApplication.translate("PostWorkflow", "Approve post {title}") if decision is Decision.APPROVE \
        else QCoreApplication.translate("PostWorkflow", "Reject post {title}")
    return template.format(title=quoted(title))


def decision_label(decision: Decision) -> str:
    return QCoreApplication.translate("PostWorkflow", "Approved") if decision is Decision.APPROVE \
        else QCoreApplication.translate("PostWorkflow", "Rejected")


STEP_ORDER = (S.IDEA, S.DRAFT, S.TO_VALIDATE, S.SCHEDULED, S.PUBLISHED, S.CANCELLED)


class WorkflowPanel(QGroupBox):
    step_requested = Signal(object)  # PostStatus
    decision_requested = Signal(object, str)  # Decision, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workflow"), parent)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.actor_label = QLabel(self)
        self.actor_label.setObjectName("actorLabel")
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setWordWrap(True)
        self.effect_label = QLabel(self)  # what saving the edit will do (a new approval round...)
        self.effect_label.setObjectName("effectLabel")
        self.effect_label.setWordWrap(True)
        self.effect_label.setStyleSheet("color: #9a5b00; font-weight: bold;")
        self.effect_label.hide()
        self.blocked_label = QLabel(self)
        self.blocked_label.setObjectName("blockedLabel")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet("color: #c62828")
        self.blocked_label.hide()
        self.step_buttons: dict[PostStatus, QPushButton] = {}
        steps = QHBoxLayout()
        for target in STEP_ORDER:
            button = QPushButton(self)
            button.setObjectName(f"step_{target.value}")
            button.clicked.connect(lambda _checked=False, t=target: self.step_requested.emit(t))
            self.step_buttons[target] = button
            steps.addWidget(button)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("decisionComment")
        self.comment.setPlaceholderText(self.tr("Comment on your decision (optional)"))
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approveButton")
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setObjectName("rejectButton")
        self.approve_button.clicked.connect(
            lambda: self.decision_requested.emit(Decision.APPROVE, self.comment.text().strip()))
        self.reject_button.clicked.connect(
            lambda: self.decision_requested.emit(Decision.REJECT, self.comment.text().strip()))
        steps.addStretch(1)
        # In a meeting, whoever decides is chosen here among the people in the room.
        self.decider_label = QLabel(self.tr("Decided by:"), self)
        self.decider = QComboBox(self)
        self.decider.setObjectName("meetingDecider")
        self.decider_label.setBuddy(self.decider)
        self.decider_label.hide()
        self.decider.hide()
        decide = QHBoxLayout()
        decide.addWidget(self.decider_label)
        decide.addWidget(self.decider)
        decide.addWidget(self.comment, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        head = QHBoxLayout()
        head.addWidget(self.status_label)
        head.addStretch(1)
        head.addWidget(self.actor_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.effect_label)
        layout.addWidget(self.blocked_label)
        layout.addLayout(steps)
        layout.addLayout(decide)

    def show_effect(self, text: str) -> None:
        self.effect_label.setText(text)
        self.effect_label.setVisible(bool(text))

    def show_post(self, post: Post, person: Person | None, charter: Charter,
                  circuit: CrisisCircuit, people: list[Person], now: datetime | None = None,
                  readiness: Readiness | None = None) -> None:
        self.status_label.setText(self.tr("Status: <b>{status}</b>").format(status=label(post.status)))
        self.actor_label.setText(self.tr("Acting as {name}").format(name=person.name) if person
                                 else self.tr("Choose who you are in the preferences"))
        # Every step the workflow has from here is shown; a refused one is disabled and says why
        # (a broken network limit or image-rights consent included: readiness).
        steps = workflow.steps(post, person, charter, circuit, now, readiness)
        for target, button in self.step_buttons.items():
            button.setText(step_label(post.status, target))
            button.setVisible(target in steps)
            refusal = steps.get(target)
            button.setEnabled(target in steps and refusal is None)
            button.setToolTip(describe(refusal) if refusal is not None else "")
        blocked = [readiness.refusal(post, t) for t in steps] if readiness is not None else []
        reasons = list(dict.fromkeys(describe(r) for r in blocked if r is not None))
        self.blocked_label.setText("\n".join(reasons))
        self.blocked_label.setVisible(bool(reasons))
        may_decide = steps.get(S.APPROVED, "no") is None
        for widget in (self.comment, self.approve_button, self.reject_button):
            widget.setVisible(may_decide)
        waiting = workflow.waiting_for(post, people, circuit)
        if post.status is S.TO_VALIDATE:
            needed = workflow.approvals_required(post, circuit)
            granted = sum(1 for a in workflow.current_approvals(post) if a.decision is Decision.APPROVE)
            names = ", ".join(p.name for p in waiting) or self.tr("nobody")
            self.waiting_label.setText(
                self.tr("Approvals: {granted} of {needed}. Still awaited: {names}.")
                .format(granted=granted, needed=needed, names=names))
        elif post.status in (S.IDEA, S.DRAFT) and workflow.is_covered_by_charter(post, charter):
            self.waiting_label.setText(self.tr("Covered by the charter: it can be scheduled without validation."))
        elif post.status in (S.IDEA, S.DRAFT):
            self.waiting_label.setText(self.tr("Not covered by the charter: it must be validated before scheduling."))
        else:
            self.waiting_label.setText("")
        self.waiting_label.setVisible(bool(self.waiting_label.text()))

    def clear_comment(self) -> None:
        self.comment.clear()

    def show_deciders(self, people: list[Person] | None, current_id: int | None = None) -> None:
        """The people who may be chosen as the one deciding (a meeting's attendees), or None
        outside a meeting: the acting person decides."""
        self.decider.blockSignals(True)
        self.decider.clear()
        for person in people or []:
            self.decider.addItem(person.name, person.id)
        if current_id is not None and self.decider.findData(current_id) >= 0:
            self.decider.setCurrentIndex(self.decider.findData(current_id))
        self.decider.blockSignals(False)
        self.decider.setVisible(people is not None)
        self.decider_label.setVisible(people is not None)

    def decider_id(self) -> int | None:
        return None if self.decider.isHidden() else self.decider.currentData()


class ApprovalsList(QTreeWidget):
    """Who decided what and when, every validation round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsList")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("Round"), self.tr("Who"), self.tr("When"),
                              self.tr("Decision"), self.tr("Comment")])

    def show_post(self, post: Post, people: dict[int, str], zone_name: str) -> None:
        self.clear()
        for approval in post.approvals:
            item = QTreeWidgetItem(self, [
                str(approval.round), people.get(approval.person_id, "?"),
                format_datetime(approval.decided_at, zone_name), decision_label(approval.decision),
                approval.comment])
            item.setToolTip(4, approval.comment)
        for column in range(4):
            self.resizeColumnToContents(column)
        self.setMinimumHeight(self.fontMetrics().height() * 5)
        self.header().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

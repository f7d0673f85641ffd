"""The editorial line's review tab: charter coverage over a period against 95 %, the pillar and
audience mix beside the targets (and a warning when the targets do not add up to 100 %), the
line's versions with their validation, and the estimated workload per person and week.

The figures are ``services.review``'s (the dashboard and the review pack show the same)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from cmplanner.services.review import ReviewFigures, review_figures

from cmplanner.domain.errors import DomainError

from ..editors.common import format_date
from ..models.waiting_model import DEADLINE_COLUMN, WaitingModel
from ..days_off_words import capacity_reason, days_off_count, hours
from ..messages import describe
from .common import rows_view
from .periods import period_choices


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{body}</table>"


def _hours(value: float) -> str:
    """Hours with one decimal, the interface's way ("8,7" in French)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value, "f", 1)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


class LineReviewTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineReviewTab")
        self.ctx = ctx
        self.period = QComboBox(self)
        self.period.setObjectName("lineReviewPeriod")
        for text, period in period_choices(ctx.today()):
            self.period.addItem(text, period)
        self.period.activated.connect(lambda _i: self.reload())
        self.coverage = self._label("lineCoverage")
        self.shares = self._label("lineShares")
        self.shares.setStyleSheet("color: #b00020;")
        self.mix = self._label("lineMix")
        self.history = self._label("lineHistory")
        self.workload = self._label("lineWorkload")
        self.waiting_title = self._label("lineWaitingTitle")
        self.waiting_model = WaitingModel(self)
        self.waiting = rows_view(self.waiting_model, "lineWaiting", self)
        self.waiting.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.waiting.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setSortingEnabled(True)
        self.waiting.sortByColumn(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.escalate = QPushButton(self.tr("&Escalate the overdue requests to the substitute"), self)
        self.escalate.setObjectName("escalateOverdue")
        self.escalate.clicked.connect(self.escalate_overdue)
        self.estimates = QPushButton(self.tr("Edit the workload &estimates…"), self)
        self.estimates.setObjectName("editWorkload")
        self.estimates.clicked.connect(self.edit_estimates)
        self.message = QLabel(self)
        self.message.setObjectName("lineReviewMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.over = self._label("lineOverCapacity")
        self.over.setStyleSheet("color: #b00020;")
        host = QWidget(self)
        column = QVBoxLayout(host)
        for widget in (self.coverage, self.shares, self.waiting_title, self.waiting, self.escalate, self.mix,
                       self.history, self.over, self.workload, self.estimates, self.message):
            # Buttons keep their size; texts take the width, so they wrap to their full height.
            alignment = Qt.AlignmentFlag.AlignLeft if isinstance(widget, QPushButton) else Qt.AlignmentFlag(0)
            column.addWidget(widget, 0, alignment)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("&Period:"), self)
        caption.setBuddy(self.period)
        bar.addWidget(caption)
        bar.addWidget(self.period)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.figures: ReviewFigures | None = None
        self.reload()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def reload(self) -> None:
        f = review_figures(self.ctx.store, self.period.currentData(), self.ctx.today())
        self.figures = f
        coverage = f.coverage
        verdict = ("" if coverage.meets_target is None else
                   self.tr("target reached") if coverage.meets_target else self.tr("below the target"))
        self.coverage.setText("<h3>{}</h3><p>{}</p>".format(
            escape(self.tr("Charter coverage")),
            escape(self.tr("{covered} of {total} posts going out were covered by the charter: "
                           "{share} (target 95 %) — {verdict}.").format(
                covered=coverage.covered, total=coverage.total, share=_pct(coverage.share),
                verdict=verdict or self.tr("no post went out")))))
        self.shares.setText(escape(self.tr("The pillars' target shares add up to {total} %, not 100 %.")
                                   .format(total=f.shares_problem.params["total"]))
                            if f.shares_problem else "")
        self.shares.setVisible(f.shares_problem is not None)
        mix_rows = [[r.name, r.count, _pct(r.share), _pct(r.target),
                     "" if r.gap is None else f"{100 * r.gap:+.0f}"] for r in f.pillar_mix]
        audience_rows = [[r.name, r.count, _pct(r.share)] for r in f.audience_mix]
        self.mix.setText(
            "<h3>{}</h3>{}<h3>{}</h3>{}".format(
                escape(self.tr("Pillar mix beside the targets")),
                _table([self.tr("Pillar"), self.tr("Posts"), self.tr("Actual"), self.tr("Target"),
                        self.tr("Gap (points)")], mix_rows),
                escape(self.tr("Audience mix")),
                _table([self.tr("Audience"), self.tr("Posts"), self.tr("Actual")], audience_rows)))
        people = f.people
        line = f.line_version
        rows = [[v.version, people.get(v.validated_by_id, "—") if v.validated_by_id else "—",
                 format_date(v.validated_on) if v.validated_on else self.tr("not validated"),
                 format_date(v.replaced_at.date()) if v.replaced_at else "—"]
                for v in reversed(f.line_history)]
        if line is not None:
            rows.insert(0, [line.version + " " + self.tr("(current)"),
                            people.get(line.validated_by_id, "—") if line.validated_by_id else "—",
                            format_date(line.validated_on) if line.validated_on else self.tr("not validated"),
                            ""])
        self.history.setText("<h3>{}</h3>{}".format(
            escape(self.tr("Versions of the editorial line")),
            _table([self.tr("Version"), self.tr("Validated by"), self.tr("Validated on"),
                    self.tr("Replaced on")], rows)))
        weeks = f.period.weeks()
        from ..collation import collator

        sort_key = collator().sortKey
        names = sorted({r.person_id for r in f.workload}, key=lambda p: sort_key(people.get(p, "")))
        cells = {(r.person_id, r.week): r for r in f.workload}
        load_rows = []
        for person in names:
            row = [people.get(person, "?")]
            for week in weeks:
                load = cells.get((person, week))
                row.append("" if load is None else
                           f"{_hours(load.hours)} h" + (f" / {hours(load.capacity_hours)} h*" if load.reduced else "")
                           + (" ⚠" if load.over_capacity else ""))
            load_rows.append(row)
        def week_name(week: date) -> str:
            return self.tr("W%1").replace("%1", f"{week.isocalendar()[1]:02d}")

        reduced = [r for r in f.workload if r.reduced]
        explained = "<p>{}</p><ul>{}</ul>".format(escape(self.tr("* Capacity cut by days off:")), "".join(
            "<li>{}</li>".format(escape(self.tr("{name}, {week}: {reason}").format(
                name=people.get(r.person_id, "?"), week=week_name(r.week), reason=capacity_reason(r))))
            for r in reduced)) if reduced else ""
        self.workload.setText("<h3>{}</h3>{}{}".format(
            escape(self.tr("Estimated hours per person and week")),
            _table([self.tr("Person")] + [week_name(w) for w in weeks], load_rows), explained))
        over = [r for r in f.workload if r.over_capacity]
        self.over.setText(escape(self.tr(
            "%n week(s) over capacity: {list}.", "", len(over)).format(
            list=", ".join(f"{people.get(r.person_id, '?')} ({week_name(r.week)}: "
                           f"{_hours(r.hours)} h / {hours(r.capacity_hours)} h"
                           + (f" — {days_off_count(r.holidays, r.closure_days)}" if r.reduced else "") + ")"
                           for r in over))) if over else "")
        self.over.setVisible(bool(over))

        self.waiting_title.setText("<h3>{}</h3>{}".format(
            escape(self.tr("Approvals waiting")), "" if f.waiting else escape(self.tr("None."))))
        self.waiting_model.zone = self.ctx.store.zone_name
        self.waiting_model.set_rows(f.waiting)
        header = self.waiting.horizontalHeader()
        self.waiting_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.waiting.resizeColumnsToContents()
        self.waiting.setVisible(bool(f.waiting))
        circuit = self.ctx.store.crisis_circuit()
        if circuit.substitute_id is not None:
            self.escalate.setText(self.tr("&Escalate the overdue requests to {name}").format(
                name=people.get(circuit.substitute_id, "?")))
        self.escalate.setVisible(circuit.substitute_id is not None
                                 and any(w.overdue for w in f.waiting))

    def escalate_overdue(self) -> None:
        from cmplanner.services.approvals import escalate_overdue

        try:
            self.ctx.push(escalate_overdue(self.ctx.store))
        except DomainError as exc:
            self.message.setText(describe(exc))

    def edit_estimates(self) -> None:
        from ..editors.workload_editor import WorkloadDialog
        from . import common

        common.open_dialog(WorkloadDialog(self.ctx, self))

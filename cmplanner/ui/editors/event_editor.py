"""The event editor: what, when, where, who organises it, and its promotion plan previewed as the
posts it creates (a new event) or moves (an event that changes date)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox, QDateTimeEdit, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from cmplanner.domain import promotion
from cmplanner.domain.entities import Event, Post
from cmplanner.domain.enums import EventKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.promotion_sync import missing_posts
from cmplanner.domain.timezones import local_datetime, to_local

from ..labels import label
from ..messages import describe
from .common import (
    CheckList, EditorDialog, EnumCombo, IdCombo, aware, date_time_format, form_layout,
    format_long_datetime, pydate, qdate, qdatetime, quoted,
)
from cmplanner.services.changes import Change
from cmplanner.services.events import save_event

from .conflicts import ConflictResolving
from .promotion_table import PromotionTable
from ..collation import by_name


def new_event(zone_name: str, today: date | None = None) -> Event:
    """A meetup three weeks ahead, 10:00-12:00, with the default promotion plan."""
    today = today or datetime.now(timezone.utc).astimezone().date()
    day = today + timedelta(days=21)
    return Event("", EventKind.MEETUP, local_datetime(day, time(10, 0), zone_name),
                 local_datetime(day, time(12, 0), zone_name), promotion=promotion.default_plan())


class EventEditorDialog(ConflictResolving, EditorDialog):
    conflict_kind = "events"
    conflict_attributes = ("_before", "event")
    PREVIEW_DATE, PREVIEW_TITLE, PREVIEW_NETWORKS, PREVIEW_CHANGE = range(4)

    def __init__(self, ctx, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("eventEditor")
        settings = ctx.store.settings()
        self._zone, self._language = settings.timezone, settings.language
        self._before = event
        self.event = event or new_event(self._zone)
        self._posts = ctx.store.posts.for_event(event.id) if event and event.id is not None else []
        self._networks = ctx.store.networks.all()
        self._network_names = {n.id: n.label for n in self._networks}
        self.setWindowTitle(self.tr("New event") if event is None else
                            self.tr("Event {title}").format(title=quoted(event.title)))

        form = form_layout()
        self.kind = EnumCombo(EventKind, label, self)
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.all_day = QCheckBox(self.tr("All day"), self)
        self.all_day.setObjectName("allDay")
        self.start = QDateTimeEdit(self)
        self.start.setObjectName("eventStart")
        self.end = QDateTimeEdit(self)
        self.end.setObjectName("eventEnd")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.end, 1)
        when.addWidget(self.all_day)
        self.site = IdCombo(self.tr("No site of ours"), self)
        self.site.set_items((s.id, s.name) for s in ctx.store.sites.all())
        self.location = QLineEdit(self)
        self.organisers = CheckList(self, columns=3)
        self.organisers.setObjectName("organisers")
        self.organisers.set_items((p.id, p.name) for p in by_name(ctx.store.people.all()))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("From / to:"), when)
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("&Place:"), self.location)
        form.addRow(self.tr("&Organisers:"), self.organisers)

        plan_box = QGroupBox(self.tr("Promotion plan"), self)
        self.steps = PromotionTable(self._networks, self._language, plan_box)
        QVBoxLayout(plan_box).addWidget(self.steps)
        preview_box = QGroupBox(self.tr("Promotion posts"), self)
        self.preview = QTreeWidget(preview_box)
        self.preview.setObjectName("promotionPreview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Networks"),
                                      self.tr("Change")])
        header = self.preview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.PREVIEW_TITLE, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(preview_box).addWidget(self.preview)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(plan_box, 1)
        right.addWidget(preview_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)

        self._load(self.event)
        for signal in (self.title.textChanged, self.start.dateTimeChanged, self.end.dateTimeChanged,
                       self.all_day.toggled, self.description.textChanged, self.steps.changed):
            signal.connect(self.refresh_preview)
        self.all_day.toggled.connect(self._all_day_toggled)
        self.start.dateTimeChanged.connect(self._keep_end_after_start)
        self.refresh_preview()
        self.resize_in_lines(170, 40)

    # --- showing -----------------------------------------------------------------------------
    def _load(self, event: Event) -> None:
        self.kind.set_value(event.kind)
        self.title.setText(event.title)
        self.description.setPlainText(event.description)
        self.all_day.setChecked(event.all_day)
        self._show_formats(event.all_day)
        self.start.setDateTime(qdatetime(event.start, self._zone))
        self._shown_start = self.start.dateTime()
        if event.all_day:
            last = to_local(event.end, self._zone)
            last_day = last.date() - timedelta(days=1) if last.time() == time(0, 0) else last.date()
            self.end.setDateTime(QDateTime(qdate(max(last_day, to_local(event.start, self._zone).date())), QTime(0, 0)))
        else:
            self.end.setDateTime(qdatetime(event.end, self._zone))
        self.site.set_current_id(event.site_id)
        self.location.setText(event.location)
        for person_id in event.organiser_ids:
            self.organisers.set_checked(person_id)
        self.steps.set_steps(event.promotion)

    def _show_formats(self, all_day: bool) -> None:
        fmt = date_time_format().split(" ")[0] if all_day else date_time_format()
        self.start.setDisplayFormat(fmt)
        self.end.setDisplayFormat(fmt)

    def _all_day_toggled(self, on: bool) -> None:
        self._show_formats(on)

    def _keep_end_after_start(self, value: QDateTime) -> None:
        """Moving the start moves the end too, keeping the event's length."""
        moved = self._shown_start.secsTo(value)
        self._shown_start = value
        self.end.setDateTime(self.end.dateTime().addSecs(moved))

    # --- reading -----------------------------------------------------------------------------
    def collect(self) -> Event:
        if self.all_day.isChecked():
            first, last = pydate(self.start.date()), pydate(self.end.date())
            start = local_datetime(first, time(0, 0), self._zone)
            end = local_datetime(last + timedelta(days=1), time(0, 0), self._zone)
        else:
            start, end = aware(self.start.dateTime(), self._zone), aware(self.end.dateTime(), self._zone)
        return replace(self.event, kind=self.kind.value(), title=self.title.text().strip(),
                       description=self.description.toPlainText(), all_day=self.all_day.isChecked(),
                       start=start, end=end, site_id=self.site.current_id(),
                       location=self.location.text().strip(),
                       organiser_ids=sorted(self.organisers.checked_ids()), promotion=self.steps.steps())

    def preview_posts(self, event: Event) -> list[tuple[Post, str]]:
        """The posts the event will have, each with what saving does to it."""
        if self._before is None:
            return [(p, self.tr("new")) for p in promotion.promotion_posts(event, self._zone, self._language)]
        moved = {p.id: p for p in promotion.follow_event(self._before, event, self._posts, self._zone)}
        rows = []
        for post in self._posts:
            if post.id in moved:
                rows.append((moved[post.id], self.tr("moves")))
            elif post.status in (PostStatus.PUBLISHED, PostStatus.CANCELLED):
                rows.append((post, self.tr("stays ({status})").format(status=label(post.status))))
            else:
                rows.append((post, self.tr("unchanged")))
        rows += [(p, self.tr("new")) for p in missing_posts(event, self._posts, self._zone, self._language)]
        return sorted(rows, key=lambda r: r[0].planned_at or event.start)

    def refresh_preview(self, *_args) -> None:
        self.preview.clear()
        try:
            event = self.collect()
            rows = self.preview_posts(replace(event, title=event.title or self.tr("(untitled)")))
        except DomainError as exc:
            QTreeWidgetItem(self.preview, ["", describe(exc)])
            return
        for post, change in rows:
            QTreeWidgetItem(self.preview, [
                format_long_datetime(post.planned_at, self._zone) if post.planned_at else "",
                post.title, ", ".join(self._network_names.get(n, "?") for n in post.network_ids) or "—",
                change])
        for column in (self.PREVIEW_DATE, self.PREVIEW_NETWORKS, self.PREVIEW_CHANGE):
            self.preview.resizeColumnToContents(column)

    def preview_rows(self) -> list[list[str]]:
        return [[self.preview.topLevelItem(r).text(c) for c in range(4)]
                for r in range(self.preview.topLevelItemCount())]

    # --- saving ------------------------------------------------------------------------------
    def write(self) -> tuple[Change, str] | None:
        after = self.collect()
        if self._before is not None and after == self._before:
            return None
        if self._before is None:
            text = self.tr("Create event {title} with its promotion posts")
        else:
            text = self.tr("Edit event {title}")
        return save_event(self.store, self._before, after), text.format(title=quoted(after.title))


def open_event_editor(ctx, event: Event | None, parent: QWidget | None = None) -> bool:
    dialog = EventEditorDialog(ctx, event, parent)
    dialog.exec()
    return dialog.saved

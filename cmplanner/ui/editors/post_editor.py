"""The post editor: every field of a post, its network variants, and its workflow.

A workflow step (submit, approve, schedule...) is saved at once as its own undo step, together
with the fields as they stand; OK saves the remaining field edits as one more step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QWidget,
)

from cmplanner.domain import workflow
from cmplanner.domain.entities import Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.domain.validation import validate_post

from ..commands import SaveCommand
from ..labels import label
from ..messages import describe
from .common import (
    CheckList, EditorDialog, EnumCombo, IdCombo, OptionalCount, OptionalDate, OptionalDateTime,
    format_datetime, form_layout, quoted,
)
from .conflicts import ConflictResolving
from .post_workflow import ApprovalsList, WorkflowPanel, decision_undo_text, step_undo_text


def now() -> datetime:
    return datetime.now(timezone.utc)


def _text_box(lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class PostEditorDialog(ConflictResolving, EditorDialog):
    def __init__(self, ctx, post: Post, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("postEditor")
        self.post = post  # the stored post (or the new one), updated by each saved step
        self._stored: Post | None = post if post.id is not None else None
        store = ctx.store
        self._networks = store.networks.all()
        self._people = store.people.all()
        self._zone = store.zone_name

        self.workflow_panel = WorkflowPanel(self)
        self.workflow_panel.step_requested.connect(self.take_step)
        self.workflow_panel.decision_requested.connect(self.decide)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._content_tab(), self.tr("Content"))
        self.tabs.addTab(self._planning_tab(), self.tr("Planning"))
        self.tabs.addTab(self._variants_tab(), self.tr("Variants"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.approvals = ApprovalsList(self)
        self.tabs.addTab(self.approvals, self.tr("Approvals"))
        self.body.addWidget(self.workflow_panel)
        self.body.addWidget(self.tabs, 1)

        self._load(post)
        for signal in (self.sensitive.toggled, self.kind.currentIndexChanged,
                       self.pillar.currentIndexChanged, self.networks.changed, self.planned.changed):
            signal.connect(self._refresh_workflow)
        self.networks.changed.connect(self._enable_variants)
        ctx.current_person_changed.connect(self._refresh_workflow)
        ctx.meeting_mode_changed.connect(self._apply_meeting_mode)
        self._apply_meeting_mode(ctx.meeting_mode)
        self._update_title()
        self.resize_in_lines(110, 40)

    # --- building the tabs -------------------------------------------------------------------
    def _content_tab(self) -> QWidget:
        page = QWidget(self)
        form = form_layout()
        self.title = QLineEdit(page)
        self.title.setObjectName("postTitle")
        self.title.textChanged.connect(self._update_title)
        self.text = _text_box(6, page)
        self.text.setObjectName("postText")
        self.networks = CheckList(page)
        self.networks.setObjectName("postNetworks")
        self._network_items = [(n.id, n.label if n.active else self.tr("{name} (inactive)").format(name=n.label))
                               for n in self._networks]
        self.networks.set_items(self._network_items)
        self.pillar = IdCombo(self.tr("No pillar"), page)
        self.pillar.setObjectName("postPillar")
        self.pillar.set_items((p.id, p.name) for p in self.store.pillars.all())
        self.audience = IdCombo(self.tr("No particular audience"), page)
        self.audience.set_items((a.id, a.name) for a in self.store.audiences.all())
        self.kind = EnumCombo(PostKind, label, page)
        self.kind.setObjectName("postKind")
        self.sensitive = QCheckBox(self.tr("Sensitive subject (exceptional validation circuit)"), page)
        self.sensitive.setObjectName("postSensitive")
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.text)
        form.addRow(self.tr("&Networks:"), self.networks)
        form.addRow(self.tr("&Pillar:"), self.pillar)
        form.addRow(self.tr("&Audience:"), self.audience)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.sensitive)
        page.setLayout(form)
        return page

    def _planning_tab(self) -> QWidget:
        page = QWidget(self)
        form = form_layout()
        self.planned = OptionalDateTime(self.tr("No date (backlog idea)"), self._zone, page)
        self.planned.setObjectName("postPlanned")
        self.content_due = OptionalDate(self.tr("No deadline"), page)
        self.owner = IdCombo(self.tr("Nobody yet"), page)
        self.owner.setObjectName("postOwner")
        self.owner.set_items((p.id, p.name) for p in self._people)
        self.media_needed = QLineEdit(page)
        self.public_notes = _text_box(3, page)
        self.private_notes = _text_box(3, page)
        self.private_notes.setObjectName("privateNotes")
        self.link_label = QLabel(page)
        self.link_label.setObjectName("linkLabel")
        self.link_label.setWordWrap(True)
        form.addRow(self.tr("Publication &date:"), self.planned)
        form.addRow(self.tr("Content d&eadline:"), self.content_due)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Media needed:"), self.media_needed)
        form.addRow(self.tr("Public n&otes:"), self.public_notes)
        form.addRow(self.tr("Pri&vate notes:"), self.private_notes)
        self.private_notes_label = form.labelForField(self.private_notes)
        form.addRow(self.tr("Belongs to:"), self.link_label)
        page.setLayout(form)
        return page

    def _variants_tab(self) -> QWidget:
        page = QWidget(self)
        form = form_layout()
        hint = QLabel(self.tr("Adapt the text for a network; leave empty to use the main text."), page)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.variant_boxes: dict[int, QPlainTextEdit] = {}
        for network in self._networks:
            box = _text_box(3, page)
            box.setObjectName(f"variant_{network.id}")
            self.variant_boxes[network.id] = box  # type: ignore[index]
            form.addRow(network.label + ":", box)
        page.setLayout(form)
        return page

    def _results_tab(self) -> QWidget:
        page = QWidget(self)
        form: QFormLayout = form_layout()
        self.published_url = QLineEdit(page)
        self.published_url.setPlaceholderText("https://")
        self.published_at = OptionalDateTime(self.tr("Not published"), self._zone, page)
        self.reach, self.reactions = OptionalCount(page), OptionalCount(page)
        self.comments, self.shares = OptionalCount(page), OptionalCount(page)
        form.addRow(self.tr("Publication &URL:"), self.published_url)
        form.addRow(self.tr("Published &on:"), self.published_at)
        form.addRow(self.tr("&Reach:"), self.reach)
        form.addRow(self.tr("Re&actions:"), self.reactions)
        form.addRow(self.tr("&Comments:"), self.comments)
        form.addRow(self.tr("&Shares:"), self.shares)
        page.setLayout(form)
        return page

    # --- showing a post ----------------------------------------------------------------------
    def _default_date(self) -> datetime:
        tomorrow = to_local(now(), self._zone).date() + timedelta(days=1)
        return local_datetime(tomorrow, time(9, 0), self._zone)

    def _load(self, post: Post) -> None:
        self.title.setText(post.title)
        self.text.setPlainText(post.text)
        self.networks.set_items(self._network_items, post.network_ids)
        self.pillar.set_current_id(post.pillar_id)
        self.audience.set_current_id(post.audience_id)
        self.kind.set_value(post.kind)
        self.sensitive.setChecked(post.sensitive)
        self.planned.set_value(post.planned_at, self._default_date())
        self.content_due.set_value(post.content_due, (post.planned_at and to_local(post.planned_at, self._zone).date())
                                   or self._default_date().date())
        self.owner.set_current_id(post.owner_id)
        self.media_needed.setText(post.media_needed)
        self.public_notes.setPlainText(post.public_notes)
        self.private_notes.setPlainText(post.private_notes)
        self.link_label.setText(self._link_text(post))
        for network_id, box in self.variant_boxes.items():
            box.setPlainText(post.variants.get(network_id, ""))
        self.published_url.setText(post.published_url)
        self.published_at.set_value(post.published_at, post.planned_at or self._default_date())
        for box, value in ((self.reach, post.reach), (self.reactions, post.reactions),
                           (self.comments, post.comments), (self.shares, post.shares)):
            box.set_value(value)
        self.approvals.show_post(post, {p.id: p.name for p in self._people}, self._zone)  # type: ignore[misc]
        self._enable_variants()
        self._refresh_workflow()

    def _link_text(self, post: Post) -> str:
        parts = []
        if post.series_id is not None:
            series = self.store.series.get(post.series_id)
            name = series.name if series else "?"
            if post.occurrence_start is not None:
                parts.append(self.tr("Series {name} (occurrence of {date})").format(
                    name=quoted(name), date=format_datetime(post.occurrence_start, self._zone)))
            else:
                parts.append(self.tr("Series {name}").format(name=quoted(name)))
        if post.event_id is not None:
            event = self.store.events.get(post.event_id)
            parts.append(self.tr("Promotion of the event {name}").format(name=quoted(event.title if event else "?")))
        return "\n".join(parts) or self.tr("No series or event")

    def _enable_variants(self) -> None:
        chosen = set(self.networks.checked_ids())
        for network_id, box in self.variant_boxes.items():
            box.setEnabled(network_id in chosen)

    def _apply_meeting_mode(self, on: bool) -> None:
        self.private_notes.setVisible(not on)
        if self.private_notes_label is not None:
            self.private_notes_label.setVisible(not on)

    def _update_title(self) -> None:
        title = self.title.text().strip()
        if self.post.id is None:
            self.setWindowTitle(self.tr("New post"))
        else:
            self.setWindowTitle(self.tr("Post {title}").format(title=quoted(title)))

    # --- reading the fields ------------------------------------------------------------------
    def collect(self) -> Post:
        """The post as the fields describe it (status and approvals unchanged)."""
        base = self.post
        networks = self.networks.checked_ids()
        if set(networks) == set(base.network_ids):
            networks = list(base.network_ids)
        variants = {nid: box.toPlainText().strip() for nid, box in self.variant_boxes.items()
                    if nid in networks and box.toPlainText().strip()}
        return replace(
            base, title=self.title.text().strip(), text=self.text.toPlainText(),
            network_ids=networks, pillar_id=self.pillar.current_id(),
            audience_id=self.audience.current_id(), kind=self.kind.value(),
            sensitive=self.sensitive.isChecked(), planned_at=self.planned.value(),
            content_due=self.content_due.value(), owner_id=self.owner.current_id(),
            media_needed=self.media_needed.text().strip(),
            public_notes=self.public_notes.toPlainText(), private_notes=self.private_notes.toPlainText(),
            variants=variants, published_url=self.published_url.text().strip(),
            published_at=self.published_at.value(), reach=self.reach.value_or_none(),
            reactions=self.reactions.value_or_none(), comments=self.comments.value_or_none(),
            shares=self.shares.value_or_none())

    def _rules(self):
        store = self.store
        return store.charter(), store.crisis_circuit()

    def _refresh_workflow(self, *_args) -> None:
        try:
            shown = self.collect()
        except DomainError:
            shown = self.post
        charter, circuit = self._rules()
        self.workflow_panel.show_post(shown, self.ctx.current_person(), charter, circuit, self._people)

    # --- saving ------------------------------------------------------------------------------
    def build_command(self) -> SaveCommand | None:
        after = self.collect()
        validate_post(after, self._zone)
        if self._stored is not None and after == self._stored:
            return None
        self.check_current()  # changed meanwhile: refused before anything is written
        text = (self.tr("Edit post {title}") if self._stored is not None
                else self.tr("Create post {title}")).format(title=quoted(after.title))
        return SaveCommand(self.store, "posts", self._stored, after, text)

    def _push_post(self, after: Post, text: str) -> None:
        command = SaveCommand(self.store, "posts", self._stored, after, text)
        self.push(command)
        self._stored = self.post = command.saved
        self._load(self.post)
        self._update_title()

    def take_step(self, target: PostStatus) -> bool:
        """Move the post (with the fields as they stand) to ``target`` and save it."""
        done = self._workflow_step(
            self.tr("Choose who you are before changing a post's status."),
            lambda working, person, charter, circuit: workflow.transition(
                working, target, person, charter, circuit, now()))
        if done is None:
            self._refresh_workflow()
            return False
        self._push_post(done, step_undo_text(target, done.title))
        return True

    def decide(self, decision: Decision, comment: str = "") -> bool:
        """Record the current person's approval or rejection and save it."""
        done = self._workflow_step(
            self.tr("Choose who you are before deciding on a post."),
            lambda working, person, charter, circuit: workflow.decide(
                working, person, decision, comment, charter, circuit, now()))
        if done is None:
            return False
        self.workflow_panel.clear_comment()
        self._push_post(done, decision_undo_text(decision, done.title))
        return True

    def _workflow_step(self, no_person: str, step) -> Post | None:
        """The post after ``step`` (a workflow rule) applied by the current person to the fields
        as they stand; None, with the refusal shown, when a rule says no."""
        self.show_error("")
        person = self.ctx.current_person()
        charter, circuit = self._rules()
        try:
            working = self.collect()
            validate_post(working, self._zone)
            if person is None:
                raise DomainError(no_person)
            return step(working, person, charter, circuit)
        except DomainError as exc:
            self.show_error(describe(exc))
            return None


def open_post_editor(ctx, post: Post, parent: QWidget | None = None) -> bool:
    """Edit ``post`` (or create it when its id is None); True when something was saved."""
    dialog = PostEditorDialog(ctx, post, parent)
    dialog.exec()
    return dialog.saved


def new_post(planned_at: datetime | None = None, day: date | None = None, zone_name: str = "",
             **fields) -> Post:
    """A fresh idea (undated) or a draft at ``planned_at`` (or 09:00 on ``day``), for the editor."""
    if planned_at is None and day is not None and zone_name:
        planned_at = local_datetime(day, time(9, 0), zone_name)
    status = PostStatus.DRAFT if planned_at is not None else PostStatus.IDEA
    return Post(title=fields.pop("title", ""), planned_at=planned_at, status=status, **fields)

"""The post editor: every field of a post, its network variants, and its workflow.

A workflow step (submit, approve, schedule...) is saved at once as its own undo step, together
with the fields as they stand; OK saves the remaining field edits as one more step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QTabWidget,
    QVBoxLayout, QWidget,
)

from cmplanner.domain import workflow
from cmplanner.domain.entities import Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.services import posts
from cmplanner.services.changes import Change
from cmplanner.services.media import plan_readiness

from ..labels import label
from ..messages import describe
from .common import (
    CheckList, EditorDialog, EnumCombo, IdCombo, OptionalCount, OptionalDate, OptionalDateTime,
    format_datetime, form_layout, quoted,
)
from ..media_images import ThumbnailLoader
from ..previews import PreviewStrip
from .conflicts import ConflictResolving
from .post_workflow import ApprovalsList, WorkflowPanel, decision_undo_text, step_undo_text
from ..collation import by_name
from .media_chooser import MediaChooser
from .variant_checks import VariantCounter


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
        self._people = by_name(store.people.all())
        self._zone = store.zone_name
        self.readiness = plan_readiness(store)  # network limits, media and consents
        self.thumbnails = ThumbnailLoader(store.media_files, self)

        self.workflow_panel = WorkflowPanel(self)
        self.workflow_panel.step_requested.connect(self.take_step)
        self.workflow_panel.decision_requested.connect(self.decide)
        meeting = store.active_meeting()
        if meeting is not None:  # in a meeting, the one deciding is chosen among those present
            present = [p for p in self._people if p.id in meeting.attendee_ids]
            person = ctx.current_person()
            self.workflow_panel.show_deciders(present, person.id if person else None)
        self.workflow_panel.decider.currentIndexChanged.connect(self._refresh_workflow)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._content_tab(), self.tr("Content"))
        self.tabs.addTab(self._planning_tab(), self.tr("Planning"))
        self.tabs.addTab(self._variants_tab(), self.tr("Variants"))
        self.tabs.addTab(self._media_tab(), self.tr("Media"))
        self.previews = PreviewStrip(self)
        self.tabs.addTab(self.previews, self.tr("Previews"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.approvals = ApprovalsList(self)
        self.tabs.addTab(self.approvals, self.tr("Approvals"))
        self.body.addWidget(self.workflow_panel)
        self.body.addWidget(self.tabs, 1)

        self._load(post)
        for signal in (self.sensitive.toggled, self.kind.currentIndexChanged,
                       self.pillar.currentIndexChanged, self.networks.changed, self.planned.changed,
                       self.title.textChanged, self.text.textChanged, self.media_needed.textChanged):
            signal.connect(self._refresh_workflow)
        for box in self.variant_boxes.values():
            box.textChanged.connect(self._refresh_workflow)
        self.networks.changed.connect(self._enable_variants)
        self.media.changed.connect(self._refresh_workflow)
        self.media.changed.connect(self._update_counters)
        self.text.textChanged.connect(self._update_counters)
        self.title.textChanged.connect(self._update_counters)
        # The counters follow each keystroke; the workflow buttons (which recheck every limit of
        # every network) follow when typing pauses. A click is checked by the domain anyway.
        self._workflow_timer = QTimer(self)
        self._workflow_timer.setSingleShot(True)
        self._workflow_timer.setInterval(150)
        self._workflow_timer.timeout.connect(self._refresh_workflow)
        for box in self.variant_boxes.values():
            box.textChanged.connect(self._update_counters)
            box.textChanged.connect(self._workflow_timer.start)
        self.text.textChanged.connect(self._workflow_timer.start)
        self.tabs.currentChanged.connect(self._update_previews)
        self.thumbnails.ready.connect(self._update_previews)
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
        self.counters: dict[int, VariantCounter] = {}
        for network in self._networks:
            box = _text_box(3, page)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 5 + 12)
            box.setObjectName(f"variant_{network.id}")
            self.variant_boxes[network.id] = box  # type: ignore[index]
            column = QVBoxLayout()
            column.addWidget(box)
            rules = self.readiness.rules.get(network.kind)
            if rules is not None:
                shown = VariantCounter(network, rules, page, self.ctx.today())
                self.counters[network.id] = shown  # type: ignore[index]
                column.addWidget(shown)
            form.addRow(network.label + ":", column)
        page.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _media_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Tick the photos and videos of the library to attach; the first is "
                              "the cover. Import new ones with File ▸ Import media…"), page)
        hint.setWordWrap(True)
        self.media = MediaChooser(self.thumbnails, page)
        self.media.setObjectName("postMedia")
        layout.addWidget(hint)
        layout.addWidget(self.media, 1)
        return page

    def _attached(self, post: Post) -> list:
        return [self.readiness.media[i] for i in post.media_ids if i in self.readiness.media]

    def _update_counters(self, *_args) -> None:
        """Every network's counter, from its variant (or the main text)."""
        text, title = self.text.toPlainText(), self.title.text()
        media = [self.readiness.media[i] for i in self.media.checked_ids()
                 if i in self.readiness.media]
        chosen = set(self.networks.checked_ids())
        if text != getattr(self, "_placeholder", None):
            self._placeholder = text
            for box in self.variant_boxes.values():
                box.setPlaceholderText(text)  # what the network gets while the variant is empty
        for network_id, shown in self.counters.items():
            shown.setVisible(network_id in chosen)
            if network_id in chosen:
                variant = self.variant_boxes[network_id].toPlainText().strip()
                shown.show_text(variant or text, title, media)
        if self.tabs.currentWidget() is self.previews:
            self._update_previews()

    def _update_previews(self, *_args) -> None:
        if self.tabs.currentWidget() is not self.previews:
            return
        try:
            shown = self.collect()
        except DomainError:
            shown = self.post
        self.previews.show_post(shown, self.readiness.networks, self.readiness.rules,
                                self.readiness.media, self.thumbnails)

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
        self.media.set_items(list(self.readiness.media.values()), post.media_ids)
        self.published_url.setText(post.published_url)
        self.published_at.set_value(post.published_at, post.planned_at or self._default_date())
        for box, value in ((self.reach, post.reach), (self.reactions, post.reactions),
                           (self.comments, post.comments), (self.shares, post.shares)):
            box.set_value(value)
        self.approvals.show_post(post, {p.id: p.name for p in self._people}, self._zone)  # type: ignore[misc]
        self._enable_variants()
        self._refresh_workflow()
        self._update_counters()

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
        if hasattr(self, "media"):
            self._update_counters()

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
        media_ids = self.media.checked_ids()
        if set(media_ids) == set(base.media_ids):
            media_ids = list(base.media_ids)
        return replace(
            base, title=self.title.text().strip(), text=self.text.toPlainText(),
            network_ids=networks, pillar_id=self.pillar.current_id(),
            audience_id=self.audience.current_id(), kind=self.kind.value(),
            sensitive=self.sensitive.isChecked(), planned_at=self.planned.value(),
            content_due=self.content_due.value(), owner_id=self.owner.current_id(),
            media_needed=self.media_needed.text().strip(),
            public_notes=self.public_notes.toPlainText(), private_notes=self.private_notes.toPlainText(),
            variants=variants, media_ids=media_ids, published_url=self.published_url.text().strip(),
            published_at=self.published_at.value(), reach=self.reach.value_or_none(),
            reactions=self.reactions.value_or_none(), comments=self.comments.value_or_none(),
            shares=self.shares.value_or_none())

    def acting_person(self):
        """Who takes the step: the person chosen as deciding in a meeting, else the user."""
        chosen = self.workflow_panel.decider_id()
        if chosen is not None:
            return next((p for p in self._people if p.id == chosen), None)
        return self.ctx.current_person()

    def _rules(self):
        store = self.store
        return store.charter(), store.crisis_circuit()

    def _refresh_workflow(self, *_args) -> None:
        try:
            shown = self.collect()
        except DomainError:
            shown = self.post
        charter, circuit = self._rules()
        self.workflow_panel.show_post(shown, self.acting_person(), charter, circuit, self._people,
                                      now(), self.readiness)
        effect = workflow.edit_effect(self._stored, shown, charter) if self._stored else None
        self.workflow_panel.show_effect(describe(effect) if effect else "")

    # --- saving ------------------------------------------------------------------------------
    def write(self) -> tuple[Change, str] | None:
        after = self.collect()
        if self._stored is not None and after == self._stored:
            return None
        text = (self.tr("Edit post {title}") if self._stored is not None
                else self.tr("Create post {title}")).format(title=quoted(after.title))
        return posts.save_post(self.store, self._stored, after, now()), text

    def _keep(self, change: Change, text: str) -> None:
        """A step or decision was written: put it on the undo stack and show the stored post."""
        self.push(change, text)
        self._stored = self.post = change.after("posts")[0]
        self._load(self.post)
        self._update_title()

    def take_step(self, target: PostStatus) -> bool:
        """Move the post (with the fields as they stand) to ``target`` and save it."""
        written = self._workflow_step(lambda loaded, edited, person: posts.take_step(
            self.store, loaded, target, person, edited, now()))
        if written is None:
            self._refresh_workflow()
            return False
        self._keep(written, step_undo_text(target, written.after("posts")[0].title))
        return True

    def decide(self, decision: Decision, comment: str = "") -> bool:
        """Record the current person's approval or rejection and save it."""
        written = self._workflow_step(lambda loaded, edited, person: posts.decide(
            self.store, loaded, person, decision, comment, edited, now()))
        if written is None:
            return False
        self.workflow_panel.clear_comment()
        self._keep(written, decision_undo_text(decision, written.after("posts")[0].title))
        return True

    def _workflow_step(self, step) -> Change | None:
        """The change ``step`` (a use case) writes for the current person with the fields as
        they stand; None, with the refusal shown, when a rule says no. A post not stored yet is
        created first, in the same step's undo history."""
        self.show_error("")
        if self.store.read_only:
            self.show_error(self.tr("This plan is open read-only: nothing can be changed."))
            return None
        try:
            edited = self.collect()
            loaded = self._stored
            if loaded is None:
                created = posts.create_post(self.store, edited)
                self.push(created, self.tr("Create post {title}").format(title=quoted(edited.title)))
                loaded = self._stored = self.post = created.after("posts")[0]
                edited = replace(edited, id=loaded.id, uid=loaded.uid, revision=loaded.revision)
            return step(loaded, edited, self.acting_person())
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

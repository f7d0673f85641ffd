"""The media library: photos and videos from the field, with their thumbnails, who sent them,
for which pillar and site, alt text, credit, the people shown (picked from People; their consents
apply) and the posts that use them ("used in" / "not yet used").

The details panel saves like the editors do when a colleague changed the item meanwhile
(editors/conflicts.py): the save is refused, the panel keeps what I typed (a refresh of the same
item does not overwrite it) and the conflict dialog asks what to keep. A media item is one file of
the library, so "copy mine as a new item" is not offered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from cmplanner.domain.entities import MediaItem
from cmplanner.domain.errors import Conflict, DomainError
from cmplanner.domain.network_limits import clock
from cmplanner.services import media as uc

from ..editors.common import IdCombo
from ..editors.conflicts import ConflictResolving
from ..editors.person_picker import PeoplePicker
from ..messages import describe
from .common import MessageLine

ALL, USED, UNUSED = 0, 1, 2


class MediaPage(ConflictResolving, QWidget):
    conflict_kind = "media"
    conflict_attributes = ("_loaded", "_base")  # the item as shown, the one the form builds on
    copyable = False

    def __init__(self, ctx, thumbnails, import_action=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPage")
        self.ctx, self.thumbnails = ctx, thumbnails
        self.store = ctx.store
        self._loaded: MediaItem | None = None
        self._base: MediaItem | None = None
        self.message = MessageLine(self)
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("mediaFilter")
        self.show_filter.addItems([self.tr("All media"), self.tr("Used in posts"),
                                   self.tr("Not yet used")])
        self.show_filter.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, tags, alt text…"))
        self.search.textChanged.connect(self.reload)
        self.import_button = QPushButton(self.tr("&Import media…"), self)
        self.import_button.setObjectName("importMedia")
        if import_action is not None:
            self.import_button.clicked.connect(import_action.trigger)
        self.grid = QListWidget(self)
        self.grid.setObjectName("mediaGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(140, 140))
        self.grid.setGridSize(QSize(170, 185))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.currentItemChanged.connect(self._show_current)
        thumbnails.ready.connect(self._thumbnail_ready)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        self.name = QLabel(self.details)
        self.name.setObjectName("mediaName")
        self.name.setWordWrap(True)
        self.alt_text = QLineEdit(self.details)
        self.alt_text.setObjectName("mediaAlt")
        self.credit = QLineEdit(self.details)
        self.tags = QLineEdit(self.details)
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.pillar = IdCombo(self.tr("No pillar"), self.details)
        self.site = IdCombo(self.tr("No site"), self.details)
        self.sender = IdCombo(self.tr("Nobody"), self.details)
        self.request = IdCombo(self.tr("No request"), self.details)
        self.people = PeoplePicker(ctx, self.details)
        self.people.setObjectName("mediaPeople")
        self.used_in = QLabel(self.details)
        self.used_in.setObjectName("mediaUsedIn")
        self.used_in.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self.details)
        self.save_button.setObjectName("saveMedia")
        self.save_button.clicked.connect(self.save_current)
        self.delete_button = QPushButton(self.tr("&Remove from the library"), self.details)
        self.delete_button.clicked.connect(self.delete_current)
        form.addRow(self.name)
        form.addRow(self.tr("&Alt text:"), self.alt_text)
        form.addRow(self.tr("&Credit:"), self.credit)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Pillar:"), self.pillar)
        form.addRow(self.tr("S&ite:"), self.site)
        form.addRow(self.tr("Sent &by:"), self.sender)
        form.addRow(self.tr("For the &request:"), self.request)
        form.addRow(self.tr("People shown:"), self.people)
        form.addRow(self.tr("Used in:"), self.used_in)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        self.details.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.show_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        split = QSplitter(self)
        split.addWidget(self.grid)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, what: str) -> None:
        if what in ("media", "posts", "consents", "people", "pillars", "sites", "requests"):
            self.reload()

    def reload(self, *_args) -> None:
        store = self.store = self.ctx.store
        current = self.current_id()
        edited = self.collect() if self._edited() else None  # kept over the refresh
        self._usage = uc.media_usage(store)
        self._items = {m.id: m for m in store.media.all()}
        self.pillar.set_items((p.id, p.name) for p in store.pillars.all())
        self.site.set_items((s.id, s.name) for s in store.sites.all())
        self.sender.set_items((p.id, p.name) for p in store.people.all())
        self.request.set_items((r.id, r.topic) for r in store.requests.all())
        wanted = self.show_filter.currentIndex()
        needle = self.search.text().strip().casefold()
        self.grid.blockSignals(True)
        self.grid.clear()
        for item in self._items.values():
            used = bool(self._usage.get(item.id))
            if (wanted == USED and not used) or (wanted == UNUSED and used):
                continue
            haystack = " ".join([item.filename, item.alt_text, item.credit, *item.tags]).casefold()
            if needle and needle not in haystack:
                continue
            row = QListWidgetItem(item.filename, self.grid)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.alt_text or item.filename)
            pixmap = self.thumbnails.pixmap(item)
            if pixmap is not None:
                row.setIcon(QIcon(pixmap))
            if current == item.id:
                self.grid.setCurrentItem(row)
        self.grid.blockSignals(False)
        self._show(edited)

    def _thumbnail_ready(self, sha256: str) -> None:
        for index in range(self.grid.count()):
            row = self.grid.item(index)
            item = self._items.get(row.data(Qt.ItemDataRole.UserRole))
            if item is not None and item.sha256 == sha256:
                pixmap = self.thumbnails.pixmap(item)
                if pixmap is not None:
                    row.setIcon(QIcon(pixmap))

    def current_id(self) -> int | None:
        row = self.grid.currentItem() if hasattr(self, "grid") else None
        return None if row is None else row.data(Qt.ItemDataRole.UserRole)

    def select(self, media_id: int) -> None:
        for index in range(self.grid.count()):
            if self.grid.item(index).data(Qt.ItemDataRole.UserRole) == media_id:
                self.grid.setCurrentRow(index)

    def _show_current(self, *_args) -> None:
        self._show(None)

    def _show(self, edited: MediaItem | None) -> None:
        """Show the current item; ``edited``, what I typed on that same item, stays in the form
        (and the version it was typed on stays the one the save builds on)."""
        item = self._items.get(self.current_id())
        self.details.setEnabled(item is not None)
        if item is None:
            self._loaded = self._base = None
            self.name.setText(self.tr("Choose a photo or a video."))
            return
        if edited is not None and edited.id == item.id:
            self._load(edited)
            return
        self._loaded = self._base = item
        self._load(item)

    def _load(self, item: MediaItem) -> None:
        size = f"{item.width} × {item.height}" if item.width else ""
        if item.duration_ms:
            size += f" · {clock(item.duration_ms / 1000)}"
        self.name.setText(f"<b>{item.filename}</b> {size}")
        self.alt_text.setText(item.alt_text)
        self.credit.setText(item.credit)
        self.tags.setText(", ".join(item.tags))
        self.pillar.set_current_id(item.pillar_id)
        self.site.set_current_id(item.site_id)
        self.sender.set_current_id(item.sender_id)
        self.request.set_current_id(item.request_id)
        self.people.set_people(item.person_ids)
        posts = self._usage.get(item.id, []) if item.id is not None else []
        self.used_in.setText("\n".join(p.title for p in posts) or self.tr("Not yet used"))

    def collect(self) -> MediaItem:
        """The shown item with the panel's fields."""
        assert self._base is not None
        return replace(self._base, alt_text=self.alt_text.text().strip(),
                       credit=self.credit.text().strip(),
                       tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
                       pillar_id=self.pillar.current_id(), site_id=self.site.current_id(),
                       sender_id=self.sender.current_id(), request_id=self.request.current_id(),
                       person_ids=self.people.checked_ids())

    def _edited(self) -> bool:
        return self._base is not None and self.collect() != self._loaded

    def save_current(self) -> None:
        if self._base is not None and self._edited():
            self.save_and_close()

    # --- what ConflictResolving needs of an editor -------------------------------------------
    def save_and_close(self) -> None:
        """Save the panel (the panel stays: "close" is the editors' word)."""
        loaded, target = self._loaded, self.collect()
        try:
            self.ctx.push(uc.update_media(self.store, loaded, target))
        except Conflict as exc:
            self.on_conflict(exc)
            return
        except DomainError as exc:
            self.show_error(describe(exc))
            return
        self.show_error("")
        self._loaded = self._base = None
        self._show(None)

    def reject(self) -> None:
        """Keep theirs: the panel shows the stored item again."""
        self._loaded = self._base = None
        self._show(None)

    def show_error(self, message: str) -> None:
        self.message.show_message(message)

    def conflict_title(self) -> str:
        return self._loaded.filename if self._loaded is not None else ""

    def copy_refusal(self) -> str:
        return self.tr("This is one file of the library: it is not copied as a new item.")

    def delete_current(self) -> None:
        item = self._items.get(self.current_id())
        if item is not None:
            self._run(lambda: uc.delete_media(self.ctx.store, item))

    def _run(self, use_case) -> None:
        try:
            self.ctx.push(use_case())
            self.message.show_message("")
        except DomainError as exc:
            self.message.show_message(describe(exc))

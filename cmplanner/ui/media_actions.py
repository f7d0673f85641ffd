"""The main window's media parts: the Media library and Consent register pages, File ▸ Import
media… (also by dropping files on the window), and "Preview as published" for the selected post
(the meeting board's context menu, the View menu, or P)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QThread, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QMenu, QMessageBox, QProgressDialog,
)

from cmplanner.domain.errors import DomainError
from cmplanner.services import media as uc

from .media_images import ThumbnailLoader, probe
from .messages import describe


class _Worker(QThread):
    """Stores files with the plan's media off the window's thread (beside a plan file, or in a
    team plan's database on a connection of its own)."""

    progressed = Signal(int, int)

    def __init__(self, media, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.media, self.paths = media, paths
        self.cancel = False
        self.ready: list = []
        self.refused: list = []

    def run(self) -> None:
        self.ready, self.refused = uc.prepare_media(
            self.media, self.paths, probe, lambda d, t: self.progressed.emit(d, t),
            lambda: self.cancel)


class MediaActions(QObject):
    def __init__(self, window, ctx) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.thumbnails = ThumbnailLoader(ctx.store.media_files, self)
        self.import_action = QAction(QCoreApplication.translate("MediaActions", "Import &media…"), window)
        self.import_action.setObjectName("importMediaAction")
        self.import_action.triggered.connect(lambda _c=False: self.choose_and_import())
        window.menus.file.insertAction(window.menus.file.actions()[0], self.import_action)
        self.preview_action = QAction(QCoreApplication.translate("MediaActions", "&Preview as published…"), window)
        self.preview_action.setObjectName("previewAction")
        self.preview_action.setShortcut(QKeySequence("P"))
        self.preview_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.preview_action.triggered.connect(lambda _c=False: self.preview_selected())
        window.stack.addAction(self.preview_action)
        for menu in window.menus.zoom_in.associatedObjects():  # the View menu
            if isinstance(menu, QMenu):
                menu.insertAction(window.menus.zoom_in, self.preview_action)
                menu.insertSeparator(window.menus.zoom_in)
        self.limits_action = QAction(QCoreApplication.translate("MediaActions", "Network &limits…"), window)
        self.limits_action.setObjectName("networkLimitsAction")
        self.limits_action.triggered.connect(lambda _c=False: self.edit_limits())
        for menu in window.menus.find.associatedObjects():  # the Edit menu
            if isinstance(menu, QMenu):
                menu.addSeparator()
                menu.addAction(self.limits_action)
        window.pages.add_lazy_page("media", QCoreApplication.translate("MediaActions", "Media library"), self._media_page)
        window.pages.add_lazy_page("consents", QCoreApplication.translate("MediaActions", "Image rights"), self._consent_page)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.worker: _Worker | None = None
        self.last_refused: list = []
        self._items: dict | None = None  # the library by id, read when a cover is first asked
        self._scaled: dict[tuple[str, int], QPixmap] = {}
        ctx.cover = self.cover
        ctx.changed.connect(self._store_changed)
        self.thumbnails.ready.connect(self._repaint_views)
        for view in window.findChildren(QAbstractItemView):
            if view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
                view.addAction(self.preview_action)  # views built before these actions

    # --- covers on chips and rows --------------------------------------------------------------
    def cover(self, media_id: int, side: int) -> QPixmap | None:
        """The thumbnail of ``media_id`` cropped square to ``side`` pixels (cached); None while
        it is being made off the window's thread."""
        if self._items is None:
            self._items = {m.id: m for m in self.ctx.store.media.all()}
        item = self._items.get(media_id)
        if item is None:
            return None
        key = (item.sha256, side)
        found = self._scaled.get(key)
        if found is None:
            pixmap = self.thumbnails.pixmap(item)
            if pixmap is None:
                return None
            found = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                  Qt.TransformationMode.SmoothTransformation)
            from .previews import crop  # with the first cover: the previews are not for the start

            found = crop(found, QRect((found.width() - side) // 2, (found.height() - side) // 2,
                                      side, side))
            self._scaled[key] = found
        return found

    def _store_changed(self, what: str) -> None:
        if what == "media":
            self._items = None

    def _repaint_views(self, _sha256: str = "") -> None:
        for view in self.window.findChildren(QAbstractItemView):
            view.viewport().update()

    def _media_page(self):
        from .pages.media_page import MediaPage

        return MediaPage(self.ctx, self.thumbnails, self.import_action)

    def _consent_page(self):
        from .pages.consent_page import ConsentPage

        return ConsentPage(self.ctx)

    # --- import ------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("MediaActions", "Import media"), "",
            QCoreApplication.translate("MediaActions", "Photos and videos") + " (*.jpg *.jpeg *.png *.gif *.webp *.heic *.tif *.tiff "
            "*.mp4 *.mov *.m4v *.webm)")
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path], wait: bool = False) -> None:
        """Copy ``paths`` beside the plan with a progress dialog and Cancel, then add them to
        the library in one undo step."""
        if self.worker is not None:
            return
        if self.ctx.store.media_files is None:
            QMessageBox.warning(self.window, QCoreApplication.translate("MediaActions", "Import media"),
                                describe(DomainError("Save the plan in a file before importing media.")))
            return
        progress = QProgressDialog(QCoreApplication.translate("MediaActions", "Importing media…"), QCoreApplication.translate("MediaActions", "Cancel"), 0, len(paths), self.window)
        progress.setObjectName("mediaProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        worker = _Worker(self.ctx.store.media_files, paths, self)
        self.worker, self.progress = worker, progress
        # Slots of this object (living on the window's thread): queued from the worker.
        worker.progressed.connect(self._progressed)
        progress.canceled.connect(self._cancel)
        worker.finished.connect(self._finished)
        worker.start()
        if wait:
            worker.wait()
            QCoreApplication.processEvents()

    def _progressed(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel = True

    def _finished(self) -> None:
        worker, progress = self.worker, self.progress
        if worker is None:
            return
        worker.wait()
        self.worker = None  # before closing: a closed progress dialog says "cancelled"
        progress.close()
        self.last_refused = worker.refused
        if worker.cancel:
            return
        try:
            change = self.ctx.push(uc.add_media(self.ctx.store, worker.ready))
            for item in change.created("media"):
                self.thumbnails.pixmap(item)  # cached now, off this thread: exports embed them
        except DomainError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("MediaActions", "Import media"), describe(exc))
            return
        if worker.refused:
            QMessageBox.information(self.window, QCoreApplication.translate("MediaActions", "Import media"), "\n".join(
                [QCoreApplication.translate("MediaActions", "These files were not imported:")] +
                [f"{p.name}: {why}" for p, why in worker.refused[:20]]))
        self.window.show_view("media")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and self._dropped(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = self._dropped(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.import_files(paths)
                return True
        return False

    @staticmethod
    def _dropped(mime) -> list[Path]:
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and uc.is_media_file(Path(u.toLocalFile()))]

    def edit_limits(self, run: bool = True):
        from .dialogs.network_limits_dialog import NetworkLimitsDialog

        dialog = NetworkLimitsDialog(self.ctx, self.window)
        if run:
            dialog.exec()
        return dialog

    # --- preview -----------------------------------------------------------------------------
    def preview_selected(self):
        chip = self.window.items.selected_chip()
        post = self.ctx.store.posts.get(chip.post_id) if chip is not None and not chip.is_virtual \
            else None
        if post is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("MediaActions", "Select a post to preview."), 5000)
            return None
        from .previews import PreviewDialog

        dialog = PreviewDialog(self.ctx, post, self.thumbnails, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog

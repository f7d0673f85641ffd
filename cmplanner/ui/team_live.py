"""A team plan in the window: colleagues' changes shown live, and the server going away.

``TeamLive`` LISTENs on the plan's change channel (storage/server.py) with a QSocketNotifier on
that connection, so a colleague's commit reaches the open views in the next turn of the event
loop: the store's listeners reload what changed (ui/store_signals.py), the status bar says who
changed what ("Changed by Camille: …"), and an open editor whose item changed says so
before anything is saved.

When the server goes away (the listening connection breaks, or a write fails), a banner says so,
the views keep what they show, every edit is refused with a message while the editor keeps its
text (storage's ``ServerAway``), and the connection is tried again every ``RETRY_MS`` until the
server is back: then the banner goes and every view reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from cmplanner.storage.server import ChangeListener, ChangedItem, RemoteChange, recent_changes

from .colleague_marks import ColleagueMarks


MARKED_KINDS = ("posts", "series", "events")
RETRY_MS = 1000
WATCH_MS = 2000  # how often an idle connection is checked (a server stopped cleanly says so at once)


class TeamLive(QObject):
    remote_changed = Signal(str, str)  # kind, author
    offline_changed = Signal(bool)

    def __init__(self, window: QMainWindow, ctx) -> None:
        super().__init__(window)
        self.window, self.ctx, self.store = window, ctx, ctx.store
        self.listener: ChangeListener | None = None
        self.notifier: QSocketNotifier | None = None
        self.last_author = ""
        self.banner = QLabel(self.tr(
            "The team plan's server cannot be reached. What you see is kept; changes are refused "
            "until the connection is back (cmplanner tries again every second)."), window)
        self.banner.setObjectName("serverBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; "
                                  "border: 1px solid #e0c36a;")
        self.banner_label = self.banner
        layout = window.centralWidget().layout() if window.centralWidget() else None
        if layout is not None:
            layout.insertWidget(0, self.banner)  # across the window, above the views
        self.banner.hide()
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.reconnect)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._check)
        self.store.offline_listeners.append(self._on_offline)
        self.store.on_close.append(self._close_listener)
        self.marks = ColleagueMarks(self)
        self.marks.changed.connect(self._repaint_views)
        ctx.colleague_marks = self.marks
        self._seen: dict[str, object] = {}  # kind -> the latest change time already marked
        for kind in MARKED_KINDS:
            self._latest(kind)
        self._connect()
        self.watch.start()

    # --- listening --------------------------------------------------------------------------
    def _connect(self) -> bool:
        try:
            self.listener = ChangeListener(self.store.url, self.store.password)
        except Exception:  # noqa: BLE001 (psycopg.OperationalError and friends: the server is away)
            self.listener = None
            return False
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)
        return True

    def _drop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            try:
                self.listener.close()
            except Exception:  # noqa: BLE001
                pass
            self.listener = None

    def _read(self, *_args) -> None:
        if self.listener is None:
            return
        try:
            changes = self.listener.poll()
        except Exception:  # noqa: BLE001 (the connection broke: the server went away)
            self.store.set_offline(True)
            return
        self.deliver(changes)

    def _check(self) -> None:
        """A quiet connection is pinged now and then, so a server that vanished without closing
        its sockets is noticed too."""
        if self.listener is None or self.store.offline:
            return
        try:
            self.listener.connection.execute("SELECT 1")
            self.deliver(self.listener.poll())
        except Exception:  # noqa: BLE001
            self.store.set_offline(True)

    def deliver(self, changes: list[RemoteChange]) -> None:
        theirs = [c for c in changes if c.client != self.store.client]
        if not theirs:
            return
        kinds = {c.kind for c in theirs}
        self.store.notify_remote(kinds)
        for change in theirs:
            self.last_author = change.author
            self.remote_changed.emit(change.kind, change.author)
        title = self._mark_items(theirs)
        self._mark(theirs[-1], title)
        self._warn_editors(kinds, theirs[-1].author)

    def _mark(self, change: RemoteChange, title: str) -> None:
        """The short "changed by" mark in the status bar."""
        who = change.author or self.tr("a colleague")
        text = (self.tr("Changed by {who}: {title}").format(who=who, title=title) if title
                else self.tr("Changed by {who}").format(who=who))
        self.window.statusBar().showMessage(text, 15000)

    def _latest(self, kind: str, since: object = None) -> list[ChangedItem]:
        """The items of ``kind`` changed since the last ones seen (the latest one at first)."""
        try:
            found = recent_changes(self.store, kind, since)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 (the server went away meanwhile: no marks then)
            return []
        if found and found[0].at is not None:
            self._seen[kind] = found[0].at
        return found

    def _mark_items(self, changes: list[RemoteChange]) -> str:
        """Mark, on the items themselves, what these colleagues changed; the latest title."""
        authors = {c.author for c in changes}
        title = ""
        for kind in MARKED_KINDS:
            if kind not in {c.kind for c in changes}:
                continue
            for item in self._latest(kind, self._seen.get(kind)):
                if item.author in authors or not item.author:
                    self.marks.add(kind, item.id, item.author or self.tr("a colleague"))
                    title = title or item.title
        return title

    def _repaint_views(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        for view in self.window.findChildren(QAbstractItemView):
            view.viewport().update()

    def _warn_editors(self, kinds: set[str], author: str) -> None:
        """An open editor (or the media library's details panel) whose item a colleague changed
        or deleted says so before saving (each one that can resolve a conflict:
        editors/conflicts.py)."""
        from cmplanner.services.changes import is_record

        from .editors.common import quoted
        from .editors.conflicts import ConflictResolving

        for dialog in self.window.findChildren(QWidget):
            if not isinstance(dialog, ConflictResolving):
                continue
            kind = dialog.conflict_kind
            if ("settings" if is_record(kind) else kind) not in kinds or not dialog.isVisible():
                continue
            try:
                if not dialog.changed_meanwhile():
                    continue
                current = dialog.conflict_current()
            except Exception:  # noqa: BLE001 (the server went away meanwhile: the save will say)
                continue
            title = quoted(dialog.conflict_title())
            if current is None:
                dialog.show_error(self.tr("A colleague deleted {title} meanwhile; saving will "
                                          "ask what to do.").format(title=title))
            else:
                who = getattr(current, "updated_by", "") or author or self.tr("A colleague")
                dialog.conflict_author = who
                dialog.show_error(self.tr("{who} changed {title} meanwhile; saving will show "
                                          "what changed and ask what to keep.").format(
                    who=who, title=title))

    # --- the server going away and coming back ----------------------------------------------
    def _on_offline(self, offline: bool) -> None:
        self.banner.setVisible(offline)
        if offline:
            self._drop()
            self.retry.start()
        else:
            self.retry.stop()
        self.offline_changed.emit(offline)

    def reconnect(self) -> bool:
        """Try the server again; True when it is back (the views then reload everything)."""
        if not self._connect():
            return False
        try:
            with self.store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception:  # noqa: BLE001
            self.store.engine.dispose()
            self._drop()
            return False
        self.store.set_offline(False)
        self.store.notify_all_changed()
        return True

    def _close_listener(self) -> None:
        """At the store's closing (the window may be gone already)."""
        notifier, self.notifier = self.notifier, None
        if notifier is not None:
            try:
                notifier.setEnabled(False)  # before its socket closes
            except RuntimeError:  # deleted with the window
                pass
        self.retry_stop_quietly()
        listener, self.listener = self.listener, None
        if listener is not None:
            try:
                listener.close()
            except Exception:  # noqa: BLE001
                pass

    def retry_stop_quietly(self) -> None:
        for timer in ("retry", "watch"):
            try:
                getattr(self, timer).stop()
            except RuntimeError:  # deleted with the window
                pass

    def close(self) -> None:
        if self.ctx.colleague_marks is self.marks:
            self.ctx.colleague_marks = None
        self.retry.stop()
        self.watch.stop()
        if self._on_offline in self.store.offline_listeners:
            self.store.offline_listeners.remove(self._on_offline)
        self._drop()

"""The main window: menus, the central view, the status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QTableView

from cmplanner import __version__
from cmplanner.storage.store import PlanStore

from .models.post_table_model import PostTableModel
from .store_signals import StoreSignals


class MainWindow(QMainWindow):
    def __init__(self, store: PlanStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.signals = StoreSignals(store, self)
        self.post_model = PostTableModel(store, self)
        self.signals.changed.connect(self._on_store_changed)

        self.posts_view = QTableView(self)
        self.posts_view.setObjectName("postsView")
        self.posts_view.setModel(self.post_model)
        self.posts_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.posts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.posts_view.verticalHeader().hide()
        self.posts_view.resizeColumnsToContents()
        self.setCentralWidget(self.posts_view)

        self._build_menus()
        self._update_title()
        self._update_status()
        self.resize(1200, 760)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About cmplanner"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About cmplanner"),
                          self.tr("cmplanner {version}\nThe editorial planner of the community manager.")
                          .format(version=__version__))

    def _update_title(self) -> None:
        settings = self.store.settings()
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        self.setWindowTitle(f"{settings.name}{suffix} — cmplanner")

    def _update_status(self) -> None:
        self.statusBar().showMessage(self.tr("%n post(s)", "", self.post_model.rowCount()))

    def _on_store_changed(self, what: str) -> None:
        if what in ("posts", "networks", "pillars", "people", "settings"):
            self.post_model.reload()
            self._update_status()
        if what == "settings":
            self._update_title()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.signals.detach()
        super().closeEvent(event)



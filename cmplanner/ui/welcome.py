"""The welcome screen of a first start: explore the demo, start my plan, or open a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .marks import app_icon


class WelcomeScreen(QWidget):
    def __init__(self, launcher, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self.launcher = launcher
        self.setWindowTitle(self.tr("Welcome to cmplanner"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        header = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("<h2>Welcome to cmplanner</h2><p>Plan your company's posts, series "
                               "and events, have them validated, and share the calendar with "
                               "your team.</p>"), self)
        title.setWordWrap(True)
        header.addWidget(title, 1)
        layout.addLayout(header)

        self.demo_button = self._choice(
            "exploreDemo", self.tr("Explore the demo plan"),
            self.tr("A furniture maker's plan, full of posts, series and events. It is a separate "
                    "file: try anything, your own plan stays untouched."), launcher.open_demo)
        self.setup_button = self._choice(
            "startMyPlan", self.tr("Start my plan"),
            self.tr("A short guided set-up: your company, time zone, networks and their cadence, "
                    "editorial pillars, you and your team."),
            lambda: launcher.start_guided_setup(self))
        self.open_button = self._choice(
            "openFile", self.tr("Open a plan file…"),
            self.tr("A plan a colleague sent you, or one from a backup folder."),
            launcher.choose_and_open)
        for button in (self.demo_button, self.setup_button, self.open_button):
            layout.addWidget(button)
        hint = QLabel(self.tr("The user guide is under Help ▸ User guide (F1) in the main window."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.resize(560, 460)

    def _choice(self, name: str, text: str, description: str, slot) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

"""Where a team plan is: server, port, database, user and TLS mode (File > Open team plan…,
File > Publish my plan to the team…).

No password field: libpq reads it from ``~/.pgpass`` or the service file, and when it finds none
the window asks for it each time (``ask_password``); it is never written to the settings. The
last server, database and user are remembered (``team/...`` settings) to fill the form again.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


def team_url(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """A ``postgresql://`` address; a host starting with "/" is a folder holding the server's
    Unix socket (a server on this computer)."""
    who = f"{quote(user, safe='')}@" if user else ""
    params = [f"sslmode={sslmode}"] if sslmode and sslmode != "prefer" else []
    where = ""
    if host.startswith("/"):
        params.insert(0, f"host={quote(host, safe='')}")
    elif host:
        where = host + (f":{port}" if port and port != 5432 else "")
    query = ("?" + "&".join(params)) if params else ""
    return f"postgresql://{who}{where}/{quote(database, safe='')}{query}"


class TeamPlanDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPlanDialog")
        self.setWindowTitle(title)
        settings = QSettings()
        self.host = QLineEdit(str(settings.value("team/host", "")), self)
        self.host.setObjectName("teamHost")
        self.host.setPlaceholderText(self.tr("server name, e.g. db.example.org"))
        self.port = QSpinBox(self)
        self.port.setObjectName("teamPort")
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value("team/port", 5432) or 5432))
        self.database = QLineEdit(str(settings.value("team/database", "")), self)
        self.database.setObjectName("teamDatabase")
        self.user = QLineEdit(str(settings.value("team/user", "")), self)
        self.user.setObjectName("teamUser")
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("teamSslMode")
        labels = {"prefer": self.tr("Encrypted when the server offers it"),
                  "require": self.tr("Always encrypted"),
                  "verify-ca": self.tr("Encrypted, server certificate checked"),
                  "verify-full": self.tr("Encrypted, certificate and name checked"),
                  "disable": self.tr("Never encrypted")}
        for mode in SSL_MODES:
            self.sslmode.addItem(labels[mode], mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(settings.value("team/sslmode", "prefer"))))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Connection:"), self.sslmode)
        note = QLabel(intro + "\n" + self.tr(
            "The password is read from your PostgreSQL password file (.pgpass) or asked each time; "
            "cmplanner never stores it."), self)
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def url(self) -> str:
        return team_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                        self.user.text().strip(), self.sslmode.currentData())

    def _accept(self) -> None:
        if not self.database.text().strip():
            self.error.setText(self.tr("Name the database of the team plan."))
            self.error.show()
            return
        settings = QSettings()
        for key, value in (("host", self.host.text().strip()), ("port", self.port.value()),
                           ("database", self.database.text().strip()),
                           ("user", self.user.text().strip()),
                           ("sslmode", self.sslmode.currentData())):
            settings.setValue(f"team/{key}", value)
        self.accept()


def ask_password(parent: QWidget | None, where: str) -> str | None:
    """The password for ``where``, typed now (None when cancelled); kept by nobody."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("TeamPlanDialog", "Password"),
        QCoreApplication.translate("TeamPlanDialog", "Password for {where}:").format(where=where),
        QLineEdit.EchoMode.Password)
    return text if ok else None

"""The guided set-up of a new plan (welcome screen ▸ Start my plan, File ▸ New plan…).

Five short pages: company and time zone, networks with their cadence, pillars with their target
share, me and my team, then where the file goes. The wizard only gathers answers
(``answers()``); services/new_plan.py checks them and writes the plan.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from cmplanner.domain.enums import NetworkKind, Role
from cmplanner.domain.errors import DomainError
from cmplanner.services.new_plan import (
    NetworkAnswer,
    NewPlanAnswers,
    PersonAnswer,
    PillarAnswer,
    check_answers,
    create_plan_file,
    suggested_plan_path,
)

from .dialogs.interaction import PLAN_FILTER
from .labels import label
from .marks import app_icon, mark_icon, network_icon_name
from .messages import describe
from .save_file_row import SaveFileRow

PILLAR_ROWS = 6
TEAM_ROWS = 6
TEAM_ROLES = (Role.MANAGEMENT, Role.APPROVER, Role.WEB_REFERENT, Role.AMBASSADOR, Role.EMPLOYEE)


def _zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


def _system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId()).decode()
    return name if name in zoneinfo.available_timezones() else "Europe/Paris"


class NewPlanWizard(QWizard):
    plan_created = Signal(Path)

    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanWizard")
        self.setWindowTitle(self.tr("New plan"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        if language is None:
            from PySide6.QtCore import QLocale

            language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.language = language
        self.company_page = CompanyPage(self)
        self.networks_page = NetworksPage(self)
        self.pillars_page = PillarsPage(self)
        self.team_page = TeamPage(self)
        self.file_page = FilePage(self)
        for page in (self.company_page, self.networks_page, self.pillars_page, self.team_page,
                     self.file_page):
            self.addPage(page)
        self.created: Path | None = None
        self.resize(640, 520)

    def answers(self) -> NewPlanAnswers:
        return NewPlanAnswers(
            company=self.company_page.company.text().strip(),
            plan_name=self.company_page.plan_name.text().strip(),
            timezone=self.company_page.zone.currentText().strip(),
            language=self.language,
            networks=self.networks_page.answers(),
            pillars=self.pillars_page.answers(),
            me=PersonAnswer(self.team_page.my_name.text().strip(), self.team_page.my_email.text().strip(),
                            Role.COMMUNITY_MANAGER),
            team=self.team_page.answers(),
        )

    def refuse(self, error: DomainError) -> bool:
        QMessageBox.warning(self, self.tr("New plan"), describe(error))
        return False

    def accept(self) -> None:
        super().accept()
        if self.created is not None:
            self.plan_created.emit(self.created)


class CompanyPage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your company"))
        self.setSubTitle(self.tr("The name shown in the window's title and on every export."))
        form = QFormLayout(self)
        self.company = QLineEdit(self)
        self.company.setObjectName("company")
        self.plan_name = QLineEdit(self)
        self.plan_name.setObjectName("planName")
        self.plan_name.setPlaceholderText(self.tr("Company — editorial plan"))
        self.zone = QComboBox(self)
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.addItems(_zones())
        self.zone.setCurrentText(_system_zone())
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Plan name:"), self.plan_name)
        form.addRow(self.tr("&Time zone:"), self.zone)
        note = QLabel(self.tr("Posts keep their local time in this zone across summer and winter time."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.registerField("company*", self.company)

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wizard: NewPlanWizard = self.wizard()
        try:
            check_answers(NewPlanAnswers(wizard.answers().company, self.plan_name.text(),
                                         self.zone.currentText().strip(), wizard.language))
        except DomainError as error:
            return wizard.refuse(error)
        return True


class NetworksPage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Networks"))
        self.setSubTitle(self.tr("Tick the networks you post on and write how often, like "
                                 "“3 per week” or “1 par jour”. Leave it empty for no target."))
        layout = QVBoxLayout(self)
        self.kinds = list(NetworkKind)
        self.table = QTableWidget(len(self.kinds), 2, self)
        self.table.setObjectName("networks")
        self.table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Cadence")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, kind in enumerate(self.kinds):
            item = QTableWidgetItem(mark_icon(network_icon_name(kind)), label(kind))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(""))
        layout.addWidget(self.table)

    def set_network(self, kind: NetworkKind, cadence: str) -> None:
        """Tick ``kind`` with ``cadence`` (what a user does with a click and some typing)."""
        row = self.kinds.index(kind)
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        self.table.item(row, 1).setText(cadence)

    def answers(self) -> tuple[NetworkAnswer, ...]:
        chosen = []
        for row, kind in enumerate(self.kinds):
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked:
                cadence = self.table.item(row, 1).text().strip()
                chosen.append(NetworkAnswer(kind, cadence, label(kind)))
        return tuple(chosen)

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wizard: NewPlanWizard = self.wizard()
        try:
            check_answers(NewPlanAnswers(wizard.answers().company or "-", "", _system_zone(), "fr",
                                         networks=self.answers()))
        except DomainError as error:
            return wizard.refuse(error)
        return True


class PillarsPage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Editorial pillars"))
        self.setSubTitle(self.tr("The themes you speak about, and the share of posts each should "
                                 "have. You can change them later in the editorial line."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(PILLAR_ROWS, 2, self)
        self.table.setObjectName("pillars")
        self.table.setHorizontalHeaderLabels([self.tr("Pillar"), self.tr("Target share (%)")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shares: list[QSpinBox] = []
        for row in range(PILLAR_ROWS):
            self.table.setItem(row, 0, QTableWidgetItem(""))
            spin = QSpinBox(self.table)
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.valueChanged.connect(self._update_total)
            self.table.setCellWidget(row, 1, spin)
            self.shares.append(spin)
        self.total = QLabel(self)
        self.total.setObjectName("pillarTotal")
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        self._update_total()

    def set_pillar(self, row: int, name: str, share: int) -> None:
        self.table.item(row, 0).setText(name)
        self.shares[row].setValue(share)

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.shares)
        self.total.setText(self.tr("Total: %1 %").replace("%1", str(total)))

    def answers(self) -> tuple[PillarAnswer, ...]:
        return tuple(PillarAnswer(self.table.item(row, 0).text().strip(), self.shares[row].value())
                     for row in range(PILLAR_ROWS) if self.table.item(row, 0).text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wizard: NewPlanWizard = self.wizard()
        try:
            check_answers(NewPlanAnswers("-", "", _system_zone(), "fr", pillars=self.answers()))
        except DomainError as error:
            return wizard.refuse(error)
        return True


class TeamPage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("You and your team"))
        self.setSubTitle(self.tr("Who validates, who sends content, who relays: used for the "
                                 "workflow and the team backlog."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.my_name = QLineEdit(self)
        self.my_name.setObjectName("myName")
        self.my_email = QLineEdit(self)
        self.my_email.setObjectName("myEmail")
        form.addRow(self.tr("&My name:"), self.my_name)
        form.addRow(self.tr("My &e-mail:"), self.my_email)
        layout.addLayout(form)
        self.table = QTableWidget(TEAM_ROWS, 3, self)
        self.table.setObjectName("team")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.roles: list[QComboBox] = []
        for row in range(TEAM_ROWS):
            self.table.setItem(row, 0, QTableWidgetItem(""))
            self.table.setItem(row, 1, QTableWidgetItem(""))
            combo = QComboBox(self.table)
            for role in TEAM_ROLES:
                combo.addItem(label(role), role)
            combo.setCurrentIndex(TEAM_ROLES.index(Role.EMPLOYEE))
            self.table.setCellWidget(row, 2, combo)
            self.roles.append(combo)
        layout.addWidget(self.table)

    def set_member(self, row: int, name: str, email: str, role: Role) -> None:
        self.table.item(row, 0).setText(name)
        self.table.item(row, 1).setText(email)
        self.roles[row].setCurrentIndex(TEAM_ROLES.index(role))

    def answers(self) -> tuple[PersonAnswer, ...]:
        return tuple(PersonAnswer(self.table.item(row, 0).text().strip(),
                                  self.table.item(row, 1).text().strip(),
                                  TEAM_ROLES[self.roles[row].currentIndex()])
                     for row in range(TEAM_ROWS) if self.table.item(row, 0).text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wizard: NewPlanWizard = self.wizard()
        me = PersonAnswer(self.my_name.text(), self.my_email.text().strip(), Role.COMMUNITY_MANAGER)
        try:
            check_answers(NewPlanAnswers("-", "", _system_zone(), "fr", me=me, team=self.answers()))
        except DomainError as error:
            return wizard.refuse(error)
        return True


class FilePage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Where to keep the plan"))
        self.setSubTitle(self.tr("One file holds the whole plan. Automatic backups go beside it."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = SaveFileRow("", "planFile", self.tr("Plan file"), PLAN_FILTER, self,
                          adjust=lambda name: name if name.endswith(".cmplan") else name + ".cmplan")
        self.path = row.edit
        layout.addWidget(QLabel(self.tr("Plan file:"), self))
        layout.addWidget(row)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt naming)
        from cmplanner.paths import data_folder, default_plan_path

        wizard: NewPlanWizard = self.wizard()
        answers = wizard.answers()
        default = default_plan_path()
        suggested = default if not default.exists() else suggested_plan_path(data_folder(), answers.company)
        if not self.path.text():
            self.path.setText(str(suggested))
        self.summary.setText(self.tr(
            "<b>%1</b> in the %2 time zone, with %n network(s)", "", len(answers.networks))
            .replace("%1", _html(answers.settings().name)).replace("%2", _html(answers.timezone))
            + self.tr(", %n pillar(s)", "", len(answers.pillars))
            + self.tr(" and %n person(s).", "", len(answers.team) + (1 if answers.me and answers.me.name else 0)))

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.storage.errors import PlanFileError

        wizard: NewPlanWizard = self.wizard()
        text = self.path.text().strip()
        if not text:
            return False
        path = Path(text).expanduser()
        if path.suffix != ".cmplan":
            path = path.with_name(path.name + ".cmplan")
        try:
            wizard.created = create_plan_file(path, wizard.answers())
        except DomainError as error:
            return wizard.refuse(error)
        except (PlanFileError, WriteFailed, OSError) as error:
            QMessageBox.warning(wizard, self.tr("New plan"), describe(error))
            return False
        return True


def _html(text: str) -> str:
    from html import escape

    return escape(text)

"""Pillars, audiences, and networks with their cadence target against what is planned."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cmplanner.services.cadence_report import CadenceRow
from cmplanner.storage.store import PlanStore

from ..labels import label
from ..messages import describe
from .rows_model import Column, RowsModel



class PillarModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("EditorialModels", "Pillar"), lambda p: p.name, decoration=lambda p: QColor(p.colour)),
            Column(QCoreApplication.translate("EditorialModels", "Target share"), lambda p: f"{p.target_share} %"),
            Column(QCoreApplication.translate("EditorialModels", "Description"), lambda p: p.description, tooltip=lambda p: p.description),
        ], parent)

    def reload(self, store: PlanStore) -> None:
        self.set_rows(store.pillars.all())


class AudienceModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("EditorialModels", "Audience"), lambda a: a.name),
            Column(QCoreApplication.translate("EditorialModels", "Description"), lambda a: a.description, tooltip=lambda a: a.description),
        ], parent)

    def reload(self, store: PlanStore) -> None:
        self.set_rows(store.audiences.all())


def _verdict(row: CadenceRow) -> str:
    if row.problem:
        return QCoreApplication.translate("EditorialModels", "Target not understood")
    if row.status is None:
        return QCoreApplication.translate("EditorialModels", "No target")
    return {"under": QCoreApplication.translate("EditorialModels", "Under target"), "on_track": QCoreApplication.translate("EditorialModels", "On track"),
            "over": QCoreApplication.translate("EditorialModels", "Over target")}[row.status.verdict]


def _verdict_colour(row: CadenceRow):
    if row.problem or (row.status and row.status.verdict == "under"):
        return QColor("#b00020")
    if row.status and row.status.verdict == "over":
        return QColor("#b36b00")
    return None


class NetworkCadenceModel(RowsModel):
    """One row per network: its target and how the next four weeks measure up."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("EditorialModels", "Network"), lambda r: r.network.label),
            Column(QCoreApplication.translate("EditorialModels", "Kind"), lambda r: label(r.network.kind)),
            Column(QCoreApplication.translate("EditorialModels", "Handle"), lambda r: r.network.handle),
            Column(QCoreApplication.translate("EditorialModels", "Cadence target"), lambda r: r.network.cadence),
            Column(QCoreApplication.translate("EditorialModels", "Planned (4 weeks)"), lambda r: str(r.planned)),
            Column(QCoreApplication.translate("EditorialModels", "Expected"), lambda r: f"{r.status.expected:.0f}" if r.status else ""),
            Column(QCoreApplication.translate("EditorialModels", "Verdict"), _verdict, foreground=_verdict_colour, tooltip=lambda r: describe(r.problem)),
            Column(QCoreApplication.translate("EditorialModels", "Active"), lambda r: QCoreApplication.translate("EditorialModels", "Yes") if r.network.active else QCoreApplication.translate("EditorialModels", "No")),
        ], parent)

    def show_report(self, rows: list[CadenceRow]) -> None:
        self.set_rows(rows)

"""Pillars, audiences, and networks with their cadence target against what is planned."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cmplanner.services.cadence_report import CadenceRow
from cmplanner.storage.store import PlanStore

from ..labels import label
from .rows_model import Column, RowsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorialModels", text)


class PillarModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("Pillar"), lambda p: p.name, decoration=lambda p: QColor(p.colour)),
            Column(_tr("Target share"), lambda p: f"{p.target_share} %"),
            Column(_tr("Description"), lambda p: p.description, tooltip=lambda p: p.description),
        ], parent)

    def reload(self, store: PlanStore) -> None:
        self.set_rows(store.pillars.all())


class AudienceModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("Audience"), lambda a: a.name),
            Column(_tr("Description"), lambda a: a.description, tooltip=lambda a: a.description),
        ], parent)

    def reload(self, store: PlanStore) -> None:
        self.set_rows(store.audiences.all())


def _verdict(row: CadenceRow) -> str:
    if row.problem:
        return _tr("Target not understood")
    if row.status is None:
        return _tr("No target")
    return {"under": _tr("Under target"), "on_track": _tr("On track"),
            "over": _tr("Over target")}[row.status.verdict]


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
            Column(_tr("Network"), lambda r: r.network.label),
            Column(_tr("Kind"), lambda r: label(r.network.kind)),
            Column(_tr("Handle"), lambda r: r.network.handle),
            Column(_tr("Cadence target"), lambda r: r.network.cadence),
            Column(_tr("Planned (4 weeks)"), lambda r: str(r.planned)),
            Column(_tr("Expected"), lambda r: f"{r.status.expected:.0f}" if r.status else ""),
            Column(_tr("Verdict"), _verdict, foreground=_verdict_colour, tooltip=lambda r: r.problem),
            Column(_tr("Active"), lambda r: _tr("Yes") if r.network.active else _tr("No")),
        ], parent)

    def show_report(self, rows: list[CadenceRow]) -> None:
        self.set_rows(rows)

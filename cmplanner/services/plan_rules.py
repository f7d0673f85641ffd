"""Use cases on the plan-wide records: settings, editorial line, charter, exceptional circuit."""

from __future__ import annotations

from datetime import datetime, timezone

from cmplanner.domain.entities import Charter, CrisisCircuit, EditorialLine, PlanSettings
from cmplanner.domain.errors import Message
from cmplanner.domain.line_mix import next_line
from cmplanner.domain.workload import WorkloadSettings
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save

TEXTS = {
    "settings": Message("Change the plan's settings"),
    "line": Message("Change the editorial line"),
    "charter": Message("Change the charter"),
    "circuit": Message("Change the exceptional circuit"),
    "workload": Message("Change the workload estimates"),
}


def save_settings(store: PlanStore, loaded: PlanSettings, edited: PlanSettings) -> Change:
    return commit(store, TEXTS["settings"], [save("settings", loaded, edited)])


def save_editorial_line(store: PlanStore, loaded: EditorialLine, edited: EditorialLine,
                        now: datetime | None = None) -> Change:
    """A new version starts unvalidated and the one it replaces is kept in the line's history
    with who validated it and when (``line_mix.next_line``)."""
    target = next_line(loaded, edited, store.pillars.all(), now or datetime.now(timezone.utc))
    return commit(store, TEXTS["line"], [save("line", loaded, target)])


def save_charter(store: PlanStore, loaded: Charter, edited: Charter) -> Change:
    return commit(store, TEXTS["charter"], [save("charter", loaded, edited)])


def save_circuit(store: PlanStore, loaded: CrisisCircuit, edited: CrisisCircuit) -> Change:
    return commit(store, TEXTS["circuit"], [save("circuit", loaded, edited)])


def save_workload(store: PlanStore, loaded: WorkloadSettings, edited: WorkloadSettings) -> Change:
    return commit(store, TEXTS["workload"], [save("workload", loaded, edited)])

"""The workload estimates: minutes per post by kind of network, extra minutes for some kinds of
post, preparation hours per kind of IRL event, moderation minutes per network and week, and
each person's weekly capacity. Saved as one undoable change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from cmplanner.domain.enums import EventKind, PostKind
from cmplanner.domain.workload import FALLBACK_EVENT_MINUTES, FALLBACK_POST_MINUTES
from cmplanner.services import plan_rules
from cmplanner.services.changes import Change

from ..labels import label
from .common import EditorDialog
from .conflicts import ConflictResolving


def _spin(value: int, top: int, suffix: str, minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, top)
    box.setSuffix(suffix)
    box.setValue(value)
    return box


class WorkloadDialog(ConflictResolving, EditorDialog):
    conflict_kind = "workload"
    conflict_attributes = ("loaded", "loaded")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("workloadDialog")
        self.setWindowTitle(self.tr("Workload estimates"))
        store = ctx.store
        self.loaded = store.workload_settings()
        s = self.loaded
        minutes, hours = self.tr(" min"), self.tr(" h")
        networks = [n for n in store.networks.all() if n.active]
        kinds = list(dict.fromkeys(n.kind for n in networks))
        self.post_table = self._table("workloadPosts", [self.tr("Network"), self.tr("Minutes per post")],
                                      [(label(k), _spin(s.post_minutes.get(k.value, FALLBACK_POST_MINUTES), 600, minutes))
                                       for k in kinds])
        self._post_keys = [k.value for k in kinds]
        self.kind_table = self._table("workloadKinds", [self.tr("Kind of post"), self.tr("Extra minutes")],
                                      [(label(k), _spin(s.kind_extra_minutes.get(k.value, 0), 600, minutes))
                                       for k in PostKind])
        self.event_table = self._table("workloadEvents", [self.tr("Kind of event"), self.tr("Preparation")],
                                       [(label(k), _spin(round(s.event_minutes.get(k.value, FALLBACK_EVENT_MINUTES) / 60),
                                                         200, hours)) for k in EventKind])
        self.moderation_table = self._table("workloadModeration", [self.tr("Network"), self.tr("Moderation per week")],
                                            [(n.label, _spin(s.moderation_minutes.get(n.id, 0), 6000, minutes))
                                             for n in networks])
        self._network_ids = [n.id for n in networks]
        people = store.people.all()
        self.people_table = self._table("workloadPeople", [self.tr("Person"), self.tr("Weekly capacity")],
                                        [(p.name, _spin(round(s.capacity(p.id) / 60), 80, hours, 1)) for p in people])
        self._people_ids = [p.id for p in people]
        tabs = QTabWidget(self)
        for table, title in ((self.post_table, self.tr("Posts")), (self.kind_table, self.tr("Kinds of post")),
                             (self.event_table, self.tr("Events")), (self.moderation_table, self.tr("Moderation")),
                             (self.people_table, self.tr("Capacity"))):
            tabs.addTab(table, title)
        self.body.addWidget(tabs, 1)
        self.resize_in_lines(70, 24)

    def _load(self, s) -> None:
        """The figures of ``s`` in the tables (the rows stay those built at the start)."""
        for table, values in (
                (self.post_table, [s.post_minutes.get(k, FALLBACK_POST_MINUTES) for k in self._post_keys]),
                (self.kind_table, [s.kind_extra_minutes.get(k.value, 0) for k in PostKind]),
                (self.event_table, [round(s.event_minutes.get(k.value, FALLBACK_EVENT_MINUTES) / 60)
                                    for k in EventKind]),
                (self.moderation_table, [s.moderation_minutes.get(i, 0) for i in self._network_ids]),
                (self.people_table, [round(s.capacity(i) / 60) for i in self._people_ids])):
            for row, value in enumerate(values):
                table.cellWidget(row, 1).setValue(value)

    def _table(self, name: str, headers: list[str], rows) -> QTableWidget:
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        for row, (text, box) in enumerate(rows):
            item = QTableWidgetItem(text)
            table.setItem(row, 0, item)
            table.setCellWidget(row, 1, box)
        table.resizeColumnsToContents()
        return table

    @staticmethod
    def _values(table: QTableWidget) -> list[int]:
        return [table.cellWidget(r, 1).value() for r in range(table.rowCount())]

    def collect(self):
        s = self.loaded
        return replace(
            s,
            post_minutes={**s.post_minutes, **dict(zip(self._post_keys, self._values(self.post_table)))},
            kind_extra_minutes={k.value: v for k, v in zip(PostKind, self._values(self.kind_table)) if v}
            | {k: v for k, v in s.kind_extra_minutes.items() if k not in {p.value for p in PostKind}},
            event_minutes={**s.event_minutes,
                           **{k.value: 60 * v for k, v in zip(EventKind, self._values(self.event_table))}},
            moderation_minutes={**s.moderation_minutes,
                                **dict(zip(self._network_ids, self._values(self.moderation_table)))},
            capacity_minutes={**s.capacity_minutes,
                              **{p: 60 * v for p, v in zip(self._people_ids, self._values(self.people_table))}})

    def write(self) -> tuple[Change, str] | None:
        after = self.collect()
        if after == self.loaded:
            return None
        return plan_rules.save_workload(self.store, self.loaded, after), self.tr("Edit the workload estimates")

"""The next-weeks board's workload line: while the board is shown, the status bar gives each
person's estimated hours for the weeks on the board against their capacity, and flags a week
over capacity."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from cmplanner.domain.period import Period, monday

from ..days_off_words import capacity_reason, hours


def install_board_workload(window, ctx) -> QLabel:
    label = QLabel(window)
    label.setObjectName("boardWorkload")
    label.hide()
    window.statusBar().addPermanentWidget(label)
    window.board_workload = label

    def current_key():
        tabs = window.view_tabs
        return tabs.tabData(tabs.currentIndex())

    def refresh(*_args) -> None:
        if current_key() != "board":
            label.hide()
            return
        from cmplanner.services.review import weekly_workload  # with the board, not at start

        first = monday(ctx.today())
        weeks = window.settings.board_weeks
        period = Period(first, first + timedelta(days=7 * weeks))
        loads = weekly_workload(ctx.store, period)
        people = {p.id: p.name for p in ctx.store.people.all()}
        totals: dict[int, list] = {}
        reduced = []  # why a week's capacity is less than usual, for the tooltip
        for load in loads:
            if load.reduced:
                reduced.append(QCoreApplication.translate("BoardWorkload", "{name}, week {week}: {reason}").format(
                    name=people.get(load.person_id, "?"), week=f"{load.week.isocalendar()[1]:02d}",
                    reason=capacity_reason(load)))
            entry = totals.setdefault(load.person_id, [0, 0, False])
            entry[0] += load.minutes
            entry[1] += load.capacity_minutes
            entry[2] = entry[2] or load.over_capacity
        parts = []
        for person_id, (minutes, capacity, over) in sorted(
                totals.items(), key=lambda kv: -kv[1][0])[:4]:
            parts.append(("⚠ " if over else "") + QCoreApplication.translate(
                "BoardWorkload", "{name} {hours} h of {capacity} h").format(
                name=people.get(person_id, "?"), hours=QLocale().toString(minutes / 60, "f", 1),
                capacity=hours(capacity / 60)))
        label.setText(QCoreApplication.translate("BoardWorkload", "Estimated workload: {list}")
                      .format(list="; ".join(parts) or "—"))
        tip = QCoreApplication.translate(
            "BoardWorkload", "Estimated hours for the weeks on the board (posts, series, event "
            "preparation, moderation) against weekly capacity; ⚠ marks a week over capacity. "
            "Editorial line ▸ Coverage, mix and workload gives every week and person.")
        if reduced:
            tip += "\n" + QCoreApplication.translate(
                "BoardWorkload", "Days off take their share of the capacity:") + "".join(
                "\n• " + line for line in reduced)
        label.setToolTip(tip)
        label.show()

    window.view_tabs.currentChanged.connect(refresh)
    ctx.changed.connect(lambda what: refresh() if what in ("posts", "series", "events", "settings", "people", "sites") else None)
    refresh()
    return label

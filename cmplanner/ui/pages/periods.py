"""The periods the review pages offer (this and the last month, this and the last quarter)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from cmplanner.domain.period import Period, month, quarter


def period_choices(today: date) -> list[tuple[str, Period]]:
    """The periods offered: this and the last month, this and the last quarter."""
    this_month = month(today.year, today.month)
    previous_month = month(today.year, today.month - 1) if today.month > 1 else month(today.year - 1, 12)
    q = (today.month - 1) // 3 + 1
    this_quarter = quarter(today.year, q)
    previous_quarter = quarter(today.year, q - 1) if q > 1 else quarter(today.year - 1, 4)
    return [(QCoreApplication.translate("DashboardPage", "This month ({period})").format(period=this_month.label), this_month),
            (QCoreApplication.translate("DashboardPage", "Last month ({period})").format(period=previous_month.label), previous_month),
            (QCoreApplication.translate("DashboardPage", "This quarter ({period})").format(period=this_quarter.label), this_quarter),
            (QCoreApplication.translate("DashboardPage", "Last quarter ({period})").format(period=previous_quarter.label), previous_quarter)]

"""Days off in words, in the interface's language: why an occurrence falls on a day off, and why
a week's capacity is less than usual (the rules are ``domain.days_off`` and ``domain.workload``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cmplanner.domain.days_off import DayOff
from cmplanner.domain.workload import WeekLoad

MARK = "⚑"


def language() -> str:
    """The interface's language as the holiday tables name it ("fr" or "en")."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"



def day_off_reason(off: DayOff) -> str:
    """« Public holiday (Armistice 1918); closure day (Fermeture annuelle) »."""
    parts = []
    if off.holiday is not None:
        parts.append(QCoreApplication.translate("DaysOff", "public holiday ({name})").format(name=off.holiday))
    if off.closure is not None:
        parts.append(QCoreApplication.translate("DaysOff", "closure day ({name})").format(name=off.closure) if off.closure
                     else QCoreApplication.translate("DaysOff", "closure day"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def occurrence_warning(off: DayOff) -> str:
    """What the Series page and the calendar's tooltip say of an occurrence on a day off."""
    return QCoreApplication.translate("DaysOff", "Falls on a day off: {reason}. Move or skip it if nobody publishes that day.").format(
        reason=day_off_reason(off))


def days_off_count(holidays: int, closure_days: int) -> str:
    """« 1 jour férié, 1 jour de fermeture »."""
    parts = []
    if holidays:
        parts.append(QCoreApplication.translate("DaysOff", "%n public holiday(s)", "", holidays))
    if closure_days:
        parts.append(QCoreApplication.translate("DaysOff", "%n closure day(s)", "", closure_days))
    return ", ".join(parts)


def hours(value: float) -> str:
    """Hours as the interface writes them ("8,5" in French; whole hours without decimals)."""
    return QLocale().toString(value, "f", 0 if float(value).is_integer() else 1)


def capacity_reason(load: WeekLoad) -> str:
    """« 28 h instead of 35 h: 1 jour férié » for a week whose capacity days off cut; "" else."""
    if not load.reduced:
        return ""
    return QCoreApplication.translate("DaysOff", "{capacity} h instead of {usual} h: {days}").format(
        capacity=hours(load.capacity_hours), usual=hours(load.usual_capacity_hours),
        days=days_off_count(load.holidays, load.closure_days))

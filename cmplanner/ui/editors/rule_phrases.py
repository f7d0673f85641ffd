"""A recurrence rule in words, in the interface's language.

The domain (rrule_words.describe) says what to say; the phrase templates live here so that Qt
Linguist translates them, and day and month names come from QLocale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from cmplanner.domain.rrule_words import RuleWords


def day_name(weekday: int) -> str:
    """Python weekday (0 = Monday) to the locale's day name."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def short_day_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def ordinal(position: int) -> str:
    return {
        1: QCoreApplication.translate("RulePhrases", "first"),
        2: QCoreApplication.translate("RulePhrases", "second"),
        3: QCoreApplication.translate("RulePhrases", "third"),
        4: QCoreApplication.translate("RulePhrases", "fourth"),
        -1: QCoreApplication.translate("RulePhrases", "last"),
    }[position]


def join_words(words: list[str]) -> str:
    """"Tuesday", "Tuesday and Thursday", "Monday, Wednesday and Friday"."""
    if len(words) <= 1:
        return "".join(words)
    return QCoreApplication.translate("RulePhrases", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1])


def _day_month(month: int, day: int) -> str:
    return QLocale().toString(QDate(2000, month, day), "d MMMM")


def _until(value: date, start_year: int) -> str:
    pattern = "d MMMM" if value.year == start_year else "d MMMM yyyy"
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def _pattern(words: RuleWords) -> str:
    n = words.interval
    if words.pattern == "daily":
        return QCoreApplication.translate("RulePhrases", "every day") if n == 1 else \
            QCoreApplication.translate("RulePhrases", "every {n} days").format(n=n)
    if words.pattern == "working_days":
        return QCoreApplication.translate("RulePhrases", "every working day (Monday to Friday)")
    if words.pattern == "weekly":
        days = join_words([day_name(d) for d in words.weekdays])
        return QCoreApplication.translate("RulePhrases", "every {days}").format(days=days) if n == 1 else \
            QCoreApplication.translate("RulePhrases", "every {n} weeks on {days}").format(n=n, days=days)
    if words.pattern == "monthly_day":
        return QCoreApplication.translate("RulePhrases", "on day {day} of every month").format(day=words.month_day) if n == 1 \
            else QCoreApplication.translate("RulePhrases", "on day {day}, every {n} months").format(day=words.month_day, n=n)
    if words.pattern == "monthly_weekday":
        which = dict(ordinal=ordinal(words.position or 1), weekday=day_name(words.weekday or 0))
        return QCoreApplication.translate("RulePhrases", "on the {ordinal} {weekday} of every month").format(**which) if n == 1 \
            else QCoreApplication.translate("RulePhrases", "on the {ordinal} {weekday}, every {n} months").format(n=n, **which)
    if words.pattern == "yearly":
        when = _day_month(words.month or 1, words.month_day or 1)
        return QCoreApplication.translate("RulePhrases", "every year on {date}").format(date=when) if n == 1 else \
            QCoreApplication.translate("RulePhrases", "every {n} years on {date}").format(n=n, date=when)
    return QCoreApplication.translate("RulePhrases", "a custom rule ({rule})").format(rule=words.raw)


def phrase(words: RuleWords, start_year: int) -> str:
    """"every Tuesday at 09:00, until 30 June" in the interface's language."""
    at = QLocale().toString(QTime(words.at.hour, words.at.minute), QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate("RulePhrases", "{rule} at {time}").format(rule=_pattern(words), time=at)
    if words.end == "count" and words.count == 1:
        return QCoreApplication.translate("RulePhrases", "{rule}, once").format(rule=text)
    if words.end == "count":
        return QCoreApplication.translate("RulePhrases", "{rule}, {count} times").format(rule=text, count=words.count)
    if words.end == "until" and words.until is not None:
        return QCoreApplication.translate("RulePhrases", "{rule}, until {date}").format(
            rule=text, date=_until(words.until, start_year))
    return text

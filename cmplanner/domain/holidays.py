"""French public holidays (jours fériés de métropole), computed without any table.

Easter follows the Meeus/Jones/Butcher Gregorian algorithm; Ascension and Whit Monday follow
Easter. Alsace-Moselle's two extra days are left out: the plan speaks for metropolitan France.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday of ``year``."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def french_holidays(year: int) -> dict[date, str]:
    """The public holidays of ``year``: date -> French name."""
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "Jour de l'an",
        easter + timedelta(days=1): "Lundi de Pâques",
        date(year, 5, 1): "Fête du Travail",
        date(year, 5, 8): "Victoire 1945",
        easter + timedelta(days=39): "Ascension",
        easter + timedelta(days=50): "Lundi de Pentecôte",
        date(year, 7, 14): "Fête nationale",
        date(year, 8, 15): "Assomption",
        date(year, 11, 1): "Toussaint",
        date(year, 11, 11): "Armistice 1918",
        date(year, 12, 25): "Noël",
    }
    return dict(sorted(days.items()))


def holiday_name(day: date) -> str | None:
    """The holiday's name when ``day`` is a French public holiday, else None."""
    return french_holidays(day.year).get(day)


def holidays_between(start: date, end: date) -> dict[date, str]:
    """Holidays in [start, end)."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({d: n for d, n in french_holidays(year).items() if start <= d < end})
    return found

"""Public holidays per site, from the ``holidays`` package (maintained tables and rules for each
country and subdivision) instead of rules of our own.

A site keeps the holidays of its country and subdivision: France (``"FR"``; ``"57"``, ``"67"``,
``"68"`` for Alsace-Moselle's Good Friday and St Stephen's Day), Belgium (``"BE"``), Switzerland
(``"CH"`` and a canton, ``"VD"``, ``"GE"``...), Canada (``"CA"``, ``"QC"`` for Québec). Names come
in the interface's language ("fr", "en"). The calendar shows the holidays of the plan's sites;
the cadence flags skip them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

FRANCE = ("FR", "")
# The countries a site may be in (the site editor offers these), each with its subdivisions
# worth naming; the package knows many more, and any code it knows is accepted.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "FR": ("", "57", "67", "68"),
    "BE": ("",),
    "CH": ("", "GE", "VD", "NE", "FR", "VS", "JU", "BE", "ZH", "BS"),
    "CA": ("QC", "ON", ""),
}
_LANGUAGES = {"fr": "fr", "en": "en_US"}


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday of ``year`` (from the package's Easter, the one it builds on)."""
    from dateutil.easter import easter

    found: date = easter(year)
    return found


@lru_cache(maxsize=256)
def region_holidays(country: str, subdivision: str, year: int, language: str = "fr") -> dict[date, str]:
    """The public holidays of ``year`` in a country (and subdivision): date -> name."""
    import holidays as _holidays  # tens of milliseconds: imported when a holiday is first asked for

    try:
        found = _holidays.country_holidays(country, subdiv=subdivision or None, years=year,
                                           language=_LANGUAGES.get(language, language))
    except (NotImplementedError, KeyError):  # a country or subdivision the package does not know
        return {}
    return dict(sorted(found.items()))


def french_holidays(year: int) -> dict[date, str]:
    """Metropolitan France's public holidays of ``year``, in French."""
    return region_holidays("FR", "", year, "fr")


def holiday_name(day: date, regions: Iterable[tuple[str, str]] = (FRANCE,), language: str = "fr") -> str | None:
    """The holiday's name when ``day`` is a public holiday in one of ``regions``, else None."""
    return holidays_between(day, day + timedelta(days=1), regions, language).get(day)


def holidays_between(start: date, end: date, regions: Iterable[tuple[str, str]] = (FRANCE,),
                     language: str = "fr") -> dict[date, str]:
    """Holidays in [start, end) of any of ``regions`` ((country, subdivision) pairs). A day that
    is a holiday in only some of them is named once per different name."""
    regions = tuple(dict.fromkeys(regions)) or (FRANCE,)
    found: dict[date, list[str]] = {}
    for year in range(start.year, end.year + 1):
        for country, subdivision in regions:
            for day, name in region_holidays(country, subdivision, year, language).items():
                if start <= day < end:
                    names = found.setdefault(day, [])
                    for part in name.split("; "):
                        if part not in names:
                            names.append(part)
    return {day: " / ".join(names) for day, names in sorted(found.items())}

"""The plan's days off for the people and series that read them (the workload, the Series
page): the sites' public holidays and the closure days, by site (``domain.days_off``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from cmplanner.domain.days_off import DaysOff, days_off, site_regions
from cmplanner.storage.store import PlanStore


def days_off_by_site(store: PlanStore, first: date, end: date, site_ids: Iterable[int | None],
                     language: str = "fr") -> dict[int | None, DaysOff]:
    """Site id -> its days off in [first, end); None (no site) -> those of every site."""
    regions = site_regions(store.sites.all())
    closures = store.closures().items
    return {site: days_off(first, end, regions, closures, () if site is None else (site,), language)
            for site in set(site_ids)}

"""How many posts each network has planned over the coming weeks, against its cadence target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from cmplanner.domain.cadence import CadenceStatus, cadence_status
from cmplanner.domain.entities import Network
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime
from cmplanner.storage.store import PlanStore

from .planning import calendar_items


@dataclass(frozen=True)
class CadenceRow:
    network: Network
    planned: int
    status: CadenceStatus | None  # None: no target
    problem: str = ""  # the domain's Message when the target cannot be read


def cadence_report(store: PlanStore, today: date, weeks: int = 4) -> list[CadenceRow]:
    """One row per network: posts and series occurrences planned from ``today`` for ``weeks``
    weeks (cancelled posts left out), and the target they are measured against."""
    zone_name = store.zone_name
    end_day = today + timedelta(days=7 * weeks - 1)
    start = local_datetime(today, time(0, 0), zone_name)
    end = local_datetime(end_day + timedelta(days=1), time(0, 0), zone_name)
    counts: dict[int, int] = {}
    for item in calendar_items(store, start, end):
        if item.post is not None:
            if item.post.status is PostStatus.CANCELLED:
                continue
            ids = item.post.network_ids
        else:
            ids = item.series.network_ids if item.series else []
        for network_id in set(ids):
            counts[network_id] = counts.get(network_id, 0) + 1
    rows = []
    for network in store.networks.all():
        planned = counts.get(network.id, 0)  # type: ignore[arg-type]
        try:
            status = cadence_status(network.id, network.cadence, planned, today, end_day)  # type: ignore[arg-type]
        except DomainError as exc:
            rows.append(CadenceRow(network, planned, None, exc.message))
            continue
        rows.append(CadenceRow(network, planned, status))
    return rows

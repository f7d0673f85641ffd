"""Leases: a task only one client of a shared plan does at a time (publishing the shared feeds).

A lease row names its holder and an expiry; the holder renews it each time it does the task, and
another client may take it once it has expired (its holder quit, crashed or lost the network).
The row is read ``FOR UPDATE``, so two clients asking at once cannot both get it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from .schema import leases

if TYPE_CHECKING:
    from .store import PlanStore


def take(store: PlanStore, name: str, holder: str, seconds: int,
         now: datetime | None = None) -> tuple[bool, str]:
    """Take or renew the lease ``name`` for ``holder``: (True, holder) when it is ours now, else
    (False, the current holder)."""
    now = now or datetime.now(timezone.utc)
    table = leases
    try:
        with store.engine.begin() as connection:
            row = connection.execute(select(table).where(table.c.name == name)
                                     .with_for_update()).first()
            if row is not None and row.holder != holder and row.expires_at > now:
                return False, row.holder
            values = {"holder": holder, "expires_at": now + timedelta(seconds=seconds)}
            if row is None:
                connection.execute(insert(table).values(name=name, **values))
            else:
                connection.execute(update(table).where(table.c.name == name).values(**values))
    except IntegrityError:  # another client inserted it at the same instant: theirs
        return False, ""
    return True, holder


def release(store: PlanStore, name: str, holder: str) -> None:
    with store.engine.begin() as connection:
        connection.execute(delete(leases).where(leases.c.name == name, leases.c.holder == holder))

"""The ambassador kit of a week: per network, the posts to share with their suggested wording
and link. Only public approved or scheduled posts; nothing private is read into it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cmplanner.domain.ambassador import shareable, wording
from cmplanner.domain.period import Period
from cmplanner.storage.store import PlanStore


@dataclass(frozen=True)
class KitItem:
    title: str
    when: datetime  # aware
    wording: str
    link: str
    pillar: str


@dataclass(frozen=True)
class KitNetwork:
    name: str
    handle: str
    items: tuple[KitItem, ...]


@dataclass(frozen=True)
class Kit:
    plan: str
    language: str
    zone_name: str
    period: Period
    networks: tuple[KitNetwork, ...]
    count: int  # posts to share (one may go to several networks)


def ambassador_kit(store: PlanStore, period: Period) -> Kit:
    settings = store.settings()
    start, end = period.bounds(settings.timezone)
    posts = [p for p in store.posts.in_range(start, end) if shareable(p)]
    pillars = {p.id: p.name for p in store.pillars.all()}
    networks = []
    for network in store.networks.all():
        if not network.active:
            continue
        items = tuple(KitItem(p.title, p.planned_at, wording(p, network.id), p.published_url,  # type: ignore[arg-type]
                              pillars.get(p.pillar_id, ""))
                      for p in posts if network.id in p.network_ids)
        if items:
            networks.append(KitNetwork(network.label, network.handle, items))
    shared = {p.id for p in posts if set(p.network_ids) & {n.id for n in store.networks.all() if n.active}}
    return Kit(settings.name, settings.language, settings.timezone, period, tuple(networks),
               len(shared))

"""Small builders for domain tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Charter, CrisisCircuit, Person, Post
from cmplanner.domain.enums import PostStatus, Role

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=ZoneInfo("UTC"))

CM = Person("Camille", roles={Role.COMMUNITY_MANAGER}, id=1)
BOSS = Person("Philippe", roles={Role.MANAGEMENT}, id=2)
APPROVER = Person("Julien", roles={Role.APPROVER}, id=3)
REFERENT = Person("Élodie", roles={Role.WEB_REFERENT}, id=4)
HR = Person("Sophie", roles={Role.MANAGEMENT, Role.APPROVER}, id=5)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def post(status: PostStatus = PostStatus.DRAFT, **changes) -> Post:
    values = dict(title="Portrait", network_ids=[1], pillar_id=10, status=status,
                  planned_at=paris(2026, 3, 20, 9), owner_id=CM.id)
    values.update(changes)
    return Post(**values)


CHARTER = Charter("", covered_pillar_ids={10}, covered_network_ids={1, 2})
CIRCUIT = CrisisCircuit([BOSS.id, HR.id], 2)  # type: ignore[list-item]

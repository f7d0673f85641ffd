"""A seeded generator of large plans, written through the PlanStore API.

    python -m bench.generate --posts 20000 --seed 1 OUT.cmplan

Five years of plan around a fixed "today": series with skipped, moved and edited occurrences,
IRL events with their promotion posts, posts in every status, French text with accents and
emoji. The post total counts every post: edited occurrences and promotion posts included.
Plans are cached under ``bench/.cache/`` keyed by their size, seed and the generator and schema
versions, so reruns only copy a file.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from cmplanner.domain.entities import (
    Approval, Audience, Charter, ContentRequest, CrisisCircuit, EditorialLine, Event, Network,
    Person, Pillar, PlanSettings, Post, Series, SeriesException, Site,
)
from cmplanner.domain.enums import (
    Decision, EventKind, ExceptionKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role,
)
from cmplanner.domain.promotion import default_plan, promotion_posts
from cmplanner.domain.recurrence import occurrences
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.storage.store import PlanStore

from . import texts

GENERATOR_VERSION = 1
TODAY = date(2026, 3, 16)  # the plan's fixed "today": a Monday, as in the test suite
ZONE = "Europe/Paris"
CACHE = Path(__file__).resolve().parent / ".cache"
BATCH = 1000  # posts per transaction: one commit each, a session that stays small

NETWORKS = [
    (NetworkKind.LINKEDIN, "LinkedIn", "3 per week"), (NetworkKind.INSTAGRAM, "Instagram", "4 per week"),
    (NetworkKind.FACEBOOK, "Facebook", "1 per day"), (NetworkKind.X, "X", "2 per day"),
    (NetworkKind.YOUTUBE, "YouTube", "2 per month"), (NetworkKind.TIKTOK, "TikTok", "3 per week"),
    (NetworkKind.THREADS, "Threads", "1 per day"), (NetworkKind.MASTODON, "Mastodon", "1 per day"),
    (NetworkKind.BLUESKY, "Bluesky", "1 per day"), (NetworkKind.NEWSLETTER, "Lettre mensuelle", "1 per month"),
    (NetworkKind.WEBSITE, "Site web — actualités", "1 per week"), (NetworkKind.PINTEREST, "Pinterest", "2 per week"),
]
SERIES_RULES = [  # (weight, rule); COUNT/UNTIL-less rules run to the end of the window
    (20, "FREQ=WEEKLY;BYDAY={day};COUNT={count}"), (15, "FREQ=WEEKLY;BYDAY={day}"),
    (12, "FREQ=WEEKLY;INTERVAL=2;BYDAY={day};UNTIL={until}"), (20, "FREQ=MONTHLY;BYDAY=1{day}"),
    (10, "FREQ=MONTHLY;BYMONTHDAY={monthday};COUNT={count}"), (8, "FREQ=YEARLY"),
    (8, "FREQ=DAILY;COUNT={short}"), (7, "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT={count}"),
]
DAYS = ["MO", "TU", "WE", "TH", "FR"]


@dataclass(frozen=True)
class PlanSize:
    posts: int = 20_000
    series: int = 200
    events: int = 500
    people: int = 50
    networks: int = 12
    years: int = 5

    @property
    def key(self) -> str:
        return (f"p{self.posts}-s{self.series}-e{self.events}-h{self.people}-n{self.networks}"
                f"-y{self.years}")


def window(size: PlanSize, today: date = TODAY) -> tuple[datetime, datetime]:
    """The plan's span: ``size.years`` years centred on ``today``, as aware local midnights."""
    half = timedelta(days=round(size.years * 365.25 / 2))
    return (local_datetime(today - half, time(0), ZONE), local_datetime(today + half, time(0), ZONE))


def generate(path: Path, size: PlanSize = PlanSize(), seed: int = 1) -> None:
    """Write a new plan of ``size`` into ``path`` (which must not hold a plan yet)."""
    if size.networks < 1 or size.people < 4 or size.networks > len(NETWORKS):
        raise ValueError(f"A generated plan needs 4+ people and 1 to {len(NETWORKS)} networks.")
    store = PlanStore.open(path, create=True)
    try:
        _Generator(store, size, random.Random(seed)).run()
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def cached_plan(size: PlanSize = PlanSize(), seed: int = 1, cache: Path = CACHE) -> Path:
    """The generated plan for ``size`` and ``seed``, generated once and kept in ``cache``."""
    from cmplanner.storage.database import SCHEMA_VERSION

    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"plan-{size.key}-seed{seed}-g{GENERATOR_VERSION}-v{SCHEMA_VERSION}.cmplan"
    if target.exists():
        return target
    partial = target.with_name(f"{target.stem}.{os.getpid()}.partial")
    for stale in (partial, *(Path(f"{partial}{s}") for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    try:
        generate(partial, size, seed)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target


class _Generator:
    def __init__(self, store: PlanStore, size: PlanSize, rng: random.Random) -> None:
        self.store, self.size, self.rng = store, size, rng
        self.start, self.end = window(size)
        self.today = local_datetime(TODAY, time(0), ZONE)
        self.batch: list[Post] = []

    def uid(self) -> str:
        return f"{uuid.UUID(int=self.rng.getrandbits(128), version=4)}@cmplanner"

    def run(self) -> None:
        with self.store.transaction():
            self.reference_data()
        edited = self.series()
        promotion = self.events()
        standard = self.size.posts - edited - promotion
        if standard < 0:
            raise ValueError(
                f"{self.size.posts} posts cannot hold the {edited} edited occurrences and "
                f"{promotion} promotion posts of {self.size.series} series and "
                f"{self.size.events} events: ask for more posts or fewer series/events.")
        self.standard_posts(standard)
        with self.store.transaction():
            self.requests(max(5, self.size.posts // 200))

    # --- people, networks, pillars ------------------------------------------------------------
    def reference_data(self) -> None:
        rng, store = self.rng, self.store
        store.save_settings(PlanSettings("Ateliers Morel — plan de démonstration (5 ans)", ZONE, "fr", 30))
        self.sites = [store.sites.save(Site(f"Site de {city}", f"{rng.randint(1, 99)} rue du Bois, {city}"))
                      for city in texts.CITIES[:5]]
        roles = ([{Role.COMMUNITY_MANAGER}, {Role.MANAGEMENT}, {Role.MANAGEMENT, Role.APPROVER},
                  {Role.APPROVER}] + [{Role.WEB_REFERENT}] * 8 + [{Role.AMBASSADOR}] * 15)
        self.people = []
        for number in range(self.size.people):
            name = texts.person_name(rng)
            role = roles[number] if number < len(roles) else {Role.EMPLOYEE}
            site = self.sites[number % len(self.sites)].id if Role.WEB_REFERENT in role or rng.random() < 0.5 else None
            self.people.append(store.people.save(Person(name, texts.email(name, number), set(role), site)))
        self.owners = [p.id for p in self.people if p.roles & {Role.COMMUNITY_MANAGER, Role.WEB_REFERENT, Role.AMBASSADOR}]
        self.approvers = [p.id for p in self.people if Role.APPROVER in p.roles or Role.MANAGEMENT in p.roles]
        self.networks = [store.networks.save(Network(kind, name, f"@ateliersmorel{n}", cadence))
                         for n, (kind, name, cadence) in enumerate(NETWORKS[: self.size.networks])]
        self.network_ids = [n.id for n in self.networks]
        colours = ["#b5651d", "#2e86ab", "#3c9d5d", "#8e44ad", "#d35400", "#7f8c8d"]
        names = ["Savoir-faire", "Nos équipes", "Engagement local & RSE", "Collections",
                 "Vie de l'entreprise", "Événements"]
        self.pillars = [store.pillars.save(Pillar(n, c, f"Pilier « {n} ».", 100 // len(names)))
                        for n, c in zip(names, colours)]
        self.audiences = [store.audiences.save(Audience(n)) for n in
                          ("Candidats et étudiants", "Clients particuliers", "Prescripteurs",
                           "Acteurs locaux", "Collaborateurs")]
        store.save_editorial_line(EditorialLine(
            "Faire connaître notre savoir-faire, attirer des talents, montrer notre ancrage local. "
            "Ton chaleureux et concret ; émojis avec modération 🙂", "2026.1", self.people[1].id,
            TODAY - timedelta(days=60)))
        store.save_charter(Charter("Publications courantes sans validation, sauf sujets sensibles.",
                                   {p.id for p in self.pillars[:4]}))  # type: ignore[misc]
        store.save_crisis_circuit(CrisisCircuit(self.approvers[:3], 2))  # type: ignore[arg-type]

    # --- posts -----------------------------------------------------------------------------------
    def status_for(self, planned: datetime | None) -> PostStatus:
        """A status that fits the post's date: past posts published, the far future ideas."""
        if planned is None:
            return self.rng.choice([PostStatus.IDEA, PostStatus.IDEA, PostStatus.DRAFT])
        days = (planned - self.today).days
        choices = ((-7, [PostStatus.PUBLISHED] * 18 + [PostStatus.CANCELLED, PostStatus.DRAFT]),
                   (0, [PostStatus.PUBLISHED] * 8 + [PostStatus.SCHEDULED, PostStatus.CANCELLED]),
                   (14, [PostStatus.SCHEDULED] * 9 + [PostStatus.APPROVED] * 4 + [PostStatus.TO_VALIDATE] * 3
                    + [PostStatus.DRAFT] * 3 + [PostStatus.CANCELLED]),
                   (90, [PostStatus.DRAFT] * 8 + [PostStatus.TO_VALIDATE] * 4 + [PostStatus.APPROVED] * 2
                    + [PostStatus.SCHEDULED] * 2 + [PostStatus.IDEA] * 3 + [PostStatus.CANCELLED]))
        for limit, statuses in choices:
            if days < limit:
                return self.rng.choice(statuses)
        return self.rng.choice([PostStatus.IDEA] * 10 + [PostStatus.DRAFT] * 9 + [PostStatus.CANCELLED])

    def finish(self, post: Post, status: PostStatus | None = None) -> Post:
        """Give ``post`` a status fitting its date and what that status implies."""
        rng = self.rng
        status = status or self.status_for(post.planned_at)
        post = replace(post, status=status, uid=self.uid(), owner_id=post.owner_id or rng.choice(self.owners),
                       media_needed=rng.choice(texts.MEDIA), public_notes=rng.choice(texts.PUBLIC_NOTES),
                       private_notes=rng.choice(texts.PRIVATE_NOTES),
                       audience_id=rng.choice(self.audiences).id)
        if post.planned_at is not None and rng.random() < 0.6:
            due = to_local(post.planned_at, ZONE).date() - timedelta(days=rng.randint(1, 10))
            post = replace(post, content_due=due)
        if rng.random() < 0.15 and len(post.network_ids) > 1:
            post = replace(post, variants={post.network_ids[-1]: texts.body(rng, short=True)})
        if status in (PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED) and rng.random() < 0.3:
            decided = (post.planned_at or self.today) - timedelta(days=rng.randint(1, 5))
            post = replace(post, validation_round=1, approvals=[Approval(
                rng.choice(self.approvers), decided, Decision.APPROVE, rng.choice(["", "OK pour moi.", "Parfait 👍"]))])
        elif status is PostStatus.TO_VALIDATE:
            post = replace(post, validation_round=1)
        if status is PostStatus.PUBLISHED and post.planned_at is not None:
            post = replace(post, published_at=post.planned_at, reach=rng.randint(200, 9000),
                           reactions=rng.randint(0, 400), comments=rng.randint(0, 60), shares=rng.randint(0, 40),
                           published_url=f"https://www.linkedin.com/feed/update/urn:li:activity:{rng.getrandbits(60)}")
        return post

    def add(self, post: Post) -> None:
        self.batch.append(post)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        with self.store.transaction():
            for post in self.batch:
                self.store.posts.save(post)
        self.batch = []

    def random_time(self, day: date) -> datetime:
        return local_datetime(day, time(self.rng.choice([8, 9, 11, 12, 14, 17, 18, 20]),
                                         self.rng.choice([0, 15, 30, 45])), ZONE)

    def standard_posts(self, count: int) -> None:
        rng = self.rng
        span = (self.end - self.start).days
        forced = {  # one post of each status first, at a date that fits it
            PostStatus.IDEA: None, PostStatus.DRAFT: 40, PostStatus.TO_VALIDATE: 6, PostStatus.APPROVED: 8,
            PostStatus.SCHEDULED: 2, PostStatus.PUBLISHED: -10, PostStatus.CANCELLED: -20}
        plan = list(forced.items())
        for number in range(count):
            status = None
            if number < len(plan):
                status, offset = plan[number]
                planned = None if offset is None else self.random_time(TODAY + timedelta(days=offset))
            elif rng.random() < 0.04:
                planned = None  # undated backlog idea
            else:
                planned = self.random_time(self.start.date() + timedelta(days=rng.randrange(span)))
            kind = PostKind.STANDARD
            sensitive = rng.random() < 0.02
            if sensitive:
                kind = rng.choice([PostKind.CRISIS, PostKind.NEGATIVE_REVIEW_REPLY, PostKind.TROLL_REPLY])
            post = Post(texts.title(rng), texts.body(rng), sorted(rng.sample(self.network_ids, min(
                len(self.network_ids), rng.choice([1, 1, 2, 3])))), rng.choice(self.pillars).id,
                kind=kind, planned_at=planned, sensitive=sensitive)
            self.add(self.finish(post, status))
        self.flush()

    # --- series ------------------------------------------------------------------------------------
    def series(self) -> int:
        """Store the series with their skipped and moved occurrences; the edited-post count."""
        rng, edited = self.rng, 0
        weights, rules = zip(*SERIES_RULES)
        span = (self.end - self.start).days
        for number in range(self.size.series):
            first = self.start.date() + timedelta(days=rng.randrange(span * 3 // 4))
            rule = rng.choices(rules, weights)[0].format(
                day=rng.choice(DAYS), count=rng.randint(8, 52), short=rng.randint(5, 30),
                monthday=rng.randint(1, 28),
                until=(first + timedelta(days=rng.randint(60, 400))).strftime("%Y%m%d"))
            name = f"{rng.choice(texts.SERIES_NAMES)} #{number + 1}"
            series = Series(name, rule, self.random_time(first), ZONE, rng.choice(self.pillars).id,
                            sorted(rng.sample(self.network_ids, min(len(self.network_ids), rng.randint(1, 3)))),
                            f"{name} — {{date}}", texts.body(rng, short=True), rng.choice(self.owners),
                            uid=self.uid())
            with self.store.transaction():
                series = self.store.series.save(series)
                edited += self.series_exceptions(series)
        return edited

    def series_exceptions(self, series: Series) -> int:
        rng = self.rng
        occ = occurrences(series, self.start, self.end)
        picks = rng.sample(occ, min(len(occ), rng.randint(2, 6)))
        exceptions, posts = [], []
        for n, o in enumerate(picks):
            if n % 3 == 0:
                exceptions.append(SeriesException(o.original_start, ExceptionKind.SKIPPED))
            elif n % 3 == 1:
                new = o.original_start + timedelta(days=rng.choice([1, 2, -1]), hours=rng.choice([0, 2]))
                exceptions.append(SeriesException(o.original_start, ExceptionKind.MOVED, new))
            else:
                planned = o.original_start + timedelta(hours=rng.choice([0, 0, 3]))
                posts.append(Post(f"{series.name} : {rng.choice(texts.TOPICS)}", texts.body(rng),
                                  list(series.network_ids), series.pillar_id, kind=PostKind.SERIES,
                                  planned_at=planned, owner_id=series.owner_id, series_id=series.id,
                                  occurrence_start=o.original_start))
        self.store.series.save(replace(series, exceptions=exceptions))
        for post in posts:
            self.store.posts.save(self.finish(post))
        return len(posts)

    # --- events and their promotion ------------------------------------------------------------------
    def events(self) -> int:
        """Store the events with their promotion posts; the promotion-post count."""
        rng, count = self.rng, 0
        span = (self.end - self.start).days
        plans = [lambda ids: default_plan(ids), lambda ids: default_plan(ids)[2:],
                 lambda ids: default_plan(ids)[::2], lambda ids: default_plan(ids)[:4]]
        for _number in range(self.size.events):
            day = self.start.date() + timedelta(days=rng.randrange(span))
            all_day = rng.random() < 0.2
            start = local_datetime(day, time(0) if all_day else time(rng.choice([9, 10, 12, 14, 18])), ZONE)
            end = (local_datetime(day + timedelta(days=rng.choice([1, 1, 2])), time(0), ZONE) if all_day
                   else start + timedelta(hours=rng.choice([1, 2, 3, 8])))
            city = rng.choice(texts.CITIES)
            ids = sorted(rng.sample(self.network_ids, min(len(self.network_ids), rng.randint(1, 3))))
            event = Event(f"{rng.choice(texts.EVENT_TITLES)} — {city} {day.year}", rng.choice(list(EventKind)),
                          start, end, all_day, texts.body(rng, short=True), rng.choice(self.sites).id,
                          f"{rng.randint(1, 120)} avenue de la Loire, {city}",
                          sorted(rng.sample([p.id for p in self.people], 2)), rng.choice(plans)(ids),
                          uid=self.uid())
            with self.store.transaction():
                saved = self.store.events.save(event)
                for post in promotion_posts(saved, ZONE, "fr"):
                    self.store.posts.save(self.finish(replace(post, pillar_id=self.pillars[-1].id)))
                    count += 1
        return count

    def requests(self, count: int) -> None:
        rng = self.rng
        for _ in range(count):
            created = TODAY - timedelta(days=rng.randint(0, 400))
            self.store.requests.save(ContentRequest(
                f"{rng.choice(texts.SUBJECTS)} : {rng.choice(texts.TOPICS)}", rng.choice(self.people).id,
                self.people[0].id, texts.body(rng, short=True), rng.choice(texts.MEDIA), rng.choice(texts.MEDIA),
                created + timedelta(days=rng.randint(3, 60)), rng.choice(list(RequestStatus)), created))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="new plan file to write")
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--series", type=int, default=200)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--networks", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-cache", action="store_true", help="generate afresh, keep nothing in the cache")
    args = parser.parse_args(argv)
    if args.out.exists() and args.out.stat().st_size:
        sys.exit(f"bench.generate: {args.out} already exists; choose a new file.")
    size = PlanSize(args.posts, args.series, args.events, args.people, args.networks)
    try:
        if args.no_cache:
            generate(args.out, size, args.seed)
        else:
            shutil.copyfile(cached_plan(size, args.seed), args.out)
    except ValueError as exc:
        sys.exit(f"bench.generate: {exc}")
    with sqlite3.connect(args.out) as conn:
        posts = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    print(f"{args.out}: {posts} posts, {size.series} series, {size.events} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())

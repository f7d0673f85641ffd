"""The review figures' light queries, on a plan file and on a team plan: what each one selects."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Approval, Network, Person, Pillar, Post
from cmplanner.domain.enums import Decision, NetworkKind, PostKind, PostStatus, Role
from cmplanner.storage import review_queries as rq

PARIS = ZoneInfo("Europe/Paris")
S = PostStatus


def at(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def test_period_posts_approvals_waiting_and_undated_ideas(store):
    boss = store.people.save(Person("Philippe", roles={Role.MANAGEMENT}))
    li = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn"))
    fb = store.networks.save(Network(NetworkKind.FACEBOOK, "Facebook"))
    rse = store.pillars.save(Pillar("RSE", target_share=100))
    before, inside = at(2026, 11, 30, 23, 30), at(2026, 12, 1, 0, 0)
    early = store.posts.save(Post(
        "Approuvé en novembre", network_ids=[fb.id, li.id], status=S.PUBLISHED, planned_at=inside,
        reach=120, shares=3, kind=PostKind.CRISIS, pillar_id=rse.id, validation_round=2,
        approvals=[Approval(boss.id, before, Decision.REJECT, "non", 1),
                   Approval(boss.id, at(2026, 12, 1, 8), Decision.APPROVE, "oui", 2)]))
    store.posts.save(Post("La veille", network_ids=[li.id], status=S.TO_VALIDATE,
                          planned_at=before, validation_round=1, submitted_at=at(2026, 11, 20, 9),
                          approvals=[Approval(boss.id, at(2026, 12, 2, 9), Decision.REJECT, "", 1)]))
    store.posts.save(Post("Idée LinkedIn", network_ids=[li.id], pillar_id=rse.id))
    store.posts.save(Post("Idée Facebook", network_ids=[fb.id]))
    store.posts.save(Post("Brouillon", status=S.DRAFT))
    start, end = at(2026, 12, 1), at(2027, 1, 1)

    [post] = rq.review_posts(store, start, end)
    assert (post.id, post.title, post.status, post.kind, post.network_ids, post.pillar_id,
            post.planned_at, post.reach, post.reactions, post.shares) == (
        early.id, "Approuvé en novembre", S.PUBLISHED, PostKind.CRISIS, sorted([li.id, fb.id]),
        rse.id, inside, 120, None, 3)
    assert post.approvals == []  # read apart, the period's decisions only
    # The refusal of 30 November is out; the other post's decision is in December but the post
    # is planned in November.
    assert [(i, a.decision, a.round) for i, a in rq.review_approvals(store, start, end)] == [
        (early.id, Decision.APPROVE, 2)]

    [waiting] = rq.review_posts_with_status(store, S.TO_VALIDATE)
    assert (waiting.title, waiting.submitted_at, waiting.validation_round, waiting.network_ids,
            [a.decision for a in waiting.approvals]) == (
        "La veille", at(2026, 11, 20, 9), 1, [li.id], [Decision.REJECT])

    assert rq.count_undated(store, S.IDEA) == 2
    assert rq.count_undated(store, S.IDEA, network_id=fb.id) == 1
    assert rq.count_undated(store, S.IDEA, network_id=li.id, pillar_id=rse.id) == 1
    assert rq.count_undated(store, S.DRAFT) == 1

from datetime import datetime, time

from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Event, PromotionStep
from cmplanner.domain.enums import EventKind
from cmplanner.domain.promotion import default_plan, promotion_posts
from cmplanner.domain.promotion_sync import missing_posts

PARIS = ZoneInfo("Europe/Paris")


def test_only_steps_without_a_post_get_one():
    event = Event("Salon", EventKind.TRADE_SHOW, datetime(2026, 5, 20, 9, tzinfo=PARIS),
                  datetime(2026, 5, 20, 18, tzinfo=PARIS), promotion=default_plan([1]), id=4)
    existing = promotion_posts(event, "Europe/Paris")
    assert missing_posts(event, existing, "Europe/Paris") == []
    event.promotion.append(PromotionStep(-3, time(12, 0), "Inscriptions", [1]))
    added = missing_posts(event, existing[:2], "Europe/Paris")
    assert [p.promotion_offset_days for p in added] == [-1, 0, 1, -3]
    assert added[-1].title == "Inscriptions : Salon"


def test_published_posts_outlive_their_event():
    from cmplanner.domain.entities import Post
    from cmplanner.domain.enums import PostStatus
    from cmplanner.domain.promotion_sync import posts_deleted_with_event

    posts = [Post("a", status=PostStatus.PUBLISHED), Post("b", status=PostStatus.DRAFT),
             Post("c", status=PostStatus.CANCELLED)]
    assert [p.title for p in posts_deleted_with_event(posts)] == ["b", "c"]

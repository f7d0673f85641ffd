"""Counting the way each network counts, on texts that trip naive counters."""

from __future__ import annotations

import pytest

from cmplanner.domain.entities import MediaItem, Network, Post
from cmplanner.domain.enums import MediaKind, NetworkKind
from cmplanner.domain.errors import DomainError
from cmplanner.domain.network_limits import (
    check_media, check_overrides, check_text, clock, count, counter, fold_index, hashtags,
    load_rules, needs_checking, post_findings, shape, urls,
)

K = NetworkKind
RULES = load_rules()
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"  # 👨‍👩‍👧‍👦, 7 code points, 25 bytes
FLAG = "\U0001F1EB\U0001F1F7"  # 🇫🇷, 2 regional indicators, 8 bytes
DECOMPOSED = "e\u0301te\u0301"  # "été" written with combining accents (5 code points)


def n(kind: NetworkKind, text: str) -> int:
    return count(text, RULES[kind])


def test_every_network_of_the_file_has_a_verified_date_and_a_limit():
    for kind in (K.X, K.BLUESKY, K.THREADS, K.MASTODON, K.LINKEDIN, K.INSTAGRAM, K.FACEBOOK,
                 K.TIKTOK, K.YOUTUBE):
        assert RULES[kind].verified_on is not None
        assert RULES[kind].max_chars or RULES[kind].max_bytes
    assert (RULES[K.X].max_chars, RULES[K.X].premium_max_chars) == (280, 25000)
    assert (RULES[K.BLUESKY].max_chars, RULES[K.BLUESKY].max_bytes) == (300, 3000)
    assert RULES[K.THREADS].max_chars == RULES[K.MASTODON].max_chars == 500
    assert RULES[K.LINKEDIN].max_chars == 3000
    assert (RULES[K.INSTAGRAM].max_chars, RULES[K.INSTAGRAM].max_hashtags) == (2200, 5)
    assert (RULES[K.FACEBOOK].max_chars, RULES[K.FACEBOOK].scheduler_max_chars) == (63206, 5000)
    assert RULES[K.TIKTOK].max_chars == 2200
    # YouTube's description is limited in bytes ("a maximum length of 5000 bytes"), its title in
    # characters
    assert (RULES[K.YOUTUBE].max_title_chars, RULES[K.YOUTUBE].max_chars,
            RULES[K.YOUTUBE].max_bytes) == (100, None, 5000)
    assert (RULES[K.INSTAGRAM].fold, RULES[K.LINKEDIN].fold) == (125, 210)


# --- X ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bonjour", 7),
    (FAMILY, 2),  # a whole emoji sequence weighs 2
    (FLAG, 2),
    ("\u00a9", 1),  # © as text
    ("\u00a9\ufe0f", 2),  # © as emoji
    ("日本語", 6),  # CJK weighs 2
    ("한국", 4),
    (DECOMPOSED, 3),  # NFC first: three letters
    ("café", 4),
    ("Voir https://exemple.fr/un/tres/long/chemin?avec=parametres", 5 + 23),
    ("Voir exemple.fr/atelier.", 5 + 23 + 1),  # no scheme, still a link; the dot stays text
    ("http://a.fr http://b.fr", 23 + 1 + 23),
    ("M.Dupont", 8),  # not a domain
    ("@alice@mastodon.social", 22),  # no link inside a mention
    ("—«»", 3),  # dashes and guillemets weigh 1
    ("…", 2),  # U+2026 is outside X's light ranges
])
def test_x_weighted_length(text, expected):
    assert n(K.X, text) == expected


def test_x_limit_and_premium_override():
    text = "a" * 279 + "日"
    assert counter(text, RULES[K.X]).level == "over"
    assert counter(text, RULES[K.X]).over_by == 1
    premium = load_rules({"x": {"max_chars": 25000}})[K.X]
    assert counter(text, premium).level == "ok"


# --- Bluesky ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (FAMILY, 1), (FLAG, 1), (DECOMPOSED, 3), ("日本語", 3),
    ("https://exemple.fr", 18),  # links count in full
])
def test_bluesky_counts_graphemes(text, expected):
    assert n(K.BLUESKY, text) == expected


def test_bluesky_byte_limit_bites_before_the_grapheme_limit():
    text = FAMILY * 200  # 200 graphemes, 5,000 bytes
    c = counter(text, RULES[K.BLUESKY])
    assert c.used == 200 and c.bytes_used == 5000 and c.level == "over"
    found = check_text(text, RULES[K.BLUESKY], "Bluesky")
    assert [f.message for f in found if f.hard] == [
        "Bluesky: the text is 2000 byte(s) too long (5000 of 3000)."]


# --- Threads ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bonjour", 7), (FAMILY, 25), (FLAG, 8), ("\U0001F600", 4), ("日本語", 3),
    (DECOMPOSED, 3), ("\u00a9", 1),
])
def test_threads_counts_emoji_as_their_bytes(text, expected):
    assert n(K.THREADS, text) == expected


# --- Mastodon ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("@alice@mastodon.social merci", len("@alice merci")),  # the @domain part is free
    ("@alice merci", 12),
    ("https://exemple.fr/" + "x" * 100, 23),
    ("exemple.fr", 10),  # without a scheme Mastodon makes no link
    (FAMILY + FLAG, 2),
    (DECOMPOSED, 3),
])
def test_mastodon_counting(text, expected):
    assert n(K.MASTODON, text) == expected


def test_a_plan_sets_its_mastodon_servers_limit():
    rules = load_rules({"mastodon": {"max_chars": 11000}})
    assert rules[K.MASTODON].max_chars == 11000
    assert rules[K.MASTODON].url_length == 23  # the rest stays
    assert RULES[K.MASTODON].max_chars == 500


def test_overrides_are_checked():
    check_overrides({"mastodon": {"max_chars": 1000}})
    with pytest.raises(DomainError, match="whole number"):
        check_overrides({"mastodon": {"max_chars": 0}})
    with pytest.raises(DomainError, match="Unknown network"):
        check_overrides({"myspace": {"max_chars": 10}})
    with pytest.raises(DomainError, match="Unknown limit"):
        check_overrides({"x": {"colour": 1}})


# --- character networks -----------------------------------------------------------------------

@pytest.mark.parametrize("kind", [K.LINKEDIN, K.INSTAGRAM, K.FACEBOOK, K.YOUTUBE])
def test_code_point_networks(kind):
    assert n(kind, "日本語") == 3
    assert n(kind, FLAG) == 2
    assert n(kind, "https://exemple.fr") == 18


def test_tiktok_counts_utf16_runes_so_emoji_beyond_the_bmp_weigh_two():
    assert n(K.TIKTOK, "日本語é") == 4  # all in the Basic Multilingual Plane
    assert n(K.TIKTOK, FLAG) == 4  # two regional indicators, each a surrogate pair
    assert n(K.TIKTOK, FAMILY) == 11  # four people (pairs) and three joiners
    assert counter("😀" * 1100, RULES[K.TIKTOK]).level == "near"
    assert counter("😀" * 1101, RULES[K.TIKTOK]).over_by == 2


def test_youtube_description_is_limited_in_bytes():
    found = check_text("é" * 2501, RULES[K.YOUTUBE], "YouTube")
    assert [str(f.message) for f in found] == [
        "YouTube: the text is 2 byte(s) too long (5002 of 5000)."]
    assert check_text("a" * 5000, RULES[K.YOUTUBE], "YouTube") == []


def test_linkedin_limit_boundaries():
    assert counter("a" * 3000, RULES[K.LINKEDIN]).level == "near"
    assert counter("a" * 2699, RULES[K.LINKEDIN]).level == "ok"
    assert counter("a" * 3001, RULES[K.LINKEDIN]).over_by == 1


def test_instagram_hashtags_at_most_five():
    text = "Atelier " + " ".join(f"#Tag{i}" for i in range(6))
    assert len(hashtags(text)) == 6
    found = check_text(text, RULES[K.INSTAGRAM], "Instagram")
    assert [str(f.message) for f in found if f.hard] == [
        "Instagram: 6 hashtags, 1 more than the 5 allowed."]
    assert not [f for f in check_text(text.rsplit(" ", 1)[0], RULES[K.INSTAGRAM], "Instagram")
                if f.hard]
    assert hashtags("Prix 2026 #1 et C#") == []  # numbers and C# are not hashtags


def test_facebook_scheduler_limit_is_a_reminder():
    found = check_text("a" * 6000, RULES[K.FACEBOOK], "Facebook")
    assert [f.hard for f in found] == [False]
    assert check_text("a" * 63207, RULES[K.FACEBOOK], "Facebook")[0].hard


def test_youtube_title_and_angle_brackets():
    found = check_text("Un <b>atelier</b>", RULES[K.YOUTUBE], "YouTube", title="t" * 101)
    assert [str(f.message) for f in found] == [
        "YouTube: the title is 1 character(s) too long (101 of 100).",
        "YouTube: the characters < > are not allowed."]


def test_pascal_case_hashtag_is_a_reminder_not_a_block():
    found = check_text("Bravo #semaineqvt et #SemaineQVT", RULES[K.LINKEDIN], "LinkedIn")
    assert [(f.hard, f.message.params["tag"]) for f in found] == [(False, "semaineqvt")]


def test_fold():
    assert fold_index("a" * 125, RULES[K.INSTAGRAM]) is None
    assert fold_index("a" * 126, RULES[K.INSTAGRAM]) == 125
    assert fold_index("a" * 300, RULES[K.LINKEDIN]) == 210
    assert fold_index("a" * 300, RULES[K.X]) is None


def test_urls_found_with_and_without_scheme():
    assert urls("Lire https://a.fr/x, puis www.exemple.com/atelier.") == [
        "https://a.fr/x", "www.exemple.com/atelier"]


# --- media ------------------------------------------------------------------------------------

def photo(name: str, w: int = 1080, h: int = 1080, alt: str = "Une photo") -> MediaItem:
    return MediaItem("0" * 64, name, MediaKind.IMAGE, w, h, alt_text=alt)


def video(name: str, w: int = 1920, h: int = 1080, seconds: float = 30) -> MediaItem:
    return MediaItem("1" * 64, name, MediaKind.VIDEO, w, h, alt_text="",
                     duration_ms=round(seconds * 1000))


def test_media_counts_and_mixing():
    x = RULES[K.X]
    assert [str(f.message) for f in check_media([photo(f"p{i}") for i in range(5)], x, "X")] == [
        "X: 5 images, 1 more than the 4 allowed."]
    assert [str(f.message) for f in check_media([photo("p"), video("v")], x, "X")] == [
        "X: photos and videos cannot be mixed in one post."]
    assert check_media([photo("p"), video("v")], RULES[K.INSTAGRAM], "Instagram") == []
    assert [str(f.message) for f in check_media([photo("p")], RULES[K.YOUTUBE], "YouTube")] == [
        "YouTube: 1 images, 1 more than the 0 allowed."]
    assert check_media([], RULES[K.INSTAGRAM], "Instagram")[0].hard


def test_a_carousel_counts_photos_and_videos_together():
    """Meta: "Carousels can have up to 10 total images, videos, or a mix of the two"."""
    ig = RULES[K.INSTAGRAM]
    square_videos = [video(f"v{i}", 1080, 1080) for i in range(5)]
    assert check_media([photo(f"p{i}") for i in range(5)] + square_videos, ig, "Instagram") == []
    found = check_media([photo(f"p{i}") for i in range(6)] + square_videos + [video("v5", 1080, 1080)],
                        ig, "Instagram")
    assert [(str(f.message), f.hard) for f in found] == [
        ("Instagram: 12 photos and videos, 2 more than the 10 one post can hold.", True)]
    assert RULES[K.X].media.max_items is None  # X limits images and videos each on their own
    roomier = load_rules({"instagram": {"media": {"max_items": 20}}})[K.INSTAGRAM]
    assert check_media([photo(f"p{i}") for i in range(6)] + square_videos, roomier, "Instagram") == []


def test_instagram_ratios_and_the_first_image_fixes_the_carousel():
    ig = RULES[K.INSTAGRAM]
    assert check_media([photo("carre"), photo("portrait", 1080, 1350)], ig, "Instagram") == [
        check_media([photo("carre"), photo("portrait", 1080, 1350)], ig, "Instagram")[0]]
    found = check_media([photo("carre"), photo("portrait", 1080, 1350)], ig, "Instagram")
    assert [str(f.message) for f in found] == [
        "Instagram: portrait will be cropped to the first image's shape."]
    found = check_media([photo("panorama", 3000, 1000)], ig, "Instagram")
    assert [str(f.message) for f in found] == [
        "Instagram: panorama (3.0:1) will be cropped to fit between 0.8:1 and 1.91:1."]
    assert not any(f.hard for f in found)


def test_missing_alt_text_is_a_reminder():
    found = check_media([photo("p", alt="")], RULES[K.LINKEDIN], "LinkedIn")
    assert [(f.hard, str(f.message)) for f in found] == [(False, "LinkedIn: p has no alt text.")]


def test_post_findings_use_each_networks_variant():
    networks = {1: Network(K.X, "X", id=1), 2: Network(K.LINKEDIN, "LinkedIn", id=2)}
    post = Post("t", text="a" * 300, network_ids=[1, 2], variants={1: "court"})
    assert post_findings(post, networks, RULES, {}) == []
    post.variants = {}
    assert [f.network for f in post_findings(post, networks, RULES, {}) if f.hard] == ["X"]


def messages(found) -> list[tuple[bool, str]]:
    return [(f.hard, str(f.message)) for f in found]


def test_video_lengths_beyond_what_a_network_accepts_block():
    assert messages(check_media([video("atelier.mp4", seconds=150)], RULES[K.X], "X")) == [
        (True, "X: atelier.mp4 lasts 2:30, longer than the 2:20 allowed.")]
    assert check_media([video("atelier.mp4", seconds=140)], RULES[K.X], "X") == []
    assert messages(check_media([video("v.mp4", 1080, 1920, seconds=2)], RULES[K.TIKTOK],
                                "TikTok")) == [
        (True, "TikTok: v.mp4 lasts 0:02, shorter than the 0:03 required.")]
    assert messages(check_media([video("v.mp4", 1080, 1920, seconds=11 * 60)], RULES[K.TIKTOK],
                                "TikTok")) == [
        (True, "TikTok: v.mp4 lasts 11:00, longer than the 10:00 allowed.")]
    assert messages(check_media([video("v.mp4", seconds=4 * 3600)], RULES[K.FACEBOOK],
                                "Facebook")) == []
    assert messages(check_media([video("v.mp4", seconds=5 * 3600)], RULES[K.FACEBOOK],
                                "Facebook")) == [
        (True, "Facebook: v.mp4 lasts 5:00:00, longer than the 4:00:00 allowed.")]
    # a video whose length could not be read is not judged on it
    assert check_media([video("v.mp4", seconds=0)], RULES[K.X], "X") == []


def test_video_shapes_reels_and_tiktok_expect_9_16_x_refuses_beyond_its_range():
    vertical = video("reel.mp4", 1080, 1920)
    assert check_media([vertical], RULES[K.INSTAGRAM], "Instagram") == []
    assert check_media([vertical], RULES[K.TIKTOK], "TikTok") == []
    assert messages(check_media([video("paysage.mp4")], RULES[K.INSTAGRAM], "Instagram")) == [
        (False, "Instagram: paysage.mp4 is 16:9; the network shows videos at 9:16, so it will be "
                "cropped or shown with bars.")]
    assert messages(check_media([video("bande.mp4", 3000, 1000)], RULES[K.X], "X")) == [
        (True, "X: bande.mp4 is 3:1; the network accepts videos from 1:2.39 to 2.39:1.")]
    assert check_media([video("bande.mp4", 2390, 1000)], RULES[K.X], "X") == []
    assert messages(check_media([video("haut.mp4", 1000, 3100)], RULES[K.BLUESKY], "Bluesky"))[0][0]


def test_shapes_and_clock_read_as_people_write_them():
    assert (shape(1080 / 1920), shape(1080 / 1350), shape(1.0), shape(1.91), shape(0.62)) == (
        "9:16", "4:5", "1:1", "1.91:1", "0.62:1")
    assert (clock(45), clock(140), clock(3600)) == ("0:45", "2:20", "1:00:00")


def test_verified_dates_older_than_a_year_ask_for_a_new_check():
    from datetime import date

    assert not needs_checking(date(2026, 12, 1), date(2027, 11, 30))
    assert needs_checking(date(2026, 12, 1), date(2027, 12, 2))
    assert needs_checking(None, date(2026, 12, 1))
    # the figures checked against the networks' own pages carry that day; media figures not yet
    assert RULES[K.X].verified_on == date(2026, 12, 1)
    assert RULES[K.X].media.verified_on is None
    assert RULES[K.INSTAGRAM].media.video_ratio == 0.5625


def test_every_level_checked_in_full_names_a_page_for_each_of_its_figures():
    from cmplanner.domain.network_limits import _MEDIA_FIELDS, _RULE_FIELDS, shipped_rules

    skip = {"label", "verified_on", "premium_max_chars", "scheduler_max_chars"}
    for key, data in shipped_rules().items():
        rules = RULES[K(key)]
        for level, names, sources, day in (
                ("text", set(data) & _RULE_FIELDS, rules.sources, rules.verified_on),
                ("media", set(data["media"]) & _MEDIA_FIELDS, rules.media.sources,
                 rules.media.verified_on)):
            stated = {name for source in sources for name in source.limits}
            assert stated <= names | {"counting"}, (key, level)  # a source names real figures
            assert all(source.url.startswith("https://") for source in sources)
            if day is not None and sources and day >= max(s.verified_on for s in sources):
                assert names - skip <= stated, (key, level)  # fully checked: all are sourced


def test_figures_confirmed_on_the_networks_pages():
    from datetime import date

    mastodon = RULES[K.MASTODON]
    assert (mastodon.verified_on, mastodon.media.verified_on) == (date(2026, 12, 1),) * 2
    assert [s.url for s in mastodon.sources] == ["https://docs.joinmastodon.org/user/posting/#text"]
    # Meta's reference: "Carousels can have up to 10 total images, videos, or a mix of the two"
    ig = RULES[K.INSTAGRAM].media
    assert (ig.max_images, ig.max_videos, ig.video_min_seconds, ig.video_max_seconds) == (
        10, 10, 3, 900)
    # the caption's 2,200 is confirmed, the 5 hashtags (Meta's reference still says 30) are not
    assert RULES[K.INSTAGRAM].verified_on == date(2026, 11, 30)
    assert [s.limits for s in RULES[K.INSTAGRAM].sources] == [("max_chars",)]
    assert RULES[K.TIKTOK].counting == "utf16"


def test_a_figure_the_plan_overrides_is_no_longer_the_pages():
    rules = load_rules({"mastodon": {"max_chars": 11000, "media": {"max_images": 6}}})
    mastodon = rules[K.MASTODON]
    assert mastodon.max_chars == 11000
    assert [s.limits for s in mastodon.sources] == [("url_length", "counting")]
    assert [s.limits for s in mastodon.media.sources] == [("max_videos",), ("mix",)]
    assert RULES[K.MASTODON].sources[0].limits == ("max_chars", "url_length", "counting")
    with pytest.raises(DomainError, match="Unknown limit"):
        check_overrides({"mastodon": {"sources": []}})

"""What each network accepts, counted the way that network counts.

The figures come from ``network_rules.json`` (shipped with the app, each network with the day its
figures were checked); a plan may override any of them (``load_rules(overrides)``), e.g. its
Mastodon server's own limit. Counting differs per network:

- ``x_weighted``: X's weighted length. Text is NFC-normalised; every URL counts 23; an emoji
  (a whole cluster: family, flag, skin tone) weighs 2; characters outside Latin, punctuation and
  a few symbol blocks (CJK, Hangul, kana...) weigh 2; the rest 1.
- ``graphemes``: user-perceived characters (Bluesky), plus a limit in UTF-8 bytes.
- ``threads``: one per character, but an emoji counts as many as its UTF-8 bytes.
- ``mastodon``: graphemes, every URL 23, the ``@domain`` part of ``@user@domain`` free.
- ``utf16``: UTF-16 code units, an emoji outside the Basic Multilingual Plane counting 2 (TikTok's
  "UTF-16 runes").
- ``code_points``: Unicode characters (LinkedIn, Instagram, Facebook, YouTube).

Each level of figures (text, media) names the pages its figures were checked on (``sources``);
a figure the plan overrides is no longer the page's, so its source no longer lists it.

Grapheme clusters come from the ``regex`` module's ``\\X`` (Unicode's extended grapheme
clusters, kept up to date with each Unicode version), which the standard ``re`` lacks.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from .entities import MediaItem, Network, Post
from .enums import MediaKind, NetworkKind
from .errors import DomainError, Message

NEAR = 0.9  # a counter turns orange from 90 % of the limit
STALE_AFTER_DAYS = 365  # figures checked longer ago than this are flagged for checking again

_SCHEME_URL = r"(?<![\w@/])https?://[^\s<>\"]+"
# Bare domains count as links on X when their top-level domain is a real one; the common ones:
_TLDS = ("com|org|net|fr|eu|io|co|de|be|ch|uk|es|it|nl|info|biz|app|dev|social|ly|me|"
         "tv|news|online|site|tech|shop|ca|us|jp|cn")
_BARE_URL = (r"(?<![\w@/.])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS +
             r")(?![\w-])(?:/[^\s<>\"]*)?")
_TRAILING = ".,;:!?)»\"'"


class _Patterns:
    """The counting's regular expressions, compiled when a text is first counted: the ``regex``
    module and these patterns cost some 15 ms that the window's start does not need."""

    def __init__(self) -> None:
        import regex

        self.grapheme = regex.compile(r"\X")
        # An emoji cluster: one shown as a picture (emoji presentation, or text presentation
        # turned into one by VS16), or a flag (regional indicators). "©" alone is text; "©️" is
        # an emoji.
        self.emoji = regex.compile(r"[\p{Emoji_Presentation}\p{Regional_Indicator}\uFE0F]")
        self.url = regex.compile(_SCHEME_URL + "|" + _BARE_URL, regex.IGNORECASE)
        self.url_with_scheme = regex.compile(_SCHEME_URL, regex.IGNORECASE)
        self.mention = regex.compile(r"(?<![\w@])@(\w+)@((?:[\w-]+\.)+[\w-]+)", regex.UNICODE)
        self.hashtag = regex.compile(r"(?<![\w&])#(\w+)", regex.UNICODE)
        # X weighs the code points 0-4351, 8192-8205, 8208-8223 and 8242-8247 as 1 (twitter-text
        # v3 configuration), everything else 2: this matches the heavy ones.
        self.x_heavy = regex.compile(r"[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


@dataclass(frozen=True)
class Source:
    """A page of the network's own documentation that states ``limits`` (field names), as read
    on ``verified_on``."""

    url: str
    verified_on: date
    limits: tuple[str, ...]


@dataclass(frozen=True)
class MediaRules:
    max_images: int = 10
    max_videos: int = 1
    max_items: int | None = None  # photos and videos together (a carousel), when also limited
    mix: bool = True  # images and videos in one post
    required: bool = False  # the network publishes nothing without a photo or a video
    min_ratio: float | None = None  # width / height
    max_ratio: float | None = None
    first_fixes_ratio: bool = False  # in a carousel, the first image's ratio crops the others
    verified_on: date | None = None  # the day these figures were checked; None: not yet
    video_min_seconds: float | None = None  # shorter or longer videos are refused
    video_max_seconds: float | None = None
    video_min_ratio: float | None = None  # videos outside these shapes are refused
    video_max_ratio: float | None = None
    video_ratio: float | None = None  # the shape the network's player fills (9:16 for Reels)
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class NetworkRules:
    kind: NetworkKind
    label: str
    verified_on: date | None
    counting: str = "code_points"
    max_chars: int | None = None
    max_bytes: int | None = None
    url_length: int | None = None
    max_hashtags: int | None = None
    fold: int | None = None  # characters visible before "… more"
    max_title_chars: int | None = None
    forbidden_chars: str = ""
    premium_max_chars: int | None = None
    scheduler_max_chars: int | None = None  # above it, scheduling tools refuse the text
    media: MediaRules = field(default_factory=MediaRules)
    sources: tuple[Source, ...] = ()


_RULE_FIELDS = {f.name for f in fields(NetworkRules)} - {"kind", "media", "sources"}
_MEDIA_FIELDS = {f.name for f in fields(MediaRules)} - {"sources"}


@lru_cache(maxsize=1)
def shipped_rules() -> dict[str, dict[str, Any]]:
    """The rules file shipped with the app, as data."""
    text = resources.files(__package__).joinpath("network_rules.json").read_text(encoding="utf-8")
    networks: dict[str, dict[str, Any]] = json.loads(text)["networks"]
    return networks


def _sources(entries: list[dict[str, Any]], overridden: set[str]) -> tuple[Source, ...]:
    """The shipped ``sources`` of one level, without the figures the plan overrides."""
    found = []
    for entry in entries:
        limits = tuple(name for name in entry["limits"] if name not in overridden)
        if limits:
            found.append(Source(entry["url"], date.fromisoformat(entry["verified_on"]), limits))
    return tuple(found)


def _rules_from(kind: NetworkKind, data: dict[str, Any],
                overrides: dict[str, Any] | None = None) -> NetworkRules:
    extra = overrides or {}
    values = {k: v for k, v in data.items() if k in _RULE_FIELDS}
    if isinstance(values.get("verified_on"), str):
        values["verified_on"] = date.fromisoformat(values["verified_on"])
    values.setdefault("label", kind.value)
    values.setdefault("verified_on", None)
    media_data = data.get("media", {})
    media_values = {k: v for k, v in media_data.items() if k in _MEDIA_FIELDS}
    if isinstance(media_values.get("verified_on"), str):
        media_values["verified_on"] = date.fromisoformat(media_values["verified_on"])
    media = MediaRules(**media_values, sources=_sources(media_data.get("sources", []),
                                                         set(extra.get("media", {}))))
    return NetworkRules(kind=kind, media=media, **values,
                        sources=_sources(data.get("sources", []), set(extra) - {"media"}))


def needs_checking(verified_on: date | None, today: date) -> bool:
    """Whether figures checked on ``verified_on`` (None: never) should be checked again against
    the network's own pages: networks change their limits, so a year is long enough."""
    return verified_on is None or (today - verified_on).days > STALE_AFTER_DAYS


def load_rules(overrides: dict[str, dict[str, Any]] | None = None) -> dict[NetworkKind, NetworkRules]:
    """Every known network's rules: the shipped file, with the plan's ``overrides`` (by network
    kind, any field; ``media`` merged field by field) on top."""
    rules = {}
    for key, data in shipped_rules().items():
        merged = dict(data)
        extra = (overrides or {}).get(key, {})
        merged.update({k: v for k, v in extra.items() if k != "media"})
        merged["media"] = {**data.get("media", {}), **extra.get("media", {})}
        rules[NetworkKind(key)] = _rules_from(NetworkKind(key), merged, extra)
    return rules


def check_overrides(overrides: dict[str, dict[str, Any]]) -> None:
    """Refuse overrides that name an unknown network or field, or give a limit that is not a
    positive whole number."""
    known = shipped_rules()
    for key, values in overrides.items():
        if key not in known:
            raise DomainError("Unknown network “{network}” in the network limits.", network=key)
        for name, value in values.items():
            if name == "media":
                continue
            if name not in _RULE_FIELDS:
                raise DomainError("Unknown limit “{name}” for {network}.", name=name, network=key)
            if name.startswith("max_") or name in ("fold", "url_length"):
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                          or value <= 0):
                    raise DomainError("The limit “{name}” for {network} must be a whole number "
                                      "above zero.", name=name, network=key)


# --- counting ---------------------------------------------------------------------------------

def graphemes(text: str) -> list[str]:
    clusters: list[str] = _patterns().grapheme.findall(text)
    return clusters


def is_emoji(cluster: str) -> bool:
    return _patterns().emoji.search(cluster) is not None


def urls(text: str) -> list[str]:
    """The links a network would detect in ``text`` (trailing punctuation left out)."""
    return [m.rstrip(_TRAILING) for m in _patterns().url.findall(text)]


@lru_cache(maxsize=32)
def _without_urls(text: str, bare: bool = True) -> tuple[str, int]:
    """``text`` with its URLs (``bare``: also those without a scheme) taken out, and how many
    there were."""
    found = 0
    pieces = []
    last = 0
    for match in (_patterns().url if bare else _patterns().url_with_scheme).finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        pieces.append(text[last:match.start()])
        last = match.start() + len(url)
        found += 1
    pieces.append(text[last:])
    return "".join(pieces), found


def hashtags(text: str) -> list[str]:
    return [m for m in _patterns().hashtag.findall(text) if not m.isdigit()]


@lru_cache(maxsize=32)
def _clusters(text: str) -> tuple[int, tuple[str, ...], str]:
    """``text``'s number of grapheme clusters, its emoji clusters, and the text without them.
    Cached: while typing, every network's counter reads the same text."""
    if not _patterns().emoji.search(text):
        return len(graphemes(text)), (), text
    emoji: list[str] = []
    plain: list[str] = []
    for cluster in graphemes(text):
        (emoji if _patterns().emoji.search(cluster) else plain).append(cluster)
    return len(emoji) + len(plain), tuple(emoji), "".join(plain)


def count(text: str, rules: NetworkRules) -> int:
    """The length of ``text`` as ``rules``' network counts it against ``max_chars``."""
    method = rules.counting
    if method == "x_weighted":
        rest, links = _without_urls(unicodedata.normalize("NFC", text))
        _count, emoji, plain = _clusters(rest)
        weight = 2 * len(emoji) + len(plain) + len(_patterns().x_heavy.findall(plain))
        return weight + links * (rules.url_length or 23)
    if method == "graphemes":
        return _clusters(text)[0]
    if method == "threads":
        clusters, emoji, _plain = _clusters(text)
        return clusters + sum(len(c.encode("utf-8")) - 1 for c in emoji)
    if method == "mastodon":
        text = _patterns().mention.sub(lambda m: "@" + m.group(1), text)
        rest, links = _without_urls(text, bare=False)  # Mastodon links only URLs with a scheme
        return _clusters(rest)[0] + links * (rules.url_length or 23)
    if method == "utf16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def fold_index(text: str, rules: NetworkRules) -> int | None:
    """Where the network cuts the text with "… more" (an index in ``text``), or None when all
    of it shows."""
    if rules.fold is None or len(text) <= rules.fold:
        return None
    return rules.fold


@dataclass(frozen=True)
class Counter:
    used: int
    limit: int | None
    level: str  # "ok", "near", "over"
    bytes_used: int = 0
    bytes_limit: int | None = None

    @property
    def over_by(self) -> int:
        over = (self.used - self.limit) if self.limit is not None else 0
        return max(0, over)


def _level(used: int, limit: int | None) -> str:
    if limit is None:
        return "ok"
    if used > limit:
        return "over"
    return "near" if used >= NEAR * limit else "ok"


def counter(text: str, rules: NetworkRules) -> Counter:
    """The live counter of one variant: how much is used of which limit."""
    used = count(text, rules)
    size = len(text.encode("utf-8")) if rules.max_bytes else 0
    levels = (_level(used, rules.max_chars), _level(size, rules.max_bytes))
    level = max(levels, key=("ok", "near", "over").index)
    return Counter(used, rules.max_chars, level, size, rules.max_bytes)


# --- checking a variant and its media ---------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One broken limit (``hard``: the post cannot go on) or one reminder."""

    network: str  # the network's name in the plan
    hard: bool
    message: Message
    rule: str = ""  # "length" for the text's length (the live counter already shows it)


def check_text(text: str, rules: NetworkRules, name: str, title: str = "") -> list[Finding]:
    found: list[Finding] = []
    used = count(text, rules)
    if rules.max_chars is not None and used > rules.max_chars:
        found.append(Finding(name, True, Message(
            "{network}: the text is %n character(s) too long ({used} of {limit}).",
            network=name, count=used - rules.max_chars, used=used, limit=rules.max_chars),
            "length"))
    if rules.max_bytes is not None:
        size = len(text.encode("utf-8"))
        if size > rules.max_bytes:
            found.append(Finding(name, True, Message(
                "{network}: the text is %n byte(s) too long ({used} of {limit}).",
                network=name, count=size - rules.max_bytes, used=size, limit=rules.max_bytes)))
    if rules.max_hashtags is not None:
        tags = len(hashtags(text))
        if tags > rules.max_hashtags:
            found.append(Finding(name, True, Message(
                "{network}: {used} hashtags, {over} more than the {limit} allowed.",
                network=name, used=tags, over=tags - rules.max_hashtags, limit=rules.max_hashtags)))
    if rules.max_title_chars is not None and len(title) > rules.max_title_chars:
        found.append(Finding(name, True, Message(
            "{network}: the title is %n character(s) too long ({used} of {limit}).",
            network=name, count=len(title) - rules.max_title_chars, used=len(title),
            limit=rules.max_title_chars)))
    bad = sorted({c for c in text + title if c in rules.forbidden_chars})
    if bad:
        found.append(Finding(name, True, Message(
            "{network}: the characters {chars} are not allowed.", network=name,
            chars=" ".join(bad))))
    if rules.scheduler_max_chars is not None and used > rules.scheduler_max_chars:
        found.append(Finding(name, False, Message(
            "{network}: above {limit} characters, scheduling tools refuse the text; publish it "
            "from the app.", network=name, limit=rules.scheduler_max_chars)))
    for tag in hashtags(text):
        if tag.islower() and len(tag) >= 8:
            found.append(Finding(name, False, Message(
                "{network}: write #{tag} in PascalCase (each word capitalised) so screen "
                "readers can say it.", network=name, tag=tag)))
    return found


def check_media(media: list[MediaItem], rules: NetworkRules, name: str) -> list[Finding]:
    found: list[Finding] = []
    limits = rules.media
    images = [m for m in media if m.kind is MediaKind.IMAGE]
    videos = [m for m in media if m.kind is MediaKind.VIDEO]
    if limits.required and not media:
        found.append(Finding(name, True, Message(
            "{network}: a photo or a video is needed.", network=name)))
    if len(images) > limits.max_images:
        found.append(Finding(name, True, Message(
            "{network}: {used} images, {over} more than the {limit} allowed.", network=name,
            used=len(images), over=len(images) - limits.max_images, limit=limits.max_images)))
    if len(videos) > limits.max_videos:
        found.append(Finding(name, True, Message(
            "{network}: {used} videos, {over} more than the {limit} allowed.", network=name,
            used=len(videos), over=len(videos) - limits.max_videos, limit=limits.max_videos)))
    if limits.max_items is not None and len(images) + len(videos) > limits.max_items:
        used = len(images) + len(videos)
        found.append(Finding(name, True, Message(
            "{network}: {used} photos and videos, {over} more than the {limit} one post can "
            "hold.", network=name, used=used, over=used - limits.max_items,
            limit=limits.max_items)))
    if images and videos and not limits.mix:
        found.append(Finding(name, True, Message(
            "{network}: photos and videos cannot be mixed in one post.", network=name)))
    ratios = [(m, m.ratio) for m in images if m.ratio is not None]
    if ratios and (limits.min_ratio or limits.max_ratio):
        low, high = limits.min_ratio or 0.0, limits.max_ratio or float("inf")
        for item, ratio in ratios:
            if not low <= round(ratio, 2) <= high:
                found.append(Finding(name, False, Message(
                    "{network}: {file} ({ratio}:1) will be cropped to fit between {low}:1 and "
                    "{high}:1.", network=name, file=item.filename, ratio=round(ratio, 2),
                    low=low, high=high)))
        if limits.first_fixes_ratio and len(ratios) > 1:
            first = crop_ratio(ratios[0][1], limits)
            for item, ratio in ratios[1:]:
                if abs(crop_ratio(ratio, limits) - first) > 0.01:
                    found.append(Finding(name, False, Message(
                        "{network}: {file} will be cropped to the first image's shape.",
                        network=name, file=item.filename)))
    for item in videos:
        found += _check_video(item, limits, name, alone=len(media) == 1)
    for item in images:
        if not item.alt_text.strip():
            found.append(Finding(name, False, Message(
                "{network}: {file} has no alt text.", network=name, file=item.filename)))
    return found


def _check_video(item: MediaItem, limits: MediaRules, name: str, alone: bool) -> list[Finding]:
    """A video's length and shape against the network's: outside what it accepts is a block;
    a video posted ``alone`` (a Reel, a TikTok) in another shape than the one the network's
    player fills is a reminder (in a carousel the first item sets the shape). Unknown figures (a
    video whose header could not be read) are not checked."""
    found: list[Finding] = []
    seconds = item.duration_ms / 1000
    if item.duration_ms and limits.video_max_seconds and seconds > limits.video_max_seconds:
        found.append(Finding(name, True, Message(
            "{network}: {file} lasts {length}, longer than the {limit} allowed.", network=name,
            file=item.filename, length=clock(seconds), limit=clock(limits.video_max_seconds))))
    if item.duration_ms and limits.video_min_seconds and seconds < limits.video_min_seconds:
        found.append(Finding(name, True, Message(
            "{network}: {file} lasts {length}, shorter than the {limit} required.", network=name,
            file=item.filename, length=clock(seconds), limit=clock(limits.video_min_seconds))))
    ratio = item.ratio
    if ratio is None:
        return found
    low, high = limits.video_min_ratio or 0.0, limits.video_max_ratio or float("inf")
    if not low <= round(ratio, 2) <= high:
        found.append(Finding(name, True, Message(
            "{network}: {file} is {shape}; the network accepts videos from {low} to {high}.",
            network=name, file=item.filename, shape=shape(ratio), low=shape(low),
            high=shape(high))))
    elif alone and limits.video_ratio and abs(ratio - limits.video_ratio) > 0.03 * limits.video_ratio:
        found.append(Finding(name, False, Message(
            "{network}: {file} is {shape}; the network shows videos at {expected}, so it will be "
            "cropped or shown with bars.", network=name, file=item.filename, shape=shape(ratio),
            expected=shape(limits.video_ratio))))
    return found


_SHAPES = ((9, 16), (4, 5), (1, 1), (16, 9), (4, 3), (3, 4), (2, 3), (3, 2), (1.91, 1), (1, 2.4),
           (2.4, 1), (1, 2.39), (2.39, 1), (1, 3), (3, 1))


def shape(ratio: float) -> str:
    """A width / height ratio as people write it: "9:16", "1.91:1", or "0.62:1"."""
    width, height = min(_SHAPES, key=lambda wh: abs(ratio - wh[0] / wh[1]))
    if abs(ratio - width / height) <= 0.01 * ratio:
        return f"{width:g}:{height:g}"
    return f"{ratio:.2f}:1"


def clock(seconds: float) -> str:
    """A duration as a video player shows it: "0:45", "2:20", "1:00:00"."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def crop_ratio(ratio: float, limits: MediaRules) -> float:
    """The ratio an image of ``ratio`` is shown at (clamped into the network's range)."""
    if limits.min_ratio is not None:
        ratio = max(ratio, limits.min_ratio)
    if limits.max_ratio is not None:
        ratio = min(ratio, limits.max_ratio)
    return ratio


def variant_text(post_text: str, variants: dict[int, str], network_id: int | None) -> str:
    """The text published on a network: its variant, or the main text."""
    return (variants.get(network_id) or "").strip() or post_text if network_id is not None \
        else post_text


def post_findings(post: Post, networks: dict[int, Network], rules: dict[NetworkKind, NetworkRules],
                  media: dict[int, MediaItem]) -> list[Finding]:
    """Every broken limit and reminder of ``post`` on each of its networks."""
    attached = [media[i] for i in post.media_ids if i in media]
    found: list[Finding] = []
    for network_id in post.network_ids:
        network = networks.get(network_id)
        if network is None or network.kind not in rules:
            continue
        net_rules = rules[network.kind]
        text = variant_text(post.text, post.variants, network_id)
        found += check_text(text, net_rules, network.label, post.title)
        found += check_media(attached, net_rules, network.label)
    return found


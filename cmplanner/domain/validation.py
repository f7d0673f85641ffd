"""Checks on whole entities before they are stored."""

from __future__ import annotations

import re

from .cadence import parse_cadence
from .entities import (
    Audience, Charter, Consent, ContentRequest, CrisisCircuit, EditorialLine, Event, MediaItem,
    Network, Person, Pillar, PlanSettings, Post, PublishSettings, Series, Site,
)
from .entity_checks import validate_audience, validate_circuit, validate_person, validate_site
from .errors import DomainError, InvalidDates
from .timezones import require_aware, to_local, zone

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def validate_settings(settings: PlanSettings) -> None:
    if not settings.name.strip():
        raise DomainError("The plan needs a name.")
    zone(settings.timezone)
    if settings.language not in ("fr", "en"):
        raise DomainError("Unsupported language “{language}”: use “fr” or “en”.",
                          language=settings.language)
    if not 1 <= settings.post_duration_minutes <= 24 * 60:
        raise DomainError("A post's duration in calendars must be between 1 minute and 1 day.")


SAFE_URL_SCHEMES = ("http", "https", "mailto")


def is_safe_url(url: str) -> bool:
    """Whether ``url`` is a web or mail address (never javascript:, data:, file:...), the only
    kinds a calendar program or a browser may be handed."""
    text = url.strip()
    scheme, colon, rest = text.partition(":")
    if not colon or scheme.lower() not in SAFE_URL_SCHEMES or any(c.isspace() for c in text):
        return False
    if scheme.lower() == "mailto":
        return "@" in rest
    return rest.startswith("//") and len(rest) > 2


def validate_post(post: Post, zone_name: str) -> None:
    if not post.title.strip():
        raise DomainError("A post needs a title.")
    if post.published_url.strip() and not is_safe_url(post.published_url):
        raise DomainError("The publication URL “{url}” is not a web address (http:// or "
                          "https://) nor a mail address (mailto:).", url=post.published_url)
    if post.planned_at is not None:
        require_aware(post.planned_at, "publication date")
    if post.published_at is not None:
        require_aware(post.published_at, "publication date")
    if post.occurrence_start is not None:
        require_aware(post.occurrence_start, "occurrence date")
    if post.content_due is not None and post.planned_at is not None:
        if post.content_due > to_local(post.planned_at, zone_name).date():
            raise InvalidDates("The content deadline falls after the publication date.")
    for name in ("reach", "reactions", "comments", "shares"):
        value = getattr(post, name)
        if value is not None and value < 0:
            raise DomainError("Results cannot be negative ({name}).", name=name)


def validate_pillar(pillar: Pillar) -> None:
    if not pillar.name.strip():
        raise DomainError("A pillar needs a name.")
    if not _COLOUR.match(pillar.colour):
        raise DomainError("Colour “{colour}” is not of the form #RRGGBB.", colour=pillar.colour)
    if not 0 <= pillar.target_share <= 100:
        raise DomainError("A pillar's target share is a percentage between 0 and 100.")


def validate_network(network: Network) -> None:
    parse_cadence(network.cadence)


def validate_request(request: ContentRequest) -> None:
    if not request.topic.strip():
        raise DomainError("A content request needs a topic.")
    if request.due and request.created_on and request.due < request.created_on:
        raise InvalidDates("The request is due before it was made.")


def validate_media(item: MediaItem) -> None:
    if len(item.sha256) != 64:
        raise DomainError("A media item needs its file.")
    if item.width < 0 or item.height < 0:
        raise DomainError("A media item's size cannot be negative.")


def validate_consent(consent: Consent) -> None:
    if consent.person_id is None or not consent.person_name.strip():
        raise DomainError("A consent needs the person shown: choose them from People.")
    if consent.signed_on and consent.expires_on and consent.expires_on < consent.signed_on:
        raise InvalidDates("A consent cannot expire before it was signed.")
    if consent.duration_months is not None and consent.duration_months <= 0:
        raise DomainError("A consent's duration must be at least one month.")


def validate(item: object, zone_name: str) -> None:
    """Check any entity of the plan before it is stored (one entry point for every write)."""
    from .crisis import Crisis, check as validate_crisis
    from .meeting import Meeting, check as validate_meeting
    from .workload import WorkloadSettings, check as validate_workload
    from .closures import Closures, check as validate_closures
    from .promotion import validate_event
    from .recurrence import validate_series

    checks = {
        Post: lambda: validate_post(item, zone_name),  # type: ignore[arg-type]
        Series: lambda: validate_series(item),  # type: ignore[arg-type]
        Event: lambda: validate_event(item),  # type: ignore[arg-type]
        Pillar: lambda: validate_pillar(item),  # type: ignore[arg-type]
        Network: lambda: validate_network(item),  # type: ignore[arg-type]
        ContentRequest: lambda: validate_request(item),  # type: ignore[arg-type]
        Person: lambda: validate_person(item),  # type: ignore[arg-type]
        Site: lambda: validate_site(item),  # type: ignore[arg-type]
        Audience: lambda: validate_audience(item),  # type: ignore[arg-type]
        PlanSettings: lambda: validate_settings(item),  # type: ignore[arg-type]
        CrisisCircuit: lambda: validate_circuit(item),  # type: ignore[arg-type]
        MediaItem: lambda: validate_media(item),  # type: ignore[arg-type]
        Consent: lambda: validate_consent(item),  # type: ignore[arg-type]
        EditorialLine: lambda: None,
        PublishSettings: lambda: None,
        Charter: lambda: None,
        Crisis: lambda: validate_crisis(item),  # type: ignore[arg-type]
        Meeting: lambda: validate_meeting(item),  # type: ignore[arg-type]
        WorkloadSettings: lambda: validate_workload(item),  # type: ignore[arg-type]
        Closures: lambda: validate_closures(item),  # type: ignore[arg-type]
    }
    if isinstance(item, dict):  # the plan's own network limits over the shipped ones
        from .network_limits import check_overrides

        check_overrides(item)
        return
    check = checks.get(type(item))
    if check is None:
        raise TypeError(f"no rule checks a {type(item).__name__}")
    check()

"""The schema of a plan file, as SQLAlchemy Core tables: the one place its columns are written.

Date-times are stored as UTC instants (UtcDateTime) next to the zone name that gives their wall
time. A schema change here needs a migration in ``migrations/versions``.

The window's start reads these tables directly; the ORM's classes (tables.py) are mapped onto
them and made only when something first writes (PlanStore.prepare_writes, after the first
paint): the 32 declarative classes cost a start 70 to 100 ms, these tables some 25.
"""

from sqlalchemy import (
    BigInteger, Boolean, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
    Text, UniqueConstraint,
)

from cmplanner.domain import limits as L  # noqa: N812 (the column sizes, read as L.NAME)

from .types import IsoDate, UtcDateTime, WallTime

metadata = MetaData()

# What the calendar reads of the posts of a range (storage/calendar_queries.py), in a plan file's
# index so that a range is read from the index alone (migration 0008 says why not on a server).
# ``updated_by`` is there for a chip that shows who changed the post last.
CALENDAR_INDEX_COLUMNS = ("planned_at", "id", "title", "status", "kind", "pillar_id", "owner_id",
                          "series_id", "occurrence_start", "event_id", "sensitive", "media_ids",
                          "updated_by")


# The single row of plan-wide settings, editorial line and validation circuit.
plan_settings = Table(
    "plan_settings", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(L.NAME), nullable=False),
    Column("timezone", String(L.ZONE), nullable=False),
    Column("language", String(L.LANGUAGE), nullable=False),
    Column("post_duration_minutes", Integer, nullable=False, default=30),
    Column("objectives", Text, nullable=False, default=""),
    Column("line_version", String(L.VERSION), nullable=False, default="1"),
    Column("validated_by_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("validated_on", IsoDate),
    Column("charter_text", Text, nullable=False, default=""),
    Column("charter_kinds", String(L.CODES), nullable=False, default=""),  # comma-separated PostKind
    Column("crisis_required", Integer, nullable=False, default=1),
    Column("network_rules", Text, nullable=False, default="", server_default=""),  # JSON overrides
    Column("crisis_deadline_hours", Integer, nullable=False, default=0, server_default="0"),
    Column("crisis_substitute_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("workload", Text, nullable=False, default="", server_default=""),  # JSON, WorkloadSettings
    Column("closures", Text, nullable=False, default="", server_default=""),  # JSON, closure days
)


# The single row of the plan's publish folder (feeds as JSON).
publish_settings = Table(
    "publish_settings", metadata,
    Column("id", Integer, primary_key=True),
    Column("folder", Text, nullable=False, default=""),
    Column("feeds", Text, nullable=False, default=""),
    Column("auto", Integer, nullable=False, default=0),
    Column("publisher", String(200), nullable=False, default=""),
)


pillars = Table(
    "pillars", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(L.NAME), nullable=False),
    Column("colour", String(L.COLOUR), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("target_share", Integer, nullable=False, default=0),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


audiences = Table(
    "audiences", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(L.NAME), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


networks = Table(
    "networks", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(L.KIND), nullable=False),
    Column("name", String(L.NAME), nullable=False, default=""),
    Column("handle", String(L.NAME), nullable=False, default=""),
    Column("cadence", String(L.CADENCE), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


sites = Table(
    "sites", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(L.NAME), nullable=False),
    Column("address", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
    Column("country", String(8), nullable=False, default="FR", server_default="FR"),
    Column("subdivision", String(16), nullable=False, default="", server_default=""),
)


people = Table(
    "people", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(L.NAME), nullable=False),
    Column("email", String(L.EMAIL), nullable=False, default=""),
    Column("roles", String(L.CODES), nullable=False, default=""),  # comma-separated Role values
    Column("site_id", Integer, ForeignKey("sites.id", ondelete="SET NULL")),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


charter_pillars = Table(
    "charter_pillars", metadata,
    Column("pillar_id", Integer, ForeignKey("pillars.id", ondelete="CASCADE"), primary_key=True),
)


charter_networks = Table(
    "charter_networks", metadata,
    Column("network_id", Integer, ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
)


crisis_approvers = Table(
    "crisis_approvers", metadata,
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


post_networks = Table(
    "post_networks", metadata,
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("network_id", Integer, ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
)


post_variants = Table(
    "post_variants", metadata,
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("network_id", Integer, ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=False, default=""),
)


approvals = Table(
    "approvals", metadata,
    Column("id", Integer, primary_key=True),
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("decided_at", UtcDateTime, nullable=False),
    Column("decision", String(L.STATUS), nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("round", Integer, nullable=False, default=1),
)


posts = Table(
    "posts", metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(L.UID), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("pillar_id", Integer, ForeignKey("pillars.id", ondelete="SET NULL")),
    Column("audience_id", Integer, ForeignKey("audiences.id", ondelete="SET NULL")),
    Column("status", String(L.STATUS), nullable=False),
    Column("kind", String(L.KIND), nullable=False),
    Column("planned_at", UtcDateTime),
    Column("planned_tz", String(L.ZONE)),
    Column("content_due", IsoDate),
    Column("owner_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("media_needed", Text, nullable=False, default=""),
    Column("public_notes", Text, nullable=False, default=""),
    Column("private_notes", Text, nullable=False, default=""),
    Column("sensitive", Boolean, nullable=False, default=False),
    Column("series_id", Integer, ForeignKey("series.id", ondelete="SET NULL")),
    Column("occurrence_start", UtcDateTime),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="SET NULL")),
    Column("promotion_offset_days", Integer),
    Column("published_url", Text, nullable=False, default=""),
    Column("published_at", UtcDateTime),
    Column("reach", Integer),
    Column("reactions", Integer),
    Column("comments", Integer),
    Column("shares", Integer),
    Column("validation_round", Integer, nullable=False, default=0),
    Column("submitted_at", UtcDateTime),
    Column("escalated", Boolean, nullable=False, default=False, server_default="0"),
    Column("revision", Integer, nullable=False, default=0),
    Column("updated_at", UtcDateTime),
    Column("media_ids", String(2000), nullable=False, default="", server_default=""),  # comma-separated
    Column("updated_by", String(L.AUTHOR), nullable=False, default="", server_default=""),
    Index("ix_posts_planned_at", "planned_at"),
    Index("ix_posts_calendar", *CALENDAR_INDEX_COLUMNS).ddl_if(dialect="sqlite"),
    Index("ix_posts_series", "series_id", "occurrence_start"),
    Index("ix_posts_event", "event_id"),
    Index("ix_posts_status", "status"),
    Index("ix_posts_updated_at", "updated_at"),  # what a colleague just changed (team plans)
)


series_networks = Table(
    "series_networks", metadata,
    Column("series_id", Integer, ForeignKey("series.id", ondelete="CASCADE"), primary_key=True),
    Column("network_id", Integer, ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
)


series_exceptions = Table(
    "series_exceptions", metadata,
    Column("id", Integer, primary_key=True),
    Column("series_id", Integer, ForeignKey("series.id", ondelete="CASCADE"), nullable=False),
    Column("original_start", UtcDateTime, nullable=False),
    Column("kind", String(L.STATUS), nullable=False),
    Column("new_start", UtcDateTime),
    UniqueConstraint("series_id", "original_start"),
)


series = Table(
    "series", metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(L.UID), nullable=False, unique=True),
    Column("name", String(L.NAME), nullable=False),
    Column("rrule", Text, nullable=False),
    Column("start", UtcDateTime, nullable=False),
    Column("timezone", String(L.ZONE), nullable=False),
    Column("pillar_id", Integer, ForeignKey("pillars.id", ondelete="SET NULL")),
    Column("owner_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("title_template", Text, nullable=False, default=""),
    Column("text_template", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0),
    Column("updated_at", UtcDateTime),
    Column("updated_by", String(L.AUTHOR), nullable=False, default="", server_default=""),
)


event_organisers = Table(
    "event_organisers", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
)


promotion_steps = Table(
    "promotion_steps", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("offset_days", Integer, nullable=False),
    Column("at", WallTime, nullable=False),
    Column("label", String(L.LABEL), nullable=False),
    Column("network_ids", String(L.CODES), nullable=False, default=""),  # comma-separated ids
)


events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(L.UID), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("kind", String(L.KIND), nullable=False),
    Column("start", UtcDateTime, nullable=False),
    Column("end", UtcDateTime, nullable=False),
    Column("all_day", Boolean, nullable=False, default=False),
    Column("description", Text, nullable=False, default=""),
    Column("site_id", Integer, ForeignKey("sites.id", ondelete="SET NULL")),
    Column("location", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0),
    Column("updated_at", UtcDateTime),
    Column("updated_by", String(L.AUTHOR), nullable=False, default="", server_default=""),
    Column("import_source", String(L.SOURCE), nullable=False, default="", server_default=""),
    Index("ix_events_start", "start"),
)


content_requests = Table(
    "content_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("topic", Text, nullable=False),
    Column("requester_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("assignee_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("details", Text, nullable=False, default=""),
    Column("media_offered", Text, nullable=False, default=""),
    Column("media_needed", Text, nullable=False, default=""),
    Column("due", IsoDate, index=True),
    Column("status", String(L.STATUS), nullable=False),
    Column("created_on", IsoDate),
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="SET NULL")),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


# The highest revision an item's uid reached (kept when it is deleted or a backup is restored), so
# the iCalendar SEQUENCE a colleague's calendar saw never goes down.
sequence_marks = Table(
    "sequence_marks", metadata,
    Column("uid", String(L.UID), primary_key=True),
    Column("revision", Integer, nullable=False),
)


# A photo or video of the library; the file is ``PLAN.media/<sha256>`` beside the plan.
media = Table(
    "media", metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("filename", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("width", Integer, nullable=False, default=0),
    Column("height", Integer, nullable=False, default=0),
    Column("size", Integer, nullable=False, default=0),
    Column("duration_ms", Integer, nullable=False, default=0, server_default="0"),
    Column("tags", Text, nullable=False, default=""),  # one tag a line
    Column("pillar_id", Integer, ForeignKey("pillars.id", ondelete="SET NULL")),
    Column("site_id", Integer, ForeignKey("sites.id", ondelete="SET NULL")),
    Column("sender_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("request_id", Integer, ForeignKey("content_requests.id", ondelete="SET NULL")),
    Column("alt_text", Text, nullable=False, default=""),
    Column("credit", Text, nullable=False, default=""),
    Column("person_ids", String(2000), nullable=False, default="", server_default=""),  # people shown, comma-separated
    Column("imported_at", UtcDateTime),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


# An image-rights consent; never exported.
consents = Table(
    "consents", metadata,
    Column("id", Integer, primary_key=True),
    Column("person_name", String(200), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("form_sha256", String(64), nullable=False, default=""),
    Column("form_filename", Text, nullable=False, default=""),
    Column("internal", Boolean, nullable=False, default=True),
    Column("social", Boolean, nullable=False, default=False),
    Column("network_kinds", String(400), nullable=False, default=""),  # comma-separated
    Column("signed_on", IsoDate),
    Column("duration_months", Integer),
    Column("expires_on", IsoDate),
    Column("withdrawn_on", IsoDate),
    Column("left_on", IsoDate),
    Column("notes", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


# A past version of the editorial line, kept with who validated it and when.
line_versions = Table(
    "line_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("version", String(32), nullable=False),
    Column("objectives", Text, nullable=False, default=""),
    Column("validated_by_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("validated_on", IsoDate),
    Column("replaced_at", UtcDateTime),
    Column("shares", Text, nullable=False, default=""),  # JSON [[pillar name, share], ...]
)


# A crisis: when it started and ended, why, and the window of posts it put on hold.
crises = Table(
    "crises", metadata,
    Column("id", Integer, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("window_start", UtcDateTime, nullable=False),
    Column("window_end", UtcDateTime, nullable=False),
    Column("ended_at", UtcDateTime),
    Column("note", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


# A post the crisis put on hold, with the status it goes back to.
crisis_holds = Table(
    "crisis_holds", metadata,
    Column("crisis_id", Integer, ForeignKey("crises.id", ondelete="CASCADE"), primary_key=True),
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("previous_status", String(16), nullable=False),
)


# A meeting: who was in the room, its decisions and, once ended, its minutes.
meetings = Table(
    "meetings", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("started_at", UtcDateTime, nullable=False),
    Column("ended_at", UtcDateTime),
    Column("attendee_ids", String(400), nullable=False, default=""),  # comma-separated ids
    Column("minutes_html", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)


meeting_decisions = Table(
    "meeting_decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("at", UtcDateTime, nullable=False),
    Column("author_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("kind", String(32), nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="SET NULL")),
    Column("detail", Text, nullable=False, default=""),
)


# A task only one client of a shared plan may do at a time (publishing the shared feeds): who holds
# it and until when; a holder renews it while it works, another client takes it once it has expired.
leases = Table(
    "leases", metadata,
    Column("name", String(L.KIND), primary_key=True),
    Column("holder", String(L.AUTHOR), nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
)


# A media file's content held by a team plan (a plan file keeps its files beside it, in
# ``PLAN.media/``): written once per content, after all its parts (storage/media_blobs.py).
media_contents = Table(
    "media_contents", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("parts", Integer, nullable=False),
)


# One megabyte of a content (read and written a part at a time: memory stays flat).
media_parts = Table(
    "media_parts", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("part", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

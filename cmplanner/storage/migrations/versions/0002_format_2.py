"""Plan format 2: what this version of cmplanner adds to format 1, in one step.

- every editable entity carries a revision, checked on write (a stale write is refused), and
  ``sequence_marks`` keeps the highest revision each exported uid reached, so restoring a backup
  never lowers an iCalendar SEQUENCE;
- the media library and image-rights consents, and the plan's own network limits;
- each site's country and region (public holidays);
- the editorial line's versions, the exceptional circuit's deadline and substitute, workload
  estimates, crisis mode and meetings;
- team plans: who wrote each post, series and event last, the feeds' publishing lease, and (on
  PostgreSQL) the triggers that tell colleagues' windows what changed;
- the plan's own publish folder and feeds (no longer in the computer's settings).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from cmplanner.storage.types import IsoDate, UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("pillars", "audiences", "networks", "sites", "people", "content_requests")


def upgrade() -> None:
    _revisions()
    _media()
    _site_holidays()
    _review()
    _team()
    _publish()


def _revisions() -> None:
    """Every editable entity carries a revision; SEQUENCE high-water marks."""
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "sequence_marks",
        sa.Column("uid", sa.String(200), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
    )


def _media() -> None:
    """Media library, image-rights consents, per-plan network limits."""
    with op.batch_alter_table("plan_settings") as batch:
        batch.add_column(sa.Column("network_rules", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("posts") as batch:
        batch.add_column(sa.Column("media_ids", sa.String(2000), nullable=False, server_default=""))
    op.create_table(
        "media",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("pillar_id", sa.Integer(), sa.ForeignKey("pillars.id", ondelete="SET NULL")),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id", ondelete="SET NULL")),
        sa.Column("sender_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("request_id", sa.Integer(),
                  sa.ForeignKey("content_requests.id", ondelete="SET NULL")),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("consent_ids", sa.String(2000), nullable=False),
        sa.Column("imported_at", sa.String(32)),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_name", sa.String(200), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("form_sha256", sa.String(64), nullable=False),
        sa.Column("form_filename", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("social", sa.Boolean(), nullable=False),
        sa.Column("network_kinds", sa.String(400), nullable=False),
        sa.Column("signed_on", sa.String(10)),
        sa.Column("expires_on", sa.String(10)),
        sa.Column("withdrawn_on", sa.String(10)),
        sa.Column("left_on", sa.String(10)),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )


def _site_holidays() -> None:
    """Sites' country and region for public holidays."""
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("country", sa.String(8), nullable=False, server_default="FR"))
        batch.add_column(sa.Column("subdivision", sa.String(16), nullable=False, server_default=""))


def _review() -> None:
    """Line versions, circuit deadlines, workload, crises, meetings."""
    with op.batch_alter_table("plan_settings") as batch:
        batch.add_column(sa.Column("crisis_deadline_hours", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("crisis_substitute_id", sa.Integer(),
                                   sa.ForeignKey("people.id", ondelete="SET NULL",
                                                 name="fk_settings_substitute")))
        batch.add_column(sa.Column("workload", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("posts") as batch:
        batch.add_column(sa.Column("submitted_at", UtcDateTime()))
        batch.add_column(sa.Column("escalated", sa.Boolean(), nullable=False, server_default="0"))
    op.create_table(
        "line_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("validated_by_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("validated_on", IsoDate()),
        sa.Column("replaced_at", UtcDateTime()),
        sa.Column("shares", sa.Text(), nullable=False),
    )
    op.create_table(
        "crises",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("window_start", UtcDateTime(), nullable=False),
        sa.Column("window_end", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "crisis_holds",
        sa.Column("crisis_id", sa.Integer(), sa.ForeignKey("crises.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("post_id", sa.Integer(), sa.ForeignKey("posts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("previous_status", sa.String(16), nullable=False),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime()),
        sa.Column("attendee_ids", sa.String(400), nullable=False),
        sa.Column("minutes_html", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "meeting_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("post_id", sa.Integer(), sa.ForeignKey("posts.id", ondelete="SET NULL")),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_meeting_decisions_meeting_id", "meeting_decisions", ["meeting_id"])


def _team() -> None:
    """Authors of changes, the publishing lease, change notifications on a server."""
    for table in ("posts", "series", "events"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("updated_by", sa.String(200), nullable=False,
                                       server_default=""))
    op.create_table(
        "leases",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        from cmplanner.storage.server import install_triggers

        install_triggers(op.get_bind())


def _publish() -> None:
    """Where this plan publishes its feeds, kept in the plan."""
    op.create_table(
        "publish_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folder", sa.Text(), nullable=False, server_default=""),
        sa.Column("feeds", sa.Text(), nullable=False, server_default=""),
        sa.Column("auto", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("publisher", sa.String(200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

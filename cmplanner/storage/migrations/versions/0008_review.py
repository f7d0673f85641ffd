"""Reviewing the plan: editorial line versions, circuit deadlines and substitute, workload
estimates, approval submission times, crises with the posts they held, meetings and decisions.

Revision ID: 0008
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from cmplanner.storage.types import IsoDate, UtcDateTime

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
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


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

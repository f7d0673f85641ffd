"""Every editable entity carries a revision; SEQUENCE high-water marks survive restores.

A write carries the revision its editor loaded and storage refuses a stale one, so people, sites,
audiences, pillars, networks and content requests get the revision posts, series and events
already had. ``sequence_marks`` keeps the highest revision each exported uid reached, so restoring
an older backup never makes calendars see a lower SEQUENCE.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("pillars", "audiences", "networks", "sites", "people", "content_requests")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "sequence_marks",
        sa.Column("uid", sa.String(200), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

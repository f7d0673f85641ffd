"""The publish folder and its feeds are kept in the plan, not in the user's settings.

Publishing was remembered per user (QSettings), so opening another plan and editing it wrote that
plan over the first one's published feeds. One row per plan: folder, feeds (JSON), re-publish
after each change, and who publishes when several people share the plan.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
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

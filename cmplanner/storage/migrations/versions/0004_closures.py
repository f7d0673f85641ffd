"""Closure days: the periods when the company or one of its sites is closed (JSON in the plan's
settings row, read like the public holidays).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_settings") as batch:
        batch.add_column(sa.Column("closures", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

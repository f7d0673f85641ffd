"""Plan format 3: each imported event names the calendar it came from.

A re-imported calendar then proposes to remove the events it no longer has (removed from the
source, or a whole series gone), and only those: events of other calendars and the plan's own
events carry another source, or none.

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
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("import_source", sa.String(200), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

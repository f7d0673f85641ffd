"""Each site keeps the public holidays of its country and subdivision (Alsace-Moselle, a Belgian,
Swiss or Québec site): two columns on sites, France for the sites already there.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("country", sa.String(8), nullable=False, server_default="FR"))
        batch.add_column(sa.Column("subdivision", sa.String(16), nullable=False, server_default=""))
    op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

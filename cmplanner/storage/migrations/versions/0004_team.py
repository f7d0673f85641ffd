"""Team plans: who made each change, and leases for tasks only one client may do at a time.

``updated_by`` names the person who last changed a post, series or event (shown as "changed by"
to colleagues); ``leases`` lets one client of a shared plan publish the shared feeds while the
others wait.

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from cmplanner.storage.types import UtcDateTime

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
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


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

"""Baseline: plan format 1, as created by cmplanner.storage.migrate.create_schema.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Format 1 files are created whole from the models; later revisions start from here.
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

"""Baseline: plan format 1, as created by cmplanner.storage.migrate.create_schema.

Revision ID: 0001
Revises:
"""

from alembic import op

from cmplanner.storage.database import mark_schema_version

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Format 1 files are created whole from the models; later revisions start from here.
    mark_schema_version(op.get_bind(), 1)


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

"""Media on a team plan: the contents of photos, videos and signed forms in the database (the
one thing a team's computers surely share), a megabyte per row; posts found by when they
changed (the marks on what a colleague just changed); and (on PostgreSQL) change notifications
for the media library and the image-rights register too.

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
    op.create_table(
        "media_contents",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
    )
    op.create_table(
        "media_parts",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("part", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_posts_updated_at", "posts", ["updated_at"])
    if op.get_bind().dialect.name == "postgresql":
        from cmplanner.storage.server import install_triggers

        install_triggers(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_posts_updated_at", "posts")
    op.drop_table("media_parts")
    op.drop_table("media_contents")

"""The media library, image-rights consents, attached media and per-plan network limits.

Media files live beside the plan (``PLAN.media/``, named by their SHA-256); the plan holds what
is known about them. Consents never leave the plan.

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_settings") as batch:
        batch.add_column(sa.Column("network_rules", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("posts") as batch:
        batch.add_column(sa.Column("media_ids", sa.String(2000), nullable=False, server_default=""))
    op.create_table(
        "media",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("pillar_id", sa.Integer(), sa.ForeignKey("pillars.id", ondelete="SET NULL")),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id", ondelete="SET NULL")),
        sa.Column("sender_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("request_id", sa.Integer(),
                  sa.ForeignKey("content_requests.id", ondelete="SET NULL")),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("consent_ids", sa.String(2000), nullable=False),
        sa.Column("imported_at", sa.String(32)),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_name", sa.String(200), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("form_sha256", sa.String(64), nullable=False),
        sa.Column("form_filename", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("social", sa.Boolean(), nullable=False),
        sa.Column("network_kinds", sa.String(400), nullable=False),
        sa.Column("signed_on", sa.String(10)),
        sa.Column("expires_on", sa.String(10)),
        sa.Column("withdrawn_on", sa.String(10)),
        sa.Column("left_on", sa.String(10)),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

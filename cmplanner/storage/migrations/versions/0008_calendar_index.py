"""A covering index for the calendar's ranges in a plan file.

The month and week views read, for each range of days, the few columns a chip shows of every post
planned in it. With the planned-time index alone SQLite reads each of those posts' rows, scattered
over the whole file (texts and notes make them long): most of a month switch on a large plan. With
the chips' columns in the index, the range is one walk along it. A server (PostgreSQL) keeps its
rows in its own memory and limits an index entry's size, which an unbounded title could pass: it
does without.

Revision ID: 0008
Revises: 0006
"""

from alembic import op

from cmplanner.storage.schema import CALENDAR_INDEX_COLUMNS

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_posts_calendar", "posts", list(CALENDAR_INDEX_COLUMNS))
    # Keep PRAGMA user_version equal to this revision's number.


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_posts_calendar", "posts")

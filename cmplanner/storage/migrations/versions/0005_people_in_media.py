"""People shown in media, consent durations, video lengths.

- ``media.person_ids`` (the people shown, from People) replaces ``media.consent_ids``: a photo
  names who is in it, and their consents apply, so a renewed consent covers old photos and a
  person shown without any consent is seen. Each consent that named no person gets one in People
  (an external participant keeps their name), and the photos that named the consent now name
  that person.
- ``consents.duration_months``: the use allowed lasts this long from signature, when the form
  gives a duration instead of a date.
- ``media.duration_ms``: a video's length, read at import.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("duration_months", sa.Integer()))
    with op.batch_alter_table("media") as batch:
        batch.add_column(sa.Column("duration_ms", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("person_ids", sa.String(2000), nullable=False,
                                   server_default=""))

    people = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("email", sa.String), sa.column("roles", sa.String),
                      sa.column("revision", sa.Integer))
    consents = sa.table("consents", sa.column("id", sa.Integer), sa.column("person_id", sa.Integer),
                        sa.column("person_name", sa.String))
    media = sa.table("media", sa.column("id", sa.Integer), sa.column("consent_ids", sa.String),
                     sa.column("person_ids", sa.String))
    person_of: dict[int, int] = {}
    for consent_id, person_id, name in conn.execute(
            sa.select(consents.c.id, consents.c.person_id, consents.c.person_name)).all():
        if person_id is None:
            person_id = conn.execute(people.insert().values(
                name=name or "?", email="", roles="", revision=0).returning(people.c.id)).scalar_one()
            conn.execute(consents.update().where(consents.c.id == consent_id)
                         .values(person_id=person_id))
        person_of[consent_id] = person_id
    for media_id, consent_ids in conn.execute(sa.select(media.c.id, media.c.consent_ids)).all():
        shown = [person_of[int(i)] for i in (consent_ids or "").split(",")
                 if i.strip().isdigit() and int(i) in person_of]
        if shown:
            conn.execute(media.update().where(media.c.id == media_id).values(
                person_ids=",".join(str(i) for i in dict.fromkeys(shown))))
    with op.batch_alter_table("media") as batch:
        batch.drop_column("consent_ids")


def downgrade() -> None:
    raise NotImplementedError("Plans are never downgraded; restore a backup instead.")

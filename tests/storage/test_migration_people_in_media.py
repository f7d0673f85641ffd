"""Format 5: photos name the people shown (People) instead of consent records; every consent that
named nobody gets its person in People, so nothing a plan knew about image rights is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from cmplanner.storage.store import PlanStore

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def test_consents_without_a_person_get_one_and_photos_name_the_people(tmp_path):
    plan = tmp_path / "v2.cmplan"
    shutil.copyfile(PLANS / "v2.cmplan", plan)
    conn = sqlite3.connect(plan)
    known = conn.execute("SELECT id, name FROM people ORDER BY id").fetchone()
    conn.execute("INSERT INTO consents (id, person_name, person_id, form_sha256, form_filename, "
                 "internal, social, network_kinds, notes, revision) VALUES "
                 "(1, 'Karim (prestataire)', NULL, '', '', 1, 1, '', '', 0), "
                 f"(2, ?, {known[0]}, '', '', 1, 1, '', '', 0)", (known[1],))
    conn.execute("INSERT INTO media (id, sha256, filename, kind, width, height, size, tags, "
                 "alt_text, credit, consent_ids, revision) VALUES "
                 "(1, ?, 'atelier.jpg', 'image', 1080, 1080, 10, '', '', '', '1,2', 0), "
                 "(2, ?, 'vide.jpg', 'image', 1080, 1080, 10, '', '', '', '', 0)",
                 ("a" * 64, "b" * 64))
    conn.commit()
    conn.close()

    store = PlanStore.open(plan, create=False)
    try:
        karim = next(p for p in store.people.all() if p.name == "Karim (prestataire)")
        consents = {c.id: c for c in store.consents.all()}
        assert consents[1].person_id == karim.id and consents[2].person_id == known[0]
        assert consents[1].duration_months is None
        media = {m.id: m for m in store.media.all()}
        assert media[1].person_ids == [karim.id, known[0]]
        assert media[2].person_ids == [] and media[2].duration_ms == 0
    finally:
        store.close()

"""Overwrite with mine, as a three-way merge: what I changed wins, what I left alone stays theirs."""

from cmplanner.domain.entities import Pillar
from cmplanner.domain.merging import changed_fields, three_way
from cmplanner.domain.workload import WorkloadSettings


def test_the_fields_i_changed_win_the_others_keep_theirs():
    loaded = Pillar("Recettes", "#112233", "Avant", id=4, revision=2)
    mine = Pillar("Nos recettes", "#112233", "Avant", id=4, revision=2)
    theirs = Pillar("Recettes", "#112233", "Décrit par Camille", id=4, revision=3)
    merged = three_way(loaded, mine, theirs)
    assert (merged.name, merged.description, merged.revision) == ("Nos recettes", "Décrit par Camille", 3)
    assert changed_fields(loaded, theirs) == ["description"]  # bookkeeping left out


def test_a_mapping_is_merged_key_by_key():
    loaded = WorkloadSettings(capacity_minutes={1: 600, 2: 600})
    mine = WorkloadSettings(capacity_minutes={1: 300})  # 1 changed, 2 removed
    theirs = WorkloadSettings(capacity_minutes={1: 600, 2: 600, 9: 60})  # 9 added
    assert three_way(loaded, mine, theirs).capacity_minutes == {1: 300, 9: 60}

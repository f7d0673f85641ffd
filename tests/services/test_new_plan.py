"""A plan from the guided set-up's answers: checked first, written whole, never over a plan."""

from __future__ import annotations

import pytest

from cmplanner.domain.enums import NetworkKind, Role
from cmplanner.domain.errors import DomainError
from cmplanner.services.new_plan import (
    NetworkAnswer, NewPlanAnswers, PersonAnswer, PillarAnswer, check_answers, create_plan_file,
    plan_is_empty, suggested_plan_path, write_new_plan,
)
from cmplanner.storage.store import PlanStore

ANSWERS = NewPlanAnswers(
    company="Boulangerie Dupuis", timezone="Europe/Brussels", language="fr",
    networks=(NetworkAnswer(NetworkKind.FACEBOOK, "1 par jour"), NetworkAnswer(NetworkKind.NEWSLETTER, "1 per month", "La lettre")),
    pillars=(PillarAnswer("Pain", 60), PillarAnswer("Équipe", 40)),
    me=PersonAnswer("Camille", "camille@dupuis.fr", Role.COMMUNITY_MANAGER),
    team=(PersonAnswer("Paul", "paul@dupuis.fr", Role.APPROVER),),
)


def test_the_answers_become_the_plan(store):
    write_new_plan(store, ANSWERS)
    assert store.settings().name == "Boulangerie Dupuis — plan éditorial"
    assert store.settings().timezone == "Europe/Brussels"
    assert [(n.kind, n.label, n.cadence) for n in store.networks.all()] == [
        (NetworkKind.FACEBOOK, "facebook", "1 par jour"), (NetworkKind.NEWSLETTER, "La lettre", "1 per month")]
    assert [(p.name, p.target_share) for p in store.pillars.all()] == [("Pain", 60), ("Équipe", 40)]
    assert len({p.colour for p in store.pillars.all()}) == 2
    assert {p.name: p.roles for p in store.people.all()} == {"Camille": {Role.COMMUNITY_MANAGER},
                                                              "Paul": {Role.APPROVER}}


@pytest.mark.parametrize("answers, words", [
    (NewPlanAnswers(" "), "company name"),
    (NewPlanAnswers("X", timezone="Mars/Olympus"), "Mars/Olympus"),
    (NewPlanAnswers("X", networks=(NetworkAnswer(NetworkKind.X, "sometimes"),)), "sometimes"),
    (NewPlanAnswers("X", networks=(NetworkAnswer(NetworkKind.X), NetworkAnswer(NetworkKind.X))), "twice"),
    (NewPlanAnswers("X", pillars=(PillarAnswer("A", 70), PillarAnswer("B", 40))), "110"),
    (NewPlanAnswers("X", pillars=(PillarAnswer("A"), PillarAnswer("a "))), "same name"),
    (NewPlanAnswers("X", team=(PersonAnswer("Paul", "paul-at-home"),)), "paul-at-home"),
])
def test_refused_answers_name_the_problem(answers, words):
    with pytest.raises(DomainError) as refused:
        check_answers(answers)
    assert words in str(refused.value)


def test_a_plan_that_holds_items_is_never_overwritten(demo_store):
    assert not plan_is_empty(demo_store)
    before = demo_store.counts()
    with pytest.raises(DomainError):
        write_new_plan(demo_store, ANSWERS)
    assert demo_store.counts() == before


def test_a_new_file_is_written_whole_or_not_at_all(tmp_path):
    path = create_plan_file(tmp_path / "dupuis.cmplan", ANSWERS)
    store = PlanStore.open(path, create=False)
    assert len(store.people.all()) == 2
    store.close()
    with pytest.raises(DomainError):
        create_plan_file(path, ANSWERS)  # exists already
    bad = NewPlanAnswers("Y", team=(PersonAnswer("Léa", "not-an-address"),))
    with pytest.raises(DomainError):
        create_plan_file(tmp_path / "y.cmplan", bad)
    assert not (tmp_path / "y.cmplan").exists()


def test_suggested_file_names_never_clash(tmp_path):
    first = suggested_plan_path(tmp_path, "Boulangerie Dupuis & Fils")
    assert first.name == "boulangerie-dupuis-fils.cmplan"
    first.write_bytes(b"x")
    assert suggested_plan_path(tmp_path, "Boulangerie Dupuis & Fils").name == "boulangerie-dupuis-fils-2.cmplan"
    assert suggested_plan_path(tmp_path, "!!!").name == "plan.cmplan"

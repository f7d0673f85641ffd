import pytest

from cmplanner.domain.entities import Audience, CrisisCircuit, Person, Site
from cmplanner.domain.entity_checks import validate_audience, validate_circuit, validate_person, validate_site
from cmplanner.domain.errors import DomainError


@pytest.mark.parametrize("check, item, message", [
    (validate_audience, Audience(" "), "needs a name"),
    (validate_site, Site(""), "needs a name"),
    (validate_person, Person(""), "needs a name"),
    (validate_person, Person("Ana", "ana.example.fr"), "not an e-mail"),
    (validate_circuit, CrisisCircuit([1], 2), "more approvals"),
    (validate_circuit, CrisisCircuit([1, 1], 1), "twice"),
    (validate_circuit, CrisisCircuit([1], 0), "at least one"),
])
def test_refusals_name_the_problem(check, item, message):
    with pytest.raises(DomainError, match=message):
        check(item)


def test_valid_entities_pass():
    validate_person(Person("Ana", "ana@example.fr"))
    validate_person(Person("Ana"))
    validate_circuit(CrisisCircuit([1, 2], 2))
    validate_circuit(CrisisCircuit([], 1))

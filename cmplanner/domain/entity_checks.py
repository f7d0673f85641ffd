"""Checks on the plan's reference entities that storage does not already make."""

from __future__ import annotations

import re

from .entities import Audience, CrisisCircuit, Person, Site
from .errors import DomainError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_audience(audience: Audience) -> None:
    if not audience.name.strip():
        raise DomainError("An audience needs a name.")


def validate_site(site: Site) -> None:
    if not site.name.strip():
        raise DomainError("A site needs a name.")


def validate_person(person: Person) -> None:
    if not person.name.strip():
        raise DomainError("A person needs a name.")
    if person.email and not _EMAIL.match(person.email):
        raise DomainError("“{email}” is not an e-mail address.", email=person.email)


def validate_circuit(circuit: CrisisCircuit) -> None:
    """The exceptional circuit asks at least one approval, and no more than it has approvers."""
    if circuit.required_approvals < 1:
        raise DomainError("The exceptional circuit needs at least one approval.")
    if len(set(circuit.approver_ids)) != len(circuit.approver_ids):
        raise DomainError("A person is named twice in the exceptional circuit.")
    if circuit.approver_ids and circuit.required_approvals > len(circuit.approver_ids):
        raise DomainError("The exceptional circuit requires more approvals than it has approvers.")

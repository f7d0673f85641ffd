"""Every value of every vocabulary has a label."""

from __future__ import annotations

import pytest

from cmplanner.domain.enums import EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role
from cmplanner.ui.labels import label


@pytest.mark.parametrize("enum", [EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role])
def test_every_value_has_a_label(enum):
    labels = [label(v) for v in enum]
    assert all(labels) and len(set(labels)) == len(labels)

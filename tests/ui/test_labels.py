"""Every value of every vocabulary has a label."""

from __future__ import annotations

import pytest

from cmplanner.domain.enums import EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role
from cmplanner.ui.labels import label


@pytest.mark.parametrize("enum", [EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role])
def test_every_value_has_a_label(enum):
    labels = [label(v) for v in enum]
    assert all(labels) and len(set(labels)) == len(labels)


def test_event_kind_other_and_network_kind_other_keep_their_own_labels(qapp):
    from cmplanner.domain.enums import EventKind, NetworkKind
    from cmplanner.ui.labels import label

    assert label(EventKind.OTHER) == "Other event"
    assert label(NetworkKind.OTHER) == "Other network"

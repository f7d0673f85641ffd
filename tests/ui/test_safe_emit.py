"""Emitting Python-declared signals many times leaves Python's True intact."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from cmplanner.ui.safe_emit import emit


class Sender(QObject):
    flag = Signal(bool)


def test_many_emits_keep_true_balanced(qapp):
    sender = Sender()
    received = []
    sender.flag.connect(received.append)
    del received[:]
    before = sys.getrefcount(True)
    for _ in range(2000):
        emit(sender.flag, False)
    after = sys.getrefcount(True)
    assert len(received) == 2000
    assert after == before

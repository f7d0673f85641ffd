"""The drag-and-drop format of a chip: its key ("post:12", "occ:3:...") as UTF-8."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

CHIP_MIME = "application/x-cmplanner-chip"


def chip_mime(key: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CHIP_MIME, QByteArray(key.encode("utf-8")))
    return mime


def chip_key(mime: QMimeData) -> str:
    return bytes(mime.data(CHIP_MIME).data()).decode("utf-8")

"""PDF from HTML with Qt's text engine and PDF writer: offline, no browser, no network.

The one module outside ``ui`` that uses Qt (QtGui only, no widget): a PDF is a file the plan
writes, and Qt's writer is the PDF tool already installed. The command line creates an
offscreen QGuiApplication first.
"""

from __future__ import annotations


def pdf_application() -> object:
    """A QGuiApplication for the PDF writer when none runs (the command line), offscreen: Qt's
    text engine needs one, not a screen. Keep the returned object while writing."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def html_to_pdf(html: str, images: dict[str, bytes]) -> bytes:
    """A4 PDF of ``html`` with Qt's text engine and PDF writer (no network, no browser)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import (
        QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument,
    )

    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication is needed to write a PDF")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(110)
    writer.setTitle("review")
    document = QTextDocument()
    for name, png in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{name}.png"),
                             QImage.fromData(png, "PNG"))
    document.setHtml(html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data)

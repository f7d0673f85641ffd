"""Reading photos and videos for the window: a probe for imports (a photo's header; a video's
header and first frame, through interop.video), and cached thumbnails made off the window's
thread (QThreadPool), so a month of chips with photos never decodes a 5 MB JPEG while painting.
A video's thumbnail is a frame about a second in, marked with a play sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap, QPolygonF, QTransform

from cmplanner.domain.entities import MediaItem
from cmplanner.domain.enums import MediaKind
from cmplanner.files.atomic import atomic_write_bytes
from cmplanner.services.media import VIDEO_SUFFIXES
from cmplanner.storage.media_files import THUMB_SIZE, MediaFiles

THUMB = THUMB_SIZE  # pixels, longest side (sharp enough for the previews)


def probe(path: Path) -> tuple[MediaKind, int, int, int]:
    """What ``path`` is, as shown (kind, width, height, length in ms): a photo from its header
    only, a video from its header and first frame. For prepare_media, off the window's thread."""
    if path.suffix.lower() in VIDEO_SUFFIXES:
        from cmplanner.interop.video import read_video

        facts = read_video(path)
        return MediaKind.VIDEO, facts.width, facts.height, facts.duration_ms
    reader = QImageReader(str(path))
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise ValueError(reader.errorString() or "unreadable")
    if reader.transformation().value & 4:  # rotated a quarter turn by its EXIF orientation
        return MediaKind.IMAGE, size.height(), size.width(), 0
    return MediaKind.IMAGE, size.width(), size.height(), 0


def video_thumbnail(path: Path) -> QImage:
    """A frame about a second into the video, turned as players show it, with a play sign;
    a null image when the file cannot be decoded."""
    from cmplanner.interop.video import poster_frame

    try:
        poster = poster_frame(path, THUMB)
    except (OSError, ValueError):
        return QImage()
    # converting makes an image of its own: the poster's bytes may go once this returns
    image = QImage(poster.rgb, poster.width, poster.height, poster.width * 3,
                   QImage.Format.Format_RGB888).convertToFormat(QImage.Format.Format_RGB32)
    if poster.rotation:
        image = image.transformed(QTransform().rotate(poster.rotation))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = max(16, min(image.width(), image.height()) // 4)
    centre = QPointF(image.width() / 2, image.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 140))
    painter.drawEllipse(centre, side / 2, side / 2)
    painter.setBrush(QColor("white"))
    painter.drawPolygon(QPolygonF([centre + QPointF(-side / 6, -side / 4.5),
                                   centre + QPointF(-side / 6, side / 4.5),
                                   centre + QPointF(side / 4, 0)]))
    painter.end()
    return image


def thumb_path(media: MediaFiles, item: MediaItem) -> Path:
    return media.thumb(item.sha256)


def make_thumbnail(media: MediaFiles, item: MediaItem) -> QImage:
    """The item's thumbnail, from the cache or made now (decoding at the reduced size) and
    cached; a grey placeholder for videos and unreadable files. On a team plan the content is
    read from the server into this computer's cache first (this runs off the window's thread)."""
    cached = thumb_path(media, item)
    if cached.exists():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    image = QImage()
    try:
        source = media.path(item.sha256, item.filename)
    except Exception:  # noqa: BLE001 (the server away, a full disk: the placeholder then)
        source = Path()
    if item.kind is MediaKind.VIDEO:
        image = video_thumbnail(source)
    elif item.kind is MediaKind.IMAGE:
        reader = QImageReader(str(source))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    if image.isNull():
        image = QImage(THUMB, THUMB * 9 // 16, QImage.Format.Format_RGB32)
        image.fill(QColor("#555555"))
        painter = QPainter(image)
        painter.setPen(QColor("white"))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "▶" if item.kind is MediaKind.VIDEO else "?")
        painter.end()
        return image
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 82)
    buffer.close()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, bytes(data.data()))
    except OSError:
        pass  # a cache: a read-only folder only costs a new decoding next time
    return image


class _Job(QRunnable):
    def __init__(self, loader: ThumbnailLoader, media: MediaFiles, item: MediaItem) -> None:
        super().__init__()
        self.loader, self.media, self.item = loader, media, item

    def run(self) -> None:
        image = make_thumbnail(self.media, self.item)
        self.loader.ready_image.emit(self.item.sha256, image)


class ThumbnailLoader(QObject):
    """Thumbnails by content hash: ``pixmap(item)`` answers at once (None while the thumbnail is
    being made off the window's thread; ``ready`` then says which one arrived)."""

    ready = Signal(str)
    ready_image = Signal(str, QImage)

    def __init__(self, media: MediaFiles | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.ready_image.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def pixmap(self, item: MediaItem) -> QPixmap | None:
        found = self._pixmaps.get(item.sha256)
        if found is not None or self.media is None:
            return found
        if item.sha256 not in self._pending:
            self._pending.add(item.sha256)
            self.pool.start(_Job(self, self.media, item))
        return None

    def _arrived(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        self.ready.emit(sha256)

    def wait(self) -> None:
        self.pool.waitForDone()

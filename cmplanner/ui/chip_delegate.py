"""Paints a day cell: day number, holiday, event bars, then one chip per post or occurrence.

A chip is a pillar colour bar, the local time, network marks, a status mark, a series/event mark
and the elided title; when the day overflows, the last line reads "+N more". ``layout`` is the one
place that decides where each chip goes, used for painting and for hit-testing (clicks, drags,
hover, tooltips), so both always agree. Sizes follow the view's font (zoom changes the font).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmplanner.domain.enums import PostStatus
from cmplanner.services.calendar_range import Chip, EventBar

from .calendar_source import CalendarSource
from .marks import EVENT_MARK, OTHER_MARKS, icon_pixmap, network_pixmap, readable_on, status_pixmap
from .models.roles import CHIPS_ROLE, DAY_ROLE, EVENTS_ROLE, FLAGS_ROLE
from .models.roles import CHANGED_BY_ROLE
from .colleague_marks import paint_mark

# Qt's enums, looked up once: a repaint of a month paints a few hundred chips.
_BASE, _TEXT, _MID = QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Mid
_HIGHLIGHT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
_PLACEHOLDER = QPalette.ColorRole.PlaceholderText
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_MIDDLE = Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_DASH = Qt.PenStyle.DashLine
CACHED = 4096  # elided titles and chip styles kept (emptied when full)

GAP_COLOUR = "#e0a100"  # a day the cadence expects a post and has none
OVERLOAD_COLOUR = "#d0342c"  # more posts than the cadence allows on one day


@dataclass
class CellLayout:
    header: QRect
    bars: list[tuple[QRect, EventBar]]
    chips: list[tuple[QRect, Chip, list[str] | None]]  # title lines when the title wraps
    more: QRect | None
    hidden: int


@dataclass(frozen=True)
class ChipFonts:
    font: QFont
    metrics: QFontMetrics
    time_room: int  # a one-line chip shows its time when wider than this
    narrow_below: int  # a one-line chip narrower than this keeps only its status mark
    reserve: int  # kept for the title on a one-line chip, besides the marks
    mark_size: int  # network and status marks, following the zoom
    widths: dict[str, int] = field(default_factory=dict, compare=False)  # of the times shown
    _elided: dict[tuple[str, int], str] = field(default_factory=dict, compare=False)

    def elided(self, text: str, width: int) -> str:
        """``text`` elided to ``width`` pixels in this font, kept: each repaint of a month
        elides the same titles to the same widths (Qt lays each one out to elide it)."""
        key = (text, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) >= CACHED:
                self._elided.clear()
            found = self._elided[key] = self.metrics.elidedText(text, _ELIDE_RIGHT, width)
        return found


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, source: CalendarSource, parent=None, show_day_number: bool = True,
                 max_title_lines: int = 3, show_networks: bool = True) -> None:
        super().__init__(parent)
        self.max_title_lines = max_title_lines
        self.show_networks = show_networks  # the board's rows already name the network
        self.source = source
        self.show_day_number = show_day_number
        self.high_contrast = False
        self.selected_key: str | None = None  # the chip the keyboard or a click selected
        self.hover_series: int | None = None  # series highlighted while hovering one of its chips
        self._fonts: dict[tuple[bool, bool], ChipFonts] = {}  # _chip_fonts, for one view font:
        self._fonts_of, self._fonts_contrast = QFont(), False
        self._styles: dict[tuple[object, ...], tuple[QColor, QPen, QColor, QColor]] = {}  # _chip_style

    # --- geometry ------------------------------------------------------------------------------
    @staticmethod
    def line_height(metrics: QFontMetrics) -> int:
        return metrics.height() + 6

    def layout(self, rect: QRect, index: QModelIndex, font: QFont) -> CellLayout:
        metrics = QFontMetrics(font)
        line = self.line_height(metrics)
        y = rect.top() + 2
        header = QRect(rect.left() + 4, y, rect.width() - 8, metrics.height() if self.show_day_number else 0)
        y = header.bottom() + 2 if self.show_day_number else y
        bars = []
        for bar in index.data(EVENTS_ROLE) or []:
            bar_rect = QRect(rect.left() + 1, y, rect.width() - 2, metrics.height() + 2)
            if bar_rect.bottom() > rect.bottom() - line:
                break
            bars.append((bar_rect, bar))
            y = bar_rect.bottom() + 2
        chips: list[Chip] = index.data(CHIPS_ROLE) or []
        available = rect.bottom() - y + 1
        width = rect.width() - 6
        placed: list[tuple[QRect, Chip, list[str] | None]] = []
        extra = 0
        if chips and len(chips) * line <= available:
            extra = min(self.max_title_lines, (available - len(chips) * line) // (len(chips) * metrics.height()))
        if extra >= 1:
            # Roomy cell: the time and marks on a first line, the title wrapped below.
            title_width = width - (7 if self.high_contrast else 4) - 8
            title_font = QFont(font)
            title_font.setBold(self.high_contrast)  # as painted, so wrapped lines fit
            title_metrics = QFontMetrics(title_font)
            for chip in chips:
                lines = wrap_text(chip.title, title_metrics, title_width, extra)
                height = line + metrics.height() * len(lines)
                placed.append((QRect(rect.left() + 3, y, width, height - 2), chip, lines))
                y += height
            return CellLayout(header, bars, placed, None, 0)
        room = max(0, available // line)
        shown = chips if len(chips) <= room else chips[:max(0, room - 1)]
        for chip in shown:
            placed.append((QRect(rect.left() + 3, y, width, line - 2), chip, None))
            y += line
        hidden = len(chips) - len(shown)
        more = QRect(rect.left() + 3, y, width, line - 2) if hidden and room else None
        return CellLayout(header, bars, placed, more, hidden)

    def chip_at(self, rect: QRect, index: QModelIndex, font: QFont, pos: QPoint) -> Chip | None:
        for chip_rect, chip, _lines in self.layout(rect, index, font).chips:
            if chip_rect.contains(pos):
                return chip
        return None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(metrics.horizontalAdvance("0") * 16, self.line_height(metrics) * 4)

    # --- painting ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        palette: QPalette = option.palette
        rect: QRect = option.rect
        info = index.data(DAY_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(option.font)
        background = palette.color(QPalette.ColorRole.Base)
        if info is not None and (info.weekend or info.holiday):
            background = _mix(background, palette.color(QPalette.ColorRole.Mid), 0.22)
        if info is not None and not info.in_period:
            background = _mix(background, palette.color(QPalette.ColorRole.Window), 0.6)
        flags = index.data(FLAGS_ROLE) or []
        if flags:
            overload = any(f.kind == "overload" for f in flags)
            background = _mix(background, QColor(OVERLOAD_COLOUR if overload else GAP_COLOUR), 0.14)
        painter.fillRect(rect, background)
        if flags:
            self._paint_flag_corner(painter, rect, overload)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, _alpha(palette.color(QPalette.ColorRole.Highlight), 40))
        layout = self.layout(rect, index, option.font)
        if self.show_day_number and info is not None:
            self._paint_header(painter, palette, layout.header, info, index)
        for bar_rect, bar in layout.bars:
            self._paint_bar(painter, palette, bar_rect, bar, info, index)
        for chip_rect, chip, lines in layout.chips:
            self._paint_chip(painter, palette, chip_rect, chip, option.font, lines)
        marked = index.data(CHANGED_BY_ROLE)  # a colleague just changed these (a team plan)
        for chip_rect, chip, _lines in layout.chips if marked else ():
            if chip.key in marked:
                paint_mark(painter, chip_rect, marked[chip.key], option.font)
        for bar_rect, bar in layout.bars if marked else ():
            if f"event:{bar.id}" in marked:
                paint_mark(painter, bar_rect, marked[f"event:{bar.id}"], option.font)
        if layout.more is not None:
            painter.setFont(option.font)  # not the last chip's (italic, struck out)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(layout.more.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+%n more", "", layout.hidden))
        if info is not None and info.today:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3 if self.high_contrast else 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if option.state & QStyle.StateFlag.State_HasFocus:
            # An outline only: the brush is still the last chip's fill or network mark's colour.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    @staticmethod
    def _paint_flag_corner(painter: QPainter, rect: QRect, overload: bool) -> None:
        """A corner mark besides the shade (colour alone is not enough): a filled triangle for an
        overload, an outlined one for a gap."""
        size = max(8, min(rect.height() // 8, 18))  # a corner, not a diagonal across a tall week cell
        corner = QPolygonF([QPointF(rect.right() - size, rect.top() + 1), QPointF(rect.right() - 1, rect.top() + 1),
                            QPointF(rect.right() - 1, rect.top() + size)])
        colour = QColor(OVERLOAD_COLOUR if overload else GAP_COLOUR)
        painter.setPen(QPen(colour.darker(130), 1.5))
        painter.setBrush(colour if overload else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(corner)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_header(self, painter, palette, rect, info, index) -> None:
        text_role = QPalette.ColorRole.Text if info.in_period else QPalette.ColorRole.PlaceholderText
        font = QFont(painter.font())
        font.setBold(info.today)
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        if info.holiday:
            used = QFontMetrics(font).horizontalAdvance(label) + 8
            small = QFont(painter.font())
            small.setBold(False)
            small.setItalic(True)
            painter.setFont(small)
            room = rect.adjusted(used, 0, 0, 0)
            text = QFontMetrics(small).elidedText(info.holiday, Qt.TextElideMode.ElideRight, room.width())
            painter.drawText(room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        font.setBold(False)
        font.setItalic(False)
        painter.setFont(font)

    def _paint_bar(self, painter, palette, rect, bar: EventBar, info, index) -> None:
        fill = _mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.35)
        if self.selected_key == f"event:{bar.id}":
            fill = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(rect, fill)
        starts_here = info is None or bar.first_day == info.day or index.column() == 0
        if starts_here:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                             palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(readable_on(fill))
            text = f"{EVENT_MARK} {bar.title}"
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8)
            painter.drawText(rect.adjusted(6, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_chip(self, painter: QPainter, palette: QPalette, rect: QRect, chip: Chip, font: QFont,
                    lines: list[str] | None) -> None:
        selected = chip.key == self.selected_key
        fill, border, pillar_colour, text_colour = self._chip_style(
            palette, chip.pillar_id, selected, chip.is_virtual,
            chip.series_id is not None and chip.series_id == self.hover_series)
        path_rect = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(fill)
        painter.setPen(border)
        painter.drawRoundedRect(path_rect, 3, 3)
        bar_width = 7 if self.high_contrast else 4
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, bar_width, rect.height() - 1), pillar_colour)

        cancelled = chip.status is PostStatus.CANCELLED
        fonts = self._chip_fonts(font, chip.is_virtual, cancelled)
        chip_font, metrics = fonts.font, fonts.metrics
        x = rect.left() + bar_width + 4
        right = rect.right() - 3
        first = QRect(rect.left(), rect.top(), rect.width(), self.line_height(metrics) - 2) if lines else rect
        mid = first.top() + first.height() // 2
        painter.setFont(chip_font)
        painter.setPen(text_colour)
        if chip.local is not None and (lines or rect.width() > fonts.time_room):
            time_text = f"{chip.local.hour:02d}:{chip.local.minute:02d}"
            width = fonts.widths.get(time_text)
            if width is None:
                width = fonts.widths[time_text] = metrics.horizontalAdvance(time_text)
            painter.drawText(QRect(x, first.top(), width, first.height()), _MIDDLE, time_text)
            x += width + 4
        narrow = not lines and rect.width() < fonts.narrow_below
        right = self._paint_cover(painter, chip, first, right, narrow)
        x = self._paint_marks(painter, chip, x, mid, metrics, right, text_colour, bool(lines), narrow,
                              fonts)
        painter.setFont(chip_font)
        painter.setPen(text_colour if not cancelled or selected else palette.color(_PLACEHOLDER))
        if lines:
            left = rect.left() + bar_width + 4
            y = first.bottom() - 2
            for text in lines:
                painter.drawText(QRect(left, y, right - left, metrics.height()), _LEFT_MIDDLE, text)
                y += metrics.height()
            return
        title_rect = QRect(x, rect.top(), max(0, right - x), rect.height())
        painter.drawText(title_rect, _LEFT_MIDDLE, fonts.elided(chip.title, title_rect.width()))

    def _chip_style(self, palette: QPalette, pillar_id: int | None, selected: bool, virtual: bool,
                    hovered: bool) -> tuple[QColor, QPen, QColor, QColor]:
        """A chip's fill, border, pillar bar colour and text colour, made once per palette,
        pillar colour and state (most chips of a month share a few dozen of them)."""
        pillar = self.source.pillars.get(pillar_id) if pillar_id else None
        key = (palette.cacheKey(), pillar.colour if pillar else None, selected, virtual, hovered,
               self.high_contrast)
        found = self._styles.get(key)
        if found is not None:
            return found
        base = palette.color(_BASE)
        text_colour = palette.color(_TEXT)
        pillar_colour = QColor(pillar.colour) if pillar else palette.color(_MID)
        if selected:
            fill = palette.color(_HIGHLIGHT)
            text_colour = palette.color(_HIGHLIGHTED_TEXT)
        elif self.high_contrast:
            fill = base
        else:
            fill = _mix(base, pillar_colour, 0.16)
        border = QPen(_mix(pillar_colour, text_colour, 0.3), 1)
        if self.high_contrast:
            border = QPen(palette.color(_TEXT), 2)
        if virtual:
            border.setStyle(_DASH)
        if hovered:
            border = QPen(palette.color(_HIGHLIGHT), 2.5)
        if len(self._styles) >= CACHED:
            self._styles.clear()
        found = self._styles[key] = (fill, border, pillar_colour, text_colour)
        return found

    def _paint_cover(self, painter: QPainter, chip: Chip, first: QRect, right: int,
                     narrow: bool) -> int:
        """The post's cover photo, a small square at the chip's right end (from the thumbnail
        cache; nothing while it is being made off the window's thread)."""
        cover = getattr(self.source.ctx, "cover", None)
        if narrow or chip.cover_id is None or cover is None:
            return right
        side = max(8, first.height() - 4)
        pixmap = cover(chip.cover_id, side)
        if pixmap is None:
            return right
        painter.drawPixmap(right - side, first.top() + (first.height() - side) // 2, pixmap)
        return right - side - 3

    def _paint_marks(self, painter, chip: Chip, x: int, mid: int, metrics: QFontMetrics, right: int,
                     text_colour: QColor, whole_line: bool = False, narrow: bool = False,
                     fonts: ChipFonts | None = None) -> int:
        """Network marks, then status, series, event and sensitive marks; a narrow one-line chip
        keeps only the status mark so its title stays readable."""
        if fonts is None:
            font = painter.font()
            fonts = self._chip_fonts(font, font.italic(), font.strikeOut())
        reserve = 0 if whole_line else fonts.reserve
        size = fonts.mark_size  # icons follow the zoom
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        top = mid - size // 2
        for network_id in chip.network_ids if self.show_networks and not narrow else ():
            if x + size > right - reserve:
                break
            painter.drawPixmap(x, top, network_pixmap(self.source.networks.get(network_id), size, ratio))
            x += size + 2
        series_mark, event_mark, sensitive_mark = (mark.icon for mark in OTHER_MARKS)
        marks = [status_pixmap(chip.status, size, ratio)]
        if chip.series_id is not None and not narrow:
            marks.append(icon_pixmap(series_mark, size, ratio))
        if chip.event_id is not None and not narrow:
            marks.append(icon_pixmap(event_mark, size, ratio))
        if chip.sensitive:
            marks.append(icon_pixmap(sensitive_mark, size, ratio))
        for pixmap in marks:
            if x + size > right - reserve * 2 // 3:
                break
            painter.drawPixmap(x, top, pixmap)
            x += size + 2
        return x + 1

    def _chip_fonts(self, font: QFont, italic: bool, struck: bool) -> ChipFonts:
        """The chip's font and what is measured with it, made once per view font (zoom), contrast
        and style: a month's repaint draws a few hundred chips with a handful of fonts."""
        if font != self._fonts_of or self.high_contrast != self._fonts_contrast:
            self._fonts_of, self._fonts_contrast, self._fonts = QFont(font), self.high_contrast, {}
        found = self._fonts.get((italic, struck))
        if found is None:
            chip_font = QFont(font)
            chip_font.setBold(self.high_contrast)
            chip_font.setItalic(italic)
            chip_font.setStrikeOut(struck)
            metrics = QFontMetrics(chip_font)
            small = QFont(chip_font)
            small.setPointSizeF(max(5.0, small.pointSizeF() * 0.78))
            found = ChipFonts(chip_font, metrics, metrics.horizontalAdvance("00:00 ") * 3,
                              metrics.horizontalAdvance("M") * 16, metrics.horizontalAdvance("M") * 6,
                              max(8, QFontMetrics(small).height()))
            self._fonts[(italic, struck)] = found
        return found

    # --- tooltips ------------------------------------------------------------------------------
    def helpEvent(self, event, view, option, index) -> bool:
        handler = getattr(view, "tooltip_for", None)
        text = handler(event.pos(), index) if handler else None
        if text:
            from PySide6.QtWidgets import QToolTip

            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


LONG_WORD = 16  # letters: only a word longer than this is broken (with a hyphen) across lines


def wrap_text(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` pixels at spaces. A word too
    wide for a line gets a line of its own, elided; only a very long word (over ``LONG_WORD``
    letters) is broken with a hyphen, as print does ("Sond-age" read as two words on a board).
    The last line is elided."""
    lines: list[str] = []
    rest = " ".join(text.split())
    while rest and len(lines) < max_lines - 1:
        if metrics.horizontalAdvance(rest) <= width:
            break
        cut = len(rest)
        while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            lines.append(rest[:space].rstrip())
            rest = rest[space:].lstrip()
            continue
        word, _, after = rest.partition(" ")
        if len(word) <= LONG_WORD:
            lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width))
            rest = after
            continue
        while cut > 2 and metrics.horizontalAdvance(rest[:cut - 1] + "-") > width:
            cut -= 1
        cut = max(cut - 1, 1)
        lines.append(rest[:cut] + "-")
        rest = rest[cut:]
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


def _alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result

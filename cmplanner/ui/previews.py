"""Offline previews of a post as each network lays it out: the account's name, the text cut at
the network's fold with hashtags and links styled, the first image cropped to the network's
ratio, and a link card. Counting and cropping rules are the domain's (network_limits)."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from cmplanner.domain.entities import MediaItem, Network, Post
from cmplanner.domain.network_limits import (
    NetworkRules, crop_ratio, fold_index, urls, variant_text,
)

WIDTH = 300
_TOKENS = re.compile(r"(?<![\w&])#\w+|(?<![\w@])@\w+(?:@[\w.-]+)?")


def link_title(url: str) -> str:
    """The card title a link gives offline: its last path segment in words, else its site."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    slug = [p for p in parts.path.split("/") if p]
    if slug:
        words = re.sub(r"[-_]+", " ", re.sub(r"\.\w+$", "", slug[-1])).strip()
        if words:
            return words[:1].upper() + words[1:]
    return parts.netloc


def _styled(text: str) -> str:
    """``text`` as HTML with links, hashtags and mentions in the networks' link colour."""
    found = [(m.start(), m.end()) for m in _TOKENS.finditer(text)]
    position = 0
    for url in urls(text):
        start = text.find(url, position)
        if start >= 0:
            found.append((start, start + len(url)))
            position = start + len(url)
    found.sort()
    out, last = [], 0
    for start, end in found:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="color:#1d6fd8">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def preview_html(network: Network, rules: NetworkRules, text: str, more: str) -> str:
    cut = fold_index(text, rules)
    shown = _styled(text if cut is None else text[:cut])
    if cut is not None:
        shown += f'<span style="color:#777">… {html.escape(more)}</span>'
    name = html.escape(network.handle or network.label)
    return (f'<p style="margin:0"><b>{html.escape(network.label)}</b> '
            f'<span style="color:#777">{name}</span></p><p style="margin-top:4px">{shown}</p>')


def cropped(pixmap: QPixmap, ratio: float, width: int) -> QPixmap:
    """``pixmap`` cropped at its centre to ``ratio`` (width / height), ``width`` pixels wide."""
    w, h = pixmap.width(), pixmap.height()
    if w == 0 or h == 0:
        return pixmap
    if w / h > ratio:
        new_w = int(h * ratio)
        rect = QRect((w - new_w) // 2, 0, new_w, h)
    else:
        new_h = int(w / ratio)
        rect = QRect(0, (h - new_h) // 2, w, new_h)
    return crop(pixmap, rect).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def crop(pixmap: QPixmap, rect: QRect) -> QPixmap:
    """The part ``rect`` of ``pixmap`` (a new pixmap, drawn from the source)."""
    part = QPixmap(rect.size())
    part.fill(Qt.GlobalColor.transparent)
    painter = QPainter(part)
    painter.drawPixmap(0, 0, pixmap, rect.x(), rect.y(), rect.width(), rect.height())
    painter.end()
    return part


class PreviewCard(QFrame):
    """One network's preview of one post."""

    def __init__(self, network: Network, rules: NetworkRules, post: Post,
                 media: list[MediaItem], thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"preview_{network.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("PreviewCard { background: white; color: #111; }")
        self.setFixedWidth(WIDTH + 24)
        layout = QVBoxLayout(self)
        text = variant_text(post.text, post.variants, network.id)
        self.text = QLabel(preview_html(network, rules, text, self.tr("more")), self)
        self.text.setObjectName("previewText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.image = QLabel(self)
        self.image.setObjectName("previewImage")
        layout.addWidget(self.image)
        self.image.hide()
        if media:
            first = media[0]
            pixmap = thumbnails.pixmap(first) if thumbnails is not None else None
            ratio = crop_ratio(first.ratio or 1.0, rules.media)
            if pixmap is not None:
                self.image.setPixmap(cropped(pixmap, ratio, WIDTH))
            else:
                self.image.setText(self.tr("Photo {name} ({ratio}:1)").format(
                    name=first.filename, ratio=round(ratio, 2)))
            self.image.show()
            if len(media) > 1:
                layout.addWidget(QLabel(self.tr("%n more photo(s) in the carousel", "",
                                                len(media) - 1), self))
        links = urls(text)
        if links:
            card = QLabel(f'<span style="color:#777">{html.escape(urlsplit(links[0] if "://" in links[0] else "https://" + links[0]).netloc)}</span><br>'
                          f'<b>{html.escape(link_title(links[0]))}</b>', self)
            card.setObjectName("linkCard")
            card.setFrameShape(QFrame.Shape.Box)
            card.setWordWrap(True)
            layout.addWidget(card)
        layout.addStretch(1)


class PreviewStrip(QScrollArea):
    """Previews of a post on each of its networks, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewStrip")
        self.setWidgetResizable(True)
        self.cards: list[PreviewCard] = []

    def show_post(self, post: Post, networks: dict[int, Network], rules: dict, media: dict,
                  thumbnails) -> None:
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        attached = [media[i] for i in post.media_ids if i in media]
        self.cards = []
        for network_id in post.network_ids:
            network = networks.get(network_id)
            if network is None or network.kind not in rules:
                continue
            card = PreviewCard(network, rules[network.kind], post, attached, thumbnails, inner)
            self.cards.append(card)
            row.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        if not self.cards:
            row.addWidget(QLabel(self.tr("Choose a network to see its preview."), inner))
        row.addStretch(1)
        self.setWidget(inner)


class PreviewDialog(QDialog):
    """The meeting board's "Preview as published": what each network will show."""

    def __init__(self, ctx, post: Post, thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cmplanner.services.media import plan_readiness

        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Preview of {title}").format(title=post.title))
        readiness = plan_readiness(ctx.store)
        self.strip = PreviewStrip(self)
        self.strip.show_post(post, readiness.networks, readiness.rules, readiness.media, thumbnails)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip, 1)
        layout.addWidget(buttons)
        self.resize(min(1200, 40 + (WIDTH + 40) * max(1, len(self.strip.cards))), 560)

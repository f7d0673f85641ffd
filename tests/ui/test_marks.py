"""Every mark a chip paints has its own icon, shipped with the package and cached once drawn."""

from __future__ import annotations

from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.resources import resource_path
from cmplanner.ui.marks import (
    OTHER_MARKS, app_icon, icon_pixmap, network_icon_name, status_icon_name,
)


def test_every_network_status_and_mark_has_an_icon(qapp):
    names = ([network_icon_name(kind) for kind in NetworkKind] + [network_icon_name(None)]
             + [status_icon_name(status) for status in PostStatus] + [status_icon_name(None)]
             + [mark.icon for mark in OTHER_MARKS])
    assert len(set(names)) == len(names)
    for name in names:
        assert resource_path("icons", *name.split("/")).is_file(), name
        pixmap = icon_pixmap(name, 16)
        assert not pixmap.isNull() and pixmap.width() == 16
        image = pixmap.toImage()
        assert any(image.pixelColor(x, 8).alpha() > 0 for x in range(16)), f"{name} draws nothing"


def test_network_icons_differ_by_more_than_colour(qapp):
    """Two networks that share a colour (X and Threads) still have different pictograms."""
    x = icon_pixmap(network_icon_name(NetworkKind.X), 24).toImage()
    threads = icon_pixmap(network_icon_name(NetworkKind.THREADS), 24).toImage()
    assert x.pixelColor(3, 3) == threads.pixelColor(3, 3)  # same brand fill
    assert x != threads


def test_pixmaps_are_drawn_once_per_size(qapp):
    name = network_icon_name(NetworkKind.LINKEDIN)
    assert icon_pixmap(name, 12).cacheKey() == icon_pixmap(name, 12).cacheKey()
    assert icon_pixmap(name, 24).devicePixelRatio() == 1.0  # the same pixels at another ratio
    hidpi = icon_pixmap(name, 12, 2.0)
    assert hidpi.width() == 24 and hidpi.devicePixelRatio() == 2.0


def test_the_application_icon_has_every_size(qapp):
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes


def test_a_mark_icon_is_drawn_at_the_size_it_is_shown_at(qapp):
    """Filter lists and menus show marks at any size (meeting mode zooms): each size is drawn
    when asked for, sharp, and a disabled entry shows it greyed."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from cmplanner.ui.marks import mark_icon

    icon = mark_icon(network_icon_name(NetworkKind.YOUTUBE))
    for side in (16, 24, 48):
        pixmap = icon.pixmap(QSize(side, side))
        assert pixmap.width() == side
        assert pixmap.toImage() == icon_pixmap(network_icon_name(NetworkKind.YOUTUBE), side).toImage()
    copy = QIcon(icon)  # the engine goes with copies (menus, list items copy their icon)
    normal = copy.pixmap(QSize(24, 24)).toImage()
    disabled = copy.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    reds = [(x, y) for x in range(24) for y in range(24)
            if normal.pixelColor(x, y).red() > normal.pixelColor(x, y).green() + 60]
    assert reds  # YouTube's red
    assert all(abs(disabled.pixelColor(x, y).red() - disabled.pixelColor(x, y).green()) < 30
               for x, y in reds)

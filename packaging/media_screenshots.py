"""Screenshots of the post editor's counters and previews, the media library, the image-rights
register and the board's preview, in French.

    python packaging/media_screenshots.py [FOLDER]        (default: docs/screenshots/)

Builds the demo plan in a temporary file, adds X, Bluesky and Mastodon accounts, a few photos
drawn on the spot, a vertical video, three people shown with their consents (one for five years
from signature, one withdrawn), then grabs each screen offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from screenshots import SIZE, TODAY  # noqa: E402 (the demo's day and the window's size, shared)

PHOTOS = (("atelier-marqueterie.jpg", 1080, 1350, "#8d5a2b", "Atelier marqueterie"),
          ("equipe-lyon.jpg", 1600, 900, "#2b6f8d", "Équipe de Lyon"),
          ("salon-bois.jpg", 1080, 1080, "#4f8d2b", "Salon du bois"),
          ("portrait-lea.jpg", 1080, 1350, "#8d2b5a", "Portrait de Léa"),
          ("chantier-vitre.jpg", 3000, 1000, "#5a5a8d", "Chantier vitré"))


def draw(folder: Path, name: str, w: int, h: int, colour: str, words: str) -> Path:
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor(255, 255, 255, 60))
    painter.drawEllipse(w // 6, h // 6, w * 2 // 3, h * 2 // 3)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(16, min(h // 12, w // (len(words) + 2) * 3 // 2)))
    painter.setFont(font)
    painter.drawText(image.rect(), 0x84, words)  # centred
    painter.end()
    path = folder / name
    image.save(str(path), "JPEG", 85)
    return path


def film(folder: Path, name: str) -> Path:
    """A two-second vertical clip (a phone's interview), written with PyAV."""
    import av
    import numpy as np

    path = folder / name
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 360, 640, "yuv420p"
        for index in range(20):
            pixels = np.zeros((640, 360, 3), np.uint8)
            pixels[:] = (43, 90 + index * 3, 141)
            pixels[200:440, 60:300] = (240, 220, 180)
            for packet in stream.encode(av.VideoFrame.from_ndarray(pixels, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def shoot(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cmplanner.domain.entities import Consent, Network, Person
    from cmplanner.domain.enums import NetworkKind, PostStatus
    from cmplanner.domain.errors import Message
    from cmplanner.services import media as uc
    from cmplanner.services.changes import commit, save
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.services.references import save_reference
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window
    from cmplanner.ui.editors.post_editor import PostEditorDialog
    from cmplanner.ui.i18n import install_translators
    from cmplanner.ui.media_images import probe
    from screenshots import save_png

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("cmplanner-screenshots")
    app.setApplicationName("cmplanner-screenshots")
    QSettings().clear()
    install_translators(app, "fr")
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        store = PlanStore.open(tmp_path / "demo.cmplan")
        build_demo_plan(store, today=TODAY)
        for kind, name, handle in ((NetworkKind.X, "X", "@AteliersMorel"),
                                   (NetworkKind.BLUESKY, "Bluesky", "@ateliers-morel.fr"),
                                   (NetworkKind.MASTODON, "Mastodon", "@morel@piaille.fr")):
            store.networks.save(Network(kind, name, handle))
        networks = {n.label: n for n in store.networks.all()}
        source = tmp_path / "terrain"
        source.mkdir()
        files = [draw(source, *spec) for spec in PHOTOS]
        files.append(film(source, "interview-lea.mp4"))
        uc.import_media(store, files, probe)
        items = {m.filename: m for m in store.media.all()}
        shown = {name: save_reference(store, "people", None, Person(name)).created("people")[0].id
                 for name in ("Léa Martin", "Karim Benali (prestataire)", "Inès Roux")}
        uc.save_consent(store, None, Consent(
            "", person_id=shown["Léa Martin"], signed_on=date(2025, 9, 1), social=True,
            duration_months=60))
        karim = uc.save_consent(store, None, Consent(
            "", person_id=shown["Karim Benali (prestataire)"], signed_on=date(2025, 1, 10),
            social=True, network_kinds={NetworkKind.LINKEDIN, NetworkKind.FACEBOOK},
            expires_on=date(2027, 1, 9))).created("consents")[0]
        uc.save_consent(store, None, Consent("", person_id=shown["Inès Roux"],
                                             signed_on=date(2024, 3, 1), internal=True,
                                             social=False, duration_months=24))
        people = store.people.all()
        for name, alt, persons, tags in (
                ("atelier-marqueterie.jpg", "Léa assemble une marqueterie à l'atelier", ["Léa Martin"], ["atelier", "savoir-faire"]),
                ("equipe-lyon.jpg", "L'équipe de Lyon devant l'atelier", ["Karim Benali (prestataire)", "Léa Martin"], ["équipe", "Lyon"]),
                ("salon-bois.jpg", "", [], ["salon"]),
                ("portrait-lea.jpg", "Portrait de Léa Martin", ["Léa Martin"], ["portrait"]),
                ("interview-lea.mp4", "Léa raconte son métier", ["Léa Martin"], ["vidéo", "portrait"])):
            item = store.media.get(items[name].id)
            uc.update_media(store, item, replace(item, alt_text=alt, person_ids=[shown[n] for n in persons],
                                                 tags=tags, sender_id=people[1].id,
                                                 credit="Photo : site de Lyon"))
        items = {m.filename: m for m in store.media.all()}
        post = next(p for p in store.posts.all() if p.planned_at and p.status is PostStatus.DRAFT
                    and p.planned_at.date() >= TODAY)
        text = ("Portes ouvertes à l'atelier de Lyon samedi 28 mars ! 🪵✨ Venez voir Léa et "
                "toute l'équipe assembler une marqueterie de A à Z, du choix des essences "
                "jusqu'au vernis. Inscription : https://ateliers-morel.fr/portes-ouvertes "
                "#PortesOuvertes #SavoirFaire #semainedelartisanat")
        ids = [networks[n].id for n in ("LinkedIn", "Instagram", "X", "Bluesky", "Mastodon")]
        post = commit(store, Message("t"), [save("posts", post, replace(
            post, title="Portes ouvertes à Lyon", text=text, network_ids=ids,
            media_ids=[items["atelier-marqueterie.jpg"].id, items["equipe-lyon.jpg"].id],
            variants={networks["X"].id: text + " 👨‍👩‍👧‍👦 Toute la famille est la bienvenue, "
                      "ateliers pour enfants l'après-midi !",
                      networks["Mastodon"].id: "Portes ouvertes samedi à Lyon 🪵 "
                      "https://ateliers-morel.fr/portes-ouvertes avec @lea@piaille.fr"}))]
                      ).writes[0].after
        # scheduled and published posts showing Karim, whose consent is then withdrawn
        board_posts = [p for p in store.posts.all() if p.planned_at and p.planned_at.date() >= TODAY
                       and p.status is PostStatus.SCHEDULED][:2]
        for p in board_posts:
            commit(store, Message("t"), [save("posts", p, replace(p, media_ids=[items["equipe-lyon.jpg"].id]))])
        uc.withdraw_consent(store, store.consents.get(karim.id), TODAY - timedelta(days=1))

        month_posts = [p for p in store.posts.all() if p.planned_at and p.planned_at.date() >= TODAY
                       and p.planned_at.date() < TODAY + timedelta(days=14) and not p.media_ids]
        choices = [items[n].id for n in ("salon-bois.jpg", "portrait-lea.jpg", "chantier-vitre.jpg")]
        for n, p in enumerate(month_posts[:9]):
            uc.attach_media(store, p, [choices[n % 3]])

        window = build_main_window(store, today=lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.month_view.viewport().repaint()
        window.media_actions.thumbnails.wait()
        for _ in range(5):
            app.processEvents()
        written.append(save_png(window.grab(), folder / "month-covers-fr.png"))

        dialog = PostEditorDialog(window.ctx, store.posts.get(post.id), window)
        dialog.resize(1300, 860)
        dialog.show()
        dialog.tabs.setCurrentIndex(2)  # variants
        app.processEvents()
        written.append(save_png(dialog.grab(), folder / "post-editor-counters-fr.png"))
        dialog.tabs.setCurrentIndex(3)  # media
        dialog.thumbnails.wait()
        for _ in range(5):
            app.processEvents()
        written.append(save_png(dialog.grab(), folder / "post-editor-media-fr.png"))
        dialog.tabs.setCurrentWidget(dialog.previews)
        dialog.thumbnails.wait()
        for _ in range(5):
            app.processEvents()
        dialog._update_previews()
        app.processEvents()
        written.append(save_png(dialog.grab(), folder / "post-editor-previews-fr.png"))
        dialog.close()

        window.show_view("media")
        page = window.pages.page("media")
        window.media_actions.thumbnails.wait()
        for _ in range(5):
            app.processEvents()
        page.select(items["atelier-marqueterie.jpg"].id)
        app.processEvents()
        written.append(save_png(window.grab(), folder / "media-library-fr.png"))

        window.show_view("consents")
        consents = window.pages.page("consents")
        consents.select(karim.id)
        app.processEvents()
        written.append(save_png(window.grab(), folder / "image-rights-fr.png"))

        window.show_view("board")
        app.processEvents()
        chip = next(c for c in window.board_model.visible_chips() if c.post_id == post.id)
        window.items.selected_chip = lambda explicit=False: chip
        preview = window.media_actions.preview_selected()
        preview.resize(1400, 640)
        app.processEvents()
        written.append(save_png(preview.grab(), folder / "board-preview-fr.png"))
        preview.close()
        window.close()
        store.close()
    return written


if __name__ == "__main__":
    from screenshots import main

    main(shoot)

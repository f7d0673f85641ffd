"""The first window opens offscreen on a plan and follows the store."""

from __future__ import annotations

from cmplanner.domain.entities import Post
from cmplanner.ui.main_window import MainWindow
from cmplanner.ui.models.post_table_model import PostTableModel


def test_main_window_shows_the_demo_posts(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.posts_view.model()
    assert model.rowCount() == demo_store.posts.count()
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Notre atelier de Cholet fête ses 40 ans 🎉" in titles
    assert "Ateliers Morel" in window.windowTitle()
    assert window.statusBar().currentMessage().startswith(str(demo_store.posts.count()))


def test_table_follows_store_changes(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.posts_view.model().rowCount() == 0
    with qtbot.waitSignal(window.signals.changed):
        store.posts.save(Post("Nouvelle idée"))
    assert window.posts_view.model().index(0, 0).data() == "Nouvelle idée"


def test_post_table_model_passes_the_model_tester(qtmodeltester, demo_store):
    qtmodeltester.check(PostTableModel(demo_store))

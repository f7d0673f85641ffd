"""The review charts keep their axes from one drawing to the next (a new period only replaces
what they show): what they draw must be, to the pixel, what new axes draw."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from cmplanner.domain.period import parse_period
from cmplanner.interop import review_charts, review_strings
from cmplanner.services.review import ReviewFilter, review_figures
from tests.conftest import DEMO_TODAY


def _pixels(name, drawings, scale=1.0):
    fig = Figure(figsize=(6.2, 3.6), dpi=90)
    FigureCanvasAgg(fig)
    words = review_strings.words("fr")
    for figures in drawings:
        review_charts.figure(name, figures, words, font_scale=scale, fig=fig)
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("name", review_charts.CHARTS)
def test_a_chart_drawn_again_on_its_axes_equals_a_new_drawing(demo_copy_store, name):
    quarter = review_figures(demo_copy_store, parse_period("2026-Q1"), DEMO_TODAY)
    week = review_figures(demo_copy_store, parse_period("2026-W12"), DEMO_TODAY)
    networks = demo_copy_store.networks.all()
    one_network = review_figures(demo_copy_store, parse_period("2026-03"), DEMO_TODAY,
                                 ReviewFilter(network_id=networks[0].id))
    # A week writes each cell's numbers, a quarter the totals; a filter leaves fewer rows.
    assert np.array_equal(_pixels(name, [quarter, week]), _pixels(name, [week]))
    assert np.array_equal(_pixels(name, [week, one_network, quarter]), _pixels(name, [quarter]))
    # Meeting mode's larger fonts start the axes again.
    assert np.array_equal(_pixels(name, [quarter, week], scale=1.4),
                          _pixels(name, [week], scale=1.4))

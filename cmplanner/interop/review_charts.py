"""The review charts, drawn with matplotlib on plain ``Figure`` objects (no pyplot, no global
state): the dashboard puts them on a Qt canvas, the review pack saves them as PNG.

Every chart takes the period's ``ReviewFigures`` and a table of words (``text``) in the
reader's language, so the same drawing serves the French and the English interface and
documents. matplotlib is imported only here, and this module only when a chart is needed.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

from matplotlib.axes import Axes
from matplotlib.colors import Colormap
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from cmplanner.services.review import FUNNEL, ReviewFigures

CHARTS = ("cadence", "pillars", "audiences", "funnel", "coverage", "workload", "requests",
          "results_network", "results_pillar")

PLANNED, PUBLISHED, TARGET, OVER = "#7aa6d6", "#1f5f99", "#d9822b", "#c0392b"
LEFT = 0.26  # room for names on the left (pillars, networks, statuses)
CELL_NUMBERS = 72  # network × week cells beyond which the cadence chart writes totals only
MOST = 10  # people or referents shown; the others are summed up in the title


def _wrap(text: str, width: int = 18) -> str:
    """Long names on two or three lines, so the axis keeps its room."""
    return textwrap.fill(text, width, break_long_words=False) if len(text) > width else text


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _title(ax: Axes, text: str, **style: Any) -> None:
    """The axes' title, placed once: matplotlib otherwise measures every tick label at each
    drawing to lift a title over labels on top, which these charts never have."""
    ax.set_title(text, y=1.0, **style)


def _week_label(week) -> str:
    return f"{week.isocalendar()[1]:02d}"


def cadence(fig: Figure, f: ReviewFigures, t: dict) -> None:
    """Networks × weeks: posts planned (the number) and published (after the slash), each cell
    coloured by planned against what the cadence expects (red under, green on target)."""
    names = list(dict.fromkeys(r.name for r in f.network_weeks))
    weeks = f.period.weeks()
    [ax] = _axes(fig)
    ratio = [[1.0] * len(weeks) for _ in names]
    rows = {(r.name, r.week): r for r in f.network_weeks}
    # Each cell's numbers are written when they stay few (a text costs about 1 ms to draw);
    # beyond, each network's row label carries its totals.
    numbers = len(names) * len(weeks) <= CELL_NUMBERS
    for i, name in enumerate(names):
        for j, week in enumerate(weeks):
            row = rows.get((name, week))
            if row is not None and row.expected:
                ratio[i][j] = min(2.0, row.planned / row.expected)
            if row is not None and numbers:
                label = f"{row.planned}/{row.published}" if row.published else f"{row.planned}"
                ax.text(j, i, label, ha="center", va="center", fontsize="small")
    ax.imshow(ratio or [[1.0]], cmap=_cadence_colours(), vmin=0, vmax=2, aspect="auto",
              interpolation="nearest")
    if numbers:
        ax.set_yticks(range(len(names)), [_wrap(n) for n in names])
    else:
        totals = {name: [0, 0] for name in names}
        for row in f.network_weeks:
            totals[row.name][0] += row.planned
            totals[row.name][1] += row.published
        # One line a network (rows are close): long names are cut, the totals kept.
        ax.set_yticks(range(len(names)), [f"{_clip(n, 14)} {p}/{q}" for n, (p, q) in totals.items()],
                      fontsize="small")
    step = 1 if len(weeks) <= 8 else 2
    ax.set_xticks(range(len(weeks))[::step], [_week_label(w) for w in weeks][::step])
    ax.set_xlabel(textwrap.fill(t["week"] + " — " + t["cadence_legend"], 60))
    _title(ax, t["chart_cadence"])
    fig.subplots_adjust(left=LEFT, right=0.98, top=0.88, bottom=0.2)


def _mix(fig: Figure, rows, title: str, t: dict) -> None:
    [ax] = _axes(fig)
    names = [r.name for r in rows]
    ys = range(len(rows))
    ax.barh(ys, [100 * r.share for r in rows], color=PLANNED, label=t["actual"])
    targets = [(y, 100 * r.target) for y, r in zip(ys, rows) if r.target is not None]
    if targets:
        ax.scatter([x for _, x in targets], [y for y, _ in targets], marker="|", s=400,
                   color=TARGET, linewidths=3, label=t["target"], zorder=3)
    for y, r in zip(ys, rows):
        # After the bar and its target's mark, so the mark never crosses the figure.
        end = max(r.share, r.target if r.target is not None else 0.0)
        ax.text(100 * end + 1, y, f"{100 * r.share:.0f} % ({r.count})", va="center", fontsize=9)
    ax.set_yticks(list(ys), [_wrap(n) for n in names])
    ax.yaxis.set_inverted(True)
    ax.set_xlim(0, max([100 * r.share for r in rows] + [x for _, x in targets] + [10]) * 1.3)
    ax.set_xlabel("%", loc="left")
    if targets:  # the bars alone need no legend
        # Below the axes, on the right of the figure: inside, it covered the last bar's figure.
        ax.legend(loc="lower right", bbox_to_anchor=(0.98, 0.0), bbox_transform=fig.transFigure,
                  ncols=2, frameon=False, fontsize="small", markerscale=0.5)
    _title(ax, title)
    fig.subplots_adjust(left=LEFT, right=0.98, top=0.88, bottom=0.24 if targets else 0.16)


def pillars(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _mix(fig, f.pillar_mix, t["chart_pillars"], t)


def audiences(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _mix(fig, f.audience_mix, t["chart_audiences"], t)


def funnel(fig: Figure, f: ReviewFigures, t: dict) -> None:
    [ax] = _axes(fig)
    counts = [n for _, n in f.funnel]
    ys = range(len(counts))
    ax.barh(ys, counts, color=PUBLISHED)
    for y, n in zip(ys, counts):
        ax.text(n, y, f" {n}", va="center")
    ax.set_yticks(list(ys), [t["status_" + s.value] for s in FUNNEL])
    ax.yaxis.set_inverted(True)
    # Each bar says its count: no scale below, and room on the right for the largest count.
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.set_xlim(0, max(counts + [1]) * 1.15)
    waiting = len(f.waiting)
    oldest = max((w.age_days or 0 for w in f.waiting), default=0)
    _title(ax, t["chart_funnel"])
    ax.set_xlabel(textwrap.fill(t["waiting_line"].format(n=waiting, days=oldest), 60))
    fig.subplots_adjust(left=LEFT, right=0.98, top=0.88, bottom=0.2)


def coverage(fig: Figure, f: ReviewFigures, t: dict) -> None:
    [ax] = _axes(fig)
    share = f.coverage.share
    value = 100 * share if share is not None else 0
    colour = PUBLISHED if f.coverage.meets_target else OVER
    ax.barh([0], [value], color=colour, height=0.5)
    ax.axvline(100 * f.coverage.target, color=TARGET, linewidth=3, label=t["target"])
    ax.set_xlim(0, 100)
    ax.set_yticks([])
    ax.text(2, 0, t["coverage_line"].format(covered=f.coverage.covered, total=f.coverage.total,
                                            share="—" if share is None else f"{value:.0f} %"),
            va="center", color="white" if value > 50 else "black", fontsize=11)
    ax.set_xlabel("%")
    ax.legend(loc="upper left", fontsize="small")
    _title(ax, t["chart_coverage"])
    fig.subplots_adjust(left=0.04, right=0.98, top=0.8, bottom=0.3)


def workload(fig: Figure, f: ReviewFigures, t: dict) -> None:
    [ax] = _axes(fig)
    weeks = f.period.weeks()
    index = {w: i for i, w in enumerate(weeks)}
    peak: dict[int, float] = {}
    for r in f.workload:
        peak[r.person_id] = max(peak.get(r.person_id, 0.0), r.minutes / max(1, r.capacity_minutes))
    busiest = sorted(peak, key=lambda p: -peak[p])[:MOST]
    people = sorted(busiest, key=lambda p: f.people.get(p, "").casefold())
    for person in people:
        rows = [r for r in f.workload if r.person_id == person]
        xs = [index[r.week] for r in rows if r.week in index]
        ax.plot(xs, [r.hours for r in rows if r.week in index], marker="o",
                label=f.people.get(person, "?"))
        over = [(index[r.week], r.hours) for r in rows if r.over_capacity and r.week in index]
        if over:
            ax.scatter(*zip(*over), color=OVER, s=120, zorder=3, marker="X")
    capacities = {r.usual_capacity_hours for r in f.workload}  # a week with days off has less
    for capacity in capacities:
        ax.axhline(capacity, color=TARGET, linestyle="--", linewidth=1)
    step = 1 if len(weeks) <= 8 else 2
    ax.set_xticks(range(len(weeks))[::step], [_week_label(w) for w in weeks][::step], fontsize=8)
    ax.set_xlabel(t["week"])
    ax.set_ylabel(t["hours"])
    if people:
        ax.legend(loc="upper left", fontsize="x-small", ncols=2)
    others = len(peak) - len(people)
    _title(ax, t["chart_workload"] + (f" ({t['busiest'].format(n=len(people))})" if others > 0 else ""))
    fig.subplots_adjust(left=0.08, right=0.98, top=0.88, bottom=0.16)


def _grouped(ax, names, series: list[tuple[str, list[float], str]]) -> None:
    width = 0.8 / max(1, len(series))
    for i, (label, values, colour) in enumerate(series):
        ax.bar([x + i * width for x in range(len(names))], values, width, label=label, color=colour)
    ax.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(names))],
                  [_wrap(n, 14) for n in names],
                  fontsize="small", rotation=15)
    ax.legend(loc="upper right", fontsize="small")


def requests(fig: Figure, f: ReviewFigures, t: dict) -> None:
    [ax] = _axes(fig)
    rows = sorted(f.requests, key=lambda r: -r.received)[:MOST]
    _grouped(ax, [r.name for r in rows], [
        (t["received"], [r.received for r in rows], PLANNED),
        (t["answered"], [r.answered for r in rows], PUBLISHED),
        (t["overdue"], [r.overdue for r in rows], OVER)])
    _title(ax, t["chart_requests"] + (f" ({t['busiest'].format(n=len(rows))})"
                                        if len(f.requests) > len(rows) else ""))
    fig.subplots_adjust(left=0.08, right=0.98, top=0.88, bottom=0.22)


def _results(fig: Figure, rows, title: str, t: dict) -> None:
    reach_ax, ax = _axes(fig, width_ratios=(1, 2))
    names = [r.name for r in rows]
    reach_ax.barh(range(len(rows)), [r.reach for r in rows], color=PLANNED)
    reach_ax.set_yticks(range(len(rows)), [_wrap(n, 14) for n in names], fontsize="small")
    reach_ax.yaxis.set_inverted(True)
    _title(reach_ax, t["reach"], fontsize=10)
    _grouped(ax, names, [
        (t["reactions"], [r.reactions for r in rows], PUBLISHED),
        (t["comments"], [r.comments for r in rows], TARGET),
        (t["shares"], [r.shares for r in rows], "#5b9e5b")])
    fig.suptitle(title)
    fig.subplots_adjust(left=0.2, right=0.98, top=0.84, bottom=0.2, wspace=0.25)


def results_network(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _results(fig, f.results_by_network, t["chart_results_network"], t)


def results_pillar(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _results(fig, f.results_by_pillar, t["chart_results_pillar"], t)


DRAW: dict[str, Callable[[Figure, ReviewFigures, dict], None]] = {
    name: globals()[name] for name in CHARTS}


SIZES = {"coverage": (8, 1.8), "funnel": (8, 3.0), "cadence": (8, 4.2)}  # inches; the others are 8 × 3.6


def figure(name: str, figures: ReviewFigures, text: dict, size=None, dpi: int = 100,
           font_scale: float = 1.0, fig: Figure | None = None) -> Figure:
    """Draw chart ``name`` on ``fig`` (a new Figure when None). A figure that last showed the
    same chart at the same font scale keeps its axes (see ``_axes``)."""
    fig = fig or Figure(figsize=size or SIZES.get(name, (8, 3.6)), dpi=dpi)
    if getattr(fig, "_review_chart", None) != (name, font_scale):
        fig.clear()
        fig._review_chart = (name, font_scale)  # type: ignore[attr-defined]
    with _Fonts(font_scale):
        DRAW[name](fig, figures, text)
    return fig


def _axes(fig: Figure, width_ratios: tuple[int, ...] = (1,)) -> list[Axes]:
    """The chart's axes, side by side: those the figure already has, emptied of the previous
    drawing's bars, lines, texts and legend, or new ones. Creating the axes and their ticks was
    a third of drawing a chart: kept, a new period only replaces what it shows."""
    if len(fig.axes) != len(width_ratios):
        fig.clear()
        found = fig.subplots(1, len(width_ratios), squeeze=False,
                             gridspec_kw={"width_ratios": list(width_ratios)})
        return list(found[0])
    for ax in fig.axes:
        for artist in [*ax.patches, *ax.texts, *ax.lines, *ax.collections, *ax.images]:
            artist.remove()
        ax.containers.clear()  # the bars' groups, which a legend would list again
        legend = ax.get_legend()
        if legend is not None:
            legend.remove()
        ax.relim()
        # Limits from the new data alone, as new axes have them (even when there is no data).
        ax.viewLim.set_points(Bbox.unit().get_points())
        ax.autoscale(True)
        ax.set_prop_cycle(None)  # the lines' colours start again at the first
    return list(fig.axes)


@lru_cache(maxsize=1)
def _cadence_colours() -> Colormap:
    from matplotlib.colors import LinearSegmentedColormap

    return LinearSegmentedColormap.from_list("cadence", [OVER, "#f6f6f6", "#5b9e5b"])


def png(name: str, figures: ReviewFigures, text: dict, size=None, dpi: int = 110) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = figure(name, figures, text, size, dpi)
    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()



def unhinted() -> AbstractContextManager[None]:
    """A block in which text is drawn without FreeType's hinting: a fifth of the time a chart
    takes to draw, with no difference to see at the dashboard's sizes (matplotlib already
    renders glyphs at eight times the width to undo most of the hinting). rcParams are global:
    for the window's thread only, like ``_Fonts``."""
    import matplotlib

    return matplotlib.rc_context({"text.hinting": "no_hinting"})


class _Fonts:
    """Scale matplotlib's font sizes for a block (meeting mode reads from the back of a room)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale

    def __enter__(self):
        import matplotlib

        # rcParams are global: touched only when a scale asks for it (meeting mode, on the
        # window's thread), never by a document rendered in a worker.
        self._context = matplotlib.rc_context({"font.size": 10 * self.scale}) if self.scale != 1 else None
        if self._context is not None:
            self._context.__enter__()

    def __exit__(self, *exc):
        return self._context.__exit__(*exc) if self._context is not None else None

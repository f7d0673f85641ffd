"""The review charts, drawn with matplotlib on plain ``Figure`` objects (no pyplot, no global
state): the dashboard puts them on a Qt canvas, the review pack saves them as PNG.

Every chart takes the period's ``ReviewFigures`` and a table of words (``text``) in the
reader's language, so the same drawing serves the French and the English interface and
documents. matplotlib is imported only here, and this module only when a chart is needed.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from matplotlib.figure import Figure

from cmplanner.services.review import FUNNEL, ReviewFigures

CHARTS = ("cadence", "pillars", "audiences", "funnel", "coverage", "workload", "requests",
          "results_network", "results_pillar")

PLANNED, PUBLISHED, TARGET, OVER = "#7aa6d6", "#1f5f99", "#d9822b", "#c0392b"


def _week_label(week) -> str:
    return f"{week.isocalendar()[1]:02d}"


def cadence(fig: Figure, f: ReviewFigures, t: dict) -> None:
    """Planned and published per network and week, the cadence's expectation as a line."""
    names = list(dict.fromkeys(r.name for r in f.network_weeks))
    weeks = f.period.weeks()
    axes = fig.subplots(1, max(1, len(names)), sharey=True, squeeze=False)[0]
    for ax, name in zip(axes, names or [""]):
        rows = [r for r in f.network_weeks if r.name == name]
        xs = range(len(rows))
        ax.bar(xs, [r.planned for r in rows], color=PLANNED, label=t["planned"])
        ax.bar(xs, [r.published for r in rows], width=0.5, color=PUBLISHED, label=t["published"])
        if any(r.expected is not None for r in rows):
            ax.step(xs, [r.expected or 0 for r in rows], where="mid", color=TARGET,
                    linewidth=2, label=t["cadence"])
        ax.set_title(name)
        step = 1 if len(rows) <= 6 else 3
        ax.set_xticks(list(xs)[::step], [_week_label(w) for w in weeks][:len(rows)][::step], fontsize=8)
        ax.set_xlabel(t["week"])
    axes[0].legend(loc="upper left", fontsize=8)
    fig.suptitle(t["chart_cadence"])


def _mix(fig: Figure, rows, title: str, t: dict) -> None:
    ax = fig.subplots()
    names = [r.name for r in rows]
    ys = range(len(rows))
    ax.barh(ys, [100 * r.share for r in rows], color=PLANNED, label=t["actual"])
    targets = [(y, 100 * r.target) for y, r in zip(ys, rows) if r.target is not None]
    if targets:
        ax.scatter([x for _, x in targets], [y for y, _ in targets], marker="|", s=400,
                   color=TARGET, linewidths=3, label=t["target"], zorder=3)
    for y, r in zip(ys, rows):
        ax.text(100 * r.share + 1, y, f"{100 * r.share:.0f} % ({r.count})", va="center", fontsize=9)
    ax.set_yticks(list(ys), names)
    ax.invert_yaxis()
    ax.set_xlim(0, max([100 * r.share for r in rows] + [x for _, x in targets] + [10]) * 1.25)
    ax.set_xlabel("%")
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(title)


def pillars(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _mix(fig, f.pillar_mix, t["chart_pillars"], t)


def audiences(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _mix(fig, f.audience_mix, t["chart_audiences"], t)


def funnel(fig: Figure, f: ReviewFigures, t: dict) -> None:
    ax = fig.subplots()
    counts = [n for _, n in f.funnel]
    ys = range(len(counts))
    ax.barh(ys, counts, color=PUBLISHED)
    for y, n in zip(ys, counts):
        ax.text(n, y, f" {n}", va="center")
    ax.set_yticks(list(ys), [t["status_" + s.value] for s in FUNNEL])
    ax.invert_yaxis()
    waiting = len(f.waiting)
    oldest = max((w.age_days or 0 for w in f.waiting), default=0)
    ax.set_title(t["chart_funnel"])
    ax.set_xlabel(t["waiting_line"].format(n=waiting, days=oldest))


def coverage(fig: Figure, f: ReviewFigures, t: dict) -> None:
    ax = fig.subplots()
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
    ax.legend(loc="upper left", fontsize=8)
    ax.set_title(t["chart_coverage"])


def workload(fig: Figure, f: ReviewFigures, t: dict) -> None:
    ax = fig.subplots()
    weeks = f.period.weeks()
    index = {w: i for i, w in enumerate(weeks)}
    people = sorted({r.person_id for r in f.workload}, key=lambda p: f.people.get(p, "").casefold())
    for person in people:
        rows = [r for r in f.workload if r.person_id == person]
        xs = [index[r.week] for r in rows if r.week in index]
        ax.plot(xs, [r.hours for r in rows if r.week in index], marker="o",
                label=f.people.get(person, "?"))
        over = [(index[r.week], r.hours) for r in rows if r.over_capacity and r.week in index]
        if over:
            ax.scatter(*zip(*over), color=OVER, s=120, zorder=3, marker="X")
    capacities = {r.capacity_hours for r in f.workload}
    for capacity in capacities:
        ax.axhline(capacity, color=TARGET, linestyle="--", linewidth=1)
    step = 1 if len(weeks) <= 8 else 2
    ax.set_xticks(range(len(weeks))[::step], [_week_label(w) for w in weeks][::step], fontsize=8)
    ax.set_xlabel(t["week"])
    ax.set_ylabel(t["hours"])
    if people:
        ax.legend(loc="upper left", fontsize=8)
    ax.set_title(t["chart_workload"])


def _grouped(ax, names, series: list[tuple[str, list[float], str]]) -> None:
    width = 0.8 / max(1, len(series))
    for i, (label, values, colour) in enumerate(series):
        ax.bar([x + i * width for x in range(len(names))], values, width, label=label, color=colour)
    ax.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(names))], names,
                  fontsize=8, rotation=15)
    ax.legend(loc="upper right", fontsize=8)


def requests(fig: Figure, f: ReviewFigures, t: dict) -> None:
    ax = fig.subplots()
    rows = f.requests
    _grouped(ax, [r.name for r in rows], [
        (t["received"], [r.received for r in rows], PLANNED),
        (t["answered"], [r.answered for r in rows], PUBLISHED),
        (t["overdue"], [r.overdue for r in rows], OVER)])
    ax.set_title(t["chart_requests"])


def _results(fig: Figure, rows, title: str, t: dict) -> None:
    reach_ax, ax = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 2]})
    names = [r.name for r in rows]
    reach_ax.barh(range(len(rows)), [r.reach for r in rows], color=PLANNED)
    reach_ax.set_yticks(range(len(rows)), names, fontsize=8)
    reach_ax.invert_yaxis()
    reach_ax.set_title(t["reach"], fontsize=10)
    _grouped(ax, names, [
        (t["reactions"], [r.reactions for r in rows], PUBLISHED),
        (t["comments"], [r.comments for r in rows], TARGET),
        (t["shares"], [r.shares for r in rows], "#5b9e5b")])
    fig.suptitle(title)


def results_network(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _results(fig, f.results_by_network, t["chart_results_network"], t)


def results_pillar(fig: Figure, f: ReviewFigures, t: dict) -> None:
    _results(fig, f.results_by_pillar, t["chart_results_pillar"], t)


DRAW: dict[str, Callable[[Figure, ReviewFigures, dict], None]] = {
    name: globals()[name] for name in CHARTS}


SIZES = {"coverage": (8, 1.8), "funnel": (8, 3.0)}  # inches; the others are 8 × 3.6


def figure(name: str, figures: ReviewFigures, text: dict, size=None, dpi: int = 100,
           font_scale: float = 1.0, fig: Figure | None = None) -> Figure:
    """Draw chart ``name`` on ``fig`` (a new Figure when None)."""
    fig = fig or Figure(figsize=size or SIZES.get(name, (8, 3.6)), dpi=dpi)
    fig.clear()
    with _fonts(font_scale):
        DRAW[name](fig, figures, text)
        fig.tight_layout()
    return fig


def png(name: str, figures: ReviewFigures, text: dict, size=None, dpi: int = 110) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = figure(name, figures, text, size, dpi)
    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


class _fonts:
    """Scale matplotlib's font sizes for a block (meeting mode reads from the back of a room)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale

    def __enter__(self):
        import matplotlib

        self._context = matplotlib.rc_context({"font.size": 10 * self.scale})
        self._context.__enter__()

    def __exit__(self, *exc):
        return self._context.__exit__(*exc)

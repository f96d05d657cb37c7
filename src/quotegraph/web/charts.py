"""Server-rendered SVG charts: the geometry of a quotes-per-month bar chart and of role lanes; pure, no I/O.

Templates draw the SVG from these records, so pages need no chart library and fetch nothing at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.web.schemas import RolePublic, ValueCountPublic

#: Above this many months the chart shows years instead.
MAX_MONTH_BARS = 120
#: Below this many months the chart widens its range back to this many.
MIN_MONTH_BARS = 12
_LEFT, _RIGHT, _TOP, _BOTTOM = 36, 8, 8, 22


@dataclass(frozen=True)
class Bar:
    """One bar: its box in SVG units, the period it covers and its count."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


@dataclass(frozen=True)
class Tick:
    """An axis label at a position."""

    at: float
    label: str


@dataclass(frozen=True)
class Lane:
    """A role drawn from its first to its last sighting on the chart's time axis, its name beside the bar.

    ``text_x`` and ``anchor`` place the role's name: from the bar's start, or ending at its end when the bar
    lies in the right half (so the name stays inside the chart).
    """

    x: float
    width: float
    role: str
    label: str
    text_x: float = 0.0
    anchor: str = "start"


@dataclass(frozen=True)
class BarChart:
    """A bar chart of quotes over time, in a ``width`` × ``height`` SVG viewBox."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    periods: tuple[str, ...]
    unit: str
    summary: str
    plot_left: int = _LEFT
    plot_bottom: int = 0

    def x_of(self, day: str | None) -> float | None:
        """Return the x position of a ``YYYY-MM-DD`` day on the time axis, or None when outside it."""
        if not day or not self.periods:
            return None
        key = day[:7] if self.unit == "month" else day[:4]
        if key not in self.periods:
            return None
        step = (self.width - _LEFT - _RIGHT) / len(self.periods)
        return _LEFT + self.periods.index(key) * step + step / 2


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _periods(months: list[ValueCountPublic]) -> tuple[list[str], dict[str, int], str]:
    """Return the periods to draw (every month between the first and last, or years), their counts, the unit."""
    counts = {m.value: m.count for m in months}
    periods = _month_range(months[0].value, months[-1].value)
    if len(periods) < MIN_MONTH_BARS:  # a lone bar would fill the chart: show the year up to the last month
        start = int(periods[-1][:4]) * 12 + int(periods[-1][5:7]) - MIN_MONTH_BARS
        periods = _month_range(f"{start // 12:04d}-{start % 12 + 1:02d}", periods[-1])
    if len(periods) <= MAX_MONTH_BARS:
        return periods, counts, "month"
    years: dict[str, int] = {}
    for month, n in counts.items():
        years[month[:4]] = years.get(month[:4], 0) + n
    first, last = int(periods[0][:4]), int(periods[-1][:4])
    return [str(y) for y in range(first, last + 1)], years, "year"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if value <= step * 4:
            return step * 4
    return value


def _x_ticks(periods: list[str], unit: str, step: float) -> tuple[Tick, ...]:
    """Label January of each year (months) or every few years, at most about ten labels."""
    if unit == "month":
        marks = [(n, p) for n, p in enumerate(periods) if p.endswith("-01") or n == 0]
    else:
        marks = list(enumerate(periods))
    every = len(marks) // 10 + 1
    return tuple(Tick(_LEFT + n * step, p[:4] if p.endswith("-01") or unit == "year" else p) for n, p in marks[::every])


def month_chart(months: list[ValueCountPublic], width: int = 720, height: int = 170) -> BarChart | None:
    """Lay out a bar chart of quotes per month (or per year over long spans).

    Args:
        months: ``YYYY-MM`` counts, oldest first, months without quotes left out.
        width: The viewBox width.
        height: The viewBox height.

    Returns:
        The chart, or None when there is nothing to draw.
    """
    months = sorted((m for m in months if len(m.value) == 7), key=lambda m: m.value)
    if not months:
        return None
    periods, counts, unit = _periods(months)
    top = _nice_max(max(counts.values()))
    plot_w, plot_h = width - _LEFT - _RIGHT, height - _TOP - _BOTTOM
    step = plot_w / len(periods)
    gap = min(2.0, step * 0.2)
    bars = []
    for n, period in enumerate(periods):
        value = counts.get(period, 0)
        h = plot_h * value / top
        label = f"{period}: {value} {'quote' if value == 1 else 'quotes'}"
        bars.append(Bar(_LEFT + n * step + gap / 2, _TOP + plot_h - h, max(step - gap, 0.5), h, label, value))
    y_ticks = tuple(Tick(_TOP + plot_h - plot_h * v / top, str(v)) for v in (0, top // 2, top))
    summary = (
        f"{sum(counts.values())} dated quotes from {periods[0]} to {periods[-1]}, per {unit}; "
        f"most in one {unit}: {max(counts.values())}"
    )
    return BarChart(
        width,
        height,
        tuple(bars),
        _x_ticks(periods, unit, step),
        y_ticks,
        tuple(periods),
        unit,
        summary,
        plot_bottom=_TOP + plot_h,
    )


def role_lanes(chart: BarChart | None, roles: list[RolePublic]) -> list[Lane]:
    """Place each role from its first to its last sighting on a chart's time axis (roles without dates are left out).

    Args:
        chart: The quotes-per-month chart whose axis the lanes share.
        roles: The speaker's roles, earliest first.
    """
    if chart is None:
        return []
    step = (chart.width - _LEFT - _RIGHT) / len(chart.periods)
    lanes = []
    for role in roles:
        start, end = chart.x_of(role.first_seen), chart.x_of(role.last_seen)
        if start is None or end is None:
            continue
        label = f"{role.role}: {role.first_seen} to {role.last_seen}, {role.quotes} quotes"
        x, width = start - step / 2, max(end - start + step, 3.0)
        right = x > chart.width / 2
        lanes.append(Lane(x, width, role.role, label, x + width - 4 if right else x + 4, "end" if right else "start"))
    return lanes

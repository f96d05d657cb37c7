"""Chart geometry: bars for every month between the first and last, years over long spans, role lanes."""

from __future__ import annotations

from quotegraph.web.charts import MAX_MONTH_BARS, MIN_MONTH_BARS, month_chart, role_lanes
from quotegraph.web.schemas import RolePublic, ValueCountPublic


def _months(*pairs: tuple[str, int]) -> list[ValueCountPublic]:
    return [ValueCountPublic(value=v, count=n) for v, n in pairs]


def test_month_chart_fills_gaps_and_scales_bars() -> None:
    chart = month_chart(_months(("2023-11", 2), ("2024-02", 4)))
    assert chart is not None and chart.unit == "month"
    assert len(chart.bars) == MIN_MONTH_BARS  # widened back to a year
    assert [b.label for b in chart.bars[-4:]] == [
        "2023-11: 2 quotes",
        "2023-12: 0 quotes",
        "2024-01: 0 quotes",
        "2024-02: 4 quotes",
    ]
    assert chart.bars[0].label == "2023-03: 0 quotes"
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.value == 4 and chart.bars[-4].height == tallest.height / 2
    assert all(b.x >= 0 and b.x + b.width <= chart.width for b in chart.bars)
    assert [t.label for t in chart.x_ticks] == ["2023-03", "2024"]


def test_month_chart_keeps_long_month_ranges() -> None:
    chart = month_chart(_months(("2020-01", 1), ("2021-12", 1)))
    assert chart is not None and len(chart.bars) == 24 and chart.bars[0].label.startswith("2020-01")


def test_month_chart_shows_years_over_long_spans() -> None:
    chart = month_chart(_months(("2000-01", 1), ("2024-12", 3)))
    assert chart is not None and chart.unit == "year" and len(chart.bars) == 25
    assert len(chart.x_ticks) <= 13 and MAX_MONTH_BARS < 25 * 12


def test_month_chart_of_nothing_is_none() -> None:
    assert month_chart([]) is None


def test_role_lanes_span_first_to_last_sighting() -> None:
    chart = month_chart(_months(("2024-01", 1), ("2024-06", 1)))
    roles = [
        RolePublic(role="senator", first_seen="2024-01-05", last_seen="2024-02-01", quotes=2),
        RolePublic(role="governor", first_seen="2024-06-01", last_seen="2024-06-02", quotes=1),
        RolePublic(role="undated", first_seen=None, last_seen=None, quotes=1),
    ]
    lanes = role_lanes(chart, roles)
    assert [lane.role for lane in lanes] == ["senator", "governor"]
    assert lanes[0].x < lanes[1].x and lanes[0].width > lanes[1].width
    assert role_lanes(None, roles) == []


def test_role_lane_names_stay_inside_the_chart() -> None:
    chart = month_chart(_months(("2024-06", 3)))
    assert chart is not None
    (lane,) = role_lanes(chart, [RolePublic(role="envoy", first_seen="2024-06-01", last_seen="2024-06-09", quotes=3)])
    assert lane.anchor == "end" and lane.text_x <= chart.width

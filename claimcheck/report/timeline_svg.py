"""A measure's timeline as a small inline SVG chart, for the HTML report.

Values go up the chart, as-of times to the right; each source is one marker
shape-and-shade, named in a legend. Text from articles goes through
:func:`html.escape`; the drawing has no scripts, links or external references.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from claimcheck.report.timeline import Timeline

_WIDTH = 720
_HEIGHT = 180
_LEFT = 70  # value labels
_RIGHT = 230  # legend
_TOP = 12
_BOTTOM = 30  # time labels
_LEGEND_CHARS = 26
_PAD = 14
_SHADES = ("#1f4e79", "#b03a2e", "#1e8449", "#7d3c98", "#b9770e", "#117a65")


def timeline_svg(timeline: Timeline) -> str:
    """Each source's values over as-of time, on shared axes.

    Example:
        >>> import datetime as dt
        >>> from claimcheck.report.timeline import TimelinePoint
        >>> at = dt.datetime(2025, 3, 4, tzinfo=dt.UTC)
        >>> p = TimelinePoint("<Wire>", "a", at, "publication", 12.0, "12", "a@1:1")
        >>> svg = timeline_svg(Timeline("deaths", "", (p,), ("12 on 2025-03-04",)))
        >>> svg.startswith("<svg") and "&lt;Wire&gt;" in svg and "<Wire>" not in svg
        True
    """
    points = timeline.points
    times = [p.as_of.timestamp() for p in points]
    values = [p.value for p in points]
    t0, t1 = min(times), max(times)
    v0, v1 = min(0.0, min(values)), max(values)
    plot_w, plot_h = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _TOP - _BOTTOM
    sources = list(dict.fromkeys(p.source for p in points))

    def x(t: float) -> float:  # inset so end points clear the axis and the legend
        share = 0.5 if t1 == t0 else (t - t0) / (t1 - t0)
        return _LEFT + _PAD + share * (plot_w - 2 * _PAD)

    def y(v: float) -> float:
        return _TOP + (1 - (0.5 if v1 == v0 else (v - v0) / (v1 - v0))) * plot_h

    title = f"{timeline.measure} over time"
    parts = [
        f'<svg class="timeline" role="img" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        f'width="{_WIDTH}" height="{_HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" stroke="#888" x1="{_LEFT}" y1="{_TOP + plot_h}" '
        f'x2="{_LEFT + plot_w}" y2="{_TOP + plot_h}"/>',
        f'<line class="axis" stroke="#888" x1="{_LEFT}" y1="{_TOP}" '
        f'x2="{_LEFT}" y2="{_TOP + plot_h}"/>',
        _label(_LEFT - 6, y(v1) + 4, _number(v1), "end"),
        _label(_LEFT - 6, y(v0) + 4, _number(v0), "end"),
        _label(x(t0), _HEIGHT - 10, _when(points[times.index(t0)].as_of), "start"),
    ]
    if t1 != t0:
        parts.append(_label(x(t1), _HEIGHT - 10, _when(points[times.index(t1)].as_of), "end"))
    for point in points:
        shade = _SHADES[sources.index(point.source) % len(_SHADES)]
        parts.append(
            f'<circle cx="{x(point.as_of.timestamp()):.1f}" cy="{y(point.value):.1f}" r="5" '
            f'fill="{shade}"><title>{escape(f"{point.source}: {point.text}")}</title></circle>'
        )
    for i, source in enumerate(sources):
        shade = _SHADES[i % len(_SHADES)]
        ly = _TOP + 8 + i * 18
        parts.append(f'<circle cx="{_WIDTH - _RIGHT + 16}" cy="{ly}" r="5" fill="{shade}"/>')
        name = source if len(source) <= _LEGEND_CHARS else source[: _LEGEND_CHARS - 1] + "…"
        parts.append(_label(_WIDTH - _RIGHT + 26, ly + 4, name, "start"))
    parts.append("</svg>")
    return "".join(parts)


def _label(x: float, y: float, text: str, anchor: str) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(text)}</text>'


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:g}"


def _when(moment: dt.datetime) -> str:
    if (moment.hour, moment.minute) == (0, 0):
        return moment.strftime("%Y-%m-%d")  # a publication day, not a minute
    return moment.strftime("%Y-%m-%d %H:%M UTC")

"""The interval picture as inline SVG, for the HTML report.

Every string that comes from an article or a rule goes through
:func:`html.escape`; the drawing has no scripts, links or external references.
"""

from __future__ import annotations

from html import escape

from claimcheck.report.intervals import IntervalPicture

_WIDTH = 640
_LABEL = 170  # left column for source names
_VALUE = 130  # right column for the quotes
_ROW = 22
_TOP = 8


def interval_svg(picture: IntervalPicture, title: str) -> str:
    """One bar per source on a shared axis, with the axis ends labelled.

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> from claimcheck.report.intervals import Bar
        >>> p = IntervalPicture(ClaimKind.COUNT, 0, 10, (Bar("<A>", 1, 2, "1"),), "1", "2")
        >>> svg = interval_svg(p, "deaths")
        >>> svg.startswith("<svg") and "&lt;A&gt;" in svg and "<A>" not in svg
        True
    """
    plot = _WIDTH - _LABEL - _VALUE
    height = _TOP + _ROW * len(picture.bars) + 26
    parts = [
        f'<svg class="intervals" role="img" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, bar in enumerate(picture.bars):
        y = _TOP + i * _ROW
        x0 = _LABEL + picture.position(bar.low) * plot
        x1 = _LABEL + picture.position(bar.high) * plot
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + 14}" text-anchor="end">{escape(bar.label)}</text>'
        )
        parts.append(
            f'<line class="track" x1="{_LABEL}" y1="{y + 10}" x2="{_LABEL + plot}" y2="{y + 10}"/>'
        )
        if x1 - x0 < 2:  # a point value: a tick, not an invisible sliver
            parts.append(
                f'<rect class="point" x="{x0 - 1.5:.1f}" y="{y + 2}" width="3" height="16"/>'
            )
        else:
            parts.append(
                f'<rect class="bar" x="{x0:.1f}" y="{y + 4}" width="{x1 - x0:.1f}" height="12"/>'
            )
        parts.append(f'<text x="{_LABEL + plot + 8}" y="{y + 14}">{escape(bar.value)}</text>')
    axis_y = _TOP + _ROW * len(picture.bars) + 4
    low_x = _LABEL + picture.position(min(b.low for b in picture.bars)) * plot
    high_x = _LABEL + picture.position(max(b.high for b in picture.bars)) * plot
    parts += [
        f'<line class="axis" x1="{_LABEL}" y1="{axis_y}" x2="{_LABEL + plot}" y2="{axis_y}"/>',
        f'<text class="tick" x="{low_x:.1f}" y="{axis_y + 16}" text-anchor="start">'
        f"{escape(picture.low_label)}</text>",
        f'<text class="tick" x="{high_x:.1f}" y="{axis_y + 16}" text-anchor="end">'
        f"{escape(picture.high_label)}</text>",
        "</svg>",
    ]
    return "".join(parts)

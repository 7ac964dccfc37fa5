"""Small server-rendered SVG charts: bars over time, lines over time, bars per category.

No JavaScript and no plotting library: a chart is a few dozen SVG elements, built here in
well under a millisecond. Each chart has a <title> and <desc> and the page always shows
the same numbers in a table next to it, which is what screen readers should use.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
# Palette with at least 4.5:1 contrast on white (WCAG AA for graphics and text).
COLOURS = ("#1f4e79", "#a4461e", "#2d6a2d", "#6b3f8f")


def nice_max(value: float) -> float:
    """A round upper bound for an axis (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def _frame(title: str, desc: str, body: list[str], height: int = HEIGHT) -> Markup:
    ident = f"c{zlib.crc32((title + desc).encode()):08x}"  # stable across processes
    head = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{ident}t {ident}d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}t">{escape(title)}</title><desc id="{ident}d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _axes(top: float, n: int) -> tuple[list[str], float, float]:
    """Y grid and labels; returns the SVG parts, the plot width and the slot width."""
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    parts = []
    for i in range(5):
        value = top * i / 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">'
            f"{_fmt(value)}</text>"
        )
    return parts, plot_w, plot_w / max(n, 1)


def _x_labels(labels: Sequence[str], slot: float) -> list[str]:
    every = max(1, math.ceil(len(labels) / 12))
    parts = []
    for i, label in enumerate(labels):
        if i % every:
            continue
        x = LEFT + slot * (i + 0.5)
        short = label[5:] if len(label) == 10 else label  # MM-DD for days
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" class="tick" text-anchor="middle">'
            f"{escape(short)}</text>"
        )
    return parts


def bar_chart(points: Sequence[tuple[str, int]], *, title: str, desc: str) -> Markup:
    """Vertical bars, one per period bucket."""
    top = nice_max(max((v for _, v in points), default=0))
    parts, _, slot = _axes(top, len(points))
    plot_h = HEIGHT - TOP - BOTTOM
    bar = max(1.0, slot * 0.7)
    for i, (label, value) in enumerate(points):
        h = plot_h * value / top
        x = LEFT + slot * i + (slot - bar) / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
            f'fill="{COLOURS[0]}"><title>{escape(label)}: {value:,}</title></rect>'
        )
    parts += _x_labels([label for label, _ in points], slot)
    return _frame(title, desc, parts)


def line_chart(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *, title: str, desc: str
) -> Markup:
    """One line per series over the same buckets, with a legend."""
    top = nice_max(max((v for _, values in series for v in values), default=0))
    parts, _, slot = _axes(top, len(labels))
    plot_h = HEIGHT - TOP - BOTTOM
    for k, (name, values) in enumerate(series):
        colour = COLOURS[k % len(COLOURS)]
        coords = " ".join(
            f"{LEFT + slot * (i + 0.5):.1f},{TOP + plot_h - plot_h * v / top:.1f}"
            for i, v in enumerate(values)
        )
        dash = ' stroke-dasharray="6 3"' if k % 2 else ""
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
        )
        lx = LEFT + 8 + 150 * k
        parts.append(
            f'<line x1="{lx}" y1="{TOP + 6}" x2="{lx + 20}" y2="{TOP + 6}" stroke="{colour}" '
            f'stroke-width="2"{dash}/><text x="{lx + 26}" y="{TOP + 10}" class="legend">'
            f"{escape(name)}</text>"
        )
    parts += _x_labels(labels, slot)
    return _frame(title, desc, parts)


def hbar_chart(rows: Sequence[tuple[str, int]], *, title: str, desc: str) -> Markup:
    """Horizontal bars, one per category, longest first."""
    rows = sorted(rows, key=lambda r: -r[1])
    label_w, row_h = 250, 26
    height = TOP + row_h * max(len(rows), 1) + 8
    top = nice_max(max((v for _, v in rows), default=0))
    span = WIDTH - label_w - RIGHT - 60
    parts = []
    for i, (label, value) in enumerate(rows):
        y = TOP + row_h * i
        w = span * value / top
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" class="tick" text-anchor="end">'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
            f'fill="{COLOURS[0]}"/><text x="{label_w + w + 6:.1f}" y="{y + 17}" class="tick">'
            f"{value:,}</text>"
        )
    return _frame(title, desc, parts, height)

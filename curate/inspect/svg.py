"""Small hand-written SVG plots: histograms with threshold lines, and horizontal bars.

Inline SVG needs no library and no network, and scales to the page's width through its
viewBox (`width: 100%` in the page's CSS), so a plot never makes the page scroll sideways.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

import numpy as np

WIDTH = 640
HEIGHT = 220
LEFT, RIGHT, TOP, BOTTOM = 52, 16, 30, 40  # the legend sits above the plot
BAR_TOP = 6
COLOURS = ("#4c78a8", "#f58518", "#54a24b")


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _range(series: list[Sequence[float]], clip_quantile: float) -> tuple[float, float]:
    values = np.concatenate([np.asarray(s, dtype=float) for s in series])
    low = float(values.min())
    high = float(np.quantile(values, clip_quantile, method="lower"))
    if high <= low:
        high = low + 1
    return low, high


def histogram(
    series: dict[str, Sequence[float]],
    title: str,
    x_label: str,
    thresholds: list[tuple[float, str]] | None = None,
    bins: int = 30,
    clip_quantile: float = 0.99,
    stacked: bool = False,
    value_range: tuple[float, float] | None = None,
) -> str:
    """Counts of each series in `bins` equal bins; values past the clip go in the last bin.

    `thresholds` are `(x, label)` pairs drawn as vertical lines (the filter's settings).
    `stacked` piles the series (kept and removed together make all documents); otherwise they
    are drawn side by side in each bin. `value_range` fixes the axis (a score from 0 to 1).
    """
    named = {name: values for name, values in series.items() if len(values)}
    if not named:
        return _empty(title)
    low, high = value_range or _range(list(named.values()), clip_quantile)
    for x, _ in thresholds or []:
        if low - (high - low) <= x <= high + (high - low):
            low, high = min(low, x), max(high, x)
    counts = {
        name: np.histogram(np.clip(np.asarray(values, dtype=float), low, high), bins, (low, high))[
            0
        ].tolist()
        for name, values in named.items()
    }
    tops = (
        [sum(col) for col in zip(*counts.values(), strict=True)]
        if stacked
        else [max(row[i] for row in counts.values()) for i in range(bins)]
    )
    peak = max(tops) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return LEFT + (x - low) / (high - low) * plot_w

    def sy(y: float) -> float:
        return TOP + plot_h - y / peak * plot_h

    parts = [_open(title)]
    parts += _axes(peak, plot_w, plot_h)
    bar_w = plot_w / bins
    base = [0] * bins
    for series_index, (name, row) in enumerate(counts.items()):
        colour = COLOURS[series_index % len(COLOURS)]
        for i, value in enumerate(row):
            if not value:
                continue
            if stacked:
                x, width = LEFT + i * bar_w, bar_w - 1
                y0, y1 = sy(base[i] + value), sy(base[i])
                base[i] += value
            else:
                width = (bar_w - 1) / len(counts)
                x = LEFT + i * bar_w + series_index * width
                y0, y1 = sy(value), sy(0)
            parts.append(
                f'<rect x="{x:.1f}" y="{y0:.1f}" width="{max(width, 0.5):.1f}" '
                f'height="{max(y1 - y0, 0.5):.1f}" fill="{colour}">'
                f"<title>{escape(name)}: {value:,}</title></rect>"
            )
    for x, label in thresholds or []:
        if low <= x <= high:
            px = sx(x)
            right = px > LEFT + plot_w * 0.6
            parts.append(
                f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{TOP}" y2="{TOP + plot_h}" '
                'stroke="#d62728" stroke-width="2" stroke-dasharray="5 3"/>'
                f'<text x="{px - 4 if right else px + 4:.1f}" y="{TOP + 10}" font-size="11" '
                f'fill="#d62728" text-anchor="{"end" if right else "start"}">'
                f"{escape(label)}</text>"
            )
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        value = low + fraction * (high - low)
        anchor = {0: "start", 1: "end"}.get(fraction, "middle")
        last = "+" if fraction == 1 and value_range is None else ""
        parts.append(
            f'<text x="{LEFT + fraction * plot_w:.1f}" y="{TOP + plot_h + 14}" font-size="11" '
            f'text-anchor="{anchor}">{_number(value)}{last}</text>'
        )
    parts.append(
        f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 4}" font-size="11" '
        f'text-anchor="middle">{escape(x_label)}</text>'
    )
    parts += _legend(list(counts))
    parts.append("</svg>")
    return "".join(parts)


def bars(counts: dict[str, int], title: str, limit: int = 20) -> str:
    """Horizontal bars, largest first; past `limit` names the rest are one bar."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return _empty(title)
    if len(items) > limit:
        rest = sum(v for _, v in items[limit - 1 :])
        items = items[: limit - 1] + [(f"{len(counts) - limit + 1} others", rest)]
    row_h = 18
    label_w = 170
    height = BAR_TOP + row_h * len(items) + 8
    peak = max(v for _, v in items) or 1
    plot_w = WIDTH - label_w - 70
    parts = [_open(title, height)]
    for i, (name, value) in enumerate(items):
        y = BAR_TOP + i * row_h
        width = max(value / peak * plot_w, 1)
        label = name if len(name) <= 26 else name[:25] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 12}" font-size="11" text-anchor="end">'
            f"{escape(label)}<title>{escape(name)}</title></text>"
            f'<rect x="{label_w}" y="{y + 2}" width="{width:.1f}" height="{row_h - 5}" '
            f'fill="{COLOURS[0]}"><title>{escape(name)}: {value:,}</title></rect>'
            f'<text x="{label_w + width + 4:.1f}" y="{y + 12}" font-size="11">{value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _open(title: str, height: int = HEIGHT) -> str:
    return (
        f'<svg class="plot" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">'
        f"<title>{escape(title)}</title>"
    )


def _axes(peak: int, plot_w: float, plot_h: float) -> list[str]:
    parts = [
        f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}" stroke="#888"/>',
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        'stroke="#888"/>',
    ]
    ticks = sorted({0, math.ceil(peak / 2), peak})
    for tick in ticks:
        y = TOP + plot_h - tick / peak * plot_h
        parts.append(
            f'<text x="{LEFT - 4}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{tick:,}</text>'
        )
    return parts


def _legend(names: list[str]) -> list[str]:
    if len(names) < 2:
        return []
    parts = []
    for i, name in enumerate(names):
        colour = COLOURS[i % len(COLOURS)]
        x = LEFT + i * 150
        parts.append(
            f'<rect x="{x}" y="4" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="13" font-size="11">{escape(name)}</text>'
        )
    return parts


def _empty(title: str) -> str:
    return (
        f'<svg class="plot" viewBox="0 0 {WIDTH} 40" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">'
        f'<title>{escape(title)}</title><text x="8" y="24" font-size="12" fill="#666">'
        "no data</text></svg>"
    )

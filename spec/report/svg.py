"""A small SVG writer, and the one palette both pictures use.

Pictures are written as text, element by element, so they need no drawing
library and come out byte for byte the same for the same run. Every status
colour comes with a word or a mark in the picture, so nothing depends on
telling colours apart. A class of interchangeable servers is drawn the
same way in both pictures: a bar of its servers by status, in proportion,
and its counts in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from spec.report.table import CELL_WORDS, ClassTally

STATUS_FILL = {"up": "#7cc38a", "looping": "#f4a640", "down": "#d9534f"}
STATUS_LEGEND = {"up": "up", "looping": "restarting in a loop", "down": "down (crashed or site lost)"}
SERVED_FILL = {True: "#7cc38a", False: "#d9534f"}
LOST_FILL = "#e8908c"
INK = "#222222"
FAINT = "#777777"
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"


def title_width(title: str) -> float:
    """Room for a title in bold 15 px, with margins."""
    return 9.0 * len(title) + 24


def text_width(text: str, size: float = 12) -> float:
    """About how wide `text` is in regular type of `size` px: DejaVu Sans averages 0.6 em a character."""
    return 0.6 * size * len(text)


def _legend_entry_width(words: str) -> float:
    """A status's swatch, its words and the gap to the next, along the legend's line."""
    return 34 + 7 * len(words)


STATUS_LEGEND_WIDTH = sum(_legend_entry_width(words) for words in STATUS_LEGEND.values())
"""How far `status_legend` reaches from where it starts."""


class Drawing:
    """An SVG document built from rectangles, lines and text, in drawing order."""

    def __init__(self, width: float, height: float, title: str) -> None:
        self.width = width
        self.height = height
        self.title = title
        self._elements: list[str] = []
        self._definitions: list[str] = []

    def define(self, element: str) -> None:
        """Add a pattern or marker to `<defs>`; `element` is SVG text."""
        self._definitions.append(element)

    def rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        fill: str,
        stroke: str = "none",
        stroke_width: float = 1,
        dash: str | None = None,
        radius: float = 0,
    ) -> None:
        attributes = {
            "x": x,
            "y": y,
            "width": width,
            "height": height,
            "fill": fill,
            "stroke": stroke,
            "stroke-width": stroke_width,
            "rx": radius,
        }
        if dash is not None:
            attributes["stroke-dasharray"] = dash
        self._elements.append(_element("rect", attributes))

    def line(
        self, x1: float, y1: float, x2: float, y2: float, stroke: str, width: float = 1, dash: str | None = None
    ) -> None:
        attributes = {"x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": stroke, "stroke-width": width}
        if dash is not None:
            attributes["stroke-dasharray"] = dash
        self._elements.append(_element("line", attributes))

    def polygon(self, points: list[tuple[float, float]], fill: str) -> None:
        self._elements.append(_element("polygon", {"points": " ".join(f"{x:g},{y:g}" for x, y in points), "fill": fill}))

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float = 12,
        anchor: str = "start",
        bold: bool = False,
        fill: str = INK,
    ) -> None:
        attributes = {
            "x": x,
            "y": y,
            "font-size": size,
            "text-anchor": anchor,
            "font-family": FONT,
            "fill": fill,
        }
        if bold:
            attributes["font-weight"] = "bold"
        self._elements.append(_element("text", attributes, escape(content)))

    def render(self) -> str:
        header = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width:g}" height="{self.height:g}" '
            f'viewBox="0 0 {self.width:g} {self.height:g}" role="img">'
        )
        lines = [header, f"<title>{escape(self.title)}</title>"]
        if self._definitions:
            lines += ["<defs>", *self._definitions, "</defs>"]
        lines.append(_element("rect", {"width": "100%", "height": "100%", "fill": "white"}))
        lines += self._elements
        lines.append("</svg>")
        return "\n".join(lines) + "\n"


def _element(tag: str, attributes: dict[str, object], content: str | None = None) -> str:
    rendered = " ".join(f"{name}={quoteattr(_number(value))}" for name, value in attributes.items())
    return f"<{tag} {rendered}/>" if content is None else f"<{tag} {rendered}>{content}</{tag}>"


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


HATCH = (
    '<pattern id="dropped" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="white" stroke-width="2" stroke-opacity="0.7"/></pattern>'
)


def status_legend(drawing: Drawing, x: float, y: float) -> float:
    """A swatch and its words per status, from `x` along the line at `y`; the x where it ends."""
    for status, words in STATUS_LEGEND.items():
        drawing.rect(x, y, 18, 14, STATUS_FILL[status], radius=2)
        drawing.text(x + 24, y + 11, words, size=11)
        x += _legend_entry_width(words)
    return x


def class_bar(drawing: Drawing, x: float, y: float, width: float, tally: ClassTally) -> None:
    """A 14 px bar of a class's servers by status, in proportion, hatched where dropped from routing."""
    for (cell, _), segment in zip(tally.cells, _proportions([number for _, number in tally.cells], width), strict=True):
        drawing.rect(round(x, 1), y, round(segment, 1), 14, STATUS_FILL[cell.status])
        if not cell.routed:
            drawing.rect(round(x, 1), y, round(segment, 1), 14, "url(#dropped)")
        x += segment


def class_lines(tally: ClassTally) -> tuple[str, str]:
    """A class's counts in two lines: by status (`57 up · 3 down`), then applied, dropped and still routed."""
    by_status = [(tally.servers(status), CELL_WORDS[status]) for status in CELL_WORDS]
    statuses = " · ".join(f"{number:,} {word}" for number, word in by_status if number)
    notes = [
        (tally.servers(applied=True), "applied"),
        (tally.servers(routed=False), "dropped"),
        (tally.black_holes, "still routed"),
    ]
    return statuses, " · ".join(f"{number:,} {words}" for number, words in notes if number)


def _proportions(numbers: Sequence[int], width: float) -> list[float]:
    """Widths in proportion to `numbers` summing to `width`, none narrower than 3 px, so one server in 10,000 shows."""
    total = sum(numbers)
    widths = [max(width * number / total, 3.0) for number in numbers]
    widest = widths.index(max(widths))
    widths[widest] -= sum(widths) - width
    return widths

"""Lines of a text as offset ranges, the unit boilerplate and metadata rules judge."""

from __future__ import annotations

from typing import NamedTuple

_BULLETS = "•·▪‣◦*-–"
_KEY_LIMIT = 4096
_DECORATION = "*_#>•·▪‣◦ \t\u00a0"


class Line(NamedTuple):
    """One line of a text: ``text[start:end]`` without its line break (a tuple:
    built for every line of every document, where a frozen dataclass costs 3x)."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, which no one calls
    start: int
    end: int
    content: str  # the line, stripped of surrounding whitespace
    indent: int = 0  # leading whitespace characters
    key: str = ""  # the content without markdown emphasis, heading marks or bullets

    @property
    def bullet(self) -> bool:
        """Whether the line is a list item ("• ...", "* ...", "- ...")."""
        return len(self.content) > 2 and self.content[0] in _BULLETS and self.content[1] == " "

    @property
    def blank(self) -> bool:
        return not self.content


def _key(content: str) -> str:
    # Rules judge short lines only; a huge line needs no full copy.
    if len(content) > _KEY_LIMIT:
        content = content[:_KEY_LIMIT]
    key = content.lstrip(_DECORATION).rstrip("*_ \t")
    return key.replace("**", "").replace("__", "") if "**" in key or "__" in key else key


def text_lines(text: str) -> list[Line]:
    """Split ``text`` into lines with offsets (a "\\r" before "\\n" is not content).

    Example:
        >>> [(line.start, line.end, line.content) for line in text_lines("a\\r\\n b")]
        [(0, 1, 'a'), (3, 5, 'b')]
    """
    lines: list[Line] = []
    start = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        stop = end - 1 if end > start and text[end - 1] == "\r" else end
        raw = text[start:stop]
        content = raw.strip()
        indent = len(raw) - len(raw.lstrip()) if content else 0
        lines.append(Line(len(lines), start, stop, content, indent, _key(content)))
        start = end + 1
    return lines

"""HTML to story text with an offset map into the HTML source (stdlib ``html.parser``).

Block elements become line breaks, whitespace runs collapse to one space, entities
are decoded, and script/style/nav/footer/aside content is dropped. Every piece of
output records where it starts in the source, so a claim's line and column point
into the ``.html`` file.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from claimcheck.ingest.offsets import OffsetMapBuilder
from claimcheck.model import OffsetMap

_SKIPPED = frozenset(
    {
        "script",
        "style",
        "nav",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "head",
        "form",
        "title",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "br",
        "tr",
        "table",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "address",
        "caption",
        "td",
        "th",
    }
)
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "li"})
_META_KEYS = {
    "article:published_time": "published",
    "og:site_name": "source",
    "og:url": "url",
    "og:title": "title",
    "date": "published",
    "pubdate": "published",
}


@dataclass(frozen=True, slots=True)
class HtmlText:
    """The text of an HTML page, its map into the source, and page metadata."""

    text: str
    offsets: OffsetMap
    metadata: dict[str, str] = field(default_factory=dict)


@functools.cache
def _token() -> re.Pattern[str]:
    return re.compile(r"[^ \t\r\n\f]+|[ \t\r\n\f]+")  # HTML whitespace; a no-break space is text


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._builder = OffsetMapBuilder()
        self._skip_depth = 0
        self._in_title = False
        self._title: list[str] = []
        self._last = "\n"  # the last character emitted; start as if after a break
        self._newlines = -1  # trailing line breaks emitted; -1 before any text
        self.metadata: dict[str, str] = {}

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _emit(self, piece: str, offset: int) -> None:
        self._builder.add(piece, offset)
        trailing = len(piece) - len(piece.rstrip("\n"))
        self._newlines = self._newlines + trailing if trailing == len(piece) else trailing
        self._last = piece[-1]

    def _break(self, count: int) -> None:
        if self._skip_depth or self._newlines < 0:
            return
        offset = self._offset()
        for _ in range(max(0, count - self._newlines)):
            self._emit("\n", offset)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            if key.lower() in _META_KEYS and values.get("content"):
                self.metadata.setdefault(_META_KEYS[key.lower()], values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            if values.get("href"):
                self.metadata["url"] = values["href"]
        elif tag == "time" and values.get("datetime"):
            self.metadata.setdefault("time", values["datetime"])
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self._break(2 if tag in _PARAGRAPHS else 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:
            self._skip_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self._break(2 if tag in _PARAGRAPHS else 1)

    def _text(self, data: str, offset: int) -> None:
        if self._in_title:
            self._title.append(data)
        if self._skip_depth:
            return
        for match in _token().finditer(data):
            if match.group(0)[0] in " \t\r\n\f":
                if self._last not in " \n":
                    self._emit(" ", offset + match.start())
            else:
                self._emit(match.group(0), offset + match.start())

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), self._offset())

    def result(self) -> HtmlText:
        title = " ".join("".join(self._title).split())
        if title:
            self.metadata.setdefault("title", title)
        return HtmlText(self._builder.text(), self._builder.build(), self.metadata)


def html_to_text(source: str) -> HtmlText:
    """The story text of an HTML page, mapped to offsets in ``source``.

    Example:
        >>> page = "<title>Fire</title><p>Crews saved 40&nbsp;homes.</p>"
        >>> found = html_to_text(page)
        >>> found.text.strip(), found.metadata["title"]
        ('Crews saved 40\\xa0homes.', 'Fire')
    """
    extractor = _Extractor(source)
    extractor.feed(source)
    extractor.close()
    return extractor.result()

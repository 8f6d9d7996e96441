"""What a page says about itself: publication date, outlet and title.

Dates come from explicit metadata first, then a dated header line near the top,
then a dated footer line, then a dated URL path (see :mod:`claimcheck.ingest.dates`).
Inferring a date from the story's content is the resolve stage's job, not this one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from claimcheck.ingest.boilerplate import is_furniture
from claimcheck.ingest.dates import PublishedDate, find_date, url_date, urls_in, zone_names
from claimcheck.ingest.lines import Line, text_lines

_HEADER_LINES = 15
_FOOTER_LINES = 25
_DATE_LINE_LENGTH = 90
_TITLE_LINES = 6
_DATELINE_OTHER_WORDS = 3  # e.g. a byline "By Ana Ruiz" or an outlet next to the date
_TITLE_LENGTH = 160
_LABELLED_DATE_LENGTH = 40


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication date and where it came from: header or url."""

    date: PublishedDate
    origin: str


@functools.cache
def _logo_line() -> re.Pattern[str]:
    return re.compile(r"^Logo of (?:the )?(?P<name>.{2,60}?)(?: newspaper| logo|\s*$)", re.I)


@functools.cache
def _copyright_line() -> re.Pattern[str]:
    return re.compile(
        r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*"
        r"(?P<name>[A-Z][^.|©]{1,60}?)(?:,?\s+(?:Inc|Ltd|LLC|Corp|plc|GmbH)\.?)?"
        r"(?:[.|]|\s+All rights reserved|$)",
        re.I,
    )


@functools.cache
def _date_prefix() -> re.Pattern[str]:
    return re.compile(
        r"^(?:(?:updated|published|posted|last updated|first published|modified|date|dated)"
        r"(?:\s+on)?\s*:?\s*)?",
        re.I,
    )


def _date_line(line: Line) -> PublishedDate | None:
    key = line.key
    if not key or not any(ch.isdigit() for ch in key):
        return None
    label = _date_prefix().match(key).end()  # type: ignore[union-attr]
    rest = key[label:]
    if label:
        # "date 2024-05-02 Dam work halts ...": a labelled date opening the line is the
        # page's own, whatever follows it (a crawler glues the story on).
        labelled = find_date(rest[:_LABELLED_DATE_LENGTH])
        if labelled is not None:
            return labelled
    if len(key) > _DATE_LINE_LENGTH:
        return None
    # A dateline prints little besides the date; a sentence that mentions one is story text.
    other = [w for w in _word().findall(rest) if w.lower() not in _dateline_words()]
    if len(other) > _DATELINE_OTHER_WORDS:
        return None
    return find_date(rest)


@functools.cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+")


@functools.cache
def _dateline_words() -> frozenset[str]:
    """Words a dateline may print besides the date: months, weekdays, zones, a.m./p.m."""
    months = "january february march april may june july august september october november"
    days = "monday tuesday wednesday thursday friday saturday sunday"
    words = f"{months} december {days} at on updated am pm a m st nd rd th local time"
    names = set(words.split()) | {w[:3] for w in f"{months} {days}".split()} | {"sept", "dec"}
    return frozenset(names | {zone.lower() for zone in zone_names()})


def header_date(lines: Sequence[Line]) -> PublishedDate | None:
    """The date of a dated line among the first lines, else among the last ones.

    Example:
        >>> from claimcheck.ingest.lines import text_lines
        >>> header_date(text_lines("Fire hits depot\\nUpdated: March 4, 2025")).value.day
        4
    """
    content = [line for line in lines if not line.blank]
    for line in content[:_HEADER_LINES]:
        found = _date_line(line)
        if found is not None:
            return found
    for line in reversed(content[_HEADER_LINES:][-_FOOTER_LINES:]):
        found = _date_line(line)
        if found is not None:
            return found
    return None


def publication_date(
    text: str, urls: Sequence[str] = (), *, lines: Sequence[Line] | None = None
) -> FoundDate | None:
    """The publication date printed on a page or in its URL.

    ``urls`` are metadata URLs (canonical, JSONL ``url``), tried before those in the text.

    Example:
        >>> publication_date("Fire hits depot\\n\\nhttps://x.test/2025/03/04/fire").origin
        'url'
    """
    header = header_date(text_lines(text) if lines is None else lines)
    if header is not None:
        return FoundDate(header, "header")
    for url in (*urls, *urls_in(text)):
        day = url_date(url)
        if day is not None:
            return FoundDate(PublishedDate.on_day(day), "url")
    return None


def page_urls(text: str, *, lines: Sequence[Line] | None = None) -> list[str]:
    """URLs on lines of their own ("Original url:", a bare link): the page's own address.

    Inline links in story text point at other sites, so they are not the page's URL.

    Example:
        >>> page_urls("See [x](https://a.test/1)\\nOriginal url:\\n<https://b.test/2>")
        ['https://b.test/2']
    """
    found: list[str] = []
    for line in text_lines(text) if lines is None else lines:
        key = line.key
        if len(key) > 2000 or not key:
            continue
        label = key.lower().startswith(("original url", "source url", "canonical", "url:"))
        bare = key.lstrip("<").startswith(("http://", "https://", "www."))
        if (label or bare) and len(key.split()) <= 3:
            found.extend(urls_in(key))
    return found


def _domain(url: str) -> str | None:
    host = urlsplit(url if "://" in url else f"http://{url}").hostname
    if not host:
        return None
    return host.removeprefix("www.")


def outlet(
    text: str, urls: Sequence[str] = (), *, lines: Sequence[Line] | None = None
) -> str | None:
    """The outlet that published a page: logo or copyright line, else the URL's domain.

    Example:
        >>> outlet("Crews saved 40 homes.\\n© 2024 Example Media, Inc.")
        'Example Media'
    """
    all_lines = text_lines(text) if lines is None else lines
    content = [line for line in all_lines if not line.blank]
    for line in content[:3]:
        found = _logo_line().match(line.key)
        if found is not None:
            return found.group("name").strip()
        site, dash, rest = line.key.partition(" - ")
        if (
            line is content[0]
            and dash
            and rest
            and 2 <= len(site) <= 40
            and len(site.split()) <= 5
            and site.istitle()
        ):
            return site
    for line in reversed(content):
        found = _copyright_line().match(line.key) if len(line.key) < 100 else None
        if found is not None:
            name = found.group("name").strip(" ,.")
            if name and name.lower() not in {"all rights reserved", "the"}:
                return name
    for url in (*urls, *page_urls(text, lines=all_lines)):
        domain = _domain(url)
        if domain is not None:
            return domain
    return None


def title(text: str, *, lines: Sequence[Line] | None = None) -> str | None:
    """The first heading line, or the first short line without terminal punctuation.

    Example:
        >>> title("Skip to main content\\n\\n# Fire hits depot\\nCrews fought it.")
        'Fire hits depot'
    """
    content = [line for line in (text_lines(text) if lines is None else lines) if not line.blank]
    for line in content[:_TITLE_LINES]:
        if line.content.startswith("#"):
            return line.content.lstrip("# ").strip() or None
    for line in content[:_TITLE_LINES]:
        key = line.key
        if (
            3 <= len(key) <= _TITLE_LENGTH
            and not key.endswith((".", "!", ":", ","))
            and not is_furniture(line)
            and not _has_pictograph(key)
            and find_date(key) is None
        ):
            return key
    return None


def _has_pictograph(text: str) -> bool:
    """ "Start the day smarter ☀️ ...": a menu or promo line, not a headline."""
    return any(unicodedata.category(ch) == "So" for ch in text)

"""The data passed between pipeline stages: documents, sentences, claims, findings.

Every stage takes and returns these frozen dataclasses; pandas appears only at the
table boundary (``claimcheck.table``). Offsets in a :class:`Claim` (``start``/``end``)
index :attr:`Document.text` (the repaired text extraction reads); the ``file_*``
fields, ``line`` and ``column`` point into the file as it was read from disk.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen")


class ClaimKind(StrEnum):
    """What sort of number a claim states."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    AGE = "age"


NUMERIC_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.QUANTITY})
TEMPORAL_KINDS = frozenset({ClaimKind.DATE, ClaimKind.TIME, ClaimKind.DURATION, ClaimKind.AGE})


class Severity(StrEnum):
    """How serious a finding is; ordered by :attr:`rank`."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Flag(StrEnum):
    """Marks on a claim. A flagged claim stays in the table; rules decide what to skip."""

    BOILERPLATE = "boilerplate"  # in a sidebar, footer, byline, teaser: not a story claim
    UNRESOLVED = "unresolved"  # a relative date/time with no reference date to resolve it
    UNNORMALIZED = "unnormalized"  # a number was seen but its value could not be normalized
    VAGUE = "vague"  # "tens of thousands", "dozens": a wide interval, not a figure
    INFERRED_REFERENCE = "inferred-reference"  # resolved against an inferred publication date
    ATTRIBUTION = "attribution"  # the date of a statement ("she said on Sunday")
    BACKGROUND = "background"  # about an earlier, other event
    CHANGE = "change"  # a signed change ("down 2.1%", "rose 4 per cent"), not a level
    # Where a clock time without a day of its own got one:
    DATE_FROM_CONTEXT = "date-from-context"  # a date of the sentences just before
    DATE_FROM_LEAD = "date-from-lead"  # the lede's first date
    DATE_FROM_REFERENCE = "date-from-reference"  # the publication day
    # Where a clock time without a zone got one:
    ZONE_FROM_DATELINE = "zone-from-dateline"  # the story's dateline place
    ZONE_FROM_REFERENCE = "zone-from-reference"  # the publication's zone
    ZONE_UNKNOWN = "zone-unknown"


# A clock time whose day another sentence states: that sentence's edits move it.
DAY_FROM_OTHER_SENTENCE = frozenset({Flag.DATE_FROM_CONTEXT, Flag.DATE_FROM_LEAD})


def _text_offset(point: tuple[int, int]) -> int:
    return point[0]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a repaired text back to offsets in the text as read.

    ``points`` are ``(text_offset, original_offset)`` pairs, sorted, where a run of
    unchanged characters begins; between two points offsets advance together.
    An empty map is the identity.
    """

    points: tuple[tuple[int, int], ...] = ()

    def to_original(self, offset: int) -> int:
        if not self.points:
            return offset
        i = bisect.bisect_right(self.points, offset, key=_text_offset) - 1  # O(log n) per call
        if i < 0:
            return offset
        text_at, orig_at = self.points[i]
        return orig_at + (offset - text_at)


@dataclass(frozen=True, slots=True)
class DocumentWarning:
    """Something a reader of the report should know about a document."""

    code: str  # e.g. "repaired-encoding", "published-inferred", "published-missing"
    message: str


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of :attr:`Document.text`."""

    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a heading/caption line) of a document, by offsets into its text."""

    start: int
    end: int
    text: str
    boilerplate: bool = False


def _span_start(span: Span) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class Document:
    """One article, decoded and repaired, with what ingest learned about it."""

    id: str
    path: str
    text: str  # repaired text; extraction offsets index this
    original: str  # the text as read (decoded, not repaired); file offsets index this
    offsets: OffsetMap = field(default_factory=OffsetMap)
    source: str | None = None  # outlet
    url: str | None = None
    title: str | None = None
    published: dt.datetime | None = None  # aware when a zone was given
    published_precision: str | None = None  # "day" or "minute"
    published_from: str = "none"  # metadata, header, url, inferred, none
    warnings: tuple[DocumentWarning, ...] = ()
    boilerplate: tuple[Span, ...] = ()  # not story text; sorted, non-overlapping
    story: str | None = None
    role: str | None = None  # source | derived | None (peer)

    @property
    def published_date(self) -> dt.date | None:
        return self.published.date() if self.published is not None else None

    def line_column(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into :attr:`original`."""
        line = self.original.count("\n", 0, original_offset) + 1
        line_start = self.original.rfind("\n", 0, original_offset) + 1
        return line, original_offset - line_start + 1

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches a boilerplate span (binary search)."""
        spans = self.boilerplate
        after = bisect.bisect_left(spans, end, key=_span_start)  # first span starting at/after end
        return after > 0 and spans[after - 1].overlaps(start, end)


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric or temporal claim, normalized.

    Extractors fill the fields they know; later stages fill ``measure``, ``event``
    and the location fields through :func:`evolve`.

    For dates and times ``low``/``high`` hold POSIX seconds (UTC) of the interval the
    wording allows, so rules compare every kind as intervals; ``date``/``date_end``
    and ``datetime_utc`` hold the readable values.
    """

    doc: str
    kind: ClaimKind
    start: int  # offset into Document.text
    end: int
    text: str  # the surface form, Document.text[start:end]
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # canonical unit: "USD", "percent", "meter", "year", ...
    counted: str | None = None  # what is counted: "Russian troops", "dead", "people"
    measure: str | None = None  # vocabulary measure: troops, deaths, age, ...
    subject: str | None = None  # whose age, which event
    modality: str | None = None  # actual, planned, estimate, ...
    event: str | None = None  # event class of a date or time: "meeting", "fire start"
    hedge: str | None = None  # "more than", "up to", "about", ...
    date: dt.date | None = None
    date_end: dt.date | None = None
    datetime_utc: dt.datetime | None = None
    granularity: str | None = None  # minute, hour, day, month, year, decade
    reference: dt.date | None = None  # reference date used to resolve it
    reference_from: str | None = None  # publication, header, inferred, sentence, ...
    tense: str | None = None  # past, future, present: the governing verb's
    attribution: str | None = None  # who is said to state it: "USGS", "the health ministry"
    # When the claim holds: an explicit time in its sentence, else its update block's
    # time, else the publication time (UTC). ``as_of_from`` says which.
    as_of: dt.datetime | None = None
    as_of_from: str | None = None  # sentence, update, publication
    scope: str | None = None  # the part of the event it covers: "Ludian county", "children"
    flags: tuple[str, ...] = ()
    # Location, filled by the pipeline after extraction:
    id: str = ""
    path: str = ""
    line: int = 0
    column: int = 0
    file_start: int = 0
    file_end: int = 0
    quote: str = ""  # the text as read at file_start:file_end
    sentence: str = ""

    def has_flag(self, flag: str) -> bool:
        return flag in self.flags

    # Pickling (worker processes send back thousands of claims): the values in slot
    # order. The dataclass default walks ``fields()`` for every claim, 1.6x slower.
    def __getstate__(self) -> tuple[Any, ...]:
        return _slot_access(Claim)[0](self)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for setter, value in zip(_slot_access(Claim)[1], state, strict=True):
            setter(self, value)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict on one or more claims."""

    rule: str
    severity: Severity
    message: str
    claims: tuple[str, ...]  # claim ids
    key: tuple[tuple[str, str], ...] = ()  # the grouping key the rule used
    story: str | None = None
    link: str | None = None
    fingerprint: str = ""
    # Why a finding does not count: "inline" (a marker in the article) or
    # "baseline" (accepted in a baseline file); None when it counts.
    suppressed: str | None = None


def evolve(obj: _Frozen, **changes: Any) -> _Frozen:
    """A copy of a frozen slots dataclass with ``changes``, like :func:`dataclasses.replace`.

    ``replace`` walks the field table and runs ``__init__`` on every call (about 30
    microseconds for a Claim); the pipeline copies each claim a few times, which
    made ``replace`` the largest single cost of extraction. This reads every slot
    with one ``attrgetter`` call and writes them through the slot descriptors
    (about 5 microseconds). An unknown field name raises AttributeError.

    >>> c = Claim(doc="d", kind=ClaimKind.COUNT, start=0, end=2, text="12", value=12.0)
    >>> evolve(c, measure="deaths").measure
    'deaths'
    """
    cls: type = type(obj)
    read, setters = _slot_access(cls)
    new: _Frozen = object.__new__(cls)
    for setter, value in zip(setters, read(obj), strict=True):
        setter(new, value)
    set_slot = object.__setattr__
    for name, value in changes.items():
        try:
            set_slot(new, name, value)
        except AttributeError:
            raise AttributeError(f"{cls.__name__} has no field {name!r}") from None
    return new


@cache
def _slot_access(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[Any, ...]]:
    """A reader of all of ``cls``'s slots at once, and a writer per slot."""
    names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
    read = attrgetter(*names)
    return (read if len(names) > 1 else lambda obj: (read(obj),)), tuple(
        getattr(cls, name).__set__ for name in names
    )

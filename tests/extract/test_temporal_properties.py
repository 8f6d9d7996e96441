"""Properties: absolute dates round-trip, weekdays follow the tense, clock times hit the instant."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.temporal import extract_temporal
from claimcheck.model import Claim, ClaimKind, Document, Sentence
from claimcheck.resolve.reference import Reference

YEARS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SHORT = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
         "Nov.", "Dec.")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "GMT": "UTC",
         "Moscow time": "Europe/Moscow", "local time in Kyiv": "Europe/Kyiv",
         "Beijing time": "Asia/Shanghai", "EST": "Etc/GMT+5"}  # fmt: skip


def analyze(text: str, reference: Reference) -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, original=text)
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line), line))
        at += len(line) + 1
    return extract_temporal(doc, sentences, reference)


def render(day: dt.date, form: int) -> str:
    month, short = MONTHS[day.month - 1], SHORT[day.month - 1]
    return [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{short} {day.day}, {day.year}",
        day.isoformat(),
        f"{WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}",
    ][form]


@given(YEARS, st.dates(), st.integers(0, 4))
def test_absolute_dates_resolve_to_themselves(day: dt.date, ref: dt.date, form: int) -> None:
    written = render(day, form)
    claims = analyze(f"The accord was signed on {written} in Oslo.", Reference(ref, "metadata"))
    dates = [c for c in claims if c.kind is ClaimKind.DATE]
    assert [(c.text, c.date, c.reference_from) for c in dates] == [(written, day, "absolute")]


@given(YEARS, st.integers(1, 6))
def test_past_weekday_is_the_one_before_the_reference(ref: dt.date, back: int) -> None:
    target = ref - dt.timedelta(days=back)
    text = f"The minister said on {WEEKDAYS[target.weekday()]} that talks would go on."
    dates = [c for c in analyze(text, Reference(ref, "metadata")) if c.kind is ClaimKind.DATE]
    assert [c.date for c in dates] == [target]


@given(YEARS, st.integers(1, 6))
def test_future_weekday_is_the_one_after_the_reference(ref: dt.date, ahead: int) -> None:
    target = ref + dt.timedelta(days=ahead)
    text = f"The envoys will meet on {WEEKDAYS[target.weekday()]} in Vienna."
    dates = [c for c in analyze(text, Reference(ref, "metadata")) if c.kind is ClaimKind.DATE]
    assert [c.date for c in dates] == [target]


@given(YEARS, st.integers(0, 23), st.integers(0, 59), st.sampled_from(sorted(ZONES)))
def test_clock_time_in_a_zone_resolves_to_the_utc_instant(
    day: dt.date, hour: int, minute: int, zone: str
) -> None:
    clock = f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    text = f"The session opens at {clock} {zone} on {MONTHS[day.month - 1]} {day.day}, {day.year}."
    times = [c for c in analyze(text, Reference(None, "none")) if c.kind is ClaimKind.TIME]
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(ZONES[zone]))
    assert [c.datetime_utc for c in times] == [local.astimezone(dt.UTC)]


@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_any_text_gives_spans_inside_the_text(text: str, ref: dt.date | None) -> None:
    for claim in analyze(text, Reference(ref, "metadata" if ref else "none")):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]


NEWSY = st.lists(
    st.sampled_from(
        ["on", "Tuesday", "10", "a.m.", "ET", "Dec.", "7,", "2021", "said", "will", "meet",
         "-", "year-old", "78", "Anna", "Berg,", "71,", "hours", "two", "ago", "in", "the",
         "1990s", "last", "week", "around", "midday", "Washington", "time", "/", "3-1"]
    ),
    max_size=40,
)  # fmt: skip


@given(NEWSY, st.dates())
def test_newsy_word_salad_never_raises(words: list[str], ref: dt.date) -> None:
    text = " ".join(words)
    for claim in analyze(text, Reference(ref, "inferred")):
        assert claim.text == text[claim.start : claim.end]

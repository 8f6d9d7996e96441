"""The interval picture: every source's interval on one axis, in text and in SVG."""

from __future__ import annotations

from claimcheck.model import Claim, ClaimKind, Finding, Severity
from claimcheck.report.intervals import block_lines, interval_picture
from claimcheck.report.views import FindingView, claim_row


def view(*claims: Claim) -> FindingView:
    finding = Finding("count-consistency", Severity.ERROR, "differ", tuple(c.id for c in claims))
    return FindingView(finding, tuple(claim_row(c, None) for c in claims))


def count(doc: str, low: float, high: float, text: str = "12") -> Claim:
    return Claim(doc, ClaimKind.COUNT, 0, 2, text, value=low, low=low, high=high, id=doc)


def test_disjoint_intervals_sit_at_opposite_ends_of_the_axis():
    picture = interval_picture(view(count("a", 11.5, 12.5), count("b", 20.5, 21.5, "21")))
    assert picture is not None
    a, b = picture.bars
    assert picture.position(a.low) < 0.1 and picture.position(b.high) > 0.9
    assert (picture.low_label, picture.high_label) == ("11.5", "21.5")


def test_one_source_draws_no_picture():
    assert interval_picture(view(count("a", 11.5, 12.5))) is None


def test_block_lines_fit_the_width_and_do_not_overlap():
    picture = interval_picture(view(count("a", 11.5, 12.5), count("b", 20.5, 21.5, "21")))
    assert picture is not None
    lines = block_lines(picture, 76)
    assert all(len(line) <= 76 for line in lines)
    first, second = (line.index("█") for line in lines[:2])
    assert first < second
    assert "█" not in lines[0][second:].split(" ")[0]


def test_an_exact_value_is_drawn_as_a_point():
    picture = interval_picture(view(count("a", 12, 12), count("b", 21, 21, "21")))
    assert picture is not None
    assert all("┃" in line for line in block_lines(picture, 60)[:2])


def test_dates_are_labelled_by_their_first_and_last_day():
    sunday = Claim("a", ClaimKind.DATE, 0, 6, "Sunday", low=1740873600.0, high=1740960000.0, id="a")
    monday = Claim("b", ClaimKind.DATE, 0, 6, "Monday", low=1740960000.0, high=1741046400.0, id="b")
    picture = interval_picture(view(sunday, monday))
    assert picture is not None
    assert (picture.low_label, picture.high_label) == ("2025-03-02", "2025-03-03")

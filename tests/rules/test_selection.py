import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import Claim, ClaimKind, Document
from claimcheck.rules.select import Condition, Selector
from claimcheck.rules.selection import ClaimIndex
from tests.helpers import make_claim, make_document

DOCUMENTS = {
    "courier": make_document("courier", source="Valley Courier", story="kiln-fire"),
    "ledger": make_document("ledger", source="County Ledger", story="kiln-fire"),
    "lantern": make_document("lantern"),  # no source, no story
}


def by_matching(claims: list[Claim], selector: Selector) -> list[Claim]:
    """The definition: every claim tested on its own."""
    return [c for c in claims if selector.matches(c, DOCUMENTS.get(c.doc))]


def test_selects_the_same_claims_in_the_same_order_as_testing_each_claim():
    claims = [
        make_claim("courier", text="14", measure="deaths", value=14.0),
        make_claim("ledger", ClaimKind.MONEY, text="$2.5 million", measure="aid"),
        make_claim("courier", text="41", measure="deaths", flags=("vague",)),
        make_claim("lantern", ClaimKind.AGE, text="63", subject="the kiln's owner"),
        make_claim("ledger", text="300", measure="evacuated", hedge="more than"),
    ]
    selector = Selector(
        (
            Condition("kind", frozenset({"count"})),
            Condition("flags", frozenset({"vague"}), negate=True),
            Condition("measure", present=True),
        )
    )
    index = ClaimIndex(claims, DOCUMENTS)
    assert [c.text for c in index.select(selector)] == ["14", "300"]
    assert index.select(selector) == by_matching(claims, selector)


def test_an_empty_selector_keeps_every_claim():
    claims = [make_claim("courier", text="9"), make_claim("ledger", text="9")]
    assert ClaimIndex(claims, DOCUMENTS).select(Selector()) == claims


def test_source_and_story_are_read_from_the_claims_documents():
    claims = [make_claim("courier"), make_claim("lantern"), make_claim("ledger")]
    index = ClaimIndex(claims, DOCUMENTS)
    outlet = Selector((Condition("source", frozenset({"County Ledger"})),))
    storyless = Selector((Condition("story", present=False),))
    assert [c.doc for c in index.select(outlet)] == ["ledger"]
    assert [c.doc for c in index.select(storyless)] == ["lantern"]


def test_values_equal_in_python_but_written_differently_are_told_apart():
    # 1 == 1.0 and 0.0 == -0.0, yet a condition reads their text: "1" is not "1.0".
    claims = [
        make_claim("courier", text="1", value=1.0),
        make_claim("courier", text="0", value=0.0),
        make_claim("courier", text="-0", value=-0.0),
    ]
    index = ClaimIndex(claims, DOCUMENTS)
    assert index.select(Selector((Condition("value", frozenset({"-0.0"})),))) == claims[2:]
    assert index.select(Selector((Condition("value", frozenset({"1"})),))) == []


_TEXT = st.sampled_from([None, "", "deaths", "aid", "1", "True"])
_CLAIMS = st.lists(
    st.builds(
        make_claim,
        st.sampled_from([*DOCUMENTS, "unknown"]),
        st.sampled_from(list(ClaimKind)),
        measure=_TEXT,
        event=_TEXT,
        hedge=_TEXT,
        value=st.sampled_from([None, 0.0, -0.0, 1.0, 12.5]),
        date=st.sampled_from([None, dt.date(2024, 3, 5)]),
        flags=st.lists(st.sampled_from(["vague", "unresolved", "range"]), max_size=2).map(tuple),
    ),
    max_size=12,
)
_CONDITIONS = st.builds(
    Condition,
    st.sampled_from(["kind", "measure", "event", "hedge", "value", "date", "flags", "story"]),
    values=st.none() | st.frozensets(st.sampled_from(["count", "deaths", "1.0", "vague", ""])),
    negate=st.booleans(),
    present=st.none() | st.booleans(),
)


@given(_CLAIMS, st.lists(_CONDITIONS, max_size=3))
def test_index_agrees_with_matching_claim_by_claim(claims: list[Claim], conditions):
    selector = Selector(tuple(conditions))
    assert ClaimIndex(claims, DOCUMENTS).select(selector) == by_matching(claims, selector)


def test_a_document_missing_from_the_run_reads_as_no_source():
    claims = [make_claim("wire-7")]
    documents: dict[str, Document] = {}
    index = ClaimIndex(claims, documents)
    assert index.select(Selector((Condition("source", present=False),))) == claims

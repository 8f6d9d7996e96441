import pytest

import claimcheck
from claimcheck.ingest import document_from_text
from claimcheck.model import Sentence
from claimcheck.rules.loader import load_rules
from claimcheck.rules.source_tokens import SourceIndex, digit_tokens, runs
from tests.conftest import ROOT

SUPPORT = load_rules([ROOT / "rules" / "core" / "support.yaml"])
PUBLISHED = "2025-05-06"


def findings(source: str, summary: str) -> list[tuple[str, str]]:
    documents = [
        document_from_text(source, doc_id="wire", published=PUBLISHED, role="source"),
        document_from_text(summary, doc_id="brief", published=PUBLISHED, role="derived"),
    ]
    result = claimcheck.check(documents, rules=SUPPORT)
    return [(f.rule, f.message) for f in result.finding_list]


def test_edited_identifier_is_reported_with_the_source_token_of_that_shape():
    found = findings(
        "Clinics in Varne reported a rise in H5N1 infections among poultry workers on Friday.",
        "Clinics in Varne reported a rise in H5N8 infections among poultry workers.",
    )
    assert [rule for rule, _ in found] == ["derived-number-not-in-source"]
    message = found[0][1]
    assert "H5N8" in message and "the source has H5N1" in message
    assert "brief:1:37" in message  # where the token is: no claim row carries it


def test_identifier_written_differently_is_supported():
    found = findings(
        "Orrin Motors said deliveries of the Tarn-3 hatchback resumed at its Halden plant.",
        "Orrin Motors resumed deliveries of the TARN 3 hatchback.",
    )
    assert found == []


def test_ordinal_in_digits_is_supported_by_the_word():
    found = findings(
        "The Corvel Rovers won their twelfth straight match at home on Saturday, the club said.",
        "The Corvel Rovers won their 12th straight match at home.",
    )
    assert found == []


def test_ordinal_the_source_never_states_is_reported():
    found = findings(
        "The Corvel Rovers won again at home on Saturday, the club said.",
        "The Corvel Rovers won their 12th straight match at home.",
    )
    assert [rule for rule, _ in found] == ["derived-number-not-in-source"]


def test_digits_inside_claims_are_left_to_the_support_rules():
    found = findings(
        "Floods on the Marren river forced 1,240 people from their homes, officials said.",
        "Floods forced 1,240 people from their homes along the Marren.",
    )
    assert found == []


def test_headline_identifier_missing_from_body_is_reported():
    text = (
        "Recall widens to Kestrel-7 heaters\n\n"
        "Harlow Appliances widened its recall of Kestrel-5 space heaters on Monday, "
        "the company said.\n"
    )
    document = document_from_text(
        text, doc_id="recall", published=PUBLISHED, title="Recall widens to Kestrel-7 heaters"
    )
    result = claimcheck.check([document], rules=SUPPORT)
    assert [f.rule for f in result.finding_list] == ["headline-number-not-in-body"]


def test_fingerprints_differ_per_token():
    found = claimcheck.check(
        [
            document_from_text(
                "The Arlo-2 and Arlo-3 drones flew.", doc_id="a", published=PUBLISHED, role="source"
            ),
            document_from_text(
                "The Arlo-4 and Arlo-5 drones flew.",
                doc_id="b",
                published=PUBLISHED,
                role="derived",
            ),
        ],
        rules=SUPPORT,
    ).finding_list
    assert len({f.fingerprint for f in found}) == 2


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Kestrel-X-2", ("kestrel", "x", "2")),
        ("covid19", ("covid", "19")),
        ("1,200", ("1200",)),
        ("2.5", ("2.5",)),
        ("9th", ("9", "th")),
    ],
)
def test_tokens_compare_as_word_and_digit_runs(token, expected):
    assert runs(token) == expected


def test_digit_tokens_trim_punctuation_and_possessives():
    text = 'Shares of "Arlo-3\'s" maker rose (G7), said Q4.'
    tokens = digit_tokens(text, [Sentence(0, len(text), text)], [])
    assert [t.text for t in tokens] == ["Arlo-3", "G7", "Q4"]


def test_source_index_needs_the_runs_in_a_row():
    index = SourceIndex(["The Kestrel heater and 5 other models were recalled."])
    assert not index.find("Kestrel-5").found
    assert index.find("5").found


def test_long_unbroken_text_is_scanned_in_linear_time():
    text = "x" * 200_000 + "7"
    tokens = digit_tokens(text, [Sentence(0, len(text), text)], [])
    assert len(tokens) == 1


def test_a_headline_without_stray_digits_does_not_index_its_body(monkeypatch):
    from claimcheck.rules import source_tokens

    def refuse(sentences):
        raise AssertionError("the body was indexed")

    monkeypatch.setattr(source_tokens, "SourceIndex", refuse)
    text = (
        "Kiln fire at Orrow pottery injures 3\n\n"
        "Three workers were hurt when a kiln at the Orrow pottery caught fire on Tuesday, "
        "and the Model 9 kiln was destroyed."
    )
    document = document_from_text(text, doc_id="orrow", published=PUBLISHED)
    result = claimcheck.check([document], rules=SUPPORT)
    assert [f.rule for f in result.finding_list if f.rule.startswith("headline-number")] == []

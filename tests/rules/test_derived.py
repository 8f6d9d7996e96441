import datetime as dt
import textwrap

import pytest

from claimcheck.errors import RuleError
from claimcheck.model import ClaimKind
from claimcheck.rules.context import RuleContext
from claimcheck.rules.derived import DerivedRule
from claimcheck.rules.fields import claim_fields, render_value, words_before
from claimcheck.rules.loader import load_rules
from tests.helpers import make_claim, make_document

WAR_RULE = """\
rules:
  - id: war-age
    type: derived
    severity: warning
    bind:
      war: {kind: duration, counted: war}
      start: {kind: date, granularity: year}
    where: "same_sentence"
    check: "abs(publication.year - start.year - war.value) <= 1"
    expected: "publication.year - start.year"
    message: "A {war.value}-year-old war begun in {start.year} is {expected} in {publication.year}"
"""

SENTENCE = "The seven-year-old border war began in 2014."


def load(tmp_path, text):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    rule = load_rules([path]).rules[0]
    assert isinstance(rule, DerivedRule)
    return rule, path


def war_claims(years, start_year, sentence=SENTENCE, doc="d"):
    war = make_claim(
        doc, ClaimKind.DURATION, text="seven-year-old border war", value=float(years), unit="year",
        counted="war", sentence=sentence, id=f"{doc}-war",
    )  # fmt: skip
    start = make_claim(
        doc, ClaimKind.DATE, text=str(start_year), date=dt.date(start_year, 1, 1),
        granularity="year", sentence=sentence, id=f"{doc}-start",
    )  # fmt: skip
    return [war, start]


def context(published=dt.date(2021, 12, 6), doc="d"):
    return RuleContext(documents={doc: make_document(doc, SENTENCE, published)})


def test_war_age_matching_start_year_at_publication_does_not_fire(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    assert rule.evaluate(war_claims(7, 2014), context()) == []


def test_war_age_off_by_more_than_a_year_fires_with_expected_age(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    findings = rule.evaluate(war_claims(4, 2014), context())
    assert len(findings) == 1
    assert findings[0].message == "A 4-year-old war begun in 2014 is 7 in 2021"
    assert findings[0].claims == ("d-war", "d-start")


def test_one_consistent_candidate_is_enough_under_require_any(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    claims = war_claims(7, 2014)
    later = make_claim(
        "d", ClaimKind.DATE, text="2015", date=dt.date(2015, 1, 1), granularity="year",
        sentence=SENTENCE, id="d-later",
    )  # fmt: skip
    stray = make_claim(
        "d", ClaimKind.DATE, text="2020", date=dt.date(2020, 1, 1), granularity="year",
        sentence=SENTENCE, id="d-stray",
    )  # fmt: skip
    assert rule.evaluate([*claims, later, stray], context()) == []


def test_require_all_reports_every_failing_pairing(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE.replace("    where:", "    require: all\n    where:"))
    claims = war_claims(7, 2014)
    stray = make_claim(
        "d", ClaimKind.DATE, text="2020", date=dt.date(2020, 1, 1), granularity="year",
        sentence=SENTENCE, id="d-stray",
    )  # fmt: skip
    findings = rule.evaluate([*claims, stray], context())
    assert [f.claims for f in findings] == [("d-war", "d-stray")]


def test_claims_in_other_sentences_are_not_paired_when_where_says_same_sentence(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    war, _start = war_claims(4, 2014)
    elsewhere = war_claims(4, 2014, sentence="The truce of 2014 failed.")[1]
    assert rule.evaluate([war, elsewhere], context()) == []


def test_sentence_scope_keeps_documents_apart(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE.replace('    where: "same_sentence"', "    scope: sentence"))
    war = war_claims(4, 2014, doc="a")[0]
    start = war_claims(4, 2014, doc="b")[1]
    documents = {
        "a": make_document("a", SENTENCE, dt.date(2021, 1, 1)),
        "b": make_document("b", SENTENCE, dt.date(2021, 1, 1)),
    }
    assert rule.evaluate([war, start], RuleContext(documents=documents)) == []


def test_missing_publication_date_never_fires(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    assert rule.evaluate(war_claims(4, 2014), context(published=None)) == []


def test_wording_narrows_a_binding_to_claims_whose_text_contains_it(tmp_path):
    rule, _ = load(
        tmp_path,
        """\
        rules:
          - id: ago
            type: derived
            message: "{ago.text} is {ago.year}, not {stated.year}"
            bind:
              ago: {kind: date, wording: ["years ago"]}
              stated: {kind: date, reference_from: absolute}
            scope: sentence
            check: "ago.year == stated.year"
        """,
    )
    sentence = "The mill closed 30 years ago, in 1988."
    ago = make_claim(
        "d", ClaimKind.DATE, text="30 years ago", date=dt.date(1992, 1, 1),
        reference_from="publication", sentence=sentence, id="ago",
    )  # fmt: skip
    stated = make_claim(
        "d", ClaimKind.DATE, text="1988", date=dt.date(1988, 1, 1),
        reference_from="absolute", sentence=sentence, id="stated",
    )  # fmt: skip
    last_year = make_claim(
        "d", ClaimKind.DATE, text="last year", date=dt.date(1988, 1, 1),
        reference_from="publication", sentence=sentence, id="last",
    )  # fmt: skip
    findings = rule.evaluate([ago, stated, last_year], context(dt.date(2022, 9, 14)))
    assert [f.message for f in findings] == ["30 years ago is 1992, not 1988"]


RULE_WITH_BAD_CHECK = """\
rules:
  - id: bad
    type: derived
    message: "x"
    bind:
      war: {kind: duration}
    check: "war.value >> 2"
"""


def test_bad_formula_error_points_at_the_yaml_value_column(tmp_path):
    with pytest.raises(RuleError) as caught:
        load(tmp_path, RULE_WITH_BAD_CHECK)
    # `    check: "war.value >> 2"`: the value starts at column 13; the second ">" is its 12th char.
    assert str(caught.value).startswith(f"{tmp_path / 'rules.yaml'}:7:24: bad 'check' formula")


def test_unknown_name_in_formula_is_a_load_error(tmp_path):
    with pytest.raises(RuleError, match=r"unknown name 'start\.year'"):
        load(tmp_path, RULE_WITH_BAD_CHECK.replace("war.value >> 2", "start.year > 1"))


def test_unknown_placeholder_in_message_is_a_load_error(tmp_path):
    with pytest.raises(RuleError, match="unknown placeholder"):
        load(tmp_path, WAR_RULE.replace("{expected}", "{war.nope}"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    where:", "    scope: chapter\n    where:"), "bad scope 'chapter'"),
        (("    where:", "    require: most\n    where:"), "bad require 'most'"),
        (("    where:", "    key: [measure]\n    where:"), "does not use 'key'"),
        (("war: {kind", "publication: {kind"), "bad binding name 'publication'"),
        (("counted: war}", "countd: war}"), "cannot select on 'countd'"),
        (("    check:", "    chek:"), "unknown key 'chek'"),
    ],
)
def test_rule_mistakes_are_one_line_errors(tmp_path, change, message):
    with pytest.raises(RuleError, match=message) as caught:
        load(tmp_path, WAR_RULE.replace(*change))
    assert "\n" not in str(caught.value)


def test_claim_fields_give_years_of_a_decade_and_the_noun():
    claim = make_claim("d", ClaimKind.DURATION, text="a decade-long dispute", value=1.0,
                       unit="decade", counted="dispute")  # fmt: skip
    fields = claim_fields(claim, None)
    assert fields["years"] == 10.0
    assert fields["noun"] == "dispute"


def test_words_before_stops_at_the_sentence_end():
    text = "Rain fell. Since 2014 the road has been shut."
    document = make_document("d", text)
    claim = make_claim("d", ClaimKind.DATE, text="2014")
    claim = claim.__class__(**{**{f: getattr(claim, f) for f in claim.__slots__}, "start": 17})
    assert words_before(claim, document) == "since"


def test_render_value_shows_whole_numbers_without_decimals():
    assert [render_value(v) for v in (7.0, 2.5, None, True, "war")] == [
        "7",
        "2.5",
        "?",
        "true",
        "war",
    ]


def test_shipped_derived_rules_load():
    ids = {r.header.id for r in load_rules().rules}
    assert {"age-of-conflict-vs-start-year", "years-ago-vs-stated-year"} <= ids


def test_where_parts_naming_one_binding_filter_its_claims_before_pairing(tmp_path):
    rule, _ = load(
        tmp_path, WAR_RULE.replace('"same_sentence"', '"war.value > 5 and same_sentence"')
    )
    assert [b.filters != () for b in rule.bindings] == [True, False]
    assert rule.evaluate(war_claims(4, 2014), context()) == []  # the 4-year war is filtered out
    assert len(rule.evaluate(war_claims(9, 2014), context())) == 1


def test_claims_without_a_sentence_are_never_in_the_same_sentence(tmp_path):
    rule, _ = load(tmp_path, WAR_RULE)
    assert rule.evaluate(war_claims(4, 2014, sentence=""), context()) == []

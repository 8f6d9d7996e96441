import datetime as dt

from claimcheck.model import ClaimKind, Flag, Severity
from claimcheck.rules.engine import run_rules
from claimcheck.rules.facts import Facts, Person
from claimcheck.rules.loader import load_rules
from tests.helpers import make_claim, make_document

CORE = load_rules()


def docs(*ids, published=dt.date(2025, 3, 4)):
    return {i: make_document(i, published=published) for i in ids}


def deaths(doc, value, low, high, text=None, **kw):
    return make_claim(
        doc,
        value=value,
        low=low,
        high=high,
        measure="deaths",
        modality="actual",
        text=text or f"{value:g}",
        **kw,
    )


def test_counts_that_overlap_agree():
    claims = [
        deaths("a", 4500, 4500, 6750, "more than 4,500"),
        deaths("b", 4600, 4550, 4650),
    ]
    assert run_rules(CORE, claims, docs("a", "b")) == []


def test_counts_that_do_not_overlap_are_an_error_naming_both_readings():
    claims = [deaths("a", 12, 11.5, 12.5), deaths("b", 21, 20.5, 21.5), deaths("c", 12, 11.5, 12.5)]
    (finding,) = run_rules(CORE, claims, docs("a", "b", "c"))
    assert finding.rule == "count-consistency"
    assert finding.severity is Severity.ERROR
    assert finding.message == "deaths (actual) differ: 12 [a, c] vs 21 [b]"
    assert len(finding.claims) == 3


def test_planned_and_actual_figures_are_not_compared():
    plan = make_claim(
        "a", value=175000, low=87500, high=175000, measure="troops", modality="planned"
    )
    now = make_claim("b", value=94000, low=94000, high=141000, measure="troops", modality="actual")
    assert run_rules(CORE, [plan, now], docs("a", "b")) == []


def test_one_document_is_never_inconsistent_with_itself():
    claims = [deaths("a", 12, 11.5, 12.5), deaths("a", 21, 20.5, 21.5)]
    assert run_rules(CORE, claims, docs("a")) == []


def test_a_document_agrees_when_any_of_its_values_matches():
    claims = [deaths("a", 12, 11.5, 12.5), deaths("a", 30, 29.5, 30.5), deaths("b", 30, 29.5, 30.5)]
    assert run_rules(CORE, claims, docs("a", "b")) == []


def test_boilerplate_claims_are_never_compared():
    claims = [
        deaths("a", 12, 11.5, 12.5),
        deaths("b", 40, 39.5, 40.5, flags=(Flag.BOILERPLATE.value,)),
    ]
    assert run_rules(CORE, claims, docs("a", "b")) == []


def test_documents_of_different_stories_are_not_compared():
    documents = {
        "a": make_document("a", story="quake-2016"),
        "b": make_document("b", story="quake-2017"),
    }
    claims = [deaths("a", 12, 11.5, 12.5), deaths("b", 40, 39.5, 40.5)]
    assert run_rules(CORE, claims, documents) == []


def test_attribution_dates_are_not_compared():
    def date_claim(doc, day, flags=()):
        start = dt.datetime(2025, 3, day, tzinfo=dt.UTC).timestamp()
        return make_claim(
            doc,
            ClaimKind.DATE,
            text=f"March {day}",
            date=dt.date(2025, 3, day),
            value=start,
            low=start,
            high=start + 86400,
            event="fire",
            flags=flags,
        )

    quiet = [date_claim("a", 2), date_claim("b", 3, (Flag.ATTRIBUTION.value,))]
    assert run_rules(CORE, quiet, docs("a", "b")) == []
    loud = [date_claim("a", 2), date_claim("b", 3)]
    (finding,) = run_rules(CORE, loud, docs("a", "b"))
    assert finding.rule == "date-consistency"


def test_age_is_checked_against_birth_date_on_publication_day():
    facts = Facts((Person("Dana Okafor", dt.date(1962, 7, 14)),))
    wrong = make_claim(
        "a", ClaimKind.AGE, text="61-year-old", value=61, low=61, high=62, unit="year",
        subject="Dana Okafor",
    )  # fmt: skip
    right = make_claim(
        "b", ClaimKind.AGE, text="62", value=62, low=62, high=63, unit="year", subject="Okafor"
    )
    findings = run_rules(CORE, [wrong, right], docs("a", "b"), facts)
    assert [f.rule for f in findings] == ["age-facts"]
    assert findings[0].message == "Dana Okafor was 62 on 2025-03-04 (born 1962-07-14), not 61"


def test_birthday_later_in_the_year_is_respected():
    facts = Facts((Person("Tom Reyes", dt.date(1969, 11, 20)),))
    claim = make_claim(
        "a", ClaimKind.AGE, text="55", value=55, low=55, high=56, unit="year", subject="Tom Reyes"
    )
    assert run_rules(CORE, [claim], docs("a"), facts) == []
    # 56 only from his birthday on: the rule does read this age.
    older = make_claim(
        "a", ClaimKind.AGE, text="56", value=56, low=56, high=57, unit="year", subject="Tom Reyes"
    )
    assert [f.rule for f in run_rules(CORE, [older], docs("a"), facts)] == ["age-facts"]


def test_implausible_age_is_a_warning():
    claim = make_claim(
        "a", ClaimKind.AGE, text="230-year-old", value=230, low=230, high=231, unit="year",
        subject="x",
    )  # fmt: skip
    (finding,) = run_rules(CORE, [claim], docs("a"))
    assert finding.rule == "age-plausible"
    assert finding.severity is Severity.WARNING


def test_an_age_in_months_is_neither_implausible_nor_checked_in_years():
    facts = Facts((Person("Dana Okafor", dt.date(2024, 9, 1)),))
    baby = make_claim(
        "a", ClaimKind.AGE, text="130 days old", value=130, low=130, high=131, unit="day",
        subject="Dana Okafor",
    )  # fmt: skip
    assert run_rules(CORE, [baby], docs("a"), facts) == []


def test_fingerprint_ignores_positions_but_not_wording():
    a = [deaths("a", 12, 11.5, 12.5), deaths("b", 21, 20.5, 21.5)]
    moved = [deaths("a", 12, 11.5, 12.5, line=40), deaths("b", 21, 20.5, 21.5, column=9)]
    first = run_rules(CORE, a, docs("a", "b"))[0].fingerprint
    assert first == run_rules(CORE, moved, docs("a", "b"))[0].fingerprint
    changed = [deaths("a", 12, 11.5, 12.5), deaths("b", 22, 21.5, 22.5)]
    assert first != run_rules(CORE, changed, docs("a", "b"))[0].fingerprint


def test_a_loose_figure_that_fits_both_sides_does_not_hide_the_conflict():
    claims = [
        deaths("a", 68000, 67500, 68500, "68,000"),
        deaths("b", 60000, 55000, 65000, "about 60,000"),
        deaths("c", 60000, 60000, 90000, "over 60,000"),
    ]
    (finding,) = run_rules(CORE, claims, docs("a", "b", "c"))
    assert finding.message == "deaths (actual) differ: 68,000 [a] vs about 60,000 [b]"
    assert {claim.split("@")[0] for claim in finding.claims} == {"a", "b"}


def test_agreeing_chains_of_loose_figures_stay_quiet():
    claims = [
        deaths("a", 4500, 4500, 6750, "more than 4,500"),
        deaths("b", 5000, 4750, 5250, "about 5,000"),
        deaths("c", 5000, 4950, 5050, "5,000"),
    ]
    assert run_rules(CORE, claims, docs("a", "b", "c")) == []

"""Sources differ, parts and wholes, background events, restatements in one article."""

import datetime as dt
from dataclasses import replace

from claimcheck.model import ClaimKind, Flag, Severity
from claimcheck.rules.engine import run_rules
from claimcheck.rules.loader import load_rules
from tests.helpers import make_claim, make_document

CORE = load_rules()


def docs(*ids, text=""):
    return {i: make_document(i, text=text, published=dt.date(2026, 3, 2)) for i in ids}


def deaths(doc, value, **kw):
    return make_claim(
        doc,
        value=value,
        low=value - 0.5,
        high=value + 0.5,
        measure="deaths",
        modality="actual",
        text=kw.pop("text", f"{value:g}"),
        **kw,
    )


def rules_of(findings):
    return sorted((f.rule, f.severity) for f in findings)


def test_different_named_sources_differ_as_info_not_as_a_contradiction():
    claims = [deaths("a", 14, attribution="VEA"), deaths("b", 41, attribution="NRC")]
    (finding,) = run_rules(CORE, claims, docs("a", "b"))
    assert (finding.rule, finding.severity) == ("sources-differ", Severity.INFO)
    assert "14 (NRC)" not in finding.message and "(VEA)" in finding.message
    assert "41 (NRC) [b]" in finding.message


def test_the_same_source_quoted_with_different_values_is_a_contradiction():
    claims = [deaths("a", 14, attribution="VEA"), deaths("b", 41, attribution="VEA")]
    assert rules_of(run_rules(CORE, claims, docs("a", "b"))) == [
        ("count-consistency", Severity.ERROR)
    ]


def test_generic_sources_do_not_explain_a_difference():
    claims = [deaths("a", 14, attribution="officials"), deaths("b", 41, attribution="VEA")]
    assert rules_of(run_rules(CORE, claims, docs("a", "b"))) == [
        ("count-consistency", Severity.ERROR)
    ]


def test_an_unattributed_figure_matching_one_source_is_not_a_third_reading():
    claims = [
        deaths("a", 14, attribution="VEA"),
        deaths("b", 41, attribution="NRC"),
        deaths("c", 41),
    ]
    assert rules_of(run_rules(CORE, claims, docs("a", "b", "c"))) == [
        ("sources-differ", Severity.INFO)
    ]


def test_a_part_is_not_compared_with_the_whole():
    claims = [deaths("a", 600), deaths("b", 80, scope="Larkspur neighbourhood"), deaths("b", 600)]
    assert run_rules(CORE, claims, docs("a", "b")) == []


def test_the_same_part_in_two_outlets_is_compared():
    claims = [deaths("a", 70, scope="Arden county"), deaths("b", 80, scope="Arden county")]
    assert rules_of(run_rules(CORE, claims, docs("a", "b"))) == [
        ("count-consistency", Severity.ERROR)
    ]


def test_parts_of_one_level_adding_up_to_more_than_the_whole_are_a_warning():
    claims = [
        deaths("a", 14),
        deaths("a", 9, scope="Arden county"),
        deaths("a", 8, scope="Bell county"),
    ]
    (finding,) = run_rules(CORE, claims, docs("a"))
    assert (finding.rule, finding.severity) == ("parts-exceed-whole", Severity.WARNING)
    assert "add up to 17" in finding.message


def test_parts_of_different_levels_are_not_added():
    claims = [
        deaths("a", 14),
        deaths("a", 9, scope="Arden county"),
        deaths("a", 8, scope="children"),
    ]
    assert run_rules(CORE, claims, docs("a")) == []


def test_parts_at_different_as_of_times_are_not_added():
    first = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)
    later = dt.datetime(2026, 3, 2, 20, tzinfo=dt.UTC)
    claims = [
        deaths("a", 14, as_of=first),
        deaths("a", 9, scope="Arden county", as_of=later),
        deaths("a", 8, scope="Bell county", as_of=later),
    ]
    assert run_rules(CORE, claims, docs("a")) == []


def test_a_background_event_is_compared_only_with_the_same_background_event():
    older = {"flags": (Flag.BACKGROUND.value,), "event": "1998 Varn quake"}
    claims = [deaths("a", 14), deaths("a", 300, **older), deaths("b", 14)]
    assert run_rules(CORE, claims, docs("a", "b")) == []
    claims.append(deaths("b", 350, **older))
    assert rules_of(run_rules(CORE, claims, docs("a", "b"))) == [
        ("count-consistency", Severity.ERROR)
    ]


def speed(start, end, value, text):
    claim = make_claim(
        "a",
        ClaimKind.QUANTITY,
        value=value,
        low=value * 0.99,
        high=value * 1.01,
        unit="kilometer/hour",
        text=text,
    )
    return replace(claim, start=start, end=end, id=f"a@1:{start}")


def test_a_restatement_in_other_units_that_does_not_convert_is_an_error():
    text = "winds of 120 mph (320 km/h)"
    wrong = [speed(9, 16, 193.1, "120 mph"), speed(18, 26, 320, "320 km/h")]
    (finding,) = run_rules(CORE, wrong, docs("a", text=text))
    assert finding.rule == "restatement-quantity" and finding.severity is Severity.ERROR
    right = [speed(9, 16, 193.1, "120 mph"), speed(18, 26, 195, "195 km/h")]
    assert run_rules(CORE, right, docs("a", text=text)) == []


def test_figures_that_are_not_next_to_each_other_are_not_a_restatement():
    text = "winds of 120 mph, then gusts of 320 km/h"
    claims = [speed(9, 16, 193.1, "120 mph"), speed(32, 40, 320, "320 km/h")]
    assert run_rules(CORE, claims, docs("a", text=text)) == []


def test_a_role_and_a_name_may_be_one_source_so_they_do_not_explain_a_difference():
    claims = [
        deaths("a", 12, attribution="county coroner"),
        deaths("b", 21, attribution="Meacham"),
    ]
    assert rules_of(run_rules(CORE, claims, docs("a", "b"))) == [
        ("count-consistency", Severity.ERROR)
    ]


def share(doc, value, scope):
    return make_claim(
        doc,
        ClaimKind.PERCENT,
        value=value,
        low=value - 0.5,
        high=value + 0.5,
        unit="percent",
        measure="share of homes",
        modality="actual",
        scope=scope,
        text=f"{value:g}%",
    )


def test_shares_of_one_neighbourhood_must_agree_and_other_neighbourhoods_are_not_compared():
    same = [share("a", 70, "Arden Hill neighbourhood"), share("b", 80, "Arden Hill neighbourhood")]
    assert rules_of(run_rules(CORE, same, docs("a", "b"))) == [
        ("share-consistency", Severity.ERROR)
    ]
    other = [share("a", 90, "Millbrook neighbourhood"), share("b", 80, "Arden Hill neighbourhood")]
    assert run_rules(CORE, other, docs("a", "b")) == []


def test_a_restatement_holds_when_one_figure_converted_rounds_to_the_other():
    # 150 mph is 241.4 km/h, not in what "260" rounds from, nor is 260 km/h (161.6 mph)
    # in [145, 155): two rounded intervals that nearly touch are not a conversion.
    text = "winds of 150 mph (260 km/h)"
    wrong = [
        replace(speed(9, 16, 241.4, "150 mph"), low=233.4, high=249.4),
        replace(speed(18, 26, 260, "260 km/h"), low=255, high=265),
    ]
    (finding,) = run_rules(CORE, wrong, docs("a", text=text))
    assert finding.rule == "restatement-quantity"
    text = "winds of 155 mph (250 km/h)"
    right = [
        replace(speed(9, 16, 249.4, "155 mph"), low=248.6, high=250.3),
        replace(speed(18, 26, 250, "250 km/h"), low=245, high=255),
    ]
    assert run_rules(CORE, right, docs("a", text=text)) == []

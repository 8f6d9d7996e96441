import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.rules.evaluation import evaluate
from claimcheck.rules.expressions import (
    ExpressionError,
    parse_expression,
    tokenize,
)


def run(text, **values):
    return evaluate(parse_expression(text), {k.replace("__", "."): v for k, v in values.items()})


def test_arithmetic_follows_usual_precedence():
    assert run("1 + 2 * 3 - 4 / 2") == 5.0
    assert run("(1 + 2) * 3") == 9.0
    assert run("-2 * -3") == 6.0


def test_dotted_names_read_bound_values():
    assert run("publication.year - start.year", publication__year=2021.0, start__year=2014.0) == 7


def test_war_age_formula_accepts_seven_years_from_2014_in_2021():
    formula = "abs(publication.year - start.year - war.value) <= 1"
    values = {"publication.year": 2021.0, "start.year": 2014.0, "war.value": 7.0}
    assert evaluate(parse_expression(formula), values) is True
    assert evaluate(parse_expression(formula), {**values, "war.value": 4.0}) is False


def test_functions_min_max_abs_round_year():
    assert run("min(3, 1, 2) + max(4, 5)") == 6.0
    assert run("abs(-2.5) + round(1.4)") == 3.5
    assert run("year(d)", d=dt.date(2014, 2, 20)) == 2014.0


def test_contains_matches_whole_words_in_any_case():
    assert run("contains(s, 'broke out')", s="The war Broke Out in") is True
    assert run("contains(s, 'war')", s="the warden said") is False
    assert run("contains(s, 'x', 'since')", s="fighting since") is True


def test_missing_value_makes_a_comparison_unknown_not_false():
    assert run("a.value <= 1") is None
    assert run("a.value + 1") is None


def test_logic_is_three_valued():
    assert run("false and a.x") is False
    assert run("true or a.x") is True
    assert run("true and a.x") is None
    assert run("not a.x") is None
    assert run("not (1 > 2) and 2 >= 2") is True


def test_strings_and_dates_compare_but_do_not_add_to_numbers():
    assert run("k == 'war'", k="war") is True
    assert run("k != 'war'", k="war") is False
    assert run("k + 1", k="war") is None
    assert run("d2 - d1", d1=dt.date(2021, 1, 1), d2=dt.date(2021, 1, 31)) == 30.0


def test_division_by_zero_is_unknown():
    assert run("1 / 0") is None


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("1 +", 4),
        ("war.value $ 2", 11),
        ("abs(1, 2)", 1),
        ("foo(1)", 1),
        ("(1 + 2", 7),
        ("1 < 2 < 3", 7),
        ("1 2", 3),
        ("", 1),
        ("and 1", 1),
    ],
)
def test_parse_errors_give_the_column_inside_the_formula(text, column):
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert caught.value.column == column


def test_unknown_name_is_reported_at_its_column():
    formula = parse_expression("war.value + war.valeu")
    with pytest.raises(ExpressionError) as caught:
        formula.check_names(frozenset({"war.value"}))
    assert caught.value.column == 13
    assert "war.valeu" in caught.value.message


def test_deep_nesting_is_an_error_not_a_crash():
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse_expression("(" * 500 + "1" + ")" * 500)
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse_expression("-" * 500 + "1")


def test_overlong_formula_is_refused():
    with pytest.raises(ExpressionError, match="longer than"):
        tokenize("1 + " * 1000)


def test_python_is_never_evaluated():
    with pytest.raises(ExpressionError):
        parse_expression("__import__('os').system('true')")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_parses_or_raises_expression_error(text):
    try:
        parse_expression(text)
    except ExpressionError as error:
        assert 1 <= error.column <= len(text) + 1


@settings(max_examples=150, deadline=None)
@given(
    st.integers(-1000, 1000),
    st.integers(-1000, 1000),
    st.integers(-1000, 1000),
    st.sampled_from(["+", "-", "*"]),
    st.sampled_from(["<", "<=", ">", ">=", "==", "!="]),
)
def test_integer_arithmetic_and_comparisons_agree_with_python(a, b, c, op, cmp):
    formula = f"a {op} b {cmp} c"
    python = {"+": a + b, "-": a - b, "*": a * b}[op]
    expected = {
        "<": python < c,
        "<=": python <= c,
        ">": python > c,
        ">=": python >= c,
        "==": python == c,
        "!=": python != c,
    }[cmp]
    assert evaluate(parse_expression(formula), {"a": a, "b": b, "c": c}) is expected

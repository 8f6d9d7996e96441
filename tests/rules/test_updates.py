"""Figures over time: updates, counts that fell, contradictions at one as-of time."""

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import RuleError
from claimcheck.resolve.vocabulary import load_vocabularies


def check(tmp_path: Path, *articles: tuple[str, str, str]):
    for name, published, body in articles:
        text = f"---\nsource: {name.title()} News\npublished: {published}\n---\n{body}\n"
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    return claimcheck.check([str(tmp_path)])


def findings(result, rule="count-consistency"):
    table = result.findings
    return table[table.rule == rule][["severity", "message"]].to_records(index=False).tolist()


def test_a_later_higher_toll_is_an_update_not_a_contradiction(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "The Pelham dam failure killed 14 people on Sunday night."),
        ("delta", "2025-06-04", "The Pelham dam failure has killed 22 people, officials said."),
    )
    ((severity, message),) = findings(result)
    assert severity == "info"
    assert message.startswith("deaths rose over time: 14 (2025-06-01)")
    assert result.exit_code == 0


def test_a_later_lower_cumulative_count_is_a_warning_that_it_fell(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "Police have arrested 40 people since the riots began."),
        ("delta", "2025-06-04", "Police have arrested 31 people since the riots began."),
    )
    ((severity, message),) = findings(result)
    assert severity == "warning"
    assert "fell over time" in message


def test_different_tolls_at_the_same_as_of_time_contradict(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "The Pelham dam failure has killed 14 people."),
        ("delta", "2025-06-02", "The Pelham dam failure has killed 41 people."),
    )
    ((severity, message),) = findings(result)
    assert severity == "error"
    assert "14" in message and "41" in message


def test_an_earlier_figure_stated_as_earlier_in_one_article_is_an_update(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-03", "The flood has killed 83 people, up from 77 reported previously."),
    )
    assert [severity for severity, _ in findings(result)] == ["info"]


def test_fixed_facts_must_agree_whatever_their_as_of_times(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "The plane that landed in Tarsk carried 78 passengers."),
        ("delta", "2025-06-05", "The plane that landed in Tarsk carried 73 passengers."),
    )
    ((severity, _),) = findings(result)
    assert severity == "error"


def test_a_level_known_only_by_publication_day_is_not_a_contradiction(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "Some 150 firefighters are tackling the blaze near Corby."),
        ("delta", "2025-06-02", "More than 250 firefighters are battling the flames."),
    )
    ((severity, _),) = findings(result)
    assert severity == "info"


def test_a_level_at_the_same_explicit_time_must_agree(tmp_path):
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "As of 6 p.m. ET on Sunday, 150 firefighters were on the line."),
        ("delta", "2025-06-02", "As of 6 p.m. ET on Sunday, 250 firefighters were on the line."),
    )
    ((severity, _),) = findings(result)
    assert severity == "error"


def test_measures_declare_their_nature():
    natures = load_vocabularies().natures
    assert natures["deaths"] == "cumulative"
    assert natures["passengers"] == "fixed"
    assert natures["firefighters"] == "level"


def test_an_unknown_nature_is_an_error_at_its_line(tmp_path):
    path = tmp_path / "measures.yaml"
    path.write_text("measures:\n  tremors:\n    nature: growing\n    nouns: [tremor]\n")
    with pytest.raises(RuleError) as error:
        load_vocabularies([path])
    assert "unknown nature 'growing'" in str(error.value)
    assert error.value.line == 3


def test_an_earlier_figure_is_not_compared_with_other_outlets_of_the_day_before(tmp_path):
    # "up from 51" on Tuesday's live page is that page's history, not a Monday figure
    # that contradicts Monday's 30.
    result = check(
        tmp_path,
        ("ridge", "2025-06-02", "The Orren mine collapse has killed at least 30 miners."),
        (
            "delta",
            "2025-06-03",
            "UPDATE 6:10 p.m.\n\nThe death toll in the Orren mine collapse rose to 64, "
            "up from 51 in the morning.",
        ),
    )
    assert {severity for severity, _ in findings(result)} == {"info"}


def test_a_figure_of_one_hour_and_a_figure_of_the_same_day_are_not_a_contradiction(tmp_path):
    # A running toll moves within a day: 410 at 11:20 and "more than 500 by the
    # evening" in another outlet of that day are an unclear as-of, not an error.
    result = check(
        tmp_path,
        ("ridge", "2025-06-03", "UPDATE 11:20 a.m.\n\nThe flood has injured 410 people."),
        ("delta", "2025-06-03", "By Tuesday evening the flood had injured more than 500 people."),
    )
    assert [severity for severity, _ in findings(result)] == ["info"]

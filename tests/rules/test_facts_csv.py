import datetime as dt

import pytest

from claimcheck.errors import RuleError
from claimcheck.rules.facts_csv import load_facts_csv, parse_facts_csv


def test_people_with_aliases_split_on_semicolons_are_found_by_alias():
    facts = parse_facts_csv(
        "name,born,aliases\nMarta Lindqvist,1958-11-03,Lindqvist; Governor Lindqvist\n", "p.csv"
    )
    person = facts.person("Governor Lindqvist")
    assert person is not None
    assert person.born == dt.date(1958, 11, 3)
    assert person.age_on(dt.date(2024, 11, 2)) == 65


def test_columns_may_come_in_any_order_and_case_with_optional_died():
    facts = parse_facts_csv("Born,Name,Died\n1930-05-01,Otto Brenn,2001-02-02\n", "p.csv")
    assert facts.people[0].name == "Otto Brenn"
    assert facts.people[0].died == dt.date(2001, 2, 2)


def test_blank_rows_are_skipped_and_empty_file_has_no_people():
    assert len(parse_facts_csv("name,born\n\nAna Ruiz,1970-01-31\n,\n", "p.csv").people) == 1
    assert parse_facts_csv("", "p.csv").people == ()


def test_bad_date_names_the_file_and_line():
    with pytest.raises(RuleError) as caught:
        parse_facts_csv("name,born\nAna Ruiz,1970-01-31\nLeo Park,31/01/1970\n", "p.csv")
    assert str(caught.value).startswith("p.csv:3: 'born' must be a date")


@pytest.mark.parametrize(
    ("header", "message"),
    [("name,born,birthplace", "unknown column 'birthplace'"), ("name,aliases", "missing column")],
)
def test_header_mistakes_are_errors(header, message):
    with pytest.raises(RuleError, match=message):
        parse_facts_csv(header + "\n", "p.csv")


def test_load_reads_a_file_and_reports_a_missing_one(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,born\nAna Ruiz,1970-01-31\n", encoding="utf-8")
    assert load_facts_csv(path).path == str(path)
    with pytest.raises(RuleError, match="file not found"):
        load_facts_csv(tmp_path / "nope.csv")

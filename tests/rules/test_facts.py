import datetime as dt

import pytest

from claimcheck.errors import RuleError
from claimcheck.rules.facts import Person, load_facts


def test_facts_load_people_with_aliases(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("people:\n  - name: Jane Doe\n    aliases: [Mayor Doe]\n    born: 1961-04-02\n")
    facts = load_facts(path)
    assert facts.person("mayor doe").born == dt.date(1961, 4, 2)
    assert facts.person("Doe").name == "Jane Doe"
    assert facts.person("John Smith") is None


def test_bad_birth_date_names_the_line(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("people:\n  - name: Jane Doe\n    born: April 2\n")
    with pytest.raises(RuleError, match=r"facts.yaml:3:5: 'born' must be a date"):
        load_facts(path)


def test_age_on_counts_whole_years():
    person = Person("A", dt.date(1942, 11, 20))
    assert person.age_on(dt.date(2021, 11, 19)) == 78
    assert person.age_on(dt.date(2021, 11, 20)) == 79

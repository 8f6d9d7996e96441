import textwrap

import pytest

from claimcheck.errors import RuleError
from claimcheck.rules.loader import load_rules


def write(tmp_path, text, name="rules.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_shipped_packs_load_and_have_unique_ids():
    rule_set = load_rules()
    ids = [r.header.id for r in rule_set.rules]
    assert len(ids) == len(set(ids))
    assert {"count-consistency", "age-plausible", "age-facts"} <= set(ids)


def test_unknown_key_is_reported_with_line_and_column(tmp_path):
    path = write(
        tmp_path,
        """\
        rules:
          - id: r1
            type: range
            message: "x"
            max: 3
            tolerence: 2
        """,
    )
    with pytest.raises(RuleError) as caught:
        load_rules([path])
    assert str(caught.value).startswith(f"{path}:6:5: unknown key 'tolerence'")
    assert "\n" not in str(caught.value)


def test_unknown_rule_type_lists_the_known_ones(tmp_path):
    path = write(tmp_path, "rules:\n  - id: r1\n    type: magic\n    message: m\n")
    known = "consistency, derived, drift, parts, range, reference, restatement, source-tokens"
    with pytest.raises(RuleError, match=rf":3:5: unknown rule type .magic..*{known}"):
        load_rules([path])


def test_bad_placeholder_in_message_is_an_error(tmp_path):
    path = write(
        tmp_path,
        'rules:\n  - id: r1\n    type: range\n    max: 3\n    message: "{value.__class__}"\n',
    )
    with pytest.raises(RuleError, match="unknown placeholder"):
        load_rules([path])


def test_bad_severity_is_an_error(tmp_path):
    path = write(
        tmp_path,
        "rules:\n  - id: r1\n    type: range\n    max: 3\n    message: m\n    severity: fatal\n",
    )
    with pytest.raises(RuleError, match=r"bad severity 'fatal'.*error, warning or info"):
        load_rules([path])


def test_consistency_needs_a_key(tmp_path):
    path = write(tmp_path, "rules:\n  - id: r1\n    type: consistency\n    message: m\n")
    with pytest.raises(RuleError, match="needs 'key'"):
        load_rules([path])


def test_duplicate_ids_across_files_are_an_error(tmp_path):
    rule = "rules:\n  - id: same\n    type: range\n    max: 1\n    message: m\n"
    write(tmp_path, rule, "a.yaml")
    write(tmp_path, rule, "b.yaml")
    with pytest.raises(RuleError, match="defined twice"):
        load_rules([tmp_path])


def test_folder_skips_fixtures_and_collects_vocabularies(tmp_path):
    write(
        tmp_path, "rules:\n  - id: r1\n    type: range\n    max: 1\n    message: m\n", "mine.yaml"
    )
    write(tmp_path, "measures:\n  goals:\n    nouns: [goal]\n", "measures.yaml")
    (tmp_path / "fixtures").mkdir()
    write(tmp_path / "fixtures", "not: a rule\n", "x.yaml")
    rule_set = load_rules([tmp_path])
    assert [r.header.id for r in rule_set.rules] == ["r1"]
    assert [p.name for p in rule_set.vocabulary_files] == ["measures.yaml"]


def test_missing_rule_path_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="rule path not found"):
        load_rules([tmp_path / "nowhere"])

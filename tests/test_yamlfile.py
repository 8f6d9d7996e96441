import pytest

from claimcheck.errors import RuleError
from claimcheck.yamlfile import Located, load_yaml, parse_yaml


def test_mappings_remember_key_positions():
    doc = parse_yaml("rules:\n  - id: a\n    type: range\n", "r.yaml")
    rule = doc["rules"][0]
    assert isinstance(rule, Located)
    assert rule.position("type") == (3, 5)


def test_syntax_error_names_file_line_and_column():
    with pytest.raises(RuleError) as caught:
        parse_yaml("rules:\n  - id: [a\n", "bad.yaml")
    assert str(caught.value).startswith("bad.yaml:3:")


def test_duplicate_keys_are_rejected_with_position():
    with pytest.raises(RuleError, match=r"dup.yaml:2:1: duplicate key 'a'"):
        parse_yaml("a: 1\na: 2\n", "dup.yaml")


def test_python_tags_are_not_constructed():
    with pytest.raises(RuleError):
        parse_yaml("x: !!python/object/apply:os.system ['echo hi']\n", "evil.yaml")


def test_missing_file_is_a_rule_error(tmp_path):
    with pytest.raises(RuleError, match="file not found"):
        load_yaml(tmp_path / "nope.yaml")

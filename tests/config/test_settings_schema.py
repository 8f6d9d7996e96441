"""One schema: the Settings dataclass, validated by a pydantic model derived from it."""

from __future__ import annotations

import pytest

from claimcheck.config import ConfigError, Settings, resolve_settings
from claimcheck.config.validate import check_settings


def test_the_derived_model_fills_in_the_dataclass_defaults():
    assert check_settings({}).settings == Settings()
    assert check_settings({}).fields_set == frozenset()


def test_a_file_style_mapping_becomes_settings_with_the_fields_it_set():
    checked = check_settings({"fail-on": "warning", "severity": {"drift": "off"}})
    assert checked.settings.fail_on == "warning"
    assert checked.settings.severity == {"drift": "off"}
    assert checked.fields_set == {"fail_on", "severity"}


def test_checked_command_line_values_without_a_file_need_no_validation(tmp_path):
    project = resolve_settings(
        {"fail_on": "info", "paths": ["harbour"]}, cwd=tmp_path, command_line_checked=True
    )
    assert project.settings == Settings(fail_on="info", paths=["harbour"])
    assert project.sources["fail_on"] == "command line"
    assert project.sources["format"] == "default"


def test_an_api_callers_bad_value_is_still_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="bad value 'loud' for 'fail-on'"):
        resolve_settings({"fail_on": "loud"}, cwd=tmp_path)


def test_an_unknown_report_format_is_rejected_with_the_formats_accepted(tmp_path):
    with pytest.raises(ConfigError, match="use one of rich, json"):
        resolve_settings({"format": "pdf"}, cwd=tmp_path, command_line_checked=True)

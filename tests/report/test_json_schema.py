"""The JSON report validates against its published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import claimcheck
from claimcheck.report import render

SCHEMA = Path(claimcheck.__file__).parent / "report" / "schema.json"


def test_example_report_validates_against_the_published_schema(wildfire):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(render(wildfire, "json")))

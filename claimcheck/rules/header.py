"""The keys every rule has, whatever its type (like a linter rule's metadata)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.model import Severity
from claimcheck.rules.select import Selector, parse_selector
from claimcheck.rules.template import Template, parse_template
from claimcheck.yamlfile import Located

COMMON_KEYS = (
    "id", "type", "description", "severity", "message", "select", "key", "link", "example",
)  # fmt: skip
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
KEY_COLUMNS = frozenset(
    {"measure", "modality", "unit", "kind", "event", "subject", "counted", "granularity", "source"}
)


@dataclass(frozen=True, slots=True)
class RuleHeader:
    id: str
    type: str
    description: str
    severity: Severity
    message: Template
    select: Selector
    key: tuple[str, ...]
    link: str | None
    path: str
    line: int
    example: str | None = None  # what the rule catches, in words (rules explain shows it)


def parse_header(
    entry: Located, type_keys: tuple[str, ...], placeholders: frozenset[str]
) -> RuleHeader:
    """Validate the common keys and reject keys neither common nor the type's own."""
    allowed = set(COMMON_KEYS) | set(type_keys)
    for name in entry:
        if name not in allowed:
            raise entry.error(
                f"unknown key '{name}' in rule '{entry.get('id', '?')}'",
                key=name,
                hint=f"keys for type '{entry.get('type')}': {', '.join(sorted(allowed))}",
            )
    rule_id = _required_str(entry, "id")
    if not _ID.match(rule_id):
        raise entry.error(
            f"bad rule id '{rule_id}'",
            key="id",
            hint="use lowercase letters, digits, '-', '_', '.'",
        )
    severity_text = str(entry.get("severity", "error"))
    try:
        severity = Severity(severity_text)
    except ValueError:
        raise entry.error(
            f"bad severity '{severity_text}'", key="severity", hint="use error, warning or info"
        ) from None
    key = entry.get("key", [])
    if isinstance(key, str):
        key = [key]
    if not isinstance(key, list) or any(k not in KEY_COLUMNS for k in key):
        raise entry.error(
            "bad 'key'", key="key", hint=f"a list of columns from: {', '.join(sorted(KEY_COLUMNS))}"
        )
    return RuleHeader(
        id=rule_id,
        type=_required_str(entry, "type"),
        description=str(entry.get("description", "")).strip(),
        severity=severity,
        message=parse_template(entry, "message", placeholders),
        select=parse_selector(entry),
        key=tuple(key),
        link=str(entry["link"]) if "link" in entry else None,
        path=entry.path,
        line=entry.line,
        example=str(entry["example"]).strip() if "example" in entry else None,
    )


def parse_choice(
    entry: Located, name: str, choices: tuple[str, ...], default: str | None = None
) -> str:
    """A type key whose value is one of a few words (``check: age``, ``verdict: missing``).

    Example:
        >>> from claimcheck.yamlfile import parse_yaml
        >>> rule = parse_yaml("verdict: missing", "r.yaml")
        >>> parse_choice(rule, "verdict", ("contradicted", "missing"))
        'missing'
    """
    value = entry.get(name, default)
    if value not in choices:
        raise entry.error(
            f"bad {name} '{value}'", key=name, hint=f"use one of: {', '.join(choices)}"
        )
    return str(value)


def _required_str(entry: Located, name: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise entry.error(f"missing or empty '{name}'", hint=f"every rule needs a '{name}'")
    return value.strip()

"""``--format sarif``: SARIF 2.1.0 for code-scanning UIs.

One result per finding, with a location per cited claim (file, line, column,
region and the quote as snippet), and a rule descriptor per rule that ran with
its description as help text, so a code-scanning UI annotates the article lines.
Article text is plain data in JSON strings; control characters are removed.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.model import Claim, Finding, Severity
from claimcheck.report.views import claim_region, clean, value_text

if TYPE_CHECKING:
    from claimcheck.result import Result
    from claimcheck.rules.header import RuleHeader

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "claimcheck/v1"  # Semgrep-style: rule, story and wording, not line numbers
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_log(result: Result) -> dict[str, Any]:
    """The SARIF log of a run, as a JSON-ready dict.

    Example:
        >>> from claimcheck import check
        >>> log = sarif_log(check(["Officials said 14 people died.", "Officials said 41 died."]))
        >>> log["version"], log["runs"][0]["results"][0]["ruleId"]
        ('2.1.0', 'count-consistency')
    """
    rules = _rule_descriptors(result)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    claims = {c.id: c for c in result.claim_list}
    sources = {d.id: d.source or d.id for d in result.document_list}
    results = [_result(f, index, claims, sources) for f in result.finding_list]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(result)],
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result: Result) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"


def _rule_descriptors(result: Result) -> list[dict[str, Any]]:
    headers: dict[str, RuleHeader | None] = {h.id: h for h in result.rules}
    for finding in result.finding_list:
        headers.setdefault(finding.rule, None)  # a result built without its rules
    return [_descriptor(rule_id, header) for rule_id, header in headers.items()]


def _descriptor(rule_id: str, header: RuleHeader | None) -> dict[str, Any]:
    if header is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    description = clean(header.description) or rule_id
    help_text = description + (f"\n\nCatches: {clean(header.example)}" if header.example else "")
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "shortDescription": {"text": description.split(". ")[0]},
        "fullDescription": {"text": description},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[header.severity]},
        "properties": {"tags": ["claimcheck", header.type]},
    }
    if header.link and header.link.startswith(("https://", "http://")):
        descriptor["helpUri"] = header.link
    return descriptor


def _result(
    finding: Finding, index: dict[str, int], claims: dict[str, Claim], sources: dict[str, str]
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": clean(finding.message)},
        "locations": [
            _location(claims[cid], sources.get(claims[cid].doc, claims[cid].doc))
            for cid in finding.claims
            if cid in claims
        ],
        "properties": {"story": finding.story, "key": dict(finding.key)},
    }
    if finding.fingerprint:
        record["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if finding.suppressed is not None:
        kind = "inSource" if finding.suppressed == "inline" else "external"
        record["suppressions"] = [{"kind": kind, "status": "accepted"}]
    return record


def _location(claim: Claim, source: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(claim.path)}}
    if claim.line >= 1 and claim.column >= 1:
        region = claim_region(claim)
        physical["region"] = {
            "startLine": region.line,
            "startColumn": region.column,
            "endLine": region.end_line,
            "endColumn": region.end_column,
            "snippet": {"text": clean(claim.quote or claim.text)},
        }
    message = f"{clean(source)}: {clean(claim.quote or claim.text)} = {value_text(claim)}"
    return {"physicalLocation": physical, "message": {"text": message}}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF artifact URI: relative paths stay relative.

    Example:
        >>> artifact_uri("news/fire day 2.md")
        'news/fire%20day%202.md'
    """
    posix = PurePath(path).as_posix()
    if PurePath(path).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def _invocation(result: Result) -> dict[str, Any]:
    notifications = []
    for error in result.errors:
        notification: dict[str, Any] = {"level": "error", "message": {"text": clean(str(error))}}
        if error.path:
            location: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(error.path)}}
            if error.line:
                location["region"] = {"startLine": error.line}
            notification["locations"] = [{"physicalLocation": location}]
        notifications.append(notification)
    return {"executionSuccessful": not result.errors, "toolExecutionNotifications": notifications}

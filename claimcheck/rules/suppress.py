"""Accepting known disagreements: inline markers in articles, and baseline files.

Inline: a line of the article (an HTML comment in Markdown/HTML, or a plain line)
``claimcheck: ignore`` or ``claimcheck: ignore[count-consistency, date-consistency]``
suppresses findings citing a claim on that line, or on the next line when the
marker stands on a line of its own (like ``# noqa`` / ``eslint-disable-next-line``).

Baseline: ``check --write-baseline FILE`` records the fingerprints of the current
findings; ``check --baseline FILE`` then suppresses those, so a pipeline fails only
on new disagreements. Fingerprints hash the rule, story and the claims' wording,
not offsets, so an entry survives edits elsewhere in the article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.model import Claim, Document, Finding

_MARKER = re.compile(r"claimcheck:\s*ignore(?:\[(?P<rules>[^\]\n]*)\])?", re.IGNORECASE)
_ONLY_MARKER = re.compile(r"^\s*(?:<!--|#|//)?\s*claimcheck:\s*ignore[^\n]*$", re.IGNORECASE)
BASELINE_SCHEMA = "claimcheck/baseline@1"


@dataclass(frozen=True, slots=True)
class Markers:
    """Inline markers of one document: line -> rule ids (empty set: every rule)."""

    by_line: Mapping[int, frozenset[str]]

    def silences(self, line: int | None, rule: str) -> bool:
        if line is None or line not in self.by_line:
            return False
        rules = self.by_line[line]
        return not rules or rule in rules


def find_markers(original: str) -> Markers:
    """Where a document's ``claimcheck: ignore`` markers apply.

    Example:
        >>> text = "12 dead <!-- claimcheck: ignore[count-consistency] -->\\n"
        >>> find_markers(text).silences(1, "count-consistency")
        True
    """
    by_line: dict[int, frozenset[str]] = {}
    if "claimcheck" not in original.lower():
        return Markers(by_line)
    for number, line in enumerate(original.splitlines(), start=1):
        match = _MARKER.search(line)
        if match is None:
            continue
        listed = match.group("rules") or ""
        rules = frozenset(r.strip() for r in listed.split(",") if r.strip())
        target = number + 1 if _ONLY_MARKER.match(line) else number
        if target in by_line and (not rules or not by_line[target]):
            rules = frozenset()  # one marker silences every rule: the union does too
        elif target in by_line:
            rules = rules | by_line[target]
        by_line[target] = rules
    return Markers(by_line)


def apply_inline(
    findings: Sequence[Finding], claims: Iterable[Claim], documents: Mapping[str, Document]
) -> list[Finding]:
    """Mark findings that cite a claim on a marked line of its article."""
    markers = {doc_id: find_markers(doc.original) for doc_id, doc in documents.items()}
    by_id = {c.id: c for c in claims}
    out = []
    for finding in findings:
        cited = [by_id[i] for i in finding.claims if i in by_id]
        silenced = any(
            markers[c.doc].silences(c.line, finding.rule) for c in cited if c.doc in markers
        )
        out.append(replace(finding, suppressed="inline") if silenced else finding)
    return out


def write_baseline(findings: Sequence[Finding], path: str | Path) -> None:
    """Record the current (unsuppressed) findings as accepted."""
    entries = [
        {"rule": f.rule, "fingerprint": f.fingerprint, "message": f.message}
        for f in findings
        if f.suppressed is None
    ]
    document = {"schema": BASELINE_SCHEMA, "findings": entries}
    try:
        Path(path).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise InputError(
            f"cannot write baseline ({error.strerror})", path=str(path), hint="check the path"
        ) from None


def load_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file accepts."""
    where = str(path)
    hint = "write one with: claimcheck check ... --write-baseline FILE"
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(
            f"cannot read baseline ({error.strerror})", path=where, hint=hint
        ) from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"baseline is not JSON ({error.msg})", path=where, line=error.lineno, hint=hint
        ) from None
    if not isinstance(document, dict) or document.get("schema") != BASELINE_SCHEMA:
        raise InputError(f"not a {BASELINE_SCHEMA} file", path=where, hint=hint)
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise InputError("baseline has no 'findings' list", path=where, hint=hint)
    return frozenset(str(e.get("fingerprint")) for e in entries if isinstance(e, dict))


def apply_baseline(findings: Sequence[Finding], accepted: frozenset[str]) -> list[Finding]:
    """Mark findings whose fingerprint the baseline accepts."""
    return [
        replace(f, suppressed="baseline")
        if f.suppressed is None and f.fingerprint in accepted
        else f
        for f in findings
    ]

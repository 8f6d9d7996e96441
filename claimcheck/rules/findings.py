"""Building findings with fingerprints that survive edits elsewhere in a file."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from claimcheck.model import Claim, Finding
from claimcheck.rules.header import RuleHeader


def fingerprint(
    rule_id: str,
    story: str | None,
    claims: Sequence[Claim],
    quotes: Sequence[tuple[str, str]] = (),
) -> str:
    """Hash of the rule, the story, and each claim's (or quote's) document and wording.

    Like Semgrep's finding ids it uses the matched content, not line numbers, so
    a baseline entry survives re-wording of unrelated parts of an article.
    ``quotes``: ``(doc, text)`` of what a finding cites that is not a claim.
    """
    cited = [*((c.doc, c.text) for c in claims), *quotes]
    parts = sorted(f"{doc}\x1f{' '.join(text.split()).lower()}" for doc, text in cited)
    digest = hashlib.sha256("\x1e".join([rule_id, story or "", *parts]).encode("utf-8"))
    return digest.hexdigest()[:16]


def make_finding(
    header: RuleHeader,
    message: str,
    claims: Sequence[Claim],
    key: tuple[tuple[str, str], ...] = (),
    story: str | None = None,
    quotes: Sequence[tuple[str, str]] = (),
) -> Finding:
    return Finding(
        rule=header.id,
        severity=header.severity,
        message=message,
        claims=tuple(c.id for c in claims),
        key=key,
        story=story,
        link=header.link,
        fingerprint=fingerprint(header.id, story, claims, quotes),
    )

"""The outcome of a run: documents, claims, findings and input errors.

Every report format is a view of a :class:`Result`; the CLI's exit code comes
from :func:`exit_code`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.model import Claim, Document, Finding, Severity

if TYPE_CHECKING:
    import pandas as pd

    from claimcheck.rules.header import RuleHeader

FAIL_ON = ("error", "warning", "info", "never")


def exit_code(
    findings: tuple[Finding, ...], errors: tuple[ClaimcheckError, ...], fail_on: str
) -> int:
    """The process exit code of a run, in one documented place.

    * 2 — an input could not be read (the others were still checked) or usage was wrong;
    * 1 — a finding at or above ``fail_on`` (``never`` never fails);
    * 0 — otherwise.

    Example:
        >>> exit_code((), (), "error")
        0
    """
    if errors:
        return 2
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    counted = (f for f in findings if f.suppressed is None)
    return 1 if any(f.severity.rank >= threshold for f in counted) else 0


def check_fail_on(fail_on: str) -> str:
    if fail_on not in FAIL_ON:
        raise UsageError(f"bad --fail-on '{fail_on}'", hint=f"use one of {', '.join(FAIL_ON)}")
    return fail_on


@dataclass(frozen=True, slots=True)
class StreamedRun:
    """What a streaming check (``--claims-out``) saw in all, since its Result keeps
    only the claims and documents its findings cite: the run's totals and the
    Parquet dataset that holds every claim."""

    claims_out: str
    documents: int
    claims: int
    claims_by_kind: tuple[tuple[str, int], ...] = ()

    def note(self, listed: int) -> str:
        """One line for the reports: where the claims went, and what is listed.

        Example:
            >>> StreamedRun("claims/", 3, 40).note(2)
            'all 40 claims are in claims/; this report lists the 2 its findings cite'
        """
        return (
            f"all {self.claims} claims are in {self.claims_out}; "
            f"this report lists the {listed} its findings cite"
        )


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`claimcheck.check` returns.

    ``documents``, ``claims`` and ``findings`` are pandas DataFrames; the
    dataclasses behind them are ``document_list``, ``claim_list`` and
    ``finding_list``.
    """

    document_list: tuple[Document, ...]
    claim_list: tuple[Claim, ...]
    finding_list: tuple[Finding, ...]
    errors: tuple[ClaimcheckError, ...] = ()
    fail_on: str = "error"
    rules: tuple[RuleHeader, ...] = ()  # the rules that ran (SARIF and JUnit list them)
    streamed: StreamedRun | None = None  # a streaming check: the run's totals

    def __repr__(self) -> str:
        """One line, not every document's text: ``Result(4 documents, 116 claims, ...)``."""
        summary = self.summary()
        return (
            f"Result({summary['documents']} documents, {summary['claims']} claims, "
            f"{summary['findings']} findings, {summary['suppressed']} suppressed, "
            f"{summary['errors']} errors, exit_code={self.exit_code})"
        )

    @property
    def exit_code(self) -> int:
        return exit_code(self.finding_list, self.errors, self.fail_on)

    @property
    def claims(self) -> pd.DataFrame:
        from claimcheck.table import to_frame

        return to_frame(self.claim_list, {d.id: d for d in self.document_list})

    @property
    def documents(self) -> pd.DataFrame:
        return _documents_frame(self.document_list)

    @property
    def findings(self) -> pd.DataFrame:
        return _findings_frame(self.finding_list)

    def summary(self) -> dict[str, Any]:
        kinds = Counter(c.kind.value for c in self.claim_list)
        active = [f for f in self.finding_list if f.suppressed is None]
        severities = Counter(f.severity.value for f in active)
        streamed = self.streamed
        if streamed is not None:
            kinds = Counter(dict(streamed.claims_by_kind))
        summary: dict[str, Any] = {
            "documents": len(self.document_list) if streamed is None else streamed.documents,
            "claims": len(self.claim_list) if streamed is None else streamed.claims,
            "claims_by_kind": dict(sorted(kinds.items())),
            "findings": len(active),
            "findings_by_severity": {
                s.value: severities.get(s.value, 0) for s in reversed(Severity)
            },
            "suppressed": len(self.finding_list) - len(active),
            "errors": len(self.errors),
        }
        if streamed is not None:
            summary["claims_out"] = streamed.claims_out
        return summary

    def to_json(self) -> str:
        """The ``claimcheck/report@1`` JSON document (see the README)."""
        from claimcheck.report import render

        return render(self, "json")

    def render(self, format: str = "markdown") -> str:
        """The report in one of the formats of ``claimcheck.report.FORMATS``."""
        from claimcheck.report import render

        return render(self, format)

    def _repr_html_(self) -> str:
        """A findings table for notebooks; every article-derived string is escaped."""
        from html import escape

        by_id = {c.id: c for c in self.claim_list}
        sources = {d.id: d.source or d.id for d in self.document_list}
        rows = "".join(
            f"<tr><td>{escape(f.severity.value)}</td><td>{escape(f.rule)}</td>"
            f"<td>{escape(f.message)}</td><td>{_evidence_html(f, by_id, sources)}</td></tr>"
            for f in self.finding_list
            if f.suppressed is None
        )
        summary = self.summary()
        return (
            f"<p><b>claimcheck</b>: {summary['documents']} documents, {summary['claims']} claims, "
            f"{summary['findings']} findings, {summary['suppressed']} suppressed, "
            f"{summary['errors']} input errors</p>"
            "<table><tr><th>severity</th><th>rule</th><th>finding</th><th>evidence</th></tr>"
            f"{rows}</table>"
        )


_EVIDENCE_SHOWN = 4  # documents cited per finding; the rest is counted, to keep rows short

_DOCUMENT_COLUMNS = ("id", "path", "source", "url", "title", "story", "role", "published")
_FINDING_STRINGS = ("rule", "message", "story", "fingerprint", "link", "suppressed")
_FINDING_COLUMNS = (
    "rule",
    "severity",
    "message",
    "claims",
    "key",
    "story",
    "fingerprint",
    "link",
    "suppressed",
)


def _evidence_html(finding: Finding, by_id: dict[str, Claim], sources: dict[str, str]) -> str:
    from html import escape

    # One cited claim per document: a finding is about sources disagreeing.
    first_by_doc: dict[str, Claim] = {}
    for claim_id in finding.claims:
        if claim_id in by_id:
            first_by_doc.setdefault(by_id[claim_id].doc, by_id[claim_id])
    cited = list(first_by_doc.values())
    items = [
        f"<b>{escape(sources.get(c.doc, c.doc))}</b>: <mark>{escape(c.quote or c.text)}</mark>"
        f" &mdash; {escape(c.sentence)}"
        for c in cited[:_EVIDENCE_SHOWN]
    ]
    if len(cited) > _EVIDENCE_SHOWN:
        items.append(f"(+{len(cited) - _EVIDENCE_SHOWN} more)")
    return "<br>".join(items)


def _documents_frame(documents: tuple[Document, ...]) -> pd.DataFrame:
    """One row per document; publication times as UTC datetimes like the claims table."""
    import pandas as pd

    from claimcheck.report.json_report import document_record

    records = [document_record(d) for d in documents]
    frame = pd.DataFrame(
        records, columns=[*_DOCUMENT_COLUMNS, "published_from", "warnings"], dtype=object
    )
    for column in (*_DOCUMENT_COLUMNS[:-1], "published_from"):
        frame[column] = frame[column].astype("string")
    # The datetime, not the record's ISO string: a day-precision date is its midnight.
    published = pd.Series([d.published for d in documents], index=frame.index, dtype=object)
    frame["published"] = pd.to_datetime(published, utc=True).astype("datetime64[ns, UTC]")
    return frame


def _findings_frame(findings: tuple[Finding, ...]) -> pd.DataFrame:
    import pandas as pd

    from claimcheck.report.json_report import finding_record

    frame = pd.DataFrame(
        [finding_record(f) for f in findings], columns=list(_FINDING_COLUMNS), dtype=object
    )
    for column in _FINDING_STRINGS:
        frame[column] = frame[column].astype("string")
    frame["severity"] = pd.Categorical(frame["severity"], categories=[s.value for s in Severity])
    return frame

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

    @property
    def exit_code(self) -> int:
        return exit_code(self.finding_list, self.errors, self.fail_on)

    @property
    def claims(self) -> pd.DataFrame:
        from claimcheck.table import to_frame

        return to_frame(self.claim_list, {d.id: d for d in self.document_list})

    @property
    def documents(self) -> pd.DataFrame:
        import pandas as pd

        from claimcheck.report.json_report import document_record

        return pd.DataFrame([document_record(d) for d in self.document_list])

    @property
    def findings(self) -> pd.DataFrame:
        import pandas as pd

        from claimcheck.report.json_report import finding_record

        frame = pd.DataFrame(
            [finding_record(f) for f in self.finding_list],
            columns=[
                "rule",
                "severity",
                "message",
                "claims",
                "key",
                "story",
                "fingerprint",
                "link",
                "suppressed",
            ],
        )
        frame["severity"] = pd.Categorical(
            frame["severity"], categories=[s.value for s in Severity]
        )
        return frame

    def summary(self) -> dict[str, Any]:
        kinds = Counter(c.kind.value for c in self.claim_list)
        active = [f for f in self.finding_list if f.suppressed is None]
        severities = Counter(f.severity.value for f in active)
        return {
            "documents": len(self.document_list),
            "claims": len(self.claim_list),
            "claims_by_kind": dict(sorted(kinds.items())),
            "findings": len(active),
            "findings_by_severity": {
                s.value: severities.get(s.value, 0) for s in reversed(Severity)
            },
            "suppressed": len(self.finding_list) - len(active),
            "errors": len(self.errors),
        }

    def to_json(self) -> str:
        """The ``claimcheck/report@1`` JSON document (see the README)."""
        from claimcheck.report import render

        return render(self, "json")

    def render(self, format: str = "markdown") -> str:
        """The report in one of the formats of ``claimcheck.report.FORMATS``."""
        from claimcheck.report import render

        return render(self, format)

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(f.severity.value)}</td><td>{escape(f.rule)}</td>"
            f"<td>{escape(f.message)}</td></tr>"
            for f in self.finding_list
        )
        summary = self.summary()
        return (
            f"<p><b>claimcheck</b>: {summary['documents']} documents, {summary['claims']} claims, "
            f"{summary['findings']} findings</p>"
            f"<table><tr><th>severity</th><th>rule</th><th>finding</th></tr>{rows}</table>"
        )

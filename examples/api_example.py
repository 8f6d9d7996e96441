"""Check the bundled wildfire corpus with the Python API and print its findings.

Run from the repository root: ``python examples/api_example.py``.
"""

from __future__ import annotations

from pathlib import Path

import claimcheck

CORPUS = Path(__file__).resolve().parent / "wildfire"


def main() -> int:
    """Print one line per finding and return the exit code the CLI would give."""
    result: claimcheck.Result = claimcheck.check(
        sorted(CORPUS.glob("*.md")), facts=CORPUS / "facts.yaml"
    )
    summary = result.summary()
    print(f"{summary['documents']} documents, {summary['claims']} claims")
    for finding in result.finding_list:
        print(f"{finding.severity.value:7} {finding.rule}: {finding.message}")
    deaths = result.claims.query("measure == 'deaths'")
    print("death tolls by outlet:", deaths.groupby("source")["value"].max().to_dict())
    return result.exit_code


if __name__ == "__main__":
    raise SystemExit(main())

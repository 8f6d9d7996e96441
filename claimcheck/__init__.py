"""claimcheck: find the numbers and dates that disagree across news articles.

Names are imported on first use, so ``import claimcheck`` stays cheap.

Example:
    >>> import claimcheck
    >>> result = claimcheck.check(["The fire killed 12 people.", "The fire killed 21 people."])
    >>> result.exit_code
    1
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "check": "claimcheck.api",
    "claims": "claimcheck.api",
    "extract": "claimcheck.api",
    "ClaimcheckError": "claimcheck.errors",
    "InputError": "claimcheck.errors",
    "RuleError": "claimcheck.errors",
    "UsageError": "claimcheck.errors",
    "Claim": "claimcheck.model",
    "ClaimKind": "claimcheck.model",
    "Document": "claimcheck.model",
    "Finding": "claimcheck.model",
    "Severity": "claimcheck.model",
    "Result": "claimcheck.result",
    "Facts": "claimcheck.rules.facts",
    "load_facts": "claimcheck.rules.facts",
    "RuleSet": "claimcheck.rules.loader",
    "load_rules": "claimcheck.rules.loader",
}

__all__ = [
    "Claim",
    "ClaimKind",
    "ClaimcheckError",
    "Document",
    "Facts",
    "Finding",
    "InputError",
    "Result",
    "RuleError",
    "RuleSet",
    "Severity",
    "UsageError",
    "__version__",
    "check",
    "claims",
    "extract",
    "load_facts",
    "load_rules",
]

if TYPE_CHECKING:
    from claimcheck.api import check, claims, extract
    from claimcheck.errors import ClaimcheckError, InputError, RuleError, UsageError
    from claimcheck.model import Claim, ClaimKind, Document, Finding, Severity
    from claimcheck.result import Result
    from claimcheck.rules.facts import Facts, load_facts
    from claimcheck.rules.loader import RuleSet, load_rules


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)

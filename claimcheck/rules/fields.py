"""The names a derived rule's formulas read from a claim, and how values read in messages.

``NAME.FIELD`` for each bound claim (:data:`CLAIM_FIELDS`), ``publication.FIELD``
for the first bound claim's document, and the pairing predicates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.model import Claim, Document
from claimcheck.rules.expressions import Value

CLAIM_FIELDS = (
    "value", "low", "high", "years", "year", "month", "day", "date", "reference_year",
    "start", "end", "unit", "kind", "counted", "subject", "noun", "measure", "event", "modality",
    "hedge", "tense", "granularity", "text", "sentence", "before",
)  # fmt: skip
PUBLICATION_FIELDS = ("year", "month", "day", "date")
PREDICATES = ("same_sentence", "same_document", "same_story")
_YEARS_PER_UNIT = {
    "year": 1.0,
    "decade": 10.0,
    "century": 100.0,
    "month": 1 / 12,
    "week": 7 / 365.25,
    "day": 1 / 365.25,
    "hour": 1 / 8766,
    "minute": 1 / 525960,
}


def known_names(bindings: Sequence[str]) -> frozenset[str]:
    """Every name a formula over these bindings may use.

    Example:
        >>> "war.years" in known_names(["war"]), "war.foo" in known_names(["war"])
        (True, False)
    """
    names = {f"{b}.{f}" for b in bindings for f in CLAIM_FIELDS}
    names |= {f"publication.{f}" for f in PUBLICATION_FIELDS}
    return frozenset(names | set(PREDICATES))


def claim_fields(claim: Claim, document: Document | None) -> dict[str, Value]:
    """The values a formula can read from one claim (``none`` when absent).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> war = Claim("d", ClaimKind.DURATION, 0, 5, "7-year", value=7.0, unit="year")
        >>> claim_fields(war, None)["years"]
        7.0
    """
    day = claim.date
    per_year = _YEARS_PER_UNIT.get(claim.unit or "")
    return {
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "years": claim.value * per_year if claim.value is not None and per_year else None,
        "year": float(day.year) if day else None,
        "month": float(day.month) if day else None,
        "day": float(day.day) if day else None,
        "date": day,
        "reference_year": float(claim.reference.year) if claim.reference else None,
        "start": float(claim.start),
        "end": float(claim.end),
        "unit": claim.unit,
        "kind": claim.kind.value,
        "counted": claim.counted,
        "subject": claim.subject,
        "noun": claim.counted or claim.subject,
        "measure": claim.measure,
        "event": claim.event,
        "modality": claim.modality,
        "hedge": claim.hedge,
        "tense": claim.tense,
        "granularity": claim.granularity,
        "text": " ".join(claim.text.split()),
        "sentence": claim.sentence,
        "before": words_before(claim, document),
    }


def words_before(claim: Claim, document: Document | None, count: int = 4) -> str | None:
    """Up to ``count`` lowercased words before a claim, not crossing a sentence end.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind, Document
        >>> text = "Calm. The war began in 2014."
        >>> doc = Document(id="d", path="d.md", text=text, original=text)
        >>> words_before(Claim("d", ClaimKind.DATE, 23, 27, "2014"), doc)
        'the war began in'
    """
    if document is None:
        return None
    window = document.text[max(0, claim.start - 80) : claim.start]
    window = re.split(r"[.!?]\s|\n", window)[-1]
    words = re.findall(r"[\w'-]+", window.lower())
    return " ".join(words[-count:])


def render_value(value: Value) -> str:
    """How a formula's value reads in a message: ``7.0`` -> ``'7'``.

    Example:
        >>> render_value(7.0), render_value(0.25), render_value(None)
        ('7', '0.25', '?')
    """
    if value is None:
        return "?"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)

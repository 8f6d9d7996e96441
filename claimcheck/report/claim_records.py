"""Claims as JSON-ready rows without pandas, so ``--format json`` on a handful of
articles (a CI gate) does not pay pandas' import. The values are those of
``claimcheck.table.records(to_frame(...))``: the schema's casts done by hand."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.model import Claim, Document
from claimcheck.table import SCHEMA, claim_row

_CASTS = {column.name: column.dtype for column in SCHEMA}


def claim_records(
    claims: Iterable[Claim], documents: Mapping[str, Document]
) -> list[dict[str, Any]]:
    """One JSON-ready dict per claim, in schema column order.

    Example:
        >>> from claimcheck.api import extract
        >>> [r["quote"] for r in claim_records(extract("It rained for 3 days."), {})]
        ['3 days']
    """
    return [
        {
            name: _json(value, _CASTS[name], name)
            for name, value in claim_row(c, documents.get(c.doc)).items()
        }
        for c in claims
    ]


def _json(value: Any, dtype: str, name: str) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "" if name == "flags" else None
    if dtype == "string":
        return None if value == "" and name != "flags" else str(value)
    if dtype == "Float64":
        return float(value)
    if dtype == "Int64":
        return int(value)
    if dtype == "datetime64[ns, UTC]":
        return _instant(value)
    if dtype == "datetime64[s]":
        return _day(value)
    return value


def _instant(value: Any) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        stamp = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    else:  # a date: midnight UTC
        stamp = dt.datetime.combine(value, dt.time(), dt.UTC)
    return stamp.isoformat().replace("+00:00", "Z")


def _day(value: Any) -> str:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]).isoformat()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value.isoformat())

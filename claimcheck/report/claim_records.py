"""Claims as JSON-ready rows without pandas, so ``--format json`` on a handful of
articles (a CI gate) does not pay pandas' import. The values are those of
``claimcheck.table.records(to_frame(...))``: the schema's casts done by hand."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from claimcheck.model import Claim, Document
from claimcheck.table import SCHEMA, claim_row


def claim_records(
    claims: Iterable[Claim], documents: Mapping[str, Document]
) -> list[dict[str, Any]]:
    """One JSON-ready dict per claim, in schema column order.

    Example:
        >>> from claimcheck.api import extract
        >>> [r["quote"] for r in claim_records(extract("It rained for 3 days."), {})]
        ['3 days']
    """
    # A column's cast is looked up once per run, not once per value: a 1 MB run
    # writes ~150,000 values.
    plan: list[tuple[str, Callable[[Any], Any]]] = [
        (column.name, _CASTERS.get(column.dtype, _as_is)) for column in SCHEMA
    ]
    records = []
    for claim in claims:
        row = claim_row(claim, documents.get(claim.doc))
        record = {name: cast(row[name]) for name, cast in plan}
        record["flags"] = row["flags"] or ""  # the one string column whose empty stays ""
        records.append(record)
    return records


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _as_is(value: Any) -> Any:
    return None if _missing(value) else value


def _string(value: Any) -> str | None:
    return None if value == "" or _missing(value) else str(value)


def _float(value: Any) -> float | None:
    return None if _missing(value) else float(value)


def _int(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _instant_or_none(value: Any) -> str | None:
    return None if _missing(value) else _instant(value)


def _day_or_none(value: Any) -> str | None:
    return None if _missing(value) else _day(value)


_CASTERS: dict[str, Callable[[Any], Any]] = {
    "string": _string,
    "Float64": _float,
    "Int64": _int,
    "datetime64[ns, UTC]": _instant_or_none,
    "datetime64[s]": _day_or_none,
}


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

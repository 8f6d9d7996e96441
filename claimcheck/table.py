"""The claims table: its schema, conversion to and from pandas, and files.

One row per claim. ``SCHEMA`` is the single source of truth for column names,
dtypes and meaning; the README's table is generated from it
(``python -m claimcheck.table``). Files: ``.csv``, ``.parquet`` (pyarrow),
``.jsonl``; writing then reading any of them gives the same frame back.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import UsageError
from claimcheck.model import Claim, ClaimKind, Document

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    dtype: str  # pandas dtype
    description: str


SCHEMA: tuple[Column, ...] = (
    Column("id", "string", "claim id: `<doc>@<line>:<column>`, unique in a run"),
    Column("doc", "string", "document id"),
    Column("story", "string", "story key (documents of one story are compared)"),
    Column("source", "string", "outlet"),
    Column(
        "published",
        "datetime64[ns, UTC]",
        "document publication time (UTC; day precision: midnight)",
    ),
    Column("path", "string", "file the claim is in"),
    Column("line", "Int64", "1-based line in the file"),
    Column("column", "Int64", "1-based column in the file"),
    Column("start", "Int64", "character offset of the claim in the file as read"),
    Column("end", "Int64", "end offset (exclusive) in the file as read"),
    Column("quote", "string", "the claim's text as it is in the file"),
    Column("sentence", "string", "the sentence around it (repaired text)"),
    Column("kind", "category", "count, money, percent, quantity, date, time, duration, age"),
    Column("value", "Float64", "the stated value (dates and times: POSIX seconds)"),
    Column("low", "Float64", "lower end of the interval the wording allows"),
    Column("high", "Float64", "upper end (exclusive) of that interval"),
    Column("unit", "string", "canonical unit: USD, percent, meter, year, date, datetime, ..."),
    Column("counted", "string", "what is counted, as written: 'volunteer firefighters'"),
    Column("measure", "string", "vocabulary measure: troops, deaths, age, ..."),
    Column("modality", "string", "actual, or planned (plans, forecasts, hypotheticals)"),
    Column("subject", "string", "whose age, what lasts"),
    Column("event", "string", "event class of a date or time: meeting, fire, ..."),
    Column("hedge", "string", "hedge words: 'more than', 'up to', 'around'"),
    Column("date", "datetime64[s]", "resolved calendar date (first day)"),
    Column("date_end", "datetime64[s]", "last day for months, years, ranges"),
    Column("datetime", "datetime64[ns, UTC]", "resolved instant of a clock time"),
    Column("granularity", "string", "minute, day, month, year, decade"),
    Column("reference", "datetime64[s]", "reference date a relative date was resolved against"),
    Column("reference_from", "string", "where that came from: metadata, header, inferred, ..."),
    Column("tense", "string", "past, present or future, of the governing verb"),
    Column("attribution", "string", "who is said to state it: 'USGS', 'the health ministry'"),
    Column(
        "as_of",
        "datetime64[ns, UTC]",
        "when the claim holds (UTC): sentence, update block or publication",
    ),
    Column("as_of_from", "string", "where as_of came from: sentence, update, publication, earlier"),
    Column("scope", "string", "the part of the event a claim covers: 'Ludian county', 'children'"),
    Column("flags", "string", "comma-separated: boilerplate, unresolved, vague, ..."),
)
COLUMNS = tuple(c.name for c in SCHEMA)
_CLAIM_FIELDS_BY_COLUMN = {"datetime": "datetime_utc", "start": "file_start", "end": "file_end"}


def claim_row(claim: Claim, document: Document | None = None) -> dict[str, Any]:
    """One claim as a row of plain Python values (``None`` for missing)."""
    row: dict[str, Any] = {}
    for column in COLUMNS:
        if column in {"story", "source", "published"}:
            row[column] = _document_value(document, column)
        elif column == "flags":
            row[column] = ",".join(claim.flags)
        elif column == "kind":
            row[column] = claim.kind.value
        else:
            row[column] = getattr(claim, _CLAIM_FIELDS_BY_COLUMN.get(column, column))
    return row


def _document_value(document: Document | None, column: str) -> Any:
    if document is None:
        return None
    if column == "published":
        return document.published
    return getattr(document, column)


def to_frame(
    claims: Iterable[Claim], documents: Mapping[str, Document] | None = None
) -> pd.DataFrame:
    """The claims table as a typed DataFrame (see ``SCHEMA``)."""
    import pandas as pd

    docs = documents or {}
    rows = [claim_row(c, docs.get(c.doc)) for c in claims]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return apply_schema(frame)


def apply_schema(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast every column to its schema dtype (idempotent)."""
    import pandas as pd

    out = frame.copy()
    for column in SCHEMA:
        series = out[column.name] if column.name in out else pd.Series([None] * len(out))
        out[column.name] = _cast(series, column)
    return out[list(COLUMNS)]


def _cast(series: pd.Series, column: Column) -> pd.Series:
    import pandas as pd

    if column.dtype == "datetime64[ns, UTC]":
        values = [_as_utc(v) for v in series]
        stamps = pd.Series(pd.to_datetime(values, utc=True), index=series.index)
        return stamps.astype("datetime64[ns, UTC]")  # pandas may infer [us]; the schema says ns
    if column.dtype == "datetime64[s]":
        values = [_as_day(v) for v in series]
        return pd.Series(pd.to_datetime(values), index=series.index).astype("datetime64[s]")
    if column.dtype == "category":
        kinds = [k.value for k in ClaimKind]
        return pd.Series(
            pd.Categorical(series.astype("string"), categories=kinds), index=series.index
        )
    if column.dtype == "string":
        # "" and missing are one thing in every file format: NA.
        values = [None if _missing(v) or v == "" else str(v) for v in series]
        cast = pd.Series(values, index=series.index, dtype="string")
        return cast.fillna("") if column.name == "flags" else cast
    return series.astype(column.dtype)  # type: ignore[call-overload,no-any-return]


def _missing(value: Any) -> bool:
    import pandas as pd

    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _as_utc(value: Any) -> Any:
    if _missing(value) or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _as_day(value: Any) -> Any:
    if _missing(value) or value == "":
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def write_table(frame: pd.DataFrame, path: Path | str) -> None:
    """Write the claims table; the format follows the extension (csv, parquet, jsonl)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(target, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(target, index=False)
    elif suffix == ".jsonl":
        with target.open("w", encoding="utf-8") as out:
            for record in records(frame):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        raise UsageError(
            f"cannot write a claims table as '{suffix or target.name}'",
            path=str(target),
            hint="use a .csv, .parquet or .jsonl file name",
        )


def read_table(path: Path | str) -> pd.DataFrame:
    """Read a claims table written by :func:`write_table`."""
    import pandas as pd

    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".csv":
        frame = pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""])
        for column in ("value", "low", "high", "line", "column", "start", "end"):
            frame[column] = pd.to_numeric(frame[column])
    elif suffix == ".parquet":
        frame = pd.read_parquet(source)
    elif suffix == ".jsonl":
        frame = pd.read_json(source, lines=True, dtype=False)
    else:
        raise UsageError(f"unknown table format '{suffix}'", path=str(source))
    return apply_schema(frame)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: ISO strings for times, ``None`` for missing."""
    out: list[dict[str, Any]] = []
    for row in frame.to_dict(orient="records"):
        out.append({str(k): _json_value(v) for k, v in row.items()})
    return out


def _json_value(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        if value.tzinfo is not None:
            return value.isoformat().replace("+00:00", "Z")
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def schema_markdown(columns: Sequence[Column] = SCHEMA) -> str:
    """The schema as a Markdown table, for the README."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | `{c.dtype}` | {c.description} |" for c in columns]
    return "\n".join(lines)


if __name__ == "__main__":
    print(schema_markdown())

"""Articles kept in a pandas DataFrame, one row per article, as documents.

``check(df, text="body", id="slug", published="pub_date", source="outlet")``
names the columns; missing optional columns are simply not used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from claimcheck.errors import InputError, UsageError
from claimcheck.ingest import document_from_text
from claimcheck.ingest.document import FIELDS
from claimcheck.model import Document

if TYPE_CHECKING:
    import pandas as pd

# Keywords naming a column; each defaults to the column of the same name.
COLUMNS = ("text", *FIELDS)


def is_frame(value: object) -> bool:
    """Duck-typed, so importing claimcheck does not import pandas."""
    return hasattr(value, "columns") and hasattr(value, "itertuples")


def frame_documents(
    frame: pd.DataFrame, columns: Mapping[str, str]
) -> Iterator[Document | InputError]:
    """One document per row; a row without text is an InputError naming the row.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"slug": ["a"], "body": ["It cost $5 million."]})
        >>> [d.id for d in frame_documents(df, {"text": "body", "id": "slug"})]
        ['a']
    """
    names = {key: columns.get(key, key) for key in COLUMNS}
    text_column = names["text"]
    if text_column not in frame.columns:
        raise UsageError(
            f"the DataFrame has no column '{text_column}'",
            hint=f"name the text column: check(df, text=...) (columns: {list(frame.columns)})",
        )
    present = {key: col for key, col in names.items() if col in frame.columns}
    records = frame.to_dict(orient="records")
    for number, (label, row) in enumerate(zip(frame.index, records, strict=True)):
        fields = {key: _cell(row.get(col)) for key, col in present.items()}
        doc_id = str(fields.get("id") or f"row-{number}")
        text = fields.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(
                f"row {label!s} ({doc_id}) has no text",
                path="<DataFrame>",
                hint=f"fill column '{text_column}' or drop the row",
            )
            continue
        yield document_from_text(
            text,
            doc_id=doc_id,
            path=f"<DataFrame row {label!s}>",
            published=_published(fields.get("published")),
            source=_text(fields.get("source")),
            url=_text(fields.get("url")),
            title=_text(fields.get("title")),
            story=_text(fields.get("story")),
            role=_text(fields.get("role")),
        )


def _cell(value: Any) -> Any:
    try:
        import pandas as pd

        if value is None or (not isinstance(value, list | tuple) and pd.isna(value)):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _published(value: Any) -> str | dt.date | dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value  # pandas Timestamps are datetimes
    return str(value)

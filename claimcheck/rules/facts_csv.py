"""Reference facts from CSV: one person a row, into the same :class:`Facts` as YAML.

Columns (a header row is required; order is free, names any case):
``name`` and ``born`` (ISO date) are required, ``aliases`` (separated by ``;``)
and ``died`` are optional. Any other column is an error, because a typo must
not silently drop a fact.

Example file::

    name,born,aliases
    Jane Doe,1961-04-02,Doe;Mayor Doe
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.rules.facts import Facts, Person

COLUMNS = ("name", "born", "aliases", "died")
REQUIRED = ("name", "born")


def load_facts_csv(path: Path | str) -> Facts:
    """Read a CSV of people; any problem is a RuleError naming file:line.

    Example:
        >>> import tempfile, os
        >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        ...     _ = f.write("name,born,aliases\\nJane Doe,1961-04-02,Doe;Mayor Doe\\n")
        >>> load_facts_csv(f.name).people[0].aliases
        ('Doe', 'Mayor Doe')
        >>> os.unlink(f.name)
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleError("file not found", path=name, hint="check --facts") from None
    except (OSError, UnicodeDecodeError):
        raise RuleError("cannot read file (not UTF-8 text?)", path=name) from None
    return parse_facts_csv(text, name)


def parse_facts_csv(text: str, path: str) -> Facts:
    """Parse CSV text of people (see the module docstring for the columns).

    Example:
        >>> parse_facts_csv("name,born\\nAna Ruiz,1970-01-31\\n", "p.csv").people[0].born
        datetime.date(1970, 1, 31)
    """
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return Facts(path=path)
    columns = [c.strip().lower() for c in header]
    _check_header(columns, path)
    people = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        people.append(_person(dict(zip(columns, row, strict=False)), path, reader.line_num))
    return Facts(tuple(people), path=path)


def _check_header(columns: list[str], path: str) -> None:
    for column in columns:
        if column not in COLUMNS:
            raise RuleError(
                f"unknown column '{column}'", path=path, line=1, hint=f"use {', '.join(COLUMNS)}"
            )
    for column in REQUIRED:
        if column not in columns:
            raise RuleError(
                f"missing column '{column}'",
                path=path,
                line=1,
                hint="the header row needs name and born",
            )


def _person(row: dict[str, str], path: str, line: int) -> Person:
    name = " ".join(row.get("name", "").split())
    if not name:
        raise RuleError("a person needs a name", path=path, line=line)
    aliases = tuple(a.strip() for a in row.get("aliases", "").split(";") if a.strip())
    born = _date(row.get("born", ""), "born", path, line)
    died_text = row.get("died", "").strip()
    died = _date(died_text, "died", path, line) if died_text else None
    return Person(name=name, born=born, aliases=aliases, died=died)


def _date(text: str, column: str, path: str, line: int) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise RuleError(
            f"'{column}' must be a date like 1961-04-02, not '{text.strip()}'",
            path=path,
            line=line,
        ) from None

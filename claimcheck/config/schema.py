"""The settings a project may put in its config file: one frozen dataclass, the schema.

Keys are spelt as the command-line options are (``fail-on``, ``story-by``); a key
the schema does not know, or a value of the wrong type, is rejected (a typo must
not silently change what a CI gate checks). The dataclass is the single source of
truth: :mod:`claimcheck.config.validate` derives the pydantic model that checks a
config file from it, and imports pydantic only when there is a file to check.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from claimcheck.report import FORMATS

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

RuleSeverity = Literal["error", "warning", "info", "off"]
FailOn = Literal["error", "warning", "info", "never"]
StoryBy = Literal["run", "folder", "auto"]


def _known_format(name: str) -> str:
    if name not in FORMATS:
        raise ValueError(f"use one of {', '.join(FORMATS)}")
    return name


class _KnownFormat:
    """Annotation marker: pydantic checks the value is a report format (no import here)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_known_format, handler(source))


Format = Annotated[str, _KnownFormat()]


def _about(text: str) -> dict[str, str]:
    return {"description": text}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything ``claimcheck check`` can take from a config file, with its defaults.

    Example:
        >>> Settings().fail_on, Settings(fail_on="warning").fail_on
        ('error', 'warning')
    """

    paths: list[str] = field(default_factory=list, metadata=_about("inputs when none are given"))
    rules: list[str] | None = field(
        default=None,
        metadata=_about(
            "rule files or folders; 'claimcheck:core' is the shipped pack (default: all)"
        ),
    )
    facts: str | None = field(default=None, metadata=_about("reference facts file"))
    fail_on: FailOn = field(default="error", metadata=_about("lowest severity that fails the run"))
    format: Format = field(default="rich", metadata=_about("report format on stdout or --output"))
    output: str | None = field(default=None, metadata=_about("write the report to this file"))
    reports: dict[Format, str] = field(
        default_factory=dict, metadata=_about("more report files: format -> path")
    )
    story_by: StoryBy = field(default="run", metadata=_about("story of documents without one"))
    include: list[str] = field(default_factory=list, metadata=_about("globs of files to check"))
    exclude: list[str] = field(default_factory=list, metadata=_about("globs of files to skip"))
    severity: dict[str, RuleSeverity] = field(
        default_factory=dict,
        metadata=_about("per-rule severity: rule id -> error|warning|info|off"),
    )
    baseline: str | None = field(default=None, metadata=_about("accepted findings file"))
    cache: bool = field(default=True, metadata=_about("reuse extraction results across runs"))
    cache_dir: str = field(default=".claimcheck-cache", metadata=_about("where the cache lives"))


def kebab(name: str) -> str:
    """A field's key as spelt in config files and options.

    Example:
        >>> kebab("fail_on")
        'fail-on'
    """
    return name.replace("_", "-")


def formats_known(values: Mapping[str, Any]) -> bool:
    """Whether the report formats among settings (by field name) are all known.

    argparse checks the other options' choices, not ``-f``: an unknown format goes
    through the pydantic model, for the same error message as from a config file.

    Example:
        >>> formats_known({"format": "json"}), formats_known({"reports": {"pdf": "a.pdf"}})
        (True, False)
    """
    named = [values.get("format", "rich"), *values.get("reports", {})]
    return all(name in FORMATS for name in named)


FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Settings))
# Keys whose values are paths, resolved against the folder of the file that sets them.
PATH_KEYS = frozenset({"paths", "rules", "facts", "output", "reports", "baseline", "cache_dir"})
ACCEPTED_KEYS = tuple(kebab(name) for name in FIELD_NAMES)

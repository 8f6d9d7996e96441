"""The settings a project may put in its config file, as one validated pydantic model.

Keys are spelt as the command-line options are (``fail-on``, ``story-by``); a key
the schema does not know, or a value of the wrong type, is rejected (a typo must
not silently change what a CI gate checks).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from claimcheck.report import FORMATS

RuleSeverity = Literal["error", "warning", "info", "off"]
FailOn = Literal["error", "warning", "info", "never"]
StoryBy = Literal["run", "folder", "auto"]


def _known_format(name: str) -> str:
    if name not in FORMATS:
        raise ValueError(f"use one of {', '.join(FORMATS)}")
    return name


Format = Annotated[str, AfterValidator(_known_format)]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Settings(BaseModel):
    """Everything ``claimcheck check`` can take from a config file.

    Example:
        >>> Settings.model_validate({"fail-on": "warning"}).fail_on
        'warning'
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, alias_generator=_kebab)

    paths: list[str] = Field(default_factory=list, description="inputs when none are given")
    rules: list[str] | None = Field(
        default=None,
        description="rule files or folders; 'claimcheck:core' is the shipped pack (default: all)",
    )
    facts: str | None = Field(default=None, description="reference facts file")
    fail_on: FailOn = Field(default="error", description="lowest severity that fails the run")
    format: Format = Field(default="rich", description="report format on stdout or --output")
    output: str | None = Field(default=None, description="write the report to this file")
    reports: dict[Format, str] = Field(
        default_factory=dict, description="more report files: format -> path"
    )
    story_by: StoryBy = Field(default="run", description="story of documents without one")
    include: list[str] = Field(default_factory=list, description="globs of files to check")
    exclude: list[str] = Field(default_factory=list, description="globs of files to skip")
    severity: dict[str, RuleSeverity] = Field(
        default_factory=dict, description="per-rule severity: rule id -> error|warning|info|off"
    )
    baseline: str | None = Field(default=None, description="accepted findings file")
    cache: bool = Field(default=True, description="reuse extraction results across runs")
    cache_dir: str = Field(default=".claimcheck-cache", description="where the cache lives")


# Keys whose values are paths, resolved against the folder of the file that sets them.
PATH_KEYS = frozenset({"paths", "rules", "facts", "output", "reports", "baseline", "cache_dir"})
ACCEPTED_KEYS = tuple(_kebab(name) for name in Settings.model_fields)

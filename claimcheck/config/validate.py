"""Checking settings against the schema with pydantic, imported only when needed.

The pydantic model is derived from the :class:`~claimcheck.config.schema.Settings`
dataclass (same fields, types and defaults), so the schema is written once; runs
without a config file never import pydantic.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from claimcheck.config.files import ConfigError
from claimcheck.config.schema import ACCEPTED_KEYS, FIELD_NAMES, Settings, kebab

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic_core import ErrorDetails


@dataclasses.dataclass(frozen=True, slots=True)
class Checked:
    """Validated settings and the fields the input set (by field name)."""

    settings: Settings
    fields_set: frozenset[str]


class SettingsInvalid(Exception):
    """The first problem pydantic found: a one-line message, a hint, the key path."""

    def __init__(self, message: str, hint: str, keys: tuple[str, ...]) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.keys = keys

    def config_error(self, path: str | None = None, line: int | None = None) -> ConfigError:
        return ConfigError(self.message, path=path, line=line, hint=self.hint)


def check_settings(values: Mapping[str, Any]) -> Checked:
    """Validate settings keyed as in config files (``fail-on``), defaults filled in.

    Example:
        >>> check_settings({"fail-on": "warning"}).settings.fail_on
        'warning'
    """
    from pydantic import ValidationError

    try:
        model = _settings_model().model_validate(dict(values))
    except ValidationError as exc:
        error = exc.errors()[0]
        keys = tuple(p for p in error["loc"] if isinstance(p, str) and p != "[key]")
        raise SettingsInvalid(_describe(error), _hint(error), keys) from None
    settings = Settings(**{name: getattr(model, name) for name in FIELD_NAMES})
    return Checked(settings, frozenset(model.model_fields_set))


@cache
def _settings_model() -> type[BaseModel]:
    from pydantic import ConfigDict, Field, create_model

    hints = typing.get_type_hints(Settings, include_extras=True)
    fields: dict[str, Any] = {}
    for spec in dataclasses.fields(Settings):
        if spec.default_factory is not dataclasses.MISSING:
            default = Field(default_factory=spec.default_factory)
        else:
            default = spec.default
        fields[spec.name] = (hints[spec.name], default)
    config = ConfigDict(extra="forbid", strict=True, frozen=True, alias_generator=kebab)
    model: type[BaseModel] = create_model("Settings", __config__=config, **fields)
    return model


def _is_map_key(error: ErrorDetails) -> bool:
    return bool(error["loc"]) and error["loc"][-1] == "[key]"


def _dotted(error: ErrorDetails) -> str:
    parts = [str(p) for p in error["loc"] if p != "[key]"]
    return ".".join(parts)


def _describe(error: ErrorDetails) -> str:
    key = _dotted(error)
    if error["type"] == "extra_forbidden":
        return f"unknown key '{key}'"
    if _is_map_key(error):
        return f"'{key}' is not an accepted name"
    return f"bad value {error['input']!r} for '{key}'"


def _hint(error: ErrorDetails) -> str:
    if error["type"] == "extra_forbidden":
        return f"accepted keys: {', '.join(ACCEPTED_KEYS)}"
    if error["type"] == "literal_error":
        return f"use one of {error['ctx']['expected']}"
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    return str(error["msg"]).replace("Input should be", "expected")

"""Safe YAML loading that remembers where every value came from.

Rule packs, vocabularies and facts are validated after loading; an error must
name ``file:line:column``. :func:`load_yaml` returns plain dicts and lists whose
mappings are :class:`Located` dicts carrying the position of each key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import RuleError


class Located(dict[str, Any]):
    """A YAML mapping that knows its own and its keys' 1-based positions."""

    path: str = ""
    line: int = 0
    column: int = 0
    key_positions: dict[str, tuple[int, int]]

    def position(self, key: str | None = None) -> tuple[int, int]:
        if key is not None and key in self.key_positions:
            return self.key_positions[key]
        return self.line, self.column

    def error(self, message: str, key: str | None = None, hint: str | None = None) -> RuleError:
        """A RuleError pointing at this mapping, or at one of its keys."""
        line, column = self.position(key)
        return RuleError(message, path=self.path, line=line, column=column, hint=hint)

    def mapping(self, key: str, what: str = "a mapping") -> Located | None:
        """The mapping under ``key`` (None when absent); anything else is an error.

        Example:
            >>> parse_yaml("select: {kind: count}", "r.yaml").mapping("select")
            {'kind': 'count'}
        """
        if key not in self:
            return None
        value = self[key]
        if not isinstance(value, Located):
            raise self.error(f"'{key}' must be {what}", key=key)
        return value

    def words(self, key: str) -> list[str]:
        """The list of words under ``key``, lowercased (empty when absent); anything
        else is an error.

        Example:
            >>> parse_yaml("verbs: [Announce, unveil]", "w.yaml").words("verbs")
            ['announce', 'unveil']
        """
        value = self.get(key, [])
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise self.error(f"'{key}' must be a list of words", key=key)
        return [w.lower() for w in value]


class _LocatingLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are Located; nothing but plain YAML types."""

    source_path = ""


def _construct_located(loader: _LocatingLoader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.path = loader.source_path
    mapping.line = node.start_mark.line + 1
    mapping.column = node.start_mark.column + 1
    mapping.key_positions = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) or key is None:
            raise RuleError(
                "mapping keys must be plain words",
                path=loader.source_path,
                line=key_node.start_mark.line + 1,
                column=key_node.start_mark.column + 1,
            )
        key = str(key)
        if key in mapping:
            raise RuleError(
                f"duplicate key '{key}'",
                path=loader.source_path,
                line=key_node.start_mark.line + 1,
                column=key_node.start_mark.column + 1,
                hint="remove one of the two",
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_positions[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return mapping


_LocatingLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_located,
)


# libyaml's parser, when PyYAML has it, reads the shipped packs ~6x faster (start-up);
# its marks are the same. A file it rejects is parsed again by the pure-Python
# loader, so every error message stays the one that loader gives.
def _fast_loader() -> type[Any] | None:
    if not getattr(yaml, "__with_libyaml__", False):
        return None

    class _FastLocatingLoader(yaml.CSafeLoader):
        source_path = ""

    _FastLocatingLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
        _construct_located,
    )
    return _FastLocatingLoader


_FAST_LOADER = _fast_loader()


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text safely; mappings come back as :class:`Located`.

    Example:
        >>> doc = parse_yaml("a: 1\\nb: [2, 3]\\n", "x.yaml")
        >>> doc["b"], doc.position("b")
        ([2, 3], (2, 1))
    """
    if _FAST_LOADER is not None:
        fast = _FAST_LOADER(text)
        fast.source_path = path
        try:
            return fast.get_single_data()
        except (yaml.YAMLError, RuleError):
            pass  # the pure-Python loader below gives the error, as it always has
        finally:
            fast.dispose()
    loader = _LocatingLoader(text)
    loader.source_path = path
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleError(
            f"invalid YAML: {problem}",
            path=path,
            line=line,
            column=column,
            hint="fix the YAML syntax (indentation, quotes, colons)",
        ) from None
    except yaml.YAMLError as exc:
        raise RuleError(f"invalid YAML: {exc}", path=path) from None
    finally:
        loader.dispose()


def load_yaml(path: Path | str) -> Any:
    """Read and parse a YAML file; unreadable files are a RuleError."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleError("file not found", path=name, hint="check the path") from None
    except IsADirectoryError:
        raise RuleError("is a folder, expected a YAML file", path=name) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise RuleError(f"cannot read file ({reason})", path=name) from None
    return parse_yaml(text, name)

"""Finding and loading rule files: a file, or a folder of them (recursively).

A rule file is a YAML mapping with a ``rules:`` list. In a folder,
``measures.yaml``/``events.yaml`` are vocabularies (merged over the shipped
ones), ``hedges.yaml`` belongs to extraction, and ``fixtures/`` holds rule
tests; none of them are rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.resolve.vocabulary import is_vocabulary_file
from claimcheck.resources import packs_dir
from claimcheck.rules.context import Rule
from claimcheck.rules.registry import RULE_TYPES
from claimcheck.yamlfile import Located, load_yaml

NOT_RULES = frozenset({"hedges.yaml"})  # YAML in a pack that is neither rules nor vocabulary
_SKIPPED_DIRS = frozenset({"fixtures", "tests"})


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules to run, and the vocabulary files found beside them."""

    rules: tuple[Rule, ...]
    vocabulary_files: tuple[Path, ...] = ()

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.header.id == rule_id), None)


def load_rules(paths: Sequence[Path | str] | None = None) -> RuleSet:
    """Load rules from files and folders; ``None`` means the shipped packs.

    Example:
        >>> ids = [r.header.id for r in load_rules().rules]
        >>> "count-consistency" in ids
        True
    """
    roots = [Path(p) for p in paths] if paths else [packs_dir()]
    rules: list[Rule] = []
    vocabulary: list[Path] = []
    seen: dict[str, str] = {}
    for path in _yaml_files(roots):
        if is_vocabulary_file(path):
            if not path.is_relative_to(packs_dir() / "core"):
                vocabulary.append(path)
            continue
        for rule in _rules_in(path):
            where = f"{rule.header.path}:{rule.header.line}"
            if rule.header.id in seen:
                raise RuleError(
                    f"rule id '{rule.header.id}' is defined twice "
                    f"(first at {seen[rule.header.id]})",
                    path=rule.header.path,
                    line=rule.header.line,
                    hint="give each rule a unique id",
                )
            seen[rule.header.id] = where
            rules.append(rule)
    return RuleSet(tuple(rules), tuple(vocabulary))


def _yaml_files(roots: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        if root.is_dir():
            found = sorted(
                p
                for p in root.rglob("*")
                if p.suffix in {".yaml", ".yml"}
                and p.name not in NOT_RULES
                and not _SKIPPED_DIRS.intersection(p.relative_to(root).parts[:-1])
            )
            files.extend(found)
        elif root.exists():
            files.append(root)
        else:
            raise RuleError("rule path not found", path=str(root), hint="check --rules")
    return files


def _rules_in(path: Path) -> list[Rule]:
    doc = load_yaml(path)
    if doc is None:
        return []
    if not isinstance(doc, Located) or "rules" not in doc:
        raise RuleError(
            "not a rule file: expected a mapping with a 'rules:' list", path=str(path), line=1
        )
    unknown = set(doc) - {"rules"}
    if unknown:
        bad = sorted(unknown)[0]
        raise doc.error(f"unknown top-level key '{bad}'", key=bad, hint="a rule file has 'rules:'")
    entries = doc["rules"]
    if not isinstance(entries, list):
        raise doc.error("'rules' must be a list of rules", key="rules")
    return [_parse_rule(entry, doc) for entry in entries]


def _parse_rule(entry: object, parent: Located) -> Rule:
    if not isinstance(entry, Located):
        raise parent.error("each rule must be a mapping", key="rules")
    type_name = entry.get("type")
    parser = RULE_TYPES.get(str(type_name))
    if parser is None:
        raise entry.error(
            f"unknown rule type '{type_name}'",
            key="type" if "type" in entry else None,
            hint=f"use one of: {', '.join(sorted(RULE_TYPES))}",
        )
    return parser(entry)

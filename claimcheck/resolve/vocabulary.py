"""Typed vocabularies (measures, events) loaded from the shipped YAML packs.

A user's rule folder may hold its own ``measures.yaml`` / ``events.yaml``;
entries are merged over the shipped ones (a measure of the same name gains the
user's words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimcheck.errors import RuleError
from claimcheck.resolve.natures import read_nature
from claimcheck.resources import packs_dir
from claimcheck.yamlfile import Located, load_yaml

_WORD_LIST_KEYS = ("nouns", "verbs")


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class Vocabulary:
    """Words mapped to named classes: measures, or event classes."""

    nouns: dict[str, str] = field(default_factory=dict)  # lemma or phrase -> class
    verbs: dict[str, str] = field(default_factory=dict)

    @property
    def phrases(self) -> tuple[str, ...]:
        """Multi-word nouns, longest first, for phrase lookups."""
        return _phrases(self)


@lru_cache(maxsize=16)
def _phrases(vocabulary: Vocabulary) -> tuple[str, ...]:
    # Cached: every date and every counted noun asks, and the nouns never change.
    return tuple(sorted((n for n in vocabulary.nouns if " " in n), key=len, reverse=True))


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class Vocabularies:
    """Everything the resolve stage looks words up in."""

    measures: Vocabulary
    events: Vocabulary
    generic_nouns: frozenset[str]
    modality: dict[str, str]  # cue word -> modality ("planned")
    # event class -> {verb lemma or phrasal verb ("break out") -> phase ("start")}.
    # A class with phases is a process (a fire burns for days): only a date tied to
    # one of its phases is comparable.
    phases: dict[str, dict[str, str]] = field(default_factory=dict)
    # measure -> how its values move over time (see ``claimcheck.resolve.natures``).
    natures: dict[str, str] = field(default_factory=dict)


def _read_classes(
    doc: Located,
    section: str,
    into: tuple[dict[str, str], dict[str, str]],
    phases: dict[str, dict[str, str]] | None = None,
    natures: dict[str, str] | None = None,
) -> None:
    classes = doc.get(section)
    if classes is None:
        return
    if not isinstance(classes, Located):
        raise doc.error(f"'{section}' must map names to word lists", key=section)
    for name, entry in classes.items():
        if not isinstance(entry, Located):
            raise classes.error(f"'{name}' must be a mapping with nouns/verbs", key=name)
        allowed = set(_WORD_LIST_KEYS) | ({"phases"} if phases is not None else set())
        allowed |= {"nature"} if natures is not None else set()
        unknown = set(entry) - allowed
        if unknown:
            bad = sorted(unknown)[0]
            raise entry.error(
                f"unknown key '{bad}'", key=bad, hint=f"use {' or '.join(sorted(allowed))}"
            )
        if phases is not None and "phases" in entry:
            _read_phases(entry, phases.setdefault(name, {}))
        if natures is not None and "nature" in entry:
            natures[name] = read_nature(entry)
        for key, target in zip(_WORD_LIST_KEYS, into, strict=True):
            for word in entry.words(key):
                target[word] = name


def _read_phases(entry: Located, into: dict[str, str]) -> None:
    table = entry.get("phases")
    if not isinstance(table, Located):
        raise entry.error("'phases' must map a phase name to verbs", key="phases")
    for phase, verbs in table.items():
        if not isinstance(verbs, list) or not all(isinstance(v, str) for v in verbs):
            raise table.error(f"'{phase}' must be a list of verbs", key=phase)
        for verb in verbs:
            into[verb.lower()] = str(phase)


def _read_modality(doc: Located, into: dict[str, str]) -> None:
    modality = doc.get("modality")
    if modality is None:
        return
    if not isinstance(modality, Located):
        raise doc.error("'modality' must map a modality to cue words", key="modality")
    for name, words in modality.items():
        if not isinstance(words, list):
            raise modality.error(f"'{name}' must be a list of cue words", key=name)
        for word in words:
            into[str(word).lower()] = name


_KNOWN_SECTIONS = {"measures", "events", "generic_nouns", "modality"}


def load_vocabularies(extra_files: Sequence[Path] = ()) -> Vocabularies:
    """Load the shipped measures/events vocabularies, then merge ``extra_files``.

    Example:
        >>> vocab = load_vocabularies()
        >>> vocab.measures.nouns["troop"], vocab.events.verbs["meet"]
        ('troops', 'meeting')
    """
    core = packs_dir() / "core"
    files = [core / "measures.yaml", core / "events.yaml", *extra_files]
    return _load_files(tuple((Path(f), _stamp(Path(f))) for f in files))


def _stamp(path: Path) -> tuple[int, int]:
    """A file's modification time and size: an edited file is read again."""
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)  # load_yaml reports it
    return (stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load_files(stamped: tuple[tuple[Path, tuple[int, int]], ...]) -> Vocabularies:
    """The vocabularies of these files, parsed once per version of the files."""
    files = [path for path, _ in stamped]
    measure_nouns: dict[str, str] = {}
    measure_verbs: dict[str, str] = {}
    event_nouns: dict[str, str] = {}
    event_verbs: dict[str, str] = {}
    phases: dict[str, dict[str, str]] = {}
    generic: set[str] = set()
    modality: dict[str, str] = {}
    natures: dict[str, str] = {}
    for path in files:
        doc = load_yaml(path)
        if not isinstance(doc, Located):
            raise RuleError("expected a mapping at the top", path=str(path), line=1)
        unknown = set(doc) - _KNOWN_SECTIONS
        if unknown:
            bad = sorted(unknown)[0]
            raise doc.error(
                f"unknown section '{bad}'", key=bad, hint=f"use one of {sorted(_KNOWN_SECTIONS)}"
            )
        _read_classes(doc, "measures", (measure_nouns, measure_verbs), natures=natures)
        _read_classes(doc, "events", (event_nouns, event_verbs), phases)
        generic.update(_strings(doc, "generic_nouns"))
        _read_modality(doc, modality)
    return Vocabularies(
        measures=Vocabulary(measure_nouns, measure_verbs),
        events=Vocabulary(event_nouns, event_verbs),
        generic_nouns=frozenset(generic),
        modality=modality,
        phases=phases,
        natures=natures,
    )


def _strings(doc: Located, key: str) -> Iterable[str]:
    value: Any = doc.get(key, [])
    if not isinstance(value, list):
        raise doc.error(f"'{key}' must be a list of words", key=key)
    return (str(v).lower() for v in value)


def is_vocabulary_file(path: Path) -> bool:
    """Whether a YAML file in a rules folder is a vocabulary rather than rules."""
    return path.name in {"measures.yaml", "events.yaml"}

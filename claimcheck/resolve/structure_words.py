"""The word lists behind attribution, scope and background events (``data/attribution.yaml``).

Loaded once, lazily, into a frozen :class:`StructureWords` that the resolvers are
given; nothing is read at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from claimcheck.errors import RuleError
from claimcheck.resources import data_path
from claimcheck.yamlfile import Located, load_yaml


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class StructureWords:
    """Lowercase word sets, each named for the decision it serves."""

    speech_verbs: frozenset[str]  # lemmas: say, tell, report, ...
    verbs_with_at: frozenset[str]  # put, place: "put the toll at 77"
    markers: tuple[str, ...]  # "according to", "citing"
    generic_sources: frozenset[str]  # officials, authorities: name no one
    pronouns: frozenset[str]  # "she said": the source is in another sentence
    anaphors: frozenset[str]  # "the company said": named in another sentence too
    acronyms: Mapping[str, str]  # "united nations" -> UN, "un" -> UN
    titles: frozenset[str]  # stripped before a person's name
    organizations: frozenset[str]  # a name with one of these is an organization
    levels: Mapping[str, str]  # place word -> level: suburb -> neighbourhood
    groups: frozenset[str]  # children, students: groups inside a toll
    background_cues: frozenset[str]  # previous, earlier: another event


@cache
def structure_words() -> StructureWords:
    """The shipped word lists, read once.

    Example:
        >>> words = structure_words()
        >>> "say" in words.speech_verbs, words.levels["suburb"]
        (True, 'neighbourhood')
    """
    path = data_path("attribution.yaml")
    doc = load_yaml(path)
    if not isinstance(doc, Located):
        raise RuleError("expected a mapping at the top", path=str(path), line=1)
    attribution = _section(doc, "attribution")
    scope = _section(doc, "scope")
    background = _section(doc, "background")
    levels_raw = scope.mapping("levels")
    if levels_raw is None:
        raise scope.error("missing 'levels'", hint="map a level to the words naming it")
    levels: dict[str, str] = {}
    for level in levels_raw:
        for word in levels_raw.words(str(level)):
            levels[word] = str(level)
    return StructureWords(
        speech_verbs=frozenset(attribution.words("verbs")),
        verbs_with_at=frozenset(attribution.words("verbs_with_at")),
        markers=tuple(sorted(attribution.words("markers"), key=len, reverse=True)),
        generic_sources=frozenset(attribution.words("generic")),
        pronouns=frozenset(attribution.words("pronouns")),
        anaphors=frozenset(attribution.words("anaphors")),
        acronyms=MappingProxyType(_acronyms(attribution)),
        titles=frozenset(attribution.words("titles")),
        organizations=frozenset(attribution.words("organizations")),
        levels=MappingProxyType(levels),
        groups=frozenset(scope.words("groups")),
        background_cues=frozenset(background.words("cues")),
    )


def _acronyms(section: Located) -> dict[str, str]:
    """Both forms of each known acronym, lowercase and without dots, to the acronym."""
    raw = section.mapping("acronyms")
    found: dict[str, str] = {}
    for acronym, expansion in (raw or {}).items():
        if not isinstance(expansion, str):
            raise section.error(f"acronym '{acronym}' needs its expansion", key="acronyms")
        for form in (str(acronym), expansion):
            found[form.lower().replace(".", "")] = str(acronym)
    return found


def _section(doc: Located, key: str) -> Located:
    section = doc.mapping(key)
    if section is None:
        raise doc.error(f"missing section '{key}'", hint="see the shipped attribution.yaml")
    return section

"""The word pre-filter of "contains" line rules must never change which rule a line gets."""

from __future__ import annotations

import re

import pytest

from claimcheck.ingest import boilerplate
from claimcheck.ingest.lines import text_lines

LINES = [
    "Harriet Voss contributed reporting from Tallinn.",
    "Additional reporting by Omar Sayed; editing by Lina Ek",
    "Reporting by Priya Nair in Lagos",
    "© 2025 Riverbend Gazette. All Rights Reserved.",
    "Quillpost is a registered trademark of Quill Media Group.",
    "Enter your e-mail address to get the morning newsletter in your inbox.",
    "Listen to our podcasts on Google Play or the App Store.",
    "Read our community guidelines before you post COMMENTS.",
    "The council voted 7-2 on Thursday to rebuild the pier for $3.4 million.",
    "Ferry traffic resumed after a 36-hour halt, the port authority said.",
    "Officials declined to comment on the 14 missing crew members.",
    "Zoë Brandt contributed to this report from Zürich.",  # not ASCII: always searched
]


def _rule_without_prefilter(key: str, tail: bool) -> str | None:
    rules = [r for r in boilerplate.line_rules() if tail or r.where == "anywhere"]
    for rule in rules:
        if not rule.contains and rule.pattern.fullmatch(key):
            return rule.name
    hits = [
        (m.start(), i)
        for i, r in enumerate(rules)
        if r.contains
        for m in [r.pattern.search(key)]
        if m
    ]
    return rules[min(hits)[1]].name if hits else None


@pytest.mark.parametrize("tail", [False, True])
@pytest.mark.parametrize("text", LINES)
def test_prefilter_gives_the_rule_a_full_search_gives(text: str, tail: bool) -> None:
    line = text_lines(text)[0]
    found = boilerplate._rule_for(line, tail=tail)
    assert (found.name if found else None) == _rule_without_prefilter(line.key, tail)


def test_every_contains_rule_names_the_words_it_needs() -> None:
    contains = [s for s in boilerplate._RULES if s.pattern.startswith(".*")]
    assert contains and all(s.needs for s in contains)
    assert "" not in boilerplate._contains_needs(True)


@pytest.mark.parametrize("spec", [s for s in boilerplate._RULES if s.needs], ids=lambda s: s.name)
def test_each_alternative_of_a_contains_rule_has_a_needed_word(spec: boilerplate._RuleSpec) -> None:
    # Each branch of the pattern, with its optional letters kept, has one of the words.
    branches = re.sub(r"\\b|\(\?:|\)|\^|\?", "", spec.pattern[2:-2]).split("|")
    for branch in branches:
        assert any(word in branch for word in spec.needs.split("|")), branch

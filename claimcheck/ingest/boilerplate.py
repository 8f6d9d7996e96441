"""Page furniture: the spans of a text whose numbers are not story claims.

Rules are named patterns over whole lines (see :func:`line_rules`), in two sets:
``anywhere`` rules are specific enough to mark a line wherever it is ("Skip to main
content", "© 2024 ..."); ``tail`` rules ("newsletter", a keyword list) only count
after the story body, because a story sentence may say "newsletter" too.

The tail starts at a marker line in the second half of the page (a copyright or
sign-up line, "About the Authors"). A soft marker is withdrawn when a long
story-like paragraph follows it, so a photo credit mid-story does not swallow
the rest. Two structures are found by shape: runs of 2+ bullet teasers (a
headline, then a blurb) and author bio boxes (a name line, then "Name is ...").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from claimcheck.ingest.dates import find_date
from claimcheck.ingest.lines import Line, text_lines
from claimcheck.model import Span

_LONGEST_RULE_LINE = 320
_STORY_LINE = 200
_REPEAT_PREFIX = 60


@dataclass(frozen=True, slots=True)
class LineRule:
    """A named whole-line pattern. ``where`` is "anywhere" or "tail"; ``marker``
    is "", "soft" or "hard" (does the line start the page footer?). A rule written
    ``.*X.*`` is kept as ``X`` with ``contains`` set: searching is linear, while a
    full match of ``.*X.*`` backtracks over the line for every alternative."""

    name: str
    pattern: re.Pattern[str]
    where: str = "anywhere"
    marker: str = ""
    contains: bool = False


_NAME_WORD = r"(?:[A-Z][\w.'’-]*|and|for|of|in|de|da|van|von|al|&)"


class _RuleSpec(NamedTuple):
    """A rule as written: most rules apply anywhere and do not start the footer."""

    name: str
    pattern: str
    where: str = "anywhere"
    marker: str = ""
    # A "contains" rule (.*X.*) lists words, "|"-separated and lowercase, one of which
    # any match has: most lines have none, and substring tests are far cheaper than
    # the search.
    needs: str = ""


_RULES: tuple[_RuleSpec, ...] = (
    _RuleSpec(
        "navigation",
        r"(?:skip to (?:main )?(?:content|navigation)|accessibility links|breaking news"
        r"|jump to (?:content|navigation)|(?:main )?menu|search|toggle navigation|advertisement"
        r"|sponsored(?: content)?|share(?: this)?(?: article| story)?|print"
        r"|listen to this article)",
    ),
    _RuleSpec(
        "tags",
        r"(?:tags|topics|keywords|filed under|categories|related topics)\s*:.*",
    ),
    _RuleSpec(
        "related-label",
        r"(?:related(?: articles?| stories| story| coverage| content| news)?|read more|read also"
        r"|also read|see also|more on this(?: story)?|earlier story|previous story|more coverage"
        r"|recommended(?: stories)?|you (?:may|might) also like|read next|watch)\s*(?::.*)?",
    ),
    _RuleSpec("link-only", r"(?:\[[^\]]{0,300}\]\([^)\s]{0,500}\)[\s|,·•]*)+"),
    _RuleSpec("bare-url", r"<?(?:https?://|www\.)\S+>?"),
    _RuleSpec(
        "original-url",
        r"(?:original (?:url|article|story|link)|source url|canonical(?: url)?|source link)\s*:.*",
        marker="soft",
    ),
    _RuleSpec(
        "byline",
        rf"(?-i:(?:By|BY|Written by|Words by|Story by))\s+\[?{_NAME_WORD}"
        rf"(?:[\s,]+{_NAME_WORD}){{0,12}}"
        r"\]?(?:\([^)\s]*\))?(?:\s*[|–—]\s*.*)?",
    ),
    _RuleSpec(
        "credit",
        r".*(?:contributed (?:to )?(?:this )?report|contributed reporting|additional reporting by"
        r"|^reporting by|^editing by|^writing by|^compiled by).*",
        needs="contributed|reporting by|editing by|writing by|compiled by",
    ),
    _RuleSpec("copyright", r"(?:©|\(c\)|copyright\b).*", marker="soft"),
    _RuleSpec(
        "rights-reserved",
        r".*\ball rights reserved\b.*",
        marker="soft",
        needs="all rights reserved",
    ),
    _RuleSpec(
        "trademark",
        r".*\b(?:registered trademarks?|are trademarks|is a trademark) of\b.*",
        marker="soft",
        needs="trademark",
    ),
    _RuleSpec(
        "promo",
        r"(?=.{0,120}$)"  # a short line: a story paragraph may open with "Privacy"
        r"(?:sign up(?: for| to)?|subscribe(?: to| now| for| here)?|download (?:the|our)"
        r"|get the .{0,40}\bapp\b|privacy(?: policy| notice)?|terms (?:of|and) (?:use|service)"
        r"|cookie (?:policy|settings)|interest-based advertising|do not sell|manage (?:cookies|"
        r"preferences)|join (?:the|our)\b.{0,40}\b(?:community|newsletter)|read and post comments"
        r"|please review .{0,40}guidelines|follow us|click here|contact us|about us"
        r"|advertise with us)\b.*",
        marker="soft",
    ),
    _RuleSpec(
        "footer-heading",
        r"(?:about (?:this|the) (?:newsletter|authors?|writer)|more stories|more from .{1,40}"
        r"|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories)|comments)",
        marker="hard",
    ),
    _RuleSpec(
        "image-placeholder",
        r"(?:\d+x\d+ )?(?:image|photo|video|content image|file photo|gallery|logo)"
        r"(?:\s*[-–:|][^.!?]{0,50})?",  # a credit, not a caption sentence
    ),
    _RuleSpec("logo", r"logo of\b.*"),
    _RuleSpec(
        "reader-service",
        r".*\b(?:newsletters?|inbox|in-box|e-?mail address|podcasts?|unsubscribe|subscribe"
        r"|app store|google play|itunes|comments?|community guidelines|privacy|terms of use)\b.*",
        where="tail",
        needs="newsletter|inbox|in-box|mail address|podcast|subscribe|app store|google play"
        "|itunes|comment|community guidelines|privacy|terms of use",
    ),
    _RuleSpec("keyword-list", r"[\w'’ -]{1,40}(?:,\s*[\w'’ -]{1,40}){2,}", where="tail"),
)


@functools.cache
def line_rules() -> tuple[LineRule, ...]:
    """The boilerplate line rules, compiled once.

    Example:
        >>> [r.name for r in line_rules()][:2]
        ['navigation', 'tags']
    """
    rules: list[LineRule] = []
    for name, pattern, where, marker, _ in _RULES:
        contains = pattern.startswith(".*") and pattern.endswith(".*")
        core = pattern[2:-2] if contains else pattern
        rules.append(LineRule(name, re.compile(core, re.I), where, marker, contains))
    return tuple(rules)


_DIGIT = re.compile(r"\d")


# An author bio's verb: lines without one skip the full pattern, which opens with it.
_BIO_VERB = re.compile(r"(?:is|was|has been) (?:a|an|the)\b")


@functools.cache
def _bio_pattern() -> re.Pattern[str]:
    return re.compile(
        _BIO_VERB.pattern + r".{0,120}\b(?:editor|reporter|correspondent|writer"
        r"|journalist|author|columnist|contributor|producer|bureau chief)"
    )


@functools.cache
def _combined_rules(tail: bool, contains: bool) -> re.Pattern[str]:
    # One alternation per kind, one regex call per line; earlier rules win.
    return re.compile(
        "|".join(
            f"(?P<r{i}>{rule.pattern.pattern})"
            for i, rule in enumerate(line_rules())
            if (tail or rule.where == "anywhere") and rule.contains == contains
        ),
        re.I,
    )


@functools.cache
def _contains_needs(tail: bool) -> tuple[str, ...]:
    """Words one of which a line needs to match any "contains" rule ("" when a rule
    lists none: then every line is searched)."""
    specs = [
        spec
        for spec in _RULES
        if spec.pattern.startswith(".*")
        and spec.pattern.endswith(".*")
        and (tail or spec.where == "anywhere")
    ]
    if any(not spec.needs for spec in specs):
        return ("",)
    return tuple(word for spec in specs for word in spec.needs.split("|"))


def _may_contain(key: str, tail: bool) -> bool:
    # Only ASCII lines skip the search: there str.lower() agrees with re.I exactly.
    if not key.isascii():
        return True
    lowered = key.lower()
    return any(word in lowered for word in _contains_needs(tail))


def _rule_for(line: Line, *, tail: bool) -> LineRule | None:
    key = line.key
    if not key or len(key) > _LONGEST_RULE_LINE:
        return None
    match = _combined_rules(tail, False).fullmatch(key)
    if match is None and _may_contain(key, tail):
        match = _combined_rules(tail, True).search(key)
    if match is None:
        return None
    name = next(name for name, value in match.groupdict().items() if value is not None)
    return line_rules()[int(name[1:])]


def is_furniture(line: Line) -> bool:
    """Whether a line is page furniture wherever it stands (navigation, byline, ...).

    Example:
        >>> from claimcheck.ingest.lines import text_lines
        >>> is_furniture(text_lines("Skip to main content")[0])
        True
    """
    return _rule_for(line, tail=False) is not None


def _is_dateline(line: Line) -> bool:
    """A line that only prints a date and time ("Updated: Dec. 6, 2021 10:15 a.m. ET")."""
    key = line.key
    if len(key) > 80 or _DIGIT.search(key) is None or key.endswith((".", "!", "?")):
        return key.endswith((" a.m.", " p.m.")) and find_date(key) is not None
    return len(key.split()) <= 10 and find_date(key) is not None


def _teaser_runs(lines: Sequence[Line], first_index: int) -> list[tuple[int, int]]:
    """Line ranges ``[i, j)`` of runs of 2+ bullet teasers (headline, then a blurb)."""
    runs: list[tuple[int, int]] = []
    i = first_index
    while i < len(lines):
        items = 0
        j = i
        while j < len(lines) and lines[j].bullet and not lines[j].key.endswith("."):
            k = j + 1
            blurb = False
            while k < len(lines) and not lines[k].bullet:
                if not lines[k].blank:
                    if blurb and lines[k - 1].blank and not lines[k].indent:
                        break
                    blurb = True
                k += 1
            if not blurb:
                break
            items += 1
            j = k
            while j > i and lines[j - 1].blank:
                j -= 1
            if j < len(lines) and not lines[j].bullet:
                k = j
                while k < len(lines) and lines[k].blank:
                    k += 1
                if k < len(lines) and lines[k].bullet:
                    j = k
                else:
                    break
        if items >= 2:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _is_bio(lines: Sequence[Line], index: int) -> bool:
    content = lines[index].key
    if _BIO_VERB.search(content) is None:
        return False  # the pattern below matches only right after such a verb
    earlier = [line.key for line in lines[max(0, index - 6) : index] if not line.blank][-3:]
    return any(
        name
        and len(name) <= 40
        and content.startswith(name + " ")
        and _bio_pattern().match(content, len(name) + 1) is not None
        for name in earlier
    )


def _is_repeat(line: Line, seen: set[str]) -> bool:
    return len(line.key) >= _REPEAT_PREFIX and line.key[:_REPEAT_PREFIX] in seen


def _tail_start(lines: Sequence[Line], half: int, marks: dict[int, str]) -> int | None:
    """Index of the line where the page footer starts, if there is one."""
    seen = {line.key[:_REPEAT_PREFIX] for line in lines if line.start < half}
    candidate: int | None = None
    for line in lines:
        if line.start < half:
            continue
        rule = _rule_for(line, tail=True)
        if candidate is None:
            if rule is not None and rule.marker:
                candidate = line.index
                if rule.marker == "hard":
                    return candidate
            continue
        if rule is not None and rule.marker == "hard":
            return candidate
        story_like = (
            len(line.key) >= _STORY_LINE
            and rule is None
            and line.index not in marks
            and not _is_repeat(line, seen)
        )
        if story_like:
            candidate = None
    return candidate


def find_boilerplate(text: str, *, lines: Sequence[Line] | None = None) -> tuple[Span, ...]:
    """Spans of ``text`` that are page furniture, merged and in order.

    Example:
        >>> text = "Skip to main content\\nCrews saved 40 homes.\\n© 2024 Example News"
        >>> [text[s.start:s.end] for s in find_boilerplate(text)]
        ['Skip to main content', '© 2024 Example News']
    """
    lines = text_lines(text) if lines is None else lines
    half = len(text) // 2
    marks: dict[int, str] = {}
    for line in lines:
        rule = _rule_for(line, tail=False)
        if rule is not None:
            marks[line.index] = rule.name
        elif _is_dateline(line):
            marks[line.index] = "dateline"
        elif line.key and _is_bio(lines, line.index):
            marks[line.index] = "author-bio"
    first_teaser = next((line.index for line in lines if line.start >= 0.4 * len(text)), len(lines))
    for start, stop in _teaser_runs(lines, first_teaser):
        marks.update((index, "teasers") for index in range(start, stop))
    tail = _tail_start(lines, half, marks)
    if tail is not None:
        marks.update((index, "footer") for index in range(tail, len(lines)))
    return _merge(lines, sorted(i for i in marks if not lines[i].blank))


def _merge(lines: Sequence[Line], indexes: Sequence[int]) -> tuple[Span, ...]:
    spans: list[Span] = []
    previous = -2
    for index in indexes:
        line = lines[index]
        start = line.start + line.indent
        end = start + len(line.content)
        # Marked lines separated only by blank lines become one span.
        if spans and all(lines[k].blank for k in range(previous + 1, index)):
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(start, end))
        previous = index
    return tuple(spans)

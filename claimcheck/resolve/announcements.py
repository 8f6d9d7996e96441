"""Whether a date is the day the story's event was announced.

The day a deal, a plan or a product was made public is a fixed fact of the
event: "announced a merger on Tuesday" in one outlet and "said on Wednesday it
had signed the merger" in another disagree. A date is an announcement date
(``event == "announcement"``) when, in its clause,

- an announcement verb governs it: "unveiled the plan on Monday", "Announced
  Wednesday, the bid ...", with no other clause in between ("announced plans to
  close the plant on Friday" dates the closing, not the announcement);
- or a speech verb or a formal statement dates it ("said on Wednesday", "in a
  statement on Wednesday") and the sentence reports a concluded agreement ("it
  had signed a takeover deal", "had agreed to buy").

An ordinary speech date ("the mayor said on Tuesday the roads were clear") is
none: officials speak on many days. The announcer is the claim's
``attribution``, by which the rule tells the story's main actors from others
(:mod:`claimcheck.rules.announcements`).
Word lists are data: ``claimcheck/data/announcements.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.errors import RuleError
from claimcheck.model import Claim, ClaimKind, Flag, evolve
from claimcheck.resolve.clauses import COORDINATE_BREAK, clause_after, clause_before
from claimcheck.resolve.lemmas import Token, lemma, tokens
from claimcheck.resources import data_path
from claimcheck.yamlfile import Located, load_yaml

ANNOUNCEMENT = "announcement"
_FINE = frozenset({None, "day", "hour", "minute"})  # "announced in May" is too coarse to test
_REACH = 8  # tokens between a cue and its date
_NAME_JOINERS = frozenset({"and", "the", "of", "on", "early", "late"})


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class AnnouncementWords:
    """Lowercase word sets of ``data/announcements.yaml``."""

    verbs: frozenset[str]
    statements: tuple[str, ...]
    stems: tuple[str, ...]  # substrings every cue contains: "announc", "unveil", "statement"
    completions: frozenset[str]
    deals: frozenset[str]
    clause_starts: frozenset[str]


@cache
def announcement_words() -> AnnouncementWords:
    """The shipped word lists, read once.

    Example:
        >>> "announce" in announcement_words().verbs
        True
    """
    path = data_path("announcements.yaml")
    doc = load_yaml(path)
    section = doc.mapping(ANNOUNCEMENT) if isinstance(doc, Located) else None
    if section is None:
        raise RuleError("missing section 'announcement'", path=str(path), line=1)
    verbs = section.words("verbs")
    statements = section.words("statements")
    return AnnouncementWords(
        verbs=frozenset(verbs),
        statements=tuple(statements),
        stems=tuple(sorted({w.removesuffix("e") for w in verbs} | set(statements))),
        completions=frozenset(section.words("completions")),
        deals=frozenset(section.words("deals")),
        clause_starts=frozenset(section.words("clause_starts")),
    )


def assign_announcement(claim: Claim, sentence: str, sentence_start: int) -> Claim:
    """Mark a date of the story's announcement; unmark a loose one.

    Example:
        >>> s = "Kessler said on Monday it had signed a deal to buy Varden."
        >>> c = Claim("d", ClaimKind.DATE, 15, 24, "on Monday", flags=("attribution",))
        >>> c = assign_announcement(c, s, 0)
        >>> c.event
        'announcement'
    """
    if claim.kind is not ClaimKind.DATE or claim.has_flag(Flag.BOILERPLATE):
        return claim
    start, end = claim.start - sentence_start, claim.end - sentence_start
    cue = None
    if claim.granularity in _FINE:
        cue = announcement_cue(sentence, start, end, claim.has_flag(Flag.ATTRIBUTION))
    # An announcement verb governing the date outranks a nearer event word ("announced
    # the takeover on Tuesday, ending months of talks"); a speech date does not.
    if cue == "verb" or (cue == "statement" and claim.event is None):
        return claim if claim.event == ANNOUNCEMENT else evolve(claim, event=ANNOUNCEMENT)
    # The events vocabulary ties any date near "announced" to it; only a governed one is.
    return evolve(claim, event=None) if claim.event == ANNOUNCEMENT else claim


def announcement_cue(sentence: str, start: int, end: int, speech_date: bool) -> str | None:
    """What makes ``sentence[start:end]`` the date of the story's announcement, if anything.

    ``"verb"``: an announcement verb governs it; ``"statement"``: a speech verb or a
    statement dates it and the sentence reports a concluded agreement.
    ``speech_date``: the extractor found it dates a speech verb ("said on Monday").

    Example:
        >>> s = "The mayor said on Monday the roads were clear."
        >>> announcement_cue(s, 15, 24, True) is None
        True
        >>> announcement_cue("Acme unveiled the phone on Monday.", 24, 33, False)
        'verb'
    """
    words = announcement_words()
    before = clause_before(sentence, start, COORDINATE_BREAK)
    lowered = sentence.lower()
    # Most dates have no cue at all: a substring test spares the tokens and lemmas.
    if not speech_date and not any(stem in lowered for stem in words.stems):
        return None
    after = clause_after(sentence, end, COORDINATE_BREAK)
    left = tokens(before, start - len(before))
    right = tokens(after, end)
    for token in _near(left, right, words):
        verb = lemma(token.lower, "VERB")
        at_start = token.start == 0 or not sentence[: token.start].strip()
        if verb in words.verbs and token.lower != verb and (token.text[:1].islower() or at_start):
            return "verb"
    stated = speech_date or _statement_near(before, words)
    return "statement" if stated and _concluded(tokens(sentence), words) else None


def _near(
    left: Sequence[Token], right: Sequence[Token], words: AnnouncementWords
) -> Sequence[Token]:
    """Tokens within reach of the date with no clause start between them and it.

    A cue after the date counts only when no more than a name precedes the date
    in its clause ("On Monday, Acme announced", "Acme and Varden today
    announced"): in "the plant closes on Friday, Acme announced" it is the closing's.
    """
    found = []
    for i in range(len(left) - 1, max(-1, len(left) - 1 - _REACH), -1):
        between = left[i + 1 :]
        if any(t.lower in words.clause_starts for t in between):
            break
        found.append(left[i])
    for i in range(min(len(right), _REACH) if _only_a_name(left) else 0):
        between = right[:i]
        if any(t.lower in words.clause_starts for t in between):
            break
        found.append(right[i])
    return found


def _only_a_name(left: Sequence[Token]) -> bool:
    return len(left) <= 1 or all(t.text[:1].isupper() or t.lower in _NAME_JOINERS for t in left)


def _statement_near(before: str, words: AnnouncementWords) -> bool:
    """A statement noun just before the date: "in a (prepared) statement on Wednesday"."""
    tail = " ".join(t.lower for t in tokens(before)[-4:])
    return any(noun in tail for noun in words.statements)


def _concluded(sentence_tokens: Sequence[Token], words: AnnouncementWords) -> bool:
    """The sentence reports a concluded agreement: "had signed a deal", "agreed to buy"."""
    lowered = [t.lower for t in sentence_tokens]
    has_deal = any(lemma(w, "NOUN") in words.deals for w in lowered)
    for i, word in enumerate(lowered):
        verb = lemma(word, "VERB")
        if verb not in words.completions or word == verb or word.endswith("ing"):
            continue
        if i and lowered[i - 1] in {"to", "not", "would", "will", "could", "may", "might"}:
            continue  # "hopes to sign", "would not agree": nothing concluded yet
        if has_deal or (verb == "agree" and i + 1 < len(lowered) and lowered[i + 1] == "to"):
            return True
    return False

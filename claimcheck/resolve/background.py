"""Claims about other events, mentioned for context.

"the strongest since the 2008 Sichuan quake, which killed almost 70,000": the
70,000 (and the 2008) are about another quake. A claim whose nearest event noun
in its clause is marked as another event -- by a year before the publication
year ("the 2008 quake", "the quake of 2008") or a cue word ("a previous
shooting", "another blaze") -- gets that event as its own key in ``event``
("2008 Sichuan quake", "earlier shooting") and the ``background`` flag, so it is
compared only with claims about the same background event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.model import Claim, ClaimKind, Flag, evolve
from claimcheck.resolve.clauses import COORDINATE_BREAK, clause_after, clause_before
from claimcheck.resolve.events import event_noun
from claimcheck.resolve.lemmas import Token, tokens_among, word_set
from claimcheck.resolve.structure_words import StructureWords
from claimcheck.resolve.vocabulary import Vocabularies
from claimcheck.resolve.wordlists import AnyCase

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_YEAR_AFTER = re.compile(r"\s+(?:of|in)\s+((?:1[89]|20)\d\d)\b")
_MODIFIER_WORDS = 4  # words before an event noun that can mark it: "the deadly 2008 Sichuan"
_DETERMINERS = frozenset({"the", "a", "an", "that", "this"})


@dataclass(frozen=True, slots=True)
class _EventMention:
    start: int
    end: int
    key: str | None  # the background event's key; None for the story's own event


def assign_background(
    claim: Claim,
    sentence: str,
    sentence_start: int,
    vocab: Vocabularies,
    words: StructureWords,
    published_year: int | None,
) -> Claim:
    """Flag a claim about another event and key it to that event.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "It was the worst since the 2008 Sichuan quake, which killed 69,000."
        >>> c = Claim(doc="d", kind=ClaimKind.COUNT, start=60, end=66, text="69,000")
        >>> b = assign_background(c, s, 0, load_vocabularies(), structure_words(), 2026)
        >>> b.event, b.flags
        ('2008 Sichuan quake', ('background',))
    """
    start, end = claim.start - sentence_start, claim.end - sentence_start
    key = background_event(sentence, start, end, vocab, words, published_year)
    if key is None:
        key = _past_year_of_event(claim, published_year)
    if key is None:
        return claim
    return evolve(claim, event=key, flags=(*claim.flags, Flag.BACKGROUND.value))


def background_event(
    sentence: str,
    start: int,
    end: int,
    vocab: Vocabularies,
    words: StructureWords,
    published_year: int | None,
) -> str | None:
    """The key of the other event a claim is about, when its nearest event is one."""
    # Another event is marked by an earlier year or a cue word ("previous"); a sentence
    # with neither has none, and most sentences are skipped here at regex speed.
    if not _may_name_other_event(sentence, words):
        return None
    before = clause_before(sentence, start, COORDINATE_BREAK)
    after = clause_after(sentence, end, COORDINATE_BREAK)
    window_start, window_end = start - len(before), end + len(after)
    window = sentence[window_start:window_end]
    nearest: tuple[int, _EventMention, str] | None = None
    for token, event in _event_nouns(window, window_start, vocab):
        mention = _mention(sentence, token, event, words, published_year)
        distance = max(mention.start - end, start - mention.end, 0)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, mention, event)
    if nearest is None:
        return None
    if nearest[1].key is not None:
        return nearest[1].key
    # "A quake in neighbouring Rongjiang county in 1999 killed 2,400": the clause
    # itself is dated to an earlier year, so its event is another one.
    year = _clause_year(window, published_year)
    return f"{year} {nearest[2]}" if year else None


@lru_cache(maxsize=256)
def _may_name_other_event(sentence: str, words: StructureWords) -> bool:
    """Whether a sentence has a year or a background cue. Cached: its claims ask in turn."""
    return _year_or_cue(words).search(sentence) is not None


def _event_nouns(window: str, offset: int, vocab: Vocabularies) -> list[tuple[Token, str]]:
    """The event nouns of a clause, with their event class; only their tokens are built."""
    wanted = {word for word in word_set(window) if event_noun(word, vocab) is not None}
    found = (
        (token, event_noun(token.lower, vocab)) for token in tokens_among(window, wanted, offset)
    )
    return [(token, event) for token, event in found if event is not None]


# A time adverbial dating a clause: "in 1999", "during 2006", "In 2003,"; not a
# comparison's baseline ("more than in 2016", "as in 2010") nor "since 1994".
_CLAUSE_YEAR = re.compile(
    r"(?<!than )(?<!as )\b(?:in|during)\s+((?:1[89]|20)\d\d)\b(?![%\d])", re.I
)


def _clause_year(window: str, published_year: int | None) -> str | None:
    """An earlier year the clause is dated to, if it names one."""
    for match in _CLAUSE_YEAR.finditer(window):
        year = match.group(1)
        if published_year is None or int(year) < published_year:
            return year
    return None


def _past_year_of_event(claim: Claim, published_year: int | None) -> str | None:
    """A bare earlier year as the date of an event is another event's date: the story's
    own event is days old, so "In 2003, a plane crashed" or "the deadliest crash since
    1994" names another crash."""
    if claim.kind is not ClaimKind.DATE or claim.event is None or claim.date is None:
        return None
    if claim.granularity not in ("year", "decade") or published_year is None:
        return None
    if claim.date.year >= published_year:
        return None
    return f"{claim.date.year} {claim.event}"


@lru_cache(maxsize=4)
def _year_or_cue(words: StructureWords) -> AnyCase:
    """A year or a background cue word, the only marks of another event; compiled once."""
    cues = "|".join(map(re.escape, sorted(words.background_cues)))
    return AnyCase.compile(rf"(?:1[6-9]|20)\d\d|\b(?:{cues})\b")


def _mention(
    sentence: str, noun: Token, event: str, words: StructureWords, published_year: int | None
) -> _EventMention:
    modifiers = sentence[max(0, noun.start - 60) : noun.start].split()[-_MODIFIER_WORDS:]
    # Only the noun phrase: words after a determiner ("killed more than the 2008 quake").
    for i in range(len(modifiers) - 1, -1, -1):
        if modifiers[i].lower() in _DETERMINERS:
            modifiers = modifiers[i + 1 :]
            break
    start = noun.start - len(" ".join(modifiers)) - (1 if modifiers else 0)
    year = next((m for m in modifiers if _YEAR.match(m)), None)
    following = _YEAR_AFTER.match(sentence, noun.end)
    if year is None and following is not None:
        year = following.group(1)
    earlier = year is not None and (published_year is None or int(year) < published_year)
    cue = any(m.lower() in words.background_cues for m in modifiers)
    if not (earlier or cue):
        return _EventMention(start, noun.end, None)
    names = [
        m
        for m in modifiers
        if m[:1].isupper() and not _YEAR.match(m) and m.lower() not in words.background_cues
    ]
    label = year if earlier and year else "earlier"
    return _EventMention(start, noun.end, " ".join([label, *names, event]))

"""The tense of the verb that governs a date: which way a relative date points.

"will meet on Tuesday" points forward, "promised on Friday" backward, "opens on
Tuesday" (present) to the nearest Tuesday. The governing verb is the nearest verb
group in the date's clause, looked for both before and after the date; base
forms count as verbs only after a modal, "to" or a pronoun, because "call",
"talks" and "meet" are nouns as often as verbs. lemminflect tells verb forms apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from claimcheck.resolve.lemmas import all_inflections, all_lemmas

_WINDOW_BEFORE = 9  # tokens; a verb further away rarely governs the date
_WINDOW_AFTER = 6
_CHARS_BEFORE = 120
_CHARS_AFTER = 90


class Tense(StrEnum):
    """Which way a relative date is read from the reference date."""

    PAST = "past"
    FUTURE = "future"
    PRESENT = "present"


@dataclass(frozen=True, slots=True)
class VerbCue:
    """The verb group governing a date, as far as the words tell."""

    tense: Tense
    lemma: str  # the main verb's lemma ("say", "meet"), "" when none was found
    distance: int  # tokens between the verb and the date

    @property
    def is_speech(self) -> bool:
        return self.lemma in _SPEECH_VERBS


_NONE = VerbCue(Tense.PRESENT, "", 10**6)

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "would", "may", "might", "could", "can"})
_FUTURE_AUX |= frozenset({"should", "must"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'d"})
_PRESENT_AUX = frozenset({"is", "are", "am", "does", "do", "'s", "’s", "'re", "’re"})
_AUXILIARIES = _FUTURE_AUX | _PAST_AUX | _PRESENT_AUX
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who", "which", "that"})
# "expected to speak", "plans to meet", "set to hold", "is to visit": intent looks ahead.
# A determiner never sits between an auxiliary and its verb: "to a third-quarter
# earnings report" holds no infinitive, and "a net loss" no verb.
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these"})
_DETERMINERS |= frozenset({"those", "my", "your"})
_INTENT = frozenset({"expected", "expects", "expect", "plans", "plan", "planning", "planned"})
_INTENT |= frozenset({"set", "scheduled", "due", "going", "intends", "intend", "aims", "aim"})
_INTENT |= frozenset({"is", "are", "am", "likely", "ready", "prepared", "slated", "hopes", "hope"})
# "a vote planned March 12", "scheduled for Friday": a participle of arranging looks ahead.
_ARRANGED = frozenset({"plan", "schedule", "slate", "set", "due", "expect", "upcoming"})
_ARRANGING_VERBS = frozenset({"plan", "schedule", "slate"})
# "expects growth in Q4", "forecasts a rebound in March": a present verb of expecting
# points at a time ahead even with a noun object and no "to".
_EXPECTING_VERBS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "target"})
_SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "write", "tweet", "remark", "comment"})
_SPEECH_VERBS |= frozenset({"note", "explain", "declare", "insist", "reiterate", "told"})
_CLAUSE_BREAK = re.compile(
    r"[;:()\"“”—–]|\s--\s|\b(?:but|while|whereas|although|though)\b|[.!?]\s+(?=[A-Z\"“])"
)
_TOKEN = re.compile(
    r"[A-Za-z]+(?=['’](?:ll|re|d|ve)\b)|[A-Za-z]+(?:['’][a-z]+)?|['’](?:ll|s|re|d|ve)\b"
)


class _Word(NamedTuple):  # a tuple: built thousands of times per document
    text: str
    lower: str


# A NamedTuple's own constructor is a Python function; building the tuple directly
# halves the cost of the words each date's clause is split into.
_new_word = tuple.__new__


def governing_verb(sentence: str, start: int, end: int) -> VerbCue:
    """The verb group nearest to ``sentence[start:end]`` within its clause.

    Example:
        >>> s = "The leaders will meet on Tuesday."
        >>> governing_verb(s, 25, 32).tense
        <Tense.FUTURE: 'future'>
    """
    # Only a few words either side can govern the date; a long clause costs no more.
    clause_start, clause_end = _clause(sentence, start, end)
    before = _words(sentence[clause_start:start])
    after = _words(sentence[end:clause_end])
    back = _scan_back(before)
    ahead = _scan_ahead(after, before)
    # "ran aground on Saturday evening, officials said": past a comma the verb ahead
    # is the reporting clause's; the verb before the date governs it.
    across_comma = sentence[end:clause_end].lstrip().startswith(",") and bool(back.lemma)
    if ahead.distance < back.distance and not across_comma:
        return ahead
    return back if back.lemma else ahead


def governing_tense(sentence: str, start: int, end: int) -> Tense:
    """Past, future or present, from the verb that governs the date.

    Example:
        >>> governing_tense("The mayor vowed on Friday to act.", 16, 25)
        <Tense.PAST: 'past'>
    """
    return governing_verb(sentence, start, end).tense


def is_finite_verb(word: str) -> bool:
    """True for a word that can only be a past or present verb form ("ended", "says").

    Example:
        >>> is_finite_verb("ended"), is_finite_verb("call")
        (True, False)
    """
    return _verb_form(word.lower()) in {"past", "present"}


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    clause_start = max(0, start - _CHARS_BEFORE)
    clause_end = min(len(sentence), end + _CHARS_AFTER)
    for match in _CLAUSE_BREAK.finditer(sentence, clause_start, clause_end):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    return clause_start, clause_end


def _words(text: str) -> list[_Word]:
    return [_new_word(_Word, (token, token.lower())) for token in _TOKEN.findall(text)]


def _scan_back(before: list[_Word]) -> VerbCue:
    for distance, index in enumerate(range(len(before) - 1, -1, -1)):
        if distance >= _WINDOW_BEFORE:
            break
        word = before[index]
        if distance == 1 and word.lower == "due" and before[index + 1].lower == "to":
            continue  # "due to its third-quarter loss": because of, not an arrangement
        if distance <= 1 and _lemma_of_participle(word.lower) in _ARRANGED:
            return VerbCue(Tense.FUTURE, _lemma_of_participle(word.lower), distance)
        tense = _verb_tense(before, index)
        if tense is not None:
            lemma = _lemma(word.lower)
            # "planned a rally on Saturday", "has scheduled a hearing Thursday": the
            # arrangement is past, the day it names is the nearest one (often today or ahead).
            if lemma in _ARRANGING_VERBS:
                tense = Tense.PRESENT
            elif lemma in _EXPECTING_VERBS and tense is Tense.PRESENT:
                tense = Tense.FUTURE
            return VerbCue(tense, lemma, distance)
    return _NONE


def _scan_ahead(after: list[_Word], before: list[_Word]) -> VerbCue:
    words = before + after
    for distance, word in enumerate(after[:_WINDOW_AFTER]):
        if word.lower in {"and", "or"} and distance + 1 < len(after):
            following = after[distance + 1].lower
            if following in _AUXILIARIES or is_finite_verb(following):
                break  # "on Saturday and were planning ...": another verb's clause
        tense = _verb_tense(words, len(before) + distance)
        if tense is not None:
            return VerbCue(tense, _lemma(word.lower), distance)
    return _NONE


def _verb_tense(words: list[_Word], index: int) -> Tense | None:
    """The tense of the verb group ending at ``words[index]``, if it is a verb."""
    lower = words[index].lower
    if lower in _FUTURE_AUX and lower not in {"may", "can", "will"}:
        return Tense.FUTURE
    if lower in _PAST_AUX:
        # "will have to", "would have met": a modal before "have" looks ahead.
        governing = _aux_tense(_previous(words, index))
        return Tense.FUTURE if governing is Tense.FUTURE else Tense.PAST
    if lower in _PRESENT_AUX:
        return _aux_tense(_previous(words, index)) or Tense.PRESENT
    if index and words[index - 1].lower in _DETERMINERS:
        return None
    form = _verb_form(lower)
    if form is None:
        return None
    # Read only for a verb: most words of a clause are none.
    previous = _previous(words, index)
    governed = _aux_tense(previous)
    if governed is not None:
        return governed
    if form == "base":
        before = previous[-1] if previous else ""
        # "they meet", "Ruiz and Okafor meet": a base form after a subject is a verb;
        # after one name it would be "meets", so "Tanzanian police" is a noun phrase.
        named = (
            index > 1
            and words[index - 1].text[:1].isupper()
            and (words[index - 2].lower == "and" or words[index - 1].text.endswith("s"))
        )
        plural = before.endswith("s") and len(before) > 3 and _verb_form(before) is None
        return Tense.PRESENT if before in _PRONOUNS or named or plural else None
    return Tense.PAST if form == "past" else Tense.PRESENT


def _previous(words: list[_Word], index: int) -> list[str]:
    """The lowercase words (up to three) before ``words[index]``: its auxiliaries, if any."""
    return [w.lower for w in words[max(0, index - 3) : index]]


def _aux_tense(previous: list[str]) -> Tense | None:
    """The tense the auxiliaries before a verb give it ("will", "is to", "had")."""
    for position in range(len(previous) - 1, -1, -1):
        word = previous[position]
        if word in _DETERMINERS:
            return None
        if word in _FUTURE_AUX:
            return Tense.FUTURE
        if word == "be" and position > 0 and previous[position - 1] == "to":
            return Tense.FUTURE  # "to be completed around Nov. 1": an infinitive looks ahead
        if word == "to":
            intent = previous[position - 1] if position > 0 else ""
            return Tense.FUTURE if intent in _INTENT or not intent else None
        if word in _PAST_AUX:
            return Tense.PAST
        if word in _PRESENT_AUX:
            return Tense.PRESENT
    return None


@lru_cache(maxsize=16384)
def _verb_form(word: str) -> str | None:
    """ "past", "present" or "base" for a word that can only be a verb form; else None."""
    lemmas = all_lemmas(word)
    verbs = lemmas.get("VERB")
    if not verbs:
        return None
    lemma = verbs[0]
    inflections = all_inflections(lemma, "VERB")
    if word in inflections.get("VBD", ()) and word != lemma:
        return "past"
    if "NOUN" in lemmas or ("ADJ" in lemmas and not word.endswith("ed")):
        return "base" if word == lemma else None
    if word in inflections.get("VBZ", ()):
        return "present"
    if word == lemma:
        return "base"
    return None


@lru_cache(maxsize=16384)
def _lemma(word: str) -> str:
    verbs = all_lemmas(word).get("VERB")
    return verbs[0] if verbs else word


def _lemma_of_participle(word: str) -> str:
    if word == "upcoming":
        return word
    return _lemma(word) if word.endswith(("ed", "set", "due")) else ""

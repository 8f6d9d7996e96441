"""Who is said to state a claim: "USGS said", "according to state media".

A claim's sentence is scanned for source cues (a speech verb such as "said",
"put ... at", or a marker such as "according to"); the cue nearest the claim
names the source: the phrase before the verb ("the health minister said"), or
after it when inverted ("..., said Scott Long") or after a marker. The phrase is
normalized so that two mentions of one source compare equal: an organization
becomes its initials ("the U.S. Geological Survey" -> ``USGS``), a person their
last name ("Premier Rachel Odum" -> ``Odum``), anything else its lowercase
words ("state media"). Generic sources ("officials") are kept but name no one
(:func:`is_named`); a pronoun ("she said") leaves the column empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.model import Claim, evolve
from claimcheck.resolve.lemmas import WORD as _WORD_TOKEN
from claimcheck.resolve.lemmas import lemma, lowercase_words
from claimcheck.resolve.structure_words import StructureWords
from claimcheck.resolve.wordlists import AnyCase

_WORD = re.compile(r"[A-Za-z][A-Za-z.'’&-]*")
# A source phrase never crosses these: "..., officials said" starts after the comma.
# A full stop after a capital is an initial ("U.S. Geological Survey"), not a stop.
_PHRASE_STOP = re.compile(r"[,;:()\[\]\"“”—–!?]|(?<![A-Z])\.(?!\w)|\b(?:that|who|which)\b|\s-\s")
_PASSIVE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_AUXILIARIES = _PASSIVE | {"has", "have", "had", "will", "would", "could", "may", "might"}
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "one", "two", "three"})
# "said Wednesday", "told reporters on Monday": what follows is not a source.
_NOT_A_SOURCE_START = re.compile(
    r"(?i)(?:on|in|at|last|this|today|yesterday|tonight|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|reporters|journalists)\b"
)
_CONNECTORS = frozenset({"of", "with", "from", "at", "for", "in"})
_MAX_WORDS = 9
_CONJUNCTION = re.compile(r"\b(?:and|but|while|as|after|because|when|where)\b")
_BARE_SPEECH = frozenset({"say", "tell"})  # "officials say": the present tense
_AT_REACH = 40  # characters after "put" within which "at" must follow
_POSSESSIVE = re.compile(r"['’]s$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an)\s+((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    forward_only: bool  # a marker: the source follows it


def assign_attribution(
    claim: Claim, sentence: str, sentence_start: int, words: StructureWords
) -> Claim:
    """Fill ``attribution`` from the source cue nearest the claim in its sentence.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> s = "The quake had a magnitude of 6.1, the U.S. Geological Survey said."
        >>> c = Claim(doc="d", kind=ClaimKind.QUANTITY, start=29, end=32, text="6.1")
        >>> assign_attribution(c, s, 0, structure_words()).attribution
        'USGS'
    """
    if claim.attribution is not None:
        return claim
    source = source_near(sentence, claim.start - sentence_start, claim.end - sentence_start, words)
    return evolve(claim, attribution=source) if source else claim


def source_near(sentence: str, start: int, end: int, words: StructureWords) -> str | None:
    """The normalized source of the cue nearest ``sentence[start:end]``, if any."""
    best: tuple[int, str] | None = None
    for cue, key in _sourced_cues(sentence, words):
        if cue.start < end and start < cue.end:
            continue
        distance = cue.start - end if cue.start >= end else start - cue.end
        if best is None or distance < best[0]:
            best = (distance, key)
    return best[1] if best else None


@lru_cache(maxsize=256)
def _sourced_cues(sentence: str, words: StructureWords) -> tuple[tuple[_Cue, str], ...]:
    """The cues of a sentence that name a source, with the source's key. Cached: what a
    cue names does not depend on the claim, and a sentence's claims ask in turn."""
    found = []
    for cue in _cues(sentence, words):
        phrase = None if cue.forward_only else _phrase_before(sentence, cue.start)
        titled = False
        if not phrase:
            phrase = _phrase_after(sentence, cue.end, marker=cue.forward_only)
            titled = bool(phrase) and _title_follows(sentence, cue.end, str(phrase), words)
        key = source_key(phrase, words, titled) if phrase else None
        if key is not None:
            found.append((cue, key))
    return tuple(found)


@lru_cache(maxsize=4)
def _marker_pattern(words: StructureWords) -> AnyCase:
    """All source markers ("according to", "citing") as one pattern, compiled once."""
    return AnyCase.compile(rf"\b(?:{'|'.join(map(re.escape, words.markers))})\b")


@lru_cache(maxsize=256)
def _cues(sentence: str, words: StructureWords) -> tuple[_Cue, ...]:
    # Cached: the claims of one sentence ask for its cues one after another.
    cues = [_Cue(m.start(), m.end(), True) for m in _marker_pattern(words).finditer(sentence)]
    # Most sentences hold no form of a cue verb: their words are not walked one by one.
    # A cue is a verb, so it starts in lowercase (and names are never looked up).
    cue_words = {word for word in lowercase_words(sentence) if _cue_verb(word, words)}
    if not cue_words:
        return tuple(cues)
    matches = list(_WORD_TOKEN.finditer(sentence))
    lowered = list(map(str.lower, _WORD_TOKEN.findall(sentence)))
    for index in sorted(_positions(lowered, cue_words)):
        if not matches[index].group()[:1].islower():
            continue
        # "was reported", "was first reported": a passive names no source.
        if _PASSIVE.intersection(lowered[max(0, index - 2) : index]):
            continue
        start, end = matches[index].span()
        if _speech_verb(lowered[index], words) or " at " in sentence[end : end + _AT_REACH]:
            cues.append(_Cue(start, end, False))
    return tuple(cues)


def _positions(items: list[str], wanted: Iterable[str]) -> Iterator[int]:
    """Where the wanted items stand in ``items``: list.index walks the list in C."""
    for item in wanted:
        at = -1
        for _ in range(items.count(item)):
            at = items.index(item, at + 1)
            yield at


@lru_cache(maxsize=16384)
def _speech_verb(word: str, words: StructureWords) -> bool:
    """An inflected speech verb ("said", "reported") or a bare "say"/"tell"."""
    verb = lemma(word, "VERB")
    # A bare "state", "count" or "record" is more often a noun ("state media").
    return verb in words.speech_verbs and (word != verb or verb in _BARE_SPEECH)


@lru_cache(maxsize=16384)
def _cue_verb(word: str, words: StructureWords) -> bool:
    """A speech verb, or a verb that names a source when "at" follows ("put ... at")."""
    return _speech_verb(word, words) or lemma(word, "VERB") in words.verbs_with_at


def _phrase_before(sentence: str, at: int) -> str | None:
    stops = list(_PHRASE_STOP.finditer(sentence, 0, at))
    phrase = sentence[stops[-1].end() if stops else 0 : at].strip()
    joined = list(_CONJUNCTION.finditer(phrase))
    # "homes were lost and officials say": the source starts after the conjunction,
    # unless the words before it are a name of a list ("Kessler and Varden said").
    if joined and (joined[0].start() == 0 or len(phrase[: joined[-1].start()].split()) >= 3):
        phrase = phrase[joined[-1].end() :].strip()
    return phrase if _plausible(phrase) else None


def _phrase_after(sentence: str, at: int, marker: bool) -> str | None:
    stop = _PHRASE_STOP.search(sentence, at)
    phrase = sentence[at : stop.start() if stop else len(sentence)].strip()
    # "said on Wednesday": a time, not a source. After a verb a source is a name or
    # starts with a determiner; after "according to" any noun phrase ("state media").
    first = phrase.split()[0] if phrase else ""
    if not first or _NOT_A_SOURCE_START.match(first):
        return None
    if not (marker or first[:1].isupper() or first.lower() in _DETERMINERS):
        return None
    return phrase if _plausible(phrase) else None


def _title_follows(sentence: str, at: int, phrase: str, words: StructureWords) -> bool:
    """An apposition gives the name a title: "said Hollis Grant, the town's mayor"."""
    after = sentence.find(phrase, at) + len(phrase)
    apposition = _APPOSITION.match(sentence, after)
    if apposition is None:
        return False
    return any(w.lower().rstrip(".") in words.titles for w in _WORD.findall(apposition.group(1)))


def _plausible(phrase: str) -> bool:
    found = _WORD.findall(phrase)
    # A clause ("the fire was first"), not a noun phrase, when it has an auxiliary.
    clause = any(w.lower() in _AUXILIARIES for w in found)
    return 0 < len(found) <= _MAX_WORDS and not clause and not any(c.isdigit() for c in phrase)


def source_key(phrase: str, words: StructureWords, titled: bool = False) -> str | None:
    """A source phrase normalized so that two mentions of one source are equal.

    An organization becomes its initials, or its known acronym; a titled person
    their last name (``titled``: a title stands elsewhere, as in an apposition);
    another proper noun its whole run ("Lena Varga", "Kessler");
    a description of a company ("the Ohio-based firm") names it only through an
    earlier sentence, like a pronoun, and gives nothing; a role keeps its words.

    Example:
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> w = structure_words()
        >>> source_key("the U.S. Geological Survey", w), source_key("USGS", w)
        ('USGS', 'USGS')
        >>> source_key("Health Minister Ana Ruiz", w), source_key("state media", w)
        ('Ruiz', 'state media')
        >>> source_key("officials with the Civil Defence Agency", w)
        'CDA'
        >>> source_key("the United Nations", w), source_key("the Ohio-based company", w)
        ('UN', None)
    """
    found = [t.rstrip(".") if not _is_initialism(t) else t for t in _WORD.findall(phrase)]
    pairs = [(_POSSESSIVE.sub("", t), t != _POSSESSIVE.sub("", t)) for t in found]
    pairs = _without_determiners([(t, owner) for t, owner in pairs if t])
    # "Kessler's chief executive Ana Ruiz": the owner is not the source; in a name
    # ("the Quarrow County Sheriff's Office") the possessive is part of it.
    owner = max(
        (i for i, (_, mine) in enumerate(pairs[:-1]) if mine and pairs[i + 1][0][:1].islower()),
        default=-1,
    )
    tokens = [t for t, _ in _without_determiners(pairs[owner + 1 :])]
    if not tokens:
        return None
    known = words.acronyms.get(" ".join(tokens).lower().replace(".", ""))
    if known:
        return known
    cut = next((i for i, t in enumerate(tokens) if t.lower() in _CONNECTORS), len(tokens))
    head, rest = tokens[:cut], tokens[cut + 1 :]
    head_text = " ".join(t.lower() for t in head)
    if not head or (len(head) == 1 and head_text in words.pronouns):
        return None  # "In addition to the ..." starts with a connector: no one named
    if head[-1].lower() in words.anaphors and not (len(head) > 1 and _is_name_word(head[-2])):
        return None
    if head_text in words.generic_sources:
        # "officials with the USGS" is the USGS; "a resident of Arden" is no one.
        named_rest = any(t.lower() in words.organizations or t.isupper() for t in rest)
        return (source_key(" ".join(rest), words) if named_rest else None) or head_text
    capitals = [t for t in tokens if t[:1].isupper()]
    if any(t.lower() in words.organizations for t in capitals) and len(capitals) >= 2:
        initials = "".join(_initials(t) for t in capitals)
        return words.acronyms.get(initials.lower(), initials)
    name = _proper_name(head, words, titled)
    return name if name else " ".join(t.lower() for t in tokens)


def _without_determiners(pairs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    while pairs and pairs[0][0].lower() in _DETERMINERS:
        pairs = pairs[1:]
    return pairs


def _proper_name(head: list[str], words: StructureWords, titled: bool) -> str | None:
    """The run of capitalized words that ends the phrase's name, normalized.

    A run followed by a plain word is a modifier ("the Ohio-based firm"), not a
    name; after a title it is a person, known by the last name.
    """
    ignored = words.titles | words.generic_sources
    end = len(head)
    while end and head[end - 1].lower() in ignored:
        end -= 1  # "Kessler officials", "Varden Inc": the name ends before these
    start = end
    while start and _is_name_word(head[start - 1]) and head[start - 1].lower() not in ignored:
        start -= 1
    run = head[start:end]
    if not run:
        return None
    titled = titled or (start > 0 and head[start - 1].lower() in words.titles)
    if len(run) == 1 and run[0].isupper():
        return run[0].replace(".", "")
    return run[-1] if titled else " ".join(run)


def _is_name_word(token: str) -> bool:
    """Capitalized and not an adjective made of a name ("Ohio-based", "Paris-born")."""
    return token[:1].isupper() and not token.rsplit("-", 1)[-1].islower()


def may_be_one(a: str, b: str) -> bool:
    """Whether two different source keys may still be one source.

    A role ("county coroner", "the agency") may be the person or body named
    elsewhere ("Meacham", "USGS"), and a full name the same person's last name
    ("Lena Varga", "Varga"); two names, or two roles, are two sources.

    Example:
        >>> may_be_one("county coroner", "Meacham"), may_be_one("USGS", "CENC")
        (True, False)
        >>> may_be_one("Lena Varga", "Varga"), may_be_one("Lena Varga", "Ana Varga")
        (True, False)
    """
    if a == b or a.islower() != b.islower():
        return True
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def is_named(source: str | None, words: StructureWords) -> bool:
    """Whether a normalized source names someone ("USGS"), not "officials".

    Example:
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> is_named("USGS", structure_words()), is_named("officials", structure_words())
        (True, False)
    """
    return bool(source) and source not in words.generic_sources


def _is_initialism(token: str) -> bool:
    return bool(_INITIALISM.fullmatch(token))


def _initials(token: str) -> str:
    if "." in token or token.isupper():
        return token.replace(".", "")
    return token[0]

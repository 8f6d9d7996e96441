"""Precision and recall of findings on article versions with numbers edited at random.

Usage: python benchmarks/mutations.py [--pairs N] [--seed S] [--rules PATH ...] [--verbose]

Each trial copies one article (examples/wildfire and two invented ones below),
then either mutates one or two of its claims (a digit changed, a figure
scaled, a weekday swapped, a date shifted, a clock time changed), recording
where, or re-words it without changing any number (synonyms, two paragraphs
swapped, a weekday replaced by the date it names). claimcheck checks the
original and the copy as one story. A mutation is recalled when a warning or
error finding cites a claim of the copy overlapping the edit; any finding that
cites no edit (on every unchanged pair, any finding at all) is a false alarm.
Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import claimcheck
from claimcheck.ingest import document_from_text
from claimcheck.model import NUMERIC_KINDS, Claim, ClaimKind, Finding, Severity
from claimcheck.rules.loader import RuleSet, load_rules

ROOT = Path(__file__).resolve().parents[1]
INVENTED = (
    """---
source: Harbor Wire
published: 2025-03-10T09:00:00-05:00
---
Dock workers at the Port of Selwick walked off the job on Friday after talks over
night-shift pay collapsed, idling 38 cranes and stranding 14 cargo ships in the outer harbor.

The union, which represents about 2,300 workers, said the strike would last at least 72 hours.
Port officials said the stoppage was costing shippers $4.5 million a day.

Negotiators last met at 9 a.m. Eastern time on Thursday for a session that ran six hours.
Harbor pilot Dana Whitlow, 61, said she had not seen the anchorage this crowded since 2019.

The port handled 1.2 million containers last year, up 8% from the year before.
""",
    """---
source: Valley Courier
published: 2025-06-16T07:30:00-06:00
---
A hailstorm that swept across the Brenner Valley on Saturday damaged roughly 900 homes
and injured 11 people, the county emergency office said on Sunday.

Stones as large as 3 inches fell for about 20 minutes beginning at 4:15 p.m. Mountain time,
shattering windows at the Brenner Valley hospital and a school built in 1987.

Insurers estimated claims would exceed $60 million. The county opened two shelters, and
crews restored power to 4,800 customers by Sunday evening.

Mayor Rosa Delgado, 47, asked residents to report damage by June 30.
""",
)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
SYNONYMS = {
    "said": "stated",
    "officials": "authorities",
    "crews": "teams",
    "began": "started",
    "homes": "houses",
    "dry": "parched",
    "town": "community",
    "asked": "urged",
}
NUMERIC = NUMERIC_KINDS | {ClaimKind.AGE, ClaimKind.DURATION}  # kinds whose digits can be edited


@dataclass(frozen=True, slots=True)
class Edit:
    """One change made to the copy: ``[start, end)`` in the copy's text."""

    operator: str
    start: int
    end: int
    original_start: int  # where the edited words were in the original
    original_end: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Trial:
    original: str
    copy: str
    edits: tuple[Edit, ...]  # empty for an unchanged (re-worded) pair
    rewording: str = ""


def _digit(quote: str, rng: random.Random) -> str | None:
    spots = [m.start() for m in re.finditer(r"\d", quote)]
    if not spots:
        return None
    at = rng.choice(spots)
    leading = at == 0 or (not quote[at - 1].isdigit() and quote[at - 1] not in ",.")
    choices = [d for d in "0123456789" if d != quote[at] and not (leading and d == "0")]
    return quote[:at] + rng.choice(choices) + quote[at + 1 :]


def _scale(quote: str, rng: random.Random) -> str | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", quote)
    if match is None:
        return None
    text = match.group()
    value = float(text.replace(",", "")) * rng.choice((2, 3, 10, 0.5))
    decimals = len(text.split(".")[1]) if "." in text else 0
    new = f"{value:,.{decimals}f}" if "," in text or value >= 10000 else f"{value:.{decimals}f}"
    return None if new == text else quote[: match.start()] + new + quote[match.end() :]


def _weekday(quote: str, rng: random.Random) -> str | None:
    day = next((d for d in WEEKDAYS if d in quote), None)
    if day is None:
        return None
    return quote.replace(day, rng.choice([d for d in WEEKDAYS if d != day]), 1)


def _date_shift(quote: str, rng: random.Random) -> str | None:
    match = re.search(rf"\b{MONTHS} (\d{{1,2}})\b", quote)
    if match is None:
        return None
    day = int(match.group(1))
    shifted = min(28, max(1, day + rng.choice((-3, -2, -1, 1, 2, 3))))
    if shifted == day:
        return None
    return quote[: match.start(1)] + str(shifted) + quote[match.end(1) :]


def _clock(quote: str, rng: random.Random) -> str | None:
    match = re.search(r"\b(\d{1,2})(?::\d\d)?\s*[ap]\.?m\.?", quote)
    if match is None:
        return None
    hour = int(match.group(1))
    new = (hour - 1 + rng.choice((1, 2, 3, -1, -2))) % 12 + 1
    return quote[: match.start(1)] + str(new) + quote[match.end(1) :]


def _number_word(quote: str, rng: random.Random) -> str | None:
    word = next((w for w in NUMBER_WORDS if re.search(rf"\b{w}\b", quote, re.I)), None)
    if word is None:
        return None
    new = rng.choice([w for w in NUMBER_WORDS if w != word])

    def keep_case(found: re.Match[str]) -> str:  # "Three" -> "Ten", as an editor types it
        return new.capitalize() if found.group(0)[:1].isupper() else new

    return re.sub(rf"\b{word}\b", keep_case, quote, count=1, flags=re.I)


OPERATORS: dict[str, tuple[frozenset[ClaimKind], Callable[[str, random.Random], str | None]]] = {
    "digit": (NUMERIC, _digit),
    "scale": (NUMERIC, _scale),
    "number-word": (NUMERIC, _number_word),
    "weekday": (frozenset({ClaimKind.DATE}), _weekday),
    "date-shift": (frozenset({ClaimKind.DATE}), _date_shift),
    "clock": (frozenset({ClaimKind.TIME}), _clock),
}


def _body_claims(text: str) -> list[Claim]:
    body = text.index("\n---", 3) + 4
    result = claimcheck.check([document_from_text(text, doc_id="probe")], rules=RuleSet(()))
    return [c for c in result.claim_list if c.file_start >= body and not c.has_flag("boilerplate")]


def mutate(text: str, claims: Sequence[Claim], rng: random.Random) -> Trial | None:
    """Edit one or two claims of ``text``, each with an operator that applies to it."""
    wanted = rng.choice((1, 1, 2))
    edits: list[tuple[int, int, str, str, str]] = []
    for claim in rng.sample(list(claims), len(claims)):
        if any(s < claim.file_end and claim.file_start < e for s, e, *_ in edits):
            continue
        operators = [n for n, (kinds, _) in OPERATORS.items() if claim.kind in kinds]
        for name in rng.sample(operators, len(operators)):
            new = OPERATORS[name][1](claim.quote, rng)
            if new is not None:
                edits.append((claim.file_start, claim.file_end, name, claim.quote, new))
                break
        if len(edits) == wanted:
            break
    if not edits:
        return None
    copy, shift, placed = text, 0, []
    for start, end, name, old, new in sorted(edits):
        copy = copy[: start + shift] + new + copy[end + shift :]
        placed.append(Edit(name, start + shift, start + shift + len(new), start, end, old, new))
        shift += len(new) - len(old)
    return Trial(text, copy, tuple(placed))


def reword(text: str, claims: Sequence[Claim], rng: random.Random) -> Trial:
    """Change wording, never a number: synonyms, a paragraph swap, a weekday to its date."""
    how = rng.choice(("synonyms", "reorder", "weekday-to-date", "spell-out", "all"))
    replacements: dict[int, tuple[int, str]] = {}  # start -> (end, new words)
    for claim in claims:
        if how in {"spell-out", "all"} and claim.kind is ClaimKind.COUNT:
            spelled = _spelled(claim.quote)
            if spelled is not None:
                replacements[claim.file_start] = (claim.file_end, spelled)
        is_weekday = claim.quote in WEEKDAYS and claim.granularity == "day"
        if how in {"weekday-to-date", "all"} and claim.date and is_weekday:
            named = f"{claim.date:%B} {claim.date.day}"
            replacements[claim.file_start] = (claim.file_end, named)
    copy = text
    for start in sorted(replacements, reverse=True):
        end, new = replacements[start]
        copy = copy[:start] + new + copy[end:]
    if how in {"synonyms", "all"}:
        for word, synonym in SYNONYMS.items():
            copy = re.sub(rf"\b{word}\b", synonym, copy)
    if how in {"reorder", "all"}:
        head, _, body = copy.partition("\n---\n")
        paragraphs = body.strip("\n").split("\n\n")
        if len(paragraphs) > 2:
            i = rng.randrange(1, len(paragraphs) - 1)
            paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
        copy = f"{head}\n---\n" + "\n\n".join(paragraphs) + "\n"
    return Trial(text, copy, (), how)


def _spelled(quote: str) -> str | None:
    """ "seven others" -> "7 others"; "12" -> "twelve": the same number in other words."""
    for n, word in enumerate(NUMBER_WORDS):
        value = n + 2 if word != "twelve" else 12
        if re.fullmatch(rf"{word}\b.*", quote, re.I):
            return str(value) + quote[len(word) :]
        if re.fullmatch(rf"{value}(?![\d:])(?![.,]\d).*", quote):
            return word + quote[len(str(value)) :]
    return None


@dataclass
class Score:
    recalled: Counter[str]
    mutations: Counter[str]
    true_findings: int = 0
    false_findings: int = 0
    noisy_pairs: Counter[str] | None = None
    unchanged_pairs: Counter[str] | None = None


def score(trial: Trial, rules: RuleSet, tally: Score, verbose: bool) -> None:
    documents = [
        document_from_text(trial.original, doc_id="original"),
        document_from_text(trial.copy, doc_id="copy"),
    ]
    result = claimcheck.check(documents, rules=rules)
    claims = {c.id: c for c in result.claim_list}
    hit: set[Edit] = set()
    noisy = False
    for finding in result.finding_list:
        if finding.severity.rank < Severity.WARNING.rank:
            continue
        hit |= _recalled(finding, claims, trial.edits)
        if _edits_cited(finding, claims, trial.edits):
            tally.true_findings += 1
        else:
            tally.false_findings += 1
            noisy = True
            if verbose:
                print(f"  false alarm ({trial.rewording or 'mutated'}): {finding.message}")
    for edit in trial.edits:
        tally.mutations[edit.operator] += 1
        tally.recalled[edit.operator] += edit in hit
        if verbose and edit not in hit:
            print(f"  missed {edit.operator}: {edit.old!r} -> {edit.new!r}")
    if not trial.edits:
        assert tally.unchanged_pairs is not None and tally.noisy_pairs is not None
        tally.unchanged_pairs[trial.rewording] += 1
        tally.noisy_pairs[trial.rewording] += noisy


def _edits_cited(finding: Finding, claims: dict[str, Claim], edits: Sequence[Edit]) -> set[Edit]:
    """The edits a finding is about: a cited claim overlaps one, or shares its sentence
    (a clock time whose day came from an edited weekday)."""
    cited = [claims[i] for i in finding.claims if i in claims]
    return {e for e in edits for c in cited if _near(c, e)}


def _near(claim: Claim, edit: Edit) -> bool:
    start, end = (
        (edit.start, edit.end) if claim.doc == "copy" else (edit.original_start, edit.original_end)
    )
    reach = len(claim.sentence)
    return claim.file_start - reach < end and start < claim.file_end + reach


def _recalled(finding: Finding, claims: dict[str, Claim], edits: Sequence[Edit]) -> set[Edit]:
    """The edits whose own claim a finding cites."""
    cited = [claims[i] for i in finding.claims if i in claims]
    hits = set()
    for edit in edits:
        for claim in cited:
            start, end = (
                (edit.start, edit.end)
                if claim.doc == "copy"
                else (edit.original_start, edit.original_end)
            )
            if claim.file_start < end and start < claim.file_end:
                hits.add(edit)
    return hits


def run(pairs: int, seed: int, rules: RuleSet, verbose: bool) -> Score:
    rng = random.Random(seed)
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.md"))]
    articles += INVENTED
    probed = [(text, _body_claims(text)) for text in articles]
    tally = Score(Counter(), Counter(), noisy_pairs=Counter(), unchanged_pairs=Counter())
    for _ in range(pairs):
        text, claims = rng.choice(probed)
        trial = reword(text, claims, rng) if rng.random() < 0.3 else mutate(text, claims, rng)
        if trial is not None:
            score(trial, rules, tally, verbose)
    return tally


def report(tally: Score) -> None:
    found = sum(tally.recalled.values())
    total = sum(tally.mutations.values())
    findings = tally.true_findings + tally.false_findings
    precision = tally.true_findings / findings if findings else 1.0
    print(
        f"precision {precision:.3f} ({tally.true_findings}/{findings} findings are about an edit)"
    )
    print(f"recall    {found / total if total else 1.0:.3f} ({found}/{total} edits cited)")
    print("per mutation:  type         edits  recalled  recall")
    for name in OPERATORS:
        n = tally.mutations[name]
        if n:
            recalled = tally.recalled[name]
            print(f"               {name:12s} {n:5d} {recalled:9d}  {recalled / n:.3f}")
    assert tally.unchanged_pairs is not None and tally.noisy_pairs is not None
    print("unchanged pairs: rewording    pairs  with a false alarm")
    for name, n in sorted(tally.unchanged_pairs.items()):
        print(f"               {name:15s} {n:5d} {tally.noisy_pairs[name]:6d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rules", nargs="*", type=Path, help="rule files (default: shipped)")
    parser.add_argument("--verbose", action="store_true", help="print misses and false alarms")
    args = parser.parse_args()
    rules = load_rules(args.rules or None)
    started = time.perf_counter()
    tally = run(args.pairs, args.seed, rules, args.verbose)
    report(tally)
    print(f"{args.pairs} pairs, seed {args.seed}, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

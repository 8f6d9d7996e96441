"""The extraction cache on an archive: cold, warm and one-article-changed runs.

Usage: python benchmarks/cache.py [--articles 10000] [--per-story 4] [--seed 7]

Writes N invented articles (~2.5 KB each: a headline, three sentences with figures and
thirty without; a folder per story, front matter with dates and outlets) into a
temporary git repository with a ``claimcheck.toml``, then times the installed
command as CI would run it: a cold run (empty cache), a warm run
(nothing changed), a run after one article changed, that run with
``--changed-since HEAD``, and a run with ``--no-cache`` for reference. CPU seconds
(user + system of the child process) are printed beside wall-clock seconds, as the
machine may be busy with other work.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ("Harlow", "Dunmore", "Kestrel Bay", "Ashford", "Millbrook", "Pell Creek", "Orrin")
EVENTS = (
    ("bridge collapse", "left {n} people injured", "injured"),
    ("warehouse fire", "killed {n} people", "deaths"),
    ("flood", "forced {n} residents from their homes", "evacuated"),
    ("storm", "left {n} people injured", "injured"),
)
OUTLETS = ("Harlow Post", "County Ledger", "River Times", "Valley Radio", "Dunmore Daily")
# Filler is built from parts, so outlets rarely share a sentence (as real ones do not;
# shared sentences would make every story look like versions of one text to drift).
WHO = (
    "Crews",
    "Residents",
    "Volunteers",
    "Shop owners",
    "Engineers",
    "Several families",
    "Police officers",
    "Church groups",
    "Neighbours",
    "Council staff",
    "Teachers",
    "Nurses",
)
DID = (
    "worked through the night",
    "gathered at the community hall",
    "handed out blankets",
    "cleared debris from the roads",
    "described a loud noise",
    "asked for more help",
    "waited for news",
    "collected clothing and food",
    "inspected the damaged buildings",
    "set up a temporary kitchen",
    "called for an inquiry",
    "checked on elderly neighbours",
)
WHERE = (
    "near the river road",
    "outside the town hall",
    "on the high street",
    "at the school",
    "by the old station",
    "along the harbour wall",
    "behind the market square",
    "in the northern suburbs",
    "at the sports ground",
    "beside the main bridge",
)
WHEN = ("that evening", "in the morning", "for most of the day", "late into the night", "")


def filler(rng: random.Random) -> str:
    when = rng.choice(WHEN)
    return f"{rng.choice(WHO)} {rng.choice(DID)} {rng.choice(WHERE)}{' ' + when if when else ''}."


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(rng: random.Random, story: int, outlet: str, n: int) -> str:
    """One outlet's article: the story's facts (seeded by the story) in its own order."""
    facts = random.Random(story)
    place = PLACES[story % len(PLACES)]
    event, verb, _ = EVENTS[story % len(EVENTS)]
    day = 1 + story % 27
    weekday = facts.choice(WEEKDAYS)
    crews, ambulances, damage = (
        facts.randrange(20, 400),
        facts.randrange(3, 40),
        facts.randrange(2, 90),
    )
    age, weeks, share = facts.randrange(38, 70), facts.randrange(2, 12), facts.randrange(5, 60)
    body = [
        f"The {place} {event} on {weekday} {verb.format(n=n)}, officials said.",
        f"About {crews} firefighters and {ambulances} ambulances responded, and damage "
        f"was put at ${damage} million.",
        f"The {place} mayor, {age}, said repairs would take {weeks} weeks and cost "
        f"{share} percent of the budget.",
        *(filler(rng) for _ in range(30)),
    ]
    rng.shuffle(body)
    head = ["---", f"published: 2025-0{1 + story % 9}-{day:02d}", f"source: {outlet}", "---"]
    return "\n".join([*head, f"# The {place} {event}", "", *body]) + "\n"


def write_archive(root: Path, articles: int, per_story: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(articles):
        story = i // per_story
        figure = 10 + story % 90
        # One story in five has an outlet that disagrees: findings, as in a real archive.
        if story % 5 == 0 and i % per_story == per_story - 1:
            figure += 17
        path = root / "articles" / f"story-{story:05d}" / f"{i:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, story, OUTLETS[i % len(OUTLETS)], figure), encoding="utf-8")
        paths.append(path)
    (root / "claimcheck.toml").write_text(
        'paths = ["articles"]\nstory-by = "folder"\nfail-on = "never"\n', encoding="utf-8"
    )
    return paths


def run(root: Path, *options: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one ``claimcheck check`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "-q", *options],
        cwd=root,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"claimcheck failed ({done.returncode}): {done.stderr.strip()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-story", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = write_archive(root, args.articles, args.per_story, args.seed)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "archive")
        print(f"{args.articles} articles, {megabytes:.1f} MB, {args.per_story} per story")
        cold = run(root)
        warm = run(root)
        changed = paths[len(paths) // 2]
        changed.write_text(changed.read_text().replace("officials said", "police said"))
        one_changed = run(root)
        changed.write_text(changed.read_text().replace("police said", "the sheriff said"))
        changed_only = run(root, "--changed-since", "HEAD")
        no_cache = run(root, "--no-cache")
    print(f"{'run':<34} {'wall s':>8} {'CPU s':>8} {'CPU vs cold':>12}")
    for name, (seconds, cpu) in (
        ("cold (empty cache)", cold),
        ("warm (nothing changed)", warm),
        ("one article changed", one_changed),
        ("one changed, --changed-since HEAD", changed_only),
        ("--no-cache", no_cache),
    ):
        print(f"{name:<34} {seconds:>8.1f} {cpu:>8.1f} {cpu / cold[1]:>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A seedable generator of invented news articles for scale runs (no third-party text).

Usage: python benchmarks/articles.py OUT.jsonl --megabytes 10 [--seed 1]
       python benchmarks/articles.py OUT.jsonl --articles 500

Each article belongs to a story (an invented event) covered by several outlets,
which word the same facts their own way and now and then disagree; about one
sentence in seven states numbers, dates, times, durations or ages (about 4 claims
per KB, like wire copy: the real articles in ../shared give 3.1-4.3), the rest is
narrative put together from parts (13% of the sentences of 1 MB repeat, mostly an
outlet's copy of a story's facts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EVENTS = (
    ("fire", "wildfire", "the {place} Fire"),
    ("flood", "flood", "flooding along the {river} River"),
    ("strike", "strike", "the nurses' strike at {place} General"),
    ("collapse", "collapse", "the collapse of the {place} parking garage"),
    ("storm", "storm", "the ice storm over {place}"),
)
PLACES = ("Carrow", "Elsmere", "Tobin Ridge", "Varden", "Mossgate", "Pell Harbor", "Quillan")
RIVERS = ("Sable", "Dunmore", "Kettle", "Arlo")
OUTLETS = ("Valley Courier", "Metro Wire", "Harbor Post", "County Ledger", "Daily Lantern")
PEOPLE = ("Marta Ellison", "Jonah Pereira", "Ruth Okonkwo", "Felix Hartmann", "Ines Calder")
TITLES = ("mayor", "fire chief", "county sheriff", "union spokesperson", "city manager")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FACT_SENTENCES = (
    "{Event} has killed {deaths} people and injured {injured} more, officials said on {weekday}.",
    "At least {deaths} people died, according to the county coroner.",
    "More than {evacuated:,} residents were ordered to leave their homes by {hour} p.m. ET.",
    "The state approved ${money} million in emergency aid on {month} {day}.",
    "Crews had contained {percent} percent of the damage zone by {weekday} evening.",
    "{person}, {age}, said the first call came in at {hour}:{minute:02d} a.m. on {month} {day}.",
    "The {age}-year-old {title} {person} said {evacuated:,} people were still in shelters.",
    "Power was out for about {outages:,} customers for {hours} hours.",
    "Insurers put losses at up to ${billions}.{tenth} billion, up {percent} percent on {year}.",
    "Roads reopened after {days} days, but {schools} schools stayed closed until {weekday}.",
    "Officials fear the toll could rise to {more_deaths} as searches resume next week.",
    "The last comparable disaster, in {year}, displaced nearly {evacuated:,} people.",
)
# Narrative sentences are put together from parts, so that they rarely repeat (as in
# real news: 4% of the sentences of the TimeBank/AQUAINT articles repeat), and
# caches keyed by text gain no more than they would on real copy.
SUBJECTS = (
    "Volunteers", "Neighbors", "Local churches", "Relief groups", "The school district",
    "Several residents", "Business owners", "Emergency workers", "County officials",
    "Engineers", "Critics", "Forecasters", "Investigators", "Red Cross staff", "Farmers",
    "Teachers", "Police officers", "Shop owners", "Hospital staff", "Parents",
    "Church leaders", "Utility crews", "State inspectors", "Students", "Firefighters",
)  # fmt: skip
ACTIONS = (
    "handed out blankets and hot meals", "described a roar like a freight train",
    "asked for cash donations rather than clothing", "said they had never seen anything like it",
    "warned that conditions could worsen", "boarded up their windows and waited",
    "opened their doors to families with nowhere to go", "questioned the state's response",
    "cleared debris from the main road", "checked on elderly neighbors",
    "called for an independent review", "set up a hotline for worried families",
    "worked through the night", "collected food and water for shelters",
    "blamed years of delayed repairs", "urged people to stay off the roads",
    "posted updates on social media", "waited for word from relatives",
    "praised the speed of the rescue", "struggled to reach the worst-hit streets",
    "traded stories over coffee", "wrapped sandbags around the pumping station",
    "kept a list of the missing", "shuttled supplies in pickup trucks",
)  # fmt: skip
WHERE = (
    "in the high school gym", "along {street} Street", "near the old mill",
    "outside city hall", "across the valley", "in the {town} neighborhood",
    "at the county fairgrounds", "on the east side of {town}", "behind the fire station",
    "at the {town} library", "beside the {river} River", "on {street} Avenue", "",
)  # fmt: skip
ENDINGS = (
    "", " as night fell", " while crews worked nearby", ", witnesses said",
    " despite the cold", ", according to local radio", " in the days that followed",
    " before dawn", ", a spokesperson said", " with help from neighboring towns",
)  # fmt: skip
STREETS = ("Main", "Elm", "Harbor", "Orchard", "Lincoln", "Mill", "Canal", "Birch", "Grant")


@dataclass(frozen=True, slots=True)
class Article:
    """One invented article: JSONL fields as ``claimcheck`` reads them."""

    id: str
    story: str
    source: str
    published: str
    title: str
    text: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "story": self.story,
                "source": self.source,
                "published": self.published,
                "title": self.title,
                "text": self.text,
            }
        )


def _facts(rng: random.Random, day: dt.date) -> dict[str, object]:
    place = rng.choice(PLACES)
    key, _, phrase = rng.choice(EVENTS)
    return {
        "key": key,
        "Event": _sentence_case(phrase.format(place=place, river=rng.choice(RIVERS))),
        "deaths": rng.randint(2, 60),
        "injured": rng.randint(5, 300),
        "evacuated": rng.randint(3, 90) * 100,
        "money": round(rng.uniform(1, 40), 1),
        "percent": rng.randint(5, 95),
        "hour": rng.randint(1, 11),
        "minute": rng.randint(0, 59),
        "month": day.strftime("%B"),
        "day": max(1, day.day - rng.randint(0, 3)),
        "weekday": WEEKDAYS[(day.weekday() - rng.randint(0, 2)) % 7],
        "person": rng.choice(PEOPLE),
        "title": rng.choice(TITLES),
        "age": rng.randint(31, 78),
        "outages": rng.randint(2, 400) * 100,
        "hours": rng.randint(6, 72),
        "billions": rng.randint(1, 9),
        "tenth": rng.randint(0, 9),
        "year": rng.randint(1995, day.year - 1),
        "days": rng.randint(2, 12),
        "schools": rng.randint(2, 40),
        "more_deaths": rng.randint(60, 120),
    }


def _plain(rng: random.Random) -> str:
    """A narrative sentence without numbers or dates."""
    where = rng.choice(WHERE).format(
        street=rng.choice(STREETS), town=rng.choice(PLACES), river=rng.choice(RIVERS)
    )
    parts = [rng.choice(SUBJECTS), rng.choice(ACTIONS), where]
    return " ".join(p for p in parts if p) + rng.choice(ENDINGS) + "."


def _sentence_case(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _outlet_facts(rng: random.Random, facts: dict[str, object]) -> dict[str, object]:
    """An outlet's version of the facts: one in five gets a number wrong."""
    mine = dict(facts)
    if rng.random() < 0.2:
        field = rng.choice(("deaths", "evacuated", "percent", "hour", "age"))
        mine[field] = int(mine[field]) + rng.randint(1, 9)  # type: ignore[call-overload]
    return mine


def _article(rng: random.Random, n: int, story: int, facts: dict[str, object]) -> Article:
    mine = _outlet_facts(rng, facts)
    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        sentences = [
            rng.choice(FACT_SENTENCES).format(**mine) if rng.random() < 0.15 else _plain(rng)
            for _ in range(rng.randint(1, 3))
        ]
        paragraphs.append(" ".join(sentences))
    title = f"{mine['Event']}: {mine['deaths']} dead"
    day = facts["published"]
    assert isinstance(day, dt.date)
    return Article(
        id=f"a{n:07d}",
        story=f"{facts['key']}-{story:05d}",
        source=rng.choice(OUTLETS),
        published=day.isoformat(),
        title=title,
        text=title + "\n\n" + "\n\n".join(paragraphs) + "\n",
    )


def news_articles(seed: int = 1, per_story: int = 5) -> Iterator[Article]:
    """An endless, reproducible stream of articles, ``per_story`` outlets a story.

    Example:
        >>> first = next(news_articles(seed=3))
        >>> first.id, first == next(news_articles(seed=3))
        ('a0000000', True)
    """
    rng = random.Random(seed)
    n = 0
    for story in range(10**9):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
        facts = {**_facts(rng, day), "published": day}
        for _ in range(per_story):
            yield _article(rng, n, story, facts)
            n += 1


def write_articles(
    path: Path, *, megabytes: float | None = None, articles: int | None = None, seed: int = 1
) -> tuple[int, int]:
    """Write a JSONL corpus of ``articles`` articles or ``megabytes`` MB of article
    text; returns (articles, bytes of text)."""
    count = size = 0
    limit = int((megabytes or 0) * 1_000_000)
    with path.open("w", encoding="utf-8") as out:
        for article in news_articles(seed):
            if (articles is not None and count >= articles) or (articles is None and size >= limit):
                break
            out.write(article.to_json() + "\n")
            count += 1
            size += len(article.text.encode("utf-8"))
    return count, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="a .jsonl file to write")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--articles", type=int, help="a number of articles instead of MB")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    count, size = write_articles(
        args.output, megabytes=args.megabytes, articles=args.articles, seed=args.seed
    )
    print(f"wrote {count} articles, {size / 1e6:.2f} MB of text, to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

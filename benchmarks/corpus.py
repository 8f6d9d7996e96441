"""Invented news prose for throughput runs (no third-party text)."""

from __future__ import annotations

import random

TEMPLATES = (
    "The regional council voted on {wd} to extend the curfew for {n} weeks, officials said.",
    "{name}, {age}, told reporters the ferry left at {h} a.m. ET on {month} {d}.",
    "Engineers expect the {n}-hour repair to finish by {wd}, according to the utility.",
    "The {age}-year-old mayor said last week that {n} people had been evacuated.",
    "Prices have risen {n} percent since {year}, and analysts see little relief next year.",
    "The council approved a ${n}.5 million relief fund and about {n},200 residents left.",
    "Rescue teams searched the hillside through the night as rain fell steadily on the town.",
    "Residents of the valley gathered in the school gym, where volunteers handed out blankets.",
    "The opposition accused the government of hiding the scale of the damage from voters.",
    "Neighbours described a roar like a train before the roof of the warehouse gave way.",
    "Aid groups warned that roads into the north remained blocked by mud and fallen trees.",
    "Forecasters said dry conditions would persist through the end of the week.",
    "Local businesses hoped customers would return once the area reopened.",
    "The investigation into the cause of the blaze is continuing, police said.",
)
NAMES = ("Lena Marsh", "Ivo Brandt", "Sara Okoye", "Tomas Ruiz")
WEEKDAYS = ("Monday", "Tuesday", "Friday", "Sunday")


def news_prose(size: int, seed: int = 7) -> str:
    """About ``size`` characters of invented news sentences, in paragraphs of three."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(TEMPLATES).format(
            wd=rng.choice(WEEKDAYS), n=rng.randint(2, 90), name=rng.choice(NAMES),
            age=rng.randint(20, 90), h=rng.randint(1, 11), month="December",
            d=rng.randint(1, 28), year=rng.randint(1990, 2020),
        )  # fmt: skip
        parts.append(sentence + ("\n\n" if len(parts) % 3 == 2 else " "))
        length += len(sentence) + 1
    return "".join(parts)

"""Invented multi-story news for engine tests: enough documents for several batches."""

from __future__ import annotations

from pathlib import Path

_STORIES = {
    "bridge": (
        "The Harlow Street bridge closed on Tuesday after inspectors found {n} cracked beams, "
        "the transit authority said. Repairs will cost about ${m} million and take {w} weeks. "
        "Mayor Ada Finch, {age}, said on March 3 that {k} buses would replace the trams."
    ),
    "flood": (
        "Floodwaters forced {k} families from their homes in Dunmere on Sunday, officials "
        "said. The river rose {n} percent above its spring level by 6 p.m. ET, and relief "
        "crews handed out {m},000 sandbags over {w} days."
    ),
    "strike": (
        "About {k} nurses at Calloway General walked out at 7 a.m. on Monday, the union "
        "said, demanding a {n} percent raise. The hospital offered ${m} million in "
        "bonuses last week; talks resume in {w} days."
    ),
}


def write_corpus(folder: Path, per_story: int = 14) -> list[Path]:
    """``per_story`` articles for each of three stories, in a folder per story;
    one outlet in each story disagrees on a number."""
    paths = []
    for story, template in _STORIES.items():
        (folder / story).mkdir(parents=True, exist_ok=True)
        for n in range(per_story):
            k = 120 if n % 5 else 210  # every fifth outlet reports another figure
            text = template.format(n=12 + n % 3, m=4, w=3, age=58, k=k)
            path = folder / story / f"outlet-{n:02d}.md"
            path.write_text(f"---\npublished: 2025-03-05\nsource: Outlet {n}\n---\n{text}\n")
            paths.append(path)
    return paths

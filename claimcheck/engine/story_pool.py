"""A local check on several cores, story by story: each worker extracts a batch of
whole stories and runs their rules too, so the rules use every core and the parent
only merges (with ``--jobs N``; a small run stays in one process).

A story larger than one batch (a run without story keys is one story) is extracted
in batches like any document stream, and its rules run here once all of its
documents are back. Analyses come back in input order and the findings in the order
one run over all stories gives (:func:`~claimcheck.engine.stories.merge_findings`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import cast

from claimcheck.engine.batches import BATCH_CHARACTERS, BATCH_DOCUMENTS, document_batches
from claimcheck.engine.stories import StoryRules, merge_findings
from claimcheck.model import Document, Finding
from claimcheck.pipeline import Analysis
from claimcheck.pool import map_batches

AnalyzeOne = Callable[[Document], Analysis]


class _Task:
    """The documents of one worker's job, by story, with their input positions;
    ``judged``: whether the worker runs the rules of these (whole) stories."""

    __slots__ = ("judged", "positions", "stories")

    def __init__(
        self, documents: Sequence[Document], stories: list[list[int]], judged: bool
    ) -> None:
        self.positions = [n for story in stories for n in story]
        self.stories = [[documents[n] for n in story] for story in stories]
        self.judged = judged


def check_by_story(
    documents: Sequence[Document],
    analyze_one: AnalyzeOne,
    story_rules: StoryRules,
    jobs: int,
    on_each: Callable[[int], None] | None = None,
) -> tuple[list[Analysis], list[Finding]]:
    """``analyze_one`` of every document and ``story_rules`` of every story, on
    ``jobs`` worker processes; ``on_each`` hears each document's claim count as its
    batch comes back.

    Example:
        >>> from functools import partial
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> from claimcheck.rules.facts import Facts
        >>> from claimcheck.rules.loader import load_rules
        >>> from claimcheck.pipeline import analyze
        >>> texts = ["Officials said 14 people died.", "Officials said 41 people died."]
        >>> docs = [document_from_text(t, doc_id=f"d{n}") for n, t in enumerate(texts)]
        >>> rules = StoryRules(load_rules(None), Facts())
        >>> one = partial(analyze, vocab=load_vocabularies())
        >>> analyses, findings = check_by_story(docs, one, rules, jobs=2)
        >>> [a.document.id for a in analyses], [f.rule for f in findings]
        (['d0', 'd1'], ['count-consistency'])
    """
    tasks, big_stories = _plan(documents)
    analyses: list[Analysis | None] = [None] * len(documents)
    findings: list[Finding] = []
    work = partial(_work, analyze_one, story_rules)
    for task, (done, found) in map_batches(work, tasks, jobs):
        findings += found
        for position, analysis in zip(task.positions, done, strict=True):
            analyses[position] = analysis
            if on_each is not None:
                on_each(len(analysis.claims))
    ordered = cast(list[Analysis], analyses)  # every position is in one task
    for positions in big_stories:  # their documents came back from several workers
        findings += story_rules([ordered[n] for n in positions])
    return ordered, merge_findings(findings)


def _plan(documents: Sequence[Document]) -> tuple[list[_Task], list[list[int]]]:
    """Whole stories packed into tasks; a story larger than a batch is split over
    several tasks, and its input positions are listed for the rules to run here."""
    stories: dict[str | None, list[int]] = {}
    for position, document in enumerate(documents):
        stories.setdefault(document.story, []).append(position)
    tasks: list[_Task] = []
    big: list[list[int]] = []
    packed: list[list[int]] = []
    count = size = 0
    for story in stories.values():
        story_size = sum(len(documents[n].text) for n in story)
        if len(story) > BATCH_DOCUMENTS or story_size > BATCH_CHARACTERS:
            big.append(story)
            batches = document_batches(documents[n] for n in story)
            at = iter(story)
            tasks += [_Task(documents, [[next(at) for _ in b]], judged=False) for b in batches]
            continue
        if packed and (
            count + len(story) > BATCH_DOCUMENTS or size + story_size > BATCH_CHARACTERS
        ):
            tasks.append(_Task(documents, packed, judged=True))
            packed, count, size = [], 0, 0
        packed.append(story)
        count, size = count + len(story), size + story_size
    if packed:
        tasks.append(_Task(documents, packed, judged=True))
    return tasks, big


def _work(
    analyze_one: AnalyzeOne, story_rules: StoryRules, task: _Task
) -> tuple[list[Analysis], list[Finding]]:
    """In a worker: the analyses of the task's stories, and their findings when judged."""
    stories, judged = task.stories, task.judged
    analyses: list[Analysis] = []
    findings: list[Finding] = []
    for story in stories:
        done = [analyze_one(document) for document in story]
        if judged:
            findings += story_rules(done)
            # Only the rules read sentences: unpickling them in the parent cost as
            # much as the claims.
            done = [replace(analysis, sentences=()) for analysis in done]
        analyses += done
    return analyses, findings

"""The findings cache: a story's findings, reused while nothing they depend on changed.

Rules compare only the documents of one story and are deterministic, so a story's
findings (before inline markers and the baseline, which are applied afterwards)
are a function of its documents' analyses, the rules and the facts. The key
hashes the analysis cache keys of the story's input documents in order (each
covers the document, its story and role, the vocabularies, the extraction code
and, for an undated document, the run's dates), the rules (their loaded data,
severity overrides included), the facts and the code of the rule engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimcheck.cache.keys import canonical
from claimcheck.cache.store import EntryStore
from claimcheck.engine.stories import StoryRules, merge_findings
from claimcheck.model import Document, Finding
from claimcheck.pipeline import Analysis

SUFFIX = ".findings"


@cache
def rules_code_fingerprint() -> str:
    """A hash of claimcheck's version and the source files of its rule engine.

    Example:
        >>> len(rules_code_fingerprint())
        64
    """
    from claimcheck import __version__

    digest = hashlib.sha256(__version__.encode())
    rules = Path(__file__).resolve().parents[1] / "rules"
    for path in sorted(rules.rglob("*.py")):
        digest.update(str(path.relative_to(rules)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def story_rules_digest(story_rules: StoryRules) -> str:
    """A hash of the rules and facts a story's findings are computed with.

    Example:
        >>> from claimcheck.rules.facts import Facts
        >>> from claimcheck.rules.loader import RuleSet, load_rules
        >>> digest = story_rules_digest(StoryRules(load_rules(), Facts()))
        >>> digest == story_rules_digest(StoryRules(RuleSet(()), Facts()))
        False
    """
    data = canonical((story_rules.rule_set, story_rules.facts))
    # An object json cannot write is hashed by its type and repr; a repr that names
    # a memory address only makes every run a miss, never a wrong hit.
    text = json.dumps(
        data, sort_keys=True, ensure_ascii=False, default=lambda o: [type(o).__name__, repr(o)]
    )
    digest = hashlib.sha256(rules_code_fingerprint().encode() + b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def story_key(rules_digest: str, analysis_keys: Sequence[str]) -> str:
    """The cache key of one story's findings.

    Example:
        >>> story_key("r", ["a", "b"]) == story_key("r", ["b", "a"])
        False
    """
    digest = hashlib.sha256(b"findings\0" + rules_digest.encode() + b"\0")
    for key in analysis_keys:
        digest.update(key.encode() + b"\0")
    return digest.hexdigest()


@dataclass(slots=True)
class FindingsCache:
    """Findings by story in the cache ``folder``; ``analysis_key`` gives an input
    document's analysis cache key. Stories reused and recomputed are counted.

    Example:
        >>> import tempfile
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.pipeline import analyze
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> from claimcheck.rules.facts import Facts
        >>> from claimcheck.rules.loader import load_rules
        >>> docs = [document_from_text(t, doc_id=t[:2]) for t in ("14 died.", "41 died.")]
        >>> analyses = [analyze(d, load_vocabularies()) for d in docs]
        >>> cache = FindingsCache(Path(tempfile.mkdtemp()), lambda d: d.id)
        >>> rules = StoryRules(load_rules(), Facts())
        >>> first = cache.findings(docs, analyses, rules)
        >>> cache.findings(docs, analyses, rules) == first, cache.hits, cache.misses
        (True, 1, 1)
    """

    folder: Path
    analysis_key: Callable[[Document], str]
    hits: int = 0
    misses: int = 0

    def findings(
        self,
        documents: Sequence[Document],
        analyses: Sequence[Analysis],
        story_rules: StoryRules,
    ) -> list[Finding]:
        """``story_rules`` over each story of ``analyses`` (of ``documents``, in the
        same order), reading each story's findings from the cache when it holds them;
        merged in the order one run over all stories gives."""
        store = EntryStore(self.folder, SUFFIX)
        rules_digest = story_rules_digest(story_rules)
        stories: dict[str | None, list[tuple[Document, Analysis]]] = {}
        for document, analysis in zip(documents, analyses, strict=True):
            stories.setdefault(analysis.document.story, []).append((document, analysis))
        found: list[Finding] = []
        for story in stories.values():
            key = story_key(rules_digest, [self.analysis_key(d) for d, _ in story])
            cached = store.get(key)
            if isinstance(cached, tuple) and all(isinstance(f, Finding) for f in cached):
                self.hits += 1
                found.extend(cached)
                continue
            self.misses += 1
            computed = story_rules([a for _, a in story])
            store.put(key, tuple(computed))
            found.extend(computed)
        return merge_findings(found)

"""The README's five-line example of testing an extractor with claimcheck.testing."""

from __future__ import annotations

from hypothesis import given

import claimcheck
from claimcheck.testing import articles, matches


@given(articles())
def test_my_extractor_reads_every_planted_claim(article):
    claims = claimcheck.extract(article.text, published=article.published)
    for p in article.planted:
        assert any(matches(c, p.claim, start=p.start) for c in claims)

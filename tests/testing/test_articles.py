"""Every claim planted in a generated article is extracted back exactly."""

from __future__ import annotations

from hypothesis import given

import claimcheck
from claimcheck.testing import Article, articles, matches


@given(articles())
def test_every_planted_claim_is_extracted_with_value_interval_and_span(article: Article) -> None:
    claims = claimcheck.extract(article.text, published=article.published)
    for planted in article.planted:
        assert article.text[planted.start : planted.end] == planted.claim.text
        found = [c for c in claims if matches(c, planted.claim, start=planted.start)]
        assert found, (planted, [(c.text, c.start, c.value, c.low, c.high) for c in claims])

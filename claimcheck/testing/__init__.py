"""Public hypothesis strategies for testing extractors and rule packs (claimcheck's and yours).

Each strategy draws text together with what it states, so a property test is one
``@given`` and one assertion:

- :func:`quantities`, :func:`dates`, :func:`clock_times`, :func:`ages`,
  :func:`durations` draw a :class:`Planted` claim (phrase, quote and expected fields);
- :func:`sentences` and :func:`articles` embed them in filler with exact spans;
- :func:`stories` draws articles of one story with planted agreements and
  contradictions and the rule ids a correct rule set reports;
- :func:`matches` compares an extracted :class:`~claimcheck.model.Claim` with a plant.

The older single-sentence strategies stay in :mod:`claimcheck.testing.numbers` and
:mod:`claimcheck.testing.dates`.
"""

from claimcheck.testing.articles import all_claims, articles, sentences
from claimcheck.testing.planted import Article, Planted, PlantedSentence, PlantedSpan, matches
from claimcheck.testing.quantities import quantities
from claimcheck.testing.stories import Story, stories
from claimcheck.testing.temporal import ages, clock_times, dates, durations

__all__ = [
    "Article",
    "Planted",
    "PlantedSentence",
    "PlantedSpan",
    "Story",
    "ages",
    "all_claims",
    "articles",
    "clock_times",
    "dates",
    "durations",
    "matches",
    "quantities",
    "sentences",
    "stories",
]

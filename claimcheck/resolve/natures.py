"""How a measure's values move over time: its *nature*, declared in ``measures.yaml``.

* ``cumulative`` — a running total that only grows as news comes in (deaths, arrests,
  evacuees, aftershocks, votes counted, containment %): a later, higher figure is an
  update; a later, lower one is a count that fell; different figures at the same
  as-of time contradict each other.
* ``level`` — a present level that rises and falls (firefighters deployed, people in
  shelters): figures contradict only when both are stated for the same explicit time.
* ``fixed`` — a fact of the event that does not change (magnitude, landfall time,
  passengers on board, a flight's duration, an age on a date): figures must agree
  whatever their as-of times. Measures without a nature are fixed.
* ``estimate`` — an estimate or forecast (damage estimates, projected turnout):
  compared like a fixed fact, but a disagreement is a warning, not an error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.yamlfile import Located

CUMULATIVE = "cumulative"
LEVEL = "level"
FIXED = "fixed"
ESTIMATE = "estimate"
NATURES = (CUMULATIVE, LEVEL, FIXED, ESTIMATE)
OVER_TIME = frozenset({CUMULATIVE, LEVEL})  # natures whose values may change with as_of


def read_nature(entry: Located) -> str:
    """A measure entry's ``nature:`` value, validated.

    Example:
        >>> from claimcheck.yamlfile import parse_yaml
        >>> read_nature(parse_yaml("nature: cumulative", "measures.yaml"))
        'cumulative'
    """
    value = entry.get("nature")
    if value not in NATURES:
        raise entry.error(
            f"unknown nature '{value}'", key="nature", hint=f"use one of {', '.join(NATURES)}"
        )
    return str(value)

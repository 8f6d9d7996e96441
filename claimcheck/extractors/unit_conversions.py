"""The shipped units' canonical conversions, computed by pint once and kept as data.

Importing pint and building its registry takes ~0.8 s (pint also imports Dask and
Jinja when they are installed), more than checking a short article. The units of
``units.yaml`` are known in advance, so their conversions (a factor and an offset
per unit) are written to ``claimcheck/data/unit_conversions.yaml`` by pint itself;
pint is still asked for any other unit. A test checks that the file is what pint
computes now. Regenerate it after changing ``units.yaml``::

    python -m claimcheck.extractors.unit_conversions
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import yaml

from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml

Conversion = tuple[float, float, str]  # factor, offset, canonical unit name
FILE_NAME = "unit_conversions.yaml"
_HEADER = (
    "# Generated from pint by `python -m claimcheck.extractors.unit_conversions`; do not edit.\n"
    "# pint unit expression (as in units.yaml): [factor, offset, canonical unit]\n"
)


@cache
def shipped_conversions() -> Mapping[str, Conversion]:
    """The precomputed conversions, by pint unit expression.

    Example:
        >>> shipped_conversions()["kilometer"]
        (1000.0, 0.0, 'meter')
    """
    doc = load_yaml(data_path(FILE_NAME)) or {}
    return {
        str(unit): (float(factor), float(offset), str(name))
        for unit, (factor, offset, name) in doc.items()
    }


def computed_conversions(convert: Any) -> dict[str, Conversion]:
    """The conversion of every unit expression ``units.yaml`` names, by ``convert``.

    Example:
        >>> computed_conversions(lambda unit: (1.0, 0.0, unit))["mile"]
        (1.0, 0.0, 'mile')
    """
    from claimcheck.extractors.units import unit_lexicon

    lexicon = unit_lexicon()
    units = sorted({*lexicon.symbols.values(), *lexicon.words.values()})
    return {unit: convert(unit) for unit in units}


def conversions_text(conversions: Mapping[str, Conversion]) -> str:
    """The YAML text of the data file (floats as ``repr``, so they read back exactly).

    Example:
        >>> conversions_text({"foot": (0.3048, 0.0, "meter")}).splitlines()[-1]
        'foot: [0.3048, 0.0, meter]'
    """
    rows = {unit: list(conversion) for unit, conversion in conversions.items()}
    return _HEADER + yaml.safe_dump(rows, default_flow_style=None, sort_keys=True, width=100)


def main() -> int:
    """Rewrite the data file from pint."""
    from claimcheck.extractors.units import pint_conversion

    path = data_path(FILE_NAME)
    path.write_text(conversions_text(computed_conversions(pint_conversion)), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

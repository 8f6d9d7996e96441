"""Raw quantulum3, the baseline of the quantity benchmarks, as its users install it.

quantulum3's optional unit classifier is a scikit-learn model pickled by an older
scikit-learn; with scikit-learn installed (claimcheck's `stories` extra) quantulum3
tries to load it and fails. The benchmarks run quantulum3 without the classifier,
its default when scikit-learn is absent, so the baseline is the same either way.
"""

from __future__ import annotations

import warnings
from types import ModuleType


def quantulum_parser() -> ModuleType:
    """``quantulum3.parser`` with the classifier off and its warnings silenced."""
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    return parser

from __future__ import annotations

import pytest

from claimcheck import check
from tests.conftest import EXAMPLES


@pytest.fixture(scope="session")
def wildfire():
    """The example corpus's result, computed once for the report tests."""
    return check([EXAMPLES], facts=EXAMPLES / "facts.yaml")

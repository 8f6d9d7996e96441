"""The explicit package list in pyproject.toml must match the source tree."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "claimcheck").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "claimcheck.packs" in listed


def test_shipped_rule_packs_are_found_through_the_package():
    from claimcheck.resources import packs_dir

    assert (packs_dir() / "core" / "rules.yaml").is_file()

"""The one place rule types are registered: ``type:`` name -> parser."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.rules.announcements import AnnouncementRule
from claimcheck.rules.attribution_rules import SourcesRule
from claimcheck.rules.consistency import ConsistencyRule
from claimcheck.rules.context import Rule
from claimcheck.rules.derived import DerivedRule
from claimcheck.rules.drift import DriftRule
from claimcheck.rules.parts import PartsRule
from claimcheck.rules.range_rule import RangeRule
from claimcheck.rules.reference import ReferenceRule
from claimcheck.rules.restatement import RestatementRule
from claimcheck.rules.source_tokens import SourceTokensRule
from claimcheck.rules.support import SupportRule
from claimcheck.yamlfile import Located

RULE_TYPES: dict[str, Callable[[Located], Rule]] = {
    "consistency": ConsistencyRule.parse,
    "drift": DriftRule.parse,
    "range": RangeRule.parse,
    "reference": ReferenceRule.parse,
    "derived": DerivedRule.parse,
    "support": SupportRule.parse,
    "sources": SourcesRule.parse,
    "parts": PartsRule.parse,
    "restatement": RestatementRule.parse,
    "source-tokens": SourceTokensRule.parse,
    "announcement": AnnouncementRule.parse,
}

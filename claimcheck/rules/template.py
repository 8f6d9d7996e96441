"""Finding messages: ``{name}`` placeholders filled from a fixed set of values.

No ``str.format`` (its ``{x.attr}`` and ``{x[0]}`` reach into objects) and no
eval: a placeholder is a bare name, checked when the rule loads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimcheck.yamlfile import Located

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Template:
    text: str

    def render(self, values: Mapping[str, str]) -> str:
        """Fill the placeholders.

        Example:
            >>> Template("{measure}: {readings}").render({"measure": "deaths", "readings": "1"})
            'deaths: 1'
        """
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), self.text)


def parse_template(entry: Located, key: str, allowed: frozenset[str]) -> Template:
    text = entry.get(key)
    if not isinstance(text, str) or not text.strip():
        raise entry.error(f"missing '{key}'", hint="give the finding a message template")
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name not in allowed:
            raise entry.error(
                f"unknown placeholder '{{{name}}}' in '{key}'",
                key=key,
                hint=f"use {', '.join('{' + a + '}' for a in sorted(allowed))}",
            )
    return Template(" ".join(text.split()))

"""``type: derived`` — a relation between claims, written as a formula.

A derived rule binds claims to names by selectors, pairs them within a scope
(one sentence, one document or one story), keeps the pairings its ``where``
formula accepts, and tests each with its ``check`` formula (see
:mod:`claimcheck.rules.expressions`; no ``eval``). With ``require: any`` (the
default) a claim of the first binding is fine when *some* accepted pairing
passes: a finding means no other claim in scope could make the text right.
With ``require: all`` every accepted pairing that fails is a finding. A
formula that cannot be evaluated (a missing field: ``none``) never fires.

Keys, besides the common ones (``key`` is not used; pair claims with ``where``):

* ``bind`` — name -> selector (the ``select`` columns, plus ``wording``: text
  the claim's words must contain, a string or a list of alternatives);
* ``scope`` — ``sentence`` | ``document`` (default) | ``story``;
* ``where`` — a formula a pairing must satisfy to be checked (default: all);
* ``check`` — the formula that must hold;
* ``expected`` — a formula whose value fills ``{expected}`` in the message;
* ``require`` — ``any`` (default) or ``all``.

Names in formulas: ``NAME.FIELD`` for each bound claim, with FIELD one of
``value low high years year month day date reference_year start end unit kind
counted subject noun measure event modality hedge tense granularity text
sentence before`` (``years``: a duration or age in years; ``year``: a date's
first year; ``noun``: what is counted, else the subject: "strike" in "a
nine-year-old strike"; ``before``: the few words before the claim, lowercased);
``publication.year|month|day|date`` (the first bound claim's document); and
``same_sentence``, ``same_document``, ``same_story``. The message may use any
of these names as ``{placeholders}``, plus ``{expected}`` and ``{quotes}``.

Example rule::

    - id: war-age-vs-start-year
      type: derived
      severity: warning
      bind:
        war: {kind: duration, unit: year}
        start: {kind: date, granularity: year, reference_from: absolute}
      where: "same_sentence and contains(war.noun, 'war') and contains(start.before, 'since')"
      check: "abs(publication.year - start.year - war.value) <= 1"
      expected: "publication.year - start.year"
      message: "A {war.value}-year-old war that began in {start.year} would be
        {expected} years old in {publication.year}"

Anti-pattern: "The nine-year-old war, which began in 2015, ..." (published 2021).
Best practice: "The nine-year-old war, which began in 2012, ...".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.model import Claim, Finding
from claimcheck.rules.context import RuleContext
from claimcheck.rules.evaluation import evaluate
from claimcheck.rules.expressions import (
    Binary,
    Expression,
    ExpressionError,
    Node,
    Value,
    parse_expression,
)
from claimcheck.rules.fields import PREDICATES, claim_fields, known_names, render_value
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_choice, parse_header
from claimcheck.rules.select import Selector, parse_conditions
from claimcheck.rules.selection import ClaimIndex
from claimcheck.rules.values import describe
from claimcheck.yamlfile import Located

TYPE_KEYS = ("bind", "scope", "where", "check", "expected", "require")
SCOPES = ("sentence", "document", "story")
RESERVED = frozenset({"publication", "expected", "quotes", *PREDICATES})
MAX_PAIRINGS = 2000  # per claim of the first binding: bounds the work on a claim-dense text
Cache = dict[tuple[str, int], dict[str, Value]]  # (binding, id(claim)) -> its named fields
_BINDING_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Binding:
    name: str
    selector: Selector
    wording: tuple[str, ...] = ()  # lowercased alternatives; empty means any wording
    # Parts of 'where' that name only this binding: tested once per claim, not per pairing.
    filters: tuple[Expression, ...] = ()

    def worded(self, claim: Claim) -> bool:
        """Whether the claim is worded one of the binding's ways (any, without ``wording``)."""
        if self.wording:
            text = " ".join(claim.text.lower().split())
            return any(w in text for w in self.wording)
        return True


@dataclass(frozen=True, slots=True)
class DerivedRule:
    header: RuleHeader
    bindings: tuple[Binding, ...]
    scope: str
    where: Expression | None
    check: Expression
    expected: Expression | None
    require: str

    @classmethod
    def parse(cls, entry: Located) -> DerivedRule:
        bindings = _parse_bindings(entry)
        names = known_names(tuple(b.name for b in bindings))
        header = parse_header(entry, TYPE_KEYS, names | {"expected", "quotes"})
        if header.key:
            raise entry.error(
                "a derived rule does not use 'key'",
                key="key",
                hint="pair claims with 'where', e.g. where: \"same_sentence\"",
            )
        scope = parse_choice(entry, "scope", SCOPES, default="document")
        require = parse_choice(entry, "require", ("any", "all"), default="any")
        check = _formula(entry, "check", names)
        if check is None:
            raise entry.error(
                "a derived rule needs 'check'", hint='e.g. check: "a.value <= b.value"'
            )
        where = _formula(entry, "where", names)
        if where is not None:
            bindings, where = _hoist_filters(bindings, where)
        return cls(
            header=header,
            bindings=bindings,
            scope=scope,
            where=where,
            check=check,
            expected=_formula(entry, "expected", names),
            require=require,
        )

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        fields: Cache = {}
        findings: list[Finding] = []
        for group in self._groups(claims, context, fields).values():
            for anchor in group[self.bindings[0].name]:
                findings.extend(self._check_anchor(anchor, group, context, fields))
        return findings

    def _groups(
        self, claims: Sequence[Claim], context: RuleContext, fields: Cache
    ) -> dict[tuple[str, ...], dict[str, list[Claim]]]:
        groups: dict[tuple[str, ...], dict[str, list[Claim]]] = defaultdict(
            lambda: {b.name: [] for b in self.bindings}
        )
        # The run's rules share one index of these claims: each selector is tested per
        # distinct column value, not per claim.
        index = context.memo.shared(
            "claims", claims, functools.partial(ClaimIndex, claims, context.documents)
        )
        selected = [(b, index.positions(b.selector)) for b in self.bindings]
        # In claim order, as if testing every claim: only the selected ones can bind.
        for n in sorted(set().union(*(positions for _, positions in selected))):
            claim = claims[n]
            for binding, positions in selected:
                if (
                    n in positions
                    and binding.worded(claim)
                    and all(
                        evaluate(f, _bound_fields(binding, claim, context, fields)) is True
                        for f in binding.filters
                    )
                ):
                    groups[self._scope_key(claim, context)][binding.name].append(claim)
        return groups

    def _scope_key(self, claim: Claim, context: RuleContext) -> tuple[str, ...]:
        if self.scope == "sentence":  # a claim without its sentence is a scope of its own
            return (claim.doc, claim.sentence or f"@{claim.start}")
        if self.scope == "story":
            return (context.story_of(claim) or claim.doc,)
        return (claim.doc,)

    def _check_anchor(
        self,
        anchor: Claim,
        group: Mapping[str, list[Claim]],
        context: RuleContext,
        fields: Cache,
    ) -> list[Finding]:
        failed: list[tuple[Claim, ...]] = []
        for pairing in itertools.islice(self._pairings(anchor, group), MAX_PAIRINGS):
            values = self._values(pairing, context, fields)
            if self.where is not None and evaluate(self.where, values) is not True:
                continue
            verdict = evaluate(self.check, values)
            if verdict is True and self.require == "any":
                return []
            if verdict is False:
                failed.append(pairing)
        if not failed:
            return []
        if self.require == "any":
            failed = [min(failed, key=lambda p: sum(abs(c.start - anchor.start) for c in p))]
        return [self._finding(pairing, context, fields) for pairing in failed]

    def _pairings(
        self, anchor: Claim, group: Mapping[str, list[Claim]]
    ) -> Iterator[tuple[Claim, ...]]:
        others = [group[b.name] for b in self.bindings[1:]]
        for rest in itertools.product(*others):
            pairing = (anchor, *rest)
            if len({id(c) for c in pairing}) == len(pairing):  # one claim fills one name
                yield pairing

    def _values(
        self,
        pairing: Sequence[Claim],
        context: RuleContext,
        fields: Cache,
    ) -> dict[str, Value]:
        values: dict[str, Value] = {}
        for binding, claim in zip(self.bindings, pairing, strict=True):
            values.update(_bound_fields(binding, claim, context, fields))
        document = context.documents.get(pairing[0].doc)
        published = document.published_date if document is not None else None
        values["publication.date"] = published
        values["publication.year"] = float(published.year) if published else None
        values["publication.month"] = float(published.month) if published else None
        values["publication.day"] = float(published.day) if published else None
        first = pairing[0]
        values["same_document"] = all(c.doc == first.doc for c in pairing)
        values["same_sentence"] = (
            values["same_document"]
            and bool(first.sentence)
            and all(c.sentence == first.sentence for c in pairing)
        )
        values["same_story"] = len({context.story_of(c) or c.doc for c in pairing}) == 1
        return values

    def _finding(
        self,
        pairing: Sequence[Claim],
        context: RuleContext,
        fields: Cache,
    ) -> Finding:
        values = self._values(pairing, context, fields)
        shown = {name: render_value(value) for name, value in values.items()}
        if self.expected is not None:
            shown["expected"] = render_value(evaluate(self.expected, values))
        shown["quotes"] = "; ".join(describe(c) for c in pairing)
        message = self.header.message.render(shown)
        story = context.story_of(pairing[0]) or None
        return make_finding(self.header, message, pairing, story=story)


def _bound_fields(
    binding: Binding, claim: Claim, context: RuleContext, fields: Cache
) -> dict[str, Value]:
    cached = (binding.name, id(claim))
    if cached not in fields:
        own = claim_fields(claim, context.documents.get(claim.doc))
        fields[cached] = {f"{binding.name}.{k}": v for k, v in own.items()}
    return fields[cached]


def _hoist_filters(
    bindings: tuple[Binding, ...], where: Expression
) -> tuple[tuple[Binding, ...], Expression | None]:
    """Move the ``and``-ed parts of ``where`` that name one binding into its filters.

    A pairing passes ``where`` only when every part is true, so testing a
    one-binding part on each claim first gives the same pairings, with far
    fewer of them to build.
    """
    own: dict[str, list[Expression]] = defaultdict(list)
    rest: list[Node] = []
    names = {b.name for b in bindings}
    for part in _conjuncts(where.root):
        owners = {name.split(".")[0] for name, _ in part.names()}
        owner = next(iter(owners)) if len(owners) == 1 else ""
        if owner in names:
            own[owner].append(Expression(where.text, part))
        else:
            rest.append(part)
    hoisted = tuple(replace(b, filters=(*b.filters, *own[b.name])) for b in bindings)
    if not rest:
        return hoisted, None
    root = functools.reduce(lambda a, b: Binary("and", a, b, b.column), rest)
    return hoisted, Expression(where.text, root)


def _conjuncts(node: Node) -> Iterator[Node]:
    if isinstance(node, Binary) and node.operator == "and":
        yield from _conjuncts(node.left)
        yield from _conjuncts(node.right)
    else:
        yield node


def _parse_bindings(entry: Located) -> tuple[Binding, ...]:
    raw = entry.get("bind")
    if not isinstance(raw, Located) or not raw:
        raise entry.error(
            "a derived rule needs 'bind': name -> selector",
            key="bind" if "bind" in entry else None,
            hint="e.g. bind: {war: {kind: duration}, start: {kind: date}}",
        )
    bindings = []
    for name, selector in raw.items():
        if not _BINDING_NAME.match(name) or name in RESERVED:
            raise raw.error(
                f"bad binding name '{name}'",
                key=name,
                hint=f"a lowercase word, not {', '.join(sorted(RESERVED))}",
            )
        if not isinstance(selector, Located):
            raise raw.error(f"binding '{name}' must be a mapping of column: condition", key=name)
        bindings.append(_parse_binding(name, selector))
    return tuple(bindings)


def _parse_binding(name: str, raw: Located) -> Binding:
    wording = raw.get("wording", [])
    alternatives: list[object] = wording if isinstance(wording, list) else [wording]
    texts = [w for w in alternatives if isinstance(w, str) and w.strip()]
    if len(texts) != len(alternatives) or ("wording" in raw and not texts):
        raise raw.error("'wording' must be text or a list of texts", key="wording")
    return Binding(
        name=name,
        selector=parse_conditions(raw, skip=("wording",)),
        wording=tuple(" ".join(w.lower().split()) for w in texts),
    )


def _formula(entry: Located, key: str, names: frozenset[str]) -> Expression | None:
    if key not in entry:
        return None
    text = entry[key]
    if isinstance(text, bool) or not isinstance(text, str | int | float):
        raise entry.error(f"'{key}' must be a formula in quotes", key=key)
    try:
        expression = parse_expression(str(text))
        expression.check_names(names)
    except ExpressionError as error:
        line, column = _value_position(entry, key)
        raise RuleError(
            f"bad '{key}' formula: {error.message}",
            path=entry.path,
            line=line,
            column=column + error.column - 1,
            hint="a formula uses BINDING.FIELD names, numbers, 'text', + - * /, comparisons, "
            "and/or/not, abs min max round year contains",
        ) from None
    return expression


def _value_position(entry: Located, key: str) -> tuple[int, int]:
    """Line and column where a one-line value starts (after any opening quote).

    The YAML loader keeps key positions only; the value's column comes from
    re-reading that line, which happens only when there is an error to report.
    """
    line, column = entry.position(key)
    try:
        text = Path(entry.path).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, IndexError, UnicodeDecodeError):
        return line, column
    match = re.compile(r"""['"]?\s*:\s*(["']?)""").match(text, column - 1 + len(key))
    if match is None or text[match.end() :].startswith(("|", ">")):
        return line, column
    return line, match.end() + 1

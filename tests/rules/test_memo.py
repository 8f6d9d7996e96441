from claimcheck.model import ClaimKind
from claimcheck.rules.context import RuleContext
from claimcheck.rules.memo import RunMemo
from tests.helpers import make_claim, make_document


def test_a_result_is_reused_for_the_same_claims():
    memo = RunMemo()
    claims = [make_claim("harbor-post", text="27"), make_claim("harbor-post", text="31")]
    computed = []
    first = memo.shared("verdicts", claims, lambda: computed.append(1) or ["27 vs 31"])
    again = memo.shared("verdicts", list(claims), lambda: computed.append(1) or ["other"])
    assert first is again and computed == [1]


def test_other_claims_or_another_name_compute_afresh():
    memo = RunMemo()
    claims = [make_claim("harbor-post", text="27")]
    equal_copy = [make_claim("harbor-post", text="27")]  # equal, but not the run's claim
    assert memo.shared("verdicts", claims, lambda: "first") == "first"
    assert memo.shared("verdicts", equal_copy, lambda: "copy") == "copy"
    assert memo.shared("groups", equal_copy, lambda: "groups") == "groups"
    assert memo.shared("verdicts", claims[:0], lambda: "none") == "none"


def test_documents_of_a_story_in_run_order():
    documents = {
        "courier": make_document("courier", story="dam-breach"),
        "wire": make_document("wire"),
        "ledger": make_document("ledger", story="dam-breach"),
    }
    context = RuleContext(documents=documents)
    assert [d.id for d in context.documents_of_story("dam-breach")] == ["courier", "ledger"]
    assert [d.id for d in context.documents_of_story("")] == ["wire"]
    assert list(context.documents_of_story("ferry-fire")) == []


def test_each_context_has_its_own_memo():
    claims = [make_claim("wire", ClaimKind.AGE, text="63")]
    one, other = RuleContext(documents={}), RuleContext(documents={})
    assert one.memo.shared("ages", claims, lambda: 1) == 1
    assert other.memo.shared("ages", claims, lambda: 2) == 2

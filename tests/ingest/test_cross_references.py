import claimcheck
from claimcheck.ingest import document_from_text
from claimcheck.ingest.cross_references import find_cross_references


def test_pointer_to_another_articles_headline_is_boilerplate():
    text = (
        'Orrin Motors sold 41,000 cars in March. (Also see "Rival Carmaker Tops 90,000 Sales" '
        "- Motor Weekly, 2 Apr, 2025.) Its shares rose 3% on Tuesday."
    )
    claims = claimcheck.claims([document_from_text(text, doc_id="a", published="2025-04-08")])
    boilerplate = {
        quote: "boilerplate" in (flags or "")
        for quote, flags in zip(claims["quote"], claims["flags"], strict=True)
    }
    assert boilerplate["41,000"] is False and boilerplate["Tuesday"] is False
    assert boilerplate["90,000"] is True


def test_ordinary_parentheses_are_not_cross_references():
    text = 'The council (which met on Monday) approved "the plan" for 40 homes.'
    assert find_cross_references(text) == ()


def test_see_pointer_without_quoted_title_is_kept():
    assert find_cross_references("Prices rose (see table 3) in May.") == ()

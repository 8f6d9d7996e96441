"""Page furniture: navigation, labels, bylines, footers and teasers are marked; story is not."""

from __future__ import annotations

from claimcheck.ingest import document_from_text, split_sentences
from claimcheck.ingest.boilerplate import find_boilerplate

STORY = [
    "The county opened 3 new shelters on Friday after the river crested at 7.1 meters.",
    "About 2,300 people spent the night away from home, the emergency office said.",
    "Forecasters expect the water to drop by 40 centimeters before Monday.",
    "Volunteers filled 12,000 sandbags in a school gym, working in 4-hour shifts.",
    "The mayor said a newsletter for flood victims would list aid sites by Sunday.",
]


def _marked(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_boilerplate(text)]


def _boilerplate_sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(document_from_text(text)) if s.boilerplate]


def test_story_paragraphs_are_not_marked() -> None:
    assert _marked("River crests in Dunmore\n\n" + "\n\n".join(STORY)) == []


def test_navigation_and_tag_lines_are_marked() -> None:
    text = "Skip to main content\nAccessibility links\nBreaking News\nTags: flood | river\n\n"
    marked = _boilerplate_sentences(text + "\n\n".join(STORY))
    assert marked == [
        "Skip to main content",
        "Accessibility links",
        "Breaking News",
        "Tags: flood | river",
    ]


def test_related_label_line_is_marked_but_not_the_next_paragraph() -> None:
    text = "\n\n".join(
        [STORY[0], "**Related article:** [Dam repairs cost $4 million](#)", STORY[1]]
    )
    marked = _boilerplate_sentences(text)
    assert marked == ["**Related article:** [Dam repairs cost $4 million](#)"]


def test_bylines_and_credit_lines_are_marked() -> None:
    text = "\n\n".join(
        ["By Ana Ruiz and Tom Bell | Valley Post", *STORY, "Lee Park contributed to this report."]
    )
    assert _boilerplate_sentences(text) == [
        "By Ana Ruiz and Tom Bell | Valley Post",
        "Lee Park contributed to this report.",
    ]


def test_copyright_and_footer_after_the_story_are_marked() -> None:
    footer = [
        "© 2024 Valley Post Media, Inc.",
        "All rights reserved.",
        "Sign up for our morning newsletter",
        "Get 5 stories in your inbox every day.",
        "Download the Valley Post App",
        "Privacy | Terms of use",
    ]
    text = "\n\n".join([*STORY, *footer])
    marked = _boilerplate_sentences(text)
    for line in footer:
        assert any(line.startswith(m) or m in line for m in marked), line
    assert not any("sandbags" in m for m in marked)


def test_newsletter_mentioned_mid_story_is_story_text() -> None:
    text = "\n\n".join(STORY * 2)
    assert not any("newsletter" in s for s in _boilerplate_sentences(text))


def test_trailing_bullet_teasers_are_marked() -> None:
    teasers = [
        "• Council approves $9 million rail yard",
        "The vote was 5-2 after a long debate over noise at the station.",
        "• School district hires 40 bus drivers",
        "Officials said routes would return to normal in 2 weeks.",
    ]
    text = "\n\n".join([*STORY, *STORY, *teasers])
    marked = _boilerplate_sentences(text)
    assert "• Council approves $9 million rail yard" in marked
    assert "Officials said routes would return to normal in 2 weeks." in marked
    assert not any("sandbags" in m for m in marked)


def test_bare_url_and_original_url_lines_are_marked() -> None:
    text = "\n\n".join([*STORY, "Original url:", "<https://valleypost.test/2024/05/02/flood>"])
    assert _boilerplate_sentences(text) == [
        "Original url:",
        "<https://valleypost.test/2024/05/02/flood>",
    ]


def test_image_captions_are_story_text() -> None:
    caption = "Residents carry sandbags past a flooded store on Main Street on Friday."
    text = "\n\n".join([caption, *STORY])
    assert caption not in _boilerplate_sentences(text)


def test_keyword_list_at_the_end_is_marked() -> None:
    text = "\n\n".join([*STORY, *STORY, "© Valley Post", "flood, river, dunmore, shelters"])
    assert "flood, river, dunmore, shelters" in _boilerplate_sentences(text)


def test_story_lines_that_start_like_footers_stay_story_text() -> None:
    lines = [
        "Photo: Firefighters carry a hose up the ridge above Dunmore on Monday afternoon.",
        "Privacy advocates said the county's new flood cameras record 24 hours a day and "
        "keep footage for 90 days, far longer than the state allows for traffic cameras.",
        "The company, which owns the trademarks of 3 local dairies, lost 200 cows.",
    ]
    assert _boilerplate_sentences("\n\n".join([STORY[0], *lines, *STORY[1:]])) == []


def test_photo_credit_line_is_marked() -> None:
    assert _marked("Photo: Lena Marsh/Valley Post\n" + STORY[0]) == [
        "Photo: Lena Marsh/Valley Post"
    ]

"""HTML pages: text via html.parser, entities decoded, offsets into the source."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest.html_text import html_to_text
from tests.ingest.helpers import read_one

PAGE = """<!doctype html>
<html><head>
<title>Bridge reopens after flood | Valley Post</title>
<meta property="article:published_time" content="2024-05-02T09:15:00-04:00">
<meta property="og:site_name" content="Valley Post">
<link rel="canonical" href="https://valleypost.test/news/bridge-reopens">
<style>p { color: red; }</style>
<script>var visits = 12345;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/sports">Sports 24/7</a></nav>
<h1>Bridge reopens after flood</h1>
<p>The Elm&nbsp;Street bridge reopened on Thursday, 9&nbsp;days after the river
   rose 2.4&#160;meters &amp; swamped the road.</p>
<p>Repairs cost &euro;1.2 million, the <b>city</b> said.</p>
<aside>Most read: 7 things to do this weekend</aside>
<footer>&copy; 2024 Valley Post</footer>
</body></html>
"""


def test_story_text_skips_script_style_nav_aside_footer() -> None:
    page = html_to_text(PAGE)
    assert "12345" not in page.text
    assert "color" not in page.text
    assert "Sports" not in page.text
    assert "Most read" not in page.text
    assert "2024 Valley Post" not in page.text


def test_entities_are_decoded_and_whitespace_collapsed() -> None:
    text = html_to_text(PAGE).text
    assert "Elm\u00a0Street bridge reopened on Thursday, 9\u00a0days after the river rose" in text
    assert "2.4\u00a0meters & swamped" in text
    assert "€1.2 million, the city said." in text


def test_block_elements_become_separate_lines() -> None:
    lines = [line for line in html_to_text(PAGE).text.splitlines() if line.strip()]
    assert lines[0] == "Bridge reopens after flood"
    assert lines[1].startswith("The Elm")
    assert lines[2].startswith("Repairs cost")


def test_offsets_point_into_the_html_source() -> None:
    page = html_to_text(PAGE)
    for word in ("2.4", "swamped", "1.2 million", "city", "Thursday"):
        at = page.offsets.to_original(page.text.index(word))
        assert PAGE[at : at + len(word)] == word


def test_entity_offsets_point_at_the_entity() -> None:
    page = html_to_text(PAGE)
    at = page.offsets.to_original(page.text.index("€"))
    assert PAGE[at : at + 6] == "&euro;"


def test_meta_tags_feed_document_fields(tmp_path: Path) -> None:
    doc = read_one(tmp_path / "bridge.html", PAGE)
    assert doc.source == "Valley Post"
    assert doc.url == "https://valleypost.test/news/bridge-reopens"
    assert doc.title == "Bridge reopens after flood | Valley Post"
    assert doc.published is not None and doc.published.isoformat() == "2024-05-02T09:15:00-04:00"
    assert doc.published_from == "metadata"
    at = doc.offsets.to_original(doc.text.index("2.4"))
    assert doc.line_column(at) == (13, 9)

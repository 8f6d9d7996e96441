"""Article text is data in every format: markup, escapes and commands in it stay inert."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from claimcheck import check
from claimcheck.report import FORMATS, render

# Invented articles whose cited sentence carries what a hostile or broken page might hold.
HOSTILE = (
    '---\npublished: 2025-06-13\nsource: "<b>Harbour</b> ::error::Times [x](http://a.example)"\n'
    "---\n"
    "[Refunds](http://phish.example) \x1b[2J\x1b[31m::error file=x.md,line=1::pwned\x1b[0m "
    "The ferry fire killed 14 people <script>alert(1)</script> ![logo](http://img.example/x.png) "
    "| a | table |, officials said.\n"
)
PLAIN = "---\npublished: 2025-06-13\nsource: Coast Gazette\n---\nThe ferry fire killed 41 people.\n"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "harbour.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "gazette.md").write_text(PLAIN, encoding="utf-8")
    return check([folder])


def test_the_finding_cites_the_hostile_sentence(result):
    assert [f.rule for f in result.finding_list] == ["count-consistency"]
    assert any("<script>" in c.sentence and "\x1b" in c.sentence for c in result.claim_list)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_no_format_passes_terminal_escapes_through(result, fmt):
    assert "\x1b" not in render(result, fmt)


def test_html_report_escapes_article_text_and_fetches_nothing(result):
    page = render(result, "html")
    assert page.count("<script") == 1  # its own filter script
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Harbour</b>" not in page and "&lt;b&gt;Harbour&lt;/b&gt;" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "default-src 'none'" in page


def test_markdown_report_has_no_live_markup(result):
    text = re.sub(r"`[^`\n]*`", "", render(result, "markdown"))  # code spans are inert
    assert not re.search(r"(?<!\\)<", text)
    assert not re.search(r"(?<!\\)\]\(", text)
    assert "\\[x\\]\\(http://a.example\\)" in text  # the outlet's name, escaped


def test_github_output_is_only_annotation_commands(result):
    lines = render(result, "github").splitlines()
    assert len(lines) == 2
    for line in lines:
        assert re.match(r"::error file=[^:]+,line=\d+,", line)
        properties, message = line[2:].split("::", 1)
        assert "::" not in properties
        assert "\n" not in message and "%0A" not in message


def test_github_properties_escape_colons_and_commas():
    from claimcheck.report.github_report import escape_property

    assert escape_property("::error file=a,b") == "%3A%3Aerror file=a%2Cb"


def test_sarif_and_json_carry_text_as_plain_strings(result):
    assert "<script>" in json.dumps(json.loads(render(result, "json")))
    sarif = json.loads(render(result, "sarif"))
    assert "\x1b" not in json.dumps(sarif, ensure_ascii=False)


def test_junit_is_well_formed_xml_with_escaped_text(result):
    xml = render(result, "junit")
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "testsuites"
    assert "<script>" not in xml
    failure = root.find(".//failure")
    assert failure is not None and "Harbour" in (failure.text or "")


def test_rich_report_prints_markup_literally(result):
    text = render(result, "rich")
    assert "<script>alert(1)</script>" in text
    assert "<b>Harbour</b>" in text

"""The HTML report: one self-contained page with filters, pictures and a timeline seam."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from claimcheck.report import render
from claimcheck.report.html_report import timeline_section


class _Page(HTMLParser):
    """Collects what the page links to and how its findings are tagged."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.findings: list[dict[str, str | None]] = []
        self.svgs = 0
        self.options: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        for name in ("src", "href"):
            if found.get(name):
                self.references.append(found[name])
        if tag == "article":
            self.findings.append(found)
        if tag == "svg" and found.get("class") == "intervals":
            self.svgs += 1
        if tag == "option":
            self.options.append(found.get("value"))


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def test_page_is_self_contained(wildfire):
    page = render(wildfire, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert parse(page).references == []  # no stylesheet, script, image or font to fetch
    assert "<style>" in page and "<script>" in page


def test_every_finding_is_tagged_for_the_severity_and_rule_filters(wildfire):
    page = parse(render(wildfire, "html"))
    rules = sorted({f.rule for f in wildfire.finding_list})
    assert [f["data-rule"] for f in page.findings] == [f.rule for f in wildfire.finding_list]
    assert {f["data-severity"] for f in page.findings} == {"error"}
    assert page.options == ["", *rules]


def test_each_disagreeing_measure_has_an_interval_picture(wildfire):
    page = parse(render(wildfire, "html"))
    with_two_sources = [
        f for f in wildfire.finding_list if len({c.split("@")[0] for c in f.claims}) >= 2
    ]
    assert page.svgs == len(with_two_sources)


def test_quotes_are_marked_in_their_sentence(wildfire):
    page = render(wildfire, "html")
    assert re.search(r"kills <mark>12</mark> near Pell Creek", page)


def test_page_prints_without_the_filters(wildfire):
    page = render(wildfire, "html")
    assert re.search(r"@media print \{.*?\.filters \{ display: none; \}", page, re.S)


def test_timeline_section_charts_each_moving_measure(wildfire):
    section = timeline_section(wildfire)
    assert section.startswith('<section id="timeline">')
    assert "<figcaption>displaced</figcaption>" in section
    assert section.count('<svg class="timeline"') == section.count("<figure>") >= 1

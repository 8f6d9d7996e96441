from pathlib import Path

import claimcheck
from claimcheck.report.timeline import timeline_lines, timelines

SUNDAY = "The Pelham dam failure killed 14 people on Sunday night."


def write(tmp_path: Path, name: str, published: str, body: str) -> None:
    text = f"---\nsource: {name.title()} Gazette\npublished: {published}\n---\n{body}\n"
    (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")


def test_timeline_lists_each_sources_figures_in_as_of_order(tmp_path):
    write(tmp_path, "north", "2025-06-02", SUNDAY)
    write(tmp_path, "south", "2025-06-04", "The Pelham dam failure has killed 22 people.")
    result = claimcheck.check([str(tmp_path)])
    documents = {d.id: d for d in result.document_list}
    (timeline,) = timelines(result.claim_list, documents)
    assert timeline.measure == "deaths"
    assert [(p.source, p.value) for p in timeline.points] == [
        ("North Gazette", 14.0),
        ("South Gazette", 22.0),
    ]
    assert timeline_lines(timeline) == [
        "deaths",
        "  14 (2025-06-01) [north]",
        "  22 (2025-06-04) [south]",
    ]


def test_figures_of_one_moment_make_no_timeline(tmp_path):
    write(tmp_path, "north", "2025-06-02", "The Pelham dam failure killed 14 people.")
    write(tmp_path, "south", "2025-06-02", "The Pelham dam failure killed 14 people.")
    result = claimcheck.check([str(tmp_path)])
    assert timelines(result.claim_list, {}) == []


def test_the_rich_report_shows_the_timeline(tmp_path):
    write(tmp_path, "north", "2025-06-02", SUNDAY)
    write(tmp_path, "south", "2025-06-04", "The Pelham dam failure has killed 22 people.")
    text = claimcheck.check([str(tmp_path)]).render("rich")
    assert "timeline" in text
    assert "  14 (2025-06-01) [north]" in text

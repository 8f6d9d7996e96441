"""The HTML report renders in headless Chromium (skipped where Chromium is absent)."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT


def _screenshot_module():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "reports" / "screenshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_html_report_renders_to_a_png_in_headless_chromium(tmp_path, wildfire):
    screenshot = _screenshot_module()
    browser = screenshot.find_browser()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(wildfire.render("html"), encoding="utf-8")
    out = tmp_path / "report.png"
    screenshot.screenshot(page, out, browser)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000  # a page with content, not a blank canvas


def test_severity_filter_hides_findings_in_chromium(tmp_path, wildfire):
    import subprocess

    browser = _screenshot_module().find_browser()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    page = tmp_path / "report.html"
    # the page as a reader leaves it with "error" unticked: the script hides every error
    html = wildfire.render("html").replace('value="error" checked', 'value="error"')
    page.write_text(html, encoding="utf-8")
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert '<span id="shown">0</span>' in dom
    assert dom.count('hidden=""') == len(wildfire.finding_list)

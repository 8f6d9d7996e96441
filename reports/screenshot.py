"""Screenshot an HTML report in headless Chromium (Debian's ``chromium`` package).

    python reports/screenshot.py                      # reports/wildfire.html -> wildfire-html.png
    python reports/screenshot.py REPORT.html OUT.png  # any report

Chromium runs offline on the local file; the page fetches nothing (its
Content-Security-Policy forbids it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WINDOW = "1100,1600"


def find_browser() -> str | None:
    """The path of a headless-capable Chromium, or None when none is installed."""
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def screenshot(page: Path, out: Path, browser: str) -> None:
    """Write a PNG of the top of ``page`` to ``out``; raises if Chromium fails."""
    with tempfile.TemporaryDirectory() as profile:  # no state left in the user's profile
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",  # root in containers; the page is a local, script-light file
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                f"--user-data-dir={profile}",
                f"--window-size={WINDOW}",
                f"--screenshot={out.resolve()}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"{browser} wrote no screenshot to {out}")


def main(argv: list[str]) -> int:
    page = Path(argv[0]) if argv else HERE / "wildfire.html"
    out = Path(argv[1]) if len(argv) > 1 else HERE / "wildfire-html.png"
    browser = find_browser()
    if browser is None:
        print(
            "screenshot: no chromium found. Install it: apt-get install chromium", file=sys.stderr
        )
        return 2
    screenshot(page, out, browser)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

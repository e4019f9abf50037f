"""The theme report in a real browser: headless Chromium loads index.html offline, every
figure decodes, no console errors, and the Chinese text is rendered with a CJK font.

Needs Debian's ``chromium`` (``scripts/setup.sh`` installs it when running as root) and
Playwright's Python package (dev extras), which drives it through ``executable_path``.
The screenshots are kept in ``out/test-artifacts/`` for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NoReturn

import pytest
from conftest import REPO
from test_report import make_demo_report

from policytext.report import CSS_FONT_FAMILIES

ARTIFACTS = Path(os.environ.get("POLICYTEXT_ARTIFACTS", REPO / "out" / "test-artifacts"))


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    _missing("no Chromium found: `apt-get install chromium` (scripts/setup.sh does as root)")


def _missing(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail in CI, where scripts/setup.sh installs everything."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page_report(nlp, tmp_path_factory):
    return make_demo_report(nlp, tmp_path_factory.mktemp("browser_report"))


def test_report_renders_in_headless_chromium(page_report):
    try:
        from playwright import sync_api
    except ImportError:
        _missing("needs Playwright's Python package: pip install -e '.[dev]'")
    executable = _chromium()
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on(
                "console",
                lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None,
            )
            page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
            page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
            page.goto(page_report.html.as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")

            # Every figure decoded.
            sizes = page.eval_on_selector_all(
                "figure img", "imgs => imgs.map(i => [i.complete, i.naturalWidth, i.naturalHeight])"
            )
            assert len(sizes) == len(page_report.figures) == 4
            assert all(done and w > 0 and h > 0 for done, w, h in sizes), sizes

            # The Chinese text is laid out with a CJK font the page's CSS asks for: ask the
            # browser which platform fonts rendered a Chinese heading's glyphs.
            cdp = page.context.new_cdp_session(page)
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument")["root"]["nodeId"]
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#themes h3"})
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
            used = [f["familyName"] for f in fonts if f["glyphCount"] > 0]
            cjk = [f for f in used if f in CSS_FONT_FAMILIES]
            assert cjk, f"Chinese text rendered with {used}, none of {CSS_FONT_FAMILIES}"
            assert page.evaluate(f"document.fonts.check('16px \"{cjk[0]}\"', '政策')")
            heading = page.inner_text("#overview h2")
            assert heading.startswith("语料概况")

            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"))
            page.screenshot(path=str(ARTIFACTS / "report-full.png"), full_page=True)
            page.locator("#fig-network").scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "report-network.png"))
        finally:
            browser.close()
    assert not errors, errors
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000

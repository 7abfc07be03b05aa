"""End to end in a real headless Chromium: type a note, see highlights, findings, gauge; reload keeps text."""
import os
import shutil
import socket
import threading
import time

import pytest

playwright = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from notelint.serve.app import create_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NOTE = ("Round 2, system design.\n"
        "I asked her to design fraud alerting for card payments.\n"
        "- She asked how fast chargebacks arrive before choosing a label window.\n"
        "- Great communicator, very smart.\n"
        "- Proposed a shadow launch with a rollback if approvals dropped by 2%.")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(linter):
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(linter), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=5)


def test_page_lints_as_you_type(server, tmp_path):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: .ci/run installs Debian's chromium")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server + "/")
        page.select_option("#r-communication", "hire")
        page.locator("#note").press_sequentially(NOTE[:40], delay=5)
        page.locator("#note").fill(NOTE)
        page.wait_for_selector("#view .unit.evidence", timeout=15000)
        page.wait_for_selector("#findings li", timeout=15000)
        kinds = page.eval_on_selector_all("#view .unit", "els => els.map(e => e.className)")
        assert any("vague" in k for k in kinds) and any("context" in k for k in kinds)
        badges = page.eval_on_selector_all("#view .unit .badge", "els => els.map(e => e.textContent)")
        assert set(badges) <= {"E", "V", "C"} and len(badges) == len(kinds)  # kind shown by more than colour
        assert page.inner_text("#spec-value").endswith("/100")
        assert "vague-praise" in page.inner_html("#findings")
        comm = page.get_attribute("#checklist li:nth-child(10)", "aria-label")
        assert comm.startswith("communication:")
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        # keyboard: a finding is a button that selects the offending text in the editor
        page.focus("#findings li button")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "note"
        # the writer's text survives a reload
        page.reload()
        assert page.input_value("#note") == NOTE
        assert page.input_value("#r-communication") == "hire"
        browser.close()

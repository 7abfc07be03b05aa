"""Screenshots for docs/: the linting page with a note typed in, and an audit report.

    python docs/make_screenshots.py [AUDIT_HTML]
Uses Debian's Chromium through Playwright (no browser download).
"""
import socket
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NOTE = (HERE.parent / "data" / "examples" / "02_specific_evidence.txt").read_text() + \
    "\nGreat communicator, super smart. Good culture fit.\n"


def main():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = subprocess.Popen([sys.executable, "-m", "notelint", "serve", "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = b.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/")
            page.select_option("#r-user_impact", "hire")
            page.fill("#note", NOTE)
            page.wait_for_selector("#findings li", timeout=15000)
            page.wait_for_timeout(500)
            page.screenshot(path=str(HERE / "serve_page.png"), full_page=True)
            if len(sys.argv) > 1:
                page.goto(Path(sys.argv[1]).resolve().as_uri())
                page.wait_for_timeout(500)
                page.screenshot(path=str(HERE / "audit_report.png"), full_page=False)
            b.close()
    finally:
        srv.terminate()
    print("wrote", HERE / "serve_page.png")


if __name__ == "__main__":
    main()

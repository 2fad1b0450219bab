"""Browser tests: a real `streamlit run app.py` on a free port, driven by Debian's Chromium.

Why these exist next to AppTest: URL state, page switches on a fresh server, downloads and
clicks on the dataframe canvas only happen in a browser (notes/streamlit-duckdb.md §2). The
Chromium is the system one (`apt-get install chromium fonts-noto-cjk`); nothing is downloaded.
Screenshots go to tests/e2e/artifacts/ (ignored by git through the folder's own .gitignore).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.dbfactory import make_db

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A Streamlit server for one database; `url(path)` builds links to it."""

    def __init__(self, db: Path, log: Path):
        self.port = _free_port()
        self.log_path = log
        self._log = open(log, "w")
        env = {**os.environ, "TRACKER_DB": str(db), "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
             f"--server.port={self.port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none",
             "--browser.gatherUsageStats=false"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url('/_stcore/health')}", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text()}")

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n")
    return ARTIFACTS


@pytest.fixture(scope="session")
def e2e_db(tmp_path_factory) -> Path:
    return make_db(tmp_path_factory.mktemp("e2e") / "tracker.duckdb", articles=400, commitments=120, seed=3)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("브라우저 테스트 건너뜀: /usr/bin/chromium 없음 (apt-get install -y chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _start(db: Path, name: str, artifacts: Path) -> Server:
    return Server(db, artifacts / f"server-{name}.log")


@pytest.fixture(scope="session")
def server(browser, e2e_db, artifacts):
    """One server for most tests (started after the browser, so a missing Chromium skips fast)."""
    srv = _start(e2e_db, "shared", artifacts)
    yield srv
    srv.stop()


@pytest.fixture
def fresh_server(browser, e2e_db, artifacts):
    """A server nobody has visited yet: the first request is the deep link under test."""
    srv = _start(e2e_db, "fresh", artifacts)
    yield srv
    srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ko-KR", timezone_id="Asia/Seoul",
                                  viewport={"width": 1440, "height": 900}, accept_downloads=True)
    context.set_default_timeout(20_000)
    page = context.new_page()
    yield page
    context.close()


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Streamlit's own wait discipline: connected, script finished, no skeletons left."""
    page.wait_for_timeout(250)  # widget debounce
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0", timeout=timeout)

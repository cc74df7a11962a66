"""Real-browser fixtures: the app under uvicorn on 127.0.0.1, Debian's Chromium via Playwright.

Never a downloaded browser: the tests skip, with the reason, when
/usr/bin/chromium is missing (``scripts/system-deps`` installs it).
Screenshots go to ``test-artifacts/browser/`` (or ``$CROSSWIRE_TEST_ARTIFACTS``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("CROSSWIRE_TEST_ARTIFACTS") or ROOT / "test-artifacts") / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(name="serving")
def serving_fixture() -> Any:
    """``serving(app)``: a context manager serving ``app`` on 127.0.0.1 (for tests
    that build their own app)."""
    return serving


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free port of 127.0.0.1 (in a thread) and yield its URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(web_demo_db: Path) -> Iterator[str]:
    """The web app over the demo + hostile store (read-only), on 127.0.0.1."""
    from crosswire.serve import create_app
    from crosswire.settings import Settings

    app = create_app(str(web_demo_db), Settings(), allowed_hosts=["127.0.0.1"])
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium: scripts/system-deps)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watch:
    """What a page did besides rendering: dialogs, console errors, requests."""

    origin: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.origin + "/") and u != "data:,"]


@pytest.fixture
def watch(server: str) -> Watch:
    return Watch(server)


@pytest.fixture
def page(browser: Any, server: str, watch: Watch) -> Iterator[Any]:
    """A fresh page (1280×900) whose dialogs, errors and requests ``watch`` records."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    pg = context.new_page()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))

    def route(r: Any) -> None:  # nothing leaves 127.0.0.1
        watch.requests.append(r.request.url)
        if r.request.url.startswith(server + "/"):
            r.continue_()
        else:
            r.abort()

    pg.route("**/*", route)
    yield pg
    context.close()

"""The web stage: ``crosswire serve``, a FastAPI app over the store.

``create_app(store_location, settings, allow_ingest=False)`` builds the app
(routes in ``app.py``); :func:`run` serves it with uvicorn.  Pages are
server-rendered (``templates/``), plots are SVG drawn in Python (``svg.py``),
the little JavaScript there is lives in ``static/``; every page has a JSON twin.
"""

from __future__ import annotations

import threading
import time
import webbrowser
from collections.abc import Callable

from ..settings import Settings
from .app import create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def run(
    store_location: str,
    settings: Settings | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_ingest: bool = False,
    open_browser: bool = False,
    echo: Callable[[str], None] = print,
) -> None:
    """Serve the app until interrupted (Ctrl-C).

    On a loopback address, requests naming another host are refused (a guard
    against DNS rebinding); ``open_browser`` opens the stories page once the
    server listens.
    """
    import uvicorn

    allowed = [host, "localhost", "127.0.0.1", "[::1]"] if host in LOOPBACK else None
    app = create_app(store_location, settings, allow_ingest, allowed_hosts=allowed)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/stories"

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            echo(f"crosswire is serving {url}  (Ctrl-C to stop)")
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()


__all__ = ["LOOPBACK", "create_app", "run"]

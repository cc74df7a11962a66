"""The web stage: ``crosswire serve``, a FastAPI app over the store.

``create_app(store_location, settings, allow_ingest=False)`` builds the app
(routes in ``app.py``); :func:`run` serves it with uvicorn.  Pages are
server-rendered (``templates/``), plots are SVG drawn in Python (``svg.py``),
the little JavaScript there is lives in ``static/``; every page has a JSON twin.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
import webbrowser
from collections.abc import Callable

from ..errors import ConfigError
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
    sock = listen(host, port)
    port = sock.getsockname()[1]  # the one the system chose for port 0
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
    with sock:
        server.run(sockets=[sock])


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (uvicorn listens on it), or a ConfigError saying why not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} is in use, try --port {port + 1}") from exc
        if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
            raise ConfigError(f"cannot listen on {host}: not an address of this machine") from exc
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock


__all__ = ["LOOPBACK", "create_app", "run"]

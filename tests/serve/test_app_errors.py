"""Error responses: the right status, and the same security headers as every other page."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_helpers import NO_ENCODER, HostileStore

from crosswire.serve import app as app_module
from crosswire.serve import create_app


def assert_secured(r: object) -> None:
    headers = r.headers  # type: ignore[attr-defined]
    assert headers["content-security-policy"] == app_module.CSP
    for key, value in app_module.SECURITY_HEADERS.items():
        assert headers[key.lower()] == value, key
    assert headers["cache-control"] == "no-store"


@pytest.mark.parametrize("q", ["%00", "a%00b", "crate%01", "%7f"])
def test_a_control_character_in_a_search_is_a_400(client: TestClient, q: str) -> None:
    page = client.get(f"/search?q={q}")
    assert page.status_code == 400
    assert "control character" in page.text
    assert_secured(page)
    twin = client.get(f"/search.json?q={q}")
    assert twin.status_code == 400
    assert "control character" in twin.json()["error"]


def test_whitespace_in_a_search_is_still_fine(client: TestClient) -> None:
    assert client.get("/search?q=crate%09script%0a").status_code == 200


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/search?q=%00", 400),
        ("/stories?since=yesterday", 400),
        ("/search?q=" + "x" * 300, 400),
        ("/nope", 404),
        ("/stories/nope", 404),
        ("/stories/nope.json", 404),
        ("/articles/nope", 404),
        ("/stories/x/dossier.exe", 404),
    ],
)
def test_error_responses_carry_the_security_headers(
    client: TestClient, url: str, status: int
) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert_secured(r)


def test_a_wrong_method_carries_the_security_headers(client: TestClient) -> None:
    r = client.delete("/stories")
    assert r.status_code == 405
    assert_secured(r)


def test_an_unexpected_failure_is_a_500_with_the_security_headers(
    hostile_store: HostileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> object:
        raise RuntimeError("a bug, with a path /home/someone/secret")

    monkeypatch.setattr(app_module, "build_catalog", broken)
    c = TestClient(create_app(str(hostile_store.path), NO_ENCODER), raise_server_exceptions=False)
    for url, as_json in [("/stories", False), ("/stories.json", True)]:
        r = c.get(url)
        assert r.status_code == 500
        assert_secured(r)
        assert "secret" not in r.text
        assert ("error" in r.json()) if as_json else ("internal error" in r.text)


def test_a_refused_host_name_carries_the_security_headers(hostile_store: HostileStore) -> None:
    app = create_app(str(hostile_store.path), NO_ENCODER, allowed_hosts=["127.0.0.1"])
    r = TestClient(app, base_url="http://127.0.0.1").get(
        "/stories", headers={"host": "rebound.example"}
    )
    assert r.status_code == 400
    assert_secured(r)


def test_a_timed_out_request_carries_the_security_headers(
    hostile_store: HostileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def slow(*args: object) -> object:
        time.sleep(0.5)
        raise RuntimeError("not reached in time")

    monkeypatch.setattr(app_module, "build_catalog", slow)
    app = create_app(str(hostile_store.path), NO_ENCODER.replace(request_timeout_s=0.1))
    r = TestClient(app, raise_server_exceptions=False).get("/stories")
    assert r.status_code == 504
    assert_secured(r)

"""Sign-in holds against guessing: back-off per user and address, unknown names cost what known ones do, every route needs a session."""

from __future__ import annotations

import logging
import statistics
import time

import httpx
import pytest
from test_app import free_port

from cabinet.auth import SignInGuard, add_user, checker


def test_sixty_wrong_passwords_lock_the_user_for_at_least_a_minute():
    now = [0.0]
    guard = SignInGuard(clock=lambda: now[0])
    for _ in range(5):
        assert guard.wait("member", "10.0.0.1") == 0  # a few mistakes are free
        guard.failed("member", "10.0.0.1")
    guard.failed("member", "10.0.0.1")
    assert guard.wait("member", "10.0.0.1") == 1.0  # then 1 s, doubling
    for _ in range(54):
        guard.failed("member", "10.0.0.1", refused=True)
    assert guard.wait("member", "10.0.0.2") >= 60  # the name is locked from any address
    assert guard.wait("someone-else", "10.0.0.1") >= 60  # and the address for any name (past its own, larger allowance)
    assert guard.wait("someone-else", "10.0.0.3") == 0
    now[0] += 901
    assert guard.wait("member", "10.0.0.1") == 0  # the longest lock is CABINET_AUTH_MAX_LOCK
    guard.succeeded("member", "10.0.0.1")
    guard.failed("member", "10.0.0.1")
    assert guard.wait("member", "10.0.0.1") == 0  # a success starts the count again


def test_an_unknown_user_name_takes_as_long_as_a_known_one(tmp_path):
    users = tmp_path / "users.txt"
    add_user(users, "member", "council-2026")
    check = checker(users)
    known, unknown = [], []
    pairs = [("member", known), ("nobody-here", unknown)]
    for round_ in range(10):  # interleaved, each going first in turn (the first of two scrypt runs pays more), medians
        for name, times in pairs if round_ % 2 else pairs[::-1]:
            started = time.perf_counter()
            assert not check(name, "wrong-password")
            times.append(time.perf_counter() - started)
    ratio = statistics.median(unknown) / statistics.median(known)
    assert 0.9 <= ratio <= 1.1, (statistics.median(known), statistics.median(unknown))


@pytest.fixture(scope="module")
def signed_app(settings, tmp_path_factory):
    import app

    users = tmp_path_factory.mktemp("users") / "users.txt"
    add_user(users, "member", "council-2026")
    served = settings.model_copy(update={"auth_file": users, "port": free_port(), "auth_max_lock": 2.0})
    page = app.launch(served, prevent_thread_lock=True)
    yield f"http://127.0.0.1:{served.port}"
    page.close()


def _login(url: str, user: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}/login", data={"username": user, "password": password}, timeout=30)


ROUTES = ["/config", "/gradio_api/info", "/gradio_api/heartbeat/abc123", "/gradio_api/user", "/gradio_api/token", "/gradio_api/app_id",
          "/gradio_api/file=/etc/passwd", "/gradio_api/queue/data?session_hash=abc123", "/gradio_api/upload_progress",
          "/gradio_api/openapi.json", "/monitoring", "/gradio_api/runs"]


def test_every_route_but_the_sign_in_page_needs_a_session(signed_app):
    assert httpx.get(signed_app + "/", timeout=30).status_code == 200  # the sign-in page
    for route in ROUTES:
        response = httpx.get(signed_app + route, timeout=10)
        assert response.status_code == 401, (route, response.status_code)
    for route in ["/gradio_api/queue/join", "/gradio_api/upload", "/gradio_api/call/ask", "/gradio_api/cancel", "/gradio_api/reset"]:
        assert httpx.post(signed_app + route, json={}, timeout=10).status_code == 401, route
    signed = httpx.Client(cookies=_login(signed_app, "member", "council-2026").cookies, timeout=30)
    assert signed.get(signed_app + "/gradio_api/info").status_code == 200
    with signed.stream("GET", signed_app + "/gradio_api/heartbeat/abc123") as beat:
        assert beat.status_code == 200


def test_guessing_passwords_over_http_locks_the_name_and_logs_each_failure(signed_app, caplog):
    caplog.set_level(logging.WARNING, logger="cabinet.auth")
    codes = [_login(signed_app, "member", f"guess-{n}").status_code for n in range(60)]
    assert codes[:5] == [400] * 5 and set(codes[6:]) == {429}
    refused = _login(signed_app, "member", "council-2026")
    assert refused.status_code == 429 and "try again" in refused.json()["detail"]  # even the right password, while locked
    failures = [r.getMessage() for r in caplog.records if "failed sign-in" in r.getMessage()]
    assert len(failures) == 61 and all("'member'" in line and "127.0.0.1" in line for line in failures)
    assert not any("guess-" in line or "council-2026" in line for line in failures)  # never the password
    time.sleep(2.5)  # CABINET_AUTH_MAX_LOCK is 2 s here
    assert _login(signed_app, "member", "council-2026").status_code == 200

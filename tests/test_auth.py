"""Sign-in: hashed users file, and the app refusing a wrong password through real HTTP."""

from __future__ import annotations

import pytest
from test_app import free_port

from cabinet.errors import ConfigError


def test_passwords_are_stored_hashed_and_verified(tmp_path):
    from cabinet.auth import add_user, checker

    users = tmp_path / "users.txt"
    add_user(users, "alice", "correct horse")
    assert "correct horse" not in users.read_text() and users.read_text().startswith("alice:scrypt$")
    check = checker(users)
    assert check("alice", "correct horse") and not check("alice", "wrong horse") and not check("bob", "correct horse")


def test_a_bad_users_file_is_a_clear_error(tmp_path):
    from cabinet.auth import add_user, read_users

    with pytest.raises(ConfigError, match="does not exist"):
        read_users(tmp_path / "missing.txt")
    plain = tmp_path / "plain.txt"
    plain.write_text("alice:hunter2\n")
    with pytest.raises(ConfigError, match="line 1"):
        read_users(plain)
    with pytest.raises(ConfigError, match="at least 8"):
        add_user(tmp_path / "users.txt", "bob", "short")


def test_the_app_asks_for_a_login_when_a_users_file_is_set(settings, tmp_path):
    from gradio_client import Client

    import app
    from cabinet.auth import add_user

    users = tmp_path / "users.txt"
    add_user(users, "member", "council-2026")
    served = settings.model_copy(update={"auth_file": users, "port": free_port()})
    page = app.launch(served, prevent_thread_lock=True)
    try:
        url = f"http://127.0.0.1:{served.port}/"
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises a bare ValueError/HTTP error for a refused login
            Client(url, auth=("member", "wrong-password"), verbose=False)
        client = Client(url, auth=("member", "council-2026"), verbose=False)
        _, chat, _, _ = client.predict("Who is the lead officer for the New Vision for Somerset?", [], [], [], [], "", "", api_name="/ask")
        assert "Simon Clifford" in str(chat[-1]["content"])
    finally:
        page.close()


def test_the_api_refuses_an_unauthenticated_caller_and_accepts_an_account_or_token(settings, tmp_path):
    import base64
    import json
    import urllib.error
    import urllib.request

    from gradio_client import Client

    import app
    from cabinet.auth import add_user

    users = tmp_path / "users.txt"
    add_user(users, "officer", "council-2026")
    served = settings.model_copy(update={"auth_file": users, "port": free_port()})
    page = app.launch(served, prevent_thread_lock=True)
    base = f"http://127.0.0.1:{served.port}"
    question = json.dumps({"question": "Who is the lead officer for the New Vision for Somerset?"}).encode()

    def call(path: str, headers: dict, body: bytes | None = None):
        request = urllib.request.Request(base + path, data=body, headers={"Content-Type": "application/json", **headers})
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read())

    basic = {"Authorization": "Basic " + base64.b64encode(b"officer:council-2026").decode()}
    try:
        for path, body in (("/api/ask", question), ("/api/documents", None)):
            for headers in ({}, {"Authorization": "Bearer made-up"}, {"Authorization": "Basic " + base64.b64encode(b"officer:wrong").decode()}):
                with pytest.raises(urllib.error.HTTPError) as refused:
                    call(path, headers, body)
                assert refused.value.code == 401
        assert "Simon Clifford" in call("/api/ask", basic, question)["answer"]
        token = call("/api/token", basic, b"")["token"]
        assert call("/api/documents", {"Authorization": f"Bearer {token}"})
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises a bare ValueError/HTTP error when sign-in is required
            Client(base + "/", verbose=False).predict("Who is the lead officer?", api_name="/ask")
    finally:
        page.close()


def test_the_users_file_marks_administrators_and_keeps_them_when_a_password_changes(tmp_path):
    from cabinet.auth import add_user, administrators, read_users

    users = tmp_path / "users.txt"
    add_user(users, "clerk", "council-2026", admin=True)
    add_user(users, "officer", "council-2026")
    assert users.read_text().splitlines()[0].endswith(":admin") and administrators(users) == {"clerk"}
    add_user(users, "clerk", "a-new-password")  # a new password keeps the role
    assert administrators(users) == {"clerk"} and set(read_users(users)) == {"clerk", "officer"}
    users.write_text(users.read_text() + "guest:scrypt$1$2$3$aa$bb:owner\n")
    with pytest.raises(ConfigError, match="line 3"):
        administrators(users)


def test_only_an_administrator_may_remove_a_document_when_sign_in_is_on(settings, tmp_path):
    import shutil

    from gradio_client import Client

    import app
    from cabinet.auth import add_user
    from index.library import documents

    users = tmp_path / "users.txt"
    add_user(users, "clerk", "council-2026", admin=True)
    add_user(users, "officer", "council-2026")
    shutil.copytree(settings.store_path, tmp_path / "store")
    served = settings.model_copy(update={"auth_file": users, "port": free_port(), "data_dir": tmp_path, "store_dir": tmp_path / "store"})
    doomed = documents(served)[0]
    page = app.launch(served, prevent_thread_lock=True)
    try:
        url = f"http://127.0.0.1:{served.port}/"
        officer = Client(url, auth=("officer", "council-2026"), verbose=False)
        with pytest.raises(Exception, match="Only an administrator can remove documents"):
            officer.predict(doomed.doc_id, api_name="/remove")
        assert doomed.doc_id in {row.doc_id for row in documents(served)}
        clerk = Client(url, auth=("clerk", "council-2026"), verbose=False)
        assert clerk.predict(doomed.doc_id, api_name="/remove") == f"Removed {doomed.title} ({doomed.source})."
        assert doomed.doc_id not in {row.doc_id for row in documents(served)}
    finally:
        page.close()


def test_cabinet_user_add_makes_an_administrator_and_a_password_change_keeps_the_role(tmp_path):
    from click.testing import CliRunner

    from cabinet.auth import read_accounts
    from cabinet.cli import main

    users = tmp_path / "users.txt"
    for args in (["clerk", "--admin"], ["member"], ["clerk"]):  # the last: clerk's new password, role unchanged
        result = CliRunner().invoke(main, ["user", "add", *args, "--auth-file", str(users), "--password", "correct horse"])
        assert result.exit_code == 0, result.output
    accounts = read_accounts(users)
    assert accounts["clerk"].admin and not accounts["member"].admin
    result = CliRunner().invoke(main, ["user", "add", "clerk", "--no-admin", "--auth-file", str(users), "--password", "correct horse"])
    assert result.exit_code == 0 and not read_accounts(users)["clerk"].admin

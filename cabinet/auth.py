"""Optional sign-in for the app: a users file of `name:scrypt$...[:admin]` lines (CABINET_AUTH_FILE), never plain passwords.

A line ending `:admin` marks an administrator: only they may remove documents when sign-in is on.

Failed sign-ins lock the user name and the address they came from for a time that doubles with each further
failure (`SignInGuard`); an unknown user name costs the same scrypt work as a known one, so response times do
not tell which names exist; `SignInGate` makes every route but the sign-in page itself require a session.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from cabinet.errors import ConfigError

log = logging.getLogger(__name__)

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """An scrypt hash with its parameters and salt, for the users file."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify(password: str, stored: str) -> bool:
    """True when the password matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


@dataclass(frozen=True)
class Account:
    """One line of the users file: the password's hash and whether the user is an administrator."""

    hash: str
    admin: bool = False


def read_accounts(path: Path) -> dict[str, Account]:
    """Users and their accounts; ConfigError when the file is missing or a line is not `name:scrypt$...[:admin]`."""
    if not path.exists():
        raise ConfigError(f"users file {path} (CABINET_AUTH_FILE) does not exist; create it with `cabinet user add NAME`")
    accounts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        stored, _, role = rest.strip().partition(":")
        if not name or not stored.startswith("scrypt$") or role not in ("", "admin"):
            raise ConfigError(f"{path}, line {number}: expected `name:scrypt$...` or `name:scrypt$...:admin` "
                              "(passwords are stored hashed; use `cabinet user add`)")
        accounts[name.strip()] = Account(stored, admin=role == "admin")
    if not accounts:
        raise ConfigError(f"users file {path} has no users; add one with `cabinet user add NAME`")
    return accounts


def read_users(path: Path) -> dict[str, str]:
    """Users and their hashes (see read_accounts)."""
    return {name: account.hash for name, account in read_accounts(path).items()}


def administrators(path: Path) -> set[str]:
    """The users the file marks `:admin`."""
    return {name for name, account in read_accounts(path).items() if account.admin}


def add_user(path: Path, name: str, password: str, *, admin: bool | None = None) -> None:
    """Add or replace a user's hashed password in the users file; `admin` None keeps a known user's role."""
    if not name or ":" in name or name != name.strip():
        raise ConfigError("a user name must be non-empty, without ':' or surrounding spaces")
    if len(password) < 8:
        raise ConfigError("a password needs at least 8 characters")
    accounts = read_accounts(path) if path.exists() and path.stat().st_size else {}
    was_admin = accounts[name].admin if name in accounts else False
    accounts[name] = Account(hash_password(password), admin=was_admin if admin is None else admin)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{user}:{account.hash}{':admin' if account.admin else ''}\n" for user, account in accounts.items()),
                    encoding="utf-8")
    path.chmod(0o600)


def checker(path: Path) -> Callable[[str, str], bool]:
    """The `auth` callable for Gradio's launch: users are read once, at start-up; an unknown name is checked against a dummy hash."""
    users = read_users(path)
    dummy = hash_password(os.urandom(16).hex())  # same parameters as `cabinet user add`, so the same work

    def check(name: str, password: str) -> bool:
        stored = users.get(name)
        matched = verify(password, stored or dummy)
        return stored is not None and matched

    return check


@dataclass
class _Failures:
    """Failed sign-ins of one user name or one address."""

    count: int = 0
    locked_until: float = 0.0
    last: float = 0.0


class SignInGuard:
    """Back-off after failed sign-ins: past `free` failures a user name (or `free_address` an address) is locked, 1 s, 2 s, 4 s… up to `max_lock`.

    An attempt while locked is refused unchecked and counts as one more failure, so a guesser that keeps trying
    stays locked; a success clears the user's and the address's count.
    """

    def __init__(self, *, free: int = 5, free_address: int = 20, max_lock: float = 900.0, forget_after: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free, self.free_address, self.max_lock, self.forget_after, self.clock = free, free_address, max_lock, forget_after, clock
        self._users: dict[str, _Failures] = {}
        self._addresses: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def wait(self, user: str, address: str) -> float:
        """Seconds until this user name from this address may try again (0: now)."""
        now = self.clock()
        with self._lock:
            found = [table.get(key) for table, key in ((self._users, user), (self._addresses, address))]
            return max([f.locked_until - now for f in found if f] + [0.0])

    def failed(self, user: str, address: str, *, refused: bool = False) -> float:
        """Count a failure (a wrong password, or an attempt refused while locked), log it, and return the lock it leads to."""
        now = self.clock()
        with self._lock:
            self._forget(now)
            for table, key, free in ((self._users, user, self.free), (self._addresses, address, self.free_address)):
                record = table.setdefault(key, _Failures())
                record.count += 1
                record.last = now
                if record.count > free:
                    record.locked_until = max(record.locked_until, now + min(self.max_lock, 2.0 ** (record.count - free - 1)))
            lock = max(0.0, max(self._users[user].locked_until, self._addresses[address].locked_until) - now)
        log.warning("failed sign-in for user %r from %s (%s)%s", user, address, "refused while locked" if refused else "wrong name or password",
                    f"; locked for {lock:.0f} s" if lock else "")
        return lock

    def succeeded(self, user: str, address: str) -> None:
        """A right password: forget this user's and address's failures."""
        with self._lock:
            self._users.pop(user, None)
            self._addresses.pop(address, None)

    def _forget(self, now: float) -> None:
        """Drop records idle for `forget_after` whose lock has passed, so guessed names cannot grow memory without end."""
        for table in (self._users, self._addresses):
            if len(table) > 1000:
                for key in [key for key, f in table.items() if f.locked_until < now and now - f.last > self.forget_after]:
                    del table[key]


# Routes the sign-in page itself needs: the page, its scripts and styles, and the sign-in and sign-out calls.
PUBLIC_PATHS = frozenset({"/", "/login", "/login/", "/logout", "/favicon.ico", "/robots.txt", "/manifest.json", "/theme.css",
                          "/gradio_api/theme.css", "/gradio_api/startup-events"})  # the last: launch calls it to start the queue
# /api/ checks its own sign-in (Basic, a bearer token or the page's cookie) and answers 401 itself.
PUBLIC_PREFIXES = ("/assets/", "/svelte/", "/static/", "/pwa_icon", "/api/")


class SignInGate:
    """ASGI middleware for a Gradio app with sign-in: the back-off on /login, and a session required on every other route."""

    def __init__(self, app, guard: SignInGuard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path in ("/login", "/login/") and scope.get("method") == "POST":
            return await self._login(scope, receive, send)
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES) or self._signed_in(scope):
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        await _reply(send, 401, {"detail": "Not authenticated: sign in first."})

    def _signed_in(self, scope) -> bool:
        gradio = scope.get("app")
        tokens, cookie = getattr(gradio, "tokens", None), getattr(gradio, "cookie_id", None)
        if tokens is None:
            return False
        from http.cookies import SimpleCookie

        jar = SimpleCookie()
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                try:
                    jar.load(value.decode("latin-1"))
                except Exception:  # a malformed cookie header signs no one in
                    return False
        return any(key in jar and jar[key].value in tokens for key in (f"access-token-{cookie}", f"access-token-unsecure-{cookie}"))

    async def _login(self, scope, receive, send) -> None:
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        user = _form_user(scope, body)
        address = (scope.get("client") or ("unknown",))[0]
        wait = self.guard.wait(user, address)
        if wait > 0:
            lock = self.guard.failed(user, address, refused=True)
            return await _reply(send, 429, {"detail": f"Too many failed sign-ins: try again in {max(wait, lock):.0f} s."},
                                [(b"retry-after", str(int(max(wait, lock)) + 1).encode())])
        status: list[int] = []

        async def replay():
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, replay, watch)
        if status and status[0] == 200:
            self.guard.succeeded(user, address)
        else:
            self.guard.failed(user, address)


def _form_user(scope, body: bytes) -> str:
    """The user name of a sign-in form (URL-encoded, or multipart as the browser sends it)."""
    content_type = dict(scope.get("headers", [])).get(b"content-type", b"").decode("latin-1")
    if content_type.startswith("multipart/form-data"):
        from email.parser import BytesParser
        from email.policy import HTTP

        message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
        for part in message.iter_parts() if message.is_multipart() else []:
            if part.get_param("name", header="content-disposition") == "username":
                return str(part.get_content()).strip()[:200]
        return ""
    return (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0].strip()[:200]


async def _reply(send, status: int, content: dict, headers: list | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json")] + (headers or [])})
    await send({"type": "http.response.body", "body": json.dumps(content).encode()})

"""Optional sign-in for the app: a users file of `name:scrypt$...` lines (CABINET_AUTH_FILE), never plain passwords."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from pathlib import Path

from cabinet.errors import ConfigError

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


def read_users(path: Path) -> dict[str, str]:
    """Users and their hashes; ConfigError when the file is missing or a line is not `name:scrypt$...`."""
    if not path.exists():
        raise ConfigError(f"users file {path} (CABINET_AUTH_FILE) does not exist; create it with `cabinet user add NAME`")
    users = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, stored = line.partition(":")
        if not name or not stored.startswith("scrypt$"):
            raise ConfigError(f"{path}, line {number}: expected `name:scrypt$...` (passwords are stored hashed; use `cabinet user add`)")
        users[name.strip()] = stored.strip()
    if not users:
        raise ConfigError(f"users file {path} has no users; add one with `cabinet user add NAME`")
    return users


def add_user(path: Path, name: str, password: str) -> None:
    """Add or replace a user's hashed password in the users file."""
    if not name or ":" in name or name != name.strip():
        raise ConfigError("a user name must be non-empty, without ':' or surrounding spaces")
    if len(password) < 8:
        raise ConfigError("a password needs at least 8 characters")
    users = read_users(path) if path.exists() and path.stat().st_size else {}
    users[name] = hash_password(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{user}:{stored}\n" for user, stored in users.items()), encoding="utf-8")
    path.chmod(0o600)


def checker(path: Path) -> Callable[[str, str], bool]:
    """The `auth` callable for Gradio's launch: users are read once, at start-up."""
    users = read_users(path)
    return lambda name, password: name in users and verify(password, users[name])

"""Passphrases of encrypted databases kept in the operating system's keyring, if wanted.

Team server passwords are kept the same way, per server address and login.

Through the ``keyring`` library: the Windows Credential Locker, the macOS Keychain, or the
Secret Service of a Linux desktop. ``keyring`` is optional (on Linux it is the ``keyring``
extra); without it, or without a keyring that works (a server, a bare Linux), nothing is
remembered and the passphrase is asked each time — :func:`available` says which. An entry
is made per database file (its full path), only when the user asks for it.
"""

from __future__ import annotations

from pathlib import Path

SERVICE = "desktop-crm"


def _keyring():  # -> the keyring module, or None when it is not installed
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def available() -> bool:
    """Whether a keyring that can keep passphrases works on this computer."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        backend = keyring.get_keyring()
        return backend.priority > 0  # the "fail" and "null" backends keep nothing
    except Exception:  # noqa: BLE001 - a broken keyring configuration: as if none
        return False


def stored(db_path: Path) -> str | None:
    """The passphrase remembered for ``db_path``, or None."""
    return _get(SERVICE, _account(db_path))


def remember(db_path: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` for ``db_path``; False when the keyring refused."""
    return _set(SERVICE, _account(db_path), passphrase)


def forget(db_path: Path) -> None:
    """Remove what was kept for ``db_path`` (a file no longer encrypted, a wrong entry)."""
    _delete(SERVICE, _account(db_path))


def _account(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


# Team server passwords, one entry per server address (which names the login too), kept
# only when the user says yes at `desktop-crm connect`.
SERVER_SERVICE = "desktop-crm team server"


def server_password(address: str) -> str | None:
    return _get(SERVER_SERVICE, address)


def remember_server_password(address: str, password: str) -> bool:
    return _set(SERVER_SERVICE, address, password)


def forget_server_password(address: str) -> None:
    _delete(SERVER_SERVICE, address)


def _get(service: str, account: str) -> str | None:
    if not available():
        return None
    try:
        return _keyring().get_password(service, account)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return None


def _set(service: str, account: str, secret: str) -> bool:
    if not available():
        return False
    try:
        _keyring().set_password(service, account, secret)
    except Exception:  # noqa: BLE001
        return False
    return True


def _delete(service: str, account: str) -> None:
    if not available():
        return
    try:
        _keyring().delete_password(service, account)
    except Exception:  # noqa: BLE001 - nothing was kept, or the keyring is locked
        pass

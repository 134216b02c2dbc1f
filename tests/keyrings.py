"""A keyring backend that keeps passphrases in memory, for tests: the computers the tests
run on have no OS keyring (no desktop Secret Service), and ``keyring``'s own API is how a
backend is chosen (``set_keyring``).

``keyring`` considers every subclass of its backend class when it first picks one, so the
class is made inside the fixture, after that first pick: a test without the fixture sees
this computer's own (absent) keyring.
"""

from __future__ import annotations

import keyring
import pytest


def _memory_backend():
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.kept.pop((service, username), None) is None:
                raise PasswordDeleteError("not kept")

    return MemoryKeyring()


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()  # this computer's pick, made before our class exists
    backend = _memory_backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)

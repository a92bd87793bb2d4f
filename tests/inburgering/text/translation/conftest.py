"""Translation tests: tiny real models (tests/translation_models.py), and no network at all."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from inburgering.text.translation import MachineTranslator
from tests.translation_models import Mirror, build_all, install_test_models, models_cache


class NetworkUsed(OSError):
    """Raised (and recorded) when code under test tries to reach the network.

    An OSError, as a real failed connection or name lookup is, so code sees what it would offline.
    """


@pytest.fixture(autouse=True)
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No network in these tests: every connection or name lookup is recorded and refused.

    Recorded as well as raised, so an attempt that a library catches and hides still fails the test.
    """
    attempts: list[str] = []

    def refuse(what: str, address_at: int):
        def blocked(*args, **kwargs):
            attempts.append(f"{what} {args[address_at]!r}")
            raise NetworkUsed(f"network use in an offline test: {attempts[-1]}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect", 1))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex", 1))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo", 0))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection", 0))
    yield attempts
    assert attempts == [], f"tried to use the network: {attempts}"


@pytest.fixture(scope="session")
def built_models(request: pytest.FixtureRequest) -> tuple[dict[str, Path], dict[str, Path]]:
    """The Argos phrasebook packages and the tiny Marian directories, built once (cached)."""
    return build_all(models_cache(request))


@pytest.fixture
def mirror(built_models, tmp_path: Path) -> Mirror:
    """A fresh local copy of the Argos index and Hugging Face with the tiny models."""
    return Mirror(tmp_path / "mirror", *built_models)


@pytest.fixture(scope="session")
def packages_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All six steps installed through the real installer (shared: tests must not change it)."""
    return install_test_models(request, tmp_path_factory.mktemp("translation") / "models")


@pytest.fixture
def translator(packages_dir: Path) -> MachineTranslator:
    return MachineTranslator(packages_dir)

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Programs the tests start (`python -m desktop_crm`, scripts) run this checkout's code, even
# when the environment's editable install points at another checkout of the project.
_CHECKOUT = str(Path(__file__).resolve().parent.parent)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_CHECKOUT, os.environ.get("PYTHONPATH", "")) if p)

from desktop_crm.domain.contacts import ContactService  # noqa: E402
from desktop_crm.domain.customers import CustomerService  # noqa: E402
from desktop_crm.domain.interactions import InteractionService  # noqa: E402
from desktop_crm.storage.db import Store, open_database  # noqa: E402
from tests.teams import pg_cluster, team, team_db  # noqa: E402,F401 - one cluster for all


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch) -> Path:
    """The data folder (where automatic backups go) of each test is its own, never the real
    user's: platformdirs reads XDG_DATA_HOME, and processes the test starts inherit it."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def cli(db_path, capsys):
    """Run ``desktop-crm --db db_path --lang en ARGS...``: (exit code, stdout, stderr);
    ``lang="zh"`` for Chinese labels and messages (tests/test_cli_language.py runs the CLI in
    a Chinese locale)."""
    from desktop_crm.cli import main

    def run(*args: str, lang: str = "en") -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "--lang", lang, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def store(db_path: Path):
    s = open_database(db_path)
    yield s
    s.close()


@pytest.fixture
def customers(store: Store) -> CustomerService:
    return CustomerService(store, actor="测试员")


@pytest.fixture
def contacts(store: Store) -> ContactService:
    return ContactService(store, actor="测试员")


@pytest.fixture
def visits(store: Store) -> InteractionService:
    return InteractionService(store, actor="测试员")


@pytest.fixture
def mingjia(customers: CustomerService, contacts: ContactService) -> int:
    """The outlet of the source's sample plan (篇4), with its owner as a contact."""
    cid = customers.create(
        {
            "code": "420381104741", "name": "明佳烟酒", "business_format": "烟酒店",
            "address": "文博路18号", "area": "文博路商圈", "phone": "0710-3212345",
            "tags": "重点户, 诚信户", "notes": "店主人缘好",
        }
    )
    contacts.create(cid, {"name": "李娟", "role": "owner", "mobile": "139 1234 8866"})
    return cid


@pytest.fixture(params=["in line", "second process"])
def preparing(request, monkeypatch) -> str:
    """Run an import test both ways rows are prepared: in line, and in the second process
    big files use (from PARALLEL_ROWS rows)."""
    from desktop_crm.domain.importing import prepare

    if request.param == "second process":
        monkeypatch.setattr(prepare, "PARALLEL_ROWS", 1)
    return request.param


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """Make a folder, let the test fill it (call the returned function with a filler), then
    make it truly read-only: a read-only tmpfs mount when we are root (CI is, and root may
    write anywhere chmod forbids), else chmod. Yields the folder-making function."""
    import subprocess

    mounted: list[Path] = []
    chmodded: list[Path] = []

    def make(fill) -> Path:
        folder = tmp_path / f"read-only-{len(mounted) + len(chmodded)}"
        folder.mkdir()
        if os.geteuid() == 0:
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], check=True)
            mounted.append(folder)
            fill(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            fill(folder)
            for path in (*folder.iterdir(), folder):
                path.chmod(0o555 if path.is_dir() else 0o444)
            chmodded.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    for folder in chmodded:
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)

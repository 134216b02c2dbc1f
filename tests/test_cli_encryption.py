"""The commands on an encrypted database: the passphrase from DESKTOP_CRM_PASSPHRASE (or the
keyring), nothing readable in the file or its backups, one sentence when it is missing or
wrong; ``encrypt`` and ``decrypt``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop_crm import keychain
from desktop_crm.cli.passphrase import PASSPHRASE_ENV
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import PLAIN_HEADER, is_encrypted
from tests.keyrings import memory_keyring  # noqa: F401 - a fixture
# Every test of these modules runs again below, on an encrypted database.
from tests.test_cli import (
    test_add_show_search_edit, test_backup_restore_and_check, test_not_found_exit_code,
    test_trash_cycle, test_validation_error_exit_code_and_message,
)
from tests.test_import_cli import (
    gbk_file, test_export_commands, test_export_of_a_saved_filter,
    test_import_dry_run_then_real_then_revert, test_import_errors_are_one_sentence,
    test_import_members_bringing_their_customers,
)
from tests.test_plan_cli import (
    test_card_print_and_mistakes, test_plan_print_all_with_a_filter,
    test_plan_print_one_customer, two_plans,
)

KEY = "correct horse battery"
MOBILE = b"13912348866"

REUSED = (
    test_add_show_search_edit, test_backup_restore_and_check, test_not_found_exit_code,
    test_trash_cycle, test_validation_error_exit_code_and_message, test_export_commands,
    test_export_of_a_saved_filter, test_import_dry_run_then_real_then_revert,
    test_import_errors_are_one_sentence, test_import_members_bringing_their_customers,
    test_card_print_and_mistakes, test_plan_print_all_with_a_filter, test_plan_print_one_customer,
    gbk_file, two_plans,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def encrypted_db(db_path, monkeypatch):
    """The test database, made empty and encrypted first; the passphrase in the environment
    as a script gives it. Afterwards the database is still encrypted, and neither it nor any
    backup beside it holds a mobile number in clear."""
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)
    open_database(db_path, passphrase=KEY).close()
    yield db_path
    assert is_encrypted(db_path)
    databases = [p for p in db_path.parent.rglob("*.sqlite3*") if p.is_file()]
    assert [p.name for p in databases if MOBILE in p.read_bytes()] == []


@pytest.fixture
def store(encrypted_db):
    s = open_database(encrypted_db, passphrase=KEY)
    yield s
    s.close()


def cli_with(capsys, *args: str) -> tuple[int, str, str]:
    from desktop_crm.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(store) -> Path:
    customers = CustomerService(store, actor="测试员")
    cid = customers.create({"code": "420381104741", "name": "明佳烟酒", "phone": "0710-3212345"})
    ContactService(store, actor="测试员").create(cid, {"name": "李娟", "mobile": "139 1234 8866"})
    InteractionService(store, actor="测试员").log_visit(cid, {"occurred_at": "2026-01-05", "channel": "visit"})
    return store.path


@pytest.mark.parametrize("command, expected", [
    (["add", "code=A9", "name=鑫源超市"], "A9"),
    (["search", "明佳烟", "--json"], "明佳烟酒"),
    (["show", "420381104741"], "李娟"),
    (["check"], ": ok"),
    (["export", "customers", "{tmp}/out.csv"], "1 "),
    (["backup", "{tmp}/backups"], "backup written"),
    (["agenda"], ""),
    (["reindex"], "1 customers"),
])
def test_commands_on_an_encrypted_file(cli, shop, tmp_path, command, expected) -> None:
    code, out, err = cli(*[part.replace("{tmp}", str(tmp_path)) for part in command])
    assert (code, err) == (0, "") and expected in out


def test_import_into_an_encrypted_file(cli, shop, tmp_path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("客户代码,店铺名称,联系电话\nB1,鑫源超市,13800001111\n", encoding="utf-8")
    code, out, _ = cli("import", str(source), "--key", "客户代码")
    assert code == 0 and "1 created" in out
    assert json.loads(cli("search", "鑫源", "--json")[1])[0]["code"] == "B1"
    assert b"13800001111" not in shop.read_bytes()


def test_restore_and_recover_of_encrypted_files(cli, store, shop, tmp_path) -> None:
    store.close()  # a restore waits for every other connection to close
    cli("backup", str(tmp_path / "backups"))
    saved = next((tmp_path / "backups").iterdir())
    assert is_encrypted(saved)
    cli("add", "code=A9", "name=鑫源超市")
    code, out, err = cli("restore", str(saved))
    assert code == 0 and "kept as" in out, err
    assert "鑫源超市" not in cli("search", "鑫源")[1]
    code, out, _ = cli("backups")
    assert code == 0 and "restore" in out and "unreadable" not in out  # counted with the key
    code, out, err = cli("recover", str(shop), str(tmp_path / "rescued.sqlite3"))
    assert code == 0 and "everything" in out, err
    assert is_encrypted(tmp_path / "rescued.sqlite3")


def test_a_wrong_or_missing_passphrase_is_one_sentence_and_changes_nothing(
        cli, shop, monkeypatch) -> None:
    before = digest(shop)
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    code, out, err = cli("add", "name=鑫源超市")
    assert code == 1 and out == ""
    assert err.startswith("desktop-crm: The passphrase is wrong; crm.sqlite3 was not changed")
    assert err.count("\n") == 1
    monkeypatch.delenv(PASSPHRASE_ENV)
    code, out, err = cli("search", "明佳")  # no terminal under pytest: nobody to ask
    assert code == 1 and f"set {PASSPHRASE_ENV}" in err and err.count("\n") == 1
    assert digest(shop) == before


def test_the_keyring_gives_the_passphrase_when_the_environment_does_not(
        cli, shop, monkeypatch, memory_keyring) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert keychain.available() and keychain.remember(shop, KEY)
    code, out, _ = cli("show", "420381104741")
    assert code == 0 and "明佳烟酒" in out


def test_decrypt_then_encrypt_again(cli, store, shop, tmp_path, capsys, monkeypatch) -> None:
    code, out, err = cli("decrypt")
    assert code == 1 and "in use by another" in err  # our own store still has it open
    assert is_encrypted(shop)
    store.close()
    code, out, err = cli("decrypt")
    assert code == 0 and "no longer encrypted" in out, err
    assert shop.read_bytes()[:16] == PLAIN_HEADER
    kept = Path(out.rsplit(" ", 1)[1].strip())
    assert is_encrypted(kept) and MOBILE not in kept.read_bytes()  # the copy made before
    assert cli("decrypt")[2].endswith("is not encrypted.\n")

    monkeypatch.setenv(PASSPHRASE_ENV, "another passphrase")
    code, out, err = cli("encrypt")
    assert code == 0 and "cannot be recovered" in out, err
    assert is_encrypted(shop)
    shown = cli("show", "420381104741")[1]
    assert "李娟" in shown and "13912348866" in shown  # the same dossier, readable with the new passphrase
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)
    assert cli("show", "420381104741")[0] == 1  # the old passphrase no longer opens it
    monkeypatch.setenv(PASSPHRASE_ENV, "another passphrase")
    code, _, err = cli_with(capsys, "--db", str(shop), "encrypt")
    assert code == 1 and "already encrypted" in err
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)  # for the check at the end


def test_encrypt_refuses_a_short_passphrase_and_can_keep_the_plain_file(
        cli, tmp_path, monkeypatch, capsys) -> None:
    plain = tmp_path / "plain.sqlite3"
    assert cli_with(capsys, "--db", str(plain), "add", "name=明佳烟酒", "phone=0710-3212345")[0] == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    code, _, err = cli_with(capsys, "--db", str(plain), "encrypt")
    assert code == 1 and "at least 8 characters" in err and not is_encrypted(plain)
    monkeypatch.setenv(PASSPHRASE_ENV, KEY)
    code, out, _ = cli_with(capsys, "--db", str(plain), "encrypt", "--keep-plaintext")
    assert code == 0 and is_encrypted(plain)
    kept = next(p for p in tmp_path.iterdir() if ".plain-" in p.name)
    assert kept.read_bytes()[:16] == PLAIN_HEADER and str(kept) in out
    kept.unlink()


def test_encrypt_can_wipe_the_earlier_plain_backups(tmp_path, monkeypatch, capsys) -> None:
    from desktop_crm.storage import autobackup

    plain = tmp_path / "plain.sqlite3"
    cli_with(capsys, "--db", str(plain), "add", "name=明佳烟酒", "phone=13912348866")
    cli_with(capsys, "--db", str(plain), "backup")  # into its backup folder, unencrypted
    earlier = [b.path for b in autobackup.listing(plain)]
    assert earlier and MOBILE in earlier[0].read_bytes()
    code, out, _ = cli_with(capsys, "--db", str(plain), "encrypt", "--wipe-plain-backups")
    assert code == 0 and "1 earlier unencrypted backups were overwritten and removed" in out
    assert not any(p.exists() for p in earlier)

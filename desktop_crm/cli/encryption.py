"""``desktop-crm encrypt`` and ``desktop-crm decrypt``: a passphrase on the database file."""

from __future__ import annotations

import argparse

from desktop_crm import keychain
from desktop_crm.cli.common import open_store
from desktop_crm.cli.passphrase import PASSPHRASE_ENV, new_passphrase
from desktop_crm.cli.words import _
from desktop_crm.storage import autobackup, encryption


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "encrypt",
        help=_("encrypt the database with a passphrase (from ${env}, else asked twice)").format(
            env=PASSPHRASE_ENV),
        description=_("Encrypt the database file with a passphrase. Without the passphrase "
                      "nobody can open the file or its backups — not even you: it cannot be recovered."),
    )
    p.add_argument("--keep-plaintext", action="store_true",
                   help=_("keep the unencrypted file beside it instead of overwriting and "
                          "removing it"))
    p.add_argument("--wipe-plain-backups", action="store_true",
                   help=_("also overwrite and remove its earlier, unencrypted automatic backups"))
    p.set_defaults(run=cmd_encrypt)

    p = sub.add_parser("decrypt", help=_("remove the encryption of the database"))
    p.set_defaults(run=cmd_decrypt)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        if store.passphrase is not None:
            raise CommandError(_("{name} is already encrypted.").format(name=store.path.name), code=1)
        passphrase = new_passphrase(store.path)
        converted = encryption.convert(store, passphrase)
    kept = encryption.swap_in(converted, keep_old=args.keep_plaintext)
    keychain.forget(converted.source)  # a stale entry from an earlier encryption
    print(_("{path} is encrypted. Keep the passphrase safe: without it nobody can "
            "open the file or its backups, and it cannot be recovered.").format(path=converted.source))
    if kept is not None:
        print(_("the unencrypted file was kept as {path}; delete it once you no longer need it").format(path=kept))
    plain = encryption.plain_backups(converted.source)
    if plain and args.wipe_plain_backups:
        for path in plain:
            encryption.wipe(path)
        print(_("{n} earlier unencrypted backups were overwritten and removed").format(n=len(plain)))
    elif plain:
        print(_("{n} earlier backups of this file are not encrypted (in {folder}, listed by "
                "`desktop-crm backups`); delete them if they must not be read").format(
                    n=len(plain), folder=plain[0].parent))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        if store.passphrase is None:
            raise CommandError(_("{name} is not encrypted.").format(name=store.path.name), code=1)
        saved = autobackup.before(store, "decrypt")  # encrypted, like the file
        converted = encryption.convert(store, None)
    encryption.swap_in(converted)
    keychain.forget(converted.source)
    print(_("{path} is no longer encrypted; the encrypted copy made before is {saved}").format(
        path=converted.source, saved=saved))
    return 0

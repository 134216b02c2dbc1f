"""The team server's sentences (``ServerError``, in English from the sync layer) in the
interface's language: each known sentence is recognised by its beginning, so the app can say
it in Chinese in the app's own words; any other is said as the command line says it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_crm.sync import Sentence


def offline(error: BaseException) -> bool:
    """Whether the error means the server cannot be reached (the status bar says offline)."""
    text = str(error)
    return text.startswith("Could not reach the team server") or (
        text.startswith("The connection to the team server was lost"))


def say(error: BaseException) -> str:
    """One sentence for the user, in the interface's language."""
    text = str(error)
    versions = [int(a or b) for a, b in re.findall(r"version (\d+)|\((\d+)\)", text)]
    if "SSL was required" in text or "does not support SSL" in text:
        return QCoreApplication.translate("TeamServer", "The address asks for an encrypted connection (TLS), which the team server "
                   "does not offer: ask your administrator.")
    if "no encryption" in text or ("SSL" in text and "pg_hba" in text):
        return QCoreApplication.translate("TeamServer", "The team server accepts only encrypted connections (TLS): add "
                   "?sslmode=require to the address, or ask your administrator.")
    if text.startswith("The team server asks for a password"):
        return QCoreApplication.translate("TeamServer", "The team server asks for a password: type it.")
    if text.startswith("The server refused the login or password"):
        return QCoreApplication.translate("TeamServer", "The server refused the login or password; check them with your "
                   "administrator.")
    if text.startswith("The team database does not exist"):
        return QCoreApplication.translate("TeamServer", "That server has no such team database: check the address.")
    if text.startswith("Could not reach the team server"):
        return QCoreApplication.translate("TeamServer", "Could not reach the team server; check the address and your network, "
                   "then try again.")
    if text.startswith("The server address is not valid"):
        return QCoreApplication.translate("TeamServer", "The server address is not valid: write it as postgresql://host/database.")
    if "newer than this app knows" in text and len(versions) >= 2:
        return QCoreApplication.translate("TeamServer", "The team server was set up by a newer desktop-crm (schema version %1; this "
                   "app knows %2): install the newer desktop-crm your team uses."
                   ).replace("%1", str(versions[0])).replace("%2", str(versions[1]))
    if "older than this app needs" in text and len(versions) >= 2:
        return QCoreApplication.translate("TeamServer", "The team server's schema (version %1) is older than this app needs (%2): "
                   "ask your administrator to upgrade the server.").replace(
            "%1", str(versions[0])).replace("%2", str(versions[1]))
    if text.startswith("That database is not a desktop-crm team server"):
        return QCoreApplication.translate("TeamServer", "That database is not a team server yet: ask your administrator to set "
                   "it up.")
    if "signs in but is not a member of this team" in text:
        return QCoreApplication.translate("TeamServer", "%1 signs in but is not a member of this team: ask your administrator to "
                   "add the login.").replace("%1", text.split(" ", 1)[0])
    if text.startswith("Other laptops kept changing the same records"):
        return QCoreApplication.translate("TeamServer", "Other laptops kept changing the same records; nothing was lost: sync again "
                   "in a moment.")
    if text.startswith("The team server refused a change this login may not make"):
        return QCoreApplication.translate("TeamServer", "The team server refused a change your login may not make; ask your "
                   "administrator.")
    if text.startswith("The connection to the team server was lost"):
        return QCoreApplication.translate("TeamServer", "The connection to the team server was lost during the sync; nothing was "
                   "half-done: it will sync again.")
    return _as_the_command_line_says(error, text)


def _as_the_command_line_says(error: BaseException, text: str) -> str:
    """Any other sentence of the sync layer in the command line's words for it (its Chinese
    is in cli/zh_cn.py, keyed by the sentence's template)."""
    sentence = getattr(error, "sentence", None)
    if not isinstance(sentence, Sentence) or QLocale().language() != QLocale.Language.Chinese:
        return text
    from desktop_crm.cli.zh_cn import WORDS

    chinese = WORDS.get(sentence.text)
    return chinese.format(**sentence.fields) if chinese else text

"""The team server's sentences (``ServerError``, in English from the sync layer) in the
interface's language. Each sentence keeps its template (:class:`~desktop_crm.sync.Sentence`):
the app says the ones in :data:`APP_WORDS` in its own words (no commands to type, translated
with Qt), any other one as the command line says it (its Chinese in cli/zh_cn_team.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP

from desktop_crm.sync import Sentence

# sync-layer template -> (the app's words with %1, %2…, the template's fields that fill them)
APP_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "The address asks for an encrypted connection (TLS), which the team server does not offer: "
    "ask your administrator ({first}).": (QT_TRANSLATE_NOOP(
        "TeamServer", "The address asks for an encrypted connection (TLS), which the team server "
        "does not offer: ask your administrator."), ()),
    "The team server accepts only encrypted connections (TLS): add ?sslmode=require to the "
    "address ({first}).": (QT_TRANSLATE_NOOP(
        "TeamServer", "The team server accepts only encrypted connections (TLS): add "
        "?sslmode=require to the address, or ask your administrator."), ()),
    "The team server asks for a password and none was given: run the command on a terminal, or "
    "set PGPASSWORD, or keep the password in ~/.pgpass.": (QT_TRANSLATE_NOOP(
        "TeamServer", "The team server asks for a password: type it."), ()),
    "The server refused the login or password; check them with your administrator.": (
        QT_TRANSLATE_NOOP("TeamServer", "The server refused the login or password; check them "
                          "with your administrator."), ()),
    "The team database does not exist on that server ({first}).": (QT_TRANSLATE_NOOP(
        "TeamServer", "That server has no such team database: check the address."), ()),
    "Could not reach the team server; check the address and your network, then try again "
    "({first}).": (QT_TRANSLATE_NOOP(
        "TeamServer", "Could not reach the team server; check the address and your network, "
        "then try again."), ()),
    "The server address is not valid: {error}": (QT_TRANSLATE_NOOP(
        "TeamServer", "The server address is not valid: write it as postgresql://host/database."),
        ()),
    "The team server's schema is version {version}, newer than this app knows ({app}): install "
    "the newer desktop-crm your team uses.": (QT_TRANSLATE_NOOP(
        "TeamServer", "The team server was set up by a newer desktop-crm (schema version %1; "
        "this app knows %2): install the newer desktop-crm your team uses."), ("version", "app")),
    "The team server's schema is version {version}, older than this app needs ({app}): ask your "
    "administrator to run `desktop-crm server upgrade`.": (QT_TRANSLATE_NOOP(
        "TeamServer", "The team server's schema (version %1) is older than this app needs (%2): "
        "ask your administrator to upgrade the server."), ("version", "app")),
    "That database is not a desktop-crm team server: ask your administrator to run "
    "`desktop-crm server init` on it.": (QT_TRANSLATE_NOOP(
        "TeamServer", "That database is not a team server yet: ask your administrator to set it "
        "up."), ()),
    "{login} signs in but is not a member of this team: ask your administrator to add the login "
    "with `desktop-crm server add-user`.": (QT_TRANSLATE_NOOP(
        "TeamServer", "%1 signs in but is not a member of this team: ask your administrator to "
        "add the login."), ("login",)),
    "Other laptops kept changing the same records; nothing was lost: sync again in a moment.": (
        QT_TRANSLATE_NOOP("TeamServer", "Other laptops kept changing the same records; nothing "
                          "was lost: sync again in a moment."), ()),
    "The team server refused a change this login may not make ({error}); ask your "
    "administrator.": (QT_TRANSLATE_NOOP(
        "TeamServer", "The team server refused a change your login may not make; ask your "
        "administrator."), ()),
    "The connection to the team server was lost during the sync ({first}); nothing was "
    "half-done on either side: sync again.": (QT_TRANSLATE_NOOP(
        "TeamServer", "The connection to the team server was lost during the sync; nothing was "
        "half-done: it will sync again."), ()),
}

# Sentences that mean the server cannot be reached now: the status bar says "offline".
OFFLINE = (
    "Could not reach the team server; check the address and your network, then try again "
    "({first}).",
    "The connection to the team server was lost during the sync ({first}); nothing was "
    "half-done on either side: sync again.",
)


def _sentence(error: BaseException) -> Sentence | None:
    sentence = getattr(error, "sentence", None)
    return sentence if isinstance(sentence, Sentence) else None


def offline(error: BaseException) -> bool:
    """Whether the error means the server cannot be reached (the status bar says offline)."""
    sentence = _sentence(error)
    return sentence is not None and sentence.text in OFFLINE


def say(error: BaseException) -> str:
    """One sentence for the user, in the interface's language."""
    sentence = _sentence(error)
    if sentence is None:
        return str(error)
    if sentence.text in APP_WORDS:
        words, fields = APP_WORDS[sentence.text]
        said = QCoreApplication.translate("TeamServer", words)
        for n, name in enumerate(fields, 1):
            said = said.replace(f"%{n}", str(sentence.fields[name]))
        return said
    if QLocale().language() != QLocale.Language.Chinese:
        return str(sentence)
    from desktop_crm.cli.zh_cn import WORDS

    chinese = WORDS.get(sentence.text)
    return chinese.format(**sentence.fields) if chinese else str(sentence)

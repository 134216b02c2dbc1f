"""Start-up and the life of an open database: language, fonts, first start, the file lock,
switching files, backup and restore from the File menu, and the automatic backups of the
day and of closing after changes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_crm import paths
from desktop_crm.domain import staff
from desktop_crm.domain.team_rights import may_see_resident_ids
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.storage import autobackup
from desktop_crm.storage import backup as backups
from desktop_crm.storage.db import DAMAGED, Store
from desktop_crm.storage.errors import DamagedError, DatabaseBusyError, StorageError
from desktop_crm.storage.location import check_place
from desktop_crm.storage.lock import InstanceLock
from desktop_crm.storage.recover import Rescue, recover
from desktop_crm.ui import encryption, failures, fonts, single_instance
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.settings import AppSettings, SettingsDialog
from desktop_crm.ui.tasks import TaskRunner, run_blocking

DB_FILTER = "desktop-crm database (*.sqlite3 *.db);;All files (*)"

# Qt 6's file dialog labels its fields "&Look in:" and "Files of &type:", which qtbase_zh_CN
# lacks (it has them without the "&"): our translation carries them, and our translator
# answers where Qt's has nothing.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (standard buttons, dialogs) for ``language``."""
    ours = str(paths.resource("translations"))
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "zh":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        files = (("desktop_crm_zh_CN", ours), ("qtbase_zh_CN", qt))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        files = (("desktop_crm_en", ours),)  # plural forms only
    translators = []
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


class App(QObject):
    """Owns the open database (its lock, connection, worker) and the main window."""

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__()
        self.qapp = app
        self.settings = settings
        self.window = None
        self.store: Store | None = None
        self.lock: InstanceLock | None = None
        self.tasks: TaskRunner | None = None
        self.watch: autobackup.ChangeWatch | None = None  # anything written since opening?
        self.instance_server: single_instance.InstanceServer | None = None
        self.handed_over = False  # a window that already had the file was brought forward
        self._switching = False  # closing a window to open another file: do not quit
        app.setQuitOnLastWindowClosed(False)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS hands a double-clicked file to the running app as an event, not argv."""
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)

    # --- opening and closing ------------------------------------------------------------------

    def open(self, path: Path, parent: QWidget | None = None,
             passphrase: str | None = None) -> bool:
        """Open ``path`` in a new main window, closing the current one; False if refused.

        A file another window of ours has open brings that window to the front instead
        (``handed_over`` is then set); any other refusal is one sentence in a message box.
        """
        try:
            store, lock = open_for_window(path, passphrase, parent or self.window)
        except Cancelled:  # the passphrase of an encrypted file was not given
            return False
        except DatabaseBusyError as exc:
            if single_instance.hand_over(Path(path).expanduser().resolve()):
                self.handed_over = True
                return False
            QMessageBox.critical(parent or self.window, self.tr("Cannot open the database"), str(exc))
            return False
        except StorageError as exc:
            QMessageBox.critical(parent or self.window, self.tr("Cannot open the database"), str(exc))
            return False
        if self.window is not None and not self.close_current():
            store.close()
            if lock is not None:
                lock.release()
            return False
        from desktop_crm.ui.main_window import MainWindow

        self.store, self.lock = store, lock
        self.watch = (None if store.read_only
                      else autobackup.ChangeWatch(store.path, store.passphrase))
        actor = self.who_am_i(store)
        self.tasks = TaskRunner(store.path, read_only=bool(store.read_only),
                                passphrase=store.passphrase)
        ctx = AppContext(store, actor, self.settings.language, self.tasks, AppSignals())
        self.settings.add_recent(store.path)
        window = MainWindow(ctx, self.settings.recent_files)
        window.sig_new_database.connect(self.new_database)
        window.sig_open_database.connect(self.open_database)
        window.sig_open_recent.connect(lambda p: self.open(p))
        window.sig_backup.connect(self.backup)
        window.sig_restore.connect(lambda: self.restore())
        window.sig_recover.connect(self.recover)
        window.sig_backups.connect(self.show_backups)
        window.sig_encryption.connect(lambda: encryption.FileEncryption(self).start())
        window.sig_settings.connect(self.edit_settings)
        window.sig_closed.connect(self._window_closed)
        self.window = window
        if lock is not None:
            self.instance_server = single_instance.InstanceServer(store.path, self)
            self.instance_server.sig_raise_requested.connect(window.bring_to_front)
        window.show()
        window.show_overdue_notice()
        if not store.read_only:
            self.tasks.submit(_damage_check, self._checked, lambda exc: None)
        self.daily_backup()
        window.offer_demo_if_empty()
        return True

    def _checked(self, damage: str | None) -> None:
        """SQLite's quick check ran on the worker: a damaged file turns read-only at once."""
        if self.store is None or self.window is None:
            return
        if damage is None:
            self.store.damage_checked = True
            return
        self.store.read_only = DAMAGED
        if self.watch is not None:  # nothing more will be written, so nothing to back up
            self.watch.close()
            self.watch = None
        self.window.show_read_only(DAMAGED)
        QMessageBox.warning(self.window, self.tr("The database is damaged"), damage)

    def who_am_i(self, store: Store) -> str:
        """The person using this file; asked once per file (pick from its staff or add
        yourself), with the name last given on this computer as the suggestion."""
        known = staff.current_user(store)
        if known or store.read_only:
            return known or self.settings.user_name
        from desktop_crm.domain import dossier  # the dossier's code, only for this question
        from desktop_crm.ui.first_start import WhoAmIDialog

        names = [name for _, name, active in dossier.staff_choices(store) if active]
        dialog = WhoAmIDialog(names, self.settings.user_name)
        if not dialog.exec():
            return self.settings.user_name
        name = dialog.chosen()
        staff.set_current_user(store, name)
        self.settings.user_name = name
        return name

    def _window_closed(self) -> None:
        if not self._switching:
            self.qapp.quit()

    def close_current(self, *, back_up: bool = True) -> bool:
        """Close the window (it may refuse: unsaved changes) and release the database, backing
        it up first when anything was written since it was opened (unless ``back_up`` is
        false: a restore backs the file up itself)."""
        if self.window is not None:
            self._switching = True
            try:
                if not self.window.close():
                    return False
            finally:
                self._switching = False
            self.window.deleteLater()
            self.window = None
        if self.tasks is not None:
            self.tasks.shutdown()
            self.tasks = None
        if self.store is not None:
            self.back_up_on_close(back_up)
            self.store.close()
            self.store = None
        if self.instance_server is not None:
            self.instance_server.close()
            self.instance_server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        return True

    # --- automatic backups ---------------------------------------------------------------------

    def daily_backup(self) -> None:
        """The first opening of a day backs the file up, on the worker; a failure is said."""
        store = self.store
        if store is None or store.read_only or not autobackup.daily_due(store.path):
            return
        window = self.window

        def done(path: Path | None) -> None:
            if path is not None:
                window.statusBar().showMessage(
                    self.tr("Today's automatic backup was written: %1").replace("%1", path.name), 10000)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(window, self.tr("Automatic backup"), self.tr(
                "Today's automatic backup could not be written: %1 Your data itself is saved; "
                "back it up from the File menu when you can.").replace("%1", str(exc)))

        # runs after the damage check on the worker: a file found damaged is not copied
        self.tasks.submit(lambda s, progress: None if s.read_only else autobackup.take(s, "daily"),
                          done, failed)

    def back_up_on_close(self, wanted: bool = True) -> None:
        """The backup taken on closing a file that was changed since it was opened. It can
        be skipped; when it fails the app says so and closes all the same."""
        watch, self.watch = self.watch, None
        if watch is None:
            return
        changed = watch.changed()
        watch.close()
        if not (wanted and changed):
            return
        store = self.store
        try:
            run_blocking(
                lambda progress: autobackup.take(store, "close", progress=progress),
                self.tr("Backing up %1 before closing…").replace("%1", store.path.name),
                cancel=self.tr("Skip"),
            )
        except backups.BackupCancelled:
            return
        except StorageError as exc:
            QMessageBox.warning(None, self.tr("Automatic backup"), self.tr(
                "The backup on closing could not be written: %1 Your data itself is saved in "
                "%2.").replace("%1", str(exc)).replace("%2", str(store.path)))

    def show_backups(self):
        """File ▸ Backups…: the file's backups, to restore one."""
        from desktop_crm.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.store.path, self.window)
        dialog.sig_restore.connect(lambda path: self.restore(path, parent=dialog))
        dialog.open()
        return dialog

    # --- File menu ------------------------------------------------------------------------------

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), str(paths.data_dir() / "customers.sqlite3"),
            self.tr(DB_FILTER),
        )
        if name:
            target = Path(name)
            if target.exists() and target.stat().st_size > 0:
                QMessageBox.warning(self.window, self.tr("New database"),
                                    self.tr("That file already exists; choose a new name."))
                return
            self.open(target)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), str(paths.data_dir()), self.tr(DB_FILTER)
        )
        if name:
            self.open(Path(name))

    def backup(self) -> None:
        """File ▸ Back up…: ask where (the backup folder by default), then write it."""
        assert self.store is not None
        default = autobackup.manual_destination(self.store.path)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the database"), str(default), self.tr(DB_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,  # we ask, and keep the old file
        )
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, dest: Path) -> None:
        """Back up to ``dest`` on the worker. An existing file is replaced only when the user
        says so, and is then kept aside; a file open elsewhere is refused."""
        replace = False
        if dest.exists():
            answer = QMessageBox.question(
                self.window, self.tr("Back up the database"),
                self.tr("%1 already exists. Replace it with the backup? The file there now is "
                        "kept beside it, renamed %2.").replace("%1", dest.name)
                .replace("%2", f"{dest.stem}.replaced-….{dest.suffix.lstrip('.')}"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        actor = self.window.ctx.actor

        def done(written: backups.Written) -> None:
            text = self.tr("Backup written to %1 and verified.").replace("%1", str(written.path))
            if written.replaced is not None:
                text += " " + self.tr("The file that was there is kept as %1.").replace(
                    "%1", written.replaced.name)
            self.window.statusBar().showMessage(text, 15000)

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self.window, self.tr("Backup failed"), str(exc))

        self.tasks.submit(
            lambda store, progress: backups.backup(store, dest, replace=replace, actor=actor,
                                                   progress=progress),
            done, failed, title=self.tr("Backing up %1…").replace("%1", self.store.path.name),
            parent=self.window,
        )

    def restore(self, src: Path | None = None, parent: QWidget | None = None) -> bool:
        """Replace the open database with the backup ``src`` (asked for when None), after
        asking; the current file is kept as an automatic backup first. The window closes
        and the restored file opens. Returns whether it was restored."""
        assert self.store is not None
        parent = parent or self.window
        if src is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore from a backup"), str(autobackup.folder(self.store.path)),
                self.tr(DB_FILTER),
            )
            if not name:
                return False
            src = Path(name)
        target, key = self.store.path, self.store.passphrase
        answer = QMessageBox.question(
            parent, self.tr("Restore from a backup"),
            self.tr("Replace the open database with the backup %1? The current database is "
                    "backed up first; it will be listed under File ▸ Backups.").replace("%1", src.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        actor = self.window.ctx.actor
        if not self.close_current(back_up=False):
            return False
        try:
            kept = run_blocking(
                lambda progress: backups.restore(src, target, progress=progress, passphrase=key),
                self.tr("Restoring %1…").replace("%1", target.name))
        except StorageError as exc:
            QMessageBox.critical(None, self.tr("Restore failed"), str(exc))
            self.open(target, passphrase=key)
            return False
        if not self.open(target, passphrase=key):
            return False
        try:
            backups.record_restore(self.store, actor, src, kept)
        except StorageError as exc:  # restored all the same: say why the trail lacks it
            QMessageBox.warning(self.window, self.tr("Restore from a backup"), str(exc))
        self.window.statusBar().showMessage(
            self.tr("Restored from %1. The database it replaced is kept as %2.")
            .replace("%1", src.name).replace("%2", str(kept)), 15000)
        return True

    def recover(self) -> None:
        """Rescue what can be read of a damaged file (by default the open one) into a new file."""
        start = str(self.store.path) if self.store is not None else str(paths.data_dir())
        damaged, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Recover a damaged file: the damaged file"), start, self.tr(DB_FILTER)
        )
        if not damaged:
            return
        suggestion = Path(damaged).with_name(f"{Path(damaged).stem}-recovered.sqlite3")
        new, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Recover a damaged file: the new file"), str(suggestion),
            self.tr(DB_FILTER),
        )
        if not new:
            return
        actor, key = self.window.ctx.actor, self.store.passphrase

        def done(rescue: Rescue) -> None:
            lines = [self.tr("%1: %2 of %3").replace("%1", t.table).replace("%2", str(t.saved))
                     .replace("%3", "?" if t.before is None else str(t.before))
                     for t in rescue.tables if t.saved or t.before]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recovery finished"),
                              (self.tr("Everything the damaged file still counted was rescued into %1.")
                               if rescue.complete else
                               self.tr("Some rows were on damaged pages and are lost; the rest "
                                       "was rescued into %1. Compare it with your latest backup."))
                              .replace("%1", str(rescue.path)),
                              parent=self.window)
            box.setDetailedText("\n".join(lines))
            open_button = box.addButton(self.tr("&Open the rescued file"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_button:
                self.open(rescue.path)

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self.window, self.tr("Recovery failed"), str(exc))

        self.tasks.submit(
            lambda store, progress: recover(Path(damaged), Path(new), actor, progress, key),
            done, failed, title=self.tr("Rescuing %1…").replace("%1", Path(damaged).name),
            parent=self.window,
        )

    def edit_settings(self) -> None:
        shown = may_see_resident_ids(self.store) if self.window is not None else None
        SettingsDialog(self.settings, self.window, self.store if self.window is not None else None,
                       self.window.ctx.actor if self.window is not None else "").exec()
        if shown is not None and may_see_resident_ids(self.store) != shown:
            self.window.ctx.signals.sig_customers_changed.emit([])  # masked, or not, anew
        if self.window is not None and self.settings.user_name != self.window.ctx.actor:
            if not self.store.read_only:
                staff.set_current_user(self.store, self.settings.user_name)
            self.window.ctx.actor = self.settings.user_name


def _damage_check(store: Store, _progress: object) -> str | None:
    """On the worker: SQLite's quick check; the sentence to show when the file is damaged."""
    try:
        store.check_damage()
    except DamagedError as exc:
        return str(exc)
    return None


def open_for_window(path: Path, passphrase: str | None = None,
                    parent: QWidget | None = None) -> tuple[Store, InstanceLock | None]:
    """Check the place, take the file's lock (not for a file that can only be read: nothing
    will write it) and open it, asking the passphrase of an encrypted file. Raises
    :class:`StorageError` with the sentence to show, or :class:`Cancelled`."""
    place = check_place(Path(path), create=True)
    lock = None
    if place.read_only is None:
        lock = InstanceLock(place.path)
        lock.acquire()
    try:
        return encryption.open_asking(place.path, passphrase, parent), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def choose_database(settings: AppSettings, explicit: Path | None) -> Path | None:
    """The file to open: the one asked for, else the default; on a first start with no
    database yet, ask whether to create it or open an existing file."""
    if explicit is not None:
        return explicit
    default = settings.default_database
    if default.exists():
        return default
    return welcome(default)


def welcome(default: Path) -> Path | None:
    """The welcome dialog: create the default file, create one elsewhere, or open one."""
    from desktop_crm.ui.first_start import FirstStartDialog  # only on a first start

    dialog = FirstStartDialog(default)
    if not dialog.exec():
        return None
    return dialog.chosen


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desktop-crm")
    app.setOrganizationName("desktop-crm")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "app.svg"))))
    settings = AppSettings()
    install_language(app, settings.language)
    font, family = fonts.install(app.font())
    app.setFont(font)
    if family is None and not QSettings().value("font_warning_shown", False, type=bool):
        QMessageBox.warning(None, "desktop-crm", fonts.NO_FONT_MESSAGE)
        QSettings().setValue("font_warning_shown", True)

    failures.install()
    controller = App(app, settings)
    path = choose_database(settings, db_path)
    while path is not None and not controller.open(path):
        if controller.handed_over:
            return 0
        if db_path is not None:
            return 1
        path = welcome(settings.default_database)  # another place, another file, or quit
    if path is None:
        return 0
    try:
        return app.exec()
    finally:
        controller.close_current()

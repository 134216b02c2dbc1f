"""The app in a real X window: Xvfb with Qt's xcb platform, driven with xdotool as a person
would drive it (keys into the focused window), read back through window titles and the file.

Used for the first start from source and from the frozen bundle. Needs Xvfb, xdotool and
xwd (scripts/setup.sh installs them with the test extra).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCREEN = "1366x768x24"


@contextmanager
def display() -> Iterator[str]:
    """A fresh X server on a free display number; yields its DISPLAY value."""
    read, write = os.pipe()
    # -noreset: by default the server resets when its last client leaves, and a program
    # connecting in that moment fails (bench_bundle starts one program after another).
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def clean_env(home: Path, display_name: str, language: str = "en") -> dict[str, str]:
    """An environment as a new user's session has it: an empty HOME, no XDG folders set,
    nothing of ours configured, Qt on the X server."""
    keep = ("PATH", "SYSTEMROOT", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home), DISPLAY=display_name, QT_QPA_PLATFORM="xcb",
        LANG="zh_CN.UTF-8" if language == "zh" else "en_US.UTF-8",
    )
    return env


@dataclass
class Window:
    id: str
    title: str


class Driver:
    """Reads the app's windows and types into them through the X server."""

    def __init__(self, env: dict[str, str], pid: int) -> None:
        self.env = env
        self.pid = pid

    def _xdotool(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=30)
        if check and done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def windows(self) -> list[Window]:
        ids = self._xdotool("search", "--onlyvisible", "--pid", str(self.pid), check=False).split()
        found = []
        for window_id in ids:
            title = self._xdotool("getwindowname", window_id, check=False).strip()
            if title:
                found.append(Window(window_id, title))
        return found

    def wait_for(self, title_part: str, timeout: float = 60) -> Window:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for window in self.windows():
                if title_part in window.title:
                    return window
            time.sleep(0.2)
        raise AssertionError(
            f"no window titled …{title_part}… within {timeout} s; visible: "
            f"{[w.title for w in self.windows()]}"
        )

    def keys(self, window: Window, *keys: str) -> None:
        """Focus ``window`` and press ``keys`` (xdotool names: Return, ctrl+q…)."""
        self._xdotool("windowfocus", "--sync", window.id)
        self._xdotool("key", "--clearmodifiers", *keys)

    def type(self, window: Window, text: str) -> None:
        self._xdotool("windowfocus", "--sync", window.id)
        self._xdotool("type", "--delay", "20", text)

    def geometry(self, window: Window) -> tuple[int, int]:
        out = self._xdotool("getwindowgeometry", "--shell", window.id)
        values = dict(line.split("=", 1) for line in out.split())
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self, target: Path) -> Path:
        """The whole screen as PNG (xwd's dump, decoded with Pillow)."""
        dump = subprocess.run(["xwd", "-root", "-silent"], env=self.env, capture_output=True,
                              check=True, timeout=30).stdout
        return xwd_to_png(dump, target)


    def painted(self, target: Path, timeout: float = 20) -> Path:
        """A screenshot once the screen shows more than one colour (a mapped window is black
        until Qt has painted it)."""
        from PIL import Image

        deadline = time.monotonic() + timeout
        while True:
            shot = self.screenshot(target)
            with Image.open(shot) as picture:
                if len(picture.convert("L").getcolors(maxcolors=2) or ()) != 1:
                    return shot
            if time.monotonic() > deadline:
                return shot
            time.sleep(0.3)


def xwd_to_png(dump: bytes, target: Path) -> Path:
    """Decode a 24- or 32-bit TrueColor XWD dump (what xwd writes from Xvfb) into a PNG."""
    from PIL import Image

    header = [int.from_bytes(dump[i:i + 4], "big") for i in range(0, 100, 4)]
    header_size, width, height = header[0], header[4], header[5]
    bits_per_pixel, bytes_per_line, colours = header[11], header[12], header[19]
    start = header_size + colours * 12
    raw = {24: "BGR", 32: "BGRX"}.get(bits_per_pixel)
    if raw is None:
        raise ValueError(f"xwd dump of {bits_per_pixel} bits per pixel")
    image = Image.frombuffer("RGB", (width, height), dump[start:start + bytes_per_line * height],
                             "raw", raw, bytes_per_line, 1)
    image.save(target)
    return target


@contextmanager
def running(command: Sequence[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """The app started with ``env``; killed at the end if the test did not close it."""
    with log.open("w") as out:
        app = subprocess.Popen(list(command), env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield app
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


@dataclass
class FirstStart:
    """What a new user met: the windows' titles in order, the file made, the exit code."""

    titles: list[str]
    database: Path
    main_size: tuple[int, int]
    screenshot: Path | None
    returncode: int
    output: str


def walk_first_start(command: Sequence[str], home: Path, *, name: str = "Wang Wei",
                     language: str = "en", shots: Path | None = None,
                     timeout: float = 120) -> FirstStart:
    """Start ``command`` (the app, from source or frozen) with an empty ``home`` in a real
    X window and go through the first start as a new user does: the welcome dialog's default
    (create the database), their name, yes to the demo data; then quit with Ctrl+Q.
    """
    home.mkdir(parents=True, exist_ok=True)
    titles: list[str] = []
    with display() as display_name:
        env = clean_env(home, display_name, language)
        log = home.parent / f"{home.name}-app.log"
        with running(command, env, log) as app:
            drive = Driver(env, app.pid)
            welcome = drive.wait_for("desktop-crm", timeout)
            titles.append(welcome.title)
            drive.keys(welcome, "Return")                       # Create a new database
            who = drive.wait_for("?" if language == "en" else "？", timeout)
            titles.append(who.title)
            drive.type(who, name)
            drive.keys(who, "Return")                           # Continue
            offer = _wait_for_other(drive, "—", timeout)        # the demo offer over the window
            titles.append(offer.title)
            drive.keys(offer, "Return")                         # Yes
            main = drive.wait_for("—", timeout)
            titles.append(main.title)
            database = _wait_for_customers(home, timeout)
            time.sleep(1.0)  # let the list show the demo rows before the picture
            shot = drive.painted(shots / "first-start.png") if shots else None
            size = drive.geometry(main)
            drive.keys(main, "ctrl+q")
            returncode = app.wait(timeout)
    return FirstStart(titles, database, size, shot, returncode, log.read_text(errors="replace"))


def _wait_for_other(drive: Driver, main_part: str, timeout: float) -> Window:
    """The dialog that is not the main window (the demo offer shows over it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        windows = drive.windows()
        if any(main_part in w.title for w in windows):
            others = [w for w in windows if main_part not in w.title]
            if others:
                return others[-1]
        time.sleep(0.2)
    raise AssertionError(f"no dialog over the main window; visible: {[w.title for w in drive.windows()]}")


def _wait_for_customers(home: Path, timeout: float) -> Path:
    import sqlite3

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in home.rglob("*.sqlite3"):
            try:
                with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
                    if conn.execute("SELECT count(*) FROM customers").fetchone()[0] > 0:
                        return path
            except sqlite3.Error:
                pass
        time.sleep(0.5)
    raise AssertionError(f"no database with customers under {home} within {timeout} s")

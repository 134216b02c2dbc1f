"""What goes into the frozen bundle and what is left out; used by desktop-crm.spec.

PyInstaller's hooks collect all of Qt that PySide6 ships, every translation of Qt, and on
Linux every library those need, down to the C++ runtime and the X11 libraries. These
functions take out what the app never loads, and on Linux what the system should provide.
Each works on PyInstaller's lists of ``(destination, source, typecode)`` entries.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

Entry = tuple[str, str, str]

# Qt's own translations: only the one ui/app.py's install_language() loads (standard
# buttons and dialogs in Chinese).
QT_TRANSLATIONS_KEPT = {"qtbase_zh_CN.qm"}

# Plugins for other kinds of screen (framebuffer, EGL, VNC, Vulkan display, Wayland — on a
# Wayland desktop the app runs through XWayland), touch devices, networking and the GTK theme
# (which would bring GTK's whole stack of libraries along). Kept: xcb, offscreen and minimal
# (--self-test), image formats, the SVG icon engine, input methods (ibus), printing.
UNUSED_QT_PLUGINS = re.compile(
    r"plugins/(platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|wayland)"
    r"|egldeviceintegrations/|wayland-[^/]+/|generic/|networkinformation/|tls/"
    r"|platformthemes/libqgtk3)"
)

# Linux: libraries left to the system, as a Debian package would, so that they match the
# system's X server, graphics drivers, font configuration and printing service (a bundled
# libstdc++ older than the system's stops Mesa's drivers from loading; a bundled fontconfig
# may not read a newer system's configuration). The .deb depends on the packages that
# provide them: scripts/build-bundle holds that list and checks it against the bundle.
# Libraries that wheels carry under hashed names (libxcb-9065bb12.so...) do not match.
SYSTEM_LIBRARIES = re.compile(
    r"(libstdc\+\+|libgcc_s"                                            # C++ runtime
    r"|libX11|libX11-xcb|libXau|libXdmcp|libbsd|libmd|libxcb-[a-z-]+"    # X11 and xcb
    r"|libxkbcommon|libxkbcommon-x11"
    r"|libfontconfig|libfreetype|libexpat|libpng16|libbrotli(common|dec)|libz"    # fonts
    r"|libdbus-1|libsystemd|libcap|libgcrypt|libgpg-error|liblz4|liblzma|libzstd"   # D-Bus
    r"|libglib-2\.0|libgthread-2\.0|libpcre2-8"                           # GLib
    r"|libcups|libavahi-(client|common)|libgnutls|libgssapi_krb5|libkrb5|libk5crypto"   # CUPS
    r"|libkrb5support|libcom_err|libkeyutils|libidn2|libunistring|libp11-kit|libtasn1"
    r"|libnettle|libhogweed|libgmp|libffi)\.so[.0-9]*"
)


def unused(dest: str) -> bool:
    """A Qt translation or plugin the app never loads."""
    dest = dest.replace("\\", "/")
    if re.search(r"(^|/)translations/qt[^/]*\.qm$", dest):
        return Path(dest).name not in QT_TRANSLATIONS_KEPT
    return UNUSED_QT_PLUGINS.search(dest) is not None


def left_to_system(dest: str) -> bool:
    """Linux: a library the system provides (see SYSTEM_LIBRARIES)."""
    return "/" not in dest and SYSTEM_LIBRARIES.fullmatch(dest) is not None


def without_orphans(binaries: list[Entry], dropped: list[Entry]) -> list[Entry]:
    """``binaries`` less the libraries that only ``dropped`` ones needed (Linux, where ldd
    lists every library a file needs, directly or not). Entry points — extensions, plugins,
    libraries loaded by ctypes — are the binaries no other one needs; a library stays if an
    entry point that stays needs it."""
    from PyInstaller.depend.bindepend import get_imports

    needs = {dest: {Path(name).name for name, _ in get_imports(src)}
             for dest, src, _ in binaries + dropped}
    needed_by_any = set().union(*needs.values())
    entry_points = {dest for dest, _, _ in binaries if Path(dest).name not in needed_by_any}
    reachable = set().union(*(needs[dest] for dest in entry_points))
    return [entry for entry in binaries
            if entry[0] in entry_points or Path(entry[0]).name in reachable]


def without_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """``datas`` less the links to libraries no longer there (on Linux PyInstaller links
    each Qt library into the top folder, and lists the links among the data)."""
    present = {dest for dest, _, _ in binaries}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in present]


def python_library_stripped(binaries: list[Entry], work: Path) -> list[Entry]:
    """Linux: the Python library without its debug information (a Python built from source,
    as pyenv builds it, carries ~17 MB of it). Only that file: stripping libraries from
    wheels breaks those that auditwheel patched (numpy's OpenBLAS then fails to load,
    'ELF load command address/offset not page-aligned')."""
    out = []
    for dest, src, typecode in binaries:
        if Path(dest).name.startswith("libpython"):
            stripped = work / Path(dest).name
            subprocess.run(["strip", "--strip-debug", "-o", str(stripped), src], check=True)
            src = str(stripped)
        out.append((dest, src, typecode))
    return out

"""Where PDFs and charts find Chinese fonts: the bundled one first, then each OS's own, tried
here against font folders laid out as Windows, macOS and Linux keep them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_crm import paths
from desktop_crm.reports import fonts

BUNDLED = paths.resource("fonts", "wqy-microhei.ttc")


def _font_file(path: Path, tags: list[bytes], collection: bool = False) -> Path:
    """A font file's header and table directory, enough for the outline check."""
    directory = b"".join(tag + bytes(12) for tag in tags)
    sfnt = b"\x00\x01\x00\x00" + len(tags).to_bytes(2, "big") + bytes(6) + directory
    if collection:
        sfnt = b"ttcf" + bytes(4) + (1).to_bytes(4, "big") + (16).to_bytes(4, "big") + sfnt
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(sfnt)
    return path


def _truetype(path: Path) -> Path:
    """A real TrueType CJK font (a copy of the bundled one) under ``path``'s name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(BUNDLED, path)
    return path


def _cff(path: Path) -> Path:
    return _font_file(path, [b"CFF ", b"cmap", b"head"])


@pytest.fixture
def no_bundle(tmp_path) -> Path:
    """An empty folder standing for resources/fonts: the system lookup alone."""
    folder = tmp_path / "no-bundled-fonts"
    folder.mkdir()
    return folder


def test_truetype_and_cff_fonts_are_told_apart(tmp_path, monkeypatch):
    truetype = _font_file(tmp_path / "tt.ttc", [b"cmap", b"glyf", b"head"], collection=True)
    cff = _cff(tmp_path / "cff.otf")
    assert fonts.has_truetype_outlines(truetype)
    assert not fonts.has_truetype_outlines(cff)
    assert not fonts.has_truetype_outlines(tmp_path / "missing.ttf")
    assert fonts.has_truetype_outlines(BUNDLED)

    monkeypatch.setenv(fonts.FONT_ENV, str(cff))
    assert fonts.cjk_font_files()[0] == cff  # the override comes first...
    assert cff not in fonts.truetype_cjk_fonts()  # ...but is not offered for embedding


def test_the_bundled_font_comes_first_and_is_embeddable(monkeypatch):
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    assert fonts.bundled_fonts() == [BUNDLED]
    assert fonts.truetype_cjk_fonts()[0] == BUNDLED
    licence = paths.resource("fonts", "LICENSE-Apache-2.0.txt").read_text()
    assert "Apache License" in licence and "Version 2.0" in licence


def test_fonts_in_use_names_the_bundled_font(monkeypatch):
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    in_use = fonts.fonts_in_use()
    assert in_use["pdf_file"] == BUNDLED and in_use["pdf_bundled"] and in_use["pdf_embedded"]
    assert in_use["pdf_family"] == "WenQuanYi Micro Hei"
    assert in_use["chart_family"] == "WenQuanYi Micro Hei"


def test_windows_system_and_per_user_fonts(tmp_path, no_bundle):
    windows, local = tmp_path / "Windows", tmp_path / "Users" / "li" / "AppData" / "Local"
    simsun = _truetype(windows / "Fonts" / "simsun.ttc")
    msyh = _truetype(windows / "Fonts" / "msyh.ttc")
    _truetype(windows / "Fonts" / "arial.ttf")  # not a Chinese font by name: not offered
    deng = _truetype(local / "Microsoft" / "Windows" / "Fonts" / "Deng.ttf")
    machine = fonts.Machine("win32", {"WINDIR": str(windows), "LOCALAPPDATA": str(local)},
                            home=tmp_path / "Users" / "li")
    per_user = local / "Microsoft" / "Windows" / "Fonts"
    assert fonts.font_folders(machine) == [windows / "Fonts", per_user]
    assert fonts.cjk_font_files(machine, no_bundle) == [msyh, deng, simsun]

    # without LOCALAPPDATA the per-user folder is found under the home folder
    machine = fonts.Machine("win32", {"SystemRoot": str(windows)}, home=tmp_path / "Users" / "li")
    assert fonts.system_cjk_fonts(machine) == [msyh, deng, simsun]


def test_macos_system_library_user_and_downloaded_fonts(tmp_path, no_bundle):
    root, home = tmp_path / "mac", tmp_path / "mac" / "Users" / "li"
    heiti = _truetype(root / "System" / "Library" / "Fonts" / "STHeiti Medium.ttc")
    songti = _truetype(root / "System" / "Library" / "Fonts" / "Supplemental" / "Songti.ttc")
    arial = _truetype(home / "Library" / "Fonts" / "Arial Unicode.ttf")
    asset = root / "System" / "Library" / "AssetsV2" / "com_apple_MobileAsset_Font7" / "3b2a.asset"
    pingfang = _cff(asset / "AssetData" / "PingFang.ttc")  # OpenType (CFF) outlines
    machine = fonts.Machine("darwin", {}, home=home, root=root)
    assert asset / "AssetData" in fonts.font_folders(machine)
    assert fonts.cjk_font_files(machine, no_bundle) == [heiti, songti, arial, pingfang]
    assert fonts.truetype_cjk_fonts(machine, no_bundle) == [heiti, songti, arial]


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig (fc-list) not installed")
def test_linux_asks_fontconfig(tmp_path, no_bundle):
    folder = tmp_path / "fonts"
    company = _truetype(folder / "company" / "CompanySans.ttc")  # a name we do not know
    shutil.copyfile(_known_latin_font(), folder / "latin.ttf")  # no Chinese: not listed
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{folder}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {"PATH": os.environ["PATH"], "FONTCONFIG_FILE": str(conf)}
    machine = fonts.Machine("linux", env, home=tmp_path / "home", root=tmp_path)
    assert fonts.fontconfig_cjk_fonts(env) == [company]
    assert fonts.cjk_font_files(machine, no_bundle) == [company]


def test_linux_without_fontconfig_looks_in_the_xdg_folders(tmp_path, no_bundle):
    home, shared = tmp_path / "home", tmp_path / "share"
    zenhei = _truetype(shared / "fonts" / "truetype" / "wqy" / "wqy-zenhei.ttc")
    microhei = _truetype(home / ".local" / "share" / "fonts" / "wqy-microhei.ttc")
    noto = _cff(tmp_path / "usr" / "share" / "fonts" / "opentype" / "NotoSansCJK-Regular.ttc")
    no_programs = tmp_path / "bin"
    no_programs.mkdir()
    env = {"PATH": str(no_programs), "XDG_DATA_DIRS": str(shared)}
    machine = fonts.Machine("linux", env, home=home, root=tmp_path)
    assert fonts.fontconfig_cjk_fonts(env) == []  # quietly: there is no fc-list
    assert fonts.cjk_font_files(machine, no_bundle) == [microhei, zenhei]
    # with the default XDG folders, under the root
    machine = fonts.Machine("linux", {"PATH": str(no_programs)}, home=home, root=tmp_path)
    assert fonts.cjk_font_files(machine, no_bundle) == [microhei, noto]


def test_a_computer_without_chinese_fonts(tmp_path, no_bundle):
    empty = tmp_path / "empty"
    empty.mkdir()
    for machine in (fonts.Machine("linux", {"PATH": str(empty), "XDG_DATA_DIRS": str(empty)},
                                  home=empty, root=empty),
                    fonts.Machine("win32", {"WINDIR": str(empty)}, home=empty),
                    fonts.Machine("darwin", {}, home=empty, root=empty)):
        assert fonts.cjk_font_files(machine, no_bundle) == []
        assert fonts.cjk_font_files(machine) == [BUNDLED]  # the app still has its own


def _known_latin_font() -> Path:
    """A real TrueType font without Chinese: matplotlib ships DejaVu Sans."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"

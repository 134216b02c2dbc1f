from __future__ import annotations

from pathlib import Path

from desktop_crm.reports import fonts


def _font_file(path: Path, tags: list[bytes], collection: bool = False) -> Path:
    """A font file's header and table directory, enough for the outline check."""
    directory = b"".join(tag + bytes(12) for tag in tags)
    sfnt = b"\x00\x01\x00\x00" + len(tags).to_bytes(2, "big") + bytes(6) + directory
    if collection:
        sfnt = b"ttcf" + bytes(4) + (1).to_bytes(4, "big") + (16).to_bytes(4, "big") + sfnt
    path.write_bytes(sfnt)
    return path


def test_truetype_and_cff_fonts_are_told_apart(tmp_path, monkeypatch):
    truetype = _font_file(tmp_path / "tt.ttc", [b"cmap", b"glyf", b"head"], collection=True)
    cff = _font_file(tmp_path / "cff.otf", [b"CFF ", b"cmap", b"head"])
    assert fonts.has_truetype_outlines(truetype)
    assert not fonts.has_truetype_outlines(cff)
    assert not fonts.has_truetype_outlines(tmp_path / "missing.ttf")

    monkeypatch.setenv(fonts.FONT_ENV, str(cff))
    assert fonts.cjk_font_files()[0] == cff  # the override comes first...
    assert cff not in fonts.truetype_cjk_fonts()  # ...but is not offered for embedding


def test_this_machine_has_an_embeddable_chinese_font():
    # scripts/setup.sh installs fonts-wqy-microhei; PDFs and charts depend on it.
    assert fonts.truetype_cjk_fonts(), "no TrueType CJK font found; install fonts-wqy-microhei"

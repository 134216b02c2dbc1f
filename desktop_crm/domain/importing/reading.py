"""Reading spreadsheets as they arrive: CSV in UTF-8, UTF-8 with BOM or GBK/GB18030
(detected, or chosen by the user), Excel ``.xlsx`` (streamed) and ``.xls``.

A :class:`Source` knows its sheets, its header row and its columns, and yields the data rows
one at a time, so a file of a million rows is never held in memory. Cells come out as text
(``''`` for empty), except dates and times from Excel, which stay ``date``/``datetime``.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

SAMPLE = 256 * 1024
XLSX_IN_MEMORY = 20 * 1024 * 1024  # bytes of .xlsx read whole (~300,000 rows of 10 columns)
HEADER_SCAN = 20      # rows looked at to find the header row (titles above it are skipped)
CSV_FORMATS = (".csv", ".txt", ".tsv")
# What a user can choose for a CSV, besides automatic detection.
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16")


class ReadProblem(ValueError):
    """The file cannot be read as a table; ``code`` and ``params`` for the UI's wording."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params

    def __reduce__(self) -> tuple[Any, ...]:  # raised in the process preparing a big file
        return (type(self), (self.code, self.message), {"params": self.params})


@dataclass
class Source:
    path: Path
    format: str                          # 'csv', 'xlsx' or 'xls'
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    encoding: str | None = None          # CSV only: the encoding used
    detected: bool = True                # the encoding was detected, not chosen
    delimiter: str = ","
    headers: list[str] = field(default_factory=list)
    header_rows: int = 1                 # rows of the file before the data (titles, header)
    total: int | None = None             # data rows, when known cheaply (for progress)

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """``(line, cells)`` of each data row; ``line`` is the 1-based row in the file.
        Rows with no value at all are passed over."""
        width = len(self.headers)
        text = self.format == "csv"  # every cell a str: cell_value's first case, in line
        for number, cells in enumerate(self._raw(), start=1):
            if number <= self.header_rows:
                continue
            cells = cells[:width]
            cells = [c.strip() for c in cells] if text else [cell_value(c) for c in cells]
            if not any(c != "" for c in cells):
                continue
            cells += [""] * (width - len(cells))
            yield number, cells

    def _raw(self) -> Iterator[list[Any]]:
        if self.format == "csv":
            return _csv_rows(self.path, self.encoding or "utf-8", self.delimiter)
        if self.format == "xlsx":
            return _xlsx_rows(self.path, self.sheet)
        return _xls_rows(self.path, self.sheet)


def open_source(path: str | Path, sheet: str | None = None, encoding: str | None = None) -> Source:
    """Open ``path`` and find its header; raises :class:`ReadProblem` with one sentence."""
    path = Path(path)
    if not path.is_file():
        raise ReadProblem("missing", f"{path} does not exist; choose another file", path=str(path))
    if path.stat().st_size == 0:
        raise ReadProblem("empty", f"{path.name} is empty; choose a file with a header row and data",
                          path=path.name)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        source = _open_xlsx(path, sheet)
    elif suffix == ".xls":
        source = _open_xls(path, sheet)
    elif suffix in CSV_FORMATS or not suffix:
        source = _open_csv(path, encoding)
    else:
        raise ReadProblem("format", f"{path.name} is not a CSV or Excel file; save it as .csv or .xlsx",
                          path=path.name)
    _find_header(source)
    return source


# --- values -------------------------------------------------------------------------------

def cell_value(value: Any) -> Any:
    """A cell as text, dates kept as dates: Excel's 13912348866.0 becomes '13912348866'."""
    if type(value) is str:  # noqa: E721 (every cell of a CSV: the quickest test first)
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value).strip()


# --- CSV ----------------------------------------------------------------------------------

def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (a superset of GBK and
    GB2312) when it decodes, else what charset-normalizer guesses."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        raise ReadProblem(
            "encoding", "the file is not text in UTF-8 or GBK; save it as CSV (UTF-8) or choose its encoding"
        )
    for candidate in ("utf-8", "gb18030"):
        if _decodes(sample, candidate):
            return candidate
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise ReadProblem(
            "encoding", "the file is not text in UTF-8 or GBK; save it as CSV (UTF-8) or choose its encoding"
        )
    return best.encoding


def _decodes(sample: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        decoder.decode(sample, final=len(sample) < SAMPLE)  # a cut character at the end is fine
    except UnicodeDecodeError:
        return False
    return True


def _open_csv(path: Path, encoding: str | None) -> Source:
    with open(path, "rb") as fh:
        sample = fh.read(SAMPLE)
    detected = encoding is None
    if encoding is None:
        encoding = detect_encoding(sample)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ReadProblem("encoding_name", f"{encoding!r} is not an encoding; choose UTF-8 or GBK",
                              encoding=encoding) from None
        if not _decodes(sample, encoding):
            raise ReadProblem("encoding", f"the file is not valid {encoding}; choose another encoding",
                              encoding=encoding)
    text = sample.decode(encoding, errors="ignore")
    try:
        delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",\t;|").delimiter
    except csv.Error:
        delimiter = ","
    return Source(path, "csv", encoding=encoding, detected=detected, delimiter=delimiter,
                  total=_count_lines(path))


def _count_lines(path: Path) -> int:
    """Lines in the file (fast, in binary): an estimate of the rows for progress."""
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    if encoding.lower().replace("_", "-").startswith("utf-16"):
        lines: Iterator[str] = _text_lines(path, encoding)  # '\n' is two bytes: decode whole
    else:
        lines = _decoded_lines(path, encoding)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as exc:
        raise ReadProblem("csv", f"line {reader.line_num}: {exc}; check the quotes in that line",
                          line=reader.line_num) from None


def _decoded_lines(path: Path, encoding: str) -> Iterator[str]:
    """The file's lines decoded one by one, so a bad byte is reported on its own line (in
    UTF-8, GBK, GB18030 and Big5 a newline byte is never part of another character)."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                yield raw.decode(encoding)
            except UnicodeDecodeError:
                raise ReadProblem(
                    "encoding", f"line {number} is not valid {encoding}; choose the file's encoding",
                    encoding=encoding, line=number,
                ) from None


def _text_lines(path: Path, encoding: str) -> Iterator[str]:
    with open(path, encoding=encoding, newline="") as fh:
        try:
            yield from fh
        except UnicodeDecodeError:
            raise ReadProblem("encoding", f"the file is not valid {encoding}; choose its encoding",
                              encoding=encoding) from None


# --- Excel --------------------------------------------------------------------------------

def _open_xlsx(path: Path, sheet: str | None) -> Source:
    from python_calamine import CalamineWorkbook

    try:
        names = list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as exc:  # noqa: BLE001 (calamine raises its own error types)
        raise ReadProblem("unreadable", f"{path.name} cannot be read as an Excel file ({exc}); "
                          "open it in Excel and save it again", path=path.name) from None
    chosen = _choose_sheet(names, sheet)
    return Source(path, "xlsx", sheets=names, sheet=chosen, total=_xlsx_row_count(path, chosen))


def _xlsx_row_count(path: Path, sheet: str) -> int | None:
    """The rows of a sheet, counted in its XML without parsing it (~0.1 s for 100,000 rows,
    where opening the workbook with openpyxl reads every shared string first); None when
    the file is laid out some other way."""
    import zipfile
    from xml.etree import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    relation = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    try:
        with zipfile.ZipFile(path) as book:
            sheets = ElementTree.fromstring(book.read("xl/workbook.xml")).iter(f"{main}sheet")
            rid = next(s.get(relation) for s in sheets if s.get("name") == sheet)
            links = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
            target = next(r.get("Target") for r in links if r.get("Id") == rid)
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            count, carry = 0, b""
            with book.open(member) as xml:
                while chunk := xml.read(1 << 20):
                    data = carry + chunk
                    count += data.count(b"<row ") + data.count(b"<row>")
                    carry = data[-4:]  # shorter than what is counted: never counted twice
    except (KeyError, StopIteration, ElementTree.ParseError, zipfile.BadZipFile, AttributeError):
        return None
    return count or None


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[list[Any]]:
    import openpyxl

    if path.stat().st_size <= XLSX_IN_MEMORY:
        # calamine (Rust) reads a sheet ~12x faster than openpyxl but holds it whole: used
        # for files up to XLSX_IN_MEMORY; bigger ones are streamed row by row by openpyxl
        yield from _calamine_rows(path, sheet)
        return
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for row in book[sheet or book.sheetnames[0]].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _open_xls(path: Path, sheet: str | None) -> Source:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 (calamine raises its own error types)
        raise ReadProblem("unreadable", f"{path.name} cannot be read as an Excel file ({exc}); "
                          "open it in Excel and save it again", path=path.name) from None
    names = list(book.sheet_names)
    chosen = _choose_sheet(names, sheet)
    return Source(path, "xls", sheets=names, sheet=chosen)


def _xls_rows(path: Path, sheet: str | None) -> Iterator[list[Any]]:
    # .xls files hold at most 65,536 rows: reading a sheet whole is bounded.
    yield from _calamine_rows(path, sheet)


def _calamine_rows(path: Path, sheet: str | None) -> Iterator[list[Any]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    data = book.get_sheet_by_name(sheet or book.sheet_names[0])
    # rows start at the sheet's first row, cells at its first used column: put the empty
    # columns back so positions are the spreadsheet's
    pad = [""] * data.start[1] if data.start else []
    for row in data.iter_rows():
        yield pad + list(row)


def _choose_sheet(names: list[str], sheet: str | None) -> str:
    if not names:
        raise ReadProblem("empty", "the workbook has no sheets; choose another file")
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise ReadProblem("sheet", f"there is no sheet {sheet!r}; the sheets are {', '.join(names)}",
                          sheet=sheet, sheets=", ".join(names))
    return sheet


# --- the header ---------------------------------------------------------------------------

def _find_header(source: Source) -> None:
    """Find the header row below any title rows, and read two-row headers whose upper cells
    are merged across (联系方式 over 电话 | 手机): the lower name wins, and an upper cell
    merged down over two rows names its column."""
    head: list[list[Any]] = []
    for cells in source._raw():
        head.append([cell_value(c) for c in cells])
        if len(head) >= HEADER_SCAN:
            break
    filled = [sum(1 for c in row if c != "") for row in head]
    if not any(filled):
        raise ReadProblem("empty", f"{source.path.name} has no data; choose a file with a header row",
                          path=source.path.name)
    # the header is the first row with two or more names (a title is one merged cell), or
    # the first non-empty row of a one-column file
    widest = max(filled)
    index = next(i for i, n in enumerate(filled) if n >= min(2, widest))
    header = [str(c) if not isinstance(c, str) else c for c in head[index]]
    rows_before_data = index + 1
    below = head[index + 1] if index + 1 < len(head) else []
    if below and _is_sub_header(header, below):
        upper, names = "", []
        for position in range(max(len(header), len(below))):
            top = header[position] if position < len(header) else ""
            upper = top or upper
            low = below[position] if position < len(below) else ""
            names.append(low or top or upper)
        header, rows_before_data = names, index + 2
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise ReadProblem("no_header", "the file has no header row; add one naming each column")
    source.headers = _unique([h.strip() for h in header])
    source.header_rows = rows_before_data
    if source.total is not None:
        source.total = max(0, source.total - rows_before_data)
    if not any(filled[rows_before_data:]) and len(head) < HEADER_SCAN:
        raise ReadProblem("no_rows", f"{source.path.name} has a header but no rows; add data below it",
                          path=source.path.name)


def _is_sub_header(header: list[Any], below: list[Any]) -> bool:
    """A second header row: all text, and it names a column the first row leaves empty
    inside its width."""
    texts = [c for c in below if c != ""]
    if not texts or not all(isinstance(c, str) and not _numeric(c) for c in texts):
        return False
    # a gap under a name merged across from the left, not a column past the header's end
    return any(
        value != "" and position < len(header) and header[position] == ""
        and any(h != "" for h in header[:position])
        for position, value in enumerate(below)
    )


def _numeric(text: str) -> bool:
    return text.replace(".", "", 1).replace("-", "", 1).isdigit()


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for position, name in enumerate(names):
        name = name or f"#{position + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out

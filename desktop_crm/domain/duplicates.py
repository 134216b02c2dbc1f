"""Is this customer already on file? Likely duplicates of a name, phone and area.

Used while a new customer is typed (the dossier's warning panel) and, later, by import and
dedupe. Each candidate says why it was proposed, strongest reason first:

``phone``          the same phone as the customer's own phone;
``contact_phone``  the same phone as one of the customer's contacts;
``same_name``      the same name once normalised (width, case, spaces);
``same_pinyin``    a name that reads the same (明佳烟酒 / 名家烟酒);
``contains_name``  an existing name that contains the typed one (明佳 → 明佳烟酒店);
``within_name``    an existing name contained in the typed one (明佳烟酒店 → 明佳烟酒);
``initials_area``  the same pinyin initials in the same area (mjyj in 文博路商圈);
``similar_name``   (the whole-file scan) nearly the same name in the same area (明佳烟酒 /
                   明佳烟洒), or the same name once generic shop words are left out.

Generic words of shop names (烟酒店, 超市, 便利店...) alone never make a name match: typing
"超市" must not list ten thousand supermarkets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.validation import FieldProblem, normalize_phone
from desktop_crm.storage import duplicates as sql
from desktop_crm.storage.db import Store
from desktop_crm.storage.search_index import digits, normalize, pinyin_keys

REASONS = (
    "phone", "contact_phone", "same_name", "same_pinyin", "contains_name", "within_name",
    "initials_area", "similar_name",
)
_RANK = {reason: rank for rank, reason in enumerate(REASONS)}

# Words that say what kind of shop it is, not which one; longest first so that 烟酒店 is
# removed whole rather than leaving 店.
GENERIC_WORDS = sorted(
    {
        "有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团",
        "烟酒专柜", "名酒专柜", "礼品烟酒", "专柜", "烟酒商行", "烟酒店", "烟酒行", "烟酒",
        "名酒", "商行", "商店", "商场", "商贸", "百货", "超市", "便利店", "便民店", "便民",
        "小卖部", "副食店", "副食", "批发部", "经营部", "母婴店", "母婴", "生活馆", "专卖店",
        "平价", "连锁", "餐馆", "饭店", "酒家", "药店", "药房", "门市部", "店", "行", "部",
    },
    key=len,
    reverse=True,
)
_GENERIC = re.compile("|".join(map(re.escape, GENERIC_WORDS)))
_SPACES = re.compile(r"\s+")
MIN_INITIALS = 3  # two initials (wl: 王玲, 吴莉, 魏林...) say nothing in an area


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    code: str
    name: str
    area: str | None
    phone: str | None
    reason: str                      # the strongest reason, one of REASONS
    reasons: tuple[str, ...] = ()    # every reason that proposed it, strongest first
    trashed: bool = False


def normalized_name(name: str) -> str:
    """A name as the matcher compares it: NFKC, case-folded, inner spaces dropped."""
    return _SPACES.sub("", normalize(name))


def core_name(name: str) -> str:
    """What is left of a normalised name without its generic shop words (明佳烟酒店 → 明佳)."""
    return _GENERIC.sub("", name)


def likely_duplicates(
    store: Store,
    name: str | None = None,
    phone: str | None = None,
    area: str | None = None,
    exclude_id: int | None = None,
    limit: int = 5,
    include_trashed: bool = False,
) -> list[Candidate]:
    """Existing customers that are probably the one described, most likely first."""
    found: dict[int, tuple[object, set[str]]] = {}
    fetch = limit + (1 if exclude_id is not None else 0)

    def add(rows, reason: str) -> None:
        for row in rows:
            entry = found.setdefault(row["id"], (row, set()))
            entry[1].add(reason)

    number = _phone_digits(phone)
    if number:
        rows = sql.by_phone(store, number, fetch * 4, include_trashed)
        add((r for r in rows if digits(r["phone"] or "") == number), "phone")
        add((r for r in rows if digits(r["phone"] or "") != number), "contact_phone")

    typed = normalized_name(name or "")
    if typed:
        raw = _SPACES.sub("", (name or "").strip())
        add(sql.by_exact_names(store, [raw, typed], fetch, include_trashed), "same_name")
        # read as text and as a person's name (曾 is ceng, or zeng as a surname): whoever is
        # typed, shop or person, is compared with both kinds of stored reading
        readings = list(dict.fromkeys(pinyin_keys(typed, person) for person in (False, True)))
        for full, initials in readings:
            if full:
                add(
                    (r for r in sql.by_pinyin(store, full, initials, fetch, None, include_trashed)
                     if normalized_name(r["name"]) != typed),
                    "same_pinyin",
                )
        core = core_name(typed)
        if len(core) >= 2:
            # shortest names first: the same name in another case or width, then the names
            # that contain the typed one
            holding = sql.by_name_fragment(store, typed, fetch * 2, include_trashed)
            add((r for r in holding if normalized_name(r["name"]) == typed), "same_name")
            add((r for r in holding if normalized_name(r["name"]) != typed), "contains_name")
            add(
                sql.by_exact_names(store, _inner_names(raw, typed), fetch, include_trashed),
                "within_name",
            )
        for _, initials in readings:
            if area and len(initials) >= MIN_INITIALS:
                add(sql.by_pinyin(store, "", initials, fetch, area.strip(), include_trashed),
                    "initials_area")

    found.pop(exclude_id, None)  # type: ignore[arg-type]
    area_key = (area or "").strip()
    ordered = sorted(
        found.values(),
        key=lambda entry: (
            min(_RANK[r] for r in entry[1]),
            -len(entry[1]),
            (entry[0]["area"] or "") != area_key if area_key else False,
            abs(len(entry[0]["name"]) - len(typed)),
            entry[0]["id"],
        ),
    )
    return [
        Candidate(
            customer_id=row["id"], code=row["code"], name=row["name"], area=row["area"],
            phone=row["phone"], reason=min(reasons, key=_RANK.__getitem__),
            reasons=tuple(sorted(reasons, key=_RANK.__getitem__)), trashed=bool(row["trashed"]),
        )
        for row, reasons in ordered[:limit]
    ]


def warm_up(*_: object) -> None:
    """Load the pinyin tables (~0.3 s, once per process) before the first keystroke needs
    them; meant to run off the UI thread (it accepts and ignores a task's arguments)."""
    pinyin_keys("预热")


def _phone_digits(phone: str | None) -> str:
    """The digits of a complete, valid phone as the index stores them; '' while incomplete."""
    if not phone or not phone.strip():
        return ""
    try:
        return digits(normalize_phone(phone))
    except FieldProblem:
        return ""


def _inner_names(raw: str, typed: str) -> list[str]:
    """Parts of the typed name that could be an existing customer's whole name: at least
    half of it and two characters, not only generic words, not the name itself."""
    out: list[str] = []
    for text in dict.fromkeys((raw, typed)):
        n = len(text)
        shortest = max(2, math.ceil(n / 2))
        for size in range(n - 1, shortest - 1, -1):
            for start in range(n - size + 1):
                part = text[start : start + size]
                if len(core_name(normalize(part))) >= 2:
                    out.append(part)
    return out[:400]


# --- many at once: an import -----------------------------------------------------------------
#
# An import asks "is this row already on file, or earlier in the file?" for every new row.
# The same rules as the typing warning, strongest first — the same phone, the same name, the
# same reading of the name — answered from dictionaries filled by a few queries per chunk of
# rows (or by the rows met so far), never by comparing rows pairwise.


@dataclass(frozen=True)
class Known:
    """A customer on file (``ref`` its id) or a row met earlier in the file (its line)."""

    ref: int
    code: str
    name: str
    area: str
    phone: str                       # digits


class Likeness:
    """Customers or rows by phone, by normalised name and by the reading of the name."""

    def __init__(self) -> None:
        self.by_phone: dict[str, Known] = {}
        self.by_name: dict[str, list[Known]] = {}
        self.by_reading: dict[str, list[Known]] = {}

    def add(self, known: Known, readings: tuple[str, ...] = ()) -> None:
        if known.phone:
            self.by_phone.setdefault(known.phone, known)
        self.by_name.setdefault(normalized_name(known.name), []).append(known)
        for full in readings:
            if full:
                self.by_reading.setdefault(full, []).append(known)

    def find(self, name: str, phone: str, area: str,
             readings: tuple[str, ...] = ()) -> tuple[str, Known] | None:
        """The strongest reason this one is already known, and the one it is, or None. A name
        or reading alone does not count against a different phone or another area: people
        share names, chains share shop names."""
        number = digits(phone or "")
        if number and number in self.by_phone:
            return "phone", self.by_phone[number]
        if not self.by_name and not (readings and self.by_reading):
            return None  # nothing to compare with (most rows of a new file)
        typed = normalized_name(name or "")

        def agrees(k: Known) -> bool:
            return not (number and k.phone and number != k.phone) and \
                not (area and k.area and area != k.area)

        for k in self.by_name.get(typed, []):
            if agrees(k):
                return "same_name", k
        if len(core_name(typed)) >= 2:
            for full in readings:
                for k in self.by_reading.get(full, []):
                    if agrees(k) and normalized_name(k.name) != typed:
                        return "same_pinyin", k
        return None


def readings_of(name: str, person: bool | None = None) -> tuple[str, ...]:
    """The full pinyin of a name as text and as a person's name (as the typing warning
    tries both), or only one of them when ``person`` says which."""
    typed = normalized_name(name or "")
    kinds = (False, True) if person is None else (person,)
    return tuple(dict.fromkeys(pinyin_keys(typed, p)[0] for p in kinds if typed))


def on_file(store: Store, wanted: list[tuple[str, str, tuple[str, ...]]],
            leave_out: set[int] = frozenset()) -> Likeness:  # type: ignore[assignment]
    """The customers on file that ``(name, phone, readings)`` could be, gathered in one
    query per few hundred names, phones and readings; ``leave_out`` ids are not counted."""
    found = Likeness()

    def add(row, readings: tuple[str, ...] = ()) -> None:
        if row["id"] not in leave_out:
            found.add(Known(row["id"], row["code"], row["name"], row["area"] or "",
                            digits(row["phone"] or "")), readings)

    for row in sql.by_phones(store, [p for _, p, _ in wanted if p]):
        add(row)
    for row in sql.by_names(store, [n for n, _, _ in wanted if n]):
        add(row)
    fulls = [f for _, _, readings in wanted for f in readings]
    for full, row in (sql.by_readings(store, fulls) if fulls else []):
        add(row, (full,))
    return found


# --- the whole-file scan ------------------------------------------------------------------
#
# The scan applies the same rules to every customer at once: it groups customers by phone
# (their own and their contacts'), by normalised name within an area, by the pinyin of the
# name, and compares names within an area by similarity (rapidfuzz). Grouping keeps it
# linear: 100,000 customers take seconds, not the hours pairwise comparison would.

MAX_GROUP = 30          # a phone or name shared more widely is a chain or a placeholder
SIMILARITY = 75         # rapidfuzz ratio (0-100) of whole names from which two are "similar"
_BLOCK = 4000           # names compared all-against-all at most (a 4000² matrix of bytes)


class ScanCancelled(Cancelled):
    """The user cancelled the scan."""


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers that are probably one, with the evidence."""

    a: int
    b: int
    reasons: tuple[str, ...]                 # strongest first
    score: int                               # name similarity 0-100
    evidence: str                            # the shared phone, name or pinyin
    names: tuple[str, str] = ("", "")
    areas: tuple[str, str] = ("", "")
    phones: tuple[str, str] = ("", "")
    codes: tuple[str, str] = ("", "")


def scan_duplicates(store: Store, progress=None) -> list[DuplicatePair]:
    """Likely duplicates among all customers not in the trash, strongest evidence first,
    leaving out pairs marked "not duplicates". ``progress(step, steps)`` returning False
    cancels (:class:`ScanCancelled`)."""
    from rapidfuzz import fuzz, process

    from desktop_crm.storage import merge as merges

    steps = 5

    def step(n: int) -> None:
        if progress is not None and not progress(n, steps):
            raise ScanCancelled()

    rows = sql.scan_customers(store)
    info = {r[0]: r for r in rows}
    names = {cid: normalized_name(name) for cid, name, *_ in rows}
    found: dict[tuple[int, int], list] = {}

    def add(ids, reason: str, evidence: str, score: int = 100, among: set[int] | None = None) -> None:
        ids = sorted(set(ids))
        if not 2 <= len(ids) <= MAX_GROUP:
            return
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if among is not None and a not in among and b not in among:
                    continue
                if reason == "similar_name" and names[a] == names[b]:
                    continue  # the same name is "same_name" (within an area), not similar
                entry = found.setdefault((a, b), [set(), score, evidence])
                entry[0].add(reason)
                entry[1] = max(entry[1], score)

    # 1. phones: the customer's own, then its contacts'
    own: dict[str, list[int]] = {}
    theirs: dict[str, list[int]] = {}
    for cid, _, _, phone, *_ in rows:
        if phone:
            own.setdefault(digits(phone), []).append(cid)
    for cid, phone in sql.scan_contact_phones(store):
        theirs.setdefault(digits(phone), []).append(cid)
    for number, ids in own.items():
        add(ids, "phone", number)
    for number, ids in theirs.items():
        add(ids + own.get(number, []), "contact_phone", number, among=set(ids))
    step(1)

    # 2. the same name in the same area; 3. the same reading with other characters
    same: dict[tuple[str, str], list[int]] = {}
    readings: dict[tuple[str, str], list[int]] = {}
    for cid, _, area, _, kind, _ in rows:
        name = names[cid]
        same.setdefault((name, area), []).append(cid)
        if len(core_name(name)) >= 2:
            full = pinyin_keys(name, kind == "individual")[0]
            if full:
                # people share readings widely: only within an area; shops anywhere
                readings.setdefault((full, area if kind == "individual" else ""), []).append(cid)
    for (name, _), ids in same.items():
        add(ids, "same_name", name)
    step(2)
    for (full, _), ids in readings.items():
        if len({names[i] for i in ids}) > 1:
            add(ids, "same_pinyin", full)
    step(3)

    # 4. similar names of organisations within an area (people's short names are too alike)
    by_area: dict[str, list[int]] = {}
    for cid, _, area, _, kind, _ in rows:
        if kind != "individual" and area and len(core_name(names[cid])) >= 2:
            by_area.setdefault(area, []).append(cid)
    for area, ids in by_area.items():
        for block in _blocks(ids, names):
            texts = [names[i] for i in block]
            matrix = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=SIMILARITY,
                                   dtype="uint8", workers=-1)
            rows_i, cols_j = matrix.nonzero()
            for i, j in zip(rows_i.tolist(), cols_j.tolist()):
                if i < j and texts[i] != texts[j] and _close_cores(texts[i], texts[j]):
                    add((block[i], block[j]), "similar_name", area, int(matrix[i, j]))
        cores: dict[str, list[int]] = {}
        for cid in ids:
            cores.setdefault(core_name(names[cid]), []).append(cid)
        for core, group in cores.items():
            if len({names[i] for i in group}) > 1:
                add(group, "similar_name", core, 90)
    step(4)

    dismissed = merges.dismissed(store)
    out = []
    for (a, b), (reasons, score, evidence) in found.items():
        if (a, b) in dismissed:
            continue
        ra, rb = info[a], info[b]
        # two phones that differ speak against a match by name alone: people who share a
        # name, and neighbouring shops with nearly the same name, are different customers
        weak = {"similar_name"} if ra[4] != "individual" else {"same_name", "same_pinyin", "similar_name"}
        if reasons <= weak and ra[3] and rb[3] and ra[3] != rb[3]:
            continue
        ordered = tuple(sorted(reasons, key=_RANK.__getitem__))
        out.append(DuplicatePair(a, b, ordered, score, evidence, (ra[1], rb[1]), (ra[2], rb[2]),
                                 (ra[3], rb[3]), (ra[5], rb[5])))
    out.sort(key=lambda p: (_RANK[p.reasons[0]], -len(p.reasons), -p.score, p.a, p.b))
    step(5)
    return out


def _blocks(ids: list[int], names: dict[int, str]):
    """``ids`` in groups small enough to compare all against all: split by the first letter
    of the name's pinyin when too many (a typo in the first character is then missed)."""
    if len(ids) <= _BLOCK:
        yield ids
        return
    groups: dict[str, list[int]] = {}
    for cid in ids:
        full = pinyin_keys(names[cid])[0]
        groups.setdefault(full[:1] or names[cid][:1], []).append(cid)
    for group in groups.values():
        for start in range(0, len(group), _BLOCK):
            yield group[start:start + _BLOCK]


def _close_cores(a: str, b: str) -> bool:
    """Names whose distinctive part (generic shop words left out) is the same, or one holds
    the other: 明佳烟酒 / 明佳烟洒 (明佳 in 明佳烟洒), not 金凤便利店 / 金龙便利店."""
    ca, cb = core_name(a), core_name(b)
    return bool(ca and cb) and (ca in cb or cb in ca)


# Reasons of the duplicate rules strong enough to merge two customers without asking
# (publishing a file into the team's data).
STRONG = ("phone", "same_name")


def strong_match(store: Store):
    """For publishing: a team customer (its name, phone, area) -> the id of the same customer
    in this file by a strong reason of the duplicate rules, or None."""

    def same_customer(theirs: dict) -> int | None:
        for candidate in likely_duplicates(store, theirs["name"], theirs["phone"],
                                           theirs["area"]):
            if candidate.reason in STRONG:
                return candidate.customer_id
        return None

    return same_customer

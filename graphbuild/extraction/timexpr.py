"""Time expressions and their resolution against the publication date.

'الخميس', 'مساء أمس الأحد', 'اليوم الثلاثاء', 'الأسبوع الماضي', 'في مارس الماضي', '12 أبريل الجاري',
'آذار 2025', '2025-03-06', '6/3/2025' (day first). A weekday is the latest such day on or before publication (or the next
one when the verb is future). Spans (a week, a weekend) resolve to their month when they lie
within one. With no publication date, or a vague expression, the date is None and the text stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress

from graphbuild.lexicon import Lexicon, PhraseSet
from graphbuild.normalize import BoundedMemo, norm, norm_phrase, proclitic_variants


@dataclass(frozen=True)
class TimeExpr:
    start: int          # token span
    end: int
    kind: str           # weekday | relday | span | month | day_month | iso | year | vague
    value: tuple = ()


@dataclass(frozen=True, slots=True)
class _Starts:
    """The parts of a time expression a word can start: a part of the day ('مساء'), a vague, span,
    relative-day or month phrase, a weekday (its number)."""
    part: bool = False
    vague: bool = False
    span: bool = False
    relday: bool = False
    weekday: int | None = None
    month: bool = False


_NO_START = _Starts()
_TABLES: dict[int, tuple] = {}
_YEAR = re.compile(r"(19|20)\d\d")
_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")      # day/month/year, as Arabic news writes it


def _tables(lx: Lexicon):
    if id(lx) not in _TABLES:
        _TABLES[id(lx)] = _build_tables(lx)
    return _TABLES[id(lx)]


def _build_tables(lx: Lexicon):
    t = lx.time
    weekdays = {norm(k): v for k, v in t["weekdays"].items()}
    reldays = PhraseSet(list(t["relative_days"]), list(t["relative_days"].values()))
    spans = PhraseSet(list(t["relative_spans"]), [tuple(v) for v in t["relative_spans"].values()])
    vague = PhraseSet(list(t["vague"]))
    months = PhraseSet(list(t["months"]), list(t["months"].values()))
    parts = {norm_phrase(k) for k in t["day_parts"]}
    past = {norm(k) for k in t["month_past"]}
    current = {norm(k) for k in t["month_current"]}
    nxt = {norm(k) for k in t["month_next"]}

    starters = frozenset(weekdays) | parts | {phrase[0] for table in (reldays, spans, vague, months)
                                              for phrase in table.phrases()}

    def may_start(key: str) -> bool:
        """Whether a time expression can start at a word: a number, or a word (without its
        proclitics) that starts a time phrase, a weekday or a part of the day."""
        return key.isdigit() or bool(_NUMERIC_DATE.fullmatch(key)) or any(v in starters for v in proclitic_variants(key))

    def starts_at(key: str) -> _Starts:
        """What a time expression can start with at a word that may start one."""
        variants = proclitic_variants(key)
        return _Starts(part=not parts.isdisjoint(variants), vague=vague.can_start(key), span=spans.can_start(key),
                       relday=reldays.can_start(key), weekday=next((weekdays[v] for v in variants if v in weekdays), None),
                       month=months.can_start(key))

    # may_start is asked of every word of a sentence with an event, starts_at of the few that may
    # start an expression only
    return reldays, spans, vague, months, past, current, nxt, BoundedMemo(starts_at, 10_000), \
        BoundedMemo(may_start, 100_000)


def find_times(keys: list[str], start: int, end: int, lx: Lexicon) -> list[TimeExpr]:
    reldays, spans, vague, months, past, current, nxt, starts, may_start = _tables(lx)

    def at(q: int) -> _Starts:
        return starts[keys[q]] if may_start[keys[q]] else _NO_START

    out: list[TimeExpr] = []
    i = start
    # nearly every word starts none; at one that may, only the tables it may start are matched
    for q in compress(range(start, end), map(may_start.__getitem__, keys[start:end])):
        if q < i:
            continue                                     # inside the expression found last
        i = q
        k = keys[i]
        j = i
        here = starts[k]
        if here.part and i + 1 < end:
            j = i + 1                                    # 'مساء', 'صباح' before a day
            here = at(j)
        hit = vague.match(keys, j) if here.vague else None
        if hit:
            out.append(TimeExpr(i, j + hit[0], "vague"))
            i = j + hit[0]
            continue
        hit = spans.match(keys, j) if here.span else None
        if hit:
            out.append(TimeExpr(i, j + hit[0], "span", hit[1]))
            i = j + hit[0]
            continue
        rel = reldays.match(keys, j) if here.relday else None
        if rel:
            e = j + rel[0]
            wd = at(e).weekday if e < end else None
            out.append(TimeExpr(i, e + (1 if wd else 0), "relday", (rel[1], wd)))
            i = e + (1 if wd else 0)
            continue
        wd = here.weekday
        if wd and j + 2 < end and keys[j + 1].isdigit() and at(j + 2).month and months.match(keys, j + 2):
            continue                                     # 'الجمعة 15 أغسطس 2025': the date says the day
        if wd:
            out.append(TimeExpr(i, j + 1, "weekday", (wd,)))
            i = j + 1
            continue
        day = int(keys[i]) if keys[i].isdigit() and 1 <= len(keys[i]) <= 2 else None
        m_at = i + 1 if day else i
        month = months.match(keys, m_at) if m_at < end and (at(m_at) if day else starts[k]).month else None
        if month:
            e = m_at + month[0]
            other = months.match(keys, e + 1) if e + 1 < end and keys[e] == "/" else None
            if other and other[1] == month[1]:
                e += 1 + other[0]                        # 'مارس/آذار': one month in two calendars' names
            year = int(keys[e]) if e < end and keys[e].isdigit() and len(keys[e]) == 4 else None
            rel_word = keys[e] if e < end and not year else None
            rel = "past" if rel_word in past else "current" if rel_word in current else "next" if rel_word in nxt else None
            e = e + 1 if (year or rel) else e
            out.append(TimeExpr(i, e, "day_month" if day else "month", (day, month[1], year, rel)))
            i = e
            continue
        if len(k) == 4 and _YEAR.fullmatch(k) and i + 4 < end and keys[i + 1] == "-" and keys[i + 3] == "-":
            out.append(TimeExpr(i, i + 5, "iso", (int(k), int(keys[i + 2]), int(keys[i + 4]))))
            i += 5
        elif numeric := _NUMERIC_DATE.fullmatch(k):
            day, month, year = map(int, numeric.groups())
            out.append(TimeExpr(i, i + 1, "iso", (year, month, day)))
            i += 1
    return out


def time_at(keys: list[str], i: int, end: int, lx: Lexicon) -> TimeExpr | None:
    """The time expression that starts at i and ends by `end`, if one does (most words start none)."""
    if not _tables(lx)[-1][keys[i]]:
        return None
    found = find_times(keys, i, end, lx)
    return found[0] if found and found[0].start == i else None


def resolve(expr: TimeExpr, published: date | None, future: bool = False) -> str | None:
    """ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or None when it cannot be resolved."""
    if expr.kind == "iso":
        y, m, d = expr.value
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None
    if expr.kind in ("day_month", "month"):
        day, month, year, rel = expr.value
        if year is None:
            if published is None:
                return None
            year = published.year
            if rel == "past" or (rel is None and not future and month > published.month):
                year = published.year - (1 if month > published.month or (rel == "past" and month == published.month) else 0)
            elif rel == "next" or (future and month < published.month):
                year = published.year + (1 if month < published.month else 0)
        if day:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}"
    if published is None or expr.kind == "vague":
        return None
    if expr.kind == "weekday":
        return _weekday(published, expr.value[0], future).isoformat()
    if expr.kind == "relday":
        offset, wd = expr.value
        return (published + timedelta(days=offset)).isoformat()
    if expr.kind == "span":
        unit, offset = expr.value
        if unit == "year":
            return f"{published.year + offset:04d}"
        if unit == "month":
            m = published.month + offset
            y = published.year + (m - 1) // 12
            return f"{y:04d}-{(m - 1) % 12 + 1:02d}"
        if unit == "week":
            first = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
            last = first + timedelta(days=6)
        else:  # weekend: the Saturday and Sunday before publication
            last = published - timedelta(days=(published.weekday() + 1) % 7 or 7) if published.weekday() != 6 else published
            first = last - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else None
    return None


def _weekday(published: date, iso_weekday: int, future: bool) -> date:
    delta = (published.isoweekday() - iso_weekday) % 7
    if future:
        return published + timedelta(days=(iso_weekday - published.isoweekday()) % 7)
    return published - timedelta(days=delta)

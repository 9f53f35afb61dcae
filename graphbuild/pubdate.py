"""Publication dates: from a sidecar value, or written in the article text."""
from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}

# the labels a date follows: a text that holds none states no date, which three substring tests
# tell quicker than a search that tries the labels at every character
_LABELS = ("تاريخ النشر", "نشر في", "بتاريخ")
_LABEL = "(?:" + "|".join(_LABELS) + ")"
# "تاريخ النشر: 11th, May 2025 GMT"
_EN_DAY_MONTH_YEAR = re.compile(_LABEL + r"\s*:?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]+),?\s+(\d{4})")
# "بتاريخ:2025-03-06 09:03:00", "تاريخ النشر: 2025/03/06"
_ISO = re.compile(_LABEL + r"\s*:?\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


# 'مارس/آذار': the Egyptian and the Levantine name of one month; dateparser knows the first
_MONTH_PAIR = re.compile(r"([\u0621-\u064A]+)\s*/\s*[\u0621-\u064A]+")


def parse_published(value) -> date | None:
    """A sidecar's `published` value: ISO ('2025-05-11', '2025-05-11T10:00:00Z'), else any date
    dateparser reads, day first ('11/05/2025'), in English or Arabic ('Sun, 11 May 2025 10:00:00
    GMT', '11 مايو 2025'); None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    for parse in (lambda s: datetime.fromisoformat(s).date(), date.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _safe_date(*m.groups())
    import dateparser

    found = dateparser.parse(_MONTH_PAIR.sub(r"\1", text), languages=["ar", "en"],
                             settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                       # 'yesterday' says nothing about a page read later
                                       "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    return found.date() if found else None


def published_in_text(text: str) -> date | None:
    """The publication date an article states about itself, e.g. 'تاريخ النشر: 11th, May 2025 GMT'."""
    head = text[:4000] + text[-4000:]
    if not any(label in head for label in _LABELS):
        return None
    m = _ISO.search(head)
    if m:
        return _safe_date(*m.groups())
    m = _EN_DAY_MONTH_YEAR.search(head)
    if m and m.group(2).lower() in _MONTHS_EN:
        return _safe_date(m.group(3), _MONTHS_EN[m.group(2).lower()], m.group(1))
    return None


def _safe_date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None

"""Publication dates: from a sidecar value, or written in the article text."""
from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}

# "تاريخ النشر: 11th, May 2025 GMT"
_EN_DAY_MONTH_YEAR = re.compile(
    r"(?:تاريخ النشر|نشر في|بتاريخ)\s*:?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]+),?\s+(\d{4})")
# "بتاريخ:2025-03-06 09:03:00", "تاريخ النشر: 2025/03/06"
_ISO = re.compile(r"(?:تاريخ النشر|نشر في|بتاريخ)\s*:?\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def parse_published(value) -> date | None:
    """A sidecar's `published` value: ISO date or datetime string; None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    for parse in (lambda s: datetime.fromisoformat(s).date(), date.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    return _safe_date(*m.groups()) if m else None


def published_in_text(text: str) -> date | None:
    """The publication date an article states about itself, e.g. 'تاريخ النشر: 11th, May 2025 GMT'."""
    head = text[:4000] + text[-4000:]
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

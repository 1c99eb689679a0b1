"""Finding the date a council document speaks for, from its own words ("15th November 2017", "Nov 08")."""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}}|\d{{2}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+(\d{{4}}|\d{{2}})\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b(20\d\d|19\d\d)\s*[-–]\s*(\d{2,4})\b")


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def find_date(text: str, window: int = 1500) -> str | None:
    """The first full date near the top of the text as ISO (YYYY-MM-DD), else month and year (YYYY-MM), else a year."""
    head = text[:window]
    match = _DAY_MONTH_YEAR.search(head)
    if match:
        day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], _year(match.group(3))
        if 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    match = _MONTH_YEAR.search(head)
    if match:
        return f"{_year(match.group(2)):04d}-{_MONTHS[match.group(1).lower()]:02d}"
    match = _YEAR_RANGE.search(head)
    if match:
        return match.group(1)
    return None


def named_period(text: str) -> str | None:
    """The one year ("2019") or month ("2019-07", from "July 2019") a question names; None for none or several years."""
    years = set(re.findall(r"\b((?:19|20)\d\d)\b", text))
    if len(years) != 1:
        return None
    year = years.pop()
    for match in _MONTH_YEAR.finditer(text):
        if _year(match.group(2)) == int(year) and match.group(1) != "may":  # "what may 2020 bring" names no month
            return f"{year}-{_MONTHS[match.group(1).lower()]:02d}"
    return year

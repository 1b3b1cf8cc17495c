"""Dates as news pages write them: 'Nov. 19, 2019, 8:41 AM', '18 November 2019', '2019-11-19T12:48Z'.

A briefing's date is a UTC day, as the feeds and the pages' own metadata give it. Where a dateline
writes a time with its zone ('10:31 pm CST', 'Nov 19, 2019, 10:31 pm CST'), the day is the one that
time falls on in UTC, so a late-evening American dateline and the page's markup agree; without a
zone the day is kept as written. A dateline with a time but no year ('Posted Nov 19, 6:51 AM', as
sites write this year's stories) takes the year of the page's copyright line ('© 2019
Cleveland.com'; the later of a span), and gives no date where there is none
(`find_yearless_date`).
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from generator.lexicon.read import US_GENERIC_ZONES, ZONE_OFFSETS

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
MONTH_NAME = r"(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?i:[a-z]*))\.?"
YEAR = r"(?P<year>(?:19|20)\d\d)(?=\D|$|\d{1,2}:\d\d)"  # '2019', also glued to a time: 'NOV 20 20194:29 AM'
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?=\D|$)"),  # also '2019-11-19T12:48:14Z'
    re.compile(r"\b" + MONTH_NAME + r"\s+(?P<day>\d{1,2}),?\s+" + YEAR),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\s+" + MONTH_NAME + r",?\s+" + YEAR),
    re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),  # read only where unambiguous
    # '11/13/19 AT 4:00 PM': a two-digit year only in a dateline, where a time follows
    re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<short_year>\d\d)\s+(?i:at\s+)?\d{1,2}:\d\d\b"),
]
# 'Posted Nov 19, 6:51 AM': a dateline of this year's story often gives no year, but its time
YEARLESS_DATELINE = re.compile(r"\b" + MONTH_NAME + r"\s+(?P<day>\d{1,2}),?\s+(?i:at\s+)?\d{1,2}:\d\d\s*(?i:[ap]\.?m\b)")
YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
ZONE_NAMES = "|".join(sorted(ZONE_OFFSETS.keys() | US_GENERIC_ZONES.keys(), key=len, reverse=True))
ZONED_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})[:.](?P<minute>\d\d)\s*(?P<half>[ap]\.?m\.?)?\s*\(?(?P<zone>" + ZONE_NAMES + r")\b",
    re.IGNORECASE,
)
MAX_HEADER_WORDS = 16  # a dateline, a byline: a short line (the copied-text reader's header lines too)


@functools.lru_cache(maxsize=1024)
def has_date(line: str) -> bool:
    return any(pattern.search(line) for pattern in DATE_PATTERNS)


def find_date(lines: list[str]) -> str | None:
    """The first date written in a short line of these (a dateline, a byline), as YYYY-MM-DD;
    else the first in any line. A date inside a caption or a sentence ('In this Dec. 12, 2006,
    file photo') is seldom the article's own."""
    short = [line for line in lines if len(line.split()) <= MAX_HEADER_WORDS]
    return _first_date(short) or _first_date(lines)


def find_yearless_date(lines: list[str], copyright_line: str | None) -> str | None:
    """The first dateline without a year ('Updated Nov 19, 6:55 AM'), in the year of the page's
    copyright line ('© 2019 Cleveland.com'; the later of a span, '© 2005-2019'). Sites drop the
    year for this year's stories, and the copyright line gives the year the page was shown."""
    years = YEAR_IN_LINE.findall(copyright_line or "")
    if not years:
        return None
    for line in lines:
        match = YEARLESS_DATELINE.search(line)
        if match and len(line.split()) <= MAX_HEADER_WORDS:
            found = as_date({**match.groupdict(), "year": max(years)})
            if found:
                return _utc_day(found, line)
    return None


def _first_date(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(line):
                found = as_date(match.groupdict())
                if found:
                    return _utc_day(found, line)
    return None


def as_date(parts: dict) -> str | None:
    """A date from its parts; for 'a/b/yyyy' only where one of a and b cannot be a month
    ('21/06/2014' is 21 June, '06/21/2014' 21 June too, '06/07/2014' is not guessed)."""
    if "first" in parts:
        first, second = int(parts["first"]), int(parts["second"])
        if (first > 12) == (second > 12):
            return None
        year = parts.get("year") or f"20{parts['short_year']}"
        parts = {"year": year, "day": max(first, second), "month": min(first, second)}
    month = parts.get("month")
    if month is not None and not str(month).isdigit():
        month = MONTHS.get(month[:3].lower())
    try:
        return dt.date(int(parts["year"]), int(month), int(parts["day"])).isoformat()
    except (TypeError, ValueError):
        return None


def _utc_day(day: str, line: str) -> str:
    """The UTC day of `day` at the zoned time the same line writes, if it writes one."""
    match = ZONED_TIME.search(line)
    if not match:
        return day
    hour, minute = int(match["hour"]), int(match["minute"])
    half = (match["half"] or "").lower()[:1]
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return day
    hour = hour % 12 + 12 * (half == "p") if half else hour
    local = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute))
    return (local - dt.timedelta(hours=_offset(match["zone"].lower(), local.date()))).date().isoformat()


def _offset(zone: str, day: dt.date) -> int:
    if zone in ZONE_OFFSETS:
        return ZONE_OFFSETS[zone]
    return US_GENERIC_ZONES[zone] + _us_summer_time(day)


def _us_summer_time(day: dt.date) -> int:
    """1 from the second Sunday of March to the first Sunday of November (US daylight saving time)."""
    def sunday(month: int, nth: int) -> dt.date:
        first = dt.date(day.year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))

    return int(sunday(3, 2) <= day < sunday(11, 1))

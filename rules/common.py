"""Helpers the rule families share: how figures and dates read in messages."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from linter.api import scientific


def ratio(value: Decimal | float) -> str:
    value = float(value)
    return f"{value:,.0f}" if value < 10_000 else scientific(value)


def day(d: dt.date, language: str = "en") -> str:
    """7 October 2020 / 2020 年 10 月 7 日."""
    return f"{d.year} 年 {d.month} 月 {d.day} 日" if language == "zh" else f"{d.day} {d.strftime('%B')} {d.year}"


def line_of(ctx, offset: int) -> int:
    return ctx.document.line_of(offset) + 1

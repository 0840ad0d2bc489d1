"""Helpers the rule families share: how figures and dates read in messages."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from linter.api import scientific


def ratio(value: Decimal | float) -> str:
    value = float(value)
    return f"{value:,.0f}" if value < 10_000 else scientific(value)


def day(rule, ctx, d: dt.date) -> str:
    """A date as the message language writes it (7 October 2020, 2020 年 10 月 7 日): the rule's
    `day` template, with the month's name where the language's pack has month names."""
    names = {n: name for name, n in (ctx.words("MONTHS", language=ctx.language, family="dates") or {}).items() if not name.endswith(".")}
    return rule.say(ctx, "day", day=d.day, month=names.get(d.month, d.month), year=d.year)


def line_of(ctx, offset: int) -> int:
    return ctx.document.line_of(offset) + 1


def flat(text: str) -> str:
    """Text as a message quotes or compares it: on one line, one space between words ("7 December⏎2017"
    wrapped in the PDF)."""
    return " ".join(text.split())

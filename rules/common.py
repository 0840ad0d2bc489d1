"""Helpers the rule families share: how figures and dates read in messages."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal


def grouped(amount: Decimal) -> str:
    """240000000000000 → '240 000 000 000 000' (UN style: space-grouped digits)."""
    integral = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if integral else f"{amount:,.2f}"
    return text.replace(",", " ")


def scientific(value: Decimal | float) -> str:
    """2.4e14 → '2.4 × 10^14'."""
    mantissa, exponent = f"{float(value):.1e}".split("e")
    return f"{mantissa} × 10^{int(exponent)}"


def ratio(value: Decimal | float) -> str:
    value = float(value)
    return f"{value:,.0f}" if value < 10_000 else scientific(value)


def day(d: dt.date, language: str = "en") -> str:
    """7 October 2020 / 2020 年 10 月 7 日."""
    return f"{d.year} 年 {d.month} 月 {d.day} 日" if language == "zh" else f"{d.day} {d.strftime('%B')} {d.year}"


def line_of(ctx, offset: int) -> int:
    return ctx.document.line_of(offset) + 1

"""Language data as tables: adding a currency word or a month name is a one-line change here.

Scale words live in `linter.units.SCALE_WORDS` (shared with the pint registry).
"""
from __future__ import annotations

from linter.units import SCALE_WORDS

# ---------------------------------------------------------------- money
ZH_CURRENCIES = {
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "瑞士法郎": "CHF",
    "英镑": "GBP",
    "人民币": "CNY",
    "元人民币": "CNY",
    "元": "CNY",
    "卢布": "RUB",
    "加元": "CAD",
    "澳元": "AUD",
    # Traditional spellings
    "歐元": "EUR",
    "日圓": "JPY",
    "英鎊": "GBP",
    "人民幣": "CNY",
    "元人民幣": "CNY",
    "盧布": "RUB",
}
EN_CURRENCY_WORDS = {
    "United States dollars": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "Swiss francs": "CHF",
    "pounds sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
}
CURRENCY_PREFIXES = {
    "USD": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "$": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "JPY": "JPY",
    "¥": "JPY",
    "CHF": "CHF",
    "GBP": "GBP",
    "£": "GBP",
    "CNY": "CNY",
    "RMB": "CNY",
}
ZH_SCALES = tuple(word for word in SCALE_WORDS if not word.isascii())
EN_SCALES = tuple(word for word in SCALE_WORDS if word.isascii())

# Words before an amount or count that make it approximate (looked up right before the span).
QUALIFIERS = {
    "超过": "more_than",
    "逾": "more_than",
    "多于": "more_than",
    "至少": "more_than",
    "约": "about",
    "大约": "about",
    "近": "about",
    "将近": "about",
    "不到": "less_than",
    "more than": "more_than",
    "over": "more_than",
    "in excess of": "more_than",
    "at least": "more_than",
    "about": "about",
    "approximately": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "up to": "up_to",
    "less than": "less_than",
}

# ---------------------------------------------------------------- Chinese numerals
ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_NUMERAL_SCALES = {"万": 10**4, "亿": 10**8}
# Characters read as their simplified equivalents: Traditional forms and the financial numerals
# (大写数字) of cheques and budgets, simplified and Traditional.
ZH_NUMERAL_VARIANTS = {
    "萬": "万", "億": "亿", "兩": "两",
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六",
    "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
}

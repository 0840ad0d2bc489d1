"""Chinese dates: 2020 年 2 月 10 日 · 2019 年 11 月 · 2018 年 · …至 2019 年 7 月 · …至 28 日 ·
2019 年 2 月 7 日和 8 日 · 11 月 (its year taken from the sentence)."""
import re

from linter.lang.und.dates import SP, YEAR
from linter.lang.zh.numbers import RANGE_CONNECTORS

_YEAR = rf"(?P<y>{YEAR}){SP}年"
_MONTH = rf"(?P<m>\d{{1,2}}){SP}月"
DAY = rf"(?P<d>\d{{1,2}}){SP}[日号]"
# A year ending a quoted name, without 年: “中国制造2025”, 《健康中国2030》.
_NAME_YEAR = rf"(?<=[\u4e00-\u9fff])(?P<y>{YEAR})(?=[》”」』])"
# Dates in numerals: 二〇一六年五月, 二零二二年三月五日, 二0一一年 (an ASCII zero for 〇).
_DIGIT = "〇零0一二三四五六七八九"
_NUMERAL_YEAR = rf"(?P<y>[一二][{_DIGIT}]{{3}}){SP}年"
_NUMERAL_MONTH = r"(?P<m>十[一二]?|[一二三四五六七八九])月"
_NUMERAL_DAY = r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
# A year standing alone between punctuation or spaces, as citations write it: 报告（2019）, 2019、2020.
# Not touching a character, a figure or a slash (an ideograph before or after makes it a number of a
# name, and 年 a year the first form reads), nor a number (第 2019 号). An atom only, never part
# of a range (its look-behind needs the text before it, which a range's parse does not see).
BARE_YEAR = rf"(?<![\w./\-])(?<!第[ \u00a0])(?P<y>{YEAR})(?![\w/]|[.,]\d|\)/|[ \u00a0]?[年号])"
# The first day of a range written without its 日 (2023年5月18和19日, 2023年2月21至3月1日).
_THEN_DAY = rf"{SP}(?:{'|'.join(map(re.escape, (*RANGE_CONNECTORS, '和', '、')))}){SP}(?:\d{{1,2}}{SP}月{SP})?\d{{1,2}}{SP}[日号]"
POINTS = (
    rf"{_YEAR}(?:{SP}{_MONTH}(?:{SP}(?P<d>\d{{1,2}})(?:{SP}[日号]|(?={_THEN_DAY})))?)?",
    _NAME_YEAR,
    rf"{_NUMERAL_YEAR}(?:{_NUMERAL_MONTH}(?:{_NUMERAL_DAY})?)?",
)
# A month (and day) without a year: a range's end, or a point whose year the sentence gives.
MONTH_DAY = rf"{_MONTH}(?:{SP}{DAY})?"
OPEN_POINTS = (MONTH_DAY,)
RANGE_ENDS = (MONTH_DAY, DAY)
CONNECTORS = RANGE_CONNECTORS
AND_DAY = ("和", "、")  # 2019 年 2 月 7 日和 8 日 · 2022年6月30日和7月1日 (consecutive days)
AND_ENDS = (rf"{_MONTH}{SP}{DAY}", DAY)
# Years without 年 on the first, or on both, in a range: 2022-2023年, 2018−2028, 2022-2023 (in a title).
YEAR_RANGE = (rf"(?P<y>{YEAR})", rf"(?P<y>{YEAR})(?:{SP}年)?(?!{SP}\d{{1,2}}{SP}月)")
# Two consecutive years with a slash, a cohort or school year: 2012/2013年 (linter.extract.dates).
TWO_YEARS = rf"(?<![A-Za-z0-9/.\-])(?P<y>{YEAR})/(?P<y2>{YEAR}){SP}年"
# What ends the sentence an open point looks back into for its year.
SENTENCE_END = r"[。\n；;]"
# The grammar's forms, tried in this order (see linter.extract.dates).
FORMS = ("point_range", "year_range", "open_point")

_CONNECTOR = "|".join(map(re.escape, CONNECTORS))
PREFILTER = rf"[一二](?<![{_DIGIT}][一二])(?=[{_DIGIT}]{{3}}{SP}年)|\d(?<![\d/.年]\d)(?:\d{{3}}{SP}年|\d?{SP}月|\d{{3}}(?={SP}(?:{_CONNECTOR}){SP}{YEAR})|(?<=[\u4e00-\u9fff]\d)\d{{3}}(?=[》”」』])|(?<![\w./\-]\d)(?<=[12])\d{{3}}(?![\w/]|[.,]\d|\)/|[ \u00a0]?[年号]))"
CONTINUATION = rf"{SP}(?:{_CONNECTOR}){SP}\d|{SP}[{''.join(AND_DAY)}]{SP}(?:{_MONTH}{SP})?{DAY}"

SINCE_AFTER = ("以来", "起")  # 1983 年以来
AS_OF_BEFORE = ("截至", "截止", "截止到")

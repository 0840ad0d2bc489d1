"""Chinese dates: 2020 年 2 月 10 日 · 2019 年 11 月 · 2018 年 · …至 2019 年 7 月 · …至 28 日 ·
2019 年 2 月 7 日和 8 日 · 11 月 (its year taken from the sentence)."""
import re

from linter.lang.und.dates import SP, YEAR

_YEAR = rf"(?P<y>{YEAR}){SP}年"
_MONTH = rf"(?P<m>\d{{1,2}}){SP}月"
DAY = rf"(?P<d>\d{{1,2}}){SP}[日号]"
POINTS = (rf"{_YEAR}(?:{SP}{_MONTH}(?:{SP}{DAY})?)?",)
# A month (and day) without a year: a range's end, or a point whose year the sentence gives.
MONTH_DAY = rf"{_MONTH}(?:{SP}{DAY})?"
OPEN_POINTS = (MONTH_DAY,)
RANGE_ENDS = (MONTH_DAY, DAY)
CONNECTORS = ("至", "到", "—", "–", "-", "～", "~", "－")
AND_DAY = ("和", "、")  # 2019 年 2 月 7 日和 8 日
# What ends the sentence an open point looks back into for its year.
SENTENCE_ENDS = "。\n；;"
# The grammar's forms, tried in this order (see linter.extract.dates).
FORMS = ("point_range", "open_point")

PREFILTER = rf"\d(?<![\d/.年]\d)(?:\d{{3}}{SP}年|\d?{SP}月)"
CONTINUATION = rf"{SP}(?:{'|'.join(map(re.escape, CONNECTORS))}){SP}\d|{SP}[{''.join(AND_DAY)}]{SP}{DAY}"

SINCE_AFTER = ("以来", "起")  # 1983 年以来
AS_OF_BEFORE = ("截至", "截止", "截止到")

"""Chinese dates: 2020 年 2 月 10 日 · 2019 年 11 月 · 2018 年 · …至 2019 年 7 月 · …至 28 日 ·
2019 年 2 月 7 日和 8 日 · 11 月 (its year taken from the sentence)."""
import re

from linter.lang.und.dates import SP, YEAR

_YEAR = rf"(?P<y>{YEAR}){SP}年"
_MONTH = rf"(?P<m>\d{{1,2}}){SP}月"
DAY = rf"(?P<d>\d{{1,2}}){SP}[日号]"
# A year ending a quoted name, without 年: “中国制造2025”, 《健康中国2030》.
_NAME_YEAR = rf"(?<=[\u4e00-\u9fff])(?P<y>{YEAR})(?=[》”」』])"
POINTS = (rf"{_YEAR}(?:{SP}{_MONTH}(?:{SP}{DAY})?)?", _NAME_YEAR)
# A month (and day) without a year: a range's end, or a point whose year the sentence gives.
MONTH_DAY = rf"{_MONTH}(?:{SP}{DAY})?"
OPEN_POINTS = (MONTH_DAY,)
RANGE_ENDS = (MONTH_DAY, DAY)
CONNECTORS = ("至", "到", "—", "–", "-", "−", "～", "~", "－")
AND_DAY = ("和", "、")  # 2019 年 2 月 7 日和 8 日 · 2022年6月30日和7月1日 (consecutive days)
AND_ENDS = (rf"{_MONTH}{SP}{DAY}", DAY)
# Years without 年 on the first, or on both, in a range: 2022-2023年, 2018−2028, 2022-2023 (in a title).
YEAR_RANGE = (rf"(?P<y>{YEAR})", rf"(?P<y>{YEAR})(?:{SP}年)?(?!{SP}\d{{1,2}}{SP}月)")
# What ends the sentence an open point looks back into for its year.
SENTENCE_END = r"[。\n；;]"
# The grammar's forms, tried in this order (see linter.extract.dates).
FORMS = ("point_range", "year_range", "open_point")

_CONNECTOR = "|".join(map(re.escape, CONNECTORS))
PREFILTER = rf"\d(?<![\d/.年]\d)(?:\d{{3}}{SP}年|\d?{SP}月|\d{{3}}(?={SP}(?:{_CONNECTOR}){SP}{YEAR})|(?<=[\u4e00-\u9fff]\d)\d{{3}}(?=[》”」』]))"
CONTINUATION = rf"{SP}(?:{_CONNECTOR}){SP}\d|{SP}[{''.join(AND_DAY)}]{SP}(?:{_MONTH}{SP})?{DAY}"

SINCE_AFTER = ("以来", "起")  # 1983 年以来
AS_OF_BEFORE = ("截至", "截止", "截止到")
# Phrases before a date that make it a plan, not a completed event.
FUTURE_MARKERS = ("将于", "将在", "将", "拟于", "拟", "计划于", "计划", "预计", "定于", "之前", "前")

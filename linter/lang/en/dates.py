"""English dates: 7 October 2020 · October 7, 2020 · October 2020 · 2020 · 4–28 January 2022 ·
7 and 8 February 2019 · 23 April–4 May 2018 · between 2018 and 2020 · from 2018 to 2020."""
import re

from linter.lang.und.dates import SP, YEAR

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
    "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
_NAMES = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>\d{1,2})(?![\d:])"
# A bare year is a date in English prose ("in 2020"), not in every language: "résolution 1990".
BARE_YEAR = rf"(?P<y>{YEAR})"
POINTS = (
    rf"{_DAY}{SP}(?P<mname>{_NAMES})(?:,?{SP}{BARE_YEAR})?",  # 7 October 2020
    rf"(?P<mname>{_NAMES}){SP}(?:(?P<d>\d{{1,2}}),?{SP})?{BARE_YEAR}",  # October 7, 2020 · October 2020
)
RANGE_STARTS = (rf"{_DAY}{SP}(?P<mname>{_NAMES})", _DAY)  # 23 April–…, 4–…
DASHES = ("–", "—", "-", "‒")
TO = r"(?:to|and)(?= )"
YEAR_TO = "to(?= )"
BETWEEN = ("between(?= )", "and")
FROM = "from(?= )"
FORMS = ("between", "start_range", "point", "years")

_WORDS = "|".join(re.escape(m[1:]) for m in sorted(MONTHS, key=len, reverse=True))
PREFILTER = (
    r"[bf](?<![A-Za-z][bf])(?:etween|rom) (?=\d|[A-Z])"
    rf"|\d(?<![\w./\-]\d)(?:\d?(?={SP}(?:(?:[–—-]|and |to ){SP}\d{{1,2}}{SP})?(?:{_NAMES}))"
    r"|(?<=[12])\d\d\d(?![\w/]|[.,]\d|\)/|[ \u00a0]?年))"
    rf"|[JFMASOND](?<![A-Za-z][JFMASOND])(?:{_WORDS})(?= \d)"
)
CONTINUATION = rf"{SP}(?:[–—‒-]|to |and ){SP}\d"

SINCE_BEFORE = ("since",)
AS_OF_BEFORE = ("as of", "as at", "As of", "As at")

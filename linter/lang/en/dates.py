"""English dates: 7 October 2020 · October 7, 2020 · October 2020 · 2020 · 4–28 January 2022 ·
7 and 8 February 2019 · 23 April–4 May 2018 · between 2018 and 2020 · from 2018 to 2020."""
import re

from linter.lang.en.numbers import RANGE_DASHES
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
DASHES = RANGE_DASHES
_BREAK = r"(?=[ \u00a0\n])"  # a word's end: a space, or a line break where PDF text wraps
TO = rf"(?:to|until|and){_BREAK}"
YEAR_TO = rf"(?:to|until){_BREAK}"
BETWEEN = (rf"(?i:between){_BREAK}", "and")
FROM = rf"(?i:from){_BREAK}"
# A month without a year, after one of these words, takes the year of its sentence ("in 2018 … first
# in January … and then in April"); a month name anywhere else may be a name or a verb (May).
OPEN_POINTS = (rf"(?P<mname>{'|'.join(m for m in MONTHS if not m.endswith('.'))})(?![ \u00a0]?\d|[\w-])",)
OPEN_POINT_AFTER = ("in", "In", "on", "On", "from", "From", "until", "to", "by", "since", "Since", "during", "During", "of", "early", "late", "mid-")
# … or after a conjunction right after such a month: "in March and April" (not "and May Wong spoke").
OPEN_POINT_JOINED = ("and", "or")
SENTENCE_END = r"[.!?](?=\s+[A-Z])|;|\n\s*\n"
# Words after which a bare four-digit number is a volume, page or paragraph number, not a year:
# "United Nations, Treaty Series, vol. 1974", "p. 2019", "paragraph 2012".
NOT_A_YEAR_AFTER = (
    "vol.", "Vol.", "vols.", "Vols.", "volume", "Volume", "No.", "no.", "Nos.", "nos.", "p.", "pp.", "page", "pages",
    "para.", "paras.", "paragraph", "paragraphs", "footnote", "note", "annex", "chapter", "article", "art.", "item", "rule",
)
# Two consecutive years with a slash before the kind of year they make: the 2019/20 school year.
TWO_YEARS = rf"(?<![A-Za-z0-9/.\-])(?P<y>{YEAR})/(?P<y2>(?:1[89]|20)?\d\d)(?=[ \u00a0\n](?:school|academic|fiscal|financial|budget|marketing|crop|harvest)[ \u00a0\n]year)"
# A year written with two digits after a dash, in a range: 2019–21.
SHORT_YEAR_END = r"(?P<yy>\d\d)(?![\d\w])"
FORMS = ("between", "start_range", "point", "years", "open_point")

_DASHES = "".join(map(re.escape, DASHES))
_WORDS = "|".join(re.escape(m[1:]) for m in sorted(MONTHS, key=len, reverse=True))
PREFILTER = (
    r"[bfBF](?<![A-Za-z][bfBF])(?:etween|rom)[ \n](?=\d|[A-Z])"
    r"|[12](?<=FY[12])(?=\d{3}(?!\d))"  # a fiscal year: FY2019
    rf"|\d(?<![\w./\-]\d)(?:\d?(?={SP}(?:(?:[{_DASHES}]|(?:and|to|until)[ \u00a0\n]){SP}\d{{1,2}}{SP})?(?:{_NAMES}))"
    r"|(?<=[12])\d\d\d(?![\w/]|[.,]\d|\)/|[ \u00a0]?年))"
    rf"|[JFMASOND](?<![A-Za-z][JFMASOND])(?:{_WORDS})(?= \d|(?<=[a-z])(?![\w-]))"
)
CONTINUATION = rf"{SP}(?:[{_DASHES}]|(?:to|until|and)[ \u00a0\n]){SP}\d"

SINCE_BEFORE = ("since",)
AS_OF_BEFORE = ("as of", "as at", "As of", "As at")

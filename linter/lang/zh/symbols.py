"""Resolutions and decisions cited by number in Chinese, the bodies that adopt them, and the
Chinese mark of a corrected reissue."""
from linter.lang.und.symbols import ANY_CITED, CITED_NUMBER, ROMAN_NUMBER, SC_NUMBER


# Between the items of a list whose word (决议, 决定) comes once at its end: a separator, and the
# date of the next item before it (…、1968年5月21日第252(1968)号和…).
_SEPARATOR = r"[ \u00a0]?(?:、|和|及|以及)[ \u00a0]?"
_DATE = r"(?:(?:19|20)\d\d[ \u00a0]?年[ \u00a0]?\d{1,2}[ \u00a0]?月(?:[ \u00a0]?\d{1,2}[ \u00a0]?日)?的?)?"
_NEXT = rf"{_SEPARATOR}{_DATE}(?:第[ \u00a0]?)?{ANY_CITED}(?:[ \u00a0]?号)?"
# The most items looked ahead for the list's word (the longest lists cited run to some thirty, the
# General Assembly's yearly resolutions on one subject): a bound that keeps each look linear.
_LONGEST_LIST = 60


def _list_end(words: str) -> str:
    """号 ending a citation whose word (决议, 决定) may come after a list of others, each with its
    第…号 (第822(1993)号、第853(1993)号和第884(1993)号决议), or with one 号 for all
    (第2133 (2014)、2178 (2014)和2462 (2019)号决议), a date before an item or not."""
    return rf"(?:[ \u00a0]?号)?(?=(?:{_NEXT}){{0,{_LONGEST_LIST}}}(?<=号)(?P<word>{words}))"


_INSIDE = r"A-Za-z0-9/.\-(（第"  # before a citation's number when it is part of a longer figure or symbol
_NOT_IN_FIGURE = rf"(?<![{_INSIDE}])"
ATOMS = (
    rf"第[ \u00a0]?{SC_NUMBER}{_list_end('决议')}",  # 第 1540(2004)号决议 (a 决定 so numbered is no Council's)
    rf"第[ \u00a0]?{ROMAN_NUMBER}{_list_end('决议')}",  # 第2200 A (XXI)号决议
    rf"第[ \u00a0]?{CITED_NUMBER}{_list_end('决议|决定')}",  # 第 78/123 号决议 · 第 52/492 号决定
    # … and without its 第: 大会S-24/2号决议, 第1540(2004)号 written 1540(2004)号决议, and the
    # items after the first of a list with one 第 and one 号 (…、2178 (2014)和2462 (2019)号决议).
    rf"{_NOT_IN_FIGURE}{SC_NUMBER}{_list_end('决议')}",
    rf"{_NOT_IN_FIGURE}{ROMAN_NUMBER}{_list_end('决议')}",
    rf"{_NOT_IN_FIGURE}{CITED_NUMBER}{_list_end('决议|决定')}",
)
PREFILTER = (
    rf"第(?=[ \u00a0]?{ANY_CITED})",
    rf"[\dES](?<![{_INSIDE}][\dES])(?={ANY_CITED}[ \u00a0]?(?:号决[议定]|号?{_SEPARATOR}))",
)
CITES = {"决议": "RES", "决定": "DEC"}
# A resolution's subject written before it: in 又回顾其关于发展政策委员会第二十五届会议报告的…第2023/10号决议
# the Committee is what the resolution is about, not the body that adopted it.
SUBJECTS = (r"关于[^，。；、\n]{1,80}?的",)
# The body whose resolution it is (see en): the last one named before the citation in its paragraph.
BODIES = (
    (r"人权理事会", "A/HRC"),
    (r"经济及社会理事会|经社理事会", "E"),
    (r"安全理事会|安理会", "S"),
    (r"缔约方大会|缔约国大会|缔约国会议", None),
    (r"大会", "A"),
    (r"理事会|委员会", None),
)
CORRECTED = ("更正本",)
# What may stand between a date and the citation after it: 2022年7月22日的第2022/19号决议.
DATE_BEFORE_SYMBOL = ("的",)

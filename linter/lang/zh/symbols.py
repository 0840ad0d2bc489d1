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

# Message templates of the symbol rules that the catalogue (messages.toml) does not carry yet
# (see en): rule code → id → template.
MESSAGES = {
    "SYM002": {
        "ga-year": "大会第 {session} 届会议于 {year} 年举行",
        "ga-special": "大会 {session} 特别会议于 {year} 年举行",
        "ga-emergency": "大会 {session} 紧急特别会议于 {opens} 年至 {closes} 年举行",
        "ga-emergency-open": "大会 {session} 紧急特别会议自 {opens} 年起举行",
        "ecosoc": "{year}/… 号决议和决定属于经济及社会理事会 {year} 年届会，该届会于 {year} 年举行",
        "ecosoc-cycle": "{year}/… 号决议和决定属于经济及社会理事会 {year} 年届会，会期为 {opens} 年 7 月下旬至 {year} 年 7 月",
        "hrc": "人权理事会第 {session} 届会议于 {year} 年举行（自 2006 年起每年举行三届）",
        "mismatch-why": "{symbol}所附日期为{date}，但{reason}；{why}",
        "date-elsewhere": "第 {line} 行所附同一决议的日期为{other}，因此更可能是此处日期有误",
        "date-after-issue": "该日期晚于本文件自身的日期（{issued}），因此更可能是日期有误",
        "date-breaks-list": "该列表按通过先后排列（{before}……{after}），此日期打乱了顺序，因此更可能是日期有误",
        "symbol-breaks-list": "该列表的日期按先后排列，此日期位于{before}与{after}的日期之间，因此更可能是文号有误",
        "check-symbol": "请核对文号：所指的是{date}的哪项决议？",
        "related-date": "日期{date}",
        "day": "{year} 年 {month} 月 {day} 日",
    },
    "SYM003": {
        "since": "第 {number} 号决议于 {low} 年或之后通过，而非 {year} 年",
        "why": "{adopted}；{why}",
        "date-agrees": "所附日期（{date}）与之相符，因此更可能是括号中的年份有误",
        "number-suspect": "所附日期（{date}）与 {year} 年相符，因此更可能是决议编号有误",
        "check-number": "请核对决议编号：所指的是 {year} 年的哪项决议？",
        "dated": "第 {number} 号决议于 {low} 年通过，但此处所附日期为{date}",
        "dated-since": "第 {number} 号决议于 {low} 年或之后通过，但此处所附日期为{date}",
        "year-agrees": "括号中的年份（{year}）即其通过年份，因此更可能是日期有误",
        "fix-year": "是否应为 {year} 年？",
        "related": "决议 {symbol}",
        "related-date": "日期{date}",
    },
}

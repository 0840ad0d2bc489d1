"""Chinese words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": "，且", "items": "、", "problems": "；"}

# Amounts (AMT001): words between the amounts of one list, besides commas and spaces.
LIST_SEPARATORS = ("、", "，", "和", "及", "与")
# Amounts: words that make an amount a contribution by one State (context-max-usd).
CONTRIBUTION_WORDS = ("捐款", "捐助", "捐赠", "认捐", "自愿")
# Amounts: what joins the two ends of a change or a range of one figure ("从月销售额 3 万元提高到
# 15 万元", "100 万元至 300 万元"): the two are of one order of magnitude, give or take a few.
CHANGE_JOINERS = ("至", "到", "提高到", "提高至", "增加到", "增加至", "增至", "增长到", "增长至", "上升到", "上升至",
                  "降至", "降到", "下降到", "下降至", "减少到", "减少至", "减至", "扩大到", "扩大至", "缩小到", "缩小至")
# … and the words that only attach a date to an end ("$4.5 trillion in October 2017 to …").
CHANGE_FILLERS = ("的", "，")
# Amounts: scale words a report would write, in the order tried for a suggestion (none first).
IDIOMATIC_SCALES = ("万", "亿", "万亿")

# Counts (CNT001): what joins two parts of a total ("7 名日本专家以及 10 名…").
PART_JOINERS = ("以及", "和", "及", "与", "、", "，")
# Counts (CNT002): what separates the items of an enumeration; the joiner before its last item (none).
ITEM_SEPARATORS = ("、", "，", "以及", "和", "及")
# Counts: numerals that make an enumeration a breakdown of the number ("三位来自非洲、五位…").
NUMERAL_CHARACTERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两")

# Symbols (SYM002): how a symbol cited after its date begins ("2023 年 12 月 19 日第 78/123 号").
SYMBOL_AFTER_DATE = ("第",)
# Symbols (SYM004): words that make a list of symbols a list of reports (lower case).
REPORT_WORDS = ("报告",)

# URLs (URL002): the words that point at a URL and say nothing of what it is: a sentence of these
# alone cites the URL for what the text around it describes ("See also: …", "另见：…").
CITATION_WORDS = (
    "另见", "参见", "亦可见", "也可见", "可见", "请见", "详见", "见", "参阅", "可查阅", "查阅", "以下", "下列", "如下", "网页",
    "网站", "网址", "链接", "载于", "可在", "查看", "获取", "访问", "同上", "的", "此", "另", "亦", "也", "可", "请", "和",
    "及", "上", "在", "于",
)

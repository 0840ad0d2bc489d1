"""Chinese numbers: scale words, numerals and the words that make a figure approximate."""

# Scale words attach to the figure and the scaled parts of one figure add up (51亿5600万美元);
# the words after a figure (currencies) attach without a space or word boundary.
SCALES_ADD_UP = True

# scale word as written → (pint name, factor)
SCALE_WORDS: dict[str, tuple[str, int]] = {
    "万亿": ("wanyi", 10**12),
    "千亿": ("qianyi", 10**11),
    "百亿": ("baiyi", 10**10),
    "十亿": ("shiyi", 10**9),
    "亿": ("yi", 10**8),
    "千万": ("qianwan", 10**7),
    "百万": ("baiwan", 10**6),
    "万": ("wan", 10**4),
    "千": ("qian", 10**3),
    # Traditional Chinese writes the same words with other characters, and 兆 for 10^12 (domain.md §2.2)
    "萬億": ("wanyi", 10**12),
    "兆": ("wanyi", 10**12),
    "千億": ("qianyi", 10**11),
    "百億": ("baiyi", 10**10),
    "十億": ("shiyi", 10**9),
    "億": ("yi", 10**8),
    "千萬": ("qianwan", 10**7),
    "百萬": ("baiwan", 10**6),
    "萬": ("wan", 10**4),
}

# Inside a figure, "more than": 30 多个, 6800多万, 13亿多, 2800多亿元 (余 in formal and Traditional text).
MORE = "多余餘"

# Right before numerals (not figures: 建成12座), a vague quantity, neither an amount nor a count: 数十亿美元 ("several
# billion"), 几百万, 上亿人, 成千.
VAGUE_BEFORE = ("数", "几", "上", "成")

# Between the two ends of a range of figures or dates: 200 万至 300 万美元, 2016—2020 年.
RANGE_CONNECTORS = ("至", "到", "—", "–", "-", "−", "～", "~", "－")

# Figures: 803,571 and 1.2 as in English.
GROUP_SEPARATORS = (",",)
DECIMAL_SEPARATORS = (".",)

# Numerals: digits, units and scale words (万, 亿).
NUMERAL_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_SCALES = {"万": 10**4, "亿": 10**8}
# Characters read as their simplified equivalents: Traditional forms and the financial numerals
# (大写数字) of cheques and budgets, simplified and Traditional.
NUMERAL_VARIANTS = {
    "萬": "万", "億": "亿", "兩": "两",
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六",
    "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
}

# Words before an amount or count that make it approximate (looked up right before the span).
QUALIFIERS = {
    "超过": "more_than",
    "逾": "more_than",
    "多于": "more_than",
    "至少": "at_least",
    "约": "about",
    "大约": "about",
    "约有": "about",  # 约有1340万乌克兰人
    "大约有": "about",
    "超过了": "more_than",
    "近": "nearly",
    "将近": "nearly",
    "不到": "less_than",
}
# Words right after an amount or count that make it approximate: 6600万人以上, 500 人左右.
QUALIFIERS_AFTER = {"以上": "at_least", "左右": "about", "上下": "about"}

"""Chinese counts: a number, 多/余 for "more than", a classifier, then the counted noun
(17 名专家 · 6 个地震台站 · 五次 · 30 多个国家 · 6600万人 · 4.3亿人次 · 2600多万套 · 1万6千多户).
A large number with 万 or 亿 counts without a classifier when a noun or the clause's end follows
(8000多万农业转移人口 · 13亿多 · 减少6800多万。). Not counts: ordinals (第十次, 第 64 届), 一个 /
一次 used as an article, names made of numbers (“四个全面”, 五位一体, 十九届二中全会), durations,
ages, shares and physical quantities (五年, 65岁, 五成, 920亿吨)."""
from linter.extract.grammar import ARABIC_NUMBER, CN_NUMBER, CN_NUMERAL_CHARS, LOOKAHEAD, NOT_AFTER_DIGIT, words
from linter.lang.zh.numbers import MORE

# Classifiers and measure words of counted persons, things and events, longest first where one
# begins another (人次 before 人); Traditional forms included. Not 点 (10点 is a time of day), not
# 对 or 单 (prepositions and suffixes more often than classifiers after a figure).
CLASSIFIERS = (
    "人次", "户次", "架次", "艘次", "名", "个", "次", "批", "份", "项", "类", "位", "家", "座", "届", "支", "场",
    "人", "户", "套", "处", "所", "件", "条", "部", "台", "辆", "艘", "架", "本", "册", "篇", "种", "只", "头",
    "株", "棵", "间", "张", "栋", "幢", "颗", "枚", "门", "首", "期", "轮", "起", "宗", "例", "组", "队", "笔",
    "块", "层", "道", "封", "幅", "根",
    "個", "項", "類", "屆", "場", "處", "條", "臺", "輛", "冊", "種", "隻", "頭", "間", "張", "棟", "顆", "門",
    "輪", "組", "隊", "筆", "層", "戶",
)
ARTICLES = ("一",)  # 一个 / 一次: an article, not a count
# The scale and place words a figure may carry (6600万, 1万6千, 1亿3千多万, 3万多亿).
_SCALES = "十百千万亿萬億"
LARGE = "万亿萬億"  # a count without a classifier needs one of these

_CLS = words(CLASSIFIERS)
_CN = CN_NUMERAL_CHARS
_TAIL = rf"(?:[{_SCALES}]{{1,3}}(?:[{MORE}][{_SCALES}]{{0,2}})?|[{MORE}][{_SCALES}]{{0,2}})"
# A figure with its scale words, then at most two further scaled figures (1万6千, 1亿3千多万).
_FIGURE = rf"{ARABIC_NUMBER}(?:[ \u00a0]?{_TAIL}(?:(?<=[{_SCALES}{MORE}])\d{{1,4}}(?:\.\d{{1,3}})?{_TAIL}){{0,2}})?"
_NUMERAL = rf"{CN_NUMBER}(?:[{MORE}][{LARGE}]{{0,2}})?"
ATOMS = (rf"(?P<n>{_FIGURE}|{_NUMERAL})(?:[ \u00a0]?(?P<cls>{_CLS}))?",)
# A figure (grouped with spaces or commas) or a run of numerals, then its scale words and a
# classifier or a large scale word; not after 第.
_RUN = rf"[\d, .\u00a0\u202f\u2009{_SCALES}{MORE}]"
# In the prefilter's look-ahead, the one-character classifiers as a class: tried after each
# character of the figure run, a class is one test where a branch per classifier is ninety.
_CLS_AHEAD = "(?:{}|[{}])".format(words([c for c in CLASSIFIERS if len(c) > 1]), "".join(c for c in CLASSIFIERS if len(c) == 1))
_THEN = rf"(?:{_CLS_AHEAD}|(?<=[{LARGE}])|(?<=[{LARGE}][{MORE}]))"
PREFILTER = (
    rf"[\d{_CN}](?<![第\d{_CN}.,][\d{_CN}])(?<!第 [\d{_CN}]){NOT_AFTER_DIGIT}"
    rf"(?:(?<=\d)(?={_RUN}{{0,{LOOKAHEAD}}}{_THEN})|(?<=[{_CN}])(?=[{_CN}{MORE}]{{0,{LOOKAHEAD}}}[ \u00a0]?{_THEN}))"
)
# What may not follow a count without a classifier: a unit, a currency, a range connector (the
# amount or quantity is another fact), a duration, an age or a share.
NOT_AFTER_LARGE = (
    "元", "美元", "年", "岁", "倍", "成", "%", "％", "个百分点", "斤", "吨", "亩", "公顷", "公里", "千米", "米", "平方",
    "立方", "千瓦", "瓦", "度", "升", "克", "公斤", "千克", "桶", "字", "至", "到", "-", "—", "–", "～", "~",
)
# Names built of numbers and classifiers: a number inside the name (五位一体, 十九届二中全会) or a
# short name in quotation marks (“四个全面”, “两项补贴”) is no count; nor are these set phrases.
NAME_QUOTES = ("“”", "「」", "『』", '""')
NAME_LENGTH = 4  # at most this many characters after the classifier inside the quotation marks
SET_PHRASES = (
    "八项规定", "三次产业", "四个意识", "四个自信", "四个全面", "两个确立", "两个维护", "三个代表", "两个一百年",
    "三个有利于", "四个现代化", "四项基本原则", "五项原则", "两个务必", "两个大局", "两个毫不动摇", "三个世界",
)
# Nouns after a classifier that make the number a share, not a count: 2个百分点, 2个多百分点.
NOT_COUNTED_NOUNS = ("百分点",)
# The counted noun follows the classifier, up to the first word that ends it: 17 名专家组成 → 专家.
NOUN_AFTER = r"[《“]?[\u4e00-\u9fff《》“”]{1,24}"
NOUN_STOPS = ("组成", "參加", "参加", "前往", "被", "在", "于", "於", "向", "和", "及", "与", "與", "或", "、", "已", "将", "將", "組成")
NAME_NUMERALS = "一二三四五六七八九十两"  # a numeral right after the classifier: 五位一体, 十九届二中全会
# A number right after these is a unit of a ratio, not a count: 每六人中就有一人.
PER_UNIT_BEFORE = ("每",)

"""Chinese counts: a number, 多/余 for "more than", a classifier, then the counted noun
(17 名专家 · 6 个地震台站 · 五次 · 30 多个国家). Not counts: ordinals (第十次, 第 64 届) and
一个 / 一次 used as an article."""
from linter.extract.grammar import ARABIC_NUMBER, CN_NUMBER, CN_NUMERAL_CHARS, LOOKAHEAD, NOT_AFTER_DIGIT

CLASSIFIERS = ("名", "个", "次", "批", "份", "项", "类", "位", "家", "座", "届", "支", "场", "個", "項", "類", "屆", "場")
ARTICLES = ("一",)  # 一个 / 一次: an article, not a count
_CLS = "".join(CLASSIFIERS)
_CN = CN_NUMERAL_CHARS
ATOM = rf"(?P<n>{ARABIC_NUMBER}|{CN_NUMBER})[ \u00a0]?(?P<approx>[多余])?[ \u00a0]?(?P<cls>[{_CLS}])"
# A figure (grouped with spaces or commas) or a run of numerals, then the classifier; not after 第.
_THEN_CLASSIFIER = rf"[多余]?[ \u00a0]?[{_CLS}]"
PREFILTER = (
    rf"[\d{_CN}](?<![第\d{_CN}.,][\d{_CN}])(?<!第 [\d{_CN}]){NOT_AFTER_DIGIT}"
    rf"(?:(?<=\d)(?=[\d, \u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}{_THEN_CLASSIFIER})|(?<=[{_CN}])(?=[{_CN}]{{0,{LOOKAHEAD}}}{_THEN_CLASSIFIER}))"
)
# The counted noun follows the classifier, up to the first word that ends it: 17 名专家组成 → 专家.
NOUN_AFTER = r"[《“]?[\u4e00-\u9fff《》“”]{1,24}"
NOUN_STOPS = ("组成", "參加", "参加", "前往", "被", "在", "于", "於", "向", "和", "及", "与", "與", "或", "、", "已", "将", "將", "組成")

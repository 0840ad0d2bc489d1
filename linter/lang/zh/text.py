"""Chinese characters the text rules read (TXT001, through `Context.words(name, family="text")`)."""

# Single-character words that may stand next to a word beginning or ending with the same character:
# 交流和和平利用 = 和 + 和平, 平等等问题 = 平等 + 等, 目的的 = 目的 + 的, 所有有能力 = 所有 + 有.
# Still a slip when doubled on their own (的的), when the text without the copy reads as one longer
# word (难以以解决 → 难以解决), and, for those that need something after them (prepositions,
# verbs), at the end of a clause or before a particle (认为为。涉及及的).
FUNCTION_CHARACTERS = tuple("和与及或是在对为以于了的地得等各每由从向将把被给让使之其所而且不也都就还再又更最很非有")
# Particles that close what comes before them: they may end a clause (有目的的。平等等。).
CLAUSE_PARTICLES = tuple("的了等")
# Doubled characters that are right in UN and policy vocabulary: 南南合作 (South–South),
# 吉尔吉斯斯坦, 巴巴多斯, 男男性行为者, 超超临界. Extend with TXT001's "allow" option.
ALLOWED_DOUBLES = ("南南", "斯斯", "巴巴", "男男", "超超", "呦呦", "拉拉")
# Characters that end names of places and offices (托克市, 评价司, 代表团): after a noun and before
# a word that starts with them (市长, 司长, 团长) they are the boundary, not a slip; after a verb
# they are not a name's end (维护国国家安全).
NAME_SUFFIXES = tuple("市省县州区村镇司局部处署厅委院所会团组队党校馆港岛国人")
# Parts of speech of the lexicon (jieba's tags) that are nouns: nouns and noun morphemes, names of
# people, places and organisations, verbal nouns (监测和评价司), abbreviations (法 for 法律). A name's
# suffix follows one; a lone one before a lone character may begin a compound the lexicon lacks
# (法证 + 证据, "forensic evidence").
NOUN_TAGS = ("n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "an", "j")
# Tags of a one-character word that may modify the noun after it: after a word ending in the same
# character it starts a phrase, not a slip (创新 + 新趋势, the lexicon lacking 新趋势).
MODIFIER_TAGS = ("a",)
# Numerals (十五五) and the date units after a figure (2006年年均): a doubling there is a word boundary.
NUMERALS = tuple("〇零一二两三四五六七八九十百千万亿")
DATE_UNITS = tuple("年月日")

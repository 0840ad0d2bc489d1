"""Chinese characters the text rules read (TXT001, through `Context.words(name, family="text")`)."""

# Single-character words that may stand before a word beginning with the same character
# (交流和和平利用 = 和 + 和平, 平等等问题 = 平等 + 等): not a slip unless doubled on their own (的的).
FUNCTION_CHARACTERS = tuple("和与及或是在对为以于了的地得等各每由从向将把被给让使之其所而且不也都就还再又更最很非有")
# Doubled characters that are right in UN and policy vocabulary: 南南合作 (South–South),
# 吉尔吉斯斯坦, 巴巴多斯, 男男性行为者, 超超临界. Extend with TXT001's "allow" option.
ALLOWED_DOUBLES = ("南南", "斯斯", "巴巴", "男男", "超超", "呦呦", "拉拉")
# Characters that end names of places and offices (托克市, 评价司, 代表团): before a word that
# starts with them (市长, 司长, 团长) they are the boundary, not a slip.
NAME_SUFFIXES = tuple("市省县州区村镇司局部处署厅委院所会团组队党校馆港岛国人")
# Numerals (十五五) and the date units after a figure (2006年年均): a doubling there is a word boundary.
NUMERALS = tuple("〇零一二两三四五六七八九十百千万亿")
DATE_UNITS = tuple("年月日")

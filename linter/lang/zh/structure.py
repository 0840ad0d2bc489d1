"""Chinese structure marks (linter.structure): heading numerals, item words, count and date
markers, titles in book-title marks, the masthead, conference names.

Marks and words are plain text, the other tables regular-expression fragments (see und)."""

HEADING_NUMBERS = ("[一二三四五六七八九十]+",)
HEADING_SEPARATORS = ("、", "．")
ITEM_WORDS = ("行动",)
# Count and date markers: after a line's leading number they make it a quantity or a date, not
# an item number ("12 月", "5 名专家", "1 日，"). When the marker begins a longer word
# ("1 日内瓦", "2 日本", "3 月球"), the number is an item's: the structure parser asks the word
# lexicon.
ITEM_UNITS = ("[年月日个名次批份项]",)
TITLES = (r"《([^《》\n]{2,80})》",)
DISTRIBUTION = (r"分发[:：]?[ \t]*\S+",)
ORIGINAL = (r"原文[:：]",)
CONFERENCE = ("审议大会", "缔约国会议", "缔约国大会")

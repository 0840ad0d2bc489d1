"""Chinese damaged and foreign text (linter.damage): notice phrases, figure words, page labels."""

# Phrases that only occur in licence and reproduction-rights notices; 著作权法, which body text
# cites, is left out on purpose.
NOTICE_PHRASES = (
    "本作品不适用于该法",  # Wikisource's notice for PRC official documents (著作权法 第五条)
    "本作品在中国大陆和其他地区属于公有领域",
    "本作品在全世界都属于公有领域",
    "采用知识共享",
    "知识共享署名",
    "版权所有，翻印必究",
    "版权所有，不得转载",
)

# Right after a run of spaced single digits, these make it a figure ("2 0 2 0 年");
# currencies and scale words come from the money tables.
FIGURE_WORDS_AFTER = ("年", "月", "日")

# Labels around a page number in running headers and footers ("第 2 页").
PAGE_WORDS = ("第",)
PAGE_WORDS_AFTER = ("页",)

# The numbers of the list a notice introduces with a colon ("…的作品包括：" （一）…（二）…).
LIST_MARKERS = (r"[（(][一二三四五六七八九十]{1,3}[）)]",)

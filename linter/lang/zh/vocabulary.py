"""Chinese words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": "，且", "items": "、", "problems": "；"}

# Amounts (AMT001): words between the amounts of one list, besides commas and spaces.
LIST_SEPARATORS = ("、", "，", "和", "及", "与")
# Amounts: words that make an amount a contribution by one State (context-max-usd).
CONTRIBUTION_WORDS = ("捐款", "捐助", "捐赠", "认捐", "自愿")
# Amounts: scale words a report would write, in the order tried for a suggestion (none first).
IDIOMATIC_SCALES = ("万", "亿", "万亿")

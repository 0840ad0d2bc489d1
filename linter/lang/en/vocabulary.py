"""English words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": ", and ", "items": ", ", "problems": "; "}

# Amounts (AMT001): words between the amounts of one list, besides commas and spaces.
LIST_SEPARATORS = ("and", "respectively")
# Amounts: words that make an amount a contribution by one State (context-max-usd).
CONTRIBUTION_WORDS = ("contribution", "contributed", "pledge", "donation", "donated")
# Amounts: scale words a report would write, in the order tried for a suggestion (none first).
IDIOMATIC_SCALES = ("thousand", "million", "billion", "trillion")

# Counts (CNT001): words that say the parts listed after a total compose it (regex fragments).
COMPOSITION_PATTERNS = ("consist(?:s|ing|ed) of", "composed of", "compris(?:es|ing|ed)", "made up of", "of whom")
# Counts: what joins two parts of a total ("7 Japanese experts and 10 experts from …").
PART_JOINERS = ("and", "plus")
# Counts (CNT002): markers that announce an exhaustive enumeration (regex fragments).
ENUMERATION_MARKERS = ("namely", "as follows:")
# Counts: what separates the items of an enumeration; the joiner before its last item ("A, B and C").
ITEM_SEPARATORS = (", ",)
LAST_ITEM_JOINERS = ("and",)

# Dates (DAT005, regex fragments): a plan before a date, anywhere before it in its sentence, and
# words that say an event has happened (past forms).
FUTURE_BEFORE = ("will(?: be)?(?: held)?(?: on| in)?", "scheduled (?:for|on|in)", "planned (?:for|in)", "expected (?:on|in|by)",
                 "due (?:on|in|by)", "by", "until", "before", "next")
FUTURE_IN_SENTENCE = (r"\b(?:will|shall|is to|are to|expected to|due to|scheduled|planned)\b",)
COMPLETED = (r"\b(?:was|were|had|has been|have been|took place|held|adopted|signed|ratified|entered into force|visited|hosted|submitted"
             r"|organized|organised|launched|delivered)\b",)

# Symbols (SYM002, regex fragments): what may stand between a symbol and its date ("of 19 December 2023").
DATE_AFTER_SYMBOL = ("of", "adopted on", "adopted in", "adopted", "dated", "on", "of the")
# Symbols (SYM004): words that make a list of symbols a list of reports (lower case).
REPORT_WORDS = ("report",)

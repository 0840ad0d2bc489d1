"""English words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": ", and ", "items": ", ", "problems": "; "}

# Amounts (AMT001): words between the amounts of one list, besides commas and spaces.
LIST_SEPARATORS = ("and", "respectively")
# Amounts: words that make an amount a contribution by one State (context-max-usd).
CONTRIBUTION_WORDS = ("contribution", "contributed", "pledge", "donation", "donated")
# Amounts: scale words a report would write, in the order tried for a suggestion (none first).
IDIOMATIC_SCALES = ("thousand", "million", "billion", "trillion")

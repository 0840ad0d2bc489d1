"""Chinese words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": "，且", "items": "、", "problems": "；"}

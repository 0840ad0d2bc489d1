"""The built-in rules, one module per family, each rule a small class; BUILTIN is sorted by code."""
from rules import amounts, counts, dates, document, input, suppressions, symbols, text, urls

_FAMILIES = (amounts, counts, dates, document, input, suppressions, symbols, text, urls)
BUILTIN: tuple = tuple(sorted((rule for family in _FAMILIES for rule in family.RULES), key=lambda cls: cls.code))

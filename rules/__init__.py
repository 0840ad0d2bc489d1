"""The built-in rules, one module per family, each rule a small class; BUILTIN is sorted by code."""
from rules import amounts, counts, dates, symbols, urls

BUILTIN: tuple = tuple(sorted((*amounts.RULES, *counts.RULES, *dates.RULES, *symbols.RULES, *urls.RULES), key=lambda cls: cls.code))

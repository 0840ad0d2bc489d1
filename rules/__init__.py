"""The built-in rules, one module per family, each rule a small class; BUILTIN is sorted by code."""
from rules import amounts, dates, symbols

BUILTIN: tuple = tuple(sorted((*amounts.RULES, *dates.RULES, *symbols.RULES), key=lambda cls: cls.code))

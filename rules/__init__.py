"""The built-in rules, one module per family; BUILTIN is sorted by code."""
BUILTIN: tuple = ()

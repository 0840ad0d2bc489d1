"""English unit words and per cent."""

# physical unit as written → pint unit name
UNITS = {
    "kilograms": "kilogram",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
}
# written after the figure: 5.2 per cent
PERCENT_AFTER = ("per cent", "percent")

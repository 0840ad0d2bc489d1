"""English unit words and per cent."""

# physical unit as written → pint unit name
UNITS = {
    "kilograms": "kilogram",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
    "kilometres": "kilometre",
    "kilometers": "kilometre",
    "hectares": "hectare",
    "square kilometres": "square_kilometre",
    "cubic metres": "cubic_metre",
    "litres": "litre",
    "barrels": "barrel",
}
# written after the figure: 5.2 per cent
PERCENT_AFTER = ("per cent", "percent")

"""Chinese unit words and per cent."""

# physical unit as written → pint unit name
UNITS = {
    "公斤": "kilogram",
    "千克": "kilogram",
    "吨": "tonne",
    "兆瓦": "megawatt",
    "千瓦": "kilowatt",
}
# written before a numeral: 百分之五
PERCENT_BEFORE = ("百分之",)

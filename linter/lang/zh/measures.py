"""Chinese unit words and per cent."""

# physical unit as written → pint unit name
UNITS = {
    "公斤": "kilogram",
    "千克": "kilogram",
    "吨": "tonne",
    "斤": "jin",
    "兆瓦": "megawatt",
    "千瓦时": "kilowatt_hour",
    "千瓦": "kilowatt",
    "公里": "kilometre",
    "千米": "kilometre",
    "平方公里": "square_kilometre",
    "平方千米": "square_kilometre",
    "平方米": "square_metre",
    "公顷": "hectare",
    "亩": "mu",
    "立方米": "cubic_metre",
    "升": "litre",
    "桶": "barrel",
}
# written before a numeral: 百分之五
PERCENT_BEFORE = ("百分之",)

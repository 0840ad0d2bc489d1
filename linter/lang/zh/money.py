"""Chinese currency words, written after the figure (803 571 美元, 4 300 万美元): the names UN
reports use, then CLDR's name of every currency in use (印度卢比, 韩元, 瑞典克朗 …)."""
from linter.lang.zh.currencies import NAMES

_USAGE = {
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "瑞士法郎": "CHF",
    "英镑": "GBP",
    "人民币": "CNY",
    "元人民币": "CNY",
    "元": "CNY",
    "卢布": "RUB",
    "加元": "CAD",
    "澳元": "AUD",
    # Traditional spellings
    "歐元": "EUR",
    "日圓": "JPY",
    "英鎊": "GBP",
    "人民幣": "CNY",
    "元人民幣": "CNY",
    "盧布": "RUB",
    "新臺幣": "TWD",
    "港币": "HKD",
    "港幣": "HKD",
}
CURRENCY_WORDS = {**NAMES, **_USAGE}
# Before a figure of scale words alone, a table's unit, not an amount: （单位：百万美元）, 以百万美元计.
UNIT_LABEL_BEFORE = ("单位：", "单位:", "单位为", "以", "（", "(")

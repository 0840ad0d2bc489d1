"""Chinese currency words, written after the figure (803 571 美元, 4 300 万美元)."""

CURRENCY_WORDS = {
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
}

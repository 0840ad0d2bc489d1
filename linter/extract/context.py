"""Small look-behind / look-ahead helpers: the words right next to a fact that change its meaning
("超过 4 300 万美元", "1983 年以来", "截至 2020 年 8 月 31 日", "paragraph 12 calls")."""
from __future__ import annotations

from linter.extract import lang

_SPACES = " \u00a0\u202f\u2009\u3000\t"


def word_before(text: str, start: int, words, reach: int = 16) -> str | None:
    """The entry of `words` that the text right before `start` ends with (spaces skipped), if any."""
    before = text[max(0, start - reach) : start].rstrip(_SPACES)
    for word in sorted(words, key=len, reverse=True):
        if before.endswith(word):
            head = before[: -len(word)]
            if word[0].isascii() and word[0].isalpha() and head and (head[-1].isalnum()):
                continue  # "Popover" must not read as "over"
            return word
    return None


def word_after(text: str, end: int, words, reach: int = 8) -> str | None:
    after = text[end : end + reach].lstrip(_SPACES)
    for word in sorted(words, key=len, reverse=True):
        if after.startswith(word):
            return word
    return None


def qualifier_before(text: str, start: int) -> str | None:
    word = word_before(text, start, lang.QUALIFIERS)
    return lang.QUALIFIERS[word] if word else None

"""Text-level slips: doubled characters and stray markup.

These rules read the text itself rather than facts: a doubled character or a leftover `**`
is not a fact of the report, it is a slip in writing it.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from linter.api import Context, Fix, Rule, Severity, lexicon

# Any doubled character outside ASCII and the common punctuation blocks; Han characters are
# picked in Python (an exact CJK class costs milliseconds to compile, this one does not).
_DOUBLED = re.compile(r"([^\x00-\u2fff])\1")
_DOUBLED_WORD = re.compile(r"\b([a-z]+)[ \t]+\1\b")  # lower case: "CRPD CRPD", "Yes Yes" are table cells
_BOLD = re.compile(r"\*\*|__")
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)
_PAIRED_BOLD = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
_RULE_LINE = re.compile(r"^\s*[*_\-]{3,}\s*$")


class DoubledCharacter(Rule):
    """A character (Chinese) or word (English) typed twice.

    What it checks: two identical Han characters in a row. The clause around them is segmented
    the way a reader would (maximum-probability segmentation over jieba's word frequencies), as
    written and without one copy. A copy left on its own beside a word with the same character
    is a slip, whether the word ends with it ("发展展": 发展 / 展) or starts with it ("国国家":
    国 / 国家, "专业知知识": 专业 / 知 / 知识), and so is a copy inside a word, which the
    reading without it restores ("产业业链": 产业链, "难以以解决": 难以解决). A copy in a word of
    its own on each side is right ("委员会会议" is 委员会 / 会议, "国家家庭" 国家 / 家庭), and so
    is one word ("人人", "常常"). Also right: a function character beside a word with it
    ("交流和和平利用" is 和 + 和平, "目的的" 目的 + 的), unless it is doubled on its own ("的的")
    or, being a word that needs something after it, ends the clause ("认为为。"); a name's
    suffix after a noun ("评价司司长"); an adjective before a noun ("创新新趋势"); a noun after
    a lone noun, a compound the dictionary lacks ("法证证据"). In English, a repeated word
    ("the the").
    Why it matters: a doubled character is an editing slip that spell-checkers for Chinese miss.
    Options: `allow`, doubled pairs to accept.
    """

    code = "TXT001"
    name = "doubled-character"
    severity = Severity.WARNING
    summary = "A character or word typed twice"
    bad = ("示例国将其技术和专业知知识转让给区域中心。", "Exampleland supports the the Agency's programme.", "示例国坚持和平发展展道路。")
    good = ("示例国将专业知识提交给筹备委员会会议；交流和和平利用核能，加强国家家庭教育。", "Exampleland had had talks with the Agency.")
    options = {"allow": []}

    def check(self, ctx: Context):
        # the Han tables of the pack whose script Han is (detection SCRIPTS), whatever the
        # document's language: a Chinese line in an English report is read as Chinese
        han = next((code for code, script in ctx.words("SCRIPTS", family="detection").items() if re.fullmatch(script, "\u4e00")), None)
        words = _Words(*(frozenset(ctx.words(name, language=han, family="text")) for name in _Words._fields))
        allowed = words.ALLOWED_DOUBLES | set(self.option(ctx, "allow"))
        text = ctx.text
        for m in _DOUBLED.finditer(text):
            i, ch = m.start(), m.group(1)
            if not "\u4e00" <= ch <= "\u9fff" or m.group() in allowed or not _stray(text, i, words):
                continue
            context = text[max(0, i - 2) : i + 4]
            yield self.finding(i, i + 2, self.say(ctx, "doubled", char=ch, context=context),
                               self.say(ctx, "fix", text=context.replace(ch * 2, ch, 1)), fix=Fix(i + 1, i + 2, "", safe=True))
        if ctx.document.language != "en":
            return  # "nous nous", "de de" are French grammar, not slips
        for m in _DOUBLED_WORD.finditer(text):
            if m.group(1).lower() in ctx.words("REPEATS_ALLOWED", family="text"):
                continue
            yield self.finding(m.start(), m.end(), self.say(ctx, "word", word=m.group(1)), self.say(ctx, "fix", text=m.group(1)),
                               fix=Fix(m.start(), m.end(), m.group(1), safe=True))


class _Words(NamedTuple):
    """The `text` tables TXT001 reads for doubled Han characters (linter/lang/<code>/text.py)."""

    FUNCTION_CHARACTERS: frozenset
    CLAUSE_PARTICLES: frozenset
    ALLOWED_DOUBLES: frozenset
    NAME_SUFFIXES: frozenset
    NOUN_TAGS: frozenset
    MODIFIER_TAGS: frozenset
    NUMERALS: frozenset
    DATE_UNITS: frozenset


_BEFORE, _AFTER = 6, 8  # Han characters of the clause read on either side of the pair: a bounded window
_TIE = 1e-6  # log probabilities this close are the same reading


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _stray(text: str, i: int, known: _Words) -> bool:
    """Is one of the two characters text[i:i+2] a slip? The clause around them (a bounded window
    of it) is segmented as written and without one copy, and how the readings place the copies
    decides (the class docstring gives the cases)."""
    start = i
    while start > 0 and start > i - _BEFORE and _han(text[start - 1]):
        start -= 1
    end = i + 2
    while end < len(text) and end < i + 2 + _AFTER and _han(text[end]):
        end += 1
    words = lexicon.segment(text[start:end])
    k1, pos = 0, start + len(words[0])  # words[k1] holds the first copy, words[k2] the second
    while pos <= i:
        k1 += 1
        pos += len(words[k1])
    k2 = k1 if pos > i + 1 else k1 + 1
    if k1 == k2:
        return False  # one word: 人人, 不仅仅
    ch = text[i]
    if ch in known.NUMERALS or (ch in known.DATE_UNITS and i > 0 and text[i - 1].isdigit()) or text[i + 2 : i + 3] == ch:
        return False  # 十五五, 2006年年均, 行行行
    alone_first, alone_second = len(words[k1]) == 1, len(words[k2]) == 1
    if not (alone_first or alone_second):
        return False  # 国家 / 家庭, 委员会 / 会议: each copy in a word of its own
    # Without one copy the text reads at least as well as the same words less the lone copy;
    # better means the doubling split a word that the reading without it restores (产业 / 业 /
    # 链 → 产业链, 难以 / 以 / 解决 → 难以解决).
    lone = k2 if alone_second else k1
    fewer = lexicon.segment(text[start : i + 1] + text[i + 2 : end])
    if lexicon.log_probability(fewer) > lexicon.log_probability(words[:lone] + words[lone + 1 :]) + _TIE:
        return True
    if alone_first and alone_second:
        return True  # 的的, 和和
    if alone_first:  # 知 / 知识: the first copy alone before a word that starts with the character
        if ch in known.FUNCTION_CHARACTERS:
            return False  # 和 / 和平, 以 / 以下
        if _ends_a_name(words, k1, known):
            return False  # 托克 / 市 / 市长, 评价 / 司 / 司长: the suffix of a name
        before = words[k1 - 1] if k1 > 0 else ""
        if (len(before) == 1 and lexicon.tag(ch) in known.NOUN_TAGS and not _ends_a_name(words, k1 - 1, known)
                and lexicon.tag(before) in known.NOUN_TAGS | known.MODIFIER_TAGS):
            return False  # 法 / 证 / 证据, 大 / 报 / 报道: a compound noun the lexicon lacks (法证, 大报)
        return True  # 专业 / 知 / 知识, 维护 / 国 / 国家, 妇女 / 署 / 作 / 作为
    # 发展 / 展: the second copy alone after a word that ends with the character
    following = words[k2 + 1] if k2 + 1 < len(words) else ""
    if ch not in known.FUNCTION_CHARACTERS:
        # an adjective before a noun modifies it: 创新 / 新 / 趋势 is 创新 + 新趋势
        return not (lexicon.tag(ch) in known.MODIFIER_TAGS and lexicon.tag(following) in known.NOUN_TAGS)
    if ch in known.CLAUSE_PARTICLES:
        return False  # 目的 / 的, 平等 / 等
    # A preposition or verb needs something after it: at the end of the clause (the window
    # always reaches past the pair when the clause goes on) or before a particle it is the slip
    # (认为 / 为。涉及 / 及 / 的); before a word it may govern it (所有 / 有 / 能力, 旨在 / 在 / 纽约).
    return not following or following in known.CLAUSE_PARTICLES


def _ends_a_name(words: list[str], k: int, known: _Words) -> bool:
    """Is words[k] a name's suffix, after a noun (评价 / 司, 妇女 / 署) or after a lone character
    of a name the lexicon lacks (波托 / 克 / 市)? After a verb it is none (维护 / 国 / 国家)."""
    if words[k] not in known.NAME_SUFFIXES or k == 0:
        return False
    before = words[k - 1]
    return lexicon.tag(before) in known.NOUN_TAGS or (len(before) == 1 and before not in known.FUNCTION_CHARACTERS)


class StrayMarkup(Rule):
    """Markup left over from conversion: an unpaired bold or underline marker.

    What it checks: in documents written with Markdown (links, or paired **bold** elsewhere),
    lines outside code blocks with an odd number of `**` or `__` markers; the unpaired one is
    reported ("三. 和平利用核能**"). Plain UN text is left alone: there `*` and `**` after a
    word are footnote marks.
    Why it matters: the marker shows up literally in the published text.
    """

    code = "TXT002"
    name = "stray-markup"
    severity = Severity.WARNING
    summary = "An unpaired ** or __ marker left in Markdown text"
    bad = ("- 三. 和平利用核能**\n- 见 [NPT/CONF.2020/PC.I/9](https://undocs.org/NPT/CONF.2020/PC.I/9)", "III. Peaceful uses of nuclear energy**\n\nSee **the report**.")
    good = ("- 三. **和平利用核能**", "Item 8 of the provisional agenda**\n\n** Reissued for technical reasons.")

    def check(self, ctx: Context):
        doc, text = ctx.document, ctx.text
        if not (ctx.structure.is_markdown(text) or _PAIRED_BOLD.search(text)):
            return
        fences = [doc.line_of(m.start()) for m in _FENCE.finditer(text)]  # in order
        markers: dict[int, list] = {}
        for m in _BOLD.finditer(text):
            line = doc.line_of(m.start())
            if bisect.bisect_left(fences, line) % 2 == 0:  # an even number of fences before: outside code blocks
                markers.setdefault(line, []).append(m)
        for line, found in markers.items():
            content = doc.line_text(line + 1)
            if _RULE_LINE.match(content):
                continue
            for marker in ("**", "__"):
                same = [m for m in found if m.group() == marker]
                if len(same) % 2:
                    start = same[-1].start()
                    message = self.say(ctx, "unpaired", marker=marker, line=content.strip()[:40])
                    yield self.finding(start, start + 2, message, self.say(ctx, "fix", marker=marker), fix=Fix(start, start + 2, "", safe=True))


RULES = (DoubledCharacter, StrayMarkup)

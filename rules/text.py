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

    What it checks: two identical Han characters in a row, segmented into words the way a
    reader would (maximum-probability segmentation over jieba's word frequencies): "专业知知识"
    reads 专业 / 知 / 知识 — a stray 知 — while "委员会会议" reads 委员会 / 会议 and "人人" is one
    word. A function character before a word that starts with it is fine ("交流和和平利用" is
    和 + 和平), unless it is doubled on its own (的的). In English, a repeated word ("the the").
    Why it matters: a doubled character is an editing slip that spell-checkers for Chinese miss.
    Options: `allow`, doubled pairs to accept.
    """

    code = "TXT001"
    name = "doubled-character"
    severity = Severity.WARNING
    summary = "A character or word typed twice"
    bad = ("示例国将其技术和专业知知识转让给区域中心。", "Exampleland supports the the Agency's programme.")
    good = ("示例国将专业知识提交给筹备委员会会议；交流和和平利用核能。", "Exampleland had had talks with the Agency.")
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
    ALLOWED_DOUBLES: frozenset
    NAME_SUFFIXES: frozenset
    NUMERALS: frozenset
    DATE_UNITS: frozenset


def _stray(text: str, i: int, known: _Words) -> bool:
    """Does the segmentation around text[i:i+2] leave one of the two characters on its own?"""
    start = i
    while start > 0 and start > i - 6 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    end = i + 2
    while end < len(text) and end < i + 8 and "\u4e00" <= text[end] <= "\u9fff":
        end += 1
    words = lexicon.segment(text[start:end])
    offsets, pos = [], start
    for word in words:
        offsets.append((pos, pos + len(word)))
        pos += len(word)
    first = next(o for o in offsets if o[0] <= i < o[1])
    second = next(o for o in offsets if o[0] <= i + 1 < o[1])
    if first == second:
        return False  # one word: 人人, 不仅仅
    ch = text[i]
    if ch in known.NUMERALS or (ch in known.DATE_UNITS and i > 0 and text[i - 1].isdigit()) or text[i + 2 : i + 3] == ch:
        return False  # 十五五, 2006年年均, 行行行
    alone_first, alone_second = first[1] - first[0] == 1, second[1] - second[0] == 1
    if alone_first and alone_second:
        return True  # 的的, 和和
    if ch in known.FUNCTION_CHARACTERS or not alone_first:
        return False  # 和 + 和平; 创新 + 新 (a one-character word after a word ending in it)
    return not (ch in known.NAME_SUFFIXES and first[0] > start)  # 托克 / 市 / 市长: the suffix of a name


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

"""Counts of things: totals and their parts, numbers and their enumerations."""
from __future__ import annotations

import functools
import itertools
import re

from linter.api import Context, Count, Cue, Related, Rule, Severity
from rules.common import line_of

# Composition, not inclusion: the cues "consists-of" (由…组成, consisting of) list every part;
# "composition" cues (包括, including, 其中: among them) do not. A colon does too.


@functools.cache
def _part_joiners(joiners: tuple[str, ...]) -> re.Pattern:
    """What may stand between two parts: one of the packs' PART_JOINERS or a comma, in one clause."""
    return re.compile(r"[^。；;.!?]{0,40}?(?:" + "|".join(map(re.escape, (*joiners, ","))) + r")[^。；;.!?]{0,40}$")


# A "namely" cue (分别是, namely) announces an exhaustive enumeration (not 包括 / including, which
# announce examples), as does a colon ending the line. It must start within 30 characters of the
# count, on its line (once per count, in a sentence of many counts).
LEAD = 30
_COLON_ENDING_LINE = re.compile(r"[^\n]{0,%d}?[，,]?\s*([:：])[ \t]*(?=\n|$)" % LEAD)
_SPACES = re.compile(r"[ \t]*")


_STOP = "。!?！？\n"
_ITEM_MARKS = re.compile(r"(?:^|\s)\(([a-z]|[ivx]+|\d{1,2})\)\s")
_OPEN, _CLOSE = "“《(（[‘\"", "”》)）]’\""
# Bounds that keep a sentence of many counts linear; real breakdowns and lists are far shorter
# (at most 8 parts and 300 characters in the corpus).
MAX_PARTS = 20  # a total followed by more counts of its kind than this heads a table, not its parts
MAX_ENUMERATION = 1000  # characters from the marker to the sentence's end; a longer one is not checked


def _described(count: Count) -> str:
    return count.text + count.noun if count.lang == "zh" else count.text


def _head(count: Count) -> str:
    """The counted noun's head: 专家 of 日本专家, experts of Japanese experts."""
    if count.lang == "en":
        return count.noun.split()[-1].lower() if count.noun else ""
    return count.noun[-2:]


class PartsDoNotSum(Rule):
    """A total whose parts, listed right after it, add up to something else.

    What it checks: a count ("由 17 名专家组成", "17 experts") followed, in the same or the next
    sentence, by two or more counts of the same thing joined as a list ("7 名日本专家以及 10 名…",
    "7 Japanese experts and 10 experts from …"). Where the text lists every part (由/组成/分别为/
    consisting of/namely/a colon, or a breakdown in brackets right after the total: "1,240
    participants (710 women, 520 men and 10 …)", "68 857 名儿童（30 590 名男童和 38 267 名女童）")
    the parts must add up to the total; where it lists some (其中/包括/of which/including), written
    as one list, they must not add up to more.
    Why it matters: one of the figures is wrong, and totals are what readers quote.
    """

    code = "CNT001"
    name = "parts-do-not-sum"
    severity = Severity.WARNING
    summary = "The parts listed after a total do not add up to it"
    bad = (
        "示例国设立了由 12 名专家组成的咨询小组。小组由 5 名本国专家以及 8 名外国专家组成。",
        "The board consisted of 12 experts: 5 national experts and 8 experts from other States.",
    )
    good = (
        "示例国设立了由 13 名专家组成的咨询小组。小组由 5 名本国专家以及 8 名外国专家组成。",
        "The board consisted of 13 experts: 5 national experts and 8 experts from other States.",
    )

    def check(self, ctx: Context):
        counts = ctx.facts.of(Count)
        for i, total in enumerate(counts):
            if total.qualifier:
                continue
            bracketed = self._bracketed(ctx, counts, i)
            if bracketed:  # "1,240 participants (710 women, 520 men and 10 …)": every part, in brackets
                added = sum(p.n for p in bracketed)
                if added != total.n:
                    yield self._finding(ctx, total, bracketed, added)
                continue
            if not _head(total):
                continue
            parts = self._parts(ctx, counts, i)
            if len(parts) < 2:
                continue
            lead_in = ctx.text[total.start : parts[0].start]
            cues = {c.cue for c in ctx.facts.within(total.start, parts[0].start, Cue)}
            if len(lead_in) > 80:
                continue  # the parts must follow the total closely
            added = sum(p.n for p in parts)
            if ":" in lead_in or cues & {"consists-of", "namely"}:  # 由 / 组成 / consisting of / 分别为 / a colon: every part
                if added != total.n:
                    yield self._finding(ctx, total, parts, added)
            elif "composition" in cues and added > total.n and self._listed(ctx, parts):
                yield self._finding(ctx, total, parts, added, "exceeds")  # 其中 / including / of which: some parts, never more

    LISTED_GAP = 10  # characters between two parts of one list (a joiner and the next part's noun)

    @classmethod
    def _listed(cls, ctx: Context, parts: list[Count]) -> bool:
        """Parts written as one list, close together: "其中 54 个开设了“我了解性别”课程，21 个实体还
        提供了培训" tells two things, not two parts of 64."""
        return all(b.start - a.end <= cls.LISTED_GAP for a, b in zip(parts, parts[1:]))

    def _finding(self, ctx: Context, total: Count, parts: list[Count], added: int, kind: str = "sum"):
        terms = " + ".join(str(p.n) for p in parts)
        message = self.say(ctx, kind, added=added, terms=terms, total=total.n, line=line_of(ctx, total.start), stated=_described(total))
        related = (Related(total.start, total.end, self.say(ctx, "related", stated=total.text)),)
        return self.finding(parts[0].start, parts[-1].end, message, self.say(ctx, "fix"), related)

    BRACKET_REACH = 24  # characters between a total (and its noun) and the bracket of its breakdown

    @classmethod
    def _bracketed(cls, ctx: Context, counts: list[Count], i: int) -> list[Count]:
        """The counts of a breakdown in brackets right after counts[i] ("68 857 名儿童（30 590 名
        男童和 38 267 名女童）", "204 side events (141 in-person and 63 virtual)"): two or more,
        of its classifier, nothing but counts and their joiners inside, and no cue of inclusion."""
        total = counts[i]
        text = ctx.text
        window = text[total.end : total.end + cls.BRACKET_REACH]
        at = min((k for k in (window.find("("), window.find("（")) if k >= 0), default=-1)
        if at < 0 or window[:at].strip() not in ("", total.noun.strip()):
            return []  # the bracket follows the count, or its noun (68 857 名儿童（…）); not another word ("61 … offices (198 …)")
        opened = total.end + at
        closed = min((k for k in (text.find(")", opened, opened + 300), text.find("）", opened, opened + 300)) if k >= 0), default=-1)
        if closed < 0:
            return []
        inside = [c for c in itertools.islice(counts, i + 1, None) if c.start < closed]
        if len(inside) < 2 or inside[-1].end > closed or any(c.classifier != total.classifier for c in inside):
            return []
        if ctx.facts.within(opened, closed, Cue) or text[opened + 1 : inside[0].start].strip():
            return []  # "(including 30 women …)", "(of which …)", "(in 2019: …)": not a breakdown of the whole
        joiners = _part_joiners(ctx.words("PART_JOINERS"))
        if any(not joiners.match(text, a.end, b.start) for a, b in zip(inside, inside[1:])):
            return []
        return inside

    @staticmethod
    def _parts(ctx: Context, counts: list[Count], i: int) -> list[Count]:
        """The consecutive counts of the same kind listed after counts[i], within the next sentence."""
        total = counts[i]
        sentence = ctx.structure.sentence_at(total.start)
        if sentence is None:
            return []
        following = ctx.structure.sentence_at(sentence[1]) if sentence[1] < len(ctx.text) else None
        limit = following[1] if following else sentence[1]
        parts: list[Count] = []
        joiners = _part_joiners(ctx.words("PART_JOINERS"))
        for count in itertools.islice(counts, i + 1, None):
            if count.start >= limit or count.classifier != total.classifier or count.lang != total.lang:
                break
            if parts and not joiners.match(ctx.text, parts[-1].end, count.start):
                break
            if len(parts) == MAX_PARTS:
                return []
            parts.append(count)
        head = _head(total)
        if parts and all(not p.noun for p in parts):
            return parts  # counts whose noun the total gives: "68 fellows, namely 22 from Asia, 12 …"
        return parts if parts and head in ctx.text[parts[0].start : min(limit, parts[-1].end + 40)] else []


class CountVsList(Rule):
    """A stated number of items that does not match the enumeration after it.

    What it checks: "3 份工作文件，分别是 A、B 和 C" / "three working papers: A, B and C", and a
    count on a line ending with a colon followed by list items: the number of items enumerated
    must equal the number stated.
    Why it matters: an item was dropped or added in editing, or the number was not updated.
    """

    code = "CNT002"
    name = "count-vs-list"
    severity = Severity.WARNING
    summary = "A stated number of items differs from the enumeration that follows"
    bad = (
        "示例国提交了 3 份工作文件，分别是“国家报告模板”工作文件和“核查能力建设”工作文件。",
        "Exampleland submitted three working papers, namely on transparency, on reporting, on verification and on education.",
    )
    good = (
        "示例国提交了 2 份工作文件，分别是“国家报告模板”工作文件和“核查能力建设”工作文件。",
        "Exampleland submitted three working papers, namely on transparency, on reporting and on verification.",
    )

    def check(self, ctx: Context):
        lists: dict[int, list[str]] = {}  # block index → the list items after it
        for count in ctx.facts.of(Count):
            if count.n < 2 or count.qualifier:
                continue
            items = self._enumerated(ctx, count, lists)
            if items and len(items) >= 2 and len(items) != count.n:
                listed = ctx.listing(i.strip()[:30] for i in items)
                message = self.say(ctx, "mismatch", count=count.text, n=count.n, listed=len(items), items=listed)
                yield self.finding(count.start, count.end, message, self.say(ctx, "fix"))

    @staticmethod
    def _enumerated(ctx: Context, count: Count, lists: dict[int, list[str]]) -> list[str] | None:
        text = ctx.text
        sentence = ctx.structure.sentence_at(count.start)
        end = sentence[1] if sentence else len(text)
        colon = _COLON_ENDING_LINE.match(text, count.end, end)
        cue = next((c for c in ctx.facts.within(count.end, min(end, count.end + 2 * LEAD), Cue)
                    if c.cue == "namely" and _on_the_line(text, count.end, c.start)), None)
        if colon is not None and (cue is None or colon.start(1) < cue.start):
            if colon.end() >= end - 1:
                return _list_items_after(ctx, count.start, lists)
            begin = colon.end()
        elif cue is not None:
            begin = _SPACES.match(text, cue.end, end).end()
        else:
            return None
        if end - begin > MAX_ENUMERATION:
            return None
        segment = text[begin:end].rstrip("。.;；")
        marked = _ITEM_MARKS.findall(segment)
        if len(marked) >= 2:
            return marked  # (a) … (b) … (c) …
        items = _split_items(segment, ctx.words("ITEM_SEPARATORS", count.lang), ctx.words("LAST_ITEM_JOINERS", count.lang))
        numerals = ctx.words("NUMERAL_CHARACTERS")
        if any(ch.isdigit() or ch in numerals for item in items for ch in item[:4]):
            return None  # "三位来自非洲、五位来自亚洲…" breaks the number down, it does not list the things
        longest = max((len(i.split()) if count.lang == "en" else len(i) for i in items), default=0)
        return items if longest <= (4 if count.lang == "en" else 20) else None  # long items: "and" is ambiguous


def _on_the_line(text: str, start: int, cue: int) -> bool:
    """Does the cue at `cue` start within LEAD characters of `start`, on its line (after a comma and spaces)?"""
    between = text[start:cue]
    return "\n" not in between.rstrip() and len(between.rstrip().rstrip("，,")) <= LEAD


def _list_items_after(ctx: Context, offset: int, lists: dict[int, list[str]]) -> list[str]:
    """List items right after the block holding `offset` (a line ending with a colon), collected
    once per block."""
    blocks = ctx.structure.blocks
    index = ctx.structure.block_index(offset)
    i = len(blocks) if index is None else index + 1
    if i not in lists:
        items, j = [], i
        while j < len(blocks) and blocks[j].kind == "list-item":
            items.append(ctx.text[blocks[j].start : blocks[j].end])
            j += 1
        lists[i] = items
    return lists[i]


def _split_items(segment: str, separators: tuple[str, ...], last_joiners: tuple[str, ...]) -> list[str]:
    """The items of an enumeration, split at top level (never inside quotes or brackets).

    Items separated by semicolons are split there only; otherwise at the separators of the
    count's language (、，和 及 / commas), and the last item once more at its first joiner, when
    the language writes one ("A, B and C").
    """
    if any(_top_level(segment, sep) for sep in ("；", ";")):
        return _split(segment, ("；", ";"))
    items = _split(segment, separators)
    for joiner in last_joiners:
        if items and items[-1].startswith(joiner + " "):
            items[-1] = items[-1][len(joiner) + 1 :]
        elif items and f" {joiner} " in items[-1]:
            items[-1:] = items[-1].split(f" {joiner} ", 1)
    return items


def _top_level(segment: str, separator: str) -> bool:
    return separator in segment and len(_split(segment, (separator,))) > 1


@functools.cache
def _marks(separators: tuple[str, ...]) -> re.Pattern:
    """The characters _split must look at: brackets, quotes, stops and separators' first characters."""
    return re.compile("[" + re.escape(_OPEN + _CLOSE + _STOP + "".join(s[0] for s in separators)) + "]")


def _split(segment: str, separators: tuple[str, ...]) -> list[str]:
    """Split at top-level separators, up to the first stop; the text between the characters that
    matter is taken whole."""
    marks = _marks(separators)
    items, depth, begin, i = [], 0, 0, 0
    while (m := marks.search(segment, i)) is not None:
        i = m.start()
        ch = segment[i]
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0:
            sep = next((s for s in separators if segment.startswith(s, i)), None)
            if sep:
                items.append(segment[begin:i])
                begin = i = i + len(sep)
                continue
        if ch in _STOP:
            break
        i += 1
    else:
        i = len(segment)
    items.append(segment[begin:i])
    return [item.strip() for item in items if item.strip()]


RULES = (PartsDoNotSum, CountVsList)

"""The input itself: damaged text (unmapped glyphs, binary residue, mojibake, spaced-out digits)
and text that is not part of the report (job numbers, notices, running headers).

The regions come from linter.damage, which also keeps the extractors out of them: these rules
say what was found and that the facts in it are not checked.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.api import Context, Fix, Related, Rule, Severity, damage

_SHOWN = 40  # characters of a region quoted in a message
_RELATED = 3  # other occurrences of a repeated region listed as notes


def _quote(text: str) -> str:
    """A region's text for a message: on one line, shortened."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


class _RegionRule(Rule):
    kind: ClassVar[str]  # the linter.damage region kind this rule reports

    def regions(self, ctx: Context) -> list[damage.Region]:
        return damage.of_kind(ctx.document, self.kind)

    def surface(self, ctx: Context, region: damage.Region) -> str:
        return ctx.text[region.start : region.end]


class UnmappedGlyph(_RegionRule):
    """A glyph the PDF's font (or a conversion) did not map to a character.

    What it checks: pdfminer's `(cid:NN)` for glyphs without a Unicode mapping, U+FFFD
    replacement characters and private-use characters (U+E000–U+F8FF, and the supplementary
    private-use planes) where text should be. A warning when the glyph sits inside a word or a
    figure (`1(cid:20)5 000`: a digit is lost); information when it stands alone, as an unmapped
    bullet or symbol does.
    Why it matters: the character that stood there is lost, so a figure or a name around it may
    read wrongly; the word it sits in is not read for facts.
    """

    code = "INP001"
    name = "unmapped-glyph"
    severity = Severity.WARNING
    summary = "A glyph the font or the conversion did not map to a character: (cid:NN), U+FFFD, private use"
    kind = "glyph"
    bad = ("示例国捐助了 1(cid:20)5 000 美元。", "Exampleland paid USD 1(cid:20)5 000 in 2020.")
    good = ("示例国捐助了 125 000 美元。", "• Exampleland paid USD 125 000 in 2020.")

    def check(self, ctx: Context):
        for region in self.regions(ctx):
            surface = self.surface(ctx, region)
            items = damage.glyph_items(surface)
            kind = "cid" if items[0].startswith("(cid:") else "fffd" if items[0] == "\ufffd" else "pua"
            shown = list(dict.fromkeys(i if i.startswith("(cid:") else f"U+{ord(i):04X}" for i in items))[:3]
            what = self.say(ctx, kind, glyphs=ctx.listing(shown))
            text = ctx.text
            inside = (len("".join(items)) < len(surface) or (region.start > 0 and text[region.start - 1].isalnum())
                      or (region.end < len(text) and text[region.end].isalnum()))
            message = self.say(ctx, "inside", what=what, surface=_quote(surface)) if inside else self.say(ctx, "alone", what=what)
            suggestion = self.say(ctx, "fix-text" if kind == "fffd" else "fix-pdf")
            yield self.finding(region.start, region.end, message, suggestion, severity=None if inside else Severity.INFO)


class BinaryResidue(_RegionRule):
    """Residue of a binary file in the text: control characters and Word binary fragments.

    What it checks: lines with two or more control characters (C0 other than tab, line and page
    breaks; DEL; C1), or one and a fragment of a Word 97–2003 binary (`bjbj`, `Root Entry`,
    `WordDocument`…); consecutive such lines are one region. A single control character in a
    line of text is reported alone, as information.
    Why it matters: this is not text of the report but bytes of the file that held it (a `.doc`
    saved or converted as `.txt`); numbers in it are noise, so it is not read for facts.
    """

    code = "INP002"
    name = "binary-residue"
    severity = Severity.WARNING
    summary = "Control characters and Word binary fragments: a binary file saved as text"
    kind = "binary"
    bad = ("示例国捐助了 612 400 美元。\n\x01\x02bjbj\x0e\x12 2020 \x13\x14\n",
           "Exampleland paid USD 612 400.\n\x01\x02bjbj\x0e\x12 2020 \x13\x14\n")
    good = ("示例国捐助了 612 400 美元。\n\n二〇二〇年\n", "Exampleland paid USD 612 400.\n\x0c\nPage 2\n")

    def check(self, ctx: Context):
        for region in self.regions(ctx):
            surface = self.surface(ctx, region)
            controls = damage.control_characters(surface)
            codes = ctx.listing(list(dict.fromkeys(f"U+{ord(c):04X}" for c in controls))[:3])
            marker = damage.word_marker(surface)
            if len(controls) == 1 and marker is None:
                yield self.finding(region.start, region.end, self.say(ctx, "single", codes=codes), self.say(ctx, "fix"), severity=Severity.INFO)
                continue
            values = {"count": len(controls), "codes": codes}
            message = self.say(ctx, "word", marker=marker, **values) if marker else self.say(ctx, "residue", **values)
            yield self.finding(region.start, region.end, message, self.say(ctx, "fix"))


class MojibakeText(_RegionRule):
    """UTF-8 text read with the wrong encoding (mojibake).

    What it checks: characters whose Windows-1252 bytes are valid UTF-8 (`â€™` for ’, `Ã©` for
    é, `Â` before a no-break space), and runs of Chinese whose GBK bytes are valid UTF-8
    (`鎶ュ憡` for 报告): found exactly, by decoding back, and offered as a fix an editor can apply.
    GBK mojibake that lost bytes holds U+FFFD, which INP001 reports.
    Why it matters: the text reads wrongly to everyone, names and quotations included, and the
    facts in it are not read.
    """

    code = "INP003"
    name = "mojibake-text"
    severity = Severity.WARNING
    summary = "UTF-8 text read with the wrong encoding (â€™, Ã©, 鎶ュ憡)"
    kind = "mojibake"
    bad = ("示例国代表团团长为 JosÃ© GarcÃ­a 先生。", "The Ministerâ€™s report was adopted in 2020.")
    good = ("示例国代表团团长为 José García 先生。", "The Minister’s report was adopted in 2020; déjà vu.")

    def check(self, ctx: Context):
        for region in self.regions(ctx):
            surface = self.surface(ctx, region)
            values = {"surface": _quote(surface), "fixed": _quote(region.detail)}
            message = self.say(ctx, "misread", encoding=damage.misread_as(surface), **values)
            yield self.finding(region.start, region.end, message, self.say(ctx, "fix", fixed=values["fixed"]),
                               fix=Fix(region.start, region.end, region.detail, safe=False))


class SpacedDigits(_RegionRule):
    """Single digits a converter spread out: `7 4 7 7 2 亿元`, `USD 1 2 3 4 5`.

    What it checks: two or more single digits one space apart, followed by a currency, a scale
    word (万, 亿, million), per cent or a date word (年, 月, 日), or preceded by a currency. No
    digit grouping writes single digits, so the run is a figure a converter spaced out (from a
    table, or a justified line). A bare run of digits (`1 2 3`, a table of small counts) is left
    alone.
    Why it matters: no one can tell which figure was meant (the money reader would have taken
    `7 2 亿元` as 200 000 007 CNY); the figure is not checked, and the editor fix joins it.
    """

    code = "INP004"
    name = "spaced-digits"
    severity = Severity.WARNING
    summary = "Single digits spaced out by a converter before a currency or scale word (7 4 7 7 2 亿元)"
    kind = "spaced-digits"
    bad = ("全年财政收入 7 4 7 7 2 亿元。", "The Fund received USD 1 2 3 4 5 in 2020.")
    good = ("全年财政收入 74 772 亿元；评分为 1 2 3 项。", "Scores were 1 2 3 out of 5; the Fund received USD 12 345.")

    def check(self, ctx: Context):
        for region in self.regions(ctx):
            message = self.say(ctx, "spaced", surface=self.surface(ctx, region), digits=region.detail)
            yield self.finding(region.start, region.end, message, self.say(ctx, "fix", digits=region.detail),
                               fix=Fix(region.start, region.end, region.detail, safe=False))


class _RepeatedRegionRule(_RegionRule):
    """Regions that repeat (a footer on every page) are one finding, at the first of them."""

    def groups(self, ctx: Context) -> Iterator[list[damage.Region]]:
        by_detail: dict[str, list[damage.Region]] = {}
        for region in self.regions(ctx):
            by_detail.setdefault(region.detail, []).append(region)
        yield from by_detail.values()

    def repeats(self, ctx: Context, group: list[damage.Region]) -> tuple[Related, ...]:
        return tuple(Related(r.start, r.end, self.say(ctx, "again")) for r in group[1 : 1 + _RELATED])


class RunningHeader(_RepeatedRegionRule):
    """A running header or footer: a line repeated at the top or bottom of every page.

    What it checks: in PDFs (pages from the reader) and in text with form feeds, a line that
    stands among the first or last three lines of at least three pages and of half of them (its
    page number aside: "A/HRC/WG.6/7/SVN/1 Page 3"); in text that lost its page breaks, the
    cover page's own symbol standing alone on two or more later lines.
    Why it matters: page furniture is not text of the report. Its facts are read once, where it
    first appears (so the masthead still gives the document's own symbol), not thirty times.
    """

    code = "INP005"
    name = "running-header"
    severity = Severity.INFO
    summary = "A running header or footer repeated on every page; its facts are read once"
    kind = "running-header"
    bad = ("CD/2020/1\n\n裁军谈判会议\n\n1. 示例国提交了报告。\n\nCD/2020/1\n\n2. 示例国举办了讲习班。\n\nCD/2020/1\n\n3. 示例国将继续努力。\n",
           "A/HRC/28/15\n\nHuman Rights Council\n\n1. The Working Group met.\n\nA/HRC/28/15\n\n2. The delegation spoke.\n\nA/HRC/28/15\n\n3. The report was adopted.\n")
    good = ("CD/2020/1\n\n裁军谈判会议\n\n1. 示例国提交了报告 CD/2020/1。\n\n2. 示例国举办了讲习班。\n",
            "A/HRC/28/15\n\nHuman Rights Council\n\n1. The Working Group adopted A/HRC/28/15.\n\n2. See also\nA/HRC/28/15\n")

    def check(self, ctx: Context):
        for group in self.groups(ctx):
            first = group[0]
            origin_end = ctx.document.line_span(ctx.document.line_of(first.origin) + 1)[1]
            origin = Related(first.origin, origin_end, self.say(ctx, "first"))
            message = self.say(ctx, "header", line=_quote(first.detail), count=len(group))
            yield self.finding(first.start, first.end, message, related=(origin,) + self.repeats(ctx, group))


class PrintJobNumber(_RepeatedRegionRule):
    """A UN printing job number and its barcode (GE.14-23930 (E) *1423930*).

    What it checks: lines made only of job numbers (`GE.14-23930 (E)`, `19-08178 (E) 280519`,
    the Geneva footer `GE.12-17781`, OPCW's `CS-2019-1234(E)`) and barcodes (`*1423930*`, also
    in a barcode font without a Unicode map); a number and its barcode are one region, and a
    number repeated in every page's footer is one finding.
    Why it matters: the job number and its processing dates (ddmmyy) are production marks, not
    text of the report; they are not read for facts.
    """

    code = "INP006"
    name = "print-job-number"
    severity = Severity.INFO
    summary = "A printing job number or barcode: a production mark, not read for facts"
    kind = "job-number"
    bad = ("示例国的报告\n\n19-08178 (C) 280519 *1908178*\n", "Report of Exampleland\n\nGE.14-23930 (E)\n\n*1423930*\n")
    good = ("示例国的报告见 GE.14-23930 号文件。\n", "Exampleland cited job GE.14-23930 in its letter.\n")

    def check(self, ctx: Context):
        for group in self.groups(ctx):
            first = group[0]
            job = _quote(self.surface(ctx, first).translate(damage.SYMBOL_FONT))
            message = self.say(ctx, "repeated", job=job, count=len(group) - 1) if len(group) > 1 else self.say(ctx, "job", job=job)
            yield self.finding(first.start, first.end, message, related=self.repeats(ctx, group))


class LicenceNotice(_RegionRule):
    """A licence, copyright, reproduction-rights or recycling notice added to the document.

    What it checks: the paragraph holding a phrase only such notices use (“licensed under a
    Creative Commons…”, “This publication may be reproduced…”, “All rights reserved”, “Please
    recycle”, Wikisource's “本作品不适用于该法…属于公有领域”, 知识共享署名…); near the end of the
    document, the notice and everything after it.
    Why it matters: a publisher's or a scraper's notice is not text of the report; its years,
    licence URLs and numbers are not read for facts.
    """

    code = "INP007"
    name = "licence-notice"
    severity = Severity.INFO
    summary = "A licence or publisher notice appended to the document; not read for facts"
    kind = "notice"
    bad = ("示例国于 2020 年提交了报告。\n\n根据《中华人民共和国著作权法》第五条，本作品不适用于该法。如不受其他法律、法规保护，本作品在中国大陆和其他地区属于公有领域。\n",
           "Exampleland reported in 2020.\n\nThis work is licensed under a Creative Commons Attribution 4.0 International License (https://creativecommons.org/licenses/by/4.0/).\n")
    good = ("示例国于 2020 年修订了《著作权法》。\n", "Exampleland promotes Creative Commons licences for public data.\n")

    def check(self, ctx: Context):
        for region in self.regions(ctx):
            yield self.finding(region.start, region.end, self.say(ctx, "notice", phrase=region.detail))


RULES = (UnmappedGlyph, BinaryResidue, MojibakeText, SpacedDigits, RunningHeader, PrintJobNumber, LicenceNotice)

"""URLs and links."""
from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from collections import defaultdict
from functools import lru_cache

from linter.api import Context, Date, Related, Rule, Severity, Symbol, Url
from rules.common import line_of


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance, or limit + 1 once it exceeds `limit`. The common ends are cut first, and only
    the diagonals within `limit` of the main one are computed: no cheaper path leaves them."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prefix = len(os.path.commonprefix([a, b]))
    a, b = a[prefix:], b[prefix:]
    suffix = len(os.path.commonprefix([a[::-1], b[::-1]]))
    a, b = a[: len(a) - suffix], b[: len(b) - suffix]
    beyond = limit + 1
    previous = [j if j <= limit else beyond for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [beyond] * (len(b) + 1)
        current[0] = min(i, beyond)
        low, high = max(1, i - limit), min(len(b), i + limit)
        for j in range(low, high + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != b[j - 1]), beyond)
        if min(current[low - 1 : high + 1]) > limit:
            return beyond
        previous = current
    return previous[-1]


class DuplicateUrl(Rule):
    """The same URL cited again.

    What it checks: URLs that are the same after normalisation (host case, scheme and trailing
    slash ignored) cited more than once, on different lines.
    Why it matters: usually harmless, sometimes a copy-paste where a different document was
    meant; listed as information so a reviewer can glance over the repeats.
    """

    code = "URL001"
    name = "duplicate-url"
    severity = Severity.INFO
    summary = "The same URL is cited more than once"
    bad = (
        "蓝皮书：www.mofa.go.jp/policy/other/bluebook/2019/html/chapter3/c030104.html\n"
        "见以下网页：www.mofa.go.jp/policy/other/bluebook/2019/html/chapter3/c030104.html",
        "See https://www.un.org/en/sc/1540/.\nSee also www.un.org/en/sc/1540",
    )
    good = (
        "蓝皮书：www.mofa.go.jp/policy/other/bluebook/2019/html/chapter3/c030104.html\n见上文。",
        "See https://www.un.org/en/sc/1540/ and https://www.un.org/en/sc/2231/.",
    )

    def check(self, ctx: Context):
        first: dict[str, Url] = {}
        for url in ctx.facts.of(Url):
            seen = first.setdefault(url.normalized, url)
            if seen is url or line_of(ctx, seen.start) == line_of(ctx, url.start):
                continue
            message = self.say(ctx, "again", url=url.text, line=line_of(ctx, seen.start))
            yield self.finding(url.start, url.end, message, self.say(ctx, "fix"), (Related(seen.start, seen.end, self.say(ctx, "first")),))


class NearDuplicateUrl(Rule):
    """Two URLs a character or two apart, cited for the same document or event.

    What it checks: URLs the same but for one part (the host, or one segment of the path), that
    part one or two characters apart. A mistyped form is reported wherever the two are cited: a
    file extension or top-level domain no address has (…/478229934.htmk, www.un.rog), a word or
    a random identifier with a letter changed, doubled or dropped (…/HRBodirs/…, v=7c2prcgyX2Q),
    a separator lost (Summary-national → Summarynational). A different number or short code
    (NewsID=17091 and 17096, …/000566963.pdf and …/000566983.pdf, ilo/imo) is a different document
    as often as not, and is reported only when the text cites both for the same thing: the same
    day-exact date in their blocks (paragraph, list item, table row); the same title (“…”, 《…》)
    with the same figures around it; the same linking text (a sentence copied, or a description
    the citations share); or one cited again nearby with nothing of its own ("See also …",
    "另见：…") next to the other's description. Two URLs in one enumeration ("X and Y", "X 和 Y")
    are two documents; yearly editions (/2019/, /2020/) are compared only for a shared day;
    language versions (/en/, /fr/, _E, _F), formats (.htm, .html) and case are never reported.
    Why it matters: one speech cited as …/000566963.pdf and …/000566983.pdf means one of the two
    links points at another document; …/478229934.htmk points nowhere.
    """

    code = "URL002"
    name = "near-duplicate-url"
    severity = Severity.WARNING
    summary = "Two nearly identical URLs cited for the same event or date"
    bad = (
        "- 2024 年 9 月 16 日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712345.pdf。\n"
        "- 2024年9月16日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712845.pdf。",
        "- Statement of 16 September 2024: www.example-mfa.gov/files/000712345.pdf\n"
        "- The statement delivered on 16 September 2024: www.example-mfa.gov/files/000712845.pdf",
        "- 《国家报告》全文见：www.example-mfa.gov/files/000712345.pdf。\n\n另见：www.example-mfa.gov/files/000712845.pdf。",
        "- National report on the Convention: www.example-mfa.gov/press/release/press4e_001613.html\n"
        "- National report on the Convention: www.example-mfa.gov/press/release/press4e_001618.html",
    )
    good = (
        "- 2024 年 9 月 16 日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712345.pdf。\n"
        "- 2024年9月16日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712345.pdf。",
        "- Statement of 16 September 2024: www.example-mfa.gov/files/000712345.pdf\n"
        "- Statement of 5 December 2023: www.example-mfa.gov/files/000698001.pdf",
        "- 2015 年和 2018 年的考察团报告见以下网页：www.example-nsr.go.jp/data/000295552.pdf 和 "
        "www.example-nsr.go.jp/data/000295553.pdf。",
        "- Annual report 2019: www.example.org/reports/2019/annual.pdf\n- Annual report 2020: www.example.org/reports/2020/annual.pdf",
    )
    options = {"max-distance": 2}
    COMPARED = 16  # each URL is compared with the next 16 distinct URLs cited of its shape (the same
    # host and path but for one part), and reported once, beside the first nearly identical one
    # cited for the same thing (a numbered series cited for one date would otherwise give every pair)
    OCCURRENCES = 8  # the citations of each URL looked at for what it is cited for
    NEARBY = 2  # blocks: how far a citation with nothing of its own is taken for the one before or after

    def check(self, ctx: Context):
        limit = int(self.option(ctx, "max-distance"))
        cited: dict[str, list[Url]] = {}
        for url in ctx.facts.of(Url):
            if not url.malformed:  # URL003's
                cited.setdefault(url.normalized, []).append(url)
        parts = {normalized: normalized.split("/") for normalized in cited}
        shapes: dict[tuple, list[str]] = defaultdict(list)
        for normalized, pieces in parts.items():
            for i, shape in enumerate(_shapes(pieces)):
                shapes[(len(pieces), i, shape)].append(normalized)
        pairs = []
        for (_, i, _), members in shapes.items():
            for k, a in enumerate(members):
                for b in members[k + 1 : k + 1 + self.COMPARED]:
                    pa, pb = parts[a][i], parts[b][i]
                    if parts[a][:i] != parts[b][:i] or parts[a][i + 1 :] != parts[b][i + 1 :]:
                        continue  # two shapes of one hash
                    n = _distance(pa, pb, limit)
                    if n <= limit and (kind := _change(pa, pb, host=i == 0, whole=(a, b))) is not None:
                        pairs.append((cited[a][0].start, cited[b][0].start, a, b, n, kind))
        citations = _Citations(ctx)
        flagged = set()  # URLs reported once already
        found = []
        for _, _, a, b, n, kind in sorted(pairs):
            why = citations.reason(cited[a][: self.OCCURRENCES], cited[b][: self.OCCURRENCES], kind)
            if why is None and kind[0] != "typo":
                continue
            first, second = why[1] if why else (cited[a][0], cited[b][0])
            if second.normalized in flagged:
                continue
            flagged.add(second.normalized)
            line = line_of(ctx, first.start)
            if why:
                message = self.say(ctx, "near", url=second.text, other=first.text, line=line, n=n, date=why[0])
            else:
                message = self.say(ctx, "typo", url=second.text, other=first.text, line=line, n=n, part=kind[1])
            related = (Related(first.start, first.end, self.say(ctx, "related")),)
            found.append(self.finding(second.start, second.end, message, self.say(ctx, "fix"), related))
        yield from sorted(found, key=lambda f: f.start)


# ----------------------------------------------------------------------------- near-duplicate URLs
def _shapes(parts: list[str]) -> list[tuple[int, int]]:
    """For each part, a hash of the URL without it (the parts before, the parts after): URLs that
    differ in one part only share one. Hashes of prefixes and suffixes, so a URL of n parts costs n."""
    before, after = [0], [0]
    for part in parts:
        before.append(hash((before[-1], part)))
    for part in reversed(parts):
        after.append(hash((after[-1], part)))
    n = len(parts)
    return [(before[i], after[n - 1 - i]) for i in range(n)]


# What two parts a few characters apart differ in. Pieces: a percent escape (%20), a run of
# letters, a run of digits, or one other character (a separator).
_PIECES = re.compile(r"%[0-9A-Fa-f]{2}|[^\W\d_]+|\d+|.", re.S)
# Codes that make two addresses language versions of one document (…/en/…, …_E.pdf, press4e_…):
# ISO 639-1 and -2 codes of the languages reports are issued in, and the UN's one-letter ones.
_LANGUAGES = frozenset(
    "en fr es ru zh ar ch cn de it ja jp ko kr pt nl sv pl tr el fi da cs hu ro sl sk hr bg uk he hi id th vi fa ms"
    " e f s r c a eng fra fre spa esp rus chi zho ara ger deu jpn".split()
)
# File extensions: two of them are two formats of one document; an extension none of them is a typo.
_EXTENSIONS = frozenset(
    "htm html shtml xhtml php asp aspx jsp cfm pdf doc docx odt rtf txt xls xlsx ods csv ppt pptx odp xml json zip"
    " jpg jpeg png gif svg mp3 mp4 epub".split()
)
# Top-level domains besides the two-letter ones of countries.
_GENERIC_TLDS = frozenset("com org net int edu gov mil info biz name pro museum coop aero mobi asia travel jobs tel cat eu".split())
_WORD = {True: 6, False: 4}  # letters from which a run is a word, not a code: in a host (unicef) and a path (news)
_ID_PIECES, _ID_LENGTH = 4, 8  # an identifier like 7c2pecgyX2Q: letters and digits alternating, long
_SEPARATORS = ",;、，；"  # besides the packs' LIST_SEPARATORS: what sets apart the items of an enumeration
_REPEATED = 3  # characters from which a code or number repeated within a URL is one thing, not a coincidence
_RANK = {"edition": 1, "code": 2, "number": 2, "typo": 3}


@lru_cache(maxsize=4096)
def _pieces(part: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) of each piece: 'letters', 'digits' or 'sep'."""
    return tuple(("letters" if t[0].isalpha() else "digits" if t[0].isdigit() else "sep", t) for t in _PIECES.findall(part))


@lru_cache(maxsize=4096)
def _folded(url: str) -> tuple[str, ...]:
    """The pieces of a URL, case folded."""
    return tuple(t.lower() for _, t in _pieces(url))


def _change(a: str, b: str, host: bool, whole: tuple[str, str] = ("", "")) -> tuple[str, str] | None:
    """What two parts (a host, or one path segment) a few characters apart differ in, as (kind,
    the pieces that differ): 'typo', a form no address has; 'number' or 'code', another document
    as often as not; 'edition', another year; None when the two are one document written two ways
    (case, a language version, a format). `whole`: the two URLs the parts are of."""
    if a.lower() == b.lower():
        return None
    pa, pb = _pieces(a), _pieces(b)
    same = lambda x, y: x[0] == y[0] and x[1].lower() == y[1].lower()  # noqa: E731
    i = 0
    while i < min(len(pa), len(pb)) and same(pa[i], pb[i]):
        i += 1
    j = 0
    while j < min(len(pa), len(pb)) - i and same(pa[-1 - j], pb[-1 - j]):
        j += 1
    da, db = pa[i : len(pa) - j], pb[i : len(pb) - j]
    shown = f"{''.join(t for _, t in da)} / {''.join(t for _, t in db)}"
    if len(da) != len(db):
        extra = [p for p in (da or db) if p[0] != "sep"]
        if da and db or len(extra) != 1 or len(da or db) > 2:
            return "typo", shown  # a run split or joined: Summary-national / Summarynational
        kind, text = extra[0]
        if kind == "letters" and text.lower() in _LANGUAGES:
            return None  # press4e_000334 / press4_000334
        return ("number", shown) if kind == "digits" else ("typo", shown)
    kinds = []
    for k, ((ka, ta), (kb, tb)) in enumerate(zip(da, db), i):
        if ta.lower() == tb.lower():
            continue
        if ka != kb or ka == "sep":
            return "typo", shown  # a separator changed: %20 / %25, - / _
        kind = _run(pa, k, ta, tb, host)
        if kind in ("code", "number") and _breaks_repetition(ta, tb, *whole):
            kind = "typo"
        if kind == "typo":
            return "typo", shown
        if kind:
            kinds.append(kind)
    return (max(kinds, key=_RANK.get), shown) if kinds else None


def _breaks_repetition(a: str, b: str, whole_a: str, whole_b: str) -> bool:
    """Is a code or number the URL repeats changed in one place only (…/SVN/INT_CERD_FUL_SVN_157
    → …/SVN/INT_CERD_FUL_AVN_157, p=1000:13100:0::NO:13100 → p=1000:13150:0::NO:13100)? Another
    document would change every one of them; a slip changes one."""
    if len(a) < _REPEATED or len(b) < _REPEATED:
        return False
    for x, wx, wy in ((a, whole_a, whole_b), (b, whole_b, whole_a)):
        ours = _folded(wx).count(x.lower())
        if ours >= 2 and _folded(wy).count(x.lower()) == ours - 1:
            return True
    return False


def _run(pieces: tuple[tuple[str, str], ...], k: int, a: str, b: str, host: bool) -> str | None:
    """What one run of letters or digits changed from `a` to `b` (piece `k` of `pieces`) is."""
    left = k
    while left > 0 and pieces[left - 1][0] != "sep":
        left -= 1
    right = k
    while right + 1 < len(pieces) and pieces[right + 1][0] != "sep":
        right += 1
    if right - left + 1 >= _ID_PIECES and sum(len(t) for _, t in pieces[left : right + 1]) >= _ID_LENGTH:
        return "typo"  # within an identifier of letters and digits: no two differ by a character
    if a.isdigit():
        return "edition" if all(len(x) == 4 and x[:2] in ("19", "20") for x in (a, b)) else "number"
    a, b = a.lower(), b.lower()
    after_dot = k > 0 and pieces[k - 1][1] == "."
    last = k + 1 == len(pieces) or pieces[k + 1][1] in "?#;&"
    if host and k == 0 and "www" in (a, b) and (not (a + b).strip("w") or len(a) == len(b)):
        return "typo"  # www mistyped: ww.un.org, wwww.un.org, wqw.ohchr.org
    if host and after_dot and k + 1 == len(pieces):  # the top-level domain
        return "code" if all(len(x) == 2 or x in _GENERIC_TLDS for x in (a, b)) else "typo"
    if not host and after_dot and last and (a in _EXTENSIONS or b in _EXTENSIONS):
        return None if a in _EXTENSIONS and b in _EXTENSIONS else "typo"
    if a in _LANGUAGES and b in _LANGUAGES:
        return None
    if len(a) == len(b) > 1 and (a in _LANGUAGES) != (b in _LANGUAGES):
        return "typo"  # a language's code mistyped: /en/ → /em/, EN → WN
    if max(len(a), len(b)) >= _WORD[host]:
        return "typo"
    words = [t for kind, t in pieces if kind == "letters" and t.islower()]
    if not host and a.islower() and len(words) >= 3:
        return "typo"  # a word of a phrase: …-theme-groups-standards-and-procedures
    return "code"


class _Citations:
    """What each URL is cited for, read from its sentence and block once per sentence."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.dates = _BlockDates(ctx)
        self.structure = ctx.structure
        cues = ctx.words("CITATION_WORDS", language="*")  # a citation in any language: "另见：" beside an English URL
        self.phrases = sorted((c for c in cues if not c.isascii()), key=len, reverse=True)
        self.latin = frozenset(c for c in cues if c.isascii())
        self.joiners = frozenset(w.lower() for w in ctx.words("LIST_SEPARATORS"))
        self._text: dict[tuple[int, int], str] = {}
        self._own: dict[tuple[int, int], bool] = {}
        self._described: dict[int, tuple[int, int] | None] = {}
        self._days: dict[int, list[dt.date]] = {}
        self._titles = [(t.start, t.end) for t in self.structure.titles]
        self._title_starts = [t[0] for t in self._titles]
        self.sentences = _whole_sentences(self.structure.sentences, ctx.facts.of(Url))
        self._sentence_starts = [s[0] for s in self.sentences]

    def reason(self, urls_a: list[Url], urls_b: list[Url], kind: tuple[str, str]):
        """(what both are cited for, as the message says it; (first, second) citation), or None."""
        best = None
        for x in urls_a:
            for y in urls_b:
                first, second = sorted((x, y), key=lambda u: u.start)
                why = self._same(first, second, edition=kind[0] == "edition")
                if why is not None and (best is None or why[0] < best[0]):
                    best = (why[0], why[1], (first, second))
                    if why[0] == 0:
                        return best[1:]
        return best[1:] if best else None

    def _same(self, a: Url, b: Url, edition: bool):
        """(rank, what) when `a` and `b` are cited for one thing: 0 a day, 1 a title, 2 a description."""
        sentence_a, sentence_b = self.sentence(a), self.sentence(b)
        if sentence_a == sentence_b and self._enumerated(a, b):
            return None
        days = set(self.days(a))
        shared = [d for d in self.days(b) if d in days]
        if shared:
            return 0, shared[0].isoformat()
        if edition or sentence_a == sentence_b:
            return None
        da, db = self.described(a), self.described(b)
        if da is not None and db is not None:
            if self.key(da) == self.key(db) and self.key(da):
                return 2, self.excerpt(da)
            ta, tb = self.titles(da), self.titles(db)
            shared = sorted(ta.keys() & tb.keys())
            if shared and self.figures(da) == self.figures(db):
                return 1, ta[shared[0]]
            return None
        if (da is None) != (db is None) and self._nearby(a, b):
            return 2, self.excerpt(da if da is not None else db)
        return None

    def days(self, url: Url) -> list[dt.date]:
        if id(url) not in self._days:
            self._days[id(url)] = self.dates.near(url)
        return self._days[id(url)]

    def _index(self, url: Url) -> int | None:
        i = bisect.bisect_right(self._sentence_starts, url.start) - 1
        return i if i >= 0 and url.start < self.sentences[i][1] else None

    def sentence(self, url: Url) -> tuple[int, int]:
        i = self._index(url)
        return self.sentences[i] if i is not None else self.ctx.document.line_span(line_of(self.ctx, url.start))

    def _enumerated(self, a: Url, b: Url) -> bool:
        """Are two URLs of one sentence items of an enumeration ("X 和 Y", "X, Y and Z")?"""
        between = self.without_urls(a.end, b.start)
        return any(c in between for c in _SEPARATORS) or bool(self.joiners & set(between.lower().split()))

    def _nearby(self, a: Url, b: Url) -> bool:
        ia, ib = self.structure.block_index(a.start), self.structure.block_index(b.start)
        if ia is None or ib is None:
            return abs(line_of(self.ctx, a.start) - line_of(self.ctx, b.start)) <= 2 * NearDuplicateUrl.NEARBY
        return abs(ia - ib) <= NearDuplicateUrl.NEARBY

    def described(self, url: Url) -> tuple[int, int] | None:
        """The sentence that says what `url` is: its own, else one of the two before it in its
        block ("…发表讲话。见以下网页：URL。"); None when it has nothing of its own ("See also URL.")."""
        sentence = self.sentence(url)
        if sentence[0] in self._described:
            return self._described[sentence[0]]
        found = sentence if self.own(sentence) else None
        index = self._index(url)
        block = self.structure.block_at(url.start)
        if found is None and index is not None and block is not None:
            start = block.start
            for back in (1, 2):
                if index - back < 0:
                    break
                previous = self.sentences[index - back]
                if previous[0] < start:  # another block: only a sentence the layout broke ("… para. 11 and⏎URL")
                    broken = block.kind == "paragraph" and not self.ctx.text[sentence[0] : url.start].strip()
                    if not broken or self.ctx.text[previous[0] : previous[1]].rstrip()[-1:] in _FINAL:
                        break
                    start = previous[0]
                if self.own(previous):
                    found = previous
                    break
        self._described[sentence[0]] = found
        return found

    def without_urls(self, start: int, end: int) -> str:
        if (start, end) not in self._text:
            pieces, at = [], start
            for url in self.ctx.facts.within(start, end, Url):
                pieces.append(self.ctx.text[at : url.start])
                at = url.end
            pieces.append(self.ctx.text[at:end])
            self._text[(start, end)] = " ".join(pieces)
        return self._text[(start, end)]

    def own(self, span: tuple[int, int]) -> bool:
        """Does the sentence say anything besides its URLs and the words that point at them?"""
        if span not in self._own:
            text = self.without_urls(*span)
            for phrase in self.phrases:
                text = text.replace(phrase, " ")
            self._own[span] = any(w.lower() not in self.latin for w in _LETTERS.findall(text))
        return self._own[span]

    def key(self, span: tuple[int, int]) -> str:
        return "".join(_LETTERS_DIGITS.findall(self.without_urls(*span))).lower()

    def figures(self, span: tuple[int, int]) -> list[str]:
        return sorted(_DIGITS.findall(self.without_urls(*span)))

    def titles(self, span: tuple[int, int]) -> dict[str, str]:
        """The titles of a sentence: their words → the title as written."""
        out: dict[str, str] = {}
        i = bisect.bisect_left(self._title_starts, span[0])
        while i < len(self._titles) and self._titles[i][1] <= span[1]:
            start, end = self._titles[i]
            written = self.ctx.text[start:end]
            if words := "".join(_LETTERS_DIGITS.findall(written)).lower():
                out.setdefault(words, written)
            i += 1
        return out

    def excerpt(self, span: tuple[int, int]) -> str:
        text = " ".join(self.without_urls(*span).split()).strip(" -*\t:：,，;；.。、")
        return f"“{text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + '…'}”"


def _whole_sentences(sentences: list[tuple[int, int]], urls: list[Url]) -> list[tuple[int, int]]:
    """The sentences, those a URL runs across made one (…/watch?v=… and …/f?p=… end no sentence)."""
    ends = [end for _, end in sentences]
    inside = set()
    for url in urls:
        j = bisect.bisect_right(ends, url.start)
        while j + 1 < len(sentences) and ends[j] < url.end:
            inside.add(j)
            j += 1
    out: list[tuple[int, int]] = []
    joined = False
    for j, span in enumerate(sentences):
        if joined:
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
        joined = j in inside
    return out


_FINAL = frozenset(".。!?！？:：")  # what ends a sentence, or opens what follows ("Sources:"), in any script
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTERS_DIGITS = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_EXCERPT = 48  # characters of a description quoted in a message
class _BlockDates:
    """The days a URL is cited for: the day-exact dates of its block, found once per block; in a
    block of more than MAX dates (a flattened page), the MAX written nearest the URL."""

    MAX = 128  # the corpus's longest blocks hold 104

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.by_block: dict[int, tuple[list[int], list[dt.date]]] = {}  # block start → dates' starts, days

    def near(self, url: Url) -> list[dt.date]:
        block = self.ctx.structure.block_at(url.start)
        if block is None:
            return []
        if block.start not in self.by_block:
            dates = [d for d in self.ctx.facts.within(block.start, block.end, Date) if d.when.granularity == "day" and d.first]
            self.by_block[block.start] = ([d.start for d in dates], [d.first for d in dates])
        starts, days = self.by_block[block.start]
        if len(days) <= self.MAX:
            return list(dict.fromkeys(days))
        low = high = bisect.bisect_left(starts, url.start)
        while high - low < self.MAX:
            if low > 0 and (high == len(starts) or url.start - starts[low - 1] <= starts[high] - url.start):
                low -= 1
            else:
                high += 1
        return list(dict.fromkeys(days[low:high]))


class MalformedUrl(Rule):
    """A URL that cannot resolve: no valid host, or an unknown scheme.

    What it checks: the host of every URL is a domain name (labels separated by dots, a
    top-level domain of letters), and the scheme, if any, is http, https or ftp.
    Why it matters: "www-sites/default/files/…" lost its host in editing; readers get nothing.
    Suggestion: another URL of the document whose path continues this one gives the host back.
    """

    code = "URL003"
    name = "malformed-url"
    severity = Severity.WARNING
    summary = "A URL with no valid host or an unknown scheme"
    bad = ("决议全文见：www-sites/default/files/gc/gc66-res9.pdf。", "See htps://www.iaea.org/sites/default/files/gc/gc66-res9.pdf.")
    good = ("决议全文见：www.iaea.org/sites/default/files/gc/gc66-res9.pdf。", "See https://www.iaea.org/sites/default/files/gc/gc66-res9.pdf.")

    def check(self, ctx: Context):
        hosts = _hosts_by_path(ctx.facts.of(Url))
        for url in ctx.facts.of(Url):
            if url.malformed:
                kind, value = url.malformed
                repaired = _repair(url, hosts)
                suggestion = self.say(ctx, "fix", url=repaired) if repaired else None
                yield self.finding(url.start, url.end, self.say(ctx, kind, url=url.text, value=value), suggestion)


def _hosts_by_path(urls: list[Url]) -> dict[tuple[str, str], str]:
    """The host of the first well-formed URL whose path begins with each pair of segments."""
    hosts: dict[tuple[str, str], str] = {}
    for url in urls:
        path = url.path.strip("/").split("/")
        if not url.malformed and len(path) >= 2:
            hosts.setdefault((path[0], path[1]), url.host)
    return hosts


def _repair(broken: Url, hosts: dict[tuple[str, str], str]) -> str | None:
    """'www-sites/default/files/gc/x.pdf' + a known 'www.iaea.org/sites/default/files/gc/…' → the repaired URL."""
    tail = broken.text.split("://")[-1]
    tail = tail.split("-", 1)[1] if tail.lower().startswith("www-") else tail
    segments = tail.split("/")
    host = hosts.get((segments[0], segments[1])) if len(segments) > 2 else None
    return f"{host}/{tail}" if host else None


class EmptyLinkTarget(Rule):
    """A Markdown link whose target is empty or "#".

    What it checks: `[label](#)` and `[label]()`.
    Why it matters: the link was left as a placeholder; readers click and go nowhere.
    Suggestion: for a UN symbol label, its undocs.org address.
    """

    code = "URL004"
    name = "empty-link-target"
    severity = Severity.WARNING
    summary = "A link with an empty or '#' target"
    bad = ("- [NPT/CONF.2020/PC.I/9](#) (2017 年)", "- [Japan's national report](#)")
    good = ("- [NPT/CONF.2020/PC.I/9](https://undocs.org/NPT/CONF.2020/PC.I/9) (2017 年)", "- [Japan's national report](https://undocs.org/NPT/CONF.2020/PC.I/9)")

    def check(self, ctx: Context):
        for link in ctx.structure.links:
            target = ctx.text[link.target[0] : link.target[1]]
            label = ctx.text[link.label[0] : link.label[1]]
            if target not in ("", "#") or not any(c.isalpha() for c in label):
                continue  # "[18]()" is a footnote mark left by conversion, not a link
            symbols = ctx.facts.within(link.label[0], link.label[1], Symbol)
            suggestion = self.say(ctx, "undocs", symbol=symbols[0].canonical.split(" (")[0]) if symbols else self.say(ctx, "fix")
            yield self.finding(link.start, link.end, self.say(ctx, "empty", label=label, target=target), suggestion)


RULES = (DuplicateUrl, NearDuplicateUrl, MalformedUrl, EmptyLinkTarget)

"""URLs and links."""
from __future__ import annotations

import bisect
import datetime as dt
import os
from collections import defaultdict

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
    """Two URLs on one host, a character or two apart, cited for the same event or date.

    What it checks: URLs whose blocks (paragraph, list item, table row) carry the same day-exact
    date and whose addresses on the same host differ by one or two characters.
    Why it matters: one speech cited as …/000566963.pdf and …/000566983.pdf means one of the two
    links points at another document.
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
    )
    good = (
        "- 2024 年 9 月 16 日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712345.pdf。\n"
        "- 2024年9月16日，副部长发表讲话。见以下网页：www.example-mfa.gov/files/000712345.pdf。",
        "- Statement of 16 September 2024: www.example-mfa.gov/files/000712345.pdf\n"
        "- Statement of 5 December 2023: www.example-mfa.gov/files/000698001.pdf",
    )
    options = {"max-distance": 2}
    COMPARED = 16  # each URL is compared with the next 16 distinct URLs cited for the same date,
    # and reported once, beside the first nearly identical one found (a numbered series of
    # documents cited for one date would otherwise give every pair of them)

    def check(self, ctx: Context):
        limit = int(self.option(ctx, "max-distance"))
        groups: dict[tuple, list[Url]] = defaultdict(list)
        dates = _BlockDates(ctx)
        for url in ctx.facts.of(Url):
            for day in dates.near(url):
                groups[(url.host, day)].append(url)
        flagged, compared, seen_groups = set(), set(), set()  # flagged: URLs reported once already
        for (_, when), urls in groups.items():
            distinct = list({u.normalized: u for u in urls}.values())
            signature = tuple(id(u) for u in distinct)
            if len(distinct) < 2 or signature in seen_groups:
                continue  # the block of many dates puts the same URLs under each of them
            seen_groups.add(signature)
            for i, a in enumerate(distinct):
                for b in distinct[i + 1 : i + 1 + self.COMPARED]:
                    first, second = sorted((a, b), key=lambda u: u.start)
                    if (id(first), id(second)) in compared or second.normalized in flagged:
                        continue
                    compared.add((id(first), id(second)))
                    n = _distance(a.path, b.path, limit)
                    if n > limit:
                        continue
                    flagged.add(second.normalized)
                    message = self.say(ctx, "near", url=second.text, other=first.text, line=line_of(ctx, first.start), n=n, date=when.isoformat())
                    related = (Related(first.start, first.end, self.say(ctx, "related")),)
                    yield self.finding(second.start, second.end, message, self.say(ctx, "fix"), related)


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

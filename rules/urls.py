"""URLs and links."""
from __future__ import annotations

from collections import defaultdict

from linter.facts import Date, Symbol, Url
from linter.rule import Context, Related, Rule, Severity
from rules.common import line_of


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance, giving up (returning limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
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

    messages = {
        "again": ("{url} is cited again (first on line {line})", "{url}再次被引用（首次见第 {line} 行）"),
        "fix": ("cite it once and refer back, or check whether another document was meant here", "只引用一次并回指前文，或核对此处是否应为另一文件"),
        "first": ("first cited here", "首次引用处"),
    }

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
    messages = {
        "near": ("{url} differs from {other} (line {line}) by {n} character(s), and both are cited for {date}: one of them is probably wrong",
                 "{url}与第 {line} 行的{other}只相差 {n} 个字符，且两者都用于 {date}：其中一个可能有误"),
        "fix": ("check which document is meant and cite the same URL in both places", "请核对所指文件，并在两处引用同一网址"),
        "related": ("nearly the same URL cited here", "此处引用了几乎相同的网址"),
    }

    def check(self, ctx: Context):
        limit = int(self.option(ctx, "max-distance"))
        groups: dict[tuple, list[Url]] = defaultdict(list)
        for url in ctx.facts.of(Url):
            block = ctx.structure.block_at(url.start)
            if block is None:
                continue
            for date in ctx.facts.within(block.start, block.end, Date):
                if date.when.granularity == "day" and date.first:
                    groups[(url.host, date.first)].append(url)
        reported = set()
        for (_, when), urls in groups.items():
            distinct = list({u.normalized: u for u in urls}.values())
            for i, a in enumerate(distinct):
                for b in distinct[i + 1 :]:
                    first, second = sorted((a, b), key=lambda u: u.start)
                    if (first.normalized, second.normalized) in reported or _distance(a.path, b.path, limit) > limit:
                        continue
                    reported.add((first.normalized, second.normalized))
                    message = self.say(ctx, "near", url=second.text, other=first.text, line=line_of(ctx, first.start),
                                       n=_distance(a.path, b.path, limit), date=when.isoformat())
                    related = (Related(first.start, first.end, self.say(ctx, "related")),)
                    yield self.finding(second.start, second.end, message, self.say(ctx, "fix"), related)


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

    messages = {
        "host": ("{url} is not a valid URL: host '{value}' is not a domain name", "{url}不是有效网址：主机名“{value}”不是域名"),
        "scheme": ("{url} is not a valid URL: unknown scheme '{value}'", "{url}不是有效网址：未知协议“{value}”"),
        "fix": ("did you mean {url}?", "是否应为 {url}？"),
    }

    def check(self, ctx: Context):
        urls = ctx.facts.of(Url)
        for url in urls:
            if url.malformed:
                kind, value = url.malformed
                repaired = _repair(url, urls)
                suggestion = self.say(ctx, "fix", url=repaired) if repaired else None
                yield self.finding(url.start, url.end, self.say(ctx, kind, url=url.text, value=value), suggestion)


def _repair(broken: Url, urls: list[Url]) -> str | None:
    """'www-sites/default/files/gc/x.pdf' + a known 'www.iaea.org/sites/default/files/gc/…' → the repaired URL."""
    tail = broken.text.split("://")[-1]
    tail = tail.split("-", 1)[1] if tail.lower().startswith("www-") else tail
    segments = tail.split("/")
    for url in urls:
        if url.malformed:
            continue
        path = url.path.strip("/").split("/")
        if len(segments) > 2 and path[:2] == segments[:2]:
            return f"{url.host}/{tail}"
    return None


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

    messages = {
        "empty": ("the link [{label}]({target}) has an empty target", "链接 [{label}]({target}) 没有目标"),
        "undocs": ("link to https://undocs.org/{symbol}, or remove the link markup", "请链接到 https://undocs.org/{symbol}，或删除链接标记"),
        "fix": ("give the link a target, or remove the link markup", "请为链接指定目标，或删除链接标记"),
    }

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

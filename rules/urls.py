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

    def check(self, ctx: Context):
        first: dict[str, Url] = {}
        for url in ctx.facts.of(Url):
            seen = first.setdefault(url.normalized, url)
            if seen is url or line_of(ctx, seen.start) == line_of(ctx, url.start):
                continue
            yield self.finding(
                url.start, url.end,
                f"{url.text} is cited again (first on line {line_of(ctx, seen.start)})",
                "cite it once and refer back, or check whether another document was meant here",
                (Related(seen.start, seen.end, "first cited here"),),
            )


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
                    yield self.finding(
                        second.start, second.end,
                        f"{second.text} differs from {first.text} (line {line_of(ctx, first.start)}) by "
                        f"{_distance(a.path, b.path, limit)} character(s), and both are cited for {when.isoformat()}: one of them is probably wrong",
                        "check which document is meant and cite the same URL in both places",
                        (Related(first.start, first.end, "nearly the same URL cited here"),),
                    )


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
        urls = ctx.facts.of(Url)
        for url in urls:
            if url.malformed:
                yield self.finding(url.start, url.end, f"{url.text} is not a valid URL: {url.malformed}", _repair(url, urls))


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
            return f"did you mean {url.host}/{tail}?"
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

    def check(self, ctx: Context):
        for link in ctx.structure.links:
            target = ctx.text[link.target[0] : link.target[1]]
            label = ctx.text[link.label[0] : link.label[1]]
            if target not in ("", "#") or not any(c.isalpha() for c in label):
                continue  # "[18]()" is a footnote mark left by conversion, not a link
            symbols = ctx.facts.within(link.label[0], link.label[1], Symbol)
            suggestion = (
                f"link to https://undocs.org/{symbols[0].canonical.split(' (')[0]}, or remove the link markup"
                if symbols else "give the link a target, or remove the link markup"
            )
            yield self.finding(link.start, link.end, f"the link [{label}]({target}) has an empty target", suggestion)


RULES = (DuplicateUrl, NearDuplicateUrl, MalformedUrl, EmptyLinkTarget)

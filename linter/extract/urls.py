"""URLs with or without a scheme: www.mofa.go.jp/… · http://jn-hrd-n.jaea.go.jp/en/ · <https://…>.

A URL body is one atomic token (`Regex`): it stops at white space, CJK characters and angle
brackets; trailing punctuation (ASCII or CJK) is excluded from the span, and a closing bracket is
kept only when the URL opened it. The body is split into scheme, host and path here, so rules
compare normalized forms.
"""
from __future__ import annotations

import re

from linter.search import Candidates
from linter.facts import Url

_BODY = r"[^\s<>\"'\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201f]+"
_TLDS = "org|int|com|net|gov|edu|info|jp|cn|ch|at|uk|fr|de|ru|es|us|ca|au|kr|in|eu|un|io"
# A host name has at most 127 labels of at most 63 characters (RFC 1035): the bounds keep a long
# run of "1.1.1.…" from costing memory for every label the regex engine might backtrack into.
_LABEL = "[a-zA-Z0-9-]{1,63}"
_MAX_LABELS = 127
# One start (a scheme, "www." / "www-", a bare domain with a path (cnpp.iaea.org/…), or a
# mistyped "www."), then one body. Case is spelled out instead of re.IGNORECASE: case-folding the
# large CJK class of the body is slow to compile.
_SCHEMED = r"[hH](?<![A-Za-z0-9_@.-][hH])[tT][tT]?[pP][sS]?://|[wW](?<![A-Za-z0-9_@.-][wW])[wW][wW][.-]"
# A "www." mistyped (ww., wwww., wqw., eww.): the host is a URL's still when a domain of a known
# top-level domain follows, with or without a path; the rules compare it with the right one.
_WWW_SLIP = (rf"(?:[wW](?<![A-Za-z0-9_@./-][wW])(?:[wW]|[wW]{{3}}|[a-zA-Z][wW]|[wW][a-zA-Z])"
             rf"|[a-zA-Z](?<![A-Za-z0-9_@./-][a-zA-Z])[wW][wW])\."
             rf"(?={_LABEL}(?:\.{_LABEL}){{0,{_MAX_LABELS - 2}}}\.(?:{_TLDS})(?![A-Za-z0-9-]))")
_BARE = rf"[a-zA-Z0-9](?<![A-Za-z0-9_@./-][a-zA-Z0-9])[a-zA-Z0-9-]{{0,62}}(?:\.{_LABEL}){{0,{_MAX_LABELS - 2}}}\.(?:{_TLDS})/"
_URL = re.compile(rf"(?:{_SCHEMED}|{_BARE}|{_WWW_SLIP}){_BODY}")
# Where a URL may start, found without trying every word: a scheme or "www", or the first
# character of the run of host characters before a ".org/" (read backwards on the reversed text).
_SCHEMED_STARTS = Candidates(rf"{_SCHEMED}|{_WWW_SLIP}")
_DOMAIN_END = re.compile(rf"\.(?:{_TLDS})/")
_HOST_RUN_REVERSED = re.compile(r"[A-Za-z0-9.-]*")
_TRAILING = ".,;:!?'\"*_"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_HOST = re.compile(rf"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.){{1,{_MAX_LABELS - 1}}}[A-Za-z]{{2,63}}(?::\d{{1,5}})?$")


def trim(url: str) -> str:
    """Drop trailing punctuation and unbalanced closing brackets: "…/en/)." → "…/en/".

    Bracket counts are taken once and kept up to date, so a URL ending in a long run of
    punctuation costs its length, not its length squared."""
    end = len(url)
    unmatched = {close: url.count(close) - url.count(open_) for close, open_ in _PAIRS.items()}
    while end:
        last = url[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last in unmatched and unmatched[last] > 0:
            unmatched[last] -= 1
            end -= 1
        else:
            break
    return url[:end]


def split(url: str) -> tuple[str, str, str]:
    """(scheme, host, path) of a URL as written."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    host, slash, path = rest.partition("/")
    return scheme.lower(), host, slash + path


def normalize(url: str) -> str:
    _, host, path = split(url)
    return (host.lower() + path).rstrip("/")


def malformed(url: str) -> tuple[str, str] | None:
    """Why a URL cannot be right, as (kind, value): ("scheme", "htps") or ("host", "www-sites")."""
    scheme, host, _ = split(url)
    if scheme and scheme not in ("http", "https", "ftp"):
        return "scheme", scheme
    if not _HOST.match(host):
        return "host", host
    return None


def _matches(text: str):
    """The matches of `_URL.finditer(text)`, tried only where one may start."""
    starts = set(_SCHEMED_STARTS.starts(text))
    if domains := [m.start() for m in _DOMAIN_END.finditer(text)]:
        reversed_text = text[::-1]  # the runs before two domain ends never overlap: linear
        starts.update(q - len(_HOST_RUN_REVERSED.match(reversed_text, len(text) - q).group()) for q in domains)
    after = 0
    for start in sorted(starts):
        if start >= after and (m := _URL.match(text, start)) is not None:
            after = m.end()
            yield m


def extract(text: str, packs: tuple = ()) -> list[Url]:
    facts = []
    for m in _matches(text):
        surface = trim(m.group())
        if len(surface) < 5:
            continue
        start = m.start()
        _, host, path = split(surface)
        facts.append(
            Url(
                start=start,
                end=start + len(surface),
                text=surface,
                lang="und",
                normalized=normalize(surface),
                host=host.lower(),
                path=path,
                malformed=malformed(surface),
            )
        )
    return facts

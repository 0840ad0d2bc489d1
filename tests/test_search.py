"""`linter.search.Candidates` finds exactly the matches `re.finditer` finds, only faster."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.search import Candidates, _alternatives, _first_chars
from linter.lang import installed

# Branches of the shapes prefilters are written in: a leading class, escape, literal or group,
# then look-arounds and more characters (some consume more than one, so that matches can nest).
BRANCHES = [
    r"[ab](?<![a-z][ab])c", r"\d(?<!\d\d)(?=\d{3})", r"x(?=y)", r"(?:ab|ba)c?", r"[0-9]{2}", r"b+a",
    r"(?P<w>cab)", r"\ba", r"\Bc", r"(?i:ab)", r"(?<!b)a", r"\.(?=\d)", r"[^a]b", r"a?b", r"(?=a)ab", r"(?:a|)b", r"[]a]b", r"[-x]a", r"[y-]0", r"[[]a",
]
TEXT = st.text(alphabet="abcxy.0123 ]", max_size=60)


@given(st.lists(st.sampled_from(BRANCHES), min_size=1, max_size=4, unique=True), TEXT, st.integers(0, 60), st.integers(0, 60))
def test_the_same_matches_as_re(branches, text, pos, endpos):
    pattern = "|".join(branches)
    found, plain = Candidates(pattern), re.compile(pattern)
    assert list(found.starts(text)) == [m.start() for m in plain.finditer(text)]
    assert [m.span() for m in found.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    first, expected = found.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (first and first.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern, first", [
    (r"[RrDd](?<![A-Za-z][RrDd])esolution|\d(?=/)|第(?=\d)", r"RrDd\d第"),
    (r"(?:(?:U(?:SD|S\$)|E(?:UR))(?=\d))|\$", r"UE\$"),
    (r"\u4e00x|\.y", r"\u4e00\."),
    (r"(?<=a)b|(?!x)(?=y)[cd]", "bcd"),
    (r"(?:\b[Tt]he (?P<title>x))|\B\d", r"Tt\d"),
    (r"(?<![^\W\d_])(?P<word>(?i:(?:resolutions|decisions)))\s|x", "rdRDx"),
])
def test_first_characters(pattern, first):
    assert _first_chars(pattern) == first


@pytest.mark.parametrize("pattern", [r"(?<=a)|c", r"(?=a)?b|c", r"a?b|c", r"(?i:[a-z])|b", r"[^a]|b", r"(?:a|)b|c", r".a|b", r"\b?x|y"])
def test_first_characters_that_cannot_be_told(pattern):
    assert _first_chars(pattern) is None


def test_alternatives_split_only_at_the_top():
    assert _alternatives(r"a(?:b|c)|[|]d|\|e|f") == ["a(?:b|c)", "[|]d", r"\|e", "f"]


@pytest.mark.parametrize("pack", sorted(installed()), ids=str)
def test_every_pack_prefilter_is_read_faster_or_as_it_is(pack):
    """Every prefilter a pack writes keeps its matches; one of several branches gets a first class."""
    for family in ("dates", "counts", "symbols"):
        pattern = installed()[pack].get(family, "PREFILTER", None)
        for one in ([pattern] if isinstance(pattern, str) else list(pattern or ())):
            assert _first_chars(one) is not None or len(_alternatives(one)) == 1, (pack, family, one)


URLISH = st.lists(st.sampled_from(["http://", "HTTPS://", "www.", "www-", "un", ".org", ".jp", "/", "-", "_", "@", ".", "a", "1", " ", "文", ")", "\n"]), max_size=30).map("".join)


@given(URLISH)
def test_urls_are_matched_where_finditer_matches(text):
    """urls tries its pattern only where a URL may start, and finds what a search of every position finds."""
    from linter.extract import urls

    assert [m.span() for m in urls._matches(text)] == [m.span() for m in urls._URL.finditer(text)]

r"""Regex searches that `re` can skip ahead in.

`re` jumps from one possible first character of a match to the next only when it can tell that
character from the pattern's first atom: a literal, a class, or an alternation of literals. An
alternation of branches that begin with classes ("[RrDd]…|[A-Z]…|\d…"), a group or a look-around
first hide it, and every position of the text is then tried, at a cost of about 30 ms per MB
for each such pattern. `Candidates` finds the same matches with the first characters in front;
`words` writes a list of words as a trie whose branches start with their literal characters.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache


class Candidates:
    r"""Where a prefilter matches, found as fast as `re` can skip: `re` skips ahead only to a first
    character it knows, and it knows none for an alternation whose branches start with a class
    ("[RrDd]…|[A-Z]…|\d…") — every position is then tried. Here the branches' first characters
    are one class in front: `[U](?<=(?=(?P<end>PATTERN)).)`, a character of U whose position
    starts a match of the pattern, whose end the group keeps: the next search starts there, so the
    positions are exactly those of `re.compile(pattern).finditer`. A pattern whose first
    characters cannot be told is searched as it is, and so is one that starts with a class or a
    character, which `re` knows itself."""

    def __init__(self, pattern: str):
        first = _first_chars(pattern) if _hides_first(pattern) else None
        self._plain = first is None
        self._original = re.compile(pattern)
        self._pattern = re.compile(pattern if first is None else rf"[{first}](?<=(?=(?P<_end>{pattern})).)")

    @property
    def pattern(self) -> str:
        return self._original.pattern

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._original.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """`re.Pattern.search`: the first match in text[pos:endpos]."""
        m = self._pattern.search(text, pos, endpos)
        return m if m is None or self._plain else self._original.match(text, m.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """`re.Pattern.finditer`: the matches in text[pos:endpos], each searched for from the last one's end."""
        if self._plain:
            yield from self._pattern.finditer(text, pos, endpos)
            return
        while (m := self.search(text, pos, endpos)) is not None:
            yield m
            pos = m.end()  # a first character is always consumed: no empty match

    def starts(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[int]:
        """Where the matches of `finditer(text, pos, endpos)` start."""
        if self._plain:
            yield from map(re.Match.start, self._pattern.finditer(text, pos, endpos))
            return
        search, at = self._pattern.search, pos
        while (m := search(text, at, endpos)) is not None:  # from the match's end, as finditer goes on
            yield m.start()
            at = max(m.end("_end"), m.start() + 1)


def words(table) -> str:
    """A regex matching the longest of the literal words (a table's keys) at a position, as a
    prefix trie: 300 currency names as a flat alternation are tried one by one at every figure,
    as a trie a character at a time."""
    return _trie(tuple(sorted(set(table))))


@cache
def _trie(table: tuple[str, ...]) -> str:
    root: dict = {}
    for word in table:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _rendered(root, root=True)[0]


def _rendered(node: dict, root: bool) -> tuple[str, int]:
    """(the node's pattern, the length of its longest word): its continuations, longest first;
    optional when a word ends here (greedy: the longer word is tried first, as in a longest-first
    alternation). At the root every branch starts with its literal character, so that `re` finds
    the candidates by their first character (a class among the branches would hide the others)."""
    children = [(ch, *_rendered(child, False), set(child) == {""}) for ch, child in node.items() if ch]
    children.sort(key=lambda c: -c[2])
    leaves = [] if root else [ch for ch, _, _, leaf in children if leaf]
    branches = [re.escape(ch) + pattern for ch, pattern, _, leaf in children if root or not leaf]
    if len(leaves) > 1:
        branches.append("[" + "".join(re.escape(ch) for ch in leaves) + "]")
    elif leaves:
        branches.append(re.escape(leaves[0]))
    depth = max((1 + d for _, _, d, _ in children), default=0)
    if not branches:
        return "", depth
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return (f"(?:{body})?" if "" in node else body), depth


def _hides_first(pattern: str) -> bool:
    """Whether `re` cannot tell the first character itself: several branches, or a group first."""
    return len(_alternatives(pattern)) > 1 or pattern.startswith("(")


_NO_FIRST = frozenset("^$.|)*+?{")
_LOOK_AROUND = ("(?=", "(?!", "(?<=", "(?<!")
_BOUNDARIES = (r"\b", r"\B")


def _first_chars(pattern: str) -> str | None:
    """The characters a match of `pattern` can start with, as the inside of a class, or None
    when they cannot be told from its text (a branch that starts with a negated class, an
    optional atom, flags other than `i`)."""
    chars = [_branch_first(branch) for branch in _alternatives(pattern)]
    return None if None in chars else "".join(chars)


def _branch_first(branch: str) -> str | None:
    while branch.startswith((*_LOOK_AROUND, *_BOUNDARIES)):  # it consumes nothing: the next atom is first
        close = 1 if branch.startswith(_BOUNDARIES) else _group_end(branch, 0)
        if _optional(branch, close + 1) or branch[close + 1 : close + 2] in ("+", "{"):
            return None
        branch = branch[close + 1 :]
    if not branch or branch[0] in _NO_FIRST:
        return None
    if branch[0] == "(":
        if not branch.startswith(("(?:", "(?P<", "(?i:")):
            return None
        inner_start = branch.index(">") + 1 if branch.startswith("(?P<") else 3 + branch.startswith("(?i:")
        close = _group_end(branch, 0)
        inner = branch[inner_start:close]
        if "" in _alternatives(inner):
            return None
        first, end = _first_chars(inner), close + 1
        if first is not None and branch.startswith("(?i:"):  # both cases of plain letters
            first = first + first.swapcase() if first.isalnum() else None
    elif branch[0] == "[":
        end = _class_end(branch, 0) + 1
        first = None if branch[1] == "^" else _class_items(branch[1 : end - 1])
    elif branch[0] == "\\":
        end = 6 if branch[1:2] == "u" else 10 if branch[1:2] == "U" else 4 if branch[1:2] == "x" else 2
        first = None if branch[1:2].isdigit() or branch[1:2] in ("A", "b", "B", "Z", "N", "") else branch[:end]
    else:
        end, first = 1, re.escape(branch[0])
    return None if first is None or _optional(branch, end) else first


def _class_items(inside: str) -> str:
    """A class's inside, written so that it stays the same set inside another class: a `]` first,
    a `-` first or last, and a `[` escaped."""
    items, i = [], 0
    while i < len(inside):
        step = 2 if inside[i] == "\\" else 1
        item = inside[i : i + step]
        edge = i == 0 or i + step == len(inside)
        items.append("\\" + item if item == "[" or (item == "]" and i == 0) or (item == "-" and edge) else item)
        i += step
    return "".join(items)


def _optional(pattern: str, at: int) -> bool:
    """Whether the quantifier at `at` (if any) lets the atom before it match nothing."""
    return pattern[at : at + 1] in ("?", "*") or pattern.startswith(("{0,", "{0}", "{,"), at)


def _class_end(pattern: str, at: int) -> int:
    """The index of the `]` closing the class that opens at `at`."""
    i = at + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str, at: int) -> int:
    """The index of the `)` closing the group that opens at `at`."""
    depth, i = 0, at
    while True:
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regex: split at each `|` outside groups and classes."""
    branches, start, depth, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]

"""What a rule is, what it sees (`Context`) and what it says (`Finding`).

A rule declares its identity in one place (code, name, severity, summary, examples) and reads
only the context: facts, structure and the document's own metadata. It never patches findings
afterwards and keeps no state between documents.

The engine calls every rule's hooks, each at its phase: `check` over a document's analysis,
`check_findings` once the document's other findings are known (`Outcome`), `check_run` once
every file of a run has been checked. A rule implements the hooks it needs; the others find nothing.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from functools import cached_property
from typing import ClassVar, NamedTuple

from linter import lang
from linter.analysis import Analysis
from linter.extract import FactIndex
from linter.facts import Date, DateRange, Fact, Symbol
from linter.structure import Structure


MESSAGE_FALLBACK = "en"  # the catalogue a message missing from the reviewer's language comes from

_CONTROL_PICTURES = {c: 0x2400 + c for c in range(32) if chr(c) not in "\t\n"} | {0x7F: 0x2421}


def visible(text: str) -> str:
    """Control characters as their pictures (U+2400…): an example of damaged input shows them
    without acting on the terminal or vanishing from a web page."""
    return text.translate(_CONTROL_PICTURES)


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]


class Related(NamedTuple):
    """Another place involved in a finding ("first cited here")."""

    start: int
    end: int
    note: str


class Fix(NamedTuple):
    """Replace text[start:end] with `replacement`. Safe fixes may be applied without a person
    looking (--fix); the others are offered in an editor only."""

    start: int
    end: int
    replacement: str
    safe: bool


class Finding(NamedTuple):
    code: str
    name: str
    severity: Severity
    start: int
    end: int
    message: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    fix: Fix | None = None


class Outcome(NamedTuple):
    """What a document's rules found, for the rules that check findings (`Rule.check_findings`)."""

    findings: tuple[Finding, ...]  # those that no suppression silenced
    suppressions: list  # the document's suppression comments (linter.suppressions), each recording what it silenced
    rules: tuple  # the rules that ran


class Context:
    """What a rule sees: the document's analysis (its text, structure, facts and packs) and the
    rule's options."""

    def __init__(self, analysis: Analysis, rule_options: dict[str, dict] | None = None, language: str = "en",
                 today: dt.date | None = None):
        self.analysis = analysis
        self.document = analysis.document
        self.packs = analysis.packs  # the packs chosen for the document's language (what its words are)
        self.rule_options = rule_options or {}  # rule code → configured options
        self.language = language  # the language messages are written in: a pack code
        self.today = today  # the day of the check (configuration `today`, else the run's); None: time checks do not run
        self.said: dict[tuple, str] = {}  # messages already written for this document (Rule.say)
        self._words: dict[tuple, dict | tuple] = {}

    @cached_property
    def message_packs(self) -> tuple[lang.LanguagePack, ...]:
        """The message language's pack, then English: where a template or separator is looked up."""
        packs = lang.installed()
        return tuple(packs[c] for c in dict.fromkeys((self.language, MESSAGE_FALLBACK)) if c in packs)

    def template(self, code: str, key: str) -> str | None:
        """The message `key` of rule `code` in the message language, else in English."""
        for pack in self.message_packs:
            template = pack.messages.get(code, {}).get(key)
            if template is not None:
                return template
        return None

    def words(self, name: str, language: str | None = None, family: str = "vocabulary"):
        """A vocabulary table (`ctx.words("CONTRIBUTION_WORDS")`), or another family's
        (`ctx.words("INSTRUMENT_KIND", family="events")`): merged over the document's packs, the
        table of one language's pack alone (a fact's own `lang`), or with `language="*"` over every
        installed pack (words that may stand in text of any language, as beside a URL). Rules name
        no language."""
        memo = (name, language, family)
        table = self._words.get(memo)
        if table is None:
            packs = self.packs if language is None else tuple(p for c, p in lang.installed().items() if language in ("*", c))
            table = self._words[memo] = lang.merged(packs, family, name)
        return table

    def separator(self, name: str) -> str:
        """A separator of the message language (vocabulary SEPARATORS: clauses, items …)."""
        for pack in self.message_packs:
            found = pack.get("vocabulary", "SEPARATORS", {}).get(name)
            if found is not None:
                return found
        raise KeyError(name)

    def join(self, parts: list[str], how: str = "clauses") -> str:
        """Clauses in the message language: "a, and b" / "a，且b"."""
        return self.separator(how).join(parts)

    def listing(self, items) -> str:
        """Items in the message language: "a, b" / "a、b"."""
        return self.separator("items").join(items)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def structure(self) -> Structure:
        return self.analysis.structure

    @property
    def facts(self) -> FactIndex:
        return self.analysis.facts

    @cached_property
    def issue_date(self) -> dt.date | None:
        """The document's own date: the date on the masthead's distribution line."""
        span = self.structure.header.issue_date_line
        if span is None:
            return None
        for fact in self.facts.within(span[0], span[1] + 1, Date):
            if fact.when.granularity == "day" and fact.first:
                return fact.first
        return None

    @cached_property
    def own_symbol(self) -> Symbol | None:
        """A symbol standing alone on a masthead line is the document's own."""
        for start, end in self.structure.header.lines:
            line = self.text[start:end].strip()
            for fact in self.facts.within(start, end + 1, Symbol):
                if fact.text == line:
                    return fact
        return None

    def same_sentence(self, a: Fact, b: Fact) -> bool:
        s = self.structure.sentence_at(a.start)
        return s is not None and s[0] <= b.start < s[1]

    def scope_of(self, offset: int) -> tuple[int, int]:
        """The numbered item containing `offset`, else its block, else its line."""
        item = self.structure.item_at(offset)
        if item is not None:
            return item.start, item.end
        block = self.structure.block_at(offset)
        if block is not None:
            return block.start, block.end
        line = self.document.line_of(offset) + 1
        return self.document.line_span(line)


def dated(fact: Fact) -> bool:
    return isinstance(fact, (Date, DateRange)) and fact.first is not None


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    # Documentation examples, shown by `treatylint rule CODE` and executed by the test suite:
    # every `bad` text must produce this rule's finding, every `good` text none.
    bad: ClassVar[tuple[str, ...]] = ()
    good: ClassVar[tuple[str, ...]] = ()
    # Messages and suggestions live in the packs' catalogues (linter/lang/<code>/messages.toml,
    # [CODE] id = template); a plugin rule may carry its English templates here instead.
    messages: ClassVar[dict[str, str]] = {}
    options: ClassVar[dict] = {}  # option name → default (its type is the option's type; None means a date)
    option_keys: ClassVar[dict[str, tuple[str, ...]]] = {}  # for table options: the keys allowed

    def check(self, ctx: Context) -> Iterable[Finding]:
        """The findings of one document, from its facts and structure."""
        return ()

    def check_findings(self, ctx: Context, outcome: Outcome) -> Iterable[Finding]:
        """Findings about the document's other findings: after every rule's `check` and the
        suppressions, before per-file ignores and severities."""
        return ()

    def check_run(self, ctx: Context, waivers: list) -> Iterable[Finding]:
        """Findings about a waivers file, once every file of the run has been checked: `ctx` is
        that file's, `waivers` its entries (linter.waivers.Waiver), each recording whether it
        applied to a checked file and waived a finding there."""
        return ()

    def say(self, ctx: Context, key: str, **values) -> str:
        """The message `key` in the message language. Equal messages of one document are one
        string: a flattened table repeats the same finding thousands of times."""
        template = ctx.template(self.code, key)
        if template is None:
            template = self.messages[key]
        memo = (template, *values.items())
        try:
            message = ctx.said.get(memo)
        except TypeError:  # an unhashable value
            return template.format(**values)
        if message is None:
            message = ctx.said[memo] = template.format(**values)
        return message

    def option(self, ctx: Context, name: str):
        """The configured value of one of this rule's options, or its default."""
        return ctx.rule_options.get(self.code, {}).get(name, self.options[name])

    def finding(self, start: int, end: int, message: str, suggestion: str | None = None, related: tuple[Related, ...] = (),
                severity: Severity | None = None, fix: Fix | None = None) -> Finding:
        return Finding(self.code, self.name, severity or self.severity, start, end, message, suggestion, related, fix)

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or cls.summary)

    def page(self) -> str:
        """The rule's whole documentation: `treatylint rule CODE`, and the page editors link to."""
        lines = [f"{self.code} {self.name} (default severity: {self.severity})", "", self.documentation()]
        for label, examples in (("Bad", self.bad), ("Good", self.good)):
            lines += ["", f"{label}:"] + [f"    {line}" for example in examples for line in visible(example).splitlines()]
        if self.options:
            lines += ["", "Options (defaults):"] + [f"    {name} = {default!r}" for name, default in self.options.items()]
        return "\n".join(lines)

"""The rule documentation site: committed pages are what the generator writes, MkDocs builds them
with every rule at <site>/rules/CODE/, and every page says exactly what `Rule.page()` says, as
MkDocs (Python-Markdown) and GitHub (CommonMark, SARIF help) render it."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import assume, given, strategies as st
from markdown_it import MarkdownIt

from linter.registry import all_rules
from linter.rule import visible
from linter.report import sarif
from linter.rule_docs import CODE_SPAN, markdown_line, markdown_page, markdown_prose, plain, rule_url, site_pages, text_page
from tests.conftest import ROOT, SHARED

RULES = all_rules()
DOCS = ROOT / "docs"
BASE = "https://docs.example.org/treatylint"


def commonmark(text: str) -> str:
    """Markdown as GitHub renders it (CommonMark, with GFM tables and strikethrough)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def python_markdown(text: str) -> str:
    """Markdown as MkDocs renders it."""
    markdown = pytest.importorskip("markdown")
    return markdown.markdown(text, extensions=["tables", "fenced_code"])


class Blocks(HTMLParser):
    """The text of each heading, paragraph and code block of a page, in order; a <br> is a line
    break and a soft line break a space, as a browser shows them. Links in table cells are kept."""

    TAGS = ("h1", "h2", "p", "pre", "td")

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.cell_links: list[str] = []
        self.open: str | None = None
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in self.TAGS and self.open is None:
            self.open, self.text = tag, []
        elif tag == "br" and self.open:
            self.text.append("\n")
        elif tag == "a" and self.open == "td":
            self.cell_links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == self.open:
            text = "".join(self.text)
            if tag != "pre":
                text = "\n".join(line.strip() for line in text.split("\n"))
            self.blocks.append((tag, text))
            self.open = None

    def handle_data(self, data):
        if self.open:
            self.text.append(data if self.open == "pre" else data.replace("\n", " "))


def expected_blocks(rule) -> list[tuple[str, str]]:
    """What a reader must see on a rule's page, from the rule itself (the page's content)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", plain(rule.documentation())) if p.strip()]
    blocks = [("h1", f"{rule.code} {rule.name}"), ("p", f"Default severity: {rule.severity}. Offline: treatylint rule {rule.code}.")]
    blocks += [("p", "\n".join(line.strip() for line in p.strip().split("\n"))) for p in paragraphs]
    for label, examples in (("Bad", rule.bad), ("Good", rule.good)):
        if examples:
            blocks += [("h2", label)] + [("pre", visible(example) + "\n") for example in examples]
    if rule.options:
        blocks += [("h2", "Options (defaults)"), ("pre", "".join(f"{name} = {value!r}\n" for name, value in rule.options.items()))]
    return blocks


def shown(html: str, rule) -> list[tuple[str, str]]:
    """The blocks from the rule's heading on, as many as the page should have."""
    blocks = Blocks(html).blocks
    start = blocks.index(("h1", f"{rule.code} {rule.name}"))
    return blocks[start:start + len(expected_blocks(rule))]


# ---------------------------------------------------------------- addresses
def test_rule_url_is_under_the_configured_base():
    assert rule_url("AMT001", BASE) == "https://docs.example.org/treatylint/rules/AMT001/"
    assert rule_url("TXT002", BASE + "/") == "https://docs.example.org/treatylint/rules/TXT002/"
    assert rule_url("AMT001", None) is None
    assert rule_url("AMT001", "") is None


# ---------------------------------------------------------------- the committed pages
def test_committed_pages_are_what_the_generator_writes():
    expected = site_pages(RULES)
    stale = [path for path, text in expected.items()
             if not (DOCS / path).exists() or (DOCS / path).read_text(encoding="utf-8") != text]
    extra = sorted(f"rules/{p.name}" for p in (DOCS / "rules").glob("*.md") if f"rules/{p.name}" not in expected)
    assert (stale, extra) == ([], []), "run `python -m linter.rule_docs docs` and commit the pages"
    assert sorted(p.name for p in (DOCS / "rules").iterdir()) == sorted(f"{rule.code}.md" for rule in RULES)


def test_the_generator_writes_every_page_and_removes_stale_ones(tmp_path):
    from linter.rule_docs import main

    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "OLD001.md").write_text("# a rule that is gone\n", encoding="utf-8")
    (tmp_path / "review-page.png").write_bytes(b"\x89PNG")
    assert main([str(tmp_path)]) == 0
    assert sorted(p.name for p in (tmp_path / "rules").iterdir()) == sorted(f"{rule.code}.md" for rule in RULES)
    assert (tmp_path / "review-page.png").read_bytes() == b"\x89PNG"
    assert {path: (tmp_path / path).read_text(encoding="utf-8") for path in site_pages(RULES)} == site_pages(RULES)


# ---------------------------------------------------------------- what the pages say
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_page_says_what_the_rule_page_says_on_github(rule):
    assert shown(commonmark(markdown_page(rule)), rule) == expected_blocks(rule)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_page_says_what_the_rule_page_says_in_mkdocs(rule):
    assert shown(python_markdown(markdown_page(rule)), rule) == expected_blocks(rule)


def test_prose_markup_stays_literal_and_code_spans_stay_code():
    rule = next(r for r in RULES if r.code == "TXT002")
    html = commonmark(markdown_page(rule))
    assert "<strong>" not in html and "<em>" not in html  # "paired **bold** elsewhere" is about the markers
    assert "<code>**</code>" in html and "<code>__</code>" in html
    assert "paired **bold** elsewhere" in plain(rule.documentation())


def test_text_page_is_the_rule_page_without_markup():
    rule = next(r for r in RULES if r.code == "URL004")
    assert text_page(rule) == rule.page().replace("`[label](#)` and `[label]()`", "[label](#) and [label]()")
    assert all("`" not in text_page(rule) for rule in RULES if "`" not in "".join(rule.bad + rule.good))


LINE = st.text(alphabet=st.sampled_from(list("ab 中1.)`*_[]()<>&#\\|!-+=~^\"'{}:")), max_size=40)


TRICKY = ["~~~ a", "~~a~~", "``` a", "1. a", "3) a", "- a", "+ a", "# a", "> a", "===", "***", "<b>a</b>", "&amp; &#42;",
          "[a](b)", "a\\`b`", "`a``b` and ``a`", "`**` or `__`", "a | b", "**bold** _em_ __b__"]


def renders_as_plain(line: str) -> None:
    wanted = [("p", plain(line).strip())] if plain(line).strip() else []
    assert Blocks(commonmark(markdown_line(line))).blocks == wanted
    assert Blocks(python_markdown(markdown_line(line))).blocks == wanted


@pytest.mark.parametrize("line", TRICKY)
def test_markup_in_a_line_renders_as_its_plain_text(line):
    renders_as_plain(line)


@pytest.mark.parametrize("prose", ["a\n===\nb", "a\n---", "a\n- b\n1. c", "a\n\n    indented\n\n> quoted"])
def test_prose_lines_stay_lines_of_text(prose):
    paragraphs = [[line.strip() for line in p.split("\n")] for p in prose.split("\n\n")]
    wanted = [("p", "\n".join(lines)) for lines in paragraphs]
    assert Blocks(commonmark(markdown_prose(prose))).blocks == wanted
    assert Blocks(python_markdown(markdown_prose(prose))).blocks == wanted


@given(LINE)
def test_a_markdown_line_renders_as_its_plain_text(line):
    # Code spans with a space at either end are rendered trimmed (differently by each renderer).
    assume(all(span.group(2) == span.group(2).strip() for span in CODE_SPAN.finditer(line)))
    renders_as_plain(line)


# ---------------------------------------------------------------- the built site
@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pytest.importorskip("mkdocs")
    folder = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
                            "--site-dir", str(folder)], capture_output=True, text=True, cwd=ROOT)
    assert build.returncode == 0, build.stderr
    return folder


def test_site_has_every_rule_at_its_directory_url(site):
    for rule in RULES:
        page = site / "rules" / rule.code / "index.html"
        assert page.is_file(), page
        assert shown(page.read_text(encoding="utf-8"), rule) == expected_blocks(rule)


def test_site_index_links_every_rule(site):
    index = Blocks((site / "index.html").read_text(encoding="utf-8"))
    assert index.cell_links == [f"rules/{rule.code}/" for rule in RULES]
    cells = [text for tag, text in index.blocks if tag == "td"][:4 * len(RULES)]  # the theme's help has a table too
    assert [cells[i:i + 4] for i in range(0, len(cells), 4)] == [[r.code, r.name, str(r.severity), r.summary] for r in RULES]


def test_site_keeps_the_other_files_in_docs(site):
    assert (site / "review-page.png").read_bytes() == (DOCS / "review-page.png").read_bytes()


# ---------------------------------------------------------------- SARIF rule metadata
def sarif_rules(docs_url: str | None) -> tuple[dict, dict]:
    log = json.loads(sarif.render([], "0.1.0", docs_url=docs_url))
    driver = log["runs"][0]["tool"]["driver"]
    return log, driver


def test_sarif_rules_link_their_pages_when_a_docs_url_is_configured():
    _, driver = sarif_rules(BASE)
    assert driver["informationUri"] == BASE
    assert [r["helpUri"] for r in driver["rules"]] == [f"https://docs.example.org/treatylint/rules/{r.code}/" for r in RULES]
    for entry, rule in zip(driver["rules"], RULES):
        assert entry["help"] == {"text": text_page(rule), "markdown": markdown_page(rule)}
        assert entry["fullDescription"]["text"] == plain(rule.documentation())


def test_sarif_rules_have_no_web_links_without_a_docs_url():
    _, driver = sarif_rules(None)
    assert "informationUri" not in driver
    assert [r for r in driver["rules"] if "helpUri" in r] == []
    url004 = next(r for r in driver["rules"] if r["id"] == "URL004")
    assert "What it checks: [label](#) and [label]()." in url004["help"]["text"]
    assert "What it checks: `[label](#)` and `[label]()`." in url004["help"]["markdown"]


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").exists(), reason="../shared/schemas is not available")
@pytest.mark.parametrize("docs_url", [BASE, None])
def test_sarif_rule_metadata_validates_against_the_schema(docs_url):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log, _ = sarif_rules(docs_url)
    jsonschema.validate(log, schema)

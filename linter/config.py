"""Configuration: `[tool.treatylint]` in pyproject.toml, or treatylint.toml / .treatylint.toml.

Each checked file gets the configuration found nearest to it, walking up from its directory to
the repository root (`.treatylint.toml` before `treatylint.toml` before `pyproject.toml` in one
directory); `--config FILE` replaces discovery and `--isolated` ignores every file. Unknown keys
and bad values are errors that name the file, the key and what is allowed — never ignored.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from linter import lang
from linter.rule import Rule, Severity

CONFIG_NAMES = (".treatylint.toml", "treatylint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
LANGUAGES = ("zh", "en")


def document_languages() -> tuple[str, ...]:
    """What `language` accepts: every installed pack, or "auto" (detect it per document)."""
    return (*lang.installed(), "auto")


def fallback_languages() -> tuple[str, ...]:
    """What `language-fallback` takes as a language: an installed pack or a language the detector
    tells (a French report has no pack, but may be given English)."""
    detection = lang.pack(lang.NEUTRAL).family("detection")
    told = (*(c for c in detection.SCRIPTS if c != "latin"), *detection.LATIN_MARKERS)
    return tuple(dict.fromkeys(c for c in (*lang.installed(), *sorted(told)) if c != lang.NEUTRAL))


def message_languages() -> tuple[str, ...]:
    """What `message-language` accepts: every installed pack with a message catalogue."""
    return tuple(code for code, pack in lang.installed().items() if pack.messages)


class ConfigError(Exception):
    """A configuration file that cannot be used: the message says where and why."""


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the file it came from; None for the defaults
    root: str = "."  # globs are relative to this directory
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # rule code → severity
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # glob → codes
    fail_on: str = "warning"
    language: str | None = None
    # language → the packs a document in it also runs, before und (see linter.lang.chain); the
    # defaults with the configured languages replaced; None: lang.DEFAULT_FALLBACK
    language_fallback: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    message_language: str = "en"
    exclude: tuple[str, ...] = ()
    rules: dict[str, dict] = field(default_factory=dict)  # rule code → options
    waivers: tuple[dict, ...] = ()
    docs_url: str | None = None  # where the rule pages are published (see linter.rule_docs)
    today: dt.date | None = None  # the day time-dependent checks compare with; None: the day of the run
    sources: dict[str, str] = field(default_factory=dict)  # key → where its value was set

    def relative(self, path: str) -> str:
        return Path(os.path.relpath(os.path.abspath(path), self.root)).as_posix()

    def excluded(self, path: str) -> bool:
        rel = self.relative(path)
        return any(fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern) for pattern in self.exclude)

    def ignored_codes(self, path: str) -> set[str]:
        rel = self.relative(path)
        return {code for pattern, codes in self.per_file_ignores.items() if fnmatch.fnmatch(rel, pattern) for code in codes}

    def options_for(self, rule: Rule) -> dict:
        return {**rule.options, **self.rules.get(rule.code, {})}

    def current_date(self) -> dt.date:
        """"Today" for the checks: the configured `today`, else the day the run started."""
        return self.today or run_date()


@cache
def run_date() -> dt.date:
    """The wall clock, read once per run: every file of a run is checked on the same day, and
    nothing below the configuration reads the clock."""
    return dt.date.today()


KEYS = {
    "select": "list of rule codes, prefixes or names",
    "ignore": "list of rule codes, prefixes or names",
    "extend-select": "list of rule codes, prefixes or names",
    "severity": "table of rule code or name = \"error\" | \"warning\" | \"info\"",
    "per-file-ignores": "table of glob = list of rule codes, prefixes or names",
    "fail-on": "\"error\" | \"warning\" | \"info\"",
    "language": "an installed language pack (\"zh\", \"en\" …) | \"auto\"",
    "language-fallback": "table of language = list of installed packs it also runs, before \"und\" (zh = [\"en\"])",
    "message-language": "an installed language pack with messages (\"en\", \"zh\" …)",
    "exclude": "list of globs",
    "rules": "table of rule code or name = table of options",
    "waivers": "list of tables with file, code, match and reason",
    "docs-url": "an http(s) URL: the base address of the published rule pages",
    "today": "a date such as 2026-12-03: the day time-dependent checks compare with (default: the day of the run)",
}


def find_upward(path: str, names: tuple[str, ...], accept=lambda candidate: True) -> str | None:
    """The nearest of `names` in the directory of `path` or above it, up to the repository root."""
    directory = Path(os.path.abspath(path))
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        for name in names:
            candidate = folder / name
            if candidate.is_file() and accept(candidate):
                return str(candidate)
        if (folder / ".git").exists():
            return None
    return None


def find_config(path: str) -> str | None:
    """The nearest configuration file above `path`, stopping at the repository root."""
    return find_upward(path, CONFIG_NAMES, lambda c: c.name != "pyproject.toml" or _has_tool_table(c))


def _has_tool_table(path: Path) -> bool:
    try:
        tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
        return isinstance(tool, dict) and "treatylint" in tool
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return True  # let load_config report the problem


def load_config(path: str) -> Config:
    """The configuration in `path`, parsed once per version of the file."""
    try:
        stat = os.stat(path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    return _load(path, stat.st_mtime_ns, stat.st_size)


@cache
def _load(path: str, mtime: int, size: int) -> Config:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); TOML files are UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if Path(path).name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("treatylint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: tool.treatylint: expected a table ([tool.treatylint]), got {data!r}")
    return parse(data, path)


def parse(data: dict, path: str) -> Config:
    from linter.registry import all_rules, find_rule, matches

    rules = all_rules()
    fields: dict = {"path": path, "root": str(Path(path).parent)}

    def fail(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {key}: {why}")

    def codes(key: str, value) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"expected a {KEYS.get(key, 'list of rule codes, prefixes or names')}, got {value!r}")
        for v in value:
            if not any(matches(r, v) for r in rules):
                raise fail(key, f"unknown rule {v!r} (see `treatylint rules`)")
        return tuple(value)

    def choice(key: str, value, allowed) -> str:
        if value not in allowed:
            raise fail(key, f"expected one of {', '.join(repr(a) for a in allowed)}, got {value!r}")
        return value

    for key, value in data.items():
        if key in ("select", "ignore", "extend-select"):
            fields[key.replace("-", "_")] = codes(key, value)
        elif key == "exclude":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, f"expected a list of globs, got {value!r}")
            fields["exclude"] = tuple(value)
        elif key == "fail-on":
            fields["fail_on"] = choice(key, value, SEVERITIES)
        elif key == "language":
            fields["language"] = None if choice(key, value, document_languages()) == "auto" else value
        elif key == "language-fallback":
            fields["language_fallback"] = _fallback(value, fail)
        elif key == "message-language":
            fields["message_language"] = choice(key, value, message_languages())
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, f"expected a {KEYS[key]}")
            for code, level in value.items():
                if find_rule(code) is None:
                    raise fail(f"severity.{code}", "unknown rule (see `treatylint rules`)")
                choice(f"severity.{code}", level, SEVERITIES)
            fields["severity"] = {find_rule(c).code: level for c, level in value.items()}
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, f"expected a {KEYS[key]}")
            fields["per_file_ignores"] = {
                glob: tuple(r.code for r in rules if any(matches(r, sel) for sel in codes(f"per-file-ignores.{glob!r}", v)))
                for glob, v in value.items()
            }
        elif key == "rules":
            if not isinstance(value, dict):
                raise fail(key, f"expected a {KEYS[key]}")
            fields["rules"] = dict(_rule_options(find_rule(code), code, options, fail) for code, options in value.items())
        elif key == "waivers":
            fields["waivers"] = parse_waivers(value, fail)
        elif key == "docs-url":
            if not isinstance(value, str) or not value.startswith(("https://", "http://")):
                raise fail(key, f"expected {KEYS[key]}, got {value!r}")
            fields["docs_url"] = value
        elif key == "today":
            fields["today"] = _date(value, key, fail)
        else:
            raise fail(key, f"unknown key; allowed keys: {', '.join(sorted(KEYS))}")
    return Config(**fields, sources={key: path for key in data})


def _fallback(value, fail) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The fallback table: lang.DEFAULT_FALLBACK with the configured languages replaced."""
    if not isinstance(value, dict):
        raise fail("language-fallback", f"expected a {KEYS['language-fallback']}, got {value!r}")
    packs = tuple(c for c in lang.installed() if c != lang.NEUTRAL)
    for language, codes in value.items():
        key = f"language-fallback.{language}"
        if language not in fallback_languages():
            raise fail(key, f"unknown language; allowed: {', '.join(fallback_languages())}")
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise fail(key, f"expected a list of installed packs ({', '.join(packs)}), got {codes!r}")
        for code in codes:
            if code not in packs:
                raise fail(key, f"unknown pack {code!r}; allowed: {', '.join(packs)} (und always runs, last)")
    table = {**lang.DEFAULT_FALLBACK, **{language: tuple(codes) for language, codes in value.items()}}
    return tuple(sorted(table.items()))


def _rule_options(rule: Rule | None, code: str, options, fail) -> tuple[str, dict]:
    if rule is None:
        raise fail(f"rules.{code}", "unknown rule (see `treatylint rules`)")
    if not isinstance(options, dict):
        raise fail(f"rules.{code}", "expected a table of options")
    checked = {}
    for name, value in options.items():
        key = f"rules.{rule.code}.{name}"
        if name not in rule.options:
            allowed = ", ".join(sorted(rule.options)) or "none"
            raise fail(key, f"unknown option; {rule.code} takes: {allowed}")
        checked[name] = _coerce(rule.options[name], value, key, fail)
        allowed_keys = rule.option_keys.get(name)
        if allowed_keys and isinstance(value, dict):
            for k in value:
                if k not in allowed_keys:
                    raise fail(f"{key}.{k}", f"unknown key; allowed: {', '.join(allowed_keys)}")
    return rule.code, checked


def _coerce(default, value, key, fail):
    """A value of the kind the rule's default has: a positive number, a list of strings, a
    table of positive numbers, or (default None) a date."""
    def number(v) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0

    if isinstance(default, (int, float)):
        if not number(value):
            raise fail(key, f"expected a positive number, got {value!r}")
    elif isinstance(default, (list, tuple)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"expected a list of strings, got {value!r}")
    elif isinstance(default, dict):
        if not isinstance(value, dict) or not all(number(v) for v in value.values()):
            raise fail(key, f"expected a table of positive numbers, got {value!r}")
    else:
        return _date(value, key, fail)
    return value


def _date(value, key, fail) -> dt.date:
    """A TOML date (2020-10-07) or an ISO date string; a date with a time of day is not a day."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise fail(key, f"expected a date such as 2020-10-07, got {value!r}")


def parse_waivers(value, fail) -> tuple[dict, ...]:
    if not isinstance(value, list):
        raise fail("waivers", f"expected a {KEYS['waivers']}")
    out = []
    for i, entry in enumerate(value):
        key = f"waivers[{i}]"
        if not isinstance(entry, dict):
            raise fail(key, "expected a table")
        unknown = set(entry) - {"file", "code", "match", "reason"}
        if unknown:
            raise fail(key, f"unknown field {sorted(unknown)[0]!r}; allowed: file, code, match, reason")
        for required in ("code", "match", "reason"):
            if not isinstance(entry.get(required), str) or not entry[required].strip():
                raise fail(key, f"{required!r} is required (a non-empty string)")
        out.append({"file": entry.get("file", "*"), "code": entry["code"], "match": entry["match"], "reason": entry["reason"]})
    return tuple(out)


def with_overrides(config: Config, **cli) -> Config:
    """Command-line values win over the file's."""
    changes = {k: v for k, v in cli.items() if v not in (None, ())}
    if changes.get("language") == "auto":  # --language auto: detect it, whatever the file says
        changes["language"] = None
    return replace(config, **changes) if changes else config


def select_rules(config: Config) -> list[Rule]:
    from linter.registry import all_rules, matches

    def picked(rule: Rule) -> bool:
        chosen = not config.select or any(matches(rule, s) for s in config.select)
        return (chosen or any(matches(rule, s) for s in config.extend_select)) and not any(matches(rule, s) for s in config.ignore)

    return [rule for rule in all_rules() if picked(rule)]


def severity_for(config: Config, code: str, default: Severity) -> Severity:
    level = config.severity.get(code)
    return Severity.parse(level) if level else default

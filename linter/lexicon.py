"""Chinese word frequencies, for telling a doubled character (专业知知识) from a word boundary
that repeats one (委员会会议 = 委员会 + 会议).

The word list is jieba's dictionary (349 000 words with frequencies and parts of speech).
Loading it into a dict costs most of a second, so the first use writes a copy sorted by word to
the user's cache directory and every lookup is a binary search in that file, memory-mapped: a
handful of lookups per doubled character, no load time.
"""
from __future__ import annotations

import math
import os
from functools import cache, lru_cache


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "treatylint")


@cache
def _sorted_lexicon():
    """The memory-mapped sorted word list, or None without jieba (imports here: start-up matters)."""
    import tempfile

    try:
        import importlib.metadata
        import importlib.resources

        source = importlib.resources.files("jieba").joinpath("dict.txt")
        version = importlib.metadata.version("jieba")
    except (ImportError, FileNotFoundError, importlib.metadata.PackageNotFoundError):
        return None
    name = f"zh-lexicon-jieba-{version}-tagged.txt"  # lines "word frequency tag"
    for directory in (_cache_dir(), os.path.join(tempfile.gettempdir(), "treatylint")):
        try:
            return _open_sorted(source, os.path.join(directory, name))
        except OSError:
            continue  # an unwritable cache directory: try the next one
    return None


def _open_sorted(source, target: str):
    import mmap
    import tempfile

    if not os.path.exists(target):
        entries = (line.split(b" ", 3)[:3] for line in source.read_bytes().splitlines() if line.count(b" ") >= 1)
        lines = sorted({b" ".join(entry) for entry in entries})
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=os.path.dirname(target), delete=False) as handle:
            handle.write(b"\n".join(lines) + b"\n")
        os.replace(handle.name, target)  # atomic: concurrent runs never see half a file
    with open(target, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def available() -> bool:
    return _sorted_lexicon() is not None


def frequency(word: str) -> int:
    """How often jieba's corpus saw `word` (0 if never)."""
    return _entry(word)[0]


def tag(word: str) -> str:
    """jieba's part of speech for `word` ("n" noun, "ns" place name, "v" verb …; "" if unknown)."""
    return _entry(word)[1]


@lru_cache(maxsize=1 << 16)  # the words of a batch of reports, not of every report it reads
def _entry(word: str) -> tuple[int, str]:
    data = _sorted_lexicon()
    if data is None:
        return 0, ""
    key = word.encode("utf-8") + b" "
    low, high = 0, len(data)
    while low < high:  # find the first line >= key
        mid = (low + high) // 2
        line_start = data.rfind(b"\n", 0, mid) + 1
        line_end = data.find(b"\n", line_start)
        if data[line_start:line_end] < key:
            low = line_end + 1
        else:
            high = line_start
    line_end = data.find(b"\n", low)
    line = data[low:line_end]
    if not line.startswith(key):
        return 0, ""
    freq, _, pos = line[len(key):].partition(b" ")
    return int(freq), pos.decode("ascii", "replace")


_TOTAL = 60_101_967  # sum of jieba's frequencies; only its order of magnitude matters here
_SINGLE_DEFAULT = 1


def segment(text: str, longest: int = 4) -> list[str]:
    """Maximum-probability segmentation (jieba's own criterion) of a short Han string."""
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for end in range(n - 1, -1, -1):
        options = []
        for size in range(1, min(longest, n - end) + 1):
            freq = frequency(text[end : end + size]) or (_SINGLE_DEFAULT if size == 1 else 0)
            if freq:
                options.append((_log_p(freq) + best[end + size][0], end + size))
        best[end] = max(options)
    words, i = [], 0
    while i < n:
        words.append(text[i : best[i][1]])
        i = best[i][1]
    return words


def log_probability(words) -> float:
    """How well a segmentation reads: the sum of its words' log probabilities, the score
    `segment` maximises (so two readings of nearly the same text can be compared)."""
    return sum(_log_p(frequency(w) or _SINGLE_DEFAULT) for w in words)  # unknown: a single character


def _log_p(freq: int) -> float:
    return math.log(freq / _TOTAL)


def ends_a_word(text: str, start: int, end: int, reach: int = 3) -> bool:
    """Does `text[start:end]` end where a word ends, by segmentation of it and a few characters
    after? 一元 in 一元化 does not (一元化 is one word); 八十五万欧元 before 的 does."""
    if not available():
        return True
    boundary = start
    for word in segment(text[start : end + reach]):
        boundary += len(word)
        if boundary >= end:
            return boundary == end
    return True

"""Identification data for language detection (linter.document.detect_language): it describes
all six UN languages at once, so it belongs to no one pack.

A document is first told by its dominant script, then, for Latin script, by the function words
that occur most."""

# Character classes of the scripts counted ("latin" is shared by en, fr and es). Latin counts
# lowercase letters only: capitals are symbols and acronyms (NPT/CONF.2020/PC.I/9, IAEA), which
# every language writes the same way.
SCRIPTS = {"zh": "[\u4e00-\u9fff]", "ar": "[\u0600-\u06ff]", "ru": "[\u0400-\u04ff]", "latin": "[a-zß-öø-ÿ]"}

# Function words of the Latin-script languages, with the spaces around them.
LATIN_MARKERS = {
    "en": (" the ", " and ", " of ", " to ", " is ", " that "),
    "fr": (" le ", " la ", " les ", " des ", " et ", " est ", " du "),
    "es": (" el ", " los ", " las ", " y ", " del ", " es ", " que "),
}

# What a fallback pack's family reads (linter.extract.runs): the runs of characters outside the
# CJK blocks that hold what its grammar needs — a Chinese report's English masthead and names, not
# its Chinese sentences, whose figures its own pack reads ("2019 年", "（2019）", "17 名").
# Family → (character class of a run, what the run must hold).
_NOT_CJK = "[^\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
RUNS = {"en": {"counts": (_NOT_CJK, "[A-Za-z]"), "dates": (_NOT_CJK, "[A-Za-z]")}}

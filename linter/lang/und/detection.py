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

"""The en language pack: data only; see linter.lang."""

"""The zh language pack: data only; see linter.lang."""

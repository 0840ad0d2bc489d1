"""The neutral (und) pack: what no language owns: data only; see linter.lang."""

"""`python -m linter` is `treatylint`."""
from linter.cli import main

main()

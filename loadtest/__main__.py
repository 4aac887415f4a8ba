"""`python -m loadtest`: see the package docstring or `python -m loadtest --help`."""

from loadtest.cli import main

raise SystemExit(main())

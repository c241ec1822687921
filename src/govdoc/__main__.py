"""`python -m govdoc` runs the command-line tool."""

from govdoc.cli import main

raise SystemExit(main())

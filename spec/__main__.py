"""`python -m spec` runs the `callspec` command line."""

import sys

from spec.cli import main

sys.exit(main())

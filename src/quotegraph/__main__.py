"""``python -m quotegraph`` runs the command line."""

import sys

from quotegraph.cli import main

sys.exit(main())

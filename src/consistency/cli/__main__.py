"""`python -m consistency.cli`: the console script without its launcher."""

import sys

from consistency.cli import main

sys.exit(main())

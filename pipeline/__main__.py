"""``python -m pipeline`` behaves like the ``parafacts`` command."""

import sys

from .cli import main

sys.exit(main())

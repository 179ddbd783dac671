"""``python -m tengrai``: the same as the ``tengrai`` command."""

from tengrai.cli import main

raise SystemExit(main())

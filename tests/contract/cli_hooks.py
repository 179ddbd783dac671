"""Schemathesis hooks for the CLI run of ``make contract`` (loaded through ``SCHEMATHESIS_HOOKS``).

The pytest suite registers the same hook on its own schema only; the CLI needs it registered globally.
"""

from __future__ import annotations

import schemathesis

from .support import map_case

schemathesis.hook(map_case)

"""A fingerprint of the rule code, so that improved rules reach stored meetings.

A meeting records the fingerprint of the parsing and extraction code it was
read with; re-importing the same file or `manage.py reparse` re-derives it
when the fingerprint differs. Hashing the code itself (not a number someone
must remember to raise) makes every rule change count.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cache
from pathlib import Path

# Fingerprint length kept in Meeting.parser_version (max_length 20).
FINGERPRINT_LENGTH = 16


@cache
def code_fingerprint(*module_names: str) -> str:
    """SHA-256 over the source of the named modules or packages, shortened."""
    digest = hashlib.sha256()
    for name in module_names:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            raise ValueError(f"no module named {name!r}")
        if spec.submodule_search_locations:
            paths = sorted(
                path
                for location in spec.submodule_search_locations
                for path in Path(location).rglob("*.py")
            )
        else:
            paths = [Path(spec.origin)]
        for path in paths:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:FINGERPRINT_LENGTH]

"""A hash of the pose-making source, naming the scratch stores that jobs share
(posegen.builtin.solved_store, posegen.reading_store): files left by other code are
never read."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def source_hash() -> str:
    """Hash of posegen's and posegen.builtin's Python files (names and contents)."""
    root = Path(__file__).resolve().parent
    sha = hashlib.sha1()
    for path in sorted([*root.glob("*.py"), *root.glob("builtin/*.py")]):
        sha.update(path.name.encode("utf-8"))
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]

"""OpenAI CLIP ViT-B/32, the text encoder of MARDM and MoMask, read from a checked file.

Given the model's name, ``clip.load`` checks the cached file's SHA-256 and
downloads it again on a mismatch, which a job without network cannot do (it
dies with URLError). Preflight checks the checksum instead, with no network,
and the models' ``clip.load("ViT-B/32")`` calls are pointed at the checked file,
which clip.load then loads as it is.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path

from posegen.backends import BackendError

CLIP_VERSION = "ViT-B/32"
CLIP_FILE = "ViT-B-32.pt"  # the name clip.load gives the downloaded weights
# SHA-256 of OpenAI's release: the folder name in the download address clip.load checks against.
CLIP_SHA256 = "40d365715913c9da98579312b702a82c18be219cc2a73407c4526f58eba950af"
CLIP_PACKAGES = "pip install clip-anytorch==2.6.0 'setuptools<81'"


@functools.lru_cache(maxsize=8)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    """A file's SHA-256, computed once per process for the same size and modification time."""
    stat = path.stat()
    return _sha256(str(path), stat.st_size, stat.st_mtime_ns)


def check_clip_weights(weights: Path, sha256: str) -> None:
    """BackendError unless ``weights`` exists and has the expected SHA-256; says how to fetch it."""
    fetch = f"python -c \"import clip; clip.load('{CLIP_VERSION}')\""
    if not weights.is_file():
        raise BackendError(
            f"CLIP {CLIP_VERSION} weights {weights} are missing: jobs cannot download them. Fetch them once where "
            f"there is network ({fetch}) or set backend_options.clip_cache to the folder that holds them"
        )
    digest = file_sha256(weights)
    if digest != sha256:
        raise BackendError(
            f"CLIP {CLIP_VERSION} weights {weights} do not have the expected SHA-256 (found {digest}, "
            f"expected {sha256}): the file is incomplete or another one, and CLIP would try to download it "
            f"again, which jobs cannot do. Delete it and fetch it again where there is network ({fetch}), or set "
            "backend_options.clip_cache to a folder that holds the right file"
        )


@contextlib.contextmanager
def clip_loads_from(weights: Path):
    """While open, ``clip.load("ViT-B/32", ...)`` loads the (checked) file ``weights``."""
    try:
        import clip
    except ImportError as err:
        raise BackendError(f"the model needs OpenAI's CLIP package ({CLIP_PACKAGES}): {err}") from err
    original = clip.load

    def load(name, *args, **kwargs):
        return original(str(weights) if name == CLIP_VERSION else name, *args, **kwargs)

    clip.load = load
    try:
        yield
    finally:
        clip.load = original

"""Logging for rule scripts: timestamped lines in the rule's ``log:`` file, errors as one clear line."""

from __future__ import annotations

import contextlib
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, Iterator

from posegen.backends import BackendError
from posegen.gpu import GpuConfigError
from posegen.io import OutputError
from posegen.prompts import PromptFileError
from posegen.settings import ConfigError

# Errors whose message says everything a user needs: no traceback for these.
CLEAR_ERRORS = (BackendError, ConfigError, GpuConfigError, OutputError, PromptFileError, TimeoutError)


@contextlib.contextmanager
def job_log(path: str | Path | None, job: str) -> Iterator[Callable[[str], None]]:
    """Yield ``log(message)``; on failure write the reason to the log and exit non-zero."""
    handle = open(path, "a", encoding="utf-8") if path else None

    def log(message: str) -> None:
        line = f"[{time.strftime('%Y-%m-%d %H:%M:%S')}] {job}: {message}"
        if handle is not None:
            handle.write(line + "\n")
            handle.flush()
        else:
            print(line, file=sys.stderr, flush=True)

    try:
        yield log
    except CLEAR_ERRORS as err:
        log(f"error: {err}")
        raise SystemExit(f"error in {job}: {err}") from None
    except BaseException:
        if handle is not None:
            handle.write(traceback.format_exc())
        raise
    finally:
        if handle is not None:
            handle.close()

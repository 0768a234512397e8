"""Call log and settings of the stand-in, both files in the stand-in checkout."""

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def record(event, **fields):
    with open(ROOT / f"calls-{os.getpid()}.jsonl", "a", encoding="utf-8") as log:
        log.write(json.dumps({"event": event, **fields}) + "\n")


def settings():
    path = ROOT / "standin.json"
    return json.loads(path.read_text()) if path.exists() else {}

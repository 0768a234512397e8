"""Share of captions the builtin generator understands (matched=True) on a prompt file.

Usage: python tests/benchmarks/builtin_coverage.py [prompts.md] [--top N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "workflow" / "scripts"))

from posegen.builtin import parse_caption  # noqa: E402
from posegen.prompts import read_prompts  # noqa: E402

# shared/ sits beside the repository.
DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "prompts_10k.md"
CJK = re.compile(r"[\u3400-\u9fff]")


def read_captions(path: Path) -> list[str]:
    return [prompt.caption for prompt in read_prompts(path)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prompts", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    captions = read_captions(args.prompts)
    matched = [parse_caption(c).matched for c in captions]
    english = [m for c, m in zip(captions, matched) if not CJK.search(c)]
    print(f"captions: {len(captions)}  matched: {sum(matched) / len(captions):.2%}")
    print(f"English-only: {len(english)}  matched: {sum(english) / max(len(english), 1):.2%}")
    misses = Counter(c for c, m in zip(captions, matched) if not m)
    print(f"unmatched: {sum(misses.values())} ({len(misses)} distinct); most common:")
    for caption, count in misses.most_common(args.top):
        print(f"  {count:5d}  {caption[:100]}")


if __name__ == "__main__":
    main()

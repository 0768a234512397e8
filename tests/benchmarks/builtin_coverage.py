"""Share of captions the builtin generator understands (matched=True) on a prompt file.

A caption is matched when something in it was understood, no phrase about the body
was ignored and the generated pose meets every constraint the caption reader found;
the report gives the share with an ignored phrase and the share with an unmet
constraint separately, and the time the generator took to solve every distinct pose.

Usage: python tests/benchmarks/builtin_coverage.py [prompts.md] [--top N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "workflow" / "scripts"))

from posegen.backends import GenerationSettings  # noqa: E402
from posegen.builtin import BuiltinGenerator  # noqa: E402
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
    generator = BuiltinGenerator(GenerationSettings(variation=0.0), {})
    start = time.perf_counter()
    generator.generate(captions, [0] * len(captions), [1] * len(captions))  # solves in batches
    understood = [generator.understanding(c) for c in captions]
    seconds = time.perf_counter() - start
    matched = [u.matched for u in understood]
    english = [m for c, m in zip(captions, matched) if not CJK.search(c)]
    n = len(captions)
    print(f"captions: {n}  matched: {sum(matched) / n:.2%}  ({seconds:.1f} s to solve every distinct pose)")
    print(f"English-only: {len(english)}  matched: {sum(english) / max(len(english), 1):.2%}")
    print(f"with an ignored phrase: {sum(bool(u.ignored) for u in understood) / n:.2%}   "
          f"with an unmet constraint: {sum(bool(u.unmet) for u in understood) / n:.2%}")
    phrases = Counter(p for u in understood for p in u.ignored)
    unmet = Counter(t for u in understood for t in u.unmet)
    print("most often ignored: " + "; ".join(f"{p} ({k})" for p, k in phrases.most_common(8)))
    print("most often unmet:   " + "; ".join(f"{p} ({k})" for p, k in unmet.most_common(8)))
    misses = Counter(c for c, m in zip(captions, matched) if not m)
    print(f"unmatched: {sum(misses.values())} ({len(misses)} distinct); most common:")
    for caption, count in misses.most_common(args.top):
        print(f"  {count:5d}  {caption[:100]}")


if __name__ == "__main__":
    main()

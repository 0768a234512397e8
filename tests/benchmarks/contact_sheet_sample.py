"""Draw a contact sheet of the example prompts and the other-style descriptions with
the built-in generator, to look at the pictures without running the workflow.

Run by hand from the repository root:
    python tests/benchmarks/contact_sheet_sample.py OUT.png
    python tests/benchmarks/contact_sheet_sample.py OUT.png --freeform heldout --sample 24 --views front side

``--freeform SPLIT`` draws a seeded sample of that half of
tests/data/freeform_descriptions.tsv instead, each pose in the views given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "workflow" / "scripts")]

import numpy as np  # noqa: E402

from posegen.builtin.generator import BuiltinGenerator  # noqa: E402
from posegen.prompts import read_prompts  # noqa: E402
from posegen.render import contact_sheet  # noqa: E402
from posegen.settings import GenerationSettings  # noqa: E402
from posegen.skeleton import to_conventions  # noqa: E402


def sample_items() -> list[tuple[np.ndarray, str]]:
    captions = []
    for path in (ROOT / "config" / "prompts_example.md", ROOT / "tests" / "data" / "bvh_paraphrases.md"):
        captions += [prompt.caption for prompt in read_prompts(path)]
    generator = BuiltinGenerator(GenerationSettings(sequence_length=16), {})
    motions = np.asarray(generator.generate(captions, list(range(len(captions))), [16] * len(captions)).motions)
    return [(pose, caption) for pose, caption in zip(to_conventions(motions[:, -1]), captions)]


def freeform_items(split: str, sample: int) -> list[tuple[np.ndarray, str]]:
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.bench_freeform import read_descriptions

    texts = [d.text for d in read_descriptions() if d.split == split]
    picked = sorted(np.random.default_rng(0).choice(len(texts), size=min(sample, len(texts)), replace=False))
    captions = [texts[i] for i in picked]
    generator = BuiltinGenerator(GenerationSettings(sequence_length=16, variation=0.0), {})
    motions = np.asarray(generator.generate(captions, [0] * len(captions), [16] * len(captions)).motions)
    return [(pose, caption) for pose, caption in zip(to_conventions(motions[:, -1]), captions)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--columns", type=int, default=8)
    parser.add_argument("--freeform", choices=("dev", "heldout"))
    parser.add_argument("--sample", type=int, default=24)
    parser.add_argument("--views", nargs="+", default=["three_quarter"])
    args = parser.parse_args()
    items = freeform_items(args.freeform, args.sample) if args.freeform else sample_items()
    contact_sheet(items, args.out, columns=args.columns, views=tuple(args.views))
    print(f"{len(items)} poses -> {args.out}")


if __name__ == "__main__":
    main()

import sys
sys.path.insert(0, '/work/probe13/cpm/tests/benchmarks')
import curation_pairs as cp
names = sys.argv[1:]
for b in cp.bases():
    if b.name in names:
        print(f"## {b.name} [{b.group}] {b.posture} {b.family}")
        for c in b.captions: print(f"   {c.style[:4]} | {c.text} | {' '.join(c.preds)}")

"""Speed and memory of the pipeline: prints throughput per stage, peak memory and ratios.

    .venv/bin/python bench/speed.py [--copies 40]

The seeds are copied --copies times (with a marker line so every copy is a new document)
into a temporary folder and processed from scratch, stage by stage, in one process.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from pipeline.runner import STAGES, run

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=40, help="copies of the seed corpus (default 40)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        chars = 0
        for i in range(args.copies):
            for seed in sorted((ROOT / "seeds").glob("*.txt")):
                text = seed.read_text(encoding="utf-8") + f"\n\nCopie {i}."
                (corpus / f"{i:04d}_{seed.name}").write_text(text, encoding="utf-8")
                chars += len(text)
        n_docs = args.copies * len(list((ROOT / "seeds").glob("*.txt")))
        timings = {}
        for stage in STAGES:
            started = time.perf_counter()
            final = run(corpus, Path(tmp) / "out", [stage], log=lambda m: None)
            timings[stage] = time.perf_counter() - started
    total = sum(timings.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {n_docs} documents, {len(final['stories'])} stories, {chars / 1e6:.2f} M characters")
    print(f"{'stage':<10}{'seconds':>9}{'docs/s':>10}{'kchar/s':>10}{'share':>8}")
    for stage, seconds in timings.items():
        print(f"{stage:<10}{seconds:>9.2f}{n_docs / seconds:>10.1f}{chars / seconds / 1e3:>10.0f}{seconds / total:>8.0%}")
    print(f"{'total':<10}{total:>9.2f}{n_docs / total:>10.1f}{chars / total / 1e3:>10.0f}")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    print("rows: " + ", ".join(f"{len(df)} {name}" for name, df in final.items()))


if __name__ == "__main__":
    main()

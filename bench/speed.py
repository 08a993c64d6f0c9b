"""Speed and memory of the pipeline beside bare `nlp.pipe`, on 1 and on N worker processes.

    .venv/bin/python bench/speed.py [--copies 40] [--workers 2]

The seeds and the gold passages are copied --copies times (each copy with a marker line,
so every copy is a new document) into a temporary folder. Each measurement runs in a fresh
process: the whole pipeline from an empty output folder (no cache), and bare
fr_core_news_md `nlp.pipe` (senter + ner, as pipeline/nlp.py loads it) over the same texts
with as many processes. Peak RSS is the largest single process (the run or one worker).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "gold" / "dev", ROOT / "tests" / "gold" / "heldout"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=40, help="copies of the source passages (default 40)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="the second worker count measured (default: the number of cores)")
    parser.add_argument("--measure", choices=["pipeline", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # one measurement, in this fresh process
        print(json.dumps(_measure(args.measure, args.corpus, args.workers)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        n_docs, chars = _make_corpus(corpus, args.copies)
        print(f"corpus: {n_docs} documents, {chars / 1e6:.2f} M characters; {os.cpu_count()} cores")
        print(f"{'what':<10}{'workers':>8}{'seconds':>9}{'docs/s':>9}{'kchar/s':>9}{'peak MB':>9}")
        results = {}
        for workers in sorted({1, args.workers}):
            for what in ("bare", "pipeline"):
                out = subprocess.run([sys.executable, __file__, "--measure", what, "--corpus", str(corpus),
                                      "--workers", str(workers)], capture_output=True, text=True, check=True)
                r = results[what, workers] = json.loads(out.stdout.splitlines()[-1])
                print(f"{what:<10}{workers:>8}{r['seconds']:>9.1f}{n_docs / r['seconds']:>9.1f}"
                      f"{chars / r['seconds'] / 1e3:>9.0f}{r['peak_mb']:>9.0f}")
    for workers in sorted({1, args.workers}):
        ratio = results["bare", workers]["seconds"] / results["pipeline", workers]["seconds"]
        print(f"ratio pipeline / bare nlp.pipe throughput, {workers} worker(s): {ratio:.2f}")
    if args.workers > 1:
        gain = results["pipeline", 1]["seconds"] / results["pipeline", args.workers]["seconds"]
        print(f"pipeline on {args.workers} workers: {gain:.2f}x the throughput of 1")


def _make_corpus(folder: Path, copies: int) -> tuple[int, int]:
    folder.mkdir()
    passages = sorted(p for source in SOURCES for p in source.rglob("*.txt"))
    chars = 0
    for i in range(copies):
        for n, passage in enumerate(passages):
            text = passage.read_text(encoding="utf-8") + f"\n\nCopie {i}."
            (folder / f"{i:04d}_{n:03d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    return copies * len(passages), chars


def _measure(what: str, corpus: Path, workers: int) -> dict:
    started = time.perf_counter()
    if what == "bare":
        from pipeline.nlp import BATCH_SIZE, load_ner_model
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
        for _ in load_ner_model().pipe(texts, batch_size=BATCH_SIZE, n_process=workers):
            pass
    else:
        from pipeline.runner import build
        with tempfile.TemporaryDirectory() as out:
            build(corpus, out, workers=workers, log=lambda msg: None)
    seconds = time.perf_counter() - started
    peak_kb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {"seconds": seconds, "peak_mb": peak_kb / 1024}


if __name__ == "__main__":
    main()

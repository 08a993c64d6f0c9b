"""Speed and memory of the pipeline beside bare `nlp.pipe`, on a generated, varied corpus.

    .venv/bin/python bench/speed.py [--docs 320] [--sizes 1,4,16] [--workers N] [--no-report]

The corpus is `bench/corpus.py`'s: --docs documents rewritten from the real-news, gold and
seed passages (other names, acronyms, dates, amounts, paragraph order), so that the lexicon
grows with the corpus as on an archive. Each measurement runs in a fresh process:

- at the base size (--docs), bare fr_core_news_md `nlp.pipe` (senter + ner, as
  pipeline/nlp.py loads it) and the whole pipeline from an empty output folder (with its
  HTML report unless --no-report), on 1 and on
  --workers processes (default: every core), with their ratio and the seconds of each step
  the pipeline logs; then the pipeline on the Dask engine, a LocalCluster of --workers
  worker processes started by the run (its start-up included);
- at each other size (--sizes, multiples of --docs), the pipeline on 1 process, for the
  growth of its time and peak memory;
- the entity rules alone (`pipeline.entities.refine` over spans the model found once), in
  ms per story, with a lexicon of 1 000 and of 10 000 names.

Peak RSS is the largest single process (the run or one of its workers).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import corpus

LEXICON_SIZES = (1_000, 10_000)
REFINE_DOCS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=320,
                        help="documents at size 1 (default 320: 5 120 documents at 16x)")
    parser.add_argument("--sizes", default="1,4,16", help="corpus sizes, multiples of --docs (default 1,4,16)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="the second process count measured (default: the number of cores)")
    parser.add_argument("--no-report", dest="report", action="store_false",
                        help="run the pipeline without its HTML report, as for an archive")
    parser.add_argument("--measure", choices=["pipeline", "dask", "bare", "refine"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # one measurement, in this fresh process
        print(json.dumps(_measure(args.measure, args.corpus, args.workers, args.report)))
        return
    sizes = sorted({int(s) for s in args.sizes.split(",")} | {1})
    print(f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; base size {args.docs} documents; "
          f"pipeline {'with' if args.report else 'without'} its HTML report")
    with tempfile.TemporaryDirectory() as tmp:
        folders = {size: Path(tmp) / f"x{size}" for size in sizes}
        texts = {size: corpus.write(folders[size], args.docs * size) for size in sizes}
        run = functools.partial(_run, report=args.report)
        base = _base(run, folders[1], texts[1], sorted({1, args.workers}))
        _sizes(run, folders, texts, base)
        _refine(folders[1])


def _base(run: Callable, folder: Path, size: tuple[int, int], workers: list[int]) -> dict:
    """Bare nlp.pipe beside the pipeline at the base size, on each process count; the
    pipeline's figures on 1 process."""
    print(f"\n## base size: {_describe(folder, size)}")
    print(f"{'what':<10}{'workers':>8}{'seconds':>9}{'docs/s':>9}{'kchar/s':>9}{'peak MB':>9}")
    results = {}
    for n in workers:
        for what in ("bare", "pipeline"):
            r = results[what, n] = run(what, folder, n)
            print(f"{what:<10}{n:>8}" + _figures(r, size))
    n = workers[-1]
    results["dask", n] = run("dask", folder, n)
    print(f"{'dask':<10}{n:>8}" + _figures(results["dask", n], size))
    for n in workers:
        ratio = results["bare", n]["seconds"] / results["pipeline", n]["seconds"]
        print(f"ratio pipeline / bare nlp.pipe throughput, {n} process(es): {ratio:.2f}")
    print(f"ratio Dask engine (LocalCluster of {n} worker processes) / local engine, {n} processes: "
          f"{results['pipeline', n]['seconds'] / results['dask', n]['seconds']:.2f}")
    if len(workers) > 1:
        n = workers[-1]
        for what in ("bare", "pipeline"):
            print(f"{what} on {n} processes: {results[what, 1]['seconds'] / results[what, n]['seconds']:.2f}x "
                  "the throughput of 1")
    for n in workers:
        print(f"pipeline steps, {n} process(es), seconds:")
        for step, seconds in results["pipeline", n]["steps"]:
            print(f"  {seconds:7.1f}  {step}")
    return results["pipeline", 1]


def _sizes(run: Callable, folders: dict[int, Path], texts: dict[int, tuple[int, int]], base: dict) -> None:
    """The pipeline on 1 process at each size (the base size's run reused): time and peak
    memory as the corpus grows."""
    print("\n## pipeline on 1 process by corpus size")
    print(f"{'size':<6}{'docs':>7}{'M chars':>9}{'lexicon':>9}{'seconds':>9}{'docs/s':>9}{'kchar/s':>9}{'peak MB':>9}")
    for size, folder in folders.items():
        r = base if size == 1 else run("pipeline", folder, 1)
        n_docs, chars = texts[size]
        print(f"{str(size) + 'x':<6}{n_docs:>7}{chars / 1e6:>9.2f}{_lexicon_size(folder):>9}" + _figures(r, texts[size]))
    print(f"peak memory at {size}x: {r['peak_mb'] / base['peak_mb']:.2f}x the peak at 1x; "
          f"time: {r['seconds'] / base['seconds']:.1f}x for {size}x the documents")


def _refine(folder: Path) -> None:
    r = _run("refine", folder, 1)
    print(f"\n## entity rules (entities.refine over the model's spans), {r['stories']} stories of "
          f"{r['documents']} documents, model pass excluded")
    for names, ms in r["ms_per_story"].items():
        print(f"lexicon of {int(names):>6} names: {ms:6.2f} ms per story (compiling its matcher once: "
              f"{r['compile_ms'][names]:.0f} ms)")
    print(f"the model pass on the same stories: {r['model_ms']:.2f} ms per story")


def _describe(folder: Path, size: tuple[int, int]) -> str:
    return f"{size[0]} documents, {size[1] / 1e6:.2f} M characters, lexicon {_lexicon_size(folder)} names"


def _lexicon_size(folder: Path) -> int:
    """Gazetteer names plus the acronyms and long forms the corpus defines."""
    from pipeline.entities import Lexicon
    lexicon = Lexicon.load()
    lexicon.learn(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return len(lexicon.names)


def _figures(r: dict, size: tuple[int, int]) -> str:
    n_docs, chars = size
    return (f"{r['seconds']:>9.1f}{n_docs / r['seconds']:>9.1f}{chars / r['seconds'] / 1e3:>9.0f}"
            f"{r['peak_mb']:>9.0f}")


def _run(what: str, folder: Path, workers: int, report: bool = True) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", what, "--corpus", str(folder),
                          "--workers", str(workers), *([] if report else ["--no-report"])],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def _measure(what: str, folder: Path, workers: int, report: bool) -> dict:
    if what == "refine":
        return _measure_refine(folder)
    started = time.perf_counter()
    steps: list[list] = []
    if what == "bare":
        from pipeline.nlp import BATCH_SIZE, load_ner_model
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        for _ in load_ner_model().pipe(texts, batch_size=BATCH_SIZE, n_process=workers):
            pass
    else:
        from pipeline.runner import build

        def step(message: str) -> None:  # the lines `run --verbose` prints: each starts a step
            steps.append([message, time.perf_counter()])

        with tempfile.TemporaryDirectory() as out:
            step("start: plan the shards, start the workers")
            build(folder, out, workers=workers, report=report, log=step,
                  engine="dask" if what == "dask" else "local")
    seconds = time.perf_counter() - started
    ends = [t for _, t in steps[1:]] + [started + seconds]
    peak_kb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {"seconds": seconds, "peak_mb": peak_kb / 1024,
            "steps": [[message, end - begin] for (message, begin), end in zip(steps, ends)]}


def _measure_refine(folder: Path) -> dict:
    """The model once over REFINE_DOCS documents' stories, then the entity rules alone,
    timed with a lexicon of each size (the gazetteer filled up with generated names)."""
    from pipeline.clean import clean
    from pipeline.entities import refine
    from pipeline.ner import model_pass, story_parts
    from pipeline.nlp import load_ner_model
    from pipeline.runner import read_inputs
    from pipeline.segment import segment

    files = sorted(p.name for p in folder.glob("*.txt"))[:REFINE_DOCS]
    stories, _ = segment(clean(read_inputs(folder, files)[0])[0])
    parts = story_parts(stories)
    load_ner_model()
    started = time.perf_counter()
    spans, _ = model_pass(parts)
    model_ms = (time.perf_counter() - started) * 1e3 / len(stories)
    by_part = {key: list(zip(g["start_char"], g["end_char"], g["label"])) for key, g in spans.groupby(["story_id", "part"])}
    units = [(u["text"], by_part.get((u["story_id"], u["part"]), [])) for u in parts.to_dict("records")]
    for text, model_spans in units:  # warm up: the rules' own patterns compile on first use
        refine(text, model_spans, _lexicon(0))
    result = {"documents": len(files), "stories": len(stories), "model_ms": model_ms, "ms_per_story": {}, "compile_ms": {}}
    for size in LEXICON_SIZES:
        lexicon = _lexicon(size)
        started = time.perf_counter()
        lexicon.matcher()
        result["compile_ms"][size] = (time.perf_counter() - started) * 1e3
        started = time.perf_counter()
        for text, model_spans in units:
            refine(text, model_spans, lexicon)
        result["ms_per_story"][size] = (time.perf_counter() - started) * 1e3 / len(stories)
    return result


def _lexicon(size: int):
    """The gazetteer, then generated person names and acronym-defined organisations (the
    acronym and its long form, as `Lexicon.learn` adds them) up to `size` names."""
    from pipeline.entities import Lexicon
    lexicon, rng = Lexicon.load(), random.Random(size)
    while len(lexicon.names) < size:
        first, second, surname = (rng.choice(corpus.FIRST_NAMES), rng.choice(corpus.FIRST_NAMES),
                                  rng.choice(corpus.SURNAMES))
        person = f"{first} {second} {surname.upper()}" if rng.random() < 0.5 else f"{first} {surname}"
        lexicon.names.setdefault(person, ("PER", person))
        acronym = "".join(rng.choice(corpus.CONSONANTS + corpus.VOWELS) for _ in range(rng.randint(3, 6)))
        long_form = f"{rng.choice(_ORG_HEADS)} {rng.choice(_ORG_TOPICS)} de {rng.choice(_TOWNS)}"
        lexicon.names.setdefault(acronym, ("ORG", long_form))
        lexicon.names.setdefault(long_form, ("ORG", long_form))
    return lexicon


_ORG_HEADS = ["Agence nationale", "Société", "Office", "Fonds", "Caisse", "Autorité", "Direction générale",
              "Programme", "Projet", "Centre", "Comité", "Institut"]
_ORG_TOPICS = ["des Télécommunications", "de l’Énergie", "de l’Hydraulique", "des Routes", "de la Santé",
               "du Numérique", "de l’Élevage", "des Mines", "de la Pêche", "de l’Emploi des jeunes",
               "des Marchés publics", "de la Microfinance", "des Ports", "du Coton", "de l’Eau potable"]
_TOWNS = ["Kayes", "Ségou", "Sikasso", "Mopti", "Tombouctou", "Gao", "Bobo-Dioulasso", "Koudougou",
          "Ouahigouya", "Banfora", "Zinder", "Maradi", "Tahoua", "Agadez", "Dosso", "Thiès", "Kaolack",
          "Ziguinchor", "Saint-Louis", "Tambacounda", "Bouaké", "Korhogo", "Daloa", "Man", "Sokodé",
          "Kara", "Atakpamé", "Parakou", "Abomey", "Natitingou", "Kankan", "Labé", "Nzérékoré"]


if __name__ == "__main__":
    main()

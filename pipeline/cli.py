"""Command line: `python -m pipeline run|evaluate …`. Exit status: 0 done, 1 internal
failure (the published tables untouched), 2 bad arguments or input, 3 done but inputs were
rejected and --strict was given."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from importlib import metadata
from pathlib import Path

from tqdm import tqdm

from .engines import ENGINES, EngineError, silent
from .runner import SHARD_SIZE, TIME_BUDGET, InputError, OutputError, build, write_report
from .storage import PUBLISHED

_DESCRIPTION = """\
Turn a folder of French news texts into Parquet tables: documents, stories, entities,
dates, money, events and rejects.

Every *.txt under --input is read (UTF-8 expected; other encodings are detected or the
file is rejected with a reason). An optional INPUT/metadata.csv with columns
file, publication_date, url, outlet (all but file optional) overrides what the pipeline
infers. Final tables go to OUTPUT/processed/<table>/part-*.parquet (one dataset per table,
read in one line by pandas, pyarrow, DuckDB or polars) with DATA_DICTIONARY.md,
report.md and a site to open in a browser (report/index.html); OUTPUT/processed is
switched to the new run in one step, so a reader never sees half a run. OUTPUT/cache/
keeps each shard's results: a second run re-does only the shards whose files changed.
"""

_EPILOG = """\
examples:
  python -m pipeline run --input seeds --output data
  python -m pipeline run --input archive --output out --workers 8
  python -m pipeline run --input /shared/archive --output /shared/out --engine dask --scheduler tcp://10.0.0.5:8786
  python -m pipeline evaluate --output data/reports --gate
  python -m pipeline report --output data

exit status: 0 done, 1 internal failure (published tables left as they were),
2 bad arguments or input, 3 done but some inputs were rejected (--strict only)
"""

logger = logging.getLogger("pipeline")
_REJECTS_SHOWN = 20


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return args.handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=_DESCRIPTION,
                                     epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {metadata.version('fr-news-pipeline')}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run_cmd = commands.add_parser("run", help="run the pipeline on a folder of texts",
                                  description=_DESCRIPTION, epilog=_EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    run_cmd.add_argument("--input", required=True, type=Path, metavar="DIR",
                         help="folder of *.txt files (searched recursively)")
    run_cmd.add_argument("--output", required=True, type=Path, metavar="DIR",
                         help="folder for processed/, runs/ and cache/ (created if missing)")
    run_cmd.add_argument("--workers", type=_positive, default=os.cpu_count() or 1, metavar="N",
                         help="worker processes (default: the number of cores, %(default)s here)")
    run_cmd.add_argument("--engine", choices=ENGINES, default="local",
                         help="local: a process pool on this machine (default); dask: a dask.distributed cluster")
    run_cmd.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: the scheduler (tcp://host:8786); default: a local cluster")
    run_cmd.add_argument("--shard-size", type=_positive, default=SHARD_SIZE, metavar="N",
                         help="about N files per shard, the unit of parallel work and of caching "
                              "(default %(default)s; changing it re-runs everything once)")
    run_cmd.add_argument("--time-budget", type=float, default=TIME_BUDGET, metavar="SECONDS",
                         help="seconds cleaning or segmenting one document, or one story's rules, may "
                              "take before they are stopped and listed in rejects (default %(default)g; "
                              "0: no limit)")
    run_cmd.add_argument("--no-report", dest="report", action="store_false",
                         help="publish the tables without the HTML report (a page per story: for an "
                              "archive, maybe not wanted); write it later with `python -m pipeline report`")
    run_cmd.add_argument("--strict", action="store_true",
                         help="exit with status 3 when any input was rejected")
    loudness = run_cmd.add_mutually_exclusive_group()
    loudness.add_argument("--quiet", action="store_true", help="no progress bar, only warnings and errors")
    loudness.add_argument("--verbose", action="store_true",
                          help="every step with the seconds since the start of the run, and debug messages")
    run_cmd.add_argument("--debug", action="store_true", help="show the traceback of an internal failure")
    run_cmd.set_defaults(handler=_cmd_run)

    report_cmd = commands.add_parser("report", help="(re)write the HTML report of the published tables",
                                     description="Write OUTPUT/processed/report/index.html, one page per "
                                                 "story and per entity, from the published tables (no model).")
    report_cmd.add_argument("--output", required=True, type=Path, metavar="DIR",
                            help="the folder a run wrote (it holds processed/)")
    report_cmd.set_defaults(handler=_cmd_report)

    from .evaluate import add_arguments, command
    eval_cmd = commands.add_parser("evaluate", help="score the pipeline against gold annotations")
    add_arguments(eval_cmd)
    eval_cmd.set_defaults(handler=command)
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _cmd_run(args: argparse.Namespace) -> int:
    _log_to_stderr(logging.WARNING if args.quiet else logging.DEBUG if args.verbose else logging.INFO,
                   "%(relativeCreated)7.0f ms  %(message)s" if args.verbose else "%(message)s")
    if args.scheduler and args.engine != "dask":
        logger.error("error: --scheduler needs --engine dask")
        return 2
    progress = silent if args.quiet else _bar
    started = time.perf_counter()
    try:
        summary = build(args.input, args.output, workers=args.workers, engine=args.engine,
                        scheduler=args.scheduler, shard_size=args.shard_size,
                        time_budget=args.time_budget, report=args.report, progress=progress)
    except (InputError, OutputError, EngineError) as err:
        logger.error(f"error: {err}")
        return 2
    except Exception as err:  # a failure must not look like success to a script
        if args.debug:
            traceback.print_exc()
        logger.error(f"error: internal failure, {args.output / 'processed'} left as it was: "
                     f"{type(err).__name__}: {err}" + ("" if args.debug else " (--debug shows the traceback)"))
        return 1
    counts = ", ".join(f"{n} {name}" for name, n in summary.counts.items())
    steps = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in summary.seconds.items())
    logger.info(f"done in {time.perf_counter() - started:.1f}s ({steps}): {counts}")
    logger.info(f"tables in {summary.folder}")
    _warn_rejects(summary.rejects)
    return 3 if args.strict and len(summary.rejects) else 0


def _cmd_report(args: argparse.Namespace) -> int:
    _log_to_stderr(logging.INFO)
    folder = args.output / PUBLISHED
    if not folder.is_dir():
        logger.error(f"error: no published tables in {folder}: run `python -m pipeline run` first")
        return 2
    write_report(folder.resolve(), _bar)
    logger.info(f"report in {folder / 'report' / 'index.html'}")
    return 0


def _bar(iterable, **options):
    """A progress bar per shard on stderr, gone once the step is done."""
    return tqdm(iterable, unit="shard", leave=False, **options)


def _log_to_stderr(level: int, form: str = "%(message)s") -> None:
    """Messages of the "pipeline" logger as lines on stderr (the current one: a caller may
    have replaced sys.stderr since the last run)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(form))
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


def _warn_rejects(rejects) -> None:
    for row in rejects.head(_REJECTS_SHOWN).itertuples():
        logger.warning(f"rejected {row.path} ({row.stage}): {row.reason}")
    if len(rejects) > _REJECTS_SHOWN:
        logger.warning(f"… and {len(rejects) - _REJECTS_SHOWN} more rejects: see the rejects table")

"""Command line: `python -m pipeline run|evaluate …`. Exit status: 0 done, 1 a stage
failed (earlier outputs untouched), 2 bad arguments or input, 3 done but inputs were
rejected and --strict was given."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tqdm import tqdm

from .runner import STAGES, InputError, run, silent

_DESCRIPTION = """\
Turn a folder of French news texts into Parquet tables: documents, stories, entities,
dates, money, events and rejects.

Every *.txt under --input is read (UTF-8 expected; other encodings are detected or the
file is rejected with a reason). An optional INPUT/metadata.csv with columns
file, publication_date, url, outlet (all but file optional) overrides what the pipeline
infers. Stage outputs go to OUTPUT/interim/NN_stage/, final tables to OUTPUT/processed/
with DATA_DICTIONARY.md and report.md.
"""

_EPILOG = """\
examples:
  python -m pipeline run --input seeds --output data
  python -m pipeline run --input my_texts --output out --stage ner
  python -m pipeline evaluate --output data/reports --gate

exit status: 0 done, 1 a stage failed (previous outputs left intact),
2 bad arguments or input, 3 done but some inputs were rejected (--strict only)
"""


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run_cmd = commands.add_parser("run", help="run the pipeline on a folder of texts",
                                  description=_DESCRIPTION, epilog=_EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    run_cmd.add_argument("--input", required=True, type=Path, metavar="DIR",
                         help="folder of *.txt files (searched recursively)")
    run_cmd.add_argument("--output", required=True, type=Path, metavar="DIR",
                         help="folder for interim/ and processed/ (created if missing)")
    run_cmd.add_argument("--stage", choices=STAGES, action="append",
                         help="run only this stage (repeatable); default: all, in order")
    run_cmd.add_argument("--strict", action="store_true",
                         help="exit with status 3 when any input was rejected")
    run_cmd.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    run_cmd.set_defaults(handler=_cmd_run)

    from .evaluate import add_arguments, command
    eval_cmd = commands.add_parser("evaluate", help="score the pipeline against gold annotations")
    add_arguments(eval_cmd)
    eval_cmd.set_defaults(handler=command)
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    progress = silent if args.quiet else (lambda it, **kw: tqdm(it, unit="story", leave=False, **kw))
    started = time.perf_counter()
    try:
        final = run(args.input, args.output, args.stage, progress=progress, log=log)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # a failed stage must not look like success to a script
        print(f"error: stage failed: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    exported = "export" in (args.stage or STAGES)  # otherwise the final tables are last run's
    if final and exported and not args.quiet:
        counts = ", ".join(f"{len(df)} {name}" for name, df in final.items())
        print(f"done in {time.perf_counter() - started:.1f}s: {counts}", file=sys.stderr)
        print(f"tables in {args.output / 'processed'}", file=sys.stderr)
    rejected = final.get("rejects")
    if rejected is not None and len(rejected) and not args.quiet:
        for row in rejected.itertuples():
            print(f"rejected {row.path} ({row.stage}): {row.reason}", file=sys.stderr)
    return 3 if args.strict and rejected is not None and len(rejected) else 0

"""Every example of the README and of `python -m pipeline COMMAND --help` runs as written.

Shell examples run in a temporary folder where `my_texts/`, `seeds/` and `archive/` hold one
invented text and `out/` and `data/` are one output folder (so later runs hit the cache); `make`
lines are checked with `make -n`. Python blocks run in this process with the repository as the
working directory, on `data/processed` (built by `make all`, else a run on the seeds), and an
expression followed by a comment holding a Python literal must give that literal.
"""

import ast
import contextlib
import io
import re
import shlex
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from pipeline.cli import _parser, main
from pipeline.runner import build

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# An invented dispatch of the corpus's genre: a person, an institution, a place, a date, an amount.
TEXT = """Hydraulique : un forage pour le village de Dialakoro

Siguiri, 18 juin 2026 – Le préfet de Siguiri, Mamadou Kanté, a remis lundi 15 juin 2026 aux
habitants de Dialakoro un forage de 90 mètres financé à hauteur de 310 millions de francs guinéens
par l'Agence nationale de l'eau potable (ANEP).
"""
INPUTS = ("my_texts", "seeds", "archive")  # the input folders the examples name
CLUSTER = "needs a Dask scheduler address and worker machines (tests/test_engines.py runs --engine dask locally)"
EVALUATE = ("scores the four gold sets with the raw spaCy baseline (about a minute); "
            "tests/test_accuracy_gate.py runs the same evaluation and gate")


def _fenced(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.S | re.M)


def _shell_lines(block: str) -> list[str]:
    """A shell block's commands: continuation lines joined, comment-only lines dropped."""
    joined = re.sub(r"\\\n\s*", " ", block)
    return [line for line in joined.splitlines() if shlex.split(line, comments=True)]


def _help_examples(command: str) -> list[str]:
    """The lines under 'examples:' in `python -m pipeline COMMAND --help`."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main([command, "--help"])
    examples = re.search(r"^examples:\n(.*?)(?:\n\n|\Z)", out.getvalue(), flags=re.S | re.M)
    return [] if examples is None else [line.strip() for line in examples.group(1).splitlines()]


HELP_EXAMPLES = {command: _help_examples(command) for command in ("run", "evaluate", "report")}
SHELL_EXAMPLES = [*(("README", line) for block in _fenced("bash") for line in _shell_lines(block)),
                  *((f"{cmd} --help", line) for cmd, lines in HELP_EXAMPLES.items() for line in lines)]
PYTHON_BLOCKS = _fenced("python")
# Examples the README gives inline, in the paragraph on reading the tables.
INLINE = {
    'pyarrow.parquet.read_table("data/processed/entities")': lambda t: t.num_rows,
    'pipeline.runner.read_final("data/processed")': lambda t: len(t["stories"]),
    "SELECT * FROM 'data/processed/events/*.parquet'": len,
    'polars.read_parquet("data/processed/events/*.parquet")': len,
}


def test_the_examples_are_found():
    assert len(PYTHON_BLOCKS) >= 2 and len(SHELL_EXAMPLES) >= 10
    assert HELP_EXAMPLES["run"], "python -m pipeline run --help shows examples"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A folder where the examples' input folders hold one invented text and 'data' is 'out',
    with the tables of a first run (the examples' runs then find every shard in the cache)."""
    folder = tmp_path_factory.mktemp("examples")
    for name in INPUTS:
        (folder / name).mkdir()
        (folder / name / "forage.txt").write_text(TEXT, encoding="utf-8")
    (folder / "data").symlink_to("out")
    build(folder / "my_texts", folder / "out", log=lambda msg: None)  # any example may come first
    return folder


@pytest.fixture(scope="module")
def processed(request) -> str:
    """The published tables the Python examples read: the repository's, else a run on the seeds."""
    if (ROOT / "data" / "processed" / "stories").is_dir():
        return "data/processed"
    return str(request.getfixturevalue("seeds_output") / "processed")


@pytest.mark.parametrize("line", [line for _, line in SHELL_EXAMPLES],
                         ids=[f"{origin}: {shlex.join(shlex.split(line, comments=True))}" for origin, line in SHELL_EXAMPLES])
def test_shell_example_runs(line, workspace):
    words = shlex.split(line, comments=True)
    if words[0] == "make":
        result = subprocess.run(["make", "-n", "-C", str(ROOT), *words[1:]], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return
    if words[0].endswith("python"):
        _parser().parse_args(words[words.index("pipeline") + 1:])  # accepted, even where not run here
        words[0] = sys.executable
    if "--scheduler" in words or words[0].endswith("dask"):
        pytest.skip(CLUSTER)
    if "evaluate" in words:
        pytest.skip(EVALUATE)
    if words[0] == "chromium" and shutil.which("chromium") is None:
        pytest.skip("no chromium (Debian: apt-get install chromium)")
    result = subprocess.run(words, cwd=workspace, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{line}\n{result.stderr[-2000:]}"
    _check_outputs(words, workspace)


def _check_outputs(words: list[str], workspace: Path) -> None:
    """What the example promises is there: tables after a run, the site after report, a picture."""
    if "run" in words:
        assert (workspace / words[words.index("--output") + 1] / "processed" / "stories").is_dir()
    if "report" in words:
        assert (workspace / words[words.index("--output") + 1] / "processed" / "report" / "index.html").is_file()
    for word in words:
        if word.startswith("--screenshot="):
            assert (workspace / word.split("=", 1)[1]).stat().st_size > 0


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"python-block-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_block_runs_and_gives_what_its_comments_say(block, processed, monkeypatch):
    monkeypatch.chdir(ROOT)
    source = block.replace("data/processed", processed)
    expected = _literal_comments(source)
    namespace: dict = {}
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Expr) and statement.end_lineno in expected:
            value = eval(compile(ast.Expression(statement.value), "<README>", "eval"), namespace)
            assert value == expected[statement.end_lineno], ast.unparse(statement)
        else:
            exec(compile(ast.Module([statement], []), "<README>", "exec"), namespace)


def _literal_comments(source: str) -> dict[int, object]:
    """Line number -> the Python literal its trailing comment holds (other comments are prose)."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            with contextlib.suppress(ValueError, SyntaxError):
                found[token.start[0]] = ast.literal_eval(token.string.lstrip("#").strip())
    return found


@pytest.mark.parametrize("example", list(INLINE))
def test_inline_example_reads_the_tables(example, processed, monkeypatch):
    assert f"`{example}`" in README, "the README still shows this example"
    monkeypatch.chdir(ROOT)
    import duckdb
    import polars
    import pyarrow.parquet

    import pipeline.runner
    code = example.replace("data/processed", processed)
    result = duckdb.sql(code).fetchall() if code.startswith("SELECT") else \
        eval(code, {"pyarrow": pyarrow, "pipeline": pipeline, "polars": polars})
    assert INLINE[example](result) > 0

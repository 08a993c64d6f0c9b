"""The command line as a user and a script meet it: help, exit status, rejects, safety."""

import os
import re
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import pipeline.runner
from pipeline.cli import main
from pipeline.runner import read_final, run

ARTICLE = """Bénin : la ministre Rachida Adéoti inaugure un centre de données à Cotonou

La ministre du Numérique, Rachida Adéoti, a inauguré, le jeudi 6 mars 2025, le centre de
données national de Cotonou, financé à hauteur de 18 milliards de FCFA par la BOAD.
"""


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


def test_help_explains_inputs_and_outputs(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "metadata.csv" in out and "processed" in out and "exit status" in out


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("python -m pipeline 0.")


def _one_line_error(capsys, argv: list[str], status: int, words: str) -> None:
    assert main(argv) == status
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error: ") and words in err[0], err


def test_missing_input_folder_is_a_usage_error(tmp_path, capsys):
    _one_line_error(capsys, ["run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o"), "--quiet"],
                    2, "input folder not found")


def test_an_output_path_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    (tmp_path / "out").write_text("not a folder")
    _one_line_error(capsys, ["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--quiet"],
                    2, "output path is a file")


def test_a_folder_without_texts_is_a_usage_error(tmp_path, capsys):
    folder = _folder(tmp_path, {"notes.md": b"# nothing to read"})
    _one_line_error(capsys, ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--quiet"],
                    2, "no *.txt file")


def test_an_empty_metadata_file_is_a_usage_error(tmp_path, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode(), "metadata.csv": b""})
    _one_line_error(capsys, ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--quiet"],
                    2, "metadata.csv is empty")


def test_a_scheduler_needs_the_dask_engine(tmp_path, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    _one_line_error(capsys, ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--quiet",
                             "--scheduler", "tcp://127.0.0.1:8786"], 2, "--engine dask")


def test_a_bad_worker_count_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--input", str(tmp_path), "--output", str(tmp_path / "o"), "--workers", "0"])
    assert exit_info.value.code == 2


def test_an_internal_failure_is_one_line_naming_the_files(tmp_path, monkeypatch, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})

    def broken(*args, **kwargs):
        raise RuntimeError("simulated crash")
    monkeypatch.setattr(pipeline.runner, "segment", broken)
    _one_line_error(capsys, ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--quiet",
                             "--workers", "1"], 1, "clean and segment failed on shard 0 (1 files: a.txt)")


def test_a_named_pipe_is_a_reject_not_a_hang(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    os.mkfifo(folder / "pipe.txt")
    tables = run(folder, tmp_path / "out", log=lambda m: None)
    assert list(tables["documents"]["path"]) == ["a.txt"]
    assert "not a regular file" in tables["rejects"].set_index("path").loc["pipe.txt", "reason"]


def test_bad_files_become_rejects_and_the_rest_goes_on(tmp_path):
    folder = _folder(tmp_path, {
        "good.txt": ARTICLE.encode("utf-8"),
        "latin1.txt": ARTICLE.replace("Bénin", "Sénégal").encode("cp1252"),
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "empty.txt": b"",
    })
    out = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet"]) == 0
    tables = read_final(out / "processed")
    assert sorted(tables["documents"]["path"]) == ["good.txt", "latin1.txt"]
    rejects = tables["rejects"].set_index("path")["reason"]
    assert "binary" in rejects["binary.txt"] and "empty" in rejects["empty.txt"]
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet", "--strict"]) == 3


def test_metadata_csv_overrides_the_publication_date(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    (folder / "metadata.csv").write_text("file,publication_date,url\na.txt,2025-03-07,https://example.org/a\n")
    tables = run(folder, tmp_path / "out", log=lambda m: None)
    doc = tables["documents"].iloc[0]
    assert doc["publication_date"] == date(2025, 3, 7)
    assert doc["publication_date_source"] == "metadata"
    assert doc["url"] == "https://example.org/a"


def test_a_failing_stage_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    out = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet"]) == 0
    before = read_final(out / "processed")

    def broken(*args, **kwargs):
        raise RuntimeError("simulated crash")
    monkeypatch.setattr(pipeline.runner, "extract", broken)
    (folder / "b.txt").write_bytes(ARTICLE.replace("Cotonou", "Parakou").encode())
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet", "--workers", "1"]) == 1
    after = read_final(out / "processed")
    for table in before:
        pd.testing.assert_frame_equal(before[table], after[table])


def test_a_rule_that_breaks_costs_only_its_own_findings(tmp_path, monkeypatch):
    import pipeline.extract
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Cotonou", "Parakou").encode()})
    real = pipeline.extract.find_money

    def fragile(text, cfa="XOF", **options):
        if "Parakou" in text:
            raise ValueError("simulated rule failure")
        return real(text, cfa, **options)
    monkeypatch.setattr(pipeline.extract, "find_money", fragile)
    tables = run(folder, tmp_path / "out", log=lambda m: None)
    assert set(tables["rejects"]["path"]) == {"b.txt"}
    assert tables["rejects"]["reason"].str.contains("money rules on the body failed .*simulated rule failure").any()
    b_doc = tables["documents"].loc[tables["documents"]["path"] == "b.txt", "doc_id"].iloc[0]
    assert b_doc not in set(tables["money"]["doc_id"])
    assert b_doc in set(tables["dates"]["doc_id"])  # the story keeps what the other rules found


def test_a_story_whose_rules_run_away_is_stopped_and_rejected_and_the_run_goes_on(tmp_path, monkeypatch):
    import pipeline.extract
    real = pipeline.extract.find_money

    def runaway(text, cfa="XOF", on_error=None):
        if "Parakou" in text:
            time.sleep(30)
        return real(text, cfa, on_error=on_error)
    monkeypatch.setattr(pipeline.extract, "find_money", runaway)
    folder = tmp_path / "in"
    folder.mkdir()
    story = "Le ministre a inauguré le 3 mars 2025 à {} un centre financé à hauteur de 2 milliards de FCFA."
    (folder / "a.txt").write_text(story.format("Cotonou"))
    (folder / "b.txt").write_text(story.format("Parakou"))
    started = time.perf_counter()
    tables = run(folder, tmp_path / "out", workers=1, time_budget=0.5, log=lambda m: None)
    assert time.perf_counter() - started < 25
    assert list(tables["rejects"]["path"]) == ["b.txt"]
    assert "time budget" in tables["rejects"]["reason"].iloc[0]
    assert len(tables["money"]) == 1 and len(tables["documents"]) == 2


def test_an_acronym_means_what_its_own_document_defines(tmp_path):
    """A document that defines an acronym keeps its meaning; one that is silent on it takes
    the corpus's; another document's definition never renames it (issue 12)."""
    folder = _folder(tmp_path, {
        "a.txt": ("L'Association nationale des agriculteurs (ANA) a ouvert une agence à Ségou le 3 mars 2025. "
                  "L'ANA compte 4 000 membres.").encode(),
        "b.txt": ("L'Agence nationale des artisans (ANA) a tenu son congrès à Zinder le 5 mars 2025. "
                  "L'ANA réclame un fonds de garantie.").encode(),
        "c.txt": "Le président de l'ANA a reçu des éleveurs à Ségou le 7 mars 2025.".encode(),
    })
    tables = run(folder, tmp_path / "out", workers=1, log=lambda m: None)
    docs = tables["documents"].set_index("path")["doc_id"]
    man = tables["entities"][tables["entities"]["text"] == "ANA"]
    canonical = {path: set(man.loc[man["doc_id"] == docs[path], "canonical"]) for path in ("a.txt", "b.txt")}
    assert canonical == {"a.txt": {"Association nationale des agriculteurs"}, "b.txt": {"Agence nationale des artisans"}}
    ids = {path: set(man.loc[man["doc_id"] == docs[path], "entity_id"]) for path in ("a.txt", "b.txt", "c.txt")}
    assert ids["a.txt"] != ids["b.txt"] and ids["c.txt"] in (ids["a.txt"], ids["b.txt"])


def test_no_report_publishes_the_tables_without_the_html_site(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode()})
    out = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet", "--no-report", "--workers", "1"]) == 0
    assert (out / "processed" / "entities").is_dir() and not (out / "processed" / "report").exists()
    assert main(["report", "--output", str(out)]) == 0
    assert (out / "processed" / "report" / "index.html").exists()


def test_the_closing_line_gives_every_step_its_time_and_every_table_its_rows(tmp_path, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": b""})
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--workers", "1"]) == 0
    done = next(line for line in capsys.readouterr().err.splitlines() if line.startswith("done in "))
    steps = re.search(r"\((.*)\):", done).group(1)
    assert [step.rsplit(" ", 1)[0] for step in steps.split(", ")] == ["plan", "clean+segment", "ner+extract",
                                                                       "publish"]
    assert all(re.fullmatch(r"\d+\.\ds", step.rsplit(" ", 1)[1]) for step in steps.split(", "))
    assert "1 documents" in done and "1 rejects" in done


def test_every_step_over_the_shards_shows_progress(tmp_path):
    """clean+segment, ner+extract, publish and the report each move a bar shard by shard."""
    seen = []

    def spy(items, total, desc):
        seen.append((desc, total))
        return items
    pipeline.runner.build("seeds", tmp_path, shard_size=2, progress=spy)
    shards = len(list((tmp_path / "processed" / "stories").glob("part-*.parquet")))
    assert [desc for desc, _ in seen] == ["clean+segment", "ner+extract", "publish", "report"]
    assert shards > 1 and all(total >= shards for _, total in seen)

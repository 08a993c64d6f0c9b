"""The command line as a user and a script meet it: help, exit status, rejects, safety."""

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


def test_missing_input_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o"), "--quiet"]) == 2
    assert "input folder not found" in capsys.readouterr().err


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
    assert main(["run", "--input", str(folder), "--output", str(out), "--quiet"]) == 1
    after = read_final(out / "processed")
    for table in before:
        pd.testing.assert_frame_equal(before[table], after[table])


def test_ner_reruns_only_changed_stories(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Cotonou", "Porto-Novo").encode()})
    bodies = []
    real = pipeline.runner.model_pass

    def spy(parts, progress):
        bodies.append(int((parts["part"] == "body").sum()))
        return real(parts, progress)
    monkeypatch.setattr(pipeline.runner, "model_pass", spy)
    run(folder, tmp_path / "out", log=lambda m: None)
    (folder / "b.txt").write_bytes(ARTICLE.replace("Cotonou", "Abomey").encode())
    run(folder, tmp_path / "out", log=lambda m: None)
    assert bodies == [2, 1]


def test_a_rule_that_breaks_costs_only_its_own_findings(tmp_path, monkeypatch):
    import pipeline.extract
    folder = _folder(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Cotonou", "Parakou").encode()})
    real = pipeline.extract.find_money

    def fragile(text, cfa="XOF"):
        if "Parakou" in text:
            raise ValueError("simulated rule failure")
        return real(text, cfa)
    monkeypatch.setattr(pipeline.extract, "find_money", fragile)
    tables = run(folder, tmp_path / "out", log=lambda m: None)
    assert set(tables["rejects"]["path"]) == {"b.txt"}
    assert tables["rejects"]["reason"].str.contains("money rules on the body failed .*simulated rule failure").any()
    b_doc = tables["documents"].loc[tables["documents"]["path"] == "b.txt", "doc_id"].iloc[0]
    assert b_doc not in set(tables["money"]["doc_id"])
    assert b_doc in set(tables["dates"]["doc_id"])  # the story keeps what the other rules found

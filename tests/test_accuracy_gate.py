"""The accuracy gate: figures on the gold sets must stay at or above tests/gold/thresholds.yaml."""

import pytest
import yaml

import pipeline.extract
from pipeline.evaluate import GOLD_SETS, THRESHOLDS, check_thresholds, evaluate


def test_every_figure_meets_its_threshold(figures):
    thresholds = yaml.safe_load(THRESHOLDS.read_text())
    assert check_thresholds(figures, thresholds) == []


def test_thresholds_cover_both_sets_and_every_table():
    thresholds = yaml.safe_load(THRESHOLDS.read_text())
    for set_name in ("seeds", "dev", "heldout"):
        metrics = set(thresholds[set_name])
        for needed in ("entities_f1", "dates_f1", "dates_value_accuracy", "money_f1",
                       "stories_exact_docs", "boilerplate_removed_recall", "events_r", "events_p"):
            assert needed in metrics, f"{set_name} lacks a threshold for {needed}"


def test_the_real_news_set_is_gated_on_every_figure_the_team_reports():
    gated = set(yaml.safe_load(THRESHOLDS.read_text())["real_news"])
    assert {"entities_f1", "dates_f1", "dates_value_acc", "money_f1", "events_f1",
            "stories_count_acc", "story_titles_found"} <= gated


@pytest.mark.parametrize("name", ["layout_heldout", "unseen_layouts", "fresh_layouts", "final_layouts"])
def test_the_sets_invented_to_the_real_layouts_are_gated_too(name):
    gated = set(yaml.safe_load(THRESHOLDS.read_text())[name])
    assert {"entities_f1", "dates_f1", "money_f1", "events_f1", "stories_count_acc"} <= gated


def test_real_news_figures_come_from_its_own_scorer(figures):
    real = figures[figures["set"] == "real_news"].set_index("metric")["value"]
    assert {"entities_PER_f1", "dates_p", "money_r", "events_participants_r"} <= set(real.index)
    assert all(0.0 <= v <= 1.0 for v in real)


def test_disabling_the_money_extractor_fails_the_gate(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline.extract, "find_money", lambda text, cfa="XOF": [])
    figures = evaluate({"seeds": GOLD_SETS["seeds"]}, work_dir=tmp_path, baseline=False)
    thresholds = {"seeds": yaml.safe_load(THRESHOLDS.read_text())["seeds"]}
    failures = check_thresholds(figures, thresholds)
    assert any("money_f1" in failure for failure in failures)

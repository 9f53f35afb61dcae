"""Regression floors for the extractor on the two gold sets of ../shared/eval (or GRAPHBUILD_EVAL):
the five seed articles and the 30 dev articles from 30 outlets. Floors only ever rise."""
import json
import subprocess
import sys

import pytest

from conftest import EVAL, SEEDS, run_cli

SETS = {
    # set: (docs, floors on ALL, per-relation F1 floor, attribute floors)
    "seeds": (SEEDS, {"f1": 0.93, "precision": 0.96}, 0.85,
              {"negated": 0.98, "date": 0.9, "attributed_to": 0.66, "place": 0.55}),
    "dev": (EVAL / "dev" / "docs", {"f1": 0.91, "precision": 0.95}, 0.85,
            {"negated": 0.98, "date": 0.95, "attributed_to": 0.9, "place": 0.97}),
}


@pytest.mark.skipif(not (EVAL / "score.py").is_file(),
                    reason=f"no scorer at {EVAL}: set GRAPHBUILD_EVAL to shared/eval")
@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_do_not_regress(tmp_path, name):
    docs, overall_floor, relation_floor, attribute_floor = SETS[name]
    out = tmp_path / "pred.jsonl"
    run_cli("extract", docs, "-o", out)
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "gold" / f"{name}.json"),
                           "--docs", str(docs), "--pred", str(out), "--json"],
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    overall = result["relations"]["ALL"]
    assert all(overall[k] >= v for k, v in overall_floor.items()), overall
    assert all(result["relations"][r]["f1"] >= relation_floor for r in ("MET", "NEGOTIATED", "STATED"))
    er = result["entity_resolution"]
    assert er["pairwise_precision"] >= 0.95 and er["pairwise_recall"] >= 0.90
    accuracy = {k: a["accuracy"] for k, a in result["attributes"].items()}
    assert all(accuracy[k] >= v for k, v in attribute_floor.items()), accuracy

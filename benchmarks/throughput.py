"""Throughput and memory of `graphbuild extract` and `graphbuild load`, through the real CLI.

The corpus is the seed articles copied `--copies` times under new names (so every copy is its
own article), which keeps the benchmark on real Arabic text without any other articles.
Each command runs in a fresh subprocess; its wall time and peak resident memory are measured,
and start-up (imports, lexicon) is measured apart on one article so that the per-article rate
is not hidden by it.

    .venv/bin/python benchmarks/throughput.py [--copies 40] [--json]

Targets (2 cores): extraction at least 200 kB of article text a second after start-up, loading
at least 2,000 triples a second, and peak memory under 1 GiB. The script exits 1 when a target
is missed.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FLOORS = {"extract_kb_per_s": 200.0, "load_triples_per_s": 2000.0}
CEILINGS = {"peak_mib": 1024.0}


def make_corpus(folder: Path, copies: int) -> int:
    """`copies` copies of every seed article (and its sidecar); returns the bytes of text."""
    size = 0
    for n in range(copies):
        for text in sorted(SEEDS.glob("*.txt")):
            stem = f"{text.stem}-{n:04d}"
            shutil.copyfile(text, folder / f"{stem}.txt")
            size += text.stat().st_size
            sidecar = text.with_name(text.stem + ".meta.json")
            if sidecar.exists():
                shutil.copyfile(sidecar, folder / f"{stem}.meta.json")
    return size


def timed(*args: str) -> tuple[float, float]:
    """Wall seconds, and the peak resident MiB of the largest child so far (getrusage keeps
    only the maximum over children, so the figure after the last run is the run's peak)."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"graphbuild {' '.join(args)} failed:\n{proc.stderr}")
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one, corpus = work / "one", work / "corpus"
        one.mkdir()
        corpus.mkdir()
        make_corpus(one, 1)
        size = make_corpus(corpus, options.copies)
        articles = len(list(corpus.glob("*.txt")))

        startup, _ = timed("extract", str(next(one.glob("*.txt"))), "-o", os.devnull)
        extract_s, _ = timed("extract", str(corpus), "-o", str(work / "triples.jsonl"))
        with open(work / "triples.jsonl", encoding="utf-8") as fh:
            triples = sum(1 for _ in fh)
        load_s, peak_mib = timed("load", str(corpus), "--store", str(work / "store"))

    figures = {
        "articles": articles, "text_kb": round(size / 1000, 1), "triples": triples,
        "startup_s": round(startup, 2), "extract_s": round(extract_s, 2), "load_s": round(load_s, 2),
        "extract_kb_per_s": round(size / 1000 / max(extract_s - startup, 1e-6), 1),
        "extract_articles_per_s": round(articles / max(extract_s - startup, 1e-6), 1),
        # load extracts again; what it adds over extract is the writing
        "load_triples_per_s": round(triples / max(load_s - extract_s, 1e-6), 1),
        "peak_mib": round(peak_mib),
    }
    missed = ([name for name, floor in FLOORS.items() if figures[name] < floor]
              + [name for name, ceiling in CEILINGS.items() if figures[name] > ceiling])
    return report(figures, missed, options.json)


if __name__ == "__main__":
    sys.exit(main())

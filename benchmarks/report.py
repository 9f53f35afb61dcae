"""How every benchmark prints its figures and the targets it missed."""
from __future__ import annotations

import json


def report(figures: dict, missed: list[str], as_json: bool) -> int:
    """Print the figures (as JSON or one per line); the exit code is 1 when a target is missed."""
    if as_json:
        print(json.dumps({**figures, "missed": missed}, indent=1))
    else:
        width = max(map(len, figures)) + 2
        for name, value in figures.items():
            print(f"{name:{width}} {value}")
        print("targets missed: " + (", ".join(missed) if missed else "none"))
    return 1 if missed else 0

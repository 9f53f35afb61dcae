"""The extractor: a spaCy pipeline (blank Arabic plus graphbuild's components) from article to triples.

spaCy imports thinc, and thinc imports torch whenever it is installed (camel-tools, a dev
dependency, brings it): some 2 s of every start. The blank pipeline runs no model, so spaCy is
imported here, before any module of the package, with torch hidden; torch stays importable after.
"""
import sys


def _import_spacy_without_torch() -> None:
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None          # `import torch` fails: thinc runs without it
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_import_spacy_without_torch()

"""graphbuild: Arabic news articles to a graph of who met, negotiated with, or made statements about whom.

From Python: `graphbuild.extract`, `load`, `query` and `graph` (and `graphbuild.api.export`; the
name `graphbuild.export` is the module of the file formats), imported on first use so that
`import graphbuild` stays light.
"""

__version__ = "0.1.0"
__all__ = ["extract", "load", "query", "graph", "Extraction"]


def __getattr__(name: str):
    if name in __all__:
        from graphbuild import api

        return getattr(api, name)
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")

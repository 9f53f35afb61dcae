"""Errors graphbuild raises.

    GraphbuildError
     +-- InputError      an article file that cannot be read (names the file and the reason)
     +-- LexiconError    a language data file that is malformed
     +-- StoreError      the graph store cannot be started, reached or written
     +-- QueryError      an unknown query name or a bad parameter
"""


class GraphbuildError(Exception):
    """Root of every error graphbuild raises on purpose."""


class InputError(GraphbuildError):
    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class LexiconError(GraphbuildError):
    pass


class StoreError(GraphbuildError):
    pass


class QueryError(GraphbuildError):
    pass

"""graphbuild: Arabic news articles to a graph of who met, negotiated with, or made statements about whom."""

__version__ = "0.1.0"

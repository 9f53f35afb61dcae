"""The extractor: a spaCy pipeline (blank Arabic plus graphbuild's components) from article to triples."""

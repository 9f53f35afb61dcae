// Actors whose name or aliases match a full-text term (FalkorDB's procedure).
CALL db.idx.fulltext.queryNodes('Actor', $term) YIELD node
RETURN node.id AS id

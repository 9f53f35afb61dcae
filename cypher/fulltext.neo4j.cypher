// Actors whose name or aliases match a full-text term (Neo4j's procedure).
CALL db.index.fulltext.queryNodes('actor_search', $term) YIELD node
RETURN node.id AS id

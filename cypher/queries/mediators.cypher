// Who stands between parties: actors named as the channel of talks ('عبر قطر', 'بوساطة مصر'),
// and actors in contact with two parties that never met each other directly.
// @param relation  MET or NEGOTIATED for the two contacts of an in-between actor; null for both  (default: null)
// @example graphbuild query mediators
// :params {relation: null}
MATCH (a:Actor)-[r:MET|NEGOTIATED]-(b:Actor)
WHERE r.negated = false AND size(r.via) > 0 AND a.name < b.name
UNWIND r.via AS mediator
RETURN mediator, a.name AS party_a, b.name AS party_b, 'named as channel' AS how,
       count(DISTINCT r.article_id) AS articles
UNION
// in contact with both sides, which have no direct meeting of their own: each actor's partners
// first (one row per partner however many reports), then the pairs of its partners
MATCH (m:Actor)-[r:MET|NEGOTIATED]-(a:Actor)
WHERE a <> m AND r.negated = false AND ($relation IS NULL OR type(r) = $relation)
WITH m, a, count(DISTINCT r.article_id) AS articles
WITH m, collect({actor: a, articles: articles}) AS partners
UNWIND partners AS one
UNWIND partners AS other
WITH m, one.actor AS a, other.actor AS b, one.articles AS articles
WHERE a.name < b.name
// matched again: FalkorDB evaluates a pattern predicate only on a node a MATCH bound
MATCH (a)
WHERE NOT (a)-[:MET]-(b)
RETURN m.name AS mediator, a.name AS party_a, b.name AS party_b, 'in contact with both' AS how,
       articles

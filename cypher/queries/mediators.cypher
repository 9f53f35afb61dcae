// Who stands between parties: actors named as the channel of talks ('عبر قطر', 'بوساطة مصر'),
// and actors in contact with two parties that never met each other directly. Read from the
// pairs' summaries, which the loader keeps.
// @param relation  MET or NEGOTIATED for the two contacts of an in-between actor; null for both  (default: null)
// @example graphbuild query mediators
// :params {relation: null}
// the channels each pair's undenied contacts name, over both relations
MATCH (a:Actor)-[s:SUMMARY {relation: 'BOTH'}]->(b:Actor)
WHERE size(s.via) > 0 AND a.name <> b.name
UNWIND range(0, size(s.via) - 1) AS i
RETURN s.via[i] AS mediator, CASE WHEN a.name < b.name THEN a.name ELSE b.name END AS party_a,
       CASE WHEN a.name < b.name THEN b.name ELSE a.name END AS party_b, 'named as channel' AS how,
       s.via_articles[i] AS articles
UNION
// in contact with both sides, which have no direct meeting of their own: each actor's partners
// first (one summary per partner: of the relation asked for, else of both), then the pairs of
// its partners
MATCH (m:Actor)-[s:SUMMARY]-(a:Actor)
WHERE a <> m AND s.triples > 0 AND s.relation = coalesce($relation, 'BOTH')
WITH m, collect({actor: a, articles: s.articles}) AS partners
UNWIND partners AS one
UNWIND partners AS other
WITH m, one.actor AS a, other.actor AS b, one.articles AS articles
WHERE a.name < b.name
// matched again: FalkorDB evaluates a pattern predicate only on a node a MATCH bound
MATCH (a)
WHERE NOT (a)-[:SUMMARY {relation: 'MET'}]-(b)
RETURN m.name AS mediator, a.name AS party_a, b.name AS party_b, 'in contact with both' AS how,
       articles

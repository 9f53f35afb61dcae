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
// in contact with both sides, which have no direct meeting of their own
MATCH (a:Actor)-[r1:MET|NEGOTIATED]-(m:Actor)-[r2:MET|NEGOTIATED]-(b:Actor)
WHERE a.name < b.name AND a <> m AND b <> m AND r1.negated = false AND r2.negated = false
  AND ($relation IS NULL OR (type(r1) = $relation AND type(r2) = $relation))
  AND NOT (a)-[:MET]-(b)
RETURN m.name AS mediator, a.name AS party_a, b.name AS party_b, 'in contact with both' AS how,
       count(DISTINCT r1.article_id) AS articles

// Reports that disagree about the same pair: a contact said to have happened and said not to
// have happened, or talks called direct by one and indirect by another, with both sides'
// evidence (up to three sentences each).
// @example graphbuild query contradictions
// every contact once (the alphabetically first name on the left), put on the side it takes in
// each of the two disagreements: one aggregation per pair, never a comparison of edge pairs
MATCH (x:Actor)-[r:MET|NEGOTIATED]-(y:Actor)
WHERE x.name < y.name
UNWIND [['happened / denied', CASE WHEN r.negated THEN 'other' ELSE 'one' END],
        ['direct / indirect', CASE r.directness WHEN 'direct' THEN 'one' WHEN 'indirect' THEN 'other' END]] AS side
WITH x, y, type(r) AS relation, side[0] AS conflict, side[1] AS which, r
WHERE which IS NOT NULL
// each side's sentences in article order
WITH x, y, relation, conflict, which, r
ORDER BY r.article_id, r.start
WITH x, y, relation, conflict,
     collect(DISTINCT CASE WHEN which = 'one' THEN r.sentence END) AS one_side,
     collect(DISTINCT CASE WHEN which = 'other' THEN r.sentence END) AS other_side,
     collect(DISTINCT CASE WHEN which = 'one' THEN r.article_id END) AS one_side_articles,
     collect(DISTINCT CASE WHEN which = 'other' THEN r.article_id END) AS other_side_articles
// a disagreement needs both sides
WHERE size(one_side) > 0 AND size(other_side) > 0
RETURN x.name AS actor_a, y.name AS actor_b, relation, conflict,
       one_side[..3] AS one_side, other_side[..3] AS other_side, one_side_articles, other_side_articles
ORDER BY actor_a, actor_b, relation, conflict

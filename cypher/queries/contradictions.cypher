// Reports that disagree about the same pair: a contact said to have happened and said not to
// have happened, or talks called direct by one and indirect by another, with both sides'
// evidence (up to three sentences each) and articles.
// @example graphbuild query contradictions
// :params {}
// first only counts, one row per pair and relation (the alphabetically first name on the left),
// so the sentences of pairs that agree are never read
MATCH (a:Actor)-[r:MET|NEGOTIATED]->(b:Actor)
WHERE a.name <> b.name
WITH CASE WHEN a.name < b.name THEN a ELSE b END AS x, CASE WHEN a.name < b.name THEN b ELSE a END AS y,
     type(r) AS relation,
     sum(CASE WHEN r.negated THEN 0 ELSE 1 END) AS happened, sum(CASE WHEN r.negated THEN 1 ELSE 0 END) AS denied,
     sum(CASE r.directness WHEN 'direct' THEN 1 ELSE 0 END) AS direct,
     sum(CASE r.directness WHEN 'indirect' THEN 1 ELSE 0 END) AS indirect
WHERE (happened > 0 AND denied > 0) OR (direct > 0 AND indirect > 0)
// then the reports of the pairs that disagree, each on the side it takes in each disagreement
MATCH (x)-[r:MET|NEGOTIATED]-(y)
WHERE type(r) = relation
UNWIND [CASE WHEN happened > 0 AND denied > 0
             THEN ['happened / denied', CASE WHEN r.negated THEN 'other' ELSE 'one' END] END,
        CASE WHEN direct > 0 AND indirect > 0
             THEN ['direct / indirect', CASE r.directness WHEN 'direct' THEN 'one' WHEN 'indirect' THEN 'other' END] END]
       AS side
WITH x, y, relation, side[0] AS conflict, side[1] AS which, r
WHERE which IS NOT NULL
// each side's sentences in article order
WITH x, y, relation, conflict, which, r
ORDER BY r.article_id, r.start
WITH x, y, relation, conflict,
     collect(DISTINCT CASE WHEN which = 'one' THEN r.sentence END) AS one_side,
     collect(DISTINCT CASE WHEN which = 'other' THEN r.sentence END) AS other_side,
     collect(DISTINCT CASE WHEN which = 'one' THEN r.article_id END) AS one_side_articles,
     collect(DISTINCT CASE WHEN which = 'other' THEN r.article_id END) AS other_side_articles
RETURN x.name AS actor_a, y.name AS actor_b, relation, conflict,
       one_side[..3] AS one_side, other_side[..3] AS other_side, one_side_articles, other_side_articles
ORDER BY actor_a, actor_b, relation, conflict

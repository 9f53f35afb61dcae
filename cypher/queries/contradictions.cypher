// Reports that disagree about the same pair: a contact said to have happened and said not to
// have happened, or talks called direct by one and indirect by another, with both sides'
// evidence (up to three sentences each).
// @example graphbuild query contradictions
// :params {}
MATCH (x:Actor)-[r1:MET|NEGOTIATED]-(y:Actor), (x)-[r2:MET|NEGOTIATED]-(y)
WHERE x.name < y.name AND type(r1) = type(r2)
  AND ((r1.negated = false AND r2.negated = true)
       OR (r1.directness = 'direct' AND r2.directness = 'indirect'))
WITH x, y, type(r1) AS relation,
     CASE WHEN r1.negated <> r2.negated THEN 'happened / denied' ELSE 'direct / indirect' END AS conflict,
     r1, r2
RETURN x.name AS actor_a, y.name AS actor_b, relation, conflict,
       collect(DISTINCT r1.sentence)[..3] AS one_side, collect(DISTINCT r2.sentence)[..3] AS other_side,
       collect(DISTINCT r1.article_id) AS one_side_articles, collect(DISTINCT r2.article_id) AS other_side_articles
ORDER BY actor_a, actor_b, relation, conflict

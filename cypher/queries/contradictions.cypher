// Reports that disagree about the same pair: a contact said to have happened and said not to
// have happened, or talks called direct by one and indirect by another, with both sides'
// evidence (up to three sentences each) and articles.
// @example graphbuild query contradictions
// :params {}
// first the pairs' summaries, which the loader keeps (one per pair and relation; the
// alphabetically first name on the left), so the sentences of pairs that agree are never read
MATCH (a:Actor)-[s:SUMMARY]->(b:Actor)
WHERE s.relation <> 'BOTH' AND a.name <> b.name
  AND ((s.triples > 0 AND s.denied > 0) OR (s.direct > 0 AND s.indirect > 0))
WITH CASE WHEN a.name < b.name THEN a ELSE b END AS x, CASE WHEN a.name < b.name THEN b ELSE a END AS y,
     s.relation AS relation, s.triples AS happened, s.denied AS denied, s.direct AS direct,
     s.indirect AS indirect
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

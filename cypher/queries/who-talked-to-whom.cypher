// Who met or negotiated with whom: one row per pair and relation, with how many triples and
// articles support it, the first and last date, and the places; the strongest first, `limit`
// rows. Denied contacts are left out. Dates are coalesce(date, reported): the text's event
// date, else the article's publication date.
// @param relation  MET or NEGOTIATED; null for both  (default: null)
// @param from      earliest date, YYYY-MM-DD; null for no limit  (default: null)
// @param to        latest date, YYYY-MM-DD; null for no limit  (default: null)
// @param limit     the most rows to return, a whole number  (default: 100)
// @example graphbuild query who-talked-to-whom --param relation=MET
// :params {relation: null, `from`: null, `to`: null, limit: 100}
// without a period: the pairs' summaries, which the loader keeps (one per pair and relation)
MATCH (a:Actor)-[s:SUMMARY]->(b:Actor)
WHERE $from IS NULL AND $to IS NULL AND s.triples > 0 AND s.relation <> 'BOTH'
  AND ($relation IS NULL OR s.relation = $relation)
// the alphabetically first name on the left
WITH CASE WHEN a.name <= b.name THEN a ELSE b END AS x,
     CASE WHEN a.name <= b.name THEN b ELSE a END AS y, s
RETURN x.name AS actor_a, y.name AS actor_b, s.relation AS relation, s.triples AS triples,
       s.articles AS articles, s.first_date AS first_date, s.last_date AS last_date, s.places AS places
ORDER BY triples DESC, actor_a, actor_b, relation
LIMIT $limit
UNION ALL
// within a period: the contacts of the period
MATCH (a:Actor)-[r:MET|NEGOTIATED]->(b:Actor)
WHERE ($from IS NOT NULL OR $to IS NOT NULL) AND r.negated = false
  AND ($relation IS NULL OR type(r) = $relation)
// a relationship's date: the text's own (day, month or year), else its article's; a month or
// year is in range when it overlaps [from, to]
WITH a, b, r, coalesce(r.date, r.reported) AS date
WHERE ($from IS NULL OR date >= left($from, size(coalesce(date, ''))))
  AND ($to IS NULL OR date <= left($to, size(coalesce(date, ''))))
WITH CASE WHEN a.name <= b.name THEN a ELSE b END AS x,
     CASE WHEN a.name <= b.name THEN b ELSE a END AS y,
     type(r) AS relation, r, date
RETURN x.name AS actor_a, y.name AS actor_b, relation,
       count(r) AS triples, count(DISTINCT r.article_id) AS articles,
       min(date) AS first_date, max(date) AS last_date,
       collect(DISTINCT r.place) AS places
ORDER BY triples DESC, actor_a, actor_b, relation
LIMIT $limit

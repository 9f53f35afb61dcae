// Everything one actor did (met, negotiated, stated), the most recent first, `limit` rows, with
// place and source. Anything without a date of its own takes its article's publication date
// (coalesce(date, reported)); what has neither comes last.
// @param actor  the actor: id, name or alias
// @param from   earliest date, YYYY-MM-DD; null for no limit  (default: null)
// @param to     latest date, YYYY-MM-DD; null for no limit  (default: null)
// @param limit  the most rows to return, a whole number  (default: 100)
// @example graphbuild query timeline --param actor="Esmaeil Baghaei"
// :params {actor: 'Esmaeil Baghaei', `from`: null, `to`: null, limit: 100}
MATCH (:Spelling {id: $actor})-[:SPELLS]->(x:Actor)
MATCH (x)-[r:MET|NEGOTIATED|STATED]-(other)
// a relationship's date: the text's own (day, month or year), else its article's; a month or
// year is in range when it overlaps [from, to]
WITH r, other, coalesce(r.date, r.reported) AS date
WHERE ($from IS NULL OR date >= left($from, size(coalesce(date, ''))))
  AND ($to IS NULL OR date <= left($to, size(coalesce(date, ''))))
// the rows kept first, their articles then: one lookup per row returned (`undated` is a
// variable of its own: FalkorDB misorders `date IS NULL` in the ORDER BY of a RETURN)
WITH r, other, date, date IS NULL AS undated
ORDER BY undated, date DESC, r.article_id, r.start
LIMIT $limit
OPTIONAL MATCH (d:Article {id: r.article_id})
RETURN date, r.date_precision AS date_precision, type(r) AS relation,
       CASE WHEN type(r) = 'STATED' THEN null ELSE other.name END AS with,
       CASE WHEN type(r) = 'STATED' THEN other.text ELSE null END AS statement,
       r.negated AS negated, r.place AS place, d.source AS source, r.article_id AS article,
       r.sentence AS sentence
ORDER BY undated, date DESC, article, r.start

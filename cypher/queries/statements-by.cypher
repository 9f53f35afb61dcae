// An actor's statements, the most recent first, `limit` rows: the quote or reported content,
// its date (the article's when the text gives none), place, and the article and outlet that
// report it.
// @param actor  the speaker: id, name or alias
// @param limit  the most rows to return, a whole number  (default: 100)
// @example graphbuild query statements-by --param actor="Karoline Leavitt"
// :params {actor: 'Karoline Leavitt', limit: 100}
MATCH (:Spelling {id: $actor})-[:SPELLS]->(x:Actor)
MATCH (x)-[r:STATED]->(s:Statement)
// the rows kept first, their articles then: one lookup per row returned (`undated` is a
// variable of its own: FalkorDB misorders `date IS NULL` in the ORDER BY of a RETURN)
WITH r, s, coalesce(r.date, r.reported) AS date
WITH r, s, date, date IS NULL AS undated
ORDER BY undated, date DESC, r.article_id, r.start
LIMIT $limit
OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Article)
RETURN s.text AS quote, date, r.date_precision AS date_precision, r.date_text AS date_text,
       r.place AS place, r.attributed_to AS attributed_to, d.id AS article, d.source AS outlet,
       d.title AS title
ORDER BY undated, date DESC, article, r.start

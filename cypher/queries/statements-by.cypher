// An actor's statements: the quote or reported content, its date (the article's when the text
// gives none), place, and the article and outlet that report it.
// @param actor  the speaker: id, name or alias
// @example graphbuild query statements-by --param actor="Karoline Leavitt"
// :params {actor: 'Karoline Leavitt'}
MATCH (:Spelling {id: $actor})-[:SPELLS]->(x:Actor)
MATCH (x)-[r:STATED]->(s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Article)
RETURN s.text AS quote, coalesce(r.date, r.reported) AS date, r.date_precision AS date_precision,
       r.date_text AS date_text,
       r.place AS place, r.attributed_to AS attributed_to, d.id AS article, d.source AS outlet,
       d.title AS title
ORDER BY date, article, r.start

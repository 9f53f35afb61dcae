// Everything one actor did (met, negotiated, stated), in date order, with place and source.
// A statement without a date of its own takes its article's publication date.
// @param actor  the actor: id, name or alias
// @param from   earliest date, YYYY-MM-DD; null for no limit  (default: null)
// @param to     latest date, YYYY-MM-DD; null for no limit  (default: null)
// @example graphbuild query timeline --param actor="Esmaeil Baghaei"
MATCH (:Spelling {id: $actor})-[:SPELLS]->(x:Actor)
MATCH (x)-[r:MET|NEGOTIATED|STATED]-(other)
OPTIONAL MATCH (d:Article {id: r.article_id})
WITH r, other, d, coalesce(r.date, d.published) AS date
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN date, type(r) AS relation,
       CASE WHEN type(r) = 'STATED' THEN null ELSE other.name END AS with,
       CASE WHEN type(r) = 'STATED' THEN other.text ELSE null END AS statement,
       r.negated AS negated, r.place AS place, d.source AS source, r.article_id AS article,
       r.sentence AS sentence
ORDER BY date, article, r.start

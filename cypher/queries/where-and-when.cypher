// The encounters and negotiations between two actors, the most recent first, `limit` rows,
// each with its date, place, directness, article and sentence. Actors are given by id or by
// name (canonical or any alias). `date` is the text's event date (`date_precision` day, month
// or year), else the article's (`reported`).
// @param a         the first actor: id, name or alias
// @param b         the second actor: id, name or alias
// @param relation  MET or NEGOTIATED; null for both  (default: null)
// @param from      earliest date, YYYY-MM-DD; null for no limit  (default: null)
// @param to        latest date, YYYY-MM-DD; null for no limit  (default: null)
// @param limit     the most rows to return, a whole number  (default: 100)
// @example graphbuild query where-and-when --param a=adam_boehler --param b=Hamas
// :params {a: 'adam_boehler', b: 'Hamas', relation: null, `from`: null, `to`: null, limit: 100}
// both actors through the spelling index, then only the contacts between them
MATCH (:Spelling {id: $a})-[:SPELLS]->(x:Actor)
MATCH (:Spelling {id: $b})-[:SPELLS]->(y:Actor)
MATCH (x)-[r:MET|NEGOTIATED]-(y)
WHERE ($relation IS NULL OR type(r) = $relation)
// a relationship's date: the text's own (day, month or year), else its article's; a month or
// year is in range when it overlaps [from, to]
WITH r, coalesce(r.date, r.reported) AS date
WHERE ($from IS NULL OR date >= left($from, size(coalesce(date, ''))))
  AND ($to IS NULL OR date <= left($to, size(coalesce(date, ''))))
// undated last (a variable of its own: FalkorDB misorders `date IS NULL` in the ORDER BY of a RETURN)
WITH r, date, date IS NULL AS undated
RETURN type(r) AS relation, startNode(r).name AS subject, endNode(r).name AS object,
       date, r.date_precision AS date_precision, r.reported AS reported, r.date_text AS date_text,
       r.place AS place, r.directness AS directness,
       r.negated AS negated, r.via AS via, r.attributed_to AS attributed_to,
       r.article_id AS article, r.sentence AS sentence
ORDER BY undated, date DESC, article, relation
LIMIT $limit

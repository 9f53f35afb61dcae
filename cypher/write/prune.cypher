// Before an article's triples are written again, drop its relationships that the new
// extraction no longer produces, so a reload replaces instead of piling up. The index on
// article_id finds them; __REL__ is replaced by MET, NEGOTIATED or STATED in turn (an index
// serves one relationship type). The ends of what went are returned: their summaries change.
UNWIND $rows AS row
MATCH (a)-[r:__REL__ {article_id: row.article_id}]->(b)
WHERE NOT r.id IN row.keep
WITH a.id AS a, b.id AS b, r
DELETE r
RETURN DISTINCT a, b

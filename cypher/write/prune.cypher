// Before an article's triples are written again, drop its relationships that the new
// extraction no longer produces, so a reload replaces instead of piling up. The index on
// article_id finds them; __REL__ is replaced by MET, NEGOTIATED or STATED in turn (an index
// serves one relationship type).
UNWIND $rows AS row
MATCH ()-[r:__REL__ {article_id: row.article_id}]->()
WHERE NOT r.id IN row.keep
DELETE r

// Before an article's triples are written again, drop its relationships that the new
// extraction no longer produces, so a reload replaces instead of piling up.
UNWIND $rows AS row
MATCH (d:Article {id: row.article_id})-[:MENTIONS]->(:Actor)-[r:MET|NEGOTIATED|STATED]->()
WHERE r.article_id = row.article_id AND NOT r.id IN row.keep
DELETE r

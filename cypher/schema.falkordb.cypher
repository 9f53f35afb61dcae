// Schema for the embedded FalkorDB store: range indexes on every MERGE key and on the
// article_id of triples (stale-edge removal), and a full-text index on actor names and aliases.
// FalkorDB declares constraints outside Cypher, so the stable ids that every write MERGEs on
// are what keep the graph free of duplicates.
CREATE INDEX FOR (a:Actor) ON (a.id);
CREATE INDEX FOR (p:Place) ON (p.id);
CREATE INDEX FOR (d:Article) ON (d.id);
CREATE INDEX FOR (s:Statement) ON (s.id);
CREATE INDEX FOR (s:Spelling) ON (s.id);
CREATE INDEX FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX FOR ()-[r:NEGOTIATED]-() ON (r.id);
CREATE INDEX FOR ()-[r:STATED]-() ON (r.id);
CREATE INDEX FOR ()-[r:MET]-() ON (r.article_id);
CREATE INDEX FOR ()-[r:NEGOTIATED]-() ON (r.article_id);
CREATE INDEX FOR ()-[r:STATED]-() ON (r.article_id);
CALL db.idx.fulltext.createNodeIndex('Actor', 'search');

// Schema for Neo4j 5: uniqueness constraints on every MERGE key (they bring their own
// indexes), relationship indexes on id and on article_id (stale-edge removal), and a full-text
// index on actor names and aliases.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (d:Article) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT spelling_id IF NOT EXISTS FOR (s:Spelling) REQUIRE s.id IS UNIQUE;
CREATE INDEX met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX negotiated_id IF NOT EXISTS FOR ()-[r:NEGOTIATED]-() ON (r.id);
CREATE INDEX stated_id IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.id);
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article_id);
CREATE INDEX negotiated_article IF NOT EXISTS FOR ()-[r:NEGOTIATED]-() ON (r.article_id);
CREATE INDEX stated_article IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.article_id);
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.search];

// Statements, the article that reports them, and the actors they name.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.cue = row.cue
WITH s, row
MATCH (d:Article {id: row.article_id})
MERGE (s)-[:REPORTED_IN]->(d)
WITH s, row
UNWIND row.about AS about_id
MATCH (a:Actor {id: about_id})
MERGE (s)-[:ABOUT]->(a)

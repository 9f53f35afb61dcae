// Which actors each article mentions in a triple.
UNWIND $rows AS row
MATCH (d:Article {id: row.article_id})
MATCH (a:Actor {id: row.actor_id})
MERGE (d)-[:MENTIONS]->(a)

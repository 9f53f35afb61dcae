// Relationships for an export, one row per extracted triple.
MATCH (a:Actor)-[r:MET|NEGOTIATED|STATED]->(b)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.date AS date, r.place AS place,
       r.article_id AS article, r.negated AS negated, r.directness AS directness

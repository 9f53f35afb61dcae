// Links between actors for the picture, one row per triple: contacts as extracted, and each
// statement as a STATED link from its speaker to every other actor it is about.
MATCH (a:Actor)-[r:MET|NEGOTIATED]->(b:Actor)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.negated AS negated
UNION ALL
MATCH (a:Actor)-[r:STATED]->(:Statement)-[:ABOUT]->(b:Actor)
WHERE a.id <> b.id
RETURN a.id AS source, b.id AS target, 'STATED' AS type, r.negated AS negated

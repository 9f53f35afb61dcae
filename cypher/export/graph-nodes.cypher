// Every actor and statement with its properties, and the actors each statement is about.
MATCH (a:Actor)
RETURN a.id AS id, 'Actor' AS kind, a.name AS name, a.name_ar AS name_ar, a.type AS type,
       a.aliases AS aliases, null AS text, null AS cue, [] AS about
UNION ALL
MATCH (s:Statement)
OPTIONAL MATCH (s)-[:ABOUT]->(x:Actor)
RETURN s.id AS id, 'Statement' AS kind, null AS name, null AS name_ar, 'STATEMENT' AS type,
       [] AS aliases, s.text AS text, s.cue AS cue, collect(x.id) AS about

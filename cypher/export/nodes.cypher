// Nodes for an export: actors and statements.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS label, a.type AS type, a.aliases AS aliases
UNION ALL
MATCH (s:Statement)
RETURN s.id AS id, s.text AS label, 'STATEMENT' AS type, [] AS aliases

// One STATED relationship per extracted speech act, keyed by the triple's stable id; found
// through the id index and updated, or created (as contacts.cypher does, for the same reason).
UNWIND $rows AS row
OPTIONAL MATCH ()-[old:STATED {id: row.id}]->()
FOREACH (stored IN CASE WHEN old IS NULL THEN [] ELSE [old] END | SET stored = row.props, stored.id = row.id)
WITH row, old
WHERE old IS NULL
MATCH (a:Actor {id: row.subject_id})
MATCH (s:Statement {id: row.statement_id})
CREATE (a)-[r:STATED {id: row.id}]->(s)
SET r += row.props

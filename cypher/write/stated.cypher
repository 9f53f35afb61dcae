// One STATED relationship per extracted speech act, keyed by the triple's stable id.
UNWIND $rows AS row
MATCH (a:Actor {id: row.subject_id})
MATCH (s:Statement {id: row.statement_id})
MERGE (a)-[r:STATED {id: row.id}]->(s)
SET r += row.props

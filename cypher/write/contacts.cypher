// One MET or NEGOTIATED relationship per extracted triple, keyed by the triple's stable id:
// two dated meetings of a pair stay two edges. __REL__ is replaced by MET or NEGOTIATED
// (relationship types cannot be parameters); every value is a parameter.
// A triple already stored is found through the id index and takes exactly its new properties
// (the rows carry no nulls, so a property the new extraction lacks goes), a new one is created
// between its actors: what MERGE on the id does, without scanning every parallel edge of a
// busy pair.
// Run twice, the second run finds every triple by its id and creates nothing.
UNWIND $rows AS row
OPTIONAL MATCH ()-[old:__REL__ {id: row.id}]->()
FOREACH (stored IN CASE WHEN old IS NULL THEN [] ELSE [old] END | SET stored = row.props, stored.id = row.id)
WITH row, old
WHERE old IS NULL
MATCH (a:Actor {id: row.subject_id})
MATCH (b:Actor {id: row.object_id})
CREATE (a)-[r:__REL__ {id: row.id}]->(b)
SET r += row.props

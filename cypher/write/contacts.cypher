// One MET or NEGOTIATED relationship per extracted triple, keyed by the triple's stable id:
// two dated meetings of a pair stay two edges. __REL__ is replaced by MET or NEGOTIATED
// (relationship types cannot be parameters); every value is a parameter.
UNWIND $rows AS row
MATCH (a:Actor {id: row.subject_id})
MATCH (b:Actor {id: row.object_id})
MERGE (a)-[r:__REL__ {id: row.id}]->(b)
SET r += row.props

// Every spelling an actor is found by, one node per spelling, keyed by the spelling itself:
// SPELLS for a whole spelling (id, name, alias; as written and in matching form), PART_OF for
// a word of one. __REL__ is replaced by SPELLS or PART_OF (types cannot be parameters).
UNWIND $rows AS row
MERGE (s:Spelling {id: row.key})
WITH s, row
MATCH (a:Actor {id: row.actor_id})
MERGE (s)-[:__REL__]->(a)

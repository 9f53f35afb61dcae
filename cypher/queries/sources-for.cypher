// What is a contact between two actors based on? Every article behind it, with its outlet,
// the sources it cites (attributed_to), how many triples it gives and one sentence.
// @param a         the first actor: id, name or alias
// @param b         the second actor: id, name or alias
// @param relation  MET or NEGOTIATED; null for both  (default: null)
// @example graphbuild query sources-for --param a="United States" --param b=Hamas
// :params {a: 'United States', b: 'Hamas', relation: null}
// both actors through the spelling index, then only the contacts between them
MATCH (:Spelling {id: $a})-[:SPELLS]->(x:Actor)
MATCH (:Spelling {id: $b})-[:SPELLS]->(y:Actor)
MATCH (x)-[r:MET|NEGOTIATED]-(y)
WHERE ($relation IS NULL OR type(r) = $relation)
OPTIONAL MATCH (d:Article {id: r.article_id})
RETURN type(r) AS relation, r.article_id AS article, d.source AS outlet, d.url AS url,
       d.published AS published, collect(DISTINCT r.attributed_to) AS cited,
       count(r) AS triples, sum(CASE WHEN r.negated THEN 1 ELSE 0 END) AS denials,
       collect(r.sentence)[0] AS evidence
ORDER BY published, article, relation

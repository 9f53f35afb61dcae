// What is a contact between two actors based on? The articles behind it, the most recent
// first, `limit` rows: each with its outlet, the sources it cites (attributed_to), how many
// triples it gives and one sentence.
// @param a         the first actor: id, name or alias
// @param b         the second actor: id, name or alias
// @param relation  MET or NEGOTIATED; null for both  (default: null)
// @param limit     the most rows to return, a whole number  (default: 100)
// @example graphbuild query sources-for --param a="United States" --param b=Hamas
// :params {a: 'United States', b: 'Hamas', relation: null, limit: 100}
// both actors through the spelling index, then only the contacts between them
MATCH (:Spelling {id: $a})-[:SPELLS]->(x:Actor)
MATCH (:Spelling {id: $b})-[:SPELLS]->(y:Actor)
MATCH (x)-[r:MET|NEGOTIATED]-(y)
WHERE ($relation IS NULL OR type(r) = $relation)
// one row per article and relation, ordered by the article's date each contact carries
// (`reported`), the articles looked up for the rows kept only (`undated` is a variable of its
// own: FalkorDB misorders `published IS NULL` in the ORDER BY of a RETURN)
WITH type(r) AS relation, r.article_id AS article, max(r.reported) AS published,
     collect(DISTINCT r.attributed_to) AS cited, count(r) AS triples,
     count(CASE WHEN r.negated THEN r END) AS denials, collect(r.sentence)[0] AS evidence
WITH relation, article, published, published IS NULL AS undated, cited, triples, denials, evidence
ORDER BY undated, published DESC, article, relation
LIMIT $limit
OPTIONAL MATCH (d:Article {id: article})
RETURN relation, article, d.source AS outlet, d.url AS url, d.published AS published, cited,
       triples, denials, evidence
ORDER BY undated, published DESC, article, relation

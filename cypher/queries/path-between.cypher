// How are two actors connected? The shortest chains of meetings and negotiations (up to three
// hops; denied contacts are not links), one row per chain of actors, with each hop's evidence.
// @param a  the first actor: id, name or alias
// @param b  the second actor: id, name or alias
// @example graphbuild query path-between --param a=Qatar --param b="Adam Boehler"
// :params {a: 'Qatar', b: 'Adam Boehler'}
// both ends through the spelling index
MATCH (:Spelling {id: $a})-[:SPELLS]->(x:Actor)
MATCH (:Spelling {id: $b})-[:SPELLS]->(y:Actor)
WHERE x <> y
// the actors one contact away from each end: a contact counts once however often reported
OPTIONAL MATCH (x)-[r1:MET|NEGOTIATED]-(n:Actor)
WHERE r1.negated = false AND n <> x
WITH x, y, collect(DISTINCT n) AS near_x
OPTIONAL MATCH (y)-[r2:MET|NEGOTIATED]-(m:Actor)
WHERE r2.negated = false AND m <> y
WITH x, y, near_x, collect(DISTINCT m) AS near_y
// one hop, else two (a common neighbour)
WITH x, y, near_x, near_y,
     CASE WHEN y IN near_x THEN [[x, y]]
          ELSE [n IN near_x WHERE n IN near_y AND n <> y | [x, n, y]] END AS short
// else three: a contact between a neighbour of each end
UNWIND CASE WHEN size(short) = 0 AND size(near_x) > 0 THEN near_x ELSE [null] END AS n
OPTIONAL MATCH (n)-[r3:MET|NEGOTIATED]-(m:Actor)
WHERE size(short) = 0 AND r3.negated = false AND m IN near_y AND m <> x AND n <> y AND m <> n
WITH x, y, short, collect(DISTINCT CASE WHEN m IS NULL THEN null ELSE [x, n, m, y] END) AS long
UNWIND CASE WHEN size(short) > 0 THEN short ELSE long END AS chain
// each hop's evidence: the first report of a contact between its two actors
UNWIND range(0, size(chain) - 2) AS hop
WITH chain, hop, chain[hop] AS u, chain[hop + 1] AS v
MATCH (u)-[r:MET|NEGOTIATED]-(v)
WHERE r.negated = false
WITH chain, hop, r ORDER BY r.article_id, r.start
WITH chain, hop, collect(r)[0] AS r
WITH chain, hop, {relation: type(r), from: startNode(r).name, to: endNode(r).name, date: r.date,
                  article: r.article_id, sentence: r.sentence} AS evidence
ORDER BY hop
WITH chain, collect(evidence) AS evidence
RETURN size(chain) - 1 AS hops, [n IN chain | n.name] AS chain, evidence
ORDER BY chain

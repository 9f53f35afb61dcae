// How are two actors connected? The shortest chains of meetings and negotiations (up to three
// hops; denied contacts are not links), one row per chain of actors, with each hop's evidence.
// @param a  the first actor: id, name or alias
// @param b  the second actor: id, name or alias
// @example graphbuild query path-between --param a=Qatar --param b="Adam Boehler"
// :params {a: 'Qatar', b: 'Adam Boehler'}
MATCH (x:Actor) WHERE x.id = $a OR x.name = $a OR $a IN x.aliases
MATCH (y:Actor) WHERE (y.id = $b OR y.name = $b OR $b IN y.aliases) AND x <> y
MATCH p = (x)-[:MET|NEGOTIATED*1..3]-(y)
WHERE all(r IN relationships(p) WHERE r.negated = false)
// parallel edges give many paths over the same actors: keep one per chain
WITH [n IN nodes(p) | n.name] AS chain, length(p) AS hops,
     [r IN relationships(p) | {relation: type(r), from: startNode(r).name, to: endNode(r).name,
                               date: r.date, article: r.article_id, sentence: r.sentence}] AS hop_evidence
WITH chain, hops, collect(hop_evidence)[0] AS evidence
// only the shortest chains
WITH collect({chain: chain, hops: hops, evidence: evidence}) AS found, min(hops) AS shortest
UNWIND found AS f
WITH f WHERE f.hops = shortest
RETURN f.hops AS hops, f.chain AS chain, f.evidence AS evidence
ORDER BY chain

// What the aggregating queries read instead of every contact: per pair of actors, one SUMMARY
// relationship (from the smaller id to the larger) per relation, MET and NEGOTIATED, and one
// with relation 'BOTH' over both. Each is rebuilt from the pair's contacts whenever a load
// writes or removes one of them, so it always holds what they hold; a pair left without
// contacts keeps no summary. Counted over the contacts that were not denied (negated = false):
// triples, articles, first_date and last_date (coalesce(date, reported)), places, and `via`
// with `via_articles` (the mediators named as channel, each with its articles); over all of
// them: denied, direct and indirect.
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
OPTIONAL MATCH (a)-[old:SUMMARY]->(b)
DELETE old
WITH DISTINCT a, b
OPTIONAL MATCH (a)-[r1:MET|NEGOTIATED]->(b)
WITH a, b, collect(r1) AS outgoing
OPTIONAL MATCH (b)-[r2:MET|NEGOTIATED]->(a)
WHERE a <> b
WITH a, b, outgoing, collect(r2) AS incoming
UNWIND outgoing + incoming AS r
UNWIND [type(r), 'BOTH'] AS relation
WITH a, b, relation, r, r.negated = false AS held, coalesce(r.date, r.reported) AS date
WITH a, b, relation,
     count(CASE WHEN held THEN r END) AS triples,
     count(DISTINCT CASE WHEN held THEN r.article_id END) AS articles,
     min(CASE WHEN held THEN date END) AS first_date, max(CASE WHEN held THEN date END) AS last_date,
     collect(DISTINCT CASE WHEN held THEN r.place END) AS places,
     count(CASE WHEN held THEN null ELSE r END) AS denied,
     count(CASE r.directness WHEN 'direct' THEN r END) AS direct,
     count(CASE r.directness WHEN 'indirect' THEN r END) AS indirect,
     collect(CASE WHEN held AND size(r.via) > 0 THEN r END) AS channelled
CREATE (a)-[s:SUMMARY]->(b)
SET s.relation = relation, s.triples = triples, s.articles = articles, s.first_date = first_date,
    s.last_date = last_date, s.places = places, s.denied = denied, s.direct = direct,
    s.indirect = indirect
// the mediators named as channel, each with how many articles name it
WITH s, channelled
UNWIND channelled AS r
UNWIND r.via AS mediator
WITH s, mediator, count(DISTINCT r.article_id) AS n
ORDER BY mediator
WITH s, collect(mediator) AS via, collect(n) AS via_articles
SET s.via = via, s.via_articles = via_articles

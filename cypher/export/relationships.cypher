// Every relationship, one row per extracted triple, with its evidence and its article, for
// graphbuild.graph() and the exports. Its date is coalesce(date, reported), the text's event
// date else the article's; a month or year is kept when it overlaps [from, to].
MATCH (a:Actor)-[r:MET|NEGOTIATED|STATED]->(b)
WITH a, r, b, coalesce(r.date, r.reported) AS date
WHERE ($from IS NULL OR date >= left($from, size(coalesce(date, ''))))
  AND ($to IS NULL OR date <= left($to, size(coalesce(date, ''))))
OPTIONAL MATCH (d:Article {id: r.article_id})
RETURN a.id AS source, b.id AS target, type(r) AS relation, date, properties(r) AS props,
       d.title AS article_title, d.source AS outlet, d.url AS url

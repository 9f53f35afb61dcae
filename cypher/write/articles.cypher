// One Article node per article, keyed by its doc_id.
UNWIND $rows AS row
MERGE (d:Article {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url, d.published = row.published

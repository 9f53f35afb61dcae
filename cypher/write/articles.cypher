// One Article node per article, keyed by its doc_id; `text_sha` and `file` tell a reload of
// the same article from a different text that happens to carry the same id.
UNWIND $rows AS row
MERGE (d:Article {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url, d.published = row.published,
    d.text_sha = row.text_sha, d.file = row.file

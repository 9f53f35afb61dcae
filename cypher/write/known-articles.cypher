// Read before writing: the articles of this load that the store already holds, with the
// fingerprint of their text and the file they came from, so that a different text arriving
// under an id already taken by another file is reported instead of merged into it.
UNWIND $ids AS id
MATCH (d:Article {id: id})
RETURN d.id AS id, d.text_sha AS text_sha, d.file AS file

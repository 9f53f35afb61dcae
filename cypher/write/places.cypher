// Places keyed by the same canonical ids as actors (Doha is a place and can be an actor).
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.name_ar = row.name_ar,
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END)

// Actors keyed by their canonical id; aliases only ever grow, so a second corpus adds
// spellings instead of replacing them. `search` feeds the full-text index; `keys` holds every
// spelling in graphbuild's matching form (no diacritics, one alef, ي for ى, ه for ة), which
// the `actor` query compares against. `name_ar` is the Arabic name `--names ar` shows.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.name_ar = row.name_ar, a.type = row.type,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.keys = reduce(acc = coalesce(a.keys, []), x IN row.keys |
                    CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH a, row
SET a.search = reduce(s = row.search, x IN a.aliases | s + ' | ' + x)

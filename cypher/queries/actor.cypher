// Find an actor by any spelling: its id, its name, an alias as written, or an alias in matching
// form (diacritics, tatweel, alef and hamza seats, ى/ي and ة/ه folded as graphbuild folds them),
// or a word of one; with its aliases, type and degree.
// @param name  a spelling, e.g. بويلر, أمريكا or 'Witkoff'
// @example graphbuild query actor --param name=بويلر
// :params {name: 'بويلر'}
WITH $name AS name,
     toLower(reduce(s = $name, pair IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
                                        ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'], ['ـ', ''], ['ً', ''],
                                        ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''],
                                        ['ْ', ''], ['ی', 'ي'], ['ک', 'ك'], ['گ', 'ك'], ['پ', 'ب'], ['چ', 'ج']]
                    | replace(s, pair[0], pair[1]))) AS key
// the spelling as given and in matching form, each looked up in the spelling index: a whole
// spelling (SPELLS) or a word of one (PART_OF)
UNWIND [name, key] AS spelling
MATCH (:Spelling {id: spelling})-[:SPELLS|PART_OF]->(a:Actor)
WITH DISTINCT a
OPTIONAL MATCH (a)-[r:MET|NEGOTIATED|STATED]-()
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, count(r) AS degree
ORDER BY degree DESC, name

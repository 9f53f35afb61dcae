// Find an actor by any spelling: its id, its name, an alias as written, or an alias in matching
// form (diacritics, tatweel, alef and hamza seats, ى/ي and ة/ه folded as graphbuild folds them),
// or a part of one; with its aliases, type and degree.
// @param name  a spelling, e.g. بويلر, أمريكا or 'Witkoff'
// @example graphbuild query actor --param name=بويلر
// :params {name: 'بويلر'}
WITH $name AS name,
     toLower(reduce(s = $name, pair IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
                                        ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'], ['ـ', ''], ['ً', ''],
                                        ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''],
                                        ['ْ', ''], ['ی', 'ي'], ['ک', 'ك'], ['گ', 'ك'], ['پ', 'ب'], ['چ', 'ج']]
                    | replace(s, pair[0], pair[1]))) AS key
MATCH (a:Actor)
WHERE a.id = name OR a.name = name OR name IN a.aliases OR key IN a.keys
   OR any(k IN a.keys WHERE k CONTAINS key) OR toLower(a.name) CONTAINS key
OPTIONAL MATCH (a)-[r:MET|NEGOTIATED|STATED]-()
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, count(r) AS degree
ORDER BY degree DESC, name

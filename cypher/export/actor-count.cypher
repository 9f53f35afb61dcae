// How many actors the graph holds: none means nothing has been loaded.
MATCH (a:Actor)
RETURN count(a) AS actors

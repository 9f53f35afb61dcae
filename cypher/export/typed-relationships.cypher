// Every relationship of one type with its ends' ids and all its properties, for the
// neo4j-admin CSV export. __TYPE__, __FROM__ and __TO__ are replaced from the closed set of the
// graph model (types and labels cannot be parameters).
MATCH (a:__FROM__)-[r:__TYPE__]->(b:__TO__)
RETURN a.id AS start, b.id AS end, properties(r) AS props

// Every node of one label with all its properties, for the neo4j-admin CSV export. __LABEL__
// is replaced by a label from the closed set of the graph model (labels cannot be parameters).
MATCH (n:__LABEL__)
RETURN properties(n) AS props

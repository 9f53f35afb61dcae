// Runs Neo4j's Cypher parser and semantic analysis (@neo4j-cypher/language-support, the
// front end of Neo4j's query compiler) over .cypher files and prints one JSON object:
// {file: [{severity, message, text}]} with an empty list for a clean file. Parameters are
// undefined here, so "parameter not defined" is not reported. Relationship types that the
// loader substitutes (__REL__) are checked as MET.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const report = {};
for (const file of process.argv.slice(2)) {
  const query = readFileSync(file, 'utf8').replaceAll('__REL__', 'MET');
  report[file] = lintCypherQuery(query, {}).diagnostics.filter(isNotParamError).map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    text: query.slice(d.offsets.start, d.offsets.end),
  }));
}
console.log(JSON.stringify(report));

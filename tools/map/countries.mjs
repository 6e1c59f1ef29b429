// Writes the country table of the exports (ACLED's iso column is ISO 3166-1 numeric) from
// world-countries (ODbL 1.0): cca2, cca3, ccn3, common English name. Deterministic.
//   node countries.mjs COUNTRIES_JSON OUT_TSV
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!output) { console.error('usage: node countries.mjs COUNTRIES_JSON OUT_TSV'); process.exit(2); }
const rows = JSON.parse(fs.readFileSync(input, 'utf8'))
  .filter(c => c.cca2 && c.ccn3)
  .map(c => [c.cca2, c.cca3, String(+c.ccn3), c.name.common.replace(/[\t\n]/g, ' ')].join('\t'))
  .sort();
fs.writeFileSync(output, '# Countries from world-countries (ODbL 1.0): alpha-2, alpha-3, numeric, name\n' + rows.join('\n') + '\n');
console.log(rows.length, 'countries');

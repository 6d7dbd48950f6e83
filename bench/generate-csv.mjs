#!/usr/bin/env node
// Deterministic synthetic CSV generator for the validate-data benchmark.
//
//   node bench/generate-csv.mjs --rows 3000000 --out bench/out/data.csv [--seed 1] [--shift 0] [--utf8]
//
// 12 columns, ~83 bytes/row (3M rows ≈ 250 MB, 12M rows ≈ 1 GB):
//   id           int, unique, 1..rows, never empty
//   age          int 18..90 (truncated normal), ~3% empty
//   income       float, lognormal, 2 decimals, ~2% empty
//   score        float, normal(0,1), 4 decimals, ~1% empty
//   ratio        float in [0,1] (beta-like), 4 decimals, never empty
//   count        int >= 0, Poisson(lambda=3), never empty
//   category     8 values, weighted, never empty
//   country      30 ISO-3166 alpha-2 codes, Zipf-ish, ~1% empty
//   flag         true/false, never empty
//   signup_date  YYYY-MM-DD in 2015-01-01..2024-12-31, ~0.5% empty
//   comment      free text; RFC 4180 quoting when it contains a comma, a quote
//                (escaped as "") or, about 1 row in 10,000, an embedded newline; ~10% empty
//   label        0/1/2 (depends on score), never empty
//
// --utf8 adds two text columns, and a third of the rows (one row in three, picked at random)
// carry UTF-8 text in all three text columns (accents, CJK, Cyrillic, emoji); ~100 bytes/row:
//   name         a first name (50, and 50 in UTF-8), never empty
//   city         40 cities, Zipf-ish, ~1% empty
//   comment      as above, its words from a multilingual list in the UTF-8 rows
// (bench/schema-utf8.yml is its schema).
//
// --shift S (default 0) skews every distribution by an amount proportional to S
// (S=1 is a clearly drifted file, S=0.1 a subtle one) and raises the empty rates:
//   age +4*S, log-income mean +0.25*S, score mean +0.5*S and std *(1+0.25*S),
//   ratio skewed upward, Poisson lambda +1*S, category/country weights tilted,
//   P(flag=true) 0.30 -> 0.30+0.15*S, dates slid later by S*365 days,
//   label thresholds moved, empty rates *(1+S).
// Values stay inside the schema's hard bounds (age 18..90, ratio 0..1, allowed
// categories, date range extended to 2026 only when S > 0), so a shifted file
// fails the statistical checks (mean/std/quantiles) rather than the hard ones.
//
// Output is byte-identical for the same --rows/--seed/--shift.

import fs from 'node:fs';
import path from 'node:path';

function parseArgs(argv) {
  const opts = { rows: 3_000_000, out: 'bench/out/data.csv', seed: 1, shift: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = eq >= 0 ? a.slice(0, eq) : a;
    const val = () => (eq >= 0 ? a.slice(eq + 1) : argv[++i]);
    switch (key) {
      case '--rows': opts.rows = Number(val()); break;
      case '--out': opts.out = val(); break;
      case '--seed': opts.seed = Number(val()); break;
      case '--shift': opts.shift = Number(val()); break;
      case '--utf8': opts.utf8 = true; break;
      case '-q': case '--quiet': opts.quiet = true; break;
      case '-h': case '--help':
        console.log('usage: node bench/generate-csv.mjs --rows N --out FILE [--seed 1] [--shift 0] [--utf8] [--quiet]');
        process.exit(0);
        break;
      default:
        console.error(`unknown argument: ${a}`);
        process.exit(2);
    }
  }
  if (!Number.isInteger(opts.rows) || opts.rows < 0) throw new Error('--rows must be a non-negative integer');
  if (!Number.isFinite(opts.seed)) throw new Error('--seed must be a number');
  if (!Number.isFinite(opts.shift)) throw new Error('--shift must be a number');
  return opts;
}

// ---------- PRNG: sfc32 (fast, good quality, 32-bit state words) ----------
function makeRng(seed) {
  // splitmix32 to expand the seed into 4 state words
  let s = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const sm = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = sm(), b = sm(), c = sm(), d = sm();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296; // [0,1)
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

const { rows, out, seed, shift, quiet, utf8 } = parseArgs(process.argv.slice(2));
const rand = makeRng(seed);

// Box-Muller with caching of the second variate.
let spare = NaN;
function gauss() {
  if (spare === spare) { const v = spare; spare = NaN; return v; }
  let u = rand();
  while (u <= 1e-12) u = rand();
  const r = Math.sqrt(-2 * Math.log(u));
  const t = 2 * Math.PI * rand();
  spare = r * Math.sin(t);
  return r * Math.cos(t);
}

// Cumulative-weight sampler -> index.
function makeSampler(weights) {
  const total = weights.reduce((x, y) => x + y, 0);
  const cum = new Float64Array(weights.length);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) { acc += weights[i] / total; cum[i] = acc; }
  cum[cum.length - 1] = 1;
  return () => {
    const u = rand();
    let i = 0;
    while (u >= cum[i]) i++;
    return i;
  };
}

// ---------- column definitions ----------
const S = shift;
const nullMul = 1 + Math.max(0, S);

const CATEGORIES = ['electronics', 'books', 'clothing', 'home', 'sports', 'toys', 'grocery', 'beauty'];
const catBase = [0.22, 0.18, 0.15, 0.13, 0.11, 0.09, 0.07, 0.05];
// tilt: shift mass toward the tail categories
const catW = catBase.map((w, i) => Math.max(1e-6, w * Math.exp(S * 0.35 * (i - 3.5) / 3.5)));
const sampleCat = makeSampler(catW);

const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IN', 'CN', 'JP', 'BR', 'CA', 'AU',
  'ES', 'IT', 'NL', 'SE', 'MX', 'KR', 'RU', 'PL', 'TR', 'AR',
  'ZA', 'NG', 'EG', 'ID', 'PH', 'VN', 'CH', 'BE', 'NO', 'IE'];
// Zipf(1.1); shift flattens it (s -> 1.1 - 0.5*S)
const zipfS = Math.max(0.2, 1.1 - 0.5 * S);
const sampleCountry = makeSampler(COUNTRIES.map((_, i) => 1 / Math.pow(i + 1, zipfS)));

const WORDS = ['great', 'product', 'fast', 'shipping', 'would', 'buy', 'again', 'not', 'worth', 'the',
  'price', 'quality', 'is', 'ok', 'love', 'it', 'broke', 'after', 'a', 'week', 'excellent', 'service',
  'poor', 'packaging', 'recommended', 'size', 'runs', 'small', 'color', 'as', 'expected', 'five', 'stars',
  'refund', 'please', 'works', 'fine', 'meh', 'good', 'value', 'late', 'delivery', 'nice', 'design',
  'cheap', 'material', 'my', 'kids', 'like', 'this'];

// date table: 2015-01-01 .. 2024-12-31 (+ up to ~2 extra years of room for positive shift)
const DATE0 = Date.UTC(2015, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2025, 0, 1) - DATE0) / 86400000); // 3653
const EXTRA_DAYS = Math.max(0, Math.ceil(S * 365));
const DATES = [];
for (let d = 0; d < SPAN_DAYS + EXTRA_DAYS; d++) DATES.push(new Date(DATE0 + d * 86400000).toISOString().slice(0, 10));
const dateOffset = Math.max(0, Math.round(S * 365));

const P_NULL_AGE = 0.03 * nullMul;
const P_NULL_INCOME = 0.02 * nullMul;
const P_NULL_SCORE = 0.01 * nullMul;
const P_NULL_COUNTRY = 0.01 * nullMul;
const P_NULL_DATE = 0.005 * nullMul;
const P_NULL_COMMENT = 0.10 * nullMul;
const P_FLAG = Math.min(0.95, Math.max(0.05, 0.30 + 0.15 * S));
const AGE_MU = 40 + 4 * S;
const INC_MU = Math.log(45000) + 0.25 * S; // median ~45k
const INC_SIGMA = 0.6;
const SCORE_MU = 0.5 * S;
const SCORE_SD = 1 + 0.25 * S;
const LAMBDA = 3 + S;
const EXP_NEG_LAMBDA = Math.exp(-LAMBDA);
const RATIO_POW = 1 / (1 + 0.5 * Math.max(0, S)); // u^p with p<1 pushes toward 1

// --utf8: the UTF-8 rows' words, first names and cities, and the others' (ASCII) ones
const UTF8_WORDS = ['très', 'bien', 'qualité', 'günstig', 'schön', 'größe', '很好', '快递', '质量', '😀', '👍', 'отлично',
  'доставка', 'すごい', 'ありがとう', 'rápido', 'calidad', 'buena', 'señal', 'ça', 'marche', 'naïve', 'çok', 'güzel', '좋아요'];
const FIRST = ['James', 'Mary', 'John', 'Linda', 'Robert', 'Susan', 'Michael', 'Karen', 'David', 'Lisa', 'William', 'Nancy',
  'Richard', 'Betty', 'Joseph', 'Sandra', 'Thomas', 'Ashley', 'Charles', 'Emily', 'Daniel', 'Donna', 'Matthew', 'Carol',
  'Anthony', 'Amanda', 'Mark', 'Melissa', 'Paul', 'Deborah', 'Steven', 'Laura', 'Andrew', 'Rebecca', 'Kenneth', 'Sharon',
  'Joshua', 'Cynthia', 'Kevin', 'Kathleen', 'Brian', 'Amy', 'George', 'Angela', 'Edward', 'Helen', 'Ronald', 'Anna', 'Tim', 'Ruth'];
const FIRST_UTF8 = ['José', 'Zoë', 'Łukasz', 'Søren', 'Ólafur', 'Jürgen', 'François', 'Ahmet', 'Nguyễn', 'Björk', 'Chloé',
  'Małgorzata', 'Dvořák', 'Héctor', 'Íñigo', 'Zdeněk', 'Åsa', 'Gökhan', 'Renée', 'Jiří', '伟', '芳', '娜', '敏', '静',
  'Анна', 'Иван', 'Ольга', 'Дмитрий', 'Светлана', '翔太', '陽菜', '민준', '서연', 'Αλέξανδρος', 'Σοφία', 'Émile', 'Noémie',
  'Sérgio', 'João', 'Mária', 'Ștefan', 'Øystein', 'Þóra', 'Àngel', 'Ñuño', 'Ľubica', 'Kübra', 'Zoé 😀', 'Ana 👍'];
const CITIES = ['London', 'Paris', 'New York', 'Berlin', 'Madrid', 'Rome', 'Toronto', 'Sydney', 'Chicago', 'Boston', 'Dublin',
  'Oslo', 'Vienna', 'Prague', 'Lisbon', 'Seattle', 'Denver', 'Austin', 'Dallas', 'Miami'];
const CITIES_UTF8 = ['São Paulo', 'Zürich', 'München', 'Kraków', '東京', '北京', 'Reykjavík', 'İstanbul', 'Hà Nội', 'Montréal',
  'Москва', '서울', 'Malmö', 'Göteborg', 'Córdoba', 'Bogotá', 'Łódź', 'Αθήνα', 'Ciudad de México', 'Genève'];
const sampleCityIndex = makeSampler(CITIES.map((_, i) => 1 / Math.pow(i + 1, zipfS)));
const P_NULL_CITY = 0.01 * nullMul;

function comment(words = WORDS) {
  if (rand() < P_NULL_COMMENT) return '';
  const n = 1 + ((rand() * 5) | 0); // 1..5 words
  let s = words[(rand() * words.length) | 0];
  for (let i = 1; i < n; i++) s += ' ' + words[(rand() * words.length) | 0];
  let needQuote = false;
  const r = rand();
  if (r < 0.20) { // comma-separated clause
    s += ', ' + words[(rand() * words.length) | 0];
    needQuote = true;
  } else if (r < 0.23) { // embedded quotes -> escaped as ""
    s += ' ""' + words[(rand() * words.length) | 0] + '""';
    needQuote = true;
  }
  if (rand() < 0.0001) { // rare embedded newline
    s += '\n' + words[(rand() * words.length) | 0];
    needQuote = true;
  }
  return needQuote ? '"' + s + '"' : s;
}

// ---------- write ----------
function writeAll(fd, b, len) {
  let off = 0;
  while (off < len) off += fs.writeSync(fd, b, off, len - off);
}

const t0 = process.hrtime.bigint();
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
const fd = fs.openSync(out, 'w');
// Rows are encoded straight into a reusable 8 MB Buffer (without --utf8 all output is
// ASCII, so latin1 encoding is exact); building one big JS string per chunk instead
// makes V8 spend most of its time in GC.
const encoding = utf8 ? 'utf8' : 'latin1';
const BUF_SIZE = 8 << 20;
const MAX_ROW = 4096; // far above the longest possible row
const buf = Buffer.allocUnsafe(BUF_SIZE);
let pos = buf.write(`id,age,income,score,ratio,count,category,country,flag,signup_date,comment,label${utf8 ? ',name,city' : ''}\n`, 0, 'latin1');

for (let id = 1; id <= rows; id++) {
  // age: truncated normal in [18, 90]
  let age = '';
  if (rand() >= P_NULL_AGE) {
    let a = Math.round(AGE_MU + 12 * gauss());
    if (a < 18) a = 18 + ((rand() * 5) | 0);
    else if (a > 90) a = 90 - ((rand() * 5) | 0);
    age = '' + a;
  }
  const income = rand() < P_NULL_INCOME ? '' : Math.exp(INC_MU + INC_SIGMA * gauss()).toFixed(2);
  let scoreV = NaN;
  let score = '';
  if (rand() >= P_NULL_SCORE) { scoreV = SCORE_MU + SCORE_SD * gauss(); score = scoreV.toFixed(4); }
  // ratio: mean of two uniforms (triangular on [0,1]) then skewed by shift
  const ratio = Math.pow((rand() + rand()) * 0.5, RATIO_POW).toFixed(4);
  // count: Poisson via Knuth
  let k = 0, p = rand();
  while (p > EXP_NEG_LAMBDA) { k++; p *= rand(); }
  const category = CATEGORIES[sampleCat()];
  const country = rand() < P_NULL_COUNTRY ? '' : COUNTRIES[sampleCountry()];
  const flag = rand() < P_FLAG ? 'true' : 'false';
  const date = rand() < P_NULL_DATE ? '' : DATES[dateOffset + ((rand() * SPAN_DAYS) | 0)];
  // drawn before the row's other values only with --utf8, so that the ASCII file stays as it was
  const wide = utf8 && rand() < 1 / 3;
  const cmt = comment(wide ? UTF8_WORDS : WORDS);
  // label: depends on score (+ noise) so that it is learnable
  const z = (scoreV === scoreV ? scoreV : 0) + 0.8 * gauss();
  const label = z < -0.5 ? '0' : z < 0.9 ? '1' : '2';

  let extra = '';
  if (utf8) {
    const first = (wide ? FIRST_UTF8 : FIRST)[(rand() * FIRST.length) | 0];
    const city = rand() < P_NULL_CITY ? '' : (wide ? CITIES_UTF8 : CITIES)[sampleCityIndex()];
    extra = ',' + first + ',' + city;
  }
  pos += buf.write(id + ',' + age + ',' + income + ',' + score + ',' + ratio + ',' + k + ',' + category + ',' +
    country + ',' + flag + ',' + date + ',' + cmt + ',' + label + extra + '\n', pos, encoding);

  if (pos > BUF_SIZE - MAX_ROW) { writeAll(fd, buf, pos); pos = 0; }
}
writeAll(fd, buf, pos);
fs.closeSync(fd);

const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const size = fs.statSync(out).size;
if (!quiet) {
  console.log(`wrote ${out}: ${rows} rows, ${size} bytes (${(size / 1e6).toFixed(1)} MB, ` +
    `${rows ? (size / rows).toFixed(1) : 0} B/row) in ${(ms / 1000).toFixed(2)} s ` +
    `(${(size / 1e6 / (ms / 1000)).toFixed(0)} MB/s) seed=${seed} shift=${shift}`);
}

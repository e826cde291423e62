// Seeded synthetic exporters, in the import format of src/domain/exporter-file/, for tests
// and benchmarks. Every row is marked synthetic (a `synthetic` column, a "Synthetic …" name and
// a "synthetic (seed N)" source), so a generated list can never pass for real data. It writes
// only where it is told to, never into src/data.
//
//   node scripts/synthetic.mjs --rows 100000 --seed 42 --out /tmp/x.csv
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The import format's columns, as COLUMN_KEYS and the English COLUMN_HEADERS name them. */
export const SYNTHETIC_COLUMNS = [
  'id',
  'name_en',
  'name_zh',
  'city',
  'sector',
  'markets',
  'value',
  'unit',
  'qualifier',
  'period',
  'note',
  'source',
  'synthetic',
];

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit integer. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Kinds of company: the English word and the Chinese name stem.
const KINDS = [
  ['Studio', '文化公司'],
  ['Media', '传媒'],
  ['Animation', '动画'],
  ['Games', '游戏'],
  ['Publishing', '出版社'],
  ['Arts', '艺术品公司'],
  ['Pictures', '影视'],
  ['Crafts', '工艺品公司'],
];

// The dataset's three cities under their English labels (they map onto the keys hangzhou,
// yiwu and jinhua), weighted up, and invented ones that cannot be mistaken for real places.
const CITIES = [
  ['Hangzhou', 4],
  ['Yiwu', 2],
  ['Jinhua', 2],
  ['Synthetic City North', 1],
  ['Synthetic City South', 1],
  ['Synthetic City East', 1],
];

// The dataset's sectors under their English labels, and a few more.
const SECTORS = [
  'Video games',
  'Animation',
  'Publishing',
  'Paintings and artworks',
  'Film and TV',
  'Music',
  'Performing arts',
  'Design services',
];

const MARKETS = [
  'North America',
  'Southeast Asia',
  'Europe',
  'The Americas',
  'Russia',
  'Australia',
  'United States',
  'Japan',
  'Middle East',
  'Africa',
];

function weighted(pairs) {
  const out = [];
  for (const [value, weight] of pairs) for (let i = 0; i < weight; i++) out.push(value);
  return out;
}

const CITY_POOL = weighted(CITIES);
const NEEDS_QUOTING = /[",\r\n\t]|^\s|\s$/;

function cell(text) {
  return NEEDS_QUOTING.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function nonNegativeInt(value, name) {
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`${name} must be a non-negative integer`);
  return value;
}

/**
 * `rows` synthetic exporters as CSV text (UTF-8 BOM, `# key: value` lines, English headers,
 * CRLF), the same text for the same seed. Names are numbered from 00000 in row order.
 */
export function generateExporters({ rows, seed }) {
  nonNegativeInt(rows, 'rows');
  nonNegativeInt(seed, 'seed');
  const random = mulberry32(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const source = `synthetic (seed ${seed})`;
  const width = Math.max(5, String(Math.max(0, rows - 1)).length);

  const lines = [
    '# Dataset: synthetic exporters - generated test data and not real companies',
    `# Generator: scripts/synthetic.mjs (seed ${seed})`,
    `# Rows: ${rows}`,
    SYNTHETIC_COLUMNS.join(','),
  ];
  for (let i = 0; i < rows; i++) {
    const number = String(i).padStart(width, '0');
    const [kindEn, kindZh] = pick(KINDS);
    // About one row in twenty states no city, as real lists sometimes do.
    const city = random() < 0.05 ? '' : pick(CITY_POOL);
    const sector = pick(SECTORS);
    const marketCount = 1 + int(3);
    const markets = new Set();
    while (markets.size < marketCount) markets.add(pick(MARKETS));
    // Log-uniform from 100 thousand to 5 billion yuan, in whole thousands.
    const value = Math.round(Math.exp(Math.log(1e5) + random() * Math.log(5e4)) / 1000) * 1000;
    const qualifier = random() < 0.2 ? 'atLeast' : 'exact';
    const from = 2015 + int(10);
    const period = random() < 0.25 && from < 2024 ? `${from}-${from + 1 + int(2024 - from)}` : String(from);
    lines.push(
      [
        `synthetic-${seed}-${number}`,
        `Synthetic ${kindEn} ${number}`,
        `合成${kindZh}${number}`,
        city,
        sector,
        [...markets].join('; '),
        String(value),
        'CNY',
        qualifier,
        period,
        // No note: a generated figure has nothing to qualify, and the seeds draw the same rows as before.
        '',
        source,
        'true',
      ]
        .map(cell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function parseArgs(argv) {
  const args = { rows: 1000, seed: 1, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--rows' || flag === '--seed') {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer, not ${value}`);
      args[flag.slice(2)] = n;
      i++;
    } else if (flag === '--out') {
      if (!value) throw new Error('--out needs a file path');
      args.out = value;
      i++;
    } else {
      throw new Error(`unknown argument ${flag} (use --rows N --seed N [--out FILE])`);
    }
  }
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { rows, seed, out } = parseArgs(process.argv.slice(2));
    const text = generateExporters({ rows, seed });
    if (out) {
      writeFileSync(out, text);
      console.log(`wrote ${rows} synthetic rows (seed ${seed}) to ${out}`);
    } else {
      process.stdout.write(text);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

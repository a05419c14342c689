/**
 * `npm run bench`: the engine's speed and size, measured in one run on this machine, each figure beside its target.
 * Prints a table and writes the same figures as JSON to test-results/bench.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import AhoCorasick from 'modern-ahocorasick';
import { generatePeople, generateStatements, largePageAround, largeText } from '../bench/generate';
import { bundleSizes } from '../bench/bundle-sizes';
import { measureBrowserSpeed, type PageFigures } from '../browser-harness/browser-speed';
import { fastestInTurn, mbPerSecond, median, round, settledHeap } from '../bench/measure';
import { parseDataset } from '../dataset/dataset';
import { SHARD_PATHS, shippedFiles } from '../dataset/shards';
import { engineLoader } from '../background/load-engine';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { createEngine, type Engine } from '../engine/create-engine';
import { extractArticle } from '../extract/extract-article';
import { extractPlainText } from '../extract/extract-plain-text';
import type { Article } from '../extract/article';
import { buildAliasMatcher } from '../mentions/alias-matcher';
import { buildTextIndex } from '../related/statement-store';
import { foldKey } from '../text/normalize';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
const results: Record<string, unknown> = {
  machine: { node: process.version, platform: process.platform, arch: process.arch },
  measuredAt: new Date().toISOString(),
};
const rows: [string, string, string, string][] = [];
const row = (name: string, value: string, target: string, ok: boolean | null) =>
  rows.push([name, value, target, ok === null ? '' : ok ? 'met' : 'MISSED']);
const log = (s: string) => process.stderr.write(`${s}\n`);
const doc = (html: string) =>
  new JSDOM(html, { url: 'https://news.example/a', virtualConsole: new VirtualConsole() }).window.document;

const dataset = parseDataset(assembleDataset(readDatasetFiles(DATA_DIR)));
const engine = createEngine(dataset);
const seeds = ['000', '001', '002', '003', '004'];
const seedTexts = seeds.map((s) => readFileSync(join(FIXTURES, `seeds/seed-${s}.txt`), 'utf8'));
const seedPages = seeds.map((s) => readFileSync(join(FIXTURES, `pages/seed-${s}.html`), 'utf8'));

const browserOnly = process.argv.includes('--browser-only');
// --browser-only skips the engine's figures (1-3) to measure the browser alone.
if (!browserOnly) {
  // 1. Matcher throughput: ours beside a regular-expression alternation and a floor, on the same 2 MB text. Measured
  // first, before jsdom has filled the heap: the same loop ran up to 40% slower after it (garbage-collector pressure).
  const genPeople = generatePeople(10_000);
  const bigText = largeText(seedTexts, genPeople.slice(0, 200).concat(dataset.people.slice(0, 50)), 2_000_000);
  log('matcher throughput…');
  /** The floor: one pass that only reads every character of the text. */
  const readEveryChar = () => {
    let sum = 0;
    for (let i = 0; i < bigText.length; i++) sum = (sum + bigText.charCodeAt(i)) | 0;
    return sum;
  };
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  function matcherFigures(label: string, people: typeof genPeople) {
    const t = performance.now();
    const matcher = buildAliasMatcher(people, label === 'real dataset' ? dataset.events : []);
    const buildMs = performance.now() - t;
    const [ms, floorMs] = fastestInTurn([() => matcher.match(bigText), readEveryChar], 21) as [number, number];
    // The naive baseline: one case-insensitive alternation of every alias over the whole text; its first run, which
    // compiles it, is not counted.
    const aliases = people.flatMap((p) => [p.name, ...p.aliases]);
    const regex = new RegExp(`\\b(?:${aliases.map(escape).join('|')})\\b`, 'gi');
    const [regexMs] = fastestInTurn(
      [
        () => {
          regex.lastIndex = 0;
          let n = 0;
          while (regex.exec(bigText)) n++;
          return n;
        },
      ],
      3,
    ) as [number];
    const f = {
      aliases: matcher.size,
      buildMs: round(buildMs),
      ms: round(ms),
      mbPerSecond: round(mbPerSecond(bigText.length, ms)),
      regexMs: round(regexMs),
      regexMbPerSecond: round(mbPerSecond(bigText.length, regexMs)),
      floorMs: round(floorMs),
      vsFloor: round(ms / floorMs),
      vsRegex: round(regexMs / ms),
    };
    row(
      `matcher, ${label}: ${f.aliases} aliases, ${f.mbPerSecond} MB/s (build ${f.buildMs} ms; floor ${round(mbPerSecond(bigText.length, floorMs))} MB/s)`,
      `${f.vsFloor}× the floor`,
      '≤ 5× the floor',
      f.vsFloor <= 5,
    );
    row(`matcher, ${label}: regex alternation ${f.regexMbPerSecond} MB/s`, `${f.vsRegex}× faster`, '(reported)', null);
    return f;
  }
  results.matcher = {
    textChars: bigText.length,
    real: matcherFigures('real dataset', dataset.people),
    generated: matcherFigures('10,000 people', genPeople),
  };
  // The library we tried first, on a 20 kB slice (it does not finish 2 MB in minutes): why the automaton is ours.
  const slice = bigText.slice(0, 20_000);
  const library = new AhoCorasick(genPeople.flatMap((p) => [p.name, ...p.aliases]).map(foldKey));
  const ours = buildAliasMatcher(genPeople, []);
  const oursSlice = median(() => ours.match(slice), 3);
  const libSlice = median(() => library.search(foldKey(slice), { strategy: 'leftmost-longest' }).length, 1);
  results.libraryComparison = {
    chars: slice.length,
    modernAhocorasickMs: round(libSlice),
    oursIncludingBuildMs: round(oursSlice),
  };
  row(`modern-ahocorasick on 20 kB (10,000 people)`, `${round(libSlice)} ms`, `ours: ${round(oursSlice)} ms`, null);

  // 2. Per-stage times on the seed pages (the page is already parsed, as in the browser) and on large pages.
  log('stages on seed pages…');
  function stageTimes(getArticle: () => Article, runs = 15) {
    const samples = {
      extract: [] as number[],
      mentions: [] as number[],
      quotes: [] as number[],
      cards: [] as number[],
      total: [] as number[],
    };
    for (let r = 0; r < runs + 1; r++) {
      const t0 = performance.now();
      const article = getArticle();
      const t1 = performance.now();
      const times: Record<string, number> = {};
      engine.analyzeArticle(article, { onStage: (s, ms) => (times[s] = ms) });
      if (r === 0) continue; // warm-up
      samples.extract.push(t1 - t0);
      for (const k of ['mentions', 'quotes', 'cards'] as const) samples[k].push(times[k]!);
      samples.total.push(performance.now() - t0);
    }
    const med = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!, 2);
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, med(v)]));
  }
  const perSeed: Record<string, Record<string, number>> = {};
  seeds.forEach((s, i) => {
    const parsed = doc(seedPages[i]!);
    perSeed[`seed-${s}`] = stageTimes(() => {
      const e = extractArticle(parsed);
      if (e.kind !== 'article') throw new Error(`seed ${s} is not an article`);
      return e.article;
    });
  });
  const seedMedian = round([...Object.values(perSeed).map((t) => t.total!)].sort((a, b) => a - b)[2]!, 2);
  results.stages = perSeed;
  for (const [name, t] of Object.entries(perSeed))
    row(
      `engine on ${name} (extract ${t.extract}, mentions ${t.mentions}, quotes ${t.quotes}, cards ${t.cards})`,
      `${t.total} ms`,
      '',
      null,
    );
  row('engine, median over the seed pages (Node)', `${seedMedian} ms`, '< 30 ms', seedMedian < 30);

  log('large pages…');
  const big = stageTimes(() => {
    const e = extractPlainText(bigText);
    if (e.kind !== 'article') throw new Error('not an article');
    return e.article;
  }, 3);
  results.largeArticle2MB = big;
  row(
    `2 MB article (extract ${big.extract}, mentions ${big.mentions}, quotes ${big.quotes}, cards ${big.cards})`,
    `${big.total} ms`,
    '',
    null,
  );
  const bigPageHtml = largePageAround(seedPages[3]!);
  const bigDoc = doc(bigPageHtml);
  const nodeCount = bigDoc.getElementsByTagName('*').length;
  const bigPage = stageTimes(() => {
    const e = extractArticle(bigDoc);
    if (e.kind !== 'article') throw new Error('not an article');
    return e.article;
  }, 3);
  results.page50kNodes = { nodes: nodeCount, ...bigPage };
  row(
    `page with ${nodeCount} DOM nodes (extract ${bigPage.extract}, rest ${round(bigPage.total! - bigPage.extract!)})`,
    `${bigPage.total} ms`,
    '',
    null,
  );

  // 3. Index build, load, memory and one article's answer for generated datasets.
  log('statement indexes…');
  const article3 = extractPlainText(seedTexts[3]!);
  if (article3.kind !== 'article') throw new Error('seed 003');
  results.index = {} as Record<string, unknown>;
  for (const count of [10_000, 100_000]) {
    const ids = dataset.people.map((p) => p.id);
    const statements = [
      ...dataset.statements,
      ...generateStatements(
        count,
        ids,
        dataset.topics.map((t) => t.id),
      ),
    ];
    const full = {
      ...dataset,
      statements,
      manifest: { ...dataset.manifest, counts: { ...dataset.manifest.counts, statements: statements.length } },
    };
    // Build: split into the core and shards as the extension ships them, with each person's text index.
    let t = performance.now();
    const files = new Map(shippedFiles(full, buildTextIndex).map((f) => [f.path, f.contents]));
    const buildMs = performance.now() - t;
    const assetBytes = [...files.values()].reduce((n, f) => n + f.length, 0);
    // Load: what the background does at start (read and validate the core, build the engine).
    t = performance.now();
    let loaded: Engine | null = (await engineLoader(async (path) => JSON.parse(files.get(path)!) as unknown)()).engine;
    const loadMs = performance.now() - t;
    // The first article reads the shards of the people it names; later ones find them at hand.
    const extraction = { kind: 'article' as const, article: article3.article };
    t = performance.now();
    await loaded.prepare(extraction);
    loaded.analyze(extraction);
    const firstMs = performance.now() - t;
    const answerMs = median(() => loaded!.analyze(extraction), 21);
    // Memory: the heap with the loaded engine (core and the shards read) less the heap once it is let go.
    const withEngine = await settledHeap();
    loaded = null;
    const memoryMB = (withEngine - (await settledHeap())) / 1e6;
    const f = {
      statements: statements.length,
      buildMs: round(buildMs),
      assetMB: round(assetBytes / 1e6),
      coreKB: round(files.get(SHARD_PATHS.core)!.length / 1024),
      shards: files.size - 1,
      loadMs: round(loadMs),
      firstAnswerMs: round(firstMs),
      memoryMB: round(memoryMB),
      answerMs: round(answerMs),
    };
    (results.index as Record<string, unknown>)[String(count)] = f;
    row(
      `${count.toLocaleString('en')} statements: build ${f.buildMs} ms, ${f.assetMB} MB in ${f.shards} shards + core ${f.coreKB} KiB, memory ${f.memoryMB} MB`,
      `load ${f.loadMs} ms`,
      count === 100_000 ? '≤ 300 ms' : '',
      count === 100_000 ? f.loadMs <= 300 : null,
    );
    row(
      `${count.toLocaleString('en')} statements: first article, reading its people's shards (seed 003)`,
      `${f.firstAnswerMs} ms`,
      '',
      null,
    );
    row(
      `${count.toLocaleString('en')} statements: answer one article (seed 003)`,
      `${f.answerMs} ms`,
      count === 100_000 ? '≤ 5 ms' : '',
      count === 100_000 ? f.answerMs <= 5 : null,
    );
  }

  // 3b. Linear time: one long line of news prose (no paragraph break), 1 to 10 MB. The engine reads the first 2 MB.
  log('scaling…');
  const sentence = 'Ryabkov said “we are ready” and Prime Minister Habib Essid agreed that talks continue, ';
  const scaling: Record<string, number> = {};
  for (const mb of [1, 2, 4, 10]) {
    const text = sentence.repeat(Math.ceil((mb * 1e6) / sentence.length)).slice(0, mb * 1e6);
    const [ms] = fastestInTurn([() => engine.analyze(extractPlainText(text))], 2) as [number];
    scaling[`${mb}MB`] = round(ms);
  }
  results.scalingSingleLine = scaling;
  const ratio = round(scaling['2MB']! / scaling['1MB']!, 2);
  row(
    `one line of ${Object.keys(scaling).join(', ')}: ${Object.values(scaling).join(', ')} ms (reads 2 MB at most)`,
    `2 MB / 1 MB = ${ratio}×`,
    '≤ 2.5×',
    ratio <= 2.5,
  );
}

// 4. Bundle sizes of the last build.
const bundles = bundleSizes(join(ROOT, '.output/chrome-mv3'));
results.bundles = bundles;
for (const b of bundles.filter((x) => /\.(js|json)$|^dataset\//.test(x.file))) {
  const isContent = b.file.startsWith('content-scripts/');
  row(
    `bundle ${b.file}`,
    `${round(b.raw / 1024, 1)} KiB raw, ${round(b.gzip / 1024, 1)} KiB gzip`,
    isContent ? '≤ 60 KiB gzip' : '',
    isContent ? b.gzip <= 60 * 1024 : null,
  );
}
if (bundles.length === 0) row('bundles', 'no build found', 'run npm run build first', false);

// 5. The real browser with the built extension (skipped with --no-browser).
if (!process.argv.includes('--no-browser')) {
  const b = await measureBrowserSpeed(join(FIXTURES, 'pages'), log);
  results.browser = b;
  const describe = (f: PageFigures) =>
    `extract ${f.extractMs}, analyse ${f.analyseMs}, anchor ${f.anchorMs}, paint ${f.paintMs}`;
  row(
    `browser: ${b.cold.page}, to highlights (${describe(b.cold)})`,
    `${b.cold.idleToPaintedMs} ms`,
    '≤ 150 ms',
    b.cold.idleToPaintedMs <= 150,
  );
  row(`browser: ${b.cold.page}, longest task`, `${b.cold.longestTaskMs} ms`, '≤ 50 ms', b.cold.longestTaskMs <= 50);
  for (const f of b.seeds) {
    row(
      `browser: ${f.page} to highlights (${describe(f)})`,
      `${f.idleToPaintedMs} ms`,
      '≤ 100 ms',
      f.idleToPaintedMs <= 100,
    );
    row(
      `browser: ${f.page} longest task / frame (${f.longestFrameMs} ms)`,
      `${f.longestTaskMs} ms`,
      '≤ 50 ms',
      f.longestTaskMs <= 50,
    );
  }
  if (b.worker)
    row(
      `browser: service worker start: its script ran ${b.worker.scriptMs} ms after the worker's time origin, then read the core ${b.worker.readCoreMs} ms, build the engine ${b.worker.buildEngineMs} ms`,
      `ready ${b.worker.readyAtMs} ms after start`,
      '',
      null,
    );
  const l = b.large;
  row(`browser: 50,000-node page to highlights (${describe(l)})`, `${l.idleToPaintedMs} ms`, '', null);
  row(
    `browser: 50,000-node page longest task / frame (${l.longestFrameMs} ms)`,
    `${l.longestTaskMs} ms`,
    '≤ 50 ms',
    l.longestTaskMs <= 50,
  );
  const panel = Math.min(...b.panelFilledMs);
  row(
    `browser: side panel filled after it opens (runs: ${b.panelFilledMs.join(', ')})`,
    `${panel} ms`,
    '≤ 100 ms',
    panel <= 100,
  );
}

// The table, then the JSON.
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(['figure', 'measured', 'target', 'status']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
results.table = rows.map(([figure, measured, target, status]) => ({ figure, measured, target, status }));
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures written to ${join(ROOT, 'test-results/bench.json')}`);

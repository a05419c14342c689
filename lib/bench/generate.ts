/** Synthetic data for the benchmark: many people and aliases, many statements, and very large pages. Seeded, so runs compare. */
import type { Person, Statement } from '../../data/schema';

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vor',
  'shi',
  'an',
  'dre',
  'lu',
  'pe',
  'sko',
  'nov',
  'ber',
  'gu',
  'zel',
  'tar',
  'io',
  'mar',
  'ste',
];

function word(rnd: () => number, min = 2, max = 4): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** `count` people with five aliases each (name, surname, two transliterations, an initial form). */
export function generatePeople(count: number, seed = 1): Person[] {
  const rnd = random(seed);
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const first = word(rnd, 2, 3);
    const last = `${word(rnd, 3, 4)}${i}`;
    people.push({
      id: `gen-${i}`,
      name: `${first} ${last}`,
      aliases: [last, `${first}y ${last}`, `${first} ${last}ov`, `${first[0]}. ${last}`],
      roles: [{ title: 'Minister', organisation: 'Generated', country: 'Generated', from: '2010', to: null }],
      description: 'A generated person for the benchmark.',
    });
  }
  return people;
}

const VOCABULARY =
  'talks dialogue sanctions summit treaty ceasefire security channels embassy negotiations progress minister said would could Moscow Washington Kyiv Europe peace plan meeting arms control strategic stability weapons support territory guarantees'.split(
    ' ',
  );

/** `count` statements spread over the given people and topics. */
export function generateStatements(count: number, personIds: string[], topicIds: string[], seed = 2): Statement[] {
  const rnd = random(seed);
  const out: Statement[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from(
      { length: 18 + Math.floor(rnd() * 20) },
      () => VOCABULARY[Math.floor(rnd() * VOCABULARY.length)],
    ).join(' ');
    const year = 2014 + Math.floor(rnd() * 12);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const topic = topicIds[Math.floor(rnd() * topicIds.length)]!;
    out.push({
      id: `gen-statement-${i}`,
      person: personIds[Math.floor(rnd() * personIds.length)]!,
      said: { date, precision: 'day', basis: 'dateline' },
      words: { text: words, lang: 'en', translation: false, indirect: false },
      summary: `Generated statement ${i} about ${topic}.`,
      topics: [topic],
      stances: [],
      events: [],
      source: { publisher: 'Generated', url: `https://example.org/${i}`, published: date, title: 'Generated' },
      alsoIn: [],
    });
  }
  return out;
}

/** A long article: the seed texts repeated, with names of `people` sprinkled in, to about `bytes` characters. */
export function largeText(seedTexts: string[], people: Person[], bytes: number, seed = 3): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const base = seedTexts[Math.floor(rnd() * seedTexts.length)]!;
    const p = people[Math.floor(rnd() * people.length)];
    const chunk = p ? `${base}\n\n${p.name} told reporters that ${p.aliases[0]} would attend.` : base;
    parts.push(chunk);
    size += chunk.length + 2;
  }
  return parts.join('\n\n');
}

/** A page with about `nodes` DOM elements around a seed article: deep navigation, lists and tables. */
export function largePage(articleHtml: string, nodes: number): string {
  const items: string[] = [];
  for (let i = 0; i < nodes / 4; i++) items.push(`<li><a href="/n/${i}"><span>Item ${i}</span></a></li>`);
  return `<!doctype html><html lang="en"><head><title>Big page</title></head><body><nav><ul>${items.join('')}</ul></nav><main><article><h1>Big page</h1>${articleHtml}</article></main></body></html>`;
}

/** A fixture page's article body inside a page of about `nodes` DOM nodes (the benchmark's and browser tests' page). */
export function largePageAround(fixtureHtml: string, nodes = 50_000): string {
  const body = fixtureHtml.match(/<div class="article-body">([\s\S]*?)<\/div>\n<div class="share">/)?.[1];
  if (!body) throw new Error('the fixture page has no article body');
  return largePage(body, nodes);
}

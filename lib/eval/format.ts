/** The readable report of `npm run eval`: one table per group of items, then (verbose) every wrong unit. */
import type { Figure, Figures } from './figures';
import type { EvalResult } from './run-eval';
import type { Stage, Unit } from './unit';

const STAGES: [Stage, string][] = [
  ['people.dataset', 'People in the dataset'],
  ['people.outside', 'Officials outside the dataset'],
  ['people.speakers', 'Every named speaker'],
  ['officials', 'Officials (wrong = false officials)'],
  ['notPeople', 'Not-people avoided (bylines, credits)'],
  ['events.dataset', 'Events in the dataset'],
  ['events.outside', 'Events outside the dataset'],
  ['quotes', 'Direct quotes'],
  ['speakers', 'Speakers (P; R = accuracy)'],
  ['speakers.name', '  cue: name'],
  ['speakers.pronoun', '  cue: pronoun'],
  ['speakers.descriptive', '  cue: descriptive'],
  ['speakers.continuation', '  cue: continuation'],
  ['indirect', 'Indirect statements'],
  ['indirect.speakers', '  their speakers (accuracy)'],
];

const GROUP_NAMES: Record<string, string> = {
  all: 'All items',
  'source:polnear-dev': 'PolNeAR dev',
  'source:polnear-train': 'PolNeAR train',
  'source:pages': 'Labelled pages',
};

const pct = (x: number | null) => (x === null ? '   -' : x.toFixed(2).padStart(4));

function row(label: string, f: Figure): string {
  const counts = `found ${f.found}/${f.found + f.missed}, right ${f.right}/${f.right + f.wrong}`;
  return `  ${label.padEnd(40)} ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}   ${counts}`;
}

/** One table for a group. */
export function formatGroup(name: string, figures: Figures[string] | undefined, items: number): string {
  const lines = [
    `${GROUP_NAMES[name] ?? name.replace('lang:', 'Language: ')} (${items} items)`,
    `  ${''.padEnd(40)}    P     R    F1`,
  ];
  for (const [stage, label] of STAGES) {
    const f = figures?.[stage];
    if (f) lines.push(row(label, f));
  }
  return lines.join('\n');
}

const wrongLine = (u: Unit) =>
  `  ${u.item} | ${u.stage} | ${u.side === 'label' ? 'missed' : 'wrong'} | expected: ${u.expected ?? '-'} | got: ${u.got ?? '-'}`;

/** The whole report; `verbose` adds every missed label and wrong report. */
export function formatEval(r: EvalResult, verbose: boolean): string {
  const count = (g: string) =>
    r.items.filter((i) => g === 'all' || g === `source:${i.source}` || g === `lang:${i.labels.language}`).length;
  const order = Object.keys(r.figures).sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  const parts = order.map((g) => formatGroup(g, r.figures[g], count(g)));
  if (r.notArticles.length)
    parts.push(['Not read as articles:', ...r.notArticles.map((n) => `  ${n.item}: ${n.reason}`)].join('\n'));
  if (verbose)
    parts.push(
      [
        'Wrong items (item | stage | missed/wrong | expected | got):',
        ...r.units.filter((u) => !u.right).map(wrongLine),
      ].join('\n'),
    );
  return `${parts.join('\n\n')}\n`;
}

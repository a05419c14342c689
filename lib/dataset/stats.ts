/** Coverage figures for the dataset: what `data:stats` prints and the "About the data" view shows. */
import type { Dataset } from './dataset';

export interface DatasetStats {
  version: string;
  updated: string;
  people: number;
  events: number;
  topics: number;
  statements: number;
  /** People with at least one statement. */
  speakers: number;
  /** (person, topic) series with 4 or more statements. */
  series4: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Statements flagged by readers and merged, not yet reviewed. */
  contributed: number;
  perPerson: Record<string, number>;
  perTopic: Record<string, number>;
  perYear: Record<string, number>;
  /** Series lengths as "person/topic" → count, longest first. */
  series: Record<string, number>;
  peopleWithoutStatements: number;
  /** How each statement's date said was established (dateline, source-text, event-date, published-date). */
  perDateBasis: Record<string, number>;
  /** Source titles that look like body text rather than a headline (cut off with "…" or opening with a dateline). */
  titlesLikeBodyText: number;
}

/**
 * Wire datelines at the start of a title: body text, not the headline. TASS's "MOSCOW, December 9. /TASS/.",
 * the "MOSCOW (Sputnik) —" / "WASHINGTON (AP) —" form, and MIA's "Zagreb, 4 March 2020 (MIA) –".
 */
const DATELINES = [
  /^[A-Z][A-Z .,'()-]+, [A-Z][a-z]+ \d{1,2}\. ?\//,
  /^[A-Z][A-Z .,'-]+ \([^()]{2,40}\) ?[–—-] /,
  /^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4} \([^()]{2,40}\) ?[–—-] /,
];
/** True when a source title reads as body text: cut off with an ellipsis or opening with a dateline. */
export const looksLikeBodyText = (title: string) =>
  title.trimEnd().endsWith('…') || DATELINES.some((d) => d.test(title));

const countBy = <T>(items: T[], key: (t: T) => string[]) => {
  const out: Record<string, number> = {};
  for (const item of items) for (const k of key(item)) out[k] = (out[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};

/** Computes the coverage of a dataset. */
export function datasetStats(d: Dataset): DatasetStats {
  const perPerson = countBy(d.statements, (s) => [s.person]);
  const series = countBy(d.statements, (s) => s.topics.map((t) => `${s.person}/${t}`));
  const years = d.statements.map((s) => Number(s.said.date.slice(0, 4)));
  return {
    version: d.manifest.version,
    updated: d.manifest.updated,
    people: d.people.length,
    events: d.events.length,
    topics: d.topics.length,
    statements: d.statements.length,
    speakers: Object.keys(perPerson).length,
    series4: Object.values(series).filter((n) => n >= 4).length,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
    contributed: d.statements.filter((s) => s.contributed && !s.contributed.reviewed).length,
    perPerson,
    perTopic: countBy(d.statements, (s) => s.topics),
    perYear: Object.fromEntries(Object.entries(countBy(d.statements, (s) => [s.said.date.slice(0, 4)])).sort()),
    series,
    peopleWithoutStatements: d.people.filter((p) => !perPerson[p.id]).length,
    perDateBasis: countBy(d.statements, (s) => [s.said.basis]),
    titlesLikeBodyText: d.statements.filter((s) => looksLikeBodyText(s.source.title)).length,
  };
}

/**
 * One candidate per speaker and words across all pages (the dataset's own duplicate rule: same person, same
 * normalised words): the earliest-dated page (then the first by address) is kept as the source and the other pages carrying the words become
 * its other sources (`alsoIn`), as the dataset records wire copies.
 */
import { normalizeWords } from '../dataset/normalize-words';
import type { Flag } from '../flags/annotation';
import { foldKey } from '../text/normalize';

/** The key two candidates share when they are the same statement. */
export const candidateKey = (f: Flag) => {
  const s = f.body.statement;
  return `${s.person ?? `new:${foldKey(s.personName)}`}|${normalizeWords(s.words.text)}`;
};

/** Merges duplicates; the result is ordered by speaker, then date. */
export function mergeCandidates(flags: Flag[]): Flag[] {
  const groups = new Map<string, Flag[]>();
  for (const f of flags) {
    const k = candidateKey(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: Flag[] = [];
  for (const group of groups.values()) {
    // Earliest first; on the same day, by address, so the source does not depend on which worker finished first.
    const sorted = [...group].sort(
      (a, b) =>
        a.body.statement.said.date.localeCompare(b.body.statement.said.date) ||
        a.body.statement.source.url.localeCompare(b.body.statement.source.url),
    );
    const first = sorted[0]!;
    const s = first.body.statement;
    const alsoIn = [...s.alsoIn];
    for (const other of sorted.slice(1)) {
      const o = other.body.statement.source;
      if (o.url !== s.source.url && !alsoIn.some((x) => x.url === o.url))
        alsoIn.push({ publisher: o.publisher, url: o.url });
    }
    out.push({ ...first, body: { ...first.body, statement: { ...s, alsoIn } } });
  }
  const name = (f: Flag) => f.body.statement.person ?? f.body.statement.personName;
  return out.sort(
    (a, b) => name(a).localeCompare(name(b)) || a.body.statement.said.date.localeCompare(b.body.statement.said.date),
  );
}

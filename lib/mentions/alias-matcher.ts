/** One Aho–Corasick automaton over every folded alias of the dataset's people and events: linear in the text. */
import AhoCorasick from 'modern-ahocorasick';
import type { Event, Person } from '../../data/schema';
import { foldKey, foldText, isWordChar } from '../text/normalize';

export interface AliasTarget {
  kind: 'person' | 'event';
  id: string;
  /** A one-word alias (a surname): linked only when context allows. */
  short: boolean;
  /** An event's place name ("Anchorage"): linked only when a participant is named too. */
  place: boolean;
}

export interface AliasHit {
  start: number;
  end: number;
  targets: AliasTarget[];
}

export interface AliasMatcher {
  /** Whole-word, leftmost-longest, non-overlapping alias hits with offsets into the original text. */
  match(text: string): AliasHit[];
  /** How many distinct folded aliases the automaton holds. */
  size: number;
}

/** Builds the automaton once per dataset. */
export function buildAliasMatcher(people: Person[], events: Event[]): AliasMatcher {
  const byKey = new Map<string, AliasTarget[]>();
  const add = (alias: string, target: AliasTarget) => {
    const key = foldKey(alias);
    if (key.length < 2) return;
    const list = byKey.get(key) ?? [];
    if (!list.some((t) => t.kind === target.kind && t.id === target.id)) list.push(target);
    byKey.set(key, list);
  };
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases]) {
      add(alias, { kind: 'person', id: p.id, short: !foldKey(alias).includes(' '), place: false });
    }
  }
  for (const e of events) {
    for (const alias of [e.name, ...e.aliases]) add(alias, { kind: 'event', id: e.id, short: false, place: false });
    for (const alias of e.placeAliases ?? []) add(alias, { kind: 'event', id: e.id, short: false, place: true });
  }
  const keys = [...byKey.keys()];
  const automaton = new AhoCorasick(keys.map((pattern) => ({ pattern, data: byKey.get(pattern)! })));

  return {
    size: keys.length,
    match(text: string): AliasHit[] {
      const folded = foldText(text);
      const f = folded.text;
      const candidates = automaton
        .search(f)
        .filter((m) => !isWordChar(f, m.start - 1) && !isWordChar(f, m.end))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const hits: AliasHit[] = [];
      let lastEnd = -1;
      for (const m of candidates) {
        if (m.start < lastEnd) continue;
        lastEnd = m.end;
        // Map folded offsets back to the original text; `end` is just after the last original character.
        const start = folded.map[m.start]!;
        const lastOriginal = folded.map[m.end - 1]!;
        const end = lastOriginal + (text.codePointAt(lastOriginal)! > 0xffff ? 2 : 1);
        hits.push({ start, end, targets: m.data as AliasTarget[] });
      }
      return hits;
    },
  };
}

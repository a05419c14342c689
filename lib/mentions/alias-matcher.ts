/**
 * One automaton over every folded alias of the dataset's people and events, run in a single pass that folds the
 * text as it reads it (case, diacritics, soft hyphens, odd spaces): linear in the text's length.
 */
import type { Event, Person } from '../../data/schema';
import { foldChar, foldKey } from '../text/normalize';
import { buildAutomaton } from './aho-corasick';

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

/** Patterns longer than this are not matched (no alias is anywhere near it). */
const MAX_ALIAS = 200;
const RING = 256;
const WORD = /[\p{L}\p{N}]/u;

// Folding a non-ASCII code unit is slow (Unicode normalisation): remember each one's result the first time.
const UNKNOWN = -2;
const MANY = -3;
const foldCache = new Int32Array(65536).fill(UNKNOWN);
const foldMany = new Map<number, string>();

/** The folded form of a non-ASCII BMP code unit: a code unit, -1 for nothing, or MANY (see foldMany). */
function foldUnit(c: number): number {
  let f = foldCache[c]!;
  if (f === UNKNOWN) {
    const s = foldChar(String.fromCharCode(c));
    f = s.length === 0 ? -1 : s.length === 1 ? s.charCodeAt(0) : MANY;
    if (f === MANY) foldMany.set(c, s);
    foldCache[c] = f;
  }
  return f;
}

/** True for a letter or digit code unit (ASCII fast path). */
function isWord(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(String.fromCharCode(c));
}

/** Builds the automaton once per dataset. */
export function buildAliasMatcher(people: Person[], events: Event[]): AliasMatcher {
  const byKey = new Map<string, AliasTarget[]>();
  const add = (alias: string, target: AliasTarget) => {
    const key = foldKey(alias);
    if (key.length < 2 || key.length > MAX_ALIAS) return;
    const list = byKey.get(key) ?? [];
    if (!list.some((t) => t.kind === target.kind && t.id === target.id)) list.push(target);
    byKey.set(key, list);
  };
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases])
      add(alias, { kind: 'person', id: p.id, short: !foldKey(alias).includes(' '), place: false });
  }
  for (const e of events) {
    for (const alias of [e.name, ...e.aliases]) add(alias, { kind: 'event', id: e.id, short: false, place: false });
    for (const alias of e.placeAliases ?? []) add(alias, { kind: 'event', id: e.id, short: false, place: true });
  }
  const keys = [...byKey.keys()];
  const targets = keys.map((k) => byKey.get(k)!);
  const phrases = buildPhraseMatcher(keys);
  return {
    size: keys.length,
    match: (text) => phrases.match(text).map((m) => ({ start: m.start, end: m.end, targets: targets[m.pattern]! })),
  };
}

export interface PhraseHit {
  start: number;
  end: number;
  /** Index of the phrase in the list the matcher was built from. */
  pattern: number;
}

/** ASCII folding: upper case to lower case, every white-space character to a space. */
const FOLD_ASCII = Uint16Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? c + 32 : c === 32 || (c >= 9 && c <= 13) ? 32 : c,
);
/** In the fast table, the flag on a row that reports a phrase. */
const REPORTS = 1 << 30;

/** A whole-word, leftmost-longest matcher over folded phrases (aliases, topic keywords), linear in the text. */
export function buildPhraseMatcher(keys: string[]): { match(text: string): PhraseHit[] } {
  const automaton = buildAutomaton(keys);
  const { root, first, edgeChar, edgeTarget, fail, out, dict, rowOf, dfa } = automaton.tables;
  const lengths = Int32Array.from(keys.map((k) => k.length));
  // The fast path: for a state with a full ASCII row and an ASCII character, one lookup gives the next state's row
  // (flagged when it reports a phrase), or -(state + 1) for a deeper state without a row.
  const rows = dfa.length / 128;
  const rowState = new Int32Array(rows);
  for (let st = 0; st < rowOf.length; st++) if (rowOf[st]! >= 0) rowState[rowOf[st]!] = st;
  const fast = new Int32Array(rows * 128);
  for (let k = 0; k < fast.length; k++) {
    const t = dfa[k]!;
    const reports = out[t] !== -1 || dict[t] !== -1;
    fast[k] = rowOf[t]! >= 0 ? rowOf[t]! | (reports ? REPORTS : 0) : -(t + 1);
  }
  return {
    match(text: string): PhraseHit[] {
      // Ring buffers over the last folded code units: where each came from, and what it was.
      const origin = new Int32Array(RING);
      const folded = new Uint16Array(RING);
      const units = new Uint16Array(8);
      const found: { start: number; end: number; p: number }[] = [];
      /** Records the whole-word-starting phrases that end in state `st` at folded position `at`; returns how many. */
      const report = (st: number, at: number) => {
        let n = 0;
        for (let o = out[st] !== -1 ? st : dict[st]!; o !== -1; o = dict[o]!) {
          const p = out[o]!;
          const startF = at - lengths[p]! + 1;
          if (startF > 0 && isWord(folded[(startF - 1) & (RING - 1)]!)) continue;
          found.push({ start: origin[startF & (RING - 1)]!, end: -1, p });
          n++;
        }
        return n;
      };
      /** Sets the end of the last `n` phrases found. */
      const endLast = (n: number, end: number) => {
        for (let k = found.length - n; k < found.length; k++) found[k]!.end = end;
      };
      let fpos = 0;
      let state = 0;
      let row = 0; // the state's row in `fast`, or -1 (then `state` holds it)
      let lastSpace = true;
      let i = 0;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c < 128 && row >= 0) {
          // The hot loop of the whole engine: an ASCII character from a shallow state, one lookup.
          const f = FOLD_ASCII[c]!;
          if (f === 32) {
            if (lastSpace) {
              i++;
              continue;
            }
            lastSpace = true;
          } else lastSpace = false;
          const slot = fpos & (RING - 1);
          origin[slot] = i;
          folded[slot] = f;
          const v = fast[(row << 7) | f]!;
          if (v >= 0) {
            row = v & (REPORTS - 1);
            if (v & REPORTS) endLast(report(rowState[row]!, fpos), i + 1);
          } else {
            state = -v - 1;
            row = -1;
            if (out[state] !== -1 || dict[state] !== -1) endLast(report(state, fpos), i + 1);
          }
          fpos++;
          i++;
          continue;
        }
        if (row >= 0) state = rowState[row]!;
        // Fold the next character into `units` (usually one code unit; none for soft hyphens and the like).
        let end = i + 1;
        let n = 1;
        let f = c;
        if (c < 128) f = FOLD_ASCII[c]!;
        else if (c < 0xd800 || c > 0xdfff) {
          const g = foldUnit(c);
          if (g >= 0) f = g;
          else if (g === MANY) {
            const many = foldMany.get(c)!;
            n = Math.min(many.length, units.length);
            for (let k = 0; k < n; k++) units[k] = many.charCodeAt(k);
            f = units[0]!;
          } else n = 0;
        } else {
          if (c <= 0xdbff && i + 1 < text.length) end = i + 2;
          const many = foldChar(text.slice(i, end));
          n = Math.min(many.length, units.length);
          for (let k = 0; k < n; k++) units[k] = many.charCodeAt(k);
          f = units[0] ?? 0;
        }
        let pending = 0; // phrases found on this character, whose end is set once it is read
        for (let u = 0; u < n; u++) {
          if (u > 0) f = units[u]!;
          if (f === 32) {
            if (lastSpace) continue;
            lastSpace = true;
          } else lastSpace = false;
          const slot = fpos & (RING - 1);
          origin[slot] = i;
          folded[slot] = f;
          let st = state;
          const r = f < 128 ? rowOf[st]! : -1;
          if (r >= 0) st = dfa[r * 128 + f]!;
          else
            for (;;) {
              let next = 0;
              if (st === 0) next = root[f]!;
              else
                for (let k = first[st]!, e = first[st + 1]!; k < e; k++)
                  if (edgeChar[k] === f) {
                    next = edgeTarget[k]!;
                    break;
                  }
              if (next > 0 || st === 0) {
                st = next;
                break;
              }
              st = fail[st]!;
            }
          state = st;
          if (st !== 0 && (out[st] !== -1 || dict[st] !== -1)) pending += report(st, fpos);
          fpos++;
        }
        endLast(pending, end);
        row = rowOf[state]!;
        i = end;
      }
      // Keep whole words only: the character after the match must not be a letter or digit (soft hyphens skipped).
      const whole = found.filter((m) => {
        let j = m.end;
        while (j < text.length && foldChar(text[j]!) === '') j++;
        return j >= text.length || !isWord(text.charCodeAt(j));
      });
      whole.sort((a, b) => a.start - b.start || b.end - a.end);
      const hits: PhraseHit[] = [];
      let lastEnd = -1;
      for (const m of whole) {
        if (m.start < lastEnd) continue;
        lastEnd = m.end;
        hits.push({ start: m.start, end: m.end, pattern: m.p });
      }
      return hits;
    },
  };
}

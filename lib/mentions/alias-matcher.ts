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
  /** Marked ambiguous in the dataset ("Xi", "Johnson"): linked only when the context says who it is. */
  ambiguous: boolean;
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
    const ambiguous = new Set(p.ambiguousAliases ?? []);
    for (const alias of [p.name, ...p.aliases])
      add(alias, {
        kind: 'person',
        id: p.id,
        short: !foldKey(alias).includes(' '),
        ambiguous: ambiguous.has(alias),
        place: false,
      });
  }
  const event = (id: string, place: boolean): AliasTarget => ({
    kind: 'event',
    id,
    short: false,
    ambiguous: false,
    place,
  });
  for (const e of events) {
    for (const alias of [e.name, ...e.aliases]) add(alias, event(e.id, false));
    for (const alias of e.placeAliases ?? []) add(alias, event(e.id, true));
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

/** A whole-word, leftmost-longest matcher over folded phrases (aliases, topic keywords), linear in the text. */
export function buildPhraseMatcher(keys: string[]): { match(text: string): PhraseHit[] } {
  const automaton = buildAutomaton(keys);
  const patternLengths = Int32Array.from(keys.map((k) => k.length));
  return {
    match(text: string): PhraseHit[] {
      const { root, first, edgeChar, edgeTarget, fail, out, dict, rowOf, dfa } = automaton.tables;
      const lengths = patternLengths;
      // Ring buffers over the last folded code units: where each came from, and what it was.
      const origin = new Int32Array(RING);
      const folded = new Uint16Array(RING);
      const units = new Uint16Array(8);
      const found: { start: number; end: number; p: number }[] = [];
      let fpos = 0;
      let state = 0;
      let lastSpace = true;
      let i = 0;
      let pending = 0; // matches found on the current character, whose end is set once it is read
      while (i < text.length) {
        // Fold the next character into `units` (usually one code unit; none for soft hyphens and the like).
        const c = text.charCodeAt(i);
        let end = i + 1;
        let n = 1;
        let f = c;
        if (c < 128) {
          if (c >= 65 && c <= 90) f = c + 32;
          else if (c <= 32 && (c === 32 || (c >= 9 && c <= 13))) f = 32;
        } else if (c < 0xd800 || c > 0xdfff) {
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
        for (let u = 0; u < n; u++) {
          if (u > 0) f = units[u]!;
          if (f === 32) {
            if (lastSpace) continue;
            lastSpace = true;
          } else lastSpace = false;
          const slot = fpos & (RING - 1);
          origin[slot] = i;
          folded[slot] = f;
          // The automaton's step, inline: the hot loop of the whole engine.
          let s = state;
          const row = f < 128 ? rowOf[s]! : -1;
          if (row >= 0) s = dfa[row * 128 + f]!;
          else
            for (;;) {
              let next = 0;
              if (s === 0) next = root[f]!;
              else
                for (let k = first[s]!, e = first[s + 1]!; k < e; k++)
                  if (edgeChar[k] === f) {
                    next = edgeTarget[k]!;
                    break;
                  }
              if (next > 0 || s === 0) {
                s = next;
                break;
              }
              s = fail[s]!;
            }
          state = s;
          if (s !== 0 && (out[s] !== -1 || dict[s] !== -1)) {
            for (let o = out[s] !== -1 ? s : dict[s]!; o !== -1; o = dict[o]!) {
              const p = out[o]!;
              const startF = fpos - lengths[p]! + 1;
              if (startF > 0 && isWord(folded[(startF - 1) & (RING - 1)]!)) continue;
              found.push({ start: origin[startF & (RING - 1)]!, end: -1, p });
              pending++;
            }
          }
          fpos++;
        }
        // Matches that ended on this character end after it.
        for (; pending > 0; pending--) found[found.length - pending]!.end = end;
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

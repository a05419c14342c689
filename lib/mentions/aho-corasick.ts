/**
 * A compact Aho–Corasick automaton over UTF-16 code units, fed with folded text one character at a time. Hand-written
 * because the benchmark (npm run bench) shows modern-ahocorasick, which segments graphemes, to be orders of magnitude
 * slower on a 2 MB page. Transitions are stored in flat typed arrays: a dense table for the root (every first
 * character), and for other states a short sorted list of edges, scanned linearly (most states have one child).
 */

export interface Automaton {
  /** Number of states. */
  readonly size: number;
  /** The flat tables, for a caller's inner loop: root[c]; edges of s in [first[s], first[s+1]); fail; out; dict. */
  readonly tables: {
    root: Int32Array;
    first: Int32Array;
    edgeChar: Uint16Array;
    edgeTarget: Int32Array;
    fail: Int32Array;
    out: Int32Array;
    dict: Int32Array;
    /** For the shallowest states (where text spends most of its time), a full ASCII row: dfa[rowOf[s] * 128 + c]. */
    rowOf: Int32Array;
    dfa: Int32Array;
  };
  /** The next state from `state` on code unit `c` (following failure links). */
  step(state: number, c: number): number;
  /** Calls `emit` with every pattern that ends in `state`. */
  outputs(state: number, emit: (pattern: number) => void): void;
  /** Length (in folded code units) of pattern `p`. */
  length(p: number): number;
}

/** How many states get a full ASCII row (8,192 × 128 × 4 bytes = 4 MiB at most). */
const DFA_ROWS = 8192;

/** Builds the automaton for `patterns` (already folded). Pattern ids are their indexes. */
export function buildAutomaton(patterns: string[]): Automaton {
  // 1. A trie in one map from (state, code unit) to the child state: no map per state, which made a cold build slow.
  const next = new Map<number, number>();
  const out: number[] = [-1];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = s * 65536 + pattern.charCodeAt(i);
      let t = next.get(key);
      if (t === undefined) {
        t = out.length;
        next.set(key, t);
        out.push(-1);
      }
      s = t;
    }
    if (out[s] === -1) out[s] = p;
  }
  // 2. Flatten the edges: sorted keys group them by state, in code-unit order; state s has children
  // edgeChar/edgeTarget[first[s] .. first[s + 1]).
  const n = out.length;
  const keys = Float64Array.from(next.keys()).sort();
  const first = new Int32Array(n + 1);
  const edgeChar = new Uint16Array(keys.length);
  const edgeTarget = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const s = Math.floor(key / 65536);
    edgeChar[k] = key - s * 65536;
    edgeTarget[k] = next.get(key)!;
    first[s + 1] = first[s + 1]! + 1;
  }
  for (let s = 0; s < n; s++) first[s + 1] = first[s + 1]! + first[s]!;
  const root = new Int32Array(65536);
  for (let k = first[0]!; k < first[1]!; k++) root[edgeChar[k]!] = edgeTarget[k]!;
  const child = (s: number, c: number): number => {
    if (s === 0) return root[c]!;
    for (let k = first[s]!, e = first[s + 1]!; k < e; k++) if (edgeChar[k] === c) return edgeTarget[k]!;
    return -1;
  };
  // 3. Failure and dictionary-suffix links, breadth first.
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let k = first[0]!; k < first[1]!; k++) queue[tail++] = edgeTarget[k]!;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let k = first[s]!, e = first[s + 1]!; k < e; k++) {
      const c = edgeChar[k]!;
      const t = edgeTarget[k]!;
      let f = fail[s]!;
      let g = child(f, c);
      while (g <= 0 && f !== 0) {
        f = fail[f]!;
        g = child(f, c);
      }
      fail[t] = g > 0 && g !== t ? g : 0;
      dict[t] = out[fail[t]!] !== -1 ? fail[t]! : dict[fail[t]!]!;
      queue[tail++] = t;
    }
  }
  // 4. Full ASCII rows for the first states in breadth-first order (the shallowest), failure links resolved.
  const rowOf = new Int32Array(n).fill(-1);
  const rows = Math.min(n, DFA_ROWS);
  const dfa = new Int32Array(rows * 128);
  rowOf[0] = 0;
  for (let c = 0; c < 128; c++) dfa[c] = root[c]!;
  for (let r = 1; r < rows; r++) {
    const s = queue[r - 1]!;
    // A state's row is its failure state's row (shallower, so already built) with its own ASCII edges on top.
    const fr = rowOf[fail[s]!]!;
    rowOf[s] = r;
    dfa.copyWithin(r * 128, fr * 128, fr * 128 + 128);
    for (let k = first[s]!, e = first[s + 1]!; k < e; k++)
      if (edgeChar[k]! < 128) dfa[r * 128 + edgeChar[k]!] = edgeTarget[k]!;
  }
  const outArr = Int32Array.from(out);
  const lengths = Int32Array.from(patterns.map((p) => p.length));
  return {
    size: n,
    tables: { root, first, edgeChar, edgeTarget, fail, out: outArr, dict, rowOf, dfa },
    step(state, c) {
      let s = state;
      for (;;) {
        const next = child(s, c);
        if (next > 0) return next;
        if (s === 0) return 0;
        s = fail[s]!;
      }
    },
    outputs(state, emit) {
      for (let s = outArr[state] !== -1 ? state : dict[state]!; s !== -1; s = dict[s]!) emit(outArr[s]!);
    },
    length: (p) => lengths[p]!,
  };
}

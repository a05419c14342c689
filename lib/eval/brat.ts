/** Reads PolNeAR's BRAT stand-off files: text-bound spans (T) and the attribution events (E) that join them. */

export interface BratSpan {
  label: string;
  /** [start, end) pairs in JavaScript string indices (BRAT's code-point offsets converted). */
  parts: [number, number][];
}

export interface BratAttribution {
  source: BratSpan | null;
  cue: BratSpan | null;
  contents: BratSpan[];
}

/** Maps code-point offsets (PolNeAR was written with Python) to UTF-16 indices of the same text. */
function codePointIndex(text: string): (cp: number) => number {
  const index: number[] = [];
  let i = 0;
  for (const ch of text) {
    index.push(i);
    i += ch.length;
  }
  index.push(i);
  return (cp) => index[Math.min(cp, index.length - 1)]!;
}

/** Parses one `.ann` file against its text; a malformed line is an Error naming the file and line. */
export function parseBrat(ann: string, text: string, where: string): BratAttribution[] {
  const at = codePointIndex(text);
  const spans = new Map<string, BratSpan>();
  const events: string[][] = [];
  ann.split('\n').forEach((line, n) => {
    // A span's text may run over several lines: a line that does not start a record continues the one before.
    if (!/^[A-Z#*]\d*\t/.test(line)) return;
    const [id, body] = line.split('\t') as [string, string];
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) throw new Error(`${where}:${n + 1}: cannot read the span "${body}"`);
      const parts = m[2]!.split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number) as [number, number];
        return [at(s), at(e)] as [number, number];
      });
      spans.set(id, { label: m[1]!, parts });
    } else if (id.startsWith('E')) {
      events.push(body.trim().split(/\s+/));
    }
  });
  return events.map((args) => {
    const role = (name: string) =>
      args.flatMap((a) => {
        const [r, ref] = a.split(':');
        return r && ref && r.replace(/\d+$/, '') === name ? [spans.get(ref)].filter((s) => s !== undefined) : [];
      });
    return { source: role('Source')[0] ?? null, cue: role('Cue')[0] ?? null, contents: role('Content') };
  });
}

/** The text a span covers, its parts joined by a space. */
export function spanText(text: string, span: BratSpan): string {
  return span.parts.map(([s, e]) => text.slice(s, e)).join(' ');
}

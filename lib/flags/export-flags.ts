/** Export files for flags (JSON with a header, or JSON Lines) and reading them back. */
import { type Flag, FlagExportSchema } from './annotation';
import { withoutTracking } from './clean-url';

/** The flag as it leaves the browser: page and source addresses without tracking or session parameters. */
export function forExport(flag: Flag): Flag {
  // Flags kept unsaved for the session were not read back through the schema: leave any other shape as it is.
  const s = flag?.body?.statement as Flag['body']['statement'] | undefined;
  if (typeof flag?.target?.source !== 'string' || typeof s?.source?.url !== 'string') return flag;
  return {
    ...flag,
    target: { ...flag.target, source: withoutTracking(flag.target.source) },
    body: {
      ...flag.body,
      statement: {
        ...s,
        source: { ...s.source, url: withoutTracking(s.source.url) },
        alsoIn: Array.isArray(s.alsoIn) ? s.alsoIn.map((x) => ({ ...x, url: withoutTracking(x.url) })) : s.alsoIn,
      },
    },
  };
}

/** One JSON document: the flags as Web Annotations whose bodies are statements in the dataset's schema. */
export function exportJson(flags: Flag[], now = new Date().toISOString()): string {
  return `${JSON.stringify({ format: 'on-record-flags', version: 1, exported: now, flags: flags.map(forExport) }, null, 2)}\n`;
}

/** One annotation per line. */
export function exportJsonLines(flags: Flag[]): string {
  return flags.map((f) => JSON.stringify(forExport(f))).join('\n') + (flags.length ? '\n' : '');
}

/** Reads an export file (JSON or JSON Lines) into raw flag entries; errors name the line or the problem. */
export function readExportFile(text: string): { ok: true; items: unknown[] } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'the file is empty' };
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return { ok: false, error: `not valid JSON (${(e as Error).message})` };
    }
    const header = FlagExportSchema.safeParse(value);
    if (header.success) return { ok: true, items: header.data.flags };
    const v = (value ?? {}) as { format?: unknown; version?: unknown; flags?: unknown; type?: unknown };
    if (v.format === 'on-record-flags') {
      if (v.version !== 1)
        return { ok: false, error: `its "version" is ${JSON.stringify(v.version)}; this version reads 1` };
      return { ok: false, error: 'its "flags" is not a list' };
    }
    return v.type === 'Annotation'
      ? { ok: true, items: [value] }
      : { ok: false, error: 'not an On Record flags file (no "format": "on-record-flags")' };
  }
  const items: unknown[] = [];
  const lines = trimmed.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    try {
      items.push(JSON.parse(lines[i]!));
    } catch (e) {
      return { ok: false, error: `line ${i + 1} is not valid JSON (${(e as Error).message})` };
    }
  }
  return { ok: true, items };
}

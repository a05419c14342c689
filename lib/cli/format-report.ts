/** The readable report `analyze` prints without --json. */
import type { Analysis } from '../engine/analysis';

/** Formats an analysis as plain text for a terminal. */
export function formatReport(a: Analysis): string {
  if (!a.article) return `Not an article: ${a.notArticle ?? 'unknown reason'}.\n`;
  const lines: string[] = [];
  const art = a.article;
  lines.push(`${art.title ?? '(untitled)'}`);
  lines.push([art.siteName, art.byline, art.publishedTime, art.lang].filter(Boolean).join(' · ') || '(no metadata)');
  lines.push(`${art.textLength} characters of article text`, '');
  const people = new Map<string, { name: string; id: string | null; titles: Set<string>; count: number }>();
  const events = new Map<string, { name: string; id: string | null; count: number }>();
  for (const m of a.mentions) {
    if (m.kind === 'event') {
      const e = events.get(m.group) ?? { name: m.name, id: m.id, count: 0 };
      e.count++;
      events.set(m.group, e);
      continue;
    }
    const p = people.get(m.group) ?? { name: m.name, id: m.id, titles: new Set<string>(), count: 0 };
    p.count++;
    if (m.title) p.titles.add(m.title);
    people.set(m.group, p);
  }
  lines.push(`People (${people.size}):`);
  for (const p of people.values()) {
    const title = [...p.titles][0];
    lines.push(
      `  ${p.name}${title ? `, ${title}` : ''} — ${p.count} mention${p.count === 1 ? '' : 's'}${p.id ? '' : ' (not in the dataset yet)'}`,
    );
  }
  lines.push(`Events (${events.size}):`);
  for (const e of events.values())
    lines.push(`  ${e.name} — ${e.count} mention${e.count === 1 ? '' : 's'}${e.id ? '' : ' (not in the dataset yet)'}`);
  lines.push('', `Quotes (${a.quotes.length}):`);
  for (const q of a.quotes) {
    const who = q.speaker.name ?? 'unattributed';
    lines.push(
      `  “${q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text}”`,
      `      — ${who} (${q.attribution}${q.cue ? `: ${q.cue}` : ''})`,
    );
  }
  lines.push('', `Indirect statements (${a.statements.length}):`);
  for (const s of a.statements)
    lines.push(`  ${s.speaker.name}: ${s.text.length > 100 ? `${s.text.slice(0, 98)}…` : s.text}`);
  return `${lines.join('\n')}\n`;
}
